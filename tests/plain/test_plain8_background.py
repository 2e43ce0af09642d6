"""What was before is background, not the news nor a thing to do (issue 12).

Notices of our own: a change, then what was before it („Bisher …“, "Last year …")."""

from __future__ import annotations

from pathlib import Path

import pytest

from pubkit.model import Document, Metadata, Paragraph, Text
from pubkit.plain.evaluate import load_notice
from pubkit.plain.guards import draft_sentences
from pubkit.plain.message import classify
from pubkit.plain.transform import plain_language


def _draft(language: str, title: str, *paragraphs: str) -> list[str]:
    notice = Document(
        metadata=Metadata(title=title, language=language),
        blocks=tuple(Paragraph(content=(Text(text=p),)) for p in paragraphs),
    )
    return [s.text for s in draft_sentences(plain_language(notice).blocks, language)]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Last year the council collected more than 9,000 tonnes of garden waste.", "en"),
        ("The service was paused over the winter months, as in previous years.", "en"),
        ("Bisher mussten alle Menschen dafür in das Rathaus in der Innenstadt fahren.", "de"),
        ("Im vergangenen Jahr kamen rund 4.000 Gäste zum Stadtfest.", "de"),
        ("In den vergangenen Jahren konnten Eltern ihr Kind an jeder Schule anmelden.", "de"),
        ("In previous years the vaccine was only given at GP surgeries.", "en"),
    ],
)
def test_what_was_before_is_background(sentence: str, language: str) -> None:
    assert classify(sentence, language, lead=False) == ("what", 1)


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        # From when it holds: the news, though it says what was before.
        ("Bisher war das Bad montags zu, ab Montag, 5. Mai, ist es geöffnet.", "de"),
        ("Previously closed on Sundays, the library opens on Sunday 4 May.", "en"),
        # No past tense: the rule holds now.
        ("Bitte bringen Sie wie in den Vorjahren Ihren Ausweis mit.", "de"),
    ],
)
def test_not_background(sentence: str, language: str) -> None:
    assert classify(sentence, language, lead=False)[1] >= 2


def test_the_english_draft_leaves_last_year_out(tmp_path: Path) -> None:
    notice = tmp_path / "garden-waste.md"
    notice.write_text(
        "---\ntitle: Garden waste collections restart\nlang: en\n---\n"
        "# Garden waste collections restart\n\n"
        "Fortnightly garden waste collections restart on Monday 3 March for all households "
        "that have paid for the 2025 service. The service was paused over the winter months, "
        "as in previous years, because very little garden waste is put out in December and "
        "January. Last year the council collected more than 9,000 tonnes of garden waste.\n\n"
        "To get your bin emptied, please:\n\n"
        "- put your brown bin out by 7am on your collection day\n"
        "- make sure the lid closes fully\n"
        "- leave out only grass, leaves, hedge cuttings and small branches\n"
        "- stick the 2025 permit sticker on the lid\n\n"
        "Bins without a 2025 sticker will not be emptied. You can buy a permit at "
        "www.example-council.gov.uk/garden or by calling 01632 960500.\n",
        encoding="utf-8",
    )
    document = load_notice(notice)
    lines = [s.text for s in draft_sentences(plain_language(document).blocks, "en")]
    assert not any(line.startswith("Last year") for line in lines), lines
    assert not any("paused" in line for line in lines), lines
    assert any("restart on Monday 3 March" in line for line in lines), lines


def test_the_german_news_opens_with_the_change() -> None:
    lines = _draft(
        "de",
        "Bürgerbüro Nord stellt wieder Ausweise aus",
        "Das Bürgerbüro Nord in der Kastanienallee 12 stellt ab Montag, 7. April 2025, wieder "
        "Personalausweise und Reisepässe aus. Bisher mussten alle Menschen aus den nördlichen "
        "Stadtteilen dafür in das Rathaus in der Innenstadt fahren, weil das Bürgerbüro "
        "umgebaut wurde.",
        "Termine gibt es online unter www.beispielstadt.de/termine oder unter Telefon "
        "0123 456-789.",
    )
    news = lines.index("Was ist neu?")
    assert lines[news + 1].startswith("Das Bürgerbüro Nord"), lines
    assert not any(line.startswith("Bisher") for line in lines), lines


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        # What happened before the news (pluperfect).
        (
            "Der Förderverein des Bades hatte sich seit Jahren für die frühere Öffnung "
            "eingesetzt und mehr als 1.200 Unterschriften gesammelt.",
            "de",
        ),
        ("The swimming club had asked for earlier opening for several years.", "en"),
        # What does not change.
        ("Am Wochenende bleibt es wie bisher von 8 bis 20 Uhr geöffnet.", "de"),
        ("The prices remain unchanged.", "en"),
    ],
)
def test_before_and_unchanged_are_background(sentence: str, language: str) -> None:
    assert classify(sentence, language, lead=False) == ("what", 1)


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Vom 28. bis 31. Dezember kommt die Müllabfuhr wie gewohnt.", "de"),
        ("The pool had to close for repairs on Monday 3 March.", "en"),
        ("Die neue Halle ist wie bisher montags geschlossen.", "de"),
    ],
)
def test_days_of_the_usual_and_news_are_not_background(sentence: str, language: str) -> None:
    assert classify(sentence, language, lead=False)[1] >= 2


def test_the_news_detail_is_kept_over_what_stays() -> None:
    lines = _draft(
        "de",
        "Neue Öffnungszeiten im Hallenbad",
        "Das Hallenbad am Stadtpark hat ab Montag, 6. Oktober 2025, neue Öffnungszeiten. Es "
        "öffnet dann werktags schon um 6 Uhr, damit Berufstätige vor der Arbeit schwimmen "
        "können. Am Wochenende bleibt es wie bisher von 8 bis 20 Uhr geöffnet. Der Förderverein "
        "des Bades hatte sich seit Jahren für die frühere Öffnung eingesetzt und dafür mehr als "
        "1.200 Unterschriften gesammelt.",
        "Diese Regelung gilt zunächst bis zum Ende der Wintersaison. Danach entscheidet der "
        "Stadtrat, ob sie bleibt. Dort wird auch über neue Eintrittspreise beraten.",
        "Fragen beantwortet die Kasse des Hallenbades unter Telefon 0123 88-400.",
    )
    assert any("werktags schon um 6 Uhr" in line for line in lines), lines
    assert not any("wie bisher" in line for line in lines), lines
    assert any("0123 88-400" in line for line in lines), lines


def test_the_subject_put_first_keeps_the_comma_in_place() -> None:
    from pubkit.plain.simplify import _unpoint

    assert (
        _unpoint("Danach entscheidet der Stadtrat, ob die Regel bleibt.", "de")
        == "Der Stadtrat entscheidet, ob die Regel bleibt."
    )
