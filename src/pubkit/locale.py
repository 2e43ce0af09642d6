"""Words that pubkit itself puts into outputs (labels, link texts), in German and English.

Leaf module: writers use it with the document's language; unknown languages fall back to English.
"""

from __future__ import annotations

from pubkit.model.lang import primary_language

__all__ = ["format_date", "label", "language_name"]

_LABELS: dict[str, dict[str, str]] = {
    "de": {
        "skip": "Zum Inhalt springen",
        "footnotes": "Fußnoten",
        "footnote": "Fußnote {n}",
        "back": "Zurück zur Textstelle von Fußnote {n}",
        "note": "Hinweis",
        "tip": "Tipp",
        "important": "Wichtig",
        "warning": "Warnung",
        "caution": "Vorsicht",
        "plain": "Einfache Sprache",
        "published": "Veröffentlicht am",
        "published-month": "Veröffentlicht im",
        "published-year": "Veröffentlicht",
        "publisher": "Herausgeber",
        "image": "Bild",
        "contents": "Inhalt",
        "quote_by": "Zitat von",
        "alternates": "Diese Meldung gibt es auch als:",
        "alt-pdf": "PDF zum Drucken",
        "alt-pdf-large-print": "PDF in großer Schrift",
        "alt-epub": "E-Book (EPUB)",
        "alt-epub-narrated": "E-Book zum Mitlesen und Anhören (EPUB)",
        "alt-summary": "Einfache Sprache",
        "alt-summary-pdf": "Einfache Sprache als PDF",
        "alt-audio": "Zum Anhören ({format})",
        "table": "Tabelle",
        "row": "Zeile {n}",
        "column": "Spalte {n}",
    },
    "en": {
        "skip": "Skip to content",
        "footnotes": "Footnotes",
        "footnote": "Footnote {n}",
        "back": "Back to the text of footnote {n}",
        "note": "Note",
        "tip": "Tip",
        "important": "Important",
        "warning": "Warning",
        "caution": "Caution",
        "plain": "Easy read",
        "published": "Published on",
        "published-month": "Published in",
        "published-year": "Published in",
        "publisher": "Publisher",
        "image": "Image",
        "contents": "Contents",
        "quote_by": "Quote by",
        "alternates": "This notice is also available as:",
        "alt-pdf": "PDF for printing",
        "alt-pdf-large-print": "Large-print PDF",
        "alt-epub": "E-book (EPUB)",
        "alt-epub-narrated": "E-book read aloud as you read (EPUB)",
        "alt-summary": "Easy read",
        "alt-summary-pdf": "Easy read as PDF",
        "alt-audio": "Listen ({format})",
        "table": "Table",
        "row": "Row {n}",
        "column": "Column {n}",
    },
}

_MONTHS = {
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}  # fmt: skip


def label(language: str, key: str, **values: object) -> str:
    """A label in the document's language: ``label("de", "footnote", n=2)`` → ``Fußnote 2``."""
    table = _LABELS.get(primary_language(language), _LABELS["en"])
    return table[key].format(**values)


def format_date(iso: str, language: str) -> str:
    """A date as readers of the language write it: ``2020-11-24`` → ``24. November 2020``.

    A partial date stays partial: ``2022-02`` → ``Februar 2022``, ``2022`` → ``2022``.
    """
    parts = [int(part) for part in iso[:10].split("-")]
    year = parts[0]
    if len(parts) == 1:
        return str(year)
    month = _MONTHS["de" if primary_language(language) == "de" else "en"][parts[1] - 1]
    if len(parts) == 2:
        return f"{month} {year}"
    if primary_language(language) == "de":
        return f"{parts[2]}.\u00a0{month} {year}"  # no break after the day
    return f"{parts[2]}\u00a0{month} {year}"


_ENDONYMS = {
    "de": "Deutsch", "en": "English", "fr": "Français", "tr": "Türkçe", "ar": "العربية",
    "uk": "Українська", "ru": "Русский", "pl": "Polski", "es": "Español", "it": "Italiano",
}  # fmt: skip


def language_name(tag: str) -> str:
    """The language's name in itself (for track labels): ``de`` → ``Deutsch``; else the tag."""
    return _ENDONYMS.get(primary_language(tag), tag)
