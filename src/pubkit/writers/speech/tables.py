"""Built-in spoken forms: abbreviations, units, symbols and a small pronunciation lexicon.

One table per language. Abbreviation keys are regular expressions for the written form, so
``z. B.`` and ``z.B.`` share one entry. A document's glossary and pronunciation lexicon
come before these and win.
"""

from __future__ import annotations

__all__ = [
    "ABBREVIATIONS",
    "CAPTION_ABBREVIATIONS",
    "CURRENCIES",
    "LEXICON",
    "SYMBOLS",
    "UNITS",
    "URL_WORDS",
    "WEEKDAYS",
]

_S = r"\s?"  # an optional space inside an abbreviation ("z. B." or "z.B.")

ABBREVIATIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "de": (
        (rf"z\.{_S}B\.", "zum Beispiel"),
        (rf"u\.{_S}a\.", "unter anderem"),
        (rf"d\.{_S}h\.", "das heißt"),
        (rf"u\.{_S}U\.", "unter Umständen"),
        (rf"v\.{_S}a\.", "vor allem"),
        (rf"o\.{_S}Ä\.", "oder Ähnliches"),
        (rf"i\.{_S}d\.{_S}R\.", "in der Regel"),
        (r"usw\.", "und so weiter"),
        (r"bzw\.", "beziehungsweise"),
        (r"ca\.", "circa"),
        (r"vgl\.", "vergleiche"),
        (r"ggf\.", "gegebenenfalls"),
        (r"inkl\.", "inklusive"),
        (r"zzgl\.", "zuzüglich"),
        (r"evtl\.", "eventuell"),
        (r"Nr\.", "Nummer"),
        (r"Nrn\.", "Nummern"),
        (r"Tel\.", "Telefon"),
        (r"Str\.", "Straße"),
        (r"(?<=[a-zäöüß])str\.", "straße"),
        (r"St\.", "Sankt"),
        (r"Dr\.", "Doktor"),
        (r"Prof\.", "Professor"),
        (r"Abs\.", "Absatz"),
        (r"Mio\.", "Millionen"),
        (r"Mrd\.", "Milliarden"),
        (r"Tsd\.", "tausend"),
        (r"Std\.", "Stunden"),
        (r"Min\.", "Minuten"),
        (r"geb\.", "geboren"),
        (r"sog\.", "sogenannte"),
        (r"Hrsg\.", "Herausgeber"),
        (r"Jh\.", "Jahrhundert"),
    ),
    "en": (
        (rf"e\.{_S}g\.", "for example"),
        (rf"i\.{_S}e\.", "that is"),
        (r"etc\.", "et cetera"),
        (r"approx\.", "approximately"),
        (r"Dr\.", "Doctor"),
        (r"Mr\.", "Mister"),
        (r"Mrs\.", "Missus"),
        (r"Prof\.", "Professor"),
        (r"No\.(?=\s?\d)", "number"),
        (r"St\.(?=\s[A-Z])", "Saint"),
        (r"vs\.", "versus"),
    ),
}

# Photo captions: who is where in the picture.
CAPTION_ABBREVIATIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "de": (
        (rf"\(v\.{_S}l\.\)", "(von links)"),
        (rf"\(v\.{_S}r\.\)", "(von rechts)"),
        (r"\(l\.\)", "(links)"),
        (r"\(r\.\)", "(rechts)"),
        (r"\(M\.\)", "(Mitte)"),
        (rf"v\.{_S}l\.(?=[\s:,])", "von links"),
        (rf"v\.{_S}r\.(?=[\s:,])", "von rechts"),
    ),
    "en": (
        (r"\(l\)|\(l\.\)", "(left)"),
        (r"\(r\)|\(r\.\)", "(right)"),
        (r"\(c\)|\(c\.\)", "(centre)"),
        (r"\(from l\.?\)", "(from left)"),
    ),
}

WEEKDAYS: dict[str, dict[str, str]] = {
    "de": {
        "Mo": "Montag",
        "Di": "Dienstag",
        "Mi": "Mittwoch",
        "Do": "Donnerstag",
        "Fr": "Freitag",
        "Sa": "Samstag",
        "So": "Sonntag",
    },
    "en": {
        "Mon": "Monday",
        "Tue": "Tuesday",
        "Wed": "Wednesday",
        "Thu": "Thursday",
        "Fri": "Friday",
        "Sat": "Saturday",
        "Sun": "Sunday",
    },
}

# Unit after a number: (singular, plural).
UNITS: dict[str, dict[str, tuple[str, str]]] = {
    "de": {
        "km/h": ("Kilometer pro Stunde", "Kilometer pro Stunde"),
        "km²": ("Quadratkilometer", "Quadratkilometer"),
        "m²": ("Quadratmeter", "Quadratmeter"),
        "m³": ("Kubikmeter", "Kubikmeter"),
        "qm": ("Quadratmeter", "Quadratmeter"),
        "km": ("Kilometer", "Kilometer"),
        "cm": ("Zentimeter", "Zentimeter"),
        "mm": ("Millimeter", "Millimeter"),
        "m": ("Meter", "Meter"),
        "kg": ("Kilogramm", "Kilogramm"),
        "g": ("Gramm", "Gramm"),
        "t": ("Tonne", "Tonnen"),
        "l": ("Liter", "Liter"),
        "ha": ("Hektar", "Hektar"),
        "kWh": ("Kilowattstunde", "Kilowattstunden"),
        "MW": ("Megawatt", "Megawatt"),
        "kW": ("Kilowatt", "Kilowatt"),
        "°C": ("Grad Celsius", "Grad Celsius"),
        "h": ("Stunde", "Stunden"),
        "min": ("Minute", "Minuten"),
    },
    "en": {
        "km/h": ("kilometre per hour", "kilometres per hour"),
        "km²": ("square kilometre", "square kilometres"),
        "m²": ("square metre", "square metres"),
        "km": ("kilometre", "kilometres"),
        "cm": ("centimetre", "centimetres"),
        "m": ("metre", "metres"),
        "kg": ("kilogram", "kilograms"),
        "kWh": ("kilowatt hour", "kilowatt hours"),
        "°C": ("degree Celsius", "degrees Celsius"),
        "min": ("minute", "minutes"),
    },
}

CURRENCIES: dict[str, dict[str, tuple[str, str]]] = {
    "de": {"€": ("Euro", "Cent"), "EUR": ("Euro", "Cent"), "$": ("Dollar", "Cent")},
    "en": {"€": ("euros", "cents"), "EUR": ("euros", "cents"), "$": ("dollars", "cents"),
           "£": ("pounds", "pence")},
}  # fmt: skip

SYMBOLS: dict[str, dict[str, str]] = {
    "de": {"%": "Prozent", "‰": "Promille", "&": "und", "§§": "Paragrafen", "§": "Paragraf",
           "€": "Euro", "+": "plus", "=": "gleich", "°": "Grad", "@": "ät", "½": "einhalb"},
    "en": {"%": "percent", "&": "and", "§§": "sections", "§": "section", "€": "euros",
           "+": "plus", "=": "equals", "°": "degrees", "@": "at", "½": "a half"},
}  # fmt: skip

URL_WORDS: dict[str, dict[str, str]] = {
    "de": {".": "Punkt", "/": "Schrägstrich", "-": "Bindestrich", "_": "Unterstrich",
           "@": "ät", "www": "weh weh weh"},
    "en": {".": "dot", "/": "slash", "-": "dash", "_": "underscore", "@": "at",
           "www": "double-u double-u double-u"},
}  # fmt: skip

# Words the engine gets wrong, written as it should say them (whole words, case-sensitive).
LEXICON: dict[str, dict[str, str]] = {
    "de": {
        "duesseldorf": "düsseldorf",
        "koeln": "köln",
        "muenchen": "münchen",
        "Duesseldorf": "Düsseldorf",
        "Koeln": "Köln",
        "Muenchen": "München",
        "EU": "E U",
    },
    "en": {"Düsseldorf": "Dusseldorf", "duesseldorf": "dusseldorf"},
}
