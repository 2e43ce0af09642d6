"""The evaluator's rules for English drafts (issue 12), on notices of our own."""

from __future__ import annotations

from pathlib import Path

from pubkit.plain.evaluate import evaluate_notice

_NOTICE = """---
title: Allotment plots to let
lang: en-GB
publisher: Greyford Borough Council
date: 2026-02-02
---

# Allotment plots to let

Twelve allotment plots on Mill Lane are free to let from Monday 2 March.
A plot costs £40 a year, and the rent is paid each April.

## About the site

The site has been looked after by the same group of volunteers for many years, and they say
that the soil is good and that the water taps near the gate work well all summer long. The
old shed by the hedge has been taken down, and a new one will be put up later in the year by
the volunteers, who meet at the site on most weekends during the growing season.

## Questions

Do you have questions about the plots? Ring the allotments officer on 01632 960777 (weekdays 9am to 1pm) or e-mail plots@example.org.
"""

_FACTS = """notice: plots.md
lang: en
kind: citizen-service
facts:
  - q: what
    text: "Twelve plots are free to let"
    any: ["Twelve allotment plots"]
contacts:
  - value: "01632 960777"
    purpose: "questions about the plots"
    purpose_any: ["questions"]
  - value: "plots@example.org"
    purpose: "questions about the plots"
    purpose_any: ["questions"]
"""


def test_a_contact_in_an_or_sentence_keeps_the_purpose_of_its_request(tmp_path: Path) -> None:
    notice = tmp_path / "plots.md"
    notice.write_text(_NOTICE, encoding="utf-8")
    notice.with_suffix(".facts.yaml").write_text(_FACTS, encoding="utf-8")
    score = evaluate_notice(notice)
    assert not score.refused
    assert "Or e-mail plots@example.org." in score.sentences, score.sentences
    assert score.contacts_kept == 2, score.lost
