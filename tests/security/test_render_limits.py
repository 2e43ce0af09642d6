"""Limits checked at render time: audio length is estimated and refused before synthesis."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from pubkit import read, render
from pubkit.errors import ReadError, RenderError
from pubkit.limits import DEFAULT_LIMITS, Limits, use_limits


def test_audio_length_is_refused_before_synthesis(tmp_path: Path) -> None:
    path = tmp_path / "n.md"
    path.write_text("---\ntitle: Ja\nlang: de\n---\n" + "Ja. " * 30_000 + "\n", encoding="utf-8")
    doc = read(path)
    started = time.perf_counter()
    with pytest.raises(RenderError, match="max_audio_seconds") as info:
        render(doc, "speech", strict=False)
    assert time.perf_counter() - started < 30  # nothing was synthesised
    assert "n.md" in str(info.value)


def test_limits_are_per_call(tmp_path: Path) -> None:
    path = tmp_path / "n.md"
    path.write_text("---\ntitle: Kurz\nlang: de\n---\nEin kurzer Satz.\n", encoding="utf-8")
    doc = read(path)
    with use_limits(Limits(max_audio_seconds=1)), pytest.raises(RenderError):
        render(doc, "speech", strict=False)
    with use_limits(Limits(max_input_bytes=10)), pytest.raises(ReadError, match="max_input"):
        read(path)
    assert read(path).metadata.title == "Kurz"  # the defaults are back
    assert DEFAULT_LIMITS.max_input_bytes >= 100_000
