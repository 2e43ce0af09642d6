"""Sentence splitting and word counting: the cases that break naive splitters."""

from __future__ import annotations

from pathlib import Path

import pytest

from pubkit.plain.sentences import alphabetic, split_sentences, words
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Am 3. März ist das Amt zu. Danach ist es offen.", 2),
        ("Rund 1.000 Helden. Das ist viel.", 2),
        ("Das F.A.Z.-Institut dankt. Die F.A.Z. berichtet.", 2),
        ("Zum Beispiel z. B. ein Test, bzw. zwei. Ende.", 2),
        ("Herr Hintzsche (l.) und Herr Buschhausen. Ende.", 2),
        ("Eingang Nr. 2 ist offen. Bitte klingeln!", 2),
        ("Was für eine schöne Nachricht. Das Amt gehört dazu.", 2),
        ("Das war im Jahr 2020. Dann kam 2021.", 2),
        ("Er sagte: „Wir danken.“ Dann ging er.", 2),
        ("Preis etc. sind hoch. Oder?", 2),
        ("ein satz ohne großbuchstaben. noch einer", 1),
        ("Open Monday to Friday, 9 a.m. to 5 p.m. Bring your passport.", 2),
        ("", 0),
    ],
)
def test_split_counts(text: str, expected: int) -> None:
    assert len(split_sentences(text)) == expected


def test_split_keeps_text() -> None:
    text = "Am 3. März kamen rund 1.000 Gäste. Es war schön!"
    assert split_sentences(text) == ["Am 3. März kamen rund 1.000 Gäste.", "Es war schön!"]


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
    ours = sum(len(split_sentences(p)) for p in paragraphs)
    assert ours == theirs == 25
