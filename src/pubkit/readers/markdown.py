"""Markdown with YAML front matter → :class:`~pubkit.model.Document`.

The syntax is CommonMark plus what notices need:

- YAML front matter (``title``, ``lang``, ``authors``, ``abbreviations`` …, see :mod:`.frontmatter`);
- pipe tables (an empty top-left cell makes the first column row headers; a paragraph
  ``Table: …`` or ``Tabelle: …`` right after the table is its caption);
- footnotes ``[^1]`` and inline notes ``^[…]``;
- language spans ``[Good morning]{lang=en}`` and ``{lang=en}`` before a block;
- abbreviation definitions ``*[F.A.Z.]: Frankfurter Allgemeine Zeitung``;
- figures: an image alone in a paragraph, or ``::: figure`` holding the image, caption
  paragraphs and a ``{.credit}`` paragraph; ``{.decorative}`` after an image marks decoration;
- asides ``::: note``, ``::: tip``, ``::: important``, ``::: warning``, ``::: caution``
  (an optional title after the kind);
- a quote's last paragraph starting with ``—`` or ``--`` is its attribution;
- ``###`` alone on a line, the end mark of a press release, is a thematic break;
- a ``# Title`` at the top of the body (perhaps under a short kicker line) is the printed
  title (see :mod:`.title`);
- a line starting with a date or an ordinal (``29. Oktober 2020, 13:04 Uhr``, ``1. Mai``,
  ``1. FC Köln``) is text, not a numbered list.

One sentence per line: Leichte Sprache and easy-read texts start every sentence on a new
line, and that layout is part of the text. With ``line_breaks: keep`` in the front matter,
or ``kind: leichte-sprache`` / ``kind: easy-read`` (where ``keep`` is the default), each line
break inside a paragraph is kept (a ``LineBreak``) in every output and in the plain-language
rule checker; ``line_breaks: join`` joins the lines as CommonMark does, which is the default
for every other notice.

Raw HTML as editors and content systems leave it in Markdown (``<br>``, ``<strong>``,
``<a href>``, ``<p>``, ``<span>``, ``<!--more-->``) is read as what it means
(``raw_html="convert"``, the default): line breaks, bold, italics, links, abbreviations and
language spans become model nodes, a comment is nothing, other harmless tags keep their
text, and an HTML block is read like a CMS page's content (:mod:`.html`). What can run or
fetch (``<script>``, ``<style>``, ``<iframe>``, ``<object>``, ``<embed>``, ``<form>``, an
``on…=`` handler, a ``javascript:`` address) is still a ``ReadError`` with the line.
``raw_html="error"`` refuses all raw HTML; ``raw_html="strip"`` keeps only its text (nh3).
Only this module knows about markdown-it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from html import unescape as html_unescape
from typing import Literal

import nh3
from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode
from mdit_py_plugins.attrs import attrs_block_plugin, attrs_plugin
from mdit_py_plugins.container import container_plugin
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from pubkit.errors import InvalidDocument, ReadError
from pubkit.i18n import _
from pubkit.limits import LimitExceeded, check_document, check_text
from pubkit.model import (
    ASIDE_KINDS,
    Abbreviation,
    Aside,
    Block,
    Cell,
    Code,
    CodeBlock,
    Document,
    Emphasis,
    Figure,
    Footnote,
    Heading,
    Image,
    Inline,
    LanguageSpan,
    LineBreak,
    Link,
    List,
    ListItem,
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
from pubkit.readers.bounds import parse_bounded
from pubkit.readers.frontmatter import (
    LineBreaks,
    line_breaks,
    parse_front_matter,
    plain_language_text,
    split_front_matter,
    toml_front_matter_as_yaml,
)
from pubkit.readers.ids import IdMaker
from pubkit.readers.language import with_guessed_language
from pubkit.readers.problems import Problems
from pubkit.readers.title import take_title
from pubkit.transforms.abbreviations import mark_abbreviations

__all__ = ["RawHtml", "read_markdown"]

RawHtml = Literal["convert", "error", "strip"]

_QUOTES = {"de": "„“‚‘", "en": "“”‘’", "fr": "«»‹›", "tr": "“”‘’"}
_ABBR_DEF = re.compile(r"^ {0,3}\*\[([^\]\n]+)\]:[ \t]*(.*?)[ \t]*$")
_CAPTION = re.compile(r"^(?:Table|Tabelle|Tab\.)?:\s+", re.IGNORECASE)
_ATTRIBUTION = re.compile(r"^(?:—|–|--)\s*")
_STRAY_ATTRS = re.compile(r"(?:^|\s)(\{(?:\.[\w-]+|#[\w-]+|lang=[\w-]+)\})\s*$")
_FIGURE_KIND = "figure"
_MONTHS = (
    "Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
    r"|Jan\.|Feb\.|Febr\.|Mrz\.|Apr\.|Jun\.|Jul\.|Aug\.|Sep\.|Sept\.|Okt\.|Nov\.|Dez\."
)
# "29. Oktober 2020, 13:04 Uhr", "1. Mai", "1. FC Köln": a number and a period that start a
# line but are a date or an ordinal, not a list item (CommonMark would start a list).
_NOT_A_LIST = re.compile(
    rf"^((?:[ ]{{0,3}}>[ ]?)*[ ]{{0,3}})(\d{{1,2}})\.([ \t]+(?:{_MONTHS}|FC\b|Advent|"
    r"Bürgermeister|Beigeordnete|Vorsitzende|Jahrhundert))"
)
_FENCE_LINE = re.compile(r"^[ ]{0,3}(`{3,}|~{3,})")
_ALLOWED_ATTRS = ["lang", "class", "id"]


def _parser(language: str) -> MarkdownIt:
    quotes = _QUOTES.get(primary_language(language), "“”‘’")
    md = MarkdownIt("commonmark", {"typographer": True, "quotes": quotes})
    md.enable(["table", "replacements", "smartquotes", "strikethrough"])
    md.use(front_matter_plugin)
    md.use(footnote_plugin)
    md.use(attrs_plugin, spans=True, allowed=_ALLOWED_ATTRS)
    md.use(attrs_block_plugin, allowed=_ALLOWED_ATTRS)
    for kind in (*ASIDE_KINDS, _FIGURE_KIND):
        md.use(container_plugin, name=kind)
    return md


def _strip_abbreviation_definitions(text: str) -> tuple[str, list[tuple[str, str]], list[int]]:
    """Remove ``*[X]: …`` lines, keeping line numbers (the lines become empty)."""
    found: list[tuple[str, str]] = []
    empty_at: list[int] = []
    lines = text.split("\n")
    for number, line in enumerate(lines, start=1):
        match = _ABBR_DEF.match(line)
        if match:
            found.append((match.group(1).strip(), match.group(2)))
            if not match.group(2):
                empty_at.append(number)
            lines[number - 1] = ""
    return "\n".join(lines), found, empty_at


def _prose_lines(lines: list[str]) -> list[int]:
    """The numbers of the lines outside code fences (and not fence lines themselves)."""
    out: list[int] = []
    fence: str | None = None
    for number, line in enumerate(lines):
        marker = _FENCE_LINE.match(line)
        if marker:
            if fence is None:
                fence = marker.group(1)[0]
            elif marker.group(1)[0] == fence:
                fence = None
        elif fence is None:
            out.append(number)
    return out


def _protect_datelines(text: str) -> str:
    """Escape the period of ``29. Oktober`` at the start of a line so that it stays text.

    Code fences are left alone. Lines keep their numbers.
    """
    lines = text.split("\n")
    for number in _prose_lines(lines):
        lines[number] = _NOT_A_LIST.sub(r"\1\2\\.\3", lines[number], count=1)
    return "\n".join(lines)


_WORD_BULLET = re.compile(r"^((?:[ ]*>[ ]?)*[ \t]*)([•·▪‣◦○●►▸➢➤✓✔■□]|–|—)([ \t]+\S)")


def _word_bullets(text: str) -> str:
    """Lines that start with a bullet Word or an e-mail program wrote (``• Maske tragen``,
    ``▪``, ``✓``) are Markdown list items (``- Maske tragen``), as the editor meant; a dash
    (``–``, ``—``) only when the line above or below starts with the same dash, so a quote's
    speaker („– Oberbürgermeister Schmidt“) stays text. Code fences are left alone. Lines
    keep their numbers."""
    lines = text.split("\n")
    marks = [_WORD_BULLET.match(line) for line in lines]
    out = list(lines)
    for number in _prose_lines(lines):
        found = marks[number]
        if found is None:
            continue
        if found.group(2) in "–—" and not any(
            0 <= other < len(lines)
            and (m := marks[other]) is not None
            and m.group(2) == found.group(2)
            for other in (number - 1, number + 1)
        ):
            continue
        out[number] = _WORD_BULLET.sub(r"\1-\3", lines[number], count=1)
    return "\n".join(out)


def read_markdown(
    text: str, *, source: str | None = None, raw_html: RawHtml = "convert"
) -> Document:
    """Read Markdown with front matter into a Document.

    >>> doc = read_markdown("---\\ntitle: Hallo\\nlang: de\\n---\\nEin \\"Test\\".\\n")
    >>> doc.metadata.title, doc.blocks[0].content
    ('Hallo', (Text(text='Ein „Test“.'),))
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    check_text(text, source=source)
    text = toml_front_matter_as_yaml(text, source=source)  # Hugo's +++ front matter
    if "\x00" in text:
        raise ReadError(
            _("The file contains NUL bytes; is it really Markdown text? Save it as plain text."),
            source=source,
            line=text[: text.index("\x00")].count("\n") + 1,
        )
    problems = Problems(source)  # every problem of the file, reported together
    front = split_front_matter(text)
    body, abbreviations, empty = _strip_abbreviation_definitions(text)
    for line in empty:
        problems.add(
            _("An abbreviation definition has no expansion: write *[Abk.]: Abkürzung."), line
        )
    metadata, title_from_meta = parse_front_matter(
        front, source=source, abbreviations=abbreviations, problems=problems
    )
    if not metadata.language:
        metadata = with_guessed_language(metadata, body)
    tokens = parse_bounded(
        _parser(metadata.language or "en"), _protect_datelines(_word_bullets(body)), source=source
    )
    tree = SyntaxTreeNode(tokens)
    lines = line_breaks(front, source=source)
    converter = _Converter(source=source, raw_html=raw_html, line_breaks=lines, problems=problems)
    blocks = converter.blocks(tree.children)
    problems.raise_if_any()
    metadata, blocks = take_title(metadata, blocks, title_given=title_from_meta)
    plain = plain_language_text(front, source=source)
    if plain is not None and plain.strip():
        # Same node as a "::: plain" block: the plain-language transform uses it as written.
        inner = _Converter(
            source=source, raw_html=raw_html, line_breaks=lines, problems=problems
        ).blocks(
            SyntaxTreeNode(
                parse_bounded(_parser(metadata.language or "en"), plain, source=source)
            ).children
        )
        problems.raise_if_any()
        blocks.append(Aside(kind="plain", blocks=tuple(inner)))
    doc = Document(metadata=metadata, blocks=tuple(blocks), source=source)
    return check_document(mark_abbreviations(doc))


@dataclass(slots=True)
class _Converter:
    """Turns markdown-it's syntax tree into model nodes, one ``match`` per level."""

    source: str | None
    raw_html: RawHtml
    line_breaks: LineBreaks = "join"
    problems: Problems | None = None
    """Where problems go; without it the first one is raised."""
    ids: IdMaker = field(default_factory=IdMaker)
    footnotes: dict[int, tuple[Block, ...]] = field(default_factory=dict)

    # -- errors ---------------------------------------------------------------------------

    def error(self, message: str, node: SyntaxTreeNode | None) -> ReadError:
        return ReadError(message, source=self.source, line=self.line_of(node))

    def line_of(self, node: SyntaxTreeNode | None) -> int | None:
        while node is not None and not node.is_root:
            if node.map is not None:
                return node.map[0] + 1
            node = node.parent
        return None

    # -- blocks ---------------------------------------------------------------------------

    def blocks(self, nodes: Iterable[SyntaxTreeNode]) -> list[Block]:
        nodes = list(nodes)
        # Footnote bodies come last in the tree but are needed where they are referenced.
        for node in nodes:
            if node.type == "footnote_block":
                for note in node.children:
                    self.footnotes[int(note.meta["id"])] = tuple(self.blocks(note.children))
        out: list[Block] = []
        for node in nodes:
            if node.type == "footnote_block":
                continue
            out.extend(self.block(node))
        return _attach_table_captions(out)

    def block(self, node: SyntaxTreeNode) -> list[Block]:
        """The block's nodes; a block with a problem is noted and left out, and reading goes
        on, so that one run names every problem of the file."""
        line = self.line_of(node)
        try:
            return self._block(node, line)
        except InvalidDocument as exc:
            error = self.error(str(exc), node)
        except LimitExceeded:
            raise  # a bound, not an editor's slip: stop at once
        except ReadError as exc:
            error = exc
        if self.problems is None:
            raise error
        self.problems.add_error(error)
        return []

    def _block(self, node: SyntaxTreeNode, line: int | None) -> list[Block]:
        match node.type:
            case "front_matter":
                return []
            case "paragraph":
                return [self.paragraph(node, line)]
            case "heading":
                level = int(node.tag[1])
                content = self.inline_children(node)
                if level == 3 and not content and node.markup == "###":
                    # "###" alone: the end mark of a press release, before the media contact.
                    return [ThematicBreak(line=line)]
                wanted = node.attrs.get("id")
                ident = self.ids.make(str(wanted) if wanted else inline_text(content))
                return [Heading(level=level, content=content, id=ident, line=line)]
            case "bullet_list" | "ordered_list":
                ordered = node.type == "ordered_list"
                start = int(node.attrs.get("start", 1)) if ordered else None
                items = tuple(
                    ListItem(blocks=tuple(self.blocks(item.children)), line=self.line_of(item))
                    for item in node.children
                )
                return [
                    List(
                        ordered=ordered,
                        items=items,
                        start=None if start in (None, 1) else start,
                        line=line,
                    )
                ]
            case "blockquote":
                return [self.quote(node, line)]
            case "fence" | "code_block":
                syntax = node.info.strip().split()[0] if node.info.strip() else None
                return [CodeBlock(code=node.content, syntax=syntax, line=line)]
            case "hr":
                return [ThematicBreak(line=line)]
            case "table":
                return [self.table(node, line)]
            case "html_block":
                return self.html_block(node, line)
            case name if name.startswith("container_"):
                kind = name.removeprefix("container_")
                if kind == _FIGURE_KIND:
                    return [self.figure(node, line)]
                title_text = node.info.strip().removeprefix(kind).strip()
                return [
                    Aside(
                        kind=kind,  # type: ignore[arg-type]  # container names are ASIDE_KINDS
                        blocks=tuple(self.blocks(node.children)),
                        title=(Text(text=title_text),) if title_text else (),
                        line=line,
                    )
                ]
            case _:
                raise self.error(
                    _("Unsupported Markdown construct {construct}.").format(
                        construct=repr(node.type)
                    ),
                    node,
                )

    def paragraph(self, node: SyntaxTreeNode, line: int | None) -> Block:
        content = self.inline_children(node)
        if self.line_breaks == "join" and _is_block_of_lines(_raw_lines(node)):
            # An address, a contact block, opening hours: the lines are the layout.
            content = _merge_text(_keep_soft_breaks(node, self))
        lang = node.attrs.get("lang")
        if len(content) == 1 and isinstance(content[0], Image):
            return Figure(image=content[0], line=line)
        if lang:
            content = (LanguageSpan(lang=str(lang), content=content),)
        return Paragraph(content=content, line=line)

    def quote(self, node: SyntaxTreeNode, line: int | None) -> Quote:
        inner = self.blocks(node.children)
        attribution: tuple[Inline, ...] = ()
        last = inner[-1] if inner else None
        if len(inner) > 1 and isinstance(last, Paragraph) and last.content:
            first = last.content[0]
            if isinstance(first, Text) and _ATTRIBUTION.match(first.text):
                rest = _ATTRIBUTION.sub("", first.text, count=1)
                attribution = ((Text(text=rest),) if rest else ()) + last.content[1:]
                inner = inner[:-1]
        return Quote(blocks=tuple(inner), attribution=attribution, line=line)

    def figure(self, node: SyntaxTreeNode, line: int | None) -> Figure:
        image: Image | None = None
        caption: list[Inline] = []
        credit: tuple[Inline, ...] = ()
        for child in node.children:
            classes = str(child.attrs.get("class", "")).split()
            if child.type != "paragraph":
                raise self.error(
                    _(
                        "A ::: figure holds only paragraphs: the image, the caption and a "
                        "{{.credit}} paragraph."
                    ).format(),  # every message is a format string: {{ }} are braces
                    child,
                )
            content = self.inline_children(child)
            if image is None and len(content) == 1 and isinstance(content[0], Image):
                image = content[0]
            elif "credit" in classes:
                credit = content
            else:
                if caption:
                    caption.append(LineBreak())
                caption.extend(content)
        if image is None:
            raise self.error(
                _(
                    "This ::: figure has no image: put ![what it shows](file.png) on its own line first."
                ),
                node,
            )
        return Figure(image=image, caption=tuple(caption), credit=credit, line=line)

    def table(self, node: SyntaxTreeNode, line: int | None) -> Table:
        head: list[Row] = []
        body: list[Row] = []
        for section in node.children:
            for tr in section.children:
                cells = tuple(self.cell(td) for td in tr.children)
                (head if section.type == "thead" else body).append(Row(cells=cells))
        row_headers = bool(head) and not head[0].cells[0].content
        if row_headers and not any(cell.content for cell in head[0].cells):
            # "| | |" above "|---|---|": a CMS's key-value table whose header row is empty.
            # The first column names each row; an empty row of column headers would be
            # drawn as a blank stripe and read as nothing.
            head = head[1:]
        if row_headers:
            body = [
                Row(
                    cells=(
                        Cell(
                            content=row.cells[0].content,
                            header=True,
                            scope="row",
                            align=row.cells[0].align,
                        ),
                        *row.cells[1:],
                    )
                )
                for row in body
            ]
        return Table(caption=(), head=tuple(head), body=tuple(body), line=line)

    def cell(self, node: SyntaxTreeNode) -> Cell:
        style = str(node.attrs.get("style", ""))
        align = style.removeprefix("text-align:") if style.startswith("text-align:") else None
        header = node.type == "th"
        return Cell(
            content=self.inline_children(node),
            header=header,
            scope="col" if header else None,
            align=align,  # type: ignore[arg-type]  # markdown-it writes only left/center/right
        )

    def html_block(self, node: SyntaxTreeNode, line: int | None) -> list[Block]:
        if self.raw_html == "error" or (
            self.raw_html == "convert" and _ACTIVE.search(node.content)
        ):
            raise self._html_error(node.content, node)
        if self.raw_html == "convert":
            from pubkit.readers.html import html_fragment_blocks  # only for notices with HTML

            return [
                dataclasses.replace(block, line=line)
                for block in html_fragment_blocks(node.content, source=self.source)
            ]
        text = _strip_html(node.content)
        return [Paragraph(content=(Text(text=text),), line=line)] if text else []

    def _html_error(self, html: str, node: SyntaxTreeNode) -> ReadError:
        snippet = html.strip().splitlines()[0][:60] if html.strip() else html
        if self.raw_html == "convert":
            return self.error(
                _(
                    "Raw HTML that can run or load something is not allowed in a notice: "
                    "{snippet}. Remove it; for a video, a map or a form, write a link to it "
                    "instead ([Video ansehen](https://…))."
                ).format(snippet=repr(snippet)),
                node,
            )
        return self.error(
            _(
                "Raw HTML is not allowed in a notice: {snippet}. Write it in Markdown instead "
                "(**bold**, [link text](https://…), ![alt](image.png)), or read the file with "
                'raw_html="strip" to keep only its text.'
            ).format(snippet=repr(snippet)),
            node,
        )

    # -- inlines --------------------------------------------------------------------------

    def inline_children(self, node: SyntaxTreeNode) -> tuple[Inline, ...]:
        children: list[SyntaxTreeNode] = []
        for child in node.children:
            children.extend(child.children if child.type == "inline" else (child,))
        content = _merge_text(self.inlines(children))
        last = content[-1] if content else None
        stray = _STRAY_ATTRS.search(last.text) if isinstance(last, Text) else None
        if stray:
            raise self.error(
                _(
                    "The attribute {attribute} stands at the end of a paragraph, where it is "
                    "plain text. Put it on its own line right before the paragraph it belongs to."
                ).format(attribute=stray.group(1)),
                node,
            )
        return content

    def inlines(self, nodes: Iterable[SyntaxTreeNode]) -> list[Inline]:
        out: list[Inline] = []
        # Open inline HTML tags (raw_html="convert"): (tag, attributes, node, what came before)
        stack: list[tuple[str, dict[str, str], SyntaxTreeNode, list[Inline]]] = []
        for node in nodes:
            if node.type != "html_inline" or self.raw_html != "convert":
                out.extend(self.inline(node))
                continue
            if _ACTIVE.search(node.content):
                raise self._html_error(node.content, node)
            tag = _TAG.match(node.content.strip())
            if tag is None:
                continue  # a comment (<!--more-->), a declaration: nothing a reader sees
            closing, name, attrs = bool(tag.group(1)), tag.group(2).lower(), tag.group(3) or ""
            if name == "br":
                out.append(LineBreak())
            elif name == "img":
                found = _attributes(attrs)
                out.append(Image(src=found.get("src", ""), alt=found.get("alt", "")))
            elif not closing and not attrs.rstrip().endswith("/"):
                stack.append((name, _attributes(attrs), node, out))
                out = []
            elif closing and any(open_name == name for open_name, *_ in stack):
                while stack:
                    open_name, found, _node, before = stack.pop()
                    before.extend(_html_inline(open_name, found, _merge_text(out)))
                    out = before
                    if open_name == name:
                        break
        while stack:  # a tag never closed: its text stays, the tag does not
            _name, _found, _node, before = stack.pop()
            out = [*before, *out]
        return out

    def inline(self, node: SyntaxTreeNode) -> list[Inline]:
        match node.type:
            case "text":
                return [Text(text=node.content)] if node.content else []
            case "softbreak":
                return [LineBreak()] if self.line_breaks == "keep" else [Text(text=" ")]
            case "hardbreak":
                return [LineBreak()]
            case "em":
                return [Emphasis(content=_merge_text(self.inlines(node.children)))]
            case "strong":
                return [Strong(content=_merge_text(self.inlines(node.children)))]
            case "s":
                # Struck-out text has no meaning readers can hear; keep the words.
                return self.inlines(node.children)
            case "code_inline":
                return [Code(text=node.content)]
            case "link":
                title = node.attrs.get("title")
                return [
                    Link(
                        target=str(node.attrs["href"]),
                        content=_merge_text(self.inlines(node.children)),
                        title=str(title) if title else None,
                    )
                ]
            case "image":
                classes = str(node.attrs.get("class", "")).split()
                title = node.attrs.get("title")
                alt = inline_text(_merge_text(self.inlines(node.children)))
                return [
                    Image(
                        src=str(node.attrs["src"]),
                        alt=alt,
                        decorative="decorative" in classes,
                        title=str(title) if title else None,
                    )
                ]
            case "span":
                content = _merge_text(self.inlines(node.children))
                lang = node.attrs.get("lang")
                return [LanguageSpan(lang=str(lang), content=content)] if lang else list(content)
            case "footnote_anchor":
                return []  # the back link; writers make their own
            case "footnote_ref":
                return [Footnote(blocks=self.footnotes.get(int(node.meta["id"]), ()))]
            case "html_inline":
                if self.raw_html == "error":
                    raise self._html_error(node.content, node)
                text = _strip_html(node.content)
                return [Text(text=text)] if text else []
            case _:
                raise self.error(
                    _("Unsupported inline Markdown construct {construct}.").format(
                        construct=repr(node.type)
                    ),
                    node,
                )


_ACTIVE = re.compile(
    r"<\s*/?\s*(?:script|style|iframe|frame|frameset|object|embed|applet|form|input|button|"
    r"textarea|select|link|meta|base|svg|math|video|audio|source|track)\b"
    r"|\son[a-z]+\s*=|javascript\s*:|vbscript\s*:|data\s*:\s*text/html",
    re.IGNORECASE,
)
"""Raw HTML that could run, fetch or submit something: refused with its line, always."""
_TAG = re.compile(r"<(/?)\s*([A-Za-z][A-Za-z0-9]*)\b([^>]*)>", re.DOTALL)
_ATTRIBUTE = re.compile(r"""([A-Za-z_:][-\w:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")


def _attributes(text: str) -> dict[str, str]:
    return {
        m.group(1).lower(): html_unescape(m.group(2) or m.group(3) or m.group(4) or "")
        for m in _ATTRIBUTE.finditer(text)
    }


def _html_inline(tag: str, attrs: dict[str, str], content: tuple[Inline, ...]) -> list[Inline]:
    """What an inline HTML element left in Markdown means in the model."""
    if not content:
        return []
    match tag:
        case "strong" | "b":
            return [Strong(content=content)]
        case "em" | "i":
            return [Emphasis(content=content)]
        case "a" if attrs.get("href", "").strip() and not attrs["href"].strip().startswith("data:"):
            return [Link(target=attrs["href"].strip(), content=content, title=attrs.get("title"))]
        case "abbr" | "acronym" if attrs.get("title", "").strip():
            return [Abbreviation(text=inline_text(content), expansion=attrs["title"].strip())]
        case "code":
            return [Code(text=inline_text(content))]
    lang = attrs.get("lang", "").strip()
    if lang:
        return [LanguageSpan(lang=lang, content=content)]
    return list(content)  # span, font, u, sup, small …: the text, without the look


_CONTACT_LINE = re.compile(
    r"\S+@\S+\.\w+|www\.|https?://|\b(?:Tel|Fax|Telefon|Phone|Tel\.|E-Mail|Email|Mail)\b|"
    r"\b\d{5}\s+[A-ZÄÖÜ]|\b\d{4,5}\b.*\b\d{3,}\b|\b\d{1,2}(?:[.:]\d{2})?\s*(?:Uhr|am|pm|a\.m\.|p\.m\.)|"
    r"\b[A-Z]{1,2}\d{1,2}[A-Z]? ?\d[A-Z]{2}\b|"
    r"(?:straße|str\.|weg|platz|allee|gasse|ring|damm|markt)\s+\d+|"
    r"\b(?:Street|Road|Avenue|Lane|Drive|Way|Place|Square|Terrace|Row)\b|"
    r"\b[A-Z]\d{2} ?[A-Z0-9]{4}\b|"  # an Irish Eircode (R35 XY12)
    r"\b[A-Z]{2},? \d{5}(?:-\d{4})?\b"  # a US state and ZIP code (CA 95814)
)
"""A line of a contact block: an e-mail or web address, a phone or fax label, a postcode
before a place, a phone number, opening hours, a UK postcode."""


def _raw_lines(node: SyntaxTreeNode) -> list[str]:
    inline = node.children[0] if node.children and node.children[0].type == "inline" else None
    return [] if inline is None else [x.strip() for x in inline.content.split("\n")]


def _is_block_of_lines(lines: list[str]) -> bool:
    """Whether a paragraph is a block of short lines whose breaks are its layout — an
    address, a contact block, opening hours — not prose wrapped by the editor:

        Stadt Beispiel, Bürgerbüro
        Marktplatz 1
        12345 Beispiel
        Tel. 0211 89-12345

    At least two lines, each at most 60 characters; none but the first ends like a clause
    (``,`` ``;``) and none but the last like a sentence; the last does not end a sentence
    unless every line is short; and at least half the lines are contact lines (an address,
    a number, an e-mail or web address, hours), or two of them; no line but the first goes on
    in lower case."""
    if len(lines) < 2 or any(not line or len(line) > 60 for line in lines):
        return False
    if any(line.endswith((",", ";")) for line in lines[1:]):
        return False
    if any(_OPEN_END.search(line) for line in lines[:-1]):
        return False
    if any(
        line[:1].islower() and "@" not in line and not line.startswith(("www.", "http"))
        for line in lines[1:]
    ):
        return False  # a line that goes on in lower case continues a sentence
    if any(line.endswith((".", "!", "?")) and not _abbreviation_end(line) for line in lines[:-1]):
        return False
    last = lines[-1]
    if (
        last.endswith((".", "!", "?"))
        and not _abbreviation_end(last)
        and any(len(line) > 40 for line in lines)
    ):
        return False
    contact = sum(1 for line in lines if _CONTACT_LINE.search(line))
    return contact >= 2 or contact * 2 >= len(lines)


_ABBREVIATED_END = re.compile(
    r"(?:str|Str|Nr|Tel|Mo|Di|Mi|Do|Fr|Sa|So|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Rd|St|Ave|Co|Ltd|"
    r"Inc|ggf|bzw|usw|etc|Dr|Prof)\.$"
)
_OPEN_END = re.compile(
    r"\b(?:unter|an|von|bei|mit|und|oder|der|die|das|den|dem|ein|eine|zu|für|auf|in|im|am|"
    r"the|and|or|to|by|at|on|in|for|of|with|from|a|an)$"
)
"""A line that ends on a preposition, an article or a conjunction goes on: prose."""


def _abbreviation_end(line: str) -> bool:
    """``Hauptstr.``, ``Mo.–Fr.``: a line ending on an abbreviation, not on a sentence."""
    return _ABBREVIATED_END.search(line) is not None


def _keep_soft_breaks(node: SyntaxTreeNode, converter: _Converter) -> list[Inline]:
    children: list[SyntaxTreeNode] = []
    for child in node.children:
        children.extend(child.children if child.type == "inline" else (child,))
    out: list[Inline] = []
    for child in children:
        out.extend(
            [LineBreak(soft=True)] if child.type == "softbreak" else converter.inlines([child])
        )
    return out


def _strip_html(html: str) -> str:
    """The text of an HTML fragment; scripts and styles are dropped with their content."""
    return nh3.clean(html, tags=set(), attributes={}).strip()


def _merge_text(inlines: Iterable[Inline]) -> tuple[Inline, ...]:
    out: list[Inline] = []
    for node in inlines:
        if isinstance(node, Text) and out and isinstance(out[-1], Text):
            out[-1] = Text(text=out[-1].text + node.text)
        else:
            out.append(node)
    return tuple(out)


def _attach_table_captions(blocks: list[Block]) -> list[Block]:
    """Move a ``Table: …`` paragraph right after (or before) a table into its caption."""
    out: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        nxt = blocks[index + 1] if index + 1 < len(blocks) else None
        if isinstance(block, Table) and not block.caption and _is_caption(nxt):
            out.append(_with_caption(block, nxt))  # type: ignore[arg-type]  # checked above
            index += 2
            continue
        if _is_caption(block) and isinstance(nxt, Table) and not nxt.caption:
            out.append(_with_caption(nxt, block))  # type: ignore[arg-type]  # checked above
            index += 2
            continue
        out.append(block)
        index += 1
    return out


def _is_caption(block: Block | None) -> bool:
    if not isinstance(block, Paragraph) or not block.content:
        return False
    first = block.content[0]
    return isinstance(first, Text) and bool(_CAPTION.match(first.text))


def _with_caption(table: Table, paragraph: Paragraph) -> Table:
    first = paragraph.content[0]
    assert isinstance(first, Text)
    rest = _CAPTION.sub("", first.text, count=1)
    caption = ((Text(text=rest),) if rest else ()) + paragraph.content[1:]
    return dataclasses.replace(table, caption=caption)
