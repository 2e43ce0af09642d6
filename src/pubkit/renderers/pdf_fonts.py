"""Every character of a notice must have a glyph in a font the PDF can embed.

WeasyPrint draws a character that no font covers as an empty box (``.notdef``), and such a
file fails three PDF/UA font rules. pubkit's print stylesheet lists Noto Sans (Latin, Greek,
Cyrillic), Noto Sans Arabic and Hebrew, DejaVu Sans, Noto Sans Symbols and Symbols2, Noto
Sans Math and Symbola (monochrome emoji, Debian ``fonts-symbola``); colour emoji fonts
(bitmaps) are never used, because PDF/A and PDF/UA need outline glyphs. Before rendering,
:func:`missing_glyphs` finds the characters none of them has (nor any other outline font that
fontconfig knows), so the renderer can refuse with the character and its line instead of
printing a box.
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from pubkit.model import Document, Metadata, Text
from pubkit.model.walk import iter_nodes

__all__ = ["FONT_FAMILIES", "MissingGlyph", "missing_glyphs", "preload"]

FONT_FAMILIES = (
    "Noto Sans",
    "Noto Sans Arabic",
    "Noto Sans Hebrew",
    "Noto Sans Mono",
    "DejaVu Sans",
    "Noto Sans Symbols",
    "Noto Sans Symbols2",
    "Noto Sans Math",
    "Symbola",
)
"""The families of ``css/pdf.css``, in the order of its font stacks."""

# Joiners, variation selectors, emoji modifiers: they shape a neighbour, they need no glyph.
_NO_GLYPH = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff\ufe0e\ufe0f")


@dataclass(frozen=True, slots=True)
class MissingGlyph:
    """A character no embeddable font has, and where it is."""

    char: str
    line: int | None

    def describe(self) -> str:
        name = unicodedata.name(self.char, "unnamed character")
        where = f"line {self.line}" if self.line is not None else "the front matter"
        return f'"{self.char}" (U+{ord(self.char):04X} {name}) in {where}'


def missing_glyphs(document: Document) -> list[MissingGlyph]:
    """The characters of ``document`` without a glyph, each with its first line."""
    found: dict[str, int | None] = {}
    for char in _metadata_text(document.metadata):
        if not _covered(char):
            found.setdefault(char, None)
    line: int | None = None
    for node in iter_nodes(document):
        block_line = getattr(node, "line", None)
        if isinstance(block_line, int):
            line = block_line
        if isinstance(node, Text):
            for char in node.text:
                if char not in found and not _covered(char):
                    found[char] = line
    return [MissingGlyph(char, where) for char, where in found.items()]


def _metadata_text(meta: Metadata) -> str:
    return "".join(p for p in (meta.title, meta.subtitle, meta.publisher, meta.category) if p)


def _covered(char: str) -> bool:
    if char in _NO_GLYPH or char.isspace() or unicodedata.category(char) in ("Cc", "Cf", "Mn"):
        return True
    if 0x1F3FB <= ord(char) <= 0x1F3FF:  # skin-tone modifiers: a plain emoji is drawn instead
        return True
    if ord(char) in _stack_coverage():
        return True
    return _other_outline_font(ord(char))


def preload() -> None:
    """Find the fonts and read their character maps now (about 0.1 s of CPU: nine
    ``fc-match`` runs and the cmaps), e.g. before a pool of workers forks."""
    _stack_coverage()


@lru_cache(maxsize=1)
def _stack_coverage() -> frozenset[int]:
    from fontTools.ttLib import TTFont  # type: ignore[import-untyped]  # no stubs; a WeasyPrint dependency

    covered: set[int] = set()
    for family in FONT_FAMILIES:
        path = _font_file(family)
        if path is None:
            continue
        with TTFont(path, lazy=True, fontNumber=0) as font:
            covered.update(font.getBestCmap() or {})
    return frozenset(covered)


def _font_file(family: str) -> str | None:
    if shutil.which("fc-match") is None:
        return None
    result = subprocess.run(
        ["fc-match", "--format=%{family}\n%{file}", family],
        capture_output=True,
        text=True,
        check=False,
    )
    lines = result.stdout.split("\n")
    if result.returncode != 0 or len(lines) < 2:
        return None
    if family.lower() not in (name.strip().lower() for name in lines[0].split(",")):
        return None  # fontconfig substituted another family: the font is not installed
    return lines[1]


@lru_cache(maxsize=256)
def _other_outline_font(codepoint: int) -> bool:
    """Whether fontconfig knows an outline (not colour bitmap) font for the character."""
    if shutil.which("fc-list") is None:
        return False
    result = subprocess.run(
        ["fc-list", f":charset={codepoint:x}:color=false:outline=true", "family"],
        capture_output=True,
        text=True,
        check=False,
    )
    return result.returncode == 0 and bool(result.stdout.strip())
