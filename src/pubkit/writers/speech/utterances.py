"""The spoken form of a document: a sequence of utterances, separate from any audio engine.

Each utterance is one thing a listener hears as a unit (the title, a heading, a paragraph, a
list item, a table row, an image description, a caption…), made of spans of written text
in one language each. A span may carry a fixed spoken form (``say``): an abbreviation's
expansion, a short form of a URL, or a label pubkit adds ("Bild:", "Liste mit 3 Punkten").
Pauses are given in milliseconds; between two utterances the longer of the two applies.

Sentence splitting and normalisation happen later (:mod:`.script`); this writer
only decides *what* is said, in which order and language.

>>> from pubkit.model import Document, Metadata, Paragraph, Text
>>> doc = Document(metadata=Metadata(title="Hallo", language="de"),
...                blocks=(Paragraph(content=(Text(text="Guten Tag."),)),))
>>> [(u.kind, u.text) for u in write_speech(doc)]
[('title', 'Hallo'), ('paragraph', 'Guten Tag.')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, assert_never

from pubkit.locale import label
from pubkit.model import (
    Abbreviation,
    Aside,
    Block,
    Cell,
    Code,
    CodeBlock,
    Document,
    Emphasis,
    Figure,
    Footnote,
    Heading,
    Image,
    Inline,
    LanguageSpan,
    LineBreak,
    Link,
    List,
    ListItem,
    Paragraph,
    Quote,
    Strong,
    Table,
    Text,
    ThematicBreak,
)
from pubkit.model.lang import primary_language
from pubkit.model.walk import inline_text
from pubkit.writers.speech.tables import LEXICON, WORD_CAPITALS_DE

__all__ = ["PAUSES", "Span", "Utterance", "UtteranceKind", "sender_kicker", "write_speech"]

UtteranceKind = Literal[
    "kicker",
    "title",
    "heading",
    "paragraph",
    "item",
    "row",
    "image",
    "caption",
    "credit",
    "attribution",
    "label",
    "footnote",
]

PAUSES: dict[UtteranceKind, tuple[int, int]] = {
    "kicker": (0, 500),
    "title": (0, 1200),
    "heading": (1400, 800),
    "paragraph": (0, 700),
    "item": (0, 500),
    "row": (0, 500),
    "image": (300, 500),
    "caption": (0, 500),
    "credit": (0, 700),
    "attribution": (0, 700),
    "label": (300, 400),
    "footnote": (0, 500),
}
"""(before, after) pause in milliseconds for each kind of utterance."""

_SENDER_WORDS = re.compile(
    r"\b(?:Presse\w*|Medien\w*|\w*[Mm]itteilung|\w*[Bb]ekanntmachung|\w*[Nn]achricht(?:en)?|"
    r"Information der|"
    r"Press|Media|News|Public [Nn]otice|Statement|Notice from|Message from)\b"
)
_GENERIC_SENDER = frozenset(
    ["Stadt", "Gemeinde", "Landkreis", "Kreis", "Amt", "City", "County", "Council", "District",
     "Borough", "Town", "Verwaltung", "Stadtverwaltung", "Government"]
)  # fmt: skip


def sender_kicker(kicker: str | None, publisher: str | None) -> str | None:
    """What to say for the kicker line above the title when it names the sender: a listener
    hears who speaks before the title, as a reader sees it. „Pressemitteilung der Stadt
    Beispiel“, "News from Riverside District Council" are said as written; a kicker naming
    only the kind of notice („Pressemitteilung“, „Stadtnachricht“) is said with the
    publisher („Pressemitteilung, Stadt Hameln“). A kicker naming the topic („Gesundheit“)
    is left to the page, and so is the masthead's publisher without such a kicker."""
    if not kicker or not kicker.strip():
        return None
    kicker = kicker.strip()
    names = {
        w for w in re.findall(r"[A-ZÄÖÜ][\w-]{3,}", publisher or "") if w not in _GENERIC_SENDER
    }
    named = bool(names & set(re.findall(r"[\w-]+", kicker)))
    if named:
        return kicker
    if _SENDER_WORDS.search(kicker):
        return f"{kicker}, {publisher.strip()}" if publisher and publisher.strip() else kicker
    return None


_BREAK_PAUSE = 1200
_WORDS = {
    "de": {"list": "Liste mit {n} Punkten:", "list1": "Liste mit einem Punkt:", "item": "Punkt {n}:", "table": "Tabelle",
           "rows": "mit {n} Zeilen:", "rows1": "mit einer Zeile:"},
    "en": {"list": "List of {n} items:", "list1": "List of one item:", "item": "Item {n}:", "table": "Table",
           "rows": "with {n} rows:", "rows1": "with one row:"},
}  # fmt: skip


@dataclass(frozen=True, slots=True, kw_only=True)
class Span:
    """A run of text in one language."""

    text: str
    """The written text, as captions and transcripts show it."""
    lang: str
    """BCP 47 tag of the voice that speaks it."""
    say: str | None = None
    """What to say instead of ``text`` (an expansion, a short URL); still normalised."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Utterance:
    """One unit of speech, read after a pause."""

    id: str
    """Stable identifier: the heading's id, else ``b`` plus a running number."""
    kind: UtteranceKind
    spans: tuple[Span, ...]
    pause_before: int = 0
    pause_after: int = 0
    level: int = 0
    """Heading level (1–6) for headings, 0 for the title and everything else."""
    caption: bool = False
    """A photo caption: ``(l.)`` means "links"."""
    block: int | None = None
    """Index in ``Document.blocks`` of the top-level block it comes from (None: the title)."""

    @property
    def text(self) -> str:
        """The written text of the whole utterance."""
        return "".join(s.text for s in self.spans)

    @property
    def chapter(self) -> bool:
        """Whether a new chapter starts here (the title and every heading)."""
        return self.kind in ("title", "heading")


def write_speech(document: Document) -> tuple[Utterance, ...]:
    """The utterances of ``document`` in reading order."""
    return tuple(_Writer(document).run())


class _Writer:
    def __init__(self, document: Document) -> None:
        self.document = document
        self.lang = document.metadata.language
        self.words = _WORDS["de" if primary_language(self.lang) == "de" else "en"]
        self.out: list[Utterance] = []
        self.counter = 0
        self.current: int | None = None
        self.footnotes: list[tuple[Block, ...]] = []
        self.footnote_number = 0
        self.extra_pause = 0
        self.lexicon = {
            written.split(":", 1)[-1] for written, _ in document.metadata.pronunciations
        }
        self.glossary = document.metadata.glossary()

    def run(self) -> list[Utterance]:
        blocks = self.document.blocks
        first = blocks[0] if blocks else None
        meta = self.document.metadata
        said = sender_kicker(meta.kicker, meta.publisher)
        if said and meta.kicker:  # who speaks, before what they say
            kicker = meta.kicker.strip()
            say = None if said == kicker else said
            self.emit("kicker", (Span(text=kicker, lang=self.lang, say=say),))
        if not (isinstance(first, Heading) and first.level == 1) and self.document.metadata.title:
            self.emit("title", (Span(text=self.document.metadata.display_title(), lang=self.lang),))
        for index, block in enumerate(blocks):
            self.current = index
            self.block(block, self.lang)
        return self.out

    def emit(
        self,
        kind: UtteranceKind,
        spans: tuple[Span, ...],
        *,
        ident: str = "",
        level: int = 0,
        caption: bool = False,
    ) -> None:
        spans = _merge(spans)
        if not "".join(s.say if s.say is not None else s.text for s in spans).strip():
            return
        self.counter += 1
        before, after = PAUSES[kind]
        before, self.extra_pause = max(before, self.extra_pause), 0
        self.out.append(
            Utterance(
                id=ident or f"b{self.counter}",
                kind=kind,
                spans=spans,
                pause_before=before,
                pause_after=after,
                level=level,
                caption=caption,
                block=self.current,
            )
        )
        if self.footnotes and kind != "footnote":
            notes, self.footnotes = self.footnotes, []
            for blocks in notes:  # read right after the block that refers to them
                self.footnote_number += 1
                lead = self.generated(label(self.lang, "footnote", n=self.footnote_number) + ": ")
                first, *rest = blocks or (Paragraph(content=()),)
                if isinstance(first, Paragraph):
                    self.emit("footnote", (lead, *self.inlines(first.content, self.lang)))
                else:
                    self.emit("footnote", (lead,))
                    self.block(first, self.lang, kind="footnote")
                for block in rest:
                    self.block(block, self.lang, kind="footnote")

    def generated(self, text: str) -> Span:
        return Span(text=text, lang=self.lang)

    def block(self, block: Block, lang: str, *, kind: UtteranceKind = "paragraph") -> None:
        match block:
            case Heading(level=level, content=content, id=ident):
                self.emit("heading", self.inlines(content, lang), ident=ident, level=level)
            case Paragraph(content=content):
                self.emit(kind, self.inlines(content, lang))
            case List(ordered=ordered, items=items, start=start):
                self.list(ordered, items, start or 1, lang)
            case Table():
                self.table(block, lang)
            case Figure(image=image, caption=caption, credit=credit):
                if not image.decorative and image.alt.strip():
                    self.emit("image", (self.image_span(image, lang),), caption=True)
                self.emit("caption", self.inlines(caption, lang), caption=True)
                self.emit("credit", self.inlines(credit, lang), caption=True)
            case Quote(blocks=blocks, attribution=attribution):
                for inner in blocks:
                    self.block(inner, lang)
                if attribution:
                    said = self.inlines(attribution, lang)
                    words = label(self.lang, "quote_by")
                    article = _quote_article(self.lang, inline_text(attribution))
                    if article == "dem":  # "Zitat von dem" → "Zitat vom"
                        words = re.sub(r"von$", "vom", words)
                    elif article:
                        words += " " + article
                    self.emit("attribution", (self.generated(words + " "), *said))
            case Aside(kind=aside_kind, blocks=blocks, title=title):
                heading = self.inlines(title, lang) or (self.generated(label(lang, aside_kind)),)
                self.emit("label", (*heading, self.generated(":")))
                for inner in blocks:
                    self.block(inner, lang)
            case CodeBlock(code=code):
                self.emit("paragraph", (Span(text=" ".join(code.split()), lang=lang),))
            case ThematicBreak():
                self.extra_pause = _BREAK_PAUSE
            case _:
                assert_never(block)

    def list(self, ordered: bool, items: tuple[ListItem, ...], start: int, lang: str) -> None:
        dateline = _dateline(ordered, items, start)
        if dateline is not None:  # "29. Oktober 2020, 13:04 Uhr" read as a list by Markdown
            self.emit(
                "paragraph", (Span(text=f"{start}. ", lang=lang), *self.inlines(dateline, lang))
            )
            return
        key = "list1" if len(items) == 1 else "list"
        self.emit("label", (self.generated(self.words[key].format(n=len(items))),))
        for number, item in enumerate(items, start=start):
            for i, inner in enumerate(item.blocks):
                if i == 0 and ordered and isinstance(inner, Paragraph):
                    lead = self.generated(self.words["item"].format(n=number) + " ")
                    self.emit("item", (lead, *self.inlines(inner.content, lang)))
                else:
                    self.block(inner, lang, kind="item")

    def table(self, table: Table, lang: str) -> None:
        caption = self.inlines(table.caption, lang)
        intro = self.generated(self.words["table"] + (": " if caption else " "))
        rows = self.generated(
            (" " if caption else "")
            + self.words["rows1" if len(table.body) == 1 else "rows"].format(n=len(table.body))
        )
        self.emit("label", (intro, *caption, rows))
        names = [inline_text(c.content) for c in table.head[-1].cells] if table.head else []
        for row in table.body:
            spans: list[Span] = []
            for index, cell in enumerate(row.cells):
                said_cell = self.cell(cell, names[index] if index < len(names) else "", lang)
                if not "".join(span.text for span in said_cell).strip():
                    continue  # an empty cell is silent (was a stray "; ." at a row's end)
                if spans:
                    spans.append(self.generated("; "))
                spans.extend(said_cell)
            said = "".join(span.text for span in spans).rstrip()
            if not said.endswith((".", "!", "?", "…")):  # a cell may end its own sentence
                spans.append(self.generated("."))
            self.emit("row", tuple(spans))

    def cell(self, cell: Cell, name: str, lang: str) -> tuple[Span, ...]:
        content = self.inlines(cell.content, lang)
        if cell.header or not name.strip() or not content:
            return content
        return (self.generated(f"{name}: "), *content)

    def image_span(self, image: Image, lang: str) -> Span:
        return Span(text=f"{label(lang, 'image')}: {image.alt.strip()}", lang=lang)

    def abbreviation(
        self, text: str, expansion: str, following: Inline | None, lang: str = ""
    ) -> str | None:
        """What to say for an abbreviation: the editor's lexicon, else the expansion.

        As the first part of a compound ("F.A.Z.-Institut", "dpa-Tochter", "RKI-Bericht")
        people spell the letters instead of expanding: "F A Z-Institut". Longer acronyms
        without dots may be words ("STIKO"), so they keep the expansion unless the lexicon
        says otherwise. An abbreviation the document's glossary defines is left to the
        normaliser, which expands it at its first use in a chapter (later uses are said as
        written), in German in agreement with the words around it („im ASV“ → „im
        Allgemeinen Sportverein“), and keeps it where the expansion would not fit („nur mit
        3G“).
        """
        if text in self.lexicon:
            return None  # normalisation applies the editor's pronunciation
        letters = text.replace(".", "").replace(" ", "")
        compound = isinstance(following, Text) and _COMPOUND_TAIL.match(following.text)
        if compound and letters.isalpha() and ("." in text or len(letters) <= 3):
            if lang and text in _SAID_AS_WORDS.get(primary_language(lang), ()):
                return None  # said as a word by the normaliser: „PIN-Brief“, „TÜV-Siegel“
            return " ".join(letters.upper())
        if compound and expansion and " " in expansion and any(c.isdigit() for c in text):
            return None  # "FFP2-Maske": a code, said by the normaliser ("F F P zwei-Maske")
        if expansion and self.glossary.get(text) == expansion:
            return None  # the normaliser expands it from the glossary (first use, agreement)
        return expansion or None

    def inlines(self, inlines: tuple[Inline, ...], lang: str) -> tuple[Span, ...]:
        out: list[Span] = []
        for index, node in enumerate(inlines):
            match node:
                case Text(text=text) | Code(text=text):
                    out.append(Span(text=text, lang=lang))
                case Abbreviation(text=text, expansion=expansion):
                    following = inlines[index + 1] if index + 1 < len(inlines) else None
                    say = self.abbreviation(text, expansion, following, lang)
                    out.append(Span(text=text, lang=lang, say=say))
                case LineBreak():
                    # kept as a line break for the sentence splitter: in easy-read text a
                    # line without a full stop ("Telefon: 0391 12-34") is a sentence of its
                    # own; script() says it as a space
                    out.append(Span(text="\n", lang=lang))
                case Image() as image:
                    if not image.decorative and image.alt.strip():
                        out.append(self.image_span(image, lang))
                case Footnote(blocks=blocks):
                    self.footnotes.append(blocks)
                case LanguageSpan(lang=inner, content=content):
                    out.extend(self.inlines(content, inner))
                case Link(content=content, target=target):
                    text = inline_text(content)
                    if target.lower().startswith("tel:") and any(c.isdigit() for c in text):
                        # A number the document marks as a phone number: digit by digit.
                        out.append(Span(text=text, lang=lang, say=_phone_digits(text)))
                    elif _looks_like_url(text):
                        out.append(Span(text=text, lang=lang, say=short_url(text)))
                    else:
                        out.extend(self.inlines(content, lang))
                case Emphasis(content=content) | Strong(content=content):
                    out.extend(self.inlines(content, lang))
                case _:
                    assert_never(node)
        return tuple(out)


_MONTH_START = re.compile(
    r"^\s*(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
    r"Dezember|January|February|March|May|June|July|October|December)\b"
)


def _dateline(ordered: bool, items: tuple[ListItem, ...], start: int) -> tuple[Inline, ...] | None:
    """The text after "29." when a one-item ordered list is really a date at a line start."""
    if not ordered or len(items) != 1 or not 1 <= start <= 31 or len(items[0].blocks) != 1:
        return None
    first = items[0].blocks[0]
    if not isinstance(first, Paragraph) or not _MONTH_START.match(inline_text(first.content)):
        return None
    return first.content


def _phone_digits(text: str) -> str:
    """``0211 89-123`` → ``0 2 1 1, 8 9, 1 2 3``: groups kept, digits said one by one."""
    groups = [g for g in re.split(r"[\s/()–-]+", text) if g]
    return ", ".join(
        ("+ " if g.startswith("+") else "") + " ".join(c for c in g if c.isdigit()) for g in groups
    )


# Titles that need an article when no name follows: "Zitat vom Oberbürgermeister der Stadt".
_TITLE = re.compile(
    r"^(?:\w*(?:[Bb]ürgermeister|[Ss]precher|[Ll]eiter|[Dd]irektor|[Pp]räsident|[Dd]ezernent|"
    r"[Mm]inister|[Gg]eschäftsführer|[Rr]at|"
    r"[Rr]ätin|[Kk]oordinator|[Rr]eferent))(in|r)?$"
)


def _quote_article(lang: str, attribution: str) -> str:
    """ "Zitat von" + "Oberbürgermeister der Stadt" needs "vom"; before a name it does not."""
    if lang.split("-", 1)[0].lower() != "de":
        return ""
    words = attribution.split()
    if not words or not _TITLE.match(words[0]):
        return ""
    rest = words[1:]
    while rest and (rest[0] == "und" or _TITLE.match(rest[0])):  # "Stadtdirektor und Dezernent"
        rest = rest[1:]
    if rest and rest[0][:1].isupper():
        return ""  # "Oberbürgermeister Stephan Keller": title and name, no article
    return "der" if words[0].endswith("in") else "dem"


def _merge(spans: tuple[Span, ...]) -> tuple[Span, ...]:
    out: list[Span] = []
    for span in spans:
        if out and out[-1].say is None and span.say is None and out[-1].lang == span.lang:
            out[-1] = Span(text=out[-1].text + span.text, lang=span.lang)
        else:
            out.append(span)
    return tuple(out)


_COMPOUND_TAIL = re.compile(r"^-\w")
# Abbreviations the normaliser says as words (its lexicon's and the German capitals it reads
# as words): not spelled as the first part of a compound.
_SAID_AS_WORDS: dict[str, frozenset[str]] = {
    "de": frozenset(LEXICON["de"]) | WORD_CAPITALS_DE,
    "en": frozenset(LEXICON["en"]),
}
_URLISH = re.compile(
    r"^(?:https?://|mailto:|www\.)\S+$|^[\w.-]+@[\w-]+(?:\.[\w-]+)+$|^[\w-]+(?:\.[\w-]+)+/\S*$"
)


def _looks_like_url(text: str) -> bool:
    return bool(_URLISH.match(text.strip()))


def short_url(url: str) -> str:
    """The sayable part of a URL: no scheme, query, fragment or trailing slash.

    >>> short_url("https://www.duesseldorf.de/corona/?utm_source=x#top")
    'www.duesseldorf.de/corona'
    """
    url = re.sub(r"^(?:https?://|mailto:)", "", url.strip(), flags=re.IGNORECASE)
    return re.split(r"[?#]", url, maxsplit=1)[0].rstrip("/")
