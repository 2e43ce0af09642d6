"""The plain-language walkers handle every node type and end in ``assert_never``, like the
writers: a node type they do not know fails loudly instead of being skipped in silence."""

from __future__ import annotations

import dataclasses

import pytest

from pubkit.model import Document, Metadata, Paragraph, Text
from pubkit.plain.readability import document_units
from pubkit.plain.rules import check_rules
from pubkit.plain.simplify import BuiltinSimplifier


@dataclasses.dataclass(frozen=True)
class Unknown:
    """A block type a later model version might add."""


def _document(*blocks: object) -> Document:
    return Document(
        metadata=Metadata(title="T", language="de"),
        blocks=(Paragraph(content=(Text(text="Das Amt ist offen."),)), *blocks),  # type: ignore[arg-type]
    )


def test_known_blocks_pass() -> None:
    assert document_units(_document()) == ["T", "Das Amt ist offen."]


@pytest.mark.parametrize(
    "walk",
    [
        document_units,
        check_rules,
        lambda doc: BuiltinSimplifier().simplify(doc, max_words=10),
    ],
    ids=["readability", "rules", "simplify"],
)
def test_an_unknown_block_is_not_skipped(walk: object) -> None:
    with pytest.raises(AssertionError, match="unreachable"):
        walk(_document(Unknown()))  # type: ignore[operator]
