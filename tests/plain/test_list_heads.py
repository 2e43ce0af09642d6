"""A list too long for the summary keeps its entries by name instead of being dropped
(issue 12: shorten, do not drop). Our own notice; a table keeps its rows whole or not at all."""

from __future__ import annotations

from pathlib import Path

from pubkit.plain.guards import draft_sentences
from pubkit.plain.transform import plain_language
from pubkit.readers import read

NOTICE = """---
title: Roads closed for resurfacing in June
lang: en
publisher: Examplebury Borough Council
date: 2026-05-20
---

Four roads in Examplebury will be closed for short periods from Monday 8 June 2026 so that the council can lay new surfaces.

## Which roads

- **Mill Lane, Exton** – closed between the church and the school, with a diversion along Station Road, Park Avenue and the old bypass for through traffic.
- **Bank Street, Exton** – closed from the market square to the river bridge at night only, while buses use Queen Street and the bus station entrance on Hill Road.
- **Orchard Close, Weybury** – the first 40 metres at the northern end will be closed, then the southern end; residents can still reach their homes between the phases.
- **Tanner's Row, Weybury** – closed for one day while the junction with the high street is resurfaced; traffic lights will control the junction afterwards.

Work happens on weekdays between 8am and 5pm. Signs on site will show the start date at each road a week before the work begins.

If you have a question about the work, call the highways team on 01632 960 123.
"""


def test_long_list_keeps_entries_by_name(tmp_path: Path) -> None:
    path = tmp_path / "roads.md"
    path.write_text(NOTICE, encoding="utf-8")
    plain = plain_language(read(path))
    lines = [s.text for s in draft_sentences(plain.blocks, "en")]
    for road in ("Mill Lane, Exton", "Bank Street, Exton", "Orchard Close, Weybury"):
        assert road in lines
    assert "01632 960 123" in " ".join(lines)
