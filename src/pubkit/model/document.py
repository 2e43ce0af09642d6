"""The document root and its metadata."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypeAlias

from pubkit.model.blocks import Block

__all__ = [
    "EASY_READ_KINDS",
    "FRONT_MATTER_KEYS",
    "Accessibility",
    "Document",
    "ExtraValue",
    "Metadata",
    "is_easy_read_kind",
]

ExtraValue: TypeAlias = "str | int | float | bool | tuple[ExtraValue, ...] | None"
"""A front-matter value pubkit does not interpret: a scalar, or a tuple (a YAML list, or a
mapping written as ``(key, value)`` pairs). Dates are ISO text."""

FRONT_MATTER_KEYS: tuple[str, ...] = (
    "title",
    "lang",
    "subtitle",
    "authors",
    "publisher",
    "date",
    "category",
    "description",
    "keywords",
    "identifier",
    "abbreviations",
    "pronunciations",
    "accessibility",
    "plain_language",
    "line_breaks",
)
"""The front-matter keys pubkit reads; any other key is kept in :attr:`Metadata.extra`."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Accessibility:
    """What the author states about the document's accessibility.

    Facts that can be derived from the content (access modes, features such as alternative
    text) are derived by the renderers; only what needs a person's word is stored here.
    """

    summary: str | None = None
    """Overrides the generated ``schema:accessibilitySummary``."""
    hazards: tuple[str, ...] = ("none",)
    """``schema:accessibilityHazard`` values; ``none`` for a plain notice."""
    certified_by: str | None = None
    """Who evaluated the document by hand. Only then may a conformance claim be made."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Metadata:
    """Facts about the notice as a whole, taken from the front matter."""

    title: str
    language: str
    """BCP 47 tag of the main language, e.g. ``de`` or ``en-GB``. Required."""
    subtitle: str | None = None
    headline: str | None = None
    """The title as printed on the page, when the body's first heading words it differently
    from ``title`` (which stays the title in ``<title>``, ``dc:title`` and the PDF's XMP)."""
    kicker: str | None = None
    """A short line printed above the title (Dachzeile): ``Gesundheit``, ``Corona-Warnstufe Rot``."""
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    date: str | None = None
    """ISO 8601 calendar date, possibly partial: ``2026-11-24``, ``2026-11`` or ``2026``."""
    category: str | None = None
    description: str | None = None
    keywords: tuple[str, ...] = ()
    identifier: str | None = None
    """Stable identifier (URN or URL); renderers derive one from the content when absent."""
    abbreviations: tuple[tuple[str, str], ...] = ()
    """Glossary: (abbreviation, expansion) pairs, in the order they were defined."""
    pronunciations: tuple[tuple[str, str], ...] = ()
    """Lexicon for speech: (written form, how to say it) pairs."""
    accessibility: Accessibility = field(default_factory=Accessibility)
    extra: tuple[tuple[str, ExtraValue], ...] = ()
    """Front-matter keys pubkit does not use (``source_url``, ``slug``, ``kind``, a CMS id …),
    in the order written, kept so that filters and later tools can read them."""

    def glossary(self) -> dict[str, str]:
        """The abbreviations as a dictionary."""
        return dict(self.abbreviations)

    def display_title(self) -> str:
        """The title as printed on the page: the headline if there is one, else the title."""
        return self.headline or self.title

    def extra_value(self, key: str) -> ExtraValue:
        """The value of an extra front-matter key, or None."""
        return dict(self.extra).get(key)

    def is_easy_read(self) -> bool:
        """Whether the notice is written in easy language (Leichte or Einfache Sprache, easy
        read): ``kind``, ``language_level`` or ``category`` says so in the front matter."""
        values = (self.category, self.extra_value("kind"), self.extra_value("language_level"))
        return any(is_easy_read_kind(v) for v in values)


EASY_READ_KINDS = frozenset({"easy-read", "leichte-sprache", "einfache-sprache"})
"""Front-matter values (case and spaces folded: ``Leichte Sprache``) that mark easy language."""


def is_easy_read_kind(value: object) -> bool:
    """Whether a front-matter value names easy language: ``easy read``, ``Leichte Sprache`` …"""
    return isinstance(value, str) and "-".join(value.lower().split()) in EASY_READ_KINDS


@dataclass(frozen=True, slots=True, kw_only=True)
class Document:
    """One notice: metadata and a sequence of blocks."""

    metadata: Metadata
    blocks: tuple[Block, ...]
    source: str | None = field(default=None, compare=False)
    """Path of the file it was read from; resources such as images resolve against its folder."""
