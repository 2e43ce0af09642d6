"""Readers: turn a source file into a :class:`~pubkit.model.Document`.

``read()`` picks the reader from ``format=`` or the file suffix.
"""

from __future__ import annotations

from pathlib import Path

from pubkit.errors import ReadError, UnknownFormat
from pubkit.model import Document
from pubkit.model.serialize import from_json
from pubkit.readers.markdown import RawHtml, read_markdown

__all__ = ["READERS", "read"]

READERS = {".md": "markdown", ".markdown": "markdown", ".json": "json"}


def read(
    source: str | Path,
    *,
    format: str | None = None,  # the word users know
    raw_html: RawHtml = "error",
) -> Document:
    """Read a notice from a file.

    >>> doc = read("examples/notices/helden-in-der-krise.md")  # doctest: +SKIP
    """
    path = Path(source)
    name = format or READERS.get(path.suffix.lower())
    if name is None:
        raise UnknownFormat(
            f'Cannot tell the format of "{path}" from its suffix {path.suffix!r}. '
            f"Use a .md file or pass format= one of: markdown, json."
        )
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ReadError(f'No such file: "{path}".') from None
    except UnicodeDecodeError as exc:
        raise ReadError(
            f"The file is not UTF-8 text (byte {exc.start}); save it as UTF-8.", source=str(path)
        ) from None
    if name == "markdown":
        return read_markdown(text, source=str(path), raw_html=raw_html)
    if name == "json":
        import dataclasses

        return dataclasses.replace(from_json(text), source=str(path))
    raise UnknownFormat(f'Unknown reader "{name}". Available: markdown, json.')
