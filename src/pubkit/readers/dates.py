"""Dates as editors write them in front matter and page metadata → ISO 8601 (full or partial).

A city's editors rarely write ``2020-10-28``. Their CMS exports, templates and habits give
``Mi, 28. Oktober 2020``, ``28.10.2020, 13:04 Uhr``, ``Stand: Mai 2024``, ``September 30, 2021``,
``Tuesday 19 December, 2023``, ``30th Sept. 2021``, ``08/30/2017`` or ``2021/01/03``. All of
these are dates, and a notice must build as written. :func:`parse_date` reads them:

- ISO (``2020``, ``2020-10``, ``2020-10-29``, with a time and zone), ``2020/10/29``;
- day, month and year in figures: ``29.10.2020`` (German), ``29/10/2020``, ``10/29/2020``;
  when both of the first two numbers could be the month, the language decides: American
  English (``en-US``) reads month/day, every other language day/month; a two-digit year
  is 20xx;
- month names in German and English, full or abbreviated, with or without a dot, before or
  after the day (``28. Okt. 2020``, ``Oct 28th, 2020``, ``28 October 2020``), or without a
  day (``Mai 2024``, ``December 2023``: a partial date);
- a leading weekday (``Mi,``, ``Mittwoch,``, ``Tuesday``), a leading label (``Stand:``,
  ``Veröffentlicht am``, ``Published:``, ``Updated``, ``am``, ``vom``) and a trailing time
  (``13:04``, ``13.04 Uhr``, ``um 10 Uhr``, ``10:15am``, ``10.30 a.m.``) are left aside.

A text shaped like a date that cannot be one (``2026-13-45``, ``31. Juni 2020``) raises
:class:`ImpossibleDate`: a slip the editor wants to hear about. Any other text raises
:class:`ValueError` (not a date at all); the front-matter reader keeps such a value as
written among the extra keys and the checks warn (FMT002) — it never stops a build.
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["ImpossibleDate", "parse_date"]


class ImpossibleDate(ValueError):
    """The text is written as a date, but no such day exists (month 13, 30 February)."""


_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("januar", "jänner", "january", "jan", "jän"),
        ("februar", "feber", "february", "feb", "febr"),
        ("märz", "maerz", "march", "mär", "mrz", "mar"),
        ("april", "apr"),
        ("mai", "may"),
        ("juni", "june", "jun"),
        ("juli", "july", "jul"),
        ("august", "aug"),
        ("september", "sept", "sep"),
        ("oktober", "october", "okt", "oct"),
        ("november", "nov"),
        ("dezember", "december", "dez", "dec"),
    ),
    start=1,
):
    for _name in _names:
        _MONTHS[_name] = _number

_WEEKDAYS = (
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun|mo|di|mi|do|fr|sa|so"
)
_LABEL = re.compile(
    r"^(?:(?:stand|datum|date|veröffentlicht|published|posted|updated|aktualisiert|erstellt|"
    r"last\s+updated|zuletzt\s+aktualisiert)(?:\s+(?:am|on|vom))?\s*:?\s*|(?:am|vom|on)\s+)",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(rf"^(?:{_WEEKDAYS})\.?(?:,\s*|\s+)", re.IGNORECASE)
_TIME = re.compile(
    r"(?:,\s*|\s+|T)(?:(?:um|at|,)\s*)?\d{1,2}(?:[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?)?\s*"
    r"(?:uhr|h|[ap]\.?\s?m\.?)?\s*(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,5})?\s*$",
    re.IGNORECASE,
)
_ISO = re.compile(r"^(?P<y>\d{4})(?:[-/](?P<m>\d{1,2})(?:[-/](?P<d>\d{1,2}))?)?$")
_FIGURES = re.compile(
    r"^(?P<a>\d{1,2})\s*(?P<sep>[./-])\s*(?P<b>\d{1,2})\s*(?P=sep)\s*(?P<y>\d{2}|\d{4})$"
)
_MONTH_YEAR = re.compile(r"^(?P<m>\d{1,2})\s*[./]\s*(?P<y>\d{4})$")
_NAMED = re.compile(
    r"^(?:(?P<d1>\d{1,2})(?:\.|st|nd|rd|th)?\s*(?:of\s+)?[-\s]?)?"
    r"(?P<month>[a-zäöü]+)\.?"
    r"(?:[-\s]+(?P<d2>\d{1,2})(?:st|nd|rd|th)?\b)?,?[-\s]+(?P<y>\d{4})$",
    re.IGNORECASE,
)


def _year(text: str) -> int:
    return 2000 + int(text) if len(text) == 2 else int(text)


def _iso(year: int, month: int | None, day: int | None, original: str) -> str:
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        raise ImpossibleDate(f"month {month} does not exist")
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        dt.date(year, month, day)
    except ValueError as exc:  # "day is out of range for month"
        raise ImpossibleDate(f"{original!r}: {exc}") from None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _core(text: str) -> str:
    """The date without a leading label or weekday and without a trailing time."""
    text = re.sub(r"\s+", " ", text.strip())
    for _ in range(2):  # "Stand: Mi, 28.10.2020" — a label, then a weekday
        text = _LABEL.sub("", text)
        text = _WEEKDAY.sub("", text)
    if not _ISO.match(text):
        text = _TIME.sub("", text) if re.search(r"\d{4}|\d\.\d{1,2}\.\d{2}\b", text) else text
    return text.strip(" ,")


def parse_date(value: object, language: str | None = None) -> str:
    """An ISO calendar date, full or partial, from what people write.

    Raises :class:`ImpossibleDate` for a date that does not exist and :class:`ValueError`
    for text that is not a date.

    >>> parse_date("2022-02"), parse_date(2022), parse_date("29.10.2020"), parse_date("2020-10-29 13:04")
    ('2022-02', '2022', '2020-10-29', '2020-10-29')
    >>> parse_date("Mi, 28. Oktober 2020"), parse_date("Mai 2024"), parse_date("September 30, 2021")
    ('2020-10-28', '2024-05', '2021-09-30')
    >>> parse_date("08/03/2017", "en-US"), parse_date("08/03/2017", "en-GB")
    ('2017-08-03', '2017-03-08')
    """
    if isinstance(value, bool) or not isinstance(value, str | int | dt.date):
        raise ValueError(f"{value!r} is not a date")
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    original = str(value)
    iso_time = re.match(
        r"^(\d{4}-\d{1,2}-\d{1,2})[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?$",
        original.strip(),
    )
    text = iso_time.group(1) if iso_time else _core(original)
    if match := _ISO.match(text):
        y, m, d = match.group("y"), match.group("m"), match.group("d")
        return _iso(int(y), int(m) if m else None, int(d) if d else None, original)
    if match := _FIGURES.match(text):
        a, b, sep = int(match.group("a")), int(match.group("b")), match.group("sep")
        year = _year(match.group("y"))
        american = (language or "").lower().replace("_", "-") == "en-us"
        if b > 12 >= a or (american and sep != "." and a <= 12 and b <= 12):
            month, day = a, b  # 08/30/2017: only one reading; 08/03/2017 in en-US
        else:
            day, month = a, b  # 29.10.2020, 29/10/2020, 08/03/2017 outside the US
        return _iso(year, month, day, original)
    if match := _MONTH_YEAR.match(text):
        return _iso(int(match.group("y")), int(match.group("m")), None, original)
    if match := _NAMED.match(text):
        named = _MONTHS.get(match.group("month").lower())
        if named is None:
            raise ValueError(f"{original!r} is not a date")
        day_text = match.group("d1") or match.group("d2")
        return _iso(int(match.group("y")), named, int(day_text) if day_text else None, original)
    raise ValueError(f"{original!r} is not a date")


_MENTION = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}"
    r"|\d{1,2}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{2,4}\b"
    r"|\d{1,2}(?:\.|st|nd|rd|th)?\s*(?:of\s+)?[A-Za-zÄÖÜäöü]{3,}\.?,?\s+\d{4}"
    r"|[A-Za-zÄÖÜäöü]{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|[A-Za-zÄÖÜäöü]{3,}\s+\d{4}"
)


def mentions_date(text: str, iso: str, language: str | None = None) -> bool:
    """Whether ``text`` (a dateline such as „Kloster Lehnin, 28.10.2020, 13:04 Uhr“) states the
    day ``iso`` (or, for a partial ``iso`` such as ``2024-05``, that month or year).

    >>> mentions_date("Kloster Lehnin, 28.10.2020, 13:04 Uhr", "2020-10-28")
    True
    >>> mentions_date("Published Tuesday 19 December 2023", "2023-12-19"), mentions_date("Ab 1. März 2021", "2020-10-28")
    (True, False)
    """
    for match in _MENTION.finditer(text):
        try:
            found = parse_date(match.group(0), language)
        except ValueError:
            continue
        if found == iso or (len(iso) < len(found) and found.startswith(iso)):
            return True
    return False
