"""Contacts said with what they are for; the plain-word lexicon; names for moved sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from pubkit.model import Cell, Document, Metadata, Paragraph, Row, Table, Text
from pubkit.plain.contacts import contact_sentences
from pubkit.plain.facts import check_fidelity
from pubkit.plain.message import contacts_in, message_units
from pubkit.plain.plainwords import plain_words, replacement_words, use_plain_words
from pubkit.plain.readability import document_units
from pubkit.plain.transform import plain_language


def test_contact_as_question_and_then() -> None:
    said = contact_sentences(
        "Fragen zum Coronavirus beantwortet das Bürgertelefon der Stadt unter Telefon "
        "0231 50-0, montags bis freitags von 8 bis 18 Uhr.",
        "de",
    )
    assert said == [
        "Haben Sie Fragen zum Coronavirus?",
        "Dann rufen Sie das Bürgertelefon der Stadt an: 0231 50-0.",
        "Sie können montags bis freitags von 8 bis 18 Uhr anrufen.",
    ]


def test_contact_left_alone_when_grammar_or_rest_unknown() -> None:
    # "der Dienst" would need the accusative; "im Rathaus" is not a time to call.
    assert contact_sentences("Fragen beantwortet der Dienst unter Telefon 0231 50-0.", "de") is None
    assert (
        contact_sentences("Fragen beantwortet das Amt unter Telefon 0231 50-0, im Rathaus.", "de")
        is None
    )


def test_bare_web_address_and_call_verbs_are_contacts() -> None:
    assert contacts_in("Alle Regeln stehen unter corona.dortmund.de.") == ["corona.dortmund.de"]
    assert contacts_in("Sie ruft die Hausarztpraxis oder die 116 117 an.") == ["116 117"]
    assert contacts_in("Das sind z.B. 3.5 Meter, bzw. mehr.") == []


def test_plain_words_keep_grammar_and_endings() -> None:
    assert use_plain_words("Tragen Sie einen Mund-Nasen-Schutz.", "de") == "Tragen Sie eine Maske."
    assert use_plain_words("Zahlreiche Personalausweise liegen bereit.", "de") == (
        "Viele Ausweise liegen bereit."
    )
    assert use_plain_words("Additional help is currently available.", "en") == (
        "Extra help is now available."
    )
    # Only whole words: "Bereitschaftsdienst" is not "bereits".
    assert (
        use_plain_words("Der Bereitschaftsdienst hilft.", "de") == "Der Bereitschaftsdienst hilft."
    )
    # In a sentence with a web address the document's name stays: readers look for it there.
    text = "Die Allgemeinverfügung steht unter www.x.de."
    assert use_plain_words(text, "de", keep_nouns=True) == text
    assert use_plain_words(text, "de") == "Die Regel steht unter www.x.de."


def test_every_lexicon_entry_has_a_reason() -> None:
    for language in ("de", "en"):
        entries = plain_words(language)
        assert len(entries) > 20
        assert all(e.why.strip() for e in entries)
    assert {"Maske", "Ausweis", "Ausweise"} <= replacement_words()


def test_lexicon_words_pass_fidelity_but_names_do_not() -> None:
    source = Document(
        metadata=Metadata(title="T", language="de"),
        blocks=(Paragraph(content=(Text(text="Bringen Sie den Personalausweis mit."),)),),
    )
    summary = Document(
        metadata=Metadata(title="T", language="de"),
        blocks=(Paragraph(content=(Text(text="Bringen Sie den Ausweis zu Müller mit."),)),),
    )
    codes = [i.message for i in check_fidelity(source, summary, allowed_words=replacement_words())]
    assert len(codes) == 1
    assert "Müller" in codes[0]


def test_moved_sentence_names_what_it_is_about() -> None:
    doc = Document(
        metadata=Metadata(title="Testzentrum an Ostern", language="de"),
        blocks=(
            Paragraph(
                content=(
                    Text(
                        text="Das Testzentrum hat an allen Ostertagen geöffnet. Es befindet "
                        "sich in der Jugendförderung, Seekatzstraße 5. Ein Termin ist nicht "
                        "nötig. Fragen beantwortet die Hotline der Stadt unter Telefon "
                        "06232 14-2020."
                    ),
                )
            ),
        ),
    )
    text = "\n".join(document_units(plain_language(doc)))
    assert "Das Testzentrum ist in der Jugendförderung, Seekatzstraße 5." in text
    assert "Haben Sie Fragen?\nDann rufen Sie die Hotline der Stadt an: 06232 14-2020." in text


def test_table_caption_with_address_stands_above_its_rows() -> None:
    def row(*cells: str) -> Row:
        return Row(cells=tuple(Cell(content=(Text(text=c),)) for c in cells))

    doc = Document(
        metadata=Metadata(title="Free testing", language="en"),
        blocks=(
            Paragraph(content=(Text(text="The city offers free testing from Saturday."),)),
            Table(
                caption=(Text(text="Testing at the Centre, 101 W. Irvington Road"),),
                head=(row("Day", "Hours"),),
                body=(row("Tuesdays", "7 a.m. to 10 a.m."), row("Saturdays", "7 a.m. to 10 a.m.")),
            ),
        ),
    )
    units = message_units(doc)
    assert any(u.items and "101 W. Irvington Road" in u.text for u in units)


def test_date_of_an_event_is_kept_whole_and_counts_as_when() -> None:
    from pubkit.plain.shorten import shorten

    said = " ".join(
        shorten(
            "Die Verleihung findet am Sonntag, 23. Oktober 2016, um 11 Uhr im Reichssaal "
            "des Alten Rathauses statt.",
            "de",
        )
    )
    assert "am Sonntag, 23. Oktober 2016" in said
    doc = Document(
        metadata=Metadata(title="Preis", language="de"),
        blocks=(
            Paragraph(content=(Text(text="Die Stadt ehrt Frau Meier mit einem Preis."),)),
            Paragraph(content=(Text(text="Die Verleihung findet am Sonntag, 23. Oktober statt."),)),
        ),
    )
    assert [(u.question, u.weight) for u in message_units(doc)][1] == ("when", 3)


def test_press_dateline_and_degree_letters_do_not_reach_the_draft() -> None:
    doc = Document(
        metadata=Metadata(title="Medaille", language="de"),
        blocks=(
            Paragraph(
                content=(
                    Text(
                        text="Regensburg, 30.03.2021 – Die Stadt ehrt Prof. Dr. rer. soc. "
                        "Joachim Möller mit der Medaille."
                    ),
                )
            ),
        ),
    )
    (unit,) = message_units(doc)
    assert unit.text == "Die Stadt ehrt Prof. Dr. Joachim Möller mit der Medaille."


def test_lead_in_without_colon_stands_above_its_list() -> None:
    from pubkit.model import List, ListItem

    def item(text: str) -> ListItem:
        return ListItem(blocks=(Paragraph(content=(Text(text=text),)),))

    doc = Document(
        metadata=Metadata(title="Sonderöffnung", language="de"),
        blocks=(
            Paragraph(content=(Text(text="Das Bürgeramt öffnet am Samstag, 30. April."),)),
            Paragraph(content=(Text(text="An diesem Samstag können Sie"),)),
            List(
                ordered=False,
                items=(item("fertige Ausweise abholen und"), item("ein Zeugnis beantragen.")),
            ),
            Paragraph(content=(Text(text="Auch hier gilt: Die Dokumente liegen bereit."),)),
        ),
    )
    text = "\n".join(document_units(plain_language(doc)))
    assert "An diesem Samstag können Sie:\nfertige Ausweise abholen\nein Zeugnis beantragen" in text
    assert "Auch hier gilt" not in text


def test_object_of_the_verb_stays_and_semicolons_split() -> None:
    from pubkit.plain.shorten import shorten

    said = shorten(
        "Wer gegen die Maskenpflicht verstößt, muss mit einem Bußgeld rechnen; der kommunale "
        "Vollzugsdienst kontrolliert.",
        "de",
    )
    assert "mit einem Bußgeld rechnen" in " ".join(said)
    assert shorten(
        "Lüften Sie nachts und früh am Morgen; halten Sie tagsüber die Vorhänge geschlossen.", "de"
    ) == ["Lüften Sie nachts und früh am Morgen.", "Halten Sie tagsüber die Vorhänge geschlossen."]


def test_legal_citations_are_left_out() -> None:
    from pubkit.plain.rewrite import expand

    assert expand(
        "Das Land hat die Verordnung auf Grundlage von § 28a Infektionsschutzgesetz geändert.", "de"
    ) == ("Das Land hat die Verordnung geändert.")
    assert expand("Das gilt nach § 5 Abs. 2 der CoronaSchVO ab Montag.", "de") == (
        "Das gilt ab Montag."
    )


def test_a_term_in_another_language_stays_in_its_sentence() -> None:
    from pubkit.model import LanguageSpan
    from pubkit.plain.message import plain_text

    inlines = (
        Text(text="Die Bibliothek lädt zur ersten "),
        LanguageSpan(lang="en", content=(Text(text="Reading Party"),)),
        Text(text=" ein. "),
        LanguageSpan(lang="en", content=(Text(text="Everyone is welcome to join us."),)),
    )
    assert plain_text(inlines, "de").strip() == "Die Bibliothek lädt zur ersten Reading Party ein."


def test_a_second_noun_is_not_swallowed_by_a_dropped_phrase() -> None:
    from pubkit.plain.shorten import shorten

    said = " ".join(
        shorten(
            "Wer Fragen zum Coronavirus hat und noch nicht gut Deutsch spricht, bekommt jetzt "
            "am Telefon Antworten in seiner Sprache.",
            "de",
        )
    )
    assert "Antworten" in said


def test_whoever_sentences_address_the_reader() -> None:
    from pubkit.plain.shorten import shorten

    assert shorten("Wer Symptome hat, ruft bitte die Hausarztpraxis an.", "de") == [
        "Haben Sie Symptome?",
        "Dann rufen Sie bitte die Hausarztpraxis an.",
    ]
    assert shorten("Wer sein Auto braucht, stellt es bitte vorher ab.", "de") == [
        "Brauchen Sie Ihr Auto?",
        "Dann stellen Sie es bitte vorher ab.",
    ]
    # A verb form the notice does not use is never capitalised (fidelity reads those as names).
    assert shorten("Wer gegen die Pflicht verstößt, muss mit einem Bußgeld rechnen.", "de") == [
        "Sie verstoßen gegen die Pflicht?",
        "Dann müssen Sie mit einem Bußgeld rechnen.",
    ]
    # Two verbs in the clause or in the main clause: left as written.
    both = "Wer allein lebt oder Hilfe braucht, trinkt oft zu wenig."
    assert shorten(both, "de") == [both]


def test_enumeration_after_a_colon_becomes_a_list() -> None:
    from pubkit.plain.simplify import _as_list

    assert _as_list(
        "Ab Mittwoch gilt die Maskenpflicht an stark besuchten Orten: in Teilen der Innenstadt, "
        "in der Altstadt und vor und hinter dem Hauptbahnhof.",
        "de",
    ) == (
        "Ab Mittwoch gilt die Maskenpflicht an stark besuchten Orten:",
        ("in Teilen der Innenstadt", "in der Altstadt", "vor und hinter dem Hauptbahnhof"),
    )
    # A contact line or a whole sentence after the colon is no enumeration.
    assert _as_list("Rufen Sie an: 0231 50-0, 0231 50-1 und 0231 50-2.", "de") is None
    assert _as_list("Wichtig ist: Die Stadt hilft, die Schule hilft und wir helfen.", "de") is None


def test_a_clause_that_says_who_is_kept() -> None:
    from pubkit.plain.shorten import shorten

    said = " ".join(
        shorten(
            "Ausnahmen gelten für Kinder und für Menschen, die aus gesundheitlichen Gründen "
            "keine Maske tragen können.",
            "de",
        )
    )
    assert "keine Maske tragen können" in said


def test_english_contact_keeps_its_purpose_and_imperatives_after_a_comma() -> None:
    from pubkit.plain.sentence import has_finite_verb
    from pubkit.plain.shorten import shorten
    from pubkit.plain.simplify import _entry

    assert has_finite_verb("For more information about testing, visit the city's pages.", "en")
    assert shorten("To book, call El Rio Health at 520-670-3909.", "en") == [
        "To book, call El Rio Health at 520-670-3909."
    ]
    assert _entry("Tuesdays: 7 a.m. – 10 a.m.", "en") == "Tuesdays: 7 a.m. – 10 a.m."


def test_postcodes_are_addresses() -> None:
    assert "SE6 4RU" in contacts_in(
        "Ceremony: Friday 24 November, Civic Suite, Catford, SE6 4RU", "en"
    )
    assert "31785 Hameln" in contacts_in("Im Rathaus, Rathausplatz 1, 31785 Hameln.", "de")
    assert contacts_in("Rund 10000 Menschen kamen.", "de") == []


def test_a_contact_in_a_list_gets_room_before_other_lists(tmp_path: Path) -> None:
    """A short notice: the list with the venue must not lose to a longer list of categories."""
    from pubkit.readers import read

    notice = tmp_path / "award.md"
    notice.write_text(
        "---\ntitle: Volunteer award\nlang: en\n---\n\n"
        "The Volunteer Award is a new scheme. It thanks people who help others in their free time.\n\n"
        "Do you know a neighbour who helps others? Nominate them today.\n\n"
        "There are three categories:\n\n"
        "- Individual volunteer – for an outstanding contribution to the local community\n"
        "- Group or business – for a lasting commitment to the people of the borough\n"
        "- Young volunteer – for people aged 18 and under who help in their area\n\n"
        "Key dates:\n\n"
        "- Nominations close: midnight on Friday 29 September 2017\n"
        "- Ceremony: Friday 24 November 2017, 6.30pm, Town Hall, Catford, SE6 4RU\n\n"
        "A panel will read every nomination.\n",
        encoding="utf-8",
    )
    text = "\n".join(document_units(plain_language(read(notice)), title=False))
    assert "SE6 4RU" in text
    assert "Ceremony" in text


def test_no_second_phone_word_after_call() -> None:
    from pubkit.plain.shorten import shorten

    assert shorten("Rufen Sie uns an unter Telefon 07733 5005-0.", "de") == [
        "Rufen Sie uns an unter 07733 5005-0."
    ]
    # Without a verb of calling, "Telefon" says what the number is.
    assert shorten("Das Bürgerbüro hat das Telefon 07733 5005-0.", "de") == [
        "Das Bürgerbüro hat das Telefon 07733 5005-0."
    ]


def test_every_explanation_passes_the_guards_on_its_own() -> None:
    """A glossary sentence is whole, points at nothing, brings in no number, and names its
    word, so that it can stand after any sentence that uses the word."""
    from pubkit.plain.glossary import explanations
    from pubkit.plain.sentence import fragment_reason, reference_words

    for language in ("de", "en"):
        entries = explanations(language)
        assert entries
        for entry in entries:
            assert fragment_reason(entry.text, language) is None, entry.text
            assert reference_words(entry.text, language) == [], entry.text
            assert not any(c.isdigit() for c in entry.text), entry.text
            assert entry.pattern.search(entry.text), entry.text  # it says which word it explains
            assert entry.why.startswith("["), entry.word  # with its source


def test_a_hard_word_is_explained_after_its_first_sentence_when_there_is_room(
    tmp_path: Path,
) -> None:
    from pubkit.plain.readability import document_units
    from pubkit.plain.transform import plain_language
    from pubkit.readers import read

    notice = tmp_path / "n.md"
    filler = "".join(
        f"Der Garten Nummer {n} war in diesem Jahr sehr schön und grün. " for n in range(8)
    )
    notice.write_text(
        "---\ntitle: Maskenpflicht\nlang: de\n---\n\n"
        "Ab Montag, 3. Mai, gilt in der Innenstadt eine Maskenpflicht. "
        "Wer keine Maske trägt, muss ein Bußgeld von 50 Euro zahlen.\n\n" + filler + "\n",
        encoding="utf-8",
    )
    lines = document_units(plain_language(read(notice)))
    said = "Ein Bußgeld ist eine Strafe in Geld."
    assert said in lines
    before = lines[lines.index(said) - 1]
    assert "Bußgeld" in before
    assert lines.count(said) == 1


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Bei Fragen hilft das Bürgerbüro im Rathaus, Telefon 07774 9309-0, E-Mail info@aach.de.",
            [
                "Haben Sie Fragen?",
                "Dann rufen Sie das Bürgerbüro im Rathaus an: 07774 9309-0.",
                "Oder schreiben Sie an: info@aach.de.",
            ],
        ),
        (
            "Fragen zu den Sperrungen beantwortet das Ordnungsamt, Telefon 07162 9616-0.",
            [
                "Haben Sie Fragen zu den Sperrungen?",
                "Dann rufen Sie das Ordnungsamt an: 07162 9616-0.",
            ],
        ),
        (
            "Das Bürgertelefon der Stadt ist unter Telefon 0631 365-0 erreichbar.",
            ["Rufen Sie das Bürgertelefon der Stadt an: 0631 365-0."],
        ),
        # "der Dienst" would need the accusative: left as it is
        ("Der Dienst ist unter Telefon 0631 365-0 erreichbar.", None),
    ],
)
def test_more_official_contact_forms_said_the_plain_way(
    sentence: str, expected: list[str] | None
) -> None:
    assert contact_sentences(sentence, "de") == expected


def test_a_short_number_is_a_contact_even_when_a_longer_one_ends_in_it() -> None:
    """ "call 999" and "0800 111 999" in one notice: both are contacts, so a draft that keeps
    only "Call 999." copies a contact of the notice."""
    text = "In danger? Call 999 now. For a gas leak, ring the free line on 0800 111 999."
    assert contacts_in(text, "en") == ["0800 111 999", "999"]
    assert contacts_in("For a gas leak, ring the free line on 0800 111 999.", "en") == [
        "0800 111 999"
    ]


def test_every_ending_the_lexicon_carries_over_is_an_allowed_word() -> None:
    """„Zusätzlicher Bedarf“ → „Weiterer Bedarf“: the fidelity check must know „weiterer“,
    or a faithful draft is refused as bringing in a new word."""
    assert use_plain_words("Zusätzlicher Bedarf entsteht.", "de") == "Weiterer Bedarf entsteht."
    assert {"weiterer", "weiterem", "weiteren"} <= replacement_words()
