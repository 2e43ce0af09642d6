"""A narrow hook into WeasyPrint 70's tagging, so that everything the model knows reaches
the tag tree.

:func:`_build_box_tree` wraps ``weasyprint.pdf.tags._build_box_tree`` (recursive through its
module global, so the wrapper sees every box). It is active only inside :func:`tagging` (a
context variable), so other users of WeasyPrint in the same process are not affected. It
records which HTML element made each structure element (for :mod:`pdf_finish`) and fixes
single elements: ``abbr`` → ``Span`` with ``/E``; ``lang`` → ``/Lang``; ``figure`` → ``Div``
grouping ``Figure`` and ``Caption``; ``th scope`` → ``/Scope``; lists get ``ListNumbering``;
``pre``/``code`` → ``P``/``Code``; notes → ``Note`` with ``/ID`` (``Aside`` in PDF 2.0); each
footnote (an ``li`` of the footnote section) → ``Note`` with its HTML ``id`` as ``/ID`` (PDF 2.0:
``FENote``, ``/NoteType /Endnote``), its list is dissolved by :mod:`pdf_finish`; link
``/Contents`` = the link text; the extra annotation of an image inside a link is removed;
decorative images are left out of the tree (their content becomes an artifact).

Pinned to WeasyPrint 70.0 (``pubkit-a11y[pdf]``); ``tests/renderers/test_pdf.py`` proves each repair.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

import pydyf  # type: ignore[import-untyped]  # no type hints; pinned through WeasyPrint
from weasyprint.formatting_structure import boxes
from weasyprint.pdf import tags as wp_tags

from pubkit.errors import MissingDependency

#: WeasyPrint releases whose private tag builder this module has been tested against
#: (tests/renderers/test_pdf.py proves every repair on them). Any other release is refused
#: here, loudly, instead of producing PDFs whose tag tree nobody has checked.
TESTED_WEASYPRINT = ("70.",)


def _require_tested(found: str) -> None:
    if not found.startswith(TESTED_WEASYPRINT):
        raise MissingDependency(
            f"pubkit's PDF tagging repairs are tested with WeasyPrint "
            f"{', '.join(v + 'x' for v in TESTED_WEASYPRINT)}; WeasyPrint {found} is installed. "
            'Install a tested release: pip install "weasyprint>=70.0,<71"'
        )


def _installed_weasyprint() -> str:
    from weasyprint import __version__

    return str(__version__)


_require_tested(_installed_weasyprint())

__all__ = ["TagState", "install", "is_struct", "resolve", "tagging"]

# WeasyPrint and pydyf are untyped; their objects are Any here and nowhere else.
_Obj = Any

_ORIGINAL = wp_tags._build_box_tree
_STATE: ContextVar[TagState | None] = ContextVar("pubkit_pdf_tags", default=None)
_SPACE = re.compile(r"\s+")
_SCOPES = {"col": "/Column", "row": "/Row", "colgroup": "/Column", "rowgroup": "/Row"}

_HEADINGS = frozenset(f"/H{n}" for n in range(1, 7))


@dataclass
class TagState:
    """What the hook learns while WeasyPrint builds the tag tree of one document."""

    pdf2: bool = False
    """PDF 2.0 (PDF/UA-2): notes become ``Aside``."""
    origin: dict[int, tuple[_Obj, str]] = field(default_factory=dict)
    """Structure element number → (HTML element, element tag) it was made for."""
    artifact_kinds: dict[tuple[int, int], str] = field(default_factory=dict)
    """(page index, MCID) → ``Header``/``Footer`` (running heads) or ``Layout`` (decoration)."""
    by_id: dict[str, bytes] = field(default_factory=dict)
    """HTML ``id`` → the structure element made for it (targets of structure destinations)."""
    headings: list[bytes] = field(default_factory=list)
    """Heading elements in document order (the outline items point at them)."""
    margin_depth: int = 0
    notes: int = 0
    footnote_section: _Obj = None
    """The ``section.footnotes`` HTML element, once the hook has met it."""
    footnote_list: _Obj = None
    """Its ``ol``: each ``li`` of it is one footnote."""
    note_lists: set[int] = field(default_factory=set)
    """Structure elements (``L``) made for the footnote ``ol``: dissolved by the finisher."""
    note_refs: list[tuple[bytes, str]] = field(default_factory=list)
    """(``Link`` element of a footnote reference, ``id`` of its note): PDF 2.0 ``/Ref``."""


@contextmanager
def tagging(state: TagState) -> Iterator[TagState]:
    """Activate the hook for the code inside the ``with`` block (this thread/context only)."""
    token = _STATE.set(state)
    try:
        yield state
    finally:
        _STATE.reset(token)


def _text(element: _Obj) -> str:
    """The accessible name of an element: its text, with the alt text of its images."""

    def parts(node: _Obj) -> Iterator[str]:
        if node.tag == "img":
            yield node.get("alt") or ""
        yield node.text or ""
        for child in node:
            yield from parts(child)
            yield child.tail or ""

    return _SPACE.sub(" ", "".join(parts(element))).strip()


def _build_box_tree(
    box: _Obj, parent: _Obj, pdf: _Obj, page_number: int, nums: _Obj, annotations: _Obj, tags: _Obj
) -> Iterator[_Obj]:
    state = _STATE.get()
    args = (parent, pdf, page_number, nums, annotations, tags)
    if state is None:
        yield from _ORIGINAL(box, *args)
        return
    if isinstance(box, boxes.MarginBox):
        before = set(nums)
        state.margin_depth += 1
        try:
            yield from _ORIGINAL(box, *args)
        finally:
            state.margin_depth -= 1
        kind = "Header" if box.at_keyword.startswith("@top") else "Footer"
        for mcid in set(nums) - before:
            state.artifact_kinds[page_number, mcid] = kind
        return
    real: _Obj = getattr(box, "_box", box)  # AbsolutePlaceholder
    html = real.element
    own = (
        state.margin_depth == 0
        and html is not None
        and real.element_tag not in ("html", "body")
        and not isinstance(real, boxes.PageBox)
    )
    if own and real.element_tag == "section" and "footnotes" in _classes(html):
        state.footnote_section = html
    elif own and real.element_tag == "ol" and _child_of(html, state.footnote_section):
        state.footnote_list = html
    decorative = (
        own
        and isinstance(real, boxes.ReplacedBox)
        and html.get("role") == "presentation"
        and html.get("alt") == ""
    )
    if decorative:
        # WeasyPrint would log a missing alt and tag a Figure; keep the image out of the tree.
        html.set("alt", "decorative")
        before = set(nums)
        try:
            for _ in _ORIGINAL(box, *args):
                pass  # built but not linked: finish() turns its content into an artifact
        finally:
            html.set("alt", "")
        for mcid in set(nums) - before:
            state.artifact_kinds[page_number, mcid] = "Layout"
        return
    for element in _ORIGINAL(box, *args):
        if own:
            _adjust(state, real, element, pdf, page_number, annotations)
        yield element


def _classes(html: _Obj) -> list[str]:
    return str(html.get("class") or "").split()


def _child_of(html: _Obj, parent: _Obj) -> bool:
    return parent is not None and any(child is html for child in parent)


def _adjust(
    state: TagState, box: _Obj, element: _Obj, pdf: _Obj, page_number: int, annotations: _Obj
) -> None:
    html = box.element
    tag = box.element_tag
    state.origin[element.number] = (html, tag)
    if "::" in tag:
        return
    ident = html.get("id")
    if ident and ident not in state.by_id:
        state.by_id[ident] = element.reference
    if element["S"] in _HEADINGS and not any(
        state.origin[int(r.split()[0])][0] is html for r in state.headings
    ):
        state.headings.append(element.reference)
    lang = html.get("lang")
    if lang:
        element["Lang"] = pydyf.String(lang)
    if tag == "ol" and element["S"] == "/L" and html is state.footnote_list:
        state.note_lists.add(element.number)
    if tag == "a" and "footnote-ref" in _classes(html) and box.link_annotation is not None:
        state.note_refs.append((element.reference, str(html.get("href", "")).lstrip("#")))
    if tag == "li" and ident and element["S"] == "/LI" and _child_of(html, state.footnote_list):
        _footnote(state, pdf, element, ident)
    elif tag == "abbr" and html.get("title"):
        element["S"] = "/Span"
        element["E"] = pydyf.String(html.get("title"))
    elif tag == "figure":
        element["S"] = "/Div"
        if state.pdf2:
            _caption_inside(pdf, element)
    elif tag == "th" and element["S"] == "/TH" and html.get("scope") in _SCOPES:
        element["A"]["Scope"] = _SCOPES[html.get("scope")]
    elif tag == "pre":
        element["S"] = "/P"
    elif tag == "code":
        element["S"] = "/Code"
    elif tag in ("ul", "ol") and element["S"] == "/L":
        numbering = "/Decimal" if tag == "ol" else "/Disc"
        element["A"] = pydyf.Dictionary({"O": "/List", "ListNumbering": numbering})
    elif tag == "div" and html.get("role") == "note" and element["S"] == "/Div":
        if state.pdf2:
            element["S"] = "/Aside"  # a PDF 2.0 type: needs the 2.0 namespace
            root = pdf.objects[int(pdf.catalog["StructTreeRoot"].split()[0])]
            element["NS"] = root["Namespaces"][0]
        else:
            state.notes += 1
            element["S"] = "/Note"
            element["ID"] = pydyf.String(f"note-{state.notes}")
    elif tag == "a" and box.link_annotation is not None:
        name = html.get("aria-label") or _text(html) or html.get("title") or ""
        if name:
            box.link_annotation["Contents"] = pydyf.String(name)
    elif element["S"] == "/Figure" and box.link_annotation is not None:  # an <img> in an <a>
        _drop_image_link(state, box, element, pdf, page_number, annotations)


def _footnote(state: TagState, pdf: _Obj, element: _Obj, ident: str) -> None:
    """One footnote: ``LI`` → ``Note`` (PDF 2.0: ``FENote``) holding its ``Lbl`` and body.

    ISO 14289-1 §7.9: every ``Note`` has a unique ``/ID`` (the HTML ``id``, unique in the
    page). PDF/UA-2 §8.2.5.14: no ``Note`` but ``FENote``; ISO 32005 forbids an ``FENote`` in
    ``L`` or ``LI``, so the footnote list is dissolved (:func:`pdf_finish.finish`). The notes
    stand at the end of the document, so their ``NoteType`` is ``Endnote``.
    """
    element["ID"] = pydyf.String(ident)
    if state.pdf2:
        element["S"] = "/FENote"
        root = pdf.objects[int(pdf.catalog["StructTreeRoot"].split()[0])]
        element["NS"] = root["Namespaces"][0]
        element["A"] = pydyf.Dictionary({"O": "/FENote", "NoteType": "/Endnote"})
    else:
        element["S"] = "/Note"
    first = state.by_id.get(ident)  # a note split over pages: its first piece
    if first is None or resolve(pdf, first)["S"] not in ("/Note", "/FENote"):
        state.by_id[ident] = element.reference  # the link's structure destination (PDF 2.0)


def _caption_inside(pdf: _Obj, group: _Obj) -> None:
    """PDF 2.0 (ISO 32005): a ``Caption`` needs a real parent, not the transparent ``Div``.

    ``Div[Figure, Caption]`` becomes ``Div[Figure[…, Caption]]`` (likewise for a quote).
    """
    kids = [k for k in group["K"] if is_struct(pdf, k)]
    if len(kids) != 2 or resolve(pdf, kids[1])["S"] != "/Caption":
        return
    owner, caption = resolve(pdf, kids[0]), resolve(pdf, kids[1])
    owner["K"].append(caption.reference)
    caption["P"] = owner.reference
    group["K"] = pydyf.Array(k for k in group["K"] if k != caption.reference)


def _drop_image_link(
    state: TagState, box: _Obj, element: _Obj, pdf: _Obj, page_number: int, annotations: _Obj
) -> None:
    """Remove the second annotation WeasyPrint gives an image inside a link (trap 6).

    The link's own annotation (on the ``a`` box, tagged ``Link``) stays; the image's copy,
    parented to the ``Figure``, is taken out of the page, the tag and the ParentTree list.
    """
    annotation = box.link_annotation
    ref = annotation.reference
    element["K"] = pydyf.Array(
        k for k in element["K"] if not (_is_objr(pdf, k) and resolve(pdf, k)["Obj"] == ref)
    )
    annotations[:] = [(r, a) for (r, a) in annotations if a is not annotation]
    page = pdf.objects[int(pdf.page_references[page_number].split()[0])]
    page["Annots"] = pydyf.Array(r for r in page.get("Annots", ()) if r != ref)
    if not page["Annots"]:
        del page["Annots"]


def resolve(pdf: _Obj, ref: _Obj) -> _Obj:
    if isinstance(ref, bytes) and ref.endswith(b" R"):
        return pdf.objects[int(ref.split()[0])]
    return ref


def is_struct(pdf: _Obj, ref: _Obj) -> bool:
    obj = resolve(pdf, ref)
    return isinstance(obj, dict) and obj.get("Type") == "/StructElem"


def _is_objr(pdf: _Obj, ref: _Obj) -> bool:
    obj = resolve(pdf, ref)
    return isinstance(obj, dict) and obj.get("Type") == "/OBJR"


def install() -> None:
    """Route WeasyPrint's recursive tag builder through :func:`_build_box_tree` (idempotent)."""
    wp_tags._build_box_tree = _build_box_tree
