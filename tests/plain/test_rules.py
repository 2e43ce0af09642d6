"""Every plain-language rule fires on a sentence that breaks it, and stays quiet on plain text."""

from __future__ import annotations

from pathlib import Path

import pytest

from pubkit.model import Document, Emphasis, LanguageSpan, Metadata, Paragraph, Text
from pubkit.plain import check_plain_language
from pubkit.plain.rules import check_rules, split_compound
from pubkit.readers import read
from tests.conftest import EXAMPLES


def _doc(text: str, language: str = "de", glossary: tuple[tuple[str, str], ...] = ()) -> Document:
    return Document(
        metadata=Metadata(title="t", language=language, abbreviations=glossary),
        blocks=(Paragraph(content=(Text(text=text),), line=7),),
    )


def _codes(text: str, language: str = "de") -> list[str]:
    return sorted({i.code for i in check_rules(_doc(text, language))})


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        (
            "Das Amt für Soziales hat heute am Morgen in der Stadt den großen Preis für die Hilfe bekommen.",
            "PL001",
        ),
        ("Wir wissen, dass Sie kommen.", "PL002"),
        ("Das Amt, das hilft, ist offen.", "PL002"),
        ("Die Liste wird bald veröffentlicht.", "PL003"),
        ("Geimpft wird in allen Stellen.", "PL003"),
        ("Die Bearbeitung der Anmeldung dauert.", "PL004"),
        ("Das Haus des Amtes ist groß.", "PL005"),
        ("Das Amt ist heute nicht offen.", "PL006"),
        ("Wir würden uns freuen.", "PL007"),
        ("Bringen Sie z. B. den Pass mit.", "PL008"),
        ("Das RKI empfiehlt das.", "PL008"),
        ("Es gibt drei Termine.", "PL009"),
        ("Es gibt 1.000 Termine.", "PL009"),
        ("Das Portal zeigt es auf dem Smartphone.", "PL010"),
        ("Die Krankenversichertenkarte ist wichtig.", "PL011"),
        ("Alle Bürger*innen sind eingeladen.", "PL012"),
        ("Das Amt (in der Stadt) hilft.", "PL013"),
        ("Das Amt hilft; die Stadt auch.", "PL014"),
        ("Das kostet 5 % mehr.", "PL015"),
    ],
)
def test_german_rule_fires(sentence: str, code: str) -> None:
    assert code in _codes(sentence)


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        (
            "The office that helps people in the city is open every day of the week until late.",
            "PL001",
        ),
        ("Come early, because the queue is long.", "PL002"),
        ("The list was published today.", "PL003"),
        ("The application requires registration.", "PL004"),
        ("The office is not open.", "PL006"),
        ("You could bring a pass.", "PL007"),
        ("Bring e.g. a pass.", "PL008"),
        ("There are three centres.", "PL009"),
    ],
)
def test_english_rule_fires(sentence: str, code: str) -> None:
    assert code in _codes(sentence, "en")


def test_plain_sentences_pass() -> None:
    assert _codes("Das Amt hat einen Preis bekommen.") == []
    assert _codes("Bitte bringen Sie Ihren Pass mit.") == []
    assert _codes("Please bring your passport.", "en") == []


def test_finding_names_sentence_line_and_fix() -> None:
    [issue] = check_rules(_doc("Das Amt ist heute nicht offen."))
    assert issue.line == 7
    # a German notice: the finding is in German (pubkit.i18n)
    assert issue.where == "Satz „Das Amt ist heute nicht offen.“"
    assert "positiv" in issue.message


def test_italics_and_foreign_passages() -> None:
    doc = Document(
        metadata=Metadata(title="t", language="de"),
        blocks=(
            Paragraph(
                content=(
                    Emphasis(content=(Text(text="Wichtig"),)),
                    Text(text=": "),
                    LanguageSpan(lang="en", content=(Text(text="Please bring your smartphone."),)),
                )
            ),
        ),
    )
    codes = [i.code for i in check_rules(doc)]
    assert codes == ["PL016"]  # the English passage is not checked against German rules


def test_abbreviation_from_glossary_is_named() -> None:
    issues = check_rules(
        _doc("Das RKI empfiehlt das.", glossary=(("RKI", "Robert Koch-Institut"),))
    )
    assert any("Robert Koch-Institut" in i.message for i in issues)


def test_split_compound() -> None:
    assert split_compound("Landeshauptstadt") == ("Landes", "hauptstadt")
    assert split_compound("Krankenversichertenkarte") == ("Krankenversicherten", "karte")


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_check_plain_language_on_examples(path: object) -> None:
    issues = check_plain_language(read(path))  # type: ignore[arg-type]
    figures = [i for i in issues if i.code == "PL000"]
    assert len(figures) == 2
    assert "Flesch-Amstad" in figures[1].message
    assert not [i for i in issues if i.severity == "error"]


def test_one_sentence_per_line_in_easy_read_text() -> None:
    from pubkit.model import LineBreak

    doc = Document(
        metadata=Metadata(title="t", language="de"),
        blocks=(
            Paragraph(
                content=(
                    Text(text="Das Amt ist offen. Kommen Sie vorbei."),
                    LineBreak(),
                    Text(text="Bringen Sie den Pass mit."),
                )
            ),
        ),
    )
    assert [i.code for i in check_rules(doc, easy_read=True)] == ["PL017"]
    assert check_rules(doc) == []


# -- false alarms on professional easy texts (tests/plain/fixtures/easy, our own words) -------

EASY = sorted((Path(__file__).parent / "fixtures" / "easy").glob("*.md"))


@pytest.mark.parametrize("path", EASY, ids=lambda p: p.stem)
def test_one_sentence_per_line_is_not_several_on_one_line(path: Path) -> None:
    """The reader folds soft line breaks into spaces; PL017 reads the file's own lines."""
    doc = read(path)
    assert [i for i in check_rules(doc, easy_read=True) if i.code == "PL017"] == []


def test_several_sentences_on_one_line_are_still_found(tmp_path: Path) -> None:
    notice = tmp_path / "easy.md"
    notice.write_text(
        "---\ntitle: T\nlang: de\n---\n\nDas Amt ist offen. Es hilft Ihnen.\nSie brauchen einen Termin.\n",
        encoding="utf-8",
    )
    found = [i for i in check_rules(read(notice), easy_read=True) if i.code == "PL017"]
    assert len(found) == 1
    assert "Das Amt ist offen. Es hilft Ihnen." in (found[0].where or "")


def test_professional_easy_texts_raise_no_false_alarms() -> None:
    """Our own easy texts in the professional style: the only finding is the real negation."""
    findings = [(i.code, i.where) for p in EASY for i in check_rules(read(p), easy_read=True)]
    assert findings == [("PL006", "Satz „Niemand darf zusehen.“")]  # German notices: German


@pytest.mark.parametrize(
    ("sentence", "language", "code"),
    [
        ("Es gibt verschiedenen Schutz vor der Sonne.", "de", "PL011"),  # an adjective
        ("Dann haben Sie 2 Möglichkeiten.", "de", "PL011"),  # a derivation, not a compound
        ("Die Mitarbeiterinnen und Mitarbeiter helfen Ihnen.", "de", "PL011"),
        ("The Government sets some of the rules.", "en", "PL004"),
        ("Information on the election.", "en", "PL004"),
        ("It is called coronavirus.", "en", "PL003"),
        ("Ich habe Corona.", "de", "PL007"),
        ("Do you have one of these signs?", "en", "PL009"),
    ],
)
def test_no_false_alarm(sentence: str, language: str, code: str) -> None:
    assert code not in _codes(sentence, language)


def test_compound_advice_never_suggests_a_gender_sign() -> None:
    """PL011 must not advise "Mitarbeiter·innen", which PL012 forbids; the linking s stays left."""
    assert split_compound("Mitarbeiterinnen") != ("Mitarbeiter", "innen")
    assert split_compound("Gesundheitsamt") == ("Gesundheits", "amt")
    findings = check_rules(_doc("Die Mitarbeiterinnen im Gesundheitsamt helfen."))
    assert not any("·innen" in i.message or "-Innen" in i.message for i in findings)


# -- false alarms on professional easy texts, round 8 -------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        # A subordinate clause standing alone is one statement (easy-read style).
        ("Oder weil Sie nicht gut lesen können.", "de"),
        ("Vor allem wenn es in der Nacht friert.", "de"),
        ("Das gilt für Sie: Wenn Ihnen das Haus gehört.", "de"),
        # „Damit“ with the verb right after it is an adverb, not a conjunction.
        ("Damit können Sie ohne Hilfe wählen.", "de"),
        ("Or because you have no car.", "en"),
    ],
)
def test_a_clause_alone_is_one_statement(sentence: str, language: str) -> None:
    assert "PL002" not in _codes(sentence, language)


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Wenn Sie krank sind, bleiben Sie zu Hause.", "de"),
        ("Trinken Sie viel, wenn es heiß ist.", "de"),
        ("Damit Sie gut wählen können, gibt es Hilfe.", "de"),
        ("Auf der Liste stehen alle Menschen, die hier wohnen.", "de"),
        ("Stay at home because you are ill.", "en"),
        ("Unless you are ill, come to work.", "en"),
    ],
)
def test_a_clause_on_a_main_clause_is_a_second_statement(sentence: str, language: str) -> None:
    assert "PL002" in _codes(sentence, language)


@pytest.mark.parametrize(
    ("sentence", "language", "flagged"),
    [
        ("Das Büro ist im Rathaus, Kyllweg 1, 54568 Gerolstein.", "de", False),
        ("Die Adresse ist: Hauptstraße 19 88079 Kressbronn.", "de", False),
        ("Write to 915 I Street, Sacramento, CA 95814.", "en", False),
        ("Im Jahr kamen 54568 Menschen.", "de", True),
    ],
)
def test_a_postcode_is_no_big_number(sentence: str, language: str, flagged: bool) -> None:
    assert ("PL009" in _codes(sentence, language)) is flagged


def test_an_easy_read_line_ending_on_a_contact_ends_its_sentence() -> None:
    """Easy-read texts leave the full stop off after an e-mail address at a line's end; the
    next line is a sentence of its own, not the rest of a 15-word one."""
    from pubkit.model import LineBreak

    doc = Document(
        metadata=Metadata(title="t", language="de"),
        blocks=(
            Paragraph(
                content=(
                    Text(text="Oder schreiben Sie eine E-Mail: wahl@stadt.example"),
                    LineBreak(),
                    Text(text="Das Wahl-Büro ist im Rathaus am Markt, Zimmer 4, im ersten Stock."),
                )
            ),
        ),
    )
    codes = [i.code for i in check_rules(doc, easy_read=True)]
    assert "PL001" not in codes
