"""Numbers that name something (speech10): an act, a file, a postal district.

They are no amounts, fractions or dates, and were read as such:

- an act or a document numbered within its year: „Verordnung 755/2020“ → „siebenhundert-
  fünfundfünfzig aus zweitausendzwanzig“, "S.I. No. 755/2020" → "seven hundred and
  fifty-five of twenty twenty" (was „… Strich …“ / "… slash …", as if a fraction);
- a file number after „Aktenzeichen“ / "reference": „32-1/2024“ → „zweiunddreißig
  Bindestrich eins Strich zweitausendvierundzwanzig“ (was „zweiunddreißig bis ein …“, a range);
- a British postal district on its own ("NE33", "SW1A") or a code with a leading zero
  ("D02"): letters and digits one by one (was "N E thirty-three", "SW1A" left as written).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pubkit.writers.speech import numbers

__all__ = ["file_numbers", "numbered_acts", "postal_districts"]

# Words that name a numbered document just before its number (after the abbreviations are
# said: „Nr.“ is „Nummer“ already, "No." is "number", "S.I." is "S I").
_ACT_WORDS = {
    "de": r"Nummer|Verordnung|Richtlinie|Beschluss|Drucksache|Vorlage|Beschlussvorlage|"
    r"Pressemitteilung|Mitteilung|Satzung|Gesetz|Bekanntmachung|Verfügung|Ausgabe|Heft",
    "en": r"number|S I|Statutory Instrument|Regulations?|Directive|Decision|Order|Act|"
    r"[Pp]ress release|[Nn]otice|[Bb]ylaw|[Ii]ssue|[Rr]eport",
}
_OF_YEAR = {"de": "aus", "en": "of"}
_STROKE = {"de": "Strich", "en": "slash"}
_HYPHEN = {"de": "Bindestrich", "en": "dash"}


def _count(digits: str, lang: str) -> str:
    """A number in a reference: with a leading zero digit by digit (it is a code)."""
    if digits.startswith("0") and len(digits) > 1:
        return numbers.digits(digits, lang)
    return numbers.cardinal(int(digits), lang)


def _year(digits: str, lang: str) -> str:
    return numbers.year(int(digits), lang) if lang == "en" else numbers.cardinal(int(digits), lang)


def numbered_acts(lang: str) -> Callable[[str], str]:
    """``Verordnung 755/2020`` → „Verordnung siebenhundertfünfundfünfzig aus
    zweitausendzwanzig“, ``S I number 755/2020`` → "… seven hundred and fifty-five of twenty
    twenty", ``Drucksache 0123/2024`` (a leading zero: digit by digit). A number before a year
    (1900–2099) is a document's number in that year where a word names the document, or
    where it has three digits or more ("Drive-Thru hours – 755/2020"); a month and a year
    ("03/2024") are left to the date rules. A year first (the EU's "Regulation 2016/679")
    keeps its stroke; a stroke before the issuer ("2011/65/EU") is no alternative ("or")."""
    named = re.compile(
        rf"(?<![\w./-])((?:(?:{_ACT_WORDS[lang]})\s(?:\([A-Z]{{2,3}}\)\s)?)?)(\d{{1,5}})/((?:19|20)\d{{2}})"
        r"(?![\w/]|[.,]\d)"
    )
    # (the lexicon may have spaced the letters out already: "E U")
    issuer = re.compile(r"(?<=\d)/(?=(?:E ?U|E ?G|E ?W ?G|E ?C|E ?E ?C|U ?N)\b)")
    # the year first, after a word that names the act: „Richtlinie 2011/65“, "Regulation
    # 2016/679" (not a school year „2011 bis 65“)
    year_first = re.compile(
        rf"(?<![\w./-])((?:{_ACT_WORDS[lang]})\s(?:\([A-Z]{{2,3}}\)\s)?)((?:19|20)\d{{2}})/(\d{{1,5}})"
        r"(?![\w/]|[.,]\d)"
    )

    def say(m: re.Match[str]) -> str:
        number = m[2]
        if not m[1] and (len(number.lstrip("0")) < 3 or re.fullmatch(r"(?:19|20)\d{2}", number)):
            return m[0]  # "03/2024": a month; „2022/2023“: a season; too little to tell
        return f"{m[1]}{_count(number, lang)} {_OF_YEAR[lang]} {_year(m[3], lang)}"

    def apply(text: str) -> str:
        if "/" not in text:
            return text
        text = issuer.sub(f" {_STROKE[lang]} ", text)
        text = year_first.sub(
            lambda m: f"{m[1]}{_year(m[2], lang)} {_STROKE[lang]} {_count(m[3], lang)}", text
        )
        return named.sub(say, text)

    return apply


_FILE_WORDS = {
    "de": r"Aktenzeichen|Geschäftszeichen|Gz\.|Vorgangsnummer|Kassenzeichen|Bearbeitungsnummer",
    "en": r"[Rr]eference|[Rr]ef\.?|[Cc]ase number|[Ff]ile number|[Oo]ur ref\.?|[Yy]our ref\.?",
}


def file_numbers(lang: str) -> Callable[[str], str]:
    """A file number after „Aktenzeichen“, "reference" …: ``32-1/2024`` → „zweiunddreißig
    Bindestrich eins Strich zweitausendvierundzwanzig“, ``61.2-045/23`` → „einundsechzig
    Punkt zwei Bindestrich null vier fünf Strich dreiundzwanzig“. Each group of digits is a
    number (with a leading zero a code, digit by digit; a year at the end after a stroke a
    year) and each mark is named: a hyphen is no range, a stroke no fraction, a point no
    date."""
    words = {
        "-": _HYPHEN[lang],
        "–": _HYPHEN[lang],
        "/": _STROKE[lang],
        ".": "Punkt" if lang == "de" else "point",
    }
    pattern = re.compile(
        rf"\b((?:{_FILE_WORDS[lang]})(?:\s?(?:Nr\.|Nummer|No\.|number))?:?\s)"
        r"(\d+(?:[-–/.]\d+)+)(?![\w/-]|[.,]\d)"
    )

    def say(m: re.Match[str]) -> str:
        parts = re.split(r"([-–/.])", m[2])
        said: list[str] = []
        for i, part in enumerate(parts):
            if i % 2:
                said.append(words[part])
            elif "/" in parts[max(i - 1, 0) : i + 2] and re.fullmatch(r"(?:19|20)\d{2}", part):
                said.append(_year(part, lang))
            else:
                said.append(_count(part, lang))
        return m[1] + " ".join(said)

    return lambda text: pattern.sub(say, text) if any(c.isdigit() for c in text) else text


# British postcode areas of two letters (a district "NE33" stands alone in a notice more
# often than a whole postcode); the single-letter areas (B, E, G, L, M, N, S, W) are left
# alone with digits only, as they would take motorways ("M25") with them.
_UK_AREAS = "|".join(
    [
        "AB", "AL", "BA", "BB", "BD", "BH", "BL", "BN", "BR", "BS", "BT", "CA", "CB", "CF",
        "CH", "CM", "CO", "CR", "CT", "CV", "CW", "DA", "DD", "DE", "DG", "DH", "DL", "DN",
        "DT", "DY", "EC", "EH", "EN", "EX", "FK", "FY", "GL", "GU", "GY", "HA", "HD", "HG",
        "HP", "HR", "HS", "HU", "HX", "IG", "IM", "IP", "IV", "JE", "KA", "KT", "KW", "KY",
        "LA", "LD", "LE", "LL", "LN", "LS", "LU", "ME", "MK", "ML", "NE", "NG", "NN", "NP",
        "NR", "NW", "OL", "OX", "PA", "PE", "PH", "PL", "PO", "PR", "RG", "RH", "RM", "SA",
        "SE", "SG", "SK", "SL", "SM", "SN", "SO", "SP", "SR", "SS", "ST", "SW", "SY", "TA",
        "TD", "TF", "TN", "TQ", "TR", "TS", "TW", "UB", "WA", "WC", "WD", "WF", "WN", "WR",
        "WS", "WV", "YO", "ZE",
    ]
)  # fmt: skip
_DISTRICT = re.compile(
    # not the unique part of an Eircode after its routing key ("D08 RF3Y": _codes says both)
    rf"(?<![\w.,/-])(?<![A-Z]\d\d\s)(?<!D6W\s)((?:{_UK_AREAS})\d{{1,2}}[A-Z]?|[A-Z]{{1,2}}\d[A-Z]"
    r"|[A-Z]{1,3}0\d{1,2})(?![\w/-]|[.,]\d|\s(?:\d[A-Z]{2}|[A-Z][\dA-Z]{3})\b)"
)


def postal_districts(lang: str) -> Callable[[str], str]:
    """``NE33`` → "N E three three", ``SW1A`` → "S W one A", ``D02`` → "D zero two": a
    postal district (or any code of capitals and digits with a leading zero, or ending in a
    capital after its digit) is spelt, letters and digits one by one. Runs after whole
    postcodes ("NE33 2RL") are said, and only in English for the districts of Britain; a code
    with a leading zero in both languages."""

    def say(m: re.Match[str]) -> str:
        code = m[1]
        if lang != "en" and not re.search(r"[A-Z]0\d", code):
            return code
        return " ".join(numbers.digits(c, lang) if c.isdigit() else c for c in code)

    return lambda text: _DISTRICT.sub(say, text) if any(c.isdigit() for c in text) else text
