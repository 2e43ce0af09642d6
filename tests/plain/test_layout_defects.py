"""Three defects of the German draft, each shown on a notice of our own
(fixtures/defects/de-bruecke-umbau.md), not on a measured set:

- a verbless line that names its own purpose („Alle Termine und Pläne: www…“) was led in by
  the heading of the section it ends („Warum wir umbauen:“);
- „Bauphase: Danach reißen die Arbeiter …“ lost its „Danach“ and became verb-first
  („Bauphase: reißen die Arbeiter …“, read as an infinitive or a question);
- „Ihre Mitglieder dürfen …“ after „Ein Beirat … begleitet …“ stood on its own, where
  „Ihre“ reads as the reader's.
"""

from __future__ import annotations

from pathlib import Path

from pubkit.plain.evaluate import load_notice
from pubkit.plain.guards import draft_sentences
from pubkit.plain.message import message_units
from pubkit.plain.simplify import BuiltinSimplifier, _owner_before, _unpoint
from pubkit.plain.transform import plain_language

NOTICE = Path(__file__).parent / "fixtures" / "defects" / "de-bruecke-umbau.md"


def _lines() -> list[str]:
    plain = plain_language(load_notice(NOTICE))
    return [s.text for s in draft_sentences(plain.blocks, "de")]


def test_own_label_leads_into_its_line() -> None:
    lines = _lines()
    address = next(i for i, t in enumerate(lines) if "musterstadt.example/lindenbruecke" in t)
    assert lines[address - 1] == "Alle Termine und Pläne:"
    assert "Warum wir umbauen:" not in lines


def test_dropped_pointer_word_leaves_subject_before_verb() -> None:
    notice = load_notice(NOTICE)
    chains = BuiltinSimplifier()._pieces(message_units(notice), "de")
    written = [s for c in chains for p in c for s in p.sentences]
    assert "Bauphase: Die Arbeiter reißen die alte Brücke ab und setzen die neuen Träger ein." in (
        written
    )
    assert _unpoint("Danach melden Sie sich im Bürgerbüro.", "de") == (
        "Melden Sie sich im Bürgerbüro."
    )
    assert _unpoint("Danach fahren die Busse der Linien 3 und 4 wieder normal.", "de") == (
        "Die Busse der Linien 3 und 4 fahren wieder normal."
    )


def test_possessive_rides_with_its_owner() -> None:
    notice = load_notice(NOTICE)
    chains = BuiltinSimplifier()._pieces(message_units(notice), "de")
    chain = next(c for c in chains if any("Ihre Mitglieder" in s for p in c for s in p.sentences))
    assert chain[0].sentences[0].startswith("Beirat: Ein Beirat")
    assert _owner_before("Ihre Mitglieder dürfen nicht mitbieten.", "Ein Beirat tagt.", "de")
    assert not _owner_before("Ihre Unterlagen bringen Sie bitte mit.", "Ein Beirat tagt.", "de")
    assert not _owner_before("Ihr Ausweis muss gültig sein.", "Melden Sie sich an.", "de")


def test_heading_already_a_lead_in_is_not_repeated() -> None:
    lines = _lines()
    assert lines.count("Bürgerbüro:") + lines.count("Bürgerbüro") <= 1


def test_kinds_of_one_noun_are_not_list_entries() -> None:
    """„… aus diesen Bereichen: soziales, sportliches oder kulturelles Ehrenamt“ names one
    noun and its kinds; entries „soziales“, „sportliches“ would be no whole line."""
    from pubkit.plain.simplify import _as_list

    sentence = "Nennen Sie einen dieser Bereiche: soziales, sportliches oder kulturelles Ehrenamt."
    assert _as_list(sentence, "de") is None
    listed = _as_list("Die Pflicht gilt hier: in der Innenstadt, am Markt und am Bahnhof.", "de")
    assert listed is not None
    assert len(listed[1]) == 3


def test_generic_help_heading_stays_the_lead_in() -> None:
    """Under „Fragen?“ the heading says what a contact line is for; a name before its colon
    („Stadtwerke Musterstadt, Wasser: Telefon …“) is who answers, not what for."""
    from pubkit.model import Document, Heading, Metadata, Paragraph, Text

    doc = Document(
        metadata=Metadata(title="Wasser abkochen", language="de"),
        blocks=(
            Paragraph(
                content=(
                    Text(
                        text="Im Ortsteil Nord muss das Trinkwasser ab sofort abgekocht werden. "
                        "Das Gesundheitsamt hat Keime im Wasser gefunden."
                    ),
                )
            ),
            Heading(level=2, content=(Text(text="Fragen?"),)),
            Paragraph(content=(Text(text="Stadtwerke Musterstadt, Wasser: Telefon 01234 56-0"),)),
        ),
    )
    lines = [s.text for s in draft_sentences(plain_language(doc).blocks, "de")]
    phone = next(i for i, t in enumerate(lines) if "01234 56-0" in t)
    assert lines[phone - 1] == "Fragen:"


def test_footnote_mark_does_not_open_a_sentence() -> None:
    from pubkit.model import Document, Metadata, Paragraph, Text

    doc = Document(
        metadata=Metadata(title="Neue Zeiten in der Halle", language="de"),
        blocks=(
            Paragraph(
                content=(
                    Text(
                        text="Die Sporthalle Nord hat ab Montag, 4. Mai 2026, neue Zeiten. "
                        "Sie ist dann täglich von 8 bis 20 Uhr geöffnet."
                    ),
                )
            ),
            Paragraph(content=(Text(text="* Mittwochs ist die Halle bis 22 Uhr geöffnet."),)),
        ),
    )
    lines = [s.text for s in draft_sentences(plain_language(doc).blocks, "de")]
    assert "Mittwochs ist die Halle bis 22 Uhr geöffnet." in lines
    assert not any(t.startswith("*") for t in lines)


def test_items_under_a_why_heading_are_reasons_not_rules() -> None:
    from pubkit.model import Document, Heading, List, ListItem, Metadata, Paragraph, Text

    def item(text: str) -> ListItem:
        return ListItem(blocks=(Paragraph(content=(Text(text=text),)),))

    doc = Document(
        metadata=Metadata(title="Neue Zeiten im Hallenbad", language="de"),
        blocks=(
            Paragraph(content=(Text(text="Das Hallenbad Süd hat ab 1. Mai 2026 neue Zeiten."),)),
            Heading(level=2, content=(Text(text="Warum sich die Zeiten ändern"),)),
            List(
                ordered=False,
                items=(
                    item("Im Sommer kommen mehr Gäste am Abend als am Morgen."),
                    item("Es fehlen zwei Fachkräfte für die Aufsicht."),
                ),
            ),
            Heading(level=2, content=(Text(text="Was gilt"),)),
            List(ordered=False, items=(item("Sie müssen vorher online ein Ticket kaufen."),)),
        ),
    )
    weights = {u.text: u.weight for u in message_units(doc)}
    assert weights["Im Sommer kommen mehr Gäste am Abend als am Morgen."] < 3
    assert weights["Sie müssen vorher online ein Ticket kaufen."] == 3
