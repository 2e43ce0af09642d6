"""Resource limits: what one notice may ask of the machine.

City servers run pubkit unattended on whatever a CMS, an editor or an attacker supplies.
The defaults keep one notice well under 1 GB of memory and a minute of work on a small
machine, and are far above what real notices need (the longest example and corpus notices
are under 5 KB, with a few images).

A refusal is a :class:`LimitExceeded` (a :class:`~pubkit.errors.ReadError`) when reading, or
a :class:`~pubkit.errors.RenderError` when rendering (images:
:class:`~pubkit.renderers.resources.ResourceError`; audio length; the budget of
:mod:`pubkit.budget`); its message names the limit, the value found, where, and how to
raise it. Raise a limit per call::

    from pubkit.limits import Limits, use_limits

    with use_limits(Limits(max_images=200)):
        doc = pubkit.read("katalog.md")
        pubkit.render(doc, "pdf", out="katalog.pdf")
"""

from __future__ import annotations

import contextlib
import contextvars
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import get_args

from pubkit.errors import ReadError
from pubkit.model import Block, Document, Footnote, ListItem, Row, Table, Text
from pubkit.model.walk import iter_nodes

__all__ = [
    "DEFAULT_LIMITS",
    "LimitExceeded",
    "Limits",
    "check_audio_length",
    "check_document",
    "check_text",
    "current_limits",
    "use_limits",
]


@dataclass(frozen=True, slots=True, kw_only=True)
class Limits:
    """The bounds one document must stay within. Every field has a safe default."""

    max_input_bytes: int = 200_000
    """Size of the source file (the longest corpus notice has 5 KB; the PDF engine lays out
    about 7 KB of running text per second on a shared two-core machine)."""
    max_nesting: int = 32
    """Nesting levels of the Markdown parser: a list adds two (the list and its item), a
    quote or ``:::`` box one, emphasis or a link one."""
    max_word_chars: int = 100
    """Longest run of letters: automatic hyphenation is quadratic in word length (a 1 MB
    word took 23 GB in the PDF engine). The longest German law name has 63 letters."""
    max_blocks: int = 2_000
    """Blocks in the document (paragraphs, headings, list items, table rows …); a list item
    and its paragraph count two."""
    max_footnotes: int = 300
    max_table_cells: int = 4_000
    """Cells of all tables together."""
    max_yaml_aliases: int = 50
    """``*alias`` references in the front matter."""
    max_yaml_depth: int = 20
    """Nesting of lists and mappings in the front matter."""
    max_yaml_nodes: int = 10_000
    """Values in the front matter, every alias counted as often as it is used."""
    max_images: int = 50
    """Distinct image files (references to the same file count once)."""
    max_image_bytes: int = 20_000_000
    """Size of one image file."""
    max_image_pixels: int = 40_000_000
    """Width × height of one image, read from its header before it is decoded."""
    max_total_image_bytes: int = 60_000_000
    """All distinct image files together."""
    max_render_seconds: float = 60.0
    """Wall-clock time of one render by :func:`pubkit.budget.render_with_budget`, which
    renders in a child process and stops it when the time is up."""
    max_render_memory: int = 2_000_000_000
    """Address space of the child process of :func:`pubkit.budget.render_with_budget`
    (virtual memory, so above the 1 GB a notice really uses)."""
    max_audio_seconds: int = 3_600
    """Length of the audio, estimated from the text and pauses before synthesis (one hour;
    100 000 one-word sentences made a 517 MB MP3)."""


DEFAULT_LIMITS = Limits()
_CURRENT: contextvars.ContextVar[Limits] = contextvars.ContextVar(
    "pubkit_limits", default=DEFAULT_LIMITS
)


def current_limits() -> Limits:
    """The limits in force: :data:`DEFAULT_LIMITS` unless :func:`use_limits` set others."""
    return _CURRENT.get()


@contextlib.contextmanager
def use_limits(limits: Limits) -> Iterator[Limits]:
    """Make ``limits`` the limits in force inside the ``with`` block (thread- and task-local)."""
    token = _CURRENT.set(limits)
    try:
        yield limits
    finally:
        _CURRENT.reset(token)


_WHAT = {
    "max_input_bytes": "The file has {found} bytes",
    "max_nesting": "The text is nested {found} levels deep",
    "max_word_chars": "A word has {found} letters",
    "max_blocks": "The document has {found} blocks",
    "max_footnotes": "The document has {found} footnotes",
    "max_table_cells": "The tables have {found} cells",
    "max_yaml_aliases": "The front matter uses {found} aliases",
    "max_yaml_depth": "The front matter is nested {found} levels deep",
    "max_yaml_nodes": "The front matter expands to {found} values",
    "max_images": "The document uses {found} different images",
    "max_image_bytes": "The image has {found} bytes",
    "max_image_pixels": "The image has {found} pixels",
    "max_total_image_bytes": "The images have {found} bytes together",
    "max_audio_seconds": "The audio would last about {found} seconds",
    "max_render_seconds": "The render ran {found} seconds",
}


def refusal(limit: str, found: int, allowed: int, detail: str = "") -> str:
    """The message of a refusal: what, the value, the limit, how to raise it."""
    what = _WHAT.get(limit, limit + " is {found}").format(found=f"{found:,}")
    more = f" ({detail})" if detail else ""
    return (
        f"{what}{more}; at most {allowed:,} are allowed (limit {limit}). If this is intended, "
        f"raise it: pubkit.limits.use_limits(Limits({limit}=…))."
    )


class LimitExceeded(ReadError):
    """The input exceeds one of the :class:`Limits`; names the limit and the value found."""

    def __init__(
        self,
        limit: str,
        found: int,
        allowed: int,
        *,
        source: str | None = None,
        line: int | None = None,
        detail: str = "",
    ):
        self.limit = limit
        self.found = found
        self.allowed = allowed
        super().__init__(refusal(limit, found, allowed, detail), source=source, line=line)


_LONG_WORD = re.compile(r"[^\W\d_]+")
_SURROGATE = re.compile("[\ud800-\udfff]")
# C0 controls but tab, line feed, vertical tab, form feed and carriage return (text pasted
# from word processors has the last ones; readers turn them into spaces or breaks); DEL.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_COUNTED: tuple[type, ...] = (*get_args(Block), ListItem, Row)


def check_text(text: str, *, source: str | None, limits: Limits | None = None) -> None:
    """Refuse a source text larger than the limits allow, before anything parses it."""
    limits = limits or current_limits()
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > limits.max_input_bytes:
        raise LimitExceeded("max_input_bytes", size, limits.max_input_bytes, source=source)
    bad = _SURROGATE.search(text)
    if bad is not None:
        raise ReadError(
            f"The text contains a lone surrogate (U+{ord(bad.group()):04X}), which is not a "
            "character; it comes from broken encoding. Remove it.",
            source=source,
            line=text.count("\n", 0, bad.start()) + 1,
        )


def check_document(document: Document, *, limits: Limits | None = None) -> Document:
    """Refuse a document with more blocks, footnotes, table cells or longer words than allowed.

    Returns the document unchanged, so a reader can end with ``return check_document(doc)``.
    """
    limits = limits or current_limits()
    source = document.source
    blocks = footnotes = cells = 0
    line: int | None = None
    for node in iter_nodes(document):
        line = getattr(node, "line", None) or line
        if isinstance(node, Text):
            control = _CONTROL.search(node.text)
            if control is not None:
                raise ReadError(
                    f"The text contains the control character U+{ord(control.group()):04X}, "
                    "which no output can hold (it would reach a terminal as a command, and "
                    "EPUB refuses it). Remove it.",
                    source=source,
                    line=line,
                )
            for match in _LONG_WORD.finditer(node.text):
                if len(match.group()) > limits.max_word_chars:
                    raise LimitExceeded(
                        "max_word_chars",
                        len(match.group()),
                        limits.max_word_chars,
                        source=source,
                        line=line,
                        detail=f"{match.group()[:20]}…",
                    )
        elif isinstance(node, Footnote):
            footnotes += 1
            if footnotes > limits.max_footnotes:
                raise LimitExceeded(
                    "max_footnotes", footnotes, limits.max_footnotes, source=source, line=line
                )
        elif isinstance(node, Table):
            cells += sum(len(row.cells) for row in (*node.head, *node.body))
            if cells > limits.max_table_cells:
                raise LimitExceeded(
                    "max_table_cells", cells, limits.max_table_cells, source=source, line=line
                )
        if isinstance(node, _COUNTED):
            blocks += 1
            if blocks > limits.max_blocks:
                raise LimitExceeded(
                    "max_blocks", blocks, limits.max_blocks, source=source, line=line
                )
    return document


def check_audio_length(
    characters: int, pauses_ms: int, *, rate: int, source: str | None, limits: Limits | None = None
) -> None:
    """Refuse speech that would last longer than ``max_audio_seconds``, before synthesis.

    The estimate assumes six characters per word at ``rate`` words per minute, plus pauses.
    """
    from pubkit.errors import RenderError

    limits = limits or current_limits()
    seconds = round(characters / (max(rate, 1) * 6 / 60) + pauses_ms / 1000)
    if seconds > limits.max_audio_seconds:
        where = f"{source}: " if source else ""
        raise RenderError(where + refusal("max_audio_seconds", seconds, limits.max_audio_seconds))
