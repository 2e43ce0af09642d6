"""The registry of renderers, found through the ``pubkit.renderers`` entry-point group.

pubkit declares its own renderers in ``pyproject.toml`` the same way a third party would,
so one mechanism finds both. Nothing is imported until a renderer is asked for by name, so
``import pubkit`` never loads WeasyPrint, ebooklib or pyttsx3.
"""

from __future__ import annotations

from functools import cache
from importlib.metadata import EntryPoint, entry_points

from pubkit.errors import MissingDependency, UnknownFormat
from pubkit.renderers.base import Renderer

__all__ = ["available", "get"]

GROUP = "pubkit.renderers"

_EXTRAS = {"pdf": "pdf", "epub": "epub", "speech": "speech", "summary": "plain"}


@cache
def _entry_points() -> dict[str, EntryPoint]:
    found: dict[str, EntryPoint] = {}
    for ep in entry_points(group=GROUP):
        other = found.get(ep.name)
        if other is not None and other.value != ep.value:
            raise UnknownFormat(
                f'Renderer "{ep.name}" is registered twice: by {other.value} and by {ep.value}. '
                "Uninstall one of the packages."
            )
        found[ep.name] = ep
    return found


def available() -> tuple[str, ...]:
    """Names of the installed renderers, sorted."""
    return tuple(sorted(_entry_points()))


def get(name: str) -> Renderer[object]:
    """An instance of the renderer called ``name``.

    Raises :class:`UnknownFormat` for an unknown name (listing the known ones) and
    :class:`MissingDependency` when the renderer's engine is not installed.
    """
    ep = _entry_points().get(name)
    if ep is None:
        names = ", ".join(available()) or "none (is pubkit installed with pip?)"
        raise UnknownFormat(f'Unknown renderer "{name}". Available: {names}.')
    try:
        cls = ep.load()
    except ImportError as exc:
        if (exc.name or "").startswith("pubkit"):
            raise UnknownFormat(
                f'Renderer "{name}" is declared ({ep.value}) but its module is missing: {exc}.'
            ) from exc
        extra = _EXTRAS.get(name, name)
        raise MissingDependency(
            f'The "{name}" renderer needs a package that is not installed ({exc.name}): '
            f'pip install "pubkit-a11y[{extra}]"'
        ) from exc
    if not (isinstance(cls, type) and issubclass(cls, Renderer)):
        raise UnknownFormat(f'Entry point "{name}" ({ep.value}) is not a pubkit Renderer class.')
    renderer: Renderer[object] = cls()
    return renderer
