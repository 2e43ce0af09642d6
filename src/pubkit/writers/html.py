"""The one HTML writer that the HTML, PDF and EPUB renderers share.

It builds an :mod:`xml.etree.ElementTree` and serialises it once, so escaping is correct by
construction: as HTML5 for web and print, as XHTML (XML) for EPUB. Every accessibility fact
in the model reaches the markup: ``lang`` on the page and on spans, ``<abbr title>``,
``<th scope>``, ``<caption>``, ``<figure>``/``<figcaption>``, ``alt``, notes with ``role="note"``.

A ``match`` with :func:`typing.assert_never` in each fallback makes ``mypy --strict`` fail
when a node type is added to the model and not handled here.
"""

from __future__ import annotations

import dataclasses
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal, assert_never

from pubkit.locale import format_date, label, language_name
from pubkit.model import (
    Abbreviation,
    Aside,
    Block,
    Cell,
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
    Row,
    Strong,
    Table,
    Text,
    ThematicBreak,
)
from pubkit.model.lang import primary_language
from pubkit.model.walk import inline_text
from pubkit.text.nobreak import ADDRESS, address_runs, nobreak_runs
from pubkit.transforms.typography import quote_blocks, typographic_quotes

__all__ = [
    "Alternate",
    "AlternateKind",
    "HtmlOptions",
    "TableFit",
    "Writer",
    "alternate_label",
    "is_easy_read",
    "table_width_em",
    "write_html",
]

_RTL = frozenset({"ar", "he", "fa", "ur", "yi", "ps", "dv", "ku"})


AlternateKind = Literal[
    "pdf", "pdf-large-print", "epub", "epub-narrated", "summary", "summary-pdf", "audio"
]


_SHORT_TABLE_LINES = 14
"""Tables of up to this many estimated lines (caption and rows; about a quarter of an A4
page) are kept on one page in print, with their caption."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Alternate:
    """Another form of the same notice that the page links to (WCAG 1.2.1, BITV Leichte Sprache)."""

    kind: AlternateKind
    href: str
    captions: str | None = None
    """For ``audio``: the WebVTT captions, offered as a ``<track>``."""


def alternate_label(language: str, alternate: Alternate) -> str:
    """The link text of another form: „PDF zum Drucken“; the audio's names its format
    from the file (``notice.ogg`` → „Zum Anhören (OGG)“)."""
    audio_format = alternate.href.rpartition(".")[2].upper()
    return label(language, f"alt-{alternate.kind}", format=audio_format)


@dataclass(frozen=True, slots=True, kw_only=True)
class TableFit:
    """How tables are fitted to a printed page whose width is known (see ``docs/pdf.md``).

    A table whose estimated narrowest width (:func:`table_width_em`) fits ``width_em`` is
    set as it is; one that fits at the smallest allowed type (``width_em / shrink``) gets
    the class ``fit-small``; wider ones are set on a landscape page (``fit-landscape``,
    ``landscape_em`` wide at the small type) or, with ``wide="stack"`` or when even
    landscape is too narrow, stacked: one small two-column table per row (``fit-stack``).
    """

    width_em: float
    """The text width, in ems of the table's normal type size."""
    shrink: float
    """The smallest type allowed, as a share of the normal size (0.8 = 80 %)."""
    wide: Literal["landscape", "stack"]
    landscape_em: float = 0.0
    """The text width of a landscape page, in ems of the normal type size."""


@dataclass(frozen=True, slots=True, kw_only=True)
class HtmlOptions:
    """How the page is put together."""

    css: str = ""
    """Stylesheet embedded in ``<style>``."""
    css_links: tuple[str, ...] = ()
    """Stylesheets linked with ``<link rel="stylesheet">``."""
    xhtml: bool = False
    """Serialise as XHTML (XML syntax, ``xmlns``, ``xml:lang``), as EPUB needs."""
    page: Literal["web", "print", "bare"] = "web"
    """``web``: skip link, header, main, footer; ``print``: the same without the skip link;
    ``bare``: the title and blocks inside ``<main>`` only (EPUB chapters)."""
    image_sources: Mapping[str, str] = field(default_factory=dict)
    """Maps an image's ``src`` in the model to the URL to write (e.g. a ``data:`` URL)."""
    footnote_prefix: str = "fn"
    """Prefix of footnote ids, so that several chapters of one book stay unique."""
    title_block: bool = False
    """With ``page="bare"``, also write the title, subtitle and date line at the top of
    ``<main>`` (the first chapter of an EPUB); ``web`` and ``print`` pages always have them."""
    alternates: tuple[Alternate, ...] = ()
    """Other forms of the notice, linked in a list under the title (web and print pages)."""
    mark_decorative: bool = False
    """Give decorative images ``role="presentation"`` as well as ``alt=""``, so that an
    engine can tell them from images whose alt text is missing (the PDF makes them artifacts)."""
    figure_heights: Mapping[int, float] = field(default_factory=dict)
    """Print: the greatest height, in CSS px, of the image of figure ``n`` (counted from 1
    in document order), so that it fits the rest of a page (large print)."""
    line_em: float | None = None
    """Print: the width of the text column in ems of the body text. A web or e-mail address
    of running text that fits well within it is kept on one line (moved whole to the next
    line, as a typesetter does); only a longer one breaks (see :func:`_address`)."""
    easy_read: bool = False
    """The easy-read style (the plain-language summary): no compound is divided at its hyphen
    at a line's end, as in a notice whose front matter says it is easy read."""
    table_fit: TableFit | None = None
    """Fit tables to a printed page; ``None`` (web, EPUB): every table scrolls in a
    labelled, keyboard-focusable region instead."""


def write_html(document: Document, options: HtmlOptions | None = None) -> str:
    """Write a complete page.

    >>> from pubkit.model import Metadata, Paragraph, Text
    >>> doc = Document(metadata=Metadata(title="Hallo", language="de"),
    ...                blocks=(Paragraph(content=(Text(text="Welt"),)),))
    >>> "<h1>Hallo</h1>" in write_html(doc)
    True
    """
    options = options or HtmlOptions()
    writer = Writer(document.metadata.language, options)
    return writer.page(document, document.blocks)


class Writer:
    """Turns model nodes into elements for one page; keeps the footnotes of that page."""

    def __init__(self, language: str, options: HtmlOptions) -> None:
        self.language = language
        self.options = options
        self.notes: list[tuple[int, tuple[Block, ...]]] = []
        self.tables = 0
        self.figures = 0
        self.easy_read = False
        """Easy read: a compound with hyphens ("Wahl-Benachrichtigung") stays whole."""
        self.in_heading = False
        self.in_cell = False
        self.plain_text = False
        """Inside a link in print: text without the spans of :meth:`text` (PDF/UA 7.18.5)."""

    # -- page -------------------------------------------------------------------------------

    def page(
        self, document: Document, blocks: tuple[Block, ...], *, title: str | None = None
    ) -> str:
        """Serialise a whole page holding ``blocks``; ``title`` overrides the ``<title>``.

        Straight quotes left in the text become typographic ones here too
        (:func:`~pubkit.transforms.typography.typographic_quotes`, idempotent), so that
        every visual output has them whichever way the document came.
        """
        document = typographic_quotes(document)
        blocks = quote_blocks(blocks, document.metadata.language)
        meta = document.metadata
        lang = meta.language
        html = ET.Element("html", {"lang": lang})
        if self.options.xhtml:
            html.set("xmlns", "http://www.w3.org/1999/xhtml")
            html.set("xmlns:epub", "http://www.idpf.org/2007/ops")
            html.set("xml:lang", lang)
        if primary_language(lang) in _RTL:
            html.set("dir", "rtl")
        head = ET.SubElement(html, "head")
        ET.SubElement(head, "meta", {"charset": "utf-8"})
        if not self.options.xhtml:
            ET.SubElement(
                head, "meta", {"name": "viewport", "content": "width=device-width, initial-scale=1"}
            )
        ET.SubElement(head, "title").text = title or meta.title
        for name, value in (
            ("description", meta.description),
            ("author", ", ".join(meta.authors) or None),
            ("keywords", ", ".join(meta.keywords) or None),
            ("dcterms.date", meta.date),
            ("generator", "pubkit"),
        ):
            if value:
                ET.SubElement(head, "meta", {"name": name, "content": value})
        for href in self.options.css_links:
            ET.SubElement(head, "link", {"rel": "stylesheet", "href": href})
        if self.options.css:
            ET.SubElement(head, "style").text = self.options.css
        body = ET.SubElement(html, "body")
        self.easy_read = is_easy_read(document) or self.options.easy_read
        if self.easy_read:
            # Easy read and Leichte Sprache: no hyphenation anywhere (stylesheets: .easy-read).
            body.set("class", "easy-read")
        if self.options.page == "web":
            skip = ET.SubElement(body, "a", {"class": "skip-link", "href": "#main"})
            skip.text = label(lang, "skip")
        header = self.header(document) if self.options.page in ("web", "print") else None
        if header is not None:
            body.append(header)
        main = ET.SubElement(body, "main", {"id": "main"})
        if self.options.page in ("web", "print") or self.options.title_block:
            main.extend(self.title_block(document))
        if self.options.page in ("web", "print") and self.options.alternates:
            main.extend(self.alternates(self.options.alternates))
        main.extend(self.blocks(blocks))
        notes = self.footnotes()
        if notes is not None:
            main.append(notes)
        if self.options.page in ("web", "print"):
            footer = self.footer(document)
            if footer is not None:
                body.append(footer)
        return self.serialise(html)

    def serialise(self, root: ET.Element) -> str:
        if self.options.xhtml:
            text = ET.tostring(root, encoding="unicode", method="xml")
            return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n' + text + "\n"
        return "<!DOCTYPE html>\n" + ET.tostring(root, encoding="unicode", method="html") + "\n"

    def header(self, document: Document) -> ET.Element | None:
        meta = document.metadata
        category = meta.category if not _repeats(meta.category, meta.kicker) else None
        line = " · ".join(p for p in (meta.publisher, category) if p)
        if not line:
            return None
        header = ET.Element("header", {"class": "masthead"})
        ET.SubElement(header, "p", {"class": "publisher"}).text = dashes(line)
        return header

    def title_block(self, document: Document) -> list[ET.Element]:
        meta = document.metadata
        out = []
        # An easy-language page whose kicker line is its variant („Leichte Sprache“ over the
        # title, the same words as the label under it) says it once, under the title.
        if meta.kicker and not _repeats(meta.kicker, meta.subtitle):
            kicker = ET.Element("p", {"class": "kicker"})
            self.text(kicker, meta.kicker)
            out.append(kicker)
        h1 = ET.Element("h1")
        self.in_heading = True
        self.text(h1, meta.display_title())
        self.in_heading = False
        out.append(h1)
        if meta.subtitle:
            sub = ET.Element("p", {"class": "subtitle"})
            self.text(sub, meta.subtitle)
            out.append(sub)
        if meta.date and not _own_dateline(document):
            dateline = ET.Element("p", {"class": "dateline"})
            precision = {4: "published-year", 7: "published-month"}.get(len(meta.date), "published")
            dateline.text = label(meta.language, precision) + " "  # 2022-02: "im Februar 2022"
            time = ET.SubElement(dateline, "time", {"datetime": meta.date})
            time.text = format_date(meta.date, meta.language)
            out.append(dateline)
        return out

    def alternates(self, alternates: tuple[Alternate, ...]) -> list[ET.Element]:
        """A list of links to the other forms, and a player for the audio with its captions."""
        lang = self.language
        nav = ET.Element("nav", {"class": "alternates", "aria-labelledby": "alternates-title"})
        title = ET.SubElement(nav, "p", {"id": "alternates-title", "class": "alternates-title"})
        title.text = label(lang, "alternates")
        ul = ET.SubElement(nav, "ul")
        out = [nav]
        for alt in alternates:
            a = ET.SubElement(ET.SubElement(ul, "li"), "a", {"href": alt.href})
            a.text = alternate_label(lang, alt)
            if alt.kind == "audio":
                audio = ET.Element(
                    "audio", {"controls": "controls", "preload": "none", "src": alt.href}
                )
                audio.set("aria-label", alternate_label(lang, alt))
                if alt.captions:
                    ET.SubElement(
                        audio,
                        "track",
                        {
                            "kind": "captions",
                            "src": alt.captions,
                            "srclang": lang,
                            "label": language_name(lang),
                            "default": "default",
                        },
                    )
                out.append(audio)
        for el in out:
            el.tail = "\n"
        return out

    def footer(self, document: Document) -> ET.Element | None:
        meta = document.metadata
        parts = [p for p in (meta.publisher, ", ".join(meta.authors)) if p]
        if not parts:
            return None
        footer = ET.Element("footer", {"class": "colophon"})
        para = ET.SubElement(footer, "p")
        para.text = f"{label(meta.language, 'publisher')}: " + dashes(" · ".join(parts))
        return footer

    # -- blocks -----------------------------------------------------------------------------

    def blocks(self, blocks: tuple[Block, ...]) -> list[ET.Element]:
        out = [self.block(b) for b in blocks]
        for index, el in enumerate(out):
            el.tail = "\n"  # one block a line keeps the source and golden diffs readable
            # A heading goes with its table onto the landscape page, not alone before it.
            if (
                "fit-landscape" in el.get("class", "").split()
                and index > 0
                and out[index - 1].tag in ("h2", "h3", "h4", "h5", "h6")
            ):
                out[index - 1].set("class", "fit-landscape-heading")
        return out

    def block(self, block: Block) -> ET.Element:
        match block:
            case Heading(level=level, content=content, id=ident):
                el = ET.Element(f"h{level}", {"id": ident} if ident else {})
                self.in_heading = True  # large type: only a short compound is kept whole
                self.inlines(el, content)
                self.in_heading = False
                return el
            case Paragraph(content=content):
                el = ET.Element("p")
                # A paragraph wholly in another language carries lang (and dir) itself, so
                # that a right-to-left paragraph is laid out right to left as a whole.
                if len(content) == 1 and isinstance(content[0], LanguageSpan):
                    lang = content[0].lang
                    el.set("lang", lang)
                    if self.options.xhtml:
                        el.set("xml:lang", lang)
                    if primary_language(lang) in _RTL:
                        el.set("dir", "rtl")
                    content = content[0].content
                self.inlines(el, content)
                return el
            case List(ordered=ordered, items=items, start=start):
                el = ET.Element("ol" if ordered else "ul")
                if start is not None:
                    el.set("start", str(start))
                    # WeasyPrint 70 ignores start=; the counter says the same for every engine.
                    el.set("style", f"counter-reset: list-item {start - 1}")
                for item in items:
                    li = ET.SubElement(el, "li")
                    # A one-paragraph item is written without <p>, as readers expect.
                    if len(item.blocks) == 1 and isinstance(item.blocks[0], Paragraph):
                        self.inlines(li, item.blocks[0].content)
                    else:
                        li.extend(self.blocks(item.blocks))
                return el
            case Table():
                return self.table(block)
            case Figure(image=image, caption=caption, credit=credit):
                el = ET.Element("figure")
                img = self.image(image)
                if self.options.page == "print":
                    self.figures += 1
                    el.set("data-figure", str(self.figures))  # renderers/pdf.py fits it
                    height = self.options.figure_heights.get(self.figures)
                    if height is not None:
                        img.set("style", f"max-height: {height:.1f}px")
                el.append(img)
                if caption or credit:
                    cap = ET.SubElement(el, "figcaption")
                    self.inlines(cap, caption)
                    if credit:
                        if caption:
                            ET.SubElement(cap, "br")
                        span = ET.SubElement(cap, "small", {"class": "credit"})
                        self.inlines(span, credit)
                return el
            case Quote(blocks=inner, attribution=attribution):
                quote = ET.Element("blockquote")
                quote.extend(self.blocks(inner))
                if not attribution:
                    return quote
                el = ET.Element("figure", {"class": "quote"})
                el.append(quote)
                cap = ET.SubElement(el, "figcaption")
                cap.text = "— "
                self.inlines(cap, attribution)
                return el
            case Aside(kind=kind, blocks=inner, title=title):
                # role="note", not <aside>: a complementary landmark may not sit inside <main>.
                el = ET.Element("div", {"class": f"aside {kind}", "role": "note"})
                head = ET.SubElement(el, "p", {"class": "aside-title"})
                strong = ET.SubElement(head, "strong")
                if title:
                    self.inlines(strong, title)
                else:
                    strong.text = label(self.language, kind)
                el.extend(self.blocks(inner))
                return el
            case CodeBlock(code=code, syntax=syntax):
                # Focusable, so that keyboard users can scroll a wide block.
                pre = ET.Element("pre", {"tabindex": "0"})
                attrs = {"class": f"language-{syntax}"} if syntax else {}
                ET.SubElement(pre, "code", attrs).text = code
                return pre
            case ThematicBreak():
                return ET.Element("hr")
            case _:
                assert_never(block)

    def table(self, table: Table) -> ET.Element:
        self.tables += 1
        fit = self.options.table_fit
        if fit is None:
            return self.scroll_table(table)
        layout = _fit(table, fit)
        if layout == "fit-stack":
            return self.stacked_table(table)
        # A short table starts on the next page with its caption rather than leave the
        # caption alone at the foot of a page (WeasyPrint may break between the two); a
        # longer one may break, so that it never leaves most of a page empty.
        short = table_height_lines(table, fit.width_em) <= _SHORT_TABLE_LINES
        wrap = ET.Element("div", {"class": f"table-wrap {layout}" + (" keep" if short else "")})
        wrap.append(self.table_element(table))
        return wrap

    def scroll_table(self, table: Table) -> ET.Element:
        """A table in a region that scrolls sideways: named by its caption, reachable by
        keyboard (axe ``scrollable-region-focusable``)."""
        wrap = ET.Element("div", {"class": "table-wrap", "role": "region", "tabindex": "0"})
        el = self.table_element(table)
        if table.caption:
            # Unique across the chapters of a book, which share the footnote prefix's stem.
            stem = self.options.footnote_prefix.removesuffix("fn")
            ident = f"{stem}table-{self.tables}-caption"
            el[0].set("id", ident)
            wrap.set("aria-labelledby", ident)
        else:
            wrap.set("aria-label", f"{label(self.language, 'table')} {self.tables}")
        wrap.append(el)
        return wrap

    def table_element(self, table: Table) -> ET.Element:
        el = ET.Element("table")
        if table.caption:
            cap = ET.SubElement(el, "caption")
            self.inlines(cap, table.caption)
        for tag, rows in (("thead", table.head), ("tbody", table.body)):
            if rows:
                section = ET.SubElement(el, tag)
                for row in rows:
                    section.append(self.row(row))
        return el

    def stacked_table(self, table: Table) -> ET.Element:
        """A table too wide for the page, one row at a time: a small table per row whose
        caption is the row's name and whose rows pair each column header with the cell.

        Every cell keeps its header (``th scope="row"``), so a screen reader still hears
        "Adresse: Am Stadtpark 10"; nothing is cut off however many columns there are.
        """
        wrap = ET.Element("div", {"class": "table-wrap fit-stack"})
        if table.caption:
            title = ET.SubElement(wrap, "p", {"class": "table-caption"})
            self.inlines(title, table.caption)
        head = table.head[-1].cells if table.head else ()
        for number, row in enumerate(table.body, start=1):
            cells = row.cells
            name_cell = cells[0] if cells and cells[0].content else None
            rest = cells[1:] if name_cell is not None else cells
            offset = len(cells) - len(rest)
            el = ET.SubElement(wrap, "table")
            cap = ET.SubElement(el, "caption")
            if name_cell is not None:
                self.inlines(cap, name_cell.content)
            else:
                cap.text = label(self.language, "row", n=number)
            body = ET.SubElement(el, "tbody")
            for index, cell in enumerate(rest, start=offset):
                tr = ET.SubElement(body, "tr")
                th = ET.SubElement(tr, "th", {"scope": "row"})
                if index < len(head) and head[index].content:
                    self.inlines(th, head[index].content)
                else:
                    th.text = label(self.language, "column", n=index + 1)
                td = self.cell(dataclasses.replace(cell, header=False, scope=None))
                tr.append(td)
        return wrap

    def row(self, row: Row) -> ET.Element:
        tr = ET.Element("tr")
        for cell in row.cells:
            tr.append(self.cell(cell))
        return tr

    def cell(self, cell: Cell) -> ET.Element:
        # An empty header cell (the corner of a table with row headers) names nothing: <td>.
        header = cell.header and bool(cell.content)
        el = ET.Element("th" if header else "td")
        if header and cell.scope:
            el.set("scope", cell.scope)
        if cell.align and cell.align != "left":
            el.set("class", f"align-{cell.align}")
        self.in_cell = True  # a narrow cell: an address breaks where it must
        self.inlines(el, cell.content)
        self.in_cell = False
        return el

    def image(self, image: Image) -> ET.Element:
        src = self.options.image_sources.get(image.src, image.src)
        attrs = {"src": src, "alt": "" if image.decorative else image.alt}
        if image.title:
            attrs["title"] = image.title
        if image.decorative and self.options.mark_decorative:
            attrs["role"] = "presentation"
        return ET.Element("img", attrs)

    # -- inlines ----------------------------------------------------------------------------

    def inlines(self, parent: ET.Element, inlines: tuple[Inline, ...]) -> None:
        for node in inlines:
            self.inline(parent, node)

    def inline(self, parent: ET.Element, node: Inline) -> None:
        match node:
            case Text(text=text):
                self.text(parent, text)
            case Emphasis(content=content):
                self.inlines(ET.SubElement(parent, "em"), content)
            case Strong(content=content):
                self.inlines(ET.SubElement(parent, "strong"), content)
            case Link(target=target, content=content, title=title):
                a = ET.SubElement(parent, "a", {"href": target})
                if title:
                    a.set("title", title)
                if self.options.page == "print":
                    # WeasyPrint gives a link's annotation to the innermost tag: an <abbr>
                    # (tagged Span /E) would own it and the PDF fails PDF/UA 7.18.5. In print
                    # the short form is written as text; the link text stays its /Contents.
                    # Likewise <strong>/<em> and a span.url, span.nobr or <wbr> inside the
                    # link (7.18.5): in print the link's text is written plain, and a link
                    # that shows an address is itself never hyphenated (class "url").
                    content = _plain_link_text(content)
                    if any(address_runs(inline_text(content))):
                        a.set("class", "url")
                    outer, self.plain_text = self.plain_text, True
                    self.inlines(a, content)
                    self.plain_text = outer
                else:
                    self.inlines(a, content)
            case Code(text=text):
                ET.SubElement(parent, "code").text = text
            case Abbreviation(text=text, expansion=expansion):
                ET.SubElement(parent, "abbr", {"title": expansion}).text = text
            case LanguageSpan(lang=lang, content=content):
                span = ET.SubElement(parent, "span", {"lang": lang})
                if self.options.xhtml:
                    span.set("xml:lang", lang)
                if primary_language(lang) in _RTL:
                    span.set("dir", "rtl")
                self.inlines(span, content)
            case LineBreak():
                ET.SubElement(parent, "br")
            case Image():
                parent.append(self.image(node))
            case Footnote(blocks=blocks):
                number = len(self.notes) + 1
                self.notes.append((number, blocks))
                prefix = self.options.footnote_prefix
                sup = ET.SubElement(parent, "sup")
                a = ET.SubElement(
                    sup,
                    "a",
                    {
                        "href": f"#{prefix}-{number}",
                        "id": f"{prefix}ref-{number}",
                        "class": "footnote-ref",
                        "aria-label": label(self.language, "footnote", n=number),
                    },
                )
                if self.options.xhtml:
                    a.set("epub:type", "noteref")
                    a.set("role", "doc-noteref")
                a.text = str(number)
            case _:
                assert_never(node)

    def footnotes(self) -> ET.Element | None:
        """The notes collected so far, as a section; ``None`` when there are none."""
        if not self.notes:
            return None
        prefix = self.options.footnote_prefix
        section = ET.Element(
            "section", {"class": "footnotes", "aria-labelledby": f"{prefix}-title"}
        )
        if self.options.xhtml:
            section.set("epub:type", "endnotes")
            section.set("role", "doc-endnotes")
        heading = ET.SubElement(section, "h2", {"id": f"{prefix}-title"})
        heading.text = label(self.language, "footnotes")
        ol = ET.SubElement(section, "ol")
        index = 0
        while index < len(self.notes):  # a note may itself hold notes; they join the list
            number, blocks = self.notes[index]
            index += 1
            li = ET.SubElement(ol, "li", {"id": f"{prefix}-{number}"})
            if self.options.xhtml:
                li.set("epub:type", "endnote")
            li.extend(self.blocks(blocks))
            back = ET.Element(
                "a",
                {
                    "href": f"#{prefix}ref-{number}",
                    "class": "footnote-back",
                    "aria-label": label(self.language, "back", n=number),
                },
            )
            if self.options.xhtml:
                back.set("role", "doc-backlink")
            back.text = "↩"
            target = li[-1] if len(li) and li[-1].tag == "p" else li
            target.append(back)
        self.notes = []
        return section

    def address_fits(self, address: str) -> bool:
        """Whether ``address``, in running text of a printed page, fits well within a line
        (four fifths of it: room for a list's or a box's indent); not in a heading (large
        type) nor in a table cell (narrow)."""
        width = self.options.line_em
        if width is None or self.in_heading or self.in_cell:
            return False
        return len(address) * _ADDRESS_CHAR_EM <= 0.8 * width

    def text(self, parent: ET.Element, text: str) -> None:
        """Append running text; what must stay on one line goes into ``span.nobr``, a web or
        e-mail address into ``span.url`` (see :func:`_address`), and a hyphen between spaces
        becomes a dash that never starts a line (see :func:`dashes`)."""
        text = dashes(text)  # same length: the runs are found in the new text
        if self.plain_text:
            _append_text(parent, text)
            return
        pos = 0
        # Headings in large type keep only short compounds whole ("Personal-Ausweis").
        longest = _HEADING_COMPOUND_CHARS if self.in_heading else _COMPOUND_CHARS
        for match in _runs(text, compounds=self.easy_read, longest=longest):
            _append_text(parent, text[pos : match.start()])
            if match.re is ADDRESS:
                _address(parent, match.group(0), whole=self.address_fits(match.group(0)))
            elif match.re is _COMPOUND:
                ET.SubElement(parent, "span", {"class": "compound"}).text = match.group(0)
            else:
                ET.SubElement(parent, "span", {"class": "nobr"}).text = match.group(0)
            pos = match.end()
        _append_text(parent, text[pos:])


_COMPOUND = re.compile(r"(?<![\w-])\w+(?:-\w+)+(?![\w-])")
_COMPOUND_CHARS = 30
"""The longest compound kept whole (``span.compound``: in print and on screens of 30 em and
wider; a phone may still break it at its hyphen rather than scroll sideways)."""
_HEADING_COMPOUND_CHARS = 20
"""The longest compound kept whole in a heading or the title (large type: "Personal-Ausweis"
stays whole, a longer one may still break at its hyphen rather than run off the page)."""


def _runs(
    text: str, *, compounds: bool = False, longest: int = _COMPOUND_CHARS
) -> list[re.Match[str]]:
    """Web and e-mail addresses and the no-break runs outside them, left to right; with
    ``compounds``, also the short compounds with hyphens: easy read divides no word at a
    line's end, not even at its hyphen ("Wahl-" / "Benachrichtigung")."""
    runs: list[re.Match[str]] = list(address_runs(text))
    more = list(nobreak_runs(text))
    if compounds:
        more += [m for m in _COMPOUND.finditer(text) if len(m.group(0)) <= longest]
    for match in more:  # first come first served: addresses, no-break runs, compounds
        if not any(r.start() < match.end() and match.start() < r.end() for r in runs):
            runs.append(match)
    return sorted(runs, key=lambda m: m.start())


def _address(parent: ET.Element, address: str, *, whole: bool = False) -> None:
    """A web or e-mail address in ``span.url`` (never hyphenated): it may break after a
    slash (not "//") or before a hyphen or the @ (not before a dot: no line starts ".de"),
    never right after a hyphen of its own, where
    the reader would take the hyphen for one the line break added ("www.baden-" /
    "wuerttemberg.de"). Each piece that starts with a hyphen is kept whole (``span.nobr``)
    and a ``<wbr>`` marks the break before it. With ``whole`` (an address shorter than a line
    of print) there is no break in it at all: it moves to the next line as one word, and
    "buergerbuero" / "@stadt.de" is not broken for the sake of a fuller line."""
    if whole:
        ET.SubElement(parent, "span", {"class": "url nobr"}).text = address
        return
    span = ET.SubElement(parent, "span", {"class": "url"})
    pieces = re.split(r"(?<=.)(?=[-@])|(?<=[^/]/)(?=[^/])", address)
    for index, piece in enumerate(pieces):
        if index:
            ET.SubElement(span, "wbr")
        if piece.startswith("-") and len(piece) > 1:
            ET.SubElement(span, "span", {"class": "nobr"}).text = piece
        else:
            _append_text(span, piece)


_SPACED_HYPHEN = re.compile(r"(?<=\S)[ \u00a0][-–][ \u00a0](?=\S)")


def dashes(text: str) -> str:
    """A hyphen or dash between spaces is a dash (–, German "Gedankenstrich" and English
    spaced en rule alike) glued to the word before it by a no-break space, so that no line
    starts with it and none ends with what looks like a hyphen.

    >>> dashes("Sperrung am Wochenende - bitte um Verständnis; Alt- und Neustadt, -5 °C")
    'Sperrung am Wochenende\xa0– bitte um Verständnis; Alt- und Neustadt, -5 °C'
    """
    return _SPACED_HYPHEN.sub("\u00a0– ", text)


def is_easy_read(document: Document) -> bool:
    """Whether the notice is easy-read text, which is never hyphenated (see
    :meth:`pubkit.model.Metadata.is_easy_read`)."""
    return document.metadata.is_easy_read()


_ADDRESS_CHAR_EM = 0.6
"""The advance of an address's character, in ems, rounded up (lower case and dots)."""
_CHAR_EM = 0.56
"""The mean advance of a letter or digit in Noto Sans, in ems (0.6 bold)."""
_CELL_EM = 1.1
"""Padding and rules of one cell, in ems."""


def _longest_word(inlines: tuple[Inline, ...]) -> int:
    text = inline_text(inlines)
    for match in nobreak_runs(text):  # a no-break run is one word for the line breaker
        text = text.replace(match.group(0), match.group(0).replace(" ", "_").replace("-", "_"))
    return max((len(word) for word in re.split(r"[\s\-–/]+", text)), default=0)


def table_width_em(table: Table) -> float:
    """The estimated narrowest width of ``table`` without breaking words, in ems."""
    widths: dict[int, float] = {}
    for row in (*table.head, *table.body):
        for index, cell in enumerate(row.cells):
            char = 0.6 if cell.header else _CHAR_EM
            need = _longest_word(cell.content) * char + _CELL_EM
            widths[index] = max(widths.get(index, 0.0), need)
    return sum(widths.values())


def table_height_lines(table: Table, width_em: float) -> int:
    """The estimated height of ``table`` in lines of text: its caption and, for every row,
    its tallest cell, with the width shared equally among the columns.

    >>> from pubkit.model import Cell, Row, Table, Text
    >>> row = Row(cells=(Cell(content=(Text(text="Mo."),)), Cell(content=(Text(text="9–12 Uhr"),))))
    >>> table_height_lines(Table(caption=(Text(text="Zeiten"),), head=(), body=(row,) * 3), 40.0)
    4
    """
    columns = max((len(row.cells) for row in (*table.head, *table.body)), default=1)
    per_line = max((width_em / columns - _CELL_EM) / _CHAR_EM, 1.0)
    lines = 1 if table.caption else 0
    for row in (*table.head, *table.body):
        lines += (
            max(
                (-(-len(inline_text(cell.content)) // int(per_line)) for cell in row.cells),
                default=1,
            )
            or 1
        )
    return lines


def _fit(table: Table, fit: TableFit) -> str:
    need = table_width_em(table)
    if need <= fit.width_em:
        return "fit-normal"
    if need * fit.shrink <= fit.width_em:
        return "fit-small"
    if fit.wide == "landscape" and need * fit.shrink <= fit.landscape_em:
        return "fit-landscape"
    return "fit-stack"


def _append_text(parent: ET.Element, text: str) -> None:
    if not text:
        return
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def _repeats(category: str | None, kicker: str | None) -> bool:
    """Whether the kicker right below the masthead already says the category („Gesundheit“
    over „Gesundheit“, "News" over "News – Roads"), or the subtitle the kicker: the page
    prints it once."""
    if not category or not kicker:
        return False

    def words(text: str) -> list[str]:
        return re.findall(r"\w+", text.casefold())

    said, heard = words(category), words(kicker)
    return bool(said) and any(
        heard[i : i + len(said)] == said for i in range(len(heard) - len(said) + 1)
    )


def _own_dateline(document: Document) -> bool:
    """Whether the notice opens with its own dateline for the front matter's date
    („Kloster Lehnin, 28.10.2020, 13:04 Uhr“, "Published Tuesday 19 December 2023", or a lead
    that begins with one before a dash): the page then does not print the date twice."""
    from pubkit.readers.dates import mentions_date

    meta = document.metadata
    for block in document.blocks[:2]:
        if not isinstance(block, Paragraph):
            return False
        text = inline_text(block.content)
        # a dateline of its own, or one before a dash that opens the lead („Ort, 28.10.2020 –
        # Der Kreis …“); not a date the lead's sentence is about („Ab Donnerstag, 21. Oktober …“)
        head, *lead = re.split(r"\s[–—-]\s", text.strip(), maxsplit=1)
        sentence = not lead and re.search(r"[a-zäöüß]{2,}[.!?]$", head) is not None
        dateline = len(head.split()) <= 12 and not sentence
        if dateline and meta.date and mentions_date(head, meta.date, meta.language):
            return True
    return False


def _plain_link_text(content: tuple[Inline, ...]) -> tuple[Inline, ...]:
    """A link's text for print: abbreviations as their short form, emphasis unwrapped (the
    innermost tag would own the link's annotation, PDF/UA 7.18.5); language spans stay."""
    out: list[Inline] = []
    for node in content:
        if isinstance(node, Abbreviation):
            out.append(Text(text=node.text))
        elif isinstance(node, Emphasis | Strong):
            out.extend(_plain_link_text(node.content))
        else:
            out.append(node)
    return tuple(out)
