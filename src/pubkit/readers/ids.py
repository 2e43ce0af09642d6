"""Readable, unique fragment identifiers for headings."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

__all__ = ["IdMaker", "slugify"]

_GERMAN = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"}
)


def slugify(text: str) -> str:
    """An XML-safe id from a heading: ``Öffnungszeiten der Ämter`` → ``oeffnungszeiten-der-aemter``."""
    text = unicodedata.normalize("NFKD", text.translate(_GERMAN))
    text = text.encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if not slug or not slug[0].isalpha():
        slug = "s-" + slug if slug else "section"
    return slug[:60].rstrip("-")


@dataclass(slots=True)
class IdMaker:
    """Hands out ids, adding ``-2``, ``-3`` … where a heading text repeats."""

    seen: set[str] = field(default_factory=set)

    def make(self, text: str) -> str:
        base = slugify(text)
        ident, number = base, 1
        while ident in self.seen:
            number += 1
            ident = f"{base}-{number}"
        self.seen.add(ident)
        return ident
