"""The build's messages for a log or a pipe, without rich: the same text rich writes there."""

from __future__ import annotations

import io

import pytest
from rich.console import Console
from rich.errors import MarkupError
from rich.markup import escape as rich_escape
from rich.table import Table

from pubkit.textout import PlainConsole, escape, markup_text, table_text

TEXTS = [
    "plain",
    "[bold]not a name[/]",
    "a [link] in a name",
    "ends in a backslash \\",
    "\\[escaped] and \\\\[bold]two[/bold]",
    "Termine [22.10.] und [x=1]",
    "Glocke\x07 und Wagenrücklauf\r",
    "[/]",
    "[ not a tag ]",
]


def _rich(*objects: object, markup: bool = True) -> str:
    out = io.StringIO()
    Console(file=out, width=400, highlight=False, emoji=False).print(*objects, markup=markup)
    return out.getvalue()


def _plain(*objects: object, markup: bool = True) -> str:
    out = io.StringIO()
    PlainConsole(out).print(*objects, markup=markup)
    return out.getvalue()


@pytest.mark.parametrize("text", TEXTS)
def test_escape_is_riches(text: str) -> None:
    assert escape(text) == rich_escape(text)


@pytest.mark.parametrize("text", TEXTS)
def test_a_line_reads_as_rich_writes_it(text: str) -> None:
    shown = f"[green]✓[/] {escape(text)}"
    assert _plain(shown) == _rich(shown)
    assert _plain(text, markup=False) == _rich(text, markup=False)
    try:
        expected = _rich(text)  # the text as markup
    except MarkupError:  # rich refuses it ("[/]" closes nothing); the build never writes such
        return
    assert _plain(text) == expected
    assert markup_text(text).translate({7: None, 13: None}) == expected.removesuffix("\n")


def test_the_summary_table_is_drawn_as_rich_draws_it() -> None:
    columns = [("Format", "left"), ("Dateien", "right"), ("s", "right")]
    rows = [("html", "1", "0.1"), ("epub", "12", "10.4"), ("insgesamt", "13", "10.5")]
    table = Table(title="1 Meldung, 2 Formate", title_justify="left")
    for name, justify in columns:
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for row in rows:
        table.add_row(*row)
    drawn = table_text("1 Meldung, 2 Formate", columns, rows)  # type: ignore[arg-type]
    assert drawn + "\n" == _rich(table)
