"""German agreement for words the normaliser puts into a sentence in place of an abbreviation.

A glossary writes an expansion once, in the nominative singular: ``ASV`` → „Allgemeiner
Sportverein“, ``OB`` → „Oberbürgermeister“. Said in place of the abbreviation it must agree
with the words around it, as a reader's eye silently does:

- „im ASV Landau“ → „im Allgemeinen Sportverein Landau“ (dative: the adjective ends in -en),
- „des DWD“ → „des Deutschen Wetterdienstes“ (genitive: -en, and the noun takes -s/-es),
- „der DWD“ → „der Deutsche Wetterdienst“ (a definite article: the weak ending -e),
- „Die OB Katja Dörner“, „Frau OB“ → „Oberbürgermeisterin“ (a woman holds the office).

Only what can be told from the neighbouring words is changed; anything else stays as the
glossary writes it.
"""

from __future__ import annotations

import re

__all__ = [
    "GENDERS",
    "agree",
    "is_female_first_name",
    "is_plural",
    "noun_gender",
    "one_before_noun",
    "says_a_noun",
]

# Common German (and a few international) women's first names, for titles such as „OB“.
_FEMALE_NAMES = frozenset(
    [
        "Andrea",
        "Anja",
        "Anke",
        "Anna",
        "Anne",
        "Annette",
        "Antje",
        "Barbara",
        "Bärbel",
        "Beate",
        "Bettina",
        "Birgit",
        "Brigitte",
        "Carola",
        "Charlotte",
        "Christa",
        "Christiane",
        "Christina",
        "Christine",
        "Claudia",
        "Cornelia",
        "Dagmar",
        "Daniela",
        "Doris",
        "Dorothee",
        "Elisabeth",
        "Elke",
        "Ellen",
        "Eva",
        "Franziska",
        "Gabriele",
        "Gerda",
        "Gisela",
        "Gudrun",
        "Hannelore",
        "Heidi",
        "Heike",
        "Helga",
        "Henriette",
        "Ilse",
        "Ines",
        "Inge",
        "Ingrid",
        "Iris",
        "Jana",
        "Jasmin",
        "Johanna",
        "Judith",
        "Julia",
        "Jutta",
        "Karin",
        "Katharina",
        "Kathrin",
        "Katja",
        "Katrin",
        "Kerstin",
        "Kirsten",
        "Klara",
        "Kristina",
        "Lea",
        "Lena",
        "Lisa",
        "Luise",
        "Manuela",
        "Margit",
        "Maria",
        "Marie",
        "Marion",
        "Marlene",
        "Martina",
        "Melanie",
        "Michaela",
        "Monika",
        "Nadine",
        "Nicole",
        "Nina",
        "Petra",
        "Regina",
        "Renate",
        "Rita",
        "Ruth",
        "Sabine",
        "Sandra",
        "Sarah",
        "Silke",
        "Simone",
        "Sonja",
        "Stefanie",
        "Stephanie",
        "Susanne",
        "Svenja",
        "Tanja",
        "Ulla",
        "Ulrike",
        "Ursula",
        "Ute",
        "Verena",
        "Veronika",
        "Waltraud",
        "Yvonne",
    ]
)
_MALE_LOOKING_FEMALE = frozenset(
    [
        "Luca",
        "Nikita",
        "Sascha",
        "Jona",
        "Joshua",
        "Elia",
        "Mika",
        "Uwe",
        "Ove",
        "Ole",
        "Malte",
        "Hauke",
        "Helge",
        "Lasse",
        "Janne",
        "René",
    ]
)


def is_female_first_name(word: str) -> bool:
    """Whether ``word`` is most likely a woman's first name (a list, then -a/-e endings)."""
    if word in _FEMALE_NAMES:
        return True
    if word in _MALE_LOOKING_FEMALE or not re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]{2,}", word):
        return False
    return word.endswith(("a", "ine", "ette", "ike", "ilke", "ina"))


def says_a_noun(expansion: str) -> bool:
    """Whether a German expansion names a thing (has a capitalised word, a noun).

    „geimpft, genesen oder getestet“ (for „3G“) does not: said in place of the abbreviation
    after „nur mit“ it is ungrammatical, so the abbreviation itself is read there.
    """
    return any(w[:1].isupper() for w in re.findall(r"[\wäöüß-]+", expansion))


# Adjectives in official names (stems), and the suffixes that make a word an adjective.
_ADJECTIVES = frozenset(
    [
        "deutsch",
        "allgemein",
        "neu",
        "alt",
        "frei",
        "rot",
        "hoch",
        "groß",
        "klein",
        "ober",
        "nieder",
        "gemeinsam",
        "ständig",
    ]
)
_ADJECTIVE_SUFFIXES = ("isch", "lich", "ig", "al", "ell", "iv", "sam", "bar", "haft")
_STRONG_ENDINGS = ("er", "es", "e")

# The word before the abbreviation → (case, gender the article requires, or "" for any).
_CONTEXT = {
    "des": ("gen", "mn"), "eines": ("gen", "mn"), "dem": ("dat", "mn"), "einem": ("dat", "mn"),
    "im": ("dat", "mn"), "am": ("dat", "mn"), "vom": ("dat", "mn"), "zum": ("dat", "mn"),
    "beim": ("dat", "mn"), "zur": ("dat", "f"), "den": ("acc", "m"), "einen": ("acc", "m"),
    "der": ("der", ""), "die": ("nom", "f"), "das": ("nom", "n"),
    # Prepositions with the dative and no article: „laut DWD“ → „laut Deutschem Wetterdienst“.
    "laut": ("strong", ""), "mit": ("strong", ""), "von": ("strong", ""), "bei": ("strong", ""),
    "nach": ("strong", ""), "aus": ("strong", ""), "seit": ("strong", ""),
}  # fmt: skip
_PERSON_NOUN = re.compile(r"(?:meister|[^aeiou]er|or|ent|ant|rat|direktor)$")


def _adjective_stem(word: str) -> str | None:
    for ending in _STRONG_ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 2:
            low = stem.lower()
            if low in _ADJECTIVES or low.endswith(_ADJECTIVE_SUFFIXES):
                return stem
    return None


def agree(expansion: str, before: str, after: str) -> str:
    """``expansion`` (nominative singular, as a glossary writes it) in agreement with the
    sentence around it: ``before`` and ``after`` are the text on either side.

    >>> agree("Allgemeiner Sportverein", "der Turnverein im ", " Landau")
    'Allgemeinen Sportverein'
    >>> agree("Deutscher Wetterdienst", "Warnungen des ", " gelten")
    'Deutschen Wetterdienstes'
    >>> agree("Oberbürgermeister", "sagte die ", " Katja Dörner")
    'Oberbürgermeisterin'
    """
    if after.startswith("-"):  # the first part of a compound: „OB-Wahl“
        return expansion
    words = expansion.split(" ")
    previous = before.split()[-1] if before.split() else ""
    following = after.split()[0].strip(",.;:!?") if after.split() else ""
    adjectives: list[tuple[int, str]] = []
    head = 0
    for index, word in enumerate(words[:-1]):
        stem = _adjective_stem(word)
        if stem is None and word.endswith("er") and _adjective_stem(words[index + 1]):
            head = index + 1  # „Frankfurter“ before an adjective: a place, never declined
            continue
        if stem is None:
            break
        adjectives.append((index, stem))
        head = index + 1
    noun = words[head]
    female = (
        previous in ("Frau", "Die", "die", "eine", "Eine")
        or is_female_first_name(following)
        or (following in ("Dr", "Prof") and is_female_first_name(_word(after, 1)))
    )
    if len(words) == 1 and female and _PERSON_NOUN.search(noun):
        noun = words[0] = noun + "in"  # a woman holds the office: „Oberbürgermeisterin“
    case, genders = _CONTEXT.get(previous.lower(), ("", ""))
    if not case or not adjectives:
        if case == "gen" and not (female and len(words) == 1):
            index = _head(words)
            words[index] = _genitive(words[index])
        return " ".join(words)
    feminine = words[adjectives[-1][0]].endswith("e") and not words[adjectives[-1][0]].endswith(
        ("er", "es")
    )
    if case == "der":  # nominative masculine, or dative/genitive feminine
        ending = "en" if feminine else "e"
    elif case == "strong":  # dative without an article
        ending = "er" if feminine else "em"
    elif case == "nom":
        ending = "e"
    elif (genders == "f" and not feminine) or (genders in ("mn", "m") and feminine):
        return expansion  # the article and the name disagree: leave it as written
    else:
        ending = "en"
    for index, stem in adjectives:
        words[index] = stem + ending
    if case == "gen" and not feminine:
        words[head] = _genitive(words[head])
    return " ".join(words)


def _word(text: str, index: int) -> str:
    parts = text.split()
    return parts[index].strip(",.;:!?") if len(parts) > index else ""


def _head(words: list[str]) -> int:
    """The head noun: the last capitalised word before the first lower-case one.

    „Robert Koch-Institut“ → „Koch-Institut“; „Institut für Arbeitsmarkt- und …“ → „Institut“.
    """
    head = 0
    for index, word in enumerate(words):
        if not word[:1].isupper():
            break
        head = index
    return head


def _genitive(noun: str) -> str:
    """„Wetterdienst“ → „Wetterdienstes“, „Institut“ → „Instituts“ (masculine and neuter)."""
    if not noun[-1:].isalpha() or not noun[:1].isupper():
        return noun
    if noun.endswith(("s", "ß", "x", "z", "dienst", "bund", "amt")):
        return noun + "es"
    return noun + "s"


# -- "1" before a noun: the indefinite article ------------------------------------------------

# Grammatical gender of nouns notices count („1. Schritt“, „1 Woche“), capitalised; a
# compound takes its last part's gender („Begleitperson“ like „Person“: the longest listed
# ending wins). Checked before the endings below.
GENDERS: dict[str, str] = {
    "Teil": "m", "Platz": "m", "Preis": "m", "Schritt": "m", "Tag": "m", "Ort": "m",
    "Rang": "m", "Abschnitt": "m", "Termin": "m", "Bauabschnitt": "m", "Punkt": "m",
    "Kapitel": "n", "Jahr": "n", "Mal": "n", "Semester": "n", "Quartal": "n",
    "Gebot": "n", "Treffen": "n", "Angebot": "n", "Dosis": "f", "Stufe": "f",
    "Klasse": "f", "Runde": "f", "Welle": "f", "Woche": "f", "Phase": "f",
    "Impfung": "f", "Regel": "f", "Tür": "f", "Frage": "f", "Etage": "f",
    "Fest": "n", "Konzert": "n", "Spiel": "n", "Turnier": "n", "Projekt": "n",
    "Programm": "n", "Paket": "n", "Amt": "n", "Verfahren": "n", "Haus": "n",
    "Verbot": "n", "Gesetz": "n", "Ticket": "n", "Formular": "n", "Portal": "n",
    "Büro": "n", "Konto": "n", "Zertifikat": "n", "Konzept": "n", "Modell": "n",
    "Bad": "n", "Netz": "n", "Recht": "n", "Gebäude": "n", "Test": "m",
    "Stock": "m", "Geschoss": "n", "OG": "n", "UG": "n",
    # what a lone „1“ counts („1 Person“, „1 Jahr“)
    "Person": "f", "Stunde": "f", "Minute": "f", "Sekunde": "f", "Million": "f",
    "Milliarde": "f", "Nacht": "f", "Seite": "f", "Frau": "f", "Karte": "f", "Uhr": "f",
    "Gebühr": "f", "Frist": "f", "Zeit": "f", "Stadt": "f", "Nummer": "f", "Mail": "f",
    "Hand": "f", "Kraft": "f", "Fahrt": "f", "Wahl": "f", "Zahl": "f", "Urkunde": "f",
    "Antwort": "f", "Monat": "m", "Euro": "m", "Cent": "m", "Dollar": "m", "Meter": "m",
    "Kilometer": "m", "Haushalt": "m", "Antrag": "m", "Fall": "m", "Mann": "m",
    "Brief": "m", "Besuch": "m", "Weg": "m", "Raum": "m", "Sitz": "m", "Abend": "m",
    "Morgen": "m", "Vormittag": "m", "Nachmittag": "m", "Name": "m", "Kunde": "m",
    "Kollege": "m", "Erwachsener": "m", "Wagen": "m", "Bus": "m", "Zug": "m", "Sack": "m",
    "Ausweis": "m", "Nachweis": "m", "Schein": "m", "Pass": "m", "Betrag": "m",
    "Beitrag": "m", "Zuschuss": "m", "Eintrag": "m", "Satz": "m", "Bereich": "m",
    "Impfstoff": "m", "Liter": "m", "Moment": "m", "Versuch": "m", "Anruf": "m",
    "Kind": "n", "Stück": "n", "Prozent": "n", "Zimmer": "n", "Dokument": "n", "Foto": "n",
    "Bild": "n", "Mitglied": "n", "Wochenende": "n", "Blatt": "n", "Exemplar": "n",
    "Gramm": "n", "Paar": "n", "Glas": "n", "Bett": "n", "Tier": "n", "Gerät": "n",
    "Wort": "n", "Buch": "n", "Heft": "n", "Fahrzeug": "n", "Auto": "n", "Fahrrad": "n",
    "Zelt": "n", "Boot": "n", "Fenster": "n", "Schreiben": "n", "Land": "n", "Dorf": "n",
    "Feld": "n", "Ei": "n",
    # plurals in -e / -er notices put after an ordinal („die 7. Jahrgänge“, „2. Kurse“)
    "Gang": "m", "Jahrgang": "m", "Kurs": "m", "Lehrgang": "m", "Markt": "m", "Stand": "m",
    "Sport": "m", "Lauf": "m", "Lehrer": "m", "Schüler": "m", "Zweig": "m",
}  # fmt: skip
_FEMININE_ENDINGS = ("ung", "heit", "keit", "ion", "schaft", "tät", "e", "ik", "ur", "enz",
                     "ei", "ie", "erin", "anz")  # fmt: skip
_NEUTER_ENDINGS = ("chen", "lein", "ment", "um", "nis", "tel", "ium", "tum")
_TAILS = sorted(
    ((tail.lower(), gender) for tail, gender in GENDERS.items() if len(tail) > 2),
    key=lambda item: -len(item[0]),
)

_BACK = str.maketrans("äöü", "aou")


def is_plural(noun: str) -> bool:
    """Whether a German noun is, by its form, a plural.

    -en, -n, -s („Klassen“, „Tests“; not -ion, -nis, -us, -in, -on, -is: „Aktion“,
    „Bürgermeisterin“), or -e / -er after a masculine or neuter noun the table knows, with
    or without an umlaut: „Jahrgänge“ (Jahrgang), „Kurse“, „Tage“, „Kinder“, „Häuser“. A
    feminine noun in -e („Klasse“, „Stufe“) is no plural: its stem is no noun of the table.

    >>> is_plural("Jahrgänge"), is_plural("Klassen"), is_plural("Klasse"), is_plural("Sorte")
    (True, True, False, False)
    """
    if noun.endswith(("en", "n", "s")) and not noun.endswith(
        ("ion", "nis", "us", "in", "on", "is")
    ):
        return True
    for ending in ("er", "e"):
        if not noun.endswith(ending):
            continue
        stem = noun[: -len(ending)]
        umlaut = max(stem.rfind(c) for c in "äöü")
        backed = stem[:umlaut] + stem[umlaut:].translate(_BACK) if umlaut >= 0 else stem
        for candidate in {stem, backed}:
            if GENDERS.get(candidate) in ("m", "n"):
                return True
            # a compound whose last part the table knows (four letters or more)
            low = candidate.lower()
            if any(
                len(tail) >= 4 and low.endswith(tail) and gender in ("m", "n")
                for tail, gender in _TAILS
            ):
                return True
    return False


# The word before the number → the case it governs (prepositions; verbs whose object it is).
_ONE_CASE: dict[str, str] = {
    **dict.fromkeys(
        ["mit", "nach", "von", "vor", "aus", "bei", "seit", "zu", "ab", "binnen", "außer",
         "gegenüber", "gemäß", "entsprechend", "unter", "in", "an", "neben", "zwischen",
         "samt", "nebst"],
        "dat",
    ),
    **dict.fromkeys(
        ["für", "um", "durch", "gegen", "ohne", "über", "brauchen", "braucht", "brauchst",
         "bekommen", "bekommt", "erhalten", "erhält", "haben", "hat", "beantragen", "beantragt",
         "buchen", "bucht", "vereinbaren", "vereinbart", "zahlen", "zahlt", "bezahlen",
         "bezahlt", "kostet", "kosten", "dauert", "dauern", "gibt", "gab", "nehmen", "nimmt",
         "bringen", "bringt", "mitbringen", "wählen", "wählt", "zeigen", "zeigt"],
        "acc",
    ),
}  # fmt: skip
_ONE_FORMS = {
    ("nom", "m"): "ein", ("nom", "f"): "eine", ("nom", "n"): "ein",
    ("acc", "m"): "einen", ("acc", "f"): "eine", ("acc", "n"): "ein",
    ("dat", "m"): "einem", ("dat", "f"): "einer", ("dat", "n"): "einem",
}  # fmt: skip


def noun_gender(noun: str) -> str:
    """``m``, ``f`` or ``n`` for a German noun: :data:`GENDERS`, its longest listed ending
    (a compound's last part), else its ending (-ung, -heit, -e … feminine; -chen, -ment,
    -um … neuter), else masculine. Two-letter entries (Ei, OG) only as whole words.

    >>> noun_gender("Begleitperson"), noun_gender("Wochenende"), noun_gender("Haushalt")
    ('f', 'n', 'm')
    """
    if noun in GENDERS:
        return GENDERS[noun]
    low = noun.lower()
    for tail, gender in _TAILS:
        if low.endswith(tail):
            return gender
    if low.endswith(_FEMININE_ENDINGS):
        return "f"
    if low.endswith(_NEUTER_ENDINGS):
        return "n"
    return "m"


def one_before_noun(noun: str, before: str) -> str:
    """How a German „1“ is said before ``noun``: the indefinite article in the noun's gender
    and the case the word before (``before``: its last word, as written) calls for.

    „Dauer: 1 Tag“ → „ein“, „nach 1 Woche“ → „einer“, „Sie brauchen 1 Termin“ → „einen“,
    „seit 1 Jahr“ → „einem“. Other words leave the nominative.

    >>> one_before_noun("Woche", "nach"), one_before_noun("Termin", "brauchen")
    ('einer', 'einen')
    """
    words = before.split()
    case = _ONE_CASE.get(words[-1].lower(), "nom") if words else "nom"
    if case == "nom" and len(words) >= 2 and words[-1] == "es" and words[-2] in ("gibt", "gab"):
        case = "acc"  # „gibt es 1 Fall“
    return _ONE_FORMS[case, noun_gender(noun)]
