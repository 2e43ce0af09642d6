"""The epub renderer: package facts read with lxml, accessibility metadata derived from the
content, deterministic bytes, and EPUBCheck and Ace find nothing (``external``).

Books are rendered once per module (examples, a small sample and a generated stress
document); the validators run once per book.
"""

from __future__ import annotations

import dataclasses
import io
import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

import pubkit
from pubkit.errors import RenderError
from pubkit.renderers import registry
from pubkit.renderers.epub import EpubOptions, EpubRenderer
from pubkit.renderers.epub_metadata import CONFORMS_TO, ContentFacts, accessibility_metadata
from tests.conftest import EXAMPLES
from tests.images import png

NS = {
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "x": "http://www.w3.org/1999/xhtml",
    "epub": "http://www.idpf.org/2007/ops",
    "ncx": "http://www.daisy.org/z3986/2005/ncx/",
}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

SAMPLE = """\
---
title: Amt für Soziales geehrt
subtitle: Auszeichnung für die Nachbarschaftshilfe
lang: de
authors: [Presseamt]
publisher: Landeshauptstadt Düsseldorf
date: 2026-11-24
category: Soziales
description: Das Amt für Soziales erhält eine Auszeichnung.
keywords: [Corona, Auszeichnung]
abbreviations: {RKI: Robert Koch-Institut}
{accessibility}
---

Das Amt wurde ausgezeichnet.[^1] Das RKI lobt die **Hilfe**.

{image}

## Öffnungszeiten

| Tag | Zeit |
|-----|------|
| Montag | 8–12 Uhr |

Tabelle: Öffnungszeiten der Beratung

Siehe [den Kontakt](#kontakt).

### Hinweise

- Bitte bringen Sie den Ausweis mit.
- Auf Englisch: [Please bring your ID]{lang=en}.

## Kontakt

Telefon: 0211 89-96090

[^1]: Quelle: Pressemitteilung der Stadt.
"""


def _sample(
    folder: Path,
    *,
    image: str = "![Urkunde in einem blauen Rahmen](urkunde.png)",
    accessibility: str = "",
    name: str = "sample.md",
) -> pubkit.Document:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "urkunde.png").write_bytes(png())
    text = SAMPLE.replace("{image}", image).replace("{accessibility}", accessibility)
    (folder / name).write_text(text, encoding="utf-8")
    return pubkit.read(folder / name)


def stress_markdown(sections: int = 60) -> str:
    """A long notice using every construct, long enough to be split into chapters."""
    parts = [
        "---\ntitle: Haushaltsplan mit allen Bausteinen\nlang: de\nauthors: [Kämmerei]\n"
        "publisher: Landeshauptstadt Düsseldorf\ndate: 2026-01-15\n"
        "abbreviations: {RKI: Robert Koch-Institut}\n---\n",
        f"Einleitung mit einem Verweis auf [den letzten Abschnitt](#abschnitt-{sections}).\n",
    ]
    for n in range(1, sections + 1):
        parts.append(f"## Abschnitt {n}\n")
        parts.append(
            f"Dies ist der Text von Abschnitt {n}. Er beschreibt Aufgaben, Kosten und Fristen "
            "der Stadt, damit alle Bürgerinnen und Bürger sie nachlesen können. Das RKI wird "
            f"erwähnt.[^n{n}] Mehr steht in [Abschnitt {max(1, n - 1)}](#abschnitt-{max(1, n - 1)}).\n"
        )
        parts.append(
            "Die Verwaltung prüft jedes Jahr, ob die Mittel reichen. Sie berichtet dem Rat "
            "und veröffentlicht die Zahlen, so dass jede und jeder sie vergleichen kann.\n"
        )
        parts.append(f"### Einzelheiten zu {n}\n")
        parts.append(f"- Erster Punkt in {n}\n- Zweiter Punkt mit [English words]{{lang=en}}\n")
        if n % 4 == 0:
            parts.append(
                "| Posten | Betrag |\n|---|---:|\n| Personal | 1.000 € |\n| Sachkosten | 250 € |\n\n"
                f"Tabelle: Kosten in Abschnitt {n}\n"
            )
        if n % 5 == 0:
            parts.append(f"![Balkendiagramm der Kosten in Abschnitt {n}](chart.png)\n")
        if n % 6 == 0:
            parts.append(
                "::: note\nDiese Angabe ist vorläufig.\n:::\n\n"
                "> Wir planen sparsam.\n>\n> — Die Kämmerin\n\n"
                "```\nSumme = Personal + Sachkosten\n```\n"
            )
        parts.append(f"[^n{n}]: Fußnote zu Abschnitt {n}.\n")
    return "\n".join(parts)


def _render(document: pubkit.Document, **options: object) -> bytes:
    return EpubRenderer().render(document, EpubOptions(**options)).data  # type: ignore[arg-type]


class Book:
    """An EPUB opened for assertions."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.zip = zipfile.ZipFile(io.BytesIO(data))

    def xml(self, name: str) -> etree._Element:
        return etree.fromstring(self.zip.read(name))

    @property
    def opf(self) -> etree._Element:
        return self.xml("EPUB/content.opf")

    def meta(self, prop: str) -> list[str]:
        return [str(e.text) for e in self.opf.findall(f".//opf:meta[@property='{prop}']", NS)]

    def dc(self, name: str) -> list[str]:
        return [str(e.text) for e in self.opf.findall(f".//dc:{name}", NS)]

    def content_documents(self) -> list[str]:
        return sorted(n for n in self.zip.namelist() if re.fullmatch(r"EPUB/c\d+\.xhtml", n))


# ----------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every example, the sample and the stress document, rendered once to files."""
    out = tmp_path_factory.mktemp("epub")
    docs = {example.stem: pubkit.read(example) for example in EXAMPLES}
    docs["sample"] = _sample(out / "sample")
    stress_dir = out / "stress"
    stress_dir.mkdir()
    (stress_dir / "chart.png").write_bytes(png(60, 30))
    (stress_dir / "stress.md").write_text(stress_markdown(), encoding="utf-8")
    docs["stress"] = pubkit.read(stress_dir / "stress.md")
    paths = {}
    for name, doc in docs.items():
        target = out / f"{name}.epub"
        pubkit.render(doc, "epub", out=target)
        paths[name] = target
    return paths


@pytest.fixture(scope="module")
def sample(books: dict[str, Path]) -> Book:
    return Book(books["sample"].read_bytes())


@pytest.fixture(scope="module")
def stress(books: dict[str, Path]) -> Book:
    return Book(books["stress"].read_bytes())


# ----------------------------------------------------------------------------- package


def test_registered_under_epub() -> None:
    assert "epub" in pubkit.renderers()
    renderer = registry.get("epub")
    assert isinstance(renderer, EpubRenderer)
    assert renderer.outputs()[0].file_name == "notice.epub"


def test_mimetype_is_first_and_stored(books: dict[str, Path]) -> None:
    for path in books.values():
        data = path.read_bytes()
        assert data[30:38] == b"mimetype"  # first local header, no extra field
        first = zipfile.ZipFile(path).infolist()[0]
        assert first.filename == "mimetype"
        assert first.compress_type == zipfile.ZIP_STORED
        assert first.extra == b""
        assert zipfile.ZipFile(path).read("mimetype") == b"application/epub+zip"


def test_same_input_same_bytes(tmp_path: Path) -> None:
    first = _render(_sample(tmp_path / "a"))
    second = _render(_sample(tmp_path / "b"))
    assert first == second
    stamps = {i.date_time for i in Book(first).zip.infolist()}
    assert stamps == {(2026, 11, 24, 0, 0, 0)}  # Metadata.date, not the clock


def test_dublin_core_metadata(sample: Book) -> None:
    opf = sample.opf
    assert opf.get(XML_LANG) == "de"  # ebooklib 0.20 omits it; Ace: epub-lang
    assert opf.get("version") == "3.0"
    assert sample.dc("title") == [
        "Amt für Soziales geehrt",
        "Auszeichnung für die Nachbarschaftshilfe",
    ]
    assert sample.dc("language") == ["de"]
    assert sample.dc("creator") == ["Presseamt"]
    assert sample.dc("publisher") == ["Landeshauptstadt Düsseldorf"]
    assert sample.dc("date") == ["2026-11-24"]
    assert sample.dc("description") == ["Das Amt für Soziales erhält eine Auszeichnung."]
    assert sample.dc("subject") == ["Soziales", "Corona", "Auszeichnung"]
    assert sample.meta("dcterms:modified") == ["2026-11-24T00:00:00Z"]
    (uid,) = sample.dc("identifier")
    assert re.fullmatch(r"urn:uuid:[0-9a-f-]{36}", uid)
    assert opf.find(".//dc:identifier", NS).get("id") == opf.get("unique-identifier")
    ncx = sample.xml("EPUB/toc.ncx")
    assert ncx.find(".//ncx:meta[@name='dtb:uid']", NS).get("content") == uid


def test_identifier_from_metadata_and_stable_without(tmp_path: Path) -> None:
    doc = _sample(tmp_path)
    meta = dataclasses.replace(doc.metadata, identifier="urn:isbn:9783161484100")
    given = dataclasses.replace(doc, metadata=meta)
    assert Book(_render(given)).dc("identifier") == ["urn:isbn:9783161484100"]
    derived = Book(_render(doc)).dc("identifier")
    other = Book(_render(_sample(tmp_path / "b", image=""))).dc("identifier")
    assert derived == other  # title + date + language, not the body or the clock


def test_accessibility_metadata_with_an_informative_image(sample: Book) -> None:
    assert sample.meta("schema:accessMode") == ["textual", "visual"]
    assert sample.meta("schema:accessModeSufficient") == ["textual", "textual,visual"]
    features = sample.meta("schema:accessibilityFeature")
    assert features == [
        "structuralNavigation",
        "tableOfContents",
        "readingOrder",
        "displayTransformability",
        "alternativeText",
    ]
    assert sample.meta("schema:accessibilityHazard") == ["none"]
    (summary,) = sample.meta("schema:accessibilitySummary")
    assert "Alternativtext" in summary
    assert "keine Konformität" in summary
    assert sample.meta("dcterms:conformsTo") == []
    assert sample.meta("a11y:certifiedBy") == []


def test_no_visual_mode_without_informative_images(tmp_path: Path) -> None:
    for image in ("", "![](urkunde.png){.decorative}"):
        book = Book(_render(_sample(tmp_path / str(len(image)), image=image)))
        assert book.meta("schema:accessMode") == ["textual"]
        assert book.meta("schema:accessModeSufficient") == ["textual"]
        assert "alternativeText" not in book.meta("schema:accessibilityFeature")
        assert "keine Bilder" in book.meta("schema:accessibilitySummary")[0]


def test_summary_and_hazards_from_front_matter(tmp_path: Path) -> None:
    a11y = "accessibility: {summary: Eigene Zusammenfassung., hazards: [noFlashingHazard, noSoundHazard]}"
    book = Book(_render(_sample(tmp_path, accessibility=a11y)))
    assert book.meta("schema:accessibilitySummary") == ["Eigene Zusammenfassung."]
    assert book.meta("schema:accessibilityHazard") == ["noFlashingHazard", "noSoundHazard"]


def test_unknown_hazard_is_refused(tmp_path: Path) -> None:
    doc = _sample(tmp_path, accessibility="accessibility: {hazards: [blinking]}")
    with pytest.raises(RenderError, match="blinking"):
        _render(doc)


def test_conformance_claimed_only_with_an_evaluator_and_clean_checks(tmp_path: Path) -> None:
    certified = "accessibility: {certified_by: Agentur für Barrierefreiheit}"
    clean = _sample(tmp_path / "ok", accessibility=certified)
    # The renderer alone has no check result: it claims nothing.
    assert Book(_render(clean)).meta("dcterms:conformsTo") == []
    # The pipeline checks once and tells the renderer the checks were clean.
    book = Book(pubkit.render(clean, "epub").data)
    assert book.meta("dcterms:conformsTo") == [CONFORMS_TO]
    assert book.meta("a11y:certifiedBy") == ["Agentur für Barrierefreiheit"]
    assert "Agentur für Barrierefreiheit" in book.meta("schema:accessibilitySummary")[0]
    # The same evaluator, but the checks warn (an overlong alt text): no claim.
    long_alt = "![" + "Sehr lange Beschreibung " * 20 + "](urkunde.png)"
    doc = _sample(tmp_path / "warn", image=long_alt, accessibility=certified)
    assert any(i.severity == "warning" for i in pubkit.check(doc))
    book = Book(pubkit.render(doc, "epub").data)
    assert book.meta("dcterms:conformsTo") == []
    assert book.meta("a11y:certifiedBy") == []


def test_narration_and_page_list_facts_map_to_features(tmp_path: Path) -> None:
    doc = _sample(tmp_path)
    facts = ContentFacts.count(doc, content_documents=1, page_list=True, audio=True, overlays=True)
    a11y = accessibility_metadata(doc, facts, checks_clean=True)
    assert a11y.access_modes == ("textual", "visual", "auditory")
    assert {"printPageNumbers", "pageNavigation", "synchronizedAudioText"} <= set(a11y.features)
    assert "textual,auditory" in a11y.access_modes_sufficient


# ----------------------------------------------------------------------------- content


def test_content_documents_are_xhtml_with_language_and_title(books: dict[str, Path]) -> None:
    for path in books.values():
        book = Book(path.read_bytes())
        names = book.content_documents()
        assert names
        for name in [*names, "EPUB/nav.xhtml"]:
            root = book.xml(name)  # well-formed XML or this raises
            assert root.get("lang") == root.get(XML_LANG) == "de"
            assert root.findtext("x:head/x:title", namespaces=NS)
            link = root.find("x:head/x:link[@rel='stylesheet']", NS)
            assert link is not None
            assert link.get("href") == "css/epub.css"


def test_nav_has_toc_and_landmarks(sample: Book) -> None:
    nav = sample.xml("EPUB/nav.xhtml")
    toc = nav.find(".//x:nav[@epub:type='toc']", NS)
    assert toc.get("role") == "doc-toc"
    labels = [a.text for a in toc.iterfind(".//x:a", NS)]
    assert labels == ["Amt für Soziales geehrt", "Öffnungszeiten", "Hinweise", "Kontakt"]
    nested = toc.find("x:ol/x:li[2]/x:ol/x:li/x:a", NS)
    assert nested is not None
    assert nested.text == "Hinweise"
    marks = nav.find(".//x:nav[@epub:type='landmarks']", NS)
    kinds = [a.get(f"{{{NS['epub']}}}type") for a in marks.iterfind(".//x:a", NS)]
    assert kinds == ["toc", "bodymatter"]
    assert nav.find(".//x:nav[@epub:type='page-list']", NS) is None  # no page numbers known
    ncx = sample.xml("EPUB/toc.ncx")
    assert [t.text for t in ncx.iterfind(".//ncx:navLabel/ncx:text", NS)] == labels
    assert ncx.get(XML_LANG) == "de"
    manifest = {i.get("id"): i for i in sample.opf.iterfind(".//opf:item", NS)}
    assert manifest["nav"].get("properties") == "nav"
    assert sample.opf.find(".//opf:spine", NS).get("toc") == "ncx"


def test_short_notice_is_one_document_with_title_block(sample: Book) -> None:
    assert sample.content_documents() == ["EPUB/c01.xhtml"]
    main = sample.xml("EPUB/c01.xhtml").find(".//x:main", NS)
    assert main[0].tag == f"{{{NS['x']}}}h1"
    assert main[0].text == "Amt für Soziales geehrt"
    assert main.find(".//x:abbr[@title='Robert Koch-Institut']", NS) is not None
    span = main.find(".//x:span[@lang='en']", NS)
    assert span is not None
    assert span.get(XML_LANG) == "en"
    img = main.find(".//x:img", NS)
    assert img.get("src") == "images/urkunde.png"
    assert img.get("alt")
    assert "EPUB/images/urkunde.png" in sample.zip.namelist()


def test_long_document_is_split_and_links_follow(stress: Book) -> None:
    names = stress.content_documents()
    assert len(names) == 61  # the introduction with the title, then one per "##"
    ids: dict[str, str] = {}
    for name in [*names, "EPUB/nav.xhtml"]:
        root = stress.xml(name)
        for el in root.iterfind(".//*[@id]"):
            if el.get("id") == "main":  # one <main id="main"> per document
                continue
            assert el.get("id") not in ids, f"duplicate id {el.get('id')}"
            ids[el.get("id")] = name.removeprefix("EPUB/")
    # every internal link, from the content and from the nav, reaches an existing id
    for name in [*names, "EPUB/nav.xhtml"]:
        for a in stress.xml(name).iterfind(".//x:a[@href]", NS):
            href = a.get("href")
            if href.startswith("http"):
                continue
            file, _, frag = href.partition("#")
            target = file or name.removeprefix("EPUB/")
            if frag:
                assert ids.get(frag) == target, f"{name}: {href}"
            else:
                assert f"EPUB/{target}" in stress.zip.namelist()
    spine = [r.get("idref") for r in stress.opf.iterfind(".//opf:itemref", NS)]
    assert spine[:2] == ["c01", "c02"]
    assert spine[-1] == "nav"


def test_split_can_be_forced_or_prevented(tmp_path: Path) -> None:
    doc = _sample(tmp_path)
    assert len(Book(_render(doc, split_above=0)).content_documents()) == 3
    assert len(Book(_render(doc, split_above=None)).content_documents()) == 1


def test_stylesheet_leaves_font_settings_to_the_reader(sample: Book) -> None:
    css = sample.zip.read("EPUB/css/epub.css").decode()
    assert not re.search(r"font-size:\s*[\d.]+(px|pt)", css)
    assert "font-family: serif" not in css
    assert "body { font-family" not in css
    assert not re.search(r"(?<!-)\bcolor:\s*#", css)
    assert not [n for n in sample.zip.namelist() if n.endswith((".ttf", ".otf", ".woff", ".woff2"))]


def test_unsupported_image_type_is_refused(tmp_path: Path) -> None:
    doc = _sample(tmp_path, image="![Ein Plan der Stadt](plan.bmp)")
    (tmp_path / "plan.bmp").write_bytes(b"BM" + b"\0" * 60)
    with pytest.raises(RenderError, match="PNG"):
        _render(doc)


def test_control_characters_are_refused_not_dropped(tmp_path: Path) -> None:
    doc = _sample(tmp_path)
    broken = dataclasses.replace(
        doc, metadata=dataclasses.replace(doc.metadata, publisher="A\x0bB")
    )
    with pytest.raises(RenderError, match="U\\+000B"):
        _render(broken)


def test_english_summary(tmp_path: Path) -> None:
    doc = _sample(tmp_path)
    english = dataclasses.replace(doc, metadata=dataclasses.replace(doc.metadata, language="en"))
    (summary,) = Book(_render(english)).meta("schema:accessibilitySummary")
    assert summary.startswith("This EPUB is reflowable")
    assert "no conformance" in summary


def test_cli_build_writes_notice_epub(tmp_path: Path) -> None:
    from pubkit.cli import main

    _sample(tmp_path / "in", name="notice-a.md")
    assert main(["build", str(tmp_path / "in"), "-f", "epub", "-o", str(tmp_path / "out")]) == 0
    assert (tmp_path / "out" / "notice-a" / "notice-a.epub").stat().st_size > 1000


# ----------------------------------------------------------------------------- validators


@pytest.mark.external
def test_epubcheck_finds_nothing(books: dict[str, Path]) -> None:
    from pubkit.validators import run_epubcheck

    failures = {}
    for name, path in books.items():
        report = run_epubcheck(path)
        if report.findings:
            failures[name] = [str(f) for f in report.findings]
    assert not failures, failures


@pytest.mark.external
def test_ace_finds_no_violation(books: dict[str, Path]) -> None:
    from pubkit.validators import run_ace

    failures = {}
    for name, path in books.items():
        report = run_ace(path)
        if report.findings or not report.passed:
            failures[name] = [str(f) for f in report.findings]
    assert not failures, failures
