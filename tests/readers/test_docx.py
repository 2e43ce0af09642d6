"""The Word reader: golden file, the Word versions of corpus notices, damaged input."""

from __future__ import annotations

import contextlib
import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pubkit.checks import check, errors
from pubkit.errors import ReadError
from pubkit.model import Figure, Heading, LanguageSpan, List, Table
from pubkit.model.serialize import from_json, to_json
from pubkit.model.walk import inline_text, iter_nodes
from pubkit.readers import read
from pubkit.readers.docx import read_docx
from tests.conftest import ROOT, golden_compare

GOLDEN = Path(__file__).parent / "golden"
WORD = ROOT / "tests" / "corpus" / "word"
FEATURES = GOLDEN / "word-features.docx"


def test_reader_golden_docx(update_golden: bool) -> None:
    doc = read_docx(FEATURES.read_bytes())
    golden_compare(FEATURES.with_suffix(".json"), to_json(doc), update=update_golden)
    assert from_json(to_json(doc)) == doc


def test_features_are_mapped() -> None:
    doc = read(FEATURES)
    meta = doc.metadata
    assert (meta.title, meta.kicker, meta.headline) == (
        "Wertstoffhof im Mai geänderte Öffnungszeiten",
        "Stadtnachricht",
        "Wertstoffhof: neue Zeiten im Mai",
    )
    assert (meta.language, meta.authors, meta.keywords) == (
        "de",
        ("Presseamt",),
        ("Abfall", "Wertstoffhof"),
    )
    lists = [b for b in doc.blocks if isinstance(b, List)]
    assert [(lst.ordered, lst.start) for lst in lists] == [(False, None), (True, 3)]
    nested = lists[0].items[0].blocks[1]
    assert isinstance(nested, List)
    assert len(nested.items) == 2
    (table,) = [b for b in doc.blocks if isinstance(b, Table)]
    assert [c.scope for c in table.head[0].cells] == ["col", "col"]
    assert inline_text(table.caption) == "Öffnungszeiten im Mai"
    figures = [b for b in doc.blocks if isinstance(b, Figure)]
    assert [(f.image.alt, f.image.decorative) for f in figures] == [
        ("Ein grünes Quadrat, das Logo des Wertstoffhofs", False),
        ("", True),
        ("", False),
    ]
    assert all(f.image.src.startswith("data:image/png;base64,") for f in figures)
    spans = [n for n in iter_nodes(doc) if isinstance(n, LanguageSpan)]
    assert [(s.lang, inline_text(s.content)) for s in spans] == [
        ("en", "Please bring your own bags")
    ]
    assert [type(n).__name__ for n in iter_nodes(doc)].count("Footnote") == 1


def test_a_picture_without_alt_text_fails_the_checks_with_its_paragraph() -> None:
    issues = errors(check(read(FEATURES), lang="en"))  # the German notice, findings in English
    assert [(i.code, i.line) for i in issues] == [("IMG001", 22)]
    assert "Edit Alt Text" in issues[0].message
    assert str(issues[0]).startswith(f"{FEATURES}:22 error IMG001 (embedded picture")


@pytest.mark.parametrize("path", sorted(WORD.glob("*.docx")), ids=lambda p: p.stem)
def test_word_versions_of_corpus_notices_pass_the_checks(path: Path) -> None:
    doc = read(path)
    assert doc.metadata.title
    assert doc.metadata.language.split("-")[0] in ("de", "en")
    assert errors(check(doc)) == []


@pytest.mark.parametrize("name", ["helden-in-der-krise", "corona-teststellen"], ids=str)
def test_word_version_keeps_the_structure_of_the_markdown(name: str) -> None:
    markdown = read(ROOT / "examples" / "notices" / f"{name}.md")
    word = read(WORD / f"{name}.docx")

    def shape(doc):  # type: ignore[no-untyped-def]
        return (
            [(h.level, inline_text(h.content)) for h in doc.blocks if isinstance(h, Heading)],
            [f.image.alt for f in doc.blocks if isinstance(f, Figure)],
            [
                (len(t.head), len(t.body), inline_text(t.caption))
                for t in doc.blocks
                if isinstance(t, Table)
            ],
            [
                (lst.ordered, lst.start, len(lst.items))
                for lst in doc.blocks
                if isinstance(lst, List)
            ],
        )

    assert shape(word) == shape(markdown)
    assert word.metadata.title == markdown.metadata.title


def test_an_old_word_file_is_refused_with_what_to_do() -> None:
    with pytest.raises(ReadError, match=r"Word 97-2003 file \(.doc\).*save it as"):
        read_docx(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, source="alt.docx")


def test_a_text_file_named_docx_is_refused() -> None:
    with pytest.raises(ReadError, match="not a readable Word document") as info:
        read_docx(b"Hallo", source="n.docx")
    assert str(info.value).startswith("n.docx: ")


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_give_a_document_or_a_read_error(data: bytes) -> None:
    with contextlib.suppress(ReadError):
        read_docx(data)


def _parts() -> dict[str, bytes]:
    with zipfile.ZipFile(FEATURES) as z:
        return {name: z.read(name) for name in z.namelist()}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(
        ["word/document.xml", "word/numbering.xml", "word/styles.xml", "word/footnotes.xml"]
    ),
    st.integers(min_value=0, max_value=10_000),
    st.binary(min_size=1, max_size=20),
)
def test_a_damaged_part_gives_a_document_or_a_read_error(name: str, at: int, junk: bytes) -> None:
    parts = _parts()
    original = parts[name]
    at %= len(original)
    parts[name] = original[:at] + junk + original[at + len(junk) :]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for part, data in parts.items():
            z.writestr(part, data)
    with contextlib.suppress(ReadError):
        read_docx(buffer.getvalue())
