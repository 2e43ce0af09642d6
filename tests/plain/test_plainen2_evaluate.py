"""The evaluator on author-written easy texts (issue 12): a contact entry on its own line is
no fragment; notices of our own."""

from __future__ import annotations

from pathlib import Path

from pubkit.plain.evaluate import contact_line, evaluate_notice

_EASY = """---
title: Der neue Bürger-Bus
lang: de
kind: leichte-sprache
date: 2026-03-02
---

# Der neue Bürger-Bus

Ab 1. April fährt ein neuer Bus.
Der Bus heißt: Bürger-Bus.
Der Bus fährt jeden Dienstag zum Rathaus.
Die Fahrt kostet nichts.

Haben Sie Fragen?
Dann rufen Sie an.
Oder schreiben Sie eine E-Mail.

Telefon: 06543 21-77
E-Mail: buergerbus@beispiel-stadt.de
Im Internet: www.beispiel-stadt.de/buergerbus
Rathaus, Lindenplatz 4, 54321 Beispielstadt
Und am Freitag.
"""

_FACTS = """notice: bus.md
lang: de
kind: easy-read
facts:
  - q: what
    text: "Ein neuer Bus fährt"
    any: ["neuer Bus"]
contacts:
  - value: "06543 21-77"
    purpose: "Fragen"
    purpose_any: ["Telefon", "Fragen"]
"""


def test_contact_entries_of_an_easy_text_are_not_fragments(tmp_path: Path) -> None:
    notice = tmp_path / "bus.md"
    notice.write_text(_EASY, encoding="utf-8")
    notice.with_suffix(".facts.yaml").write_text(_FACTS, encoding="utf-8")
    score = evaluate_notice(notice)
    assert score.author, score.refused
    # The four contact lines are entries; the cut-off „Und am Freitag.“ still counts.
    assert len(score.fragments) == 1, score.fragments
    assert score.fragments[0].startswith("Und am Freitag."), score.fragments


def test_contact_line_needs_a_contact_and_nothing_but_labels() -> None:
    assert contact_line("Telefon: 06543 21-77", "de")
    assert contact_line("Phone: 01632 960123", "en")
    assert contact_line("Email: help@example.org", "en")
    assert contact_line("Town Hall, 4 Linden Road, AB1 2CD", "en")
    assert contact_line("Tel. 06543 21-77 oder 06543 21-78", "de")
    assert not contact_line("Rathaus", "de")
    assert not contact_line("Von 13 Uhr bis 15 Uhr.", "de")
    assert not contact_line("Ring us on 01632 960123 after 9am.", "en")
