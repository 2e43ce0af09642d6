"""The language of a notice whose front matter does not say it: German or English, from its words.

Content systems often export a notice without a language (a WordPress post has none of its own),
and an editor copying a notice rarely adds one. Without it the page, the PDF and the EPUB have no
language for screen readers, hyphenation and the voice, so pubkit refused such notices (DOC002).
When the text is clearly German or clearly English — at least :data:`MIN_HITS` of the
commonest function words of the two languages, and :data:`MARGIN` times as many of one as of the
other — the reader uses that language and says so (``language_guessed`` among the extra keys;
``pubkit check`` warns, DOC005). Anything less clear stays unset, and DOC002 still asks for it.
"""

from __future__ import annotations

import dataclasses
import re

from pubkit.model import Metadata

__all__ = ["MARGIN", "MIN_HITS", "guess_language", "with_guessed_language"]

MIN_HITS = 8
MARGIN = 4.0

_GERMAN = frozenset(
    [
        "der",
        "die",
        "das",
        "und",
        "ist",
        "nicht",
        "mit",
        "für",
        "sie",
        "ein",
        "eine",
        "einen",
        "dem",
        "den",
        "des",
        "zu",
        "von",
        "im",
        "auf",
        "bei",
        "wir",
        "werden",
        "wird",
        "sind",
        "auch",
        "oder",
        "nach",
        "sich",
        "es",
        "ab",
        "bis",
        "können",
        "müssen",
        "vom",
        "zum",
        "zur",
        "über",
        "dass",
        "wenn",
    ]
)
_ENGLISH = frozenset(
    [
        "a",
        "an",
        "us",
        "please",
        "do",
        "all",
        "was",
        "were",
        "been",
        "there",
        "the",
        "and",
        "is",
        "are",
        "of",
        "to",
        "for",
        "with",
        "you",
        "your",
        "will",
        "be",
        "on",
        "this",
        "that",
        "from",
        "at",
        "by",
        "or",
        "not",
        "can",
        "must",
        "have",
        "has",
        "it",
        "we",
        "our",
        "they",
        "their",
        "if",
        "when",
        "which",
    ]
)
_WORD = re.compile(r"[a-zäöüß]+")


def guess_language(text: str) -> str | None:
    """``"de"`` or ``"en"`` when ``text`` is clearly one of them, else None.

    >>> guess_language("Ab Montag gilt im Rathaus wieder die Maskenpflicht. Bitte bringen Sie eine Maske mit, wenn Sie zu uns kommen.")
    'de'
    >>> guess_language("From Monday the town hall is open again. Please bring a face covering when you visit us and keep your distance.")
    'en'
    >>> guess_language("Lockdown Homeoffice Service") is None
    True
    """
    german = english = 0
    for word in _WORD.findall(text.lower()):
        german += word in _GERMAN
        english += word in _ENGLISH
    if german + english < MIN_HITS:
        return None
    if german >= MARGIN * max(english, 1):
        return "de"
    if english >= MARGIN * max(german, 1):
        return "en"
    return None


def with_guessed_language(metadata: Metadata, text: str) -> Metadata:
    """``metadata`` with the language of ``text`` (and the title) if it is clear, marked as guessed."""
    guessed = guess_language(f"{metadata.title}\n{text}")
    if guessed is None:
        return metadata
    return dataclasses.replace(
        metadata, language=guessed, extra=(*metadata.extra, ("language_guessed", guessed))
    )
