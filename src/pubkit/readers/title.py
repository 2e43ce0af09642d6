"""The title at the top of the body: ``# Title``, perhaps after a short kicker line.

Editors repeat the title as the first heading (MkDocs, Jekyll and CMS exports do the same),
often in a shorter or longer form than the front matter's ``title``, sometimes under a
kicker (Dachzeile: ``Gesundheit``, ``Corona-Warnstufe Rot``). That heading is the title as
printed; pubkit prints it once:

- no ``title`` in the front matter: the heading becomes ``Metadata.title``;
- the same words as ``title``: the heading is dropped;
- other words: ``title`` stays the document's title (``<title>``, ``dc:title``, XMP), the
  heading is kept as ``Metadata.headline`` and printed in its place;
- a kicker before it becomes ``Metadata.kicker``, printed above the title.

A level-1 heading further down is not the title; the checks report it (HDG002).
Every reader calls :func:`take_title`, so Markdown, Word and HTML notices behave alike.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata

from pubkit.model import Block, Heading, LanguageSpan, Metadata, Paragraph, Text
from pubkit.model.walk import inline_text

__all__ = ["is_kicker", "same_words", "take_title"]

MAX_KICKER_CHARS = 60
MAX_KICKER_WORDS = 8


def take_title(
    metadata: Metadata, blocks: list[Block], *, title_given: bool
) -> tuple[Metadata, list[Block]]:
    """Move a leading level-1 heading (and a kicker above it) into the metadata.

    >>> from pubkit.model import Heading, Text
    >>> meta = Metadata(title="Neue Regeln ab Montag", language="de")
    >>> m, rest = take_title(meta, [Heading(level=1, content=(Text(text="Neue Regeln"),))],
    ...                      title_given=True)
    >>> m.title, m.headline, rest
    ('Neue Regeln ab Montag', 'Neue Regeln', [])
    """
    kicker: str | None = None
    index = 0
    if len(blocks) > 1 and is_kicker(blocks[0]) and _is_h1(blocks[1]):
        kicker = inline_text(blocks[0].content).strip()  # type: ignore[union-attr]  # a Paragraph
        index = 1
    if not blocks or not _is_h1(blocks[index]):
        return metadata, blocks
    heading = blocks[index]
    assert isinstance(heading, Heading)
    text = " ".join(inline_text(heading.content).split())
    rest = blocks[index + 1 :]
    if not title_given or not metadata.title.strip():
        return dataclasses.replace(metadata, title=text, kicker=kicker), rest
    headline = None if same_words(text, metadata.title) else text
    return dataclasses.replace(metadata, headline=headline, kicker=kicker), rest


def is_kicker(block: Block) -> bool:
    """A short line of plain text, not a sentence: ``Gesundheit``, ``Corona-Warnstufe Rot``."""
    if not isinstance(block, Paragraph):
        return False
    if not all(isinstance(node, Text | LanguageSpan) for node in block.content):
        return False
    text = inline_text(block.content).strip()
    return (
        0 < len(text) <= MAX_KICKER_CHARS
        and len(text.split()) <= MAX_KICKER_WORDS
        and not text.endswith((".", "!", "?"))
    )


def same_words(a: str, b: str) -> bool:
    """Equal once case, quotes, dashes and spacing are ignored."""
    return _fold(a) == _fold(b)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def _is_h1(block: Block) -> bool:
    return isinstance(block, Heading) and block.level == 1
