"""Exceptions raised by pubkit.

::

    PubkitError
    ├── ReadError (also ValueError)          the source cannot be read into a Document
    ├── InvalidDocument (also ValueError)    the Document breaks a rule; carries .issues
    │   └── FidelityError                    a plain-language draft changes a fact
    ├── ConfigError (also ValueError)        a project file or front-matter setting is wrong
    ├── UnknownFormat (also LookupError)     no reader, renderer or format of that name
    ├── MissingDependency (also ImportError) an optional engine is not installed
    ├── RenderError                          an engine failed while rendering
    │   └── ResourceError                    an image or file is missing or not allowed
    ├── ValidatorUnavailable (RuntimeError)  veraPDF, EPUBCheck, Ace or axe is not installed
    └── ValidatorError (also RuntimeError)   a validator crashed, timed out or said nonsense

Every message says what is wrong, where, and how to fix it.
"""

from __future__ import annotations

from collections.abc import Sequence

from pubkit.issues import Issue

__all__ = [
    "ConfigError",
    "FidelityError",
    "InvalidDocument",
    "MissingDependency",
    "PubkitError",
    "ReadError",
    "RenderError",
    "ResourceError",
    "UnknownFormat",
    "ValidatorError",
    "ValidatorUnavailable",
]


class PubkitError(Exception):
    """Base class of every error pubkit raises on purpose."""


class ReadError(PubkitError, ValueError):
    """The source could not be read; names the file and line."""

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None):
        self.source = source
        self.line = line
        place = ":".join(str(p) for p in (source, line) if p is not None)
        super().__init__(f"{place}: {message}" if place else message)


class InvalidDocument(PubkitError, ValueError):
    """The document is not valid; ``issues`` lists every error found.

    The severity words are in the active message language (:mod:`pubkit.i18n`).
    """

    def __init__(self, message: str, *, issues: Sequence[Issue] = ()):
        from pubkit.i18n import severity_word

        self.issues = tuple(issues)
        if self.issues:
            lines = (f"  {issue.shown(severity_word(issue.severity))}" for issue in self.issues)
            message = message + "\n" + "\n".join(lines)
        super().__init__(message)


class ConfigError(PubkitError, ValueError):
    """A setting in a project file (``pubkit.toml``, ``[tool.pubkit]``), a notice's
    ``pubkit:`` front-matter block or a command-line flag is unknown or has a bad value."""


class UnknownFormat(PubkitError, LookupError):
    """No reader or renderer is registered under the requested name."""


class MissingDependency(PubkitError, ImportError):
    """An optional engine (WeasyPrint, ebooklib, pyttsx3, …) is not installed."""


class RenderError(PubkitError):
    """An engine failed while rendering; the engine's exception is the cause."""


class FidelityError(InvalidDocument):
    """A summary states a fact that is not in its source; ``issues`` names each one."""


class ResourceError(RenderError):
    """A resource is missing or lies outside what the document may use."""


class ValidatorUnavailable(PubkitError, RuntimeError):
    """The external tool (or Java, Node, chromium) is not installed or not found."""


class ValidatorError(PubkitError, RuntimeError):
    """The tool ran but failed: crashed, timed out or gave output that cannot be read."""
