"""Sentences and words of German and English notice text, counted the way readers see them.

The splitter knows what breaks naive splitters (ACCESSIBILITY.md 4.4): a full stop does not
end a sentence after an abbreviation (``z. B.``, ``Nr.``), an initial or a dotted acronym
(``F.A.Z.``), an ordinal (``3. März``) or inside a digit group (``1.000``), nor before a
lower-case word.

>>> split_sentences("Am 3. März kamen rund 1.000 Gäste, z. B. vom F.A.Z.-Institut. Es war schön!")
['Am 3. März kamen rund 1.000 Gäste, z. B. vom F.A.Z.-Institut.', 'Es war schön!']
"""

from __future__ import annotations

import re

__all__ = ["alphabetic", "split_sentences", "words"]

# Written with their final full stop removed and lower-cased.
_ABBREVIATIONS = frozenset(
    [
        "z",
        "b",
        "bzw",
        "ca",
        "usw",
        "d",
        "h",
        "u",
        "a",
        "o",
        "ä",
        "s",
        "vgl",
        "ggf",
        "evtl",
        "inkl",
        "exkl",
        "bspw",
        "sog",
        "zzgl",
        "abs",
        "art",
        "nr",
        "tel",
        "str",
        "st",
        "dr",
        "prof",
        "hr",
        "fr",
        "frl",
        "dipl",
        "ing",
        "jh",
        "jhd",
        "mio",
        "mrd",
        "max",
        "min",
        "bzw.",
        "etc",
        "e.g",
        "i.e",
        "mr",
        "mrs",
        "ms",
        "no",
        "vs",
        "approx",
        "jan",
        "feb",
        "mär",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "okt",
        "nov",
        "dez",
        "mo",
        "di",
        "mi",
        "do",
        "sa",
        "so",
        "tsd",
        "mind",
        "tgl",
        "gem",
        "lt",
        "ff",
        "f",
        "sen",
        "jun",
        "gegr",
        "geb",
        "verh",
        "röm",
        "kath",
        "ev",
        "bzgl",
        "ebd",
        "hrsg",
    ]
)
_MONTHS = frozenset(
    [
        "januar",
        "jänner",
        "februar",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
        "january",
        "february",
        "march",
        "may",
        "june",
        "july",
        "october",
        "december",
    ]
)
_END = re.compile(r"[.!?…]+[\"'“”‘’»«)\]]*")
_CLOSERS = "\"'“”‘’»«)]"
_OPENERS = "„‚»«\"'“‘(["


def _is_boundary(text: str, end: int, before: str, after: str) -> bool:
    """Whether the terminator ending at ``end`` closes a sentence."""
    nxt = after.lstrip()
    if not nxt:
        return True
    first = nxt.lstrip(_OPENERS)[:1]
    if not first or not (first.isupper() or first.isdigit()):
        return False  # no sentence starts with a lower-case word
    mark = text[end - 1] if end else ""
    stripped = text[:end].rstrip(_CLOSERS)
    if not stripped.endswith("."):
        return mark != "…" or first.isupper()
    token = before.split()[-1] if before.split() else ""
    core = re.split(r"[-/]", token.rstrip(".").lstrip(_OPENERS).lower())[-1]
    if core in ("a.m", "p.m"):  # "… to 5 p.m. Bring …": the time ends the sentence
        return True
    if "." in core:  # F.A.Z., z.B., U.S.
        return False
    if len(core) == 1 and core.isalpha():  # initials and "l." (links)
        return False
    if core in _ABBREVIATIONS:
        return False
    if core.isdigit() and len(core) <= 2:  # ordinals: "3. März", "2. Welle", "am 24. 11."
        return False
    next_word = re.split(r"[\s,.;:!?]", nxt.lstrip(_OPENERS), maxsplit=1)[0].lower()
    return not (core.isdigit() and next_word in _MONTHS)


def split_sentences(text: str) -> list[str]:
    """Split running text into sentences; whitespace is normalised, nothing else changes."""
    text = " ".join(text.split())
    if not text:
        return []
    out: list[str] = []
    start = 0
    for match in _END.finditer(text):
        end = match.end()
        if end < len(text) and not text[end].isspace():
            continue  # "1.000", "F.A.Z.-Institut", "www.x.de"
        if _is_boundary(text, end, text[start : match.start() + 1], text[end:]):
            out.append(text[start:end].strip())
            start = end
    rest = text[start:].strip()
    if rest:
        out.append(rest)
    return [s for s in out if any(c.isalnum() for c in s)]


_EDGE = "\"'“”‘’„‚»«()[]{}.,;:!?…–—-*/"


def words(sentence: str) -> list[str]:
    """The words of a sentence: whitespace-separated tokens holding a letter or digit.

    Punctuation at the edges is removed; ``1.000``, ``F.A.Z.-Institut`` and a URL stay one
    word, and a dash standing alone is not a word.

    >>> words("Das Amt gehört zu rund 1.000 „Helden“ – sagt die F.A.Z.")
    ['Das', 'Amt', 'gehört', 'zu', 'rund', '1.000', 'Helden', 'sagt', 'die', 'F.A.Z']
    """
    out = []
    for token in sentence.split():
        word = token.strip(_EDGE)
        if any(c.isalnum() for c in word):
            out.append(word)
    return out


def alphabetic(word: str) -> bool:
    """A word made of letters (hyphens allowed): syllable and letter measures use only these."""
    return (
        any(c.isalpha() for c in word)
        and not any(c.isdigit() for c in word)
        and "@" not in word
        and "/" not in word
        and not word.lower().startswith("www.")
    )
