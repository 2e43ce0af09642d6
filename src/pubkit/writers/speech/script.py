"""Utterances → sentences with their normalised spoken parts: what the engine is given.

Each sentence keeps its written text (for captions and the timing map) and the spoken
text of each language run in it, so a sentence with an English phrase is synthesised as
German–English–German pieces, each with its own voice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from pubkit.model import Document
from pubkit.model.lang import primary_language
from pubkit.text.sentences import sentence_spans
from pubkit.writers.speech.normalize import address_names, glossary_terms, normalize
from pubkit.writers.speech.utterances import Span, Utterance, write_speech

__all__ = ["Part", "Sentence", "script"]

SENTENCE_PAUSE = 350
"""Milliseconds between two sentences of one utterance."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Part:
    """A run of one sentence in one language, normalised for the engine."""

    text: str
    lang: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Sentence:
    """One sentence: the unit of synthesis, of caption cues and of the timing map."""

    id: str
    """``<utterance id>-<n>``, e.g. ``b4-2``; stable while the document is unchanged."""
    text: str
    """The written sentence."""
    parts: tuple[Part, ...]
    pause_before: int
    """Silence before the sentence in milliseconds."""
    chapter: str | None = None
    """The heading text when a chapter starts with this sentence."""
    level: int = 0
    block: int | None = None
    """Index of the top-level block in ``Document.blocks`` (None: the title)."""

    @property
    def spoken(self) -> str:
        """The whole normalised text (what is synthesised)."""
        return " ".join(p.text for p in self.parts)


def script(document: Document) -> tuple[Sentence, ...]:
    """The document as sentences ready for synthesis.

    A glossary abbreviation is expanded at its first use in each chapter (a listener may
    start at any chapter: they are the audio's navigation points), with the abbreviation
    itself when it comes again in the chapter; later uses are said as written.
    """
    meta = document.metadata
    glossary = meta.glossary()
    split = [
        (utterance, list(_split(utterance, glossary.keys())))
        for utterance in write_speech(document)
    ]
    uses = _uses_per_chapter(split, glossary) if glossary else []
    # the document's own words, its publisher and authors included („Gemeinde
    # Mühlhausen-Ehingen“ writes gemeinde@muehlhausen-ehingen.de; „Invercargill City
    # Council“ writes icc.govt.nz)
    names = address_names(
        " ".join([*(u.text for u, _ in split), meta.publisher or "", *meta.authors])
    )
    out: list[Sentence] = []
    pending_after = 0
    chapter = -1
    introduced: set[str] = set()
    for utterance, sentences in split:
        if utterance.chapter or chapter < 0:
            chapter += 1
            introduced = set()
        for n, (text, spans) in enumerate(sentences, start=1):
            parts = _parts(
                spans,
                glossary=glossary,
                lexicon=meta.pronunciations,
                utterance=utterance,
                introduced=introduced,
                uses=uses[chapter] if uses else {},
                names=names,
            )
            if not parts:
                continue
            pause = max(pending_after, utterance.pause_before) if n == 1 else SENTENCE_PAUSE
            first = n == 1 and utterance.chapter
            out.append(
                Sentence(
                    id=f"{utterance.id}-{n}",
                    text=text,
                    parts=parts,
                    pause_before=pause if out else 0,
                    chapter=utterance.text.strip().replace("\n", " ") if first else None,
                    level=utterance.level,
                    block=utterance.block,
                )
            )
        pending_after = utterance.pause_after
    return tuple(out)


def _uses_per_chapter(
    split: list[tuple[Utterance, list[tuple[str, list[Span]]]]], glossary: dict[str, str]
) -> list[dict[str, int]]:
    """How often each glossary abbreviation is used in each chapter (a heading starts one)."""
    chapters: list[dict[str, int]] = []
    for utterance, sentences in split:
        if utterance.chapter or not chapters:
            chapters.append({})
        for _text, spans in sentences:
            for span in spans:
                for term in glossary_terms(
                    span.say if span.say is not None else span.text, glossary
                ):
                    chapters[-1][term] = chapters[-1].get(term, 0) + 1
    return chapters


# Academic degrees after "Dr." ("Prof. Dr. rer. soc. Dr. h. c. Joachim Möller"): the shared
# splitter does not know them and broke the name in two sentences.
_DEGREES = tuple(
    f"{d}."
    for d in [
        "rer",
        "nat",
        "soc",
        "med",
        "phil",
        "jur",
        "pol",
        "oec",
        "dent",
        "vet",
        "theol",
        "habil",
    ]
)


def _split(utterance: Utterance, abbreviations: Iterable[str]) -> Iterable[tuple[str, list[Span]]]:
    """Split an utterance's written text into sentences, each with its spans."""
    text = utterance.text
    lang = utterance.spans[0].lang if utterance.spans else "und"
    if utterance.chapter:
        yield (
            text.strip().replace("\n", " "),
            [Span(text=s.text.replace("\n", " "), lang=s.lang, say=s.say) for s in utterance.spans],
        )
        return
    offsets: list[tuple[int, int, Span]] = []
    pos = 0
    for span in utterance.spans:
        offsets.append((pos, pos + len(span.text), span))
        pos += len(span.text)
    terms = (*abbreviations, *_DEGREES)
    for start, end in sentence_spans(text, lang, abbreviations=terms):
        pieces: list[Span] = []
        for s, e, span in offsets:
            if span.say is not None:
                if start <= s < end:  # a fixed spoken form goes where it starts
                    pieces.append(span)
            elif s < end and e > start:
                piece = span.text[max(start, s) - s : min(end, e) - s]
                piece = _line_pauses(text, max(start, s), piece, end)
                pieces.append(Span(text=piece, lang=span.lang))
        yield text[start:end].replace("\n", " "), pieces


def _line_pauses(text: str, offset: int, piece: str, end: int) -> str:
    """A line break inside a sentence (an address block's lines, a Markdown hard break, a
    line of easy-read text) is a pause: „Bürgerbüro⏎Markt 1⏎31785 Hameln“ is said
    „Bürgerbüro, Markt 1, 31785 Hameln“, not as one run of words. ``piece`` starts at
    ``offset`` in ``text``; a break after punctuation, or at the sentence's end, is a space."""
    if "\n" not in piece:
        return piece
    out: list[str] = []
    for index, char in enumerate(piece):
        if char != "\n":
            out.append(char)
            continue
        at = offset + index
        before = text[max(0, at - 4) : at].rstrip(" \t")
        after = text[at + 1 : end].lstrip()
        pause = bool(before) and before[-1].isalnum() and bool(after) and after[0].isalnum()
        out.append(", " if pause else " ")
    return "".join(out)


# Quoted English inside German text (a motto, an exhibition title) nobody marked {lang=en}:
# two English function words or more and not one German one.
_QUOTED = re.compile(r"(?<=[„“\"»«‚])([^„“”\"»«‚‘\n]{3,120})(?=[“”\"«»‘])")
_ENGLISH_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "your",
        "you",
        "we",
        "our",
        "it",
        "is",
        "are",
        "my",
        "for",
        "with",
        "this",
        "that",
        "let's",
        "let’s",
        "be",
        "at",
        "on",
        "from",
        "by",
        "all",
        "what",
        "who",
        "how",
        "can",
        "will",
        "not",
    ]
)
_GERMAN_WORDS = frozenset(
    [
        "der",
        "die",
        "das",
        "und",
        "ist",
        "nicht",
        "mit",
        "für",
        "von",
        "zu",
        "im",
        "sich",
        "sie",
        "wir",
        "ein",
        "eine",
        "auf",
        "dem",
        "den",
        "des",
        "auch",
        "es",
        "bei",
        "wie",
        "was",
        "wer",
        "ihr",
        "unser",
        "in",
        "an",
    ]
)


def english_quotes(text: str, lang: str) -> list[tuple[str, str]]:
    """``text`` in runs, a quoted English passage in a German run marked ``en``.

    >>> english_quotes("Das Motto: „Let’s make it your home“.", "de")
    [('de', 'Das Motto: „'), ('en', 'Let’s make it your home'), ('de', '“.')]
    """
    if primary_language(lang) != "de":
        return [(lang, text)]
    out: list[tuple[str, str]] = []
    pos = 0
    for match in _QUOTED.finditer(text):
        words = [w.lower() for w in re.findall(r"[\w’']+", match.group(1))]
        english = sum(w in _ENGLISH_WORDS for w in words)
        if len(words) < 2 or english < 2 or any(w in _GERMAN_WORDS for w in words):
            continue
        out += [(lang, text[pos : match.start()]), ("en", match.group(1))]
        pos = match.end()
    out.append((lang, text[pos:]))
    return [(code, piece) for code, piece in out if piece]


def _parts(
    spans: list[Span],
    *,
    glossary: dict[str, str],
    lexicon: tuple[tuple[str, str], ...],
    utterance: Utterance,
    introduced: set[str] | None = None,
    uses: dict[str, int] | None = None,
    names: tuple[tuple[str, str], ...] = (),
) -> tuple[Part, ...]:
    """The sentence's language runs, normalised. ``introduced``: glossary abbreviations
    said in full before in this chapter (updated here); ``uses``: how often each is used in
    the chapter."""
    introduced = set() if introduced is None else introduced
    runs: list[tuple[str, str]] = []
    for span in spans:
        source = span.say if span.say is not None else span.text
        if runs and runs[-1][0] == span.lang:
            runs[-1] = (span.lang, runs[-1][1] + source)
        else:
            runs.append((span.lang, source))
    runs = [piece for lang, source in runs for piece in english_quotes(source, lang)]
    parts = []
    for lang, source in runs:
        here = glossary_terms(source, glossary) if glossary else []
        spoken = normalize(
            source,
            lang,
            glossary=glossary,
            lexicon=lexicon,
            caption=utterance.caption,
            introduced=introduced,
            announce=[t for t in here if (uses or {}).get(t, 0) > 1],
            names=names,
        )
        introduced.update(here)
        if any(ch.isalnum() for ch in spoken):
            parts.append(Part(text=spoken, lang=lang))
    return tuple(parts)
