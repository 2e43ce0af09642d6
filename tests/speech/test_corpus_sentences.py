"""The hand-written corpus (corpus_sentences.tsv) and the real-notice corpus, read aloud.

``corpus_sentences.tsv`` holds sentences from the real-notice corpus (tests/corpus) and
from probes for cases it lacks, each with the spoken form written by hand. The second test
reads every notice in tests/corpus and checks that no spoken run keeps a digit group, a
symbol or an abbreviation espeak-ng would misread (tests/speech/leftovers.py).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from pubkit.writers.speech.normalize import normalize, speech_language
from pubkit.writers.speech.script import script
from tests.speech.leftovers import leftovers, read_notice

HERE = Path(__file__).parent
CORPUS = HERE.parent / "corpus"


def _rows() -> list[tuple[str, str, str]]:
    with (HERE / "corpus_sentences.tsv").open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)
        return [(lang, written, spoken) for lang, written, spoken in reader]


ROWS = _rows()


def test_the_corpus_is_big_enough() -> None:
    german = [r for r in ROWS if r[0] == "de"]
    english = [r for r in ROWS if r[0].startswith("en")]
    assert len(german) >= 60
    assert len(english) >= 30


@pytest.mark.parametrize(("lang", "written", "spoken"), ROWS, ids=[r[1][:40] for r in ROWS])
def test_corpus_sentence(lang: str, written: str, spoken: str) -> None:
    assert normalize(written, lang) == spoken


def test_the_hand_written_forms_leave_nothing_to_misread() -> None:
    for lang, _, spoken in ROWS:
        assert leftovers(spoken, speech_language(lang)) == [], spoken


NOTICES = sorted(p for p in CORPUS.glob("*.md") if not p.name.startswith(("README", "SOURCES")))


@pytest.mark.skipif(not NOTICES, reason="no real-notice corpus in tests/corpus yet")
@pytest.mark.parametrize("path", NOTICES, ids=[p.stem for p in NOTICES])
def test_no_corpus_notice_leaves_anything_to_misread(path: Path) -> None:
    found = []
    for sentence in script(read_notice(path)):
        for part in sentence.parts:
            left = leftovers(part.text, speech_language(part.lang))
            if left:
                found.append((sentence.text, part.text, left))
    assert found == []


@pytest.mark.parametrize(
    ("spoken", "lang", "left"),
    [
        ("am 24.11.2026", "de", ["24", "11", "2026"]),
        ("Notruf 112", "de", ["112"]),
        ("Mo–Fr geöffnet", "de", ["–", "Mo", "Fr"]),
        ("z. B. heute", "de", ["z.", "B."]),
        ("Der [[l'OkdaUn]]-Plan", "de", []),
        ("Alt- und Neustadt", "de", []),
        ("Open Mon 9am", "en", ["9", "Mon"]),
        ("I am here", "en", []),
        ("Erlaubt sind OP-Masken.", "de", ["OP"]),
        ("Erlaubt sind O P-Masken.", "de", []),
        ("Die UNO tagt. NEU: heute", "de", []),
        ("Doktor rer. soc. Hans Roth", "de", ["rer."]),
        ("Open approx. five days", "en", ["approx."]),
        ("Photo ID and NHS number", "en", []),
    ],
)
def test_the_leftover_check_finds_what_espeak_misreads(
    spoken: str, lang: str, left: list[str]
) -> None:
    assert sorted(leftovers(spoken, lang)) == sorted(left)
