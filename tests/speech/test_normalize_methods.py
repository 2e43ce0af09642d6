"""Readings the held-out notices showed wrong, fixed as methods (issue 13, second round).

Every row is a sentence of our own with the spoken form written by hand; the comment on a
table says what pubkit said before.
"""

from __future__ import annotations

import pubkit
from pubkit.writers.speech.script import script

EASY_READ = """\
---
title: Müll-Abfuhr
lang: de
kind: easy-read
---

Haben Sie Fragen?
Die Nummer vom Bürger-Büro ist: 0391 540-12
Sie können uns jeden Tag anrufen.
Unsere E-Mail-Adresse ist: info@example.org
Wir antworten schnell.
"""


def test_an_easy_read_line_without_a_full_stop_is_a_sentence() -> None:
    # Before: "… fünf vier null, eins zwei Sie können uns …" without a pause.
    sentences = [s.text for s in script(pubkit.read_markdown(EASY_READ))]
    assert sentences[1:] == [
        "Haben Sie Fragen?",
        "Die Nummer vom Bürger-Büro ist: 0391 540-12",
        "Sie können uns jeden Tag anrufen.",
        "Unsere E-Mail-Adresse ist: info@example.org",
        "Wir antworten schnell.",
    ]
    assert all("\n" not in s.spoken for s in script(pubkit.read_markdown(EASY_READ)))
