"""Emergency numbers and web addresses without „www.“ are contacts (issue 12, goal 2).

Sentences and the notice (fixtures/contacts) are our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pubkit.plain.evaluate import evaluate_notice
from pubkit.plain.message import contacts_in

NOTICE = Path(__file__).parent / "fixtures" / "contacts" / "en-footpath-repairs.md"


@pytest.mark.parametrize(
    ("text", "language", "contact"),
    [
        ("If it is urgent, contact NHS 111 online or by phone.", "en", "111"),
        ("Emergency: 999", "en", "999"),
        ("In an emergency, dial 999.", "en", "999"),
        ("Call 911 if someone is in danger.", "en", "911"),
        ("Im Notfall: 112.", "de", "112"),
        ("Bei Gefahr wählen Sie den Notruf 112.", "de", "112"),
        ("Details of all roadworks are on one.network.", "en", "one.network"),
        ("Find advice at nhs.uk/staywell.", "en", "nhs.uk/staywell"),
        (
            "Termine gibt es auf termine.example.de/buergerbuero.",
            "de",
            "termine.example.de/buergerbuero",
        ),
    ],
)
def test_found_as_contact(text: str, language: str, contact: str) -> None:
    assert contact in contacts_in(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die Linien 911, 916 und 917 fahren eine Umleitung.", "de"),
        ("Die Feuerwehr hatte 112 Einsätze.", "de"),
        ("Das Formular antrag.pdf liegt im Rathaus.", "de"),
    ],
)
def test_not_a_contact(text: str, language: str) -> None:
    assert contacts_in(text, language) == []


def test_draft_keeps_every_contact_with_its_purpose() -> None:
    score = evaluate_notice(NOTICE)
    assert not score.refused
    assert (score.contacts_kept, score.contacts) == (5, 5), score.lost
