"""Output files: names from the notice, no silent overwrite, links kept on a partial rebuild."""

from __future__ import annotations

from pathlib import Path

import pytest

from pubkit.cli import main

NOTICE = """---
title: {title}
lang: de
slug: {slug}
---

Die Bücherei hat am Freitag geschlossen. Am Samstag ist sie wieder geöffnet.
"""


def _write(path: Path, title: str = "Bücherei geschlossen", slug: str = "buecherei") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    (path.parent / ".git").mkdir(exist_ok=True)  # no project file from above the test folder
    path.write_text(NOTICE.format(title=title, slug=slug), encoding="utf-8")
    return path


def _links(page: Path) -> list[str]:
    import lxml.html

    root = lxml.html.parse(str(page)).getroot()
    return [str(a.get("href")) for a in root.findall(".//nav[@class='alternates']//a")]


def test_same_name_from_two_folders_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = _write(tmp_path / "nord" / "aktuell.md")
    b = _write(tmp_path / "sued" / "aktuell.md", title="Schwimmbad geöffnet")
    out = tmp_path / "out"
    code = main(["build", str(a), str(b), "-o", str(out), "-f", "html", "-j", "1", "--no-cache"])
    assert code == 2
    err = " ".join(capsys.readouterr().err.split())
    assert "aktuell.md" in err
    assert "overwrite each other's files" in err
    assert "Rename one of them" in err
    assert not out.exists()  # refused before anything was written


def test_the_same_file_twice_is_no_clash(tmp_path: Path) -> None:
    a = _write(tmp_path / "nord" / "aktuell.md")
    out = tmp_path / "out"
    args = ["build", str(a), str(tmp_path / "nord" / ".." / "nord" / "aktuell.md")]
    assert main([*args, "-o", str(out), "-f", "html", "-j", "1", "--no-cache"]) == 0


@pytest.mark.parametrize(
    ("scheme", "stem"), [("stem", "aktuell"), ("slug", "buecherei"), ("notice", "notice")]
)
def test_names_from_the_notice(tmp_path: Path, scheme: str, stem: str) -> None:
    notice = _write(tmp_path / "in" / "aktuell.md")
    (tmp_path / "in" / "pubkit.toml").write_text(f'output-names = "{scheme}"\n', encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(notice), "-o", str(out), "-f", "html,summary", "-j", "1"]) == 0
    names = sorted(p.name for p in (out / "aktuell").iterdir())
    assert names == sorted(["index.html", f"{stem}-summary.html", f"{stem}-summary.pdf"])
    assert _links(out / "aktuell" / "index.html") == [
        f"{stem}-summary.html",
        f"{stem}-summary.pdf",
    ]


def test_rebuilding_one_format_keeps_the_links(tmp_path: Path) -> None:
    notice = _write(tmp_path / "in" / "aktuell.md")
    out = tmp_path / "out"
    common = ["-o", str(out), "-j", "1", "--no-cache"]
    assert main(["build", str(notice), "-f", "html,summary", *common]) == 0
    page = out / "aktuell" / "index.html"
    before = _links(page)
    assert before == ["aktuell-summary.html", "aktuell-summary.pdf"]
    page.unlink()
    assert main(["build", str(notice), "-f", "html", *common]) == 0
    assert _links(page) == before  # the summary files are still there: still linked
    (out / "aktuell" / "aktuell-summary.pdf").unlink()
    assert main(["build", str(notice), "-f", "html", *common]) == 0
    assert _links(page) == ["aktuell-summary.html"]  # no link to a file that is gone


def test_rebuild_with_cache_follows_the_folder(tmp_path: Path) -> None:
    notice = _write(tmp_path / "in" / "aktuell.md")
    out = tmp_path / "out"
    common = ["-o", str(out), "-j", "1", "--cache-dir", str(tmp_path / "cache")]
    assert main(["build", str(notice), "-f", "html", *common]) == 0
    assert _links(out / "aktuell" / "index.html") == []
    assert main(["build", str(notice), "-f", "summary", *common]) == 0
    assert main(["build", str(notice), "-f", "html", *common]) == 0  # not the cached page
    assert _links(out / "aktuell" / "index.html") == ["aktuell-summary.html", "aktuell-summary.pdf"]


def test_file_tails_match_the_declared_outputs() -> None:
    from pubkit.batch import format_of_file
    from pubkit.config import AUDIO_FORMATS, Config
    from pubkit.pipeline import plan

    for name in ("notice", "aktuell", "buecherei-2026"):
        for audio in AUDIO_FORMATS:
            for output in plan(None, config=Config(audio_format=audio), name=name):
                assert format_of_file(output.file_name) == output.format, output.file_name
                if output.captions:
                    assert format_of_file(output.captions) == output.format
    assert format_of_file("notice.chapters.vtt") == "speech"
    assert format_of_file("notizen.txt") is None


def test_a_changed_project_file_is_not_hidden_by_the_cache(tmp_path: Path) -> None:
    notice = _write(tmp_path / "in" / "aktuell.md")
    project = tmp_path / "in" / "pubkit.toml"
    project.write_text('formats = ["html", "summary"]\n', encoding="utf-8")
    out = tmp_path / "out"
    common = ["-o", str(out), "-j", "1", "--cache-dir", str(tmp_path / "cache")]
    assert main(["build", str(notice), *common]) == 0
    assert _links(out / "aktuell" / "index.html") == ["aktuell-summary.html", "aktuell-summary.pdf"]
    project.write_text('formats = ["html", "summary"]\noutput-names = "slug"\n', encoding="utf-8")
    assert main(["build", str(notice), *common]) == 0  # warm for the notice, not for its settings
    assert _links(out / "aktuell" / "index.html") == [
        "buecherei-summary.html",
        "buecherei-summary.pdf",
    ]


def test_same_stem_in_one_folder_is_refused_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = _write(tmp_path / "in" / "aktuell.md")
    b = tmp_path / "in" / "Aktuell.txt"  # another reader, a name differing only in case
    b.write_text("Schwimmbad geöffnet\n\nDas Schwimmbad ist wieder offen.\n", encoding="utf-8")
    code = main(["build", str(a), str(b), "-o", str(tmp_path / "out"), "-f", "html", "--no-cache"])
    assert code == 2
    assert "overwrite each other's files" in " ".join(capsys.readouterr().err.split())
