"""Defects an unseen measure found in drafts, each shown on sentences of our own."""

from __future__ import annotations

import pytest

from pubkit.plain.plainwords import use_plain_words
from pubkit.plain.shorten import shorten
from pubkit.text.sentences import split_sentences

# -- 1. an English condition with a modal or a negation -----------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "If you cannot come to your appointment, call the office on 0800 123 4567.",
            ["If you cannot come to your appointment, call the office on 0800 123 4567."],
        ),
        (
            "If you should feel unwell, stay at home for ten days.",
            ["If you should feel unwell, stay at home for ten days."],
        ),
        (
            "If you are not registered, fill in the form before 5 May.",
            ["If you are not registered, fill in the form before 5 May."],
        ),
        (
            "If you will be away on polling day, apply for a postal vote by 5 May.",
            ["Will you be away on polling day?", "Then apply for a postal vote by 5 May."],
        ),
        (
            "If you can walk to the centre, leave your car at home this week.",
            ["Can you walk to the centre?", "Then leave your car at home this week."],
        ),
        (
            "If you have symptoms, stay at home for 7 days.",
            ["Do you have symptoms?", "Then stay at home for 7 days."],
        ),
    ],
)
def test_an_english_condition_with_a_modal_is_never_do_you_cannot(
    sentence: str, expected: list[str]
) -> None:
    out = shorten(sentence, "en")
    assert out == expected
    assert not any(s.startswith("Do you") and " you can" in s for s in out)


# -- 3. an extension after "ext." ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Call 0800 123 4567 ext. 204. Then wait.",
            "en",
            ["Call 0800 123 4567 ext. 204.", "Then wait."],
        ),
        ("Ask for ext. 12 at reception.", "en", ["Ask for ext. 12 at reception."]),
        (
            "Rufen Sie 0221 1234 Durchw. 204 an. Wir helfen.",
            "de",
            ["Rufen Sie 0221 1234 Durchw. 204 an.", "Wir helfen."],
        ),
    ],
)
def test_an_extension_stays_with_its_number(text: str, language: str, expected: list[str]) -> None:
    assert split_sentences(text, language) == expected


# -- 4. a plain word only where it fits ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Zusätzlich zu den Hallen bleiben die Bäder zu.",
            "de",
            "Zusätzlich zu den Hallen bleiben die Bäder zu.",
        ),
        (
            "Die Stadt zahlt zusätzlich zum Geld eine Hilfe.",
            "de",
            "Die Stadt zahlt zusätzlich zum Geld eine Hilfe.",
        ),
        ("Die Regel gilt zusätzlich in Bussen.", "de", "Die Regel gilt auch in Bussen."),
        (
            "In addition to the fee, you pay 5 pounds.",
            "en",
            "In addition to the fee, you pay 5 pounds.",
        ),
        ("In addition, the library is closed.", "en", "Also, the library is closed."),
    ],
)
def test_an_adverbs_plain_word_is_not_put_before_a_preposition(
    text: str, language: str, expected: str
) -> None:
    assert use_plain_words(text, language) == expected
