"""Dates as editors write them: every written form of a day reads back as that day."""

from __future__ import annotations

import datetime as dt
import doctest
import re

from hypothesis import given
from hypothesis import strategies as st

from pubkit.readers import dates
from pubkit.readers.dates import ImpossibleDate, parse_date

MONTHS_DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
MONTHS_EN = "January February March April May June July August September October November December"
WEEKDAYS_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

days = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31))


def _written(day: dt.date, form: int) -> tuple[str, str | None]:
    de = MONTHS_DE.split()[day.month - 1]
    en = MONTHS_EN.split()[day.month - 1]
    forms = [
        (f"{day.day}. {de} {day.year}", "de"),
        (f"{WEEKDAYS_DE[day.weekday()]}, {day.day}. {de} {day.year}", "de"),
        (f"{WEEKDAYS_DE[day.weekday()][:2]}, {day:%d.%m.%Y}, 13:04 Uhr", "de"),
        (f"Stand: {day.day}. {de[:3]}. {day.year}", "de"),
        (f"{en} {day.day}, {day.year}", "en-US"),
        (f"{WEEKDAYS_EN[day.weekday()]} {day.day} {en}, {day.year}", "en-GB"),
        (f"{day:%m/%d/%Y}", "en-US"),
        (f"{day:%d/%m/%Y}", "en-GB"),
        (f"{day:%d/%m/%Y}", "de"),
        (f"Published: {day.day} {en[:3]} {day.year} 10:15am", "en-GB"),
        (f"{day:%Y/%m/%d}", None),
    ]
    return forms[form % len(forms)]


@given(days, st.integers(min_value=0, max_value=50))
def test_every_written_form_of_a_day_reads_back_as_that_day(day: dt.date, form: int) -> None:
    text, language = _written(day, form)
    assert parse_date(text, language) == day.isoformat(), text


@given(st.text(max_size=40))
def test_any_text_is_a_date_or_a_value_error(text: str) -> None:
    try:
        result = parse_date(text, "de")
    except ValueError:
        return
    assert re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", result)
    if len(result) == 10:
        dt.date.fromisoformat(result)


@given(st.integers(min_value=1990, max_value=2060), st.integers(min_value=1, max_value=12))
def test_a_month_without_a_day_is_a_partial_date(year: int, month: int) -> None:
    assert parse_date(f"{MONTHS_DE.split()[month - 1]} {year}") == f"{year}-{month:02d}"
    assert parse_date(f"{MONTHS_EN.split()[month - 1]} {year}") == f"{year}-{month:02d}"


def test_a_day_that_does_not_exist_is_impossible_not_unknown() -> None:
    for text in ("31. Juni 2020", "30 February 2021", "2026-13-45", "32.01.2020"):
        try:
            parse_date(text)
        except ImpossibleDate:
            continue
        raise AssertionError(f"{text!r} was read")


def test_the_examples_in_the_docstrings() -> None:
    assert doctest.testmod(dates).failed == 0
