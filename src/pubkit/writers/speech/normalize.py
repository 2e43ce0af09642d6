"""Written text → what the speech engine should say, for German and English.

espeak-ng reads "24.11.2026" as "vierundzwanzig Punkt elf Punkt …" and breaks sentences at
"z. B."; this module writes every such case out in words before the engine sees it. The
order matters: the document's pronunciation lexicon first (an editor's fix always wins),
then its glossary, URLs, built-in abbreviations, gender forms, dates, times, ranges, phone
numbers, amounts with units, plain numbers and finally the remaining symbols.

>>> normalize("Am 24.11.2026 von 9–17 Uhr, z. B. im Rathaus.", "de")
'Am vierundzwanzigsten November zweitausendsechsundzwanzig von neun bis siebzehn Uhr, zum Beispiel im Rathaus.'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from pubkit.writers.speech import numbers
from pubkit.writers.speech.tables import (
    ABBREVIATIONS,
    CAPTION_ABBREVIATIONS,
    CURRENCIES,
    LEXICON,
    SYMBOLS,
    UNITS,
    URL_WORDS,
    WEEKDAYS,
)

__all__ = ["normalize", "speech_language"]

_DASH = "[–—-]"  # en dash, em dash, hyphen between two numbers or weekdays
_DATIVE = frozenset(
    [
        "am",
        "Am",
        "vom",
        "Vom",
        "zum",
        "Zum",
        "bis",
        "Bis",
        "ab",
        "Ab",
        "seit",
        "Seit",
        "den",
        "dem",
        "im",
        "beim",
        "zur",
    ]
)
_NOMINATIVE_E = frozenset(["der", "Der", "die", "Die", "das", "Das"])
_NUM = r"\d{1,3}(?:\.\d{3})+|\d+"  # German integer, dots group thousands


def speech_language(tag: str) -> str:
    """The normalisation language for a BCP 47 tag: ``de`` or ``en`` (the fallback)."""
    return "de" if tag.split("-", 1)[0].lower() == "de" else "en"


def normalize(
    text: str,
    language: str,
    *,
    glossary: Mapping[str, str] | None = None,
    lexicon: Iterable[tuple[str, str]] = (),
    caption: bool = False,
) -> str:
    """Spell out ``text`` for the engine; ``language`` is a BCP 47 tag.

    ``glossary`` maps the document's abbreviations to their expansions, ``lexicon`` holds
    its pronunciations (written form → how to say it; a key ``en:Word`` applies only to
    English); ``caption`` enables photo-caption forms such as ``(l.)`` → ``(links)``.
    """
    lang = speech_language(language)
    text = _apply_lexicon(text, _lexicon_for(lang, lexicon))
    if glossary:
        text = _apply_glossary(text, glossary)
    text = _URL.sub(lambda m: _say_url(m.group(0), lang), text)
    if caption:
        for pattern, spoken in CAPTION_ABBREVIATIONS[lang]:
            text = re.sub(pattern, spoken, text)
    for pattern, spoken in ABBREVIATIONS[lang]:
        text = re.sub(rf"(?<![\w.]){pattern}", spoken, text)
    text = _DOTTED_ACRONYM.sub(lambda m: " ".join(m.group(0).replace(".", "")), text)
    steps = _GERMAN if lang == "de" else _ENGLISH
    for step in steps:
        text = step(text)
    return re.sub(r"\s{2,}", " ", text).strip()


# --- lexicon and glossary -----------------------------------------------------------------


def _lexicon_for(lang: str, lexicon: Iterable[tuple[str, str]]) -> dict[str, str]:
    table: dict[str, str] = {}
    for written, spoken in lexicon:
        prefix, sep, word = written.partition(":")
        if sep and re.fullmatch(r"[a-z]{2,3}", prefix):
            if prefix == lang:
                table[word] = spoken
        else:
            table[written] = spoken
    return {**LEXICON[lang], **table}


def _words_pattern(words: Iterable[str]) -> re.Pattern[str] | None:
    keys = sorted(words, key=len, reverse=True)
    if not keys:
        return None
    return re.compile(r"(?<![\w.])(" + "|".join(re.escape(k) for k in keys) + r")(?!\w)")


def _apply_lexicon(text: str, table: Mapping[str, str]) -> str:
    pattern = _words_pattern(table)
    return pattern.sub(lambda m: table[m.group(1)], text) if pattern else text


def _apply_glossary(text: str, glossary: Mapping[str, str]) -> str:
    for short, expansion in glossary.items():
        # "Ständige Impfkommission (STIKO)": the expansion is said already; skip the bracket.
        for bracket in (short, expansion):  # the writer may have expanded it already
            text = re.sub(rf"({re.escape(expansion)})\s*\({re.escape(bracket)}\)", r"\1", text)
    pattern = _words_pattern(glossary)
    return pattern.sub(lambda m: glossary[m.group(1)], text) if pattern else text


# --- URLs and e-mail addresses ------------------------------------------------------------

_URL = re.compile(
    r"(?:https?://)?(?:[\w-]+@)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:de|com|org|net|eu|info|nrw|gov|uk|io)"
    r"(?:/[\w./-]*[\w/])?(?![\w])",
    re.IGNORECASE,
)


def _say_url(url: str, lang: str) -> str:
    """``https://www.duesseldorf.de/corona`` → ``weh weh weh Punkt düsseldorf Punkt de …``."""
    words = URL_WORDS[lang]
    url = re.sub(r"^https?://", "", url, flags=re.IGNORECASE).rstrip("/")
    lexicon = LEXICON[lang]
    out: list[str] = []
    for part in re.split(r"([./@_-])", url):
        if not part:
            continue
        if part in words:
            out.append(words[part])
        elif part.lower() == "www":
            out.append(words["www"])
        elif part.isdigit():
            out.append(numbers.digits(part, lang) if len(part) > 4 else part)
        else:
            out.append(lexicon.get(part, part))
    return " ".join(out)


# --- shared rules ---------------------------------------------------------------------------

_DOTTED_ACRONYM = re.compile(r"(?<![\w.])(?:[A-ZÄÖÜ]\.){2,}(?!\w)")


def _is_date(day: int, month: int) -> bool:
    return 1 <= day <= 31 and 1 <= month <= 12


def _int(text: str) -> int:
    return int(text.replace(".", "").replace(",", "").replace(" ", ""))


# --- German ---------------------------------------------------------------------------------

_GENDER_MARKED = re.compile(
    r"\b([A-ZÄÖÜ][a-zäöüß]+?)(?:[*:_]|/-?)innen\b|\b([A-ZÄÖÜ][a-zäöüß]+)Innen\b"
)
_SINGULAR = {"Ärzt": "Arzt", "Beamt": "Beamter", "Kolleg": "Kollege", "Kund": "Kunde"}
_IRREGULAR_PLURAL = {"Ärzt": "Ärzte", "Beamt": "Beamte", "Kund": "Kunden", "Expert": "Experten"}


def _de_gender(text: str) -> str:
    """``Bürger*innen`` → ``Bürgerinnen und Bürger``; ``Kolleg:innen`` → ``… und Kollegen``."""

    def say(m: re.Match[str]) -> str:
        stem = m.group(1) or m.group(2)
        if stem in _IRREGULAR_PLURAL:
            plural = _IRREGULAR_PLURAL[stem]
        elif stem.endswith(("er", "el", "en")):
            plural = stem
        else:
            plural = stem + "en"
        return f"{stem}innen und {plural}"

    text = _GENDER_MARKED.sub(say, text)
    # Singular: "Lehrer*in" → "Lehrerin oder Lehrer"; "jede*r", "ein*e", "der*die".
    text = re.sub(
        r"\b([A-ZÄÖÜ][a-zäöüß]+?)(?:[*:_]|/-?)in\b",
        lambda m: f"{m[1]}in oder {_SINGULAR.get(m[1], m[1])}",
        text,
    )
    text = re.sub(r"\b([Jj]ede|[Ee]ine?|[Kk]eine)[*:_]r\b", r"\1 oder \1r", text)
    text = re.sub(r"\b([Ee]in|[Kk]ein)[*:_]e\b", r"\1e oder \1", text)
    return re.sub(r"\b([Dd])er[*:_/]die\b", r"\1er oder die", text)


def _de_ending(before: str) -> str:
    previous = before.split()[-1] if before.split() else ""
    if previous in _NOMINATIVE_E:
        return ""
    return "n" if previous in _DATIVE else "r"


def _de_weekdays(text: str) -> str:
    """``Sa 10 Uhr`` → ``Samstag 10 Uhr``; "So" is left alone (it is also a word)."""
    return re.sub(
        r"(?<![\w.–—-])(Mo|Di|Mi|Do|Fr|Sa)\.?(?=[,;:]|\s(?:\d|und\b|bis\b|oder\b)|$)",
        lambda m: WEEKDAYS["de"][m.group(1)],
        text,
    )


def _de_dates(text: str) -> str:
    def full(m: re.Match[str]) -> str:
        day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
        if not _is_date(day, month):
            return m.group(0)
        ending = _de_ending(text[: m.start()])
        return numbers.date(day, month, int(year) if year else None, "de", ending=ending)

    def iso(m: re.Match[str]) -> str:
        if not _is_date(int(m.group(3)), int(m.group(2))):
            return m.group(0)
        ending = _de_ending(text[: m.start()])
        return numbers.date(int(m.group(3)), int(m.group(2)), int(m.group(1)), "de", ending=ending)

    text = re.sub(r"\b(\d{4})-(\d{2})-(\d{2})\b", iso, text)
    text = re.sub(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.(?:\s?(\d{4})\b)?(?!\d)", full, text)
    months = "|".join(numbers.MONTHS["de"] + ("Jänner",))

    def named(m: re.Match[str]) -> str:
        ending = _de_ending(text[: m.start()])
        return numbers.ordinal(int(m.group(1)), "de", ending=ending) + " " + m.group(2)

    text = re.sub(rf"(?<![\d.])(\d{{1,2}})\.\s+({months})\b", named, text)

    def plain_ordinal(m: re.Match[str]) -> str:
        ending = {"der": "", "die": "", "das": "", "Der": "", "Die": "", "Das": ""}.get(
            m.group(1), "n"
        )
        return f"{m.group(1)} {numbers.ordinal(int(m.group(2)), 'de', ending=ending)} "

    articles = "|".join(sorted(_DATIVE | _NOMINATIVE_E | {"des"}))
    return re.sub(rf"\b({articles})\s+(\d{{1,3}})\.\s+(?=[A-ZÄÖÜ])", plain_ordinal, text)


def _de_times(text: str) -> str:
    def clock(h: str, m: str | None, *, uhr: bool) -> str:
        return numbers.time(int(h), int(m or 0), "de", uhr=uhr)

    def span(m: re.Match[str]) -> str:
        first = numbers.time(int(m.group(1)), int(m.group(2) or 0), "de", uhr=bool(m.group(2)))
        return f"{first} bis {clock(m.group(3), m.group(4), uhr=True)}"

    text = re.sub(
        rf"\b(\d{{1,2}})(?:[.:](\d{{2}}))?\s?(?:Uhr\s?)?{_DASH}\s?(\d{{1,2}})(?:[.:](\d{{2}}))?\s?Uhr\b",
        span,
        text,
    )
    return re.sub(
        r"\b(\d{1,2})(?:[.:](\d{2}))?\s?Uhr\b",
        lambda m: clock(m.group(1), m.group(2), uhr=True),
        text,
    )


def _de_ranges(text: str) -> str:
    days = "|".join(WEEKDAYS["de"])
    text = re.sub(
        rf"\b({days})\.?\s?{_DASH}\s?({days})\b\.?",
        lambda m: f"{WEEKDAYS['de'][m.group(1)]} bis {WEEKDAYS['de'][m.group(2)]}",
        text,
    )
    return re.sub(rf"(?<![\d.,])({_NUM})\s?[–—]\s?({_NUM})(?![\d,])", r"\1 bis \2", text)


_PHONE = re.compile(
    r"(?<![\w.,+])(?:\+\d{2}\s?(?:\(0\))?\d{2,5}|\(?0\d{2,5}\)?)(?:\s?[/-]\s?\d{2,}|\s\d{2,})+"
    r"(?!\w|[.,]\d)"
)


def _phone(lang: str) -> Callable[[str], str]:
    def say(m: re.Match[str]) -> str:
        groups = [g for g in re.split(r"[\s/()-]+", m.group(0)) if g]
        return ", ".join(
            ("plus " + numbers.digits(g, lang)) if g.startswith("+") else numbers.digits(g, lang)
            for g in groups
        )

    return lambda text: _PHONE.sub(say, text)


def _de_amounts(text: str) -> str:
    def amount(value: str, unit: str) -> str:
        if "," in value:
            whole, fraction = value.split(",", 1)
            if unit in CURRENCIES["de"] and len(fraction) == 2:
                main = CURRENCIES["de"][unit][0]
                cents = f" {numbers.cardinal(int(fraction), 'de')}" if int(fraction) else ""
                return f"{numbers.cardinal(_int(whole), 'de', before_noun=True)} {main}{cents}"
            return f"{numbers.decimal(whole.replace('.', ''), fraction, 'de')} {_unit(unit, 2)}"
        n = _int(value)
        return f"{numbers.cardinal(n, 'de', before_noun=True)} {_unit(unit, n)}"

    def _unit(unit: str, n: int) -> str:
        if unit in CURRENCIES["de"]:
            return CURRENCIES["de"][unit][0]
        if unit in UNITS["de"]:
            one, many = UNITS["de"][unit]
            return one if n == 1 else many
        return SYMBOLS["de"].get(unit, unit)

    units = "|".join(
        re.escape(u) for u in sorted([*UNITS["de"], *CURRENCIES["de"], "%", "‰"], key=len)[::-1]
    )
    number = rf"(?:{_NUM})(?:,\d+)?"
    text = re.sub(
        rf"(?<![\w.,])({number})\s?({units})(?![\w²³])", lambda m: amount(m[1], m[2]), text
    )
    return re.sub(rf"(€|EUR)\s?({number})\b", lambda m: amount(m[2], m[1]), text)


def _de_numbers(text: str) -> str:
    def say(m: re.Match[str]) -> str:
        whole, fraction = m.group(1), m.group(2)
        if fraction:
            return numbers.decimal(whole.replace(".", ""), fraction, "de")
        if "." not in whole and len(whole) == 4 and 1100 <= int(whole) <= 1999:
            return numbers.year(int(whole), "de")
        return numbers.cardinal(_int(whole), "de")

    text = re.sub(r"§\s?(\d+)([a-z])\b", lambda m: f"§ {m[1]} {m[2]}", text)
    return re.sub(rf"(?<![\w.,])({_NUM})(?:,(\d+))?(?![\d])", say, text)


def _symbols(lang: str) -> Callable[[str], str]:
    table = SYMBOLS[lang]
    pattern = re.compile("|".join(re.escape(s) for s in sorted(table, key=len, reverse=True)))

    def apply(text: str) -> str:
        text = pattern.sub(lambda m: f" {table[m.group(0)]} ", text)
        text = re.sub(r"\s[–—]\s", ", ", text)  # a dash between words is a pause
        return re.sub(r"(?<=\w)\*|\*(?=\w)", "", text)

    return apply


_GERMAN: tuple[Callable[[str], str], ...] = (
    _de_gender,
    _de_weekdays,
    _de_dates,
    _de_times,
    _de_ranges,
    _phone("de"),
    _de_amounts,
    _de_numbers,
    _symbols("de"),
)


# --- English --------------------------------------------------------------------------------


def _en_dates(text: str) -> str:
    months = "|".join(numbers.MONTHS["en"])

    def day_month(m: re.Match[str]) -> str:
        day, month = int(m[1]), numbers.MONTHS["en"].index(m[2]) + 1
        if not _is_date(day, month):
            return m.group(0)
        return numbers.date(day, month, int(m[3]) if m[3] else None, "en")

    text = re.sub(
        rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({months})(?:\s+(\d{{4}}))?\b", day_month, text
    )
    text = re.sub(
        rf"\b({months})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*(\d{{4}}))?\b",
        lambda m: (
            f"{m[1]} {numbers.ordinal(int(m[2]), 'en')}"
            + (f", {numbers.year(int(m[3]), 'en')}" if m[3] else "")
        ),
        text,
    )
    return re.sub(r"\b(\d+)(?:st|nd|rd|th)\b", lambda m: numbers.ordinal(int(m[1]), "en"), text)


def _en_times(text: str) -> str:
    def clock(m: re.Match[str]) -> str:
        suffix = {"am": " a m", "pm": " p m"}.get((m[3] or "").replace(".", "").lower(), "")
        return numbers.time(int(m[1]), int(m[2] or 0), "en", uhr=False) + suffix

    return re.sub(
        r"\b(\d{1,2})(?::(\d{2}))?\s?(a\.?m\.?|p\.?m\.?)(?!\w)|\b(\d{1,2}):(\d{2})\b",
        lambda m: clock(m) if m[1] else numbers.time(int(m[4]), int(m[5]), "en", uhr=False),
        text,
        flags=re.IGNORECASE,
    )


def _en_amounts(text: str) -> str:
    currencies = CURRENCIES["en"]
    signs = "|".join(re.escape(c) for c in currencies)
    number = r"\d{1,3}(?:,\d{3})+|\d+"

    def money(m: re.Match[str]) -> str:
        main, small = currencies[m[1]]
        cents = f" and {numbers.cardinal(int(m[3]), 'en')} {small}" if m[3] and int(m[3]) else ""
        return f"{numbers.cardinal(_int(m[2]), 'en')} {main}{cents}{m[4] or ''}"

    text = re.sub(rf"({signs})\s?({number})(?:\.(\d{{2}}))?(\s(?:million|billion))?", money, text)
    units = "|".join(re.escape(u) for u in sorted(UNITS["en"], key=len, reverse=True))

    def unit(m: re.Match[str]) -> str:
        one, many = UNITS["en"][m[2]]
        return f"{m[1]} {one if m[1] == '1' else many}"

    return re.sub(rf"(?<![\w.,])({number}(?:\.\d+)?)\s?({units})(?![\w²³])", unit, text)


def _en_numbers(text: str) -> str:
    def say(m: re.Match[str]) -> str:
        whole, fraction = m[1], m[2]
        if fraction:
            return numbers.decimal(whole.replace(",", ""), fraction, "en")
        if "," not in whole and len(whole) == 4 and 1100 <= int(whole) <= 2099:
            return numbers.year(int(whole), "en")
        return numbers.cardinal(_int(whole), "en")

    text = re.sub(r"(?<=\d)\s?[–—]\s?(?=\d)", " to ", text)
    return re.sub(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?!\d)", say, text)


_ENGLISH: tuple[Callable[[str], str], ...] = (
    _en_dates,
    _en_times,
    _phone("en"),
    _en_amounts,
    _en_numbers,
    _symbols("en"),
)
