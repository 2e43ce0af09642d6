"""Plain text press releases → :class:`~pubkit.model.Document`.

The format city offices send out: the first line is the title, blank lines separate
paragraphs, a line ``| Rubrik`` names the category. Lines that start with a bullet (``•``,
``-``, ``–``, ``*``, ``▪`` … as Word and e-mail programs write them) or a number (``1.``,
``2)``) are a list, one item per marker, a wrapped line joining its item. Straight quotes
become the language's typographic quotes; nothing else is interpreted, so ``#`` or ``**``
stay as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pubkit.errors import ReadError
from pubkit.i18n import _
from pubkit.model import Block, Document, List, ListItem, Metadata, Paragraph, Text
from pubkit.model.lang import primary_language

__all__ = ["read_press_release", "typographic_quotes"]

_QUOTES = {"de": ("„", "“", "‚", "‘"), "en": ("“", "”", "‘", "’")}
_CATEGORY = re.compile(r"^\|\s*(\S.*?)\s*$")
BULLETS = "•·▪‣◦○●►▸➢➤✓✔■□*-–—"
"""Characters Word, e-mail programs and editors put before a list item."""
_BULLET = re.compile(rf"^[{re.escape(BULLETS)}]\s+(?=\S)")
_NUMBER = re.compile(r"^(\d{1,2})[.)]\s+(?=\S)")


def typographic_quotes(text: str, language: str) -> str:
    """Replace straight quotes by the language's pairs: ``"a 'b'"`` → ``„a ‚b‘“`` for German.

    Apostrophes inside words (``geht's``) stay apostrophes (U+2019).
    """
    open2, close2, open1, close1 = _QUOTES.get(primary_language(language), _QUOTES["en"])
    out: list[str] = []
    double_open = single_open = False
    for index, char in enumerate(text):
        before = text[index - 1] if index else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        if char == '"':
            out.append(close2 if double_open else open2)
            double_open = not double_open
        elif char == "'":
            if before.isalnum() and after.isalnum():
                out.append("’")
            elif (
                not single_open and (before.isspace() or before in '(„“"-–') and not after.isspace()
            ):
                out.append(open1)
                single_open = True
            elif single_open:
                out.append(close1)
                single_open = False
            else:
                out.append("’")
        else:
            out.append(char)
    return "".join(out)


def read_press_release(text: str, *, language: str = "de", source: str | None = None) -> Document:
    """Read a plain-text press release.

    >>> doc = read_press_release('Titel\\n\\n| Soziales\\n\\nDer "Preis" ging an uns.\\n')
    >>> doc.metadata.title, doc.metadata.category, doc.blocks[0].content[0].text
    ('Titel', 'Soziales', 'Der „Preis“ ging an uns.')
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if "\x00" in text:
        raise ReadError(_("The file contains NUL bytes; is it really text?"), source=source)
    chunks: list[tuple[int, list[str]]] = []  # (first line number, lines) per paragraph
    previous_blank = True
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            if previous_blank:
                chunks.append((number, []))
            chunks[-1][1].append(line.strip())
        previous_blank = not line.strip()
    paragraphs = [(line, " ".join(lines)) for line, lines in chunks if lines]
    lines_of = {line: lines for line, lines in chunks if lines}
    if not paragraphs:
        raise ReadError(
            _("The press release is empty: write the title on the first line."), source=source
        )
    (_first_line, title), rest = paragraphs[0], paragraphs[1:]
    category = None
    if rest and (match := _CATEGORY.match(rest[0][1])):
        category = match.group(1)
        rest = rest[1:]
    blocks = tuple(
        block
        for line, _body in rest
        for block in _blocks(lines_of[line], line, lambda t: typographic_quotes(t, language))
    )
    metadata = Metadata(
        title=typographic_quotes(title, language), language=language, category=category
    )
    return Document(metadata=metadata, blocks=blocks, source=source)


def _blocks(lines: list[str], first: int, quotes: Callable[[str], str]) -> list[Block]:
    """A paragraph of the release: text, a list, or text that leads into a list.

    A list needs two items with the same kind of marker (bullets, or numbers counting on);
    a single line that starts with a dash („– Oberbürgermeister Schmidt“) stays text.
    """
    starts = [index for index, line in enumerate(lines) if _marker(line)]
    kinds = {_marker(lines[index]) for index in starts}
    if len(starts) < 2 or len(kinds) != 1:
        return [Paragraph(content=(Text(text=quotes(" ".join(lines))),), line=first)]
    lead = lines[: starts[0]]
    items: list[ListItem] = []
    numbers: list[int] = []
    for position, index in enumerate(starts):
        end = starts[position + 1] if position + 1 < len(starts) else len(lines)
        head = lines[index]
        number = _NUMBER.match(head)
        if number:
            numbers.append(int(number.group(1)))
        text = " ".join([_without_marker(head), *lines[index + 1 : end]])
        items.append(
            ListItem(
                blocks=(Paragraph(content=(Text(text=quotes(text)),), line=first + index),),
                line=first + index,
            )
        )
    ordered = bool(numbers)
    if ordered and numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return [Paragraph(content=(Text(text=quotes(" ".join(lines))),), line=first)]
    out: list[Block] = []
    if lead:
        out.append(Paragraph(content=(Text(text=quotes(" ".join(lead))),), line=first))
    start = numbers[0] if ordered and numbers[0] != 1 else None
    out.append(List(ordered=ordered, items=tuple(items), start=start, line=first + starts[0]))
    return out


def _marker(line: str) -> str | None:
    if _BULLET.match(line):
        return "bullet"  # „•“ items with „-“ sub-items (Word) are one list
    return "number" if _NUMBER.match(line) else None


def _without_marker(line: str) -> str:
    return _NUMBER.sub("", _BULLET.sub("", line, count=1), count=1)
