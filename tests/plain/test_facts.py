"""The fidelity check catches every invented or changed fact, and passes faithful text."""

from __future__ import annotations

import dataclasses

import pytest

from pubkit.model import Document, Link, List, ListItem, Metadata, Paragraph, Text
from pubkit.plain.facts import FidelityError, check_fidelity, extract_facts
from pubkit.plain.transform import plain_language
from pubkit.readers import read
from tests.conftest import EXAMPLES

SOURCE_TEXT = (
    "Die Impfstelle Süd in der Schulstraße 21 öffnet am 3. März 2022. "
    "Rund 1.000 Termine gibt es Mo–Fr von 9–17 Uhr. Der Test kostet 5 Euro. "
    "Fragen beantwortet das Servicetelefon unter Tel. 0211 89-96090 oder info@duesseldorf.de."
)


def _doc(*sentences: str) -> Document:
    return Document(
        metadata=Metadata(title="Impfstelle", language="de"),
        blocks=tuple(Paragraph(content=(Text(text=s),)) for s in sentences),
    )


SOURCE = _doc(SOURCE_TEXT)


def _codes(summary: str) -> list[str]:
    return [i.code for i in check_fidelity(SOURCE, _doc(summary))]


def test_faithful_summary_passes() -> None:
    summary = (
        "Die Impfstelle Süd öffnet am 3. März 2022. Sie ist in der Schulstraße 21. "
        "Montag bis Freitag 9 bis 17 Uhr. Der Test kostet 5 Euro. Telefon: 0211 89-96090."
    )
    assert _codes(summary) == []


def test_catches_an_invented_number() -> None:
    assert _codes("Rund 2.000 Termine gibt es.") == ["PLF001"]


def test_catches_a_changed_date() -> None:
    assert "PLF002" in _codes("Die Impfstelle Süd öffnet am 4. März 2022.")


def test_catches_a_changed_date_even_when_its_numbers_occur_elsewhere() -> None:
    # 21 and 3 are in the source (house number, day), but not as "21. März".
    assert _codes("Die Impfstelle Süd öffnet am 21. März 2022.") == ["PLF002"]


def test_catches_a_changed_year_and_a_numeric_date() -> None:
    assert "PLF002" in _codes("Die Impfstelle Süd öffnet am 3. März 2023.")
    assert "PLF002" in _codes("Die Impfstelle Süd öffnet am 3.4.2022.")


def test_accepts_another_way_of_writing_the_same_date() -> None:
    assert _codes("Die Impfstelle Süd öffnet am 03.03.2022.") == []


def test_catches_a_changed_unit_phone_mail_weekday_and_name() -> None:
    assert "PLF003" in _codes("Der Test kostet 5 Prozent.")
    assert "PLF004" in _codes("Telefon: 0211 89-96091.")
    assert "PLF004" in _codes("E-Mail: hilfe@duesseldorf.de.")
    assert "PLF005" in _codes("Termine gibt es am Samstag.")
    assert "PLF006" in _codes("Die Impfstelle Köln öffnet bald.")


def test_catches_a_changed_link_target() -> None:
    source = Document(
        metadata=Metadata(title="t", language="de"),
        blocks=(
            Paragraph(
                content=(
                    Link(
                        target="https://www.duesseldorf.de/corona", content=(Text(text="Portal"),)
                    ),
                )
            ),
        ),
    )
    summary = dataclasses.replace(
        source,
        blocks=(
            Paragraph(
                content=(
                    Link(
                        target="https://www.duesseldorf.de/impfen", content=(Text(text="Portal"),)
                    ),
                )
            ),
        ),
    )
    assert [i.code for i in check_fidelity(source, summary)] == ["PLF004"]


def test_allowed_words_widen_only_the_vocabulary() -> None:
    summary = _doc("Die Impfstelle Süd hat neue Räume.")
    assert [i.code for i in check_fidelity(SOURCE, summary)] == ["PLF006"]
    assert check_fidelity(SOURCE, summary, allowed_words={"Räume"}) == []
    invented = _doc("Die Impfstelle Süd hat 7 neue Räume.")
    assert [i.code for i in check_fidelity(SOURCE, invented, allowed_words={"Räume"})] == ["PLF001"]


def test_extract_facts() -> None:
    facts = extract_facts(SOURCE_TEXT, source=True)
    assert (3, 3, 2022) in facts.dates
    assert {"1000", "0211", "96090"} <= facts.numbers
    assert ("5", "eur") in facts.amounts
    assert {"02118996090", "info@duesseldorf.de"} <= facts.contacts
    assert facts.weekdays == {"montag", "freitag"}


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_summaries_are_faithful(path: object) -> None:
    doc = read(path)  # type: ignore[arg-type]
    # The vocabulary the pipeline allows the built-in writer: its plain-word lexicon
    # („Ausweis“ for „Personalausweis“).
    from pubkit.plain.simplify import BuiltinSimplifier

    allowed = BuiltinSimplifier().allowed_words
    assert check_fidelity(doc, plain_language(doc), allowed_words=allowed) == []


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_a_tampered_example_summary_is_caught(path: object) -> None:
    doc = read(path)  # type: ignore[arg-type]
    plain = plain_language(doc)
    extra = List(
        ordered=False,
        items=(
            ListItem(
                blocks=(Paragraph(content=(Text(text="Am 31. Mai 1999 kamen 4711 Gäste."),)),)
            ),
        ),
    )
    tampered = dataclasses.replace(plain, blocks=(*plain.blocks, extra))
    codes = {i.code for i in check_fidelity(doc, tampered)}
    assert {"PLF001", "PLF002"} <= codes


def test_transform_refuses_an_unfaithful_backend() -> None:
    class Inventor:
        allowed_words: frozenset[str] = frozenset()

        def simplify(self, document: Document, *, max_words: int) -> tuple[Paragraph, ...]:
            return (Paragraph(content=(Text(text="Die Impfstelle Süd öffnet am 5. März 2022."),)),)

    with pytest.raises(FidelityError) as info:
        plain_language(SOURCE, simplifier=Inventor())
    assert "PLF002" in [i.code for i in info.value.issues]


def _fidelity(source: tuple[str, ...], summary: tuple[str, ...]) -> list[str]:
    return [i.code for i in check_fidelity(_doc(*source), _doc(*summary))]


def test_date_table_rows_in_another_order_are_no_new_date() -> None:
    # Lines are joined with line breaks: "… für 12." above "11.1.: …" was read as 12.11.
    rows = ("11.1.: Rathausplatz 1, 13:00", "28.3.: Marktstraße 12, 16:00")
    source = (*rows, "Es gibt Plätze für 12.")
    assert _fidelity(source, ("Es gibt Plätze für 12.", *rows)) == []
    # ... and a changed row date is still caught.
    assert _fidelity(source, ("11.2.: Rathausplatz 1, 13:00",)) == ["PLF002"]


def test_equivalent_date_forms_pass_and_other_days_do_not() -> None:
    # A slashed date, and the first day of a range, kept as a written-out date.
    assert "PLF002" not in _fidelity(("Stand: 24/03/2020.",), ("Stand: 24. März 2020.",))
    ranged = ("Das Fest ist vom 12. bis 14. November.",)
    assert _fidelity(ranged, ("Das Fest ist am 12. November.",)) == []
    assert _fidelity(("Das Fest ist vom 12.–14.11.",), ("Das Fest ist am 12.11.",)) == []
    # A day inside the range, another month or another year is not in the source.
    assert _fidelity(ranged, ("Das Fest ist am 13. November.",)) == ["PLF002"]
    assert "PLF002" in _fidelity(ranged, ("Das Fest ist am 12. Dezember.",))
    assert "PLF002" in _fidelity(("Stand: 24/03/2020.",), ("Stand: 24. März 2021.",))
    # "März 2020" is not the 20th of March.
    assert extract_facts("im März 2020").dates == frozenset()


def test_a_changed_phone_number_is_shown_as_written() -> None:
    """The message names the number as the summary writes it, not as bare digits."""
    issues = [
        i for i in check_fidelity(SOURCE, _doc("Telefon: 0211 89-96091.")) if i.code == "PLF004"
    ]
    assert len(issues) == 1
    assert "0211 89-96091" in issues[0].message
    assert "02118996091" not in issues[0].message


def test_a_noun_of_the_source_without_its_genitive_ending_is_not_new() -> None:
    """„des Landes“ → „vom Land“ (easy texts avoid the genitive) brings in no new noun;
    a noun that is only like one of the source's still does."""
    source = _doc("Die Hotline des Landes hilft im Büro des Oberbürgermeisters.")
    summary = _doc("Die Hotline vom Land hilft im Büro vom Oberbürgermeister.")
    assert check_fidelity(source, summary) == []
    assert [i.code for i in check_fidelity(source, _doc("Die Hotline vom Bund hilft."))] == [
        "PLF006"
    ]
