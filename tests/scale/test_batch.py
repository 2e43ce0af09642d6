"""``pubkit build`` of a folder: parallel, cached, failures isolated (issue 18)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pubkit.cache import BuildCache, _decode, _encode
from pubkit.cli import main
from pubkit.renderers.base import Artifact, Attachment

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "notices"


@pytest.fixture(autouse=True)
def _pool_for_any_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests are about the pool: with ``-j 2`` it runs even for their small notices,
    which a real build would render in one process (``batch.worth_a_pool``)."""
    monkeypatch.setattr("pubkit.batch.POOL_MIN_WORK", 0.0)


NOTICE = """---
title: {title}
lang: de
date: 2026-11-30
---

Das Bürgerbüro am Markt 3 öffnet am Montag, 7. Dezember, um 8 Uhr.
Bitte buchen Sie einen Termin unter 0211 89-0.

## Was Sie mitbringen

- Ihren Ausweis
- Ihre Meldebescheinigung
"""


def _corpus(folder: Path, count: int = 3) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        text = NOTICE.format(title=f"Termine im Bürgerbüro {i}")
        (folder / f"notice-{i}.md").write_text(text, encoding="utf-8")
    return folder


def _files(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def _build(*argv: str) -> int:
    return main(["build", *argv])


def test_parallel_build_equals_the_serial_build(tmp_path: Path) -> None:
    src = _corpus(tmp_path / "src")
    shutil.copy(EXAMPLES / "helden-in-der-krise.md", src)
    shutil.copy(EXAMPLES / "helden-in-der-krise.png", src)
    common = ["-f", "html,epub", "--no-cache"]
    assert _build(str(src), "-o", str(tmp_path / "serial"), "-j", "1", *common) == 0
    assert _build(str(src), "-o", str(tmp_path / "parallel"), "-j", "2", *common) == 0
    serial, parallel = _files(tmp_path / "serial"), _files(tmp_path / "parallel")
    assert len(serial) == 4 * 2
    assert serial == parallel


def test_one_broken_notice_fails_alone_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _corpus(tmp_path / "src", count=2)
    broken = src / "broken.md"
    broken.write_text("---\ntitle: [unclosed\nlang: de\n---\n\nText.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert _build(str(src), "-f", "html,epub", "-o", str(out), "-j", "2", "--no-cache") == 1
    err = capsys.readouterr().err
    assert f"{broken}:" in err  # file and line of the error
    assert "✗" in err
    assert sorted(_files(out)) == [
        f"notice-{i}/{name}" for i in range(2) for name in ("index.html", f"notice-{i}.epub")
    ]
    assert "4 of 6 file(s) written" in err


def test_warm_build_takes_everything_from_the_cache_and_an_edit_only_its_notice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _corpus(tmp_path / "src")
    cache = ["--cache-dir", str(tmp_path / "cache"), "-f", "html,epub", "-j", "2"]
    assert _build(str(src), "-o", str(tmp_path / "cold"), *cache) == 0
    cold = _files(tmp_path / "cold")
    capsys.readouterr()
    assert _build(str(src), "-o", str(tmp_path / "warm"), *cache) == 0
    assert _files(tmp_path / "warm") == cold
    assert "│ total  │     6 │          6 │      0" in capsys.readouterr().err

    edited = src / "notice-1.md"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nNeu: auch samstags.\n", "utf-8")
    assert _build(str(src), "-o", str(tmp_path / "edit"), *cache) == 0
    assert "│ total  │     6 │          4 │      0" in capsys.readouterr().err
    after = _files(tmp_path / "edit")
    assert after["notice-0/index.html"] == cold["notice-0/index.html"]
    assert b"samstags" in after["notice-1/index.html"]


def test_a_changed_image_is_not_served_from_the_cache(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(EXAMPLES / "helden-in-der-krise.md", src)
    shutil.copy(EXAMPLES / "helden-in-der-krise.png", src)
    cache = ["--cache-dir", str(tmp_path / "cache"), "-f", "html", "-j", "1"]
    assert _build(str(src), "-o", str(tmp_path / "a"), *cache) == 0
    image = src / "helden-in-der-krise.png"
    image.write_bytes((EXAMPLES / "helden-in-der-krise.png").read_bytes() + b"\0")
    assert _build(str(src), "-o", str(tmp_path / "b"), *cache) == 0
    page = "helden-in-der-krise/index.html"
    assert (tmp_path / "a" / page).read_bytes() != (tmp_path / "b" / page).read_bytes()


def _artifact(size: int = 10) -> Artifact:
    return Artifact(
        data=b"x" * size,
        media_type="text/html",
        suffix=".html",
        attachments=(Attachment(name=".vtt", data=b"WEBVTT", media_type="text/vtt"),),
        info={"words": 3, "ratio": 0.5, "lang": "de"},
    )


def test_entries_round_trip_and_damaged_ones_are_misses(tmp_path: Path) -> None:
    store = BuildCache(tmp_path)
    store.put("ab" * 32, _artifact())
    assert store.get("ab" * 32) == _artifact()
    entry = next(tmp_path.glob("*/*.entry"))
    raw = entry.read_bytes()
    assert _decode(raw) == _artifact()
    assert _decode(_encode(_artifact())) == _artifact()
    entry.write_bytes(raw[:-40] + b"y" * 8 + raw[-32:])
    assert store.get("ab" * 32) is None
    entry.write_bytes(raw[: len(raw) // 2])
    assert store.get("ab" * 32) is None
    assert store.get("cd" * 32) is None


def test_prune_keeps_the_folder_bounded_and_clean_empties_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = BuildCache(tmp_path, max_bytes=2500)
    for i in range(5):
        store.put(f"{i:02x}" * 32, _artifact(1000))
    assert store.stats().entries == 5
    assert store.prune() == 3
    stats = store.stats()
    assert stats.entries == 2
    assert stats.size <= 2500
    assert main(["cache", "info", "--cache-dir", str(tmp_path)]) == 0
    assert "entries: 2" in capsys.readouterr().out
    assert main(["cache", "clean", "--cache-dir", str(tmp_path)]) == 0
    assert "removed 2" in capsys.readouterr().out
    assert store.stats().entries == 0


def test_an_unwritable_cache_does_not_stop_the_build(tmp_path: Path) -> None:
    src = _corpus(tmp_path / "src", count=1)
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("", encoding="utf-8")
    out = tmp_path / "out"
    assert _build(str(src), "-f", "html", "-o", str(out), "--cache-dir", str(blocked)) == 0
    assert (out / "notice-0" / "index.html").is_file()


def test_a_refusal_is_cached_and_a_fix_clears_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "src"
    src.mkdir()
    notice = src / "n.md"
    notice.write_text(
        "---\ntitle: T\nlang: de\n---\n\nText.\n\n# Zweite H1\n\nMehr.\n", encoding="utf-8"
    )
    cache = ["-f", "html", "-o", str(tmp_path / "out"), "--cache-dir", str(tmp_path / "c")]
    assert _build(str(src), *cache) == 1
    first = capsys.readouterr().err
    assert _build(str(src), *cache) == 1
    second = capsys.readouterr().err
    assert "HDG002" in first
    assert "HDG002" in second
    assert BuildCache(tmp_path / "c").stats().entries == 3  # refusal, notice's record, formats
    notice.write_text("---\ntitle: T\nlang: de\n---\n\n## Zweite\n\nText.\n", encoding="utf-8")
    assert _build(str(src), *cache) == 0


def test_jobs_split_by_format_only_when_there_are_few_notices(tmp_path: Path) -> None:
    from pubkit.batch import BatchBuild

    paths = [tmp_path / f"n{i}.md" for i in range(4)]
    few = BatchBuild(inputs=paths[:1], out=tmp_path, formats=("html", "epub"), jobs=2)
    assert [j.only for j in few.job_list()] == [("html",), ("epub",)]
    many = BatchBuild(inputs=paths, out=tmp_path, formats=("html", "epub"), jobs=2)
    assert [j.only for j in many.job_list()] == [("html", "epub")] * 4


def test_a_warm_rebuild_into_the_same_folder_rewrites_nothing(tmp_path: Path) -> None:
    src = _corpus(tmp_path / "src", count=2)
    argv = [str(src), "-f", "html", "-o", str(tmp_path / "out"), "--cache-dir", str(tmp_path / "c")]
    assert _build(*argv) == 0
    page = tmp_path / "out" / "notice-0" / "index.html"
    before = page.stat().st_mtime_ns
    assert _build(*argv) == 0
    assert page.stat().st_mtime_ns == before
    page.write_text("changed by hand", encoding="utf-8")
    assert _build(*argv) == 0
    assert page.read_bytes() != b"changed by hand"


def test_a_warm_build_loads_no_engine(tmp_path: Path) -> None:
    import subprocess
    import sys

    src = _corpus(tmp_path / "src", count=2)
    argv = [
        str(src),
        "-f",
        "html,pdf",
        "-o",
        str(tmp_path / "out"),
        "--cache-dir",
        str(tmp_path / "c"),
    ]
    assert _build(*argv) == 0
    code = (
        "import sys\nfrom pubkit.cli import main\n"
        f"assert main(['build', *{argv!r}]) == 0\n"
        "print(sorted({'weasyprint', 'pubkit.pipeline', 'pubkit.readers'} & set(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
    assert "│ total  │     6 │          6 │      0" in done.stderr


def test_file_names_and_messages_are_not_rich_markup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "[red]x.md").write_text("---\ntitle: [unclosed\n---\nText.\n", encoding="utf-8")
    assert _build(str(src), "-f", "html", "-o", str(tmp_path / "out"), "--no-cache") == 1
    assert "[red]x.md" in capsys.readouterr().err
