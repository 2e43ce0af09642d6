"""The exported page itself: sanitising with nh3, a small tree, the head, the main content.

Only :mod:`pubkit.readers.html` uses this module.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

import nh3

from pubkit.errors import ReadError
from pubkit.i18n import _
from pubkit.model import ExtraValue, Metadata
from pubkit.readers.dates import ImpossibleDate, parse_date

__all__ = ["BLOCK_TAGS", "Node", "PageHead", "is_boilerplate", "main_content", "parse", "sanitise"]

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
BLOCK_TAGS = {
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
_SPACE = re.compile(r"\s+")
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]+$")


@dataclass(slots=True)
class Node:
    """An element of the sanitised page."""

    tag: str
    attrs: dict[str, str]
    line: int
    children: list[Node | str] = field(default_factory=list)

    def elements(self) -> Iterator[Node]:
        for child in self.children:
            if isinstance(child, Node):
                yield child

    def walk(self) -> Iterator[Node]:
        yield self
        for child in self.elements():
            yield from child.walk()

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    @property
    def classes(self) -> str:
        return f"{self.attrs.get('class', '')} {self.attrs.get('id', '')}"


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


def main_content(root: Node) -> Node:
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
        and not is_boilerplate(n)
        and not _PAGE_PARTS.search(n.classes)
    ]
    best = max(candidates, key=_paragraph_score, default=None)
    return best if best is not None and _paragraph_score(best) > 0 else root


def _paragraph_score(node: Node) -> int:
    """Text in the node's own paragraphs and headings: a content block has much of it."""
    return sum(
        len(child.text())
        for child in node.elements()
        if child.tag in ("p", "h1", "h2", "h3", "ul", "ol", "table", "blockquote")
    )


def is_boilerplate(node: Node) -> bool:
    return (
        node.tag in _SKIPPED_TAGS
        or node.attrs.get("role") in ("navigation", "banner", "contentinfo", "search")
        or bool(_BOILERPLATE.search(node.classes))
    )


# -- parsing ------------------------------------------------------------------------------


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("root", {}, 1)
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs}, self.getpos()[0])
        self.stack[-1].children.append(node)
        if tag not in _VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Node(tag, {k: v or "" for k, v in attrs}, self.getpos()[0]))

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index].tag == tag:
                del self.stack[index:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse(html: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


class PageHead(HTMLParser):
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
        extra: tuple[tuple[str, ExtraValue], ...] = ()
        if date is not None:
            try:
                date = parse_date(date, self.language)
            except ImpossibleDate:
                raise ReadError(
                    _(
                        "The page's date {date} is not a possible date. Export it as an ISO "
                        'date: <meta name="date" content="2026-11-24">.'
                    ).format(date=repr(date)),
                    source=source,
                    line=self.date_line,
                ) from None
            except ValueError:  # "Herbst 2020": kept as written, the checks warn (FMT002)
                date, extra = None, (("date", date),)
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
            extra=extra,
        )


_DATE_KEYS = ("article:published_time", "dcterms.date", "dc.date", "date", "publication_date")
