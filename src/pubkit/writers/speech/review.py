"""What will be spoken beside what is written: a proofreading aid for editors.

``pubkit speech-text NOTICE`` prints every sentence of the audio. A sentence the
normaliser changed is printed twice: as written, and as it will be spoken with each change
in brackets — ``[24.11. → vierundzwanzigsten November]`` — so a person can check the
readings without listening to the whole recording. Passages in another language than the
notice are marked with their language (``{en: Thank you}``).

>>> from pubkit.writers.speech.review import marked
>>> marked("Am 3. März um 9 Uhr.", "Am dritten März um neun Uhr.")
'Am [3. → dritten] März um [9 → neun] Uhr.'
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass

from pubkit.model import Document
from pubkit.model.lang import primary_language
from pubkit.writers.speech.normalize import normalize
from pubkit.writers.speech.script import script

__all__ = ["ReviewLine", "format_review", "marked", "review"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ReviewLine:
    id: str
    written: str
    spoken: str
    """What the engine is given, all language runs joined."""
    marked: str
    """``spoken`` with every change against ``written`` in brackets."""
    changes: int
    languages: tuple[str, ...] = ()
    """Languages other than the notice's read in this sentence (each by its own voice)."""

    @property
    def changed(self) -> bool:
        return self.changes > 0 or bool(self.languages)


_TOKEN = re.compile(r"(\s*)(\[\[[^\]]*\]\]|[\w'’]+(?:[-.,:/–][\w'’]+)*|[^\w\s])")


def _tokens(text: str) -> list[tuple[str, str]]:
    return [(m.group(1), m.group(2)) for m in _TOKEN.finditer(text)]


def _join(tokens: list[tuple[str, str]]) -> str:
    return "".join(space + token for space, token in tokens).strip()


def _diff(written: str, spoken: str, lang: str | None = None) -> tuple[str, int]:
    """``spoken`` marked against ``written``; ``lang`` (the language of both) lets a change
    be split where the normaliser added commas, by speaking the written pieces again."""
    a, b = _tokens(written), _tokens(spoken)

    def speak(i1: int, i2: int) -> list[str]:
        assert lang is not None
        return [t for _, t in _tokens(normalize(_join(a[i1:i2]), lang))]

    out: list[str] = []
    changes = 0
    steps = _by_parts([t for _, t in a], [t for _, t in b], speak if lang else None)
    for op, i1, i2, j1, j2 in steps:
        if op == "equal":
            out.append("".join(space + token for space, token in b[j1:j2]))
            continue
        changes += 1
        space = (b[j1] if j1 < j2 else a[i1])[0] and " "
        if op == "insert":
            out.append(f"{space}[+ {_join(b[j1:j2])}]")
        elif op == "delete":
            out.append(f"{space}[− {_join(a[i1:i2])}]")
        else:
            out.append(f"{space}[{_join(a[i1:i2])} → {_join(b[j1:j2])}]")
    return "".join(out).strip(), changes


def _punctuation(token: str) -> bool:
    return token in (",", ".")


def _kind(i1: int, i2: int, j1: int, j2: int) -> str:
    return "insert" if i1 == i2 else "delete" if j1 == j2 else "replace"


Speak = Callable[[int, int], list[str]]
"""The spoken tokens of written tokens ``i1:i2`` said on their own."""


def _spoken_commas(
    b: list[str], cuts_a: list[int], i1: int, i2: int, j1: int, j2: int, speak: Speak
) -> list[int] | None:
    """Which commas of the spoken side ``b[j1:j2]`` stand for the written commas: each
    written piece is spoken again on its own; None unless the pieces make up ``b[j1:j2]``.

    The normaliser adds commas (between a phone number's digit groups), so the written
    commas are found among the spoken ones this way.
    """
    out: list[int] = []
    position = j1
    for start, end in zip([i1, *(c + 1 for c in cuts_a)], [*cuts_a, i2], strict=True):
        said = speak(start, end)
        if b[position : position + len(said)] != said:
            return None
        position += len(said)
        if end < i2:  # the written comma after this piece
            if position >= j2 or b[position] != ",":
                return None
            out.append(position)
            position += 1
    return out if position == j2 else None


def _by_commas(
    a: list[str],
    b: list[str],
    i1: int,
    i2: int,
    j1: int,
    j2: int,
    speak: Speak | None = None,
) -> list[tuple[str, int, int, int, int]]:
    """A change with as many commas on both sides is one change per comma-separated piece:
    ``2024, 14:20`` → ``[2024 → zweitausendvierundzwanzig], [14:20 → vierzehn]``; with more
    commas spoken than written, the written pieces are spoken again to find theirs."""
    cuts_a = [i for i in range(i1, i2) if a[i] == ","]
    cuts_b = [j for j in range(j1, j2) if b[j] == ","]
    if cuts_a and len(cuts_b) > len(cuts_a) and speak is not None:
        cuts_b = _spoken_commas(b, cuts_a, i1, i2, j1, j2, speak) or cuts_b
    if not cuts_a or len(cuts_a) != len(cuts_b):
        return [(_kind(i1, i2, j1, j2), i1, i2, j1, j2)]
    out = []
    starts = zip([i1, *(i + 1 for i in cuts_a)], [j1, *(j + 1 for j in cuts_b)], strict=True)
    ends = zip([*cuts_a, i2], [*cuts_b, j2], strict=True)
    for n, ((x1, y1), (x2, y2)) in enumerate(zip(starts, ends, strict=True)):
        if n:  # the comma before this piece
            out.append(("equal", x1 - 1, x1, y1 - 1, y1))
        if a[x1:x2] == b[y1:y2]:
            out.append(("equal", x1, x2, y1, y2))
        elif x1 < x2 or y1 < y2:
            out.append((_kind(x1, x2, y1, y2), x1, x2, y1, y2))
    return out


def _by_parts(
    a: list[str], b: list[str], speak: Speak | None = None
) -> list[tuple[str, int, int, int, int]]:
    """:func:`_opcodes` for each part between semicolons when both sides have as many: a
    table row („Mo.: 7–20.25 Uhr; Di.: …; Mi.: …“) repeats its words in every part, and
    one diff over the whole row paired a part's words with the next part's (the listing
    showed „[Mi. → Freitag]“ where the spoken text was right)."""
    cuts_a = [i for i, t in enumerate(a) if t == ";"]
    cuts_b = [j for j, t in enumerate(b) if t == ";"]
    if not cuts_a or len(cuts_a) != len(cuts_b):
        return _opcodes(a, b, speak)
    out: list[tuple[str, int, int, int, int]] = []
    starts = zip([0, *(i + 1 for i in cuts_a)], [0, *(j + 1 for j in cuts_b)], strict=True)
    ends = zip([*cuts_a, len(a)], [*cuts_b, len(b)], strict=True)
    for n, ((x1, y1), (x2, y2)) in enumerate(zip(starts, ends, strict=True)):
        if n:  # the semicolon before this part
            out.append(("equal", x1 - 1, x1, y1 - 1, y1))

        def shifted(i1: int, i2: int, x1: int = x1) -> list[str]:
            assert speak is not None
            return speak(i1 + x1, i2 + x1)

        for op, i1, i2, j1, j2 in _opcodes(a[x1:x2], b[y1:y2], shifted if speak else None):
            out.append((op, i1 + x1, i2 + x1, j1 + y1, j2 + y1))
    return out


def _opcodes(
    a: list[str], b: list[str], speak: Speak | None = None
) -> list[tuple[str, int, int, int, int]]:
    """The edit steps from ``a`` to ``b``, anchored on words.

    A comma or full stop is no anchor of its own: matched alone it pairs the comma after
    a phone number with the comma the normaliser put between its digit groups, and the
    full stop of "1." with the sentence's last one (``[01 → ersten November …]. [− November
    2020.]``). It counts as equal only next to an equal word, at the edge of a change where
    both sides have it (``[2020 → zweitausendzwanzig].``), or where both sides of a change
    have as many commas.
    """
    matcher = difflib.SequenceMatcher(isjunk=_punctuation, a=a, b=b, autojunk=False)
    out: list[tuple[str, int, int, int, int]] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "replace":
            out.append((op, i1, i2, j1, j2))
            continue
        head = 0  # equal punctuation at the start of the change
        while i1 + head < i2 and j1 + head < j2 and a[i1 + head] == b[j1 + head]:
            head += 1
        tail = 0
        while (
            i2 - tail > i1 + head and j2 - tail > j1 + head and a[i2 - tail - 1] == b[j2 - tail - 1]
        ):
            tail += 1
        if head:
            out.append(("equal", i1, i1 + head, j1, j1 + head))
        x1, x2, y1, y2 = i1 + head, i2 - tail, j1 + head, j2 - tail
        # A pause the normaliser added at the edge of a change is a change of its own, so
        # the marker covers only the changed words: "Waltrop[+ ,] [Tel. … → Telefon …]".
        added_before = x1 < x2 and y2 - y1 > 1 and _punctuation(b[y1]) and a[x1] != b[y1]
        added_after = x1 < x2 and y2 - y1 > 1 and _punctuation(b[y2 - 1]) and a[x2 - 1] != b[y2 - 1]
        if added_before:
            out.append(("insert", x1, x1, y1, y1 + 1))
            y1 += 1
        if added_after and y2 - y1 > 1:
            y2 -= 1
        else:
            added_after = False
        if x1 < x2 or y1 < y2:
            out.extend(_by_commas(a, b, x1, x2, y1, y2, speak))
        if added_after:
            out.append(("insert", x2, x2, y2, y2 + 1))
        if tail:
            out.append(("equal", i2 - tail, i2, j2 - tail, j2))
    return out


def marked(written: str, spoken: str) -> str:
    """``spoken`` with each difference from ``written`` shown as ``[written → spoken]``."""
    return _diff(written, spoken)[0]


def review(document: Document) -> list[ReviewLine]:
    """Every sentence of the audio with its spoken form and the changes marked."""
    lines = []
    main = primary_language(document.metadata.language)
    for sentence in script(document):
        written = " ".join(sentence.text.split())
        voices = {p.lang for p in sentence.parts}  # re-spoken pieces need one language
        mark, changes = _diff(written, sentence.spoken, voices.pop() if len(voices) == 1 else None)
        others = [p for p in sentence.parts if primary_language(p.lang) != main]
        for part in others:  # which voice reads what
            mark += f"  {{{primary_language(part.lang)}: {part.text}}}"
        lines.append(
            ReviewLine(
                id=sentence.id,
                written=written,
                spoken=sentence.spoken,
                marked=mark,
                changes=changes,
                languages=tuple(primary_language(p.lang) for p in others),
            )
        )
    return lines


def format_review(lines: list[ReviewLine], *, changes_only: bool = False) -> str:
    """Plain text: ``id  written`` and, for a changed sentence, ``→   marked`` below it."""
    width = min(max((len(line.id) for line in lines), default=0), 8)
    out = []
    for line in lines:
        if changes_only and not line.changed:
            continue
        out.append(f"{line.id:<{width}}  {line.written}")
        if line.changed:
            out.append(f"{'→':<{width}}  {line.marked}")
    changed = sum(1 for line in lines if line.changed)
    out.append("")
    out.append(f"{len(lines)} sentences, {changed} changed for speech.")
    return "\n".join(out)
