"""The plain-word lexicon: long official words replaced by short common ones.

The entries live in ``data/plain_words.tsv`` (language, official form, plain form, and why,
with the published guides each choice follows). Only replacements that keep meaning and
grammar in any sentence are listed; numbers, dates, names and contacts are never touched.
Readability formulas count syllables per word, so this is where a draft's reading ease
honestly improves: "Mund-Nasen-Bedeckung" (6 syllables) becomes "Maske" (2), where a hyphen
between the parts of a compound would change nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from pubkit.model.lang import primary_language

__all__ = ["PlainWord", "plain_words", "replacement_words", "use_plain_words"]


@dataclass(frozen=True, slots=True)
class PlainWord:
    """One entry of the lexicon."""

    language: str
    official: str
    plain: str
    """The plain form; empty when the word is a filler that is left out."""
    why: str
    pattern: re.Pattern[str]


_NOT_BEFORE = {
    "zusätzlich": r"(?!\s+zu[mr]?\s)",
    "in addition": r"(?!\s+to\s)",
}
"""Adverbs whose plain word fits only the adverb: „zusätzlich zu den Hallen“ is a preposition
(„auch zu den Hallen“ says something else), as is "in addition to the fee" ("also to the
fee"); there the words stay as written."""


def _compile(official: str) -> re.Pattern[str]:
    if official.startswith("*"):
        return _compile_head(official)
    guard = _NOT_BEFORE.get(official, "")
    ending = official.endswith("*")
    stem = official.rstrip("*")
    first, rest = stem[0], re.escape(stem[1:]).replace(r"\ ", r"\s+")
    # An official form in lower case also stands at the start of a sentence.
    head = f"[{first}{first.upper()}]" if first.islower() else re.escape(first)
    tail = r"(\w*)" if ending else r"()"
    return re.compile(rf"(?<![\w-]){head}{rest}{tail}(?![\w-]){guard}")


def _compile_head(official: str) -> re.Pattern[str]:
    """``*richtlinie*``: the word and every compound ending in it — ``Richtlinie``,
    ``Förderrichtlinien``, ``Corona-Richtlinie``. Groups: ``pre`` (the compound's first part,
    glued), ``hyph`` (a hyphenated first part), the ending last."""
    head = official.strip("*")
    tail = r"(\w*)" if official.endswith("*") else r"()"
    low, cap = re.escape(head.lower()), re.escape(head[:1].upper() + head[1:].lower())
    return re.compile(
        rf"(?<![\w-])(?:(?P<pre>[A-ZÄÖÜ][\w-]*?[a-zäöüß]){low}|(?P<hyph>(?:[A-ZÄÖÜ]\w*-)*){cap})"
        rf"{tail}(?![\w-])"
    )


@cache
def _entries() -> tuple[PlainWord, ...]:
    text = resources.files("pubkit.plain").joinpath("data/plain_words.tsv").read_text("utf-8")
    out: list[PlainWord] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 4:
            raise ValueError(f"plain_words.tsv:{number}: expected 4 tab-separated fields")
        language, official, plain, why = fields
        plain = "" if plain == "-" else plain
        out.append(PlainWord(language, official, plain, why, _compile(official)))
    # Longer forms first: "einen Mund-Nasen-Schutz" before anything inside it.
    return tuple(sorted(out, key=lambda e: -len(e.official)))


def plain_words(language: str) -> tuple[PlainWord, ...]:
    """The lexicon's entries for ``language`` (de, en)."""
    lang = primary_language(language)
    return tuple(e for e in _entries() if e.language == lang)


@cache
def replacement_words() -> frozenset[str]:
    """Every word the lexicon may bring into a draft (everyday words, never names)."""
    out: set[str] = set()
    for entry in _entries():
        found = re.findall(r"[^\W\d_]+", entry.plain.rstrip("*"))
        out.update(found)
        if entry.plain.endswith("*") and found:  # "Ausweis*": Ausweise, Ausweisen, Ausweises
            out.update(found[-1] + ending for ending in _ENDINGS)
    return frozenset(out)


_ENDINGS = ("e", "en", "er", "es", "em", "n", "s", "r", "m")
"""What follows a lexicon stem: "weitere*" also gives "weiterer" and "weiterem"."""


_NO_TITLE = frozenset({"Informationen"})
"""Nouns no web page is looked up by: „Informationen gibt es auf www…“ names no document, so
the plain word is used there too."""


def use_plain_words(text: str, language: str, *, keep_nouns: bool = False) -> str:
    """``text`` with the lexicon's plain words. With ``keep_nouns`` (a sentence that points
    to a web page) nouns stay as written: the reader looks for "Allgemeinverfügung" there.

    >>> use_plain_words("Derzeit gilt die Pflicht zur Mund-Nasen-Bedeckung.", "de")
    'Jetzt gilt die Pflicht zur Maske.'
    >>> use_plain_words("Bitte bringen Sie Ihren Personalausweis mit.", "de")
    'Bitte bringen Sie Ihren Ausweis mit.'
    >>> use_plain_words("Die aktuellen Regeln gelten.", "de")
    'Die Regeln gelten.'
    >>> use_plain_words("Additional help is currently available.", "en")
    'Extra help is now available.'
    """
    for entry in plain_words(language):
        if keep_nouns and entry.official[:1].isupper() and entry.official not in _NO_TITLE:
            continue

        def swap(match: re.Match[str], entry: PlainWord = entry) -> str:
            if not entry.plain:
                return ""
            ending = match.group(match.lastindex or 0) if entry.official.endswith("*") else ""
            if entry.official.startswith("*"):
                # A compound with a plain head: „Förderrichtlinien“ → „Förderregeln“.
                head = entry.plain.strip("*")
                if match.group("pre"):
                    return match.group("pre") + head.lower() + ending
                return (match.group("hyph") or "") + head[:1].upper() + head[1:] + ending
            plain = entry.plain.rstrip("*") + ending
            if match.group(0)[:1].isupper() and plain[:1].islower():
                plain = plain[:1].upper() + plain[1:]
            return plain

        text = entry.pattern.sub(swap, text)
    text = re.sub(r"[ \t]{2,}", " ", text)
    return re.sub(r"^ ", "", text)
