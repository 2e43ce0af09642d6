"""The build pipeline: products made once, a plan of outputs, relative links between them."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import CodeType, FrameType

import pytest

import pubkit
from pubkit.checks import check
from pubkit.errors import UnknownFormat
from pubkit.model import Abbreviation, Document, Metadata, Paragraph, Text
from pubkit.model.walk import iter_nodes
from pubkit.pipeline import PREPARE, Build, plan
from pubkit.plain.report import summary_info
from pubkit.plain.transform import plain_language
from pubkit.renderers.html import HtmlRendererOptions
from pubkit.transforms.abbreviations import mark_abbreviations
from pubkit.transforms.typography import typographic_quotes
from tests.conftest import EXAMPLES


@contextmanager
def calls(*functions: object) -> Iterator[Counter[str]]:
    """Count the real calls of ``functions`` (by their code objects) while the block runs."""
    codes: dict[CodeType, str] = {f.__code__: f.__name__ for f in functions}  # type: ignore[attr-defined]
    counted: Counter[str] = Counter()

    def profile(frame: FrameType, event: str, arg: object) -> None:
        if event == "call" and frame.f_code in codes:
            counted[codes[frame.f_code]] += 1

    sys.setprofile(profile)
    try:
        yield counted
    finally:
        sys.setprofile(None)


def test_check_once_per_document_and_plain_drafted_once(tmp_path: Path) -> None:
    build = Build.read(EXAMPLES[0])
    outputs = plan(["html", "summary", "epub"])
    assert len(outputs) == 4  # index.html, notice-summary.html/.pdf, notice.epub
    with calls(check, plain_language, summary_info) as counted:
        results = list(build.write(tmp_path, outputs))
    assert [r.error for r in results] == [None] * 4
    # The notice and its plain-language version, each checked once, however many outputs.
    assert counted == Counter({"check": 2, "plain_language": 1, "summary_info": 1})


def test_prepare_runs_the_listed_transforms() -> None:
    assert (mark_abbreviations, typographic_quotes) == PREPARE
    doc = Document(
        metadata=Metadata(title="t", language="de", abbreviations=(("BVG", "Bundesgesetz"),)),
        blocks=(Paragraph(content=(Text(text='Das BVG gilt "ab heute".'),)),),
    )
    prepared = Build(doc).document
    assert any(isinstance(n, Abbreviation) for n in iter_nodes(prepared))
    assert "„ab heute“" in "".join(n.text for n in iter_nodes(prepared) if isinstance(n, Text))
    assert Build(doc, transforms=()).document == doc


def test_the_web_page_links_the_other_forms_by_relative_names() -> None:
    outputs = plan(["html", "pdf", "summary", "epub"])
    (page,) = [o for o in outputs if o.file_name == "index.html"]
    assert isinstance(page.options, HtmlRendererOptions)
    hrefs = [a.href for a in page.options.alternates]
    assert hrefs == [
        "notice-summary.html",
        "notice.pdf",
        "notice-large-print.pdf",
        "notice.epub",
        "notice-summary.pdf",
    ]
    assert outputs.full_text == "index.html"
    # Only the notice's own web page carries the links; the easy-read page has none.
    (easy,) = [o for o in outputs if o.file_name == "notice-summary.html"]
    assert isinstance(easy.options, HtmlRendererOptions)
    assert easy.options.alternates == ()


def test_the_plain_version_links_back_to_what_the_plan_builds(tmp_path: Path) -> None:
    build = Build.read(EXAMPLES[0])
    with_page = plan(["html", "summary"])
    html = build.render(with_page.outputs[1], full_text=with_page.full_text).data.decode()
    assert '<a href="index.html">' in html
    epub_only = plan(["epub", "summary"])
    assert epub_only.full_text == "notice.epub"
    (easy,) = [o for o in epub_only if o.file_name == "notice-summary.html"]
    html = build.render(easy, full_text=epub_only.full_text).data.decode()
    assert '<a href="notice.epub">' in html
    assert 'href="index.html"' not in html  # no link to a page that is not built
    alone = plan(["summary"])
    assert alone.full_text is None
    (easy,) = [o for o in alone if o.file_name == "notice-summary.html"]
    html = build.render(easy, full_text=None).data.decode()
    assert "index.html" not in html


def test_variant_narrows_only_formats_with_variants() -> None:
    names = [o.file_name for o in plan(["pdf", "summary"], variant="large-print")]
    assert names == ["notice-large-print.pdf", "notice-summary.html", "notice-summary.pdf"]
    with pytest.raises(UnknownFormat, match='no variant "huge"'):
        plan(["pdf"], variant="huge")


def test_formats_include_the_summary() -> None:
    assert {"html", "summary"} <= set(pubkit.formats())
    with pytest.raises(UnknownFormat, match=r'Unknown format "pfd"\. Available: .*summary'):
        plan(["pfd"])


def test_pubkit_renderers_stays_the_function_after_a_renderer_module_is_imported() -> None:
    """``pubkit.renderers`` is also a subpackage: importing it must not replace the function."""
    import pubkit
    import pubkit.renderers.html  # the import under test

    assert callable(pubkit.renderers)
    assert "html" in pubkit.renderers()


def test_the_web_page_links_the_narrated_epub_after_the_plain_one() -> None:
    outputs = plan(["html", "epub", "narrated"])
    (page,) = [o for o in outputs if o.file_name == "index.html"]
    assert isinstance(page.options, HtmlRendererOptions)
    assert [(a.kind, a.href) for a in page.options.alternates] == [
        ("epub", "notice.epub"),
        ("epub-narrated", "notice-narrated.epub"),
    ]
