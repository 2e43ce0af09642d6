"""YAML front matter → :class:`~pubkit.model.Metadata`.

Known keys (``lang`` may also be written ``language``, ``author`` as ``authors``)::

    title: Amt für Soziales geehrt
    lang: de
    subtitle: …
    authors: [Presseamt]            # or one string
    publisher: Landeshauptstadt Düsseldorf
    date: 2026-11-24
    category: Soziales
    description: One or two sentences for catalogues and search.
    keywords: [Corona, Auszeichnung]
    identifier: urn:uuid:…
    abbreviations: {F.A.Z.: Frankfurter Allgemeine Zeitung}
    pronunciations: {Hintzsche: Hinntsche}
    accessibility: {summary: …, hazards: [none], certified_by: …}
    plain_language: |               # the author's plain version, in Markdown
      Das Amt für Soziales hat einen Preis bekommen.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re

from pubkit.errors import ReadError
from pubkit.model import Accessibility, Metadata
from pubkit.readers.bounded_yaml import load_front_matter_yaml

__all__ = ["parse_front_matter", "plain_language_text", "split_front_matter"]

_FENCE = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_ALIASES = {"language": "lang", "author": "authors"}
_KEYS = (
    "title",
    "lang",
    "subtitle",
    "authors",
    "publisher",
    "date",
    "category",
    "description",
    "keywords",
    "identifier",
    "abbreviations",
    "pronunciations",
    "accessibility",
    "plain_language",
)
_A11Y_KEYS = ("summary", "hazards", "certified_by")


def split_front_matter(text: str) -> str | None:
    """The YAML text between the leading ``---`` fences, or None when there is none."""
    match = _FENCE.match(text)
    return (match.group(1) or "") if match else None


def parse_front_matter(
    front: str | None, *, source: str | None, abbreviations: list[tuple[str, str]]
) -> tuple[Metadata, bool]:
    """Build the metadata; also tells whether the front matter gave a title.

    ``abbreviations`` are the ``*[X]: …`` definitions found in the body; the front
    matter's own ``abbreviations`` come first.
    """
    data = _load(front, source=source)

    def fail(message: str, key: str) -> ReadError:
        return ReadError(message, source=source, line=_line_of_key(front or "", key))

    for key in list(data):
        canonical = _ALIASES.get(key, key)
        if canonical not in _KEYS:
            close = difflib.get_close_matches(key, _KEYS, n=1)
            hint = f' Did you mean "{close[0]}"?' if close else f" Known keys: {', '.join(_KEYS)}."
            raise fail(f'Unknown front matter key "{key}".{hint}', key)
        if canonical != key:
            if canonical in data:
                raise fail(f'Both "{key}" and "{canonical}" are given; keep one.', key)
            data[canonical] = data.pop(key)

    def text(key: str, *, required: bool = False) -> str | None:
        value = data.get(key)
        if value is None:
            return "" if required else None
        if isinstance(value, dt.date):
            return value.isoformat()
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            raise fail(f'Front matter "{key}" must be text, not {type(value).__name__}.', key)
        return str(value).strip()

    def strings(key: str) -> tuple[str, ...]:
        value = data.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            return tuple(v.strip() for v in value.split(",") if v.strip())
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return tuple(v.strip() for v in value)
        raise fail(f'Front matter "{key}" must be a list of texts, e.g. [Corona, Hilfe].', key)

    def pairs(key: str) -> tuple[tuple[str, str], ...]:
        value = data.get(key) or {}
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        ):
            raise fail(
                f'Front matter "{key}" must map texts to texts, e.g. {{"z. B.": "zum Beispiel"}}.',
                key,
            )
        return tuple((k.strip(), v.strip()) for k, v in value.items())

    date = text("date")
    if date is not None:
        try:
            dt.date.fromisoformat(date)
        except ValueError:
            raise fail(
                f'Front matter "date" is {date!r}; write an ISO date like 2026-11-24.', "date"
            ) from None

    a11y = data.get("accessibility") or {}
    if not isinstance(a11y, dict):
        raise fail(
            'Front matter "accessibility" must be a mapping (summary, hazards, certified_by).',
            "accessibility",
        )
    unknown = set(a11y) - set(_A11Y_KEYS)
    if unknown:
        raise fail(
            f'Unknown accessibility key "{sorted(unknown)[0]}"; known: {", ".join(_A11Y_KEYS)}.',
            "accessibility",
        )
    hazards = a11y.get("hazards", ["none"])
    if isinstance(hazards, str):
        hazards = [hazards]
    accessibility = Accessibility(
        summary=str(a11y["summary"]).strip() if a11y.get("summary") else None,
        hazards=tuple(str(h) for h in hazards),
        certified_by=str(a11y["certified_by"]) if a11y.get("certified_by") else None,
    )
    glossary = dict(pairs("abbreviations"))
    for abbr, expansion in abbreviations:
        glossary.setdefault(abbr, expansion)
    title = text("title")
    metadata = Metadata(
        title=title or "",
        language=text("lang", required=True) or "",
        subtitle=text("subtitle"),
        authors=strings("authors"),
        publisher=text("publisher"),
        date=date,
        category=text("category"),
        description=text("description"),
        keywords=strings("keywords"),
        identifier=text("identifier"),
        abbreviations=tuple(glossary.items()),
        pronunciations=pairs("pronunciations"),
        accessibility=accessibility,
    )
    return metadata, bool(title)


def plain_language_text(front: str | None, *, source: str | None) -> str | None:
    """The Markdown of the ``plain_language`` key, or None."""
    value = _load(front, source=source).get("plain_language")
    if value is None:
        return None
    if not isinstance(value, str):
        raise ReadError(
            'Front matter "plain_language" must be Markdown text: write "plain_language: |" '
            "and the text indented below it.",
            source=source,
            line=_line_of_key(front or "", "plain_language"),
        )
    return value


def _load(front: str | None, *, source: str | None) -> dict[str, object]:
    if front is None or not front.strip():
        return {}
    data = load_front_matter_yaml(front, source=source)
    if not isinstance(data, dict):
        raise ReadError(
            "The front matter must be key: value lines (a YAML mapping).", source=source, line=2
        )
    return {str(k): v for k, v in data.items()}


def _line_of_key(front: str, key: str) -> int | None:
    for number, line in enumerate(front.splitlines(), start=2):
        if re.match(rf"\s*{re.escape(key)}\s*:", line):
            return number
    return None
