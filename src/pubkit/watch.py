"""``pubkit build --watch``: build, then re-render a notice each time it is saved.

The watcher looks at the notices and the files next to them (images) twice a second, by
modification time and size; no extra package, no inotify. A saved notice is built again
through the same batch build and cache as ``pubkit build``: an edit re-renders that notice
only, and only the outputs it changes (for HTML that is a few tens of milliseconds). A
changed image re-renders the notices in its folder. A new notice in a watched folder is
picked up; a deleted one is left alone (its outputs stay). Ctrl-C stops.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from pubkit.errors import PubkitError

if TYPE_CHECKING:
    from rich.console import Console

    from pubkit.batch import BatchBuild

__all__ = ["Snapshot", "changed_notices", "snapshot", "watch"]

Snapshot = dict[Path, tuple[int, int]]


def snapshot(notices: Iterable[Path]) -> Snapshot:
    """(modification time, size) of each notice and of every file in the notices' folders."""
    seen: Snapshot = {}
    folders = set()
    for notice in notices:
        folders.add(notice.parent)
        seen[notice] = _stat(notice)
    for folder in folders:
        try:
            children = list(folder.iterdir())
        except OSError:
            continue
        for child in children:
            if child.is_file() and not child.name.startswith("."):
                seen[child] = _stat(child)
    return seen


def _stat(path: Path) -> tuple[int, int]:
    try:
        st = path.stat()
    except OSError:
        return (0, -1)
    return (st.st_mtime_ns, st.st_size)


def changed_notices(before: Snapshot, after: Snapshot, notices: Iterable[Path]) -> list[Path]:
    """The notices to build again: those saved since ``before``, and every notice in a folder
    where another file (an image) changed."""
    notices = list(notices)
    changed = {p for p, v in after.items() if before.get(p) != v and v[1] >= 0}
    folders = {p.parent for p in changed if p not in notices}
    return [n for n in notices if n in changed or n.parent in folders]


def watch(
    batch: BatchBuild,
    find: Callable[[], list[Path]],
    run: Callable[[BatchBuild], int],
    stderr: Console,
    *,
    interval: float = 0.5,
    stop: Callable[[], bool] = lambda: False,
) -> int:
    """Watch the notices ``find`` returns; build the changed ones with ``run`` (a batch build
    like ``batch``, narrowed to them). Returns 0 when stopped (Ctrl-C or ``stop()``)."""
    notices = find()
    before = snapshot(notices)
    stderr.print(
        f"Watching {len(notices)} notice(s) for changes; press Ctrl-C to stop.", highlight=False
    )
    try:
        while not stop():
            time.sleep(interval)
            try:
                notices = find()
            except PubkitError:  # a watched file was moved away: keep the others
                notices = [n for n in notices if n.exists()]
            after = snapshot(notices)
            todo = changed_notices(before, after, notices)
            before = after
            if not todo:
                continue
            stderr.print(f"[bold]changed:[/] {', '.join(p.name for p in todo)}", markup=True)
            run(dataclasses.replace(batch, inputs=todo, tallies={}, failures=[], seconds=0.0))
    except KeyboardInterrupt:
        stderr.print("Stopped watching.")
    return 0
