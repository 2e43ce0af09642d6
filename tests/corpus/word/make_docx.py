"""Make the Word versions of corpus notices, as a press office would have written them.

Each notice is read with pubkit's Markdown reader and written with python-docx the way an
editor works in Word: the title in the "Title" style (under a kicker line where the
notice has one), headings in "Heading 1…6", lists from Word's numbering (numbered lists
keep their start), tables with a repeated header row and a "Caption", pictures with their
alt text in the Description field, footnotes, runs in another language marked with
``w:lang``, and the front matter in the core properties (File → Info). The .docx files are
committed; run this again after a notice changes::

    python tests/corpus/word/make_docx.py            # every notice in NOTICES
    python tests/corpus/word/make_docx.py --corpus DIR --corpus DIR2   # notices from there

``word-features.docx`` (written into tests/readers/golden/) is made from ``FEATURES``
below: nested lists, a numbered list starting at 3, a decorative picture and one without
alt text, a footnote, an English run, a quote with its speaker, for the reader's golden test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from tests.images import png  # noqa: E402

import pubkit  # noqa: E402  (after the path set-up: the worktree's pubkit)
from pubkit.model import (  # noqa: E402
    Abbreviation,
    Aside,
    Block,
    Code,
    CodeBlock,
    Document,
    Emphasis,
    Figure,
    Footnote,
    Heading,
    Image,
    Inline,
    LanguageSpan,
    LineBreak,
    Link,
    List,
    Paragraph,
    Quote,
    Strong,
    Table,
    Text,
    ThematicBreak,
)
from pubkit.model.lang import primary_language  # noqa: E402

HERE = Path(__file__).resolve().parent
# (notice, where it is found): the two examples and three corpus notices.
NOTICES = (
    ("examples/notices/helden-in-der-krise.md", "root"),
    ("examples/notices/corona-teststellen.md", "root"),
    ("de-dortmund-corona-lage-oktober-2020.md", "corpus"),
    ("ls-hessen-quarantaene.md", "corpus"),
    ("north-herts-august-bank-holiday-bins-2022.md", "corpus"),
)
# Core properties carry this fixed time, not the clock, so a re-run changes no metadata.
STAMP = dt.datetime(2026, 11, 30, 12, 0, tzinfo=dt.UTC)
_W14 = "http://schemas.microsoft.com/office/drawing/2010/main"
_DECORATIVE = "http://schemas.microsoft.com/office/drawing/2017/decorative"


class WordWriter:
    """Writes one pubkit Document with python-docx, as an editor would in Word."""

    def __init__(self, document: Document) -> None:
        self.source = document
        self.doc = docx.Document()
        self.language = document.metadata.language
        self.footnotes: list[Footnote] = []
        self.numbering = self.doc.part.numbering_part.element
        self.next_num = 100

    def write(self, out: Path) -> None:
        meta = self.source.metadata
        props = self.doc.core_properties
        props.title = meta.title
        props.language = meta.language
        props.subject = meta.subtitle or ""
        props.author = "; ".join(meta.authors) or (meta.publisher or "")
        props.keywords = ", ".join(meta.keywords)
        props.category = meta.category or ""
        props.comments = meta.description or ""
        props.created = props.modified = STAMP
        props.last_modified_by = "pubkit corpus"
        props.revision = 1
        self._default_language(meta.language)
        if meta.kicker:
            self.doc.add_paragraph(meta.kicker)
        self.doc.add_paragraph(meta.display_title(), style="Title")
        for block in self.source.blocks:
            self.block(block)
        self._footnotes_part()
        self.doc.save(str(out))

    # -- blocks -----------------------------------------------------------------------------

    def block(self, block: Block, *, level: int = 0, num: int | None = None) -> None:
        match block:
            case Heading(level=heading_level, content=content):
                self.inlines(self.doc.add_paragraph(style=f"Heading {heading_level}"), content)
            case Paragraph(content=content):
                self.inlines(self.doc.add_paragraph(), content)
            case List():
                self.list(block, level)
            case Table():
                self.table(block)
            case Figure(image=image, caption=caption, credit=credit):
                self.picture(self.doc.add_paragraph(), image)
                if caption or credit:
                    p = self.doc.add_paragraph(style="Caption")
                    self.inlines(p, caption)
                    if credit:
                        if caption:
                            p.add_run().add_break()
                        self.inlines(p, credit)
            case Quote(blocks=blocks, attribution=attribution):
                for inner in blocks:
                    if isinstance(inner, Paragraph):
                        self.inlines(self.doc.add_paragraph(style="Quote"), inner.content)
                if attribution:
                    p = self.doc.add_paragraph()
                    p.add_run("— ")
                    self.inlines(p, attribution)
            case Aside(blocks=blocks, title=title):
                if title:  # Word has no asides: editors write the title in bold
                    self.inlines(self.doc.add_paragraph(), title, bold=True)
                for inner in blocks:
                    self.block(inner)
            case CodeBlock(code=code):
                self.doc.add_paragraph(code.rstrip("\n"))
            case ThematicBreak():
                self.doc.add_paragraph("* * *")

    def list(self, block: List, level: int, num: int | None = None) -> None:
        num = self._numbering(block.ordered, block.start or 1) if num is None or level == 0 else num
        for item in block.items:
            first = True
            for inner in item.blocks:
                if isinstance(inner, Paragraph) and first:
                    p = self.doc.add_paragraph()
                    ppr = p._p.get_or_add_pPr()
                    numpr = OxmlElement("w:numPr")
                    ilvl = OxmlElement("w:ilvl")
                    ilvl.set(qn("w:val"), str(level))
                    numid = OxmlElement("w:numId")
                    numid.set(qn("w:val"), str(num))
                    numpr.append(ilvl)
                    numpr.append(numid)
                    ppr.append(numpr)
                    self.inlines(p, inner.content)
                    first = False
                elif isinstance(inner, List):
                    inner_num = num if inner.ordered == block.ordered else None
                    self.list(inner, level + 1, inner_num)
                else:
                    self.block(inner)

    def _numbering(self, ordered: bool, start: int) -> int:
        """A new w:num with its own abstract definition: bullets or decimals on 3 levels."""
        ident = self.next_num
        self.next_num += 1
        levels = "".join(
            f'<w:lvl w:ilvl="{lvl}"><w:start w:val="{start if lvl == 0 else 1}"/>'
            f'<w:numFmt w:val="{"decimal" if ordered else "bullet"}"/>'
            f'<w:lvlText w:val="{f"%{lvl + 1}." if ordered else "•"}"/>'
            f'<w:pPr><w:ind w:left="{720 * (lvl + 1)}" w:hanging="360"/></w:pPr></w:lvl>'
            for lvl in range(3)
        )
        ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        abstract = parse_xml(
            f'<w:abstractNum {ns} w:abstractNumId="{ident}">{levels}</w:abstractNum>'
        )
        num = parse_xml(f'<w:num {ns} w:numId="{ident}"><w:abstractNumId w:val="{ident}"/></w:num>')
        first_num = self.numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            self.numbering.append(abstract)
        self.numbering.append(num)
        return ident

    def table(self, block: Table) -> None:
        rows = (*block.head, *block.body)
        width = max(len(r.cells) for r in rows)
        table = self.doc.add_table(rows=len(rows), cols=width)
        table.style = "Table Grid"
        for r_index, row in enumerate(rows):
            word_row = table.rows[r_index]
            if r_index < len(block.head):
                trpr = word_row._tr.get_or_add_trPr()
                trpr.append(OxmlElement("w:tblHeader"))
            for c_index, cell in enumerate(row.cells):
                p = word_row.cells[c_index].paragraphs[0]
                self.inlines(p, cell.content)
                if cell.header:
                    for run in p.runs:
                        run.bold = True
        if block.caption:
            self.inlines(self.doc.add_paragraph(style="Caption"), block.caption)

    def picture(self, p: object, image: Image) -> None:
        path = Path(self.source.source or ".").parent / image.src
        run = p.add_run()  # type: ignore[attr-defined]
        shape = run.add_picture(str(path), width=Cm(12))
        doc_pr = shape._inline.docPr
        doc_pr.set("descr", image.alt)
        if image.title:
            doc_pr.set("title", image.title)
        if image.decorative:
            ext = parse_xml(
                f'<a:extLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
                f'<a:ext uri="{{C183D7F6-B498-43B3-948B-1728B52AA6E4}}">'
                f'<adec:decorative xmlns:adec="{_DECORATIVE}" val="1"/></a:ext></a:extLst>'
            )
            doc_pr.append(ext)

    # -- inlines ------------------------------------------------------------------------------

    def inlines(
        self, p: object, content: tuple[Inline, ...], *, bold: bool = False,
        italic: bool = False, lang: str | None = None,
    ) -> None:  # fmt: skip
        for node in content:
            match node:
                case Text(text=text):
                    self.run(p, text, bold=bold, italic=italic, lang=lang)
                case Strong(content=inner):
                    self.inlines(p, inner, bold=True, italic=italic, lang=lang)
                case Emphasis(content=inner):
                    self.inlines(p, inner, bold=bold, italic=True, lang=lang)
                case LanguageSpan(lang=span_lang, content=inner):
                    self.inlines(p, inner, bold=bold, italic=italic, lang=span_lang)
                case Abbreviation(text=text):
                    self.run(p, text, bold=bold, italic=italic, lang=lang)
                case Code(text=text):
                    self.run(p, text, bold=bold, italic=italic, lang=lang)
                case LineBreak():
                    p.add_run().add_break()  # type: ignore[attr-defined]
                case Link(target=target, content=inner):
                    self.link(p, target, inner)
                case Image():
                    self.picture(p, node)
                case Footnote():
                    self.footnotes.append(node)
                    ref = p.add_run()  # type: ignore[attr-defined]
                    ref.style = self._footnote_style()
                    el = OxmlElement("w:footnoteReference")
                    el.set(qn("w:id"), str(len(self.footnotes)))
                    ref._r.append(el)

    def run(self, p: object, text: str, *, bold: bool, italic: bool, lang: str | None) -> None:
        run = p.add_run(text)  # type: ignore[attr-defined]
        run.bold = bold or None
        run.italic = italic or None
        if lang and primary_language(lang) != primary_language(self.language):
            rpr = run._r.get_or_add_rPr()
            el = OxmlElement("w:lang")
            el.set(qn("w:val"), lang)
            rpr.append(el)

    def link(self, p: object, target: str, content: tuple[Inline, ...]) -> None:
        rid = self.doc.part.relate_to(target, RT.HYPERLINK, is_external=True)
        hyperlink = OxmlElement("w:hyperlink")
        hyperlink.set(qn("r:id"), rid)
        text = "".join(n.text for n in content if isinstance(n, Text | Abbreviation | Code))
        for node in content:
            if isinstance(node, Strong | Emphasis | LanguageSpan):
                text += "".join(n.text for n in node.content if isinstance(n, Text))
        run = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        style = OxmlElement("w:rStyle")
        style.set(qn("w:val"), "Hyperlink")
        rpr.append(style)
        run.append(rpr)
        t = OxmlElement("w:t")
        t.text = text
        t.set(qn("xml:space"), "preserve")
        run.append(t)
        hyperlink.append(run)
        p._p.append(hyperlink)  # type: ignore[attr-defined]

    # -- package parts ------------------------------------------------------------------------

    def _default_language(self, language: str) -> None:
        rpr = self.doc.styles.element.find(
            f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}"
        )
        if rpr is not None:
            for old in rpr.findall(qn("w:lang")):
                rpr.remove(old)
            el = OxmlElement("w:lang")
            el.set(qn("w:val"), language)
            rpr.append(el)

    def _footnote_style(self) -> str:
        if "Footnote Reference" not in [s.name for s in self.doc.styles]:
            style = self.doc.styles.add_style("Footnote Reference", WD_STYLE_TYPE.CHARACTER)
            style.font.superscript = True
        return "Footnote Reference"

    def _footnotes_part(self) -> None:
        if not self.footnotes:
            return
        ns = (
            'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
        )
        notes = [
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
            "<w:continuationSeparator/></w:r></w:p></w:footnote>",
        ]
        for number, note in enumerate(self.footnotes, start=1):
            paragraphs = "".join(
                f'<w:p><w:r><w:t xml:space="preserve">{_escape(_plain(b))}</w:t></w:r></w:p>'
                for b in note.blocks
            )
            notes.append(f'<w:footnote w:id="{number}">{paragraphs}</w:footnote>')
        blob = f"<w:footnotes {ns}>{''.join(notes)}</w:footnotes>".encode()
        part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, blob, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def _plain(block: Block) -> str:
    if isinstance(block, Paragraph):
        return "".join(_inline_text(n) for n in block.content)
    return ""


def _inline_text(node: Inline) -> str:
    match node:
        case Text(text=text) | Abbreviation(text=text) | Code(text=text):
            return text
        case Strong(content=c) | Emphasis(content=c) | LanguageSpan(content=c) | Link(content=c):
            return "".join(_inline_text(n) for n in c)
    return ""


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


FEATURES = """\
---
title: Wertstoffhof im Mai geänderte Öffnungszeiten
lang: de
publisher: Stadt Beispielstadt
authors: [Presseamt]
keywords: [Abfall, Wertstoffhof]
description: Der Wertstoffhof öffnet im Mai zu anderen Zeiten.
---

Stadtnachricht

# Wertstoffhof: neue Zeiten im Mai

Der Wertstoffhof an der Hafenstraße hat im Mai **andere Öffnungszeiten**.[^1] Bitte
beachten Sie auch den Hinweis auf Englisch: [Please bring your own bags]{lang=en}.

## Was angenommen wird

- Grünschnitt
  - Äste bis 10 cm
  - Laub
- Sperrmüll
- Elektrogeräte

3. Termin buchen
4. Ausweis mitbringen
5. Abfall getrennt anliefern

| Tag | Zeit |
|---|---|
| Montag | 8–12 Uhr |
| Samstag | 9–14 Uhr |

Tabelle: Öffnungszeiten im Mai

![Ein grünes Quadrat, das Logo des Wertstoffhofs](features-square.png)

![](features-square.png){.decorative}

![](features-square.png)

> Wir bitten um Verständnis.
>
> — Die Betriebsleitung

Mehr auf der [Seite des Wertstoffhofs](https://www.example.org/wertstoffhof).

[^1]: Die Zeiten gelten vom 1. bis 31. Mai.
"""


def make(notice: Path, out: Path) -> None:
    WordWriter(pubkit.read(notice)).write(out)
    print(f"{notice.name} → {out.relative_to(ROOT)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--corpus", type=Path, action="append", help="folder of corpus notices (repeatable)"
    )
    args = parser.parse_args()
    folders = args.corpus or [ROOT / "tests" / "corpus"]
    for name, where in NOTICES:
        found = [ROOT / name] if where == "root" else [f / name for f in folders]
        notice = next((n for n in found if n.exists()), None)
        if notice is None:
            print(f"skipped {name}: not in {', '.join(map(str, folders))}", file=sys.stderr)
            continue
        make(notice, HERE / f"{notice.stem}.docx")
    with tempfile.TemporaryDirectory() as folder:
        features = Path(folder) / "word-features.md"
        features.write_text(FEATURES, encoding="utf-8")
        (Path(folder) / "features-square.png").write_bytes(png(16, 16, (40, 140, 60)))
        WordWriter(pubkit.read(features)).write(ROOT / "tests/readers/golden/word-features.docx")
    print("FEATURES → tests/readers/golden/word-features.docx")
    return 0


if __name__ == "__main__":
    sys.exit(main())
