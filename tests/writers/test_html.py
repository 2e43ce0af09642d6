from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given, settings

from pubkit.model import Document
from pubkit.readers.markdown import read_markdown
from pubkit.writers.html import HtmlOptions, write_html
from tests.conftest import golden_compare
from tests.strategies import documents

READER_GOLDEN = Path(__file__).parent.parent / "readers" / "golden"
GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize("case", sorted(READER_GOLDEN.glob("*.md")), ids=lambda p: p.stem)
def test_writer_golden(case: Path, update_golden: bool) -> None:
    doc = read_markdown(case.read_text(encoding="utf-8"))
    golden_compare(GOLDEN / f"{case.stem}.html", write_html(doc), update=update_golden)


def _xhtml(doc: Document) -> ET.Element:
    text = write_html(doc, HtmlOptions(xhtml=True))
    return ET.fromstring(text.split("\n", 2)[2])  # drop the XML declaration and doctype


@settings(max_examples=150, deadline=None)
@given(documents)
def test_xhtml_is_always_well_formed(doc: Document) -> None:
    root = _xhtml(doc)
    assert root.get("lang") == doc.metadata.language
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == doc.metadata.language


@settings(max_examples=100, deadline=None)
@given(documents)
def test_every_image_keeps_its_alt_and_every_span_its_lang(doc: Document) -> None:
    from pubkit.model import Image, LanguageSpan
    from pubkit.model.walk import iter_nodes

    root = _xhtml(doc)
    ns = "{http://www.w3.org/1999/xhtml}"
    images = [n for n in iter_nodes(doc) if isinstance(n, Image)]
    imgs = root.findall(f".//{ns}img")
    # Footnotes move to the end of the page, so compare as multisets.
    assert sorted("" if i.decorative else i.alt for i in images) == sorted(
        str(e.get("alt")) for e in imgs
    )
    spans = [n.lang for n in iter_nodes(doc) if isinstance(n, LanguageSpan)]
    # A paragraph wholly in one language carries the lang itself instead of a span.
    marked = [e for e in root.iter() if e.tag in (f"{ns}span", f"{ns}p") and e.get("lang")]
    assert sorted(spans) == sorted(str(e.get("lang")) for e in marked)


def test_hostile_text_is_escaped() -> None:
    doc = read_markdown(
        "---\ntitle: '<script>alert(1)</script>'\nlang: de\n---\n"
        "`<img src=x onerror=alert(1)>` and a < b & c\n"
    )
    html = write_html(doc)
    assert "<script>" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;" in html


def test_page_landmarks_and_language() -> None:
    doc = read_markdown("---\ntitle: Titel\nlang: de\npublisher: Stadt\n---\nText\n")
    html = write_html(doc)
    assert html.startswith('<!DOCTYPE html>\n<html lang="de">')
    for fragment in (
        "<title>Titel</title>",
        '<a class="skip-link" href="#main">Zum Inhalt springen</a>',
        '<header class="masthead">',
        '<main id="main">',
        '<footer class="colophon">',
        "<h1>Titel</h1>",
    ):
        assert fragment in html


def test_audio_alternate_has_player_and_captions() -> None:
    from pubkit.writers.html import Alternate

    doc = read_markdown("---\ntitle: T\nlang: de\n---\nText\n")
    html = write_html(
        doc,
        HtmlOptions(alternates=(Alternate(kind="audio", href="n.mp3", captions="n.vtt"),)),
    )
    assert '<a href="n.mp3">Zum Anhören (MP3)</a>' in html
    assert (
        '<audio controls="controls" preload="none" src="n.mp3" aria-label="Zum Anhören (MP3)">'
        '<track kind="captions" src="n.vtt" srclang="de" label="Deutsch" default="default">'
        "</audio>"
    ) in html


def test_alternate_labels_name_the_audio_format_and_the_narrated_epub() -> None:
    from pubkit.writers.html import Alternate

    doc = read_markdown("---\ntitle: T\nlang: en\n---\nText\n")
    html = write_html(
        doc,
        HtmlOptions(
            alternates=(
                Alternate(kind="audio", href="n.ogg"),
                Alternate(kind="epub-narrated", href="n-narrated.epub"),
            )
        ),
    )
    assert '<a href="n.ogg">Listen (OGG)</a>' in html
    assert 'aria-label="Listen (OGG)"' in html
    assert '<a href="n-narrated.epub">E-book read aloud as you read (EPUB)</a>' in html


@pytest.mark.parametrize(
    ("front", "opening", "printed"),
    [
        ("lang: de\ndate: 2020-10-28", "Kloster Lehnin, 28.10.2020, 13:04 Uhr", False),
        ("lang: de\ndate: Mi, 28. Oktober 2020", "Mittwoch, 28. Oktober 2020", False),
        (
            "lang: de\ndate: 2020-10-28",
            "Kreis Beispiel, 28. Oktober 2020 – Der Kreis hat heute neue Regeln beschlossen.",
            False,
        ),
        ("lang: en-GB\ndate: 2023-12-19", "Published Tuesday 19 December 2023", False),
        ("lang: de\ndate: 2020-10-28", "Kloster Lehnin, 27.10.2020", True),  # another day: both
        ("lang: de\ndate: 2020-10-28", "Ab 1. März gelten neue Regeln.", True),
        ("lang: en\ndate: 2023-12-19", "The council has changed the dates.", True),
    ],
)
def test_the_date_is_printed_once_when_the_notice_opens_with_its_own_dateline(
    front: str, opening: str, printed: bool
) -> None:
    doc = read_markdown(f"---\ntitle: T\n{front}\n---\n{opening}\n\nText.\n", source="n.md")
    html = write_html(doc)
    assert ('class="dateline"' in html) is printed
    assert opening.split()[0] in html  # the editor's own line is always there


def test_a_lead_about_the_day_is_no_dateline() -> None:
    doc = read_markdown(
        "---\ntitle: T\nlang: de\ndate: 2021-10-21\n---\n"
        "Ab Donnerstag, 21. Oktober 2021, gelten in allen Bürgerbüros neue Öffnungszeiten.\n",
        source="n.md",
    )
    assert 'class="dateline"' in write_html(doc)


@pytest.mark.parametrize(
    ("category", "kicker", "shown"),
    [
        ("Gesundheit", "Gesundheit", False),
        ("News", "News – Roads and travel", False),
        ("Soziales", "Gesundheit", True),
    ],
)
def test_the_category_is_not_printed_again_right_above_the_same_kicker(
    category: str, kicker: str, shown: bool
) -> None:
    doc = read_markdown(
        f"---\ntitle: Neue Regeln\nlang: de\npublisher: Stadt Beispiel\ncategory: {category}\n---\n"
        f"{kicker}\n\n# Neue Regeln\n\nText.\n"
    )
    assert doc.metadata.kicker == kicker
    html = write_html(doc, HtmlOptions())
    masthead = html.split('<header class="masthead">', 1)[1].split("</header>", 1)[0]
    assert (category in masthead) is shown
    assert "Stadt Beispiel" in masthead


@pytest.mark.parametrize(
    ("kicker", "subtitle", "shown"),
    [
        ("Leichte Sprache", "Leichte Sprache", False),
        ("Easy read", "Easy read", False),
        ("Leichte Sprache", "Einfache Sprache · Entwurf", True),
        ("Bürgerbüro", "Leichte Sprache", True),
    ],
)
def test_a_kicker_the_subtitle_says_again_is_printed_once(
    kicker: str, subtitle: str, shown: bool
) -> None:
    doc = read_markdown(
        f"---\ntitle: Der Ausweis\nsubtitle: {subtitle}\nlang: de\n---\n"
        f"{kicker}\n\n# Der Ausweis\n\nSie brauchen einen Ausweis.\n"
    )
    assert doc.metadata.kicker == kicker
    html = write_html(doc, HtmlOptions())
    assert ('class="kicker"' in html) is shown
    assert html.count(subtitle) == 1
