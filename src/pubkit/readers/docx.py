"""Word documents (``.docx``) → :class:`~pubkit.model.Document`.

Why python-docx and not mammoth: mammoth turns a document into HTML and drops on the way
what a notice needs: the language of runs (``w:lang``), the start number of a numbered
list, decorative-image marks and the core properties. python-docx opens the package and
hands over the WordprocessingML itself (parsed safely, without entity expansion), so this
reader maps every one of them; it is also what the test files are made with.

What is read:

- core properties (title, subject → subtitle, author → authors, keywords, category,
  comments → description, identifier, language) and the document's default language
  (``w:docDefaults``), when the core properties name none;
- paragraphs by style: ``Title`` and ``Heading 1`` … ``Heading 6`` (also the German
  ``Titel``, ``Überschrift 1`` …) become headings, the first of them the title (as in
  Markdown, see :mod:`.title`); ``Subtitle`` the subtitle; ``Quote`` / ``Intense Quote``
  a quotation; ``Caption`` the caption of the table or picture next to it;
- bold, italic, hyperlinks, line breaks, footnotes, and runs whose ``w:lang`` differs from
  the document's language (a :class:`~pubkit.model.LanguageSpan`);
- lists from Word's numbering, nested by level, numbered lists with their start number;
- tables: rows marked "repeat as header row" (``w:tblHeader``) are header rows, otherwise
  the first row when the table style emphasises it (``w:tblLook firstRow``);
- pictures with their alt text (Word's *Description* field, ``wp:docPr/@descr``) and the
  *Mark as decorative* flag; a picture alone in its paragraph is a figure. Pictures are kept
  inside the model as ``data:`` URIs, so the notice needs no folder of image files.

Word files have no lines: the "line" of a block in messages is the number of its paragraph,
counted from 1 through the body (table paragraphs included).
"""

from __future__ import annotations

import base64
import dataclasses
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field

import docx
from docx.exceptions import InvalidXmlError
from docx.opc.exceptions import PackageNotFoundError
from lxml.etree import LxmlError

from pubkit.errors import ReadError
from pubkit.i18n import _
from pubkit.model import (
    Block,
    Cell,
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
    ListItem,
    Metadata,
    Paragraph,
    Quote,
    Row,
    Strong,
    Table,
    Text,
)
from pubkit.model.lang import primary_language
from pubkit.model.walk import inline_text
from pubkit.readers.docx_blocks import (
    Caption,
    ListEntry,
    attach_captions,
    build_lists,
    merge,
    strip_ends,
)
from pubkit.readers.ids import IdMaker
from pubkit.readers.title import take_title

__all__ = ["read_docx"]

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_RT_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
_IMAGE_TYPES = {"image/png", "image/jpeg", "image/gif", "image/webp"}
_HEADING = re.compile(r"^(?:heading|überschrift|berschrift)\s*([1-6])$", re.IGNORECASE)
_TITLE_STYLES = {"title", "titel"}
_SUBTITLE_STYLES = {"subtitle", "untertitel"}
_QUOTE_STYLES = {"quote", "intense quote", "zitat", "intensives zitat", "anführungszeichen"}
_CAPTION_STYLES = {"caption", "beschriftung"}
_BULLET_FORMATS = {"bullet", "none"}
# What python-docx and lxml raise on a damaged package or part.
_DAMAGED: tuple[type[Exception], ...] = (LxmlError, InvalidXmlError, KeyError, ValueError)


def _w(name: str) -> str:
    return f"{{{_W}}}{name}"


def read_docx(data: bytes, *, source: str | None = None) -> Document:
    """Read a Word document (the bytes of a ``.docx`` file).

    A file that is not a Word document, or a damaged one, is a :class:`ReadError`.
    """
    docx = _open(data, source=source)
    reader = _Reader(docx=docx, source=source)
    try:
        metadata = reader.metadata()
        reader.language = metadata.language
        blocks = reader.body()
    except _DAMAGED as exc:
        raise ReadError(
            _(
                "The Word document is damaged ({error}). Open it in Word or "
                "LibreOffice and save it again."
            ).format(error=f"{type(exc).__name__}: {exc}"),
            source=source,
            line=reader.paragraph_number or None,
        ) from None
    if reader.subtitle and not metadata.subtitle:
        metadata = dataclasses.replace(metadata, subtitle=reader.subtitle)
    metadata, blocks = take_title(metadata, blocks, title_given=bool(metadata.title))
    return Document(metadata=metadata, blocks=tuple(blocks), source=source)


def _open(data: bytes, *, source: str | None) -> object:
    """The python-docx document, or a ReadError that says what the file is instead."""
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise ReadError(
            _(
                "This is an old Word 97-2003 file (.doc). Open it in Word or LibreOffice and save "
                'it as "Word Document (.docx)".'
            ),
            source=source,
        )
    try:
        return docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ReadError(
            _(
                "This is not a readable Word document ({error}). Open it "
                'in Word or LibreOffice and save it again as "Word Document (.docx)".'
            ).format(error=f"{type(exc).__name__}: {exc}"),
            source=source,
        ) from None
    except _DAMAGED as exc:
        raise ReadError(
            _(
                "The Word document is damaged ({error}). Open it in Word or "
                "LibreOffice and save it again."
            ).format(error=exc),
            source=source,
        ) from None


@dataclass(slots=True)
class _Level:
    ordered: bool
    start: int


@dataclass(slots=True)
class _Reader:
    docx: object
    source: str | None
    language: str = ""
    subtitle: str | None = None
    paragraph_number: int = 0
    ids: IdMaker = field(default_factory=IdMaker)
    styles: dict[str, tuple[str, tuple[str, int] | None]] = field(default_factory=dict)
    numbering: dict[tuple[str, int], _Level] = field(default_factory=dict)
    footnotes: dict[str, object] = field(default_factory=dict)
    counters: dict[tuple[str, int], int] = field(default_factory=dict)

    # -- the package ----------------------------------------------------------------------

    @property
    def part(self) -> object:
        return self.docx.part  # type: ignore[attr-defined]  # python-docx has no types here

    def metadata(self) -> Metadata:
        props = self.docx.core_properties  # type: ignore[attr-defined]
        language = (props.language or "").strip() or self._default_language() or ""
        keywords = tuple(k.strip() for k in re.split(r"[;,]", props.keywords or "") if k.strip())
        authors = tuple(a.strip() for a in re.split(r";", props.author or "") if a.strip())
        self._load_styles()
        self._load_numbering()
        self._load_footnotes()
        return Metadata(
            title=(props.title or "").strip(),
            language=language,
            subtitle=(props.subject or "").strip() or None,
            authors=authors,
            category=(props.category or "").strip() or None,
            description=(props.comments or "").strip() or None,
            keywords=keywords,
            identifier=(props.identifier or "").strip() or None,
        )

    def _default_language(self) -> str | None:
        styles = self.part.styles.element  # type: ignore[attr-defined]
        lang = styles.find(f"{_w('docDefaults')}/{_w('rPrDefault')}/{_w('rPr')}/{_w('lang')}")
        return lang.get(_w("val")) if lang is not None else None

    def _load_styles(self) -> None:
        styles = self.part.styles.element  # type: ignore[attr-defined]
        for style in styles.iter(_w("style")):
            ident = style.get(_w("styleId")) or ""
            name_el = style.find(_w("name"))
            name = (name_el.get(_w("val")) if name_el is not None else ident) or ident
            num = style.find(f"{_w('pPr')}/{_w('numPr')}")
            self.styles[ident] = (name.strip().lower(), _num_pr(num))

    def _load_numbering(self) -> None:
        try:
            root = self.part.numbering_part.element  # type: ignore[attr-defined]
        except (KeyError, NotImplementedError):
            return
        abstract: dict[str, dict[int, _Level]] = {}
        for node in root.iter(_w("abstractNum")):
            levels: dict[int, _Level] = {}
            for lvl in node.iter(_w("lvl")):
                fmt = lvl.find(_w("numFmt"))
                start = lvl.find(_w("start"))
                levels[_int(lvl.get(_w("ilvl")), 0)] = _Level(
                    ordered=(fmt.get(_w("val")) if fmt is not None else "bullet")
                    not in _BULLET_FORMATS,
                    start=_int(start.get(_w("val")) if start is not None else None, 1),
                )
            abstract[node.get(_w("abstractNumId")) or ""] = levels
        for num in root.iter(_w("num")):
            ident = num.get(_w("numId")) or ""
            ref = num.find(_w("abstractNumId"))
            levels = dict(abstract.get(ref.get(_w("val")) or "" if ref is not None else "", {}))
            for override in num.iter(_w("lvlOverride")):
                start = override.find(_w("startOverride"))
                level = _int(override.get(_w("ilvl")), 0)
                if start is not None and level in levels:
                    base = levels[level]
                    levels[level] = _Level(base.ordered, _int(start.get(_w("val")), 1))
            for level, info in levels.items():
                self.numbering[(ident, level)] = info

    def _load_footnotes(self) -> None:
        from docx.oxml import parse_xml

        for rel in self.part.rels.values():  # type: ignore[attr-defined]
            if rel.reltype == _RT_FOOTNOTES and not rel.is_external:
                root = parse_xml(rel.target_part.blob)
                for note in root.iter(_w("footnote")):
                    if note.get(_w("type")) in (None, "normal"):
                        self.footnotes[note.get(_w("id")) or ""] = note

    # -- blocks ---------------------------------------------------------------------------

    def body(self) -> list[Block]:
        body = self.docx.element.body  # type: ignore[attr-defined]
        return self.blocks(list(_block_elements(body)))

    def blocks(self, elements: list[object]) -> list[Block]:
        out: list[Block] = []
        items: list[ListEntry] = []  # the list paragraphs met since the last other block

        def flush() -> None:
            out.extend(build_lists(items))
            items.clear()

        for element in elements:
            tag = element.tag  # type: ignore[attr-defined]
            if tag == _w("tbl"):
                flush()
                out.append(self.table(element))
                continue
            if tag != _w("p"):
                continue
            self.paragraph_number += 1
            line = self.paragraph_number
            style, num = self.paragraph_style(element)
            if num is not None and (info := self.numbering.get(num)) is not None:
                content = self.inlines(element)
                items.append(
                    ListEntry(
                        list_id=num[0],
                        level=num[1],
                        ordered=info.ordered,
                        number=self.count(num, info),
                        item=ListItem(blocks=(Paragraph(content=content, line=line),), line=line),
                    )
                )
                continue
            block = self.paragraph(element, style, line)
            if block is not None:
                flush()
                out.append(block)
        flush()
        return attach_captions(out)

    def count(self, num: tuple[str, int], info: _Level) -> int:
        """The number Word shows for the next item of list ``num`` (levels below restart)."""
        ident, level = num
        for key in [k for k in self.counters if k[0] == ident and k[1] > level]:
            del self.counters[key]
        number = self.counters.get(num, info.start - 1) + 1
        self.counters[num] = number
        return number

    def paragraph_style(self, p: object) -> tuple[str, tuple[str, int] | None]:
        ppr = p.find(_w("pPr"))  # type: ignore[attr-defined]
        ident = ""
        num = None
        if ppr is not None:
            style = ppr.find(_w("pStyle"))
            ident = style.get(_w("val")) if style is not None else ""
            num = _num_pr(ppr.find(_w("numPr")))
        name, style_num = self.styles.get(ident, (ident.lower(), None))
        if num is not None and num[0] == "0":
            num = None  # numId 0: numbering switched off for this paragraph
        return name, num or style_num

    def paragraph(self, p: object, style: str, line: int) -> Block | None:
        content = self.inlines(p)
        if not content:
            return None
        heading = _HEADING.match(style)
        if style in _TITLE_STYLES or heading:
            level = 1 if style in _TITLE_STYLES else int(heading.group(1))  # type: ignore[union-attr]
            text = inline_text(content)
            return Heading(level=level, content=content, id=self.ids.make(text), line=line)
        if style in _SUBTITLE_STYLES:
            self.subtitle = inline_text(content).strip()
            return None
        if style in _QUOTE_STYLES:
            return Quote(blocks=(Paragraph(content=content, line=line),), line=line)
        if style in _CAPTION_STYLES:
            return Caption(content=content, line=line)
        if len(content) == 1 and isinstance(content[0], Image):
            return Figure(image=content[0], line=line)
        return Paragraph(content=content, line=line)

    def table(self, tbl: object) -> Table:
        line = self.paragraph_number + 1
        look = tbl.find(f"{_w('tblPr')}/{_w('tblLook')}")  # type: ignore[attr-defined]
        first_row = look is not None and (
            look.get(_w("firstRow")) in ("1", "true", "on")
            or (_int(look.get(_w("val")), 0, base=16) & 0x0020) != 0
        )
        head: list[Row] = []
        body: list[Row] = []
        for index, tr in enumerate(tbl.findall(_w("tr"))):  # type: ignore[attr-defined]
            marked = tr.find(f"{_w('trPr')}/{_w('tblHeader')}") is not None
            is_head = marked or (index == 0 and first_row and not head and not body)
            cells = []
            for tc in tr.findall(_w("tc")):
                paragraphs = tc.findall(_w("p"))
                content: list[Inline] = []
                for p in paragraphs:
                    self.paragraph_number += 1
                    if content:
                        content.append(LineBreak())
                    content.extend(self.inlines(p))
                merged = merge(content)
                if is_head and len(merged) == 1 and isinstance(merged[0], Strong):
                    merged = merged[0].content  # header cells are bold anyway
                cells.append(
                    Cell(
                        content=merged,
                        header=is_head,
                        scope="col" if is_head else None,
                    )
                )
            (head if is_head and not body else body).append(Row(cells=tuple(cells)))
        return Table(caption=(), head=tuple(head), body=tuple(body), line=line)

    # -- inlines --------------------------------------------------------------------------

    def inlines(self, p: object) -> tuple[Inline, ...]:
        out: list[Inline] = []
        for child in p:  # type: ignore[attr-defined]
            if child.tag == _w("r"):
                out.extend(self.run(child))
            elif child.tag == _w("hyperlink"):
                inner: list[Inline] = []
                for run in child.iter(_w("r")):
                    inner.extend(self.run(run))
                target = self.link_target(child)
                if target:
                    out.append(Link(target=target, content=merge(inner)))
                else:
                    out.extend(inner)
            elif child.tag in (_w("ins"), _w("smartTag"), _w("sdt"), _w("customXml")):
                for run in child.iter(_w("r")):
                    out.extend(self.run(run))
        return strip_ends(merge(out))

    def link_target(self, hyperlink: object) -> str | None:
        rid = hyperlink.get(f"{{{_R}}}id")  # type: ignore[attr-defined]
        anchor = hyperlink.get(_w("anchor"))  # type: ignore[attr-defined]
        if rid:
            rel = self.part.rels.get(rid)  # type: ignore[attr-defined]
            if rel is not None and rel.is_external:
                return str(rel.target_ref)
        return f"#{anchor}" if anchor else None

    def run(self, r: object) -> list[Inline]:
        rpr = r.find(_w("rPr"))  # type: ignore[attr-defined]
        out: list[Inline] = []
        for child in r:  # type: ignore[attr-defined]
            tag = child.tag
            if tag == _w("t"):
                if child.text:
                    out.append(Text(text=child.text))
            elif tag in (_w("tab"), _w("ptab")):
                out.append(Text(text=" "))
            elif tag in (_w("br"), _w("cr")):
                if child.get(_w("type")) in (None, "textWrapping"):
                    out.append(LineBreak())
            elif tag == _w("noBreakHyphen"):
                out.append(Text(text="\u2011"))
            elif tag == _w("footnoteReference"):
                out.append(self.footnote(child.get(_w("id")) or ""))
            elif tag == _w("drawing"):
                out.extend(self.drawing(child))
        content = tuple(merge(out))
        if rpr is None or not content:
            return list(content)
        if _on(rpr.find(_w("i"))):
            content = (Emphasis(content=content),)
        if _on(rpr.find(_w("b"))):
            content = (Strong(content=content),)
        lang_el = rpr.find(_w("lang"))
        lang = lang_el.get(_w("val")) if lang_el is not None else None
        foreign = bool(lang and self.language) and primary_language(lang or "") != primary_language(
            self.language
        )
        if foreign and any(not isinstance(n, Text) or n.text.strip() for n in content):
            content = (LanguageSpan(lang=lang or "", content=content),)
        return list(content)

    def footnote(self, ident: str) -> Inline:
        note = self.footnotes.get(ident)
        if note is None:
            return Text(text="")
        blocks: list[Block] = []
        for p in note.iter(_w("p")):  # type: ignore[attr-defined]
            content = self.inlines(p)
            if content:
                blocks.append(Paragraph(content=content))
        return Footnote(blocks=tuple(blocks))

    def drawing(self, drawing: object) -> list[Inline]:
        out: list[Inline] = []
        for holder in drawing:  # type: ignore[attr-defined]
            doc_pr = holder.find(f"{{{_WP}}}docPr")
            blip = next(holder.iter(f"{{{_A}}}blip"), None)
            if doc_pr is None or blip is None:
                continue
            rid = blip.get(f"{{{_R}}}embed")
            part = self.part.related_parts.get(rid) if rid else None  # type: ignore[attr-defined]
            if part is None:
                continue
            media_type = str(getattr(part, "content_type", ""))
            if media_type not in _IMAGE_TYPES:
                raise ReadError(
                    _(
                        "Paragraph {number}: a picture is stored as {media_type}, "
                        "which web pages and e-books cannot show. In Word, save it as PNG or JPEG "
                        "(right-click, Change Picture) and save the document again."
                    ).format(number=self.paragraph_number, media_type=media_type),
                    source=self.source,
                    line=self.paragraph_number,
                )
            encoded = base64.b64encode(part.blob).decode("ascii")
            decorative = any(
                el.tag.endswith("}decorative") and el.get("val") in ("1", "true")
                for el in doc_pr.iter()
            )
            title = (doc_pr.get("title") or "").strip() or None
            out.append(
                Image(
                    src=f"data:{media_type};base64,{encoded}",
                    alt=" ".join((doc_pr.get("descr") or "").split()),
                    decorative=decorative,
                    title=title,
                )
            )
        return out


def _block_elements(body: object) -> Iterator[object]:
    """Paragraphs and tables of the body, looking through content controls (``w:sdt``)."""
    for child in body:  # type: ignore[attr-defined]
        if child.tag in (_w("p"), _w("tbl")):
            yield child
        elif child.tag == _w("sdt"):
            content = child.find(_w("sdtContent"))
            if content is not None:
                yield from _block_elements(content)


def _num_pr(num: object) -> tuple[str, int] | None:
    if num is None:
        return None
    ident = num.find(_w("numId"))  # type: ignore[attr-defined]
    level = num.find(_w("ilvl"))  # type: ignore[attr-defined]
    if ident is None:
        return None
    return (
        ident.get(_w("val")) or "",
        _int(level.get(_w("val")) if level is not None else None, 0),
    )


def _int(value: str | None, default: int, *, base: int = 10) -> int:
    try:
        return int(value, base) if value is not None else default
    except ValueError:
        return default


def _on(flag: object) -> bool:
    """A toggle property (``<w:b/>``, ``<w:b w:val="0"/>``) is on unless it says otherwise."""
    if flag is None:
        return False
    return flag.get(_w("val")) not in ("0", "false", "off")  # type: ignore[attr-defined]
