"""Runs of text that must not be broken across lines, for German and English.

A reader who meets "0231 /" at the end of a line and "50-0" at the start of the next one,
or "21." and "Oktober", has to put the pieces together again. The HTML writer wraps every run
found here in ``<span class="nobr">`` (``white-space: nowrap``), so the web page, the PDF
and the EPUB keep it on one line; the text itself is not changed (no U+2011, so a search for
"50-0" still finds the number). The layout tests use the same patterns to prove that no
line of a PDF ends inside such a run.

>>> [m.group(0) for m in nobreak_runs("Am 21. Oktober 2020 um 8–20 Uhr, Tel. 0231 / 50-0.")]
['21. Oktober 2020', '8–20 Uhr', 'Tel. 0231 / 50-0']
>>> [m.group(0) for m in nobreak_runs("12 Plätze, Tel. (03) 211 8000, 1.000 Termine")]
['12 Plätze', 'Tel. (03) 211 8000']
>>> [m.group(0) for m in nobreak_runs("Hauptstr. 12, Mo.–Fr., Montag – Freitag, Notruf 112")]
['Hauptstr. 12', 'Mo.–Fr.', 'Montag – Freitag', 'Notruf 112']
>>> [m.group(0) for m in nobreak_runs("Kölner Straße 3–5; unter 116 117; call the police on 999")]
['Straße 3–5', 'unter 116 117', 'on 999']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["ADDRESS", "address_runs", "nobreak_runs"]

_MONTHS_DE = (
    "Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
    "|Jan\\.|Feb\\.|Mär\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sep\\.|Sept\\.|Okt\\.|Nov\\.|Dez\\."
)
_MONTHS_EN = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_UNITS = (
    # time
    "Uhr|h|Std\\.|Stunden?|Min\\.|Minuten?|Sek\\.|Sekunden?|Tage?n?|Wochen?|Monate?n?|Jahre?n?"
    "|a\\.m\\.|p\\.m\\.|am|pm|hours?|hrs?|minutes?|mins?|seconds?|days?|weeks?|months?|years?"
    # measures
    "|%|‰|°C|°|km/h|km|m²|m³|m|cm|mm|kg|g|t|l|ml|kWh|MW|kW|W"
    # money
    "|€|Euro|EUR|Cent|ct|£|GBP|pounds?|pence|p|\\$|USD|Dollar|CHF|Franken"
)
_DAYS = (
    "Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag"
    "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    "|Mo|Di|Mi|Do|Fr|Sa|So|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun"
)
_STREET = (
    # a street name (or its abbreviation, whose full stop is no sentence end) with its house
    # number: Hauptstr. 12, Bahnhofstraße 5a, Kölner Straße 3–5, Am Ring 4
    r"(?:[A-ZÄÖÜ][\w-]*)?(?:[Ss]tr\.|[Ss]tra(?:ß|ss)e|[Ww]eg|[Pp]latz|[Aa]llee|[Gg]asse"
    r"|[Rr]ing|[Dd]amm|[Uu]fer|[Mm]arkt|[Cc]haussee|[Pp]fad|[Ss]teig)"
    r"\s\d{1,4}\s?[a-z]?(?:\s?[–-]\s?\d{1,4}\s?[a-z]?)?"
)
_EMERGENCY = (
    # an emergency number with the word before it: Notruf 112, Polizei (110), unter 112, on 999
    r"(?:Not-?[Rr]uf(?:-?[Nn]ummer)?|Polizei(?:-?[Nn]otruf)?|Feuer-?[Ww]ehr|Rettungs-?[Dd]ienst"
    r"|Gift-?[Nn]otruf"
    r"|Bereitschaftsdienst|[Ee]mergency(?:\s(?:number|services|line))?|[Pp]olice|[Aa]mbulance"
    r"|[Cc]all|[Dd]ial|[Rr]ing|[Aa]nrufen|[Ww]ählen(?:\sSie)?|unter|on):?\s\(?"
    r"(?:110|112|116\s?117|116\s?116|999|911|000|111|101|19\s?222)\)?"
)
_NUMBER = r"\d+(?:[.,:]\d+)*"
_SCALE = r"(?:Mio\.|Mrd\.|Tsd\.|Millionen|Milliarden|million|billion|thousand)"
_PHONE_LABEL = r"(?:(?:Tel\.|Telefon|Fax|Tel|Phone|Tel:)\s?)?"
_PATTERNS = (
    # 21. Oktober 2020, 21. Okt., 21 October 2020, October 21, 2020
    rf"\d{{1,2}}\.\s+(?:{_MONTHS_DE})(?:\s+\d{{4}})?(?![\w])",
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS_EN})\.?(?:\s+\d{{4}})?(?![\w])",
    rf"(?:{_MONTHS_EN})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s+\d{{4}})?(?![\w])",
    # phone numbers: 0231 / 50-0, 0211 89-96090, +49 211 89-91000, (0211) 89 91, 01622 671411,
    # (03) 211 8000 and (02) 9876 5432 (a one-digit area code in brackets, New Zealand and
    # Australia), 03 211 8000 (without brackets: only with two more groups, the last of four)
    rf"{_PHONE_LABEL}(?:\+\d{{1,3}}(?:\s?\(0\))?|\(0\d{{1,5}}\)|0\d{{2,5}})"
    r"(?:(?:\s?/\s?|\s|-)\d{1,8}){1,5}(?![\w])",
    rf"{_PHONE_LABEL}0\d\s\d{{3,4}}\s\d{{4}}(?![\w])",
    # North American numbers: (916) 808-5011, 916-808-5011, 1-800-555-0199, 916 808-5011
    rf"{_PHONE_LABEL}(?:1[-\s])?(?:\(\d{{3}}\)\s?|\d{{3}}[-\s])\d{{3}}-\d{{4}}(?![\w-])",
    # ranges and amounts with their unit: 8–20 Uhr, 9:00 – 17:00 Uhr, 5,50 €, 1,5 Mio. Euro
    rf"{_NUMBER}(?:\s?[–-]\s?{_NUMBER})?(?:\s+{_SCALE})?\s?(?:{_UNITS})(?![\w])",
    # a count with the (German, capitalised) noun it counts: 12 Plätze, 3 Kinder, 40 Betten;
    # short nouns only, so that a narrow table cell still holds the pair
    r"(?<![\d.,:])(?<!\d\s)\d{1,4}\s[A-ZÄÖÜ][a-zäöüß]{2,12}(?![\w-])",
    # currency before the amount: € 5, EUR 1.000, £ 20
    rf"(?:€|EUR|£|GBP|\$|USD|CHF)\s?{_NUMBER}(?:\s+{_SCALE})?",
    # Nr. 5, No. 5a, S. 12, Abs. 2, Art. 3, § 5, §§ 5–7, Kap. 4
    r"(?:Nr\.|No\.|Nos\.|S\.|Abs\.|Art\.|Kap\.|Bd\.|Ziff\.|p\.|pp\.|§§?)\s?"
    r"\d+[a-z]?(?:\s?[–-]\s?\d+[a-z]?)?(?![\w])",
    # Mo–Fr, Mon–Fri, Montag–Freitag (en dash, em dash, figure dash or hyphen)
    rf"(?:{_DAYS})\.?\s?[–—‒-]\s?(?:{_DAYS})\.?(?![\w])",
    rf"{_STREET}(?![\w])",
    rf"{_EMERGENCY}(?![\w])",
    # z. B., d. h., u. a., i. d. R., e. V., o. Ä.
    r"(?<![\w.])[a-zäöü]\.\s(?:[a-zäöüA-ZÄÖÜ]\.\s)*[a-zäöüA-ZÄÖÜ]\.",
    # initials with the name: J. R. Smith, A. Merkel
    r"(?<![\w.])(?:[A-ZÄÖÜ]\.\s?){1,3}[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?",
)
_RUN = re.compile(r"(?<![\w])(?:" + "|".join(f"(?:{p})" for p in _PATTERNS) + ")")


def nobreak_runs(text: str) -> Iterator[re.Match[str]]:
    """The runs of ``text`` that should stay on one line, left to right, not overlapping.

    One set of rules serves German and English. Only runs that contain a break opportunity
    (a space, a hyphen, a dash or a slash) are reported.
    """
    for match in _RUN.finditer(text):
        if re.search(r"[\s\-–/]", match.group(0)):
            yield match


ADDRESS = re.compile(
    r"(?<![\w@/.-])(?:"
    r"(?:https?://|www\.)[^\s<>\"“”„«»]+[^\s<>\"“”„«».,;:!?)\]]"  # web address
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-zA-Z]{2,}"  # e-mail address
    r")"
)
"""A web address (with its scheme or starting www.) or an e-mail address in running text;
the punctuation after it (a full stop, a closing bracket) is not part of it."""


def address_runs(text: str) -> Iterator[re.Match[str]]:
    """The web and e-mail addresses of ``text``, which are never hyphenated and break only
    where the reader cannot take the break for a hyphen of the address (writers/html.py).

    >>> [m.group(0) for m in address_runs("Mail an info@stadt-x.de oder www.stadt-x.de/a-b.")]
    ['info@stadt-x.de', 'www.stadt-x.de/a-b']
    """
    return ADDRESS.finditer(text)
