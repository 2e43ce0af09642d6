"""The EPUB package metadata: Dublin Core facts and EPUB Accessibility 1.1, from the content.

Nothing here is hard-coded per book: access modes, features and the summary follow from
:class:`ContentFacts`, which the renderer counts in the model and in the package it builds.
The conformance claim needs a person: ``dcterms:conformsTo`` is written only when
``Metadata.accessibility.certified_by`` names the evaluator *and* pubkit's checks find no
error or warning.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from pubkit.errors import RenderError
from pubkit.model import Document, Heading, Image, Metadata, Table
from pubkit.model.lang import primary_language
from pubkit.model.walk import iter_nodes

__all__ = [
    "CONFORMS_TO",
    "A11yMetadata",
    "ContentFacts",
    "accessibility_metadata",
    "identifier",
    "modified",
]

CONFORMS_TO = "EPUB Accessibility 1.1 - WCAG 2.2 Level AA"
_HAZARDS = frozenset(
    {
        "none",
        "unknown",
        "flashing",
        "noFlashingHazard",
        "unknownFlashingHazard",
        "motionSimulation",
        "noMotionSimulationHazard",
        "unknownMotionSimulationHazard",
        "sound",
        "noSoundHazard",
        "unknownSoundHazard",
    }
)
_EPOCH = dt.datetime(1980, 1, 1, tzinfo=dt.UTC)


@dataclass(frozen=True, slots=True, kw_only=True)
class ContentFacts:
    """What the book contains: counted in the model and in the package, never assumed."""

    informative_images: int = 0
    """Images that are not marked decorative."""
    images_with_alt: int = 0
    """Informative images whose alt text is not empty."""
    tables: int = 0
    tables_with_headers: int = 0
    headings: int = 0
    """Section headings below the title."""
    content_documents: int = 1
    page_list: bool = False
    """The navigation document has a page-list (page numbers of a print edition)."""
    audio: bool = False
    """The package holds audio files."""
    overlays: bool = False
    """The content documents have media overlays (narration synchronised with the text)."""

    @classmethod
    def count(
        cls,
        document: Document,
        *,
        content_documents: int,
        page_list: bool,
        audio: bool,
        overlays: bool,
    ) -> ContentFacts:
        images = [n for n in iter_nodes(document) if isinstance(n, Image) and not n.decorative]
        tables = [n for n in iter_nodes(document) if isinstance(n, Table)]
        headings = sum(1 for n in iter_nodes(document) if isinstance(n, Heading))
        return cls(
            informative_images=len(images),
            images_with_alt=sum(1 for i in images if i.alt.strip()),
            tables=len(tables),
            tables_with_headers=sum(1 for t in tables if _has_header(t)),
            headings=headings,
            content_documents=content_documents,
            page_list=page_list,
            audio=audio,
            overlays=overlays,
        )

    @property
    def all_alt(self) -> bool:
        return self.images_with_alt == self.informative_images


def _has_header(table: Table) -> bool:
    return any(c.header and c.content for row in (*table.head, *table.body) for c in row.cells)


@dataclass(frozen=True, slots=True, kw_only=True)
class A11yMetadata:
    """The schema.org and conformance values written into the OPF, in order."""

    access_modes: tuple[str, ...]
    access_modes_sufficient: tuple[str, ...]
    """Each entry is one sufficient set, comma-separated (``textual,visual``)."""
    features: tuple[str, ...]
    hazards: tuple[str, ...]
    summary: str
    conforms_to: str | None
    certified_by: str | None


def accessibility_metadata(
    document: Document, facts: ContentFacts, *, checks_clean: bool
) -> A11yMetadata:
    """Derive the EPUB Accessibility 1.1 metadata of ``document`` from ``facts``.

    ``checks_clean``: pubkit's checks found no error or warning (the pipeline knows).
    """
    a11y = document.metadata.accessibility
    claim = a11y.certified_by is not None and checks_clean
    values = A11yMetadata(
        access_modes=_access_modes(facts),
        access_modes_sufficient=_sufficient(facts),
        features=_features(facts),
        hazards=_hazards(a11y.hazards),
        summary="",
        conforms_to=CONFORMS_TO if claim else None,
        certified_by=a11y.certified_by if claim else None,
    )
    summary = a11y.summary or _summary(document.metadata, facts, values)
    return A11yMetadata(
        access_modes=values.access_modes,
        access_modes_sufficient=values.access_modes_sufficient,
        features=values.features,
        hazards=values.hazards,
        summary=summary,
        conforms_to=values.conforms_to,
        certified_by=values.certified_by,
    )


def _access_modes(facts: ContentFacts) -> tuple[str, ...]:
    modes = ["textual"]
    if facts.informative_images:
        modes.append("visual")
    if facts.audio:
        modes.append("auditory")
    return tuple(modes)


def _sufficient(facts: ContentFacts) -> tuple[str, ...]:
    sets: list[str] = []
    if facts.all_alt:
        sets.append("textual")
    if facts.informative_images:
        sets.append("textual,visual")
    if facts.overlays:
        if facts.all_alt:  # every sentence is narrated, image descriptions included
            sets.append("auditory")
        sets.append("textual,auditory")
    return tuple(sets)


def _features(facts: ContentFacts) -> tuple[str, ...]:
    features: list[str] = []
    if facts.headings:
        features.append("structuralNavigation")
    features += ["tableOfContents", "readingOrder", "displayTransformability"]
    if facts.informative_images and facts.all_alt:
        features.append("alternativeText")
    if facts.page_list:
        features += ["printPageNumbers", "pageNavigation"]
    if facts.overlays:
        features.append("synchronizedAudioText")
    return tuple(features)


def _hazards(hazards: tuple[str, ...]) -> tuple[str, ...]:
    unknown = [h for h in hazards if h not in _HAZARDS]
    if unknown:
        raise RenderError(
            f'Unknown accessibility hazard "{unknown[0]}" in the front matter. Use values of the '
            f"schema.org vocabulary: {', '.join(sorted(_HAZARDS))}."
        )
    if not hazards:
        return ("none",)
    if len(hazards) > 1 and ("none" in hazards or "unknown" in hazards):
        raise RenderError(
            'The hazard "none" (or "unknown") cannot be combined with other hazards; '
            "list either it alone or the specific hazards."
        )
    return hazards


_SUMMARY = {
    "de": {
        "reflow": "Dieses EPUB ist umfließend: Schrift, Schriftgröße und Farben lassen sich im "
        "Lesesystem anpassen.",
        "nav": "Ein Inhaltsverzeichnis führt zu den {n} Abschnitten.",
        "nav1": "Ein Inhaltsverzeichnis führt zum Abschnitt.",
        "nav0": "Ein Inhaltsverzeichnis ist vorhanden.",
        "alt": "Alle {n} Bilder mit Informationen haben einen Alternativtext.",
        "alt1": "Das Bild mit Informationen hat einen Alternativtext.",
        "alt_missing": "{m} von {n} Bildern mit Informationen fehlt ein Alternativtext.",
        "no_images": "Es enthält keine Bilder, die Informationen tragen.",
        "tables": "Die Tabellen haben Kopfzellen.",
        "pages": "Die Seitenzahlen der Druckausgabe sind verzeichnet.",
        "audio": "Eine synthetische Stimme (Sprachausgabe) liest den ganzen Text vor, auch "
        "die Bildbeschreibungen und Tabellen; der gesprochene Satz wird dabei hervorgehoben.",
        "no_hazard": "Es gibt keine bekannten Gefahren durch Blinken, Bewegung oder Ton.",
        "claimed": "{who} hat die Barrierefreiheit geprüft; das EPUB erfüllt {standard}.",
        "unclaimed": "Eine Prüfung durch eine Person steht aus; daher wird keine Konformität "
        "mit einem Standard erklärt.",
    },
    "en": {
        "reflow": "This EPUB is reflowable: font, text size and colours can be changed in the "
        "reading system.",
        "nav": "A table of contents leads to the {n} sections.",
        "nav1": "A table of contents leads to the section.",
        "nav0": "It has a table of contents.",
        "alt": "All {n} informative images have alternative text.",
        "alt1": "The informative image has alternative text.",
        "alt_missing": "{m} of {n} informative images lack alternative text.",
        "no_images": "It contains no images that carry information.",
        "tables": "The tables have header cells.",
        "pages": "The page numbers of the print edition are listed.",
        "audio": "A synthetic voice (text-to-speech) reads the whole text aloud, image "
        "descriptions and tables included, and highlights each sentence as it is spoken.",
        "no_hazard": "There are no known hazards from flashing, motion or sound.",
        "claimed": "{who} evaluated its accessibility; the EPUB meets {standard}.",
        "unclaimed": "It has not yet been evaluated by a person, so no conformance to a "
        "standard is claimed.",
    },
}


def _summary(meta: Metadata, facts: ContentFacts, values: A11yMetadata) -> str:
    text = _SUMMARY.get(primary_language(meta.language), _SUMMARY["en"])
    parts = [text["reflow"]]
    nav = {0: "nav0", 1: "nav1"}.get(facts.headings, "nav")
    parts.append(text[nav].format(n=facts.headings))
    if not facts.informative_images:
        parts.append(text["no_images"])
    elif facts.all_alt:
        key = "alt1" if facts.informative_images == 1 else "alt"
        parts.append(text[key].format(n=facts.informative_images))
    else:
        missing = facts.informative_images - facts.images_with_alt
        parts.append(text["alt_missing"].format(m=missing, n=facts.informative_images))
    if facts.tables and facts.tables_with_headers == facts.tables:
        parts.append(text["tables"])
    if facts.page_list:
        parts.append(text["pages"])
    if facts.overlays:
        parts.append(text["audio"])
    if values.hazards == ("none",):
        parts.append(text["no_hazard"])
    if values.conforms_to and values.certified_by:
        parts.append(text["claimed"].format(who=values.certified_by, standard=values.conforms_to))
    else:
        parts.append(text["unclaimed"])
    return " ".join(parts)


def identifier(meta: Metadata) -> str:
    """``Metadata.identifier``, or a name-based UUID (uuid5) of title, date and language."""
    if meta.identifier:
        return meta.identifier
    name = "\x1f".join(("pubkit", meta.title, meta.date or "", meta.language))
    return f"urn:uuid:{_uuid5(name)}"


def _uuid5(name: str) -> uuid.UUID:
    """``uuid.uuid5(uuid.NAMESPACE_URL, name)``, without importing :mod:`hashlib`, which loads
    OpenSSL (3.5 ms of a one-notice EPUB build): the same SHA-1 from CPython's built-in module."""
    try:
        from _sha1 import sha1  # type: ignore[import-not-found]  # CPython built-in, no stubs
    except ImportError:  # a Python without the built-in hash modules
        from hashlib import sha1
    digest = sha1(uuid.NAMESPACE_URL.bytes + name.encode("utf-8")).digest()
    return uuid.UUID(bytes=digest[:16], version=5)


def modified(meta: Metadata) -> dt.datetime:
    """The ``dcterms:modified`` time: midnight UTC of ``Metadata.date``, never the clock.

    Without a date it is 1980-01-01, the earliest time a ZIP entry can carry.
    """
    if not meta.date:
        return _EPOCH
    parts = [int(part) for part in meta.date[:10].split("-")] + [1, 1]  # 2022-02 → 2022-02-01
    day = dt.date(parts[0], parts[1], parts[2])
    return max(_EPOCH, dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC))
