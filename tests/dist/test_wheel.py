"""The built wheel, installed into fresh virtual environments outside the repository.

One wheel is built from a copy of the sources; each case installs it into a new venv (no
system site-packages, no PYTHONPATH, working folder outside the checkout) and runs the
installed ``pubkit`` command as a city developer would:

- no extras: ``import pubkit``, ``--version``, ``formats`` and ``doctor`` say what is missing
  and how to install it; ``build`` writes the web page and reports the rest as skipped;
- ``[pdf]``: the PDF is built (and is a tagged PDF in the notice's language);
- ``[all]``: every format is built.

Dependencies come from a wheelhouse in the checkout's ignored ``.cache/wheelhouse``, filled
once from the package index (pip's cache in ``.cache/pip``); later runs install offline.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

pytestmark = [pytest.mark.external, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
WHEELHOUSE = ROOT / ".cache" / "wheelhouse"
PIP_CACHE = ROOT / ".cache" / "pip"
NOTICE = ROOT / "examples" / "notices" / "corona-teststellen.md"


def _pip(*args: str, python: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The test runner's pip (``--python`` installs into another venv without its own pip)."""
    command = [sys.executable, "-m", "pip"]
    if python is not None:
        command += ["--python", str(python)]
    env = {**os.environ, "PIP_CACHE_DIR": str(PIP_CACHE), "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    env.pop("PYTHONPATH", None)
    return subprocess.run(
        [*command, *args], capture_output=True, text=True, env=env, timeout=900, check=False
    )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """pubkit's wheel, built from a copy of the sources (the checkout stays clean)."""
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md", "LICENSE", "MANIFEST.in"):
        shutil.copy2(ROOT / name, source / name)
    shutil.copytree(
        ROOT / "src", source / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info")
    )
    dist = tmp_path_factory.mktemp("dist")
    WHEELHOUSE.mkdir(parents=True, exist_ok=True)
    build = ("wheel", "--no-deps", "--find-links", str(WHEELHOUSE), "-w", str(dist), str(source))
    built = _pip(*build[:1], "--no-index", *build[1:])  # setuptools from the wheelhouse
    if built.returncode != 0:  # first run: setuptools from the index
        built = _pip(*build)
    assert built.returncode == 0, built.stderr
    (found,) = dist.glob("pubkit_a11y-*-py3-none-any.whl")
    # every dependency of [all] as a wheel: offline when the wheelhouse is complete
    spec = (f"{found}[all]", "setuptools>=77")  # and the build backend, for the next run
    filled = _pip(
        "wheel", "-q", "--no-index", "--find-links", str(WHEELHOUSE), "-w", str(WHEELHOUSE), *spec
    )
    if filled.returncode != 0:  # first run, or a dependency changed: fetch from the index
        filled = _pip("wheel", "-q", "--find-links", str(WHEELHOUSE), "-w", str(WHEELHOUSE), *spec)
        assert filled.returncode == 0, filled.stderr
    (WHEELHOUSE / found.name).unlink(missing_ok=True)  # only dependencies stay there
    return found


def _venv(tmp_path: Path, wheel: Path, extras: str = "") -> Path:
    """A fresh venv with the wheel (and ``extras``) installed; returns its bin folder."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    spec = f"{wheel}[{extras}]" if extras else str(wheel)
    done = _pip("install", "-q", "--no-index", "--find-links", str(WHEELHOUSE), spec, python=python)
    assert done.returncode == 0, done.stderr
    return venv / "bin"


def _run(bin_dir: Path, args: Sequence[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """A command of the venv, run outside the repository with the venv first on PATH."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "PUBKIT_"))}
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    env["PUBKIT_CACHE_DIR"] = str(cwd / "cache")
    env["PUBKIT_SPEECH_CACHE"] = str(cwd / "speech-cache")
    env["NO_COLOR"] = "1"
    env["COLUMNS"] = "200"
    return subprocess.run(
        list(args), capture_output=True, text=True, env=env, cwd=cwd, timeout=600, check=False
    )


def _notice(tmp_path: Path) -> Path:
    folder = tmp_path / "notices"
    folder.mkdir()
    target = folder / NOTICE.name
    shutil.copy2(NOTICE, target)
    return target


def test_no_extras(tmp_path: Path, wheel: Path) -> None:
    bin_dir = _venv(tmp_path, wheel)
    python = str(bin_dir / "python")
    where = _run(bin_dir, [python, "-c", "import pubkit, sys; print(pubkit.__file__)"], tmp_path)
    assert where.returncode == 0, where.stderr
    assert str(tmp_path / "venv") in where.stdout  # the installed package, not the checkout
    version = _run(bin_dir, ["pubkit", "--version"], tmp_path)
    assert version.stdout.startswith("pubkit-a11y 0.1.0 (import pubkit) · Python 3.")

    formats = _run(bin_dir, ["pubkit", "formats"], tmp_path)
    assert formats.returncode == 0, formats.stderr
    assert "html       usable      " in formats.stdout
    for fmt, extra in (("pdf", "pdf"), ("epub", "epub"), ("speech", "speech")):
        line = next(x for x in formats.stdout.splitlines() if x.startswith(f"{fmt:10} "))
        assert "not usable" in line, line
        assert f'pip install "pubkit-a11y[{extra}]"' in formats.stdout
    assert "formats for 'pubkit build -f': html" in formats.stdout

    doctor = _run(bin_dir, ["pubkit", "doctor"], tmp_path)
    assert doctor.returncode == 1
    assert "MISSING  weasyprint" in doctor.stdout
    assert 'pip install "pubkit-a11y[epub,pdf,plain,speech]"' in doctor.stdout

    notice = _notice(tmp_path)
    build = _run(bin_dir, ["pubkit", "build", str(notice), "--out", "out"], tmp_path)
    assert build.returncode == 0, build.stderr
    assert [p.suffix for p in (tmp_path / "out" / notice.stem).iterdir()] == [".html"]
    assert "skipped pdf: needs weasyprint (Python package)" in build.stderr
    assert 'to make it: pip install "pubkit-a11y[pdf]"' in build.stderr
    assert "Traceback" not in build.stderr

    asked = _run(bin_dir, ["pubkit", "build", str(notice), "-f", "epub", "--out", "o2"], tmp_path)
    assert asked.returncode == 2
    assert 'pip install "pubkit-a11y[epub]"' in asked.stderr


def test_pdf_extra(tmp_path: Path, wheel: Path) -> None:
    bin_dir = _venv(tmp_path, wheel, "pdf")
    notice = _notice(tmp_path)
    build = _run(bin_dir, ["pubkit", "build", str(notice), "-f", "pdf", "--out", "out"], tmp_path)
    assert build.returncode == 0, build.stderr
    pdfs = sorted((tmp_path / "out" / notice.stem).glob("*.pdf"))
    assert len(pdfs) == 2  # standard and large print
    facts = _run(
        bin_dir,
        [
            str(bin_dir / "python"),
            "-c",
            "import pikepdf, sys\nfor f in sys.argv[1:]:\n    p = pikepdf.open(f)\n"
            "    print(str(p.Root.Lang), len(p.pages), '/StructTreeRoot' in p.Root)",
            *map(str, pdfs),
        ],
        tmp_path,
    )
    assert facts.returncode == 0, facts.stderr
    for line in facts.stdout.splitlines():
        lang, pages, tagged = line.split()
        assert lang == "de"
        assert int(pages) >= 1
        assert tagged == "True"


def test_all_extras(tmp_path: Path, wheel: Path) -> None:
    bin_dir = _venv(tmp_path, wheel, "all")
    doctor = _run(bin_dir, ["pubkit", "doctor"], tmp_path)
    assert doctor.returncode == 0, doctor.stdout
    notice = _notice(tmp_path)
    build = _run(bin_dir, ["pubkit", "build", str(notice), "--out", "out"], tmp_path)
    assert build.returncode == 0, build.stderr
    assert "skipped" not in build.stderr
    made = [p.suffix for p in (tmp_path / "out" / notice.stem).iterdir()]
    # web page + summary; PDF, large print, summary PDF; EPUB + narrated; audio + captions
    assert made.count(".html") == 2
    assert made.count(".pdf") == 3
    assert made.count(".epub") == 2
    assert made.count(".mp3") == 1
    assert ".vtt" in made
