"""The sentence audio cache is bounded (least recently used first) and `pubkit cache` covers it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pubkit.cli import main
from pubkit.errors import ConfigError
from pubkit.speech.cache import SpeechCache
from pubkit.speech.engine import Audio


def _audio(seconds: float) -> Audio:
    return Audio(b"\x01\x00" * int(22050 * seconds), 22050)


def _key(n: int) -> str:
    return f"{n:02x}" * 32


def test_prune_keeps_the_recently_used(tmp_path: Path) -> None:
    cache = SpeechCache(tmp_path, max_bytes=3 * 44_100 + 3 * 100)
    for n in range(5):  # five sentences of one second (44,100 bytes of samples each)
        cache.put(_key(n), _audio(1.0))
        path = next(tmp_path.glob(f"*/{_key(n)}.wav"))  # wherever the cache files it
        os.utime(path, (1_000_000 + n, 1_000_000 + n))  # written in order, a second apart
    assert cache.get(_key(0)) is not None  # used now: the newest
    removed = cache.prune_if_grown()
    assert removed == 2
    assert cache.get(_key(0)) is not None
    assert cache.get(_key(1)) is None  # the oldest unused went first
    assert cache.get(_key(2)) is None
    assert all(cache.get(_key(n)) is not None for n in (3, 4))
    assert sum(size for _, size, _ in cache.files()) <= cache.max_bytes


def test_a_render_that_stores_nothing_scans_nothing(tmp_path: Path) -> None:
    cache = SpeechCache(tmp_path, max_bytes=0)
    assert cache.prune_if_grown() == 0  # nothing stored by this instance


def test_small_additions_are_pruned_once_they_add_up(tmp_path: Path) -> None:
    bound = 64 * 10_000  # it looks after 10,000 bytes stored by this process
    full = SpeechCache(tmp_path, max_bytes=bound)
    for n in range(20):  # 20 one-second sentences: 882,000 bytes, over the bound
        full.put(_key(n), _audio(1.0))
    full.stored = 0  # as if another process had filled it
    removed = []
    for n in range(20, 25):  # each 2,204 bytes: the fifth makes 11,020
        cache = SpeechCache(tmp_path, max_bytes=bound)
        cache.put(_key(n), _audio(0.05))
        removed.append(cache.prune_if_grown())
    assert removed[:4] == [0, 0, 0, 0]
    assert removed[4] > 0
    assert sum(size for _, size, _ in full.files()) <= bound


def test_limit_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PUBKIT_SPEECH_CACHE_MAX_MB", "1.5")
    assert SpeechCache(tmp_path).max_bytes == int(1.5 * 1024**2)
    monkeypatch.setenv("PUBKIT_SPEECH_CACHE_MAX_MB", "viel")
    with pytest.raises(ConfigError, match="number of megabytes"):
        SpeechCache(tmp_path)


def test_cache_clean_and_info_cover_speech(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    speech = tmp_path / "speech"
    cache = SpeechCache(speech)
    cache.put(_key(1), _audio(0.5))
    cache.put_segment(_key(2), b"\xff\xfb" * 10)
    build = ["--cache-dir", str(tmp_path / "build"), "--speech-cache-dir", str(speech)]
    assert main(["cache", "info", *build]) == 0
    assert "2 file(s)" in capsys.readouterr().out
    assert main(["cache", "clean", "--cache-dir", str(tmp_path / "build")]) == 0
    assert len(cache.files()) == 2  # only another build cache named: speech left alone
    assert main(["cache", "clean", *build]) == 0
    assert "removed 2 cached sentence file(s)" in capsys.readouterr().out
    assert cache.files() == []
