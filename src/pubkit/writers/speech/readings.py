"""Readings a fifth held-out measure showed wrong (issue 13), each fixed as a method.

Steps of the normaliser's pipelines (:mod:`.normalize` calls them in its German and English
step lists), kept in their own module so that each is a function of its own:

- a unit per unit (``mg/l``, ``€/Monat``, ``kWh/year``) is said with „pro“ / "per", not as an
  alternative („Milligramm pro Liter“, "milligrams per litre");
- a degree sign written apart or with a look-alike character (``° F``, ``ºF``) is the unit;
- days joined before one month („am 4., 5. und 6. Juni“) all take the case of the first;
- phone numbers with a one-digit area code (New Zealand, Australia, Ireland, London's
  "020" is two digits already): ``(03) 211 8000``, ``+64 3 211 8000``, ``04 499 4444``;
- an extension („Durchwahl -1234“, "x 1234") digit by digit;
- German law names ending in ``V`` (Verordnung): ``CoronaSchV``, ``TrinkwV``, ``BImSchV``;
- US states after a town (``Sacramento, CA 95814``, ``Calif.``) and US house numbers in
  pairs ("1234 Main Street" → "twelve thirty-four").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pubkit.writers.speech import numbers
from pubkit.writers.speech.tables import CURRENCIES, UNITS

__all__ = [
    "de_day_lists",
    "de_law_names",
    "degree_signs",
    "extensions",
    "short_area_phones",
    "unit_rates",
    "us_house_numbers",
    "us_states",
]

# --- units per unit -------------------------------------------------------------------------

# What a unit is counted per: the word after „pro“ / "per" (singular).
PER: dict[str, dict[str, str]] = {
    "de": {
        "l": "Liter", "L": "Liter", "ml": "Milliliter", "dl": "Deziliter", "m³": "Kubikmeter",
        "m²": "Quadratmeter", "qm": "Quadratmeter", "kg": "Kilogramm", "g": "Gramm",
        "t": "Tonne", "h": "Stunde", "Std.": "Stunde", "Std": "Stunde", "Stunde": "Stunde",
        "min": "Minute", "Min.": "Minute", "Minute": "Minute", "s": "Sekunde",
        "sec": "Sekunde", "d": "Tag", "Tag": "Tag", "Nacht": "Nacht", "Woche": "Woche",
        "Wo.": "Woche", "Monat": "Monat", "Mon.": "Monat", "Mt.": "Monat", "Quartal": "Quartal",
        "Jahr": "Jahr", "a": "Jahr", "Person": "Person", "Pers.": "Person", "Kopf": "Kopf",
        "Kind": "Kind", "Einwohner": "Einwohner", "Haushalt": "Haushalt", "km": "Kilometer",
        "m": "Meter", "kWh": "Kilowattstunde", "Stück": "Stück", "Stk.": "Stück",
        "Fahrt": "Fahrt", "Ticket": "[[t'IkEt]]",
    },
    "en": {
        "l": "litre", "L": "litre", "litre": "litre", "liter": "liter", "ml": "millilitre",
        "m³": "cubic metre", "m²": "square metre", "sq ft": "square foot", "kg": "kilogram",
        "g": "gram", "h": "hour", "hr": "hour", "hour": "hour", "min": "minute",
        "minute": "minute", "s": "second", "sec": "second", "d": "day", "day": "day",
        "night": "night", "week": "week", "wk": "week", "month": "month", "mo": "month",
        "mth": "month", "year": "year", "yr": "year", "person": "person", "head": "head",
        "child": "child", "household": "household", "km": "kilometre", "mile": "mile",
        "m": "metre", "kWh": "kilowatt hour", "ticket": "ticket", "trip": "trip",
        "visit": "visit", "session": "session",
    },
}  # fmt: skip
_PER_WORD = {"de": "pro", "en": "per"}


def _alternation(keys: object) -> str:
    return "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))  # type: ignore[call-overload]


def unit_rates(lang: str) -> Callable[[str], str]:
    """``0,5 mg/l`` → ``0,5 mg pro Liter`` (the amount rules say „null Komma fünf
    Milligramm“); without a number ``in mg/l`` → „in Milligramm pro Liter“; ``25 €/Monat``,
    ``€25/month``, ``3.500 kWh/Jahr``, ``12 l/min``. The slash between two units is no
    alternative ("or") but a rate. Only a unit or currency before it and a unit or a
    counted word (Monat, Person, year …) after it make a rate: „Lehrer/Lehrerin“ stays."""
    units = UNITS[lang]
    top = _alternation([*units, *CURRENCIES[lang], "%"])
    per = _alternation(PER[lang])
    word = _PER_WORD[lang]
    rate = re.compile(rf"(?<![\w/])({top})\s?/\s?({per})(?![\w/²³])")
    # "€25/month", "$12/hr": the currency before the number
    money = re.compile(rf"((?:€|\$|£|EUR)\s?\d[\d.,]*)\s?/\s?({per})(?![\w/²³])")
    number = re.compile(r"\d(?:[\d.,]*\d)?\s?$")

    def say(m: re.Match[str]) -> str:
        unit, denominator = m[1], PER[lang][m[2]]
        if number.search(m.string[: m.start()]):
            return f"{unit} {word} {denominator}"  # the amount rules say the unit after it
        if len(unit) < 2 and unit not in CURRENCIES[lang]:
            return m[0]  # "m/d" without a number is no rate ("m/d dates": month and day)
        if unit in units:
            unit = units[unit][1]
        elif unit in CURRENCIES[lang]:
            unit = CURRENCIES[lang][unit][0]
        else:
            unit = "Prozent" if lang == "de" else "percent"
        return f"{unit} {word} {denominator}"

    def apply(text: str) -> str:
        if "/" not in text:
            return text
        text = money.sub(lambda m: f"{m[1]} {word} {PER[lang][m[2]]}", text)
        return rate.sub(say, text)

    return apply


def degree_signs(text: str) -> str:
    """``95 ° F``, ``95ºF`` (the ordinal indicator), ``95˚F`` → ``95 °F``: the degree sign
    written apart from its scale or with a look-alike is the same unit (said „Grad Celsius“,
    "degrees Fahrenheit"; a lone "F" after "degrees" was read as the letter)."""
    if not any(c in text for c in "°º˚"):
        return text
    return re.sub(r"(?<=\d)\s?[°º˚]\s?([CF])\b", r" °\1", text)


_BINOMIAL = re.compile(r"\b([A-Z])\.\s(?=[a-z]{3,}\b)")


def binomials(text: str) -> str:
    """A species with its genus shortened (``E. coli``, ``S. aureus``, ``C. difficile``):
    the genus letter is said as a letter, without the full stop that read as a sentence's end
    (a capital and a full stop before a lower-case word is nothing else in a notice: initials
    stand before names)."""
    return _BINOMIAL.sub(r"\1 ", text) if ". " in text else text


# --- dates ----------------------------------------------------------------------------------

_MONTHS_DE = "|".join(numbers.MONTHS["de"])
_WEEKDAYS_DE = "Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag"
# Days before the day that names the month: „4., 5. und“ before „6. Juni“ / „6.6.“.
_DAY_LIST = re.compile(
    r"(?<![\d.])((?:\d{1,2}\.,\s?)*\d{1,2}\.)\s(und|oder|sowie|u\.)\s"
    rf"(?=(?:(?:{_WEEKDAYS_DE}),?\s)?\d{{1,2}}\.\s?(?:\d{{1,2}}\.|(?:{_MONTHS_DE})\b))"
)


def de_day_lists(
    ending: Callable[[str], str], article: Callable[[str], str]
) -> Callable[[str], str]:
    """``am 4. und 5. Juni`` → „am vierten und 5. Juni“ (the date rule then says
    „fünften“ after an ordinal in the same case); ``am 4., 5. und 6. Juni`` → „am vierten,
    fünften und …“. Every day of the coordination takes the case the word before the first
    day gives (``ending`` and ``article`` are the date rule's own)."""

    def say(m: re.Match[str]) -> str:
        before = m.string[: m.start()]
        suffix = ending(before)
        days = [int(d) for d in re.findall(r"\d{1,2}", m[1])]
        if not all(1 <= d <= 31 for d in days):
            return m[0]
        said = ", ".join(numbers.ordinal(d, "de", ending=suffix) for d in days)
        joint = "und" if m[2] == "u." else m[2]
        return f"{article(before)}{said} {joint} "

    return lambda text: _DAY_LIST.sub(say, text)


# --- telephone ------------------------------------------------------------------------------

# A one-digit area code and two groups of three or four digits: New Zealand "(03) 211 8000",
# "04 499 4444", "+64 3 211 8000"; Australia "(02) 9876 5432", "+61 2 9876 5432"; Ireland
# "01 222 2222", "+353 1 222 2222"; a mobile "+64 21 123 4567". (Two-digit and longer area
# codes are read by the general phone rule.)
_SHORT_AREA = re.compile(
    r"(?<![\w.,+])(\+\d{1,3}\s(?:\(0\))?\d{1,2}|\(0\d\)|0\d)(?:\s\d{3,4}){2}(?!\w|[.,]\d)"
)


def short_area_phones(lang: str) -> Callable[[str], str]:
    """``(03) 211 8000`` → „zero three, two one one, eight zero zero zero“: digits in their
    groups (it had been read "three, two hundred and eleven eight thousand")."""

    def say(m: re.Match[str]) -> str:
        groups = [g for g in re.split(r"[\s()]+", m[0]) if g]
        return ", ".join(
            ("plus " + numbers.digits(g, lang)) if g.startswith("+") else numbers.digits(g, lang)
            for g in groups
        )

    return lambda text: _SHORT_AREA.sub(say, text)


_EXTENSION_WORD = {"de": "Durchwahl", "en": "extension"}


def extensions(lang: str) -> Callable[[str], str]:
    """An extension is dialled, digit by digit: „Durchwahl -1234“ (the hyphen marks the
    extension, it had been read „minus zwölfhundert…“), „Durchwahl: 1234“, "ext 12",
    "x 1234" after a phone number. "2 x 3" (times) is left alone: "x" is an extension only
    after a number of four digits or more that ends a phone number."""
    said = _EXTENSION_WORD[lang]
    named = re.compile(
        r"\b(extension|Extension|ext\.?|Ext\.?|Durchwahl|Apparat|App\.|Nebenstelle)"
        r"\s?:?\s?[-–]?\s?(\d{1,6})(?!\d|[.,]\d)"
    )
    # after the last group of a phone number ("555-1234 x 12", "211 8000 x 12"); not "1920 x 1080"
    after_number = re.compile(r"(?<=\d[\s-]\d{4})\s?[xX]\.?\s?(\d{1,6})(?!\d|[.,]\d)")

    def name(m: re.Match[str]) -> str:
        word = m[1]
        if word.lower().startswith("ext"):
            word = "extension"
        elif word == "App.":
            word = "Apparat"
        return f"{word} {numbers.digits(m[2], lang)}"

    def apply(text: str) -> str:
        text = after_number.sub(lambda m: f", {said} {numbers.digits(m[1], lang)}", text)
        return named.sub(name, text)

    return apply


# --- German law names -----------------------------------------------------------------------

# Parts of law names as written in their abbreviations → the word; the rest of a name is
# its own words („Corona“, „Einreise“) or spelt letter by letter.
LAW_PARTS: dict[str, str] = {
    "Sch": "schutz", "Schutz": "schutz", "Trinkw": "trinkwasser", "BImSch": "Bundes-Immissionsschutz",
    "EnE": "Energieeinspar", "En": "Energie", "Betr": "betreuungs", "Einr": "einreise",
    "Arb": "arbeits", "ArbSch": "Arbeitsschutz", "ArbStätt": "Arbeitsstätten",
    "GefStoff": "Gefahrstoff", "Gef": "gefahr", "Verp": "verpackungs", "Dü": "Dünge",
    "Impf": "impf", "Test": "test", "Quar": "quarantäne", "Kontakt": "kontakt", "Bau": "bau",
    "Hyg": "hygiene", "Fe": "Ferien", "StV": "Straßenverkehrs", "Fahrerlaub": "Fahrerlaubnis",
    "FeV": "Fahrerlaubnis", "Bio": "bio", "Abw": "abwasser", "Abf": "abfall",
    "Wasser": "wasser", "Lärm": "lärm", "Gast": "gaststätten", "Gew": "gewerbe",
    "Mess": "mess", "Kehr": "kehr", "Heiz": "heizkosten", "HeizKost": "Heizkosten",
}  # fmt: skip
_LAW = re.compile(r"(?<![\w-])((?:[A-ZÄÖÜ][a-zäöüß]*){1,5}?)V(?![\w-])")


def de_law_names(text: str) -> str:
    """``CoronaSchV`` → „Corona-Schutzverordnung“, ``TrinkwV`` → „Trinkwasserverordnung“,
    ``BImSchV`` → „Bundes-Immissionsschutzverordnung“, ``EnEV`` → „Energieeinsparverordnung“,
    ``CoronaEinreiseV`` → „Corona-Einreiseverordnung“: a capitalised compound abbreviation
    with a lower-case letter, ending in ``V`` (Verordnung). Its parts are split at the
    capitals and each is said as its word (:data:`LAW_PARTS`), or as written when it is a word
    of four letters or more („Corona“); a name with another short part is left as written.
    (``…VO`` is read by the abbreviation table; all-capital ones such as „TV“ are none.)"""
    if "V" not in text:
        return text

    def say(m: re.Match[str]) -> str:
        name = m[1]
        if not re.search(r"[a-zäöüß]", name) or not re.search(r"[A-ZÄÖÜ].*[A-ZÄÖÜ]|^.{4,}$", name):
            return m[0]
        parts: list[str] = []
        rest = name
        while rest:
            known = [k for k in LAW_PARTS if rest.startswith(k) and (
                len(rest) == len(k) or rest[len(k)].isupper())]  # fmt: skip
            if known:
                key = max(known, key=len)
                parts.append(LAW_PARTS[key])
                rest = rest[len(key) :]
                continue
            token = re.match(r"[A-ZÄÖÜ][a-zäöüß]*", rest)
            if token is None:
                return m[0]
            word = token[0]
            rest = rest[len(word) :]
            if len(word) < 4:
                return m[0]  # a part nobody can guess („BtMVV“, „KiTaV“): left as written
            parts.append(word)
        # „Corona“ + „schutz“ + „verordnung“ → „Corona-Schutzverordnung“; „Einreise“ inside
        # the compound in lower case: „Corona-Einreiseverordnung“
        first, *others = parts
        tail = "".join(p[0].lower() + p[1:] for p in others) + "verordnung"
        if others and first[:1].isupper():
            return f"{first}-{tail[0].upper()}{tail[1:]}"
        spoken = first + tail if first[-1:].islower() else f"{first}-{tail}"
        return spoken[0].upper() + spoken[1:]

    return _LAW.sub(say, text)


# --- United States --------------------------------------------------------------------------

US_STATES: dict[str, str] = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa",
    "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland",
    "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi",
    "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
    "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
    "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
    "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin",
    "WY": "Wyoming", "DC": "D C",
    # the older abbreviations of the AP style
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California",
    "Cal.": "California", "Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware",
    "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana",
    "Kan.": "Kansas", "Kans.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana",
    "Md.": "Maryland", "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota",
    "Miss.": "Mississippi", "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska",
    "Nebr.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey",
    "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina",
    "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota",
    "Tenn.": "Tennessee", "Tex.": "Texas", "Vt.": "Vermont", "Va.": "Virginia",
    "Wash.": "Washington", "W.Va.": "West Virginia", "Wis.": "Wisconsin", "Wyo.": "Wyoming",
}  # fmt: skip
_STATE = re.compile(
    r"(?<=[A-Za-z], )("
    + _alternation(US_STATES)
    + r")(?:\s(\d{5})(?:-(\d{4}))?\b|(?=[,;)]|\s[–—-]\s|\s*$))"
)


def us_states(text: str) -> str:
    """``Sacramento, CA 95814`` → "Sacramento, California 95814"; ``Calif.`` → "California".

    A state's abbreviation after a town and a comma, before a ZIP code, a comma or the end.
    espeak-ng spells "CA" and ends the sentence at "Calif."; a listener hears the name."""

    def say(m: re.Match[str]) -> str:
        if not re.search(r"(?<![\w.'-])[A-Z][\w.'-]*, $", m.string[: m.start()]):
            return m[0]  # a town's name before the comma: "Oakley, Calif."; not "so, Mo."
        zip_code = [numbers.digits(g, "en") for g in (m[2], m[3]) if g]
        return " ".join([US_STATES[m[1]], ", ".join(zip_code)]) if zip_code else US_STATES[m[1]]

    return _STATE.sub(say, text) if ", " in text else text


# A street name after a house number: a capitalised word or more, then a kind of street.
_US_STREET = re.compile(
    r"(?<![\w.,#-])(\d{3,5})(?=\s(?:[NSEW]\.?\s|North\s|South\s|East\s|West\s)?"
    r"(?:[A-Z0-9][\w'.-]*\s){1,3}"
    r"(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|"
    r"Parkway|Pkwy|Highway|Hwy|Circle|Cir|Terrace|Trail|Plaza|Square)\b)"
)


def _pairs(value: str) -> str:
    """A house number as Americans say it: 1234 → "twelve thirty-four", 305 → "three oh
    five", 500 → "five hundred", 2500 → "twenty-five hundred", 12345 → "one twenty-three
    forty-five"."""
    n = int(value)
    if len(value) == 3:
        head, tail = value[0], value[1:]
    elif len(value) == 4:
        head, tail = value[:2], value[2:]
    else:
        head, tail = value[:-2], value[-2:]
        head = _pairs(head) if len(head) == 3 else numbers.cardinal(int(head), "en")
        return f"{head} {_tail(tail)}"
    if n % 1000 == 0:
        return numbers.cardinal(n, "en")  # "two thousand"
    return f"{numbers.cardinal(int(head), 'en')} {_tail(tail)}"


def _tail(tail: str) -> str:
    if tail == "00":
        return "hundred"
    if tail[0] == "0":
        return f"oh-{numbers.cardinal(int(tail[1]), 'en')}"
    return numbers.cardinal(int(tail), "en")


def us_house_numbers(text: str) -> str:
    """``1234 Main Street`` → "twelve thirty-four Main Street" (American English reads a
    house number in pairs of digits; "four thousand, three hundred and twenty-one Elm
    Street" is not how anyone says "4321 Elm Street"). Three digits or more before a street
    name and its kind (Street, Ave, Blvd …)."""
    return _US_STREET.sub(lambda m: _pairs(m[1]), text)


# A US address in the text: a state after a town and a ZIP code ("Sacramento, CA 95814").
US_ZIP = re.compile(r", (?:[A-Z]{2}|[A-Z][a-z]{1,4}\.)\s\d{5}\b")


# --- regnal numbers -------------------------------------------------------------------------

_FEMALE_TITLES = frozenset(
    ["Königin", "Queen", "Kaiserin", "Zarin", "Fürstin", "Herzogin", "Prinzessin", "Gräfin",
     "Großherzogin", "Erzherzogin", "Markgräfin", "Landgräfin", "Regentin", "Päpstin"]
)  # fmt: skip
_TITLES = _FEMALE_TITLES | frozenset(
    ["König", "King", "Kaiser", "Zar", "Fürst", "Herzog", "Prinz", "Graf", "Papst", "Kurfürst",
     "Großherzog", "Erzherzog", "Markgraf", "Landgraf", "Regent", "Königs", "Kaisers", "Herzogs",
     "Papstes", "Fürsten", "Prinzen", "Grafen"]
)  # fmt: skip
_QUEENS = frozenset(["Elisabeth", "Elizabeth", "Victoria", "Viktoria", "Isabella", "Beatrix",
                     "Margrethe", "Juliana", "Wilhelmina", "Christina", "Maria", "Mary", "Anne"])  # fmt: skip
_DATIVE_WORDS = frozenset(
    ["von", "mit", "bei", "zu", "nach", "aus", "seit", "gegenüber", "vor", "unter", "neben",
     "dem", "einem", "vom", "zum", "beim", "zur"]
)  # fmt: skip
_ACCUSATIVE_WORDS = frozenset(["für", "durch", "gegen", "ohne", "um", "den", "einen"])
_ARTICLES = {  # case → (masculine, feminine) article; True: the ordinal ends in -n
    "nom": (("der", False), ("die", False)),
    "acc": (("den", True), ("die", False)),
    "dat": (("dem", True), ("der", True)),
    "gen": (("des", True), ("der", True)),
}


def de_regnal(name: str, before: str, ordinal: str) -> str:
    """The article and the ordinal after a ruler's name, in the name's gender and the case
    the words before it give: „Königin Elisabeth II.“ → „die Zweite“, „von Königin Elisabeth
    II.“ → „der Zweiten“, „für Ludwig XIV.“ → „den Vierzehnten“, „Elisabeths II.“ (genitive)
    → „der Zweiten“ (``ordinal``: „zweite“). A title (Königin, König …) between the
    preposition and the name is passed over."""
    from pubkit.writers.speech.grammar import is_female_first_name

    words = [w.strip(',;:()„“"') for w in before.split()]
    female = name in _QUEENS or is_female_first_name(name)
    while words and words[-1] in _TITLES:
        female = female or words[-1] in _FEMALE_TITLES
        words.pop()
    previous = words[-1].lower() if words else ""
    if name.endswith("s") and name[:-1] in _QUEENS | {
        "Ludwig",
        "Karl",
        "Heinrich",
        "Friedrich",
        "Wilhelm",
        "Georg",
        "Otto",
        "Leopold",
    }:
        case = "gen"  # „die Krönung Elisabeths II.“
        female = female or name[:-1] in _QUEENS
    elif previous in _DATIVE_WORDS:
        case = "dat"
    elif previous in _ACCUSATIVE_WORDS:
        case = "acc"
    elif previous in ("des", "eines"):
        case = "gen"
    elif previous == "der" and female:
        case = "dat"  # „der Königin Elisabeth II.“: dative or genitive, both „der Zweiten“
    else:
        case = "nom"
    article, inflected = _ARTICLES[case][1 if female else 0]
    word = ordinal[0].upper() + ordinal[1:] + ("n" if inflected else "")
    return f"{article} {word}"
