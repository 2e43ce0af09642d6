"""Generic traversal of the model: pandoc's ``walk`` and ``query`` for pubkit.

``map_blocks`` and ``map_inlines`` rebuild the tree bottom-up with the function applied to
every block or inline that stands in a sequence; the function may return one node or a tuple
of nodes to splice in (an empty tuple removes the node). ``iter_nodes`` yields every node in
document order.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from typing import TypeAlias, TypeVar, cast, get_args

from pubkit.model.blocks import Block, Cell, ListItem, Row
from pubkit.model.document import Document
from pubkit.model.inlines import (
    Abbreviation,
    Code,
    Footnote,
    Image,
    Inline,
    LanguageSpan,
    LineBreak,
    Link,
    Text,
)

__all__ = ["Node", "inline_text", "iter_nodes", "map_blocks", "map_inlines"]

Node: TypeAlias = Block | Inline | ListItem | Row | Cell
_BLOCK_TYPES: tuple[type, ...] = get_args(Block)
_INLINE_TYPES: tuple[type, ...] = get_args(Inline)
_PART_TYPES: tuple[type, ...] = (ListItem, Row, Cell)
_NODE_TYPES = _BLOCK_TYPES + _INLINE_TYPES + _PART_TYPES

BlockFn: TypeAlias = Callable[[Block], "Block | tuple[Block, ...]"]
InlineFn: TypeAlias = Callable[[Inline], "Inline | tuple[Inline, ...]"]
N = TypeVar("N")


def _splice(result: object) -> tuple[object, ...]:
    return result if isinstance(result, tuple) else (result,)


def _rebuild(node: N, on_block: BlockFn | None, on_inline: InlineFn | None) -> N:
    changes: dict[str, object] = {}
    for f in dataclasses.fields(node):  # type: ignore[arg-type]  # N is always a node dataclass
        value = getattr(node, f.name)
        if isinstance(value, _NODE_TYPES):
            new: object = _rebuild(value, on_block, on_inline)
        elif isinstance(value, tuple) and value and isinstance(value[0], _NODE_TYPES):
            new = _rebuild_sequence(value, on_block, on_inline)
        else:
            continue
        changes[f.name] = new
    return dataclasses.replace(node, **changes) if changes else node  # type: ignore[type-var]


def _rebuild_sequence(
    items: tuple[object, ...], on_block: BlockFn | None, on_inline: InlineFn | None
) -> tuple[object, ...]:
    out: list[object] = []
    for item in items:
        item = _rebuild(item, on_block, on_inline)
        if on_block is not None and isinstance(item, _BLOCK_TYPES):
            out.extend(_splice(on_block(cast(Block, item))))
        elif on_inline is not None and isinstance(item, _INLINE_TYPES):
            out.extend(_splice(on_inline(cast(Inline, item))))
        else:
            out.append(item)
    return tuple(out)


def map_blocks(fn: BlockFn, document: Document) -> Document:
    """Apply ``fn`` bottom-up to every block, nested ones included.

    >>> from pubkit.model import Paragraph, Text, Metadata, ThematicBreak
    >>> doc = Document(metadata=Metadata(title="t", language="de"),
    ...                blocks=(Paragraph(content=(Text(text="x"),)), ThematicBreak()))
    >>> map_blocks(lambda b: () if isinstance(b, ThematicBreak) else b, doc).blocks
    (Paragraph(content=(Text(text='x'),), line=None),)
    """
    blocks = _rebuild_sequence(document.blocks, fn, None)
    return dataclasses.replace(document, blocks=cast(tuple[Block, ...], blocks))


def map_inlines(fn: InlineFn, document: Document) -> Document:
    """Apply ``fn`` bottom-up to every inline in every block (captions and cells included)."""
    blocks = _rebuild_sequence(document.blocks, None, fn)
    return dataclasses.replace(document, blocks=cast(tuple[Block, ...], blocks))


def iter_nodes(root: Document | Node | tuple[Node, ...]) -> Iterator[Node]:
    """Yield every node below ``root`` in document order (pre-order), ``root`` excluded."""
    if isinstance(root, tuple):
        for item in root:
            yield item
            yield from iter_nodes(item)
        return
    children = root.blocks if isinstance(root, Document) else None
    if children is not None:
        yield from iter_nodes(children)
        return
    for f in dataclasses.fields(root):
        value = getattr(root, f.name)
        if isinstance(value, _NODE_TYPES):
            node = cast(Node, value)
            yield node
            yield from iter_nodes(node)
        elif isinstance(value, tuple) and value and isinstance(value[0], _NODE_TYPES):
            yield from iter_nodes(cast(tuple[Node, ...], value))


def inline_text(inlines: tuple[Inline, ...], *, footnotes: bool = False) -> str:
    """The plain text of a run of inlines, as a reader would see it.

    Abbreviations keep their written form, images give their alt text, line breaks become
    spaces; footnote bodies are left out unless ``footnotes`` is true.
    """
    parts: list[str] = []
    for node in inlines:
        match node:
            case Text(text=text) | Code(text=text) | Abbreviation(text=text):
                parts.append(text)
            case LineBreak():
                parts.append(" ")
            case Image(alt=alt):
                parts.append(alt)
            case Footnote(blocks=blocks):
                if footnotes:
                    parts.append(" ".join(_block_text(b) for b in blocks))
            case Link(content=content) | LanguageSpan(content=content):
                parts.append(inline_text(content, footnotes=footnotes))
            case _:
                parts.append(inline_text(node.content, footnotes=footnotes))
    return "".join(parts)


def _block_text(block: Block) -> str:
    return " ".join(
        inline_text(getattr(node, "content", ()))
        for node in iter_nodes((block,))
        if hasattr(node, "content") and not isinstance(node, _INLINE_TYPES)
    )
