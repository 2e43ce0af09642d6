"""The spoken form of the model (writers/speech.py) and the sentence script built on it."""

from __future__ import annotations

import pubkit
from pubkit.writers.speech import script
from pubkit.writers.speech.utterances import PAUSES, short_url, write_speech

DOC = """\
---
title: Amt für Soziales geehrt
lang: de
abbreviations: {F.A.Z.: Frankfurter Allgemeine Zeitung}
pronunciations: {Hintzsche: Hinntsche}
---

Die F.A.Z. lobt das Amt. Mehr unter [www.duesseldorf.de/corona](https://www.duesseldorf.de/corona) und [im Portal](https://example.org/x?y=1).

## Die Feier

![Burkhard Hintzsche (l.) mit dem Preis](award.png)

![](deko.png){.decorative}

- Mitarbeiter*innen
- Bürger:innen

1. Erstens
2. Zweitens

|       | Adresse   | Zeiten        |
|-------|-----------|---------------|
| Nord  | Markt 3   | Mo–Fr 9–17 Uhr |

Tabelle: Öffnungszeiten

> Wir danken allen.
>
> — Stephan Keller

Er sagte: [Thank you very much]{lang=en}. Danke.
"""


def _doc() -> pubkit.Document:
    return pubkit.read_markdown(DOC)


def test_reading_order_and_kinds() -> None:
    kinds = [(u.kind, u.text) for u in write_speech(_doc())]
    assert kinds[0] == ("title", "Amt für Soziales geehrt")
    assert ("heading", "Die Feier") in kinds
    assert ("image", "Bild: Burkhard Hintzsche (l.) mit dem Preis") in kinds
    assert not any("deko" in text or text == "Bild: " for _, text in kinds)
    assert ("label", "Liste mit 2 Punkten:") in kinds
    assert ("item", "Mitarbeiter*innen") in kinds
    assert ("item", "Punkt 2: Zweitens") in kinds
    assert ("label", "Tabelle: Öffnungszeiten mit einer Zeile:") in kinds
    assert ("row", "Nord; Adresse: Markt 3; Zeiten: Mo–Fr 9–17 Uhr.") in kinds
    assert ("paragraph", "Wir danken allen.") in kinds
    assert ("attribution", "Zitat von Stephan Keller") in kinds


def test_headings_have_a_pause_before_and_after() -> None:
    heading = next(u for u in write_speech(_doc()) if u.kind == "heading")
    assert heading.pause_before == PAUSES["heading"][0] >= 1000
    assert heading.pause_after == PAUSES["heading"][1] >= 500
    assert heading.chapter
    assert heading.id == "die-feier"


def test_links_are_read_by_their_text_and_urls_in_a_short_form() -> None:
    paragraph = write_speech(_doc())[1]
    said = [(s.text, s.say) for s in paragraph.spans]
    assert ("www.duesseldorf.de/corona", "www.duesseldorf.de/corona") in said
    assert "example.org" not in paragraph.text
    assert "im Portal" in paragraph.text
    assert short_url("https://www.duesseldorf.de/corona/?utm=1#top") == "www.duesseldorf.de/corona"


def test_language_spans_switch_the_voice() -> None:
    sentence = next(s for s in script(_doc()) if "Thank" in s.text)
    assert [p.lang for p in sentence.parts] == ["de", "en"]
    assert any(p.lang == "en" and p.text == "Thank you very much" for p in sentence.parts)


def test_script_normalises_each_sentence_with_glossary_lexicon_and_caption_forms() -> None:
    spoken = {s.text: s.spoken for s in script(_doc())}
    assert spoken["Die F.A.Z. lobt das Amt."] == "Die Frankfurter Allgemeine Zeitung lobt das Amt."
    assert (
        spoken["Bild: Burkhard Hintzsche (l.) mit dem Preis"]
        == "Bild: Burkhard Hinntsche (links) mit dem Preis"
    )
    assert spoken["Mitarbeiter*innen"] == "Mitarbeiterinnen und Mitarbeiter"
    assert spoken["Nord; Adresse: Markt 3; Zeiten: Mo–Fr 9–17 Uhr."] == (
        "Nord; Adresse: Markt drei; Zeiten: Montag bis Freitag neun bis siebzehn Uhr."
    )
    assert (
        "weh weh weh Punkt düsseldorf Punkt de Schrägstrich corona"
        in spoken["Mehr unter www.duesseldorf.de/corona und im Portal."]
    )


def test_sentence_ids_are_stable_and_unique() -> None:
    first = [s.id for s in script(_doc())]
    assert first == [s.id for s in script(_doc())]
    assert len(set(first)) == len(first)
    assert first[0] == "b1-1"


def test_title_not_repeated_when_the_document_starts_with_h1() -> None:
    doc = pubkit.read_markdown("---\ntitle: Hallo\nlang: de\n---\n# Hallo\n\nText.\n")
    # The reader makes the leading "# Hallo" the displayed title: it is said once, as the title.
    assert [u.kind for u in write_speech(doc)] == ["title", "paragraph"]


def test_english_labels() -> None:
    doc = pubkit.read_markdown("---\ntitle: Hello\nlang: en\n---\n![A dog](dog.png)\n\n- one\n")
    texts = [u.text for u in write_speech(doc)]
    assert texts == ["Hello", "Image: A dog", "List of one item:", "one"]


def test_footnotes_are_read_after_their_block_and_numbered_through() -> None:
    doc = pubkit.read_markdown(
        "---\ntitle: F\nlang: de\n---\nEins.[^a]\n\nZwei.[^b]\n\n[^a]: Erste Notiz.\n[^b]: Zweite Notiz.\n"
    )
    texts = [u.text for u in write_speech(doc)]
    assert texts == ["F", "Eins.", "Fußnote 1: Erste Notiz.", "Zwei.", "Fußnote 2: Zweite Notiz."]


def test_abbreviation_in_a_compound_is_spelled_not_expanded() -> None:
    doc = pubkit.read_markdown(
        "---\ntitle: T\nlang: de\npronunciations: {WDR: We De Er}\n---\n"
        "Das F.A.Z.-Institut, die dpa-Tochter, der WDR-Bericht und die STIKO-Empfehlung. "
        "Die dpa meldet es.\n\n"
        "*[F.A.Z.]: Frankfurter Allgemeine Zeitung\n*[dpa]: Deutsche Presse-Agentur\n"
        "*[STIKO]: Ständige Impfkommission\n*[WDR]: Westdeutscher Rundfunk\n"
    )
    spoken = " ".join(s.spoken for s in script(doc))
    assert "F A Z-Institut" in spoken
    assert "D P A-Tochter" in spoken
    assert "We De Er-Bericht" in spoken  # the editor's lexicon wins
    assert "Ständige Impfkommission-Empfehlung" in spoken  # may be a word: keep the expansion
    assert "Die Deutsche Presse-Agentur meldet es." in spoken  # standing alone: expanded
