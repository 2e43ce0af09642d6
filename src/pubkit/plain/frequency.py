"""Word frequencies for the plain-language rules, loaded in milliseconds instead of half a second.

The rules ask one kind of question of wordfreq: is this word at least *this* frequent
(Zipf ≥ 2.5 for both parts of a compound, ≥ 3 for an everyday word, ≥ 5 for a word that
is not nominal style, ≥ 3.5 for an English word inside German text)? Answering it with
wordfreq itself costs about 0.2 s to import wordfreq and 0.3 s (German, 634 000 words) or
0.13 s (English) to load its list — in every process, more than a short notice's whole
plain version, and the largest serial part of a parallel build (the workers fork after it).

So :func:`zipf` keeps only the words at or above :data:`FLOOR` (85 000 German, 44 000
English words), grouped by value in a text file in ``$PUBKIT_WORDFREQ_CACHE``, else
``$XDG_CACHE_HOME/pubkit/wordfreq`` (``~/.cache/pubkit/wordfreq``), made once per machine
from wordfreq's own list and named after that list's file (size, modification time), so an
updated wordfreq is read again. Its answers are wordfreq's: for a word of letters only it
looks up the word the way wordfreq does (NFC, case-folded: „Straße“ → ``strasse``) and
returns wordfreq's value, rounded as wordfreq rounds it; a word below the floor gets 0.0,
which every threshold above treats as wordfreq's own value would be (a test compares both
on every word of the corpus). Anything else (digits, hyphens, apostrophes, another script)
is asked of wordfreq itself. Loading it takes about 20 ms. A damaged or unwritable cache only costs the time it would
have saved. Without wordfreq installed every word is 0.0, as before.
"""

from __future__ import annotations

import importlib.util
import os
import tempfile
import unicodedata
from functools import cache
from pathlib import Path

__all__ = ["ENV_DIR", "FLOOR", "cache_dir", "preload", "zipf"]

ENV_DIR = "PUBKIT_WORDFREQ_CACHE"
FLOOR = 2.5
"""The lowest threshold any rule compares with (:func:`pubkit.plain.rules.split_compound`).
A rule that needs a lower one must lower this too (the cache file's name includes it)."""
_VERSION = 1


def cache_dir() -> Path:
    """``$PUBKIT_WORDFREQ_CACHE``, else ``$XDG_CACHE_HOME/pubkit/wordfreq``."""
    from pubkit.lru import user_cache_dir

    return user_cache_dir(ENV_DIR, "wordfreq")


def _wordfreq_list(lang: str) -> Path | None:
    """wordfreq's 'best' list for ``lang`` (large, else small), found without importing it."""
    try:
        spec = importlib.util.find_spec("wordfreq")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    data = Path(next(iter(spec.submodule_search_locations))) / "data"
    for size in ("large", "small"):
        path = data / f"{size}_{lang}.msgpack.gz"
        if path.is_file():
            return path
    return None


def _cache_file(source: Path) -> Path:
    stat = source.stat()
    name = f"{source.name.split('.')[0]}-{stat.st_size}-{stat.st_mtime_ns}-{FLOOR}-v{_VERSION}"
    return cache_dir() / f"{name}.txt"


def _build(lang: str) -> dict[str, float]:
    """The words of wordfreq's list for ``lang`` with Zipf ≥ FLOOR, with wordfreq's values."""
    from wordfreq import get_frequency_list, zipf_frequency

    table: dict[str, float] = {}
    for index, bucket in enumerate(get_frequency_list(lang)):
        if 9 - index / 100 < FLOOR - 0.01:
            break
        for word in bucket:
            if word.isalpha():
                value = float(zipf_frequency(word, lang))
                if value >= FLOOR:
                    table[word] = value
    return table


_MAGIC = f"pubkit-wordfreq/{_VERSION} floor={FLOOR}"


def _read(file: Path) -> dict[str, float] | None:
    """The table in ``file``: a header line, then one line per value: ``5.27<TAB>word word …``
    (grouped, it loads in a fifth of the time JSON takes)."""
    try:
        header, *lines = file.read_text(encoding="utf-8").split("\n")
        if header != _MAGIC:
            return None
        table: dict[str, float] = {}
        for line in lines:
            value, _, words = line.partition("\t")
            table.update(dict.fromkeys(words.split(" "), float(value)))
    except (OSError, ValueError):
        return None
    return table or None


def _write(file: Path, table: dict[str, float]) -> None:
    groups: dict[float, list[str]] = {}
    for word, value in table.items():
        groups.setdefault(value, []).append(word)
    text = "\n".join(
        [_MAGIC, *(f"{value}\t{' '.join(words)}" for value, words in sorted(groups.items()))]
    )
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=file.parent, prefix=".tmp-", suffix=".txt")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(text)
            Path(tmp).replace(file)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass  # a read-only cache folder: built again in the next process


@cache
def _table(lang: str) -> dict[str, float] | None:
    """The words at or above FLOOR; None when wordfreq has no list for ``lang`` here."""
    source = _wordfreq_list(lang)
    if source is None:
        return None
    try:
        file = _cache_file(source)
    except OSError:
        return None
    table = _read(file)
    if table is None:
        table = _build(lang)
        _write(file, table)
    return table


def _key(word: str) -> str | None:
    """The form wordfreq looks a word of letters up under; None for anything else."""
    if not word.isalpha():
        return None
    return unicodedata.normalize("NFC", word).casefold()


@cache
def zipf(word: str, lang: str) -> float:
    """wordfreq's ``zipf_frequency(word, lang)`` where it is ≥ :data:`FLOOR`, else 0.0 or
    (for words that are not letters only) wordfreq's own value; 0.0 without wordfreq or
    without a list for ``lang``."""
    key = _key(word)
    table = _table(lang) if key is not None else None
    if key is not None and table is not None:
        return table.get(key, 0.0)
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        return 0.0
    try:
        return float(zipf_frequency(word, lang))
    except LookupError:  # wordfreq has no list for this language
        return 0.0


def preload(lang: str) -> None:
    """Load ``lang``'s table now (before the build's workers fork)."""
    _table(lang)
