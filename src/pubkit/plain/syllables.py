"""Syllable counting by vowel nuclei, for the readability formulas.

German (ACCESSIBILITY.md 4.4): every vowel group a e i o u ä ö ü y is a nucleus, except that
ei, ai, au, eu, äu, ie, aa, ee, oo count once and the u of qu counts not at all. Loan words
such as *Familie* come out one short; that is the published heuristic, and it is the same on
source and summary, so differences stay meaningful. Hyphenation points (Pyphen) are not
syllables: Pyphen keeps two letters at each edge, so *A-bend* would count one.

English uses the common vowel-group rule with silent final *e*, *-es* and *-ed*; it needs
no dictionary (textstat's downloads cmudict at first use, which fails offline).
"""

from __future__ import annotations

import re

__all__ = ["syllables"]

_DE_VOWELS = frozenset("aeiouäöüyéèáàâ")
_DE_PAIRS = frozenset({"ei", "ai", "au", "eu", "äu", "ie", "aa", "ee", "oo", "ey", "ay"})
_EN_GROUP = re.compile(r"[aeiouy]+")


def syllables(word: str, language: str = "de") -> int:
    """The number of syllables in ``word`` (at least 1 for a word with letters).

    >>> [syllables(w) for w in ("Amt", "Soziales", "Auszeichnung", "Quelle", "Corona-Krise")]
    [1, 4, 3, 2, 5]
    >>> [syllables(w, "en") for w in ("notice", "centre", "tested", "open", "the")]
    [2, 2, 2, 2, 1]
    """
    letters = "".join(c for c in word.lower() if c.isalpha())
    if not letters:
        return 0
    if language.lower().startswith("en"):
        return _english(letters)
    return _german(letters)


def _german(word: str) -> int:
    count = 0
    index = 0
    while index < len(word):
        char = word[index]
        if char in _DE_VOWELS and not (char == "u" and index > 0 and word[index - 1] == "q"):
            count += 1
            index += 2 if word[index : index + 2] in _DE_PAIRS else 1
            # Further vowels in the same run that do not form a known pair are new nuclei
            # ("So-zi-a-les"), so the loop simply continues.
            continue
        index += 1
    return max(count, 1)


def _english(word: str) -> int:
    count = len(_EN_GROUP.findall(word))
    syllabic_end = re.search(r"[^aeiouy](?:le|re)$", word) is not None  # ta-ble, cen-tre
    if (
        (
            len(word) > 2
            and word.endswith("e")
            and not syllabic_end
            and not word.endswith(("ee", "ye"))
        )
        or (
            word.endswith("es")
            and not word.endswith(("ses", "xes", "zes", "ches", "shes", "ces", "ges"))
        )
        or (word.endswith("ed") and not word.endswith(("ted", "ded")))
    ):
        count -= 1
    return max(count, 1)
