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
    "ENGLISH_PARTS",
    "GLOSSARY_DE",
    "LEXICON",
    "SYMBOLS",
    "UNITS",
    "URL_WORDS",
    "WEEKDAYS",
    "WORD_CAPITALS_DE",
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
        # academic degrees after "Dr.": the dots would be heard as sentence ends
        (r"(rer|med|phil|jur|nat|soc|pol|oec|dent|vet|theol|habil)\.(?=\s|$)", r"\1"),
        (rf"h\.{_S}c\.", "h c"),
        (r"Prof\.", "Professor"),
        (r"Abs\.", "Absatz"),
        (r"Mio\.", "Millionen"),
        (r"Mrd\.", "Milliarden"),
        (r"Tsd\.", "tausend"),
        (r"Std\.", "Stunden"),
        (r"Min\.", "Minuten"),
        (r"geb\.", "geboren"),
        (r"Hrsg\.", "Herausgeber"),
        (r"Jh\.", "Jahrhundert"),
        (rf"i\.{_S}A\.", "im Auftrag"),
        (rf"i\.{_S}V\.", "in Vertretung"),
        (rf"u\.{_S}v\.{_S}m\.", "und vieles mehr"),
        (rf"s\.{_S}o\.", "siehe oben"),
        (rf"s\.{_S}u\.", "siehe unten"),
        (r"bzgl\.", "bezüglich"),
        (r"ggü\.", "gegenüber"),
        (r"max\.", "maximal"),
        (r"mind\.", "mindestens"),
        (r"gem\.", "gemäß"),
        (r"lt\.", "laut"),
        (r"tgl\.", "täglich"),
        (r"tägl\.", "täglich"),
        (r"Abt\.", "Abteilung"),
        # espeak-ng: „Em We Es Te“, English "double-u h g", „Dipl Ing“, „zet Hd“
        (r"MwSt\.?(?!\w)", "Mehrwertsteuer"),
        (r"Whg\.", "Wohnung"),
        (r"Dipl\.-Ing\.", "Diplom-Ingenieur"),
        (r"Dipl\.(?=[\s-])", "Diplom"),
        (rf"z\.{_S}Hd\.?", "zu Händen"),
        (r"Hbf\.?(?!\w)", "Hauptbahnhof"),
        (r"OBin(?!\w)", "Oberbürgermeisterin"),
        (r"N\.?\s?B\.?(?=:)", "Hinweis"),
        (r"IfSG(?!\w)", "Infektionsschutzgesetz"),
        (r"SGB(?!\w)", "Sozialgesetzbuch"),
        (r"StVO(?!\w)", "Straßenverkehrsordnung"),
        # Law names of the Corona years: "CoronaSchVO", "CoronaBetrVO", "CoronaEinrVO".
        (r"([A-ZÄÖÜ][a-zäöüß]+)SchVO(?!\w)", r"\1-Schutzverordnung"),
        (r"([A-ZÄÖÜ][a-zäöüß]+)BetrVO(?!\w)", r"\1-Betreuungsverordnung"),
        (r"([A-ZÄÖÜ][a-zäöüß]+)EinrVO(?!\w)", r"\1-Einreiseverordnung"),
        (r"([A-ZÄÖÜ][a-zäöüß]+)TestQuarantäneVO(?!\w)", r"\1-Test-und-Quarantäneverordnung"),
        (r"([A-ZÄÖÜ][a-zäöüß]+)ImpfV(?!\w)", r"\1-Impfverordnung"),
        (r"([A-ZÄÖÜ][\wäöüß]+?)VO(?!\w)", r"\1-Verordnung"),
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
        (r"Cllr\.?(?!\w)", "Councillor"),
        (r"Dr(?=\s[A-Z])", "Doctor"),
        (r"Mrs(?=\s[A-Z])", "Missus"),
        (r"Mr(?=\s[A-Z])", "Mister"),
        (r"24/7", "twenty-four seven"),
        (r"ext\.?(?=\s?\d)", "extension"),
        (r"Cllrs\.?(?!\w)", "Councillors"),
        (r"Tel\.?(?=[:\s]\s*[\d+(])", "Telephone"),
        (r"tel\.?(?=[:\s]\s*[\d+(])", "telephone"),
        (r"St(?=\s[A-Z][a-z])", "Saint"),
        (r"Nos\.?(?=\s?\d)", "numbers"),
        (r"N\.?\s?B\.?(?=:)", "Note"),
        (r"NB(?=\s[a-z])", "note"),
        (r"approx(?=\s\d)", "approximately"),
        (r"OB(?![\w-])", "O B"),
        # A compass point between a house number and a street: "101 W. Irvington Road".
        (r"(?<=\d )N\.(?=\s[A-Z][a-z])", "North"),
        (r"(?<=\d )S\.(?=\s[A-Z][a-z])", "South"),
        (r"(?<=\d )E\.(?=\s[A-Z][a-z])", "East"),
        (r"(?<=\d )W\.(?=\s[A-Z][a-z])", "West"),
        # espeak-ng: "Inkle", "Exkle", "w slash c", "R D", "Ah-vay", "po box", "fak"; "High
        # St" after a street name is Street (before a name it is Saint, above).
        (r"incl\.", "including"),
        (r"excl\.", "excluding"),
        (r"w/c(?=\s)", "week commencing"),
        # (the full stop is kept where it ends the text: it also ends the sentence)
        (r"(?<=[a-z] )Rd(?:\.(?=[,;:)]|\s))?(?!\w)", "Road"),
        (r"(?<=[a-z] )Ave(?:\.(?=[,;:)]|\s))?(?!\w)", "Avenue"),
        (r"(?<=[a-z] )St(?:\.(?=[,;:)]|\s))?(?=[,;:)]|\s+[a-z0-9]|\.?$)", "Street"),
        (r"PO(?=\sBox)", "P O"),
        (r"FAQ(?=s?(?!\w))", "F A Q"),
    ),
}

# Abbreviations said as words in German text, as if the document's glossary defined them
# (its own definition wins). Expanded in agreement with the sentence: „die OB Katja Dörner“
# → „die Oberbürgermeisterin“, „des OB“ → „des Oberbürgermeisters“ (see ``grammar.py``).
GLOSSARY_DE: dict[str, str] = {"OB": "Oberbürgermeister"}

# Two or three capitals in German text are said letter by letter (espeak-ng reads "OP",
# "ID", "EU", "USA", "AOK", "ARD", "IHK", "EDV", "AG" as words: „Op-Masken“, „Oy“); these
# are said as words: acronyms people pronounce so, and short words written in capitals
# („NEU“, „AUS“ on a sign).
WORD_CAPITALS_DE: frozenset[str] = frozenset(
    [
        "UNO",
        "TÜV",
        "DAX",
        "ZOB",
        "BAföG",
        "NEU",
        "AUS",
        "UND",
        "ODER",
        "EIN",
        "EINE",
        "AB",
        "AN",
        "AM",
        "IM",
        "IN",
        "ZU",
        "ZUM",
        "ZUR",
        "BIS",
        "VON",
        "MIT",
        "FÜR",
        "DIE",
        "DER",
        "DAS",
        "DEN",
        "DEM",
        "DES",
        "WIR",
        "SIE",
        "ER",
        "ES",
        "JA",
        "NUR",
        "NOCH",
        "GUT",
        "ALT",
        "OFT",
        "NIE",
        "TAG",
        "ORT",
        "WEG",
        "HOF",
        "OHR",
        "ARM",
        "TOR",
        "TAL",
        "ZOO",
        "ABO",
        "UFO",
    ]
)

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
        # the German voice says "Kilobyte" as „Kilobüte“: the English "byte" as phonemes
        "KB": ("[[k'i:lo:b,aIt]]", "[[k'i:lo:b,aIt]]"),
        "kB": ("[[k'i:lo:b,aIt]]", "[[k'i:lo:b,aIt]]"),
        "MB": ("[[m'e:gab,aIt]]", "[[m'e:gab,aIt]]"),
        "GB": ("[[g'i:gab,aIt]]", "[[g'i:gab,aIt]]"),
        "TB": ("[[t'e:Rab,aIt]]", "[[t'e:Rab,aIt]]"),
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
        "ft": ("foot", "feet"),
        "mph": ("mile per hour", "miles per hour"),
        "p": ("penny", "pence"),  # "50p": espeak-ng read pubkit's "fiftyp"
        "KB": ("kilobyte", "kilobytes"),
        "kB": ("kilobyte", "kilobytes"),
        "MB": ("megabyte", "megabytes"),
        "GB": ("gigabyte", "gigabytes"),
        "TB": ("terabyte", "terabytes"),
        "m³": ("cubic metre", "cubic metres"),
        "mm": ("millimetre", "millimetres"),
        "kW": ("kilowatt", "kilowatts"),
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
        "BAföG": "Bafög",  # espeak-ng: „Be-aföh-Ge“
    },
    "en": {"Düsseldorf": "Dusseldorf", "duesseldorf": "dusseldorf"},
}

# English words in German text, as espeak-ng phonemes of its German voice ([[…]] is
# espeak-ng's phoneme input). Without them the German voice says "Lockdovn", "Hotlihne".
# Checked with `espeak-ng -v de -x WORD`; words espeak-ng already switches to English
# for (Team, Update, Service …) are listed too, so the reading does not depend on its
# dictionary version. Whole words, case-sensitive; the first letter may also be lower case.
ANGLICISMS: dict[str, str] = {
    "Lockdown": "[[l'OkdaUn]]",
    "Lockdowns": "[[l'OkdaUns]]",
    "Shutdown": "[[S'atdaUn]]",
    "Hotline": "[[h'OtlaIn]]",
    "Hotlines": "[[h'OtlaIns]]",
    "Homeoffice": "[[h'o:mOfIs]]",
    "Home-Office": "[[h'o:mOfIs]]",
    "Homeschooling": "[[h'o:msku:lIN]]",
    "Hotspot": "[[h'OtspOt]]",
    "Hotspots": "[[h'OtspOts]]",
    "Service": "[[s'Y:vIs]]",
    "Update": "[['apdeIt]]",
    "Updates": "[['apdeIts]]",
    "Team": "[[t'i:m]]",
    "Teams": "[[t'i:ms]]",
    "Newsletter": "[[nj'u:slEt3]]",
    "Online": "[['OnlaIn]]",
    "Drive-in": "[[dr'aIf,In]]",
    "Drive-In": "[[dr'aIf,In]]",
    "Walk-in": "[[v'O:k,In]]",
    "Check-in": "[[tS'Ek,In]]",
    "Callcenter": "[[k'O:lsEnt3]]",
    "Jobcenter": "[[dZ'OpsEnt3]]",
    "Livestream": "[[l'aIfstri:m]]",
    "Festival": "[[f'EstIvEl]]",
    "Booster": "[[b'u:st3]]",
    "Rollout": "[[r'o:laUt]]",
    "Feedback": "[[f'i:tbEk]]",
    "Meeting": "[[m'i:tIN]]",
    "Hashtag": "[[h'EStEk]]",
    "Tracking": "[[tr'EkIN]]",
    "Slot": "[[sl'Ot]]",
    "Timeslot": "[[t'aImslOt]]",
    "Podcast": "[[p'OtkA:st]]",
    "Cluster": "[[kl'ast3]]",
    "Startup": "[[st'a:tap]]",
    "Public": "[[p'ablIk]]",
    "Viewing": "[[vj'u:IN]]",
    "Click": "[[kl'Ik]]",
    "Collect": "[[kOl'Ekt]]",
    "Coworking": "[[k'o:vY:kIN]]",
}

# English words that are read as English only inside a hyphenated compound whose parts are
# all English ("Self-Checkout", "Pop-up-Store", "Click-and-Collect"): alone, most of them are
# German words too or rare. Phonemes of espeak-ng's German voice, lower-case keys; the first
# part of a compound keeps its main stress, the others take a secondary one.
ENGLISH_PARTS: dict[str, str] = {
    "self": "s'Elf",
    "checkout": "tS'EkaUt",
    "check": "tS'Ek",
    "out": "'aUt",
    "in": "'In",
    "pop": "p'Op",
    "up": "'ap",
    "store": "st'O:",
    "shop": "S'Op",
    "drive": "dr'aIf",
    "walk": "v'O:k",
    "home": "h'o:m",
    "office": "'OfIs",
    "point": "p'OYnt",
    "help": "h'Elp",
    "desk": "d'Esk",
    "call": "k'O:l",
    "center": "s'Ent3",
    "click": "kl'Ik",
    "and": "'Ent",
    "collect": "kOl'Ekt",
    "go": "g'o:",
    "coffee": "k'Ofi:",
    "food": "f'u:t",
    "truck": "tr'ak",
    "service": "s'Y:vIs",
    "online": "'OnlaIn",
    "team": "t'i:m",
    "open": "'o:p@n",
    "air": "'E:3",
    "public": "p'ablIk",
    "viewing": "vj'u:IN",
    "street": "str'i:t",
    "work": "v'Y:k",
    "smart": "sm'a:t",
    "phone": "f'o:n",
    "schooling": "sk'u:lIN",
    "hot": "h'Ot",
    "spot": "sp'Ot",
    "lock": "l'Ok",
    "down": "d'aUn",
    "live": "l'aIf",
    "stream": "str'i:m",
    "after": "'a:ft3",
    "party": "p'a:ti:",
    "fast": "f'a:st",
    "lane": "l'eIn",
}
