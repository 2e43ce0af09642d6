"""Pyphen's hyphenation patterns, parsed once per machine instead of once per process.

WeasyPrint hyphenates German text (``hyphens: auto``) with Pyphen, which parses the whole
``hyph_de_AT.dic`` (1 MB, 66 000 patterns) the first time a process meets German text:
about 0.5 s of CPU, more than the layout of a short notice. :func:`install` puts a
dictionary in front of Pyphen's per-process cache (``pyphen.hdcache``) that keeps each
parsed pattern table as JSON in ``$PUBKIT_HYPHENATION_CACHE``, else
``$XDG_CACHE_HOME/pubkit/hyphenation`` (``~/.cache/pubkit/hyphenation``); the next process
loads it in about a fifth of the time. The patterns are the same values Pyphen parses
(a test compares them), so the PDF is the same.

A file is named after the Pyphen version and the dictionary's name, size and modification
time, so an updated Pyphen or dictionary is parsed again. A damaged or unreadable file is
ignored (Pyphen parses the dictionary as before); a cache folder that cannot be written
only costs the time it would have saved. JSON, not pickle: loading runs no code.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

__all__ = ["ENV_DIR", "cache_dir", "install"]

ENV_DIR = "PUBKIT_HYPHENATION_CACHE"


def cache_dir() -> Path:
    """``$PUBKIT_HYPHENATION_CACHE``, else ``$XDG_CACHE_HOME/pubkit/hyphenation``."""
    from pubkit.lru import user_cache_dir

    return user_cache_dir(ENV_DIR, "hyphenation")


def _file_for(path: Path, version: str) -> Path | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return cache_dir() / f"pyphen-{version}-{path.stem}-{stat.st_size}-{stat.st_mtime_ns}.json"


def _load(file: Path, hyph_dict: Any) -> Any | None:
    """A ``pyphen.HyphDict`` made from the patterns in ``file``; None if it is not usable."""
    try:
        raw = json.loads(file.read_text(encoding="utf-8"))
        patterns = {
            str(tag): (int(start), tuple(int(v) for v in values))
            for tag, (start, values) in raw.items()
        }
    except (OSError, ValueError, TypeError, AttributeError):
        return None
    if not patterns:
        return None
    loaded = hyph_dict.__new__(hyph_dict)
    loaded.patterns = patterns
    loaded.cache = {}
    loaded.maxlen = max(len(tag) for tag in patterns)
    return loaded


def _save(file: Path, patterns: dict[str, tuple[int, tuple[int, ...]]]) -> None:
    if any(type(v) is not int for _, values in patterns.values() for v in values):
        return  # nonstandard hyphenation (Pyphen's DataInt): not kept, parsed each time
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=file.parent, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(patterns, out, ensure_ascii=False, separators=(",", ":"))
            Path(tmp).replace(file)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass


class _Patterns(dict[Any, Any]):
    """Pyphen's ``hdcache`` (path → ``HyphDict``), backed by files (see :func:`install`)."""

    def __init__(self, found: dict[Any, Any], version: str, hyph_dict: Any) -> None:
        super().__init__(found)
        self.version = version
        self.hyph_dict = hyph_dict

    def __contains__(self, path: object) -> bool:
        if not super().__contains__(path) and isinstance(path, Path):
            file = _file_for(path, self.version)
            loaded = _load(file, self.hyph_dict) if file is not None and file.exists() else None
            if loaded is not None:
                super().__setitem__(path, loaded)
        return super().__contains__(path)

    def __setitem__(self, path: Any, value: Any) -> None:
        super().__setitem__(path, value)
        file = _file_for(path, self.version) if isinstance(path, Path) else None
        if file is not None and not file.exists() and isinstance(value, self.hyph_dict):
            _save(file, value.patterns)


def install() -> None:
    """Put the machine-wide cache in front of Pyphen's per-process one (once per process)."""
    import pyphen  # type: ignore[import-untyped]  # a WeasyPrint dependency, untyped

    if not isinstance(pyphen.hdcache, _Patterns):
        version = str(getattr(pyphen, "__version__", "0"))
        pyphen.hdcache = _Patterns(pyphen.hdcache, version, pyphen.HyphDict)
