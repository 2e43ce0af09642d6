"""The one-call API: ``read``, ``check``, ``render`` and ``renderers``."""

from __future__ import annotations

from pathlib import Path

from pubkit.checks import check, errors
from pubkit.errors import InvalidDocument, PubkitError
from pubkit.model import Document
from pubkit.renderers import registry
from pubkit.renderers.base import Artifact

__all__ = ["render", "renderers"]


def renderers() -> tuple[str, ...]:
    """The names of the installed renderers: ``('epub', 'html', 'pdf', …)``."""
    return registry.available()


def render(
    document: Document,
    format: str,  # the word users know
    *,
    out: str | Path | None = None,
    options: object | None = None,
    strict: bool = True,
) -> Artifact:
    """Render a document with the renderer called ``format``; write it to ``out`` if given.

    The document is checked first: any error-level issue raises :class:`InvalidDocument`
    listing them all (``strict=False`` renders anyway). Files are written atomically, with
    the artifact's attachments next to ``out`` (``notice.mp3`` → ``notice.vtt``).

    >>> import pubkit
    >>> doc = pubkit.read("examples/notices/helden-in-der-krise.md")  # doctest: +SKIP
    >>> pubkit.render(doc, "html", out="out/index.html")  # doctest: +SKIP
    """
    renderer = registry.get(format)
    if options is None:
        options = renderer.options_type()
    elif not isinstance(options, renderer.options_type):
        raise PubkitError(
            f'The "{format}" renderer takes {renderer.options_type.__name__}, '
            f"not {type(options).__name__}."
        )
    if strict:
        found = errors(check(document))
        if found:
            name = document.source or "the document"
            raise InvalidDocument(
                f"Cannot render {name}: {len(found)} error(s). Fix them, or pass strict=False "
                "to render anyway.",
                issues=found,
            )
    artifact = renderer.render(document, options)
    if out is not None:
        artifact.save(out)
    return artifact
