"""Long English sentences in council style split into whole plain sentences (issue 12);
sentences of our own."""

from __future__ import annotations

from pubkit.plain.sentence import fragment_reason
from pubkit.plain.shorten import shorten


def _whole(parts: list[str]) -> None:
    for part in parts:
        assert fragment_reason(part, "en") is None, part


def test_a_which_clause_that_is_a_rule_becomes_its_own_sentence() -> None:
    parts = shorten(
        "Tenants who have paid the parking fee for 2026 will get a blue permit by 12 April, "
        "which must be shown behind the windscreen.",
        "en",
    )
    _whole(parts)
    assert parts == [
        "Have you paid the parking fee for 2026?",
        "Then you will get a blue permit by 12 April.",
        "It must be shown behind the windscreen.",
    ]


def test_a_reminder_that_only_reports_becomes_the_rule() -> None:
    parts = shorten(
        "The borough reminds shop owners that they are legally responsible for making sure that "
        "the pavement outside their shop is kept clear of boxes and signs.",
        "en",
    )
    _whole(parts)
    assert parts[0].startswith("Shop owners must make sure that the pavement"), parts
    assert not any("reminds" in p for p in parts)


def test_a_law_reference_does_not_stop_the_sentence_from_being_shortened() -> None:
    parts = shorten(
        "The borough reminds shop owners that under Section 12 of the Streets Act 1999 they are "
        "legally responsible for making sure that the pavement outside their shop is kept clear.",
        "en",
    )
    assert parts[0].startswith("Shop owners must make sure"), parts


def test_not_yet_becomes_a_question_and_or_by_calling_a_second_way() -> None:
    parts = shorten(
        "If you have not yet registered, you can do so online at www.example.org/register or by "
        "calling 01632 960555 between 8am and 6pm, Monday to Saturday.",
        "en",
    )
    _whole(parts)
    assert parts == [
        "Have you not registered yet?",
        "Then you can do so online at www.example.org/register.",
        "Or call 01632 960555 between 8am and 6pm, Monday to Saturday.",
    ]


def test_a_which_clause_that_only_describes_still_goes() -> None:
    parts = shorten(
        "The new library on Castle Street opens its doors to readers on Monday 4 May, which is "
        "good news for the whole town.",
        "en",
    )
    assert not any("good news" in p for p in parts), parts


def test_please_after_an_opening_phrase_is_a_request_not_a_fragment() -> None:
    sentence = (
        "For more details, please visit www.example.org/parking or email parking@example.org."
    )
    assert fragment_reason(sentence, "en") is None
    assert fragment_reason("For more details, please the website.", "en") is not None


def test_a_request_after_an_opening_phrase_splits_at_its_second_way() -> None:
    parts = shorten(
        "For help with your entry, talk to the events team on 01632 960404 (Monday to Friday "
        "9am–4pm) or email events@example.org.",
        "en",
    )
    _whole(parts)
    assert parts[-1] == "Or email events@example.org.", parts
    parts = shorten(
        "For more about the scheme, visit www.example.org/warm or call the energy advice team "
        "on 01632 960808 (Monday to Friday 9am–4pm).",
        "en",
    )
    _whole(parts)
    assert parts[0] == "For more about the scheme, visit www.example.org/warm.", parts


def test_a_reminder_that_there_is_still_time_speaks_to_the_reader() -> None:
    parts = shorten(
        "The borough reminds parents that there is still time to register their children for "
        "the free summer swimming lessons at the leisure centre.",
        "en",
    )
    assert parts == [
        "There is still time to register your children for the free summer swimming lessons "
        "at the leisure centre."
    ], parts


def test_a_second_way_said_of_the_thing_becomes_its_own_request() -> None:
    parts = shorten(
        "Broken bins should be reported to the waste team on 01632 960222 or by email to "
        "bins@example.org.",
        "en",
    )
    _whole(parts)
    assert parts == [
        "Broken bins should be reported to the waste team on 01632 960222.",
        "Or report them by email to bins@example.org.",
    ]


def test_a_duty_to_make_sure_becomes_who_is_responsible_and_the_rules() -> None:
    parts = shorten(
        "Shop owners must make sure that boxes, signs and tables outside their shop do not block "
        "the pavement or get in the way of street cleaning.",
        "en",
    )
    _whole(parts)
    assert parts == [
        "Shop owners are responsible for the boxes, signs and tables outside their shop.",
        "Boxes, signs and tables outside their shop must not block the pavement.",
        "They must also not get in the way of street cleaning.",
    ]
    parts = shorten(
        "Farmers must make sure that cattle and sheep on their land do not stray onto the road "
        "or block the footpath beside the field.",
        "en",
    )
    _whole(parts)
    assert parts[:2] == [
        "Farmers are responsible for their land.",
        "Cattle and sheep there must not stray onto the road.",
    ], parts
    # "or" between two objects of one verb is no second rule.
    parts = shorten(
        "Every dog owner must make sure that their dog does not foul the footpaths or the play "
        "areas in the park.",
        "en",
    )
    _whole(parts)
    assert parts[-1] == "It must not foul the footpaths or the play areas in the park.", parts


def test_two_conditions_after_the_rule_become_two_questions_and_then() -> None:
    parts = shorten(
        "You can get a free parking permit for the Mill Lane car park if you are over 70, or if "
        "you are a carer for someone who lives in the town.",
        "en",
    )
    _whole(parts)
    assert parts == [
        "Are you over 70?",
        "Or are you a carer for someone who lives in the town?",
        "Then you can get a free parking permit for the Mill Lane car park.",
    ]
    # "if you have a car" makes no plain question ("Have you a car?"): no such split.
    parts = shorten(
        "You can get a free parking permit for the Mill Lane car park if you have a car, or if "
        "you have a van that is parked in the town overnight.",
        "en",
    )
    assert not any(p.startswith("Have you a") for p in parts), parts


def test_available_from_one_place_or_by_email_splits() -> None:
    parts = shorten(
        "Permit forms are available from the parking office at the Town Hall on 01632 960777 "
        "(weekdays 9am–1pm) or by email to permits@example.org.",
        "en",
    )
    _whole(parts)
    assert parts[-1] == "Or ask for them by email to permits@example.org.", parts


def test_a_request_told_about_the_readers_is_said_to_them() -> None:
    assert shorten(
        "Residents are reminded to put their recycling boxes out by 7am on collection day and to "
        "take them in again the same evening.",
        "en",
    ) == [
        "Please put your recycling boxes out by 7am on collection day and take them in again "
        "the same evening."
    ]
    assert shorten(
        "Dog owners are being reminded that they must keep their dogs on a lead at all times in "
        "the churchyard and the play park.",
        "en",
    ) == ["You must keep your dogs on a lead at all times in the churchyard and the play park."]
