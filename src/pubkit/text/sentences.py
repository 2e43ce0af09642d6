"""Sentence splitting for German and English, careful about abbreviations and numbers.

A full stop ends a sentence only when the next word starts a new one. It does not after a
known abbreviation (``z. B.``, ``Nr. 5``, ``ca.``, ``e.g.``), a dotted acronym (``F.A.Z.``),
an initial (``Ingo L. Müller``), an ordinal (``am 3. März``, ``der 2. Platz``) or inside a
number (``1.000``, ``24.11.2026``). ``!``, ``?`` and ``…`` end a sentence before a capital.

Pure and dependency-free, so the speech renderer and the plain-language tools share it:

>>> split_sentences("Am 3. März kommen z. B. rund 1.000 Gäste. Die F.A.Z. berichtet.", "de")
['Am 3. März kommen z. B. rund 1.000 Gäste.', 'Die F.A.Z. berichtet.']
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["sentence_spans", "split_sentences"]

# Abbreviations written with a final full stop, without it; case matters ("B" of "z. B.").
_ABBREVIATIONS: dict[str, frozenset[str]] = {
    "de": frozenset(
        [
            "z",
            "B",
            "u",
            "a",
            "o",
            "Ä",
            "ä",
            "d",
            "h",
            "l",
            "r",
            "M",
            "v",
            "s",
            "S",
            "i",
            "e",
            "V",
            "Nr",
            "Nrn",
            "ca",
            "Dr",
            "Prof",
            "St",
            "Str",
            "Tel",
            "Fax",
            "bzw",
            "vgl",
            "ggf",
            "inkl",
            "zzgl",
            "exkl",
            "evtl",
            "ggü",
            "Hr",
            "Fr",
            "Mo",
            "Di",
            "Mi",
            "Do",
            "Sa",
            "So",
            "Jan",
            "Feb",
            "Mär",
            "Apr",
            "Jun",
            "Jul",
            "Aug",
            "Sep",
            "Sept",
            "Okt",
            "Nov",
            "Dez",
            "Abs",
            "Art",
            "Bd",
            "Hrsg",
            "Mio",
            "Mrd",
            "Tsd",
            "Std",
            "Min",
            "Pkt",
            "geb",
            "gest",
            "Ing",
            "Dipl",
            "Bhf",
            "Jh",
            "Jhd",
            "Kap",
            "Ziff",
            "lt",
            "gem",
            "sog",
            "Verf",
            "Mrd",
            "Anm",
            "Ref",
            "Az",
        ]
    ),
    "en": frozenset(
        [
            "Mr",
            "Mrs",
            "Ms",
            "Dr",
            "Prof",
            "St",
            "No",
            "Nos",
            "vs",
            "approx",
            "Jan",
            "Feb",
            "Mar",
            "Apr",
            "Jun",
            "Jul",
            "Aug",
            "Sep",
            "Sept",
            "Oct",
            "Nov",
            "Dec",
            "Mon",
            "Tue",
            "Wed",
            "Thu",
            "Fri",
            "Sat",
            "Sun",
            "Fig",
            "Vol",
            "Ch",
            "Ave",
            "Rd",
            "Jr",
            "Sr",
            "Inc",
            "Ltd",
            "Co",
            "cf",
        ]
    ),
}
# Abbreviations that may also end a sentence: a capital after them starts a new one.
_FINAL = frozenset({"usw", "etc", "usf", "ff"})
_MONTHS = frozenset(
    [
        "Januar",
        "Jänner",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
        "January",
        "February",
        "March",
        "May",
        "June",
        "July",
        "October",
        "December",
    ]
)
# Words after which "3." is an ordinal ("der 3. Platz"), not the end of a sentence.
_BEFORE_ORDINAL = frozenset(
    [
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "am",
        "zum",
        "vom",
        "im",
        "beim",
        "ab",
        "bis",
        "seit",
        "dieser",
        "diese",
        "dieses",
        "jeder",
        "jede",
        "jedes",
        "ihr",
        "ihre",
        "sein",
        "seine",
        "unser",
        "unsere",
        "zur",
        "Der",
        "Die",
        "Das",
        "Am",
        "Zum",
        "Vom",
        "Im",
        "Beim",
        "Ab",
        "Bis",
        "Seit",
    ]
)

_CANDIDATE = re.compile(r"([.!?…]+)([\"'»«“”’)\]]*)(\s+)(?=\S)")
_OPENERS = "„“»«\"'‚([¿¡"
_DOTTED = re.compile(r"^(?:\w{1,3}\.)+\w{1,3}$")
_NUMBER = re.compile(r"^\d{1,4}$")


def _primary(language: str) -> str:
    return language.split("-", 1)[0].lower()


def sentence_spans(
    text: str, language: str, *, abbreviations: Iterable[str] = ()
) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence in ``text``, surrounding spaces excluded.

    ``abbreviations`` adds document terms such as ``F.A.Z.``: any of them ending in a full
    stop never ends a sentence.
    """
    known = set(_ABBREVIATIONS.get(_primary(language), frozenset()))
    for term in abbreviations:
        term = term.strip()
        if term.endswith("."):
            known.add(term[:-1].rsplit(" ", 1)[-1])
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _CANDIDATE.finditer(text):
        if _is_boundary(text, match, known):
            end = match.end(2)
            spans.append((start, end))
            start = match.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in spans if s < e]


def split_sentences(text: str, language: str, *, abbreviations: Iterable[str] = ()) -> list[str]:
    """The sentences of ``text``, each stripped of surrounding spaces."""
    spans = sentence_spans(text, language, abbreviations=abbreviations)
    return [text[s:e] for s, e in spans]


def _is_boundary(text: str, match: re.Match[str], known: set[str]) -> bool:
    nxt = text[match.end()]
    if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS):
        return False
    if match.group(1) != ".":
        return True
    before = text[: match.start()]
    token = re.split(r"[\s(\[„“\"'»«/]", before)[-1]
    if not token:
        return True
    next_word = re.match(r"[\w.]+", text[match.end() :])
    following = next_word.group(0).rstrip(".") if next_word else ""
    if token in known or (token[0].isupper() and len(token) == 1):
        return False
    if token in _FINAL:
        return True
    if _DOTTED.match(token) and not _NUMBER.match(token.replace(".", "")):
        return False
    if _NUMBER.match(token):
        words = before[: len(before) - len(token)].split()
        previous = words[-1] if words else ""
        return not (following in _MONTHS or previous in _BEFORE_ORDINAL)
    return True
