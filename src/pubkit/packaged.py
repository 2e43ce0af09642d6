"""Files shipped inside pubkit's packages (message catalogues, style sheets)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = ["package_files"]


def package_files(package: str) -> Traversable:
    """``importlib.resources.files(package)``: the package's folder when it is one on disk
    (an ordinary installation), so that the start of a build does not import
    :mod:`importlib.resources` (4 ms with the modules it loads); else, from a zip file for
    example, what :mod:`importlib.resources` finds. ``package`` must be imported already."""
    file = getattr(sys.modules[package], "__file__", None)
    if file:
        folder = Path(file).parent
        if folder.is_dir():
            return folder
    from importlib.resources import files

    return files(package)
