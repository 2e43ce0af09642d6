"""Language-neutral defects of the drafts, each shown on sentences of our own (issue 12)."""

from __future__ import annotations

import pytest

from pubkit.model import Document, Metadata, Paragraph, Text
from pubkit.plain.evaluate import address_line
from pubkit.plain.guards import draft_sentences
from pubkit.plain.message import contacts_in
from pubkit.plain.sentence import fragment_reason, reference_words
from pubkit.plain.transform import plain_language


def _draft_lines(language: str, *paragraphs: str) -> list[str]:
    title = "Hinweis" if language == "de" else "Notice"
    notice = Document(
        metadata=Metadata(title=title, language=language),
        blocks=tuple(Paragraph(content=(Text(text=p),)) for p in paragraphs),
    )
    return [s.text for s in draft_sentences(plain_language(notice).blocks, language)]


# -- the contact finder keeps a phone number's extension ------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Ring the sports hall on 01632 960123 ext 7 to book a court.", "01632 960123 ext 7"),
        ("Call the depot on 0118 496 0000 ext. 42 before noon.", "0118 496 0000 ext. 42"),
        ("Ask for the clerk at 0161 496 0555, extension 310.", "0161 496 0555, extension 310"),
        ("Our helpline is 555-0199 x204 on weekdays.", "555-0199 x204"),
        ("Phone 020 7946 0321 (ext. 5) for the box office.", "020 7946 0321 (ext. 5)"),
        ("Rufen Sie 0351 488 1000, Durchwahl 23, an.", "0351 488 1000, Durchwahl 23"),
        ("Die Zentrale erreichen Sie unter 0231 50-0.", "0231 50-0"),
    ],
)
def test_a_phone_number_is_found_with_its_extension(text: str, number: str) -> None:
    language = "de" if " Sie " in text else "en"
    assert number in contacts_in(text, language)


def test_a_time_after_a_number_is_no_extension() -> None:
    found = contacts_in("Call 01632 960123 (Monday to Friday) or 999 in an emergency.", "en")
    assert "01632 960123" in found
    assert not any("Monday" in f for f in found)


def test_the_draft_keeps_the_extension() -> None:
    lines = _draft_lines(
        "en",
        "The leisure centre reopens its pool on 3 March.",
        "To book a swimming lesson, call the reception on 01632 960123 ext 7.",
    )
    assert any("01632 960123 ext 7" in line for line in lines), lines


# -- a sentence that opens with "And" or ends in "or" is cut from a longer one -------------


@pytest.mark.parametrize(
    "sentence",
    [
        "And the car park will be closed all week.",
        "Und die Halle bleibt bis Freitag zu.",
        "You can get a grant of £300 if you run a club, or.",
        "Die Bücherei öffnet am Montag und.",
    ],
)
def test_a_sentence_joined_at_its_edge_is_a_fragment(sentence: str) -> None:
    language = "de" if "Halle" in sentence or "Bücherei" in sentence else "en"
    assert fragment_reason(sentence, language) is not None


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Or you can write to us at library@example.org.", "en"),
        ("Oder schreiben Sie an: info@beispiel.de.", "de"),
        ("Anderson Park is closed on Monday.", "en"),
        ("Bring your poll card and photo ID.", "en"),
    ],
)
def test_a_whole_sentence_with_a_conjunction_is_no_fragment(sentence: str, language: str) -> None:
    assert fragment_reason(sentence, language) is None


# -- "there" that names a place the draft may have cut ---------------------------------------


def test_a_place_there_points_back_but_an_existential_there_does_not() -> None:
    assert reference_words("You can park there for free.", "en") == ["there"]
    assert reference_words("If there is ice on the path, stay at home.", "en") == []
    assert reference_words("We will have staff there to help.", "en") == ["there"]


def test_a_draft_has_no_there_without_its_place() -> None:
    lines = _draft_lines(
        "en",
        "The recycling centre at Mill Lane reopens on Saturday 6 June.",
        "Staff there will check that you keep 2 metres apart from other visitors, and they "
        "will close the gates when the queue is too long.",
    )
    for index, line in enumerate(lines):
        if "there" in reference_words(line, "en"):
            assert index > 0, lines
            assert "Mill Lane" in " ".join(lines[:index]), lines


# -- the evaluator does not count a postal address line as a fragment ------------------------


@pytest.mark.parametrize(
    ("line", "language", "expected"),
    [
        ("Civic Offices, Bridge Street, Greyford, GF1 2AB.", "en", True),
        ("Stadtbücherei, Am Markt 3, 31785 Hameln", "de", True),
        ("Send it to Civic Offices, Bridge Street, Greyford, GF1 2AB.", "en", False),
        ("The office is closed.", "en", False),
    ],
)
def test_an_address_line_is_recognised(line: str, language: str, expected: bool) -> None:
    assert address_line(line, language) is expected


# -- a list of places where a rule applies is no contact list -------------------------------


def test_a_list_of_road_works_near_house_numbers_is_not_filed_under_help() -> None:
    from pubkit.plain.message import _list_question

    items = [
        "Elm Row, Greyford – closed between the bridge and the school.",
        "Park Lane – closed near 12 Market Street for two days.",
    ]
    assert _list_question("Which roads are closed?", items, "en") != "help"
    assert (
        _list_question("Where to vote:", ["Town Hall, 4 Market Street", "Library"], "en") == "help"
    )


def test_a_purpose_without_a_number_leaves_a_long_sentence() -> None:
    from pubkit.plain.shorten import en_shorter

    assert en_shorter(
        "Two footpaths in Greyford will be closed from Tuesday 4 June so that the council can "
        "replace the old railings safely."
    ) == ["Two footpaths in Greyford will be closed from Tuesday 4 June."]


# -- a list inside a list item is part of the message -------------------------------------


def test_a_nested_list_is_not_dropped() -> None:
    from pubkit.model import List, ListItem
    from pubkit.plain.message import message_units

    def item(text: str, *inner: ListItem) -> ListItem:
        blocks: tuple[Paragraph | List, ...] = (Paragraph(content=(Text(text=text),)),)
        if inner:
            blocks += (List(ordered=False, items=inner),)
        return ListItem(blocks=blocks)

    notice = Document(
        metadata=Metadata(title="Visiting the care home", language="en"),
        blocks=(
            Paragraph(content=(Text(text="Visits to the care home change from Monday 9 May."),)),
            List(
                ordered=False,
                items=(
                    item("Book your visit a day ahead."),
                    item(
                        "Visitors can no longer stay overnight, except",
                        item("when a resident is very ill"),
                        item("when a resident needs help to eat"),
                    ),
                ),
            ),
        ),
    )
    units = message_units(notice)
    listed = [u for u in units if "when a resident is very ill" in u.items]
    assert listed, [(u.text, u.items) for u in units]
    assert listed[0].text.startswith("Visitors can no longer stay overnight")
    assert "when a resident needs help to eat" in listed[0].items


# -- a subheading written as a bold line is no sentence of the draft -----------------------


def test_a_bold_line_subheading_does_not_leak_into_the_draft() -> None:
    from pubkit.model import Strong
    from pubkit.plain.message import message_units

    def bold(text: str) -> Paragraph:
        return Paragraph(content=(Strong(content=(Text(text=text),)),))

    def para(text: str) -> Paragraph:
        return Paragraph(content=(Text(text=text),))

    notice = Document(
        metadata=Metadata(title="Services in the storm", language="en"),
        blocks=(
            para("Strong winds are expected from Thursday 5 February across the county."),
            bold("Care at home"),
            para("Carers will still visit every client, but they may come later than usual."),
            para("Road safety"),
            para("Only drive if you must and keep a torch in the car."),
        ),
    )
    units = message_units(notice)
    texts = [u.text.rstrip(".") for u in units]
    assert "Care at home" not in texts
    assert "Road safety" not in texts
    assert [u.heading for u in units if u.text.startswith("Only drive")] == ["Road safety"]
    lines = [s.text for s in draft_sentences(plain_language(notice).blocks, "en")]
    assert not any(line.rstrip(".") in ("Care at home", "Road safety") for line in lines), lines


# -- a two-column table keeps what its columns mean -----------------------------------------


def _table_notice() -> Document:
    from pubkit.model import Cell, Heading, Row, Table

    def row(*cells: str, header: bool = False) -> Row:
        return Row(cells=tuple(Cell(content=(Text(text=c),), header=header) for c in cells))

    filler = (
        "The depot has served the town for many years, and the crews say the number of bins "
        "they empty grows each winter as new homes are built on the edge of town."
    )
    return Document(
        metadata=Metadata(title="Bin days over New Year", language="en"),
        blocks=(
            Paragraph(
                content=(Text(text="Bin days change over New Year from Thursday 1 January."),)
            ),
            Heading(level=2, content=(Text(text="Changed days"),)),
            Table(
                caption=(),
                head=(row("Usual day", "New day", header=True),),
                body=(
                    row("Thursday 1 January", "Saturday 3 January"),
                    row("Friday 2 January", "Monday 5 January"),
                ),
            ),
            Heading(level=2, content=(Text(text="Background"),)),
            Paragraph(content=(Text(text=" ".join([filler] * 4)),)),
            Paragraph(content=(Text(text="For questions about your bin day, call 01632 960444."),)),
        ),
    )


def test_a_two_column_table_has_its_column_heads_as_lead_in() -> None:
    from pubkit.plain.message import message_units

    listed = [u for u in message_units(_table_notice()) if u.items]
    assert listed[0].text == "Usual day and new day"
    assert listed[0].items[0] == "Thursday 1 January: Saturday 3 January"


def test_a_contact_that_says_what_it_is_for_gets_no_section_heading() -> None:
    lines = draft_sentences(plain_language(_table_notice()).blocks, "en")
    assert "Background" not in [s.text for s in lines], [s.text for s in lines]
    assert any("01632 960444" in s.text for s in lines)


def test_an_emergency_number_gets_no_unrelated_section_heading() -> None:
    from pubkit.plain.simplify import _SAYS_PURPOSE

    assert _SAYS_PURPOSE.match("In an emergency, call 999.")
    assert _SAYS_PURPOSE.match("Out of hours, call 01632 960000.")
    assert _SAYS_PURPOSE.match("For questions about the jab, call 01632 960123.")
    assert not _SAYS_PURPOSE.match("Call 01632 960123.")


def test_a_rule_about_a_place_near_a_house_number_is_not_help() -> None:
    from pubkit.plain.message import classify

    assert (
        classify(
            "Elm Row will be closed near 48 Bayswater Drive from Monday 4 May.", "en", lead=False
        )[0]
        != "help"
    )
    assert (
        classify("Bring your form to the Town Hall, 4 Market Street.", "en", lead=False)[0]
        == "help"
    )


def test_a_circumstance_at_the_end_without_a_number_goes() -> None:
    from pubkit.plain.shorten import en_shorter

    assert en_shorter(
        "The swimming pool in Greyford is opening again, with fewer lanes and shorter hours "
        "while the repairs go on."
    ) == ["The swimming pool in Greyford is opening again, with fewer lanes and shorter hours."]
    # "while you …" is a condition of the reader's: it stays
    kept = (
        "Keep your dog on a lead in the nature reserve on Mill Lane while you walk past the ponds."
    )
    assert en_shorter(kept) == [kept]


def test_a_list_is_not_cut_to_its_names_when_an_entry_holds_a_phone_number() -> None:
    from pubkit.plain.message import Unit
    from pubkit.plain.simplify import _heads_only, _Piece

    unit = Unit(text="Where to book:", question="what", weight=3, order=1, listed=True)
    with_phone = _Piece(
        unit,
        ("Where to book:",),
        ("Town Hall, Greyford – call 01632 960000 to book a slot", "Library – closed all week"),
        "what",
    )
    assert _heads_only([with_phone]) is None
    near_a_house = _Piece(
        unit,
        ("Roads:",),
        ("Mill Lane, Exton – closed near 12 Bank Street", "Bank Street – closed at night"),
        "what",
    )
    compact = _heads_only([near_a_house])
    assert compact is not None
    assert compact[0].items == ("Mill Lane, Exton", "Bank Street")


# -- shortening never drops an e-mail or web address ---------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "contact"),
    [
        (
            "If you have questions about the new bins, please contact the waste team – e-mail "
            "waste@greyford.gov.uk.",
            "en",
            "waste@greyford.gov.uk",
        ),
        (
            "Read the new collection calendar for your street, which you can find at "
            "www.greyford.gov.uk/bins.",
            "en",
            "www.greyford.gov.uk/bins",
        ),
        (
            "Bei Fragen hilft das Bürgerbüro – schreiben Sie an buergerbuero@greyford.de.",
            "de",
            "buergerbuero@greyford.de",
        ),
    ],
)
def test_shortening_keeps_every_address(sentence: str, language: str, contact: str) -> None:
    from pubkit.plain.shorten import shorten

    parts = shorten(sentence, language)
    assert any(contact in p for p in parts), parts


def test_a_list_entry_keeps_a_web_address_in_its_purpose() -> None:
    from pubkit.plain.simplify import _entry

    entry = _entry(
        "book a slot at the tip for your van or trailer, so that staff can check it at "
        "www.greyford.gov.uk/tip",
        "en",
    )
    assert "www.greyford.gov.uk/tip" in entry
    # without an address, the purpose still goes
    assert (
        _entry(
            "book a slot at the tip for your van or trailer, so that staff can check it "
            "before you arrive",
            "en",
        )
        == "book a slot at the tip for your van or trailer"
    )


def test_an_english_instruction_is_filed_under_what_to_do() -> None:
    from pubkit.plain.message import classify

    assert classify("Have a warm drink before you go to bed.", "en", lead=False)[0] == "todo"
    assert classify("Open the windows at night.", "en", lead=False)[0] == "todo"
    assert classify("The library has a new lift.", "en", lead=False)[0] != "todo"


def test_a_short_line_that_states_a_rule_is_no_subheading() -> None:
    from pubkit.plain.message import _subheading

    assert not _subheading((Text(text="Free parking for visitors"),), "en")
    assert not _subheading((Text(text="Closed on Sundays"),), "en")
    assert not _subheading((Text(text="Eintritt frei"),), "de")
    assert _subheading((Text(text="Road safety"),), "en")
