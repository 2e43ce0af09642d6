"""``pubkit speech-text``: the spoken text beside the written one, changes marked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import pubkit
from pubkit.cli import main
from pubkit.writers.speech.review import format_review, marked, review

NOTICE = """\
---
title: Neue Regeln
lang: de
---

Ab Montag, 29. November gilt der Lockdown. Notruf 112.

Er sagte: [Thank you]{lang=en}. Das ist alles.
"""


@pytest.mark.parametrize(
    ("written", "spoken", "shown"),
    [
        ("Am 3. März.", "Am dritten März.", "Am [3. → dritten] März."),
        ("Notruf 112.", "Notruf eins eins zwei.", "Notruf [112 → eins eins zwei]."),
        ("Hintzsche (l.)", "Hintzsche (links)", "Hintzsche ([l. → links])"),
        ("Das bleibt.", "Das bleibt.", "Das bleibt."),
        ("Wir & Sie", "Wir und Sie", "Wir [& → und] Sie"),
    ],
)
def test_every_change_is_marked(written: str, spoken: str, shown: str) -> None:
    assert marked(written, spoken) == shown


# Before: a comma or full stop alone was an anchor, so the marks named the wrong words: the
# fax extension was shown as the reading of "Sa.", and the month and year of a date at the
# end of a sentence as deleted words after the day's reading.
@pytest.mark.parametrize(
    ("written", "spoken", "shown"),
    [
        (
            "Fax 0391 4417-2, Sa. 9 Uhr",
            "Fax null drei neun eins, vier vier eins sieben, zwei, Samstag neun Uhr",
            "Fax [0391 4417-2, Sa. 9 → null drei neun eins, vier vier eins sieben, zwei,"
            " Samstag neun] Uhr",
        ),
        (
            "Frist bis 3. März 2020.",
            "Frist bis zum dritten März zweitausendzwanzig.",
            "Frist bis [3. → zum dritten] März [2020 → zweitausendzwanzig].",
        ),
        (
            "Opens 12/05/2021, 9:30 sharp.",
            "Opens the twelfth of May, twenty twenty-one, nine thirty sharp.",
            "Opens [12/05/2021, 9:30 → the twelfth of May, twenty twenty-one, nine thirty] sharp.",
        ),
        (
            "Um 9 Uhr, dann 10 Uhr.",
            "Um neun Uhr, dann zehn Uhr.",
            "Um [9 → neun] Uhr, dann [10 → zehn] Uhr.",
        ),
        (
            "Stand 3.5.2021, 14:20 Uhr",
            "Stand dritter Mai zweitausendeinundzwanzig, vierzehn Uhr zwanzig",
            "Stand [3.5.2021 → dritter Mai zweitausendeinundzwanzig], [14:20 → vierzehn] Uhr"
            " [+ zwanzig]",
        ),
        (
            "ring 01234 567890 (Mon–Fri)",
            "ring zero one two three four, five six seven eight nine zero (Monday to Friday)",
            "ring [01234 567890 → zero one two three four, five six seven eight nine zero]"
            " ([Mon–Fri → Monday to Friday])",
        ),
    ],
)
def test_marks_stand_beside_the_words_they_replace(written: str, spoken: str, shown: str) -> None:
    assert marked(written, spoken) == shown


def test_review_lists_every_sentence_and_the_english_voice() -> None:
    lines = review(pubkit.read_markdown(NOTICE))
    assert [line.written for line in lines] == [
        "Neue Regeln",
        "Ab Montag, 29. November gilt der Lockdown.",
        "Notruf 112.",
        "Er sagte: Thank you.",
        "Das ist alles.",
    ]
    assert [line.changed for line in lines] == [False, True, True, True, False]
    assert lines[1].marked == (
        "Ab Montag, [29. → neunundzwanzigsten] November gilt der [Lockdown → [[l'OkdaUn]]]."
    )
    assert lines[3].languages == ("en",)
    assert lines[3].marked.endswith("{en: Thank you}")
    text = format_review(lines)
    assert text.endswith("5 sentences, 3 changed for speech.")


def test_cli_speech_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notice.md"
    path.write_text(NOTICE, encoding="utf-8")
    assert main(["speech-text", str(path), "--changes-only"]) == 0
    out = capsys.readouterr().out
    assert "Notruf [112 → eins eins zwei]." in out
    assert "Das ist alles." not in out
    assert main(["speech-text", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data[str(path)][2]["spoken"] == "Notruf eins eins zwei."


SERVICE = """\
---
title: Sprechzeiten
lang: de
---

Die Bauhof-Hotline hilft: Tel. 0391 4417-2, Di.–Do. 9–14 Uhr.

Stand 12.03.2021, 08:45 Uhr
"""


def test_review_finds_the_written_commas_among_the_spoken_ones() -> None:
    # The normaliser puts commas between a phone number's digit groups: the pieces of the
    # written text are spoken again to find which spoken comma is the written one.
    lines = review(pubkit.read_markdown(SERVICE))
    assert lines[1].marked == (
        "Die [Bauhof-Hotline → Bauhof-[[h'OtlaIn]]] hilft: [Tel. 0391 4417-2 → Telefon null drei"
        " neun eins, vier vier eins sieben, zwei], [Di.–Do. 9–14 → Dienstag bis Donnerstag"
        " neun bis vierzehn] Uhr."
    )
    assert lines[2].marked == (
        "Stand [12.03.2021 → zwölfter März zweitausendeinundzwanzig], [08:45 → acht] Uhr"
        " [+ fünfundvierzig]"
    )
