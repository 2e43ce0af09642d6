"""The plain-language version of a notice, as a Document of its own.

Where the author wrote one (a ``::: plain`` block, or a note titled "Einfache Sprache",
"Leichte Sprache", "Easy read" or "Plain language"), it is used as written. Otherwise a
simplifier drafts one (:class:`~pubkit.plain.simplify.BuiltinSimplifier` unless another is
given), and the draft must pass the fidelity check or :class:`~pubkit.plain.facts.FidelityError`
is raised: pubkit never emits a summary with an invented or changed fact.

The result keeps the source's metadata; its subtitle names the variant ("Einfache Sprache ·
Entwurf" for a machine draft, per ACCESSIBILITY.md 1.6: never "Leichte Sprache" without a
reader test), and it ends with a link back to the full text.
"""

from __future__ import annotations

import dataclasses
import math

from pubkit.model import Aside, Block, Document, Link, Paragraph, Text
from pubkit.model.walk import inline_text
from pubkit.plain.abbreviations import written_length
from pubkit.plain.guards import MAX_WORDS, guard_draft
from pubkit.plain.labels import plain_label
from pubkit.plain.llm import configured_writer
from pubkit.plain.readability import document_units
from pubkit.plain.simplify import BuiltinSimplifier, Simplifier
from pubkit.text.sentences import words

__all__ = [
    "FULL_TEXT_HREF",
    "author_version",
    "is_easy_read",
    "is_plain",
    "kept_words",
    "plain_language",
    "standard_version",
    "word_budget",
]

FULL_TEXT_HREF = "index.html"
"""Where the link back to the full text points: the ``html`` renderer's file."""
SHARE = 0.5
"""The automatic summary keeps at most this share of the source's words (and at most 250)."""


_PLAIN_TITLES = frozenset(
    {
        "einfache sprache",
        "leichte sprache",
        "in einfacher sprache",
        "in leichter sprache",
        "easy read",
        "easy-read",
        "plain language",
        "in plain language",
    }
)


def is_plain(document: Document) -> bool:
    """Whether ``document`` already is a plain-language version made by this transform."""
    subtitle = document.metadata.subtitle or ""
    language = document.metadata.language
    return subtitle.startswith(
        (plain_label(language, "variant"), plain_label(language, "variant_leichte"))
    )


def _leichte_sprache(document: Document) -> bool:
    """Whether the notice names itself Leichte Sprache (``kind``, ``language_level`` or
    ``category``), the stricter standard of the Netzwerk Leichte Sprache: its page says so,
    not „Einfache Sprache“."""
    meta = document.metadata
    values = (meta.category, meta.extra_value("kind"), meta.extra_value("language_level"))
    return any(
        isinstance(v, str) and "-".join(v.lower().split()) == "leichte-sprache" for v in values
    )


def _is_plain_block(block: Block) -> bool:
    if not isinstance(block, Aside):
        return False
    kind: str = block.kind
    return kind == "plain" or inline_text(block.title).strip().lower() in _PLAIN_TITLES


def is_easy_read(document: Document) -> bool:
    """Whether the whole notice is an author-written easy-read text (front matter
    ``kind: easy-read`` or ``leichte-sprache``, or ``category``): it is its own plain version."""
    return document.metadata.is_easy_read()


def author_version(document: Document) -> tuple[Block, ...] | None:
    """The blocks of the author's own plain-language version, if the notice has one."""
    if is_easy_read(document):
        return document.blocks
    for block in document.blocks:
        if isinstance(block, Aside) and _is_plain_block(block):
            return block.blocks
    return None


def standard_version(document: Document) -> Document:
    """The notice without the author's plain-language block: what that block is checked against."""
    blocks = tuple(b for b in document.blocks if not _is_plain_block(b))
    return document if blocks == document.blocks else dataclasses.replace(document, blocks=blocks)


def kept_words(plain: Document) -> int:
    """Words of a plain version taken from its source: the labels pubkit adds do not count
    (the question headings, "Hier ist der ganze Text.", "Die Internet-Adresse ist:"), nor
    does the title."""
    language = plain.metadata.language
    keys = ("what", "when", "who", "todo", "help", "full_text")
    fixed = {plain_label(language, k) for k in keys}
    prefix = plain_label(language, "address")
    total = 0
    for unit in document_units(plain, title=False):
        if unit in fixed:
            continue
        label = len(words(prefix)) if unit.startswith(prefix) else 0
        total += len(words(unit)) - label
    return total


def word_budget(document: Document) -> int:
    """The most words an automatic summary may have: half the source's words, at most 250.

    Both sides are counted without the title, which the summary shares with its source, and
    with abbreviations written out, as the summary writes them.
    """
    words = written_length(document_units(document, title=False), document.metadata.language)
    return min(MAX_WORDS, math.floor(words * SHARE))


def _back_link(language: str) -> Paragraph:
    return Paragraph(
        content=(
            Link(target=FULL_TEXT_HREF, content=(Text(text=plain_label(language, "full_text")),)),
        )
    )


def plain_language(document: Document, *, simplifier: Simplifier | None = None) -> Document:
    """The plain-language version of ``document``.

    Idempotent (a plain version is returned as it is) and deterministic.

    >>> from pubkit.model import Metadata
    >>> doc = Document(metadata=Metadata(title="Test", language="de"),
    ...                blocks=(Paragraph(content=(Text(text="Das Amt ist am 3. März geschlossen."),)),))
    >>> plain = plain_language(doc)
    >>> plain.metadata.subtitle
    'Einfache Sprache · Entwurf'
    """
    if is_plain(document):
        return document
    meta = document.metadata
    language = meta.language
    variant = plain_label(language, "variant")
    written = author_version(document)
    if written is not None:
        if _leichte_sprache(document):
            variant = plain_label(language, "variant_leichte")
        return dataclasses.replace(
            document,
            metadata=dataclasses.replace(meta, subtitle=variant),
            blocks=(*written, _back_link(language)),
        )
    backend = simplifier or configured_writer() or BuiltinSimplifier()
    body = backend.simplify(document, max_words=word_budget(document))
    draft = dataclasses.replace(
        document,
        # The kicker („Pressemitteilung“, „Gesundheit“, a CMS breadcrumb) is left out: the
        # easy version starts with its title.
        metadata=dataclasses.replace(
            meta,
            subtitle=f"{variant} · {plain_label(language, 'draft')}",
            description=None,
            kicker=None,
        ),
        blocks=(*body, _back_link(language)),
    )
    guard_draft(
        document,
        draft,
        allowed_words=backend.allowed_words,
        backend=type(backend).__name__,
        names_only=bool(getattr(backend, "paraphrases", False)),
    )
    return draft
