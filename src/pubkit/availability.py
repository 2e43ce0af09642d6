"""What each format needs, and whether this machine has it, found without loading the engines.

A format is usable when the Python packages of its extra are installed *and* the system
parts they load are present::

    format     needs (part)      Python (pip extra)                      system (Debian)
    html       -                 -                                       -
    summary    plain             HanTa, numpy, wordfreq       [plain]    -
    pdf        pdf               weasyprint, pikepdf          [pdf]      pango, pangoft2, harfbuzz,
                                                                         fontconfig, glib
    epub       epub              ebooklib, lxml               [epub]     -
    speech     speech            pyttsx3, lameenc, mutagen,   [speech]   espeak-ng (library + voices)
                                 num2words
    narrated   epub + speech

The summary's PDF also needs the ``pdf`` part. Python packages are looked up with
:func:`importlib.util.find_spec` and libraries with :func:`ctypes.util.find_library`, so a
check imports nothing heavy; each part is checked once per process, and only when asked for.

:func:`split` is the one place that decides which outputs of a plan are made and which are
skipped (with the exact install commands); :func:`pubkit.pipeline.plan` uses it for the API
and ``pubkit build`` alike, :func:`require` turns a missing part into
:class:`~pubkit.errors.MissingDependency`.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pubkit.errors import MissingDependency
from pubkit.i18n import _

if TYPE_CHECKING:
    from pubkit.renderers.base import Output

__all__ = [
    "DISTRIBUTION",
    "FORMAT_PARTS",
    "PARTS",
    "RENDERER_FORMATS",
    "Need",
    "Part",
    "Skipped",
    "describe",
    "espeak_data",
    "fix_commands",
    "install_command",
    "output_parts",
    "part",
    "predict",
    "require",
    "split",
]

DISTRIBUTION = "pubkit-a11y"
"""The name pubkit is installed under (``pip install pubkit-a11y``); the import name is pubkit."""

Kind = Literal["python", "library", "data"]


def install_command(extra: str) -> str:
    """``pip install "pubkit-a11y[pdf]"``."""
    return f'pip install "{DISTRIBUTION}[{extra}]"'


def apt_command(*packages: str) -> str:
    """``apt-get install libpango-1.0-0``."""
    return f"apt-get install {' '.join(packages)}"


@dataclass(frozen=True, slots=True)
class Need:
    """One thing a part needs, whether it is here, and what installs it."""

    kind: Kind
    name: str
    """What users know it as: ``weasyprint``, ``pango``, ``espeak-ng``."""
    found: bool
    package: str
    """What installs it: the pip extra (``pdf``) for Python packages, else the Debian package."""
    detail: str = ""
    """Where it was found, or what is missing (a library's file name)."""

    @property
    def fix(self) -> str:
        """The exact command: ``pip install "pubkit-a11y[pdf]"``, ``apt-get install …``."""
        return fix_commands((self,))[0]

    def __str__(self) -> str:
        if self.kind == "python":
            return _("{name} (Python package)").format(name=self.name)
        if self.kind == "library":
            return _("{name} (system library)").format(name=self.name)
        return _("{name} (data)").format(name=self.name)


def fix_commands(needs: Iterable[Need]) -> tuple[str, ...]:
    """One pip command for the extras, one apt-get command for the Debian packages."""
    needs = list(needs)
    extras = list(dict.fromkeys(n.package for n in needs if n.kind == "python"))
    debian = list(dict.fromkeys(n.package for n in needs if n.kind != "python"))
    commands = [install_command(",".join(extras))] if extras else []
    return (*commands, apt_command(*debian)) if debian else tuple(commands)


def describe(needs: Iterable[Need]) -> str:
    """``needs weasyprint (Python package), pango (system library)``, in the active language."""
    return _("needs {things}").format(things=", ".join(dict.fromkeys(str(n) for n in needs)))


@dataclass(frozen=True, slots=True)
class Part:
    """An optional part of pubkit (``pdf``, ``epub``, ``speech``, ``plain``, ``word``)."""

    name: str
    needs: tuple[Need, ...]

    @property
    def usable(self) -> bool:
        return all(n.found for n in self.needs)

    @property
    def missing(self) -> tuple[Need, ...]:
        return tuple(n for n in self.needs if not n.found)

    def fixes(self) -> tuple[str, ...]:
        """The commands that install what is missing: the pip extra first, then Debian's."""
        return fix_commands(self.missing)

    def reason(self) -> str:
        """``needs weasyprint (Python package), pango (system library)``."""
        return describe(self.missing)


# -- what each part needs ---------------------------------------------------------------------

PYTHON: dict[str, tuple[tuple[str, str], ...]] = {
    # part: ((import name, name users know), …): the packages of the pip extra of that name
    "pdf": (("weasyprint", "weasyprint"), ("pikepdf", "pikepdf")),
    "epub": (("ebooklib", "ebooklib"), ("lxml", "lxml")),
    "speech": (
        ("pyttsx3", "pyttsx3"),
        ("lameenc", "lameenc"),
        ("mutagen", "mutagen"),
        ("num2words", "num2words"),
    ),
    "plain": (("HanTa", "HanTa"), ("numpy", "numpy"), ("wordfreq", "wordfreq")),
    "word": (("docx", "python-docx"),),
}

LIBRARIES: dict[str, tuple[tuple[str, str, str], ...]] = {
    # part: ((find_library name, name users know, Debian package), …)
    "pdf": (
        ("pango-1.0", "pango", "libpango-1.0-0"),
        ("pangoft2-1.0", "pangoft2", "libpangoft2-1.0-0"),
        ("harfbuzz", "harfbuzz", "libharfbuzz0b"),
        ("fontconfig", "fontconfig", "libfontconfig1"),
        ("gobject-2.0", "glib", "libglib2.0-0"),
    ),
    "speech": (("espeak-ng", "espeak-ng", "espeak-ng"),),
}

PARTS = ("pdf", "epub", "speech", "plain", "word")
"""The optional parts, named like the pip extras that bring their Python packages."""

FORMAT_PARTS: dict[str, tuple[str, ...]] = {
    "html": (),
    "summary": ("plain",),
    "pdf": ("pdf",),
    "epub": ("epub",),
    "speech": ("speech",),
    "narrated": ("epub", "speech"),
}
"""What each of pubkit's own formats needs besides its renderer's part."""

RENDERER_PARTS: dict[str, tuple[str, ...]] = {
    "html": (),
    "pdf": ("pdf",),
    "epub": ("epub",),
    "speech": ("speech",),
}

RENDERER_FORMATS: dict[str, tuple[str, ...]] = {
    "html": ("html", "summary"),
    "pdf": ("pdf", "summary"),
    "epub": ("epub", "narrated"),
    "speech": ("speech",),
}
"""The formats pubkit's own renderers declare (:meth:`Renderer.outputs`; a test keeps them equal),
known without loading a renderer whose engine is missing."""

VOICE_LANGUAGES = ("de", "en")


def _module_found(module: str) -> bool:
    from importlib.util import find_spec

    try:
        return find_spec(module) is not None
    except (ImportError, ValueError):
        return False


@functools.cache
def _library(name: str) -> str | None:
    found = _library_in_linker_folders(name)
    if found is not None:
        return found
    from ctypes.util import find_library

    return find_library(name)


def _library_in_linker_folders(name: str) -> str | None:
    """``lib<name>.so.<n>`` in the dynamic linker's standard folders (Linux), or None.

    :func:`ctypes.util.find_library` runs ``ldconfig -p`` in a child process: 20–25 ms of
    a speech build's start-up here, on its one busy core before anything is synthesised. A
    library in the folders the linker always searches is found by listing them (once per
    process); anywhere else (``ld.so.conf``, another system), ``find_library`` decides.
    """
    if not sys.platform.startswith("linux"):
        return None
    prefix = f"lib{name}.so."
    for folder in _linker_folders():
        found = [
            entry
            for entry in _listing(folder)
            if entry.startswith(prefix) and entry[len(prefix) :].split(".", 1)[0].isdigit()
        ]
        if found:
            return min(found, key=len)  # the soname (libharfbuzz.so.0), as find_library says
    return None


def _linker_folders() -> tuple[str, ...]:
    multiarch = getattr(sys.implementation, "_multiarch", "")
    arch = [f"/usr/lib/{multiarch}", f"/lib/{multiarch}"] if multiarch else []
    return (*arch, "/usr/lib64", "/lib64", "/usr/lib", "/lib")


@functools.cache
def _listing(folder: str) -> tuple[str, ...]:
    try:
        return tuple(os.listdir(folder))  # noqa: PTH208  # names only: the fastest listing
    except OSError:
        return ()


def espeak_data() -> Path | None:
    """espeak-ng's voice data folder (``espeak-ng-data``), or None."""
    candidates: list[Path] = []
    if os.environ.get("ESPEAK_DATA_PATH"):
        base = Path(os.environ["ESPEAK_DATA_PATH"])
        candidates += [base / "espeak-ng-data", base]
    candidates += sorted(Path("/usr/lib").glob("*/espeak-ng-data"))
    candidates += [
        Path("/usr/lib/espeak-ng-data"),
        Path("/usr/share/espeak-ng-data"),
        Path("/usr/local/share/espeak-ng-data"),
    ]
    for folder in candidates:
        if (folder / "phontab").is_file():
            return folder
    return None


def voice_found(data: Path | None, language: str) -> bool:
    """Whether espeak-ng's voice and dictionary for ``language`` (``de``, ``en``) are there."""
    if data is None:
        return False
    return (data / f"{language}_dict").is_file() and any(data.glob(f"lang/*/{language}"))


@functools.cache
def part(name: str) -> Part:
    """What the optional part ``name`` needs and what of it is here (checked once)."""
    needs: list[Need] = []
    for module, label in PYTHON.get(name, ()):
        found = _module_found(module)
        needs.append(Need("python", label, found, name))
    for library, label, package in LIBRARIES.get(name, ()):
        file = _library(library)
        needs.append(Need("library", label, file is not None, package, file or f"lib{library}"))
    if name == "speech":
        data = espeak_data()
        found = data is not None and any(voice_found(data, lang) for lang in VOICE_LANGUAGES)
        needs.append(
            Need(
                "data",
                "espeak-ng voices",
                found,
                "espeak-ng-data",
                str(data) if data else "espeak-ng-data",
            )
        )
    return Part(name, tuple(needs))


def clear() -> None:
    """Check again on the next call (after installing something in a running process)."""
    part.cache_clear()
    _library.cache_clear()
    _listing.cache_clear()


# -- formats and outputs ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Skipped:
    """A format (or one file of it) this machine cannot make, why, and how to fix it."""

    format: str
    needs: tuple[Need, ...] = ()
    """What is missing (pubkit's own formats)."""
    note: str = ""
    """Why, when the needs are not known (another package's renderer)."""
    file_name: str | None = None
    """One file of a format that is otherwise made (the summary's PDF); None: the format."""
    renderer: str | None = None

    @property
    def reason(self) -> str:
        return describe(self.needs) if self.needs else self.note

    @property
    def fixes(self) -> tuple[str, ...]:
        return fix_commands(self.needs)

    def __str__(self) -> str:
        what = f"{self.format} ({self.file_name})" if self.file_name else self.format
        if not self.fixes:
            return f"{what}: {self.reason}"
        return _("{what}: {reason}; install: {fixes}").format(
            what=what, reason=self.reason, fixes=" && ".join(self.fixes)
        )


def _parts_missing(names: Iterable[str]) -> list[Part]:
    return [p for p in (part(n) for n in dict.fromkeys(names)) if not p.usable]


def _skipped(
    fmt: str, parts: Sequence[Part], file_name: str | None = None, renderer: str | None = None
) -> Skipped:
    needs = tuple(n for p in parts for n in p.missing)
    return Skipped(format=fmt, needs=needs, file_name=file_name, renderer=renderer)


def renderer_skipped(name: str) -> list[Skipped]:
    """For one of pubkit's own renderers whose part is missing: a Skipped per format it makes
    (with what the format itself needs: the narrated EPUB also needs speech)."""
    if not _parts_missing(RENDERER_PARTS.get(name, ())):
        return []
    return [
        _skipped(fmt, _parts_missing(RENDERER_PARTS[name] + FORMAT_PARTS.get(fmt, ())), None, name)
        for fmt in RENDERER_FORMATS.get(name, (name,))
    ]


def output_parts(output: Output[Any]) -> tuple[str, ...]:
    """The parts one output of a plan needs: its renderer's and its format's."""
    names = RENDERER_PARTS.get(output.renderer, ()) + FORMAT_PARTS.get(output.format, ())
    if output.source == "plain":
        names += ("plain",)
    return tuple(dict.fromkeys(names))


def split(outputs: Iterable[Output[Any]]) -> tuple[list[Output[Any]], list[Skipped]]:
    """The outputs this machine can make, and a :class:`Skipped` for each format (or single
    file) it cannot."""
    kept: list[Output[Any]] = []
    lost: dict[str, list[tuple[Output[Any], list[Part]]]] = {}
    for output in outputs:
        missing = _parts_missing(output_parts(output))
        if missing:
            lost.setdefault(output.format, []).append((output, missing))
        else:
            kept.append(output)
    skipped: list[Skipped] = []
    made = {o.format for o in kept}
    for fmt, items in lost.items():
        parts = list({p.name: p for _, ps in items for p in ps}.values())
        if fmt in made:  # the format is made, one of its files is not
            skipped += [_skipped(fmt, ps, o.file_name, o.renderer) for o, ps in items]
        else:
            skipped.append(_skipped(fmt, parts))
    return kept, skipped


def predict(formats: Sequence[str] | None) -> tuple[Skipped, ...]:
    """What :func:`pubkit.pipeline.plan` will skip of pubkit's own ``formats`` (all when None),
    found from the same tables without loading a renderer (a warm build loads none).

    Raises :class:`MissingDependency` for a format asked for by name that no renderer can
    make here. Other packages' formats, and engines that are found but fail to load, are
    known only to the plan.
    """
    result: list[Skipped] = []
    for fmt in [f for f in (formats or FORMAT_PARTS) if f in FORMAT_PARTS]:
        makers = [
            (renderer, _parts_missing(RENDERER_PARTS[renderer] + FORMAT_PARTS[fmt]))
            for renderer, made in RENDERER_FORMATS.items()
            if fmt in made
        ]
        if all(missing for _, missing in makers):  # no renderer can make it
            renderer, missing = min(makers, key=lambda m: sum(len(p.missing) for p in m[1]))
            item = _skipped(fmt, missing, None, renderer)
            if formats is not None:
                raise unusable(item)
            result.append(item)
        else:
            result += [
                _skipped(fmt, missing, _("its {kind} file").format(kind=renderer.upper()), renderer)
                for renderer, missing in makers
                if missing
            ]
    return tuple(result)


def require(output: Output[Any]) -> None:
    """Raise :class:`MissingDependency` naming what to install when ``output`` cannot be made."""
    missing = _parts_missing(output_parts(output))
    if missing:
        raise unusable(_skipped(output.format, missing, output.file_name))


def unusable(skipped: Skipped) -> MissingDependency:
    """The error for a format the user asked for by name that cannot be made here."""
    if not skipped.needs:  # the renderer's own message (it says what to install)
        return MissingDependency(skipped.note)
    what = f"{skipped.file_name} ({skipped.format})" if skipped.file_name else skipped.format
    return MissingDependency(
        _(
            'The "{what}" format cannot be made on this machine: {reason}. Install it: {fix} '
            "(or leave it out; 'pubkit doctor' lists what is missing)."
        ).format(what=what, reason=skipped.reason, fix=" && ".join(skipped.fixes))
    )


def library_error(name: str, exc: OSError) -> MissingDependency:
    """The error for an engine whose system library cannot be loaded (WeasyPrint without pango)."""
    parts = RENDERER_PARTS.get(name, ())
    missing = [n for p in parts for n in part(p).missing if n.kind != "python"]
    if not missing:  # found by name, yet not loadable: name every library the engine loads
        missing = [
            Need("library", label, False, package)
            for p in parts
            for _, label, package in LIBRARIES.get(p, ())
        ]
    fix = " && ".join(fix_commands(missing)) or _("reinstall the engine's system libraries")
    return MissingDependency(
        _(
            'The "{name}" renderer cannot load a system library ({error}). Install it: {fix}.'
        ).format(name=name, error=exc, fix=fix)
    )
