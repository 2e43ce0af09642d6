"""Every problem of one source file, so that one run reports them all."""

from __future__ import annotations

from dataclasses import dataclass, field

from pubkit.errors import ReadError
from pubkit.i18n import _

__all__ = ["Problems"]


@dataclass(slots=True)
class Problems:
    """Collects (line, message) pairs; :meth:`raise_if_any` raises one ReadError with all.

    >>> problems = Problems("n.md")
    >>> problems.add("Date 2026-13-45 is not possible.", 4)
    >>> problems.add("Raw HTML is not allowed.", 9)
    >>> try:
    ...     problems.raise_if_any()
    ... except ReadError as exc:
    ...     print(exc)
    n.md:4: The file has 2 problems; fix them all:
      n.md:4: Date 2026-13-45 is not possible.
      n.md:9: Raw HTML is not allowed.
    """

    source: str | None
    found: list[tuple[int | None, str]] = field(default_factory=list)

    def add(self, message: str, line: int | None) -> None:
        if (line, message) not in self.found:
            self.found.append((line, message))

    def add_error(self, error: ReadError) -> None:
        """Keep a ReadError raised somewhere inside, without its "file:line: " prefix."""
        text = str(error)
        place = ":".join(str(p) for p in (error.source, error.line) if p is not None)
        if place and text.startswith(f"{place}: "):
            text = text[len(place) + 2 :]
        self.add(text, error.line)

    def raise_if_any(self) -> None:
        if not self.found:
            return
        if len(self.found) == 1:
            line, message = self.found[0]
            raise ReadError(message, source=self.source, line=line)
        ordered = sorted(self.found, key=lambda f: f[0] or 0)
        listed = "\n".join(
            "  " + ":".join(str(p) for p in (self.source, line) if p is not None) + f": {message}"
            for line, message in ordered
        )
        raise ReadError(
            _("The file has {count} problems; fix them all:\n{problems}").format(
                count=len(self.found), problems=listed
            ),
            source=self.source,
            line=min((line for line, _ in ordered if line is not None), default=None),
        )
