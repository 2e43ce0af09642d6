"""The renderer contract: a named class with an ``Options`` type and one ``render`` method."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar, Generic, TypeVar

from pubkit.io import write_files_atomically
from pubkit.model import Document

__all__ = ["Artifact", "Attachment", "Renderer"]


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


OptionsT = TypeVar("OptionsT")


class Renderer(ABC, Generic[OptionsT]):
    """Base class of renderers. Subclasses set the class variables and implement ``render``.

    Renderers are thin shells around an engine: they take a checked document and the
    renderer's options and return an :class:`Artifact`. They do not check documents
    (``pubkit.render`` does that first) and never write files themselves.
    """

    name: ClassVar[str]
    """The name users pass to ``pubkit.render`` (``"pdf"``)."""
    media_type: ClassVar[str]
    suffix: ClassVar[str]
    options_type: ClassVar[type]
    """The frozen dataclass of options; ``options_type()`` gives the defaults."""

    def outputs(self) -> tuple[tuple[str, OptionsT], ...]:
        """The files ``pubkit build`` writes for this format: (file name, options) pairs.

        The default is one file, ``notice`` plus the suffix, with default options; a renderer
        with variants (large print, other audio formats) lists one pair per file.
        """
        options: OptionsT = self.options_type()
        return ((f"notice{self.suffix}", options),)

    @abstractmethod
    def render(self, document: Document, options: OptionsT) -> Artifact:
        """Render ``document``; raise :class:`~pubkit.errors.RenderError` when the engine fails."""
