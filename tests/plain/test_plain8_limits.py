"""Shortening never drops a condition, an exception, a negation or a limit (issue 12).

Sentences of our own, modelled on what city notices write: the shortened draft must still
say when the rule does not hold."""

from __future__ import annotations

import pytest

from pubkit.plain.rewrite import simplify_sentence
from pubkit.plain.shorten import lost_limits, shorten


@pytest.mark.parametrize(
    ("sentence", "language", "limit"),
    [
        (
            "Die Parkplätze an der Festwiese dürfen während des gesamten Stadtfestes kostenlos "
            "genutzt werden, sofern eine gültige Parkscheibe gut sichtbar im Auto liegt.",
            "de",
            "während des gesamten Stadtfestes",
        ),
        (
            "Hunde dürfen auf dem Friedhof an der Lindenallee nicht frei laufen, auch nicht an "
            "der Leine ohne Maulkorb.",
            "de",
            "auf dem Friedhof",
        ),
        (
            "The swimming pool at Riverside Leisure Centre will reopen to the public on 14 May, "
            "except for the learner pool, which stays shut until further notice.",
            "en",
            "until further notice",
        ),
        (
            "The main car park on Station Road will be closed to all vehicles for resurfacing "
            "from 3 June, unless you hold a blue badge issued by the council.",
            "en",
            "unless you hold a blue badge",
        ),
    ],
)
def test_shortening_keeps_the_limit(sentence: str, language: str, limit: str) -> None:
    written = " ".join(shorten(sentence, language))
    assert limit in written, written


def test_a_ban_keeps_where_it_holds() -> None:
    # Without the place the ban would hold everywhere.
    sentence = "Hunde dürfen auf dem Friedhof an der Lindenallee nicht frei laufen."
    assert "auf dem Friedhof" in " ".join(simplify_sentence(sentence, "de", limit=5))


def test_an_adverbial_without_a_ban_may_still_go() -> None:
    sentence = (
        "Die Stadtbibliothek verleiht in ihren hellen neuen Räumen am Marktplatz ab sofort "
        "auch Spiele und Werkzeug an alle Menschen."
    )
    assert "in ihren hellen neuen Räumen" not in " ".join(simplify_sentence(sentence, "de"))


@pytest.mark.parametrize(
    ("original", "written", "language", "lost"),
    [
        (
            "Das gilt nur für Kinder, außer am Sonntag.",
            "Das gilt für Kinder.",
            "de",
            ["nur", "außer"],
        ),
        ("Sie dürfen nicht parken und nicht halten.", "Sie dürfen nicht parken.", "de", ["nicht"]),
        ("You must not park here, except on Sundays.", "You must not park here.", "en", ["except"]),
        ("You can't park here.", "You can park here.", "en", ["n't"]),
        # A condition that became a question keeps its meaning.
        (
            "Wenn Sie Fieber haben, bleiben Sie zu Hause.",
            "Haben Sie Fieber? Dann bleiben Sie zu Hause.",
            "de",
            [],
        ),
        # How to do it is no limit of the rule.
        (
            "Stellen Sie ihn an die Straße, ohne andere zu behindern.",
            "Stellen Sie ihn an die Straße.",
            "de",
            [],
        ),
    ],
)
def test_lost_limits(original: str, written: str, language: str, lost: list[str]) -> None:
    assert lost_limits(original, written, language) == lost


# -- a date, a condition or a clause that says which one stays where it belongs -------------


def test_a_date_inside_a_relative_clause_is_no_date_of_validity() -> None:
    sentence = (
        "Kinder, die bis zum 30. September 2025 sechs Jahre alt werden, müssen in diesem "
        "Frühjahr an einer Grundschule angemeldet werden."
    )
    parts = shorten(sentence, "de")
    # Not „Das gilt bis zum 30. September 2025.“: the date says which children.
    assert not any(p.startswith("Das gilt") for p in parts), parts
    assert "die bis zum 30. September 2025 sechs Jahre alt werden" in " ".join(parts), parts


def test_a_date_span_of_the_rule_is_still_split() -> None:
    sentence = (
        "Die Bücherei ist von Montag, 3. Juli, bis Freitag, 14. Juli 2023, wegen Umbau geschlossen."
    )
    assert shorten(sentence, "de")[1:] == [
        "Das gilt ab Montag, 3. Juli.",
        "Es gilt bis Freitag, 14. Juli 2023.",
    ]


def test_a_clause_after_only_says_which_one() -> None:
    sentence = (
        "Die Anmeldung ist in diesem Jahr erstmals nur an der Schule möglich, die dem Wohnort "
        "am nächsten liegt."
    )
    assert "die dem Wohnort am nächsten liegt" in " ".join(shorten(sentence, "de"))


def test_a_relative_clause_without_a_limit_may_still_go() -> None:
    sentence = (
        "Die Stadtbibliothek, die ihre Räume am Marktplatz hat, öffnet wieder für alle Menschen."
    )
    assert shorten(sentence, "de") == ["Die Stadtbibliothek öffnet wieder für alle Menschen."]


def test_a_condition_that_points_back_is_not_asked_first() -> None:
    parts = shorten("Please bring your NHS number to the clinic if you know it.", "en")
    assert parts == ["Please bring your NHS number to the clinic if you know it."]
    assert shorten("Please stay at home for ten days if you have a high temperature.", "en") == [
        "Do you have a high temperature?",
        "Then please stay at home for ten days.",
    ]


def test_so_that_is_no_main_clause() -> None:
    parts = shorten(
        "It will open at 6am instead of 7am, so that people can swim before work.", "en"
    )
    assert not any(p.startswith("That ") for p in parts), parts
    assert parts[0].startswith("It will open at 6am instead of 7am"), parts
    assert shorten(
        "The pool is closed for repairs this week, so please use the Riverside pool instead.",
        "en",
    ) == ["The pool is closed for repairs this week.", "Please use the Riverside pool instead."]
