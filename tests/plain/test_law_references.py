"""A law's section and year are no key fact: a draft that leaves out „nach § 28a IfSG“ or
"under Section 70 of the Roads Act 1993" still covers the message (guard PLG004)."""

from __future__ import annotations

import pytest

from pubkit.plain.guards import _LAW_REFERENCE, covered
from pubkit.plain.message import Unit


@pytest.mark.parametrize(
    ("text", "left"),
    [
        (
            "reminds owners that under Section 70 of the Roads Act 1993 they must",
            "reminds owners that they must",
        ),
        ("The Housing Act 1985 says so", "says so"),
        ("Nach § 28a Abs. 1 IfSG gilt die Regel", "gilt die Regel"),
        ("Gemäß Art. 5 BayVersG ist das erlaubt", "ist das erlaubt"),
        ("Ab 1. September 2023 um 9 Uhr", "Ab 1. September 2023 um 9 Uhr"),  # no law: stays
    ],
)
def test_law_references_are_found(text: str, left: str) -> None:
    assert " ".join(_LAW_REFERENCE.sub(" ", text).split()) == left


def test_a_unit_is_covered_without_its_law_reference() -> None:
    unit = Unit(
        text="Under Section 70 of the Roads Act 1993, landowners must keep roadside hedges cut back.",
        question="todo",
        weight=3,
        order=0,
    )
    draft = "Landowners must keep roadside hedges cut back."
    assert covered(unit, draft, "en")


def test_a_date_is_still_a_fact() -> None:
    unit = Unit(
        text="Hedges may be cut from 1 September 2023 under Section 40 of the Wildlife Act 1976.",
        question="when",
        weight=3,
        order=0,
    )
    assert not covered(unit, "Hedges may be cut.", "en")
