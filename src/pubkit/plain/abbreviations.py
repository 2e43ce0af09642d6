"""Abbreviations and their written-out forms: one table for the draft, the guards and the
evaluator.

Easy-read guides ask for abbreviations to be written out („Mo.–Fr.“ → „Montag bis Freitag“,
„z. B.“ → „zum Beispiel“, „ca.“ → „etwa“). A draft that does so states the same fact as a
notice that abbreviates, so every check that compares a draft with its notice (the coverage
guard PLG004, the fidelity check's weekdays and words, the evaluator's key facts and contact
purposes) compares both sides after :func:`write_out`: the written-out form and the short
form are the same fact. Numbers, dates, phone numbers, e-mail and web addresses are never
changed by it.
"""

from __future__ import annotations

import re
from functools import cache

from pubkit.model.lang import primary_language

__all__ = ["ABBREVIATIONS", "WEEKDAYS", "expansion_words", "write_out", "written_length"]

ABBREVIATIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "de": (
        (r"z\.\s?B\.", "zum Beispiel"),
        (r"z\.\s?T\.", "zum Teil"),
        (r"bzw\.", "beziehungsweise"),
        (r"ca\.", "etwa"),
        (r"u\.\s?a\.", "unter anderem"),
        (r"v\.\s?a\.", "vor allem"),
        (r"u\.\s?U\.", "unter Umständen"),
        (r"i\.\s?d\.\s?R\.", "in der Regel"),
        (r"usw\.", "und so weiter"),
        (r"etc\.", "und so weiter"),
        (r"d\.\s?h\.", "das heißt"),
        (r"Nr\.", "Nummer"),
        (r"Tel\.", "Telefon"),
        (r"Str\.", "Straße"),
        (r"(?<=[a-zäöüß])str\.(?=\s*\d)", "straße"),
        (r"inkl\.", "inklusive"),
        (r"ggf\.", "wenn nötig"),
        (r"ggfs\.", "wenn nötig"),
        (r"evtl\.", "vielleicht"),
        (r"mind\.", "mindestens"),
        (r"max\.", "höchstens"),
        (r"tägl\.", "täglich"),
        (r"(?<=\b1 )Std\.", "Stunde"),
        (r"Std\.", "Stunden"),
        (r"(?<=\b1 )Min\.", "Minute"),
        (r"(?<=\d )Min\.", "Minuten"),
        (r"Abt\.", "Abteilung"),
        (r"Dr\.", "Doktor"),
        (r"Prof\.", "Professor"),
    ),
    "en": (
        (r"e\.\s?g\.,?", "for example"),
        (r"i\.\s?e\.,?", "that is"),
        (r"etc\.", "and so on"),
        (r"No\.(?=\s*\d)", "number"),
        (r"approx\.", "about"),
        (r"incl\.", "including"),
    ),
}
"""Short form (a regular expression, matched at a word start) → written-out form, per
language. Plain forms are chosen where a guide has one („max.“ → „höchstens“, „ggf.“ →
„wenn nötig“)."""

WEEKDAYS: dict[str, dict[str, str]] = {
    "de": {
        "Mo": "Montag", "Di": "Dienstag", "Mi": "Mittwoch", "Do": "Donnerstag",
        "Fr": "Freitag", "Sa": "Samstag", "So": "Sonntag",
    },
    "en": {
        "Mon": "Monday", "Tue": "Tuesday", "Tues": "Tuesday", "Wed": "Wednesday",
        "Thu": "Thursday", "Thur": "Thursday", "Thurs": "Thursday", "Fri": "Friday",
        "Sat": "Saturday", "Sun": "Sunday",
    },
}  # fmt: skip
_RANGE_WORD = {"de": "bis", "en": "to"}


@cache
def _compiled(language: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple(
        (re.compile(pattern if pattern.startswith("(?<=[") else rf"(?<![\w.]){pattern}"), written)
        for pattern, written in ABBREVIATIONS.get(language, ())
    )


@cache
def _day_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    days = "|".join(sorted(WEEKDAYS[language], key=len, reverse=True))
    day = rf"(?<![\w.])({days})"
    word = _RANGE_WORD[language]
    # "Mo.–Fr.", "Mo-Fr", "Mo. bis Fr.", "Mon–Fri": a range of two short weekdays.
    span = re.compile(rf"{day}\.?\s*(?:[–-]|\b{word}\b)\s*({days})\b\.?")
    # "Sa. 9 bis 14 Uhr", "Do. auch 14", "Mo.: 15 Uhr", "Sa., So. und": one with its full stop
    # where a time, a series or a colon follows ("So." ending a sentence is not a weekday).
    dotted = re.compile(rf"{day}\.(?=\s*(?:\d|auch\b|und\b|and\b|or\b|oder\b|,|:|\)|[–-]))")
    # "Mo 9–12 Uhr" without the full stop only after a comma, a bracket or at a line start:
    # „So“ and „Do“ are words too.
    bare = re.compile(rf"(?:(?<=, )|(?<=\()|(?<=^)|(?<=\n)){day}\b(?=\s+\d)")
    return span, dotted, bare


def write_out(text: str, language: str, *, ranges: bool = True) -> str:
    """``text`` with its abbreviations and short weekdays written out; with ``ranges``, an en
    dash between numbers too („7–19 Uhr“ → „7 bis 19 Uhr“).

    >>> write_out("Telefon 0203 60 44 55 55 (Mo.–Fr. 7–19 Uhr, Sa. 9–14 Uhr)", "de")
    'Telefon 0203 60 44 55 55 (Montag bis Freitag 7 bis 19 Uhr, Samstag 9 bis 14 Uhr)'
    >>> write_out("Mo.: 15 bis 19 Uhr, Do. auch 14 bis 17 Uhr. So geht es. Tel. 06331 84-2410", "de")
    'Montag: 15 bis 19 Uhr, Donnerstag auch 14 bis 17 Uhr. So geht es. Telefon 06331 84-2410'
    >>> write_out("Kieferstr. 14, Lange Str. 3", "de")
    'Kieferstraße 14, Lange Straße 3'
    >>> write_out("z. B. ca. 30 Min., mind. 1,5 Meter, max. 1 Std.", "de")
    'zum Beispiel etwa 30 Minuten, mindestens 1,5 Meter, höchstens 1 Stunde'
    >>> write_out("Open Mon-Fri 9am-5pm, e.g. at No. 10", "en")
    'Open Monday to Friday 9am-5pm, for example at number 10'
    """
    lang = primary_language(language)
    if lang not in ABBREVIATIONS:
        return text
    if lang in WEEKDAYS:
        names = WEEKDAYS[lang]
        span, dotted, bare = _day_patterns(lang)
        word = _RANGE_WORD[lang]
        text = span.sub(lambda m: f"{names[m.group(1)]} {word} {names[m.group(2)]}", text)
        text = dotted.sub(lambda m: names[m.group(1)], text)
        text = bare.sub(lambda m: names[m.group(1)], text)
    for pattern, written in _compiled(lang):
        text = pattern.sub(written, text)
    if not ranges:
        return text
    # "7–19 Uhr": an en dash between numbers is read „bis“ / "to" (a hyphen may be inside a
    # phone number, "84-2410", and is left alone).
    return re.sub(r"(\d)\s*–\s*(\d)", rf"\1 {_RANGE_WORD[lang]} \2", text)


@cache
def expansion_words() -> frozenset[str]:
    """Every word :func:`write_out` may write („Stunden“, „Abteilung“, „Montag“): a draft may
    use them although the notice has only the short form."""
    written = [w for table in ABBREVIATIONS.values() for _, w in table]
    written += [w for table in WEEKDAYS.values() for w in table.values()]
    written += list(_RANGE_WORD.values())
    return frozenset(part for text in written for part in text.split() if part.isalpha())


def written_length(units: list[str], language: str) -> int:
    """The words of ``units`` counted with their abbreviations written out: a draft's length
    is held against its notice's in the same form („Mo.–Fr. 8–12 Uhr“ is seven words in both).

    >>> written_length(["Mo.–Fr. 8–12 Uhr"], "de")
    7
    """
    from pubkit.text.sentences import words

    return len(words(write_out(" ".join(units), language)))


def plain_form(text: str, language: str) -> str:
    """``text`` in the form a draft writes it: abbreviations written out and the plain-word
    lexicon's words (:func:`~pubkit.plain.plainwords.use_plain_words`). Checks that compare a
    draft with its notice or its key facts compare both sides in this form.

    >>> plain_form("Informationen gibt es Mo.–Fr. im Rathaus.", "de")
    'Infos gibt es Montag bis Freitag im Rathaus.'
    """
    from pubkit.plain.plainwords import use_plain_words

    return use_plain_words(write_out(text, language), language)
