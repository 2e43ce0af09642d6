"""What an English council sentence answers and how much it weighs (issue 12); sentences of
our own."""

from __future__ import annotations

from pathlib import Path

from pubkit.plain import plain_language
from pubkit.plain.guards import draft_sentences
from pubkit.plain.message import classify, message_units
from pubkit.readers import read


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


def test_a_soothing_sentence_in_the_lead_leaves_room_for_the_diversion(tmp_path: Path) -> None:
    notice = tmp_path / "closure.md"
    notice.write_text(
        "---\ntitle: Quay Road closed for drainage work\nlang: en-GB\ndate: 2026-04-01\n---\n\n"
        "Quay Road will be closed between the harbour and Fore Street from 7pm on Monday 4 May "
        "until 6am on Thursday 7 May 2026 while new drains are laid. The work will be done at "
        "night to minimise disruption to shops and homes.\n\n"
        "A signed diversion will run via Bridge Street and Mill Hill.\n\n"
        "The old drains under the road were laid many decades ago and have flooded several "
        "times in recent winters, when heavy rain from the hills ran down towards the harbour "
        "faster than the narrow pipes could carry it away to the sea.\n\n"
        "For more details, please visit www.example.org/roadworks.\n",
        encoding="utf-8",
    )
    units = message_units(read(notice))
    soothing = next(u for u in units if "minimise" in u.text)
    assert soothing.weight == 1, soothing
    draft = plain_language(read(notice))
    lines = [s.text for s in draft_sentences(draft.blocks, "en")]
    assert any("diversion" in line for line in lines), lines
    assert not any("minimise" in line for line in lines), lines


def test_a_postal_address_to_report_to_is_a_contact_though_the_sentence_is_a_rule() -> None:
    assert classify(
        "Broken street lights should be reported in writing to Lighting Services, "
        "9 Station Road, Oldtown, OT3 7EF.",
        "en",
        lead=False,
    ) == ("help", 3)
    # A street named as the place of a rule stays a rule.
    assert classify(
        "Parking is banned outside 22 Station Road from Monday 4 May.", "en", lead=False
    ) != ("help", 3)
