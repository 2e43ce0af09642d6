"""The spoken form of a document: pure text work, no engines, no audio.

::

    Document ──utterances──▶ Utterance (what is said, in which order and language)
             ──script──────▶ Sentence  (one id each, ``b4-2``; normalised language runs)

- :mod:`.utterances` — :func:`write_speech`: headings announced, abbreviations spoken in full;
- :mod:`.script` — :func:`script`: sentences with stable ids, each run normalised for the engine;
- :mod:`.normalize`, :mod:`.numbers`, :mod:`.tables` — numbers, dates, units, symbols as words.

Engines, the cache, codecs and the audio timeline are in :mod:`pubkit.speech`.
"""

from pubkit.writers.speech.script import Part, Sentence, script
from pubkit.writers.speech.utterances import PAUSES, Span, Utterance, UtteranceKind, write_speech

__all__ = [
    "PAUSES",
    "Part",
    "Sentence",
    "Span",
    "Utterance",
    "UtteranceKind",
    "script",
    "write_speech",
]
