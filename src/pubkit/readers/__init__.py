"""Readers: turn a source file into a :class:`~pubkit.model.Document`.

``read()`` picks the reader from ``format=`` or the file suffix.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from pubkit.errors import MissingDependency, UnknownFormat
from pubkit.io import LEGACY_ENCODING, read_file_bytes, read_text_file_and_encoding
from pubkit.limits import check_document, current_limits
from pubkit.model import Document

if TYPE_CHECKING:  # each reader loads when a file of its kind is read
    from pubkit.readers.markdown import RawHtml

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
"""The reader :func:`read` picks for a file suffix (``format=`` names one directly)."""


def read(
    source: str | Path,
    *,
    format: str | None = None,  # the word users know
    raw_html: RawHtml = "convert",
    language: str | None = None,
) -> Document:
    """Read a notice from a file.

    ``language`` is the language of a plain-text press release (``.txt``), which has no
    front matter to say it; without it, the language its text clearly has
    (:func:`pubkit.readers.language.guess_language`), else German. Markdown and JSON files
    carry their own.

    >>> doc = read("examples/notices/helden-in-der-krise.md")  # doctest: +SKIP
    """
    path = Path(source)
    name = format or READERS.get(path.suffix.lower())
    if name is None:
        raise UnknownFormat(
            f'Cannot tell the format of "{path}" from its suffix {path.suffix!r}. '
            f"Use a .md, .docx, .html or .txt file or pass format= one of: markdown, docx, html, text, json."
        )
    max_bytes = current_limits().max_input_bytes
    if name == "docx":
        try:
            from pubkit.readers.docx import read_docx  # python-docx loads for Word files only
        except ImportError as exc:
            from pubkit.i18n import _

            raise MissingDependency(
                _("Reading Word files needs python-docx: {fix}.").format(
                    fix='pip install "pubkit-a11y[word]"'
                )
            ) from exc
        data = read_file_bytes(path, max_bytes=max_bytes)
        return check_document(_language_from_text(read_docx(data, source=str(path))))
    text, encoding = read_text_file_and_encoding(path, max_bytes=max_bytes)
    document = _read_text(name, text, path, raw_html=raw_html, language=language)
    if encoding == LEGACY_ENCODING:  # read, and said (check DOC006): nothing stops the build
        metadata = document.metadata
        extra = (*metadata.extra, ("encoding", encoding))
        document = dataclasses.replace(
            document, metadata=dataclasses.replace(metadata, extra=extra)
        )
    return document


def _read_text(
    name: str, text: str, path: Path, *, raw_html: RawHtml, language: str | None
) -> Document:
    if name == "markdown":
        from pubkit.readers.markdown import read_markdown

        return read_markdown(text, source=str(path), raw_html=raw_html)
    if name == "html":
        from pubkit.readers.html import read_html

        return check_document(_language_from_text(read_html(text, source=str(path))))
    if name == "text":
        from pubkit.readers.text import read_press_release

        if language is None:
            from pubkit.readers.language import guess_language

            language = guess_language(text) or "de"
        return check_document(read_press_release(text, language=language, source=str(path)))
    if name == "json":
        from pubkit.readers.json_check import read_model_json

        return dataclasses.replace(read_model_json(text, source=str(path)), source=str(path))
    raise UnknownFormat(f'Unknown reader "{name}". Available: markdown, docx, html, text, json.')


def _language_from_text(document: Document) -> Document:
    """A Word file or web page without a language gets the one its text clearly has
    (:mod:`pubkit.readers.language`); Markdown does this while reading."""
    if document.metadata.language:
        return document
    from pubkit.model import Cell, Heading, Paragraph
    from pubkit.model.walk import inline_text, iter_nodes
    from pubkit.readers.language import with_guessed_language

    text = " ".join(
        inline_text(node.content)
        for node in iter_nodes(document)
        if isinstance(node, Paragraph | Heading | Cell)
    )
    metadata = with_guessed_language(document.metadata, text)
    return dataclasses.replace(document, metadata=metadata)
