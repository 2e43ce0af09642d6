"""Writing outputs atomically: a reader never sees a half-written file."""

from __future__ import annotations

import contextlib
import functools
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

__all__ = ["write_files_atomically"]


def write_files_atomically(files: Sequence[tuple[Path, bytes]]) -> None:
    """Write every file or none: all go to temporary files first, then are renamed in place.

    A failure before the renames leaves the targets untouched and removes the temporaries.
    """
    temporaries: list[tuple[Path, Path]] = []
    try:
        for target, data in files:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            temporaries.append((Path(name), target))
            # mkstemp makes the file private (0600); give it the mode a new file would get.
            os.fchmod(fd, _new_file_mode())
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        for tmp, target in temporaries:
            tmp.replace(target)
    finally:
        for tmp, _ in temporaries:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()


@functools.cache
def _new_file_mode() -> int:
    # The umask can only be read by setting it; do that once per process, not per file,
    # so other threads (speech encodes on a pool) rarely see the temporary value.
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask
