"""Block nodes: the paragraphs, headings, lists, tables and figures a notice is made of."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, TypeAlias

from pubkit.errors import InvalidDocument
from pubkit.model.inlines import Image, Inline

__all__ = [
    "Aside",
    "AsideKind",
    "Block",
    "Cell",
    "CodeBlock",
    "Figure",
    "Heading",
    "List",
    "ListItem",
    "Paragraph",
    "Quote",
    "Row",
    "Table",
    "ThematicBreak",
]


AsideKind = Literal["note", "tip", "important", "warning", "caution", "plain"]
"""The kinds of aside (``::: note`` …); ``plain`` holds the author's plain-language version."""
ASIDE_KINDS: tuple[AsideKind, ...] = ("note", "tip", "important", "warning", "caution", "plain")
"""``plain`` holds the author's own plain-language version (Einfache Sprache, Easy read)."""


def _line() -> int | None:
    # The source line is a reading aid for messages, not part of a node's value.
    return field(default=None, compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class Heading:
    """A section heading, level 1 (the title of the page) to 6."""

    level: int
    content: tuple[Inline, ...]
    id: str = ""
    """Fragment identifier, unique in the document; the reader assigns one."""
    line: int | None = _line()

    def __post_init__(self) -> None:
        if not 1 <= self.level <= 6:
            raise InvalidDocument(f"Heading level {self.level} does not exist: use 1 to 6.")


@dataclass(frozen=True, slots=True, kw_only=True)
class Paragraph:
    """A paragraph of running text."""

    content: tuple[Inline, ...]
    line: int | None = _line()


@dataclass(frozen=True, slots=True, kw_only=True)
class ListItem:
    """One item of a list; holds blocks, usually one paragraph."""

    blocks: tuple[Block, ...]
    line: int | None = _line()


@dataclass(frozen=True, slots=True, kw_only=True)
class List:
    """A bulleted (``ordered=False``) or numbered list."""

    ordered: bool
    items: tuple[ListItem, ...]
    start: int | None = None
    """First number of a numbered list when it is not 1."""
    line: int | None = _line()

    def __post_init__(self) -> None:
        if self.start is not None and not self.ordered:
            raise InvalidDocument("Only a numbered list can have a start number.")


@dataclass(frozen=True, slots=True, kw_only=True)
class Cell:
    """A table cell. Header cells say what they head: ``scope="col"`` or ``"row"``."""

    content: tuple[Inline, ...]
    header: bool = False
    scope: Literal["col", "row"] | None = None
    align: Literal["left", "center", "right"] | None = None

    def __post_init__(self) -> None:
        if self.scope not in (None, "col", "row"):
            raise InvalidDocument(f'Unknown header scope {self.scope!r}: use "col" or "row".')
        if self.scope is not None and not self.header:
            raise InvalidDocument("A data cell cannot have a scope; only header cells do.")
        if self.align not in (None, "left", "center", "right"):
            raise InvalidDocument(f"Unknown cell alignment {self.align!r}.")


@dataclass(frozen=True, slots=True, kw_only=True)
class Row:
    """A table row."""

    cells: tuple[Cell, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Table:
    """A data table with a caption, header rows and body rows."""

    caption: tuple[Inline, ...]
    head: tuple[Row, ...]
    body: tuple[Row, ...]
    line: int | None = _line()


@dataclass(frozen=True, slots=True, kw_only=True)
class Figure:
    """An image that stands on its own, with a caption and a photo credit."""

    image: Image
    caption: tuple[Inline, ...] = ()
    credit: tuple[Inline, ...] = ()
    """Who made the picture, as it should be printed: ``Foto: Ingo Lammert``."""
    line: int | None = _line()


@dataclass(frozen=True, slots=True, kw_only=True)
class Quote:
    """A quotation set off from the text, with who said it."""

    blocks: tuple[Block, ...]
    attribution: tuple[Inline, ...] = ()
    line: int | None = _line()


@dataclass(frozen=True, slots=True, kw_only=True)
class Aside:
    """A note, tip or warning set off from the main text."""

    kind: AsideKind
    blocks: tuple[Block, ...]
    title: tuple[Inline, ...] = ()
    """Shown instead of the localised kind name ("Hinweis", "Note") when given."""
    line: int | None = _line()

    def __post_init__(self) -> None:
        if self.kind not in ASIDE_KINDS:
            raise InvalidDocument(
                f"Unknown aside kind {self.kind!r}: use one of {', '.join(ASIDE_KINDS)}."
            )


@dataclass(frozen=True, slots=True, kw_only=True)
class CodeBlock:
    """Preformatted text such as code; ``syntax`` names its programming language."""

    code: str
    syntax: str | None = None
    line: int | None = _line()


@dataclass(frozen=True, slots=True, kw_only=True)
class ThematicBreak:
    """A change of topic (``<hr>``)."""

    line: int | None = _line()


Block: TypeAlias = (
    Heading | Paragraph | List | Table | Figure | Quote | Aside | CodeBlock | ThematicBreak
)
"""The closed set of block nodes."""
