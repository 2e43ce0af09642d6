"""pubkit's own checks of a finished HTML page or XHTML content document (stdlib only).

=======  ========  ===============================================================
rule     severity  what
=======  ========  ===============================================================
HTM001   error     no language on ``<html>`` (``lang``)
HTM002   error     no ``<title>`` or an empty one
HTM003   error     no ``<main>`` landmark (pages only, not EPUB content documents)
HTM004   error     an ``<img>`` without ``alt`` (``alt=""`` marks decoration)
HTM005   error     headings skip a level; warning: no ``h1``, or more than one
HTM006   error     a link with no accessible name (no text, alt or aria-label)
=======  ========  ===============================================================
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

from pubkit.audit.findings import Finding, Severity
from pubkit.i18n import _, document_language, speaking

__all__ = ["check_markup"]

_TOOL = "pubkit"
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
         "track", "wbr"}  # fmt: skip


@dataclass
class _Link:
    line: int
    text: list[str] = field(default_factory=list)
    label: str = ""


class _Scanner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lang: str | None = None
        self.title: list[str] | None = None
        self.in_title = False
        self.main = False
        self.images_without_alt: list[tuple[int, str]] = []
        self.headings: list[tuple[int, int]] = []
        self.links: list[_Link] = []
        self.open_links: list[_Link] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name.lower(): (value or "") for name, value in attrs}
        line = self.getpos()[0]
        if tag == "html":
            self.lang = values.get("lang") or values.get("xml:lang") or ""
        elif tag == "title":
            self.in_title = True
            self.title = self.title or []
        elif tag == "main" or values.get("role") == "main":
            self.main = True
        if tag == "img":
            if "alt" not in values and values.get("role") not in ("presentation", "none"):
                self.images_without_alt.append((line, values.get("src", "")[:80]))
            for link in self.open_links:
                link.text.append(values.get("alt", ""))
        if tag in _HEADINGS:
            self.headings.append((_HEADINGS[tag], line))
        if tag == "a" and "href" in values:
            link = _Link(line=line, label=values.get("aria-label", "") or values.get("title", ""))
            self.links.append(link)
            if tag not in _VOID:
                self.open_links.append(link)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag == "a" and self.open_links:
            self.open_links.pop()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif tag == "a" and self.open_links:
            self.open_links.pop()

    def handle_data(self, data: str) -> None:
        if self.in_title and self.title is not None:
            self.title.append(data)
        for link in self.open_links:
            link.text.append(data)


def check_markup(text: str, *, file: str, page: bool = True, where: str = "") -> list[Finding]:
    """Findings for one HTML page (``page=True``) or one EPUB content document.

    ``where`` names the part of a larger file (the XHTML file inside an EPUB). Messages are
    in the page's language (``<html lang>``) unless a language was chosen (``--lang``).
    """
    scanner = _Scanner()
    scanner.feed(text)
    scanner.close()
    with speaking(document_language(scanner.lang)):
        return _findings(scanner, file=file, page=page, where=where)


def _findings(scanner: _Scanner, *, file: str, page: bool, where: str) -> list[Finding]:
    found: list[Finding] = []

    def add(rule: str, severity: Severity, message: str, line: int | None = None) -> None:
        at_line = _("line {line}").format(line=line) if line else ""
        place = ":".join(p for p in (where, at_line) if p)
        found.append(
            Finding(
                file=file, rule=rule, severity=severity, message=message, tool=_TOOL,
                location=place,
            )
        )  # fmt: skip

    if not (scanner.lang or "").strip():
        add("HTM001", "error", _('The page has no language: write <html lang="de"> (or en).'))
    if not "".join(scanner.title or []).strip():
        add("HTM002", "error", _("The page has no title: give it a <title> naming the notice."))
    if page and not scanner.main:
        add(
            "HTM003", "error",
            _("The page has no <main> landmark, so screen-reader users cannot jump to the content."),
        )  # fmt: skip
    for line, src in scanner.images_without_alt:
        add(
            "HTM004", "error",
            _('An image ("{src}") has no alt attribute. Describe it in alt, or write alt="" '
              "if it is decoration.").format(src=src),
            line,
        )  # fmt: skip
    levels = [level for level, _ in scanner.headings]
    if page and levels and levels.count(1) == 0:
        add("HTM005", "warning", _("The page has no h1 heading."))
    elif page and levels.count(1) > 1:
        add(
            "HTM005",
            "warning",
            _("The page has {count} h1 headings; one names the page.").format(
                count=levels.count(1)
            ),
        )
    previous = 0
    for level, line in scanner.headings:
        if previous and level > previous + 1:
            add(
                "HTM005",
                "error",
                _("Heading level skipped: h{previous} is followed by h{level}.").format(
                    previous=previous, level=level
                ),
                line,
            )
        previous = level
    for link in scanner.links:
        if not ("".join(link.text).strip() or link.label.strip()):
            add(
                "HTM006", "error",
                _("A link has no text, so it is announced only as \"link\". Give it words that "
                  "say where it leads."),
                link.line,
            )  # fmt: skip
    return found
