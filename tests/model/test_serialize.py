"""``from_json`` refuses values of the wrong type with a ReadError that says where."""

from __future__ import annotations

import json

import pytest

from pubkit.errors import ReadError
from pubkit.model.serialize import from_json


def _payload(*blocks: object) -> str:
    document = {
        "type": "Document",
        "metadata": {"type": "Metadata", "title": "T", "language": "de"},
        "blocks": list(blocks),
    }
    return json.dumps({"pubkit-model-version": "1.0", "document": document})


@pytest.mark.parametrize(
    ("block", "message"),
    [
        ({"type": "Paragraph", "content": "abc"}, r"Paragraph\.content at document\.blocks\[0\]"),
        ({"type": "Heading", "level": "2", "content": []}, r"Heading\.level .* str '2'"),
        ({"type": "Heading", "level": True, "content": []}, r"Heading\.level"),
        ({"type": "Heading", "level": 9, "content": []}, r"level 9 does not exist"),
        (
            {"type": "Paragraph", "content": [{"type": "Text", "text": 5}]},
            r"Text\.text at document\.blocks\[0\]\.content\[0\]",
        ),
        (
            {"type": "Paragraph", "content": [{"type": "Paragraph", "content": []}]},
            r"Paragraph\.content",
        ),
        (
            {"type": "Table", "caption": [], "head": [], "body": [{"type": "Text", "text": "x"}]},
            r"Table\.body",
        ),
    ],
)
def test_wrong_field_types_are_read_errors(block: object, message: str) -> None:
    with pytest.raises(ReadError, match=message):
        from_json(_payload(block))


def test_a_paragraph_of_text_still_reads() -> None:
    doc = from_json(_payload({"type": "Paragraph", "content": [{"type": "Text", "text": "a"}]}))
    assert doc.blocks[0].content[0].text == "a"  # type: ignore[union-attr]
