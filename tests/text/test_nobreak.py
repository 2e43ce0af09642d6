"""The runs that must stay on one line, in German and English."""

from __future__ import annotations

import pytest

from pubkit.text.nobreak import nobreak_runs


def _runs(text: str) -> list[str]:
    return [m.group(0) for m in nobreak_runs(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rufen Sie 0231 / 50-0 an.", ["0231 / 50-0"]),
        ("Tel. 0211 89-96090, montags", ["Tel. 0211 89-96090"]),
        ("Call +44 20 7946 0000 or 01622 671 411.", ["+44 20 7946 0000", "01622 671 411"]),
        ("Ab 21. Oktober 2020 gilt", ["21. Oktober 2020"]),
        ("from 21 October 2020 and October 21, 2021", ["21 October 2020", "October 21, 2021"]),
        ("Mo–Fr 9–17 Uhr, 9:00 – 17:00 Uhr", ["Mo–Fr", "9–17 Uhr", "9:00 – 17:00 Uhr"]),
        ("Eingang Nr. 5, nach § 28a Abs. 2", ["Nr. 5", "§ 28a", "Abs. 2"]),
        ("z. B. hier, d. h. dort", ["z. B.", "d. h."]),
        ("kostet 37,50 € oder £ 5 oder 1,5 Mio. Euro", ["37,50 €", "£ 5", "1,5 Mio. Euro"]),
        ("J. R. Smith and A. Merkel", ["J. R. Smith", "A. Merkel"]),
        ("between 8 am and 8 pm, in 15 Minuten", ["8 am", "8 pm", "15 Minuten"]),
        ("Tel. (03) 211 8000 oder (02) 9876 5432", ["Tel. (03) 211 8000", "(02) 9876 5432"]),
        ("call 03 211 8000 or +64 3 211 8000", ["03 211 8000", "+64 3 211 8000"]),
        ("Hotline (0211) 89-91000.", ["(0211) 89-91000"]),
        ("12 Plätze für 3 Kinder, 40 Betten, 500 Euro", ["12 Plätze", "3 Kinder", "40 Betten", "500 Euro"]),
        ("call (916) 808-5011, 916 808-5011 or 1-800-555-0199",
         ["(916) 808-5011", "916 808-5011", "1-800-555-0199"]),
    ],
)  # fmt: skip
def test_runs(text: str, expected: list[str]) -> None:
    assert _runs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Im Jahr 2020 gab es 1.000 Termine.",
        "Covid-19 in Nordrhein-Westfalen",
        "I am a. Item",
        "Von 2019 bis 2020 kamen 120 300 Gäste, 2019-2020 und 1990 - 2000.",  # years, counts
        "Seiten 120-130 und 3 (4) 5; ISBN 978-3-16-148410-0; Los 03 und 211 8000",
        "between 2019 and 2021: 916 808 5011 people",  # no hyphen: a count, not a phone
        "Seit 2020 Verwaltungsfachangestellte, 3 Covid-Tests, 3,5 Kilo",  # long, compound, decimal
    ],
)
def test_no_runs_where_breaking_is_fine(text: str) -> None:
    assert _runs(text) == []
