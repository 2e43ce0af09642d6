"""``pubkit build --watch``: a saved notice is built again (issue 18)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from rich.console import Console

from pubkit.batch import BatchBuild
from pubkit.cli import _run_batch
from pubkit.watch import changed_notices, snapshot, watch


def _notice(path: Path, text: str) -> None:
    path.write_text(f"---\ntitle: Termin\nlang: de\n---\n\n{text}\n", encoding="utf-8")


def test_changed_notices_sees_a_saved_notice_and_a_changed_image(tmp_path: Path) -> None:
    a, b = tmp_path / "a.md", tmp_path / "b.md"
    _notice(a, "Eins.")
    _notice(b, "Zwei.")
    before = snapshot([a, b])
    assert changed_notices(before, snapshot([a, b]), [a, b]) == []
    _notice(a, "Eins, geändert.")
    assert changed_notices(before, snapshot([a, b]), [a, b]) == [a]
    before = snapshot([a, b])
    (tmp_path / "bild.png").write_bytes(b"\x89PNG")
    assert changed_notices(before, snapshot([a, b]), [a, b]) == [a, b]  # a new image
    before = snapshot([a, b])
    (tmp_path / "bild.png").write_bytes(b"\x89PNG\r\n")
    assert changed_notices(before, snapshot([a, b]), [a, b]) == [a, b]


def test_watch_rebuilds_the_saved_notice(tmp_path: Path) -> None:
    notice = tmp_path / "src" / "termin.md"
    notice.parent.mkdir()
    _notice(notice, "Das Amt öffnet um acht.")
    out = tmp_path / "out"
    console = Console(stderr=True, force_terminal=False, width=120)
    batch = BatchBuild(
        inputs=[notice], out=out, formats=("html",), jobs=1, cache_dir=str(tmp_path / "c")
    )
    assert _run_batch(batch, console, notices=1) == 0
    page = out / "termin" / "index.html"
    assert "acht" in page.read_text(encoding="utf-8")

    done = threading.Event()
    thread = threading.Thread(
        target=watch,
        args=(batch, lambda: [notice], lambda b: _run_batch(b, console, notices=1), console),
        kwargs={"interval": 0.05, "stop": done.is_set},
    )
    thread.start()
    try:
        time.sleep(0.2)
        _notice(notice, "Das Amt öffnet um neun.")
        deadline = time.monotonic() + 30
        while "neun" not in page.read_text(encoding="utf-8") and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        done.set()
        thread.join(timeout=30)
    assert "neun" in page.read_text(encoding="utf-8")
