"""The ``pdf`` renderer: structure facts asserted with pikepdf, veraPDF on every output.

Each repair of a WeasyPrint 70 weakness is proven twice: the fact holds in pubkit's PDF,
and plain WeasyPrint on the same HTML still shows the weakness (so the test would notice
if an upgrade fixed it and pubkit's repair became dead code). PDFs are rendered once per
module; the stress document (every block type, tables across pages, footnotes, German with
English, Turkish and Arabic, 50+ pages) once per session and conformance.
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

pikepdf = pytest.importorskip("pikepdf")
weasyprint = pytest.importorskip("weasyprint")

from weasyprint.urls import FatalURLFetchingError  # noqa: E402

import pubkit  # noqa: E402  (after the importorskip guards)
from pubkit.errors import InvalidDocument, RenderError  # noqa: E402
from pubkit.model import Document  # noqa: E402
from pubkit.renderers import registry  # noqa: E402
from pubkit.renderers.pdf import PdfOptions, PdfRenderer, SafeFetcher, html_for_pdf  # noqa: E402
from pubkit.renderers.resources import ResourceError, Resources  # noqa: E402
from tests.conftest import EXAMPLES  # noqa: E402
from tests.images import png  # noqa: E402

NOTICE = """\
---
title: Amt für Soziales geehrt
lang: de
subtitle: Auszeichnung „Helden in der Krise“
authors: [Amt für Kommunikation]
publisher: Landeshauptstadt Düsseldorf
date: 2020-11-24
category: Soziales
description: Das Amt für Soziales erhält eine Auszeichnung.
keywords: [Corona, Auszeichnung]
abbreviations:
  RKI: Robert Koch-Institut
---
Das Amt hat die Auszeichnung erhalten. Das RKI lobt die Arbeit[^q] und sagt [Thank you]{lang=en}
und [شكرا]{lang=ar}.
Ein *betonter* und ein **wichtiger** Satz mit `Code`.

## Was geehrt wurde

::: figure
![Zwei Männer halten eine Urkunde](foto.png)

Stadtdirektor Burkhard Hintzsche (l.) und Amtsleiter Roland Buschhausen.

{.credit}
Foto: Ingo Lammert
:::

![](linie.png){.decorative}

Ein Symbol ![Telefon](tel.png) im Satz und ein [Link zum Portal der Stadt](https://www.duesseldorf.de/corona).

[![Telefon-Symbol](tel.png) Servicenummer anrufen](tel:+49211123)

### Einzelheiten

| Ort | Adresse | Öffnungszeiten |
|:----|:--------|---------------:|
| Rathaus | Marktplatz 2 | Mo–Fr 9–17 Uhr |
| Bahnhof | Konrad-Adenauer-Platz 14 | täglich 8–20 Uhr |

Tabelle: Teststellen in der Innenstadt

::: note
Masken sind Pflicht.
:::

> Das ist eine große Ehre.
>
> — Thomas Geisel, Oberbürgermeister

1. Erstens
2. Zweitens

- a
  - verschachtelt
- b

---

```python
print("hallo")
```

[^q]: Robert Koch-Institut, *Wochenbericht*.
"""

LONG_TABLE = """\
---
title: Lange Tabelle
lang: de
---
Vorwort.

| Ort | Adresse |
|:----|:--------|
{rows}

Tabelle: Alle Stellen
"""


def stress_markdown(sections: int = 18) -> str:
    """Every block type, one long table and one footnote per section; German with English,
    Turkish and Arabic (right to left) spans and an Arabic paragraph."""
    parts = [
        """---
title: Belastungstest aller Bausteine
lang: de
subtitle: Jede Blockart, lange Tabellen, vier Sprachen
authors: [pubkit]
publisher: Stadt Musterstadt
date: 2026-11-25
description: Ein langes Dokument, das jede Blockart von pubkit enthält.
keywords: [Test, PDF/UA]
abbreviations:
  RKI: Robert Koch-Institut
---
Einleitung mit dem RKI, [Good morning]{lang=en}, [Günaydın]{lang=tr} und
[أهلا وسهلا]{lang=ar}.[^a]

{lang=ar}
تفتح دار البلدية أبوابها يوم الاثنين من الساعة 8 حتى الساعة 16. يرجى إحضار بطاقة الهوية.

[^a]: Eine Fußnote mit *Betonung*.

    Ihr zweiter Absatz, mit einer Liste:

    - erster Punkt
    - zweiter Punkt

    Und ein Schlusssatz.
"""
    ]
    for s in range(1, sections + 1):
        rows = "\n".join(
            f"| Stelle {s}.{r} | Straße {r} | {8 + r % 4}–{16 + r % 3} Uhr |" for r in range(1, 46)
        )
        filler = "Dies ist ein längerer Absatz über Öffnungszeiten, Anmeldungen und Fristen. " * 6
        parts.append(f"""
## Abschnitt {s}: Hinweise für Bürgerinnen und Bürger

Die Stadtverwaltung informiert über Abschnitt {s}. Das RKI empfiehlt Vorsicht.
Ein [englischer Satz: The city hall is open on Mondays]{{lang=en}} und ein
[türkischer Satz: Belediye binası pazartesi günleri açıktır]{{lang=tr}}. Weitere
Informationen stehen im [Serviceportal der Stadt](https://www.example.org/service).[^s{s}]
Auf Arabisch: [دار البلدية مفتوحة]{{lang=ar}}.

[^s{s}]: Fußnote zu Abschnitt {s}: Stand der Angaben ist der Tag der Veröffentlichung.

### Unterabschnitt {s}.1

{filler}

::: figure
![Ein blaues Rechteck als Platzhalter für ein Foto {s}](foto.png)

Bildunterschrift {s}: ein Platzhalterbild.

{{.credit}}
Foto: Stadt Musterstadt
:::

![](linie.png){{.decorative}}

| Ort | Adresse | Öffnungszeiten |
|:----|:--------|---------------:|
{rows}

Tabelle: Teststellen im Abschnitt {s}

::: warning
Bitte bringen Sie Ihren **Ausweis** mit.
:::

> Ein Zitat aus Abschnitt {s}.
>
> — Oberbürgermeisterin

1. Erster Schritt
2. Zweiter Schritt
   - Unterpunkt
3. Dritter Schritt

---

```text
Beispiel {s}
```
""")
    return "".join(parts)


def write_notice(folder: Path, text: str, name: str = "notice.md") -> Path:
    """A notice with its images in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for image, size in {"foto.png": (400, 240), "linie.png": (400, 4), "tel.png": (24, 24)}.items():
        (folder / image).write_bytes(png(*size, rgb=(40, 90, 160)))
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def render(path: Path, options: PdfOptions | None = None) -> bytes:
    return pubkit.render(pubkit.read(path), "pdf", options=options or PdfOptions()).data


def plain_weasyprint(document: Document, options: PdfOptions | None = None) -> bytes:
    """WeasyPrint alone on the HTML pubkit writes: the baseline that shows the weaknesses."""
    root = Resources.for_source(document.source).root
    assert root is not None
    html = weasyprint.HTML(
        string=html_for_pdf(document, options or PdfOptions()), base_url=root.as_uri() + "/"
    )
    logging.getLogger("weasyprint").disabled = True  # it logs the decorative image as an error
    try:
        data: bytes = html.write_pdf(pdf_variant="pdf/ua-1")
    finally:
        logging.getLogger("weasyprint").disabled = False
    return data


# -- helpers over the PDF --------------------------------------------------------------------


def struct_elements(pdf: object) -> Iterator[object]:
    """Every structure element reachable from the StructTreeRoot, in document order."""
    stack = [pdf.Root.StructTreeRoot]  # type: ignore[attr-defined]
    while stack:
        node = stack.pop()
        kids = node.get("/K")
        if kids is None:
            continue
        if not isinstance(kids, pikepdf.Array):
            kids = [kids]
        elements = [k for k in kids if isinstance(k, pikepdf.Dictionary) and k.get("/S")]
        yield from elements
        stack.extend(reversed(elements))


def kinds(pdf: object) -> Counter[str]:
    return Counter(str(e.S) for e in struct_elements(pdf))


def marked_content(page: object) -> Iterator[tuple[str, object]]:
    for op in pikepdf.parse_content_stream(page):
        if str(op.operator) == "BDC":
            yield str(op.operands[0]), op.operands[1]
        elif str(op.operator) == "BMC":
            yield str(op.operands[0]), None


def parent_tree(pdf: object) -> dict[int, list[object]]:
    nums = pdf.Root.StructTreeRoot.ParentTree.Nums  # type: ignore[attr-defined]
    return {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}


def text_of(element: object) -> str:
    return str(element.get("/E") or "")


# -- fixtures --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pdf")


@pytest.fixture(scope="module")
def notice(folder: Path) -> Path:
    return write_notice(folder / "notice", NOTICE)


@pytest.fixture(scope="module")
def pdf(notice: Path) -> object:
    return pikepdf.open(io.BytesIO(render(notice)))


@pytest.fixture(scope="module")
def baseline(notice: Path) -> object:
    return pikepdf.open(io.BytesIO(plain_weasyprint(pubkit.read(notice))))


@pytest.fixture(scope="module")
def long_table(folder: Path) -> Path:
    rows = "\n".join(f"| Stelle {r} | Straße {r} |" for r in range(1, 90))
    return write_notice(folder / "table", LONG_TABLE.format(rows=rows))


@pytest.fixture(scope="session")
def stress_source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_notice(tmp_path_factory.mktemp("stress"), stress_markdown())


@pytest.fixture(scope="session")
def stress(stress_source: Path) -> Callable[..., Path]:
    """``stress(variant, conformance)``: the stress PDF, rendered once per session."""
    made: dict[tuple[str, str], Path] = {}

    def get(variant: str = "standard", conformance: str = "pdf/ua-1") -> Path:
        if (variant, conformance) not in made:
            target = stress_source.parent / f"stress-{variant}-{conformance.replace('/', '_')}.pdf"
            options = PdfOptions(variant=variant, conformance=conformance)  # type: ignore[arg-type]
            target.write_bytes(render(stress_source, options))
            made[variant, conformance] = target
        return made[variant, conformance]

    return get


@pytest.fixture(scope="module")
def ua2(notice: Path) -> object:
    return pikepdf.open(io.BytesIO(render(notice, PdfOptions(conformance="pdf/ua-2"))))


# -- the renderer ------------------------------------------------------------------------------


def test_registered_with_two_outputs_and_the_easy_read_one() -> None:
    renderer = registry.get("pdf")
    assert isinstance(renderer, PdfRenderer)
    outputs = renderer.outputs()
    assert [o.file_name for o in outputs if o.format == "pdf"] == [
        "notice.pdf",
        "notice-large-print.pdf",
    ]
    assert [o.options.variant for o in outputs] == ["standard", "large-print", "large-print"]
    (easy,) = [o for o in outputs if o.format == "summary"]
    assert (easy.file_name, easy.source, easy.options.style) == (
        "notice-summary.pdf",
        "plain",
        "easy-read",
    )


def test_pdf_ua_1_catalog_and_xmp(pdf: object) -> None:
    assert pdf.pdf_version == "1.7"  # type: ignore[attr-defined]
    root = pdf.Root  # type: ignore[attr-defined]
    assert root.MarkInfo.Marked is True
    assert root.ViewerPreferences.DisplayDocTitle is True
    assert str(root.Lang) == "de"
    assert "/Outlines" in root
    meta = pdf.open_metadata()  # type: ignore[attr-defined]
    assert meta["pdfuaid:part"] == "1"
    assert meta["dc:title"] == "Amt für Soziales geehrt"
    assert meta["dc:language"] == {"de"}
    assert meta["dc:creator"] == ["Amt für Kommunikation"]
    assert meta["dc:publisher"] == {"Landeshauptstadt Düsseldorf"}
    assert meta["dc:date"] == ["2020-11-24"]
    assert meta["dc:description"] == "Das Amt für Soziales erhält eine Auszeichnung."
    assert meta["dc:subject"] == {"Corona", "Auszeichnung"}
    assert str(pdf.docinfo.Title) == "Amt für Soziales geehrt"  # type: ignore[attr-defined]
    for page in pdf.pages:  # type: ignore[attr-defined]
        if "/Annots" in page:
            assert page.Tabs == "/S"


def test_everything_reaches_the_tag_tree(pdf: object) -> None:
    found = kinds(pdf)
    for kind in ("H1", "H2", "H3", "P", "L", "LI", "Lbl", "LBody", "Table", "THead", "TBody",
                 "TR", "TH", "TD", "Caption", "Figure", "BlockQuote", "Note", "Link", "Code"):  # fmt: skip
        assert found[f"/{kind}"] >= 1, kind
    assert found["/H1"] == 1
    for element in struct_elements(pdf):
        if element.S == "/LI":  # ISO 32000-1 Table 336
            assert {str(k.S) for k in element.K} <= {"/Lbl", "/LBody"}
        if element.S == "/Figure":
            assert str(element.Alt) in {
                "Zwei Männer halten eine Urkunde",
                "Telefon",
                "Telefon-Symbol",
            }
        if element.S == "/L":
            assert element.A.ListNumbering in ("/Disc", "/Decimal")


def test_table_has_scope_headers_and_idtree(pdf: object, baseline: object) -> None:
    elements = list(struct_elements(pdf))
    headers = [e for e in elements if e.S == "/TH"]
    assert [str(h.A.Scope) for h in headers] == ["/Column"] * 3
    tree = pdf.Root.StructTreeRoot.IDTree.Names  # type: ignore[attr-defined]
    ids = {str(tree[i]): tree[i + 1] for i in range(0, len(tree), 2)}
    for header in headers:
        assert ids[str(header.ID)].objgen == header.objgen
    for cell in (e for e in elements if e.S == "/TD"):
        assert all(str(h) in ids for h in cell.A.Headers)
    # WeasyPrint alone: IDs on TH but no IDTree (ISO 32000-1 §14.7.2), no /Scope.
    assert "/IDTree" not in baseline.Root.StructTreeRoot  # type: ignore[attr-defined]
    assert all("/Scope" not in e.A for e in struct_elements(baseline) if e.S == "/TH")


def test_figure_and_caption_grouped(pdf: object, baseline: object) -> None:
    groups = [
        [str(k.S) for k in e.K if isinstance(k, pikepdf.Dictionary) and "/S" in k]
        for e in struct_elements(pdf)
        if e.S == "/Div"
    ]
    assert ["/Figure", "/Caption"] in groups
    assert ["/BlockQuote", "/Caption"] in groups  # a quote with its attribution
    base = [
        [str(k.S) for k in e.K if isinstance(k, pikepdf.Dictionary) and "/S" in k]
        for e in struct_elements(baseline)
        if e.S == "/NonStruct"
    ]
    assert ["/Figure", "/Caption"] in base  # WeasyPrint: <figure> is NonStruct


def test_abbreviation_expansion_and_language_spans(pdf: object, baseline: object) -> None:
    elements = list(struct_elements(pdf))
    assert any(e.S == "/Span" and text_of(e) == "Robert Koch-Institut" for e in elements)
    assert any(str(e.get("/Lang", "")) == "en" for e in elements)
    base = list(struct_elements(baseline))
    assert not any("/E" in e for e in base)
    assert not any("/Lang" in e for e in base)


def test_links_are_described_and_image_links_annotated_once(pdf: object, baseline: object) -> None:
    contents = [str(a.Contents) for page in pdf.pages for a in page.get("/Annots", [])]  # type: ignore[attr-defined]
    assert contents == [
        "Fußnote 1",
        "Link zum Portal der Stadt",
        "Telefon-Symbol Servicenummer anrufen",  # the accessible name, as in HTML
        "Zurück zur Textstelle von Fußnote 1",
    ]
    for link in (e for e in struct_elements(pdf) if e.S == "/Link"):
        assert any(isinstance(k, pikepdf.Dictionary) and k.get("/Type") == "/OBJR" for k in link.K)
    base = [str(a.Contents) for page in baseline.pages for a in page.get("/Annots", [])]  # type: ignore[attr-defined]
    assert base.count("tel:+49211123") == 2  # WeasyPrint: a second annotation on the image
    assert "https://www.duesseldorf.de/corona" in base  # and the raw URL as description


def test_image_only_link_is_one_annotation_named_by_the_alt_text(folder: Path) -> None:
    path = write_notice(
        folder / "imagelink",
        "---\ntitle: Bildlink\nlang: de\n---\nText.\n\n[![Servicenummer anrufen](tel.png)](tel:+49211123)\n",
    )
    ours = pikepdf.open(io.BytesIO(render(path)))
    annotations = [a for page in ours.pages for a in page.get("/Annots", [])]
    assert [str(a.Contents) for a in annotations] == ["Servicenummer anrufen"]
    links = [e for e in struct_elements(ours) if e.S == "/Link"]
    assert len(links) == 1
    assert any(k.get("/Type") == "/OBJR" for k in links[0].K if isinstance(k, pikepdf.Dictionary))


def test_running_heads_page_numbers_and_decoration_are_artifacts(
    pdf: object, baseline: object
) -> None:
    marks = [m for page in pdf.pages for m in marked_content(page)]  # type: ignore[attr-defined]
    artifacts = Counter(
        str(props.get("/Subtype") or props.get("/Type")) for tag, props in marks
        if tag == "/Artifact" and props is not None
    )  # fmt: skip
    assert artifacts["/Header"] >= 2  # title and publisher on page 2
    assert artifacts["/Footer"] >= 2  # the page number on each page
    assert artifacts["/Layout"] == 1  # the decorative line
    # Every MCID left in the page content belongs to an element in the tree.
    reachable = {e.objgen for e in struct_elements(pdf)}
    tree = parent_tree(pdf)
    for index, page in enumerate(pdf.pages):  # type: ignore[attr-defined]
        mcids = [int(p.MCID) for tag, p in marked_content(page) if p is not None and "/MCID" in p]
        for mcid in mcids:
            assert tree[index][mcid].objgen in reachable
    # WeasyPrint alone: margin-box text is tagged content whose elements hang outside the tree.
    base_reachable = {e.objgen for e in struct_elements(baseline)}
    base_tree = parent_tree(baseline)
    orphans = [
        ref
        for refs in (base_tree[0], base_tree[1])
        for ref in refs
        if ref.objgen not in base_reachable
    ]
    assert orphans


def test_table_across_pages_stays_one_table(long_table: Path) -> None:
    ours = pikepdf.open(io.BytesIO(render(long_table)))
    assert len(ours.pages) >= 3
    found = kinds(ours)
    assert found["/Table"] == 1
    assert found["/THead"] == 1
    assert found["/TR"] == 90  # one header row and 89 rows, the repeated headers are artifacts
    assert found["/Caption"] == 1
    repeated = [
        props for page in ours.pages[1:] for tag, props in marked_content(page)
        if tag == "/Artifact" and props is not None and props.get("/Type") == "/Pagination"
        and "/Subtype" not in props
    ]  # fmt: skip
    assert repeated  # the repeated header row on later pages
    base = pikepdf.open(io.BytesIO(plain_weasyprint(pubkit.read(long_table))))
    assert kinds(base)["/Table"] == len(base.pages) >= 3  # WeasyPrint: one Table per page


def test_fonts_embedded_and_text_large_enough(pdf: object, notice: Path) -> None:
    for page in pdf.pages:  # type: ignore[attr-defined]
        for font in page.Resources.Font.values():
            descriptor = font.DescendantFonts[0].FontDescriptor
            assert "/FontFile2" in descriptor or "/FontFile3" in descriptor
    names = {str(f.BaseFont).split("+")[1] for f in pdf.pages[0].Resources.Font.values()}  # type: ignore[attr-defined]
    assert "Noto-Sans" in names

    def body_size(data: object) -> float:
        sizes = Counter(
            float(op.operands[1]) * 0.75  # CSS px → pt
            for page in data.pages
            for op in pikepdf.parse_content_stream(page)
            if str(op.operator) == "Tf"
        )
        return sizes.most_common(1)[0][0]

    assert body_size(pdf) >= 12
    large = pikepdf.open(io.BytesIO(render(notice, PdfOptions(variant="large-print"))))
    assert body_size(large) >= 18


def test_large_print_stylesheet() -> None:
    css_standard = html_for_pdf(_tiny(), PdfOptions())
    css_large = html_for_pdf(_tiny(), PdfOptions(variant="large-print"))
    assert "hyphens: auto" in css_standard
    assert "font-size: 18pt" in css_large
    assert "column-count: 1" in css_large
    assert "Seite" in css_standard


def _tiny(lang: str = "de") -> Document:
    from pubkit.model import Metadata, Paragraph, Text

    return Document(
        metadata=Metadata(title="Kurz", language=lang),
        blocks=(Paragraph(content=(Text(text="Hallo"),)),),
    )


def test_ua2_and_archival_metadata(notice: Path, ua2: object) -> None:
    assert ua2.pdf_version == "2.0"  # type: ignore[attr-defined]
    meta = ua2.open_metadata()  # type: ignore[attr-defined]
    assert (meta["pdfuaid:part"], meta["pdfuaid:rev"]) == ("2", "2024")
    archival = pikepdf.open(io.BytesIO(render(notice, PdfOptions(conformance="pdf/a-2a+ua-1"))))
    meta = archival.open_metadata()
    assert (meta["pdfaid:part"], meta["pdfaid:conformance"], meta["pdfuaid:part"]) == (
        "2",
        "A",
        "1",
    )
    assert "/OutputIntents" in archival.Root


def id_tree(pdf: object) -> dict[str, object]:
    names = pdf.Root.StructTreeRoot.IDTree.Names  # type: ignore[attr-defined]
    return {str(names[i]): names[i + 1] for i in range(0, len(names), 2)}


def footnote_count(source: Path) -> int:
    return html_for_pdf(pubkit.read(source), PdfOptions()).count('class="footnote-ref"')


def assert_footnotes_are_notes(pdf: object, expected: int, kind: str = "/Note") -> list[object]:
    """Each footnote is one note element (not a list item) with a unique /ID in the IDTree."""
    elements = list(struct_elements(pdf))
    notes = [e for e in elements if str(e.S) == kind and str(e.get("/ID", "")).startswith("fn-")]
    assert len(notes) == expected
    ids = [str(n.ID) for n in notes]
    assert ids == [f"fn-{n}" for n in range(1, expected + 1)]  # unique, in reading order
    tree = id_tree(pdf)
    for note in notes:
        assert tree[str(note.ID)].objgen == note.objgen
        assert note.P.S == "/Sect"  # the footnote list is gone: notes sit in the section
        assert note.K[0].S == "/Lbl"  # the note's number belongs to the note
    for element in elements:
        if element.S in ("/L", "/LI", "/LBody"):
            assert not any(
                isinstance(k, pikepdf.Dictionary) and k.get("/S") in ("/Note", "/FENote")
                for k in element.K
            )
    return notes


def test_footnotes_are_notes_with_ids(pdf: object, notice: Path, baseline: object) -> None:
    assert_footnotes_are_notes(pdf, footnote_count(notice))
    # WeasyPrint alone: the footnotes are list items, not notes.
    base = list(struct_elements(baseline))
    assert not any(e.S == "/Note" for e in base)
    assert any(e.S == "/LI" for e in base)


def test_footnotes_are_fenotes_referenced_both_ways_in_ua2(ua2: object, notice: Path) -> None:
    notes = assert_footnotes_are_notes(ua2, footnote_count(notice), kind="/FENote")
    for note in notes:
        assert str(note.NS.NS) == "http://iso.org/pdf2/ssn"
        assert (note.A.O, note.A.NoteType) == ("/FENote", "/Endnote")
        # PDF/UA-2 8.2.5.14: the citing Link names the FENote in /Ref, and the FENote the Link.
        (link,) = note.Ref
        assert link.S == "/Link"
        assert [r.objgen for r in link.Ref] == [note.objgen]
    # The reference's annotation goes to the note: structure destination = the FENote.
    annotations = {str(a.Contents): a for page in ua2.pages for a in page.get("/Annots", [])}  # type: ignore[attr-defined]
    assert annotations["Fußnote 1"].A.SD[0].objgen == notes[0].objgen


def test_footnote_across_pages_is_one_note(folder: Path) -> None:
    filler = "Fülltext über Fristen und Ämter. " * 60
    text = "---\ntitle: Lange Fußnote\nlang: de\n---\n" + "".join(
        f"Absatz {n}.[^n{n}]\n\n{filler}\n\n" for n in (1, 2, 3)
    )
    text += (
        "[^n1]: Kurz.\n\n[^n2]: " + "Sehr lange Notiz über Fristen. " * 160 + "\n\n[^n3]: Kurz.\n"
    )
    ours = pikepdf.open(io.BytesIO(render(write_notice(folder / "longnote", text))))
    notes = assert_footnotes_are_notes(ours, 3)

    def pages(element: object) -> set[tuple[int, int]]:
        found = set()
        for kid in element.K:
            if isinstance(kid, pikepdf.Dictionary):
                if "/Pg" in kid:
                    found.add(kid.Pg.objgen)
                if "/S" in kid:
                    found |= pages(kid)
        return found

    assert len(pages(notes[1])) == 2  # the long note runs onto the next page, still one Note


def test_stress_document_footnotes_and_right_to_left(
    stress: Callable[..., Path], stress_source: Path
) -> None:
    pdf = pikepdf.open(stress())
    expected = footnote_count(stress_source)
    assert expected >= 19  # one in the introduction, one per section
    notes = assert_footnotes_are_notes(pdf, expected)
    # The first footnote has two paragraphs and a list; the list stays inside its note,
    # between the paragraphs, where the HTML has it.
    assert [str(k.S) for k in notes[0].K] == ["/Lbl", "/P", "/P", "/L", "/P"]
    # Arabic: the paragraph and the spans carry /Lang, the paragraph is laid out right to left.
    arabic = Counter(str(e.S) for e in struct_elements(pdf) if str(e.get("/Lang", "")) == "ar")
    assert arabic["/P"] == 1
    assert arabic["/Span"] >= 19
    html = html_for_pdf(pubkit.read(stress_source), PdfOptions())
    assert '<p lang="ar" dir="rtl">' in html
    assert '<span lang="ar" dir="rtl">' in html
    # Noto Sans Arabic is embedded and every glyph shown in it maps to Unicode (7.21.7).
    page = pdf.pages[0]
    names = {str(f.BaseFont).split("+")[1]: n for n, f in page.Resources.Font.items()}
    font = page.Resources.Font[names["Noto-Sans-Arabic"]]
    assert "/FontFile2" in font.DescendantFonts[0].FontDescriptor
    cmap = dict(
        (int(g, 16), bytes.fromhex(u).decode("utf-16-be"))
        for g, u in re.findall(
            r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", font.ToUnicode.read_bytes().decode()
        )
    )
    shown: set[int] = set()
    current = None
    for op in pikepdf.parse_content_stream(page):
        if str(op.operator) == "Tf":
            current = str(op.operands[0])
        elif current == names["Noto-Sans-Arabic"] and str(op.operator) in ("Tj", "TJ"):
            items = op.operands[0] if str(op.operator) == "TJ" else [op.operands[0]]
            for item in items:
                if isinstance(item, pikepdf.String):
                    raw = bytes(item)
                    shown.update(int.from_bytes(raw[i : i + 2]) for i in range(0, len(raw), 2))
    assert len(shown) >= 20
    assert shown <= cmap.keys()
    assert all(text and text[0] not in "\x00\ufeff\ufffe" for text in cmap.values())
    assert sum("\u0600" <= cmap[g][0] <= "\u06ff" for g in shown) >= 20
    assert "\u0644\u0627" in cmap.values()  # the lam-alef ligature: shaped, both letters


def test_paragraph_in_another_language_carries_lang_and_dir(stress_source: Path) -> None:
    from pubkit.writers.html import HtmlOptions, write_html

    doc = pubkit.read(stress_source)
    assert '<p lang="ar" dir="rtl">' in write_html(doc, HtmlOptions(page="print"))


@pytest.mark.parametrize(
    "reference",
    ["../secret.png", "/etc/hostname", "http://169.254.169.254/latest/meta-data",
     "https://example.org/x.png"],
)  # fmt: skip
def test_only_the_documents_folder_is_readable(folder: Path, reference: str) -> None:
    (folder / "secret.png").write_bytes(png(2, 2))
    path = write_notice(
        folder / f"unsafe{abs(hash(reference))}",
        f"---\ntitle: T\nlang: de\n---\n![Bild]({reference})\n",
    )
    with pytest.raises(ResourceError, match=r"pubkit loads nothing|outside|not a file next"):
        PdfRenderer().render(pubkit.read(path), PdfOptions())


@pytest.mark.parametrize(
    "url",
    ["file:///etc/hostname", "http://169.254.169.254/latest/meta-data", "data:image/png;base64,AAAA",
     "file://localhost/etc/hostname"],
)  # fmt: skip
def test_fetcher_refuses_everything_outside_the_folder(folder: Path, url: str) -> None:
    """The Markdown reader already drops ``file:`` images; the fetcher is the second wall."""
    fetcher = SafeFetcher(Resources(folder.resolve()))
    with pytest.raises(ResourceError):
        fetcher.fetch(url)
    (folder / "inside.png").write_bytes(png(2, 2))
    assert fetcher.fetch((folder / "inside.png").resolve().as_uri()).read().startswith(b"\x89PNG")


def test_blocked_resource_in_html_stops_the_render(folder: Path) -> None:
    html = weasyprint.HTML(
        string='<html lang="de"><title>T</title><img alt="x" src="file:///etc/hostname">',
        base_url=folder.resolve().as_uri() + "/",
        url_fetcher=SafeFetcher(Resources(folder.resolve())),
    )
    with pytest.raises(FatalURLFetchingError) as info:
        html.write_pdf()
    assert isinstance(info.value.__cause__, ResourceError)


def test_missing_alt_is_refused_by_checks_and_by_the_logger(folder: Path) -> None:
    path = write_notice(folder / "noalt", "---\ntitle: T\nlang: de\n---\n![](foto.png)\n")
    doc = pubkit.read(path)
    with pytest.raises(InvalidDocument):
        pubkit.render(doc, "pdf")
    with pytest.raises(RenderError, match="no required alt"):
        pubkit.render(doc, "pdf", strict=False)


def test_hook_is_inactive_outside_pubkit(notice: Path) -> None:
    render(notice)
    again = pikepdf.open(io.BytesIO(plain_weasyprint(pubkit.read(notice))))
    assert not any("/E" in e for e in struct_elements(again))


# -- veraPDF -----------------------------------------------------------------------------------


def _verapdf(path: Path, flavour: str) -> None:
    from pubkit.validators import run_verapdf

    report = run_verapdf(path, flavour=flavour)
    assert report.passed, "\n".join(str(f) for f in report.findings)


CASES = [
    ("standard", "pdf/ua-1", "ua1"),
    ("large-print", "pdf/ua-1", "ua1"),
    ("standard", "pdf/ua-2", "ua2"),
    ("large-print", "pdf/ua-2", "ua2"),
    ("standard", "pdf/a-2a+ua-1", "ua1"),
    ("standard", "pdf/a-2a+ua-1", "2a"),
    ("large-print", "pdf/a-2a+ua-1", "2a"),
]


@pytest.mark.external
@pytest.mark.parametrize(("variant", "conformance", "flavour"), CASES)
def test_verapdf_on_test_notice(
    notice: Path, folder: Path, variant: str, conformance: str, flavour: str
) -> None:
    target = folder / f"{variant}-{conformance.replace('/', '_')}.pdf"
    options = PdfOptions(variant=variant, conformance=conformance)  # type: ignore[arg-type]
    target.write_bytes(render(notice, options))
    _verapdf(target, flavour)


@pytest.mark.external
@pytest.mark.parametrize(
    ("variant", "conformance", "flavour"),
    [("standard", "pdf/ua-1", "ua1"), ("large-print", "pdf/ua-1", "ua1"),
     ("standard", "pdf/ua-2", "ua2")],
)  # fmt: skip
def test_verapdf_on_stress_document(
    stress: Callable[..., Path], variant: str, conformance: str, flavour: str
) -> None:
    path = stress(variant, conformance)
    assert len(pikepdf.open(path).pages) >= 50
    _verapdf(path, flavour)


@pytest.mark.external
@pytest.mark.parametrize("variant", ["standard", "large-print"])
@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_verapdf_on_examples(example: Path, variant: str, tmp_path: Path) -> None:
    target = tmp_path / f"{example.stem}-{variant}.pdf"
    target.write_bytes(render(example, PdfOptions(variant=variant)))  # type: ignore[arg-type]
    _verapdf(target, "ua1")


def test_an_untested_weasyprint_is_refused_with_the_tested_range() -> None:
    pytest.importorskip("weasyprint")
    from pubkit.errors import MissingDependency
    from pubkit.renderers import pdf_tags

    pdf_tags._require_tested(pdf_tags._installed_weasyprint())  # the installed one is tested
    with pytest.raises(MissingDependency, match=r"WeasyPrint 71\.0 is installed.*weasyprint>=70"):
        pdf_tags._require_tested("71.0")


def test_a_sub_list_is_tagged_inside_its_item(folder: Path) -> None:
    """WeasyPrint hangs a nested list on the outer L; ISO 32000-1 Table 336 wants it in the
    item's LBody (pubkit's own audit, PDF011, found it on real notices)."""
    path = write_notice(
        folder / "nested",
        "---\ntitle: Verschachtelt\nlang: de\n---\n\nSo gehen Sie vor:\n\n"
        "1. Melden Sie sich an.\n   - online\n   - oder per Telefon\n2. Kommen Sie zum Termin.\n\n"
        "- Erster Punkt.\n\n  Noch ein Absatz.\n\n  1. Unterpunkt eins\n  2. Unterpunkt zwei\n"
        "- Zweiter Punkt.\n",
    )
    doc = pikepdf.open(io.BytesIO(render(path)))
    lists = [e for e in struct_elements(doc) if e.S == "/L"]
    assert len(lists) == 4
    for element in lists:
        assert {str(k.S) for k in element.K} == {"/LI"}  # no L directly in an L
    nested = [e for e in lists if e.P.S == "/LBody"]
    assert len(nested) == 2
    for inner in nested:
        assert inner.P.P.S == "/LI"
        assert [str(k.S) for k in inner.K] == ["/LI", "/LI"]


def test_every_link_annotation_belongs_to_a_link_element(folder: Path) -> None:
    """PDF/UA 7.18.5: WeasyPrint gives a link's annotation to the innermost tag, so the spans
    that keep an address unhyphenated (span.url, span.nobr, <wbr>) must not stand inside a
    link in print; veraPDF refused the easy-read PDF of the Corona example for it."""
    path = write_notice(
        folder / "links",
        "---\ntitle: Links\nlang: de\n---\n\n"
        "Mehr unter [www.stadt-beispiel.de/corona/regeln](https://www.stadt-beispiel.de/corona/regeln)"
        " und per Mail an [info@stadt-beispiel.de](mailto:info@stadt-beispiel.de).\n\n"
        "Telefon: [0211 89-96090](tel:+492118996090), [**fett:** www.x-y.de](https://www.x-y.de).\n",
    )
    doc = pikepdf.open(io.BytesIO(render(path)))
    tree = parent_tree(doc)
    links = [a for page in doc.pages for a in page.get("/Annots", []) if a.Subtype == "/Link"]
    assert len(links) >= 4  # a link broken over two lines has two
    for annotation in links:
        owner = tree[int(annotation.StructParent)]
        assert owner.S == "/Link", owner.S
