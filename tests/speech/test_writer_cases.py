"""What pubkit itself adds to the spoken text, on real-notice shapes (issue 13)."""

from __future__ import annotations

import pytest

import pubkit
from pubkit.writers.speech import write_speech
from pubkit.writers.speech.script import script


def _doc(body: str, lang: str = "de") -> pubkit.Document:
    return pubkit.read_markdown(f"---\ntitle: T\nlang: {lang}\n---\n\n{body}\n")


@pytest.mark.parametrize(
    ("attribution", "said"),
    [
        ("Oberbürgermeister der Stadt", "Zitat vom Oberbürgermeister der Stadt"),
        ("Oberbürgermeisterin der Stadt Köln", "Zitat von der Oberbürgermeisterin der Stadt Köln"),
        ("Stadtsprecher", "Zitat vom Stadtsprecher"),
        ("Oberbürgermeister Stephan Keller", "Zitat von Oberbürgermeister Stephan Keller"),
        ("Stephan Keller", "Zitat von Stephan Keller"),
        (
            "Stadtdirektor und Sozialdezernent Burkhard Hintzsche",
            "Zitat von Stadtdirektor und Sozialdezernent Burkhard Hintzsche",
        ),
    ],
)
def test_quote_attribution_has_its_article(attribution: str, said: str) -> None:
    doc = _doc(f"> Wir helfen.\n>\n> — {attribution}")
    spoken = [u.text for u in write_speech(doc) if u.kind == "attribution"]
    assert spoken == [said]


def test_a_dateline_is_not_a_list_item() -> None:
    doc = _doc("29. Oktober 2020, 13:04 Uhr\n\nDie Stadt informiert.")
    spoken = [s.spoken for s in script(doc)]
    assert spoken[1] == "neunundzwanzigster Oktober zweitausendzwanzig, dreizehn Uhr vier"
    assert not any("Punkt" in s or "Liste" in s for s in spoken)


def test_a_real_list_starting_at_29_is_still_a_list() -> None:
    doc = _doc("29. Teilnehmer kommen\n30. Teilnehmer gehen")
    assert any(u.kind == "label" for u in write_speech(doc))


def test_a_phone_link_is_said_digit_by_digit() -> None:
    doc = _doc("Rufen Sie [115](tel:115) oder [0211 89-91000](tel:+4921189910000) an.")
    (sentence,) = script(doc)[1:]
    assert sentence.spoken == (
        "Rufen Sie eins eins fünf oder null zwei eins eins, acht neun, neun eins null null null an."
    )


def test_a_quoted_title_is_one_sentence() -> None:
    doc = _doc("Die Ausstellung „Wir sind hier. Und jetzt?“ zeigt Fotos. Der Eintritt ist frei.")
    texts = [s.text for s in script(doc)[1:]]
    assert texts == [
        "Die Ausstellung „Wir sind hier. Und jetzt?“ zeigt Fotos.",
        "Der Eintritt ist frei.",
    ]


@pytest.mark.parametrize(
    ("body", "english"),
    [
        ("Die Ausstellung „The Art of Care“ zeigt Bilder.", ["The Art of Care"]),
        ("Das Motto des Hauses: „Let’s make it your home“.", ["Let’s make it your home"]),
        ("Das Motto „Wir sind für Sie da“ gilt.", []),
        ("Er sagte „Hello“ und ging.", []),  # one word: too little to tell
        ("„The Walking Dead“ läuft heute.", []),  # one function word: left to German
    ],
)
def test_quoted_english_in_german_text_gets_the_english_voice(
    body: str, english: list[str]
) -> None:
    (sentence,) = script(_doc(body))[1:]
    assert [p.text for p in sentence.parts if p.lang == "en"] == english


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("Der Turnverein im ASV Landau.", "Der Turnverein im Allgemeinen Sportverein Landau."),
        ("Zutritt nur mit 3G.", "Zutritt nur mit drei G."),
        (
            "Sie sind geimpft, genesen oder getestet (3G).",
            "Sie sind geimpft, genesen oder getestet.",
        ),
        ("Die OB Katja Dörner dankte.", "Die Oberbürgermeisterin Katja Dörner dankte."),
    ],
)
def test_defined_abbreviations_agree_with_the_sentence(sentence: str, said: str) -> None:
    # Markdown's *[…]: definitions make abbreviation elements; their expansion is said in
    # agreement with the sentence, as the glossary's are (before: „im Allgemeiner
    # Sportverein“, „nur mit geimpft, genesen oder getestet“).
    doc = _doc(
        f"{sentence}\n\n*[ASV]: Allgemeiner Sportverein\n*[3G]: geimpft, genesen oder getestet\n"
        "*[OB]: Oberbürgermeister"
    )
    assert [s.spoken for s in script(doc)][1] == said


def test_a_table_row_ending_with_a_full_stop_gets_no_second_one() -> None:
    # Before: "… you need to claim.." in the spoken text and the captions (an English notice).
    doc = _doc(
        "| From | What changed |\n|---|---|\n| 10 December 2020 | You can claim. |\n"
        "| 8 March 2021 | Parents can apply |",
        lang="en",
    )
    rows = [s.text for s in script(doc) if s.text.startswith("From")]
    assert rows == [
        "From: 10 December 2020; What changed: You can claim.",
        "From: 8 March 2021; What changed: Parents can apply.",
    ]


def test_an_academic_title_is_not_split_into_sentences() -> None:
    # Before: "… erhält Prof. Dr. rer. soc." | "Dr. h. c. Joachim Möller die Medaille." (a
    # corpus notice), and "Dr. med." | "Anna Roth dankt."
    doc = _doc(
        "In diesem Jahr erhält Prof. Dr. rer. soc. Dr. h. c. Joachim Möller die Medaille. "
        "Dr. med. Anna Roth dankt."
    )
    assert [s.spoken for s in script(doc)][1:] == [
        "In diesem Jahr erhält Professor Doktor rer soc Doktor h c Joachim Möller die Medaille.",
        "Doktor med Anna Roth dankt.",
    ]
