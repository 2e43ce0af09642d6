"""Messages for a log or a pipe, without rich (its imports cost a build ≈ 20 ms of start-up).

``pubkit build`` into a file or a CI log has no colours, no progress bar and no terminal to
measure; what rich would write there is the text with its markup removed, and the summary
table drawn in box characters. :class:`PlainConsole` writes the same, for the calls the build
makes (``print`` with ``markup``, ``highlight``, ``soft_wrap``, ``style``). One difference:
a long line stays whole, where rich would wrap it at 80 columns.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from typing import Literal, TextIO

__all__ = ["PlainConsole", "escape", "markup_text", "table_text"]

# rich's own patterns (rich/markup.py, MIT licence): a tag is "[" + one of a-z # / @ + "]",
# preceded by any number of backslashes; an odd number makes it literal text.
_TAG = re.compile(r"((\\*)\[([a-z#/@][^[]*?)])")
_ESCAPE = re.compile(r"(\\*)(\[[a-z#/@][^[]*?])")
_CONTROL = str.maketrans({code: None for code in (7, 8, 11, 12, 13)})  # rich drops these


def escape(text: str) -> str:
    """``text`` as rich markup that shows it as written (rich.markup.escape, the same output)."""
    text = _ESCAPE.sub(lambda m: f"{m.group(1)}{m.group(1)}\\{m.group(2)}", text)
    if text.endswith("\\") and not text.endswith("\\\\"):
        return text + "\\"
    return text


def markup_text(markup: str) -> str:
    """What rich shows for ``markup`` without colours: the tags removed, escapes undone."""
    if "[" not in markup:
        return markup
    out: list[str] = []
    position = 0
    for match in _TAG.finditer(markup):
        full, escapes, _tag = match.groups()
        start, end = match.span()
        if start > position:
            out.append(markup[position:start].replace("\\[", "["))
        position = end
        if escapes:
            backslashes, escaped = divmod(len(escapes), 2)
            out.append("\\" * backslashes)
            if escaped:
                out.append(full[len(escapes) :].replace("\\[", "["))
    if position < len(markup):
        out.append(markup[position:].replace("\\[", "["))
    return "".join(out)


def table_text(
    title: str,
    columns: Sequence[tuple[str, Literal["left", "right"]]],
    rows: Sequence[Sequence[str]],
) -> str:
    """A table as rich draws it by default (heavy head, a title justified left over it)."""
    widths = [
        max(len(c) for c in (name, *(r[i] for r in rows))) for i, (name, _) in enumerate(columns)
    ]

    def line(cells: Sequence[str], bar: str) -> str:
        shown = [
            f" {cell.rjust(w) if justify == 'right' else cell.ljust(w)} "
            for cell, w, (_, justify) in zip(cells, widths, columns, strict=True)
        ]
        return bar + bar.join(shown) + bar

    def rule(left: str, fill: str, middle: str, right: str) -> str:
        return left + middle.join(fill * (w + 2) for w in widths) + right

    width = sum(widths) + 3 * len(widths) + 1
    return "\n".join(
        [
            title.ljust(width),
            rule("┏", "━", "┳", "┓"),
            line([name for name, _ in columns], "┃"),
            rule("┡", "━", "╇", "┩"),
            *(line(row, "│") for row in rows),
            rule("└", "─", "┴", "┘"),
        ]
    )


class PlainConsole:
    """The part of rich's ``Console(stderr=True)`` a build uses, for a stream that is no terminal."""

    is_terminal = False

    def __init__(self, file: TextIO | None = None) -> None:
        self._file = file

    @property
    def file(self) -> TextIO:
        return self._file or sys.stderr  # looked up when written: a test may have replaced it

    def print(
        self,
        *objects: object,
        sep: str = " ",
        end: str = "\n",
        markup: bool | None = None,
        highlight: bool | None = None,
        soft_wrap: bool | None = None,
        style: str | None = None,
    ) -> None:
        """Write ``objects`` as rich would without colours (markup on unless ``markup=False``)."""
        del highlight, soft_wrap, style  # colours and wrapping only
        texts = [str(o) if markup is False else markup_text(str(o)) for o in objects]
        self.file.write(sep.join(texts).translate(_CONTROL) + end)
        self.file.flush()
