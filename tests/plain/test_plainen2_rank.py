"""What an English council sentence answers and how much it weighs (issue 12); sentences of
our own."""

from __future__ import annotations

from pubkit.plain.message import classify


def test_a_noun_before_will_is_no_instruction_and_a_soothing_purpose_is_background() -> None:
    question, weight = classify(
        "Repairs will be done at night to minimise disruption to shops and homes.", "en", lead=False
    )
    assert weight == 1, (question, weight)


def test_a_season_between_two_dates_is_a_when() -> None:
    assert classify(
        "Bonfires may be lit between 1 November and the end of March.", "en", lead=False
    ) == ("when", 3)


def test_should_with_a_number_is_a_rule() -> None:
    question, weight = classify(
        "Buses 7 and 9 will be diverted; passengers should use the stops on Quay Road.",
        "en",
        lead=False,
    )
    assert weight == 3, (question, weight)


def test_an_instruction_still_opens_with_its_verb() -> None:
    assert classify("Check your bin on Monday 2 March.", "en", lead=False) == ("todo", 3)
