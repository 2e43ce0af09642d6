"""YAML front matter → :class:`~pubkit.model.Metadata`.

Known keys (``lang`` may also be written ``language``, ``author`` as ``authors``)::

    title: Amt für Soziales geehrt
    lang: de
    subtitle: …
    authors: [Presseamt]            # or one string
    publisher: Landeshauptstadt Düsseldorf
    date: 2026-11-24                # also 2026-11 or 2026, 24.11.2026, Di, 24. November 2026,
                                    # November 24, 2026, a time … (pubkit.readers.dates)
    category: Soziales
    description: One or two sentences for catalogues and search.
    keywords: [Corona, Auszeichnung]
    identifier: urn:uuid:…
    abbreviations: {F.A.Z.: Frankfurter Allgemeine Zeitung}
    pronunciations: {Hintzsche: Hinntsche}
    accessibility: {summary: …, hazards: [none], certified_by: …}
    line_breaks: keep               # one sentence per line stays so (see markdown.py)
    plain_language: |               # the author's plain version, in Markdown
      Das Amt für Soziales hat einen Preis bekommen.

Every other key (``source_url``, ``slug``, ``kind``, ``tags``, a CMS id …) is kept in
``Metadata.extra`` and never stops a build; a key that looks like a misspelt known key is
reported by the checks (``FMT001``, "did you mean"). All problems of a front matter are
reported together, in one :class:`~pubkit.errors.ReadError`.
"""

from __future__ import annotations

import datetime
import functools
import json
import re
import tomllib
from dataclasses import dataclass
from typing import Literal

from pubkit.errors import ReadError
from pubkit.i18n import _
from pubkit.limits import LimitExceeded, Limits, current_limits
from pubkit.model import (
    FRONT_MATTER_KEYS,
    Accessibility,
    ExtraValue,
    Metadata,
    is_easy_read_kind,
)
from pubkit.readers.bounded_yaml import load_front_matter_yaml
from pubkit.readers.dates import ImpossibleDate, parse_date
from pubkit.readers.problems import Problems

__all__ = [
    "LineBreaks",
    "line_breaks",
    "parse_date",
    "parse_front_matter",
    "plain_language_text",
    "split_front_matter",
    "toml_front_matter_as_yaml",
]

LineBreaks = Literal["keep", "join"]

_FENCE = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_ALIASES = {"language": "lang", "author": "authors"}
_A11Y_KEYS = ("summary", "hazards", "certified_by")


_TOML_FENCE = re.compile(r"\A\+\+\+[ \t]*\n(.*?\n)?\+\+\+[ \t]*(?:\n|\Z)", re.DOTALL)
_TOML_KEY = re.compile(
    r"^[ \t]*(?:\[(?P<table>[^\[\]]+)\]|(?P<key>[A-Za-z0-9_-]+|\"[^\"]*\")[ \t]*=)"
)


def toml_front_matter_as_yaml(text: str, *, source: str | None) -> str:
    r"""``text`` with a TOML front matter between ``+++`` fences (Hugo's other form) written
    as the YAML front matter pubkit reads, line for line: every top-level key or
    ``[table]`` stands on the line where the editor wrote it, so problems keep their line
    numbers and the body its own. Text without a TOML front matter is returned unchanged.

    >>> toml_front_matter_as_yaml('+++\ntitle = "Hallo"\ntags = ["a", "b"]\n+++\nText', source=None)
    '---\ntitle: "Hallo"\ntags: ["a", "b"]\n---\nText'
    """
    match = _TOML_FENCE.match(text)
    if match is None:
        return text
    inner = match.group(1) or ""
    try:
        data = tomllib.loads(inner)
    except tomllib.TOMLDecodeError as exc:
        where = re.search(r"at line (\d+)", str(exc))
        raise ReadError(
            _(
                "The front matter between +++ lines is not valid TOML ({reason}). Check the "
                'quotes and = signs (title = "…"), or write it as YAML between --- lines.'
            ).format(reason=re.sub(r"\s*\(at line.*\)$", "", str(exc))),
            source=source,
            line=int(where.group(1)) + 1 if where else 2,
        ) from None
    lines = [""] * inner.count("\n")
    placed: set[str] = set()
    in_table = False  # after a [table] header, plain keys belong to that table
    for number, line in enumerate(inner.split("\n")[: len(lines)]):
        found = _TOML_KEY.match(line)
        if found is None:
            continue
        in_table = in_table or found.group("table") is not None
        if in_table and found.group("table") is None:
            continue
        name = found.group("table") or found.group("key")
        key = name.strip().split(".")[0].strip().strip('"')
        if key in data and key not in placed:
            lines[number] = f"{_yaml_key(key)}: {_json(data[key])}"
            placed.add(key)
    # A key the scan did not find on a line of its own is added at the end, never lost.
    lines += [f"{_yaml_key(k)}: {_json(v)}" for k, v in data.items() if k not in placed]
    rest = text[match.end() :]
    closing = "---\n" if match.group(0).endswith("\n") else "---"
    return "---\n" + "".join(f"{line}\n" for line in lines) + closing + rest


def _yaml_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z_][\w-]*", key) else json.dumps(key, ensure_ascii=False)


def _json(value: object) -> str:
    """A TOML value as JSON, which YAML reads as it is; dates and times as ISO text."""
    return json.dumps(value, ensure_ascii=False, default=_iso)


def _iso(value: object) -> str:
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def split_front_matter(text: str) -> str | None:
    """The YAML text between the leading ``---`` fences, or None when there is none."""
    match = _FENCE.match(text)
    return (match.group(1) or "") if match else None


@dataclass(slots=True)
class _KeyProblems:
    """Problems of the front matter, each at the line of its key."""

    problems: Problems
    front: str

    def add(self, message: str, key: str) -> None:
        self.problems.add(message, _line_of_key(self.front, key))


def parse_front_matter(
    front: str | None,
    *,
    source: str | None,
    abbreviations: list[tuple[str, str]],
    problems: Problems | None = None,
) -> tuple[Metadata, bool]:
    """Build the metadata; also tells whether the front matter gave a title.

    ``abbreviations`` are the ``*[X]: …`` definitions found in the body; the front
    matter's own ``abbreviations`` come first. Problems are added to ``problems`` (the
    reader reports them with those of the body), or raised here as one ReadError.
    """
    own = problems is None
    collected = Problems(source) if problems is None else problems
    try:
        data = _load(front, source=source)
    except LimitExceeded:
        raise  # a bound, not an editor's slip: stop at once, with the limit's own class
    except ReadError as exc:
        collected.add_error(exc)
        data = {}
    problems_at = _KeyProblems(collected, front or "")
    extra: list[tuple[str, ExtraValue]] = []
    known: dict[str, object] = {}
    for key, value in data.items():
        folded = key.strip().lower()  # Title: is title:, as in Hugo
        canonical = _ALIASES.get(folded, folded)
        if canonical not in FRONT_MATTER_KEYS:
            extra.append((key, _extra_value(value)))
        elif canonical in known:
            problems_at.add(
                _('Both "{key}" and "{canonical}" are given; keep one.').format(
                    key=key, canonical=canonical
                ),
                key,
            )
        else:
            known[canonical] = value

    def text(key: str) -> str | None:
        value = _named(known.get(key))
        if value is None:
            return None
        if key == "category" and isinstance(value, list) and value:
            value = ", ".join(str(v) for v in value if isinstance(v, str | int | float))
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            problems_at.add(
                _('Front matter "{key}" must be text, not {kind}. Write {key}: your text.').format(
                    key=key, kind=_kind(value)
                ),
                key,
            )
            return None
        return str(value).strip()

    def strings(key: str) -> tuple[str, ...]:
        value = _named(known.get(key))
        if isinstance(value, list):
            value = [_named(v) for v in value]  # authors: [{name: Presseamt, email: …}]
        if value is None:
            return ()
        if isinstance(value, str):
            # "Corona, Impfung" and "Corona; Impfung" (Word and some CMSs use semicolons)
            return tuple(v.strip() for v in re.split(r"[,;]", value) if v.strip())
        if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
            return tuple(str(v).strip() for v in value)
        problems_at.add(
            _('Front matter "{key}" must be a list of texts, e.g. [Corona, Hilfe].').format(
                key=key
            ),
            key,
        )
        return ()

    def pairs(key: str) -> tuple[tuple[str, str], ...]:
        value = known.get(key) or {}
        if not isinstance(value, dict) or not all(
            isinstance(k, str | int | float) and isinstance(v, str | int | float)
            for k, v in value.items()
        ):
            problems_at.add(
                _(
                    'Front matter "{key}" must map texts to texts, e.g. {{"z. B.": "zum Beispiel"}}.'
                ).format(key=key),
                key,
            )
            return ()
        return tuple((str(k).strip(), str(v).strip()) for k, v in value.items())

    language = _language_tag(text("lang"))
    written_date = known.get("date")
    date = _date(written_date, problems_at, language=language)
    if (
        date is None
        and isinstance(written_date, str | int)
        and not isinstance(written_date, bool)
        and str(written_date).strip()
    ):
        # "date: Herbst 2020": not a date pubkit can read, but what the editor wrote is kept
        # (nothing is lost) and the checks warn (FMT002); it never stops a build.
        extra.append(("date", _extra_value(written_date)))
    accessibility = _accessibility(known.get("accessibility"), problems_at)
    if known.get("line_breaks") not in (None, "keep", "join"):
        problems_at.add(
            _(
                'Front matter "line_breaks" is {value}; write "keep" (one sentence '
                'per line stays so) or "join" (lines of a paragraph are joined, as usual).'
            ).format(value=repr(known["line_breaks"])),
            "line_breaks",
        )
    if "plain_language" in known and not isinstance(known["plain_language"], str | None):
        problems_at.add(
            _(
                'Front matter "plain_language" must be Markdown text: write "plain_language: |" '
                "and the text indented below it."
            ),
            "plain_language",
        )
    glossary = dict(pairs("abbreviations"))
    for abbr, expansion in abbreviations:
        glossary.setdefault(abbr, expansion)
    title = text("title")
    category = text("category")
    if category is not None and re.fullmatch(r"[\d\s,;/-]+", category):
        # "category: 1768": a CMS's category number, not a name a reader could use; kept
        # among the extra keys (nothing is lost) but not shown as the notice's category.
        extra.append(("category", _extra_value(known["category"])))
        category = None
    metadata = Metadata(
        title=title or "",
        language=language or "",
        subtitle=text("subtitle"),
        authors=strings("authors"),
        publisher=text("publisher"),
        date=date,
        category=category,
        description=text("description"),
        keywords=strings("keywords"),
        identifier=text("identifier"),
        abbreviations=tuple(glossary.items()),
        pronunciations=pairs("pronunciations"),
        accessibility=accessibility,
        extra=tuple(extra),
    )
    if own:
        collected.raise_if_any()
    return metadata, bool(title)


_LANGUAGE_NAMES = {
    "deutsch": "de",
    "german": "de",
    "ger": "de",
    "deu": "de",
    "englisch": "en",
    "english": "en",
    "eng": "en",
}
"""Language names and ISO 639-2 codes editors write for ``lang`` („Deutsch“, "English")."""


def _language_tag(written: str | None) -> str | None:
    """The BCP 47 tag an editor meant: ``de_DE`` (the locale form many CMSs write) is
    ``de-DE``; ``DE`` is ``de``, ``en-gb`` is ``en-GB``; „Deutsch“, "German", ``deu`` and
    ``ger`` are ``de``, "English", „Englisch“ and ``eng`` are ``en`` (a tag „Deutsch“ is well
    formed but no language: hyphenation, quotes and the voice would silently fall back);
    ``en-UK`` is ``en-GB``. Anything else is left as written for the checks (DOC003)."""
    if not written:
        return written
    name = re.split(r"[\s(]", written.strip(), maxsplit=1)[0].lower()
    if name in _LANGUAGE_NAMES:
        return _LANGUAGE_NAMES[name]
    match = re.fullmatch(r"([A-Za-z]{2,3})(?:[-_]([A-Za-z]{2}))?", written.strip())
    if match is None:
        return written
    language, region = match.group(1).lower(), (match.group(2) or "").upper()
    language = _LANGUAGE_NAMES.get(language, language)
    if region == "UK":
        region = "GB"
    return f"{language}-{region}" if region else language


def line_breaks(front: str | None, *, source: str | None) -> LineBreaks:
    """Whether the lines of a paragraph are kept: ``line_breaks:`` if given, else ``keep``
    for Leichte Sprache / easy read (``kind:`` or ``language_level:`` ``leichte-sprache``,
    ``Leichte Sprache``, ``easy-read`` or ``easy read``), else ``join``."""
    try:
        data = _load(front, source=source)
    except ReadError:
        return "join"  # parse_front_matter reports the YAML error
    explicit = data.get("line_breaks")
    if explicit in ("keep", "join"):
        return "keep" if explicit == "keep" else "join"
    if any(is_easy_read_kind(data.get(key)) for key in ("kind", "language_level", "category")):
        return "keep"
    return "join"


def _date(value: object, problems: _KeyProblems, *, language: str | None) -> str | None:
    if value is None or value == "":
        return None
    try:
        return parse_date(value, language)
    except ImpossibleDate as exc:
        reason: str = str(exc)
    except ValueError as exc:
        if isinstance(value, str | int) and not isinstance(value, bool):
            return None  # text (or a number) that is no date: kept as an extra key by the caller
        reason = str(exc)
    problems.add(
        _(
            'Front matter "date" is {value}, which is not a possible date ({reason}). '
            "Write an ISO date: 2026-11-24, or 2026-11 or 2026 when the day is not known."
        ).format(value=repr(value), reason=reason),
        "date",
    )
    return None


def _accessibility(value: object, problems: _KeyProblems) -> Accessibility:
    a11y = value or {}
    if not isinstance(a11y, dict):
        problems.add(
            _('Front matter "accessibility" must be a mapping (summary, hazards, certified_by).'),
            "accessibility",
        )
        return Accessibility()
    unknown = sorted(str(k) for k in set(a11y) - set(_A11Y_KEYS))
    if unknown:
        problems.add(
            _('Unknown accessibility key "{key}"; known: {known}.').format(
                key=unknown[0], known=", ".join(_A11Y_KEYS)
            ),
            unknown[0],
        )
    hazards = a11y.get("hazards", ["none"])
    if isinstance(hazards, str):
        hazards = [hazards]
    if not isinstance(hazards, list):
        problems.add(_('"hazards" must be a list, e.g. [none] or [flashing].'), "hazards")
        hazards = ["none"]
    return Accessibility(
        summary=str(a11y["summary"]).strip() if a11y.get("summary") else None,
        hazards=tuple(str(h) for h in hazards),
        certified_by=str(a11y["certified_by"]) if a11y.get("certified_by") else None,
    )


def _extra_value(value: object) -> ExtraValue:
    """A YAML value as a model value: lists become tuples, mappings (key, value) pairs."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, list):
        return tuple(_extra_value(v) for v in value)
    if isinstance(value, dict):
        return tuple((str(k), _extra_value(v)) for k, v in value.items())
    return str(value)


def _kind(value: object) -> str:
    return {"list": _("a list"), "dict": _("a mapping")}.get(
        type(value).__name__, type(value).__name__
    )


def plain_language_text(front: str | None, *, source: str | None) -> str | None:
    """The Markdown of the ``plain_language`` key, or None (``parse_front_matter`` has
    already refused a value that is not text)."""
    try:
        value = _load(front, source=source).get("plain_language")
    except ReadError:
        return None  # parse_front_matter reports the YAML error
    return value if isinstance(value, str) else None


def _load(front: str | None, *, source: str | None) -> dict[str, object]:
    """The front matter as a mapping, parsed once however many readers ask (do not modify)."""
    return _load_within(front, source, current_limits())


_PLAIN_LINE = re.compile(
    r"^(?P<key>[A-Za-z_][\w.-]*)(?P<colon>[ \t]*:[ \t]+)(?P<value>\S.*?)[ \t]*$"
)
_YAML_START = tuple("\"'[{|>&*!%#")


def _quoted(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def repair_front_matter(front: str, *, all_lines: bool) -> str:
    """The front matter with the values YAML misreads as editors mean them, quoted.

    An editor writes ``title: Corona: neue Regeln ab Montag`` (a colon in the title: YAML
    refuses it), ``title: @Stadt informiert`` (YAML reserves ``@`` and a backtick) or
    ``title: Sperrung #2 der Brücke`` (YAML reads `` #2 …`` as a comment and the title as
    „Sperrung“ — silently). Each such value on a top-level ``key: value`` line is quoted, so it
    is read as written. Only the hash case (no error, silent loss) is repaired always
    (``all_lines=False``); the others only when YAML refused the front matter. A value that
    continues on the next, indented line, or starts as YAML syntax (a quote, ``[``, ``{``,
    ``|``, ``>``, an anchor or tag) is left alone; `` # `` with a space after it stays a comment.
    """
    lines = front.split("\n")
    if all_lines:
        lines = [_untabbed(line) for line in lines]
    for number, line in enumerate(lines):
        match = _PLAIN_LINE.match(line)
        if match is None:
            continue
        value = match.group("value")
        following = lines[number + 1] if number + 1 < len(lines) else ""
        if value.startswith(_YAML_START) or following[:1] in (" ", "\t"):
            continue
        hashed = re.search(r"[ \t]#[^\s#]", value) is not None
        refused = ": " in value or value.endswith(":") or value.startswith(("@", "`"))
        if hashed or (all_lines and refused):
            lines[number] = f"{match.group('key')}{match.group('colon')}{_quoted(value)}"
    return "\n".join(lines)


def _untabbed(line: str) -> str:
    """A line without the tabs YAML refuses (text pasted from a word processor or indented
    with the Tab key): a tab after ``key:`` is a space, tabs at the start are two spaces
    each, tabs at the end go."""
    line = re.sub(r"^\t+", lambda m: "  " * len(m.group(0)), line)
    line = re.sub(r"^([ ]*[A-Za-z_][\w.-]*[ ]*:)\t+", r"\1 ", line)
    return line.rstrip("\t ")


@functools.lru_cache(maxsize=4)
def _load_within(front: str | None, source: str | None, limits: Limits) -> dict[str, object]:
    if front is None or not front.strip():
        return {}
    front = repair_front_matter(front, all_lines=False)
    try:
        data = load_front_matter_yaml(front, source=source, limits=limits)
    except LimitExceeded:
        raise
    except ReadError as refused:
        repaired = repair_front_matter(front, all_lines=True)
        if repaired == front:
            raise
        try:
            data = load_front_matter_yaml(repaired, source=source, limits=limits)
        except ReadError:
            raise refused from None
    if not isinstance(data, dict):
        raise ReadError(
            _("The front matter must be key: value lines (a YAML mapping)."), source=source, line=2
        )
    return {str(k): v for k, v in data.items()}


def _named(value: object) -> object:
    """A mapping with a name (``{name: Stadt Beispiel, url: …}``, as Hugo and Jekyll themes
    write publishers and authors) stands for its name; anything else is itself."""
    if isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, str | int | float) and not isinstance(name, bool):
            return str(name)
    return value


def _line_of_key(front: str, key: str) -> int | None:
    for number, line in enumerate(front.splitlines(), start=2):
        if re.match(rf"\s*{re.escape(key)}\s*:", line):
            return number
    return None
