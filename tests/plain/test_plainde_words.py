"""German plain words (plain_words.tsv): general substitutions that keep meaning and grammar.

The sentences are our own, written like a city's notices."""

from __future__ import annotations

import pytest

from pubkit.plain.plainwords import use_plain_words
from pubkit.plain.readability import readability


@pytest.mark.parametrize(
    ("official", "plain"),
    [
        (
            "Im Saal dürfen höchstens 40 Personen sitzen.",
            "Im Saal dürfen höchstens 40 Menschen sitzen.",
        ),
        (
            "Die neuen Maßnahmen gelten ab Montag.",
            "Die neuen Regeln gelten ab Montag.",
        ),
        (
            "Das Amt ist nur telefonisch erreichbar.",
            "Das Amt ist nur am Telefon erreichbar.",
        ),
        (
            "Alle Dienstleistungen des Bürgerbüros brauchen einen Termin.",
            "Alle Leistungen des Bürgerbüros brauchen einen Termin.",
        ),
        (
            "Die Nachbarschaftshilfe bietet Unterstützung beim Einkaufen.",
            "Die Nachbarschaftshilfe bietet Hilfe beim Einkaufen.",
        ),
        (
            "Für diese Angelegenheit ist das Ordnungsamt zuständig.",
            "Für diese Sache ist das Ordnungsamt zuständig.",
        ),
        (
            "Ab Montag können sich alle Bürgerinnen und Bürger kostenlos testen lassen.",
            "Ab Montag können sich alle Menschen kostenlos testen lassen.",
        ),
        (
            "Die Stadt dankt allen Einwohnerinnen und Einwohnern für ihre Geduld.",
            "Die Stadt dankt allen Menschen für ihre Geduld.",
        ),
        (
            "Die Abholung erfolgt meistens innerhalb von zwei Wochen.",
            "Die Abholung erfolgt meistens in zwei Wochen.",
        ),
        (
            "Geschwister zahlen weiterhin weniger.",
            "Geschwister zahlen weiter weniger.",
        ),
        (
            "Im Saal dürfen höchstens 20 Menschen gleichzeitig sein.",
            "Im Saal dürfen höchstens 20 Menschen zugleich sein.",
        ),
        (
            "Das Land hat die Verordnung erneut geändert.",
            "Das Land hat die Verordnung wieder geändert.",
        ),
        (
            "Die Jury wählt die Preisträgerinnen und Preisträger aus.",
            "Die Jury wählt die Gewinnerinnen und Gewinner aus.",
        ),
    ],
)
def test_plain_word_replaces_official_word(official: str, plain: str) -> None:
    assert use_plain_words(official, "de") == plain


def test_singular_person_and_compounds_stay() -> None:
    # „Person“ → „Mensch“ would change the article (die Person, der Mensch): only the plural
    # is listed; compounds are other words.
    text = "Eine weitere Person und alle Einzelpersonen dürfen kommen."
    assert use_plain_words(text, "de") == text


def test_adjective_telefonische_stays() -> None:
    text = "Eine telefonische Beratung ist möglich."
    assert use_plain_words(text, "de") == text


def test_plain_words_read_easier() -> None:
    official = ["Für Angelegenheiten der Dienstleistungen gibt es telefonisch Unterstützung."]
    plain = [use_plain_words(official[0], "de")]
    assert plain == ["Für Sachen der Leistungen gibt es am Telefon Hilfe."]
    assert readability(plain, "de").flesch > readability(official, "de").flesch + 30


def test_informationen_is_plain_also_beside_a_web_address() -> None:
    """Nouns stay as written in a sentence with a web address (the reader looks for them on
    the page), but „Informationen“ names no page."""
    from pubkit.plain.rewrite import expand

    text = "Informationen und die Allgemeinverfügung stehen auf www.example.de."
    assert expand(text, "de") == "Infos und die Allgemeinverfügung stehen auf www.example.de."
