"""One function per rule. Each takes a :class:`Context` and yields :class:`Issue` values.

Rules never change or render the document. Codes are stable; the message says how to fix.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from pubkit.i18n import _
from pubkit.issues import Issue, Severity
from pubkit.model import (
    FRONT_MATTER_KEYS,
    Abbreviation,
    Document,
    Heading,
    Image,
    LanguageSpan,
    Link,
    Table,
)
from pubkit.model.lang import is_language_tag, primary_language
from pubkit.model.walk import Node, inline_text, iter_nodes

__all__ = ["RULES", "Context", "Located"]


@dataclass(frozen=True, slots=True)
class Located:
    """A node with the line of the block it stands in and the section it belongs to."""

    node: Node
    line: int | None
    section: str


@dataclass(frozen=True, slots=True)
class Context:
    document: Document
    nodes: tuple[Located, ...]

    @classmethod
    def of(cls, document: Document) -> Context:
        located: list[Located] = []
        section = ""
        for block in document.blocks:
            if isinstance(block, Heading):
                section = inline_text(block.content)
            for node in iter_nodes((block,)):  # the block itself comes first
                line = getattr(node, "line", None) or block.line
                located.append(Located(node, line, section))
        return cls(document, tuple(located))

    def issue(
        self, code: str, severity: Severity, message: str, at: Located | None = None, what: str = ""
    ) -> Issue:
        where = what
        if at is not None and at.section:
            where = (
                _('{what}, section "{section}"').format(what=what, section=at.section)
                if what
                else _('section "{section}"').format(section=at.section)
            )
        return Issue(
            code=code,
            severity=severity,
            message=message,
            where=where,
            line=at.line if at else None,
            source=self.document.source,
        )


Rule = Callable[[Context], Iterator[Issue]]

_VAGUE_LINKS = frozenset(
    {
        "hier", "hier klicken", "klicken sie hier", "mehr", "weiter", "weiterlesen", "mehr lesen",
        "link", "diesen link", "dieser link", "details", "mehr erfahren", "mehr dazu",
        "here", "click here", "click", "more", "read more", "this link", "learn more", "this",
    }
)  # fmt: skip
_SAFE_SCHEMES = frozenset({"", "http", "https", "mailto", "tel"})
_BARE_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
_FILENAME = re.compile(r"^\S+\.(?:png|jpe?g|gif|svg|webp|tiff?)$", re.IGNORECASE)
_GENERIC_ALT = frozenset(
    {"bild", "foto", "image", "photo", "picture", "grafik", "abbildung", "img"}
)
MAX_ALT = 250


def metadata_rules(ctx: Context) -> Iterator[Issue]:
    meta = ctx.document.metadata
    if not meta.title.strip():
        yield ctx.issue(
            "DOC001", "error",
            _('The document has no title. Add "title: …" to the front matter (or start with "# Title").'),
        )  # fmt: skip
    guessed = dict(meta.extra).get("language_guessed")
    if guessed and meta.language == guessed:
        yield ctx.issue(
            "DOC005", "warning",
            _('The front matter has no "lang"; the text reads as {language}, so the notice is published '
              'as "{language}". Add "lang: {language}" to the front matter to be sure.').format(language=guessed),
        )  # fmt: skip
    if dict(meta.extra).get("encoding") == "windows-1252":
        yield ctx.issue(
            "DOC006", "warning",
            _("The file is not UTF-8 but Windows-1252 („ANSI“) text; pubkit read it so. Save it "
              "as UTF-8 (Save as, encoding UTF-8) so that every program reads it the same."),
        )  # fmt: skip
    if not meta.language.strip():
        yield ctx.issue(
            "DOC002", "error",
            _('The document language is not set. Add "lang: de" (or "lang: en") to the front matter.'),
        )  # fmt: skip
    elif not is_language_tag(meta.language) or len(primary_language(meta.language)) > 3:
        # „Deutsch“, "Klingon": well formed, but no registered language has more than three
        # letters, and hyphenation, quotes and the voice would silently fall back.
        yield ctx.issue(
            "DOC003", "error",
            _('The document language "{language}" is not a BCP 47 tag. '
              'Write e.g. "de", "en" or "de-DE" (hyphen, not underscore).').format(language=meta.language),
        )  # fmt: skip


def heading_rules(ctx: Context) -> Iterator[Issue]:
    previous = 1  # the title is the page's one level-1 heading
    for at in ctx.nodes:
        node = at.node
        if not isinstance(node, Heading):
            continue
        text = inline_text(node.content)
        what = _('heading "{text}"').format(text=text)
        if not text.strip():
            yield ctx.issue(
                "HDG003",
                "error",
                _("The heading is empty. Write its text or remove it."),
                at,
                _("heading"),
            )
        if node.level == 1:
            yield ctx.issue(
                "HDG002", "error",
                _("A level-1 heading after the start of the text: the title is the page's only "
                  "H1 (a '# Title' as the first heading, perhaps under a short kicker line, is "
                  "taken as the title). If this starts a section, make it '## …'; if it is the "
                  "title, move it to the top. To build anyway: pubkit build --no-strict, or "
                  "pubkit.render(..., strict=False)."),
                at, what,
            )  # fmt: skip
        elif node.level > previous + 1:
            yield ctx.issue(
                "HDG001", "error",
                _("The heading level jumps from {previous} to {level}. "
                  "Use level {next} ({marks} …) so that the outline has no gaps.").format(
                    previous=previous, level=node.level, next=previous + 1, marks="#" * (previous + 1)
                ),
                at, what,
            )  # fmt: skip
        previous = max(node.level, 1)


def _image_name(image: Image) -> str:
    """How messages name a picture: its file name, or "embedded picture" for a data: URI."""
    return (
        _("embedded picture")
        if image.src.startswith("data:")
        else _('image "{src}"').format(src=image.src)
    )


def image_rules(ctx: Context) -> Iterator[Issue]:
    for at in ctx.nodes:
        node = at.node
        if not isinstance(node, Image):
            continue
        what = _image_name(node)
        alt = node.alt.strip()
        if node.decorative:
            continue
        if not alt and node.src.startswith("data:"):
            yield ctx.issue(
                "IMG001", "error",
                _("The picture has no alt text. In Word: right-click it, Edit Alt Text, and "
                  "describe what it shows (or tick Mark as decorative)."),
                at, what,
            )  # fmt: skip
        elif not alt:
            yield ctx.issue(
                "IMG001", "error",
                _("The image has no alt text. Describe what it shows: ![description]({src}), "
                  "or mark it decorative: ![]({src}){{.decorative}}.").format(src=node.src),
                at, what,
            )  # fmt: skip
        elif _FILENAME.match(alt) or alt.lower() in _GENERIC_ALT:
            yield ctx.issue(
                "IMG002", "error",
                _('The alt text "{alt}" does not say what the picture shows. Describe its content.').format(alt=alt),
                at, what,
            )  # fmt: skip
        elif len(alt) > MAX_ALT:
            yield ctx.issue(
                "IMG003", "warning",
                _("The alt text has {count} characters; keep it under {limit} and put details "
                  "into the caption or the text.").format(count=len(alt), limit=MAX_ALT),
                at, what,
            )  # fmt: skip


def image_file_rules(ctx: Context) -> Iterator[Issue]:
    """Every picture must be a file in the notice's folder (or embedded, as Word's are)."""
    source = ctx.document.source
    for at in ctx.nodes:
        node = at.node
        if not isinstance(node, Image):
            continue
        what = _image_name(node)
        parts = urlsplit(node.src)
        if parts.scheme == "data":
            continue
        if parts.scheme or parts.netloc:
            yield ctx.issue(
                "IMG005", "warning",
                _('The image "{src}" is on the web, and pubkit loads nothing from the network: '
                  "the outputs show its description with a link to it instead. To show the "
                  "picture, save it into the notice's folder and write its name: "
                  "![description](picture.png).").format(src=node.src),
                at, what,
            )  # fmt: skip
            continue
        if source is None:
            continue  # read from memory: there is no folder to look in
        folder = Path(source).parent
        relative = PurePosixPath(unquote(parts.path))
        if not (folder / Path(*relative.parts)).is_file() if relative.parts else True:
            yield ctx.issue(
                "IMG004", "error",
                _('The image file "{src}" does not exist in {folder}/. '
                  "Check the name (capitals count) or copy the picture there.").format(
                    src=node.src, folder=folder.as_posix() or "."
                ),
                at, what,
            )  # fmt: skip


def table_rules(ctx: Context) -> Iterator[Issue]:
    for at in ctx.nodes:
        node = at.node
        if not isinstance(node, Table):
            continue
        cells = [c for row in (*node.head, *node.body) for c in row.cells]
        if not any(c.header and c.content for c in cells):
            yield ctx.issue(
                "TBL001", "error",
                _("The table has no header cells, so screen readers cannot name the columns. "
                  "Give it a header row (| Ort | Adresse |, then |---|---|)."),
                at, _("table"),
            )  # fmt: skip
        if not node.caption:
            yield ctx.issue(
                "TBL002", "warning",
                _('The table has no caption. Add a paragraph "Table: …" right after it.'),
                at, _("table"),
            )  # fmt: skip
        widths = {len(row.cells) for row in (*node.head, *node.body)}
        if len(widths) > 1:
            yield ctx.issue(
                "TBL003",
                "error",
                _("The table's rows have different numbers of cells."),
                at,
                _("table"),
            )


def link_rules(ctx: Context) -> Iterator[Issue]:
    for at in ctx.nodes:
        node = at.node
        if not isinstance(node, Link):
            continue
        text = inline_text(node.content).strip()
        what = _('link to "{target}"').format(target=node.target)
        scheme = urlsplit(node.target).scheme.lower()
        if scheme not in _SAFE_SCHEMES:
            yield ctx.issue(
                "LNK003", "error",
                _('The link uses the "{scheme}:" scheme, which pubkit does not publish. '
                  "Use an https:, mailto: or tel: address.").format(scheme=scheme),
                at, what,
            )  # fmt: skip
        if not text:
            yield ctx.issue(
                "LNK001", "error",
                _("The link has no text, so nobody can tell where it leads. Write [what it leads to](url)."),
                at, what,
            )  # fmt: skip
        elif text.lower().strip(" .:!»«„“\"'") in _VAGUE_LINKS:
            yield ctx.issue(
                "LNK002", "error",
                _('The link text "{text}" does not say where the link leads. Name the target: '
                  "[Informationsportal zum Coronavirus](https://…).").format(text=text),
                at, what,
            )  # fmt: skip
        elif _BARE_URL.match(text):
            yield ctx.issue(
                "LNK004", "warning",
                _('The link text is a bare address ("{text}"), which is hard to listen to. '
                  "Write what the page is: [Informationsportal der Stadt](…).").format(text=text),
                at, what,
            )  # fmt: skip


def language_rules(ctx: Context) -> Iterator[Issue]:
    document_language = primary_language(ctx.document.metadata.language or "und")
    for at in ctx.nodes:
        node = at.node
        if not isinstance(node, LanguageSpan):
            continue
        what = _('language span "{text}"').format(text=inline_text(node.content)[:40])
        if not is_language_tag(node.lang):
            yield ctx.issue(
                "LNG001", "error",
                _('The language tag "{tag}" is not a BCP 47 tag. Write e.g. {{lang=en}} or {{lang=tr}}.').format(tag=node.lang),
                at, what,
            )  # fmt: skip
        elif primary_language(node.lang) == document_language:
            yield ctx.issue(
                "LNG002", "info",
                _('The span is marked "{tag}", the document\'s own language; the mark can go.').format(tag=node.lang),
                at, what,
            )  # fmt: skip


def abbreviation_rules(ctx: Context) -> Iterator[Issue]:
    seen: set[str] = set()
    for at in ctx.nodes:
        node = at.node
        if isinstance(node, Abbreviation) and not node.expansion.strip() and node.text not in seen:
            seen.add(node.text)
            yield ctx.issue(
                "ABR001", "error",
                _('The abbreviation "{text}" has no expansion. Define it: *[{text}]: full form.').format(text=node.text),
                at, _('abbreviation "{text}"').format(text=node.text),
            )  # fmt: skip


# Known keys as German editors tend to write them.
_KEY_SYNONYMS = {
    "titel": "title", "überschrift": "title", "untertitel": "subtitle", "sprache": "lang",
    "autor": "authors", "autorin": "authors", "autoren": "authors", "verfasser": "authors",
    "herausgeber": "publisher", "datum": "date", "kategorie": "category", "rubrik": "category",
    "beschreibung": "description", "schlagworte": "keywords", "stichworte": "keywords",
    "schlagwörter": "keywords", "abkürzungen": "abbreviations", "abkuerzungen": "abbreviations",
    "aussprache": "pronunciations", "barrierefreiheit": "accessibility",
}  # fmt: skip
_KEY_ALIASES = ("language", "author")
# Common keys of other tools that merely look like pubkit's.
_NOT_MISSES = frozenset({"published", "languages", "dates", "categories", "subtitles"})


def near_miss(key: str) -> str | None:
    """The known front-matter key that ``key`` probably means, or None.

    >>> near_miss("titel"), near_miss("Lang"), near_miss("datum"), near_miss("source_url")
    ('title', 'lang', 'date', None)
    """
    folded = key.strip().lower()
    if folded in _NOT_MISSES:
        return None
    if folded in _KEY_SYNONYMS:
        return _KEY_SYNONYMS[folded]
    candidates = (*FRONT_MATTER_KEYS, *_KEY_ALIASES)
    if folded in candidates:
        return folded
    import difflib  # only for a misspelt name (1 ms at start-up)

    close = difflib.get_close_matches(folded.replace("-", "_"), candidates, n=1, cutoff=0.8)
    return close[0] if close else None


def front_matter_rules(ctx: Context) -> Iterator[Issue]:
    for key, value in ctx.document.metadata.extra:
        if key == "date" and ctx.document.metadata.date is None:
            yield ctx.issue(
                "FMT002", "warning",
                _('The front matter "date" is {value}, which pubkit cannot read as a date; it is kept '
                  "as written, but the page header and the EPUB and PDF metadata have no date. "
                  "Write it like 2026-11-24, 24.11.2026 or 24. November 2026.").format(value=repr(value)),
                what=_('front matter key "{key}"').format(key=key),
            )  # fmt: skip
            continue
        meant = near_miss(key)
        if meant is not None and meant != key:  # a known key kept aside (a CMS category number)
            yield ctx.issue(
                "FMT001", "warning",
                _('The front matter key "{key}" is not one pubkit reads; did you mean "{meant}"? '
                  "It is kept as an extra key. Rename it to {meant}: … if it is meant that way.").format(key=key, meant=meant),
                what=_('front matter key "{key}"').format(key=key),
            )  # fmt: skip


def empty_block_rules(ctx: Context) -> Iterator[Issue]:
    if not ctx.document.blocks:
        yield ctx.issue("DOC004", "error", _("The document has no content below its front matter."))


RULES: tuple[Rule, ...] = (
    metadata_rules,
    front_matter_rules,
    empty_block_rules,
    heading_rules,
    image_rules,
    image_file_rules,
    table_rules,
    link_rules,
    language_rules,
    abbreviation_rules,
)
