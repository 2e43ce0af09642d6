"""The sentence splitter: German and English, abbreviations, ordinals and numbers."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pubkit.text.sentences import sentence_spans, split_sentences


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


@given(st.text(alphabet="aB .!?1–\n", max_size=60))
def test_spans_cover_the_text_in_order(text: str) -> None:
    spans = sentence_spans(text, "de")
    assert all(s < e for s, e in spans)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    assert "".join(text[s:e] for s, e in spans).replace(" ", "").replace("\n", "") == (
        text.replace(" ", "").replace("\n", "")
    )
