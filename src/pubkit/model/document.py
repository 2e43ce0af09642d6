"""The document root and its metadata."""

from __future__ import annotations

from dataclasses import dataclass, field

from pubkit.model.blocks import Block

__all__ = ["Accessibility", "Document", "Metadata"]


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
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    date: str | None = None
    """ISO 8601 date (``2026-11-24``)."""
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

    def glossary(self) -> dict[str, str]:
        """The abbreviations as a dictionary."""
        return dict(self.abbreviations)


@dataclass(frozen=True, slots=True, kw_only=True)
class Document:
    """One notice: metadata and a sequence of blocks."""

    metadata: Metadata
    blocks: tuple[Block, ...]
    source: str | None = field(default=None, compare=False)
    """Path of the file it was read from; resources such as images resolve against its folder."""
