"""A contact written as a label, with no verb („Fragen? Tel. 0211 89-12345“, "Phone: …"),
is said as easy texts say it, and no longer gets the whole draft refused (PLG001)."""

from __future__ import annotations

import pytest

from pubkit.model.walk import inline_text
from pubkit.pipeline import Build
from pubkit.plain.contacts import contact_sentences
from pubkit.readers.markdown import read_markdown


@pytest.mark.parametrize(
    ("sentence", "language", "said"),
    [
        (
            "Fragen? Telefon 0211 89-12345.",
            "de",
            ["Haben Sie Fragen?", "Dann rufen Sie an: 0211 89-12345."],
        ),
        (
            "Corona-Hotline: 0800 1234567.",
            "de",
            ["Rufen Sie die Corona-Hotline an: 0800 1234567."],
        ),
        (
            "Telefon: 0211 89-12345 (9 bis 12 Uhr).",
            "de",
            ["Rufen Sie an: 0211 89-12345.", "Sie können von 9 bis 12 Uhr anrufen."],
        ),
        (
            "Questions? Phone: 01234 567890.",
            "en",
            ["Do you have questions?", "Then call 01234 567890."],
        ),
        (
            "Council Helpline: 0300 123 4567 (9am to 5pm).",
            "en",
            [
                "You can call the Council Helpline on 0300 123 4567.",
                "The line is open from 9am to 5pm.",
            ],
        ),
    ],
)
def test_a_label_contact_is_said_with_a_verb(sentence: str, language: str, said: list[str]) -> None:
    assert contact_sentences(sentence, language) == said


@pytest.mark.parametrize(
    "sentence",
    [
        "Telefon: 112.",
        "Anmeldung: Telefon 0211 89-12345.",
        "Tel. 0211 89-12345 und mehr Text hier.",
    ],
)
def test_what_is_not_a_plain_label_contact_is_left_alone(sentence: str) -> None:
    said = contact_sentences(sentence, "de")
    assert said is None or not any("rufen Sie an" in s for s in said)


@pytest.mark.parametrize(
    ("contact", "language"),
    [("Fragen? Tel. 0211 89-12345", "de"), ("Questions? Phone: 01632 960 123", "en")],
)
def test_a_notice_ending_on_a_label_contact_gets_its_draft(contact: str, language: str) -> None:
    opening = (
        "Ab Montag, 8. März 2021, ist die Stadtbibliothek wieder geöffnet."
        if language == "de"
        else "From Monday 8 March 2021 the town library is open again."
    )
    doc = read_markdown(f"---\ntitle: T\nlang: {language}\n---\n\n{opening}\n\n{contact}\n")
    plain = Build(doc).plain  # refused drafts raise DraftRejected
    text = " ".join(inline_text(b.content) for b in plain.blocks if hasattr(b, "content"))
    number = contact.rsplit(" ", 2)[-2:] if language == "de" else contact.rsplit(" ", 3)[-3:]
    assert " ".join(number) in text
