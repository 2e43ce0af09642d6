"""Contacts said the plain way: what the number is for, then the number.

Professional easy-language texts write a contact as a question and an instruction:
„Haben Sie Fragen zum Testangebot? Dann rufen Sie die Corona-Hotline an: 06232 14-2020.“ /
"Questions about the payment? Then call the council on 01233 330 688." The reader learns what
the number is for before the number, and each sentence stays short. :func:`contact_sentences`
rewrites the official form („Fragen zum Testangebot beantwortet die Corona-Hotline der Stadt
unter Telefon 06232 14-2020.“) into that pattern; the number is copied exactly, and a
sentence it cannot rewrite safely is left as it is.
"""

from __future__ import annotations

import re

from pubkit.model.lang import primary_language

__all__ = ["contact_sentences"]

_PHONE = r"(?:\+\d{1,3}[\s/-]?(?:\(0\)\s?)?\d{2,5}|\(?0\d{2,5}\)?|\d{3})(?:[\s/-]?\d{2,})(?:-\d+|\s\d{2,})*"
_DE_TOPIC = r"(?P<topic>(?:Nähere |Weitere |Mehr |Alle )?(?:Fragen|Informationen|Infos|Auskünfte|Auskunft|Hilfe|Rat|Beratung)(?: (?:zu[mr]?|über|rund um|für|bei) [^,.;:]{2,60}?)?)"
_DE_GIVES = r"(?:beantwortet|beantworten|gibt|geben|erteilt|erteilen|bietet|bieten)"
_DE_WHO = r"(?P<who>(?:das|die) [^,;:.()]{3,60}?)"
_DE_VIA = r"(?:telefonisch )?(?:unter|über)(?: der)? (?:(?:Telefon(?:nummer)?|Rufnummer|Nummer|Hotline)\s?:?\s)?"
_DE_CONTACT = re.compile(
    rf"^{_DE_TOPIC} {_DE_GIVES} {_DE_WHO} {_DE_VIA}(?P<phone>{_PHONE})(?P<rest>(?:,[^;]*?| \([^()]*\)| oder per E-Mail an \S+?)?)\.$"
)
_TIME = re.compile(
    r"\b(?:montags?|dienstags?|mittwochs?|donnerstags?|freitags?|samstags?|sonntags?|täglich|"
    r"rund um die Uhr|werktags|\d{1,2}(?:[.:]\d{2})?\s*Uhr)\b",
    re.IGNORECASE,
)


def _german(sentence: str) -> list[str] | None:
    match = _DE_CONTACT.match(" ".join(sentence.split()))
    if match is None:
        return None
    topic, who, phone = match.group("topic"), match.group("who"), match.group("phone")
    rest = match.group("rest").lstrip(", ").strip().strip("()")
    mail = re.fullmatch(r"oder per E-Mail an (\S+)", rest)
    if rest and not mail and not _TIME.search(rest):
        return None  # something other than when to call: keep the sentence as written
    first, _, more = topic.partition(" ")
    if first in ("Nähere", "Weitere", "Mehr", "Alle"):
        topic = "mehr " + more
    verb = "Haben" if re.match(r"(?:mehr )?Fragen\b", topic) else "Brauchen"
    lines = [f"{verb} Sie {topic}?", f"Dann rufen Sie {who} an: {phone}."]
    if mail:
        lines.append(f"Oder schreiben Sie eine E-Mail an: {mail.group(1)}.")
    elif rest:
        lines.append(f"Sie können {rest} anrufen.")
    return lines


def contact_sentences(sentence: str, language: str) -> list[str] | None:
    """``sentence`` as a question and ``Dann …`` with the number, or None.

    >>> contact_sentences(
    ...     "Fragen zum Testangebot beantwortet die Corona-Hotline der Stadt unter Telefon "
    ...     "06232 14-2020.", "de")
    ['Haben Sie Fragen zum Testangebot?', 'Dann rufen Sie die Corona-Hotline der Stadt an: 06232 14-2020.']
    >>> contact_sentences("Nähere Informationen gibt das Presseamt unter Telefon 0941 507-1105.", "de")
    ['Brauchen Sie mehr Informationen?', 'Dann rufen Sie das Presseamt an: 0941 507-1105.']
    >>> contact_sentences("Fragen beantwortet das Gesundheitsamt unter Telefon 0221 221-24602 "
    ...     "(montags bis freitags 8 bis 16 Uhr).", "de")[1:]
    ['Dann rufen Sie das Gesundheitsamt an: 0221 221-24602.', 'Sie können montags bis freitags 8 bis 16 Uhr anrufen.']
    >>> contact_sentences("Fragen beantwortet der Dienst unter 0231 50-0.", "de") is None
    True
    """
    if primary_language(language) == "de":
        return _german(sentence)
    return None
