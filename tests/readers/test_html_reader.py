"""The CMS-HTML reader: golden file, the HTML versions of corpus notices, hostile markup."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pubkit.checks import check, errors
from pubkit.errors import ReadError
from pubkit.model import Abbreviation, Figure, LanguageSpan, LineBreak, List, Quote, Table
from pubkit.model.serialize import from_json, to_json
from pubkit.model.walk import inline_text, iter_nodes
from pubkit.readers import read
from pubkit.readers.html import read_html, sanitise
from pubkit.writers.html import write_html
from tests.conftest import ROOT, golden_compare

GOLDEN = Path(__file__).parent / "golden"
CASE = GOLDEN / "cms-features.html"
CMS = ROOT / "tests" / "corpus" / "html"


def test_reader_golden_html(update_golden: bool) -> None:
    doc = read_html(CASE.read_text(encoding="utf-8"))
    golden_compare(CASE.with_suffix(".json"), to_json(doc), update=update_golden)
    assert from_json(to_json(doc)) == doc


def test_features_are_mapped() -> None:
    doc = read_html(CASE.read_text(encoding="utf-8"), source="n.html")
    meta = doc.metadata
    assert (meta.title, meta.kicker, meta.language, meta.date) == (
        "Wertstoffhof: neue Zeiten im Mai",
        "Stadtnachricht",
        "de",
        "2026-05",
    )
    nodes = list(iter_nodes(doc))
    assert [(n.lang, inline_text(n.content)) for n in nodes if isinstance(n, LanguageSpan)] == [
        ("en", "Please bring your own bags")
    ]
    assert Abbreviation(text="AfA", expansion="Amt für Abfallwirtschaft") in nodes
    assert any(isinstance(n, LineBreak) for n in nodes)
    (lst,) = [b for b in doc.blocks if isinstance(b, List)]
    assert (lst.ordered, lst.start, len(lst.items)) == (True, 3, 2)
    assert isinstance(lst.items[1].blocks[-1], List)
    (table,) = [b for b in doc.blocks if isinstance(b, Table)]
    assert [c.scope for c in table.head[0].cells] == ["col", "col"]
    assert table.body[0].cells[0].scope == "row"
    figures = [b for b in doc.blocks if isinstance(b, Figure)]
    assert [(f.image.src, f.image.alt, f.image.decorative) for f in figures] == [
        ("x.png", "", False),
        ("deko.png", "", True),
        ("hof.png", "Die Einfahrt des Wertstoffhofs", False),
    ]
    assert inline_text(figures[2].credit) == "Foto: Stadt"
    (quote,) = [b for b in doc.blocks if isinstance(b, Quote)]
    assert inline_text(quote.attribution) == "Die Betriebsleitung"
    links = [n.target for n in nodes if type(n).__name__ == "Link"]
    assert links == ["https://www.example.org/hof"]


def test_scripts_styles_and_handlers_never_reach_the_output() -> None:
    doc = read_html(CASE.read_text(encoding="utf-8"))
    html = write_html(doc)
    for word in ("script", "alert", "onclick", "onerror", "onload", "javascript", "track()",
                 "color: red", "Impressum", "Teilen", "Start</a>"):  # fmt: skip
        assert word not in html, word


def test_a_picture_without_alt_fails_the_checks_with_its_line(tmp_path: Path) -> None:
    page = tmp_path / "n.html"
    page.write_text(CASE.read_text(encoding="utf-8"), encoding="utf-8")
    for name in ("x.png", "deko.png", "hof.png"):
        (tmp_path / name).write_bytes(b"\x89PNG\r\n\x1a\n")
    issues = errors(check(read(page)))
    assert [(i.code, i.line) for i in issues] == [("IMG001", 19)]
    assert str(issues[0]).startswith(f"{page}:19 error IMG001")


def test_sanitising_keeps_the_line_numbers() -> None:
    page = (
        "<head>\n<style>\na{}\n</style>\n<script\nsrc=x>\n</script></head>\n<p\nclass=x>Hallo</p>\n"
    )
    lines = sanitise(page).split("\n")
    assert "Hallo" in lines[8]


@pytest.mark.parametrize("path", sorted(CMS.glob("*.html")), ids=lambda p: p.stem)
def test_cms_versions_of_corpus_notices_pass_the_checks(path: Path) -> None:
    doc = read(path)
    assert doc.metadata.title
    assert doc.metadata.language.split("-")[0] in ("de", "en")
    assert errors(check(doc)) == []
    text = write_html(doc)
    assert "Impressum" not in text
    assert "Cookie" not in text


def test_an_empty_page_is_a_read_error() -> None:
    with pytest.raises(ReadError, match="no content") as info:
        read_html("<html><body><nav>Menü</nav></body></html>", source="leer.html")
    assert str(info.value).startswith("leer.html: ")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_a_document_or_a_read_error(text: str) -> None:
    with contextlib.suppress(ReadError):
        read_html(text)


_TAG = st.sampled_from(
    ["<p>", "</p>", "<h1>", "</h1>", "<ul>", "<li>", "</ul>", "<ol start=x>", "<table>", "<tr>",
     "<th scope=row>", "<td>", "</table>", "<figure>", "<figcaption>", "<img alt=a src=b>", "<main>",
     "<article>", "<abbr title=t>", "</abbr>", "<span lang=en>", "</span>", "<br>", "<blockquote>",
     "<footer>", "<a href=x>", "</a>", "<script>", "<!--", "-->", "<q>", "<dl><dt>", "<pre>", "x", " "]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(_TAG, max_size=40))
def test_tag_soup_gives_a_document_or_a_read_error(tags: list[str]) -> None:
    with contextlib.suppress(ReadError):
        read_html("".join(tags))
