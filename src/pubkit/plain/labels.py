"""The fixed words pubkit puts into a plain-language version, in German and English.

These are the only words the built-in simplifier adds that are not in the source; the
fidelity check allows them and nothing else.
"""

from __future__ import annotations

from pubkit.model.lang import primary_language

__all__ = ["plain_label", "template_words"]

_LABELS: dict[str, dict[str, str]] = {
    "de": {
        "heading": "Das Wichtigste in Kürze",
        "variant": "Einfache Sprache",
        "variant_leichte": "Leichte Sprache",
        "draft": "Entwurf",
        "note_title": "Hinweis",
        "note": "Das ist ein Entwurf in Einfacher Sprache. Ein Computer-Programm hat ihn "
        "geschrieben. Ein Mensch muss ihn noch prüfen.",
        "full_text": "Hier ist der ganze Text.",
        "more_entries": "Mehr steht im ganzen Text.",
        "contact": "Mehr Informationen",
        "web": "Internet",
        "phone": "Telefon",
        "email": "E-Mail",
        "to": "bis",
        "about": "rund",
        "what": "Was ist neu?",
        "when": "Ab wann?",
        "who": "Für wen?",
        "todo": "Was müssen Sie tun?",
        "help": "Wo gibt es Hilfe?",
        "address": "Die Internet-Adresse ist:",
    },
    "en": {
        "heading": "In short",
        "variant": "Easy read",
        "variant_leichte": "Easy read",
        "draft": "Draft",
        "note_title": "Note",
        "note": "This is a draft in easy read. A computer program wrote it. "
        "A person must still check it.",
        "full_text": "Here is the full text.",
        "more_entries": "More is in the full text.",
        "contact": "More information",
        "web": "Internet",
        "phone": "Phone",
        "email": "Email",
        "to": "to",
        "about": "about",
        "what": "What is new?",
        "when": "From when?",
        "who": "Who is it for?",
        "todo": "What must you do?",
        "help": "Where can you get help?",
        "address": "The web address is:",
    },
}

# Words the rewrite rules may bring in: expansions of common abbreviations, weekday names, and
# pronouns and articles, which are capitalised at the start of a sentence.
_REWRITE_WORDS = """
zum Beispiel beziehungsweise etwa unter anderem und so weiter das heißt Nummer Telefon Straße
Sankt inklusive wenn nötig vielleicht Doktor Professor Montag Dienstag Mittwoch Donnerstag
Freitag Samstag Sonntag montags dienstags mittwochs donnerstags freitags samstags sonntags
Sie Ihr Ihre Ihren Ihrem Ihrer Ihres Ihnen Er Es Wir Dort Hier Das Der Die Dann Deshalb Bitte Sie
Haben Brauchen Fragen Informationen mehr rufen an Oder schreiben E-Mail können anrufen
for example that is and so on number You Your It We They This Or There Here The Please Then Do Are Were Can Must Have Monday Tuesday Wednesday Thursday Friday Saturday Sunday
"""


def plain_label(language: str, key: str) -> str:
    """A label for the plain-language version: ``plain_label("de", "heading")``."""
    table = _LABELS.get(primary_language(language), _LABELS["en"])
    return table[key]


def template_words(language: str) -> frozenset[str]:
    """Every word pubkit itself may add to a plain-language version in ``language``."""
    table = _LABELS.get(primary_language(language), _LABELS["en"])
    text = " ".join(table.values()) + " " + _REWRITE_WORDS
    out: set[str] = set()
    for token in text.replace("-", " ").split():
        word = token.strip(".,:;!?")
        if word:
            out.add(word)
    return frozenset(out)
