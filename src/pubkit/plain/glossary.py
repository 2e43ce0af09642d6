"""Hard words explained: easy-language texts explain a word the reader needs the first time
it is used („Ein Bußgeld ist eine Strafe in Geld.“).

The entries live in ``data/glossary.tsv`` (language, word, explanation in our own words, and
the guide the choice follows). The built-in writer adds an explanation right after the first
sentence that uses the word, and only while the draft stays within its word budget.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from pubkit.model.lang import primary_language

__all__ = ["Explanation", "explains", "explanation_words", "explanations"]


@dataclass(frozen=True, slots=True)
class Explanation:
    """One entry of the glossary."""

    language: str
    word: str
    text: str
    why: str
    pattern: re.Pattern[str]


def _compile(word: str) -> re.Pattern[str]:
    ending = r"(?:e|en|er|es|n|s)?" if word.endswith("*") else ""
    stem = re.escape(word.rstrip("*")).replace(r"\ ", r"\s+")
    # Whole words, also as the last part of a hyphenated compound ("7-Tage-Inzidenz").
    return re.compile(rf"(?<!\w){stem}{ending}(?![\w-])", re.IGNORECASE)


@cache
def _entries() -> tuple[Explanation, ...]:
    text = resources.files("pubkit.plain").joinpath("data/glossary.tsv").read_text("utf-8")
    out: list[Explanation] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 4:
            raise ValueError(f"glossary.tsv:{number}: expected 4 tab-separated fields")
        language, word, explanation, why = fields
        out.append(Explanation(language, word, explanation, why, _compile(word)))
    return tuple(out)


def explanations(language: str) -> tuple[Explanation, ...]:
    """The glossary's entries for ``language`` (de, en)."""
    lang = primary_language(language)
    return tuple(e for e in _entries() if e.language == lang)


def explains(sentence: str, language: str) -> list[Explanation]:
    """The entries whose word ``sentence`` uses, in the order of the glossary.

    >>> [e.text for e in explains("Wer keine Maske trägt, muss ein Bußgeld zahlen.", "de")]
    ['Ein Bußgeld ist eine Strafe in Geld.']
    >>> explains("Die Inzidenzstufe 2 gilt.", "de")
    []

    A term that the sentence ties to another owner („der Bereitschaftsdienst der
    Wasserversorgung“, "the helpline of the water company") is that owner's thing: the
    general explanation would tell the reader something false.
    """
    return [
        e
        for e in explanations(language)
        if any(not _OWNED.match(sentence, m.end()) for m in e.pattern.finditer(sentence))
    ]


_OWNED = re.compile(r"\s+(?:der|des|vom|von|of(?:\s+the)?)\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ]")
"""A genitive or "of" with a name or noun after the term: whose it is („der Wasserversorgung“);
not an amount („ein Bußgeld von 50 Euro“)."""


@cache
def explanation_words() -> frozenset[str]:
    """Every word an explanation may bring into a draft (everyday words, never names)."""
    return frozenset(w for e in _entries() for w in re.findall(r"[^\W\d_]+", e.text))
