"""One table of abbreviations for the draft, the guards and the evaluator (issue 12).

Written out in the draft („Mo.–Fr.“ → „Montag bis Freitag“), the short form must still count
as the same fact everywhere a draft is compared with its notice: the copy-exact check of
addresses, the fidelity check's weekdays, the coverage guard and the evaluator's key facts.
The notice is our own (fixtures/abbreviated), not one of a measured set.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pubkit.plain.abbreviations import write_out, written_length
from pubkit.plain.evaluate import evaluate_notice, load_notice
from pubkit.plain.guards import covered
from pubkit.plain.message import Unit
from pubkit.plain.readability import document_units
from pubkit.plain.transform import plain_language
from pubkit.text.sentences import split_sentences

NOTICE = Path(__file__).parent / "fixtures" / "abbreviated" / "de-recyclinghof.md"


@pytest.mark.parametrize(
    ("short", "written"),
    [
        ("Mo.–Fr. 8–12 Uhr", "Montag bis Freitag 8 bis 12 Uhr"),
        ("Mo. bis Fr.", "Montag bis Freitag"),
        ("Di. und Do. 14–18 Uhr", "Dienstag und Donnerstag 14 bis 18 Uhr"),
        ("Mo.: 15 bis 19 Uhr", "Montag: 15 bis 19 Uhr"),
        ("Sa., So. und feiertags", "Samstag, Sonntag und feiertags"),
        ("Tel. 0123 45-678", "Telefon 0123 45-678"),
        (
            "z. B. Altholz, ca. 3 Wochen, ggf. Ausweis",
            "zum Beispiel Altholz, etwa 3 Wochen, wenn nötig Ausweis",
        ),
        ("Kieferstr. 14", "Kieferstraße 14"),
        ("max. 1 Std.", "höchstens 1 Stunde"),
    ],
)
def test_written_out_german(short: str, written: str) -> None:
    assert write_out(short, "de") == written


def test_words_that_look_like_weekdays_stay() -> None:
    """„So“ and „Do“ are words; a phone number's hyphen is not a range."""
    text = "So geht es. Do it. Tel. 06331 84-2410."
    assert write_out(text, "de") == "So geht es. Do it. Telefon 06331 84-2410."


def test_written_out_english() -> None:
    assert write_out("Mon–Fri, e.g. at No. 4", "en") == "Monday to Friday, for example at number 4"


def test_length_is_counted_written_out() -> None:
    assert written_length(["Mo.–Fr. 8–12 Uhr"], "de") == 7


def test_street_abbreviation_before_house_number_is_not_a_sentence_end() -> None:
    text = "Der Hof in der Kieferstr. 14 hat mehr geöffnet. Sonst nicht."
    assert len(split_sentences(text, "de")) == 2


def test_coverage_guard_reads_both_forms() -> None:
    unit = Unit(
        text="Die Beratung erreichen Sie Mo.–Fr. 8–12 Uhr.", question="help", weight=3, order=0
    )
    assert covered(unit, "Die Beratung erreichen Sie Montag bis Freitag 8 bis 12 Uhr.", "de")


def test_draft_writes_out_and_passes_every_guard() -> None:
    plain = plain_language(load_notice(NOTICE))  # raises DraftRejected if a guard refuses
    text = "\n".join(document_units(plain, title=False))
    assert "Kieferstraße 14" in text
    assert "Montag bis Freitag 8 bis 12 Uhr" in text
    assert "Telefon 0123 45-678" in text
    for short in ("Mo.", "Tel.", "Sa.", "ggf.", "max."):
        assert short not in text


def test_evaluator_matches_short_facts_in_written_out_draft() -> None:
    """The facts file says „Sa. 9–13 Uhr“ and „max. 2 Kubikmeter“; the draft writes them out."""
    score = evaluate_notice(NOTICE)
    assert not score.refused
    assert (score.facts_kept, score.facts) == (3, 3), score.lost
    assert score.contacts_kept == score.contacts == 1


def test_plain_form_is_one_table_for_checks() -> None:
    """The evaluator and the coverage guard compare in the form the draft writes."""
    from pubkit.plain.abbreviations import plain_form

    assert plain_form("Informationen gibt es Mo.–Fr. im Rathaus.", "de") == (
        "Infos gibt es Montag bis Freitag im Rathaus."
    )
    unit = Unit(
        text="Das Antragsformular gibt es Mo.–Fr. im Rathaus.", question="todo", weight=3, order=0
    )
    assert covered(unit, "Das Formular gibt es Montag bis Freitag im Rathaus.", "de")


def test_hyphen_in_a_compound_does_not_change_reading_ease() -> None:
    """A hyphen („Wertstoff-Hof“) keeps one word with the same syllables: the Flesch figures
    cannot be raised by hyphenating compounds, only by shorter words and sentences."""
    from pubkit.plain.readability import readability

    joined = readability(["Der Wertstoffhof ist am Mittwoch offen."], "de")
    hyphen = readability(["Der Wertstoff-Hof ist am Mittwoch offen."], "de")
    assert (joined.words, joined.flesch) == (hyphen.words, hyphen.flesch)
