"""The shared sentence splitter and word counter (speech and plain language).

Merged from tests/speech/test_sentences.py and tests/plain/test_sentences.py; every case of
both suites is kept. Where the two former splitters disagreed, ACCESSIBILITY.md 4.4 and the
meaning decide (see ``test_decided_cases``).
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from pubkit.text.sentences import alphabetic, sentence_spans, split_sentences, words
from tests.conftest import ROOT

# shared/ lies beside the repository (locally and in CI).
SEED = (
    next(
        (
            p
            for p in (ROOT.parent / "shared", Path("/work/shared"))
            if (p / "seed" / "helden-in-der-krise.txt").exists()
        ),
        ROOT.parent / "shared",
    )
    / "seed"
    / "helden-in-der-krise.txt"
)


# -- from the speech suite ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wir zeigen z. B. das Rathaus. Dann gehen wir.",
            ["Wir zeigen z. B. das Rathaus.", "Dann gehen wir."],
        ),
        (
            "Er wohnt in Haus Nr. 5 am Markt. Sie nicht.",
            ["Er wohnt in Haus Nr. 5 am Markt.", "Sie nicht."],
        ),
        ("Am 3. März kommt er. Am 4. nicht.", ["Am 3. März kommt er.", "Am 4. nicht."]),
        (
            "Es kamen rund 1.000 Gäste. Alle blieben.",
            ["Es kamen rund 1.000 Gäste.", "Alle blieben."],
        ),
        (
            "Die F.A.Z. Institut GmbH lobt. Die Stadt dankt.",
            ["Die F.A.Z. Institut GmbH lobt.", "Die Stadt dankt."],
        ),
        ("Seit dem 24.11.2026 gilt das. Wirklich!", ["Seit dem 24.11.2026 gilt das.", "Wirklich!"]),
        ("Der 2. Platz ging an Köln. Gut?", ["Der 2. Platz ging an Köln.", "Gut?"]),
        (
            "Hintzsche (l.) und Dr. Keller (r.) lachen.",
            ["Hintzsche (l.) und Dr. Keller (r.) lachen."],
        ),
        ("Es waren 300. Danach kamen mehr.", ["Es waren 300.", "Danach kamen mehr."]),
        ("Er fragte: „Wer kommt?“ Niemand.", ["Er fragte: „Wer kommt?“", "Niemand."]),
        (
            "Das kostet ca. 5 Euro u. a. für Tee usw. Danach Pause.",
            ["Das kostet ca. 5 Euro u. a. für Tee usw.", "Danach Pause."],
        ),
        ("Ingo L. Müller kommt. Er bleibt.", ["Ingo L. Müller kommt.", "Er bleibt."]),
        ("ohne Punkt am Ende", ["ohne Punkt am Ende"]),
    ],
)
def test_german(text: str, expected: list[str]) -> None:
    assert split_sentences(text, "de") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We met Dr. Smith, e.g. at 5 p.m. today. Then we left.",
            ["We met Dr. Smith, e.g. at 5 p.m. today.", "Then we left."],
        ),
        ("See No. 5 on the map. It is near.", ["See No. 5 on the map.", "It is near."]),
        ("It cost $1.50. Cheap!", ["It cost $1.50.", "Cheap!"]),
    ],
)
def test_english(text: str, expected: list[str]) -> None:
    assert split_sentences(text, "en-GB") == expected


def test_document_abbreviations_never_end_a_sentence() -> None:
    text = "Das sagt die Stadtverw. Düsseldorf heute."
    assert len(split_sentences(text, "de")) == 2
    assert split_sentences(text, "de", abbreviations=["Stadtverw."]) == [text]


# -- from the plain-language suite ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Am 3. März ist das Amt zu. Danach ist es offen.", "de", 2),
        ("Rund 1.000 Helden. Das ist viel.", "de", 2),
        ("Das F.A.Z.-Institut dankt. Die F.A.Z. berichtet.", "de", 2),
        ("Zum Beispiel z. B. ein Test, bzw. zwei. Ende.", "de", 2),
        ("Herr Hintzsche (l.) und Herr Buschhausen. Ende.", "de", 2),
        ("Eingang Nr. 2 ist offen. Bitte klingeln!", "de", 2),
        ("Was für eine schöne Nachricht. Das Amt gehört dazu.", "de", 2),
        ("Das war im Jahr 2020. Dann kam 2021.", "de", 2),
        ("Er sagte: „Wir danken.“ Dann ging er.", "de", 2),
        ("Preis etc. sind hoch. Oder?", "de", 2),
        ("ein satz ohne großbuchstaben. noch einer", "de", 1),
        ("Open Monday to Friday, 9 a.m. to 5 p.m. Bring your passport.", "en", 2),
        ("", "de", 0),
    ],
)
def test_split_counts(text: str, language: str, expected: int) -> None:
    assert len(split_sentences(text, language)) == expected


def test_split_keeps_text() -> None:
    text = "Am 3. März kamen rund 1.000 Gäste. Es war schön!"
    assert split_sentences(text, "de") == ["Am 3. März kamen rund 1.000 Gäste.", "Es war schön!"]


def test_split_sentences_makes_whitespace_single_spaces() -> None:
    text = "  Es waren  300.\n Danach\nkamen mehr!  "
    assert split_sentences(text, "de") == ["Es waren 300.", "Danach kamen mehr!"]
    assert [text[s:e] for s, e in sentence_spans(text, "de")] == [
        "Es waren  300.",
        "Danach\nkamen mehr!",
    ]


def test_words_count_numbers_and_keep_compounds() -> None:
    assert words("Das F.A.Z.-Institut nennt rund 1.000 „Helden“ – www.duesseldorf.de/corona.") == [
        "Das",
        "F.A.Z.-Institut",
        "nennt",
        "rund",
        "1.000",
        "Helden",
        "www.duesseldorf.de/corona",
    ]


def test_alphabetic() -> None:
    assert alphabetic("Corona-Krise")
    assert not alphabetic("1.000")
    assert not alphabetic("www.duesseldorf.de")
    assert not alphabetic("FFP2")


def test_agrees_with_somajo_on_the_seed_text() -> None:
    somajo = pytest.importorskip("somajo")
    if not SEED.exists():
        pytest.skip("seed text not available")
    paragraphs = [p for p in SEED.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    tokenizer = somajo.SoMaJo("de_CMC", split_camel_case=False)
    theirs = sum(1 for _ in tokenizer.tokenize_text(paragraphs))
    ours = sum(len(split_sentences(p, "de")) for p in paragraphs)
    assert ours == theirs == 25


# -- the cases the two former splitters decided differently ---------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a.m./p.m. end an English sentence before a capital ...
        (
            "Open Monday to Friday, 9 a.m. to 5 p.m. Bring your ID.",
            "en",
            ["Open Monday to Friday, 9 a.m. to 5 p.m.", "Bring your ID."],
        ),
        ("5 p.m. Bring your ID.", "en", ["5 p.m.", "Bring your ID."]),
        # ... but not before a weekday or a month (news style: "at 3 p.m. Tuesday").
        ("The meeting is at 3 p.m. Tuesday in the hall.", "en", None),
        ("Doors open at 7 p.m. March 3 in the hall.", "en", None),
        # A house number, a reference number or a count before a capital ends the sentence.
        (
            "Die Impfstelle liegt in der Schulstraße 21. Montags ist sie geschlossen.",
            "de",
            ["Die Impfstelle liegt in der Schulstraße 21.", "Montags ist sie geschlossen."],
        ),
        (
            "Er wohnt in Zimmer Nr. 21. Montag zieht er aus.",
            "de",
            ["Er wohnt in Zimmer Nr. 21.", "Montag zieht er aus."],
        ),
        (
            "Impfstelle Süd: Schulstraße 21. Montag bis Freitag 12 bis 19 Uhr.",
            "de",
            ["Impfstelle Süd: Schulstraße 21.", "Montag bis Freitag 12 bis 19 Uhr."],
        ),
        (
            "Es kamen 12. Die anderen blieben zu Hause.",
            "de",
            ["Es kamen 12.", "Die anderen blieben zu Hause."],
        ),
        # An ordinal does not: before a month, after an article or preposition, before a
        # noun counted with ordinals, as the day and month of a date, as a list number.
        ("Die Stadt impft bis zum 3. März 2022.", "de", None),
        ("Am Montag, 21. März ist das Amt zu.", "de", None),
        ("Die Impfung ist jeden 1. Montag im Monat.", "de", None),
        ("Am 1. Montag im Monat ist das Amt zu.", "de", None),
        ("Die Praxis liegt im 2. Stock.", "de", None),
        (
            "Sie wohnt in der 2. Etage. Dort klingeln.",
            "de",
            ["Sie wohnt in der 2. Etage.", "Dort klingeln."],
        ),
        ("Geöffnet ab Montag, 24. 11. 2026 von 8 Uhr an.", "de", None),
        ("Der Krisenstab hat am 24.11. Maßnahmen beschlossen.", "de", None),
        ("1. Öffnen Sie das Portal.", "de", None),
        ("1. Open the portal.", "en", None),
        # ... unless the next word cannot follow an ordinal (an article, a pronoun, "Bitte").
        ("Das gilt ab dem 3. Bitte kommen Sie.", "de", ["Das gilt ab dem 3.", "Bitte kommen Sie."]),
        (
            "Das Amt ist am 24.11. Dann öffnet es.",
            "de",
            ["Das Amt ist am 24.11.", "Dann öffnet es."],
        ),
        # English writes ordinals as 1st, 2nd: a number with a full stop ends the sentence.
        ("Go to room 21. Monday is closed.", "en", ["Go to room 21.", "Monday is closed."]),
    ],
)
def test_decided_cases(text: str, language: str, expected: list[str] | None) -> None:
    assert split_sentences(text, language) == (expected or [text])


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Abbreviations that are also words or names count only next to a number.
        ("Das ist Jan. Er kommt.", "de", ["Das ist Jan.", "Er kommt."]),
        ("Am 3. Jan. 2026 kommt er.", "de", None),
        ("Das ist eine Art. Sie wirkt.", "de", ["Das ist eine Art.", "Sie wirkt."]),
        ("Siehe Art. 3 GG und Abs. 2 dazu.", "de", None),
        ("He said No. Then he left.", "en", ["He said No.", "Then he left."]),
        (
            "Geöffnet Mo–Fr. Samstags geschlossen.",
            "de",
            ["Geöffnet Mo–Fr.", "Samstags geschlossen."],
        ),
        ("Geöffnet Mo–Fr. 9 bis 17 Uhr.", "de", None),
        # A lower-case abbreviation capitalised at the start of a sentence; not a name.
        (
            "Ca. 5 Euro kostet es. Max. 5 Personen.",
            "de",
            ["Ca. 5 Euro kostet es.", "Max. 5 Personen."],
        ),
        ("Das ist Max. Er kommt.", "de", ["Das ist Max.", "Er kommt."]),
        # Not every dotted word is an acronym; the former plain splitter kept these together.
        (
            "Infos unter www.duesseldorf.de. Dort steht alles.",
            "de",
            ["Infos unter www.duesseldorf.de.", "Dort steht alles."],
        ),
        ("Das ist so. Wir gehen.", "de", ["Das ist so.", "Wir gehen."]),
        ("The U.S. Army helps. It came.", "en", ["The U.S. Army helps.", "It came."]),
        # An ellipsis ends a sentence before a capital only.
        (
            "Es waren 3 … 4 Leute. Dann … Stille.",
            "de",
            ["Es waren 3 … 4 Leute.", "Dann …", "Stille."],
        ),
    ],
)
def test_abbreviations_and_dots(text: str, language: str, expected: list[str] | None) -> None:
    assert split_sentences(text, language) == (expected or [text])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Easy-read lines without a full stop (ACCESSIBILITY.md 4.4).
        ("Ich heiße Anna\nIch wohne in Köln", ["Ich heiße Anna", "Ich wohne in Köln"]),
        ("Das Amt ist zu\nBitte rufen Sie an", ["Das Amt ist zu", "Bitte rufen Sie an"]),
        # A wrapped line is not a boundary.
        ("Bitte bringen Sie Ihren\nAusweis mit", ["Bitte bringen Sie Ihren Ausweis mit"]),
        ("Die Stadt dankt allen, die\nSie unterstützt haben", None),
        ("Die Impfstelle ist von Montag\nbis Freitag offen.", None),
        ("Sie wohnt am 3.\nMärz umgezogen.", None),
        # A colon that ends a line ends the unit.
        ("Sie brauchen:\nIhren Ausweis", ["Sie brauchen:", "Ihren Ausweis"]),
        ("Sie brauchen: Ihren Ausweis", None),
        # A full stop at the line end follows the usual rules.
        (
            "Impfstelle Süd: Schulstraße 21.\nMontag bis Freitag.",
            ["Impfstelle Süd: Schulstraße 21.", "Montag bis Freitag."],
        ),
    ],
)
def test_line_breaks(text: str, expected: list[str] | None) -> None:
    assert split_sentences(text, "de") == (expected or [" ".join(text.split())])


def test_unknown_language_uses_all_lists() -> None:
    assert len(split_sentences("Wir trafen Mr. Smith z. B. am 3. März. Gut.", "und")) == 2


# -- properties -----------------------------------------------------------------------------

TOKENS = [
    "Am", "am", "3.", "21.", "24.", "11.", "2026.", "1.000", "März", "Montag", "Montags",
    "Schulstraße", "Nr.", "z.", "B.", "F.A.Z.", "p.m.", "Bring", "usw.", "Jan.", "Mo–Fr.",
    "Die", "der", "sie", "Sie", "Bitte", "Stock", "…", "...", "?", "!", "„Wer", "kommt?“", "(l.)",
    "Ggf.", "Max.", "ca.", "www.x.de.", ":", "–", "Ende.", "Gut!", "Er", "ist", "zu", "(", ")",
]  # fmt: skip
SEPARATORS = [" ", "  ", "\n", " \n ", "\n\n", "\t"]
LANGUAGES = ["de", "en-GB", "und"]

texts = st.one_of(
    st.text(alphabet="aB .!?1–\n:…„“(", max_size=60),
    st.lists(st.tuples(st.sampled_from(TOKENS), st.sampled_from(SEPARATORS)), max_size=25).map(
        lambda pairs: "".join(t + s for t, s in pairs)
    ),
)


def _squeeze(text: str) -> str:
    return "".join(text.split())


@given(texts, st.sampled_from(LANGUAGES))
def test_spans_cover_the_text_in_order(text: str, language: str) -> None:
    spans = sentence_spans(text, language)
    assert all(s < e for s, e in spans)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    assert all(text[s:e] == text[s:e].strip() for s, e in spans)
    assert _squeeze("".join(text[s:e] for s, e in spans)) == _squeeze(text)


@given(texts, st.sampled_from(LANGUAGES))
def test_splitting_loses_and_reorders_nothing_but_whitespace(text: str, language: str) -> None:
    sentences = split_sentences(text, language)
    assert _squeeze("".join(sentences)) == _squeeze(text)
    assert all(s and s == " ".join(s.split()) for s in sentences)


@given(texts, st.sampled_from(LANGUAGES))
@example("3. 21. 3. ", "de")  # the date rule once looked past the end of the piece
def test_splitting_is_idempotent_on_each_piece(text: str, language: str) -> None:
    for s, e in sentence_spans(text, language):
        piece = text[s:e]
        assert sentence_spans(piece, language) == [(0, len(piece))]
    for sentence in split_sentences(text, language):
        assert split_sentences(sentence, language) == [sentence]
