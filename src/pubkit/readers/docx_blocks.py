"""The model side of the Word reader: lists from numbered paragraphs, captions, quotes,
and tidy runs. Nothing here knows WordprocessingML."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from pubkit.model import (
    Block,
    Emphasis,
    Figure,
    Inline,
    LanguageSpan,
    List,
    ListItem,
    Paragraph,
    Quote,
    Strong,
    Table,
    Text,
)

__all__ = ["Caption", "ListEntry", "attach_captions", "build_lists", "merge", "strip_ends"]

_ATTRIBUTION = re.compile(r"^(?:—|–|--)\s*")


@dataclass(frozen=True, slots=True, kw_only=True)
class Caption(Paragraph):
    """A ``Caption`` paragraph, until it is attached to the table or figure next to it."""


def attach_captions(blocks: list[Block]) -> list[Block]:
    out: list[Block] = []
    for block in blocks:
        previous = out[-1] if out else None
        if isinstance(previous, Caption) and isinstance(block, Table | Figure):
            out[-1] = _with_caption(block, previous.content)
        elif isinstance(block, Caption) and isinstance(previous, Table | Figure):
            out[-1] = _with_caption(previous, block.content)
        else:
            out.append(block)
    out = [Paragraph(content=b.content, line=b.line) if isinstance(b, Caption) else b for b in out]
    return _join_quotes(out)


def _join_quotes(blocks: list[Block]) -> list[Block]:
    """Consecutive quote paragraphs are one quote; a "— Name" paragraph after it says who."""
    out: list[Block] = []
    for block in blocks:
        previous = out[-1] if out else None
        if isinstance(previous, Quote) and isinstance(block, Quote) and not previous.attribution:
            out[-1] = dataclasses.replace(previous, blocks=(*previous.blocks, *block.blocks))
            continue
        first = block.content[0] if isinstance(block, Paragraph) and block.content else None
        if (
            isinstance(previous, Quote)
            and isinstance(block, Paragraph)
            and not previous.attribution
            and isinstance(first, Text)
            and _ATTRIBUTION.match(first.text)
        ):
            rest = _ATTRIBUTION.sub("", first.text, count=1)
            attribution = ((Text(text=rest),) if rest else ()) + block.content[1:]
            out[-1] = dataclasses.replace(previous, attribution=attribution)
            continue
        out.append(block)
    return out


def _with_caption(block: Table | Figure, caption: tuple[Inline, ...]) -> Block:
    if block.caption:
        return block
    return dataclasses.replace(block, caption=caption)


@dataclass(frozen=True, slots=True)
class ListEntry:
    list_id: str
    level: int
    ordered: bool
    number: int
    item: ListItem


def build_lists(entries: list[ListEntry]) -> list[Block]:
    """Nest consecutive list paragraphs by their level; each list starts at Word's number."""
    out: list[Block] = []
    index = 0
    while index < len(entries):
        block, index = _build_list(entries, index)
        out.append(block)
    return out


def _build_list(entries: list[ListEntry], index: int) -> tuple[List, int]:
    first = entries[index]
    items: list[ListItem] = []
    while index < len(entries) and entries[index].level >= first.level:
        entry = entries[index]
        if entry.level == first.level:
            if (entry.list_id, entry.ordered) != (first.list_id, first.ordered):
                break  # another list right after this one
            items.append(entry.item)
            index += 1
            continue
        inner, index = _build_list(entries, index)
        if items:
            items[-1] = dataclasses.replace(items[-1], blocks=(*items[-1].blocks, inner))
        else:
            items.append(ListItem(blocks=(inner,), line=inner.line))
    start = first.number if first.ordered and first.number != 1 else None
    return List(ordered=first.ordered, items=tuple(items), start=start, line=first.item.line), index


def merge(inlines: list[Inline] | tuple[Inline, ...]) -> tuple[Inline, ...]:
    out: list[Inline] = []
    for node in inlines:
        previous = out[-1] if out else None
        if isinstance(node, Text) and not node.text:
            continue
        if isinstance(node, Text) and isinstance(previous, Text):
            out[-1] = Text(text=previous.text + node.text)
        elif (
            isinstance(node, Strong | Emphasis)
            and type(previous) is type(node)
            and isinstance(previous, Strong | Emphasis)
        ):
            out[-1] = type(node)(content=merge((*previous.content, *node.content)))
        elif (
            isinstance(node, LanguageSpan)
            and isinstance(previous, LanguageSpan)
            and previous.lang == node.lang
        ):
            out[-1] = LanguageSpan(
                lang=node.lang, content=merge((*previous.content, *node.content))
            )
        else:
            out.append(node)
    return tuple(out)


def strip_ends(content: tuple[Inline, ...]) -> tuple[Inline, ...]:
    """Without spaces at the ends of the paragraph."""
    items = list(content)
    if items and isinstance(items[0], Text):
        items[0] = Text(text=items[0].text.lstrip())
    if items and isinstance(items[-1], Text):
        items[-1] = Text(text=items[-1].text.rstrip())
    return tuple(i for i in items if not (isinstance(i, Text) and not i.text))
