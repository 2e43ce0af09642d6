from __future__ import annotations

from pathlib import Path

import pytest

from pubkit.errors import ReadError
from pubkit.model import Paragraph
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
