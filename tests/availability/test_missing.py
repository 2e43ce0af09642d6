"""Machines without pango, without espeak-ng or without the extras: real runs of the CLI and
the API in a subprocess whose environment lacks them.

The subprocess gets ``blocker/sitecustomize.py``: Python packages vanish (``import`` fails,
``find_spec`` finds nothing), WeasyPrint fails on import with the ``OSError`` it raises when
pango cannot be loaded, ``ctypes.util.find_library`` does not find the hidden libraries, and
espeak-ng's voice data is not there; ``PATH`` has no ``espeak-ng`` program. pubkit itself runs
unchanged.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from pubkit import availability
from pubkit.renderers import registry

ROOT = Path(__file__).resolve().parents[2]
BLOCKER = Path(__file__).resolve().parent / "blocker"
NOTICE = ROOT / "examples" / "notices" / "corona-teststellen.md"

NO_PANGO = ("weasyprint:oserror", "lib:pango-1.0", "lib:pangoft2-1.0")
NO_ESPEAK = ("lib:espeak-ng", *(f"path:{p}" for p in Path("/usr/lib").glob("*/espeak-ng-data")))
NO_EXTRAS = ("weasyprint", "pikepdf", "ebooklib", "pyttsx3", "lameenc", "HanTa", "wordfreq")


@pytest.fixture(scope="module")
def path_without_espeak(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A PATH folder with every program of this machine's PATH except espeak-ng's."""
    folder = tmp_path_factory.mktemp("bin")
    for entry in os.environ.get("PATH", "").split(os.pathsep):
        if not entry or not Path(entry).is_dir():
            continue
        for program in Path(entry).iterdir():
            target = folder / program.name
            if program.name.startswith("espeak") or target.exists() or target.is_symlink():
                continue
            target.symlink_to(program)
    return str(folder)


def run(
    args: Sequence[str],
    hide: Sequence[str],
    path: str | None,
    tmp_path: Path,
    *,
    code: str | None = None,
    extra_env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ) | (extra_env or {})
    env["PYTHONPATH"] = os.pathsep.join([str(BLOCKER), str(ROOT / "src")])
    env["PUBKIT_TEST_HIDE"] = ",".join(hide)
    env["PUBKIT_CACHE_DIR"] = str(tmp_path / "cache")
    env["NO_COLOR"] = "1"
    env["COLUMNS"] = "200"
    if path is not None:
        env["PATH"] = path
    command = [sys.executable, "-c", code] if code else [sys.executable, "-m", "pubkit.cli"]
    return subprocess.run(
        [*command, *args], capture_output=True, text=True, env=env, timeout=300, check=False
    )


def test_the_blocker_hides_what_it_says(tmp_path: Path, path_without_espeak: str) -> None:
    code = (
        "import ctypes.util, importlib.util, shutil\n"
        "try:\n    import weasyprint\nexcept OSError as e:\n    print('oserror', e)\n"
        "print(ctypes.util.find_library('pango-1.0'), ctypes.util.find_library('espeak-ng'))\n"
        "print(importlib.util.find_spec('HanTa'), shutil.which('espeak-ng'))\n"
        "print(ctypes.util.find_library('harfbuzz') is not None)\n"
    )
    done = run([], (*NO_PANGO, *NO_ESPEAK, "HanTa"), path_without_espeak, tmp_path, code=code)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("oserror cannot load library 'libpango-1.0-0'")
    assert lines[1:] == ["None None", "None None", "True"]


def test_build_without_pango_and_espeak_makes_the_rest(
    tmp_path: Path, path_without_espeak: str
) -> None:
    out = tmp_path / "out"
    done = run(
        ["build", str(NOTICE), "--out", str(out), "--no-cache", "-j", "1"],
        (*NO_PANGO, *NO_ESPEAK),
        path_without_espeak,
        tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    folder = out / NOTICE.stem
    made = sorted(p.suffix for p in folder.iterdir())  # the web page, the summary, the EPUB
    assert made == [".epub", ".html", ".html"]
    err = done.stderr
    assert "skipped pdf: needs pango (system library), pangoft2 (system library)" in err
    assert "to make it: apt-get install libpango-1.0-0 libpangoft2-1.0-0" in err
    assert "skipped summary (its PDF file)" in err
    assert "skipped speech: needs espeak-ng (system library), espeak-ng voices (data)" in err
    assert "to make it: apt-get install espeak-ng espeak-ng-data" in err
    assert "skipped narrated: needs espeak-ng" in err
    # the web page links only to what was made
    (epub,) = folder.glob("*.epub")
    pages = [p.read_text(encoding="utf-8") for p in folder.glob("*.html")]
    assert any(f'href="{epub.name}"' in page for page in pages)
    assert not any(".pdf" in page or ".mp3" in page for page in pages)


def test_asking_for_pdf_without_pango_is_an_error_naming_the_package(
    tmp_path: Path, path_without_espeak: str
) -> None:
    out = tmp_path / "out"
    done = run(
        ["build", str(NOTICE), "--out", str(out), "--no-cache", "-f", "html,pdf"],
        NO_PANGO,
        None,
        tmp_path,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert 'The "pdf" format cannot be made on this machine' in done.stderr
    assert "apt-get install libpango-1.0-0 libpangoft2-1.0-0" in done.stderr
    assert not out.exists() or not any(out.rglob("*.html"))  # nothing half-built


def test_asking_for_speech_without_espeak_is_an_error(
    tmp_path: Path, path_without_espeak: str
) -> None:
    done = run(
        ["build", str(NOTICE), "--out", str(tmp_path / "out"), "-f", "speech"],
        NO_ESPEAK,
        path_without_espeak,
        tmp_path,
    )
    assert done.returncode == 2
    assert "apt-get install espeak-ng" in done.stderr
    assert "Traceback" not in done.stderr


def test_weasyprint_oserror_becomes_missing_dependency_in_the_api(tmp_path: Path) -> None:
    """pango found by name but not loadable: WeasyPrint's OSError, turned into pubkit's error."""
    code = (
        "import pubkit\n"
        f"doc = pubkit.read({str(NOTICE)!r})\n"
        "try:\n    pubkit.render(doc, 'pdf')\n"
        "except pubkit.MissingDependency as exc:\n    print('MissingDependency:', exc)\n"
    )
    done = run([], ("weasyprint:oserror",), None, tmp_path, code=code)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith('MissingDependency: The "pdf" renderer cannot load')
    assert "apt-get install libpango-1.0-0 libpangoft2-1.0-0" in done.stdout


def test_speech_and_summary_in_the_api_without_their_parts(
    tmp_path: Path, path_without_espeak: str
) -> None:
    code = (
        "import pubkit\n"
        f"doc = pubkit.read({str(NOTICE)!r})\n"
        "for fmt in ('speech', 'summary'):\n"
        "    try:\n        pubkit.render(doc, fmt)\n"
        "    except pubkit.MissingDependency as exc:\n        print(fmt, exc)\n"
    )
    done = run([], (*NO_ESPEAK, "HanTa"), path_without_espeak, tmp_path, code=code)
    assert done.returncode == 0, done.stderr
    speech, summary = done.stdout.splitlines()
    assert speech.startswith('speech The "speech" format cannot be made')
    assert "apt-get install espeak-ng espeak-ng-data" in speech
    assert summary.startswith('summary The "summary" format cannot be made')
    assert 'pip install "pubkit-a11y[plain]"' in summary


def test_formats_tells_usable_from_unusable(tmp_path: Path, path_without_espeak: str) -> None:
    done = run(["formats"], (*NO_ESPEAK, "HanTa"), path_without_espeak, tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert any(line.startswith("html       usable") for line in lines)
    assert any(line.startswith("pdf        usable") for line in lines)
    assert any(
        line.startswith("speech     not usable  needs espeak-ng (system library)") for line in lines
    )
    assert any(
        line.startswith("summary    not usable  needs HanTa (Python package)") for line in lines
    )
    assert 'to add it: pip install "pubkit-a11y[plain]"' in done.stdout
    assert "formats for 'pubkit build -f': epub, html, pdf" in done.stdout


def test_build_without_any_extra_writes_the_web_page(tmp_path: Path) -> None:
    out = tmp_path / "out"
    done = run(
        ["build", str(NOTICE), "--out", str(out), "--no-cache", "-j", "1"],
        NO_EXTRAS,
        None,
        tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert [p.suffix for p in (out / NOTICE.stem).iterdir()] == [".html"]  # the web page
    extras = re.findall(r'to make it: pip install "pubkit-a11y\[([a-z,]+)\]"', done.stderr)
    assert {e for found in extras for e in found.split(",")} == {"pdf", "epub", "speech", "plain"}
    assert (
        "skipped narrated: needs ebooklib (Python package), pyttsx3 (Python package)" in done.stderr
    )


def test_doctor_explains_a_machine_without_pango_and_espeak(
    tmp_path: Path, path_without_espeak: str
) -> None:
    done = run(["doctor"], (*NO_PANGO, *NO_ESPEAK), path_without_espeak, tmp_path)
    assert done.returncode == 1, done.stderr
    text = done.stdout
    assert "Traceback" not in done.stderr
    for line in (
        "MISSING  pdf                    needs pango (system library), pangoft2 (system library)",
        "MISSING  speech                 needs espeak-ng (system library), espeak-ng voices (data)",
        "MISSING  pango                  libpango-1.0 (for pdf)",
        "MISSING  espeak-ng              libespeak-ng (for speech)",
        "MISSING  voice de",
        "MISSING  voice en",
        "absent   espeak-ng program",
        "ok       html                   ",
        "ok       epub                   ",
    ):
        assert line in text, line
    assert "fix: apt-get install libpango-1.0-0" in text
    assert text.rstrip().endswith(
        "apt-get install libpango-1.0-0 libpangoft2-1.0-0 espeak-ng espeak-ng-data"
    )
    report = json.loads(
        run(["doctor", "--json"], (*NO_PANGO, *NO_ESPEAK), path_without_espeak, tmp_path).stdout
    )
    assert report["ok"] is False
    assert report["fixes"] == [
        "apt-get install libpango-1.0-0 libpangoft2-1.0-0 espeak-ng espeak-ng-data"
    ]
    failed = {c["name"] for c in report["checks"] if not c["ok"] and c["required"]}
    assert {"pdf", "speech", "narrated", "pango", "pangoft2", "espeak-ng"} <= failed


def test_doctor_without_extras_names_the_pip_extras(tmp_path: Path) -> None:
    done = run(["doctor", "--json"], NO_EXTRAS, None, tmp_path)
    assert done.returncode == 1
    report = json.loads(done.stdout)
    assert report["fixes"][0] == 'pip install "pubkit-a11y[epub,pdf,plain,speech]"'


def test_doctor_on_this_machine(tmp_path: Path) -> None:
    """The test machine has every extra and Debian package of scripts/setup.sh."""
    done = run(["doctor"], (), None, tmp_path)
    assert done.returncode == 0, done.stdout
    assert "Everything the default formats need is here." in done.stdout


def test_version(tmp_path: Path) -> None:
    done = run(["--version"], (), None, tmp_path)
    assert done.returncode == 0
    assert done.stdout.startswith("pubkit-a11y 0.1.0 (import pubkit) · Python 3.")


def test_builtin_formats_table_matches_the_renderers() -> None:
    """availability knows each renderer's formats without loading it: the same as declared."""
    for name, formats in availability.RENDERER_FORMATS.items():
        declared = tuple(dict.fromkeys(o.format for o in registry.get(name).outputs()))
        assert declared == formats, name
    assert set(availability.RENDERER_FORMATS) == set(registry.BUILTIN)


@pytest.mark.parametrize(
    "hide",
    [
        NO_PANGO,
        NO_ESPEAK,
        NO_EXTRAS,
        ("HanTa",),
        ("ebooklib", "lib:espeak-ng"),
        ("weasyprint", "HanTa"),
    ],
)
def test_the_prediction_without_renderers_agrees_with_the_plan(
    tmp_path: Path, hide: Sequence[str]
) -> None:
    """A warm build reports skips without loading a renderer: the same as the plan's."""
    code = (
        "import pubkit\nfrom pubkit.availability import predict\n"
        "show = lambda items: sorted((s.format, s.file_name is None, s.reason, s.fixes) for s in items)\n"
        "print(show(predict(None)) == show(pubkit.plan().skipped))\n"
        "print(show(pubkit.plan().skipped))\n"
    )
    done = run([], hide, None, tmp_path, code=code)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "True", done.stdout
    assert done.stdout.splitlines()[1] != "[]"


def test_doctor_without_any_font(tmp_path: Path) -> None:
    """fontconfig configured with no font folder: the PDF's body text has no font."""
    empty = tmp_path / "fonts.conf"
    empty.write_text("<?xml version='1.0'?>\n<fontconfig></fontconfig>\n", encoding="utf-8")
    env = {"FONTCONFIG_FILE": str(empty), "XDG_CACHE_HOME": str(tmp_path / "xdg")}
    done = run(["doctor"], (), None, tmp_path, extra_env=env)
    assert done.returncode == 1, done.stdout
    assert "MISSING  body text              none of Noto Sans, DejaVu Sans" in done.stdout
    assert "absent   Noto Sans              not installed" in done.stdout
    assert "apt-get install fonts-noto-core fonts-dejavu-core" in done.stdout
