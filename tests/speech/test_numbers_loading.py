"""num2words' German and English converters, loaded without its ~50 other languages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pubkit.writers.speech import numbers

SRC = Path(__file__).resolve().parents[2] / "src"
VALUES = (0, 1, 7, 11, 16, 21, 30, 101, 999, 1000, 1001, 1999, 2000, 2026, 10_000, 123_456,
          1_000_001)  # fmt: skip


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("to", ["cardinal", "ordinal", "year"])
def test_the_same_words_as_the_num2words_package(lang: str, to: str) -> None:
    from num2words import num2words  # type: ignore[import-untyped]

    for value in VALUES:
        assert numbers.num2words(value, lang=lang, to=to) == num2words(value, lang=lang, to=to)


def test_saying_a_number_loads_two_languages_not_fifty() -> None:
    code = (
        "import sys\n"
        "from pubkit.writers.speech import numbers\n"
        "print(numbers.cardinal(1234, 'de'), numbers.ordinal(3, 'en'))\n"
        "print(sorted(m.rsplit('.', 1)[1] for m in sys.modules if '.lang_' in m))\n"
        "print('num2words' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={"PYTHONPATH": str(SRC)},
        capture_output=True,
        text=True,
        check=True,
    )
    said, languages, package = done.stdout.splitlines()
    assert said == "tausendzweihundertvierunddreißig third"
    assert languages == "['lang_DE', 'lang_EN', 'lang_EU']"
    assert package == "False"
