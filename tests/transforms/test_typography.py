"""Typographic quotes for English as for German, across markup, idempotent."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from pubkit.model import (
    Document,
    Emphasis,
    Link,
    Metadata,
    Paragraph,
    Strong,
    Text,
)
from pubkit.model.walk import inline_text
from pubkit.readers.text import read_press_release
from pubkit.transforms.typography import typographic_quotes
from tests.strategies import documents


def _doc(language: str, *content: object, title: str = "T") -> Document:
    return Document(
        metadata=Metadata(title=title, language=language),
        blocks=(Paragraph(content=content),),  # type: ignore[arg-type]
    )


def _text(doc: Document) -> str:
    block = doc.blocks[0]
    assert isinstance(block, Paragraph)
    return inline_text(block.content)


@pytest.mark.parametrize(
    ("language", "source", "expected"),
    [
        ("en", '"Stay at home," she said.', "“Stay at home,” she said."),
        ("en-GB", "It's the council's rule since the '90s.", "It’s the council’s rule since the ’90s."),
        ("en", "He called it 'urgent' and left.", "He called it ‘urgent’ and left."),
        ("de", '"Bleiben Sie zu Hause", sagt die Stadt.', "„Bleiben Sie zu Hause“, sagt die Stadt."),
        ("de", "Das Wort 'Inzidenz' und Hans' Hut.", "Das Wort ‚Inzidenz‘ und Hans’ Hut."),
        ("en", "(\"in brackets\") — \"after a dash\"", "(“in brackets”) — “after a dash”"),
    ],
)  # fmt: skip
def test_quotes_in_running_text(language: str, source: str, expected: str) -> None:
    assert _text(typographic_quotes(_doc(language, Text(text=source)))) == expected


def test_quotes_around_and_after_markup() -> None:
    doc = _doc(
        "en",
        Strong(content=(Text(text='"Book online"'),)),
        Text(text=" or "),
        Emphasis(content=(Text(text='"walk in"'),)),
        Text(text=' at "'),
        Link(target="https://example.org", content=(Text(text="any centre"),)),
        Text(text='".'),
    )
    assert _text(typographic_quotes(doc)) == "“Book online” or “walk in” at “any centre”."


def test_title_and_plain_text_press_release() -> None:
    doc = read_press_release('A "new" plan\n\n"Quick," said the mayor.\n', language="en")
    doc = typographic_quotes(doc)
    assert doc.metadata.title == "A “new” plan"
    assert _text(doc) == "“Quick,” said the mayor."


@settings(max_examples=100, deadline=None)
@given(documents)
def test_idempotent(doc: Document) -> None:
    once = typographic_quotes(doc)
    assert typographic_quotes(once) == once
