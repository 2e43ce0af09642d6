"""The methods :mod:`dataclasses` writes, compiled once per installation instead of once per
process (issue 18: start-up of the ``pubkit`` command).

For every class it decorates, :mod:`dataclasses` writes ``__init__``, ``__repr__``, ``__eq__``,
``__hash__`` and, for frozen classes, ``__setattr__`` and ``__delattr__`` as Python source and
compiles each with :func:`exec`. A one-notice EPUB build defines 63 dataclasses (pubkit's
model, renderers, batch; markdown-it's tokens): about 350 compilations, 20 ms of its 200 ms.
Python caches the bytecode of modules (``.pyc``), not of these strings.

:func:`install` gives :mod:`dataclasses` an ``exec`` that looks the source up in a table of
code objects compiled before, compiling (exactly as ``exec`` would: file name
``"<string>"``, no inherited ``__future__`` flags) only what it has not seen; the table is
kept in Python's bytecode cache folder beside pubkit's own ``.pyc`` files
(``pubkit/__pycache__``, or under ``PYTHONPYCACHEPREFIX``), written when the process ends if
it learned something new, never when bytecode writing is off (``PYTHONDONTWRITEBYTECODE``).
The classes are the same: the same source becomes the same code object, run with the same
names. A table made by another Python version, or one that cannot be read, is ignored.
``PUBKIT_NO_CLASS_CACHE=1`` turns it off.

Only the ``pubkit`` command installs it (:mod:`pubkit.cli`); importing pubkit as a library
leaves :mod:`dataclasses` alone.
"""

from __future__ import annotations

import contextlib
import dataclasses
import marshal
import os
import sys
from pathlib import Path
from types import CodeType
from typing import Any

__all__ = ["install"]

_MAX_ENTRIES = 4000
"""A table that grows past this (a long-lived process defining classes on the fly) is not saved."""

_HEADER = f"pubkit-classcache-1 {sys.version} {sys.implementation.cache_tag}"
_codes: dict[str, CodeType] = {}
_learned = False
_installed = False


def _table_path() -> Path:
    """``classcache.<tag>.bin`` in the bytecode cache folder of pubkit's own modules."""
    folder = Path(__file__).resolve().parent
    name = f"classcache.{sys.implementation.cache_tag}.bin"
    prefix = sys.pycache_prefix
    if prefix:  # as importlib.util.cache_from_source: the source folder under the prefix
        return Path(prefix, *folder.parts[1:], name)
    return folder / "__pycache__" / name


def _load(path: Path) -> dict[str, CodeType]:
    try:  # marshal.load on a file reads it in small pieces: 10 ms instead of 1
        header, table = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if header != _HEADER or not isinstance(table, dict):
        return {}
    return {k: v for k, v in table.items() if isinstance(k, str) and isinstance(v, CodeType)}


def _save(path: Path) -> None:
    if not _learned or len(_codes) > _MAX_ENTRIES or sys.dont_write_bytecode:
        return
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with temporary.open("wb") as stream:
            marshal.dump((_HEADER, _codes), stream)
        temporary.replace(path)  # readers see the old table or the new one, never half
    except OSError:  # a read-only installation: compile again next time
        with contextlib.suppress(OSError):
            temporary.unlink()


def _exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:
    """:func:`exec`, with the compiled code of a source string it has seen before."""
    global _learned
    if isinstance(source, str):
        code = _codes.get(source)
        if code is None:
            code = compile(source, "<string>", "exec", dont_inherit=True)
            _codes[source] = code
            _learned = True
        source = code
    if globals is None:  # exec's own default: the caller's globals
        globals = sys._getframe(1).f_globals
    exec(source, globals, locals)  # what dataclasses itself does


def install() -> None:
    """Let :mod:`dataclasses` use the table (once per process)."""
    global _installed
    if _installed or os.environ.get("PUBKIT_NO_CLASS_CACHE"):
        return
    _installed = True
    import atexit

    path = _table_path()
    _codes.update(_load(path))
    dataclasses.exec = _exec  # type: ignore[attr-defined]  # the name its _create_fn calls
    atexit.register(_save, path)
