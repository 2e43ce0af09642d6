"""Inline nodes: the runs of text inside a paragraph, heading, cell or caption."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from pubkit.model.blocks import Block

__all__ = [
    "Abbreviation",
    "Code",
    "Emphasis",
    "Footnote",
    "Image",
    "Inline",
    "LanguageSpan",
    "LineBreak",
    "Link",
    "Strong",
    "Text",
]


@dataclass(frozen=True, slots=True, kw_only=True)
class Text:
    """A run of plain text."""

    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Emphasis:
    """Stressed text (``<em>``)."""

    content: tuple[Inline, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Strong:
    """Important text (``<strong>``)."""

    content: tuple[Inline, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Link:
    """A hyperlink. ``content`` is what readers see and hear; it must make sense on its own."""

    target: str
    content: tuple[Inline, ...]
    title: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Code:
    """Inline code or a literal value."""

    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Abbreviation:
    """An abbreviation and what it stands for: ``F.A.Z.`` → Frankfurter Allgemeine Zeitung."""

    text: str
    expansion: str


@dataclass(frozen=True, slots=True, kw_only=True)
class LanguageSpan:
    """A passage in another language than its surroundings (WCAG 3.1.2)."""

    lang: str
    """BCP 47 tag, e.g. ``en`` or ``tr``."""
    content: tuple[Inline, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class LineBreak:
    """A line break inside a block.

    ``soft``: a line the reader kept because the lines are the layout (an address, a contact
    block, opening hours written as lines in a Markdown paragraph), not one the author forced
    (``\\`` or two spaces at the end of a line). Every output breaks the line either way;
    a transform that rewrites text (the plain-language draft) may join soft ones.
    """

    soft: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Image:
    """A picture. ``alt`` says what it shows; ``decorative`` marks one that adds nothing.

    An image with an empty ``alt`` that is not decorative is a valid value that the checks report.
    """

    src: str
    alt: str
    decorative: bool = False
    title: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Footnote:
    """A note attached to this point of the text; renderers number and place it."""

    blocks: tuple[Block, ...]


Inline: TypeAlias = (
    Text
    | Emphasis
    | Strong
    | Link
    | Code
    | Abbreviation
    | LanguageSpan
    | LineBreak
    | Image
    | Footnote
)
"""The closed set of inline nodes."""
