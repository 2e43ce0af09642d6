"""The ``summary`` renderer: registered, writes an easy-read page, reports the figures."""

from __future__ import annotations

from pathlib import Path

import pytest

import pubkit
from pubkit.errors import InvalidDocument
from pubkit.model import Document, Metadata, Paragraph, Text
from pubkit.plain.facts import FidelityError
from pubkit.renderers import registry
from pubkit.renderers.summary import (
    EASY_READ_CSS,
    SummaryOptions,
    SummaryRenderer,
    summary_report,
)
from tests.conftest import EXAMPLES


def test_registered() -> None:
    assert "summary" in registry.available()
    renderer = registry.get("summary")
    assert isinstance(renderer, SummaryRenderer)
    assert renderer.outputs()[0] == ("notice-summary.html", SummaryOptions())


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_renders_examples(path: Path, tmp_path: Path) -> None:
    doc = pubkit.read(path)
    out = tmp_path / "notice-summary.html"
    artifact = pubkit.render(doc, "summary", out=out)
    html = out.read_text(encoding="utf-8")
    assert artifact.media_type == "text/html"
    assert '<html lang="de">' in html
    assert "Einfache Sprache · Entwurf" in html
    assert "– Einfache Sprache · Entwurf</title>" in html
    assert '<h2 id="plain-what">Was ist neu?</h2>' in html
    assert 'href="index.html"' in html
    assert "hyphens: manual !important" in html
    info = artifact.info
    assert info["summary.fidelity"] == "passed"
    assert float(info["summary.share_percent"]) <= 50  # a summary, not a copy
    # The readability figures are reported as information; they are no gate.
    assert int(info["summary.words"]) < int(info["source.words"])
    assert {"source.wstf", "source.lix", "summary.wstf", "summary.lix", "summary.sentences"} <= set(
        info
    )


def test_refuses_an_unfaithful_backend() -> None:
    class Inventor:
        allowed_words: frozenset[str] = frozenset()

        def simplify(self, document: Document, *, max_words: int) -> tuple[Paragraph, ...]:
            return (Paragraph(content=(Text(text="Das Amt öffnet am 4. März."),)),)

    doc = Document(
        metadata=Metadata(title="Amt", language="de"),
        blocks=(Paragraph(content=(Text(text="Das Amt öffnet am 3. März."),)),),
    )
    with pytest.raises(FidelityError) as info:
        pubkit.render(doc, "summary", options=SummaryOptions(simplifier=Inventor()))
    assert isinstance(info.value, InvalidDocument)
    assert "PLF002" in [i.code for i in info.value.issues]


def test_report_line() -> None:
    artifact = pubkit.render(pubkit.read(EXAMPLES[0]), "summary")
    line = summary_report(artifact.info)
    assert "→" in line
    assert "fidelity passed" in line


def test_easy_read_css() -> None:
    assert "text-align: left" in EASY_READ_CSS
    assert "font-style: normal" in EASY_READ_CSS


@pytest.mark.skipif("pdf" not in pubkit.renderers(), reason="the pdf renderer is not installed")
@pytest.mark.parametrize("path", EXAMPLES[:1], ids=lambda p: p.stem)
def test_easy_read_pdf(path: Path) -> None:
    pytest.importorskip("weasyprint")
    pikepdf = pytest.importorskip("pikepdf")
    renderer = registry.get("summary")
    assert ("notice-summary.pdf", SummaryOptions(output="pdf")) in renderer.outputs()
    artifact = pubkit.render(pubkit.read(path), "summary", options=SummaryOptions(output="pdf"))
    assert artifact.data.startswith(b"%PDF-")
    assert artifact.media_type == "application/pdf"
    assert artifact.info["summary.fidelity"] == "passed"
    import io

    with pikepdf.open(io.BytesIO(artifact.data)) as pdf:
        assert str(pdf.Root.Lang) == "de"
        with pdf.open_metadata() as meta:
            assert meta.get("pdfuaid:part") == "1"
