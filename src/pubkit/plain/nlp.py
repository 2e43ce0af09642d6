"""Tokens with part-of-speech tags and lemmas, from HanTa (German) or a light fallback.

HanTa (Hanover Tagger) is an offline model shipped inside its wheel; it is loaded once, on
first use. English text and German without HanTa get tags from a small rule set, enough for
the rules that need them (finite verbs, participles, relative pronouns).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Protocol

from pubkit.model.lang import primary_language

__all__ = ["Token", "detokenize", "has_tagger", "tokenize"]

_LEAD = "\"'“”‘’„‚»«([{"
_TRAIL = "\"'“”‘’»«)]},;:!?…."


@dataclass(frozen=True, slots=True)
class Token:
    """One word or punctuation mark; ``space`` tells whether a space followed it."""

    text: str
    lemma: str
    pos: str
    """STTS tag as HanTa writes it: ``NN``, ``VA(FIN)``, ``VV(PP)``, ``PRELS``, ``$,`` …"""
    space: bool = True

    @property
    def finite(self) -> bool:
        return self.pos.endswith("(FIN)") or self.pos.endswith("(IMP)")

    @property
    def word(self) -> bool:
        return not self.pos.startswith("$")


class _Tagger(Protocol):
    def tag_sent(self, words: list[str], taglevel: int = ...) -> list[tuple[str, str, str]]: ...


@cache
def _hanta() -> _Tagger | None:
    try:
        from HanTa import HanoverTagger  # type: ignore[import-untyped]  # HanTa ships no types
    except ImportError:
        return None
    tagger: _Tagger = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    return tagger


def has_tagger(language: str) -> bool:
    """Whether the full tagger for ``language`` is installed (HanTa for German)."""
    return primary_language(language) != "de" or _hanta() is not None


def _split(sentence: str) -> list[tuple[str, bool]]:
    """Whitespace tokens with edge punctuation peeled off; keeps ``1.000``, ``F.A.Z.-Institut``."""
    out: list[tuple[str, bool]] = []
    chunks = sentence.split()
    for number, chunk in enumerate(chunks):
        last = number == len(chunks) - 1
        lead: list[str] = []
        trail: list[str] = []
        while len(chunk) > 1 and chunk[0] in _LEAD:
            lead.append(chunk[0])
            chunk = chunk[1:]
        while len(chunk) > 1 and chunk[-1] in _TRAIL:
            # Keep the full stop of "z.", "Nr.", "F.A.Z." and of ordinals "3.".
            short = r"(?:\w\.)+\w\." if last else r"(?:\w\.)+\w\.|\w{1,4}\.|\d{1,2}\."
            if chunk[-1] == "." and re.fullmatch(short, chunk):
                break
            trail.insert(0, chunk[-1])
            chunk = chunk[:-1]
        pieces = [*lead, chunk, *trail]
        for index, piece in enumerate(pieces):
            out.append((piece, index == len(pieces) - 1))
    return out


_DE_FIN = re.compile(
    r"^(?:ist|sind|war|waren|hat|haben|hatte|hatten|wird|werden|wurde|wurden|kann|können|"
    r"muss|müssen|soll|sollen|darf|dürfen|will|wollen)$",
    re.IGNORECASE,
)


def _fallback_pos(word: str, language: str) -> str:
    if not any(c.isalnum() for c in word):
        return "$," if word in ",;:" else "$."
    if any(c.isdigit() for c in word):
        return "CARD"
    if language == "de" and _DE_FIN.match(word):
        return "VA(FIN)"
    if language == "de" and word.lower() in {"der", "die", "das", "welche", "welcher", "welches"}:
        return "ART"
    if word[0].isupper():
        return "NN"
    return "ADJ"


def tokenize(sentence: str, language: str) -> list[Token]:
    """Tag the tokens of one sentence.

    A new list each call (callers may change theirs); the tagging behind it is cached, as
    the rules, the rewriter and the guards each tag the same sentences again.

    >>> [(t.text, t.pos) for t in tokenize("Die Liste wird veröffentlicht.", "de")][2:]
    [('wird', 'VA(FIN)'), ('veröffentlicht', 'VV(PP)'), ('.', '$.')]
    """
    return list(_tagged(sentence, primary_language(language)))


@lru_cache(maxsize=4096)  # a few notices' sentences; Tokens are frozen, the tuple immutable
def _tagged(sentence: str, lang: str) -> tuple[Token, ...]:
    pieces = _split(sentence)
    tagger = _hanta() if lang == "de" else None
    if tagger is not None and pieces:
        tagged = tagger.tag_sent([p for p, _ in pieces], taglevel=1)
        return tuple(
            Token(text=p, lemma=lemma, pos=pos, space=space)
            for (p, space), (_, lemma, pos) in zip(pieces, tagged, strict=True)
        )
    return tuple(
        Token(text=p, lemma=p.lower(), pos=_fallback_pos(p, lang), space=space)
        for p, space in pieces
    )


def detokenize(tokens: list[Token]) -> str:
    """Join tokens again, with the spacing they had."""
    out: list[str] = []
    for index, token in enumerate(tokens):
        out.append(token.text)
        if token.space and index < len(tokens) - 1:
            out.append(" ")
    return "".join(out).strip()
