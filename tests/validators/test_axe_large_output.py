"""axe-run.mjs writes its whole report when stdout is a pipe, however long it is.

It used to call process.exit() straight after write(), which cuts a piped stdout at 64 KiB
(the report of a folder of pages with many violations); the runner now exits once the write
has been flushed. The test runs pubkit's own copy of the runner (src/pubkit/validators/node),
next to the installed node_modules.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import pubkit.validators as validators_package

RUNNER = Path(validators_package.__file__).parent / "node" / "axe-run.mjs"


@pytest.mark.external
def test_report_longer_than_a_pipe_buffer_arrives_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pubkit.validators import run_axe
    from pubkit.validators.axe import find_axe_runner

    installed = Path(find_axe_runner()[1]).parent
    tools = tmp_path / "tools"
    tools.mkdir()
    (tools / "axe-run.mjs").write_bytes(RUNNER.read_bytes())
    (tools / "node_modules").symlink_to(installed / "node_modules")
    monkeypatch.setenv("PUBKIT_NODE_TOOLS", str(tools))
    pages = tmp_path / "pages"
    pages.mkdir()
    body = "".join(f'<img src="x{i}.png"><a href="#"></a>' for i in range(60))
    for n in range(8):
        (pages / f"p{n}.html").write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    reports = run_axe([pages])
    assert len(reports) == 8
    assert sum(len(r.raw) for r in reports) > 200_000  # well over a pipe buffer
    assert all({"image-alt", "link-name"} <= {f.rule for f in r.findings} for r in reports)
