"""Machine checks on rendered pages: what a reader sees that no validator flags.

Each function takes a PDF (bytes) and, where it needs one, the source Document, and returns
a list of human-readable problems (empty = fine), so that a failing test names every
defect at once.
"""

from __future__ import annotations

import io
import itertools
import re
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
from PIL import Image, ImageChops

from pubkit.model import Cell, Document, List, Paragraph, Text
from pubkit.model.inlines import Strong
from pubkit.model.walk import inline_text, iter_nodes
from pubkit.text.nobreak import address_runs, nobreak_runs

MM = 72 / 25.4
# Left and right page margins (css/pdf.css, css/pdf-large-print.css), in points.
MARGINS = {"standard": (25 * MM, 22 * MM), "large-print": (22 * MM, 20 * MM)}
TOLERANCE = 1.0  # points


@dataclass(frozen=True)
class Page:
    number: int
    width: float
    height: float
    text: str
    chars: tuple[tuple[str, float, float, float, float], ...]
    """(char, x0, x1, top, bottom) of every glyph."""
    images: tuple[tuple[float, float], ...]
    """(top, bottom) of every image."""


def pages(pdf: bytes) -> list[Page]:
    out = []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for number, page in enumerate(doc.pages, start=1):
            chars = tuple((c["text"], c["x0"], c["x1"], c["top"], c["bottom"]) for c in page.chars)
            text = page.extract_text() or ""
            images = tuple((i["top"], i["bottom"]) for i in page.images)
            out.append(Page(number, page.width, page.height, text, chars, images))
    return out


def glyphs_outside(pdf_pages: list[Page], variant: str) -> list[str]:
    """Glyphs outside the page, or in the left or right margin (a table that runs off)."""
    left, right = MARGINS[variant]
    problems = []
    for page in pdf_pages:
        for char, x0, x1, top, bottom in page.chars:
            if char.isspace():
                continue
            if x0 < left - TOLERANCE or x1 > page.width - right + TOLERANCE:
                problems.append(
                    f"page {page.number}: {char!r} at x {x0:.0f}–{x1:.0f} pt is outside the "
                    f"text column {left:.0f}–{page.width - right:.0f} pt"
                )
            elif top < -TOLERANCE or bottom > page.height + TOLERANCE:
                problems.append(f"page {page.number}: {char!r} at y {top:.0f} is off the page")
    return problems


def _run_pattern(run: str) -> re.Pattern[str]:
    """The run as it may come out of the text layer: any line break (plus hyphen) allowed
    between characters, spaces optional, so that a broken run is found and reported."""
    parts = []
    for char in run:
        if char.isspace():
            parts.append(r"[ \n\u00a0]*")
        else:
            if parts and not parts[-1].endswith("*"):
                parts.append(r"(?:[\u2010-]?\n)?")
            parts.append(re.escape(char))
    return re.compile("".join(parts))


def source_runs(document: Document) -> list[str]:
    """Every no-break run in the document's visible text (title included)."""
    texts = [document.metadata.title]
    texts += [n.text for n in iter_nodes(document) if isinstance(n, Text)]
    return [m.group(0) for text in texts for m in nobreak_runs(text)]


def broken_runs(pdf_pages: list[Page], document: Document) -> list[str]:
    """No-break runs split over two lines, or missing from the text layer altogether."""
    text = "\n".join(page.text for page in pdf_pages)
    problems = []
    for run in dict.fromkeys(source_runs(document)):
        matches = list(_run_pattern(run).finditer(text))
        if not matches:
            problems.append(f"{run!r} is not in the text layer")
        for match in matches:
            if "\n" in match.group(0):
                problems.append(f"{run!r} is broken over two lines: {match.group(0)!r}")
    return problems


def broken_addresses(pdf_pages: list[Page], document: Document) -> list[str]:
    """Web and e-mail addresses that the layout hyphenated ("abfall‐" / "beratung@…") or broke
    right after a hyphen of their own ("www.baden-" / "wuerttemberg.de"): the reader cannot
    tell whether the hyphen belongs to the address; or before a dot (a line starting
    ".de/kultur"). A break before a hyphen or the @, or after a slash, is fine."""
    text = "\n".join(page.text for page in pdf_pages).replace("\u200b", "")
    problems = []
    for address in dict.fromkeys(m.group(0) for m in address_runs(inline_source(document))):
        matches = list(_run_pattern(address).finditer(text))
        if not matches:
            problems.append(f"{address!r} is not in the text layer")
        for match in matches:
            if re.search(r"[-\u2010\u00ad]\n", match.group(0)):
                problems.append(f"{address!r} is broken after a hyphen: {match.group(0)!r}")
            if "\n." in match.group(0):
                problems.append(f"{address!r}: a line starts with a dot: {match.group(0)!r}")
    return problems


def spaced_hyphens(pdf_pages: list[Page]) -> list[str]:
    """A hyphen between spaces, where German and English set a dash ("Sperrung – bitte"),
    running heads included."""
    return [
        f"page {page.number}: {match.group(0)!r}"
        for page in pdf_pages
        for match in re.finditer(r"\w{2,} - \w{2,}", page.text)
    ]


def dashes_at_line_edges(pdf_pages: list[Page]) -> list[str]:
    """A dash between words that starts a line ("– and older people"), or a hyphen between
    spaces left at a line's end, which reads as a word broken in two ("residents -")."""
    problems = []
    for page in pdf_pages:
        for line in page.text.split("\n"):
            if re.match(r"\s*[-\u2013] \S", line):
                problems.append(f"page {page.number}: a line starts with a dash: {line[:40]!r}")
            if re.search(r"\S -$", line):
                problems.append(f"page {page.number}: a line ends with ' -': {line[-40:]!r}")
    return problems


_WORD = re.compile(r"\w+", re.UNICODE)


def hyphenated_words(
    pdf_pages: list[Page], document: Document, *, among: set[str] | None = None
) -> list[str]:
    """Words the layout hyphenated: a line ending in a hyphen whose two halves form one word
    of the source, which itself has no hyphen there (only words in ``among`` if given)."""
    source = inline_source(document)
    words = among if among is not None else {w.lower() for w in _WORD.findall(source)}
    problems = []
    for page in pdf_pages:
        lines = page.text.split("\n")
        for line, following in itertools.pairwise(lines):
            end = re.search(r"(\w+)[-\u2010\u00ad]$", line)
            start = re.match(r"(\w+)", following)
            if not end or not start:
                continue
            joined = end.group(1) + start.group(1)
            if joined.lower() in words and f"{end.group(1)}-{start.group(1)}" not in source:
                problems.append(f"page {page.number}: {end.group(0)} / {start.group(1)}")
    return problems


def breaks_not_in(pdf_pages: list[Page], reference: list[str]) -> list[str]:
    """Hyphenation breaks of the words in ``reference`` ("Bür-ger-amt": a hyphen at every
    right break) at points the reference does not allow ("Bürge‐ramt")."""
    allowed = {}
    for word in reference:
        plain = word.replace("-", "")
        points = {i for i, _ in enumerate(word) if word[i] == "-"}
        allowed[plain.lower()] = {p - n for n, p in enumerate(sorted(points))}
    problems = []
    for page in pdf_pages:
        for line, following in itertools.pairwise(page.text.split("\n")):
            end = re.search(r"(\w+)[\u2010\u00ad]$", line)
            start = re.match(r"(\w+)", following)
            if not end or not start:
                continue
            word = (end.group(1) + start.group(1)).lower()
            if word in allowed and len(end.group(1)) not in allowed[word]:
                problems.append(f"page {page.number}: {end.group(0)} / {start.group(1)}")
    return problems


def table_words(document: Document) -> set[str]:
    """The words in the tables' cells, lower case."""
    words: set[str] = set()
    for node in iter_nodes(document):
        if isinstance(node, Cell):
            words.update(w.lower() for w in _WORD.findall(inline_text(node.content)))
    return words


def bold_words(document: Document) -> set[str]:
    """The words in bold text (a bold lead paragraph), lower case."""
    words: set[str] = set()
    for node in iter_nodes(document):
        if isinstance(node, Strong):
            words.update(w.lower() for w in _WORD.findall(inline_text(node.content)))
    return words


def inline_source(document: Document) -> str:
    texts = [document.metadata.title]
    texts += [n.text for n in iter_nodes(document) if isinstance(n, Text)]
    return "\n".join(texts)


def list_numbers(pdf_pages: list[Page], document: Document) -> list[str]:
    """Each item of an ordered list appears with the number the source gives it."""
    text = "\n".join(page.text for page in pdf_pages)
    problems = []
    for node in iter_nodes(document):
        if not isinstance(node, List) or not node.ordered:
            continue
        for offset, item in enumerate(node.items):
            number = (node.start if node.start is not None else 1) + offset
            head = item.blocks[0] if item.blocks else None
            first = inline_text(head.content).split() if isinstance(head, Paragraph) else []
            if not first:
                continue
            word = re.escape(first[0][:12])
            if not re.search(rf"(?:^|\n)\s*{number}\.\s*{word}", text):
                problems.append(f"item {number} ({first[0]!r}…) is not numbered {number}.")
    return problems


def page_image(pdf: bytes, page: int, *, dpi: int = 20) -> Image.Image:
    """One page as a small greyscale image (pdftoppm)."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "in.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-r", str(dpi), "-gray", "-png", "-singlefile",
             "-f", str(page), "-l", str(page), str(source), str(Path(folder) / "page")],
            check=True,
            capture_output=True,
        )  # fmt: skip
        with Image.open(Path(folder) / "page.png") as image:
            return image.convert("L")


def image_difference(actual: Image.Image, reference: Path) -> float:
    """The share of pixels that differ clearly (by more than a quarter of the grey range)."""
    expected = Image.open(reference).convert("L")
    if expected.size != actual.size:
        return 1.0
    diff = ImageChops.difference(actual, expected).point(lambda v: 255 if v > 64 else 0)
    histogram = diff.histogram()
    return histogram[255] / (actual.size[0] * actual.size[1])


def html_reflow(files: list[Path], width: int) -> dict[str, list[str]]:
    """What a reader of each HTML page at ``width`` CSS px cannot see without scrolling the
    page sideways (WCAG 1.4.10): the page wider than the window, or running text (not a table
    cell: a wide table scrolls in its own region) cut off at the window's or a region's edge.
    Runs tests/layout/reflow.mjs in Debian's chromium through the validators' playwright-core."""
    import json
    import os
    import shutil

    from pubkit.validators._base import node_tools_dir

    node = shutil.which("node")
    assert node, "node is not on PATH"
    tools = node_tools_dir(need="playwright-core")
    script = Path(__file__).with_name("reflow.mjs")
    result = subprocess.run(
        [node, str(script), str(width), *map(str, files)],
        check=True,
        capture_output=True,
        text=True,
        timeout=120 + 20 * len(files),
        env={**os.environ, "NODE_TOOLS": str(tools)},
    )
    problems: dict[str, list[str]] = {}
    for page in json.loads(result.stdout):
        found = []
        if page["overflow"] > 0:
            found.append(f"the page is {page['overflow']} px wider than the {width} px window")
        for clip in page["clipped"]:
            found.append(f"<{clip['tag']}> {clip['text']!r} is cut off by {clip['over']} px")
        problems["/".join(Path(page["file"]).parts[-3:])] = found
    return problems


def _struct_pages(pdf: bytes) -> list[tuple[str, set[int], list[tuple[str, set[int], bool]]]]:
    """Every Table of the tag tree: (caption text marker, pages of its caption, its rows as
    (kind, pages, all header cells)), kind "head" for rows in THead, else "body"."""
    import pikepdf

    def pages_of(node: pikepdf.Dictionary, numbers: dict[tuple[int, int], int]) -> set[int]:
        found: set[int] = set()
        stack = [node]
        while stack:
            item = stack.pop()
            page = item.get("/Pg")
            kids = item.get("/K")
            children = list(kids) if isinstance(kids, pikepdf.Array) else [kids]
            if page is not None and any(not isinstance(k, pikepdf.Dictionary) for k in children):
                found.add(numbers[page.objgen])
            for kid in children:
                if isinstance(kid, pikepdf.Dictionary):
                    if "/S" in kid:
                        stack.append(kid)
                    elif "/Pg" in kid:  # a marked-content reference on another page
                        found.add(numbers[kid.Pg.objgen])
                    elif page is not None:
                        found.add(numbers[page.objgen])
        return found

    def children(node: pikepdf.Dictionary) -> list[pikepdf.Dictionary]:
        kids = node.get("/K")
        items = list(kids) if isinstance(kids, pikepdf.Array) else [kids]
        return [k for k in items if isinstance(k, pikepdf.Dictionary) and "/S" in k]

    tables = []
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        numbers = {page.objgen: index for index, page in enumerate(doc.pages, start=1)}
        stack = [doc.Root.StructTreeRoot]
        while stack:
            node = stack.pop()
            if node.get("/S") != "/Table":
                stack.extend(children(node))
                continue
            caption: set[int] = set()
            rows: list[tuple[str, set[int], bool]] = []
            parts = [(node, "body")]
            while parts:
                part, kind = parts.pop()
                for kid in children(part):
                    if kid.S == "/Caption":
                        caption |= pages_of(kid, numbers)
                    elif kid.S == "/TR":
                        cells = children(kid)
                        header = bool(cells) and all(c.S == "/TH" for c in cells)
                        rows.append((kind, pages_of(kid, numbers), header))
                    elif kid.S in ("/THead", "/TBody", "/TFoot"):
                        parts.append((kid, "head" if kid.S == "/THead" else "body"))
            tables.append((f"table {len(tables) + 1}", caption, rows))
    return tables


def split_tables(pdf: bytes) -> list[str]:
    """A table row split over two pages, or rows of a table on a page that shows neither the
    table's header row nor its caption (a stacked table's lower half on the next page)."""
    problems = []
    for name, caption, rows in _struct_pages(pdf):
        head = set(caption)
        for kind, where, header in rows:
            if kind == "head" or header:
                head |= where
        for index, (_, where, _) in enumerate(rows, start=1):
            if len(where) > 1:
                problems.append(f"{name} row {index} is split over pages {sorted(where)}")
        if any(header for _, _, header in rows):
            continue  # a header row is repeated on every page (thead: table-header-group)
        bare = {p for _, where, _ in rows for p in where} - head
        if bare:
            problems.append(f"{name}: rows on page(s) {sorted(bare)} without its header or caption")
    return problems


def stranded_headings(pdf: bytes, *, lists: bool = False) -> list[str]:
    """A heading at the foot of a page whose following block starts on the next page (found
    in the tag tree: the pages of each H1–H6 and of the element after it); with ``lists``,
    also a heading followed by a list whose first item alone shares its page."""
    import pikepdf

    problems = []
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        numbers = {page.objgen: index for index, page in enumerate(doc.pages, start=1)}

        def kids(node: pikepdf.Dictionary) -> list[pikepdf.Dictionary]:
            items = node.get("/K")
            found = list(items) if isinstance(items, pikepdf.Array) else [items]
            return [k for k in found if isinstance(k, pikepdf.Dictionary) and "/S" in k]

        def pages_of(node: pikepdf.Dictionary) -> set[int]:
            found = set()
            stack = [node]
            while stack:
                item = stack.pop()
                items = item.get("/K")
                children = list(items) if isinstance(items, pikepdf.Array) else [items]
                for kid in children:
                    if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                        stack.append(kid)
                    elif isinstance(kid, pikepdf.Dictionary) and "/Pg" in kid:
                        found.add(numbers[kid.Pg.objgen])
                    elif "/Pg" in item:
                        found.add(numbers[item.Pg.objgen])
            return found

        stack = [doc.Root.StructTreeRoot]
        while stack:
            node = stack.pop()
            children = kids(node)
            stack.extend(children)
            for heading, after in itertools.pairwise(children):
                if not re.fullmatch(r"/H\d?", str(heading.S)):
                    continue
                here, there = pages_of(heading), pages_of(after)
                if here and there and max(here) < min(there):
                    title = str(heading.get("/T", "")) or str(heading.S)
                    problems.append(
                        f"{title} ends page {max(here)}; its text starts on {min(there)}"
                    )
                if lists and str(after.S) == "/L":
                    items = [k for k in kids(after) if str(k.S) == "/LI"]
                    if len(items) < 2:
                        continue
                    first, second = pages_of(items[0]), pages_of(items[1])
                    if first and second and max(first) < min(second):
                        title = str(heading.get("/T", "")) or str(heading.S)
                        problems.append(
                            f"{title} and the first item of its list end page {max(first)};"
                            f" the next item starts on {min(second)}"
                        )
    return problems


def lonely_colophon(pdf_pages: list[Page], document: Document) -> list[str]:
    """The publisher's line ("Herausgeber: …") alone on the last page: a sheet printed for
    one line. Above it there must be a line of the notice, not only the running head."""
    from pubkit.locale import label

    colophon = f"{label(document.metadata.language, 'publisher')}:"
    for page in pdf_pages[1:]:
        lines = [line for line in page.text.split("\n") if line.strip()]
        for index, line in enumerate(lines):
            if line.startswith(colophon) and index <= 1:
                return [f"page {page.number} holds only the colophon: {line!r}"]
    return []


def broken_compounds(pdf_pages: list[Page], document: Document) -> list[str]:
    """Easy read: a compound with hyphens ("Wahl-Benachrichtigung", up to 30 letters) of the
    running text broken at its hyphen over two lines; in a heading or the title, in large
    type, one of up to 20 letters ("Personal-" / "Ausweis")."""
    from pubkit.model import Heading

    headings = [document.metadata.title] + [
        inline_text(n.content) for n in iter_nodes(document) if isinstance(n, Heading)
    ]
    compound = re.compile(r"(?<![\w-])\w+(?:-\w+)+(?![\w-])")
    found = {m.group(0) for m in compound.finditer(inline_source(document))}
    in_headings = {m.group(0) for h in headings for m in compound.finditer(h)}
    text = "\n".join(page.text for page in pdf_pages)
    problems = []
    for word in sorted(found | in_headings):
        if len(word) > (20 if word in in_headings else 30):
            continue
        for match in _run_pattern(word).finditer(text):
            if "-\n" in match.group(0):
                problems.append(f"{word!r} is broken at its hyphen: {match.group(0)!r}")
    return problems


# Top and bottom page margins (css/pdf.css, css/pdf-large-print.css), in points.
PAGE_MARGINS = {"standard": (24 * MM, 24 * MM), "large-print": (28 * MM, 24 * MM)}


def _body_lines(page: Page, variant: str) -> list[tuple[float, float]]:
    """(top, bottom) of each line of the page's text column (no running head, no page
    number) and of each image, top to bottom."""
    top, bottom = PAGE_MARGINS[variant]
    boxes = [(c[3], c[4]) for c in page.chars if not c[0].isspace()] + list(page.images)
    inside = sorted(
        (t, b) for t, b in boxes if t >= top - 2 * MM and b <= page.height - bottom + MM
    )
    lines: list[tuple[float, float]] = []
    for t, b in inside:
        if lines and t < lines[-1][1] - 1:  # overlaps the line before: the same line
            lines[-1] = (lines[-1][0], max(lines[-1][1], b))
        else:
            lines.append((t, b))
    return lines


def half_empty_pages(
    pdf_pages: list[Page], variant: str, *, share: float = 0.6, lines: int = 4
) -> list[str]:
    """A page (not the last) whose text ends above ``share`` of its text column although
    what the next page starts with (a heading and its first three lines, or an image) would
    have fitted into the gap: a paragraph, list item or block kept whole that jumped."""
    top, bottom = PAGE_MARGINS[variant]
    problems = []
    for page, following in itertools.pairwise(pdf_pages):
        if page.width > page.height or following.width > following.height:
            continue  # a landscape page for a wide table, and the page before it
        here, there = _body_lines(page, variant), _body_lines(following, variant)
        if not here or not there:
            continue
        column = page.height - top - bottom
        end = here[-1][1]
        if end - top >= share * column:
            continue
        gap = page.height - bottom - end
        start = there[0][0]
        need = there[min(lines, len(there)) - 1][1] - start
        if need < gap:
            problems.append(
                f"page {page.number} ends at {(end - top) / column:.0%} of its height; the "
                f"first {need / MM:.0f} mm of page {following.number} would fit in its "
                f"{gap / MM:.0f} mm gap"
            )
    return problems


def lonely_closing(pdf_pages: list[Page], closing: tuple[str, ...]) -> list[str]:
    """The last page holding nothing but closing lines (``closing``: "Hier ist der ganze
    Text.", "Herausgeber: …", the running head and page number): no line of the text."""
    if len(pdf_pages) < 2:
        return []
    last = pdf_pages[-1]
    lines = [line.strip() for line in last.text.split("\n") if line.strip()]
    own = [line for line in lines[1:-1] if not line.startswith(closing)]
    if not own:
        return [f"page {last.number} holds only the closing lines: {lines[1:-1]!r}"]
    return []


def needlessly_broken_addresses(
    pdf_pages: list[Page], document: Document, *, longest: int = 30
) -> list[str]:
    """Web and e-mail addresses of at most ``longest`` characters broken over two lines
    ("buergerbuero" / "@stadt-musterstadt.de"): one that fits on a line moves there whole."""
    text = "\n".join(page.text for page in pdf_pages).replace("\u200b", "")
    problems = []
    for address in dict.fromkeys(m.group(0) for m in address_runs(inline_source(document))):
        if len(address) > longest:
            continue
        for match in _run_pattern(address).finditer(text):
            if "\n" in match.group(0):
                problems.append(f"{address!r} is broken though it fits a line: {match.group(0)!r}")
    return problems
