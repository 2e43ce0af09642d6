"""Speech tests need espeak-ng and the speech extra; skip them cleanly without."""

from __future__ import annotations

import shutil

import pytest

pytest.importorskip("pyttsx3")
pytest.importorskip("lameenc")
pytest.importorskip("mutagen")
pytest.importorskip("num2words")

needs_espeak = pytest.mark.skipif(
    shutil.which("espeak-ng") is None, reason="espeak-ng not installed"
)
