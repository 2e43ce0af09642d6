from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given

from pubkit.errors import InvalidDocument, ReadError
from pubkit.model import Aside, Cell, Document, Heading, List, Metadata, Paragraph, Text
from pubkit.model.serialize import from_json, to_json
from pubkit.model.walk import inline_text, iter_nodes, map_blocks, map_inlines
from tests.strategies import documents


def test_nodes_are_frozen_and_compare_by_value() -> None:
    a = Paragraph(content=(Text(text="x"),), line=1)
    b = Paragraph(content=(Text(text="x"),), line=7)
    assert a == b  # the source line is not part of the value
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.content = ()  # type: ignore[misc]


@pytest.mark.parametrize(
    ("make", "fragment"),
    [
        (lambda: Heading(level=7, content=()), "level 7"),
        (lambda: Heading(level=0, content=()), "level 0"),
        (lambda: Cell(content=(), scope="col"), "data cell cannot have a scope"),
        (lambda: Cell(content=(), header=True, scope="colgroup"), "Unknown header scope"),
        (lambda: Aside(kind="danger", blocks=()), "Unknown aside kind"),  # type: ignore[arg-type]
        (lambda: List(ordered=False, items=(), start=3), "Only a numbered list"),
    ],
)
def test_impossible_states_are_rejected(make: object, fragment: str) -> None:
    with pytest.raises(InvalidDocument, match=fragment):
        make()  # type: ignore[operator]


@given(documents)
def test_json_round_trip(doc: Document) -> None:
    assert from_json(to_json(doc)) == doc


def test_json_rejects_other_versions_and_unknown_nodes() -> None:
    with pytest.raises(ReadError, match="version"):
        from_json('{"pubkit-model-version": "99.0", "document": {}}')
    with pytest.raises(ReadError, match="Unknown node type 'Blink'"):
        from_json('{"pubkit-model-version": "1.0", "document": {"type": "Blink"}}')
    with pytest.raises(ReadError, match="missing"):
        from_json("{}")


@given(documents)
def test_identity_maps_change_nothing(doc: Document) -> None:
    assert map_blocks(lambda b: b, doc) == doc
    assert map_inlines(lambda i: i, doc) == doc


def test_map_inlines_splices_and_reaches_nested_nodes() -> None:
    doc = Document(
        metadata=Metadata(title="t", language="de"),
        blocks=(Aside(kind="note", blocks=(Paragraph(content=(Text(text="a"),)),)),),
    )
    doubled = map_inlines(lambda i: (i, i) if isinstance(i, Text) else i, doc)
    assert [n for n in iter_nodes(doubled) if isinstance(n, Text)] == [Text(text="a")] * 2
    removed = map_blocks(lambda b: () if isinstance(b, Paragraph) else b, doc)
    assert removed.blocks == (Aside(kind="note", blocks=()),)


def test_inline_text_reads_like_a_person() -> None:
    from pubkit.model import Abbreviation, Footnote, Image, LineBreak, Strong

    content = (
        Text(text="Das "),
        Abbreviation(text="F.A.Z.", expansion="Frankfurter Allgemeine Zeitung"),
        Strong(content=(Text(text="-Institut"),)),
        LineBreak(),
        Image(src="x.png", alt="Logo"),
        Footnote(blocks=(Paragraph(content=(Text(text="Quelle"),)),)),
    )
    assert inline_text(content) == "Das F.A.Z.-Institut Logo"
    assert inline_text(content, footnotes=True) == "Das F.A.Z.-Institut LogoQuelle"
