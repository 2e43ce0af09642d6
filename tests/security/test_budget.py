"""A wall-clock budget per render: the child process is stopped, the caller gets RenderError."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from pubkit import read
from pubkit.budget import render_with_budget
from pubkit.errors import InvalidDocument, RenderError
from pubkit.limits import Limits


def _notice(folder: Path, body: str) -> Path:
    path = folder / "n.md"
    path.write_text(f"---\ntitle: Budget\nlang: de\n---\n{body}\n", encoding="utf-8")
    return path


def test_a_render_within_budget_returns_the_artifact(tmp_path: Path) -> None:
    doc = read(_notice(tmp_path, "Ein kurzer Text."))
    artifact = render_with_budget(doc, "html", seconds=60)
    assert b"Ein kurzer Text." in artifact.data


def test_a_render_over_budget_is_stopped(tmp_path: Path) -> None:
    doc = read(_notice(tmp_path, "Wort und Satz. " * 6000))  # a PDF of ~10 s and more
    started = time.monotonic()
    with pytest.raises(RenderError, match="max_render_seconds") as info:
        render_with_budget(doc, "pdf", seconds=1.0)
    assert time.monotonic() - started < 15
    assert "n.md" in str(info.value)


def test_errors_keep_their_class(tmp_path: Path) -> None:
    doc = read(_notice(tmp_path, "# Eins\n\n### Sprung"))
    with pytest.raises(InvalidDocument, match="error"):
        render_with_budget(doc, "html", seconds=60)
    with pytest.raises(RenderError, match="max_audio_seconds"):
        render_with_budget(
            doc, "speech", seconds=60, limits=Limits(max_audio_seconds=0), strict=False
        )


def test_memory_is_bounded_in_the_child(tmp_path: Path) -> None:
    doc = read(_notice(tmp_path, "Wort und Satz. " * 6000))
    # Far below what the PDF engine needs: the child fails with MemoryError (or, if the
    # allocation fails inside native code, dies); either way the caller gets a RenderError.
    with pytest.raises(RenderError, match="max_render_memory"):
        render_with_budget(doc, "pdf", seconds=60, limits=Limits(max_render_memory=80_000_000))
