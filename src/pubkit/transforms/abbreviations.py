"""Mark every use of a glossary abbreviation, so each output can expand it."""

from __future__ import annotations

import re

from pubkit.model import Abbreviation, Document, Inline, Text
from pubkit.model.walk import map_inlines

__all__ = ["mark_abbreviations"]


def mark_abbreviations(document: Document) -> Document:
    """Turn glossary abbreviations in running text into :class:`Abbreviation` nodes.

    Matches whole words only (``dpa`` in ``dpa-Tochter``, not in ``Kidpad``), longest first.
    Idempotent: marked text is not matched again.

    >>> from pubkit.model import Metadata, Paragraph
    >>> doc = Document(metadata=Metadata(title="t", language="de", abbreviations=(("dpa", "Deutsche Presse-Agentur"),)),
    ...                blocks=(Paragraph(content=(Text(text="die dpa-Tochter"),)),))
    >>> mark_abbreviations(doc).blocks[0].content
    (Text(text='die '), Abbreviation(text='dpa', expansion='Deutsche Presse-Agentur'), Text(text='-Tochter'))
    """
    glossary = document.metadata.glossary()
    if not glossary:
        return document
    keys = sorted(glossary, key=len, reverse=True)
    pattern = re.compile(
        r"(?<![\w.])(" + "|".join(re.escape(k) for k in keys) + r")(?![\w])(?!\.\w)"
    )

    def split(node: Inline) -> Inline | tuple[Inline, ...]:
        if not isinstance(node, Text) or not pattern.search(node.text):
            return node
        out: list[Inline] = []
        pos = 0
        for match in pattern.finditer(node.text):
            if match.start() > pos:
                out.append(Text(text=node.text[pos : match.start()]))
            out.append(Abbreviation(text=match.group(1), expansion=glossary[match.group(1)]))
            pos = match.end()
        if pos < len(node.text):
            out.append(Text(text=node.text[pos:]))
        return tuple(out)

    return map_inlines(split, document)
