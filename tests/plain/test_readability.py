"""Readability figures against values computed by hand, and against textstat where it is right."""

from __future__ import annotations

import pytest

from pubkit.plain.readability import readability
from pubkit.plain.syllables import syllables

# Hand count (ACCESSIBILITY.md 4.4):
#   "Das Amt hat einen Preis bekommen."        6 words
#   "Am 3. März kamen rund 1.000 Gäste."       7 words (numbers count for length)
# ASL = 13 / 2 = 6.5. Alphabetic words: 11; syllables Das 1, Amt 1, hat 1, ei-nen 2, Preis 1,
# be-kom-men 3, Am 1, März 1, ka-men 2, rund 1, Gäs-te 2 = 16; ASW = 16 / 11.
# Long words (> 6 letters): bekommen = 1 of 11. One-syllable words: 7 of 11; three or more: 1.
TEXT = "Das Amt hat einen Preis bekommen. Am 3. März kamen rund 1.000 Gäste."
ASL = 6.5
ASW = 16 / 11
LONG = 100 / 11
FRE = 180 - ASL - 58.5 * ASW  # 88.41
WSTF = 0.1935 * (100 / 11) + 0.1672 * ASL + 0.1297 * LONG - 0.0327 * (700 / 11) - 0.875  # 1.07
LIX = ASL + LONG  # 15.59


def test_german_figures_match_the_hand_count() -> None:
    r = readability([TEXT], "de")
    assert (r.sentences, r.words, r.max_words) == (2, 13, 7)
    assert r.mean_words == ASL
    assert r.syllables_per_word == pytest.approx(ASW, abs=0.01)
    assert r.flesch == pytest.approx(FRE, abs=0.1)
    assert r.wstf == pytest.approx(WSTF, abs=0.1)
    assert r.lix == pytest.approx(LIX, abs=0.1)
    assert r.long_words == pytest.approx(LONG, abs=0.1)
    assert r.fk_grade is None


def test_english_figures_match_the_hand_count() -> None:
    # "The centre is open. Please bring your passport." 4 + 4 words; syllables
    # the 1, cen-tre 2, is 1, o-pen 2 | please 1, bring 1, your 1, pass-port 2 = 11 of 8 words.
    r = readability(["The centre is open. Please bring your passport."], "en")
    asl, asw = 4.0, 11 / 8
    assert (r.sentences, r.words) == (2, 8)
    assert r.flesch == pytest.approx(206.835 - 1.015 * asl - 84.6 * asw, abs=0.1)
    assert r.fk_grade == pytest.approx(0.39 * asl + 11.8 * asw - 15.59, abs=0.1)
    assert r.wstf is None


@pytest.mark.parametrize(
    ("word", "count"),
    [
        ("Amt", 1),
        ("Abend", 2),  # Pyphen: 1 (keeps two letters at each edge)
        ("Idee", 2),  # Pyphen: 1
        ("Soziales", 4),
        ("Auszeichnung", 3),
        ("Quelle", 2),
        ("Häuser", 2),
        ("Corona-Krise", 5),
        ("Landeshauptstadt", 4),
        ("Mitarbeitenden", 5),
    ],
)
def test_german_syllables(word: str, count: int) -> None:
    assert syllables(word, "de") == count


def test_textstat_differs_only_where_documented() -> None:
    """textstat 0.7.13 agrees on sentences here but counts Pyphen points as syllables."""
    textstat = pytest.importorskip("textstat")
    textstat.set_lang("de")
    text = "Das Amt hat einen Preis bekommen. Die Gäste kamen am Abend."
    ours = readability([text], "de")
    assert textstat.sentence_count(text) == ours.sentences == 2
    assert textstat.lexicon_count(text) == ours.words == 11
    # Syllables: ours 17 (hand count), textstat 15 via Pyphen ("Abend" = 1 …).
    assert textstat.syllable_count("Abend") == 1
    assert syllables("Abend") == 2
    assert ours.flesch == pytest.approx(180 - 5.5 - 58.5 * 17 / 11, abs=0.1)
    assert textstat.flesch_reading_ease(text) == pytest.approx(180 - 5.5 - 58.5 * 15 / 11, abs=0.1)


def test_textstat_splits_at_ordinals_and_abbreviations() -> None:
    textstat = pytest.importorskip("textstat")
    textstat.set_lang("de")
    text = "Am 3. März kam die Liste der F.A.Z. heraus. Darin stehen rund 1.000 Namen von z. B. Ämtern."
    assert readability([text], "de").sentences == 2
    assert textstat.sentence_count(text) != 2


def test_empty_text() -> None:
    r = readability([], "de")
    assert (r.sentences, r.words, r.max_words) == (0, 0, 0)


def test_web_addresses_are_not_words_of_many_syllables() -> None:
    """A web address counts for sentence length but not for syllables, with or without
    ``www.``: "corona.dortmund.de" is not a six-syllable word."""
    with_www = readability(["Alle Regeln stehen unter www.corona.dortmund.de."], "de")
    bare = readability(["Alle Regeln stehen unter corona.dortmund.de."], "de")
    assert bare.words == with_www.words == 5
    assert bare.syllables_per_word == with_www.syllables_per_word
    # Abbreviations with full stops are still words: "F.A.Z" is not a web address.
    # ("schreibt" is the one long word of three, not of two).
    assert readability(["Die F.A.Z schreibt."], "de").long_words == pytest.approx(33.3)
