from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pubkit.cli import main
from tests.conftest import ROOT

HOSTILE = """---
title: Harmlos
lang: de
---
## Angebot

Bitte [hier entlang](javascript:alert(document.cookie)) oder [Portal](https://example.org).

<script>alert(1)</script>

<img src=x onerror=alert(1)>
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_check_reports_missing_alt_and_skipped_level(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(
        tmp_path, "bad.md", "---\ntitle: T\nlang: de\n---\n## A\n\n#### B\n\n![](bild.png)\n"
    )
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "HDG001" in out
    assert "IMG001" in out
    assert f"{path}:7" in out


def test_check_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "bad.md", "---\ntitle: T\nlang: de\n---\n![](bild.png)\n")
    (tmp_path / "bild.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    assert main(["check", "--json", str(path)]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["schema"] == "pubkit-check/1"
    (file,) = report["files"]
    assert file["file"] == str(path)
    (issue,) = file["findings"]
    assert issue["rule"] == "IMG001"
    assert issue["line"] == 5


def test_check_clean_file_exits_zero(tmp_path: Path) -> None:
    path = write(tmp_path, "ok.md", "---\ntitle: T\nlang: de\n---\nText.\n")
    assert main(["check", str(path)]) == 0


def test_check_unreadable_file_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "bad.md", "---\ntitle: T\ndate: 2026-13-45\n---\n")
    assert main(["check", str(path)]) == 1
    assert "bad.md:3: " in (out := capsys.readouterr().out)
    assert "not a possible date" in out


def test_build_refuses_raw_html_and_writes_nothing(tmp_path: Path) -> None:
    path = write(tmp_path, "hostile.md", HOSTILE)
    out = tmp_path / "out"
    assert main(["build", str(path), "--format", "html", "--out", str(out)]) == 1
    assert not list(out.rglob("*.html"))


def test_build_of_hostile_file_has_no_script(tmp_path: Path) -> None:
    # The same file without raw HTML: the javascript: link must not become a link.
    path = write(tmp_path, "hostile.md", HOSTILE.split("<script>")[0])
    out = tmp_path / "out"
    assert main(["build", str(path), "--format", "html", "--out", str(out)]) == 0
    html = (out / "hostile" / "index.html").read_text(encoding="utf-8")
    assert "<script" not in html.lower()
    assert 'href="javascript:' not in html
    assert "onerror" not in html


def test_build_stops_on_check_errors_unless_told(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.md", "---\ntitle: T\nlang: de\n---\n![](bild.png)\n")
    out = tmp_path / "out"
    assert main(["build", str(path), "-f", "html", "-o", str(out)]) == 1
    assert not (out / "bad" / "index.html").exists()


def test_failed_render_leaves_no_half_written_file(tmp_path: Path) -> None:
    # The image is missing: the render fails after the check passed.
    path = write(tmp_path, "n.md", "---\ntitle: T\nlang: de\n---\n![Ein Rathaus](fehlt.png)\n")
    out = tmp_path / "out"
    (out / "n").mkdir(parents=True)
    previous = out / "n" / "index.html"
    previous.write_text("old", encoding="utf-8")
    assert main(["build", str(path), "-f", "html", "-o", str(out)]) == 1
    assert previous.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in (out / "n").iterdir()) == ["index.html"]


def test_outputs_get_ordinary_file_permissions(tmp_path: Path) -> None:
    path = write(tmp_path, "ok.md", "---\ntitle: T\nlang: de\n---\nText.\n")
    assert main(["build", str(path), "-f", "html", "-o", str(tmp_path / "out")]) == 0
    mode = (tmp_path / "out" / "ok" / "index.html").stat().st_mode & 0o777
    assert mode == 0o666 & ~_umask()


def _umask() -> int:
    import os

    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def test_format_given_twice_builds_both(tmp_path: Path) -> None:
    path = write(tmp_path, "ok.md", "---\ntitle: T\nlang: de\n---\nText.\n")
    out = tmp_path / "out"
    assert main(["build", str(path), "-f", "html", "-f", "epub", "-o", str(out)]) == 0
    assert sorted(p.name for p in (out / "ok").iterdir()) == ["index.html", "ok.epub"]


def test_unknown_format_lists_the_available_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "ok.md", "---\ntitle: T\nlang: de\n---\nText.\n")
    assert main(["build", str(path), "-f", "pfd", "-o", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert 'Unknown format "pfd". Available:' in err
    assert "html" in err
    assert "summary" in err  # a format of the plan, made by the html and pdf renderers


def test_image_outside_the_notice_folder_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "secret.png").write_bytes(b"\x89PNG")
    sub = tmp_path / "notices"
    sub.mkdir()
    path = write(sub, "n.md", "---\ntitle: T\nlang: de\n---\n![Ein Bild](../secret.png)\n")
    assert main(["build", str(path), "-f", "html", "-o", str(tmp_path / "out")]) == 1
    assert "outside the notice's folder" in capsys.readouterr().err


def test_import_pubkit_loads_no_engine() -> None:
    code = (
        "import sys, pubkit; pubkit.renderers(); "
        "heavy = {'weasyprint', 'ebooklib', 'pyttsx3', 'lameenc', 'pikepdf'} & set(sys.modules); "
        "print(sorted(heavy))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_formats_lists_html(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["formats"]) == 0
    assert "html" in capsys.readouterr().out


def test_example_script_runs(tmp_path: Path) -> None:
    script = ROOT / "examples" / "publish_notice.py"
    notice = ROOT / "examples" / "notices" / "helden-in-der-krise.md"
    result = subprocess.run(
        [sys.executable, str(script), str(notice), "--out", str(tmp_path)],
        capture_output=True, text=True, check=False, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    folder = tmp_path / "helden-in-der-krise"
    assert (folder / "index.html").exists()
    page = (folder / "index.html").read_text(encoding="utf-8")
    assert 'href="helden-in-der-krise-summary.html"' in page  # files named by the notice
    assert (folder / "helden-in-der-krise-summary.html").exists()


def test_variant_narrows_the_pdf_outputs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("weasyprint")
    path = write(tmp_path, "ok.md", "---\ntitle: T\nlang: de\n---\nText.\n")
    out = tmp_path / "out"
    assert (
        main(["build", str(path), "-f", "pdf,html", "--variant", "large-print", "-o", str(out)])
        == 0
    )
    assert sorted(p.name for p in (out / "ok").iterdir()) == [
        "index.html",
        "ok-large-print.pdf",
    ]
    assert main(["build", str(path), "-f", "pdf", "--variant", "huge", "-o", str(out)]) == 2
    assert 'no variant "huge"' in capsys.readouterr().err


def test_web_page_links_the_other_formats_built(tmp_path: Path) -> None:
    pytest.importorskip("weasyprint")
    path = write(tmp_path, "ok.md", "---\ntitle: T\nlang: de\n---\nText.\n")
    out = tmp_path / "out"
    assert main(["build", str(path), "-f", "pdf,html", "-o", str(out)]) == 0
    html = (out / "ok" / "index.html").read_text(encoding="utf-8")
    assert '<a href="ok.pdf">PDF zum Drucken</a>' in html
    assert '<a href="ok-large-print.pdf">PDF in großer Schrift</a>' in html
    for link in re.findall(r'<a href="(ok[^"]*)"', html):
        assert (out / "ok" / link).exists()
    assert main(["build", str(path), "-f", "html", "-o", str(tmp_path / "only")]) == 0
    assert '<nav class="alternates"' not in (tmp_path / "only" / "ok" / "index.html").read_text(
        encoding="utf-8"
    )


def test_check_refuses_an_unknown_kind_of_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "notes.odt", "text")
    assert main(["check", str(path)]) == 2
    assert 'Cannot tell how to check "' in capsys.readouterr().err


@pytest.mark.external
def test_check_finished_files_for_other_projects_ci(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("weasyprint")
    good = write(tmp_path, "ok.md", "---\ntitle: Titel\nlang: de\n---\n## Teil\n\nText.\n")
    out = tmp_path / "out"
    assert (
        main(["build", str(good), "-f", "html,pdf,epub", "--variant", "standard", "-o", str(out)])
        == 0
    )
    files = [str(out / "ok" / name) for name in ("index.html", "ok.pdf", "ok.epub")]
    assert main(["check", "--json", "--require", "verapdf,epubcheck,ace,axe", *files]) == 0
    report = json.loads(capsys.readouterr().out)
    assert sorted(t for f in report["files"] for t in f["tools"]) == [
        "ace", "axe", "epubcheck", "pubkit", "pubkit", "pubkit", "verapdf",
    ]  # fmt: skip
    assert all(f["findings"] == [] for f in report["files"])
    bad = write(tmp_path, "bad.html", '<!DOCTYPE html><html><body><img src="x.png"></body></html>')
    assert main(["check", str(bad)]) == 1
    assert "image-alt" in capsys.readouterr().out
