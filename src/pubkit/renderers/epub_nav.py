"""The EPUB navigation document (toc, landmarks) and the NCX for EPUB 2 reading systems.

Both are written from one :class:`TocEntry` tree, so they always agree. ebooklib builds
its own nav from ``book.toc``, but without a heading in the document's language, with the
fixed id ``id`` and without ``xml:lang`` on the NCX; pubkit writes both files itself and
hands them to ebooklib as finished items.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field

from pubkit.locale import label
from pubkit.model.lang import primary_language

__all__ = ["TocEntry", "nest", "write_nav", "write_ncx"]

_XHTML_NS = "http://www.w3.org/1999/xhtml"
_EPUB_NS = "http://www.idpf.org/2007/ops"
_LABELS = {
    "de": {"landmarks": "Orientierungspunkte", "start": "Beginn des Textes"},
    "en": {"landmarks": "Landmarks", "start": "Start of content"},
}


@dataclass(frozen=True, slots=True, kw_only=True)
class TocEntry:
    """One line of the table of contents: what it says, where it leads, what is below it."""

    label: str
    href: str
    """Relative to the package folder, e.g. ``c02.xhtml#oeffnungszeiten``."""
    children: tuple[TocEntry, ...] = ()


@dataclass(slots=True, kw_only=True)
class _Node:
    label: str
    href: str
    children: list[_Node] = field(default_factory=list)

    def freeze(self) -> TocEntry:
        kids = tuple(c.freeze() for c in self.children)
        return TocEntry(label=self.label, href=self.href, children=kids)


def nest(flat: Iterable[tuple[int, str, str]]) -> tuple[TocEntry, ...]:
    """Build the tree from (level, label, href) in reading order.

    A heading becomes the child of the nearest earlier heading of a lower level, so a
    skipped level never leaves an empty ``<li>``.

    >>> [e.label for e in nest([(2, "A", "a"), (3, "A.1", "b"), (2, "B", "c")])]
    ['A', 'B']
    """
    root = _Node(label="", href="")
    stack: list[tuple[int, _Node]] = [(0, root)]
    for level, text, href in flat:
        while stack[-1][0] >= level:
            stack.pop()
        node = _Node(label=text, href=href)
        stack[-1][1].children.append(node)
        stack.append((level, node))
    return root.freeze().children


def _labels(language: str) -> dict[str, str]:
    return _LABELS.get(primary_language(language), _LABELS["en"])


def _xml(root: ET.Element, *, doctype: bool) -> bytes:
    text = ET.tostring(root, encoding="unicode", method="xml")
    head = '<?xml version="1.0" encoding="utf-8"?>\n' + ("<!DOCTYPE html>\n" if doctype else "")
    return (head + text + "\n").encode("utf-8")


def write_nav(
    *,
    title: str,
    language: str,
    toc: tuple[TocEntry, ...],
    bodymatter: str,
    css_href: str,
    rtl: bool = False,
) -> bytes:
    """The XHTML navigation document: a visible ``toc`` and hidden ``landmarks``."""
    contents = label(language, "contents")
    html = ET.Element(
        "html",
        {"xmlns": _XHTML_NS, "xmlns:epub": _EPUB_NS, "lang": language, "xml:lang": language},
    )
    if rtl:
        html.set("dir", "rtl")
    head = ET.SubElement(html, "head")
    ET.SubElement(head, "meta", {"charset": "utf-8"})
    ET.SubElement(head, "title").text = f"{contents} – {title}"
    ET.SubElement(head, "link", {"rel": "stylesheet", "href": css_href})
    body = ET.SubElement(html, "body")
    nav = ET.SubElement(
        body,
        "nav",
        {"epub:type": "toc", "role": "doc-toc", "id": "toc", "aria-labelledby": "toc-title"},
    )
    ET.SubElement(nav, "h1", {"id": "toc-title"}).text = contents
    nav.append(_ol(toc))
    words = _labels(language)
    marks = ET.SubElement(
        body,
        "nav",
        {
            "epub:type": "landmarks",
            "id": "landmarks",
            "hidden": "hidden",
            "aria-labelledby": "landmarks-title",
        },
    )
    ET.SubElement(marks, "h2", {"id": "landmarks-title"}).text = words["landmarks"]
    ol = ET.SubElement(marks, "ol")
    for kind, href, text in (
        ("toc", "nav.xhtml#toc", contents),
        ("bodymatter", bodymatter, words["start"]),
    ):
        li = ET.SubElement(ol, "li")
        ET.SubElement(li, "a", {"epub:type": kind, "href": href}).text = text
    return _xml(html, doctype=True)


def _ol(entries: tuple[TocEntry, ...]) -> ET.Element:
    ol = ET.Element("ol")
    for entry in entries:
        li = ET.SubElement(ol, "li")
        ET.SubElement(li, "a", {"href": entry.href}).text = entry.label
        if entry.children:
            li.append(_ol(entry.children))
    return ol


def _depth(entries: tuple[TocEntry, ...]) -> int:
    return 1 + max((_depth(e.children) for e in entries), default=0) if entries else 0


def write_ncx(*, title: str, language: str, identifier: str, toc: tuple[TocEntry, ...]) -> bytes:
    """The NCX (EPUB 2 table of contents) with the same entries as the nav document."""
    root = ET.Element(
        "ncx",
        {
            "xmlns": "http://www.daisy.org/z3986/2005/ncx/",
            "version": "2005-1",
            "xml:lang": language,
        },
    )
    head = ET.SubElement(root, "head")
    for name, value in (
        ("dtb:uid", identifier),
        ("dtb:depth", str(_depth(toc))),
        ("dtb:totalPageCount", "0"),
        ("dtb:maxPageNumber", "0"),
    ):
        ET.SubElement(head, "meta", {"name": name, "content": value})
    doc_title = ET.SubElement(root, "docTitle")
    ET.SubElement(doc_title, "text").text = title
    nav_map = ET.SubElement(root, "navMap")
    order = 0

    def add(parent: ET.Element, entries: tuple[TocEntry, ...]) -> None:
        nonlocal order
        for entry in entries:
            order += 1
            point = ET.SubElement(
                parent, "navPoint", {"id": f"navpoint-{order}", "playOrder": str(order)}
            )
            nav_label = ET.SubElement(point, "navLabel")
            ET.SubElement(nav_label, "text").text = entry.label
            ET.SubElement(point, "content", {"src": entry.href})
            add(point, entry.children)

    add(nav_map, toc)
    return _xml(root, doctype=False)
