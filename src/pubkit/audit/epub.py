"""pubkit's own checks of a finished EPUB 3 (stdlib only: zipfile and ElementTree).

=======  ========  ===============================================================
rule     severity  what
=======  ========  ===============================================================
EPB000   error     not a readable EPUB (no container, no package document)
EPB001   error     no ``dc:language`` in the package document
EPB002   error     accessibility metadata missing: ``schema:accessMode``,
                   ``schema:accessibilityFeature``, ``schema:accessibilityHazard``;
                   warning: no ``schema:accessibilitySummary``
EPB003   error     no navigation document with a ``toc`` nav
EPB004   warning   no ``landmarks`` nav in the navigation document
HTM…     …         the HTML rules on every XHTML content document (no ``<main>`` rule)
=======  ========  ===============================================================
"""

from __future__ import annotations

import posixpath
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

from pubkit.audit.findings import Finding, Severity
from pubkit.audit.html import check_markup
from pubkit.i18n import _, document_language, speaking

__all__ = ["check_epub"]

_TOOL = "pubkit"
_OPF = "{http://www.idpf.org/2007/opf}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_XHTML = "{http://www.w3.org/1999/xhtml}"
_EPUB_TYPE = "{http://www.idpf.org/2007/ops}type"
_CONTAINER = "{urn:oasis:names:tc:opendocument:xmlns:container}"
_MAX_MEMBER = 50 * 1024 * 1024  # a content document larger than this is not read


def check_epub(path: Path) -> list[Finding]:
    """pubkit's findings for one EPUB file."""
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
        book = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        add(
            "EPB000",
            "error",
            _("The file cannot be read as an EPUB (ZIP): {error}").format(error=exc),
        )
        return found
    with book, speaking(document_language(_language(book))):  # the book's dc:language
        try:
            container = ET.fromstring(book.read("META-INF/container.xml"))
            rootfile = container.find(f".//{_CONTAINER}rootfile")
            opf_name = rootfile.get("full-path", "") if rootfile is not None else ""
            package = ET.fromstring(book.read(opf_name))
        except (KeyError, ET.ParseError) as exc:
            add(
                "EPB000",
                "error",
                _("The EPUB has no readable package document: {error}").format(error=exc),
            )
            return found
        metadata = package.find(f"{_OPF}metadata")
        meta = metadata if metadata is not None else ET.Element("metadata")
        if not "".join(e.text or "" for e in meta.iter(f"{_DC}language")).strip():
            add(
                "EPB001",
                "error",
                _("The package has no dc:language; reading systems cannot pick a voice."),
            )
        properties = {
            (e.get("property") or ""): (e.text or "").strip() for e in meta.iter(f"{_OPF}meta")
        }
        for name in ("accessMode", "accessibilityFeature", "accessibilityHazard"):
            if not properties.get(f"schema:{name}"):
                add(
                    "EPB002", "error",
                    _("The package has no schema:{name} (EPUB Accessibility 1.1 discoverability "
                      "metadata); readers cannot tell whether the book suits them.").format(name=name),
                    opf_name,
                )  # fmt: skip
        if not properties.get("schema:accessibilitySummary"):
            add("EPB002", "warning", _("The package has no schema:accessibilitySummary."), opf_name)
        base = posixpath.dirname(opf_name)
        nav_found = toc_found = landmarks_found = False
        manifest = package.find(f"{_OPF}manifest")
        for item in manifest.iter(f"{_OPF}item") if manifest is not None else []:
            if item.get("media-type") != "application/xhtml+xml":
                continue
            member = posixpath.normpath(posixpath.join(base, item.get("href", "")))
            try:
                info = book.getinfo(member)
                if info.file_size > _MAX_MEMBER:
                    continue
                text = book.read(member).decode("utf-8", errors="replace")
            except KeyError:
                add(
                    "EPB000",
                    "error",
                    _("The manifest lists {member}, which is not in the file.").format(
                        member=member
                    ),
                )
                continue
            found.extend(check_markup(text, file=file, page=False, where=member))
            if "nav" in (item.get("properties") or "").split():
                nav_found = True
                try:
                    tree = ET.fromstring(text)
                except ET.ParseError:
                    continue
                kinds = {n.get(_EPUB_TYPE, "") for n in tree.iter(f"{_XHTML}nav")}
                toc_found = "toc" in kinds
                landmarks_found = "landmarks" in kinds
        if not (nav_found and toc_found):
            add(
                "EPB003",
                "error",
                _("The EPUB has no navigation document with a table of contents."),
            )
        elif not landmarks_found:
            add("EPB004", "warning", _("The navigation document has no landmarks nav."))
    return found


def _language(book: zipfile.ZipFile) -> str | None:
    """The book's first dc:language, or None when the package cannot be read."""
    try:
        container = ET.fromstring(book.read("META-INF/container.xml"))
        rootfile = container.find(f".//{_CONTAINER}rootfile")
        package = ET.fromstring(
            book.read(rootfile.get("full-path", "") if rootfile is not None else "")
        )
    except (KeyError, ET.ParseError):
        return None
    return next((e.text for e in package.iter(f"{_DC}language") if (e.text or "").strip()), None)
