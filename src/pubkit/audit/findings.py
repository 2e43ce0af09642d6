"""The one finding type of ``pubkit check`` on files, whatever tool found it.

pubkit's own checks of finished files and the external validators (veraPDF, EPUBCheck,
Ace, axe-core) all report :class:`Finding` values, so reports, thresholds and ignores
treat them alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final, Literal

from pubkit.i18n import active_language

__all__ = [
    "SEVERITIES",
    "FileReport",
    "Finding",
    "Severity",
    "at_or_above",
    "severity_of",
    "severity_word",
]

Severity = Literal["error", "warning", "info"]
SEVERITIES: Final[tuple[Severity, ...]] = ("info", "warning", "error")


@dataclass(frozen=True, slots=True, kw_only=True)
class Finding:
    """One problem in one file.

    >>> Finding(file="out/a.pdf", rule="PDF002", severity="error", message="No /Lang.", tool="pubkit")
    Finding(file='out/a.pdf', rule='PDF002', severity='error', message='No /Lang.', tool='pubkit', location='', line=None, tool_severity='')
    """

    file: str
    rule: str
    """``PDF002`` for pubkit's own rules; the tool's rule id for a validator."""
    severity: Severity
    message: str
    """What is wrong and how to fix it."""
    tool: str
    """``pubkit``, ``verapdf``, ``epubcheck``, ``ace`` or ``axe``."""
    location: str = ""
    """Where in the file: a page, an XHTML file and element, a CSS selector."""
    line: int | None = None
    """1-based line in a source file, when known."""
    tool_severity: str = ""
    """The tool's own word (EPUBCheck ``fatal``, axe ``serious``), when it differs."""
    lang: str = field(default_factory=active_language, repr=False, compare=False)
    """The language of ``message`` (``de``, ``en``): by default the one active when the
    finding was made (:mod:`pubkit.i18n`); validators' own messages are ``en``."""

    def __str__(self) -> str:
        return self.shown(self.severity)

    def shown(self, severity: str) -> str:
        """The finding as one line, with ``severity`` in words (e.g. German ``Fehler``)."""
        place = self.file if self.line is None else f"{self.file}:{self.line}"
        where = f" ({self.location})" if self.location else ""
        return f"{place}: {severity} {self.rule} [{self.tool}]{where}: {self.message}"


def severity_word(severity: Severity) -> str:
    """``error``, ``warning`` or ``info`` in the active language (:mod:`pubkit.i18n`)."""
    from pubkit.i18n import severity_word as word

    return word(severity)


@dataclass(frozen=True, slots=True, kw_only=True)
class FileReport:
    """Everything ``pubkit check`` found in one file, and which tools looked at it."""

    file: str
    kind: str
    """``source``, ``pdf``, ``epub``, ``html`` or ``audio``."""
    findings: tuple[Finding, ...]
    tools: tuple[str, ...]
    """The tools that ran on the file (``pubkit`` first)."""
    ignored: tuple[Finding, ...] = ()
    """Findings silenced by a per-rule ignore in the project file."""


_TOOL_SEVERITY: Final[dict[str, Severity]] = {
    # veraPDF, EPUBCheck
    "fatal": "error",
    "error": "error",
    "warning": "warning",
    "usage": "info",
    "info": "info",
    # axe-core and Ace (axe impact)
    "critical": "error",
    "serious": "error",
    "moderate": "warning",
    "minor": "info",
}


def severity_of(tool_severity: str) -> Severity:
    """pubkit's three levels for a tool's own severity word (unknown words count as errors)."""
    return _TOOL_SEVERITY.get(tool_severity.lower(), "error")


def at_or_above(severity: Severity, threshold: Severity) -> bool:
    """Whether ``severity`` reaches ``threshold`` (``info`` < ``warning`` < ``error``)."""
    return SEVERITIES.index(severity) >= SEVERITIES.index(threshold)
