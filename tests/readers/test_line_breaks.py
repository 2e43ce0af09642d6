"""One sentence per line (Leichte Sprache) stays so, when the notice asks for it."""

from __future__ import annotations

import pytest

from pubkit.model import LineBreak, Paragraph, Text
from pubkit.plain.rules import check_rules
from pubkit.readers.markdown import read_markdown
from pubkit.writers.html import write_html

BODY = "Sie haben Corona?\nDann bleiben Sie 5 Tage zu Hause.\n"


def _read(front: str):  # type: ignore[no-untyped-def]
    return read_markdown(f"---\ntitle: T\nlang: de\n{front}---\n{BODY}", source="n.md")


@pytest.mark.parametrize(
    "front",
    [
        "line_breaks: keep\n",
        "kind: easy-read\n",
        "kind: leichte-sprache\n",
        "language_level: Leichte Sprache\n",
    ],
)
def test_lines_are_kept(front: str) -> None:
    doc = _read(front)
    assert doc.blocks == (
        Paragraph(
            content=(
                Text(text="Sie haben Corona?"),
                LineBreak(),
                Text(text="Dann bleiben Sie 5 Tage zu Hause."),
            )
        ),
    )
    assert "Sie haben Corona?<br>Dann" in write_html(doc)
    assert not [i for i in check_rules(doc, easy_read=True) if i.code == "PL017"]


@pytest.mark.parametrize(
    "front", ["", "kind: corona-rules\n", "kind: easy-read\nline_breaks: join\n"]
)
def test_lines_are_joined_otherwise(front: str) -> None:
    doc = _read(front)
    assert doc.blocks == (
        Paragraph(content=(Text(text="Sie haben Corona? Dann bleiben Sie 5 Tage zu Hause."),)),
    )
    assert [i.code for i in check_rules(doc, easy_read=True)].count("PL017") == 1
