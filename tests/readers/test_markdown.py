from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pubkit.errors import ReadError
from pubkit.model import (
    Abbreviation,
    Document,
    Figure,
    Heading,
    LanguageSpan,
    LineBreak,
    List,
    Paragraph,
    Table,
    Text,
)
from pubkit.model.serialize import to_json
from pubkit.model.walk import inline_text, iter_nodes
from pubkit.readers import read
from pubkit.readers.markdown import read_markdown
from tests.conftest import EXAMPLES, golden_compare

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(GOLDEN.glob("*.md"))


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_reader_golden(case: Path, update_golden: bool) -> None:
    doc = read_markdown(case.read_text(encoding="utf-8"))
    golden_compare(case.with_suffix(".json"), to_json(doc), update=update_golden)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_examples_read(example: Path) -> None:
    doc = read(example)
    assert doc.metadata.title
    assert doc.metadata.language == "de"
    assert doc.source == str(example)


def _doc(body: str, front: str = "title: T\nlang: de\n") -> Document:
    return read_markdown(f"---\n{front}---\n{body}", source="notice.md")


def test_german_typography() -> None:
    doc = _doc("Sie sagte: \"Das ist 'gut'\" -- und ging...\n")
    assert doc.blocks[0] == Paragraph(
        content=(Text(text="Sie sagte: „Das ist ‚gut‘“ – und ging…"),)
    )


def test_english_typography() -> None:
    doc = _doc('She said "fine".\n', front="title: T\nlang: en\n")
    assert doc.blocks[0] == Paragraph(content=(Text(text="She said “fine”."),))


def test_abbreviations_are_marked_as_whole_words_only() -> None:
    doc = _doc("Die dpa-Tochter, nicht Updpate.\n\n*[dpa]: Deutsche Presse-Agentur\n")
    abbrs = [n for n in iter_nodes(doc) if isinstance(n, Abbreviation)]
    assert abbrs == [Abbreviation(text="dpa", expansion="Deutsche Presse-Agentur")]
    assert doc.metadata.abbreviations == (("dpa", "Deutsche Presse-Agentur"),)


def test_title_from_leading_heading_when_front_matter_has_none() -> None:
    doc = read_markdown("---\nlang: de\n---\n# Mein Titel\n\n## Teil\n")
    assert doc.metadata.title == "Mein Titel"
    assert isinstance(doc.blocks[0], Heading)
    assert doc.blocks[0].level == 2


def test_heading_ids_are_unique_and_readable() -> None:
    doc = _doc("## Öffnungszeiten\n\n## Öffnungszeiten\n\n## Straße & Platz\n")
    assert [b.id for b in doc.blocks if isinstance(b, Heading)] == [
        "oeffnungszeiten",
        "oeffnungszeiten-2",
        "strasse-platz",
    ]


def test_lines_point_into_the_file() -> None:
    doc = _doc("Eins.\n\n## Zwei\n\n![Bild](a.png)\n")
    assert [b.line for b in doc.blocks] == [5, 7, 9]  # 4 lines of front matter
    assert isinstance(doc.blocks[2], Figure)


@pytest.mark.parametrize(
    ("source", "message", "line"),
    [
        (
            "---\ntitle: T\nlang: de\n---\nText <script>alert(1)</script>\n",
            "Raw HTML that can run or load something is not allowed",
            5,
        ),
        (
            "---\ntitle: T\nlang: de\n---\n\n<div>\n<iframe src='https://x.de'></iframe>\n</div>\n",
            "Raw HTML that can run or load something is not allowed",
            6,
        ),
        ("---\ntitle: T\nlang: de\ndate: 2026-13-45\n---\n", "not a possible date", 4),
        ("---\ntitle: [unclosed\nlang: de\n---\n", "not valid YAML", None),
        ("---\ntitle: T\ndate: 2020-02-30\n---\n", "ISO date", 3),
        ("---\ntitle: T\nkeywords: {a: 1}\n---\n", "list of texts", 3),
        ("---\ntitle: T\n---\n*[FAZ]:\n", "no expansion", 4),
        ("---\ntitle: T\n---\n::: figure\nNur Text\n:::\n", "has no image", 4),
        (
            "---\ntitle: T\n---\n::: figure\n![Bild](a.png)\n\nFoto: X\n{.credit}\n:::\n",
            "Put it on its own line right before",
            7,
        ),
    ],
)
def test_errors_name_the_file_and_line(source: str, message: str, line: int | None) -> None:
    with pytest.raises(ReadError, match=message) as info:
        read_markdown(source, source="notice.md")
    assert info.value.source == "notice.md"
    if line is not None:
        assert info.value.line == line
        assert str(info.value).startswith(f"notice.md:{line}: ")


def test_raw_html_can_be_reduced_to_text() -> None:
    doc = read_markdown(
        "---\ntitle: T\nlang: de\n---\nA <b>bold</b> <script>alert(1)</script> end\n",
        raw_html="strip",
    )
    (paragraph,) = doc.blocks
    assert isinstance(paragraph, Paragraph)
    # The tags are gone; what stood between them is plain text that cannot run.
    assert paragraph.content == (Text(text="A bold alert(1) end"),)


def test_javascript_links_are_not_links() -> None:
    doc = _doc("[Klick](javascript:alert(1)) und [Bild](data:text/html,x)\n")
    assert not [n for n in iter_nodes(doc) if type(n).__name__ == "Link"]


def test_language_spans_on_inlines_and_blocks() -> None:
    doc = _doc("[Good morning]{lang=en}\n\n{lang=tr}\nMerhaba\n")
    spans = [n for n in iter_nodes(doc) if isinstance(n, LanguageSpan)]
    assert [s.lang for s in spans] == ["en", "tr"]


def test_table_with_row_headers_and_caption() -> None:
    doc = _doc("| | A |\n|--|--|\n| Zeile | 1 |\n\nTabelle: Titel\n")
    (table,) = doc.blocks
    assert isinstance(table, Table)
    assert table.caption == (Text(text="Titel"),)
    assert table.body[0].cells[0].scope == "row"
    assert table.head[0].cells[1].scope == "col"


def test_table_with_an_empty_header_row_is_a_key_value_table() -> None:
    doc = _doc("| | |\n|---|---|\n| Frist | 4. September |\n| Betrag | 500 Euro |\n")
    (table,) = doc.blocks
    assert isinstance(table, Table)
    assert table.head == ()
    assert [row.cells[0].scope for row in table.body] == ["row", "row"]
    assert [row.cells[1].header for row in table.body] == [False, False]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_gives_a_document_or_a_read_error(text: str) -> None:
    try:
        doc = read_markdown(text)
    except ReadError:
        return
    assert isinstance(doc, Document)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="-#*_[]{}()!:|>`~^=\"'.\n abcäö<>/&12", max_size=80))
def test_markup_soup_gives_a_document_or_a_read_error(text: str) -> None:
    with contextlib.suppress(ReadError):
        read_markdown("---\ntitle: T\nlang: de\n---\n" + text)


# -- raw HTML as editors and content systems leave it in Markdown (raw_html="convert") -----


def test_html_habits_in_markdown_are_read_as_meant() -> None:
    doc = read_markdown(
        "---\ntitle: T\nlang: de\n---\n"
        "Erster Absatz mit <strong>Fett</strong>, <em>kursiv</em> und "
        '<a href="https://stadt.example/corona">Link</a>.<br>Neue Zeile mit '
        '<abbr title="Kassenärztliche Vereinigung">KV</abbr> und <span style="color:red">rot</span>.\n'
        "\n<!--more-->\n\n"
        '<div class="hinweis">\n<p>Bitte <b>Maske</b> tragen.</p>\n</div>\n'
    )
    first, second = doc.blocks
    assert isinstance(first, Paragraph)
    kinds = [type(n).__name__ for n in first.content]
    assert kinds == [
        "Text", "Strong", "Text", "Emphasis", "Text", "Link", "Text", "LineBreak", "Text",
        "Abbreviation", "Text",
    ]  # fmt: skip
    assert inline_text(first.content).endswith("KV und rot.")
    assert isinstance(second, Paragraph)
    assert second.line == 9  # the HTML block's line in the file
    assert inline_text(second.content) == "Bitte Maske tragen."


def test_an_unclosed_inline_tag_keeps_its_text() -> None:
    doc = read_markdown("---\ntitle: T\nlang: de\n---\nText <b>offen geblieben.\n")
    assert inline_text(doc.blocks[0].content) == "Text offen geblieben."  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "html",
    [
        "<script>alert(1)</script>",
        "Text <iframe src='https://video.example/'></iframe>",
        '<a href="javascript:alert(1)">x</a>',
        '<span onmouseover="x()">y</span>',
        "<form action='https://x.example'><input name=a></form>",
    ],
)
def test_html_that_can_run_or_load_is_still_refused_with_its_line(html: str) -> None:
    with pytest.raises(ReadError, match="can run or load something") as info:
        read_markdown(f"---\ntitle: T\nlang: de\n---\n\n{html}\n", source="n.md")
    assert info.value.line == 6


def test_strict_mode_still_refuses_every_tag() -> None:
    with pytest.raises(ReadError, match="Raw HTML is not allowed"):
        read_markdown("---\ntitle: T\nlang: de\n---\nA<br>B\n", raw_html="error")


def test_bullets_pasted_from_word_are_a_list() -> None:
    doc = read_markdown(
        "---\ntitle: T\nlang: de\n---\nDie Regeln:\n\n• Maske tragen\n• Abstand halten\n"
    )
    assert isinstance(doc.blocks[1], List)
    assert len(doc.blocks[1].items) == 2


def test_dashes_are_a_list_only_in_pairs() -> None:
    pair = read_markdown("---\ntitle: T\nlang: de\n---\nRegeln:\n– Maske\n– Abstand\n")
    assert isinstance(pair.blocks[-1], List)
    speaker = read_markdown(
        "---\ntitle: T\nlang: de\n---\n„Wir bleiben dran.“\n– Bürgermeisterin Roth\n"
    )
    assert [type(b) for b in speaker.blocks] == [Paragraph]


# -- blocks of lines whose breaks are their layout (addresses, contacts, hours) ------------


@pytest.mark.parametrize(
    "block",
    [
        "Stadt Beispiel\nPresse- und Öffentlichkeitsarbeit\nMarktplatz 1\n12345 Beispiel\n"
        "Telefon: 01234 56-789\nE-Mail: presse@beispiel.example",
        "Öffnungszeiten:\nMontag bis Freitag 8 bis 12 Uhr\nDonnerstag 14 bis 18 Uhr",
        "Customer Services\nCivic Centre, Oakley Road\nOakley OX1 2AB\nPhone: 01234 567890\n"
        "Email: help@oakley.example",
        "Heritage Office\nÁras an Chontae\nCharleville Road\nTullamore\nCo. Offaly R35 F893",
        "Public Works\n1250 Main Street\nBerkley, MI 48072",
    ],
)
def test_an_address_or_contact_block_keeps_its_lines(block: str) -> None:
    doc = read_markdown(f"---\ntitle: T\nlang: de\n---\n\n{block}\n")
    (paragraph,) = doc.blocks
    assert isinstance(paragraph, Paragraph)
    breaks = sum(isinstance(n, LineBreak) for n in paragraph.content)
    assert breaks == block.count("\n")


@pytest.mark.parametrize(
    "prose",
    [
        # prose wrapped by the editor, with a number in it
        "Fragen beantwortet das Bürgerbüro unter\nTelefon 0211 89-12345 oder per E-Mail an\n"
        "info@stadt.example, montags bis freitags von 8 bis 12 Uhr.",
        "Die Stadt bittet alle Bürgerinnen und Bürger, ab Montag\nin Bussen eine Maske zu tragen.",
        "The council asks residents to put their bins out\nby 7am on Tuesday 12 March.",
        "Das Amt ist Mo.–Fr. 8–12 Uhr\nund Do. 14–18 Uhr geöffnet.",
    ],
)
def test_prose_wrapped_by_the_editor_is_joined(prose: str) -> None:
    doc = read_markdown(f"---\ntitle: T\nlang: de\n---\n\n{prose}\n")
    (paragraph,) = doc.blocks
    assert not any(isinstance(n, LineBreak) for n in paragraph.content)  # type: ignore[attr-defined]


def test_layout_lines_are_soft_breaks_and_forced_ones_are_not() -> None:
    """The plain-language draft joins the lines the reader kept for their layout (it writes
    its own lines) and keeps the ones the author forced; JSON of a forced break is as before."""
    from pubkit.model.serialize import from_json

    doc = read_markdown(
        "---\ntitle: T\nlang: de\n---\n\nMarktplatz 1\n12345 Beispiel\n\nZeile eins\\\nZeile zwei\n"
    )
    block, forced = doc.blocks
    assert [n for n in block.content if isinstance(n, LineBreak)] == [LineBreak(soft=True)]  # type: ignore[attr-defined]
    assert [n for n in forced.content if isinstance(n, LineBreak)] == [LineBreak()]  # type: ignore[attr-defined]
    text = to_json(doc)
    assert text.count('"soft": true') == 1
    assert from_json(text) == doc
