"""Engines are checked before they are called; their failures are RenderError/MissingDependency."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pubkit.errors import RenderError
from pubkit.speech import espeak_engine

ROOT = Path(__file__).resolve().parents[2]


def test_pdf_without_fonts_is_missing_dependency_not_a_crash(tmp_path: Path) -> None:
    pytest.importorskip("weasyprint")
    conf = tmp_path / "fonts.conf"
    conf.write_text('<?xml version="1.0"?><fontconfig></fontconfig>\n', encoding="utf-8")
    notice = tmp_path / "n.md"
    notice.write_text("---\ntitle: T\nlang: de\n---\nHallo Welt.\n", encoding="utf-8")
    script = (
        "import pubkit, sys\n"
        "from pubkit.errors import MissingDependency\n"
        f"doc = pubkit.read({str(notice)!r})\n"
        "try:\n"
        "    pubkit.render(doc, 'pdf')\n"
        "except MissingDependency as exc:\n"
        "    print('MISSING', exc); sys.exit(3)\n"
    )
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 3, done.stderr[-2000:]
    assert "fonts-dejavu-core" in done.stdout


@pytest.fixture
def fake_espeak(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder on PATH in front of the real espeak-ng, for a broken stand-in program."""
    folder = tmp_path / "bin"
    folder.mkdir()
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ.get('PATH', '')}")
    for fn in (espeak_engine._program, espeak_engine._voices, espeak_engine._version):
        fn.cache_clear()
    yield folder
    for fn in (espeak_engine._program, espeak_engine._voices, espeak_engine._version):
        fn.cache_clear()


def _program(folder: Path, body: str) -> None:
    path = folder / "espeak-ng"
    path.write_text("#!/bin/sh\n" + body + "\n", encoding="utf-8")
    path.chmod(0o755)


def test_failing_espeak_is_a_render_error(fake_espeak: Path) -> None:
    _program(fake_espeak, "echo 'broken voice data' >&2; exit 1")
    engine = espeak_engine.EspeakEngine()
    with pytest.raises(RenderError, match=r"exit status 1\): broken voice data"):
        engine.voices()
    with pytest.raises(RenderError, match="espeak-ng failed"):
        engine.synthesize("Hallo", voice="de", rate=160)


def test_hanging_espeak_is_stopped(fake_espeak: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _program(fake_espeak, "exec sleep 30")
    monkeypatch.setattr(espeak_engine, "TIMEOUT_SECONDS", 1.0)
    with pytest.raises(RenderError, match="did not finish within 1 s"):
        espeak_engine.EspeakEngine().synthesize("Hallo", voice="de", rate=160)
    assert espeak_engine.EspeakEngine().version().startswith("espeak-ng-")
