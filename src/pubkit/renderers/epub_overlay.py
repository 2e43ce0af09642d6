"""EPUB 3 Media Overlays: the speech Script's sentences marked in the XHTML, and the SMIL.

A post-pass on the content documents the shared HTML writer made, so that the writer stays
as it is::

    chapter XHTML + its sentences (ids from the Script) ──mark──▶ XHTML with an element per
    sentence (id = sentence id) ──with the Timeline's cues──▶ one SMIL file per chapter

Each sentence is found in the XHTML by its written text, inside the element of the block it
was said from (``Sentence.block``), after the previous sentence: a ``<span>`` is put
around it. Words pubkit *adds* when speaking ("Liste mit 3 Punkten:", "Punkt 1:", "Bild:")
are not on the page; such a sentence marks the element it describes (the list, the image),
a table row marks its ``<tr>``. Clips tile the audio: sentence *i* plays from its cue's start
to the next cue's start, so the pause after a sentence stays with it and the clips add up to
the whole narration.
"""

from __future__ import annotations

import difflib
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass

from pubkit.errors import RenderError

__all__ = [
    "ACTIVE_CLASS",
    "PLAYBACK_CLASS",
    "Clip",
    "Marked",
    "clock",
    "mark_sentences",
    "mark_tree",
    "narration_css",
    "tile",
    "write_smil",
]

XHTML = "http://www.w3.org/1999/xhtml"
OPS = "http://www.idpf.org/2007/ops"
SMIL = "http://www.w3.org/ns/SMIL"
ACTIVE_CLASS = "pubkit-narrating"
"""Given by the reading system to the sentence being spoken (``media:active-class``)."""
PLAYBACK_CLASS = "pubkit-narration-on"
"""Given to the document while the narration plays (``media:playback-active-class``)."""

_PROLOGUE = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n'
_BLOCKISH = frozenset(
    t
    for t in [
        "p",
        "div",
        "ul",
        "ol",
        "li",
        "dl",
        "table",
        "thead",
        "tbody",
        "tr",
        "td",
        "th",
        "caption",
        "figure",
        "figcaption",
        "blockquote",
        "pre",
        "section",
        "aside",
        "header",
        "footer",
        "main",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "nav",
    ]
)
_ANCHORS = frozenset(t for t in ("ul", "ol", "table", "img"))
"""What a sentence of added words marks: the list, table or image it describes."""
_NO_SPAN_INSIDE = frozenset(t for t in ("table", "thead", "tbody", "tr", "ul", "ol"))


@dataclass(frozen=True, slots=True, kw_only=True)
class Spoken:
    """One sentence of a chapter, as the marker needs it."""

    id: str
    text: str
    kind: str
    """The utterance kind (``paragraph``, ``row``, ``label``, ``footnote``…)."""
    block: int | None
    """Index of the block in the chapter (None: the title)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Marked:
    """A sentence's place in the marked XHTML."""

    id: str
    structure: tuple[str, str] | None
    """``(fragment id, epub:type)`` of the table or note it is part of, if any."""
    exact: bool
    """Whether the element holds the sentence's text (False: the list/image/row it is about,
    or an empty marker where nothing else fits)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Clip:
    id: str
    begin: float
    end: float


def tile(ids: Sequence[str], starts: Sequence[float], duration: float) -> list[Clip]:
    """Clips that cover ``[0, duration]``: each from its start to the next one's start."""
    clips: list[Clip] = []
    for index, ident in enumerate(ids):
        begin = 0.0 if index == 0 else starts[index]
        end = starts[index + 1] if index + 1 < len(ids) else duration
        if end < begin:
            raise RenderError(
                f"The narration's cue {ident} ends before it starts ({begin:.3f}s–{end:.3f}s); "
                "clear the speech cache and build again."
            )
        clips.append(Clip(id=ident, begin=begin, end=end))
    return clips


def clock(seconds: float) -> str:
    """A SMIL full clock value: ``0:01:02.345``."""
    ms = round(seconds * 1000)
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h}:{m:02d}:{s:02d}.{ms:03d}"


def narration_css() -> str:
    """The highlight of the sentence being read: black on yellow, in light and dark mode."""
    return f"""
/* Media overlays: the sentence being read aloud (contrast 15:1 or more). */
.{ACTIVE_CLASS} {{
  background-color: #ffe14d;
  color: #000000;
  outline: 2px solid #000000;
  border-radius: 0.15em;
}}
@media (prefers-color-scheme: dark) {{
  .{ACTIVE_CLASS} {{
    background-color: #ffe14d;
    color: #000000;
    outline: 2px solid #ffffff;
  }}
}}
@media (forced-colors: active) {{
  .{ACTIVE_CLASS} {{ background-color: Highlight; color: HighlightText; forced-color-adjust: none; }}
}}
"""


# -- marking ---------------------------------------------------------------------------------


class _Page:
    """The ``<main>`` of a content document as one string of text, with positions."""

    def __init__(self, main: ET.Element) -> None:
        self.main = main
        self.refresh()

    def refresh(self) -> None:
        self.parent: dict[ET.Element, ET.Element] = {}
        self.range: dict[ET.Element, tuple[int, int]] = {}
        self.order: list[ET.Element] = []
        pieces: list[str] = []
        pos = 0

        def visit(el: ET.Element) -> None:
            nonlocal pos
            start = pos
            self.order.append(el)
            pieces.append(el.text or "")
            pos += len(el.text or "")
            for child in el:
                self.parent[child] = el
                visit(child)
                pieces.append(child.tail or "")
                pos += len(child.tail or "")
            self.range[el] = (start, pos - 0)

        visit(self.main)
        # the ranges above include tails of children, not the element's own tail
        self.text = "".join(pieces)

    def after(self, pos: int, within: ET.Element, tags: frozenset[str]) -> ET.Element | None:
        """The first element with one of ``tags`` inside ``within`` starting at or after pos."""
        lo, hi = self.range[within]
        for el in self.order:
            start = self.range[el][0]
            if el.tag in tags and lo <= start <= hi and start >= pos and self._inside(el, within):
                return el
        return None

    def _inside(self, el: ET.Element, ancestor: ET.Element) -> bool:
        node: ET.Element | None = el
        while node is not None:
            if node is ancestor:
                return True
            node = self.parent.get(node)
        return False

    def ancestors(self, el: ET.Element) -> list[ET.Element]:
        out = [el]
        while out[-1] in self.parent:
            out.append(self.parent[out[-1]])
        return out


def _normal(text: str) -> tuple[str, list[int]]:
    chars, where = [], []
    for index, ch in enumerate(text):
        if ch.isalnum():
            chars.append(ch.casefold()[0])
            where.append(index)
    return "".join(chars), where


def _find(
    sentence: str, page: str, lo: int, hi: int, *, lead: bool = True
) -> tuple[int, int] | None:
    """Where ``sentence`` is written in ``page[lo:hi]``, ignoring case, spaces and punctuation,
    and words the page does not show (the added "Punkt 1:"); None if it is not there.

    ``lead=False``: the sentence has no shown tail after spoken words (a list's "Liste mit 5
    Punkten:" is said only), so a short run at its end is no match ("…kten" of a word)."""
    want, _ = _normal(sentence)
    have, where = _normal(page[lo:hi])
    if not want or not have:
        return None
    at = have.find(want)
    if at >= 0:
        return lo + where[at], _closing(page, lo + where[at + len(want) - 1] + 1, hi)
    matcher = difflib.SequenceMatcher(None, want, have, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size >= min(4, len(want))]
    if not blocks:
        return None
    # Grow a cluster around the longest run; a run far away on the page is a chance match.
    core = max(range(len(blocks)), key=lambda i: blocks[i].size)
    first = last = core
    while first > 0:
        a, b = blocks[first - 1], blocks[first]
        if (b.b - (a.b + a.size)) - (b.a - (a.a + a.size)) > 3:
            break
        first -= 1
    while last + 1 < len(blocks):
        a, b = blocks[last], blocks[last + 1]
        if (b.b - (a.b + a.size)) - (b.a - (a.a + a.size)) > 3:
            break
        last += 1
    matched = sum(b.size for b in blocks[first : last + 1])
    said = blocks[first].a  # words said before the text: "Punkt 1:", "Fußnote 2:"
    whole_rest = lead and said <= _MAX_LEAD and matched == len(want) - said
    if matched * 2 < len(want) and not whole_rest:
        return None
    start = blocks[first].b
    end = blocks[last].b + blocks[last].size
    return lo + where[start], _closing(page, lo + where[end - 1] + 1, hi)


_MAX_LEAD = 16
"""Letters and digits pubkit may say before a short text that is shown ("fußnote12")."""
_CLOSING = frozenset(".!?:;…\"'»«“”‘’)]")


def _closing(page: str, end: int, hi: int) -> int:
    """``end`` moved over the sentence's closing punctuation (``.``, ``?«``, ``)``)."""
    while end < hi and page[end] in _CLOSING:
        end += 1
    return end


def _tokens(el: ET.Element) -> list[str | ET.Element]:
    out: list[str | ET.Element] = []
    if el.text:
        out.append(el.text)
    for child in el:
        out.append(child)
        if child.tail:
            out.append(child.tail)
    return out


def _rebuild(el: ET.Element, tokens: list[str | ET.Element]) -> None:
    for child in list(el):
        el.remove(child)
    el.text = None
    last: ET.Element | None = None
    for token in tokens:
        if isinstance(token, str):
            if last is None:
                el.text = (el.text or "") + token
            else:
                last.tail = (last.tail or "") + token
        else:
            token.tail = None
            el.append(token)
            last = token


class _Marker:
    def __init__(self, page: _Page) -> None:
        self.page = page
        self.used: set[str] = {e.get("id", "") for e in page.order} - {""}

    def span(self, start: int, end: int, ident: str) -> ET.Element | None:
        """Wrap ``page.text[start:end]`` in a span with ``ident``; None when it cannot be."""
        page = self.page
        holder = self._holder(start, end)
        for cut in (start, end):  # an inline element a sentence starts or ends in is cut
            for index, child in enumerate(list(holder)):
                c0, c1 = page.range[child]
                if c0 < cut < c1:
                    if child.tag in _BLOCKISH:
                        return None
                    left, right = _cut(child, cut - c0)
                    left.tail, right.tail = None, child.tail
                    holder.remove(child)
                    holder.insert(index, left)
                    holder.insert(index + 1, right)
                    page.refresh()
                    break
        lo = page.range[holder][0]
        # Widen to whole children of the holder.
        tokens = _tokens(holder)
        out: list[str | ET.Element | _Slot] = []
        inner: list[str | ET.Element] = []
        pos = lo
        for token in tokens:
            size = len(token) if isinstance(token, str) else self._size(token)
            t0, t1 = pos, pos + size
            pos = t1
            if isinstance(token, str):
                before = token[: max(0, min(size, start - t0))]
                middle = token[max(0, start - t0) : max(0, min(size, end - t0))]
                after = token[max(0, min(size, end - t0)) :] if end < t1 else ""
                if t1 <= start:
                    out.append(token)
                    continue
                if t0 >= end:
                    out.append(token)
                    continue
                if before:
                    out.append(before)
                if middle:
                    inner.append(middle)
                    if not any(isinstance(x, _Slot) for x in out):
                        out.append(_Slot())
                if after:
                    out.append(after)
            else:
                if t1 <= start or t0 >= end:
                    out.append(token)
                    continue
                if token.tag in _BLOCKISH:
                    return None
                inner.append(token)
                if not any(isinstance(x, _Slot) for x in out):
                    out.append(_Slot())
        if holder.tag in _NO_SPAN_INSIDE or not inner:
            return None
        span = ET.Element("span", {"id": ident})
        _rebuild(span, inner)
        _rebuild(holder, [span if isinstance(x, _Slot) else x for x in out])
        page.refresh()
        return span

    def _size(self, el: ET.Element) -> int:
        lo, hi = self.page.range[el]
        return hi - lo

    def _holder(self, start: int, end: int) -> ET.Element:
        """The innermost element whose own content holds both ends of the range."""
        page = self.page
        best = page.main
        for el in page.order:
            lo, hi = page.range[el]
            if (
                lo <= start
                and end <= hi
                and (hi - lo) <= (page.range[best][1] - page.range[best][0])
            ):
                best = el
        return best

    def set_id(self, el: ET.Element, ident: str) -> bool:
        if el.get("id"):
            return False
        el.set("id", ident)
        return True

    def empty(self, where: ET.Element, ident: str) -> ET.Element:
        """A last resort: an empty span with the id at the start of ``where``."""
        span = ET.Element("span", {"id": ident})
        span.tail = where.text
        where.text = None
        where.insert(0, span)
        self.page.refresh()
        return span


def _cut(el: ET.Element, offset: int) -> tuple[ET.Element, ET.Element]:
    """``el`` cut ``offset`` characters into its text: two elements with its name and
    attributes (the id stays with the first), ``<em>a b</em>`` → ``<em>a</em><em> b</em>``."""
    left = ET.Element(el.tag, dict(el.attrib))
    right = ET.Element(el.tag, {k: v for k, v in el.attrib.items() if k != "id"})
    before: list[str | ET.Element] = []
    after: list[str | ET.Element] = []
    pos = 0
    for token in _tokens(el):
        size = len(token) if isinstance(token, str) else len("".join(token.itertext()))
        if pos + size <= offset:
            before.append(token)
        elif pos >= offset:
            after.append(token)
        elif isinstance(token, str):
            before.append(token[: offset - pos])
            after.append(token[offset - pos :])
        else:
            a, b = _cut(token, offset - pos)
            before.append(a)
            after.append(b)
        pos += size
    _rebuild(left, before)
    _rebuild(right, after)
    return left, right


class _Slot:
    """Where the new span goes among the holder's tokens."""


def mark_sentences(
    xhtml: str, sentences: Sequence[Spoken], *, blocks: int, where: str
) -> tuple[str, list[Marked]]:
    """Put an element with each sentence's id into the chapter ``xhtml``.

    ``blocks``: how many blocks the chapter holds (the writer makes one element each, after
    the title block of the first chapter and before the notes). Returns the new XHTML and
    where each sentence went, in order.
    """
    at = xhtml.find("<html")
    prologue, markup = (xhtml[:at], xhtml[at:]) if at >= 0 else (_PROLOGUE, xhtml)
    try:
        root = ET.fromstring(markup)
    except ET.ParseError as exc:
        raise RenderError(f"{where}: the XHTML could not be read back: {exc}") from exc
    _local_names(root)
    marks = mark_tree(root, sentences, blocks=blocks, where=where)
    text = ET.tostring(root, encoding="unicode", method="xml")
    return prologue + text + "\n", marks


def mark_tree(
    root: ET.Element, sentences: Sequence[Spoken], *, blocks: int, where: str
) -> list[Marked]:
    """:func:`mark_sentences` on the shared writer's element tree (plain names: ``p``,
    ``epub:type``), in place; the web page's read-aloud mode uses it before serialising."""
    main = root.find(".//main")
    if main is None:
        raise RenderError(f"{where}: the XHTML has no <main> to narrate.")
    children = list(main)
    notes = (
        children.pop() if children and "footnotes" in (children[-1].get("class") or "") else None
    )
    title = children[: len(children) - blocks]
    parts = children[len(children) - blocks :]
    page = _Page(main)
    marker = _Marker(page)
    cursor = {"main": 0, "notes": page.range[notes][0] if notes is not None else 0}
    if notes is not None:
        ol = notes.find("ol")
        if ol is not None:
            cursor["notes"] = page.range[ol][0]
    marks: list[Marked] = []
    rows: dict[str, ET.Element] = {}
    for sentence in sentences:
        if sentence.id in marker.used:
            raise RenderError(
                f"{where}: the id {sentence.id!r} of a spoken sentence is already used in the "
                "text. Rename the heading id that clashes with it."
            )
        lane = "notes" if sentence.kind == "footnote" and notes is not None else "main"
        if lane == "notes" and notes is not None:
            scope = notes
        elif sentence.block is None and sentence.kind == "kicker":  # the line above the title
            scope = next((e for e in title if "kicker" in (e.get("class") or "")), main)
        elif sentence.block is None:
            scope = next((e for e in title if e.tag == "h1"), main)
        elif 0 <= sentence.block < len(parts):
            scope = parts[sentence.block]
        else:
            scope = main
        lo, hi = page.range[scope]
        start = max(lo, cursor[lane])
        exact = True
        element: ET.Element | None = None
        row: ET.Element | None = None
        if sentence.kind == "row":
            utterance = sentence.id.rpartition("-")[0]
            row = rows.get(utterance)
            if row is None:
                row = _next_row(page, start, scope)
            if row is not None:
                rows[utterance] = row
                lo, hi = page.range[row]
                start = max(lo, start)
        # An image description is not in the text: it marks the image itself.
        readable = start < hi and sentence.kind != "image"
        found = (
            _find(sentence.text, page.text, start, hi, lead=sentence.kind != "label")
            if readable
            else None
        )
        if found is not None:
            element = marker.span(found[0], found[1], sentence.id)
            if element is None:
                holder = marker._holder(*found)
                if marker.set_id(holder, sentence.id):
                    element = holder
            if element is not None:
                cursor[lane] = max(cursor[lane], found[1])
        if element is None:
            exact = False
            found_anchor = page.after(start, scope, _ANCHORS)
            anchor = scope if found_anchor is None else found_anchor
            if sentence.kind == "row" and row is not None:
                anchor = row
            if anchor is not page.main and marker.set_id(anchor, sentence.id):
                element = anchor
            else:
                element = marker.empty(scope if scope is not page.main else main, sentence.id)
            if anchor.tag != "table":
                cursor[lane] = max(cursor[lane], page.range[anchor][0])
            if anchor.tag == "img" or sentence.kind == "row":
                cursor[lane] = max(cursor[lane], page.range[anchor][1])
        marker.used.add(sentence.id)
        marks.append(
            Marked(id=sentence.id, structure=_structure(page, element, marker), exact=exact)
        )
    return marks


def _local_names(root: ET.Element) -> None:
    """Back to the writer's plain names (``p``, ``epub:type``), so that ElementTree writes the
    XHTML as the writer did: namespaces declared once on ``<html>``, no ``ns0:`` prefixes."""
    for el in root.iter():
        el.tag = el.tag.rpartition("}")[2]
        for key in [k for k in el.attrib if k.startswith(f"{{{OPS}}}")]:
            el.set("epub:" + key.rpartition("}")[2], el.attrib.pop(key))
    root.set("xmlns", XHTML)
    root.set("xmlns:epub", OPS)


def _next_row(page: _Page, pos: int, scope: ET.Element) -> ET.Element | None:
    """The first body row of a table in ``scope`` that starts at or after ``pos``."""
    lo, hi = page.range[scope]
    for el in page.order:
        start = page.range[el][0]
        if (
            el.tag == "tr"
            and max(lo, pos) <= start <= hi
            and page.parent[el].tag != "thead"
            and scope in page.ancestors(el)
        ):
            return el
    return None


def _structure(page: _Page, element: ET.Element, marker: _Marker) -> tuple[str, str] | None:
    """The skippable or escapable structure (table, note) the element is part of."""
    for el in page.ancestors(element):
        if el.tag == "table":
            if not el.get("id"):
                ident = f"table-{len(marker.used)}"
                while ident in marker.used:
                    ident += "x"
                el.set("id", ident)
                marker.used.add(ident)
            return el.get("id", ""), "table"
        if el.tag == "li" and el.get("epub:type") == "endnote":
            return el.get("id", ""), "endnote"
    return None


# -- SMIL ------------------------------------------------------------------------------------


def write_smil(
    *, chapter: str, audio: str, clips: Sequence[Clip], marks: Sequence[Marked]
) -> bytes:
    """The media overlay of one content document: a ``<par>`` per sentence, in reading order;
    the sentences of a table or a note grouped in a ``<seq>`` that readers can skip or escape."""
    smil = ET.Element("smil", {"xmlns": SMIL, "xmlns:epub": OPS, "version": "3.0"})
    body = ET.SubElement(smil, "body", {"epub:textref": chapter})
    group: ET.Element | None = None
    current: tuple[str, str] | None = None
    for number, (clip, mark) in enumerate(zip(clips, marks, strict=True), start=1):
        if mark.structure != current:
            current = mark.structure
            group = None
            if current is not None:
                group = ET.SubElement(
                    body,
                    "seq",
                    {
                        "id": f"seq-{number}",
                        "epub:textref": f"{chapter}#{current[0]}",
                        "epub:type": current[1],
                    },
                )
        par = ET.SubElement(group if group is not None else body, "par", {"id": f"par-{clip.id}"})
        ET.SubElement(par, "text", {"src": f"{chapter}#{mark.id}"})
        ET.SubElement(
            par,
            "audio",
            {"src": audio, "clipBegin": f"{clip.begin:.3f}s", "clipEnd": f"{clip.end:.3f}s"},
        )
    ET.indent(smil)
    text = ET.tostring(smil, encoding="unicode", method="xml")
    return ('<?xml version="1.0" encoding="utf-8"?>\n' + text + "\n").encode("utf-8")
