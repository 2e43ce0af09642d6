"""Folders of cache files kept within a size bound: least recently used removed first.

The build cache (:mod:`pubkit.cache`) and the sentence cache (:mod:`pubkit.speech.cache`)
store files in two-character bucket folders (``ab/abcdef….json``) and mark a file as used by
touching it; both are bounded the same way, here.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Collection
from pathlib import Path

from pubkit.errors import ConfigError

__all__ = ["bound_from_env", "prune", "stored_files", "user_cache_dir"]


def user_cache_dir(variable: str, name: str) -> Path:
    """``$variable``, else ``$XDG_CACHE_HOME/pubkit/<name>``, else ``~/.cache/pubkit/<name>``."""
    configured = os.environ.get(variable)
    if configured:
        return Path(configured).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "pubkit" / name


def bound_from_env(variable: str, default: int, *, example: int) -> int:
    """``$variable`` (megabytes) in bytes, else ``default``; a value that is not a number is a
    :class:`~pubkit.errors.ConfigError` naming the variable and an example."""
    raw = os.environ.get(variable)
    if not raw:
        return default
    try:
        return int(float(raw) * 1024**2)
    except ValueError:
        raise ConfigError(
            f'${variable} must be a number of megabytes, not "{raw}" (e.g. {variable}={example}).'
        ) from None


def stored_files(folder: Path, suffixes: Collection[str]) -> list[tuple[float, int, Path]]:
    """(last used, size, path) of every stored file in ``folder``'s buckets with one of the
    ``suffixes``; temporary files (``.tmp-…``) being written are not stored files."""
    found: list[tuple[float, int, Path]] = []
    if not folder.is_dir():
        return found
    for path in folder.glob("*/*"):
        if path.suffix not in suffixes or path.name.startswith(".tmp-"):
            continue
        try:
            st = path.stat()
        except OSError:
            continue
        found.append((st.st_mtime, st.st_size, path))
    return found


def prune(files: list[tuple[float, int, Path]], max_bytes: int) -> int:
    """Remove the least recently used of ``files`` until the rest fit in ``max_bytes``;
    returns how many were removed."""
    total = sum(size for _, size, _ in files)
    removed = 0
    for _, size, path in sorted(files):
        if total <= max_bytes:
            break
        with contextlib.suppress(OSError):
            path.unlink()
            removed += 1
        total -= size
    return removed
