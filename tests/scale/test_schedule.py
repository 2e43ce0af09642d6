"""How a parallel build splits and orders its jobs (issue 18): longest first, and the formats
made from one narration in one job."""

from __future__ import annotations

from pathlib import Path

import pytest

from pubkit.batch import BatchBuild, estimate

ROOT = Path(__file__).resolve().parents[2]
NOTICES = ROOT / "examples" / "notices"


def _notices(tmp_path: Path) -> list[Path]:
    short = tmp_path / "kurz.md"
    short.write_text("---\ntitle: Kurz\nlang: de\n---\n\nEin Satz.\n", encoding="utf-8")
    return [short, NOTICES / "helden-in-der-krise.md"]


def test_formats_of_one_narration_share_a_job(tmp_path: Path) -> None:
    pytest.importorskip("num2words")  # the speech renderer
    batch = BatchBuild(
        inputs=_notices(tmp_path), out=tmp_path / "out", formats=("html", "epub", "speech"), jobs=2
    )
    groups = {job.only for job in batch.job_list()}
    # the web page's read-aloud mode plays the audio: one synthesis, one job
    assert groups == {("html", "speech"), ("epub",)}


def test_formats_without_a_narration_stay_apart(tmp_path: Path) -> None:
    batch = BatchBuild(
        inputs=_notices(tmp_path), out=tmp_path / "out", formats=("html", "epub"), jobs=2
    )
    assert {job.only for job in batch.job_list()} == {("html",), ("epub",)}


def test_a_pool_takes_the_longest_jobs_first(tmp_path: Path) -> None:
    batch = BatchBuild(
        inputs=_notices(tmp_path), out=tmp_path / "out", formats=("html", "epub"), jobs=2
    )
    jobs = batch.job_list()
    assert [Path(j.path).name for j in jobs][:1] == ["kurz.md"]  # input order
    ordered = batch.ordered(jobs)
    costs = [estimate(j) for j in ordered]
    assert costs == sorted(costs, reverse=True)
    assert (Path(ordered[0].path).name, ordered[0].only) == ("helden-in-der-krise.md", ("html",))
    assert (Path(ordered[-1].path).name, ordered[-1].only) == ("kurz.md", ("epub",))


def test_one_process_keeps_the_input_order(tmp_path: Path) -> None:
    batch = BatchBuild(
        inputs=_notices(tmp_path), out=tmp_path / "out", formats=("html", "epub"), jobs=1
    )
    jobs = batch.job_list()
    assert batch.ordered(jobs) == jobs


def test_a_pool_only_for_enough_work(tmp_path: Path) -> None:
    from pubkit.batch import POOL_MIN_WORK, Job, estimate, worth_a_pool

    notice = tmp_path / "n.md"
    notice.write_text("---\ntitle: T\nlang: de\n---\n\nEin Satz.\n", encoding="utf-8")
    small = [Job(path=str(notice), only=(f,), formats=None) for f in ("html", "epub")]
    assert not worth_a_pool(small)
    assert sum(estimate(j) for j in small) < POOL_MIN_WORK
    pdf = Job(path=str(notice), only=("pdf",), formats=None)
    assert not worth_a_pool([*small, pdf])  # the others could take only the small jobs
    assert worth_a_pool([pdf, pdf])
    assert not worth_a_pool([])
