"""A transform: ``Document -> Document``, pure and idempotent.

A city keeps one list of the abbreviations its offices use. A notice that uses one of them
without defining it would fail check ABR001 (or, undefined and unmarked, be read aloud letter
by letter); this transform adds the city's expansion to the notice's glossary. pubkit's own
``mark_abbreviations`` (in ``pubkit.PREPARE``) then marks every use, so run this one first:

    Build(document, transforms=(city_glossary, *pubkit.PREPARE))
"""

from __future__ import annotations

import dataclasses
import re

from pubkit.model import Abbreviation, Document, Text
from pubkit.model.walk import iter_nodes

CITY_GLOSSARY: dict[str, str] = {
    "AfS": "Amt für Soziales",
    "BüA": "Bürgeramt",
    "OB": "Oberbürgermeisterin",
    "ÖPNV": "öffentlicher Personennahverkehr",
}


def city_glossary(document: Document, glossary: dict[str, str] | None = None) -> Document:
    """Add the expansion of every city abbreviation the notice uses but does not define.

    The notice's own definitions win; running it twice changes nothing.
    """
    glossary = CITY_GLOSSARY if glossary is None else glossary
    defined = document.metadata.glossary()
    used: set[str] = set()
    for node in iter_nodes(document):
        if isinstance(node, Text):
            used.update(w for w in re.findall(r"[\wÄÖÜäöüß]+", node.text) if w in glossary)
        elif isinstance(node, Abbreviation) and not node.expansion and node.text in glossary:
            used.add(node.text)
    added = tuple((key, glossary[key]) for key in sorted(used) if key not in defined)
    if not added:
        return document
    metadata = dataclasses.replace(
        document.metadata, abbreviations=document.metadata.abbreviations + added
    )
    return dataclasses.replace(document, metadata=metadata)
