"""Every file pubkit writes lies inside --out; file-system failures are pubkit errors."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from pubkit.cli import main
from pubkit.io import (
    OutputError,
    _os_message,
    clean_stale_temporaries,
    output_path,
    safe_name,
    write_files_atomically,
)

NOTICE = "---\ntitle: Test\nlang: de\n---\nHallo.\n"


def _files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


@pytest.mark.parametrize("name", ["...md", "..md", "-..md", "....md"])
def test_dot_names_stay_inside_out(tmp_path: Path, name: str) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / name).write_text(NOTICE, encoding="utf-8")
    out = tmp_path / "site" / "out"
    code = main(["build", str(tmp_path / "in" / name), "--out", str(out), "-f", "html"])
    assert code == 0
    written = {p for p in _files(tmp_path) if not p.startswith("in/")}
    assert written, "nothing written"
    assert all(p.startswith("site/out/") for p in written), written


@pytest.mark.parametrize(
    ("raw", "safe"),
    [
        ("..", "notice"),
        ("../../etc/passwd", "etc-passwd"),
        ("/abs/path", "abs-path"),
        ("a\x00b", "a-b"),
        ("Straßen-Bürger", "Straßen-Bürger"),
        ("x" * 300, "x" * 100),
    ],
)
def test_safe_name(raw: str, safe: str) -> None:
    assert safe_name(raw) == safe


def test_output_path_refuses_a_symlink_out(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (out / "notice").symlink_to(elsewhere)
    with pytest.raises(OutputError, match="outside the output folder"):
        output_path(out, "notice", "index.html")


def test_out_pointing_at_a_file_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "n.md").write_text(NOTICE, encoding="utf-8")
    (tmp_path / "out").write_text("not a folder", encoding="utf-8")
    code = main(["build", str(tmp_path / "n.md"), "--out", str(tmp_path / "out"), "-f", "html"])
    assert code == 2
    assert "is a file, not a folder" in capsys.readouterr().err


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into read-only folders")
def test_read_only_output_folder(tmp_path: Path) -> None:  # pragma: no cover - root here
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o500)
    with pytest.raises(OutputError, match="permission denied"):
        write_files_atomically([(out / "x" / "index.html", b"x")])


def test_read_only_file_system_is_an_output_error(tmp_path: Path) -> None:
    # Root ignores folder permissions; a file standing where a folder must be fails for anyone.
    (tmp_path / "blocker").write_text("x", encoding="utf-8")
    with pytest.raises(OutputError, match="Cannot write"):
        write_files_atomically([(tmp_path / "blocker" / "index.html", b"x")])


def test_full_disk_is_an_output_error(tmp_path: Path) -> None:
    full = Path("/dev/full")
    if not full.exists():
        pytest.skip("no /dev/full")
    # /dev/full fails every write with ENOSPC, as a full disk does; the message must say so.
    with pytest.raises(OSError, match="No space") as info:
        full.write_bytes(b"x" * 10)
    assert "disk is full" in _os_message(tmp_path / "index.html", info.value)


def test_a_folder_in_the_way_is_an_output_error(tmp_path: Path) -> None:
    (tmp_path / "index.html").mkdir()
    with pytest.raises(OutputError, match="folder of that name"):
        write_files_atomically([(tmp_path / "index.html", b"x")])


def test_stale_temporaries_of_killed_builds_are_removed(tmp_path: Path) -> None:
    dead_pid = 2**22 + 12345  # above the default pid_max: no such process
    stale = tmp_path / f".index.html.pubkit-{dead_pid}.abcd1234.tmp"
    stale.write_bytes(b"half")
    foreign = tmp_path / ".index.html.other.tmp"
    foreign.write_bytes(b"not ours")
    mine = tmp_path / f".index.html.pubkit-{os.getpid()}.zzzz.tmp"
    mine.write_bytes(b"in progress")
    write_files_atomically([(tmp_path / "index.html", b"<html/>")])
    assert not stale.exists()
    assert foreign.exists()
    assert mine.exists()  # a live process's temporary is left alone
    assert (tmp_path / "index.html").read_bytes() == b"<html/>"
    old = time.time() - 3 * 24 * 3600
    os.utime(mine, (old, old))
    assert clean_stale_temporaries(tmp_path) == [mine]
