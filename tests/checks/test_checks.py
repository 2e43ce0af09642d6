from __future__ import annotations

from pathlib import Path

import pytest

from pubkit.checks import check, errors
from pubkit.model import Document, LanguageSpan, Metadata, Paragraph, Text
from pubkit.readers.markdown import read_markdown


@pytest.fixture(autouse=True)
def _in_a_notice_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The notices here are "n.md" in the current folder, with the pictures they name."""
    monkeypatch.chdir(tmp_path)
    for name in ("r.png", "linie.png", "award.png", "a.png"):
        (tmp_path / name).write_bytes(b"\x89PNG\r\n\x1a\n")


def codes(body: str, front: str = "title: T\nlang: de\n") -> list[str]:
    return [i.code for i in check(read_markdown(f"---\n{front}---\n{body}", source="n.md"))]


def test_clean_document_has_no_issues() -> None:
    body = (
        "## Teil\n\nText mit [Portal der Stadt](https://www.duesseldorf.de).\n\n"
        "| Ort | Zeit |\n|--|--|\n| Rathaus | 9 Uhr |\n\nTabelle: Zeiten\n\n"
        "![Ein Rathaus mit Turm](r.png)\n\n[hello]{lang=en}\n"
    )
    assert codes(body) == []


@pytest.mark.parametrize(
    ("body", "front", "code"),
    [
        ("Text\n", "lang: de\n", "DOC001"),
        ("Text\n", "title: T\n", "DOC002"),
        ("Text\n", "title: T\nlang: deutsch_DE\n", "DOC003"),
        ("", "title: T\nlang: de\n", "DOC004"),
        ("## A\n\n#### B\n", "title: T\nlang: de\n", "HDG001"),
        ("### A\n", "title: T\nlang: de\n", "HDG001"),
        ("Text.\n\n# Noch ein Titel\n", "title: T\nlang: de\n", "HDG002"),
        ("![](a.png)\n", "title: T\nlang: de\n", "IMG001"),
        ("![foto.jpg](foto.jpg)\n", "title: T\nlang: de\n", "IMG002"),
        ("![Bild](foto.jpg)\n", "title: T\nlang: de\n", "IMG002"),
        ("[hier](https://x.de)\n", "title: T\nlang: de\n", "LNK002"),
        ("[Click here](https://x.de)\n", "title: T\nlang: en\n", "LNK002"),
        ("[](https://x.de)\n", "title: T\nlang: de\n", "LNK001"),
        ("[www.duesseldorf.de](https://www.duesseldorf.de)\n", "title: T\nlang: de\n", "LNK004"),
        ("[x]{lang=english_US}\n", "title: T\nlang: de\n", "LNG001"),
        ("| a | b |\n|--|--|\n| 1 | 2 |\n", "title: T\nlang: de\n", "TBL002"),
    ],
)
def test_rule_fires(body: str, front: str, code: str) -> None:
    assert code in codes(body, front)


def test_decorative_image_needs_no_alt() -> None:
    assert codes("![](linie.png){.decorative}\n") == []


def test_table_without_header_cells() -> None:
    from pubkit.model import Cell, Row, Table

    table = Table(
        caption=(Text(text="c"),),
        head=(),
        body=(Row(cells=(Cell(content=(Text(text="1"),)),)),),
    )
    doc = Document(metadata=Metadata(title="T", language="de"), blocks=(table,))
    assert [i.code for i in check(doc)] == ["TBL001"]


def test_issue_names_file_line_section_and_fix() -> None:
    doc = read_markdown(
        "---\ntitle: T\nlang: de\n---\n## Bilder\n\n![](award.png)\n", source="n.md"
    )
    (issue,) = check(doc, lang="en")  # a German notice gets German findings unless asked
    assert issue.line == 7
    assert str(issue) == (
        'n.md:7 error IMG001 (image "award.png", section "Bilder"): The image has no alt text. '
        "Describe what it shows: ![description](award.png), or mark it decorative: "
        "![](award.png){.decorative}."
    )
    (german,) = check(doc)
    assert str(german) == (
        "n.md:7 error IMG001 (Bild „award.png“, Abschnitt „Bilder“): Das Bild hat keinen "
        "Alternativtext. Beschreiben Sie in einem Satz, was das Bild zeigt: "
        "![Beschreibung](award.png). Ist es nur Schmuck, markieren Sie es so: "
        "![](award.png){.decorative}."
    )


def test_missing_alt_and_skipped_level_are_both_errors() -> None:
    issues = check(read_markdown("---\ntitle: T\nlang: de\n---\n#### Tief\n\n![](a.png)\n"))
    assert sorted(i.code for i in errors(issues)) == ["HDG001", "IMG001"]


def test_javascript_link_in_a_model_from_elsewhere_is_an_error() -> None:
    from pubkit.model import Link

    doc = Document(
        metadata=Metadata(title="T", language="de"),
        blocks=(
            Paragraph(
                content=(Link(target="javascript:alert(1)", content=(Text(text="Portal"),)),)
            ),
        ),
    )
    assert [i.code for i in check(doc)] == ["LNK003"]


def test_span_in_document_language_is_only_info() -> None:
    doc = Document(
        metadata=Metadata(title="T", language="de"),
        blocks=(Paragraph(content=(LanguageSpan(lang="de-AT", content=(Text(text="Servus"),)),)),),
    )
    (issue,) = check(doc)
    assert (issue.code, issue.severity) == ("LNG002", "info")


def test_a_missing_image_is_an_error_with_its_line() -> None:
    doc = read_markdown(
        "---\ntitle: T\nlang: de\n---\nText.\n\n![Ein Rathaus](fehlt.png)\n", source="n.md"
    )
    (issue,) = check(doc, lang="en")
    assert (issue.code, issue.severity, issue.line) == ("IMG004", "error", 7)
    assert str(issue).startswith('n.md:7 error IMG004 (image "fehlt.png")')
    assert "copy the picture there" in issue.message


def test_a_web_image_is_a_warning() -> None:
    """Content systems write pictures as web addresses: the build goes on without the picture
    (its description and a link stand in its place) and says so."""
    assert codes("![Ein Rathaus](https://example.org/r.png)\n") == ["IMG005"]
    doc = read_markdown("---\ntitle: T\nlang: de\n---\n![Ein Rathaus](https://example.org/r.png)\n")
    assert [i.severity for i in check(doc)] == ["warning"]


def test_check_reports_every_problem_of_a_file_at_once() -> None:
    body = "![](fehlt.png)\n\n## A\n\n#### B\n\n[hier](https://x.org)\n"
    assert codes(body, "title: T\nlang: de\ndatum: 2020\n") == [
        "FMT001", "IMG001", "IMG004", "HDG001", "LNK002",
    ]  # fmt: skip
