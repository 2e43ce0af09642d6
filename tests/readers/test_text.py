from __future__ import annotations

from pathlib import Path

import pytest

from pubkit.errors import ReadError
from pubkit.model import List, Paragraph
from pubkit.model.walk import inline_text
from pubkit.readers import read
from pubkit.readers.text import read_press_release, typographic_quotes

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "helden-in-der-krise.txt"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Er sagte: \"Das ist 'gut'.\"", "de", "Er sagte: „Das ist ‚gut‘.“"),
        ('She said "fine"', "en", "She said “fine”"),
        ("geht's gut", "de", "geht’s gut"),
        (
            '"Helden in der Krise" und "1000 Helden"',
            "de",
            "„Helden in der Krise“ und „1000 Helden“",
        ),
    ],
)
def test_typographic_quotes(text: str, lang: str, expected: str) -> None:
    assert typographic_quotes(text, lang) == expected


def test_title_category_and_paragraphs_with_lines() -> None:
    doc = read_press_release("Titel\n\n| Soziales\n\nEins\nweiter.\n\n\nZwei.\n", source="p.txt")
    assert doc.metadata.title == "Titel"
    assert doc.metadata.category == "Soziales"
    assert [(b.line, b.content[0].text) for b in doc.blocks if isinstance(b, Paragraph)] == [  # type: ignore[attr-defined]
        (5, "Eins weiter."),
        (9, "Zwei."),
    ]


def test_markup_characters_stay_text() -> None:
    doc = read_press_release("T\n\n*nicht kursiv* # kein Titel <b>\n")
    assert doc.blocks[0].content[0].text == "*nicht kursiv* # kein Titel <b>"  # type: ignore[union-attr]


def test_empty_file_is_an_error() -> None:
    with pytest.raises(ReadError, match="empty"):
        read_press_release("\n\n", source="p.txt")


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed is not beside the checkout")
def test_the_city_seed_reads_cleanly() -> None:
    doc = read(SEED)
    assert doc.metadata.title.startswith("Amt für Soziales")
    assert doc.metadata.category == "Soziales"
    assert len(doc.blocks) == 9  # the photo caption and eight paragraphs
    text = " ".join(b.content[0].text for b in doc.blocks)  # type: ignore[union-attr]
    assert '"' not in text
    assert "„Helden in der Krise“" in text
    assert "‚Helden in der Krise‘" in text


def test_a_text_file_gets_the_language_its_text_clearly_has(tmp_path: Path) -> None:
    from pubkit.readers import read

    english = tmp_path / "en.txt"
    english.write_text(
        "Library reopens\n\nThe library in the town hall is open again from Monday. Please bring "
        "a face covering when you visit us, and keep your distance from other visitors.\n",
        encoding="utf-8",
    )
    german = tmp_path / "de.txt"
    german.write_text("Kurz\n\nAb Montag.\n", encoding="utf-8")  # too short to tell: German
    assert read(english).metadata.language == "en"
    assert read(german).metadata.language == "de"
    assert read(english, language="de").metadata.language == "de"  # the caller decides


def test_bullets_from_word_and_e_mail_are_a_list() -> None:
    doc = read_press_release(
        "Neue Regeln\n\nAb Montag gilt:\n• Maske tragen in Bussen und\n  Bahnen\n"
        "• Abstand halten\n- Hände waschen\n\nFragen: 0211 89-91000.\n"
    )
    lead, rules, contact = doc.blocks
    assert isinstance(lead, Paragraph)
    assert inline_text(lead.content) == "Ab Montag gilt:"
    assert isinstance(rules, List)
    assert not rules.ordered
    assert [inline_text(i.blocks[0].content) for i in rules.items] == [  # type: ignore[attr-defined]
        "Maske tragen in Bussen und Bahnen",  # a wrapped line joins its item
        "Abstand halten",
        "Hände waschen",
    ]
    assert rules.line == 4
    assert isinstance(contact, Paragraph)


def test_numbered_lines_counting_on_are_an_ordered_list() -> None:
    doc = read_press_release(
        "Ablauf\n\n1. Antrag stellen\n2. Termin abwarten\n3) Ausweis abholen\n"
    )
    (steps,) = doc.blocks
    assert isinstance(steps, List)
    assert steps.ordered
    assert len(steps.items) == 3


@pytest.mark.parametrize(
    "text",
    [
        "„Wir bleiben dran“, sagt er.\n– Oberbürgermeister Schmidt",  # one dash: a speaker
        "Am 3. Oktober ist Feiertag.\n2. Halbjahr beginnt später.",  # no count from 1, 2, …
        "Es gab 12. Plätze.\n7. Reihe ist frei.",  # numbers that do not count on
    ],
)
def test_a_lone_dash_or_numbers_that_do_not_count_stay_text(text: str) -> None:
    (block,) = read_press_release(f"Titel\n\n{text}\n").blocks
    assert isinstance(block, Paragraph)
