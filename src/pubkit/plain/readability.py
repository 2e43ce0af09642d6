"""Readability figures for a document or a list of text units (ACCESSIBILITY.md 4.4).

The formulas only see lengths: use them to track change between source and summary, never
as the Leichte Sprache gate (that is a reader test).

- Flesch reading ease: Amstad for German (180 − ASL − 58.5 × ASW), Flesch for English
  (206.835 − 1.015 × ASL − 84.6 × ASW).
- Wiener Sachtextformel 1 (German): 0.1935 × MS + 0.1672 × SL + 0.1297 × IW − 0.0327 × ES − 0.875.
- Flesch-Kincaid grade (English): 0.39 × ASL + 11.8 × ASW − 15.59.
- LIX: ASL + 100 × long words ÷ words (long: more than 6 letters).

Sentence length counts every word, numbers included; syllable and letter measures use
alphabetic words only: numbers, e-mail and web addresses are left out of them, a web address
written without ``www.`` or ``https://`` (``corona.dortmund.de``) too — its letters are not
read as syllables of a word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import assert_never

from pubkit.i18n import _, active_language, ngettext
from pubkit.model import (
    Aside,
    CodeBlock,
    Document,
    Figure,
    Heading,
    List,
    Paragraph,
    Quote,
    Table,
    ThematicBreak,
)
from pubkit.model.blocks import Block
from pubkit.model.inlines import Inline, LineBreak
from pubkit.model.lang import primary_language
from pubkit.model.walk import inline_text
from pubkit.plain.syllables import syllables
from pubkit.text.sentences import alphabetic, split_sentences, words

__all__ = ["Readability", "document_units", "readability", "readability_of"]

_WEB_ADDRESS = re.compile(r"^[a-z0-9-]{2,}(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:/\S*)?$")
"""A web address without ``www.``: ``corona.dortmund.de``, ``stuttgart.de/sperrmuell``."""


def _syllable_word(word: str) -> bool:
    """Whether ``word`` counts in the syllable and letter measures."""
    return alphabetic(word) and not _WEB_ADDRESS.match(word)


LONG_SENTENCE = 15
"""Sentences with more words than this count as long (Leichte Sprache guides: about 8)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Readability:
    """Figures for one text. Formula fields that do not apply to the language are ``None``."""

    language: str
    sentences: int
    words: int
    mean_words: float
    """Mean words per sentence (ASL)."""
    max_words: int
    long_sentences: int
    """Sentences of more than 15 words."""
    syllables_per_word: float
    """Mean syllables per alphabetic word (ASW)."""
    long_words: float
    """Percentage of alphabetic words with more than 6 letters."""
    flesch: float
    """Flesch reading ease; Amstad's formula for German."""
    wstf: float | None
    """Wiener Sachtextformel 1 (German only)."""
    fk_grade: float | None
    """Flesch-Kincaid grade (English only)."""
    lix: float

    def as_info(self, prefix: str) -> dict[str, str | int | float]:
        """The figures as flat ``Artifact.info`` entries: ``source.flesch`` → 37.2."""
        values: dict[str, str | int | float | None] = {
            "sentences": self.sentences,
            "words": self.words,
            "mean_words": self.mean_words,
            "max_words": self.max_words,
            "long_sentences": self.long_sentences,
            "syllables_per_word": self.syllables_per_word,
            "long_words_percent": self.long_words,
            "flesch_amstad" if self.wstf is not None else "flesch": self.flesch,
            "wstf": self.wstf,
            "fk_grade": self.fk_grade,
            "lix": self.lix,
        }
        return {f"{prefix}.{k}": v for k, v in values.items() if v is not None}

    def line(self) -> str:
        """One line for the terminal, in the language messages are in right now (German
        with decimal commas).

        >>> from pubkit.i18n import speaking
        >>> with speaking("de"):
        ...     readability(["Das Amt hat einen Preis bekommen."], "de").line().split(" (")[0]
        '1 Satz, 6 Wörter, 6,0 Wörter pro Satz'
        """
        number = _number_in(active_language())
        parts = [
            ngettext("{count} sentence", "{count} sentences", self.sentences).format(
                count=self.sentences
            ),
            ngettext("{count} word", "{count} words", self.words).format(count=self.words),
            _("{mean} words/sentence (max {most})").format(
                mean=number(self.mean_words, 1), most=self.max_words
            ),
            _("{share} long words").format(share=number(self.long_words, 0) + " %"),
        ]
        if self.wstf is not None:
            parts += [
                "Flesch-Amstad " + number(self.flesch, 0),
                "WSTF " + number(self.wstf, 1),
            ]
        else:
            parts.append("Flesch " + number(self.flesch, 0))
        if self.fk_grade is not None:
            parts.append(_("FK grade {grade}").format(grade=number(self.fk_grade, 1)))
        parts.append("LIX " + number(self.lix, 0))
        return ", ".join(parts)


def _number_in(language: str) -> Callable[[float, int], str]:
    """A number with ``digits`` decimals as the language writes it (German: ``6,0``)."""

    def shown(value: float, digits: int) -> str:
        text = f"{value:.{digits}f}"
        return text.replace(".", ",") if language == "de" else text

    return shown


def _r(value: float) -> float:
    return round(value, 1)


def readability(units: Sequence[str], language: str) -> Readability:
    """Figures for text units (headings, paragraphs, list items…), each split into sentences.

    >>> r = readability(["Das Amt hat einen Preis bekommen.", "Am 3. März."], "de")
    >>> r.sentences, r.words, r.mean_words, r.max_words
    (2, 9, 4.5, 6)
    """
    lang = primary_language(language)
    lengths: list[int] = []
    alpha: list[str] = []
    for unit in units:
        for sentence in split_sentences(unit, lang):
            ws = words(sentence)
            if ws:
                lengths.append(len(ws))
                alpha.extend(w for w in ws if _syllable_word(w))
    n_sent = len(lengths) or 1
    n_words = sum(lengths)
    n_alpha = len(alpha) or 1
    syl = [syllables(w, lang) for w in alpha]
    letters = [sum(c.isalpha() for c in w) for w in alpha]
    asl = n_words / n_sent
    asw = sum(syl) / n_alpha
    long_share = 100 * sum(n > 6 for n in letters) / n_alpha
    german = lang == "de"
    if german:
        flesch = 180 - asl - 58.5 * asw
        ms = 100 * sum(s >= 3 for s in syl) / n_alpha
        es = 100 * sum(s == 1 for s in syl) / n_alpha
        wstf: float | None = 0.1935 * ms + 0.1672 * asl + 0.1297 * long_share - 0.0327 * es - 0.875
    else:
        flesch = 206.835 - 1.015 * asl - 84.6 * asw
        wstf = None
    fk = 0.39 * asl + 11.8 * asw - 15.59 if lang == "en" else None
    return Readability(
        language=lang,
        sentences=len(lengths),
        words=n_words,
        mean_words=_r(asl),
        max_words=max(lengths, default=0),
        long_sentences=sum(n > LONG_SENTENCE for n in lengths),
        syllables_per_word=round(asw, 2),
        long_words=_r(long_share),
        flesch=_r(flesch),
        wstf=None if wstf is None else _r(wstf),
        fk_grade=None if fk is None else _r(fk),
        lix=_r(asl + long_share),
    )


def document_units(document: Document, *, title: bool = True) -> list[str]:
    """The text units of a document in reading order: title, headings, paragraphs, items, cells."""
    out = [document.metadata.title] if title and document.metadata.title else []
    out.extend(_units(document.blocks))
    return [u for u in out if u.strip()]


def _units(blocks: Sequence[Block]) -> Iterator[str]:
    for block in blocks:
        match block:
            case Heading(content=content) | Paragraph(content=content):
                yield from _lines(content)
            case List(items=items):
                for item in items:
                    yield from _units(item.blocks)
            case Table(caption=caption, head=head, body=body):
                yield inline_text(caption)
                for row in (*head, *body):
                    for cell in row.cells:
                        yield inline_text(cell.content)
            case Figure(caption=caption, credit=credit):
                yield inline_text(caption)
                yield inline_text(credit)
            case Quote(blocks=inner, attribution=attribution):
                yield from _units(inner)
                yield inline_text(attribution)
            case Aside(blocks=inner, title=title):
                yield inline_text(title)
                yield from _units(inner)
            case CodeBlock() | ThematicBreak():
                pass  # code and breaks are not prose
            case _:
                assert_never(block)


def _lines(content: tuple[Inline, ...]) -> Iterator[str]:
    """A hard line break ends a unit: easy-read text puts one sentence on each line."""
    line: list[Inline] = []
    for node in content:
        if isinstance(node, LineBreak):
            yield inline_text(tuple(line))
            line = []
        else:
            line.append(node)
    yield inline_text(tuple(line))


def readability_of(document: Document) -> Readability:
    """Figures for a whole document, title included."""
    return readability(document_units(document), document.metadata.language)
