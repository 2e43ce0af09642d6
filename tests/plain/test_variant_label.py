"""The easy version's page says what it is: Leichte Sprache when the notice says so, and a
machine draft starts with its title, not with the notice's kicker."""

from __future__ import annotations

from pubkit.plain import plain_language
from pubkit.plain.transform import is_plain
from pubkit.readers.markdown import read_markdown


def test_a_leichte_sprache_notice_is_labelled_leichte_sprache() -> None:
    doc = read_markdown(
        "---\ntitle: Der Personal-Ausweis\nlang: de\nkind: Leichte Sprache\n---\n\n"
        "Sie brauchen einen neuen Personal-Ausweis?\nDann gehen Sie zum Bürger-Büro.\n"
    )
    plain = plain_language(doc)
    assert plain.metadata.subtitle == "Leichte Sprache"
    assert is_plain(plain)
    assert plain_language(plain) is plain  # idempotent


def test_an_easy_read_notice_keeps_einfache_sprache() -> None:
    doc = read_markdown(
        "---\ntitle: Wahl\nlang: de\nkind: easy-read\n---\n\nSie dürfen wählen.\nDas ist wichtig.\n"
    )
    assert plain_language(doc).metadata.subtitle == "Einfache Sprache"


def test_a_draft_leaves_the_kicker_out() -> None:
    doc = read_markdown(
        "---\ntitle: Neue Regeln\nlang: de\n---\nPressemitteilung\n\n# Neue Regeln\n\n"
        "Ab Montag, 3. März 2025, ist das Bürgerbüro nur mit Termin geöffnet. "
        "Termine gibt es online auf www.stadt.example oder unter Telefon 01234 56-789.\n"
    )
    assert doc.metadata.kicker == "Pressemitteilung"
    assert plain_language(doc).metadata.kicker is None
