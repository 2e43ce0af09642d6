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

__all__ = ["contact_parts", "contact_sentences"]

_PHONE = r"(?:\+\d{1,3}[\s/-]?(?:\(0\)\s?)?\d{2,5}|\(?0\d{2,5}\)?|\d{3})(?:[\s/-]?\d{2,})(?:-\d+|\s\d{2,})*"
_DE_TOPIC = r"(?P<topic>(?:Nähere |Weitere |Mehr |Alle )?(?:Fragen|Informationen|Infos|Auskünfte|Auskunft|Hilfe|Rat|Beratung)(?: (?:zu[mr]?|über|rund um|für|bei) [^,.;:]{2,60}?)?)"
_DE_GIVES = r"(?:beantwortet|beantworten|gibt|geben|erteilt|erteilen|bietet|bieten)"
_DE_WHO = r"(?P<who>(?:das|die) [^,;:.()]{3,60}?)"
_DE_VIA = r"(?:(?:telefonisch )?(?:unter|über)(?: der)? (?:(?:Telefon(?:nummer)?|Rufnummer|Nummer|Hotline)\s?:?\s)?|, (?:Telefon|Tel\.)\s?:?\s?)"
_DE_REST = r"(?P<rest>(?:,[^;]*?| \([^()]*\)| oder per E-Mail an \S+?)?)"
_DE_CONTACT = re.compile(
    rf"^{_DE_TOPIC} {_DE_GIVES} {_DE_WHO} ?{_DE_VIA}(?P<phone>{_PHONE}){_DE_REST}\.$"
)
_DE_HELPS = re.compile(
    rf"^(?:Bei|Für) (?P<topic>Fragen(?: (?:zu[mr]?|über|rund um) [^,.;:]{{2,60}}?)?) "
    rf"(?:hilft|helfen|berät|beraten|informiert|informieren) {_DE_WHO} ?{_DE_VIA}"
    rf"(?P<phone>{_PHONE}){_DE_REST}\.$"
)
"""„Bei Fragen hilft das Bürgerbüro im Rathaus, Telefon 07774 9309-0, E-Mail info@aach.de.“"""
_DE_REACHABLE = re.compile(
    r"^(?P<who>(?:Das|Die) [^,;:.()]{3,60}?) ist (?:telefonisch )?unter "
    r"(?:(?:Telefon(?:nummer)?|Rufnummer|Nummer)\s?:?\s)?"
    rf"(?P<phone>{_PHONE}) (?:zu )?erreichbar\.$"
)
"""„Das Bürgertelefon der Stadt ist unter Telefon 0631 365-0 erreichbar.“"""
_MAIL = re.compile(r"(?:oder |, )(?:per )?E-Mail(?: an)?:? (\S+@\S+)")
_TIME = re.compile(
    r"\b(?:montags?|dienstags?|mittwochs?|donnerstags?|freitags?|samstags?|sonntags?|täglich|"
    r"rund um die Uhr|werktags|\d{1,2}(?:[.:]\d{2})?\s*Uhr)\b",
    re.IGNORECASE,
)


def _german(sentence: str) -> list[str] | None:
    text = " ".join(sentence.split())
    reachable = _DE_REACHABLE.match(text)
    if reachable is not None:
        who = reachable.group("who")
        return [f"Rufen Sie {who[:1].lower()}{who[1:]} an: {reachable.group('phone')}."]
    match = _DE_CONTACT.match(text) or _DE_HELPS.match(text)
    if match is None:
        return None
    topic, who, phone = match.group("topic"), match.group("who"), match.group("phone")
    rest = match.group("rest").strip().strip("()")
    mail = _MAIL.fullmatch(rest)
    rest = rest.lstrip(", ")
    if rest and not mail and not _TIME.search(rest):
        return None  # something other than when to call: keep the sentence as written
    first, _, more = topic.partition(" ")
    if first in ("Nähere", "Weitere", "Mehr", "Alle"):
        topic = "mehr " + more
    verb = "Haben" if re.match(r"(?:mehr )?Fragen\b", topic) else "Brauchen"
    lines = [f"{verb} Sie {topic}?", f"Dann rufen Sie {who} an: {phone}."]
    if mail:
        lines.append(f"Oder schreiben Sie an: {mail.group(1)}.")
    elif rest:
        lines.append(f"Sie können {rest} anrufen.")
    return lines


_NUMBER = r"(?P<phone>\+?[\d(][\d ()/.-]{4,}\d(?: ?(?:-|ext\.?|x|Durchwahl|DW) ?\d+)?)"
_LABEL_CONTACT = {
    "de": re.compile(
        r"^(?:(?P<question>(?:Noch |Weitere )?(?:Fragen|Informationen|Infos|Hilfe|Auskunft|"
        r"Auskünfte)(?: (?:zu[mr]?|über|rund um) [^?]{2,50})?\?) +)?(?:Kontakt *: *)?"
        r"(?P<label>Tel\.|Telefon(?:nummer)?|Rufnummer|Fon|[A-ZÄÖÜ][\wäöüß]*-?(?:telefon|Telefon|"
        r"[Hh]otline)|Hotline) *:? *"
        + _NUMBER
        + r"(?P<rest>(?: \([^()]*\)|,? (?:E-Mail|Mail) *:? *\S+@\S+?)?)\.?$"
    ),
    "en": re.compile(
        r"^(?:(?P<question>(?:Any |More )?(?:[Qq]uestions|[Ee]nquiries|[Ii]nquiries|[Hh]elp|"
        r"[Ii]nformation)(?: about [^?]{2,50})?\?) +)?(?:Contact *: *)?"
        r"(?P<label>Tel\.|Telephone|Phone|Call|[A-Z][\w]*(?: [Hh]elpline| [Hh]otline| [Ll]ine)|"
        r"Helpline|Hotline) *:? *"
        + _NUMBER
        + r"(?P<rest>(?: \([^()]*\)|,? (?:[Ee]-?mail) *:? *\S+@\S+?)?)\.?$"
    ),
}
"""A contact an editor writes as a label, with no verb: „Fragen? Tel. 0211 89-12345“,
„Bürgertelefon: 0631 365-0 (Mo.–Fr. 8–16 Uhr)“, "Phone: 01234 567890", "Questions? Call
01234 567890". As it stands it is no whole sentence, and the guard refuses a draft with it."""


def _label_contact(sentence: str, language: str) -> list[str] | None:
    """A label contact as easy texts write it: the question, then „Dann rufen Sie … an“.

    >>> _label_contact("Fragen? Telefon 0211 89-12345.", "de")
    ['Haben Sie Fragen?', 'Dann rufen Sie an: 0211 89-12345.']
    >>> _label_contact("Bürgertelefon: 0631 365-0 (Montag bis Freitag 8 bis 16 Uhr).", "de")
    ['Rufen Sie das Bürgertelefon an: 0631 365-0.', 'Sie können Montag bis Freitag 8 bis 16 Uhr anrufen.']
    >>> _label_contact("Questions? Phone: 01234 567890.", "en")
    ['Do you have questions?', 'Then call 01234 567890.']
    >>> _label_contact("Telefon 0211 89-12345, E-Mail: info@stadt.example.", "de")
    ['Rufen Sie an: 0211 89-12345.', 'Oder schreiben Sie an: info@stadt.example.']
    """
    lang = primary_language(language)
    pattern = _LABEL_CONTACT.get(lang)
    match = pattern.match(" ".join(sentence.split())) if pattern else None
    if match is None or sum(c.isdigit() for c in match.group("phone")) < 6:
        return None
    question, label = match.group("question"), match.group("label")
    phone, rest = match.group("phone").strip(), match.group("rest").strip().lstrip(",").strip()
    mail = re.search(r"\S+@\S+", rest)
    lines: list[str] = []
    if lang == "de":
        if question:
            first = question.split()[0].rstrip("?")
            verb = "Haben" if first in ("Fragen", "Noch") else "Brauchen"
            asked = question[:1].lower() + question[1:] if first == "Noch" else question
            lines.append(f"{verb} Sie {asked}")
        who = ""
        if label.lower().endswith("telefon") and label not in ("Telefon",):
            who = f"das {label} "
        elif label.lower().endswith("hotline"):
            who = f"die {label} "
        call = f"rufen Sie {who}an: {phone}."
        lines.append(
            ("Dann " if question else "") + (call if question else call[:1].upper() + call[1:])
        )
        if mail:
            lines.append(f"Oder schreiben Sie an: {mail.group(0).rstrip('.')}.")
        elif rest:
            when = rest.strip("()")
            lines.append(f"Sie können {'von ' if when[:1].isdigit() else ''}{when} anrufen.")
        return lines
    if question:
        topic = question[:1].lower() + question[1:-1]
        lines.append(
            f"Do you have {topic}?"
            if not topic.startswith(("any ", "more "))
            else f"Do you need {topic}?"
        )
    who = f"the {label} on " if label.lower().endswith(("helpline", "hotline", " line")) else ""
    # "You can call", not "Call …": a capital "Call" would read as a new name (PLF006).
    lines.append(("Then call " if question else "You can call ") + f"{who}{phone}.")
    if mail:
        lines.append(f"Or email {mail.group(0).rstrip('.')}.")
    elif rest:
        when = rest.strip("()")
        lines.append(f"The line is open {'from ' if when[:1].isdigit() else ''}{when}.")
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
    >>> contact_sentences("Bei Fragen hilft das Bürgerbüro, Telefon 07774 9309-0, E-Mail info@aach.de.", "de")
    ['Haben Sie Fragen?', 'Dann rufen Sie das Bürgerbüro an: 07774 9309-0.', 'Oder schreiben Sie an: info@aach.de.']
    >>> contact_sentences("Das Bürgertelefon der Stadt ist unter Telefon 0631 365-0 erreichbar.", "de")
    ['Rufen Sie das Bürgertelefon der Stadt an: 0631 365-0.']
    >>> contact_sentences("Fragen beantwortet der Dienst unter 0231 50-0.", "de") is None
    True
    """
    label = _label_contact(sentence, language)
    if label is not None:
        return label
    if primary_language(language) == "de":
        return _german(sentence)
    return None


_DE_PURPOSE = re.compile(
    r"\b(?:Fragen|Auskunft|Auskünfte|Infos?|Informationen|Hilfe|Rat|Beratung|berät|beraten|"
    r"hilft|helfen|beantwortet|beantworten|informiert|informieren)\b"
)
_DE_PHONE_AT = re.compile(
    rf"(?:,?\s(?:unter\s(?:der\s)?)?(?:Telefon(?:nummer)?|Tel\.|Rufnummer)\s?:?\s?|\sunter\s)"
    rf"(?P<phone>{_PHONE})(?=[\s,.(])"
)
_DE_MAIL_PIECE = re.compile(
    r"(?:(?:per\s+)?E-Mail(?:\s+an)?:?\s+)?(?P<mail>[^\s@]+@[^\s@]+\.[a-z]{2,})"
)
_DE_HOURS_PIECE = re.compile(
    r"(?:(?:montags?|dienstags?|mittwochs?|donnerstags?|freitags?|samstags?|sonntags?|"
    r"Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|werktags|täglich|"
    r"bis|und|auch|ab|von|jeweils|nur|zusätzlich|sowie|Uhr|\d{1,2}(?:[.:]\d{2})?|[–-])\s*)+",
    re.IGNORECASE,
)


def contact_parts(sentence: str) -> list[str] | None:
    """A German contact sentence that says what it is for, with its e-mail address in a
    sentence of its own, or None.

    „Fragen zur Baustelle beantwortet Frau Berg vom Tiefbauamt, Telefon 0221 12-345, E-Mail
    berg@example.de (Montag bis Freitag 8 bis 12 Uhr).“ is one sentence of 20 words; easy-read
    writers give the reader one thing at a time. The part with the number stays as written (it
    says what the number is for), with the calling hours as the notice wrote them; the e-mail
    address follows („Oder schreiben Sie an: …“), right after the sentence that says what it is for.
    Writing the hours as a sentence of their own („Sie können … anrufen.“) was measured and
    not kept: the three extra words pushed key facts out of the word budget. Anything else in
    the rest, two addresses, or a number that would not be copied leaves the sentence as it is.

    >>> contact_parts("Fragen zum Fest beantwortet das Kulturamt, Telefon 0221 12-345, "
    ...     "Montag bis Freitag 9 bis 12 Uhr, oder per E-Mail an kultur@example.de.")
    ['Fragen zum Fest beantwortet das Kulturamt, Telefon 0221 12-345, Montag bis Freitag 9 bis 12 Uhr.', 'Oder schreiben Sie an: kultur@example.de.']
    >>> contact_parts("Fragen beantwortet das Amt unter Telefon 0221 12-345.") is None
    True
    """
    from pubkit.plain.sentence import fragment_reason

    text = " ".join(sentence.split())
    if not text.endswith(".") or text.count("@") > 1:
        return None
    match = _DE_PHONE_AT.search(text)
    if match is None or not _DE_PURPOSE.search(text[: match.start()]):
        return None
    head, rest = text[: match.end()], text[match.end() : -1]
    if not rest.strip() or fragment_reason(head + ".", "de"):
        return None
    mails: list[str] = []
    hours: list[str] = []
    for piece in re.split(r"\s*\(\s*|\s*\)\s*|,?\s+oder\s+|,\s+", rest):
        piece = piece.strip(" ,;")
        if not piece:
            continue
        mail = _DE_MAIL_PIECE.fullmatch(piece)
        if mail is not None:
            mails.append(mail.group("mail"))
        elif _TIME.search(piece) and _DE_HOURS_PIECE.fullmatch(piece):
            hours.append(piece)
        else:
            return None  # something else than where to write and when to call
    if not mails:
        return None
    kept = text[:-1]
    for address in mails:
        # The address goes with the words that lead to it; the hours stay as the notice
        # wrote them (in brackets or after a comma).
        kept = re.sub(
            rf"(?:,?\s+oder|,)?\s+(?:per\s+)?(?:E-Mail(?:\s+an)?:?\s+)?{re.escape(address)}",
            "",
            kept,
        )
    kept = re.sub(r"\(\s*,?\s*\)", "", re.sub(r"\(\s*,\s*", "(", kept)).strip(" ,")
    lines = [kept + "."]
    lines += [f"Oder schreiben Sie an: {m}." for m in mails]
    if sorted(re.findall(r"\d+", text)) != sorted(re.findall(r"\d+", " ".join(lines))):
        return None
    return lines
