"""The ``summary`` format: the html and pdf renderers applied to the plain-language version
with the easy-read style, made once per build and reported with its figures."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import pubkit
from pubkit.errors import InvalidDocument
from pubkit.model import Document, Metadata, Paragraph, Text
from pubkit.pipeline import Build, plan
from pubkit.plain.facts import FidelityError
from pubkit.plain.guards import DraftRejected
from pubkit.plain.report import summary_report
from pubkit.renderers.html import HtmlRendererOptions, stylesheet
from tests.conftest import EXAMPLES


def test_declared_by_the_html_renderer_on_the_plain_version() -> None:
    (output,) = [o for o in plan(["summary"]) if o.renderer == "html"]
    assert output.file_name == "notice-summary.html"
    assert output.source == "plain"
    assert output.options == HtmlRendererOptions(style="easy-read")
    assert output.link == "summary"


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
    build = Build(doc, simplifier=Inventor())
    with pytest.raises(FidelityError) as info:
        build.render(plan(["summary"]).outputs[0])
    assert isinstance(info.value, InvalidDocument)
    assert "PLF002" in [i.code for i in info.value.issues]


def test_an_empty_easy_read_version_is_an_error(tmp_path: Path) -> None:
    """An empty draft is refused by the plain-language guards (PLG005) before anything is
    written; the pipeline's own EASY001 stays as the net for a version that reaches it."""

    class Silent:
        allowed_words: frozenset[str] = frozenset()

        def simplify(self, document: Document, *, max_words: int) -> tuple[Paragraph, ...]:
            return ()

    doc = Document(
        metadata=Metadata(title="Amt", language="de"),
        blocks=(Paragraph(content=(Text(text="Das Amt öffnet am 3. März."),)),),
    )
    build = Build(doc, simplifier=Silent())
    with pytest.raises(DraftRejected, match="PLG005"):
        _ = build.plain
    results = list(build.write(tmp_path, plan(["html", "summary"])))
    by_name = {r.output.file_name: r for r in results}
    assert by_name["index.html"].ok
    for name in ("notice-summary.html", "notice-summary.pdf"):
        error = by_name[name].error
        assert isinstance(error, InvalidDocument)
        assert "PLG005" in str(error)
        assert not (tmp_path / name).exists()
    with pytest.raises(InvalidDocument, match="PLG005"):  # not even with strict=False
        build.render(plan(["summary"]).outputs[0], strict=False)


def test_report_line() -> None:
    artifact = pubkit.render(pubkit.read(EXAMPLES[0]), "summary")
    line = summary_report(artifact.info)  # a German notice: in German, with decimal commas
    assert "→" in line
    assert ", Wörter pro Satz " in line
    assert line.endswith("der Wörter behalten, Faktentreue geprüft")
    english = summary_report(artifact.info, lang="en")
    assert ", words/sentence " in english
    assert english.endswith("of the words, fidelity passed")


def test_easy_read_css() -> None:
    css = stylesheet("easy-read")
    assert "text-align: left" in css
    assert "font-style: normal" in css


@pytest.mark.skipif("pdf" not in pubkit.renderers(), reason="the pdf renderer is not installed")
@pytest.mark.parametrize("path", EXAMPLES[:1], ids=lambda p: p.stem)
def test_easy_read_pdf_links_back_relatively(path: Path) -> None:
    pikepdf = pytest.importorskip("pikepdf")
    from pubkit.renderers.pdf import PdfOptions

    options = PdfOptions(variant="large-print", style="easy-read")
    artifact = pubkit.render(pubkit.read(path), "summary", options=options)
    assert artifact.data.startswith(b"%PDF-")
    assert artifact.media_type == "application/pdf"
    assert artifact.info["summary.fidelity"] == "passed"
    with pikepdf.open(io.BytesIO(artifact.data)) as pdf:
        assert str(pdf.Root.Lang) == "de"
        with pdf.open_metadata() as meta:
            assert meta.get("pdfuaid:part") == "1"
        uris = [
            str(annot.A.URI)
            for page in pdf.pages
            for annot in page.get("/Annots", [])
            if "/A" in annot and "/URI" in annot.A
        ]
    assert "index.html" in uris  # the web page beside it, not file:///… of the build machine
    assert not [u for u in uris if u.startswith("file:")]
