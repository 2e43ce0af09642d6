"""The registry of renderers, found through the ``pubkit.renderers`` entry-point group.

pubkit declares its own renderers in ``pyproject.toml`` the same way a third party would,
so one mechanism finds both. Nothing is imported until a renderer is asked for by name, so
``import pubkit`` never loads WeasyPrint, ebooklib or pyttsx3.

pubkit's own renderers (:data:`BUILTIN`, the same values as its entry points) are found
without reading the installed packages' metadata: ``importlib.metadata`` and the scan of
every distribution cost more than a whole HTML render, and a one-format build needs neither.
Listing the renderers (:func:`available`) still reads the entry points.
"""

from __future__ import annotations

from functools import cache
from importlib import import_module
from importlib.util import find_spec
from typing import TYPE_CHECKING, Any, Literal, overload

from pubkit.errors import MissingDependency, UnknownFormat
from pubkit.i18n import _
from pubkit.renderers.base import Renderer

if TYPE_CHECKING:  # the engines load only when a renderer is asked for
    from importlib.metadata import EntryPoint

    from pubkit.renderers.epub import EpubRenderer
    from pubkit.renderers.html import HtmlRenderer
    from pubkit.renderers.pdf import PdfRenderer
    from pubkit.renderers.speech import SpeechRenderer

__all__ = ["BUILTIN", "available", "get", "is_renderer"]

GROUP = "pubkit.renderers"
"""The entry-point group renderers are registered in, pubkit's own and third parties' alike."""

_EXTRAS = {"pdf": "pdf", "epub": "epub", "speech": "speech"}

BUILTIN: dict[str, str] = {
    "html": "pubkit.renderers.html:HtmlRenderer",
    "pdf": "pubkit.renderers.pdf:PdfRenderer",
    "epub": "pubkit.renderers.epub:EpubRenderer",
    "speech": "pubkit.renderers.speech:SpeechRenderer",
}
"""pubkit's own renderers, as declared in ``pyproject.toml`` (a test keeps the two equal)."""


@cache
def _entry_points() -> dict[str, EntryPoint]:
    from importlib.metadata import entry_points

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


def _installed(ep: EntryPoint) -> bool:
    """Whether the entry point's module exists (stale metadata may name a removed module)."""
    return _module_exists(ep.module)


def _module_exists(module: str) -> bool:
    try:
        return find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def is_renderer(name: str) -> bool:
    """Whether ``name`` is an installed renderer (pubkit's own: without reading metadata)."""
    return name in BUILTIN or name in available()


def available() -> tuple[str, ...]:
    """Names of the installed renderers, sorted."""
    return tuple(sorted(name for name, ep in _entry_points().items() if _installed(ep)))


@overload
def get(name: Literal["html"]) -> HtmlRenderer: ...
@overload
def get(name: Literal["pdf"]) -> PdfRenderer: ...
@overload
def get(name: Literal["epub"]) -> EpubRenderer: ...
@overload
def get(name: Literal["speech"]) -> SpeechRenderer: ...
@overload
def get(name: str) -> Renderer[Any, Any]: ...
def get(name: str) -> Renderer[Any, Any]:
    """An instance of the renderer called ``name``; the built-ins are typed by name.

    Raises :class:`UnknownFormat` for an unknown name (listing the known ones) and
    :class:`MissingDependency` when the renderer's engine is not installed or a system
    library it needs is missing (naming the pip extra or the Debian package).
    """
    value = BUILTIN.get(name)
    if value is None:
        ep = _entry_points().get(name)
        if ep is None or not _installed(ep):
            names = ", ".join(available()) or _("none (is pubkit installed with pip?)")
            raise UnknownFormat(
                _('Unknown renderer "{name}". Available: {names}.').format(name=name, names=names)
            )
        value = ep.value
    if name in BUILTIN:  # its engine's packages and system libraries, looked up, not loaded
        from pubkit.availability import renderer_skipped, unusable

        missing = renderer_skipped(name)
        if missing:
            raise unusable(missing[0])
    module, _colon, attr = value.partition(":")
    try:
        cls = getattr(import_module(module), attr)
    except OSError as exc:  # WeasyPrint without pango: cffi cannot open the library
        from pubkit.availability import library_error

        raise library_error(name, exc) from exc
    except ImportError as exc:
        if (exc.name or "").startswith("pubkit"):
            raise UnknownFormat(
                f'Renderer "{name}" is declared ({value}) but its module is missing: {exc}.'
            ) from exc
        extra = _EXTRAS.get(name, name)
        raise MissingDependency(
            _(
                'The "{name}" renderer needs a package that is not installed ({package}): {fix}'
            ).format(name=name, package=exc.name, fix=f'pip install "pubkit-a11y[{extra}]"')
        ) from exc
    if not (isinstance(cls, type) and issubclass(cls, Renderer)):
        raise UnknownFormat(f'Entry point "{name}" ({value}) is not a pubkit Renderer class.')
    renderer: Renderer[Any, Any] = cls()
    return renderer
