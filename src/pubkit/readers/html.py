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
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser

import nh3

from pubkit.errors import ReadError
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
    Metadata,
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
from pubkit.readers.frontmatter import parse_date
from pubkit.readers.ids import IdMaker
from pubkit.readers.title import is_kicker, take_title

__all__ = ["read_html"]

_CONTAINERS = {"main", "article", "section", "div", "header", "footer", "nav", "aside", "span"}
_TAGS = _CONTAINERS | {
    "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "ul", "ol", "li", "dl", "dt", "dd",
    "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "figure", "figcaption",
    "img", "a", "abbr", "acronym", "strong", "b", "em", "i", "u", "s", "small", "sup", "sub",
    "time", "cite", "q", "blockquote", "code", "pre", "mark",
}  # fmt: skip
_DROPPED_WITH_CONTENT = {
    "script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math",
    "title", "form", "button", "select", "textarea", "canvas", "audio", "video", "map",
}  # fmt: skip
_ATTRIBUTES = {
    "*": {"lang", "id", "class", "role"},
    "a": {"href", "title"},
    "img": {"src", "alt", "title"},
    "abbr": {"title"},
    "acronym": {"title"},
    "th": {"scope"},
    "ol": {"start"},
    "blockquote": {"cite"},
}
_URL_SCHEMES = {"http", "https", "mailto", "tel", "data"}
_BLOCK_TAGS = {
    "main", "article", "section", "div", "header", "footer", "nav", "aside", "h1", "h2", "h3",
    "h4", "h5", "h6", "p", "hr", "ul", "ol", "li", "dl", "dt", "dd", "table", "figure",
    "blockquote", "pre",
}  # fmt: skip
_VOID = {"br", "hr", "img"}
_BOILERPLATE = re.compile(
    r"nav|menu|breadcrumb|sidebar|side-bar|teaser-list|related|share|social|cookie|"
    r"banner|skip|search|pagination|toolbar|newsletter|comment|entry-meta|entry-footer|"
    r"print|drucken",
    re.IGNORECASE,
)
_PAGE_PARTS = re.compile(r"header|footer|kopf|fuss|masthead|colophon|spalte|widget", re.I)
_SKIPPED_TAGS = {"nav", "footer"}
_CREDIT = re.compile(r"^(?:Foto|Fotos|Bild|Photo|Image|Grafik|Illustration|Credit)s?\s*:", re.I)
_ATTRIBUTION = re.compile(r"^(?:—|–|--)\s*")
_SPACE = re.compile(r"\s+")
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]+$")


@dataclass(slots=True)
class _Node:
    """An element of the sanitised page."""

    tag: str
    attrs: dict[str, str]
    line: int
    children: list[_Node | str] = field(default_factory=list)

    def elements(self) -> Iterator[_Node]:
        for child in self.children:
            if isinstance(child, _Node):
                yield child

    def walk(self) -> Iterator[_Node]:
        yield self
        for child in self.elements():
            yield from child.walk()

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    @property
    def classes(self) -> str:
        return f"{self.attrs.get('class', '')} {self.attrs.get('id', '')}"


def read_html(text: str, *, source: str | None = None) -> Document:
    """Read a page exported from a CMS: its main content, sanitised, as a notice.

    >>> doc = read_html('<html lang="de"><title>T | Stadt</title><nav>Menü</nav>'
    ...                 '<main><h1>T</h1><p onclick="x()">Hallo</p></main></html>')
    >>> doc.metadata.title, doc.metadata.language, doc.blocks
    ('T', 'de', (Paragraph(content=(Text(text='Hallo'),), line=1),))
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if "\x00" in text:
        raise ReadError("The file contains NUL bytes; is it really an HTML page?", source=source)
    head = _Head()
    head.feed(text)
    head.close()
    root = _parse(sanitise(text))
    content = main_content(root)
    converter = _Converter(source=source, language=head.language)
    blocks = converter.blocks(content.children)
    blocks = _title_first(blocks)
    metadata = head.metadata(source=source)
    metadata, blocks = take_title(metadata, blocks, title_given=bool(metadata.title))
    if not blocks and not metadata.title:
        raise ReadError(
            "The page has no content pubkit could find: put the notice into <main> or "
            "<article>, or export the page with its text.",
            source=source,
        )
    return Document(metadata=metadata, blocks=tuple(blocks), source=source)


def sanitise(html: str) -> str:
    """The page cleaned by nh3, on the same lines as the original.

    What nh3 removes with its content (scripts, styles, comments, the head) and the line
    breaks inside tags are replaced by as many line breaks, so line numbers still point
    into the exported file.
    """
    html = _keep_lines(html)
    return nh3.clean(
        html,
        tags=_TAGS,
        clean_content_tags=_DROPPED_WITH_CONTENT,
        attributes=_ATTRIBUTES,
        url_schemes=_URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )


_REMOVED_REGION = re.compile(
    r"<!--.*?-->|<(script|style|template|noscript|title|svg|math|iframe|textarea)\b.*?</\1\s*>",
    re.IGNORECASE | re.DOTALL,
)
_TAG_WITH_BREAKS = re.compile(r"<[A-Za-z][^<>]*\n[^<>]*>")


def _keep_lines(html: str) -> str:
    def blank(match: re.Match[str]) -> str:
        return "\n" * match.group(0).count("\n")

    def flatten(match: re.Match[str]) -> str:
        tag = match.group(0)
        return tag.replace("\n", " ") + "\n" * tag.count("\n")

    return _TAG_WITH_BREAKS.sub(flatten, _REMOVED_REGION.sub(blank, html))


def main_content(root: _Node) -> _Node:
    """The element that holds the notice, without the page around it."""
    mains = [n for n in root.walk() if n.tag == "main" or n.attrs.get("role") == "main"]
    if mains:
        articles = [n for n in mains[0].walk() if n.tag == "article"]
        return articles[0] if len(articles) == 1 else mains[0]
    articles = [n for n in root.walk() if n.tag == "article"]
    if articles:
        return max(articles, key=lambda n: len(n.text()))
    candidates = [
        n
        for n in root.walk()
        if n.tag in ("div", "section", "td")
        and not _is_boilerplate(n)
        and not _PAGE_PARTS.search(n.classes)
    ]
    best = max(candidates, key=_paragraph_score, default=None)
    return best if best is not None and _paragraph_score(best) > 0 else root


def _paragraph_score(node: _Node) -> int:
    """Text in the node's own paragraphs and headings: a content block has much of it."""
    return sum(
        len(child.text())
        for child in node.elements()
        if child.tag in ("p", "h1", "h2", "h3", "ul", "ol", "table", "blockquote")
    )


def _is_boilerplate(node: _Node) -> bool:
    return (
        node.tag in _SKIPPED_TAGS
        or node.attrs.get("role") in ("navigation", "banner", "contentinfo", "search")
        or bool(_BOILERPLATE.search(node.classes))
    )


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


# -- parsing ------------------------------------------------------------------------------


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("root", {}, 1)
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = _Node(tag, {k: v or "" for k, v in attrs}, self.getpos()[0])
        self.stack[-1].children.append(node)
        if tag not in _VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(_Node(tag, {k: v or "" for k, v in attrs}, self.getpos()[0]))

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index].tag == tag:
                del self.stack[index:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def _parse(html: str) -> _Node:
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


class _Head(HTMLParser):
    """The page's metadata: language, title, description, author, keywords, date."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.language = ""
        self.meta: dict[str, str] = {}
        self.title = ""
        self.in_title = False
        self.date_line: int | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "html" and not self.language:
            self.language = values.get("lang", "").strip()
        elif tag == "meta":
            key = (values.get("name") or values.get("property") or "").strip().lower()
            if key and "content" in values and key not in self.meta:
                self.meta[key] = values["content"].strip()
                if key in _DATE_KEYS:
                    self.date_line = self.getpos()[0]
        elif tag == "title":
            self.in_title = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data

    def metadata(self, *, source: str | None) -> Metadata:
        title = self.meta.get("og:title") or _SITE_SUFFIX.sub("", _SPACE.sub(" ", self.title))
        date = next((self.meta[k] for k in _DATE_KEYS if self.meta.get(k)), None)
        if date is not None:
            try:
                date = parse_date(date)
            except ValueError:
                raise ReadError(
                    f"The page's date {date!r} is not a possible date. Export it as an ISO "
                    'date: <meta name="date" content="2026-11-24">.',
                    source=source,
                    line=self.date_line,
                ) from None
        keywords = tuple(k.strip() for k in self.meta.get("keywords", "").split(",") if k.strip())
        author = self.meta.get("author")
        return Metadata(
            title=title.strip(),
            language=self.language,
            authors=(author,) if author else (),
            publisher=self.meta.get("og:site_name") or self.meta.get("publisher") or None,
            date=date,
            description=self.meta.get("description") or self.meta.get("og:description") or None,
            keywords=keywords,
        )


_DATE_KEYS = ("article:published_time", "dcterms.date", "dc.date", "date", "publication_date")


# -- mapping ------------------------------------------------------------------------------


@dataclass(slots=True)
class _Converter:
    source: str | None
    language: str
    ids: IdMaker = field(default_factory=IdMaker)

    def blocks(self, children: list[_Node | str]) -> list[Block]:
        out: list[Block] = []
        run: list[_Node | str] = []  # inline content between blocks
        lines: list[int] = []

        def flush() -> None:
            content = _tidy(self.inlines(run))
            if content:
                out.extend(self.paragraph_or_figures(content, lines[0] if lines else None))
            run.clear()
            lines.clear()

        for child in children:
            if isinstance(child, _Node) and child.tag in _BLOCK_TAGS:
                flush()
                out.extend(self.block(child))
            else:
                if isinstance(child, _Node):
                    lines.append(child.line)
                run.append(child)
        flush()
        return out

    def block(self, node: _Node) -> list[Block]:
        line = node.line
        if _is_boilerplate(node):
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

    def wrap_lang(self, node: _Node, content: tuple[Inline, ...]) -> tuple[Inline, ...]:
        lang = node.attrs.get("lang", "").strip()
        if content and lang and primary_language(lang) != primary_language(self.language or lang):
            return (LanguageSpan(lang=lang, content=content),)
        return content

    def list_block(self, node: _Node) -> list[Block]:
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

    def table(self, node: _Node) -> Table:
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

    def cell(self, node: _Node, *, in_head: bool, first: bool) -> Cell:
        content = _tidy(self.inlines(node.children))
        if node.tag != "th":
            return Cell(content=content)
        scope = node.attrs.get("scope", "").lower()
        if scope not in ("col", "row"):
            scope = "col" if in_head or not first else "row"
        return Cell(content=content, header=True, scope=scope)  # type: ignore[arg-type]  # checked

    def figure(self, node: _Node) -> list[Block]:
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

    def quote(self, node: _Node) -> Quote:
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

    def inlines(self, children: Sequence[_Node | str]) -> list[Inline]:
        out: list[Inline] = []
        for child in children:
            if isinstance(child, str):
                out.append(Text(text=_SPACE.sub(" ", child)))
            else:
                out.extend(self.inline(child))
        return out

    def inline(self, node: _Node) -> list[Inline]:
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
            case _ if node.tag in _BLOCK_TAGS:
                return [Text(text=" "), *inner, Text(text=" ")]
        lang = node.attrs.get("lang", "").strip()
        if lang and inner and primary_language(lang) != primary_language(self.language or lang):
            return [LanguageSpan(lang=lang, content=_tidy(list(inner)))]
        return list(inner)

    def image(self, node: _Node) -> Image:
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
