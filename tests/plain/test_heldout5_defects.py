"""Defects an unseen measure found in drafts, each shown on sentences of our own."""

from __future__ import annotations

import re

import pytest

from pubkit.model import Document, LineBreak, Metadata, Paragraph, Text
from pubkit.plain.guards import draft_sentences
from pubkit.plain.message import _plain_opening
from pubkit.plain.plainwords import use_plain_words
from pubkit.plain.rewrite import simplify_sentence
from pubkit.plain.sentence import fragment_reason, unbalanced_quote
from pubkit.plain.shorten import shorten
from pubkit.plain.transform import plain_language
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


# -- 2. a quotation only whole, with its speaker -------------------------------------------


def _draft_lines(language: str, *paragraphs: str) -> list[str]:
    title = "Hinweis" if language == "de" else "Notice"
    notice = Document(
        metadata=Metadata(title=title, language=language),
        blocks=tuple(Paragraph(content=(Text(text=p),)) for p in paragraphs),
    )
    return [s.text for s in draft_sentences(plain_language(notice).blocks, language)]


_CAR_PARK = (
    "The council will close the Riverside car park from Monday 3 May to Friday 14 May "
    "for resurfacing.",
    "Councillor Jane Smith said: “The car park will reopen on Monday 17 May. We are sorry "
    "for the trouble, and we will finish as soon as we can.”",
    "Drivers can use the Station Road car park instead. The council has put up signs on all "
    "roads into the town centre to show the way to Station Road.",
    "The work is part of a programme to repair car parks across the district over the next "
    "three years, paid for by the road maintenance budget.",
    "Blue badge holders can park in the marked bays on Market Street during the works. The "
    "bays are next to the library and the post office.",
)


def test_a_quotes_first_sentence_is_closed_after_its_speaker() -> None:
    lines = _draft_lines("en", *_CAR_PARK)
    assert "Councillor Jane Smith said: “The car park will reopen on Monday 17 May.”" in lines
    assert not any(unbalanced_quote(line) for line in lines)


def test_a_quote_without_its_speaker_or_its_end_is_left_out() -> None:
    paragraphs = (
        _CAR_PARK[0],
        "“We are sorry for the trouble the closure will cause for shoppers. The car park "
        "reopens on Monday 17 May,” said Councillor Jane Smith.",
        *_CAR_PARK[2:],
    )
    lines = _draft_lines("en", *paragraphs)
    assert not any(unbalanced_quote(line) for line in lines)


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("“We will reopen the park on 17 May.", "en"),
        ("We are sorry for the trouble.”", "en"),
        ("„Wir öffnen den Parkplatz am 17. Mai wieder.", "de"),
        ("Wir bitten um Verständnis.“", "de"),
        ("»Wir bitten um Verständnis.", "de"),
    ],
)
def test_a_sentence_cut_inside_a_quote_is_a_fragment(sentence: str, language: str) -> None:
    assert fragment_reason(sentence, language) is not None


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Councillor Lee said: “We will reopen the park on 17 May.”", "en"),
        ("„Wir bitten um Verständnis“, sagt die Bürgermeisterin.", "de"),
        ("Das Motto lautet „Sicher durch den Winter“.", "de"),
    ],
)
def test_a_whole_quote_is_no_fragment(sentence: str, language: str) -> None:
    assert fragment_reason(sentence, language) is None


# -- 5. a press release's dateline is not part of the lead ----------------------------------


@pytest.mark.parametrize(
    "dateline",
    [
        "Kloster Lehnin, 28.10.2020 – ",
        "Brandenburg an der Havel, den 28.10.2020 – ",
        "Halle (Saale), 3. Mai 2021 – ",
        "Kloster Lehnin/Bad Belzig, Mittwoch, 28.10.2020 – ",
        "Kloster Lehnin, 28.10.2020, 13:04 Uhr – ",
    ],
)
def test_a_dateline_before_a_dash_leaves_the_lead(dateline: str) -> None:
    lead = "Der Landkreis schließt ab Montag, 2. November, alle Sporthallen für den Vereinssport."
    lines = _draft_lines("de", dateline + lead)
    assert lead in lines
    assert not any("2020 –" in line or "2021 –" in line for line in lines)


@pytest.mark.parametrize(
    "sentence",
    [
        "Am Montag, 2.11.2020 – Die Schulen schließen für zwei Wochen.",
        "Montag, 2.11.2020 – Die Schulen schließen für zwei Wochen.",
    ],
)
def test_a_date_the_notice_says_is_no_dateline(sentence: str) -> None:
    assert _plain_opening(sentence) == sentence


# -- 6. a list of subjects broken over a line stays one sentence ------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Kinder, Jugendliche", "und Erwachsene können die Hallen ab dem 30. November nutzen."),
        ("Kinder,", "Jugendliche und Erwachsene können die Hallen ab dem 30. November nutzen."),
    ],
)
def test_a_line_break_inside_a_list_of_subjects_is_no_sentence_end(first: str, second: str) -> None:
    notice = Document(
        metadata=Metadata(title="Hinweis", language="de"),
        blocks=(
            Paragraph(
                content=(
                    Text(
                        text="Der Landkreis schließt ab Montag, 2. November, alle Sporthallen "
                        "für den Vereinssport."
                    ),
                )
            ),
            Paragraph(content=(Text(text=first), LineBreak(), Text(text=second))),
            Paragraph(content=(Text(text="Die Vereine bekommen eine Hilfe von 500 Euro."),)),
        ),
    )
    lines = [s.text for s in draft_sentences(plain_language(notice).blocks, "de")]
    whole = "Kinder, Jugendliche und Erwachsene können die Hallen ab dem 30. November nutzen."
    assert whole in lines
    assert all(fragment_reason(line, "de") is None for line in lines if not line.endswith("?"))


def test_the_first_of_a_list_of_places_is_not_cut_off() -> None:
    sentence = (
        "Schüler, Lehrer, Eltern und Besucher müssen im Schulgebäude, auf dem Hof und in den "
        "Bussen eine Maske tragen."
    )
    out = simplify_sentence(sentence, "de")
    assert not any(re.search(r"\w,\s+auf dem Hof", s) and "Schulgebäude" not in s for s in out)
    assert any("im Schulgebäude, auf dem Hof" in s for s in out)


def test_a_contact_with_an_extension_is_one_sentence_in_the_draft() -> None:
    lines = _draft_lines(
        "en",
        "The council will close the Riverside car park from Monday 3 May to Friday 14 May for "
        "resurfacing.",
        "Drivers can use the Station Road car park instead during the works.",
        "For questions about parking permits, call 0800 123 4567 ext. 204. The line is open "
        "Monday to Friday, 9am to 5pm.",
    )
    assert any(line.endswith("0800 123 4567 ext. 204.") for line in lines)
    assert not any(line.startswith("204") for line in lines)
