"""The extension example of docs/extending.md runs: a renderer found through its entry point,
a reader and a transform, in a real build."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pubkit.errors import ReadError
from tests.docs.conftest import ROOT

EXAMPLE = ROOT / "examples" / "extending"


@pytest.fixture
def example_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(EXAMPLE))


def test_example_builds_html_and_the_new_text_format(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(EXAMPLE)])}
    result = subprocess.run(
        [sys.executable, str(EXAMPLE / "run_example.py"), str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # the checks found nothing
    text = (tmp_path / "notice.txt").read_text(encoding="utf-8")
    assert text.startswith("Öffnungszeiten der Ämter\n========================\n")
    # each cell with its column name; abbreviations written out once, from the city glossary
    assert "- BüA (Bürgeramt) Mitte: Mo–Fr: 8–16 Uhr; Sa: 9–12 Uhr; Telefon: 0211 89-0" in text
    assert "- AfS (Amt für Soziales): Mo–Fr: 8–12 Uhr; Sa: geschlossen" in text
    page = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert '<abbr title="Bürgeramt">BüA</abbr>' in page
    assert '<th scope="col">Amt</th>' in page  # a real header row
    assert '<th scope="row">' in page


@pytest.mark.usefixtures("example_path")
def test_glossary_transform_is_idempotent_and_keeps_the_notices_own_definitions() -> None:
    from pubkit_textout import city_glossary

    import pubkit

    doc = pubkit.read_markdown(
        "---\ntitle: T\nlang: de\nabbreviations: {OB: Oberbürgermeister}\n---\n"
        "Der OB und das BüA laden ein. Der ÖPNV fährt.\n"
    )
    once = city_glossary(doc)
    assert city_glossary(once) == once
    glossary = once.metadata.glossary()
    assert glossary["OB"] == "Oberbürgermeister"  # the notice's own wins
    assert glossary["BüA"] == "Bürgeramt"
    assert glossary["ÖPNV"] == "öffentlicher Personennahverkehr"
    assert "AfS" not in glossary  # not used, not added


@pytest.mark.usefixtures("example_path")
def test_csv_reader_names_the_line_of_a_bad_row(tmp_path: Path) -> None:
    from pubkit_textout import read_opening_hours

    csv = tmp_path / "zeiten.csv"
    csv.write_text("Amt,Mo–Fr\nBürgeramt,8–16 Uhr\nAfS\n", encoding="utf-8")
    with pytest.raises(ReadError, match=r"zeiten\.csv:3: this row has 1 cells"):
        read_opening_hours(csv, title="Zeiten")
