"""Web pages exported from a CMS (``.html``) → :class:`~pubkit.model.Document`.

A city's CMS exports the whole page: navigation, header, sidebars, a footer, inline styles
and scripts around the one notice. This reader

1. takes the metadata from the ``<head>`` (``<html lang>``, ``og:title`` or ``<title>``
   without a `` | Site`` suffix, ``description``, ``author``, ``keywords``, the publication
   date from ``article:published_time``, ``dcterms.date`` or ``date``);
2. sanitises the page with nh3 (ammonia): scripts, styles, forms, frames and every
   attribute but a short list are removed with their content, event handlers
   (``onclick``) and ``javascript:`` links never get through;
3. finds the main content: ``<main>`` (or the one ``<article>`` in it), else the largest
   ``<article>``, else ``role="main"``, else the block with the most paragraph text, leaving
   out what is navigation, header, footer, sidebar, breadcrumbs or sharing links;
4. maps it to the model: ``h1``–``h6``, ``p``, ``ul``/``ol`` (with ``start``), ``li``,
   tables (``caption``, header cells with their ``scope``; a ``th`` without one heads its
   column in ``thead`` and its row elsewhere), ``figure``/``figcaption`` (a ``.credit`` or
   "Foto:" line is the photo credit), ``img`` (``alt``; ``alt=""`` marks decoration, a
   missing ``alt`` is reported by the checks), ``abbr title``, ``lang`` attributes
   (language spans), ``blockquote`` (with ``cite``/``footer`` or "— Name" as speaker),
   ``strong``/``b``, ``em``/``i``, ``a href``, ``br``, ``code``/``pre``, ``hr``, ``dl``.

The page's one H1 is the title, as in Markdown (see :mod:`.title`). Lines in messages
are lines of the exported file.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from pubkit.errors import ReadError
from pubkit.i18n import _
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
    Heading,
    Image,
    Inline,
    LanguageSpan,
    LineBreak,
    Link,
    List,
    ListItem,
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
from pubkit.readers.html_page import (
    BLOCK_TAGS,
    Node,
    PageHead,
    is_boilerplate,
    main_content,
    parse,
    sanitise,
)
from pubkit.readers.ids import IdMaker
from pubkit.readers.title import is_kicker, take_title

__all__ = ["html_fragment_blocks", "read_html"]

_CREDIT = re.compile(r"^(?:Foto|Fotos|Bild|Photo|Image|Grafik|Illustration|Credit)s?\s*:", re.I)
_ATTRIBUTION = re.compile(r"^(?:—|–|--)\s*")
_SPACE = re.compile(r"\s+")


def read_html(text: str, *, source: str | None = None) -> Document:
    """Read a page exported from a CMS: its main content, sanitised, as a notice.

    >>> doc = read_html('<html lang="de"><title>T | Stadt</title><nav>Menü</nav>'
    ...                 '<main><h1>T</h1><p onclick="x()">Hallo</p></main></html>')
    >>> doc.metadata.title, doc.metadata.language, doc.blocks
    ('T', 'de', (Paragraph(content=(Text(text='Hallo'),), line=1),))
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if "\x00" in text:
        raise ReadError(_("The file contains NUL bytes; is it really an HTML page?"), source=source)
    head = PageHead()
    head.feed(text)
    head.close()
    root = parse(sanitise(text))
    content = main_content(root)
    converter = _Converter(source=source, language=head.language)
    blocks = converter.blocks(content.children)
    blocks = _title_first(blocks)
    metadata = head.metadata(source=source)
    metadata, blocks = take_title(metadata, blocks, title_given=bool(metadata.title))
    if not blocks and not metadata.title:
        raise ReadError(
            _(
                "The page has no content pubkit could find: put the notice into <main> or "
                "<article>, or export the page with its text."
            ),
            source=source,
        )
    return Document(metadata=metadata, blocks=tuple(blocks), source=source)


def html_fragment_blocks(html: str, *, source: str | None = None) -> list[Block]:
    """The blocks of an HTML fragment left in a Markdown notice (``<p>…</p>``, a
    ``<div class="info">``, a table a CMS exported), sanitised and mapped as a page's content.

    >>> html_fragment_blocks('<div class="info"><p>Bitte <b>Maske</b> tragen.</p></div>')
    [Paragraph(content=(Text(text='Bitte '), Strong(content=(Text(text='Maske'),)), Text(text=' tragen.')), line=1)]
    """
    root = parse(sanitise(html))
    return _Converter(source=source, language="").blocks(root.children)


def _title_first(blocks: list[Block]) -> list[Block]:
    """A CMS page has one H1, not always at the top (after a picture or a date): move it up."""
    h1 = [i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.level == 1]
    if len(h1) != 1 or h1[0] == 0:
        return blocks
    index = h1[0]
    before = blocks[:index]
    if is_kicker(before[-1]):  # a kicker right above the title stays there (take_title)
        return [before[-1], blocks[index], *before[:-1], *blocks[index + 1 :]]
    return [blocks[index], *before, *blocks[index + 1 :]]


# -- mapping ------------------------------------------------------------------------------


@dataclass(slots=True)
class _Converter:
    source: str | None
    language: str
    ids: IdMaker = field(default_factory=IdMaker)

    def blocks(self, children: list[Node | str]) -> list[Block]:
        out: list[Block] = []
        run: list[Node | str] = []  # inline content between blocks
        lines: list[int] = []

        def flush() -> None:
            content = _tidy(self.inlines(run))
            if content:
                out.extend(self.paragraph_or_figures(content, lines[0] if lines else None))
            run.clear()
            lines.clear()

        for child in children:
            if isinstance(child, Node) and child.tag in BLOCK_TAGS:
                flush()
                out.extend(self.block(child))
            else:
                if isinstance(child, Node):
                    lines.append(child.line)
                run.append(child)
        flush()
        return out

    def block(self, node: Node) -> list[Block]:
        line = node.line
        if is_boilerplate(node):
            return []  # a print link, share buttons, breadcrumbs inside the content
        match node.tag:
            case "main" | "article" | "section" | "div" | "header" | "footer" | "nav":
                return self.blocks(node.children)
            case "aside":
                inner = self.blocks(node.children)
                return [Aside(kind="note", blocks=tuple(inner), line=line)] if inner else []
            case "h1" | "h2" | "h3" | "h4" | "h5" | "h6":
                content = self.wrap_lang(node, _tidy(self.inlines(node.children)))
                if not content:
                    return []
                ident = self.ids.make(inline_text(content))
                return [Heading(level=int(node.tag[1]), content=content, id=ident, line=line)]
            case "p" | "dd":
                content = self.wrap_lang(node, _tidy(self.inlines(node.children)))
                return self.paragraph_or_figures(content, line) if content else []
            case "dt":
                content = _tidy(self.inlines(node.children))
                return [Paragraph(content=(Strong(content=content),), line=line)] if content else []
            case "dl":
                return self.blocks(node.children)
            case "ul" | "ol":
                return self.list_block(node)
            case "li":
                return self.blocks(node.children)
            case "table":
                return [self.table(node)]
            case "figure":
                return self.figure(node)
            case "blockquote":
                return [self.quote(node)]
            case "pre":
                return [CodeBlock(code=node.text().strip("\n") + "\n", line=line)]
            case "hr":
                return [ThematicBreak(line=line)]
        return self.blocks(node.children)

    def paragraph_or_figures(self, content: tuple[Inline, ...], line: int | None) -> list[Block]:
        """Pictures standing on their own are figures; anything else is a paragraph."""
        pictures = [n for n in content if isinstance(n, Image)]
        if pictures and all(isinstance(n, Image) or not inline_text((n,)).strip() for n in content):
            return [Figure(image=image, line=line) for image in pictures]
        return [Paragraph(content=content, line=line)]

    def wrap_lang(self, node: Node, content: tuple[Inline, ...]) -> tuple[Inline, ...]:
        lang = node.attrs.get("lang", "").strip()
        if content and lang and primary_language(lang) != primary_language(self.language or lang):
            return (LanguageSpan(lang=lang, content=content),)
        return content

    def list_block(self, node: Node) -> list[Block]:
        items = tuple(
            ListItem(blocks=tuple(self.blocks(li.children)), line=li.line)
            for li in node.elements()
            if li.tag == "li"
        )
        items = tuple(i for i in items if i.blocks)
        if not items:
            return []
        ordered = node.tag == "ol"
        start = _int(node.attrs.get("start")) if ordered else None
        return [
            List(
                ordered=ordered,
                items=items,
                start=None if start in (None, 1) else start,
                line=node.line,
            )
        ]

    def table(self, node: Node) -> Table:
        caption: tuple[Inline, ...] = ()
        head: list[Row] = []
        body: list[Row] = []
        for part in node.elements():
            if part.tag == "caption":
                caption = _tidy(self.inlines(part.children))
                continue
            rows = [part] if part.tag == "tr" else [r for r in part.elements() if r.tag == "tr"]
            for tr in rows:
                in_head = part.tag == "thead"
                cells = [self.cell(c, in_head=in_head, first=i == 0) for i, c in
                         enumerate(x for x in tr.elements() if x.tag in ("th", "td"))]  # fmt: skip
                row = Row(cells=tuple(cells))
                all_head = bool(cells) and all(c.header for c in cells)
                (head if (in_head or (all_head and not body)) else body).append(row)
        if head and not any(c.header for r in head for c in r.cells):
            head = []
        head = [_as_column_heads(r) for r in head]
        return Table(caption=caption, head=tuple(head), body=tuple(body), line=node.line)

    def cell(self, node: Node, *, in_head: bool, first: bool) -> Cell:
        content = _tidy(self.inlines(node.children))
        if node.tag != "th":
            return Cell(content=content)
        scope = node.attrs.get("scope", "").lower()
        if scope not in ("col", "row"):
            scope = "col" if in_head or not first else "row"
        return Cell(content=content, header=True, scope=scope)  # type: ignore[arg-type]  # checked

    def figure(self, node: Node) -> list[Block]:
        images = [n for n in node.walk() if n.tag == "img"]
        if not images:
            return self.blocks(node.children)
        image = self.image(images[0])
        caption: tuple[Inline, ...] = ()
        credit: tuple[Inline, ...] = ()
        for part in node.elements():
            if part.tag != "figcaption":
                continue
            pieces = [p for p in part.elements() if p.tag in ("p", "span", "small", "div")]
            credit_nodes = [
                p
                for p in pieces
                if "credit" in p.classes
                or "copyright" in p.classes
                or _CREDIT.match(p.text().strip())
            ]
            rest = [c for c in part.children if c not in credit_nodes]
            caption = _tidy(self.inlines(rest))
            credit = _tidy(self.inlines(credit_nodes))
            if not credit and caption:  # "… Foto: Name" at the end of the caption
                text = inline_text(caption)
                found = re.search(r"\s*\b(?:Foto|Fotos|Photo|Bild)s?:\s*[^.]+$", text)
                if found and len(caption) == 1:
                    caption = (Text(text=text[: found.start()].strip()),)
                    credit = (Text(text=found.group(0).strip()),)
        return [Figure(image=image, caption=caption, credit=credit, line=node.line)]

    def quote(self, node: Node) -> Quote:
        attribution: tuple[Inline, ...] = ()
        children = list(node.children)
        for child in node.elements():
            if child.tag in ("footer", "cite") or "author" in child.classes:
                attribution = _tidy(self.inlines(child.children))
                children.remove(child)
                break
        inner = self.blocks(children)
        last = inner[-1] if inner else None
        if not attribution and len(inner) > 1 and isinstance(last, Paragraph) and last.content:
            first = last.content[0]
            if isinstance(first, Text) and _ATTRIBUTION.match(first.text):
                rest = _ATTRIBUTION.sub("", first.text, count=1)
                attribution = ((Text(text=rest),) if rest else ()) + last.content[1:]
                inner = inner[:-1]
        if attribution and isinstance(attribution[0], Text):
            rest = _ATTRIBUTION.sub("", attribution[0].text, count=1)
            attribution = ((Text(text=rest),) if rest else ()) + attribution[1:]
        return Quote(blocks=tuple(inner), attribution=attribution, line=node.line)

    # -- inlines ----------------------------------------------------------------------------

    def inlines(self, children: Sequence[Node | str]) -> list[Inline]:
        out: list[Inline] = []
        for child in children:
            if isinstance(child, str):
                out.append(Text(text=_SPACE.sub(" ", child)))
            else:
                out.extend(self.inline(child))
        return out

    def inline(self, node: Node) -> list[Inline]:
        inner = _merge(self.inlines(node.children))
        match node.tag:
            case "br":
                return [LineBreak()]
            case "img":
                return [self.image(node)]
            case "strong" | "b":
                return [Strong(content=inner)] if _has_text(inner) else list(inner)
            case "em" | "i":
                return [Emphasis(content=inner)] if _has_text(inner) else list(inner)
            case "code":
                return [Code(text=node.text())]
            case "abbr" | "acronym":
                title = _SPACE.sub(" ", node.attrs.get("title", "")).strip()
                text = _SPACE.sub(" ", node.text()).strip()
                return [Abbreviation(text=text, expansion=title)] if title and text else list(inner)
            case "a":
                href = node.attrs.get("href", "").strip()
                if not href or href.startswith("data:"):
                    return list(inner)
                link_title = node.attrs.get("title", "").strip() or None
                return [Link(target=href, content=_tidy(list(inner)), title=link_title)]
            case "q":
                return [Text(text="„" if self.language.startswith("de") else "“"), *inner,
                        Text(text="“" if self.language.startswith("de") else "”")]  # fmt: skip
            case _ if node.tag in BLOCK_TAGS:
                return [Text(text=" "), *inner, Text(text=" ")]
        lang = node.attrs.get("lang", "").strip()
        if lang and inner and primary_language(lang) != primary_language(self.language or lang):
            return [LanguageSpan(lang=lang, content=_tidy(list(inner)))]
        return list(inner)

    def image(self, node: Node) -> Image:
        alt = node.attrs.get("alt")
        title = node.attrs.get("title", "").strip() or None
        return Image(
            src=node.attrs.get("src", "").strip(),
            alt=_SPACE.sub(" ", alt or "").strip(),
            decorative=alt is not None and not alt.strip(),
            title=title,
        )


def _as_column_heads(row: Row) -> Row:
    cells = tuple(
        dataclasses.replace(c, scope="col") if c.header and c.scope == "row" else c
        for c in row.cells
    )
    return Row(cells=cells)


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _has_text(content: tuple[Inline, ...]) -> bool:
    return any(not isinstance(n, Text) or n.text.strip() for n in content)


def _merge(inlines: list[Inline]) -> tuple[Inline, ...]:
    out: list[Inline] = []
    for node in inlines:
        if isinstance(node, Text):
            if not node.text:
                continue
            if out and isinstance(out[-1], Text):
                joined = out[-1].text + node.text
                out[-1] = Text(text=_SPACE.sub(" ", joined))
                continue
        out.append(node)
    return tuple(out)


def _tidy(inlines: list[Inline]) -> tuple[Inline, ...]:
    """Merged text, no spaces at the ends or around line breaks."""
    items = list(_merge(inlines))
    for index, node in enumerate(items):
        if not isinstance(node, Text):
            continue
        text = node.text
        if index == 0 or isinstance(items[index - 1], LineBreak):
            text = text.lstrip()
        if index == len(items) - 1 or isinstance(items[index + 1], LineBreak):
            text = text.rstrip()
        items[index] = Text(text=text)
    while items and isinstance(items[-1], LineBreak):
        items.pop()
    while items and isinstance(items[0], LineBreak):
        items.pop(0)
    return tuple(i for i in items if not (isinstance(i, Text) and not i.text))
