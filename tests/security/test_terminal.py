"""The terminal never interprets text from documents or paths as markup or escape sequences."""

from __future__ import annotations

from pathlib import Path

import pytest

from pubkit.cli import main
from pubkit.io import shown, terminal_safe


@pytest.mark.parametrize(
    ("name", "notice"),
    [
        ("heading.md", "---\ntitle: T\nlang: de\n---\n# Eins\n\n### [/x] Kopf [bold]\n"),
        ("value.md", "---\ntitle: T\nlang: de\nline_breaks: '[/x]'\n---\nText.\n"),
        ("[/x]pfad[red].md", "---\ntitle: T\nlang: de\n---\n# Eins\n\n### Sprung\n"),
    ],
)
def test_markup_in_headings_keys_and_paths_is_printed_literally(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, notice: str
) -> None:
    path = tmp_path / name  # "[/x]…" is a folder "[" holding "x]…"
    path.parent.mkdir(exist_ok=True)
    path.write_text(notice, encoding="utf-8")
    code = main(["build", str(path), "--out", str(tmp_path / "out"), "-f", "html"])
    assert code == 1
    err = capsys.readouterr().err
    assert "[/x]" in err


def test_escape_sequences_from_a_document_are_shown_not_sent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Control characters in the text are refused when reading; a file name can hold them.
    path = tmp_path / "n\x1b[2J\x07.md"
    path.write_text("---\ntitle: T\nlang: de\n---\n# Eins\n\n### Kopf\n", encoding="utf-8")
    main(["check", str(path)])
    out = capsys.readouterr().out
    assert "HDG001" in out
    assert "\x1b" not in out
    assert "\x07" not in out
    assert "\\x1b[2J\\x07" in out


def test_helpers() -> None:
    assert terminal_safe("a\u202eb") == "a\\u202eb"
    assert shown("[/x]") == "\\[/x]"
