"""pubkit's own checks of a finished PDF (any PDF, not only pubkit's), with pikepdf.

They answer, without Java, the machine-checkable questions of PDF/UA that a reader meets
first: is the file tagged, in which language, does it show its title, do figures have
alternative text, do headings start at H1 without skipping, do table headers have a
scope, are fonts embedded with Unicode maps, does any text use the missing-glyph box
(``.notdef``), are links tagged and described. veraPDF checks far more; these rules are
what a machine without veraPDF still gets, and they name the page.

=======  ========  ===============================================================
rule     severity  what
=======  ========  ===============================================================
PDF001   error     not tagged (no ``/MarkInfo /Marked true`` or no structure tree)
PDF002   error     no document language (``/Lang`` in the catalog)
PDF003   error     title not set or not shown (XMP ``dc:title``, ``DisplayDocTitle``)
PDF004   warning   no PDF/UA claim (``pdfuaid:part`` in the XMP metadata)
PDF005   error     a ``Figure`` without ``/Alt`` or ``/ActualText``
PDF006   error     headings do not start at H1 or skip a level
PDF007   error     a table header cell (``TH``) without ``/Scope``
PDF008   error     a font not embedded, or without a Unicode map
PDF009   error     text drawn with the missing glyph (``.notdef``): a character has no glyph
PDF010   error     a link annotation without ``/Contents`` or not in the structure tree
PDF011   warning   a list (``L``) whose children are not ``LI`` (or ``Caption``)
=======  ========  ===============================================================
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pubkit.audit.findings import Finding, Severity
from pubkit.errors import MissingDependency
from pubkit.i18n import _, document_language, ngettext, speaking

__all__ = ["check_pdf"]

_TOOL = "pubkit"
_MAX_ELEMENTS = 200_000  # a structure tree larger than this is walked no further


def check_pdf(path: Path) -> list[Finding]:
    """pubkit's findings for one PDF file."""
    try:
        import pikepdf
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        raise MissingDependency(
            _("Checking PDF files needs pikepdf: {fix}").format(
                fix='pip install "pubkit-a11y[pdf]"'
            )
        ) from exc
    file = str(path)
    found: list[Finding] = []

    def add(rule: str, severity: Severity, message: str, location: str = "") -> None:
        found.append(
            Finding(
                file=file, rule=rule, severity=severity, message=message, tool=_TOOL,
                location=location,
            )
        )  # fmt: skip

    try:
        pdf: Any = pikepdf.open(path)
    except (pikepdf.PdfError, OSError, ValueError) as exc:
        add("PDF000", "error", _("The file cannot be read as a PDF: {error}").format(error=exc))
        return found
    # the messages speak the PDF's own language (/Lang) unless --lang chose one
    with pdf, speaking(document_language(str(pdf.Root.get("/Lang", "")).strip())):
        root: Any = pdf.Root
        pages: dict[tuple[int, int], int] = {
            page.objgen: number for number, page in enumerate(pdf.pages, start=1)
        }
        marked = bool(root.get("/MarkInfo", {}).get("/Marked", False))
        tree = root.get("/StructTreeRoot")
        if not marked or tree is None:
            add(
                "PDF001", "error",
                _("The PDF is not tagged, so screen readers get no structure. Export it as a "
                  "tagged PDF (PDF/UA); pubkit's PDFs are tagged."),
            )  # fmt: skip
        lang = str(root.get("/Lang", "")).strip()
        if not lang:
            add(
                "PDF002", "error",
                _("The document language (/Lang) is not set; screen readers will guess the "
                  "voice. Set the language when exporting (lang in the front matter)."),
            )  # fmt: skip
        _check_metadata(pdf, add)
        if tree is not None:
            _check_structure(tree, pages, add)
        _check_fonts_and_glyphs(pdf, add)
        _check_links(pdf, add)
    return found


def _check_metadata(pdf: Any, add: Any) -> None:
    title = ""
    part = ""
    try:
        meta = pdf.open_metadata()
        title = str(meta.get("dc:title", "") or "").strip()
        part = str(meta.get("pdfuaid:part", "") or "").strip()
    except Exception:
        title = ""
    shown = bool(pdf.Root.get("/ViewerPreferences", {}).get("/DisplayDocTitle", False))
    if not title:
        add(
            "PDF003", "error",
            _("The XMP metadata has no title (dc:title). Give the document a title."),
        )  # fmt: skip
    elif not shown:
        add(
            "PDF003", "error",
            _("The title is set but not shown: /ViewerPreferences /DisplayDocTitle is not true, "
              "so viewers show the file name instead."),
        )  # fmt: skip
    if not part:
        add(
            "PDF004", "warning",
            _("The file does not claim PDF/UA (no pdfuaid:part in its XMP metadata)."),
        )  # fmt: skip


def _resolve_role(name: object, role_map: Any) -> str:
    """The standard structure type of ``name`` (``/Custom`` → ``P``), without the slash."""
    kind = str(name).lstrip("/")
    seen: set[str] = set()
    while role_map is not None and f"/{kind}" in role_map and kind not in seen:
        seen.add(kind)
        kind = str(role_map[f"/{kind}"]).lstrip("/")
    return kind


def _elements(tree: Any) -> Iterator[tuple[Any, str, Any]]:
    """(element, standard type, parent type) in document order, depth first."""
    import pikepdf

    role_map = tree.get("/RoleMap")
    stack: list[tuple[Any, str]] = [(tree.get("/K"), "StructTreeRoot")]
    count = 0
    while stack and count < _MAX_ELEMENTS:
        node, parent = stack.pop()
        if node is None:
            continue
        if isinstance(node, pikepdf.Array):
            stack.extend((child, parent) for child in reversed(list(node)))
            continue
        if not isinstance(node, pikepdf.Dictionary) or "/S" not in node:
            continue  # an MCID, a marked-content or object reference
        count += 1
        kind = _resolve_role(node.S, role_map)
        yield node, kind, parent
        stack.append((node.get("/K"), kind))


def _page_of(element: Any, pages: dict[tuple[int, int], int]) -> str:
    page = element.get("/Pg")
    if page is not None and page.objgen in pages:
        return _("page {number}").format(number=pages[page.objgen])
    return ""


def _attribute(element: Any, name: str) -> Any:
    import pikepdf

    attrs = element.get("/A")
    if attrs is None:
        return None
    for entry in attrs if isinstance(attrs, pikepdf.Array) else [attrs]:
        if isinstance(entry, pikepdf.Dictionary) and name in entry:
            return entry[name]
    return None


def _check_structure(tree: Any, pages: dict[tuple[int, int], int], add: Any) -> None:
    import pikepdf

    previous_level = 0
    for element, kind, _parent in _elements(tree):
        where = _page_of(element, pages)
        if kind == "Figure" and not (
            str(element.get("/Alt", "")).strip() or str(element.get("/ActualText", "")).strip()
        ):
            add(
                "PDF005", "error",
                _("A figure has no alternative text (/Alt). Describe the image, or mark it "
                  "as an artifact if it is decoration."),
                where,
            )  # fmt: skip
        if len(kind) == 2 and kind[0] == "H" and kind[1] in "123456":
            level = int(kind[1])
            if previous_level == 0 and level != 1:
                add(
                    "PDF006", "error",
                    _("The first heading is H{level}; a document's headings start at H1.").format(level=level), where,
                )  # fmt: skip
            elif previous_level and level > previous_level + 1:
                add(
                    "PDF006", "error",
                    _("Heading level skipped: H{previous} is followed by H{level}.").format(previous=previous_level, level=level), where,
                )  # fmt: skip
            previous_level = level
        if kind == "TH" and _attribute(element, "/Scope") is None and "/ID" not in element:
            add(
                "PDF007", "error",
                _("A table header cell (TH) has no /Scope, so screen readers cannot tell "
                  "whether it heads a row or a column."),
                where,
            )  # fmt: skip
        if kind == "L":
            children = element.get("/K")
            items = children if isinstance(children, pikepdf.Array) else [children]
            wrong = [
                _resolve_role(c.S, tree.get("/RoleMap"))
                for c in items
                if isinstance(c, pikepdf.Dictionary) and "/S" in c
            ]
            bad = sorted({w for w in wrong if w not in ("LI", "Caption")})
            if bad:
                add(
                    "PDF011", "warning",
                    _("A list (L) holds {types} instead of list items (LI).").format(types=", ".join(bad)), where,
                )  # fmt: skip


def _font_problems(font: Any) -> list[str]:
    problems: list[str] = []
    name = str(font.get("/BaseFont", "?")).lstrip("/")
    subtype = str(font.get("/Subtype", ""))
    if subtype == "/Type3":
        return problems  # glyphs are drawn by content streams: always embedded
    descriptor_owner = font
    if subtype == "/Type0":
        descendants = font.get("/DescendantFonts")
        if descendants is None or len(descendants) == 0:
            return [_("font {name} has no descendant font").format(name=name)]
        descriptor_owner = descendants[0]
    descriptor = descriptor_owner.get("/FontDescriptor")
    embedded = descriptor is not None and any(
        key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
    )
    if not embedded:
        problems.append(_("font {name} is not embedded").format(name=name))
    if "/ToUnicode" not in font and subtype == "/Type0":
        problems.append(_("font {name} has no Unicode map (/ToUnicode)").format(name=name))
    return problems


_HEX = r"<([0-9a-fA-F]+)>"
_CIDCHAR = re.compile(_HEX + r"\s+(\d+)")
_CIDRANGE = re.compile(_HEX + r"\s*" + _HEX + r"\s+(\d+)")
_BFCHAR = re.compile(_HEX + r"\s*" + _HEX)


def _block(text: str, name: str) -> Iterator[str]:
    for match in re.finditer(rf"begin{name}(.*?)end{name}", text, re.S):
        yield match.group(1)


class _GlyphMap:
    """Which codes of a Type0 font draw glyph 0 (.notdef), and the text they stand for."""

    def __init__(self, font: Any) -> None:
        import pikepdf

        self.usable = str(font.get("/Subtype", "")) == "/Type0"
        self.code_to_cid: dict[int, int] | None = None  # None: Identity-H
        self.cid_to_gid: bytes | None = None  # None: Identity
        self.unicode: dict[int, str] = {}
        if not self.usable:
            return
        encoding = font.get("/Encoding")
        if isinstance(encoding, pikepdf.Stream):
            text = encoding.read_bytes().decode("latin-1")
            table: dict[int, int] = {}
            for block in _block(text, "cidchar"):
                for code, cid in _CIDCHAR.findall(block):
                    table[int(code, 16)] = int(cid)
            for block in _block(text, "cidrange"):
                for low, high, cid in _CIDRANGE.findall(block):
                    for offset in range(min(int(high, 16) - int(low, 16) + 1, 65536)):
                        table[int(low, 16) + offset] = int(cid) + offset
            self.code_to_cid = table
        elif str(encoding) != "/Identity-H":
            self.usable = False
            return
        descendant = font.DescendantFonts[0]
        mapping = descendant.get("/CIDToGIDMap")
        if isinstance(mapping, pikepdf.Stream):
            self.cid_to_gid = bytes(mapping.read_bytes())
        to_unicode = font.get("/ToUnicode")
        if isinstance(to_unicode, pikepdf.Stream):
            text = to_unicode.read_bytes().decode("latin-1")
            for block in _block(text, "bfchar"):
                for code, utf16 in _BFCHAR.findall(block):
                    raw = bytes.fromhex(utf16)
                    self.unicode[int(code, 16)] = raw.decode("utf-16-be", errors="replace")

    def missing(self, data: bytes) -> list[str]:
        """The characters (or ``?``) whose codes in ``data`` draw glyph 0."""
        found: list[str] = []
        for i in range(0, len(data) - 1, 2):
            code = (data[i] << 8) | data[i + 1]
            cid = code if self.code_to_cid is None else self.code_to_cid.get(code, code)
            if self.cid_to_gid is None:
                gid = cid
            else:
                gid = int.from_bytes(self.cid_to_gid[2 * cid : 2 * cid + 2], "big")
            if gid == 0:
                found.append(self.unicode.get(code, "?"))
        return found


def _strings(operands: list[Any]) -> Iterator[bytes]:
    import pikepdf

    for operand in operands:
        if isinstance(operand, pikepdf.Array):
            yield from (bytes(item) for item in operand if isinstance(item, pikepdf.String))
        elif isinstance(operand, pikepdf.String):
            yield bytes(operand)


def _check_fonts_and_glyphs(pdf: Any, add: Any) -> None:
    import pikepdf

    reported_fonts: set[str] = set()
    for number, page in enumerate(pdf.pages, start=1):
        resources = page.get("/Resources", {})
        fonts = resources.get("/Font", {})
        for font in fonts.values() if isinstance(fonts, pikepdf.Dictionary) else []:
            for problem in _font_problems(font):
                if problem not in reported_fonts:
                    reported_fonts.add(problem)
                    add(
                        "PDF008", "error",
                        _("The {problem}; text may not display or be read out correctly. "
                          "Embed all fonts with Unicode maps.").format(problem=problem),
                        _("page {number}").format(number=number),
                    )  # fmt: skip
        missing: dict[str, Counter[str]] = {}
        maps: dict[str, _GlyphMap] = {}
        current: _GlyphMap | None = None
        current_name = ""
        try:
            instructions: list[Any] = list(pikepdf.parse_content_stream(page))
        except pikepdf.PdfError:
            continue
        for operands, operator in instructions:
            op = str(operator)
            if op == "Tf" and operands and isinstance(fonts, pikepdf.Dictionary):
                key = str(operands[0])
                chosen: Any = fonts.get(key)
                current = None
                if chosen is not None:
                    current = maps.setdefault(key, _GlyphMap(chosen))
                    current_name = str(chosen.get("/BaseFont", "?")).lstrip("/")
            elif op in ("Tj", "TJ", "'", '"') and current is not None and current.usable:
                for data in _strings(list(operands)):
                    for char in current.missing(data):
                        missing.setdefault(current_name, Counter())[char] += 1
        for font_name, chars in missing.items():
            shown = ", ".join(
                f"U+{ord(c[0]):04X} {c!r}" if c != "?" else _("unknown") for c in sorted(chars)
            )
            add(
                "PDF009", "error",
                ngettext(
                    "{count} character is drawn as the missing-glyph box (.notdef) "
                    "in font {font}: {chars}. Use a font that covers every character "
                    "(emoji and symbols need a symbol font), or replace the character.",
                    "{count} characters are drawn as the missing-glyph box (.notdef) "
                    "in font {font}: {chars}. Use a font that covers every character "
                    "(emoji and symbols need a symbol font), or replace the character.",
                    sum(chars.values()),
                ).format(count=sum(chars.values()), font=font_name, chars=shown),
                _("page {number}").format(number=number),
            )  # fmt: skip


def _check_links(pdf: Any, add: Any) -> None:
    for number, page in enumerate(pdf.pages, start=1):
        for annot in page.get("/Annots", []) or []:
            if str(annot.get("/Subtype", "")) != "/Link":
                continue
            if not str(annot.get("/Contents", "")).strip():
                add(
                    "PDF010", "error",
                    _("A link has no description (/Contents) for assistive technology."),
                    _("page {number}").format(number=number),
                )  # fmt: skip
            if "/StructParent" not in annot:
                add(
                    "PDF010", "error",
                    _("A link annotation is not part of the structure tree (no /StructParent), "
                      "so screen readers cannot reach it."),
                    _("page {number}").format(number=number),
                )  # fmt: skip
