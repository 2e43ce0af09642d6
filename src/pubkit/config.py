"""Build settings: one frozen :class:`Config`, from four places in this order of precedence.

1. command-line flags of ``pubkit build`` (``--pdf-conformance``, ``--voice`` …), or the
   ``overrides`` a program passes;
2. the ``pubkit:`` block in the notice's front matter;
3. the project file: ``pubkit.toml`` (top level) or ``[tool.pubkit]`` in ``pyproject.toml``,
   the nearest one found by walking up from the notice's folder;
4. the defaults below.

::

    # pyproject.toml                       # or pubkit.toml, without the "tool.pubkit" prefix
    [tool.pubkit]
    formats = ["html", "pdf", "speech"]
    output-names = "slug"                  # stem (default) | slug | notice

    [tool.pubkit.pdf]
    conformance = "pdf/ua-2"               # pdf/ua-1 | pdf/ua-2 | pdf/a-2a+ua-1
    large-print = false

    [tool.pubkit.speech]
    format = "ogg"                         # mp3 | wav | ogg
    rate = 140                             # words per minute
    voices = { de = "gmw/de", en = "gmw/en-GB-x-rp" }

The same keys in a notice::

    ---
    title: Corona-Teststellen
    pubkit:
      pdf:
        conformance: pdf/a-2a+ua-1
      speech:
        rate: 130
    ---

``[tool.pubkit.check]`` and ``[tool.pubkit.statement]`` belong to ``pubkit check``
(:mod:`pubkit.audit.config`) and are not read here. A key may be written with ``-`` or ``_``.
Unknown keys and bad values raise :class:`~pubkit.errors.ConfigError` naming the file, the
key, the allowed values and how to fix it. The settings reach the renderers' typed options
in one place: :func:`pubkit.pipeline.plan` (``config=``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal, cast

from pubkit.errors import ConfigError
from pubkit.i18n import _

if TYPE_CHECKING:
    from pubkit.model import Document
    from pubkit.model.document import ExtraValue

__all__ = [
    "AUDIO_FORMATS",
    "CONFORMANCES",
    "OUTPUT_NAMES",
    "Config",
    "load_config",
    "output_name",
    "project_file",
]

Conformance = Literal["pdf/ua-1", "pdf/ua-2", "pdf/a-2a+ua-1"]
AudioFormat = Literal["mp3", "wav", "ogg"]
OutputNames = Literal["notice", "stem", "slug"]
SpeechEngine = Literal["pyttsx3", "espeak-ng"]

CONFORMANCES: tuple[Conformance, ...] = ("pdf/ua-1", "pdf/ua-2", "pdf/a-2a+ua-1")
"""What the PDF renderer can make (``PdfOptions.conformance``; a test keeps the two equal)."""
AUDIO_FORMATS: tuple[AudioFormat, ...] = ("mp3", "wav", "ogg")
OUTPUT_NAMES: tuple[OutputNames, ...] = ("notice", "stem", "slug")
ENGINES: tuple[SpeechEngine, ...] = ("pyttsx3", "espeak-ng")
RATES = range(60, 401)
"""Words per minute a listener can follow (espeak-ng's default is 175)."""

_OWNED_ELSEWHERE = ("check", "statement")  # pubkit check's tables in the same project file


@dataclass(frozen=True, slots=True, kw_only=True)
class Config:
    """The settings of one notice's build (see the module docstring for where they come from)."""

    formats: tuple[str, ...] | None = None
    """The formats to build (``pubkit build -f``); None: every installed one."""
    output_names: OutputNames = "stem"
    """How the output files are named: ``stem`` (the source file's name:
    ``corona-teststellen.pdf``), ``slug`` (the front matter's ``slug``, else the stem) or
    ``notice`` (``notice.pdf``, every notice alike). The web page is ``index.html`` in every
    scheme; a notice without a file (built from text) is ``notice`` unless it has a slug."""
    pdf_conformance: Conformance = "pdf/ua-1"
    large_print: bool = True
    """Also build the large-print PDF."""
    audio_format: AudioFormat = "mp3"
    speech_rate: int = 145
    """Words per minute, for the audio and the narrated EPUB."""
    speech_engine: SpeechEngine = "pyttsx3"
    voices: tuple[tuple[str, str], ...] = ()
    """Voice by language: ``(("de", "gmw/de"),)``; otherwise chosen by language."""
    origins: tuple[tuple[str, str], ...] = ()
    """Where each setting that is not a default came from (key, place), for messages."""

    def origin(self, key: str) -> str:
        """Where the setting ``key`` (``pdf.conformance``) came from: a place or ``default``."""
        return dict(self.origins).get(key, "default")


# -- the keys ---------------------------------------------------------------------------------

Parse = Callable[[object], object]


def _choice(allowed: tuple[str, ...]) -> Parse:
    def parse(value: object) -> object:
        if isinstance(value, str) and value.lower() in allowed:
            return value.lower()
        raise ValueError(_("one of {values}").format(values=", ".join(f'"{a}"' for a in allowed)))

    return parse


def _bool(value: object) -> object:
    if isinstance(value, bool):
        return value
    raise ValueError(_("true or false"))


def _rate(value: object) -> object:
    if isinstance(value, int) and not isinstance(value, bool) and value in RATES:
        return value
    raise ValueError(
        _("a whole number of words per minute from {lowest} to {highest}").format(
            lowest=RATES.start, highest=RATES.stop - 1
        )
    )


def _formats(value: object) -> object:
    items = [value] if isinstance(value, str) else value
    if (
        isinstance(items, list | tuple)
        and items
        and all(isinstance(i, str) and i.strip() for i in items)
    ):
        return tuple(dict.fromkeys(str(i).strip() for i in items))
    raise ValueError(_('a list of format names, e.g. ["html", "pdf"] (see "pubkit formats")'))


def _voices(value: object) -> object:
    error = ValueError(_('a table of language = voice, e.g. {{ de = "gmw/de" }}').format())
    if not isinstance(value, Mapping) or not value:
        raise error
    found: dict[str, str] = {}
    for lang, voice in value.items():
        if not (isinstance(lang, str) and isinstance(voice, str) and lang and voice.strip()):
            raise error
        found[lang.lower()] = voice.strip()
    return tuple(sorted(found.items()))


# dotted key → (Config field, parser)
KEYS: dict[str, tuple[str, Parse]] = {
    "formats": ("formats", _formats),
    "output-names": ("output_names", _choice(OUTPUT_NAMES)),
    "pdf.conformance": ("pdf_conformance", _choice(CONFORMANCES)),
    "pdf.large-print": ("large_print", _bool),
    "speech.format": ("audio_format", _choice(AUDIO_FORMATS)),
    "speech.rate": ("speech_rate", _rate),
    "speech.engine": ("speech_engine", _choice(ENGINES)),
    "speech.voices": ("voices", _voices),
}
"""Every setting, by its dotted name (the table ``[pdf]`` holds ``pdf.*``)."""
_TABLES = ("pdf", "speech")

Layer = dict[str, tuple[object, str]]
"""Settings of one place: dotted key → (parsed value, where it was written)."""


def _key_name(key: str) -> str:
    return key.strip().lower().replace("_", "-")


def _flatten(
    table: Mapping[str, object], *, prefix: str, skip: tuple[str, ...] = ()
) -> dict[str, object]:
    flat: dict[str, object] = {}
    for raw, value in table.items():
        key = _key_name(str(raw))
        if not prefix and key in skip:
            continue
        if not prefix and key in _TABLES and isinstance(value, Mapping):
            flat.update(_flatten(value, prefix=f"{key}."))
        else:
            flat[prefix + key] = value
    return flat


def _describe(key: str, *, section: str) -> str:
    table, _, name = key.rpartition(".")
    return f"[{section}.{table}] {name}" if table else f"[{section}] {name}"


def _parse_layer(
    table: Mapping[str, object], *, where: Callable[[str], str], skip: tuple[str, ...] = ()
) -> Layer:
    layer: Layer = {}
    for key, value in _flatten(table, prefix="", skip=skip).items():
        spec = KEYS.get(key)
        if spec is None:
            import difflib

            close = difflib.get_close_matches(key, [*KEYS, *_TABLES], n=1, cutoff=0.6)
            hint = _('Did you mean "{name}"?').format(name=close[0]) + " " if close else ""
            raise ConfigError(
                _(
                    '{where}: unknown setting "{key}". {hint}Known settings: {known}. '
                    "Remove it or correct its name."
                ).format(where=where(key), key=key, hint=hint, known=", ".join(KEYS))
            )
        try:
            layer[key] = (spec[1](value), where(key))
        except ValueError as exc:
            field_name = spec[0]
            default = _DEFAULTS[field_name]
            raise ConfigError(
                _(
                    "{where}: {key} = {value} is not allowed. Allowed: {allowed}. Change the "
                    "value, or remove the key to use the default ({default})."
                ).format(
                    where=where(key),
                    key=key,
                    value=repr(value),
                    allowed=exc,
                    default=_shown_default(default),
                )
            ) from None
    return layer


def _shown_default(value: object) -> str:
    if value is None:
        return _("all formats")
    if isinstance(value, tuple):
        return _("none") if not value else repr(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return f'"{value}"' if isinstance(value, str) else str(value)


_DEFAULTS: dict[str, object] = {f.name: f.default for f in fields(Config)}


# -- the places -------------------------------------------------------------------------------


def project_file(start: str | Path) -> Path | None:
    """The nearest ``pubkit.toml``, or ``pyproject.toml`` with a ``[tool.pubkit]`` table, in
    ``start`` (a folder, or a notice's folder) or above it; the search stops at a folder that
    holds ``.git`` (the top of a repository)."""
    folder = Path(start).resolve()
    if not folder.is_dir():
        folder = folder.parent
    for current in (folder, *folder.parents):
        candidate = current / "pubkit.toml"
        if candidate.is_file():
            return candidate
        candidate = current / "pyproject.toml"
        if candidate.is_file() and _has_tool_pubkit(candidate):
            return candidate
        if (current / ".git").exists():
            return None
    return None


def _has_tool_pubkit(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return re.search(r"^\s*\[\[?\s*tool\.pubkit\b", text, re.MULTILINE) is not None


def read_project_file(path: Path) -> dict[str, object]:
    """A project file (pubkit.toml, pyproject.toml) as a table; unreadable or not TOML, a
    :class:`ConfigError` naming the file and the fix."""
    import tomllib

    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(
            _("{path}: cannot read the project file: {error}. Correct the TOML syntax.").format(
                path=path, error=exc
            )
        ) from exc


def _project_table(path: Path) -> tuple[Mapping[str, object], str]:
    data = read_project_file(path)
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        table = tool.get("pubkit", {}) if isinstance(tool, dict) else {}
        section = "tool.pubkit"
    else:
        table, section = data, "pubkit.toml"
    if not isinstance(table, dict):
        raise ConfigError(
            _("{path}: [{section}] must be a table of settings, such as {example}.").format(
                path=path, section=section, example='conformance = "pdf/ua-2" under [pdf]'
            )
        )
    return table, section


@lru_cache(maxsize=64)
def _project_layer_cached(path: str, stamp: tuple[int, int]) -> tuple[tuple[str, object, str], ...]:
    file = Path(path)
    table, section = _project_table(file)
    named = "" if section == "pubkit.toml" else section

    def where(key: str) -> str:
        return f"{file}: {_describe(key, section=named)}" if named else f"{file}: {key}"

    layer = _parse_layer(table, where=where, skip=_OWNED_ELSEWHERE)
    return tuple((k, v, w) for k, (v, w) in layer.items())


def project_layer(path: Path | None) -> Layer:
    """The settings of a project file (None: none)."""
    if path is None:
        return {}
    try:
        stat = path.stat()
    except OSError as exc:
        raise ConfigError(
            _('Cannot read the project file "{path}": {error}.').format(
                path=path, error=exc.strerror
            )
        ) from None
    cached = _project_layer_cached(str(path), (stat.st_mtime_ns, stat.st_size))
    return {k: (v, w) for k, v, w in cached}


def _plain(value: ExtraValue) -> object:
    """A front-matter value as read (mappings are tuples of pairs in the model)."""
    if (
        isinstance(value, tuple)
        and all(isinstance(v, tuple) and len(v) == 2 and isinstance(v[0], str) for v in value)
        and value
    ):
        return {str(k): _plain(v) for k, v in cast(tuple[tuple[str, "ExtraValue"], ...], value)}
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


def front_matter_layer(document: Document) -> Layer:
    """The settings in the notice's ``pubkit:`` front-matter block."""
    raw = document.metadata.extra_value("pubkit")
    if raw is None:
        return {}
    name = document.source or _("the notice")
    table = _plain(raw)
    if not isinstance(table, dict):
        raise ConfigError(
            _(
                "{name}: the front matter's pubkit: block must hold settings such as "
                '"{example}", not a single value.'
            ).format(name=name, example="pdf: {conformance: pdf/ua-2}")
        )
    lines = _front_matter_lines(document.source)

    def where(key: str) -> str:
        line = lines.get(key.rpartition(".")[2])
        place = f"{name}:{line}" if line else name
        return _("{place}: front matter pubkit: {key}").format(place=place, key=key)

    return _parse_layer(table, where=where)


def _front_matter_lines(source: str | None) -> dict[str, int]:
    """The first line of each key inside the front matter's ``pubkit:`` block (for messages)."""
    found: dict[str, int] = {}
    if not source:
        return found
    try:
        text = Path(source).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return found
    inside = False
    for number, line in enumerate(text.splitlines()[:400], start=1):
        if re.match(r"^pubkit\s*:", line):
            inside = True
            continue
        if inside and line and not line[0].isspace():
            break
        match = re.match(r"^\s+([\w-]+)\s*:", line) if inside else None
        if match:
            found.setdefault(_key_name(match.group(1)), number)
    return found


def overrides_layer(overrides: Mapping[str, object], *, where: str = "overrides") -> Layer:
    """Settings given in code or on the command line, by dotted key (``{"pdf.conformance":
    "pdf/ua-2"}``); ``where`` names them in messages."""
    return _parse_layer(
        {k: v for k, v in overrides.items() if v is not None}, where=lambda key: f"{where} {key}"
    )


def load_config(
    document: Document | None = None,
    *,
    project: str | Path | Literal["auto"] | None = "auto",
    overrides: Mapping[str, object] | None = None,
    overrides_from: str = "overrides",
) -> Config:
    """The settings for ``document``: ``overrides`` > its front matter > the project file >
    the defaults.

    ``project``: ``"auto"`` finds the project file from the notice's folder (the current
    folder for a notice without a file); a path uses that file; None reads none.

    >>> load_config(overrides={"pdf.conformance": "pdf/ua-2"}, project=None).pdf_conformance
    'pdf/ua-2'
    """
    if project == "auto":
        start = Path(document.source).parent if document and document.source else Path.cwd()
        found = project_file(start)
    else:
        found = Path(project) if project is not None else None
        if found is not None and not found.is_file():
            raise ConfigError(
                _(
                    'No such project file: "{path}". Check the path, or leave out project= to '
                    "find pubkit.toml or pyproject.toml [tool.pubkit] next to the notice."
                ).format(path=found)
            )
    merged: Layer = {}
    merged.update(project_layer(found))
    if document is not None:
        merged.update(front_matter_layer(document))
    if overrides:
        merged.update(overrides_layer(overrides, where=overrides_from))
    values = {KEYS[k][0]: v for k, (v, _) in merged.items()}
    origins = tuple(sorted((k, w) for k, (_, w) in merged.items()))
    return Config(**values, origins=origins)  # type: ignore[arg-type]  # parsed per key


def output_name(config: Config, document: Document | None = None) -> str:
    """The stem of the output files for ``document`` under ``config.output_names``:
    ``notice``, the source file's stem, or the front matter's ``slug`` (else the stem)."""
    from pubkit.io import safe_name

    if config.output_names == "notice" or document is None:
        return "notice"
    stem = Path(document.source).stem if document.source else ""
    if config.output_names == "slug":
        slug = document.metadata.extra_value("slug")
        if isinstance(slug, str) and slug.strip():
            return safe_name(slug)
    return safe_name(stem) if stem else "notice"
