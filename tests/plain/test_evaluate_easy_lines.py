"""The evaluator counts no fragment for the lines an author-written easy text writes on
purpose (address pieces, hours, examples after „Zum Beispiel:“, „Und …“ sentences, its label,
a dateline), and still counts real cut sentences in it."""

from __future__ import annotations

import pytest

from pubkit.plain.evaluate import _easy_text_line


@pytest.mark.parametrize(
    ("previous", "line", "language"),
    [
        ("Sie finden uns hier:", "Hauptstraße 12", "de"),
        ("Hauptstraße 12", "54321 Neustadt an der Weide", "de"),
        ("Montag bis Freitag von 8 bis 12 Uhr.", "Und Donnerstag auch von 14 bis 18 Uhr.", "de"),
        ("Das Amt hat offen:", "Von 13 Uhr bis 15 Uhr.", "de"),
        ("Zum Beispiel:", "Ein Blinden-Führ-Hund.", "de"),
        ("Sie brauchen einen Hund.", "Und Sie brauchen eine besondere Erlaubnis.", "de"),
        ("", "12. Mai 2024, 10:30 Uhr", "de"),
        ("", "Leichte Sprache", "de"),
        ("", "Easy read.", "en"),
        ("We are open:", "Monday to Friday 9am to 5pm.", "en"),
        ("Write to us:", "14 Mill Lane", "en"),
        ("For example:", "A guide dog.", "en"),
        ("You can vote by post.", "And you can vote at the polling station.", "en"),
    ],
)
def test_lines_an_easy_text_writes_on_purpose(previous: str, line: str, language: str) -> None:
    assert _easy_text_line(previous, line, language)


@pytest.mark.parametrize(
    ("previous", "line", "language"),
    [
        ("Sie zahlen Steuer.", "Den Hund.", "de"),
        ("Sie zahlen Steuer.", "Und den Hund.", "de"),
        ("Sie zahlen Steuer.", "Weil der Hund bellt.", "de"),
        ("You pay the tax.", "And the dog.", "en"),
        ("You pay the tax.", "Because the dog barks.", "en"),
    ],
)
def test_cut_sentences_still_count(previous: str, line: str, language: str) -> None:
    assert not _easy_text_line(previous, line, language)
