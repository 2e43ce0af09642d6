"""A '# Title' at the top of the body is the printed title, printed once."""

from __future__ import annotations

import pytest

from pubkit.checks import check
from pubkit.model import Heading, Paragraph
from pubkit.readers.markdown import read_markdown
from pubkit.writers.html import write_html


def _read(front: str, body: str):  # type: ignore[no-untyped-def]
    return read_markdown(f"---\n{front}---\n{body}", source="n.md")


def test_the_same_title_is_printed_once() -> None:
    doc = _read("title: 'Corona: Neue Regeln'\nlang: de\n", "# Corona – neue Regeln\n\nText.\n")
    assert (doc.metadata.title, doc.metadata.headline) == ("Corona: Neue Regeln", None)
    assert doc.blocks == (Paragraph(content=doc.blocks[0].content),)  # type: ignore[union-attr]
    html = write_html(doc)
    assert html.count("<h1") == 1
    assert "<h1>Corona: Neue Regeln</h1>" in html
    assert check(doc) == []


@pytest.mark.parametrize(
    ("title", "h1"),
    [
        ("Kostenlose Bürgertests ab 1. Juni im Foyer der Stadthalle", "Schnelltests jetzt auch"),
        ("The Mayor's Award", "The Mayor's Award – nominate an unsung hero"),
    ],
)
def test_another_form_of_the_title_is_the_headline(title: str, h1: str) -> None:
    doc = _read(f'title: "{title}"\nlang: de\n', f"# {h1}\n\nText.\n")
    assert doc.metadata.title == title
    assert (doc.metadata.headline or "").replace("’", "'") == h1  # typographic apostrophe
    assert not any(isinstance(b, Heading) for b in doc.blocks)
    assert [i.code for i in check(doc)] == []


def test_a_kicker_above_the_heading() -> None:
    doc = _read("title: T\nlang: de\n", "Corona-Warnstufe Rot\n\n# Maskenpflicht\n\nText.\n")
    assert (doc.metadata.kicker, doc.metadata.headline) == ("Corona-Warnstufe Rot", "Maskenpflicht")
    assert len(doc.blocks) == 1
    html = write_html(doc)
    assert '<p class="kicker">Corona-Warnstufe Rot</p>' in html
    assert "<h1>Maskenpflicht</h1>" in html
    assert "<title>T</title>" in html


def test_a_sentence_is_not_a_kicker() -> None:
    doc = _read("title: T\nlang: de\n", "Das ist ein Satz.\n\n# Später\n")
    assert doc.metadata.kicker is None
    assert [i.code for i in check(doc)] == ["HDG002"]


def test_without_front_matter_title_the_first_h1_is_the_title() -> None:
    doc = _read("lang: de\n", "Stadtnachricht\n\n# Der Titel\n\n## Teil\n")
    assert (doc.metadata.title, doc.metadata.kicker, doc.metadata.headline) == (
        "Der Titel",
        "Stadtnachricht",
        None,
    )


def test_a_later_h1_is_an_error_that_fits_cli_and_api() -> None:
    doc = _read("title: T\nlang: de\n", "# T\n\nText.\n\n# Zweiter Titel\n")
    (issue,) = check(doc)
    assert issue.code == "HDG002"
    assert issue.line == 9
    assert "--no-strict" in issue.message
    assert "strict=False" in issue.message
