"""Typographic quotes and apostrophes, for English as for German.

The Markdown reader already turns most straight quotes into the language's pairs, but text
from other sources (a plain-text press release, a title in the front matter, a Word file,
quotes that meet markup) can still hold ``"`` and ``'``. This transform finishes the job on
the model, so that every output shows „so“ in German and “so” in English, ‘single’ ones and
apostrophes (it’s, ’90s) included.

An opening or closing quote is told from the character before it, which may sit in another
node (``**"Bold"** "x"``): the walk carries the last character of each run of inlines along.
Code is never touched. Pure and idempotent.

>>> from pubkit.model import Document, Metadata, Paragraph, Strong, Text
>>> doc = Document(metadata=Metadata(title='The "plan"', language="en"),
...                blocks=(Paragraph(content=(Strong(content=(Text(text='"Stay'),)),
...                                            Text(text=' home" - it\\'s the rule')),),))
>>> out = typographic_quotes(doc)
>>> out.metadata.title, out.blocks[0].content[1].text
('The “plan”', ' home” - it’s the rule')
"""

from __future__ import annotations

import dataclasses
from typing import TypeVar, cast, get_args

from pubkit.model import (
    Abbreviation,
    Block,
    Cell,
    Code,
    CodeBlock,
    Document,
    Footnote,
    Image,
    Inline,
    LanguageSpan,
    LineBreak,
    ListItem,
    Row,
    Text,
)
from pubkit.model.lang import primary_language

__all__ = ["quote_blocks", "typographic_quotes"]

# opening double, closing double, opening single, closing single (= apostrophe in English)
_QUOTES = {
    "de": "„“‚‘",
    "en": "“”‘’",
    "fr": "«»‹›",
    "nl": "„”‚’",
    "pl": "„”‚’",
    "tr": "“”‘’",
}
_OPENERS = frozenset("([{„“‚‘«‹—–-/\u00a0")
_APOSTROPHE = "’"

_INLINE_TYPES: tuple[type, ...] = get_args(Inline)
_BLOCK_TYPES: tuple[type, ...] = get_args(Block)
N = TypeVar("N")


def typographic_quotes(document: Document) -> Document:
    """Replace the straight quotes left in ``document`` by the language's typographic ones."""
    language = document.metadata.language
    meta = document.metadata
    new_meta = dataclasses.replace(
        meta,
        title=_convert(meta.title, None, language)[0],
        subtitle=_convert(meta.subtitle, None, language)[0] if meta.subtitle else meta.subtitle,
    )
    blocks = quote_blocks(document.blocks, language)
    return dataclasses.replace(document, metadata=new_meta, blocks=blocks)


def quote_blocks(blocks: tuple[Block, ...], language: str) -> tuple[Block, ...]:
    """The same for a run of blocks (an EPUB chapter) in a document of ``language``."""
    return tuple(_node(b, language) for b in blocks)


def _quotes(language: str) -> str:
    return _QUOTES.get(primary_language(language), _QUOTES["en"])


def _opens(previous: str | None) -> bool:
    return previous is None or previous.isspace() or previous in _OPENERS


def _convert(text: str, previous: str | None, language: str) -> tuple[str, str | None]:
    """``text`` with its quotes made typographic; also its last character (or ``previous``)."""
    if '"' not in text and "'" not in text:
        return text, (text[-1] if text else previous)
    marks = _quotes(language)
    open_double, close_double, open_single, close_single = marks[0], marks[1], marks[2], marks[3]
    out: list[str] = []
    for index, char in enumerate(text):
        following = text[index + 1] if index + 1 < len(text) else None
        if char == '"':
            char = open_double if _opens(previous) else close_double
        elif char == "'":
            if previous is not None and previous.isalnum() and (following or "").isalpha():
                char = _APOSTROPHE  # it's, don't, Ku'damm
            elif _opens(previous) and following is not None and following.isdigit():
                char = _APOSTROPHE  # '90s
            elif _opens(previous):
                char = open_single
            elif out.count(open_single) > out.count(close_single):
                char = close_single
            else:
                char = _APOSTROPHE  # Hans' Hut, the Smiths': no single quote is open
        out.append(char)
        previous = char
    return "".join(out), previous


def _inlines(
    inlines: tuple[Inline, ...], previous: str | None, language: str
) -> tuple[tuple[Inline, ...], str | None]:
    out: list[Inline] = []
    for node in inlines:
        match node:
            case Text(text=text):
                text, previous = _convert(text, previous, language)
                out.append(Text(text=text))
            case Code(text=text) | Abbreviation(text=text):
                out.append(node)
                previous = text[-1] if text else previous
            case LineBreak():
                out.append(node)
                previous = " "
            case Image():
                out.append(node)
                previous = "x"
            case Footnote(blocks=blocks):
                out.append(
                    dataclasses.replace(node, blocks=tuple(_node(b, language) for b in blocks))
                )
            case LanguageSpan(lang=lang, content=content):
                content, previous = _inlines(content, previous, lang)
                out.append(dataclasses.replace(node, content=content))
            case _:
                content, previous = _inlines(node.content, previous, language)
                out.append(dataclasses.replace(node, content=content))
    return tuple(out), previous


def _node(node: N, language: str) -> N:
    """Rebuild a block (or list item, row, cell) with every run of inlines converted."""
    if isinstance(node, CodeBlock):
        return node
    changes: dict[str, object] = {}
    for f in dataclasses.fields(node):  # type: ignore[arg-type]  # N is always a node dataclass
        value = getattr(node, f.name)
        if isinstance(value, tuple) and value:
            first = value[0]
            if _is_inline(first):
                changes[f.name] = _inlines(cast(tuple[Inline, ...], value), None, language)[0]
            elif isinstance(first, (ListItem, Row, Cell)) or _is_block(first):
                changes[f.name] = tuple(_node(v, language) for v in value)
        elif _is_block(value) or isinstance(value, (ListItem, Row, Cell)):
            changes[f.name] = _node(value, language)
    return dataclasses.replace(node, **changes) if changes else node  # type: ignore[type-var]


def _is_inline(value: object) -> bool:
    return isinstance(value, _INLINE_TYPES)


def _is_block(value: object) -> bool:
    return isinstance(value, _BLOCK_TYPES)
