"""Dates written the other language's way (speech10), said in the language of their run.

A German writer's date in an English run ("until 15.04.", "on 15. April 2025", "3.–5. May")
was said as a time or a decimal ("three oh four p m", "fifteen. April"); an English form in a
German run („am March 3, 2025“, „3 March 2025“, „am 03/04/2025“) as „March drei“, „drei
Strich vier Strich …“. Each step rewrites the foreign form into the run's own written form,
and the run's date rules say it (with the German case from the words before it).
"""

from __future__ import annotations

import re

from pubkit.writers.speech import numbers

__all__ = ["de_english_dates", "en_german_dates"]

_EN = numbers.MONTHS["en"]
_DE = numbers.MONTHS["de"]
_EN_MONTHS = "|".join(_EN)
_EN_DATE_WORDS = r"on|until|till|from|by|since|before|after|to|and|between|[Dd]ate|[Dd]eadline:?"


# Words before a dotted number that is a part's number: "Section 12.04.", "version 2.10."
_EN_NUMBERED = (
    r"\b(?:[Ss]ection|[Cc]lause|[Pp]aragraph|[Pp]ara|[Cc]hapter|[Vv]ersion|[Pp]age|[Ii]tem|"
    r"[Rr]ule|[Rr]egulation|[Aa]rticle|[Pp]art|[Tt]able|[Ff]igure|[Nn]o\.?|[Nn]umber)\s$"
)


def _valid(day: int, month: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= (
        29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31
    )


def en_german_dates(text: str) -> str:
    """``15. April 2025`` → "15 April 2025", ``3.–5. May`` → "3–5 May", ``until 15.04.`` →
    "until 15 April", ``from 24.12. to 2.1.`` → "from 24 December to 2 January": the English
    date rules then say "the fifteenth of April". A day and a month without a year are a date
    when the month has two digits („15.04.“) or a date word stands before them ("on 1.5."),
    and the closing full stop is there: "rose to 2.1." after a number word stays a decimal
    unless it ends a range from a date."""
    if "." not in text:
        return text
    # a German ordinal's full stop before an English month name
    text = re.sub(rf"(?<![\d.])(\d{{1,2}})\.(?=\s?(?:{_EN_MONTHS})\b)", r"\1 ", text)
    text = re.sub(
        rf"(?<![\d.])(\d{{1,2}})\.\s?([–—-]|to|until)\s?(?=\d{{1,2}}\s+(?:{_EN_MONTHS})\b)",
        lambda m: f"{m[1]}{'–' if m[2] in '–—-' else ' ' + m[2] + ' '}",
        text,
    )
    text = re.sub(r"(\d)  +", r"\1 ", text)

    day_month = re.compile(r"(?<![\w.,:/])(\d{1,2})\.(\d{1,2})\.(?!\d|\w)")

    def say(m: re.Match[str]) -> str:
        day, month = int(m[1]), int(m[2])
        if not _valid(day, month):
            return m[0]
        before = m.string[: m.start()]
        dated_word = re.search(rf"\b(?:{_EN_DATE_WORDS})\s$", before) is not None
        after_date = re.search(
            rf"\b\d{{1,2}}(?: (?:{_EN_MONTHS})|\.\d{{1,2}}\.)\s?(?:[–—-]|to|until|and)\s?$", before
        )
        if len(m[2]) < 2 and not (
            after_date or (dated_word and not before.rstrip().endswith("to"))
        ):
            return m[0]
        if re.search(_EN_NUMBERED, before):
            return m[0]  # "Section 12.04.", "version 10.12.": a numbered part, not a date
        rest = m.string[m.end() :]
        # the full stop also ends the sentence: at the end, or before a capital
        end = "." if not rest or (rest.startswith(" ") and rest.lstrip()[:1].isupper()) else ""
        return f"{day} {_EN[month - 1]}{end}"

    return day_month.sub(say, text)


_EN_TO_DE = dict(zip(_EN, _DE, strict=True))
_DE_DATE_WORDS = r"am|Am|bis|Bis|ab|Ab|vom|Vom|zum|seit|Seit|Stand:|Datum:|Frist:"


def de_english_dates(text: str) -> str:
    """``March 3, 2025``, ``3 March 2025``, ``April 3rd`` → „3. März 2025“, „3. April“;
    ``am 03/04/2025`` → „am 03.04.2025“ (a day before its month, as Europe writes it; a
    first number over twelve a month and a day, as the United States writes it), ``bis
    30/06`` after a date word → „bis 30.06.“: the German date rules then say „am dritten März
    …“ in the case the words before ask for."""
    if not any(c.isdigit() for c in text):
        return text

    def month(name: str) -> str:
        return _EN_TO_DE[name]

    if any(name in text for name in _EN):
        text = re.sub(
            # a day after the month with its suffix, a year, or a comma or the end after it
            # („im August 3 Termine“ is a count)
            rf"\b({_EN_MONTHS})\s+(\d{{1,2}})(?:(?:st|nd|rd|th)\b|,\s*(\d{{4}})\b|(?=[,;.)]|\s*$))",
            lambda m: f"{int(m[2])}. {month(m[1])}" + (f" {m[3]}" if m[3] else ""),
            text,
        )
        text = re.sub(
            rf"(?<![\d.])(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+({_EN_MONTHS})\b(?![-\w])",
            lambda m: f"{int(m[1])}. {month(m[2])}",
            text,
        )

    def slashed(m: re.Match[str]) -> str:
        first, second = int(m[1]), int(m[2])
        day, month_ = (second, first) if first <= 12 < second else (first, second)
        if not _valid(day, month_):
            return m[0]
        if m[3] is None and not re.search(
            rf"(?:^|\s)(?:{_DE_DATE_WORDS})\s$", m.string[: m.start()]
        ):
            return m[0]  # „1/2“ without a year or a date word: a fraction, a score
        return f"{day:02d}.{month_:02d}." + (m[3] or "")

    if "/" in text:
        text = re.sub(
            r"(?<![\d./])(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?![\d/-]|[.,]\d)", slashed, text
        )
    return text
