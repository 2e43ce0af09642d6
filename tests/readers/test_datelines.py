"""German datelines are text, not lists; real lists keep their start number everywhere."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from pubkit.model import List, Paragraph, Text
from pubkit.readers.markdown import read_markdown
from pubkit.writers.html import write_html


def _read(body: str):  # type: ignore[no-untyped-def]
    return read_markdown(f"---\ntitle: T\nlang: de\n---\n{body}", source="n.md")


@pytest.mark.parametrize(
    "line",
    [
        "29. Oktober 2020, 13:04 Uhr",
        "1. Mai",
        "3. Dez. 2021",
        "1. FC Köln gewinnt",
        "2. Bürgermeisterin Anna Beispiel eröffnet",
    ],
)
def test_a_dateline_is_a_paragraph(line: str) -> None:
    doc = _read(f"{line}\n\nText.\n")
    assert doc.blocks[0] == Paragraph(content=(Text(text=line),))


def test_a_dateline_in_a_code_fence_is_left_alone() -> None:
    doc = _read("```\n29. Oktober\n```\n")
    assert doc.blocks[0].code == "29. Oktober\n"  # type: ignore[union-attr]


def test_a_numbered_list_keeps_its_start() -> None:
    doc = _read("Text.\n\n3. drei\n4. vier\n")
    (lst,) = [b for b in doc.blocks if isinstance(b, List)]
    assert (lst.ordered, lst.start, len(lst.items)) == (True, 3, 2)
    html = write_html(doc)
    assert '<ol start="3" style="counter-reset: list-item 2">' in html


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_the_pdf_keeps_the_start_number_and_the_date(tmp_path: Path) -> None:
    pytest.importorskip("weasyprint")
    import pubkit

    source = tmp_path / "n.md"
    source.write_text(
        "---\ntitle: T\nlang: de\n---\n29. Oktober 2020, 13:04 Uhr\n\nText.\n\n3. drei\n4. vier\n",
        encoding="utf-8",
    )
    out = tmp_path / "n.pdf"
    pubkit.render(pubkit.read(source), "pdf", out=out)
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "29. Oktober 2020, 13:04 Uhr" in text
    assert "1. Oktober" not in text
    assert "3. drei" in text
    assert "4. vier" in text
