"""The word-frequency table gives the plain-language rules wordfreq's own answers, faster."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pubkit.plain import frequency
from pubkit.plain.rules import COMMON_ZIPF

wordfreq = pytest.importorskip("wordfreq")

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src"


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty cache folder, and no table loaded in this process."""
    monkeypatch.setenv(frequency.ENV_DIR, str(tmp_path / "wf"))
    frequency._table.cache_clear()
    frequency.zipf.cache_clear()
    yield tmp_path / "wf"
    frequency._table.cache_clear()
    frequency.zipf.cache_clear()


def _corpus_words() -> list[str]:
    words: set[str] = set()
    for folder in ("corpus", "heldout", "heldout2", "heldout3"):
        for path in sorted((ROOT / "tests" / folder).glob("*.md")):
            words.update(re.findall(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", path.read_text("utf-8")))
    # compound parts as split_compound asks for them, and some words that are not letters only
    words.update({"landes", "hauptstadt", "E-Mail", "Covid-19", "don't", "3G", "Straße", "STRASSE"})
    return sorted(words)


def test_same_answers_as_wordfreq_on_every_corpus_word(fresh: Path) -> None:
    words = _corpus_words()
    assert len(words) > 3000
    wrong = []
    for lang in ("de", "en"):
        for word in words:
            for form in (word, word.lower(), word.capitalize()):
                real = float(wordfreq.zipf_frequency(form, lang))
                expected = real if real >= frequency.FLOOR or not form.isalpha() else 0.0
                if frequency.zipf(form, lang) != expected:
                    wrong.append((lang, form, frequency.zipf(form, lang), real))
    assert wrong == []
    assert list(fresh.glob("large_de-*.txt"))
    assert list(fresh.glob("large_en-*.txt"))


def test_every_threshold_the_rules_use_is_at_or_above_the_floor() -> None:
    """Below the floor the table says 0.0; that is only the same answer if no rule asks there."""
    thresholds = [COMMON_ZIPF]
    for module in ("rules.py", "facts.py"):
        text = (SRC / "pubkit" / "plain" / module).read_text("utf-8")
        thresholds += [
            float(t) for t in re.findall(r"(?:\bscore|\ben|lang\)\)) >= (\d+(?:\.\d+)?)", text)
        ]
    assert sorted(thresholds) == [
        2.5,
        3.0,
        3.5,
        5.0,
    ]  # 5.0, 2.5 (compound parts), 3.5 (English word), 3.0 (everyday)
    assert min(thresholds) >= frequency.FLOOR


def test_a_new_process_answers_from_the_table_without_importing_wordfreq(fresh: Path) -> None:
    frequency.preload("de")  # made once, in this process
    code = (
        "import sys; from pubkit.plain.frequency import zipf; "
        "print(zipf('Bürgerbüro', 'de') > 0, zipf('Stadt', 'de'), 'wordfreq' in sys.modules)"
    )
    env = {"PYTHONPATH": str(SRC), frequency.ENV_DIR: str(fresh), "PATH": "/usr/bin:/bin"}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["True", str(wordfreq.zipf_frequency("Stadt", "de")), "False"]


def test_a_damaged_table_is_made_again(fresh: Path) -> None:
    frequency.preload("de")
    (file,) = fresh.glob("large_de-*.txt")
    file.write_text("pubkit-wordfreq/1 floor=2.5\nnot-a-number\tstadt", encoding="utf-8")
    frequency._table.cache_clear()
    frequency.zipf.cache_clear()
    assert frequency.zipf("Stadt", "de") == wordfreq.zipf_frequency("Stadt", "de")
    assert file.read_text("utf-8").count("\n") > 100  # written again, whole


def test_a_cache_folder_that_cannot_be_written_costs_only_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv(frequency.ENV_DIR, str(blocker / "wf"))  # a folder inside a file
    frequency._table.cache_clear()
    frequency.zipf.cache_clear()
    try:
        assert frequency.zipf("Straße", "de") == wordfreq.zipf_frequency("Straße", "de")
    finally:
        frequency._table.cache_clear()
        frequency.zipf.cache_clear()


def test_a_language_without_a_list_is_zero(fresh: Path) -> None:
    assert frequency.zipf("abc", "xx") == 0.0
