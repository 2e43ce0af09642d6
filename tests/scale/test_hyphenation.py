"""The machine-wide cache of Pyphen's parsed patterns (renderers/hyphenation.py, issue 18)."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

pyphen = pytest.importorskip("pyphen")

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import hashlib
import pyphen
from pubkit.renderers import hyphenation
hyphenation.install()
hyphenator = pyphen.Pyphen(lang="de")
print(hyphenator.inserted("Verwaltungsgerichtsverfahren Impfzentrum Teststellen"))
entry = pyphen.hdcache[pyphen.LANGUAGES[pyphen.language_fallback("de")]]
digest = hashlib.sha256(repr(sorted(entry.patterns.items())).encode()).hexdigest()
print(len(entry.patterns), entry.maxlen, digest)
"""


def _run(cache: Path) -> list[str]:
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT / "src"), "HOME": str(cache)}
    env["PUBKIT_HYPHENATION_CACHE"] = str(cache / "hyph")
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.splitlines()


def test_the_cached_patterns_are_the_ones_pyphen_parses(tmp_path: Path) -> None:
    parsed = pyphen.HyphDict(pyphen.LANGUAGES[pyphen.language_fallback("de")])
    first = _run(tmp_path)  # parses, writes the file
    files = list((tmp_path / "hyph").glob("pyphen-*.json"))
    assert len(files) == 1
    second = _run(tmp_path)  # loads the file
    assert first == second
    assert first[0] == "Ver-wal-tungs-ge-richts-ver-fah-ren Impf-zen-trum Test-stel-len"
    digest = hashlib.sha256(repr(sorted(parsed.patterns.items())).encode()).hexdigest()
    assert first[1] == f"{len(parsed.patterns)} {parsed.maxlen} {digest}"


def test_a_damaged_file_is_ignored(tmp_path: Path) -> None:
    expected = _run(tmp_path)
    (file,) = (tmp_path / "hyph").glob("pyphen-*.json")
    file.write_text('{"abc": [1, ["x"]]', encoding="utf-8")  # cut short and wrong
    assert _run(tmp_path) == expected
    file.write_text('{"ab": [0, ["x"]]}', encoding="utf-8")  # well-formed, wrong values
    assert _run(tmp_path) == expected
