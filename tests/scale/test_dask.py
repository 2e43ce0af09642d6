"""``pubkit build --scheduler``: the same build on a Dask cluster, byte for byte (issue 18).

A small LocalCluster with two worker processes on 127.0.0.1; skipped when the ``dask`` extra
is not installed.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from pubkit.cli import main

distributed = pytest.importorskip("distributed")

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "notices"


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    cluster = distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        memory_limit="1GiB",
    )
    try:
        yield str(cluster.scheduler_address)
    finally:
        cluster.close(timeout=30)


def _files(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def test_cluster_build_is_byte_identical_to_the_local_build(
    tmp_path: Path, scheduler: str, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for name in ("helden-in-der-krise.md", "helden-in-der-krise.png", "corona-teststellen.md"):
        shutil.copy(EXAMPLES / name, src)
    common = ["-f", "html,epub", "--no-cache"]
    assert main(["build", str(src), "-o", str(tmp_path / "local"), "-j", "1", *common]) == 0
    assert (
        main(["build", str(src), "-o", str(tmp_path / "dask"), "--scheduler", scheduler, *common])
        == 0
    )
    assert f"Dask cluster {scheduler}" in capsys.readouterr().err
    local, remote = _files(tmp_path / "local"), _files(tmp_path / "dask")
    assert sorted(local) == sorted(
        f"{n}/{f}"
        for n in ("corona-teststellen", "helden-in-der-krise")
        for f in ("index.html", f"{n}.epub")
    )
    assert remote == local


def test_a_broken_notice_on_the_cluster_fails_alone(
    tmp_path: Path, scheduler: str, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(EXAMPLES / "corona-teststellen.md", src)
    (src / "broken.md").write_text("---\ntitle: [x\n---\nText.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(src), "-f", "html", "-o", str(out), "--scheduler", scheduler]) == 1
    assert f"{src / 'broken.md'}:" in capsys.readouterr().err
    assert sorted(_files(out)) == ["corona-teststellen/index.html"]


def test_an_unreachable_scheduler_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notice = EXAMPLES / "corona-teststellen.md"
    address = "tcp://127.0.0.1:9"  # discard port: nothing listens
    assert (
        main(["build", str(notice), "-f", "html", "-o", str(tmp_path), "--scheduler", address]) == 2
    )
    assert "Cannot reach the Dask scheduler" in capsys.readouterr().err
