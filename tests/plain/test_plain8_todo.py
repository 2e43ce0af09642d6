"""A notice's list of what to bring or do answers „Was müssen Sie tun?“ (issue 12).

Notices of our own: a change, a list of things to bring under a lead-in that does not speak
to the reader, a contact with opening hours. The source is short, so the budget (half its
words) cannot hold everything: the list must not be the part that goes."""

from __future__ import annotations

from pathlib import Path

import pytest

from pubkit.plain.evaluate import load_notice
from pubkit.plain.guards import draft_sentences
from pubkit.plain.message import message_units
from pubkit.plain.transform import plain_language

_DE = {
    "body": "Das Bürgerbüro Nord in der Kastanienallee 12 stellt ab Montag, 7. April 2025, "
    "wieder Personalausweise und Reisepässe aus. Ein Termin ist nötig. Die Stadt hat das "
    "Bürgerbüro seit dem Herbst umgebaut und neue Schalter eingerichtet. Die Arbeiten haben "
    "länger gedauert als geplant, weil Handwerksbetriebe fehlten.",
    "items": [
        "den alten Ausweis oder Reisepass",
        "ein aktuelles biometrisches Passfoto",
        "bei Kindern unter 16 Jahren die Zustimmung beider Eltern",
        "Geld oder eine EC-Karte für die Gebühr von 37 Euro",
    ],
    "contact": "Termine gibt es unter Telefon 0123 456-789. Das Bürgerbüro ist montags bis "
    "freitags von 8 bis 12 Uhr geöffnet, donnerstags zusätzlich von 14 bis 18 Uhr.",
    "todo": "Was müssen Sie tun?",
}
_EN = {
    "body": "The Northgate Customer Centre at 12 Chestnut Avenue will issue resident parking "
    "permits again from Monday 7 April 2025. You need an appointment. The council has "
    "refurbished the centre since the autumn and added two new counters. The works took "
    "longer than planned because contractors were hard to find.",
    "items": [
        "your old permit or your driving licence",
        "a recent passport-sized photo",
        "proof of address dated in the last three months",
        "a bank card to pay the fee of 25 pounds",
    ],
    "contact": "Book an appointment on 01632 960789. The centre is open Monday to Friday "
    "from 9am to 5pm, and on Thursdays until 7pm.",
    "todo": "What must you do?",
}


def _notice(tmp_path: Path, language: str, lead_in: str) -> Path:
    parts = _DE if language == "de" else _EN
    items = "".join(f"- {item}\n" for item in parts["items"])
    path = tmp_path / f"{language}-notice.md"
    path.write_text(
        f"---\ntitle: Ausweise und Pässe\nlang: {language}\n---\n# Ausweise und Pässe\n\n"
        f"{parts['body']}\n\n{lead_in}\n\n{items}\n{parts['contact']}\n",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    ("language", "lead_in"),
    [
        ("de", "Folgende Unterlagen sind mitzubringen:"),
        ("de", "Zum Termin werden benötigt:"),
        ("de", "Für die Anmeldung braucht das Bürgerbüro:"),
        ("en", "What to bring:"),
        ("en", "The following documents are required:"),
        ("en", "Applicants should bring:"),
    ],
)
def test_a_list_of_what_to_bring_is_a_thing_to_do(
    tmp_path: Path, language: str, lead_in: str
) -> None:
    document = load_notice(_notice(tmp_path, language, lead_in))
    listed = [u for u in message_units(document) if u.items]
    assert [u.question for u in listed] == ["todo"]


@pytest.mark.parametrize(
    ("language", "lead_in"),
    [
        ("de", "Folgende Unterlagen sind mitzubringen:"),
        ("de", "Für die Anmeldung braucht das Bürgerbüro:"),
        ("en", "What to bring:"),
        ("en", "Applicants should bring:"),
    ],
)
def test_the_draft_answers_what_to_do(tmp_path: Path, language: str, lead_in: str) -> None:
    parts = _DE if language == "de" else _EN
    document = load_notice(_notice(tmp_path, language, lead_in))
    lines = [s.text for s in draft_sentences(plain_language(document).blocks, language)]
    assert parts["todo"] in lines, lines
    todo = lines.index(str(parts["todo"]))
    assert lead_in in lines[todo:], lines
    at = lines.index(lead_in)
    # The first entries, in their order, under their lead-in (plain words may differ).
    entries = list(parts["items"])
    assert entries[0].split()[-1] in lines[at + 1], lines
    assert entries[1].split()[-1] in lines[at + 2], lines
    # The contact is still there.
    assert any(("0123 456-789" in line or "01632 960789" in line) for line in lines), lines


@pytest.mark.parametrize(
    ("language", "lead_in", "more"),
    [
        ("de", "Folgende Unterlagen sind mitzubringen:", "Mehr steht im ganzen Text."),
        ("en", "What to bring:", "More is in the full text."),
    ],
)
def test_a_shortened_list_says_it_goes_on(
    tmp_path: Path, language: str, lead_in: str, more: str
) -> None:
    parts = _DE if language == "de" else _EN
    document = load_notice(_notice(tmp_path, language, lead_in))
    lines = [s.text for s in draft_sentences(plain_language(document).blocks, language)]
    last = list(parts["items"])[-1]
    assert not any(last.split()[-1] in line for line in lines), lines  # the fee did not fit
    at = lines.index(lead_in)
    assert more in lines[at:], lines


@pytest.mark.parametrize(
    ("sentence", "language", "question"),
    [
        ("Ein Termin ist nötig.", "de", "todo"),
        ("Eine vorherige Anmeldung ist unbedingt erforderlich.", "de", "todo"),
        ("Booking is essential.", "en", "todo"),
        ("A prior booking is always required.", "en", "todo"),
        # Nothing to do.
        ("Ein Termin ist nicht nötig.", "de", "what"),
        ("An appointment is not needed.", "en", "what"),
    ],
)
def test_a_required_booking_is_a_thing_to_do(sentence: str, language: str, question: str) -> None:
    from pubkit.plain.message import classify

    assert classify(sentence, language, lead=False)[0] == question


def test_the_whole_list_comes_before_the_opening_hours(tmp_path: Path) -> None:
    path = tmp_path / "buergerbuero.md"
    path.write_text(
        "---\ntitle: Neuer Personalausweis im Bürgerbüro Nord\nlang: de\n---\n"
        "# Neuer Personalausweis im Bürgerbüro Nord\n\n"
        "Das Bürgerbüro Nord in der Kastanienallee 12 stellt ab Montag, 7. April 2025, wieder "
        "Personalausweise und Reisepässe aus. Bisher mussten alle Menschen aus den nördlichen "
        "Stadtteilen dafür in das Rathaus in der Innenstadt fahren, weil das Bürgerbüro seit "
        "dem Herbst umgebaut wurde. Die Umbauarbeiten haben länger gedauert als geplant, da "
        "Handwerksbetriebe fehlten.\n\n"
        "Ein Termin ist nötig. Termine gibt es online unter www.beispielstadt.de/termine oder "
        "unter Telefon 0123 456-789.\n\nBitte bringen Sie zum Termin mit:\n\n"
        + "".join(f"- {item}\n" for item in _DE["items"])
        + "\nDas Bürgerbüro ist montags bis freitags von 8 bis 12 Uhr geöffnet, donnerstags "
        "zusätzlich von 14 bis 18 Uhr. Die Stadt bittet um Verständnis für längere Wartezeiten "
        "in den ersten Wochen.\n",
        encoding="utf-8",
    )
    document = load_notice(path)
    lines = [s.text for s in draft_sentences(plain_language(document).blocks, "de")]
    todo = lines.index("Was müssen Sie tun?")
    at = lines.index("Bitte bringen Sie zum Termin mit:")
    assert at > todo, lines
    assert "37 Euro" in lines[at + 4], lines  # all four entries
    assert not any("Umbauarbeiten" in line for line in lines), lines
    assert any("0123 456-789" in line for line in lines), lines
