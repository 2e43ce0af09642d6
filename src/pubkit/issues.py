"""The finding type shared by model checks, plain-language rules and validators."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning", "info"]
"""How bad a finding is: ``error`` stops a build, ``warning`` and ``info`` do not."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Issue:
    """One problem found in a document, with where it is and how to fix it.

    >>> Issue(code="IMG001", severity="error", message="Image has no alt text.", line=9)
    Issue(code='IMG001', severity='error', message='Image has no alt text.', where='', line=9, source=None)
    """

    code: str
    """Stable rule code, e.g. ``IMG001``; usable to silence a rule."""
    severity: Severity
    message: str
    """What is wrong and how to fix it, in one or two sentences."""
    where: str = ""
    """Human description of the place: ``heading "Öffnungszeiten"``, ``figure 1``."""
    line: int | None = None
    """1-based line in the source file, when the reader knew it."""
    source: str | None = None
    """The source file name, when known."""

    def __str__(self) -> str:
        return self.shown(self.severity)

    def shown(self, severity: str) -> str:
        """The issue as one line, with ``severity`` in words (e.g. German ``Fehler``)."""
        place = ":".join(str(p) for p in (self.source, self.line) if p is not None)
        parts = [p for p in (place, severity, self.code) if p]
        head = " ".join(parts)
        where = f" ({self.where})" if self.where else ""
        return f"{head}{where}: {self.message}"
