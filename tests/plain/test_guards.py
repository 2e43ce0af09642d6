"""The guards: a bad draft is refused with its reason, whoever wrote it."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from pubkit.model import Block, Document, Heading, List, ListItem, Metadata, Paragraph, Text
from pubkit.plain.guards import DraftRejected, check_draft, draft_sentences, guard_draft
from pubkit.plain.sentence import fragment_reason, has_finite_verb, reference_words
from pubkit.plain.simplify import BuiltinSimplifier
from pubkit.plain.transform import plain_language
from pubkit.readers import read

FIXTURES = Path(__file__).parent / "fixtures"
MASKS = FIXTURES / "de-maskenpflicht.md"


def _draft(source: Document, *lines: str, heading: str = "Was ist neu?") -> Document:
    body: tuple[Block, ...] = (
        Heading(level=2, content=(Text(text=heading),)),
        *(Paragraph(content=(Text(text=line),)) for line in lines),
    )
    return dataclasses.replace(source, blocks=body)


def _codes(source: Document, draft: Document) -> list[str]:
    return [issue.code for issue in check_draft(source, draft)]


@pytest.fixture(scope="module")
def masks() -> Document:
    return read(MASKS)


GOOD = (
    "Die Stadt Musterstadt führt in der Innenstadt wieder eine Maskenpflicht ein.",
    "Die Regel gilt ab Montag, 8. März 2021.",
    "Kinder unter 6 Jahren müssen keine Maske tragen.",
    "Haben Sie Fragen zur neuen Regel?",
    "Dann rufen Sie das Bürgertelefon an: 0231 50-0.",
    "Kostenlose Masken gibt es im Bürgerbüro, Marktstraße 12.",
)


def test_a_good_draft_passes(masks: Document) -> None:
    assert check_draft(masks, _draft(masks, *GOOD)) == []


def test_fragment_is_refused(masks: Document) -> None:
    # Cut inside "von Bund und Ländern und rechnet …": no subject before the verb.
    cut = "Ländern und rechnet mit einer neuen Maskenpflicht."
    assert fragment_reason(cut, "de") is not None
    assert "PLG001" in _codes(masks, _draft(masks, *GOOD, cut))
    # A sentence without a finite verb.
    assert "PLG001" in _codes(masks, _draft(masks, *GOOD, "Kostenlose Masken im Bürgerbüro."))


def test_dangling_danach_is_refused(masks: Document) -> None:
    # "danach" points at the end date, which this draft left out.
    draft = _draft(
        masks, *GOOD[:3], "Masken bleiben auch danach in Bussen und Bahnen nötig.", *GOOD[3:]
    )
    issues = check_draft(masks, draft)
    assert [i.code for i in issues] == ["PLG002"]
    assert "danach" in issues[0].message


def test_danach_after_its_sentence_passes(masks: Document) -> None:
    draft = _draft(
        masks,
        *GOOD[:2],
        "Sie endet am 31. März 2021.",
        "Masken bleiben auch danach in Bussen und Bahnen nötig.",
        *GOOD[2:],
    )
    assert check_draft(masks, draft) == []


def test_changed_extension_is_refused(masks: Document) -> None:
    lost = "Dann rufen Sie das Bürgertelefon an: 0231 50."
    issues = check_draft(masks, _draft(masks, *GOOD[:4], lost, GOOD[5]))
    assert "PLG003" in [i.code for i in issues]
    assert any("0231 50" in i.message for i in issues)


def test_changed_address_is_refused(masks: Document) -> None:
    moved = "Kostenlose Masken gibt es im Bürgerbüro, Marktstraße 21."
    assert "PLG003" in _codes(masks, _draft(masks, *GOOD[:5], moved))


def test_empty_draft_is_refused(masks: Document) -> None:
    empty = dataclasses.replace(
        masks, blocks=(Heading(level=2, content=(Text(text="Was ist neu?"),)),)
    )
    with pytest.raises(DraftRejected) as caught:
        guard_draft(masks, empty)
    assert [i.code for i in caught.value.issues] == ["PLG005"]
    assert "leer" in str(caught.value)  # a German notice: its findings in German


def test_a_draft_that_says_too_little_is_refused(masks: Document) -> None:
    # The federal-decision case: one true sentence, the message lost.
    issues = check_draft(masks, _draft(masks, "Die Regel gilt ab Montag, 8. März 2021."))
    assert [i.code for i in issues] == ["PLG004"]
    assert "Kernaussagen" in issues[0].message


def test_a_copy_is_refused(masks: Document) -> None:
    from pubkit.plain.readability import document_units

    whole = document_units(masks, title=False)
    lines = [u if u.endswith((".", ":", "?")) else u + "." for u in whole]
    assert "PLG006" in _codes(masks, _draft(masks, *lines))


def test_list_entries_under_a_lead_in_are_parts_of_its_sentence(masks: Document) -> None:
    body = (
        Paragraph(content=(Text(text="Eine medizinische Maske brauchen Sie hier:"),)),
        List(
            ordered=False,
            items=(
                ListItem(
                    blocks=(Paragraph(content=(Text(text="auf dem Wochenmarkt am Domplatz"),)),)
                ),
            ),
        ),
    )
    sentences = draft_sentences(body, "de")
    assert [s.entry for s in sentences] == [False, True]
    draft = dataclasses.replace(masks, blocks=(*body, *_draft(masks, *GOOD).blocks))
    assert check_draft(masks, draft) == []


@pytest.mark.parametrize(
    ("lead", "language"),
    [("Wann und wo?", "de"), ("Ausweis verloren?", "de"), ("When and where?", "en")],
)
def test_a_question_right_above_a_list_leads_into_it(lead: str, language: str) -> None:
    entry = ListItem(blocks=(Paragraph(content=(Text(text="Rathaus, Zimmer 12"),)),))
    body = (Paragraph(content=(Text(text=lead),)), List(ordered=False, items=(entry,)))
    lead_in, under = draft_sentences(body, language)
    assert lead_in.label
    assert under.entry
    # the same question followed by a sentence is not a lead-in: it must be a whole sentence
    (alone,) = draft_sentences(body[:1], language)
    assert not alone.label


@pytest.mark.parametrize(
    ("sentence", "whole"),
    [
        ("Bleiben Sie zu Hause.", True),
        ("Die Maßnahmen gelten bis zum 30. November.", True),
        ("Am Stadtpark 10.", False),
        ("Wer im Auto sitzt oder Fahrrad.", False),
        ("Roller fährt, muss keine Maske tragen.", False),
        ("„Wir wollen das Erreichte nicht aufs Spiel setzen.", False),
        ("Können Sie beim Wahlamt eine neue Karte anfordern.", False),
        ("Beschäftigte, die bei einem Konzern anfangen.", False),
        ("Kinder, die jünger als 6 Jahre sind, brauchen keinen Test.", True),
    ],
)
def test_whole_german_sentences(sentence: str, whole: bool) -> None:
    assert (fragment_reason(sentence, "de") is None) is whole


@pytest.mark.parametrize(
    ("sentence", "whole"),
    [
        ("Stay at home for 7 days.", True),
        ("Dial 999 in an emergency.", True),
        ("The centre opens on Monday.", True),
        ("It recognises people and projects.", True),
        ("Free tests for everyone.", False),
        ("and call 111 if you feel worse.", False),
    ],
)
def test_whole_english_sentences(sentence: str, whole: bool) -> None:
    assert (fragment_reason(sentence, "en") is None) is whole


def test_references() -> None:
    assert reference_words("Masken bleiben auch danach nötig.", "de") == ["danach"]
    assert reference_words("Das hat der Krisenstab beschlossen.", "de") == ["Das"]
    assert reference_words("Sie endet am 31. März.", "de") == ["Sie"]
    assert reference_words("Sie müssen eine Maske tragen.", "de") == []  # the polite "Sie"
    assert reference_words("Das Amt ist zu.", "de") == []
    assert reference_words("This applies to everyone.", "en") == ["This"]
    # A lower-case "sie"/"er" stands for people named before; with no noun before it in
    # its own sentence, it points at another sentence.
    assert reference_words("Fragen Sie, ob sie genug trinken.", "de") == ["sie"]
    assert reference_words("Sie bekommen den Termin, wenn er feststeht.", "de") == []
    assert reference_words("Wer krank ist, bleibt zu Hause, bis er gesund ist.", "de") == []
    assert has_finite_verb("You also need a mask.", "en")


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.md")), ids=lambda p: p.stem)
def test_builtin_drafts_pass_every_guard(path: Path) -> None:
    source = read(path)
    plain = plain_language(source)  # raises DraftRejected if a guard fails
    body = plain.blocks[:-1]  # without the link back to the full text
    # The same vocabulary the pipeline allows the built-in writer: its plain-word lexicon.
    allowed = BuiltinSimplifier().allowed_words
    assert check_draft(source, dataclasses.replace(plain, blocks=body), allowed_words=allowed) == []
    assert plain.metadata.subtitle is not None


def test_the_writer_keeps_the_extension_and_the_quote_only_with_its_speaker() -> None:
    source = read(MASKS)
    text = "\n".join(s.text for s in draft_sentences(plain_language(source).blocks, "de"))
    assert "0231 50-0" in text
    assert "Erreichte" not in text  # the quote has a speaker, but it is not the message
    assert (
        "Haben Sie Fragen zur neuen Regel?\nDann rufen Sie das Bürgertelefon an: 0231 50-0." in text
    )


def test_metadata_only_notice_is_refused_not_published() -> None:
    doc = Document(metadata=Metadata(title="Hinweis", language="de"), blocks=())
    with pytest.raises(DraftRejected) as caught:
        plain_language(doc)
    assert "PLG005" in [i.code for i in caught.value.issues]


def test_shortening_never_cuts_an_address() -> None:
    from pubkit.plain.shorten import shorten

    long = "Das Zentrum liegt in frisch renovierten Räumen an der Hollestraße 3, schräg gegenüber dem Bahnhof."
    assert all("Hollestraße 3" in s or "3" not in s for s in shorten(long, "de"))
    assert any("Hollestraße 3" in s for s in shorten(long, "de"))


def test_pronoun_without_its_people_is_refused(tmp_path: Path) -> None:
    """„Fragen Sie, ob sie genug trinken.“ without the sentence naming the neighbours."""
    notice = tmp_path / "hitze.md"
    notice.write_text(
        "---\ntitle: Hitze\nlang: de\n---\n\n"
        "In den nächsten Tagen wird es in der Stadt sehr heiß.\n\n"
        "Rufen Sie ältere Nachbarn an. Fragen Sie, ob sie genug trinken.\n",
        encoding="utf-8",
    )
    source = read(notice)
    lonely = _draft(source, "Es wird heiß.", "Fragen Sie, ob sie genug trinken.")
    dangling = [i for i in check_draft(source, lonely) if i.code == "PLG002"]
    assert len(dangling) == 1
    assert "sie" in dangling[0].message
    kept = _draft(
        source,
        "Es wird heiß.",
        "Rufen Sie ältere Nachbarn an.",
        "Fragen Sie, ob sie genug trinken.",
    )
    assert "PLG002" not in _codes(source, kept)
    # The writer keeps the question only after the sentence it needs, or not at all.
    text = "\n".join(s.text for s in draft_sentences(plain_language(source).blocks, "de"))
    if "ob sie genug trinken" in text:
        assert "Rufen Sie ältere Nachbarn an." in text


def test_english_pronoun_with_nothing_to_stand_for_is_a_dangling_reference() -> None:
    """ "Please take a few minutes to nominate them." after its question was left out: who?"""
    assert reference_words("Please take a few minutes to nominate them.", "en") == ["them"]
    assert reference_words("Residents who know a volunteer can nominate them.", "en") == []
    assert reference_words("The team will call you when they are ready.", "en") == []
    draft = Document(
        metadata=Metadata(title="Award", language="en"),
        blocks=(Paragraph(content=(Text(text="Please take a few minutes to nominate them."),)),),
    )
    issues = check_draft(draft, draft)
    assert "PLG002" in [i.code for i in issues]


def test_a_question_with_wer_is_a_whole_sentence() -> None:
    """„Wer entscheidet?“ asks; „Wer krank ist.“ is a clause without its main clause."""
    assert fragment_reason("Wer entscheidet?", "de") is None
    assert fragment_reason("Wer krank ist.", "de") is not None


def test_an_address_does_not_run_across_a_line_break() -> None:
    from pubkit.plain.guards import _exact_copies

    source = "Ecke Fahnen-/Marienstraße; 13 bis 16 Uhr: Rathaus, Marienstraße 12"
    draft = "Ecke Fahnen-/Marienstraße\n13 bis 16 Uhr: Rathaus, Marienstraße 12"
    assert list(_exact_copies(source, draft, "de")) == []
    changed = draft.replace("Marienstraße 12", "Marienstraße 13")
    assert set(_exact_copies(source, changed, "de")) == {"Marienstraße 13"}
