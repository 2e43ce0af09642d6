"""The one-call API: ``read``, ``check``, ``render`` and ``renderers``.

``render`` is a build of one output (:mod:`pubkit.pipeline`): the document is prepared
and checked once, then rendered from the product the output needs.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, overload

from pubkit.errors import PubkitError
from pubkit.model import Document
from pubkit.pipeline import Build, formats
from pubkit.renderers import registry
from pubkit.renderers.base import Artifact, Output

if TYPE_CHECKING:  # the engines load only when a renderer is used
    from pubkit.renderers.epub import EpubOptions
    from pubkit.renderers.html import HtmlRendererOptions
    from pubkit.renderers.pdf import PdfOptions
    from pubkit.renderers.speech import SpeechOptions

__all__ = ["formats", "render", "renderers"]


def renderers() -> tuple[str, ...]:
    """The names of the installed renderers: ``('epub', 'html', 'pdf', …)``."""
    return registry.available()


@overload
def render(
    document: Document,
    format: Literal["html"],
    *,
    out: str | Path | None = None,
    options: HtmlRendererOptions | None = None,
    strict: bool = True,
    settings: Mapping[str, object] | None = None,
) -> Artifact: ...
@overload
def render(
    document: Document,
    format: Literal["pdf"],
    *,
    out: str | Path | None = None,
    options: PdfOptions | None = None,
    strict: bool = True,
    settings: Mapping[str, object] | None = None,
) -> Artifact: ...
@overload
def render(
    document: Document,
    format: Literal["epub"],
    *,
    out: str | Path | None = None,
    options: EpubOptions | None = None,
    strict: bool = True,
    settings: Mapping[str, object] | None = None,
) -> Artifact: ...
@overload
def render(
    document: Document,
    format: Literal["speech"],
    *,
    out: str | Path | None = None,
    options: SpeechOptions | None = None,
    strict: bool = True,
    settings: Mapping[str, object] | None = None,
) -> Artifact: ...
@overload
def render(
    document: Document,
    format: Literal["summary"],
    *,
    out: str | Path | None = None,
    options: HtmlRendererOptions | PdfOptions | None = None,
    strict: bool = True,
    settings: Mapping[str, object] | None = None,
) -> Artifact: ...
@overload
def render(
    document: Document,
    format: str,
    *,
    out: str | Path | None = None,
    options: None = None,
    strict: bool = True,
    settings: Mapping[str, object] | None = None,
) -> Artifact: ...
def render(
    document: Document,
    format: str,  # the word users know
    *,
    out: str | Path | None = None,
    options: Any = None,
    strict: bool = True,
    settings: Mapping[str, object] | None = None,
) -> Artifact:
    """Render a document as ``format``; write it to ``out`` if given.

    ``format`` is a renderer (``html``, ``pdf``, ``epub``, ``speech``) or another format of
    the build plan (``summary``: the plain-language version, HTML or with ``PdfOptions`` PDF).
    The document is checked first: any error-level issue raises :class:`InvalidDocument`
    listing them all (``strict=False`` renders anyway). Files are written atomically, with
    the artifact's attachments next to ``out`` (``notice.mp3`` → ``notice.vtt``).

    Without ``options``, the settings (:mod:`pubkit.config`) decide them: ``settings`` by
    dotted key (``{"pdf.conformance": "pdf/ua-2"}``) over the notice's ``pubkit:`` front
    matter over the project file beside it.

    >>> import pubkit
    >>> doc = pubkit.read("examples/notices/helden-in-der-krise.md")  # doctest: +SKIP
    >>> pubkit.render(doc, "html", out="out/index.html")  # doctest: +SKIP
    """
    build = Build(document, settings=settings)
    output = _output(format, options, build)
    artifact = build.render(output, strict=strict)
    if out is not None:
        artifact.save(out)
    return artifact


def _output(format: str, options: object, build: Build) -> Output[Any]:
    """The first output of ``format`` in the build's plan whose renderer takes ``options``
    (given options replace the settings' wholesale)."""
    outputs = build.plan([format]).outputs
    if options is None:
        return outputs[0]
    for output in outputs:
        if isinstance(options, registry.get(output.renderer).options_type):
            return dataclasses.replace(output, options=options)
    takes = " or ".join(
        dict.fromkeys(registry.get(o.renderer).options_type.__name__ for o in outputs)
    )
    raise PubkitError(f'The "{format}" format takes {takes}, not {type(options).__name__}.')
