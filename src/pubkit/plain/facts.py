"""Facts a summary must never invent or change, and the fidelity check built on them.

A fact is a number, a date, an amount with its unit, a weekday, a contact (URL, e-mail,
phone number) or a name. Names are checked through vocabulary: every capitalised word of the
summary must occur in the source, in the source's glossary, or among the few fixed words
pubkit adds (:mod:`pubkit.plain.labels`). In German every noun is capitalised, so this also
keeps a simplifier from bringing in new nouns: it may only reuse the author's words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from pubkit.errors import FidelityError
from pubkit.i18n import N_, _, about
from pubkit.issues import Issue
from pubkit.model import Abbreviation, Document, Link
from pubkit.model.walk import iter_nodes
from pubkit.plain.labels import template_words
from pubkit.plain.readability import document_units
from pubkit.text.sentences import words

__all__ = ["Facts", "FidelityError", "check_fidelity", "extract_facts"]

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("januar", "jänner", "january", "jan"),
            ("februar", "february", "feb"),
            ("märz", "march", "mär", "mar"),
            ("april", "apr"),
            ("mai", "may"),
            ("juni", "june", "jun"),
            ("juli", "july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("oktober", "october", "okt", "oct"),
            ("november", "nov"),
            ("dezember", "december", "dez", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
# Dates never run across a line break: "… für 12." above "11.1.: Rathausplatz" is no 12.11.
_DATE_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})\.[ \u00a0]?(\d{1,2})\.(\d{4}|\d{2}(?!\d))?")
_DATE_WORD = re.compile(
    rf"(?<![\d.])(\d{{1,2}})\.?[ \u00a0]+({_MONTH_RE})\.?(?:[ \u00a0]+(\d{{4}}))?", re.I
)
_DATE_EN = re.compile(
    rf"\b({_MONTH_RE})\.?[ \u00a0]+(\d{{1,2}})(?!\d)(?:st|nd|rd|th)?(?:,?[ \u00a0]+(\d{{4}}))?",
    re.I,
)
_DATE_SLASHED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/])")
"""24/03/2020 (day first) or 12/5/2020 (month first, US): a source date in either reading."""
_RANGE_START = re.compile(
    rf"(?<![\d.])(\d{{1,2}})\.?[ \u00a0]*(?:[–-]|bis|to|until|and|und)[ \u00a0]*"
    rf"(?:(\d{{1,2}})\.[ \u00a0]?(\d{{1,2}})\.(\d{{4}})?|(\d{{1,2}})\.?[ \u00a0]+({_MONTH_RE})"
    rf"(?:[ \u00a0]+(\d{{4}}))?)",
    re.I,
)
"""The first day of a range, which takes the month of the second: 12.–14.11., 12. bis 14. November."""
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>„“\"”»«()]+", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?:\+\d{1,3}[\s/-]?)?\(?0\d{2,5}\)?[\s/-]?\d{2,}(?:[\s-]\d{2,})*")
_UNITS = {
    "€": "eur", "euro": "eur", "eur": "eur", "cent": "cent", "%": "percent",
    "prozent": "percent", "percent": "percent", "jahr": "year", "jahre": "year",
    "jahren": "year", "years": "year", "year": "year", "minute": "minute",
    "minuten": "minute", "minutes": "minute", "stunde": "hour", "stunden": "hour",
    "hours": "hour", "tag": "day", "tage": "day", "tagen": "day", "days": "day",
    "woche": "week", "wochen": "week", "weeks": "week", "monat": "month", "monate": "month",
    "monaten": "month", "months": "month", "uhr": "clock", "km": "km", "meter": "m",
    "millionen": "million", "million": "million", "milliarden": "billion",
}  # fmt: skip
# How a finding names a unit: in the editor's words, not the key above.
_UNIT_WORDS = {
    "eur": N_("euros"), "cent": N_("cents"), "percent": "%", "year": N_("years"),
    "minute": N_("minutes"), "hour": N_("hours"), "day": N_("days"), "week": N_("weeks"),
    "month": N_("months"), "clock": N_("o'clock"), "km": "km", "m": "m",
    "million": N_("million"), "billion": N_("billion"),
}  # fmt: skip
_AMOUNT = re.compile(
    r"(\d+(?:[.,]\d+)*)\s*("
    + "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True))
    + r")(?!\w)",
    re.I,
)
_WEEKDAYS = {
    "mo": "montag", "montag": "montag", "montags": "montag", "di": "dienstag",
    "dienstag": "dienstag", "dienstags": "dienstag", "mi": "mittwoch", "mittwoch": "mittwoch",
    "mittwochs": "mittwoch", "do": "donnerstag", "donnerstag": "donnerstag",
    "donnerstags": "donnerstag", "fr": "freitag", "freitag": "freitag", "freitags": "freitag",
    "sa": "samstag", "samstag": "samstag", "samstags": "samstag", "so": "sonntag",
    "sonntag": "sonntag", "sonntags": "sonntag", "monday": "monday", "tuesday": "tuesday",
    "wednesday": "wednesday", "thursday": "thursday", "friday": "friday",
    "saturday": "saturday", "sunday": "sunday",
}  # fmt: skip
# "Mo" and "So" are also words ("So buchen Sie"): abbreviations count only next to a dash.
_WEEKDAY_ABBR = re.compile(
    r"\b(Mo|Di|Mi|Do|Fr|Sa|So)\b(?=\s*[–-]|\s*\d)|(?<=[–-])(Mo|Di|Mi|Do|Fr|Sa|So)\b"
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Facts:
    """The checkable facts of a text."""

    numbers: frozenset[str]
    dates: frozenset[tuple[int, int, int | None]]
    amounts: frozenset[tuple[str, str]]
    contacts: frozenset[str]
    weekdays: frozenset[str]
    words: frozenset[str]


def _number(text: str) -> str:
    """Canonical form: thousands separators removed (``1.000`` → ``1000``)."""
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", text):
        return re.sub(r"[.,]", "", text)
    return text


def _url(text: str) -> str:
    text = text.rstrip(".,;:!?").lower()
    text = re.sub(r"^(?:https?://)?(?:www\.)?", "", text)
    return text.rstrip("/")


def _year(text: str | None) -> int | None:
    if not text:
        return None
    year = int(text)
    return year + 2000 if year < 100 else year


def extract_facts(text: str, *, source: bool = False) -> Facts:
    """The facts of ``text``. With ``source``, dotted numbers also give their parts
    (``29.11.2021`` → 29, 11, 2021) so that a summary may write a date another way.

    >>> f = extract_facts("Ab 29.11.2021 kostet es 5 Euro. Tel. 0211 89-96090, Mo–Fr 9–17 Uhr.")
    >>> sorted(f.dates), sorted(f.amounts), sorted(f.contacts), sorted(f.weekdays)
    ([(29, 11, 2021)], [('17', 'clock'), ('5', 'eur')], ['02118996090'], ['freitag', 'montag'])
    """
    dates: set[tuple[int, int, int | None]] = set()
    for day, month, year in _DATE_NUMERIC.findall(text):
        if 1 <= int(month) <= 12 and 1 <= int(day) <= 31:
            dates.add((int(day), int(month), _year(year)))
    for day, month, year in _DATE_WORD.findall(text):
        dates.add((int(day), _MONTHS[month.lower()], _year(year)))
    for month, day, year in _DATE_EN.findall(text):
        dates.add((int(day), _MONTHS[month.lower()], _year(year)))
    for year, month, day in _DATE_ISO.findall(text):
        dates.add((int(day), int(month), int(year)))
    if source:  # the same day written another way in the summary is the same fact
        for first, second, year in _DATE_SLASHED.findall(text):
            for day, month in ((first, second), (second, first)):
                if 1 <= int(month) <= 12 and 1 <= int(day) <= 31:
                    dates.add((int(day), int(month), _year(year)))
        for match in _RANGE_START.finditer(text):
            start, _, num_month, num_year, _, word_month, word_year = match.groups()
            month = int(num_month) if num_month else _MONTHS[word_month.lower()]
            if 1 <= month <= 12 and 1 <= int(start) <= 31:
                dates.add((int(start), month, _year(num_year or word_year)))
    contacts = {_url(u) for u in _URL.findall(text)}
    contacts |= {e.lower() for e in _EMAIL.findall(text)}
    without_urls = _EMAIL.sub(" ", _URL.sub(" ", text))
    contacts |= {
        re.sub(r"\D", "", p) for p in _PHONE.findall(without_urls) if len(re.sub(r"\D", "", p)) >= 6
    }
    numbers: set[str] = set()
    # Dates are checked as dates, so "03.03.2022" may stand for "3. März 2022".
    without_dates = (
        without_urls if source else _DATE_NUMERIC.sub(" ", _DATE_WORD.sub(" ", without_urls))
    )
    for raw in _NUMBER.findall(without_dates):
        numbers.add(_number(raw.rstrip(".,:")))
        if source:
            numbers.update(p for p in re.split(r"[.,:]", raw) if p)
    amounts = {(_number(n), _UNITS[u.lower()]) for n, u in _AMOUNT.findall(without_urls)}
    weekdays = {_WEEKDAYS[m.lower()] for pair in _WEEKDAY_ABBR.findall(text) for m in pair if m}
    vocabulary: set[str] = set()
    for word in words(without_urls):  # sentence boundaries do not change the words
        low = word.lower()
        if low in _WEEKDAYS and len(low) > 2:
            weekdays.add(_WEEKDAYS[low])
        vocabulary.update(p for p in re.split(r"[-·/]", word) if p)
    return Facts(
        numbers=frozenset(numbers),
        dates=frozenset(dates),
        amounts=frozenset(amounts),
        contacts=frozenset(contacts),
        weekdays=frozenset(weekdays),
        words=frozenset(vocabulary),
    )


def _document_text(document: Document, *, source: bool) -> str:
    parts = document_units(document)
    meta = document.metadata
    if source:
        parts += [v for _, v in meta.abbreviations]
        parts += [p for p in (meta.publisher, meta.date, meta.description) if p]
        parts += list(meta.authors)
    for node in iter_nodes(document):
        if source and isinstance(node, Abbreviation):
            parts.append(node.expansion)
        if isinstance(node, Link) and re.match(r"(?:https?|mailto|tel):", node.target):
            parts.append(node.target.removeprefix("mailto:").removeprefix("tel:"))
    return "\n".join(parts)


def _common(word: str, language: str) -> bool:
    """Whether ``word`` is an everyday word of ``language`` (not a name): wordfreq Zipf ≥ 3."""
    # without wordfreq (0.0) every unknown capitalised word counts as a name
    from pubkit.plain.frequency import zipf

    lang = language.split("-")[0].lower()
    return max(zipf(word, lang), zipf(word.lower(), lang)) >= 3.0


def check_fidelity(
    source: Document,
    summary: Document,
    *,
    allowed_words: Iterable[str] = (),
    names_only: bool = False,
) -> list[Issue]:
    """Every fact of ``summary`` that ``source`` does not state, as an error each.

    ``allowed_words`` widens the vocabulary for a simplifier backend that paraphrases
    (never put names there); pubkit's own labels are always allowed. With ``names_only``
    (a writer that uses its own words), PLF006 checks only words that are not everyday
    words of the language: names, places, rare terms.
    """
    with about(source.metadata.language):
        return _fidelity(source, summary, allowed_words=allowed_words, names_only=names_only)


def _as_written(contact: str, text: str) -> str:
    """A phone number as the summary writes it ("0231 50-1"), not as the digits it is
    compared by ("0231501")."""
    if not contact.isdigit():
        return contact
    without_urls = _EMAIL.sub(" ", _URL.sub(" ", text))
    for phone in _PHONE.findall(without_urls):
        if re.sub(r"\D", "", phone) == contact:
            return str(phone).strip()
    return contact


def _inflected(word: str, known: set[str]) -> bool:
    """A noun the source has in its genitive ("des Landes", "des Oberbürgermeisters"): the
    summary's "vom Land" brings in no new name."""
    return any(word + ending in known for ending in ("s", "es"))


def _fidelity(
    source: Document, summary: Document, *, allowed_words: Iterable[str], names_only: bool
) -> list[Issue]:
    # The notice's abbreviations count in their written-out form too („Mo.–Fr.“ names Monday
    # to Friday; „Tel.“ is „Telefon“): the same table the draft writes them out with.
    from pubkit.plain.abbreviations import write_out

    written = _document_text(source, source=True)
    have = extract_facts(written + "\n" + write_out(written, source.metadata.language), source=True)
    summary_text = _document_text(summary, source=False)
    got = extract_facts(summary_text)
    language = source.metadata.language
    allowed = {w.lower() for w in (*template_words(language), *allowed_words)}
    known = {w.lower() for w in have.words}
    # What the plain-word lexicon makes of the notice's own words („Förderrichtlinien“ →
    # „Förderregeln“) is the notice's word in plain form, not a new one.
    from pubkit.plain.plainwords import use_plain_words

    source_text = written + "\n" + write_out(written, language)
    known |= {
        w.lower() for w in re.findall(r"[^\W\d_][\w-]*", use_plain_words(source_text, language))
    }
    issues: list[Issue] = []

    def problem(code: str, message: str) -> None:
        issues.append(Issue(code=code, severity="error", message=message, where=_("summary")))

    for number in sorted(got.numbers - have.numbers):
        problem(
            "PLF001",
            _('The number "{number}" is not in the source. Use the source\'s figure.').format(
                number=number
            ),
        )
    for day, month, year in sorted(got.dates, key=str):
        if not any(
            d == day and m == month and (year is None or y in (None, year))
            for d, m, y in have.dates
        ):
            shown = f"{day}.{month}." + (str(year) if year else "")
            problem(
                "PLF002",
                _("The date {date} is not in the source. Copy the date from the source.").format(
                    date=shown
                ),
            )
    for number, unit in sorted(got.amounts - have.amounts):
        unit = _(_UNIT_WORDS.get(unit, unit))  # marked with N_ above
        problem(
            "PLF003",
            _('The amount "{amount}" is not in the source with this unit.').format(
                amount=f"{number} {unit}"
            ),
        )
    for contact in sorted(got.contacts - have.contacts):
        problem(
            "PLF004",
            _('The contact "{contact}" is not in the source. Copy it exactly.').format(
                contact=_as_written(contact, summary_text)
            ),
        )
    for weekday in sorted(got.weekdays - have.weekdays):
        problem(
            "PLF005",
            _('The weekday "{weekday}" is not in the source.').format(weekday=weekday.capitalize()),
        )
    for word in sorted(got.words):
        low = word.lower()
        if (
            word[:1].isupper()
            and low not in known
            and low not in allowed
            and not _inflected(low, known)
        ):
            if names_only and _common(word, language):
                continue
            problem(
                "PLF006",
                _(
                    '"{word}" is not in the source: a summary may not bring in new names or nouns.'
                ).format(word=word),
            )
    return issues
