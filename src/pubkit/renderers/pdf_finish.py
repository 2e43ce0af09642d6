"""The finisher of pubkit's PDFs: repairs to the whole tag tree WeasyPrint 70 built.

Runs as WeasyPrint's public ``finisher`` hook, before the file is written, with what
:mod:`pubkit.renderers.pdf_tags` recorded. It joins the pieces that one HTML element leaves
on several pages into one structure element (a table across pages stays one ``Table``),
drops the table header repeated on later pages, wraps ``LI`` content in ``LBody``, dissolves
the footnote list (its notes join the footnote section), removes elements left empty, turns
every marked content whose element is not in the tree (running heads and page numbers from
``@page`` margin boxes, repeated headers, decorative images) into ``/Artifact``, points
continued cells at the first header cells, writes the ``/IDTree`` (table header cells,
notes), and for PDF/UA-2 adds structure destinations and the ``/Ref`` pairs between
footnote references and their ``FENote``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pydyf  # type: ignore[import-untyped]  # no type hints; pinned through WeasyPrint

from pubkit.renderers.pdf_tags import TagState, is_struct, resolve

__all__ = ["finish"]

_Obj = Any  # pydyf objects (untyped)
_KEEP_EMPTY = frozenset({"/TD", "/TH", "/TR"})  # an empty cell still counts as a column


def finish(state: TagState, pdf: _Obj) -> None:
    """Repair the tag tree WeasyPrint built (see the module docstring)."""
    root = resolve(pdf, pdf.catalog["StructTreeRoot"])
    document = resolve(pdf, root["K"][0])
    replaced: dict[int, bytes] = {}
    id_map: dict[str, str] = {}
    _merge(state, pdf, document, replaced, id_map)
    _tidy(state, pdf, document)
    reachable = _reachable(pdf, document)
    parent_tree = resolve(pdf, root["ParentTree"])
    _rewrite_parent_tree(pdf, parent_tree, replaced, reachable, state)
    _remap_headers(pdf, reachable, id_map)
    _write_id_tree(pdf, root, reachable)
    if state.pdf2:
        _structure_destinations(state, pdf, replaced)
        _note_refs(state, pdf, replaced, reachable)


def _note_refs(state: TagState, pdf: _Obj, replaced: dict[int, bytes], reachable: set[int]) -> None:
    """PDF/UA-2 §8.2.5.14: the element that cites a footnote (its ``Link``) names the
    ``FENote`` in ``/Ref``, and the ``FENote`` names every citing element in its ``/Ref``."""
    for link_ref, ident in state.note_refs:
        target = state.by_id.get(ident)
        if target is None:
            continue
        link = resolve(pdf, replaced.get(int(link_ref.split()[0]), link_ref))
        note = resolve(pdf, replaced.get(int(target.split()[0]), target))
        if note["S"] != "/FENote" or not {link.number, note.number} <= reachable:
            continue
        link.setdefault("Ref", pydyf.Array()).append(note.reference)
        note.setdefault("Ref", pydyf.Array()).append(link.reference)


def _structure_destinations(state: TagState, pdf: _Obj, replaced: dict[int, bytes]) -> None:
    """PDF/UA-2 §8.8: links and outline items inside the document point at structure
    elements (``/SD``), not only at a page position."""

    def final(ref: bytes) -> bytes:
        return replaced.get(int(ref.split()[0]), ref)

    names = pdf.catalog.get("Names")
    dests = names.get("Dests") if isinstance(names, dict) else None
    table = dests["Names"] if isinstance(dests, dict) else []
    positions = {table[i].string: table[i + 1] for i in range(0, len(table), 2)}
    outlines = [o for o in pdf.objects if isinstance(o, dict) and "Title" in o and "Dest" in o]
    for outline, heading in zip(outlines, state.headings, strict=False):
        dest = outline.pop("Dest")
        sd = pydyf.Array([final(heading), *dest[1:]])
        outline["A"] = pydyf.Dictionary({"S": "/GoTo", "D": dest, "SD": sd})
    for obj in pdf.objects:
        if not (isinstance(obj, dict) and obj.get("Subtype") == "/Link" and "Dest" in obj):
            continue
        name = obj["Dest"].string
        target, dest = state.by_id.get(name), positions.get(name)
        if target is None or dest is None:
            continue
        del obj["Dest"]
        sd = pydyf.Array([final(target), *dest[1:]])
        obj["A"] = pydyf.Dictionary({"S": "/GoTo", "D": dest, "SD": sd})


def _twins(state: TagState, a: _Obj, b: _Obj) -> bool:
    oa, ob = state.origin.get(a.number), state.origin.get(b.number)
    return (
        oa is not None and ob is not None and oa[0] is ob[0] and oa[1] == ob[1] and a["S"] == b["S"]
    )


def _merge(
    state: TagState, pdf: _Obj, element: _Obj, replaced: dict[int, bytes], id_map: dict[str, str]
) -> None:
    """Join an element's pieces from several pages; drop repeated table headers."""
    kept: list[_Obj] = []
    heads: list[_Obj] = []
    last: _Obj = None
    for ref in element["K"]:
        if not is_struct(pdf, ref):
            kept.append(ref)
            last = None
            continue
        kid = resolve(pdf, ref)
        if kid["S"] == "/THead":
            first = next((h for h in heads if _twins(state, h, kid)), None)
            if first is not None:  # repeated on a later page: pagination, not content
                _map_ids(state, pdf, first, kid, id_map)
                continue
            heads.append(kid)
        if last is not None and _twins(state, last, kid):
            _absorb(pdf, last, kid, replaced)
            continue
        kept.append(ref)
        last = kid
    element["K"] = pydyf.Array(kept)
    for ref in kept:
        if is_struct(pdf, ref):
            _merge(state, pdf, resolve(pdf, ref), replaced, id_map)


def _tidy(state: TagState, pdf: _Obj, element: _Obj) -> bool:
    """Drop elements left empty (a decorative image's figure, not table cells); wrap ``LI`` content in
    ``LBody`` (ISO 32000-1 Table 336: ``LI`` holds only ``Lbl`` and ``LBody``); put the notes
    of the footnote list in its place.

    Returns whether ``element`` still has content.
    """
    kept = pydyf.Array()
    for ref in element["K"]:
        if not is_struct(pdf, ref):
            kept.append(ref)
            continue
        kid = resolve(pdf, ref)
        if not _tidy(state, pdf, kid):
            continue
        if kid.number in state.note_lists:
            kept.extend(_dissolve(state, pdf, element, kid))
        else:
            kept.append(ref)
    if element["S"] == "/LI":
        kept = _wrap_list_body(pdf, element, kept)
    elif element["S"] == "/L":
        kept = _nest_sublists(pdf, kept)
    element["K"] = kept
    return bool(kept) or element["S"] in _KEEP_EMPTY


def _nest_sublists(pdf: _Obj, kids: _Obj) -> _Obj:
    """A list inside a list item goes back into that item's ``LBody``.

    WeasyPrint hangs a nested list on the outer ``L``, after its item (HTML nests it in the
    ``li``); ISO 32000-1 Table 336 allows only ``LI`` (and ``Caption``) in an ``L``, so a
    screen reader would announce it as a list of its own, not as the item's sub-list.
    """
    out = pydyf.Array()
    item: _Obj = None
    for ref in kids:
        kid = resolve(pdf, ref) if is_struct(pdf, ref) else None
        if kid is not None and kid["S"] == "/LI":
            item = kid
        elif kid is not None and kid["S"] == "/L" and item is not None:
            bodies = [resolve(pdf, r) for r in item["K"] if is_struct(pdf, r)]
            body = next((b for b in reversed(bodies) if b["S"] == "/LBody"), None)
            if body is None:
                item["K"] = _wrap_list_body(pdf, item, pydyf.Array([*item["K"], ref]))
            else:
                kid["P"] = body.reference
                body["K"].append(ref)
            continue
        out.append(ref)
    return out


def _dissolve(state: TagState, pdf: _Obj, parent: _Obj, notes: _Obj) -> list[_Obj]:
    """The footnote ``L``: its notes become children of ``parent`` (the footnote ``Sect``).

    A list inside a footnote is hung by WeasyPrint on the outer list, after the item (HTML
    nests it in the ``li``); it goes back into its note, where it stands in the HTML.
    """
    out: list[_Obj] = []
    note: _Obj = None
    for ref in notes["K"]:
        kid = resolve(pdf, ref) if is_struct(pdf, ref) else None
        if kid is not None and kid["S"] in ("/Note", "/FENote"):
            note = kid
            kid["P"] = parent.reference
            out.append(ref)
        elif note is not None and kid is not None:
            kid["P"] = note.reference
            note["K"].insert(_html_position(state, pdf, note, kid), ref)
        else:  # nothing else is expected; keep it rather than lose content
            if kid is not None:
                kid["P"] = parent.reference
            out.append(ref)
    return out


def _html_position(state: TagState, pdf: _Obj, note: _Obj, kid: _Obj) -> int:
    """Where ``kid`` goes among the children of ``note``: before the first one whose HTML
    element comes after ``kid``'s in the note's ``li``."""
    li = state.origin.get(note.number, (None, ""))[0]
    order = {id(child): i for i, child in enumerate(li if li is not None else ())}
    mine = order.get(id(state.origin.get(kid.number, (None, ""))[0]))
    if mine is None:
        return len(note["K"])
    for index, ref in enumerate(note["K"]):
        if is_struct(pdf, ref):
            theirs = order.get(id(state.origin.get(resolve(pdf, ref).number, (None, ""))[0]))
            if theirs is not None and theirs > mine:
                return index
    return len(note["K"])


def _wrap_list_body(pdf: _Obj, item: _Obj, kids: _Obj) -> _Obj:
    out = pydyf.Array()
    body: _Obj = None
    for ref in kids:
        kind = resolve(pdf, ref)["S"] if is_struct(pdf, ref) else None
        if kind in ("/Lbl", "/LBody"):
            out.append(ref)
            body = None
            continue
        if body is None:
            body = pydyf.Dictionary(
                {"Type": "/StructElem", "S": "/LBody", "K": pydyf.Array(), "P": item.reference}
            )
            if "Pg" in item:
                body["Pg"] = item["Pg"]
            pdf.add_object(body)
            out.append(body.reference)
        if isinstance(ref, int) and "Pg" in item:
            ref = pydyf.Dictionary({"Type": "/MCR", "Pg": item["Pg"], "MCID": ref})
        elif is_struct(pdf, ref):
            resolve(pdf, ref)["P"] = body.reference
        body["K"].append(ref)
    return out


def _absorb(pdf: _Obj, into: _Obj, piece: _Obj, replaced: dict[int, bytes]) -> None:
    for ref in piece["K"]:
        if isinstance(ref, int):  # an MCID on the piece's page
            if piece["Pg"] != into["Pg"]:
                ref = pydyf.Dictionary({"Type": "/MCR", "Pg": piece["Pg"], "MCID": ref})
        elif is_struct(pdf, ref):
            resolve(pdf, ref)["P"] = into.reference
        into["K"].append(ref)
    replaced[piece.number] = into.reference
    for number, ref in list(replaced.items()):  # chains: a piece absorbed into a piece
        if ref == piece.reference:
            replaced[number] = into.reference


def _cells(pdf: _Obj, element: _Obj, kind: str) -> Iterator[_Obj]:
    for ref in element["K"]:
        if is_struct(pdf, ref):
            kid = resolve(pdf, ref)
            if kid["S"] == kind:
                yield kid
            yield from _cells(pdf, kid, kind)


def _map_ids(state: TagState, pdf: _Obj, first: _Obj, repeat: _Obj, id_map: dict[str, str]) -> None:
    originals = {state.origin[c.number][0]: c for c in _cells(pdf, first, "/TH")}
    for cell in _cells(pdf, repeat, "/TH"):
        twin = originals.get(state.origin[cell.number][0])
        if twin is not None and "ID" in cell and "ID" in twin:
            id_map[cell["ID"].string] = twin["ID"].string


def _reachable(pdf: _Obj, document: _Obj) -> set[int]:
    found = {document.number}
    stack = [document]
    while stack:
        for ref in stack.pop()["K"]:
            if is_struct(pdf, ref):
                kid = resolve(pdf, ref)
                if kid.number not in found:
                    found.add(kid.number)
                    stack.append(kid)
    return found


def _rewrite_parent_tree(
    pdf: _Obj, parent_tree: _Obj, replaced: dict[int, bytes], reachable: set[int], state: TagState
) -> None:
    """Point MCIDs at the joined elements; make content outside the tree an artifact."""
    nums = parent_tree["Nums"]
    n_pages = len(pdf.page_references)
    for i in range(0, len(nums), 2):
        key, value = nums[i], nums[i + 1]
        if key >= n_pages:  # an annotation's StructParent
            number = int(value.split()[0])
            nums[i + 1] = replaced.get(number, value)
            continue
        artifacts: dict[int, str] = {}
        for mcid, ref in enumerate(value):
            number = int(ref.split()[0])
            if number in replaced:
                value[mcid] = replaced[number]
            elif number not in reachable:
                value[mcid] = b"null"
                artifacts[mcid] = state.artifact_kinds.get((key, mcid), "")
        if artifacts:
            page = pdf.objects[int(pdf.page_references[key].split()[0])]
            _mark_artifacts(resolve(pdf, page["Contents"]), artifacts)


def _mark_artifacts(stream: _Obj, artifacts: dict[int, str]) -> None:
    """Re-mark ``/Span <</MCID n>> BDC`` as ``/Artifact <</Type /Pagination ...>> BDC``."""
    ops = stream.stream
    for i, op in enumerate(ops):
        if isinstance(op, dict) and op.get("MCID") in artifacts and i and ops[i + 1] == b"BDC":
            kind = artifacts[op["MCID"]]
            ops[i - 1] = "/Artifact"
            if kind == "Layout":  # a decorative image
                ops[i] = pydyf.Dictionary({"Type": "/Layout"})
            else:  # running heads, page numbers, repeated table headers
                props = {"Type": "/Pagination"}
                if kind:
                    props["Subtype"] = f"/{kind}"
                ops[i] = pydyf.Dictionary(props)


def _remap_headers(pdf: _Obj, reachable: set[int], id_map: dict[str, str]) -> None:
    """Cells of a continued table point at the header cells of the first page."""
    if not id_map:
        return
    for number in reachable:
        attributes = pdf.objects[number].get("A")
        if isinstance(attributes, dict) and "Headers" in attributes:
            attributes["Headers"] = pydyf.Array(
                pydyf.String(id_map.get(h.string, h.string)) for h in attributes["Headers"]
            )


def _write_id_tree(pdf: _Obj, root: _Obj, reachable: set[int]) -> None:
    """ISO 32000-1 §14.7.2: element IDs (TH for /Headers, notes) are found through /IDTree."""
    ids = sorted(
        (pdf.objects[n]["ID"].string, pdf.objects[n].reference)
        for n in reachable
        if "ID" in pdf.objects[n]
    )
    if not ids:
        return
    names = pydyf.Array()
    for key, ref in ids:
        names.extend((pydyf.String(key), ref))
    tree = pydyf.Dictionary({"Names": names})
    pdf.add_object(tree)
    root["IDTree"] = tree.reference
