"""The renderer contract: a named class with an ``Options`` type, the outputs it declares for a
build, and one ``render`` method from a product of the pipeline to an :class:`Artifact`."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, Generic, Literal, TypeVar

from pubkit.io import write_files_atomically
from pubkit.writers.html import AlternateKind

if TYPE_CHECKING:
    from pubkit.model import Document
    from pubkit.speech.timeline import Synthesis, Timeline

__all__ = ["Artifact", "Attachment", "Narration", "Output", "Renderer", "Source"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Attachment:
    """A file that belongs with the main output (captions, a timing map, images)."""

    name: str
    """File name suffix joined to the output's stem: ``.vtt`` → ``notice.vtt``."""
    data: bytes
    media_type: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Artifact:
    """What a renderer returns: the bytes of one output file, and what belongs with it."""

    data: bytes
    media_type: str
    suffix: str
    """File suffix including the dot, e.g. ``.pdf``."""
    attachments: tuple[Attachment, ...] = ()
    info: Mapping[str, str | int | float] = field(default_factory=dict)
    """Facts about the output worth reporting (page count, duration, readability figures)."""

    def save(self, target: str | Path) -> list[Path]:
        """Write the file and its attachments (``notice.mp3`` → ``notice.vtt`` …) atomically.

        Returns the paths written. Either all files are written or none is changed.
        """
        path = Path(target)
        files = [(path, self.data)]
        files += [(path.with_name(path.stem + a.name), a.data) for a in self.attachments]
        write_files_atomically(files)
        return [p for p, _ in files]


@dataclass(frozen=True, slots=True, kw_only=True)
class Narration:
    """The product a read-aloud book needs: the Document and its Timeline (whose Script's
    sentence ids the book marks in the text), made once by the pipeline."""

    document: Document
    timeline: Timeline


InputT = TypeVar("InputT")
OptionsT = TypeVar("OptionsT")

Source = Literal["document", "plain"]
"""Which Document an output is made from: the prepared notice or its plain-language version."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Output(Generic[OptionsT]):
    """One file of a build, as a renderer declares it: the pipeline's plan is a list of these.

    >>> Output(format="pdf", renderer="pdf", options=PdfOptions(), file_name="notice.pdf",
    ...        link="pdf")  # doctest: +SKIP
    """

    format: str
    """The name users choose with ``pubkit build -f`` (``pdf``, ``summary``)."""
    renderer: str
    """The registry name of the renderer that makes the file."""
    options: OptionsT
    file_name: str
    """The file's name in the notice's output folder; links between the outputs use it."""
    source: Source = "document"
    """``plain``: made from the plain-language version instead of the notice."""
    variant: str | None = None
    """The variant ``pubkit build --variant`` selects (``standard``, ``large-print``)."""
    link: AlternateKind | None = None
    """How the web page links to this file (None: not linked)."""
    captions: str | None = None
    """For ``audio`` links: the file name of the WebVTT captions beside it."""


class Renderer(ABC, Generic[InputT, OptionsT]):
    """Base class of renderers. Subclasses set the class variables and implement ``render``.

    Renderers are consumers: they take one product of the pipeline (a checked ``Document``,
    or the audio ``Timeline``) and the renderer's options, and return an :class:`Artifact`.
    They import only the model, the writers and their engine: never the checks, the
    transforms, plain language or the registry, and they never call another renderer.
    """

    name: ClassVar[str]
    """The name users pass to ``pubkit.render`` (``"pdf"``)."""
    media_type: ClassVar[str]
    suffix: ClassVar[str]
    options_type: ClassVar[type]
    """The frozen dataclass of options; ``options_type()`` gives the defaults."""

    def outputs(self) -> tuple[Output[OptionsT], ...]:
        """The files ``pubkit build`` writes with this renderer.

        The default is one file, ``notice`` plus the suffix, with default options, not linked
        from the web page; a renderer with variants lists one :class:`Output` per file.
        """
        options: OptionsT = self.options_type()
        return (
            Output(
                format=self.name,
                renderer=self.name,
                options=options,
                file_name=f"notice{self.suffix}",
            ),
        )

    def needs_timeline(self, options: OptionsT) -> Synthesis | None:
        """The audio this renderer consumes for ``options``: None means it renders a Document;
        otherwise the pipeline makes the :class:`Timeline` once and passes that."""
        return None

    def preload(self) -> None:
        """Import the engine ``render`` will need, without starting it.

        Renderer modules load their engines when they first render, so that a build of other
        formats never loads them; a process that is about to fork workers calls this first,
        so the workers share the loaded modules instead of each importing them again.
        """
        return None

    @abstractmethod
    def render(self, product: InputT, options: OptionsT) -> Artifact:
        """Render ``product``; raise :class:`~pubkit.errors.RenderError` when the engine fails."""
