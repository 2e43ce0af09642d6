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

__all__ = ["agree", "is_female_first_name", "says_a_noun"]

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
