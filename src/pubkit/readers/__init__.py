"""Readers: turn a source file into a :class:`~pubkit.model.Document`.

``read()`` picks the reader from ``format=`` or the file suffix.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from pubkit.errors import MissingDependency, ReadError, UnknownFormat
from pubkit.model import Document
from pubkit.model.serialize import from_json
from pubkit.readers.html import read_html
from pubkit.readers.markdown import RawHtml, read_markdown
from pubkit.readers.text import read_press_release

__all__ = ["READERS", "read"]

READERS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".json": "json",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
}


def read(
    source: str | Path,
    *,
    format: str | None = None,  # the word users know
    raw_html: RawHtml = "error",
    language: str = "de",
) -> Document:
    """Read a notice from a file.

    ``language`` is the language of a plain-text press release (``.txt``), which has no
    front matter to say it; Markdown and JSON files carry their own.

    >>> doc = read("examples/notices/helden-in-der-krise.md")  # doctest: +SKIP
    """
    path = Path(source)
    name = format or READERS.get(path.suffix.lower())
    if name is None:
        raise UnknownFormat(
            f'Cannot tell the format of "{path}" from its suffix {path.suffix!r}. '
            f"Use a .md, .docx, .html or .txt file or pass format= one of: markdown, docx, html, text, json."
        )
    if name == "docx":
        try:
            from pubkit.readers.docx import read_docx  # python-docx loads for Word files only
        except ImportError as exc:
            raise MissingDependency(
                'Reading Word files needs python-docx: pip install "pubkit[word]".'
            ) from exc
        return read_docx(_read_bytes(path), source=str(path))
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ReadError(f'No such file: "{path}".') from None
    except UnicodeDecodeError as exc:
        line = exc.object[: exc.start].count(b"\n") + 1
        raise ReadError(
            f"The file is not UTF-8 text (byte {exc.start}, {exc.object[exc.start : exc.start + 1]!r}); "
            "save it as UTF-8 (in Word or an editor: Save as, encoding UTF-8).",
            source=str(path),
            line=line,
        ) from None
    if name == "markdown":
        return read_markdown(text, source=str(path), raw_html=raw_html)
    if name == "html":
        return read_html(text, source=str(path))
    if name == "text":
        return read_press_release(text, language=language, source=str(path))
    if name == "json":
        return dataclasses.replace(from_json(text), source=str(path))
    raise UnknownFormat(f'Unknown reader "{name}". Available: markdown, docx, html, text, json.')


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ReadError(f'No such file: "{path}".') from None
