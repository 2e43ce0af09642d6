"""German contact lines: the e-mail address in a sentence of its own, after the sentence that
says what the contact is for. The sentences are our own."""

from __future__ import annotations

import pytest

from pubkit.plain.contacts import contact_parts
from pubkit.plain.sentence import fragment_reason
from pubkit.plain.shorten import shorten


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Fragen zur Baustelle beantwortet Jonas Weber vom Tiefbauamt, Telefon 0611 31-2244, "
            "E-Mail tiefbau@example.de (Montag bis Donnerstag 8 bis 15 Uhr).",
            [
                "Fragen zur Baustelle beantwortet Jonas Weber vom Tiefbauamt, Telefon "
                "0611 31-2244 (Montag bis Donnerstag 8 bis 15 Uhr).",
                "Oder schreiben Sie an: tiefbau@example.de.",
            ],
        ),
        (
            "Fragen zur Anmeldung beantwortet das Schulamt unter Telefon 0511 168-4 oder "
            "schulamt@example.de.",
            [
                "Fragen zur Anmeldung beantwortet das Schulamt unter Telefon 0511 168-4.",
                "Oder schreiben Sie an: schulamt@example.de.",
            ],
        ),
        (
            "Bei Fragen zur Abfuhr hilft der Entsorgungsbetrieb, Telefon 0371 45-0, montags bis "
            "freitags 7 bis 16 Uhr, oder per E-Mail an abfall@example.de.",
            [
                "Bei Fragen zur Abfuhr hilft der Entsorgungsbetrieb, Telefon 0371 45-0, montags "
                "bis freitags 7 bis 16 Uhr.",
                "Oder schreiben Sie an: abfall@example.de.",
            ],
        ),
    ],
)
def test_mail_address_gets_its_own_sentence(sentence: str, expected: list[str]) -> None:
    parts = contact_parts(sentence)
    assert parts == expected
    assert all(fragment_reason(p, "de") is None for p in parts)


@pytest.mark.parametrize(
    "sentence",
    [
        # no e-mail address: nothing to split off
        "Fragen beantwortet das Bürgerbüro, Telefon 0711 216-0 (Montag bis Freitag 8 bis 12 Uhr).",
        # the sentence does not say what the contact is for
        "Frau Kunz ist unter Telefon 0711 216-1 oder kunz@example.de erreichbar.",
        # something else than hours and address in the rest: kept as written
        "Fragen beantwortet das Bauamt, Telefon 0711 216-2, Zimmer 14, oder bauamt@example.de.",
        # two addresses: which is for what is not clear
        "Fragen beantwortet das Amt, Telefon 0711 216-3, a@example.de oder b@example.de.",
    ],
)
def test_contact_line_stays_when_the_split_is_not_safe(sentence: str) -> None:
    assert contact_parts(sentence) is None


def test_extension_and_address_are_copied_exactly() -> None:
    parts = contact_parts(
        "Auskunft gibt das Standesamt, Telefon 02131 90-4411, E-Mail standesamt@example.de."
    )
    assert parts is not None
    assert "02131 90-4411" in parts[0]
    assert parts[1] == "Oder schreiben Sie an: standesamt@example.de."


def test_a_condition_first_stays_a_question() -> None:
    parts = shorten(
        "Wer Fragen zur Wahl hat, erreicht das Wahlamt unter Telefon 0228 77-0 oder per E-Mail "
        "an wahlamt@example.de.",
        "de",
    )
    assert parts[0] == "Haben Sie Fragen zur Wahl?"


def test_am_telefon_needs_no_second_phone_word() -> None:
    """„telefonisch“ becomes „am Telefon“: the word „Telefon“ before the number then says
    nothing new (the longest sentence of the Corona example grew by it)."""
    parts = shorten(
        "Ohne Internet melden Sie sich telefonisch beim Bürgerbüro an: Telefon 0341 123-0.",
        "de",
    )
    assert parts == ["Ohne Internet melden Sie sich am Telefon beim Bürgerbüro an: 0341 123-0."]
