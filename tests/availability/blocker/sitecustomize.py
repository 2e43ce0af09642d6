"""Make this Python look like a machine without some packages or system libraries.

Put this folder on PYTHONPATH and set PUBKIT_TEST_HIDE to a comma-separated list:

- ``module``            the Python package is not installed (``import`` fails, find_spec is None)
- ``module:oserror``    the package is installed but cannot load its system library, as
                        WeasyPrint does without pango (cffi's OSError on import)
- ``lib:NAME``          ctypes.util.find_library(NAME) finds nothing and no folder lists a
                        ``libNAME.so.*`` file (``lib:pango-1.0``)
- ``path:PREFIX``       no file below PREFIX exists for Path.is_file (espeak-ng's voice data)

Only the environment is changed: pubkit's own code runs unchanged.
"""

from __future__ import annotations

import ctypes.util
import importlib.abc
import importlib.machinery
import os
import sys

_HIDE = [item.strip() for item in os.environ.get("PUBKIT_TEST_HIDE", "").split(",") if item.strip()]
_LIBS = {item.removeprefix("lib:") for item in _HIDE if item.startswith("lib:")}
_BROKEN = {item.split(":")[0] for item in _HIDE if item.endswith(":oserror")}
_ABSENT = {item for item in _HIDE if ":" not in item}
_PATHS = tuple(item.removeprefix("path:") for item in _HIDE if item.startswith("path:"))

for _name in _ABSENT:
    sys.modules[_name] = None  # type: ignore[assignment]  # import fails, find_spec is None

_find_library = ctypes.util.find_library


def _hidden_find_library(name: str) -> str | None:
    return None if name in _LIBS else _find_library(name)


ctypes.util.find_library = _hidden_find_library

if _LIBS:
    _listdir = os.listdir
    _LIB_PREFIXES = tuple(f"lib{name}.so" for name in _LIBS)

    def _hidden_listdir(path: object = ".") -> list:  # type: ignore[type-arg]
        return [n for n in _listdir(path) if not str(n).startswith(_LIB_PREFIXES)]  # type: ignore[arg-type]

    os.listdir = _hidden_listdir  # type: ignore[assignment]


class _Broken(importlib.abc.Loader):
    def create_module(self, spec: importlib.machinery.ModuleSpec) -> None:
        return None

    def exec_module(self, module: object) -> None:
        # WeasyPrint 70's message when pango is missing (weasyprint/text/ffi.py)
        raise OSError(
            "cannot load library 'libpango-1.0-0': libpango-1.0-0: cannot open shared object "
            "file: No such file or directory.  Additionally, ctypes.util.find_library() did "
            "not manage to locate a library called 'libpango-1.0-0'"
        )


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):  # type: ignore[no-untyped-def]
        if name in _BROKEN:
            return importlib.machinery.ModuleSpec(name, _Broken())
        return None


sys.meta_path.insert(0, _Finder())

if _PATHS:
    import pathlib

    _is_file = pathlib.Path.is_file

    def _hidden_is_file(self: pathlib.Path) -> bool:
        return False if str(self).startswith(_PATHS) else _is_file(self)

    pathlib.Path.is_file = _hidden_is_file  # type: ignore[method-assign]
