"""Shorter English sentences, the way plain-language editors write them (issue 12).

Sentences of our own; each piece must be a whole sentence and keep every number."""

from __future__ import annotations

import re

import pytest

from pubkit.plain.sentence import fragment_reason
from pubkit.plain.shorten import LIMIT, en_shorter, shorten


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ring the parks team on 01632 960444 (weekdays 9am to 5pm) or e-mail "
            "parks@example.org.",
            [
                "Ring the parks team on 01632 960444 (weekdays 9am to 5pm).",
                "Or e-mail parks@example.org.",
            ],
        ),
        (
            "Download the form from www.example.org/permits, e-mail it to permits@example.org, or "
            "bring it to the library on Elm Row.",
            [
                "Download the form from www.example.org/permits.",
                "Or e-mail it to permits@example.org.",
                "Or bring it to the library on Elm Row.",
            ],
        ),
        (
            "If your bin was not emptied on the right day, please call the waste team on "
            "01632 960555 or visit www.example.org/bins.",
            [
                "If your bin was not emptied on the right day, please call the waste team on "
                "01632 960555.",
                "Or visit www.example.org/bins.",
            ],
        ),
        (
            "Keep your home warm at night if you can, especially if you live with a baby or "
            "someone who is ill.",
            [
                "Keep your home warm at night if you can.",
                "This is most important if you live with a baby or someone who is ill.",
            ],
        ),
        (
            "From Friday 2 April, the swimming pool at the leisure centre will open for lane "
            "swimming only.",
            [
                "The swimming pool at the leisure centre will open for lane swimming only.",
                "This applies from Friday 2 April.",
            ],
        ),
        (
            "The bridge on Mill Street will be closed to cars and lorries from 7pm on 3 May "
            "until 5am on 6 May.",
            [
                "The bridge on Mill Street will be closed to cars and lorries.",
                "This applies from 7pm on 3 May until 5am on 6 May.",
            ],
        ),
        (
            "It opens on Saturday at 10am for all residents and will close again when the snow "
            "has melted.",
            [
                "It opens on Saturday at 10am for all residents.",
                "It will close again when the snow has melted.",
            ],
        ),
        (
            "Tell the driver about your wheelchair when you book the bus, so they can bring the "
            "ramp with them.",
            [
                "Tell the driver about your wheelchair when you book the bus.",
                "Then they can bring the ramp with them.",
            ],
        ),
        (
            "Renew your parking permit online at www.example.org/permits, or by phone on "
            "01632 960999 (weekdays).",
            [
                "Renew your parking permit online at www.example.org/permits.",
                "Or do this by phone on 01632 960999 (weekdays).",
            ],
        ),
        (
            "Then please look at your meter: from June the new tariff will apply to every home.",
            [
                "Then please look at your meter.",
                "From June the new tariff will apply to every home.",
            ],
        ),
    ],
)
def test_a_long_sentence_is_split_into_whole_sentences(sentence: str, expected: list[str]) -> None:
    parts = en_shorter(sentence)
    assert parts == expected
    for part in parts:
        assert fragment_reason(part, "en") is None, part
    assert sorted(re.findall(r"\d+", sentence)) == sorted(
        d for p in parts for d in re.findall(r"\d+", p)
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # a statement, not a request: "or call" would change who does it
        "People who feel unwell after the event should speak to their pharmacist or call 111.",
        # short enough already
        "Call us or e-mail info@example.org.",
        # "either … or" is one choice
        "You can either pay at the kiosk by the entrance or call 01632 960777 to pay by card.",
        # a number after the colon is no sentence of its own
        "If you have questions about your council tax bill, please call: 01632 960000 (option 2).",
        # "post" alone would be no sentence of its own
        "You can also post or hand in the completed form at the town hall reception desk today.",
    ],
)
def test_a_sentence_that_cannot_be_split_safely_stays_whole(sentence: str) -> None:
    assert en_shorter(sentence) == [sentence]


def test_shorten_uses_the_english_splits_after_a_condition() -> None:
    parts = shorten(
        "If you have a cough, phone the surgery on 01632 960888 before you come in, or call "
        "111 for advice.",
        "en",
    )
    assert "Or call 111 for advice." in parts
    assert all(fragment_reason(p, "en") is None for p in parts)
    assert any("01632 960888" in p for p in parts)


def test_limit_is_the_plain_language_sentence_length() -> None:
    assert LIMIT == 12


def test_a_list_entry_with_two_instructions_becomes_two_entries() -> None:
    from pubkit.plain.shorten import en_entries

    assert en_entries(
        "wear a mask in the waiting room, and wash your hands when you leave the surgery", "en"
    ) == ["wear a mask in the waiting room", "wash your hands when you leave the surgery"]
    assert en_entries(
        "don't park on the grass verge by the gate, and don't block the farm track", "en"
    ) == ["don't park on the grass verge by the gate", "don't block the farm track"]
    # a statement with "and" is one entry
    entry = "you live in the borough and your income is below the limit set for this year"
    assert en_entries(entry, "en") == [entry]
    # German entries are the German writer's
    german = "tragen Sie eine Maske im Wartezimmer, and waschen Sie sich die Hände danach"
    assert en_entries(german, "de") == [german]


def test_a_circumstance_with_its_own_subject_goes_and_the_figure_stays() -> None:
    assert en_shorter(
        "Since it opened in May, Greyford Repair Café has fixed 312 lamps, kettles and bikes "
        "for people in the town."
    ) == ["Greyford Repair Café has fixed 312 lamps, kettles and bikes for people in the town."]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The community grant, which is worth up to £500 for each group, is paid in two "
            "parts in April.",
            [
                "The community grant is paid in two parts in April.",
                "It is worth up to £500 for each group.",
            ],
        ),
        (
            "The new skate park by the river, which opens on 3 May, has ramps for beginners "
            "and experts.",
            [
                "The new skate park by the river has ramps for beginners and experts.",
                "It opens on 3 May.",
            ],
        ),
        (
            "Each household can claim a one-off payment of £150 from the council, which is paid "
            "into your bank account within 10 days.",
            [
                "Each household can claim a one-off payment of £150 from the council.",
                "This is paid into your bank account within 10 days.",
            ],
        ),
    ],
)
def test_a_which_clause_with_a_figure_becomes_its_own_sentence(
    sentence: str, expected: list[str]
) -> None:
    assert shorten(sentence, "en") == expected


def test_the_split_sentences_pass_the_guards_in_a_whole_draft() -> None:
    """Every word the splits bring in ("Or", "This applies", "They can also", "It") passes
    the fidelity guard: the draft is made, not refused."""
    from pubkit.model import Document, Metadata, Paragraph, Text
    from pubkit.plain.guards import draft_sentences
    from pubkit.plain.transform import plain_language

    paragraphs = [
        "Starting Monday, the council will collect garden waste from every street in Greyford.",
        "The tip on Mill Lane will be closed to cars and vans from 7pm on 3 May until 5am on 6 May.",
        "The garden waste permit, which costs £45 for a year, is sent to you by post.",
        "Keep your bin lid closed in the wind, especially if you live on a hill or near the river.",
        "People who have a large garden should book a second bin or visit the tip on Mill Lane.",
        "Renew your permit online at www.example.org/garden, or by phone on 01632 960321.",
    ]
    background = (
        "Garden waste has been collected in the town for many years, and the crews say that "
        "the amount of grass and leaves they take away grows every spring as new homes are "
        "built on the edge of town."
    )
    notice = Document(
        metadata=Metadata(title="Garden waste collections", language="en"),
        blocks=tuple(Paragraph(content=(Text(text=p),)) for p in [*paragraphs, *[background] * 6]),
    )
    lines = [s.text for s in draft_sentences(plain_language(notice).blocks, "en")]
    said = " ".join(lines)
    assert "This starts on Monday." in lines, lines
    assert "This applies from 7pm on 3 May until 5am on 6 May." in lines, lines
    assert "It costs £45 for a year." in lines, lines
    assert "They can also visit the tip on Mill Lane." in lines, lines
    assert "01632 960321" in said
    assert all(fragment_reason(line, "en") is None for line in lines if line.endswith("."))


def test_a_leading_time_phrase_becomes_this_applies() -> None:
    assert en_shorter(
        "During the Christmas week, the recycling centre on Mill Lane opens two hours later than usual."
    ) == [
        "The recycling centre on Mill Lane opens two hours later than usual.",
        "This applies during the Christmas week.",
    ]


def test_a_pointer_to_the_rest_of_the_notice_goes_at_a_colon() -> None:
    assert en_shorter(
        "Then please read on: from June the new tariff will apply to every home in town."
    ) == ["From June the new tariff will apply to every home in town."]


def test_a_time_aside_and_a_leading_after_clause() -> None:
    assert en_shorter(
        "After consulting the fire service, Greyford Council has closed the footbridge, with "
        "immediate effect, for all walkers and cyclists."
    ) == [
        "Greyford Council has closed the footbridge for all walkers and cyclists.",
        "This applies with immediate effect.",
    ]


def test_the_next_way_to_split_is_tried_when_the_first_leaves_a_fragment() -> None:
    # At the colon, "Note the new times." would be no sentence; the next way applies.
    assert en_shorter(
        "Note the new times: the sports hall opens at 9am on weekdays, especially if you "
        "come by bus."
    ) == [
        "Note the new times: the sports hall opens at 9am on weekdays.",
        "This is most important if you come by bus.",
    ]
