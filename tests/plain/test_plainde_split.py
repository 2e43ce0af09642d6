"""German splits the way easy-read writers make them; every piece a whole sentence.

The sentences are our own, written like a city's notices."""

from __future__ import annotations

import re

import pytest

from pubkit.plain.sentence import fragment_reason
from pubkit.plain.shorten import date_span_sentence, purpose_as_sentence, shorten


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Das Hallenbad Nord ist von Montag, 3. Juli, bis Freitag, 14. Juli 2023, "
            "wegen der Reinigung geschlossen.",
            [
                "Das Hallenbad Nord ist wegen der Reinigung geschlossen.",
                "Das gilt ab Montag, 3. Juli.",
                "Es gilt bis Freitag, 14. Juli 2023.",
            ],
        ),
        (
            # a long span: its start and its end a sentence each
            "Wegen einer Baustelle fährt die Linie 7 ab Dienstag, 2. Mai 2023, 5 Uhr, "
            "bis voraussichtlich Sonntag, 21. Mai 2023, über die Gartenstraße.",
            [
                "Wegen einer Baustelle fährt die Linie 7 über die Gartenstraße.",
                "Das gilt ab Dienstag, 2. Mai 2023, 5 Uhr.",
                "Es gilt bis voraussichtlich Sonntag, 21. Mai 2023.",
            ],
        ),
        (
            "Auf dem Wochenmarkt gilt bis einschließlich 31. März eine Pflicht zum Tragen "
            "einer Maske.",
            [
                "Auf dem Wochenmarkt gilt eine Pflicht zum Tragen einer Maske.",
                "Das gilt bis einschließlich 31. März.",
            ],
        ),
    ],
)
def test_date_span_becomes_its_own_sentence(sentence: str, expected: list[str]) -> None:
    parts = date_span_sentence(sentence)
    assert parts == expected
    assert all(fragment_reason(p, "de") is None for p in parts)
    # every number and date copied exactly
    assert sorted(re.findall(r"\d+", sentence)) == sorted(re.findall(r"\d+", " ".join(parts)))


@pytest.mark.parametrize(
    "sentence",
    [
        # the span at the start: the rest would begin with its verb
        "Ab Montag, 6. März 2023, gilt im Rathaus wieder die Pflicht zu einem Termin.",
        # the span at the end: the rest would say nothing
        "Die neuen Regeln für den Wochenmarkt gelten zunächst bis zum 30. April 2023.",
        # the date is what changes: „Das gilt …“ would say something else
        "Die Frist für die Anträge auf das Geld wird bis zum 15. Mai 2023 für alle verlängert.",
        # short enough already
        "Das Amt ist ab 3. Juli wieder offen.",
        # a lead-in of a list
        "Die Straßen sind von Freitag, 1. Juli, bis Sonntag, 3. Juli, wie folgt gesperrt:",
    ],
)
def test_date_span_stays_where_a_split_would_not_help(sentence: str) -> None:
    assert date_span_sentence(sentence) == [sentence]


def test_shorten_splits_the_date_span_of_a_long_rule() -> None:
    parts = shorten(
        "Die Stadtbücherei am Markt ist von Montag, 7. August, bis Samstag, 19. August 2023, "
        "für alle Besucher geschlossen.",
        "de",
    )
    assert parts == [
        "Die Stadtbücherei am Markt ist für alle Besucher geschlossen.",
        "Das gilt ab Montag, 7. August.",
        "Es gilt bis Samstag, 19. August 2023.",
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Die Ampel an der Kreuzung wird neu eingestellt, damit sich der Verkehr nicht staut.",
            [
                "Die Ampel an der Kreuzung wird neu eingestellt.",
                "Dann staut sich der Verkehr nicht.",
            ],
        ),
        (
            "Die Halle bleibt am Abend offen, damit die Vereine dort üben können.",
            ["Die Halle bleibt am Abend offen.", "Dann können die Vereine dort üben."],
        ),
    ],
)
def test_purpose_clause_becomes_dann_sentence(sentence: str, expected: list[str]) -> None:
    parts = purpose_as_sentence(sentence)
    assert parts == expected
    assert all(fragment_reason(p, "de") is None for p in parts)
    # no word more, no word less
    assert len(" ".join(parts).split()) == len(sentence.split())


@pytest.mark.parametrize(
    "sentence",
    [
        # a separable verb alone at the end: „Dann abgeben Sie …“ would be wrong
        "Bitte kommen Sie früh, damit Sie den Antrag rechtzeitig abgeben.",
        # „damit“ as an adverb, not a purpose clause
        "Wir haben damit gute Erfahrungen gemacht.",
    ],
)
def test_purpose_clause_stays_where_the_split_is_not_safe(sentence: str) -> None:
    assert purpose_as_sentence(sentence) == [sentence]
