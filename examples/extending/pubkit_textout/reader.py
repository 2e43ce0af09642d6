"""A reader: a source file in, a :class:`pubkit.Document` out, nothing else.

The offices keep opening hours in a spreadsheet. Exported as CSV (first line: the column
names; first column: the place), it becomes a notice whose table has a header row and a
caption, so every output names the column of every cell (checks TBL001, TBL002).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Literal

from pubkit.errors import ReadError
from pubkit.model import Cell, Document, Metadata, Paragraph, Row, Table, Text


def read_opening_hours(
    path: str | Path, *, title: str, language: str = "de", publisher: str | None = None
) -> Document:
    """Read a CSV file of opening hours into a notice with one table.

    Raises :class:`pubkit.ReadError` (naming the file and line) for an empty file or a row
    with a different number of cells than the header.
    """
    path = Path(path)
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        raise ReadError(f"{path}: the file is empty. Write the column names in the first line.")
    header, *body = rows
    for number, row in enumerate(body, start=2):
        if len(row) != len(header):
            raise ReadError(
                f"{path}:{number}: this row has {len(row)} cells, the first line {len(header)}. "
                "Give every row a cell for each column (an empty one is fine)."
            )

    def cell(
        text: str, *, header: bool = False, scope: Literal["col", "row"] | None = None
    ) -> Cell:
        return Cell(content=(Text(text=text.strip()),), header=header, scope=scope)

    caption = "Öffnungszeiten" if language.startswith("de") else "Opening hours"
    table = Table(
        caption=(Text(text=caption),),
        head=(Row(cells=tuple(cell(h, header=True, scope="col") for h in header)),),
        body=tuple(
            Row(cells=(cell(r[0], header=True, scope="row"), *(cell(c) for c in r[1:])))
            for r in body
        ),
    )
    intro = (
        "Hier finden Sie die Öffnungszeiten der Ämter."
        if language.startswith("de")
        else "These are the offices' opening hours."
    )
    return Document(
        metadata=Metadata(title=title, language=language, publisher=publisher),
        blocks=(Paragraph(content=(Text(text=intro),)), table),
        source=str(path),
    )
