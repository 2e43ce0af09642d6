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

German break points are cleaned up (:func:`german_positions`): Pyphen reads LibreOffice's
two-level German dictionary (compound boundaries, then syllables: ``NEXTLEVEL``) as one
level, which gives breaks such as "Bürge‐ramt", "Mita‐rbeiter", "Sper‐rabfall" and
"Tester‐gebnisse" that a reader stumbles over.
"""

from __future__ import annotations

import itertools
import json
import os
import tempfile
from pathlib import Path
from typing import Any

__all__ = ["ENV_DIR", "cache_dir", "german_positions", "install"]

ENV_DIR = "PUBKIT_HYPHENATION_CACHE"


_VOWELS = frozenset("aeiouyäöü")
_COMPONENTS = {"ergebnis": (5,)}
"""Word parts that start a compound's later part and the breaks inside them: "Test‐ergeb‐
nisse", "Wahl‐ergebnis", never "Tester‐gebnisse"."""


def german_positions(word: str, positions: list[int], make: Any = int) -> list[int]:
    """Pyphen's German break points without the ones that cut off a single letter or a
    part without a vowel (dropped on both sides), and with the right breaks in the parts
    of :data:`_COMPONENTS`; ``make`` builds a new point (Pyphen's ``DataInt``).

    >>> def show(word, points):
    ...     return "".join(c + ("-" if i + 1 in points else "") for i, c in enumerate(word))
    >>> show("Bürgeramt", german_positions("Bürgeramt", [3, 5, 6]))
    'Bür-geramt'
    >>> show("Mitarbeiter", german_positions("Mitarbeiter", [3, 4, 5, 8]))
    'Mitarbei-ter'
    >>> show("Testergebnisse", german_positions("Testergebnisse", [3, 4, 6, 9, 12]))
    'Test-ergeb-nis-se'
    """
    size = len(word)
    points = [p for p in positions if 0 < p < size]
    drop: set[int] = set()
    for start, end in itertools.pairwise([0, *points, size]):
        part = word[start:end].lower()
        if len(part) == 1 or not _VOWELS & set(part):
            drop.update(p for p in (start, end) if 0 < p < size)
    points = [p for p in points if p not in drop]
    lower = word.lower()
    for component, inner in _COMPONENTS.items():
        at = lower.find(component, 3)
        while at > 0:
            end = at + len(component)
            points = [p for p in points if not at < p < end]
            points += [make(at)] + [make(at + i) for i in inner]
            at = lower.find(component, end)
    return sorted(set(points), key=int)


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
    loaded = hyph_dict.__new__(hyph_dict)  # the German subclass for German files
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

    def __init__(self, found: dict[Any, Any], version: str, hyph_dict: Any, german: Any) -> None:
        super().__init__(found)
        self.version = version
        self.hyph_dict = hyph_dict
        self.german = german
        for path, value in found.items():
            self._germanise(path, value)

    def _germanise(self, path: Any, value: Any) -> None:
        if isinstance(path, Path) and path.name.startswith("hyph_de"):
            value.__class__ = self.german

    def __contains__(self, path: object) -> bool:
        if not super().__contains__(path) and isinstance(path, Path):
            file = _file_for(path, self.version)
            loaded = _load(file, self.hyph_dict) if file is not None and file.exists() else None
            if loaded is not None:
                self._germanise(path, loaded)
                super().__setitem__(path, loaded)
        return super().__contains__(path)

    def __setitem__(self, path: Any, value: Any) -> None:
        self._germanise(path, value)
        super().__setitem__(path, value)
        file = _file_for(path, self.version) if isinstance(path, Path) else None
        if file is not None and not file.exists() and isinstance(value, self.hyph_dict):
            _save(file, value.patterns)


def install() -> None:
    """Put the machine-wide cache in front of Pyphen's per-process one (once per process)."""
    import pyphen  # type: ignore[import-untyped]  # a WeasyPrint dependency, untyped

    if not isinstance(pyphen.hdcache, _Patterns):

        class German(pyphen.HyphDict):  # type: ignore[misc]  # untyped base
            def positions(self, word: str) -> list[int]:
                return german_positions(word, super().positions(word), pyphen.DataInt)

        version = str(getattr(pyphen, "__version__", "0"))
        pyphen.hdcache = _Patterns(pyphen.hdcache, version, pyphen.HyphDict, German)
