"""A renderer: the notice as plain text (UTF-8), for e-mail newsletters and text-only channels.

What each fact of the model becomes, so that nothing a reader needs is lost in plain text:

- the title, underlined with ``=``; the date and publisher below it;
- headings underlined (``-`` for level 2, none below), lists with ``-`` or numbers;
- an image: its alt text in brackets, ``[Bild: …]``; a decorative image: nothing;
- a table: one line per row, each cell with its column name (``Mo–Fr: 8–16 Uhr``), the way
  a screen reader reads it, since columns of spaces do not survive e-mail clients;
- an abbreviation: written out on first use, ``RKI (Robert Koch-Institut)``;
- a link: its text, then the address in angle brackets; footnotes at the end.

A renderer consumes a checked Document and returns an Artifact; it never checks, transforms
or calls another renderer (pubkit's architecture test holds its own renderers to that).
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import ClassVar

from pubkit.model import (
    Abbreviation,
    Aside,
    Block,
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
    Paragraph,
    Quote,
    Strong,
    Table,
    Text,
    ThematicBreak,
)
from pubkit.renderers.base import Artifact, Output, Renderer

_WORDS = {
    "de": {"image": "Bild", "notes": "Fußnoten", "note": "Hinweis"},
    "en": {"image": "Image", "notes": "Notes", "note": "Note"},
}


@dataclass(frozen=True, slots=True, kw_only=True)
class TextOptions:
    """Options of the ``text`` renderer."""

    width: int = 72
    """Line length for wrapping; 0 keeps each paragraph on one line (for SMS gateways)."""


class TextRenderer(Renderer[Document, TextOptions]):
    """The ``text`` format: ``notice.txt``."""

    name: ClassVar[str] = "text"
    media_type: ClassVar[str] = "text/plain; charset=utf-8"
    suffix: ClassVar[str] = ".txt"
    options_type: ClassVar[type] = TextOptions

    def outputs(self) -> tuple[Output[TextOptions], ...]:
        return (
            Output(format="text", renderer="text", options=TextOptions(), file_name="notice.txt"),
        )

    def render(self, product: Document, options: TextOptions) -> Artifact:
        writer = _Writer(product, options)
        return Artifact(
            data=writer.document().encode("utf-8"),
            media_type=self.media_type,
            suffix=self.suffix,
            info={"lines": writer.lines},
        )


class _Writer:
    def __init__(self, document: Document, options: TextOptions) -> None:
        self.doc = document
        self.width = options.width
        self.words = _WORDS.get(document.metadata.language.split("-")[0], _WORDS["en"])
        self.expanded: set[str] = set()
        self.notes: list[str] = []
        self.lines = 0

    def document(self) -> str:
        meta = self.doc.metadata
        title = meta.display_title()
        parts = [f"{title}\n{'=' * len(title)}"]
        dateline = " · ".join(x for x in (meta.date, meta.publisher) if x)
        if dateline:
            parts.append(dateline)
        parts += [text for block in self.doc.blocks if (text := self.block(block))]
        if self.notes:
            notes = "\n".join(f"[{n}] {text}" for n, text in enumerate(self.notes, start=1))
            parts.append(f"{self.words['notes']}\n{notes}")
        text = "\n\n".join(parts) + "\n"
        self.lines = text.count("\n")
        return text

    def wrap(self, text: str, indent: str = "") -> str:
        if not self.width:
            return indent + text
        return textwrap.fill(text, self.width, initial_indent=indent, subsequent_indent=indent)

    def block(self, block: Block, indent: str = "") -> str:
        match block:
            case Heading(level=level, content=content):
                text = self.inlines(content)
                return f"{text}\n{'-' * len(text)}" if level <= 2 else text
            case Paragraph(content=content):
                return self.wrap(self.inlines(content), indent)
            case List(ordered=ordered, items=items, start=start):
                lines = []
                for n, item in enumerate(items, start=start or 1):
                    mark = f"{n}. " if ordered else "- "
                    body = "\n".join(self.block(b) for b in item.blocks)
                    lines.append(
                        textwrap.indent(body, indent + " " * len(mark))[len(indent) + len(mark) :]
                    )
                    lines[-1] = indent + mark + lines[-1]
                return "\n".join(lines)
            case Table(caption=caption, head=head, body=body):
                names = [self.inlines(c.content) for c in head[0].cells] if head else []
                lines = [self.inlines(caption) + ":"] if caption else []
                for row in body:
                    cells = [self.inlines(c.content) for c in row.cells]
                    pairs = [
                        f"{n}: {v}" if n else v for n, v in zip(names[1:], cells[1:], strict=False)
                    ]
                    lines.append(f"{indent}- {cells[0]}: " + "; ".join(pairs))
                return "\n".join(lines)
            case Figure(image=image, caption=caption, credit=credit):
                parts = [self.inline(image), self.inlines(caption), self.inlines(credit)]
                return self.wrap(" ".join(p for p in parts if p), indent)
            case Quote(blocks=blocks, attribution=attribution):
                quoted = "\n".join(self.block(b, indent + "> ") for b in blocks)
                return quoted + (
                    f"\n{indent}> — {self.inlines(attribution)}" if attribution else ""
                )
            case Aside(blocks=blocks, title=title):
                label = self.inlines(title) or self.words["note"]
                return f"{indent}{label}:\n" + "\n".join(
                    self.block(b, indent + "  ") for b in blocks
                )
            case CodeBlock(code=code):
                return textwrap.indent(code.rstrip("\n"), indent + "    ")
            case ThematicBreak():
                return indent + "* * *"

    def inlines(self, content: tuple[Inline, ...]) -> str:
        return "".join(self.inline(node) for node in content).strip()

    def inline(self, node: Inline) -> str:
        match node:
            case Text(text=text):
                return text
            case (
                Emphasis(content=content) | Strong(content=content) | LanguageSpan(content=content)
            ):
                return self.inlines(content)
            case Link(target=target, content=content):
                text = self.inlines(content)
                return text if text == target else f"{text} <{target}>"
            case Code(text=text):
                return text
            case Abbreviation(text=text, expansion=expansion):
                if not expansion or text in self.expanded:
                    return text
                self.expanded.add(text)
                return f"{text} ({expansion})"
            case LineBreak():
                return "\n"
            case Image(alt=alt, decorative=decorative):
                return "" if decorative else f"[{self.words['image']}: {alt}]"
            case Footnote(blocks=blocks):
                self.notes.append(" ".join(self.block(b) for b in blocks))
                return f"[{len(self.notes)}]"
