from __future__ import annotations

import dataclasses

from hypothesis import given, settings

from pubkit.model import Abbreviation, Document, Metadata, Paragraph, Text
from pubkit.model.walk import iter_nodes
from pubkit.transforms.abbreviations import mark_abbreviations
from tests.strategies import documents


@settings(max_examples=100, deadline=None)
@given(documents)
def test_idempotent(doc: Document) -> None:
    once = mark_abbreviations(doc)
    assert mark_abbreviations(once) == once


def _marked(text: str, glossary: dict[str, str]) -> list[str]:
    doc = Document(
        metadata=Metadata(title="t", language="de", abbreviations=tuple(glossary.items())),
        blocks=(Paragraph(content=(Text(text=text),)),),
    )
    return [n.text for n in iter_nodes(mark_abbreviations(doc)) if isinstance(n, Abbreviation)]


def test_whole_words_longest_first() -> None:
    glossary = {
        "F.A.Z.": "Frankfurter Allgemeine Zeitung",
        "dpa": "Deutsche Presse-Agentur",
        "A": "x",
    }
    assert _marked("Das F.A.Z.-Institut und die dpa-Tochter.", glossary) == ["F.A.Z.", "dpa"]
    assert _marked("Kidpad und dpaX und F.A.Z.x", glossary) == []


def test_text_is_kept_letter_for_letter() -> None:
    doc = Document(
        metadata=Metadata(
            title="t", language="de", abbreviations=(("RKI", "Robert Koch-Institut"),)
        ),
        blocks=(Paragraph(content=(Text(text="Laut RKI (RKI) gilt: RKI."),)),),
    )
    out = mark_abbreviations(doc)
    paragraph = out.blocks[0]
    assert isinstance(paragraph, Paragraph)
    from pubkit.model.walk import inline_text

    assert inline_text(paragraph.content) == "Laut RKI (RKI) gilt: RKI."
    assert dataclasses.replace(out, blocks=()) == dataclasses.replace(doc, blocks=())
