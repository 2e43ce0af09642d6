"""The message of a notice: what is new, from when, for whom, what to do, where to get help.

:func:`message_units` walks a document and returns its message units in source order, each
with the reader's question it answers and how much it matters. Rules usually sit in list
items and table rows, so those count as much as the lead; quotes count only with their
speaker; background (how many sources a study read) counts least. The draft writer
(:mod:`pubkit.plain.draft`) and the coverage guard (:mod:`pubkit.plain.guards`) share it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal, assert_never

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
    ListItem,
    Paragraph,
    Quote,
    Row,
    Strong,
    Table,
    Text,
    ThematicBreak,
)
from pubkit.model.lang import primary_language
from pubkit.plain.facts import extract_facts
from pubkit.plain.nlp import tokenize
from pubkit.plain.sentence import fragment_reason, name_they, reference_words
from pubkit.text.sentences import split_sentences, words

__all__ = ["QUESTIONS", "Question", "Unit", "contacts_in", "message_units", "plain_text"]

Question = Literal["what", "when", "who", "todo", "help"]
QUESTIONS: tuple[Question, ...] = ("what", "when", "who", "todo", "help")
"""The order readers need: what is new, from when, for whom, what to do, where to get help."""


@dataclass(frozen=True, slots=True)
class Unit:
    """One thing a reader must know, as the source wrote it."""

    text: str
    """One source sentence, or a lead-in ending in a colon for ``items``."""
    question: Question
    weight: int
    """3: the message (rules, dates, actions, contacts, the lead's first sentence);
    2: useful (the rest of the lead, who is affected); 1: background."""
    order: int
    items: tuple[str, ...] = ()
    """List entries without a verb of their own (rules as nouns, table rows, things to bring)."""
    heading: str = ""
    """The source heading the unit stands under."""
    follows: int | None = None
    """``order`` of the source sentence right before this one in the same paragraph."""
    links: tuple[str, ...] = field(default=())
    """Web addresses of links in the sentence whose address the text does not show."""
    steps: int | None = None
    """``order`` of the first unit of the numbered list (steps) this unit is part of: steps
    are written all, in their order, or not at all."""
    listed: bool = False
    """The entries of a list in the notice (not the rows of a table): rules, conditions or
    things to do that are written under their lead-in."""
    stressed: bool = False
    """The writer set the sentence in bold: the core rule of the notice."""


_CASE_FRAME = re.compile(r"\b(\w+)\s+$")
_NOMINATIVE_ARTICLES = frozenset({"der", "die", "das"})
_OBLIQUE_ARTICLES = frozenset(
    {"dem", "den", "des", "im", "am", "vom", "zum", "zur", "beim", "ins", "ans", "einem",
     "einer", "eines", "einen"}
)  # fmt: skip
_PREPOSITIONS = frozenset(
    {"mit", "von", "bei", "aus", "nach", "seit", "für", "gegen", "durch", "ohne", "um", "in", "an"}
)
_INFLECTED_NAME = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+?(er|es|em|en|e)\s+[A-ZÄÖÜ]")
"""An expansion that opens with an adjective („Allgemeiner Sportverein“, „Deutsche
Wetterdienst“): its ending fits only some cases."""


def _wrong_case(before: str, expansion: str) -> bool:
    """Whether ``expansion`` after ``before`` would have the wrong adjective ending:
    „im Allgemeiner Sportverein“, „dem Deutsche Wetterdienst“ (right: „Der Deutsche
    Wetterdienst“, „Allgemeiner Sportverein Landau lädt ein“)."""
    adjective = _INFLECTED_NAME.match(expansion)
    frame = _CASE_FRAME.search(before)
    if adjective is None or frame is None:
        return False
    word, ending = frame.group(1).lower(), adjective.group(1)
    if word in _NOMINATIVE_ARTICLES:
        return ending not in ("e", "en")
    if word in _OBLIQUE_ARTICLES:
        return ending != "en"
    return word in _PREPOSITIONS


def plain_text(inlines: Sequence[Inline], language: str) -> str:
    """Reader text: abbreviations written out, passages in another language left out."""
    parts: list[str] = []
    for index, node in enumerate(inlines):
        match node:
            case Text(text=text) | Code(text=text):
                parts.append(text)
            case Abbreviation(text=short, expansion=expansion):
                after = inlines[index + 1] if index + 1 < len(inlines) else None
                joined = isinstance(after, Text) and after.text.startswith("-")
                joined = joined or bool(parts and parts[-1].endswith("-"))
                # Inside a compound the abbreviation stays as the notice writes it: readers
                # know "PIN-Brief", "FAZ-Institut", "FFP2-Maske" by that name, and the
                # expansion breaks the compound ("Identifikationsnummer-Brief").
                # After an article or a preposition that sets the case („im ASV Landau“), an
                # expansion with an inflected adjective would keep its dictionary case
                # („im Allgemeiner Sportverein“): the name stays as the notice writes it.
                wrong = _wrong_case("".join(parts), expansion)
                parts.append(short if joined or wrong else expansion)
            case LineBreak():
                parts.append("\n")
            case LanguageSpan(lang=lang, content=content):
                inner = plain_text(content, lang)
                # A passage in another language goes; a name or term inside a sentence
                # ("zur ersten Reading Party") stays, or the sentence breaks.
                if primary_language(lang) == primary_language(language) or (
                    len(inner.split()) <= 3 and not re.search(r"[.!?]\s*$", inner)
                ):
                    parts.append(inner)
            case Link(content=content) | Emphasis(content=content) | Strong(content=content):
                parts.append(plain_text(content, language))
            case Image() | Footnote():
                pass
    return "".join(parts)


def _links(inlines: Sequence[Inline]) -> list[str]:
    out: list[str] = []
    for node in inlines:
        match node:
            case Link(target=target, content=content):
                if target.startswith(("http://", "https://")):
                    out.append(target)
                out.extend(_links(content))
            case Emphasis(content=content) | Strong(content=content):
                out.extend(_links(content))
            case LanguageSpan(content=content):
                out.extend(_links(content))
            case _:
                pass
    return out


_REASONS_HEADING = re.compile(
    r"^\s*(?:warum|wieso|weshalb|hintergrund|zum hintergrund|why|background)\b", re.IGNORECASE
)
"""A section heading that announces reasons („Warum sich die Zeiten ändern“, "Why we are
doing this"): its list items explain, they are not rules."""
URL = re.compile(r"(?:https?://|www\.)[^\s<>„“\"”»«()]+[^\s<>„“\"”»«().,;:!?]", re.IGNORECASE)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
DOMAIN = re.compile(
    r"(?<![\w.@/-])(?:[a-z0-9-]+\.)+(?:de|com|org|net|eu|info|gov|uk|ie|nz|us|gi|nrw|bayern|berlin|"
    r"hamburg|network|app|io|co|scot|wales|cymru|london|online|at|ch|nl|ca|au)(?:/[\w./-]*[\w/])?(?![\w@-])"
)
"""A web address written without ``www.`` or ``https://``: ``corona.dortmund.de``."""
_EXTENSION = (
    r"(?:,?\s(?:ext\.?|extn\.?|extension|Durchwahl)\s?\d{1,5}\b|\s?x\d{1,5}\b"
    r"|\s\((?:ext\.?|extension)\s?\d{1,5}\))?"
)
"""A phone extension after the number: ``ext 1``, ``, extension 204``, ``x123``, ``(ext. 2041)``,
``, Durchwahl 17``: part of the number a reader dials."""
PHONE = re.compile(
    r"(?<![\d.,])(?:\+\d{1,3}[\s/-]?(?:\(0\)\s?)?\d{2,5}|\(?0\d{2,5}\)?)"
    r"(?:[\s/-]?\d{2,})(?:-\d+|\s\d{2,}(?![.:,]\d))*(?![\d.,]\d)" + _EXTENSION
)
"""Phone numbers with their extension: ``0231 50-0``, ``0211 89-96090``, ``+49 211 89-0``,
``01260 270350 ext 1``, ``0161 555 1234, extension 204``, ``0231 50 12345, Durchwahl 17``."""
_SHORT_PHONE = re.compile(
    r"(?i)(?:\b(?:Tel\.?|Telefon\w*|Rufnummer|Nummer|Hotline|Notruf\w*|Notfall\w*|Bereitschaftsdienst|"
    r"NHS|emergency|emergencies|helpline|"
    r"wählen\s+Sie|rufen\s+Sie|ruft|anrufen|erreichen\s+Sie|call|calling|dial|dialling|phone|phoning|ring|telephone|freephone|"
    r"on)\b[^\d\n]{0,30}?)"
    r"(?<![\d.,])(\d{2,5}(?:[\s-]\d{2,4}){0,3}" + _EXTENSION + r")"
    r"(?![\d.,]\d)(?!\s*(?:Uhr|Jahr|Euro|€|%|Prozent|"
    r"Personen|Menschen|Tage|Wochen|Minuten|Stunden|Meter|a\.m\.|p\.m\.|am\b|pm\b|years?|"
    r"people|days?|weeks?|hours?|minutes?|percent))"
)
"""Numbers to call that need no area code (``116 117``, ``112``, ``999``, ``1800 814 300``),
after a word that says they are for calling."""
ADDRESS = re.compile(
    r"\b[A-ZÄÖÜ][\wäöüß-]*(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer|markt|"
    r"Straße|Platz|Weg|Allee|Gasse|Ring|Damm)[ \t\u00a0]+\d+[ \u00a0]?[a-z]?\b"
    r"|\b\d+[a-z]?[ \t\u00a0]+(?:[A-Z][\w.]*[ \t\u00a0]+){1,3}(?:Street|Road|Lane|Avenue|Square|Way|Place|Row|"
    r"Drive|Close|Crescent)\b"
    r"|(?<=, )\d{5} [A-ZÄÖÜ][\wäöüß-]+"  # ", 31785 Hameln"
    r"|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b"  # a UK postcode: "SE6 4RU"
)
"""Postal addresses: ``Münsterstraße 240``, ``Am Marktplatz 3``, ``101 W. Irvington Road``,
postcodes with their town (``, 31785 Hameln``) and UK postcodes (``SE6 4RU``); a street and a
number are one address only on one line (a table row ending in a street name is followed by
the next row's hours, not a house number)."""


def _announces(lead_in: str, language: str) -> bool:
    """A lead-in that only announces the list after it („Das ändert sich vor allem:“,
    "Here is what changes:"): when the entries are sentences of their own, it says nothing."""
    if any(c.isdigit() for c in lead_in):
        return False
    return len(words(lead_in)) <= 5 or bool(reference_words(lead_in.rstrip(":") + ".", language))


def contacts_in(text: str, language: str = "de") -> list[str]:
    """Phone numbers, e-mail and web addresses of ``text``, exactly as written.

    >>> contacts_in("Rufen Sie an: 0231 50-0 oder schreiben Sie an info@dortmund.de.")
    ['info@dortmund.de', '0231 50-0']
    """
    found = [u.rstrip(".,;:!?") for u in URL.findall(text)]
    found += [e.rstrip(".") for e in EMAIL.findall(text)]
    rest = EMAIL.sub(" ", URL.sub(" ", text))
    found += DOMAIN.findall(rest)
    rest = DOMAIN.sub(" ", rest)
    long = [m.span() for m in PHONE.finditer(rest)]
    phones = [rest[a:b].strip() for a, b in long]
    # A short number to call is its own contact unless it is part of a longer one ("999" in
    # "0800 111 999" is not, "call 999" is, in the same text).
    phones += [
        m.group(1).strip()
        for m in _SHORT_PHONE.finditer(rest)
        if not any(a <= m.start(1) and m.end(1) <= b for a, b in long)
    ]
    found += [p for p in phones if sum(c.isdigit() for c in p) >= 3]
    found += [a.strip() for a in ADDRESS.findall(rest)]
    return list(dict.fromkeys(found))


# -- what a sentence answers ------------------------------------------------------------------

_CUES: dict[str, dict[str, re.Pattern[str]]] = {
    "de": {
        "when": re.compile(
            r"\b(?:ab|bis|seit|vom|von|gilt|gelten|läuft|endet|beginnt|startet|verlängert|"
            r"treten|tritt|findet|finden|ist\s+am|sind\s+am)\b"
            r".{0,40}(?:\d{1,2}\.\s?(?:\d{1,2}\.|[A-ZÄÖÜ][a-zä]+)|\bMontag|\bDienstag|\bMittwoch|"
            r"\bDonnerstag|\bFreitag|\bSamstag|\bSonntag|\bmorgen|\bheute|\bsofort)",
            re.IGNORECASE,
        ),
        "rule": re.compile(
            r"\b(?:müssen|muss|dürfen|darf|gilt|gelten|Pflicht\w*|\w*pflicht|verboten|erlaubt|"
            r"untersagt|nicht mehr|höchstens|maximal|mindestens|geschlossen|schließen|bleiben|"
            r"öffnen|geöffnet|entfällt|entfallen|brauchen|braucht|nötig|notwendig|erforderlich|"
            r"kostenlos|kostet|Regel\w*)\b",
            re.IGNORECASE,
        ),
        "todo": re.compile(
            r"(?:^|\s)(?:Bitte|bitte|Sie\b|Ihr\w*)|^(?:Rufen|Melden|Bringen|Tragen|Halten|Bleiben|"
            r"Kommen|Buchen|Gehen|Lassen|Wählen|Öffnen|Schreiben|Füllen|Nutzen|Beantragen|"
            r"Informieren|Achten|Vereinbaren|Senden|Schicken)\b"
        ),
        "who": re.compile(
            r"\b(?:für\s+(?:alle|Kinder|Menschen|Personen|Familien|Schüler\w*|Bürger\w*|Eltern|"
            r"Ältere|Senior\w*|Besucher\w*|Anwohner\w*)|alle\s+(?:Menschen|Personen|Bürger\w*|"
            r"Einwohner\w*|Kinder|Eltern|Schüler\w*|Beschäftigten|Besucher\w*)|wer\s|"
            r"(?:ab|unter|über|bis)\s+\d+\s+Jahren?|Menschen\s+(?:ab|über|unter|mit)|"
            r"Geimpfte|Genesene|Anwohner\w*|Bewohner\w*)\b",
            re.IGNORECASE,
        ),
        "quote": re.compile(
            r"„[^“]{25,}“|\b(?:sagt|sagte|betont|betonte|erklärt|erklärte|so\s+\w+\s+\w+\.$)"
        ),
        "speaker": re.compile(
            r"(?:sagt|sagte|betont|betonte|erklärt|erklärte|meint|so)\s+(?:[A-ZÄÖÜ][\w.-]+\s+){1,4}"
        ),
    },
    "en": {
        "when": re.compile(
            r"\b(?:from|until|till|since|starting|on|by|before|after|between|ends?|begins?|starts?)\b"
            r".{0,30}(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}\b|Monday|"
            r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tomorrow|midnight|\d{1,2}\s?(?:am|pm|a\.m\.|p\.m\.))",
        ),
        "rule": re.compile(
            r"\b(?:must|mustn't|may not|cannot|can't|have to|has to|need to|needs to|required?|"
            r"allowed|not allowed|banned|ban|forbidden|closed?|open|stay|remain|limit\w*|maximum|"
            r"at most|at least|free|costs?|rules?|only|should|should not|shouldn't|diverted|"
            r"diversion)\b",
            re.IGNORECASE,
        ),
        "todo": re.compile(
            r"\b(?:you|your|please)\b|^(?:Call|Ring|Dial|Stay|Wear|Keep|Book|Bring|Go|Wash|Get|"
            r"Check|Visit|Apply|Contact|Email|Tell|Isolate|Self-isolate|Register|Take|Do|Don't|"
            r"Avoid|Use|Follow|Fill|Send|Show)\b",
            re.IGNORECASE,
        ),
        "who": re.compile(
            r"\b(?:everyone|everybody|anyone|all\s+(?:residents|people|children|pupils|staff|"
            r"households|adults|visitors)|people\s+(?:aged|over|under|with|who)|aged\s+\d+|"
            r"over\s+\d+s?|under\s+\d+s?|if\s+you\s+(?:are|have|live|work)|residents|"
            r"households?)\b",
            re.IGNORECASE,
        ),
        "quote": re.compile(r"[“\"][^”\"]{25,}[”\"]|\b(?:said|says|added|explained)\b"),
        "speaker": re.compile(
            r"\b(?:said|says|added|explained)\s+(?:[A-Z][\w.-]+\s*){1,4}|"
            r"(?:[A-Z][\w.-]+\s+){1,4}(?:said|says|added)"
        ),
    },
}


_DE_IMPERATIVE = re.compile(
    r"^(?:Bitte\s+)?(?!(?:Haben|Sind|Können|Müssen|Dürfen|Sollen|Wollen|Werden|Wissen|"
    r"Brauchen)\b)[A-ZÄÖÜa-zäöüß][a-zäöüß]+(?:en|eln|ern) Sie\b(?![^.!]*\?$)"
)
_EN_DONT = re.compile(r"^(?:Please\s+)?(?:[Dd]on[’']t|[Dd]o not|[Nn]ever|[Aa]lways)\s+[a-z]")


def _lang(language: str) -> str:
    return "de" if primary_language(language) == "de" else "en"


def _tells_to_do(sentence: str, language: str) -> bool:
    """„Informieren Sie bitte Ihre Nachbarn.“, "Boil the water hard.", "Don’t drink …": a
    sentence that tells the reader what to do, though none of the fixed cue words opens it."""
    if _lang(language) == "de":
        return _DE_IMPERATIVE.match(sentence) is not None
    return _EN_DONT.match(sentence) is not None or _imperative(sentence, language)


def _cues(language: str) -> dict[str, re.Pattern[str]]:
    return _CUES.get(primary_language(language), _CUES["en"])


_ADDRESSED = re.compile(r"(?<![\w-])(?:you|your|please|Sie|Ihr\w*|bitte)\b", re.IGNORECASE)
"""A sentence that speaks to the reader ("thank-you" does not)."""
_NOW = re.compile(
    r"\b(?:ab sofort|mit sofortiger Wirkung|ab heute|ab morgen|with immediate effect|"
    r"immediately|from today|from tomorrow|from now on)\b",
    re.IGNORECASE,
)
_FORWARD = re.compile(
    r"\b(?:die folgenden|folgende|nachfolgende\w*|read on|the following|below)\b", re.IGNORECASE
)
"""„Bitte lesen Sie die folgenden Hinweise genau.“: a sentence about the notice, not its
message; in a draft the hints it announces may not follow."""


_PAST_MARK = {
    "de": re.compile(
        r"\b(?:[Bb]isher|[Bb]islang|[Zz]uvor|[Ff]rüher|[Ii]m (?:vergangenen|letzten) Jahr|"
        r"[Ii]m Vorjahr|[Ii]n den (?:vergangenen|letzten) Jahren|[Ii]n den Vorjahren|"
        r"(?:[Ll]etztes|[Vv]ergangenes) Jahr|wie in den Vorjahren)\b"
    ),
    "en": re.compile(
        r"\b(?:[Ll]ast (?:year|month|week|summer|winter|autumn|spring)|[Pp]reviously|"
        r"[Ii]n previous years|[Uu]ntil now|[Ss]o far|[Oo]ver the past|[Ii]n the past)\b"
    ),
}
_PAST_VERB = {
    "de": re.compile(
        r"\b(?:war|waren|wurde|wurden|hatte|hatten|musste|mussten|konnte|konnten|durfte|"
        r"durften|gab)\b"
    ),
    "en": re.compile(r"\b(?:was|were|had|has been|have been)\b|\b[a-z]{3,}ed\b"),
}


_PLUPERFECT = {
    "de": re.compile(r"\b(?:hatte|hatten)\b[^.;:]*?\b(?:[a-zäöü]{2,6})?ge[a-zäöüß]{2,}(?:t|en)\b"),
    "en": re.compile(r"\bhad\s+(?!to\b|been\s+(?:told|asked)\b)(?:\w+ly\s+)?[a-z]+ed\b"),
}
"""„Der Förderverein hatte sich seit Jahren … eingesetzt“, "The club had asked for …": what
happened before the news, told as such."""


_REQUIRED = {
    "de": re.compile(
        r"^(?:Ein|Eine|Die|Der|Das)?\s*(?:[a-zäöü]\w*\s+)?(?:[\w-]*(?:[Tt]ermin|[Aa]nmeldung|"
        r"[Rr]eservierung|[Bb]uchung|[Aa]ntrag|[Nn]achweis|[Aa]usweis)\w*)\s+(?:ist|sind)\s+"
        r"(?:(?!nicht\b|kein)\w+\s+)?(?:nötig|notwendig|erforderlich|Pflicht|vorgeschrieben)\b"
    ),
    "en": re.compile(
        r"^(?:An?|The)?\s*(?:[a-z][\w-]*\s+)?(?:[\w-]*(?:appointment|booking|registration|"
        r"application|proof|ID)s?)\s+(?:is|are)\s+(?:(?!not\b|no\b)\w+\s+)?(?:needed|required|"
        r"essential|necessary|compulsory|mandatory)\b",
        re.IGNORECASE,
    ),
}
"""„Ein Termin ist nötig.“, "Booking is essential.": the reader must book, apply or show
something — an answer to „Was müssen Sie tun?“, though it does not speak to them."""


_SOOTHES = {
    "de": re.compile(
        r"\bum (?:die )?(?:Beeinträchtigungen|Behinderungen|Störungen|Belastungen)\b[^.]{0,40}"
        r"\b(?:gering|möglichst gering|so gering wie möglich)\b.{0,20}\bhalten\b"
        r"|\bWir bitten um (?:Ihr )?Verständnis\b"
    ),
    "en": re.compile(
        r"\bto (?:minimi[sz]e|reduce|limit|keep down) (?:the )?(?:disruption|inconvenience|"
        r"impact|noise)\b|\b(?:we )?apologi[sz]e for (?:any|the) (?:inconvenience|disruption)\b",
        re.IGNORECASE,
    ),
}
"""„…, um die Behinderungen möglichst gering zu halten“, "Work will take place overnight to
minimise disruption": why the work is done as it is, or an apology — no rule for the reader
(unless it also gives one)."""


def _soothes(sentence: str, language: str) -> bool:
    """Why the work is done as it is, or an apology, and no rule nor contact beside it."""
    return bool(
        _SOOTHES[_lang(language)].search(sentence)
        and not _cues(language)["rule"].search(sentence)
        and not contacts_in(sentence, language)
    )


def _background(sentence: str, language: str) -> bool:
    """„Bisher mussten alle … ins Rathaus fahren.“, "Last year the council collected 9,000
    tonnes.": what was before, in the past tense, with a word that says so. It is background,
    never the news nor a thing to do (an English sentence that opens with "Last" is no
    instruction). Not when it also says from when something holds."""
    lang = _lang(language)
    return (
        (
            (
                _PAST_MARK[lang].search(sentence) is not None
                and _PAST_VERB[lang].search(sentence) is not None
            )
            or _PLUPERFECT[lang].search(sentence) is not None
        )
        and not _cues(language)["when"].search(sentence)
        and not _NOW.search(sentence)
    )


_UNCHANGED = {
    "de": re.compile(
        r"\b(?:wie bisher|wie gewohnt|wie immer|unverändert|bleib(?:t|en) gleich)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:stays? the same|remains? (?:the same|unchanged)|as before|as usual|unchanged)\b",
        re.IGNORECASE,
    ),
}


def _unchanged(sentence: str, language: str) -> bool:
    """„Am Wochenende bleibt es wie bisher von 8 bis 20 Uhr geöffnet.“, "Weekend hours stay
    the same.": what does not change is not the news, nor a date from which something holds;
    it is written only while the draft has room. Not when it also says what is new (neu,
    erstmals; new, now) or names its days."""
    pattern = _UNCHANGED[_lang(language)]
    if pattern.search(sentence) is None:
        return False
    news = r"\b(?:neu\w*|erstmals|jetzt|nun|ab sofort|new|now|first time|from now)\b"
    # „Vom 28. bis 31. Dezember kommt die Müllabfuhr wie gewohnt.“: on which days the usual
    # holds is an answer to „Ab wann?“ in a notice about changed days.
    return re.search(news, sentence, re.IGNORECASE) is None and not _cues(language)["when"].search(
        sentence
    )


def classify(sentence: str, language: str, *, lead: bool) -> tuple[Question, int]:
    """The question a sentence answers and its weight (see :class:`Unit`)."""
    cues = _cues(language)
    facts = extract_facts(sentence)
    english = primary_language(language) == "en"
    if _reachable(sentence, language) if english else contacts_in(sentence, language):
        # "Elm Row is closed near 48 Bayswater Drive from Monday": a place of road works, not
        # an address to go to for help.
        return "help", 3
    if _background(sentence, language) or _unchanged(sentence, language):
        return "what", 1
    if _soothes(sentence, language):
        return "what", 1
    if _REQUIRED[_lang(language)].search(sentence):
        return "todo", 3
    when = bool(cues["when"].search(sentence) or _NOW.search(sentence))
    rule = bool(cues["rule"].search(sentence))
    todo = bool(cues["todo"].search(sentence)) or (
        # "Have hot meals through the day.": an English instruction opens with its verb
        primary_language(language) == "en"
        and not sentence.rstrip().endswith("?")
        and (_imperative(sentence, language) or re.match(r"Have\s+(?!you\b|been\b)", sentence))
    )
    who = bool(cues["who"].search(sentence))
    if todo and (rule or lead or when or facts.numbers):
        return "todo", 3
    if when and (facts.dates or facts.weekdays or rule or _NOW.search(sentence)):
        return "when", 3  # „ab sofort“, "with immediate effect": a start date in words
    if rule and (lead or facts.numbers or who):
        return ("who" if who and not lead else "what"), 3
    if todo:
        return "todo", 2
    if rule:
        return "what", 2
    if who:
        return "who", 2
    if lead:
        return "what", 2
    return "what", 1


def _is_quote(sentence: str, language: str) -> bool:
    return bool(_cues(language)["quote"].search(sentence))


def _has_speaker(sentence: str, language: str) -> bool:
    return bool(_cues(language)["speaker"].search(sentence))


def message_units(document: Document) -> list[Unit]:
    """The message units of ``document`` in source order.

    >>> from pubkit.model import Metadata
    >>> doc = Document(metadata=Metadata(title="T", language="de"), blocks=(
    ...     Paragraph(content=(Text(text="Die Stadt hat neue Regeln. Ab Montag gilt eine Maskenpflicht."),)),
    ...     Paragraph(content=(Text(text="Die Stadt hat 5 Ämter."),)),))
    >>> [(u.question, u.weight) for u in message_units(doc)]
    [('what', 3), ('when', 3), ('what', 1)]
    """
    language = document.metadata.language
    out: list[Unit] = []
    title = " ".join(document.metadata.title.split())
    state = _State(heading=title)

    def add(
        unit_text: str,
        *,
        lead: bool,
        follows: int | None,
        links: Sequence[str] = (),
        items: tuple[str, ...] = (),
        question: Question | None = None,
        weight: int | None = None,
        steps: int | None = None,
        listed: bool = False,
    ) -> int:
        q, w = classify(unit_text + " " + " ".join(items), language, lead=lead)
        if lead and follows is None:
            q, w = "what", 3  # the lead's first sentence names who acts and what happened
        if follows is not None and out[follows].question == "help" and q != "help":
            facts = extract_facts(unit_text)
            if (
                facts.weekdays
                or any(u == "clock" for _, u in facts.amounts)
                or re.search(r"\d\s?(?:am|pm|a\.m\.|p\.m\.)\b", unit_text)
            ):
                q = "help"  # the opening hours of the contact just named
        if (
            q in ("what", "todo")
            and w < 3
            and _tells_to_do(unit_text, language)
            and not _background(unit_text, language)
            and not _unchanged(unit_text, language)
        ):
            q, w = "todo", max(w, 3 if follows is None else 2)
        if (
            not items
            and not unit_text.rstrip().endswith(":")
            and _FORWARD.search(unit_text)
            and not any(c.isdigit() for c in unit_text)
        ):
            w = 1
        shown = {c.lower() for c in contacts_in(unit_text, language)}
        hidden = tuple(u for u in links if _bare(u) not in {_bare(s) for s in shown})
        if hidden and w < 3:
            q, w = "help", 3
        unit = Unit(
            text=unit_text,
            question=question or q,
            weight=weight if weight is not None else w,
            order=len(out),
            items=items,
            heading=state.heading,
            follows=follows,
            links=hidden,
            steps=steps,
            listed=listed,
        )
        out.append(unit)
        return unit.order

    def paragraph(
        content: Sequence[Inline], *, lead: bool, note: bool, pending: str | None
    ) -> str | None:
        """Adds the sentences; returns a last sentence ending in a colon (a list's lead-in).

        ``pending`` is the previous paragraph's last sentence when it ended in a colon
        ("… please call:"): it opens this paragraph's first sentence ("… please call: 0300 …").
        """
        text = _plain_opening(plain_text(content, language))
        links = _links(content)
        bold = _bold(content, language)
        previous: int | None = None
        sentences = [s for line in _unwrapped(text) for s in split_sentences(line, language)]
        hook = lead and bool(sentences) and sentences[0].rstrip().endswith("?")
        if pending and sentences:
            sentences[0] = f"{pending} {sentences[0]}"
        for number, sentence in enumerate(sentences):
            if re.match(r"^(?:Fotos?|Bild|Bilder|Photo|Image|Credit)\s*:|©", sentence):
                continue
            if number == len(sentences) - 1 and (
                sentence.endswith(":") or _unfinished(sentence, language)
            ):
                state.last = previous
                return sentence
            if sentence.endswith(":") and len(words(sentence)) <= 4:
                continue  # "Auch hier gilt:", "Wichtig:": the next sentence says it
            if primary_language(language) == "de":
                sentence = name_they(sentence)
            sentence = _drop_empty_lead(sentence, language)
            sentence = with_condition(sentence, state.heading, language)
            sentence = _bold_after_colon(sentence, bold, language)
            if _is_quote(sentence, language) and not _has_speaker(sentence, language):
                previous = None
                continue  # a quote only with its speaker
            mine = [u for u in links if _link_in(sentence, u, content, language)]
            order = add(
                sentence, lead=lead and number == 0 and not note, follows=previous, links=mine
            )
            if lead and number > 0:
                unit = out[order]
                out[order] = Unit(
                    unit.text,
                    unit.question,
                    # the rest of the lead is useful, but not what was before
                    max(
                        unit.weight,
                        1
                        if _background(sentence, language)
                        or _unchanged(sentence, language)
                        or _soothes(sentence, language)
                        else 2,
                    ),
                    unit.order,
                    unit.items,
                    unit.heading,
                    unit.follows,
                    unit.links,
                )
                if hook and _ADDRESSED.search(sentence) and not sentence.endswith("?"):
                    # "Do you know someone who …?" opens the notice; "Now is your chance to
                    # nominate a local hero" is its message: it weighs as the lead.
                    out[order] = replace(out[order], question="what", weight=3, stressed=True)
                    hook = False
            if note:
                unit = out[order]
                out[order] = Unit(
                    unit.text,
                    unit.question,
                    max(unit.weight, 2),
                    unit.order,
                    unit.items,
                    unit.heading,
                    unit.follows,
                    unit.links,
                )
            if any(b in " ".join(sentence.split()) for b in bold):
                # The writer set it in bold: the core rule („Meiden Sie … Wälder“).
                out[order] = replace(out[order], weight=3, stressed=True)
            previous = order
        state.last = previous
        return None

    def walk(blocks: Sequence[Block], *, note: bool) -> None:
        lead_in: str | None = None
        for block in blocks:
            match block:
                case Heading(content=content, level=level):
                    if lead_in:  # "… so:" and then a heading: the sentence stands alone
                        add(lead_in.rstrip(":") + ".", lead=False, follows=state.last)
                    text = " ".join(plain_text(content, language).split()).rstrip(":")
                    state.heading = title if level == 1 else text  # the title, repeated
                    lead_in = None
                case Paragraph(content=content) if _DATELINE.match(
                    " ".join(plain_text(content, language).split())
                ):
                    pass  # "Last updated: 24/03/2020", "Stand: 22. Oktober 2020, 17:50 Uhr"
                case Paragraph(content=content) if not state.lead and _subheading(
                    content, language
                ):
                    if lead_in:
                        add(lead_in.rstrip(":") + ".", lead=False, follows=state.last)
                    state.heading = " ".join(plain_text(content, language).split())
                    lead_in = None
                case Paragraph(content=content):
                    lead = state.lead and not note
                    if lead and not _opens(plain_text(content, language), language):
                        continue  # a category line, a dateline, "Easy-read guide"
                    if lead_in and not lead_in.endswith(":"):
                        # "An diesem Samstag können Sie" led into a list that did not come.
                        add(lead_in + ".", lead=False, follows=state.last)
                        lead_in = None
                    lead_in = paragraph(content, lead=lead, note=note, pending=lead_in)
                    state.lead = state.lead and note
                case List(items=items) if state.lead and not note:
                    pass  # before the lead: a dateline read as a numbered list ("10. November …")
                case List(items=items, ordered=ordered):
                    nominal: list[str] = []
                    steps = len(out) if ordered and _are_steps(items, language) else None
                    entries = _entry_items(items, language)
                    for item in items:
                        if _nested_list(item, language, walk):
                            continue
                        for inner in item.blocks:
                            if not isinstance(inner, Paragraph):
                                continue
                            text = " ".join(plain_text(inner.content, language).split())
                            links = _links(inner.content)
                            if not text:
                                continue
                            if id(inner) not in entries and fragment_reason(text, language) is None:
                                # The item's first sentence is the rule; what follows in the
                                # same item ("Es gibt einzelne Ausnahmen.") rides with it.
                                previous: int | None = None
                                for sentence in split_sentences(text, language):
                                    mine = [
                                        u
                                        for u in links
                                        if _link_in(sentence, u, inner.content, language)
                                    ]
                                    order = add(sentence, lead=False, follows=previous, links=mine)
                                    unit = out[order]
                                    # Items under „Warum sich die Zeiten ändern“ / "Why"
                                    # give reasons: background, not rules.
                                    rule = (
                                        previous is None
                                        and unit.question in ("todo", "what", "who")
                                        and not _REASONS_HEADING.match(state.heading)
                                    )
                                    contact = unit.question == "help"
                                    weight = (
                                        3
                                        if rule
                                        else unit.weight
                                        if contact
                                        else min(unit.weight, 2)
                                    )
                                    out[order] = Unit(
                                        unit.text,
                                        unit.question,
                                        max(weight, unit.weight) if rule else weight,
                                        unit.order,
                                        unit.items,
                                        unit.heading,
                                        previous,
                                        unit.links,
                                        steps,
                                    )
                                    previous = order
                            else:
                                shown = text + "".join(
                                    f" {u}" for u in links if u.split("//")[-1] not in text
                                )
                                nominal.append(shown)
                    if lead_in and not nominal and not _announces(lead_in, language):
                        add(lead_in.rstrip(":") + ".", lead=False, follows=state.last)
                    if nominal:
                        intro = lead_in or state.heading
                        add(
                            intro,
                            lead=False,
                            follows=state.last if lead_in else None,
                            items=tuple(nominal),
                            weight=3,
                            question=_list_question(intro, nominal, language),
                            steps=steps,
                            listed=True,
                        )
                    lead_in = None
                case Table() as block:
                    caption = " ".join(plain_text(block.caption, language).split())
                    # A caption with the address ("Testing at …, 101 W. Irvington Road")
                    # says where the rows are.
                    where = caption if contacts_in(caption, language) else ""
                    for heading, rows in table_lines(block, language):
                        intro = (
                            heading
                            or lead_in
                            or where
                            or _with_heads(state.heading, block, language)
                        )
                        add(
                            intro,
                            lead=False,
                            follows=None,
                            items=tuple(rows),
                            weight=3,
                            question=_list_question(intro, rows, language),
                        )
                    lead_in = None
                case Aside(blocks=inner, title=note_title):
                    # A note's title says what its lines are for („Ort“), not the section's.
                    named = " ".join(plain_text(note_title, language).split())
                    section = state.heading
                    state.heading = named or section
                    walk(inner, note=True)
                    state.heading = section
                case Figure() | Quote() | CodeBlock() | ThematicBreak():
                    pass  # figures carry captions and credits; quotes need their speaker
                case _:
                    assert_never(block)

    walk(document.blocks, note=False)
    return out


_NEGATION = re.compile(
    r"\b(?:ohne|nicht|kein|keine|keinen|verboten|untersagt|no|not|without|never|"
    r"don't|do not|forbidden|prohibited)\b",
    re.IGNORECASE,
)


def _cells(row: Row, language: str) -> list[str]:
    return [" ".join(plain_text(c.content, language).split()) for c in row.cells]


def _contrasting(heads: Sequence[str]) -> bool:
    """Two column heads that are opposites: „Abkochen | Ohne Abkochen möglich“, „erlaubt |
    verboten“, "Allowed | Not allowed", "Do | Don't". Each column is then a list of its own;
    read across, a row would pair things that have nothing to do with each other."""
    if len(heads) != 2 or not all(heads):
        return False
    negated = [bool(_NEGATION.search(h)) for h in heads]
    if negated[0] != negated[1]:
        return True
    first, second = ({w.lower() for w in words(h) if len(w) > 3} for h in heads)
    return bool(first) and bool(second) and (first < second or second < first)


def _alike_columns(body: Sequence[Sequence[str]]) -> bool:
    """Whether two value columns hold the same kind of thing in most rows („136 Euro |
    146 Euro“): without their heads the reader cannot tell them apart."""

    def shape(cell: str) -> str:
        return re.sub(r"\d+(?:[.,]\d+)*", "0", cell)

    same = sum(1 for row in body if len(row) >= 3 and row[1] and shape(row[1]) == shape(row[2]))
    return same * 2 > len(body)


def _with_heads(section: str, table: Table, language: str) -> str:
    """The lead-in of a two-column table that has only its section heading above it: what its
    columns mean, "Usual day and new day:" over "Friday 3 April: Saturday 4 April" — under
    the section heading alone a row reads as two dates, or as a name and a thing."""
    heads = (
        [" ".join(plain_text(c.content, "en").split()) for c in table.head[-1].cells]
        if (table.head)
        else []
    )
    width = max((len(row.cells) for row in table.body), default=0)
    if len(heads) != 2 or width != 2 or not all(heads) or _contrasting(heads):
        return section
    if primary_language(language) != "en":
        return section  # German column heads keep their capitals: left to the German writer
    second = heads[1] if heads[1][1:2].isupper() else heads[1][:1].lower() + heads[1][1:]
    return f"{heads[0]} and {second}"


def table_lines(table: Table, language: str) -> list[tuple[str | None, list[str]]]:
    """A table as list entries, each keeping what its columns mean: ``(lead-in, entries)``
    (lead-in None: the text above the table introduces it).

    - Two opposite columns („Abkochen | Ohne Abkochen möglich“): one list per column, under
      the column's head — never "drinking: toilet flushing".
    - A row label and two or more values with heads („Gruppe | bisher | ab September“):
      „Kindergarten – bisher: 136 Euro, ab September: 146 Euro“ when the values are alike
      (numbers the reader could not tell apart); a table of one row: one entry per cell
      („Umleitung: …“).
    - Otherwise „label: value, value“.
    """
    heads = _cells(table.head[-1], language) if table.head else []
    body = [_cells(row, language) for row in table.body]
    body = [row for row in body if any(row)]
    if not body:
        return []
    if _contrasting(heads) and all(len(row) == 2 for row in body):
        out: list[tuple[str | None, list[str]]] = []
        for column, head in enumerate(heads):
            entries = [row[column] for row in body if row[column]]
            if entries:
                out.append((head.rstrip(":") + ":", entries))
        return out
    width = max(len(row) for row in body)
    named = len(heads) == width and width >= 3 and all(heads[1:])
    alike = named and _alike_columns(body)
    rows: list[str] = []
    for row in body:
        if named and len(body) == 1:
            rows += [f"{h}: {v}" for h, v in zip(heads, row, strict=False) if v]
            continue
        if alike and row[0] and len(row) == width:
            values = [f"{h}: {v}" for h, v in zip(heads[1:], row[1:], strict=False) if v]
            rows.append(f"{row[0]} – " + ", ".join(values))
            continue
        parts = [c for c in row if c]
        if len(parts) >= 2:
            rows.append(f"{parts[0]}: " + ", ".join(parts[1:]))
        elif parts:
            rows.append(parts[0])
    return [(None, rows)]


_EN_IF_HEADING = re.compile(r"^(?:If|Unless) you\b[^?.!:]{3,60}$")
_DE_IF_HEADING = re.compile(r"^(?:Wenn|Falls) Sie\b[^?.!:]{3,60}$")
_EN_LOWER_START = frozenset(
    {"you", "your", "please", "we", "our", "the", "there", "it", "this", "they", "just"}
)


def with_condition(sentence: str, heading: str | None, language: str) -> str:
    """A sentence under a heading that is a condition, with the condition: under "If you
    don't want the service", "You don't need to do anything." → "If you don't want the
    service, you don't need to do anything."; under „Wenn Sie umziehen“, „Sie müssen … “ →
    „Wenn Sie umziehen, müssen Sie …“. Alone in a draft it would tell every reader."""
    if not heading or contacts_in(sentence, language):
        return sentence  # a contact line shows its heading above it (what it is for)
    if primary_language(language) == "de":
        match = re.match(r"^Sie ([a-zäöüß]+) (.+)$", sentence)
        if not _DE_IF_HEADING.match(heading) or match is None:
            return sentence
        verb, rest = match.groups()
        if not any(t.finite for t in tokenize(sentence, "de")[1:2]):
            return sentence
        return f"{heading}, {verb} Sie {rest}"
    if not _EN_IF_HEADING.match(heading) or re.match(r"^(?:If|When|Unless)\b", sentence):
        return sentence
    first, _, rest = sentence.partition(" ")
    if first.lower() not in _EN_LOWER_START:
        return sentence  # "Only phone 111 if …", "In an emergency …": left as written
    return f"{heading}, {first.lower()} {rest}"


_DATELINE = re.compile(
    r"^(?:(?:last\s+)?updated|published|posted|publishing date|date|stand|veröffentlicht|"
    r"(?:zuletzt\s+)?aktualisiert|datum)\b[^!?]{0,50}$|^[\d\s.,:/–-]*(?:"
    r"[A-Za-zÄÖÜäöü]+\s+)?[\d\s.,:/–-]*(?:Uhr)?$",
    re.IGNORECASE,
)
"""A line that only says when the notice was written."""


_WRAPS = frozenset(
    re.split(
        r"\s+",
        "der die das den dem des ein eine einer einem einen und oder sowie sondern in im am zum "
        "zur von vom für mit bei the a an and or of to in on at for with by from",
    )
)


def _unwrapped(text: str) -> list[str]:
    r"""The lines of a paragraph, with a line that a break cut inside a sentence joined to
    the next: one that stops on a comma or on a word that never ends a sentence, or that
    the next line goes on in lower case („Kinder, Jugendliche“ / „und Erwachsene können …“).

    >>> _unwrapped("Kinder, Jugendliche\nund Erwachsene können kommen.\nTelefon: 0231 50-0")
    ['Kinder, Jugendliche und Erwachsene können kommen.', 'Telefon: 0231 50-0']
    """
    out: list[str] = []
    for line in text.split("\n"):
        if out and line.strip():
            last = out[-1].rstrip()
            tail = last.rsplit(None, 1)[-1].lower() if last else ""
            if last and (last.endswith(",") or tail in _WRAPS or line.lstrip()[:1].islower()):
                out[-1] = f"{last} {line.lstrip()}"
                continue
        out.append(line)
    return out


_PLACE_WORD = r"[A-ZÄÖÜ][\wÄÖÜäöüß.-]*"
_NOT_A_PLACE = (
    r"(?!(?:Am|Ab|Bis|Seit|Vom|Von|Zum|Zur|Im|Mit|Nach|Vor|Ab|Heute|Ende|Anfang|Mitte|On|From|"
    r"Until|Since|By|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Monday|"
    r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
)
_PRESS_DATELINE = re.compile(
    rf"^{_NOT_A_PLACE}{_PLACE_WORD}"
    rf"(?:(?:\s(?:an der|am|im|in der|ob der|auf der|bei|an|ob|upon|on))?[\s/]{_PLACE_WORD}){{0,3}}"
    r"(?:\s?\([^()]{2,20}\))?,\s*"
    r"(?:den\s+|(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),\s*)?"
    r"(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{1,2}\.?\s[A-ZÄÖÜ][a-zäöü]+\s\d{4}|[A-Z][a-z]{1,5}\."
    r"|[A-Z][a-z]+\.?\s\d{1,2},?\s\d{4})"
    r"(?:,?\s*\d{1,2}[:.]\d{2}\s*(?:Uhr)?)?"
    r"\s*[–—-]\s+(?=[A-ZÄÖÜ\d„“\"»])"
)
"""A press release's place and date before the first sentence: ``Speyer, 30.03.2021 – ``,
``Brandenburg an der Havel, den 28.10.2020 – ``, ``Halle (Saale), 3. Mai 2021 – `` or
``TUCSON, Ariz. – ``; it says when the release went out, not what it says. A date after a
preposition („Am Montag, 2.11.2020 – …“) is the notice's own and stays."""
_DEGREES = re.compile(
    r"(?<=Dr\.)\s?(?:rer\.\s?[a-z]+\.|h\.\s?c\.|phil\.|med\.|jur\.|med\.\s?dent\.)"
)
"""Academic degree letters after „Dr.“ (rer. soc., h. c.): easy-language texts leave them out,
and their full stops would end the sentence."""


def _plain_opening(text: str) -> str:
    text = _DEGREES.sub("", text)
    return _PRESS_DATELINE.sub("", text)


_EMPTY_LEAD = re.compile(r"^(?:[^\s:\d]+\s+){0,3}[^\s:\d]+:\s+(?=[A-ZÄÖÜ])")


def _drop_empty_lead(sentence: str, language: str) -> str:
    """„Auch hier gilt: Die Dokumente …“ → „Die Dokumente …“ when what follows the colon is a
    whole sentence; „Öffnungszeiten: Montag …“ stays."""
    match = _EMPTY_LEAD.match(sentence)
    if match is None:
        return sentence
    rest = sentence[match.end() :]
    return rest if fragment_reason(rest, language) is None else sentence


def _unfinished(sentence: str, language: str) -> bool:
    """A paragraph's last sentence without a full stop that goes on in a list:
    „An diesem Samstag können Sie“ + „- fertige Ausweise abholen“."""
    return (
        sentence[-1:].isalpha()
        and len(words(sentence)) >= 3
        and fragment_reason(sentence, language) is None
    )


def _opens(text: str, language: str) -> bool:
    """Whether a paragraph at the top is the lead: its first sentence is a whole sentence."""
    first = next(iter(split_sentences(text.split("\n")[0], language)), "")
    return bool(first) and fragment_reason(first, language) is None


@dataclass(slots=True)
class _State:
    lead: bool = True
    heading: str = ""
    last: int | None = None
    """The last sentence added from the paragraph just read."""


def _are_steps(items: Sequence[ListItem], language: str) -> bool:
    """Whether a numbered list is a sequence of steps (or of conditions) addressed to the
    reader — „1. Öffnen Sie …“, "1. you have tested positive" — rather than numbered points
    („1. In Gaststätten gilt …“): at least two whole sentences, half of them or more telling
    the reader what to do."""
    firsts: list[str] = []
    for item in items:
        paragraph = next((b for b in item.blocks if isinstance(b, Paragraph)), None)
        if paragraph is None:
            continue
        text = " ".join(plain_text(paragraph.content, language).split())
        if text and fragment_reason(text, language) is None:
            firsts.append(next(iter(split_sentences(text, language)), text))
    todo = _cues(language)["todo"]
    told = sum(bool(todo.search(f)) or _imperative(f, language) for f in firsts)
    return len(firsts) >= 2 and 2 * told >= len(firsts)


def _imperative(sentence: str, language: str) -> bool:
    """An English instruction that opens with the verb: "Block doors …", "Be ready …"."""
    from pubkit.plain.sentence import _en_verb

    first, second = [*(w.lower().strip(",.") for w in sentence.split()[:2]), "", ""][:2]
    if second in _EN_SUBJECT_AUX:
        return False  # "Work will take place overnight": a noun with its verb, no instruction
    return primary_language(language) == "en" and (first == "be" or _en_verb(first) == "base")


_EN_SUBJECT_AUX = frozenset(
    {"will", "would", "is", "are", "was", "were", "has", "have", "had", "can", "could", "may"}
    | {"might", "must", "should", "shall", "does", "did"}
)
"""A word after the first that makes the first a subject: "Work will …", "Parking is …".
("Have a look", "Do not …" keep theirs: "a", "not" are not in it.)"""


_LABELLED = re.compile(
    r"^(?P<head>[^–—:.]{2,60}?)\s[–—]\s(?P<tail>[a-z](?:(?!\s[–—]\s).)*)$", re.DOTALL
)
"""A list entry in the style "Sturla Lane, Kirkby – closed between …": a name, a dash and
what happens to it, without a verb of its own (a second dash makes it an aside)."""
_DE_SUBJECTS = frozenset({"sie", "wir", "ich", "du", "ihr", "er", "es", "man"})


def _infinitive(text: str) -> bool:
    """A German rule in the infinitive style of signs and lists: „Abstand halten (mind. 2
    Meter)“, „am Eingang Hände waschen“ — the verb at the end, no subject, no full stop."""
    bare = re.sub(r"\s*\([^()]*\)", "", text).strip()
    if not bare or bare.endswith((".", "!", "?", ":")):
        return False
    tokens = [t for t in tokenize(bare, "de") if t.word]
    if len(tokens) < 2 or not tokens[-1].pos.startswith("V"):
        return False
    if tokens[0].pos == "ART" or any(t.text.lower() in _DE_SUBJECTS for t in tokens):
        return False
    verbs = [t for t in tokens if t.pos.startswith("V")]
    return len(verbs) == 1 and tokens[-1].text.endswith("n")


def _labelled(text: str, language: str) -> bool:
    """Whether a list entry is a name with what happens to it after a dash, and no verb
    before the dash: it stays an entry under its lead-in, with its later sentences."""
    first = next(iter(split_sentences(text, language)), text)
    match = _LABELLED.match(first)
    if match is None:
        return False
    return fragment_reason(match.group("head").strip(" ,") + ".", language) is not None


def _entry_items(items: Sequence[ListItem], language: str) -> set[int]:
    """The ``id`` of each item paragraph that is an entry of its list, not a sentence: no
    finite verb, a rule in the infinitive style, a name with a dash; and, in a list most of
    whose items are entries, every item without a full stop (a list is written one way)."""
    firsts = [inner for item in items for inner in item.blocks[:1] if isinstance(inner, Paragraph)]
    texts = {id(p): " ".join(plain_text(p.content, language).split()) for p in firsts}
    german = primary_language(language) == "de"
    out = {
        key
        for key, text in texts.items()
        if text
        and (
            fragment_reason(text, language) is not None
            or (german and _infinitive(text))
            or _labelled(text, language)
        )
    }
    if len(firsts) >= 2 and 2 * len(out) >= len(firsts):
        out |= {key for key, text in texts.items() if text and not text.endswith((".", "!", "?"))}
    return out


def _subheading(content: Sequence[Inline], language: str) -> bool:
    """A paragraph that is a subheading in all but name: a short line in bold („**Schulen**“,
    "**Care at home**") or, in English, a short line without a verb, a rule or a full stop
    ("Road safety"). It names the section that follows; it is no sentence of the draft.

    >>> _subheading((Strong(content=(Text(text="Care at home"),)),), "en")
    True
    >>> _subheading((Text(text="Road safety"),), "en")
    True
    >>> _subheading((Text(text="Only drive if you must."),), "en")
    False
    """
    text = " ".join(plain_text(content, language).split())
    if not text or len(words(text)) > 8 or text[-1] in ".!?:;,)" or re.search(r"\d", text):
        return False
    if contacts_in(text, language):
        return False
    shown = [c for c in content if not (isinstance(c, Text) and not c.text.strip())]
    if len(shown) == 1 and isinstance(shown[0], Strong):
        return True
    if primary_language(language) != "en" or len(words(text)) > 5 or not text[:1].isupper():
        return False  # „Eintritt frei“: a short German line may be the message itself
    cues = _cues(language)
    if cues["rule"].search(text) or cues["when"].search(text):
        return False  # "Free parking", "Closed on Sundays": a rule, not a name for a section
    return fragment_reason(text + ".", language) is not None


def _nested_list(item: ListItem, language: str, walk: Callable[..., None]) -> bool:
    """A list item with a list inside it („Gartenabfall:“ over „Grüne Tonnen …“ / "Garden
    waste:" over "Green bins …"): the item's text leads into the inner list, which is walked
    as a list of its own instead of being dropped. False when ``item`` has no inner list."""
    inner_lists = [b for b in item.blocks if isinstance(b, List)]
    first = next((b for b in item.blocks if isinstance(b, Paragraph)), None)
    if not inner_lists or first is None:
        return False
    text = " ".join(plain_text(first.content, language).split())
    if not text:
        return False
    text = text[:1].upper() + text[1:]  # "you receive one of these benefits:" opens a line
    intro = Paragraph(content=(Text(text=text.rstrip(".:;, ") + ":"),))
    walk([intro, *inner_lists], note=False)
    return True


def _reachable(text: str, language: str) -> bool:
    """Whether ``text`` gives a contact to use: a phone number, an e-mail or web address, or
    a postal address — but not only addresses that say where a rule applies ("Willowby
    Gardens – closed near Nos 48–50 Bayswater Drive": a place of road works, not help)."""
    found = contacts_in(text, language)
    if not found:
        return False
    places = {a.strip() for a in ADDRESS.findall(text)}
    only_places = all(f in places for f in found)
    if only_places and _SENT_TO[_lang(language)].search(text):
        return (
            True  # "Faults should be reported in writing to …, 12 Bridge Street": a way to report
        )
    return not (only_places and _cues(language)["rule"].search(text))


_SENT_TO = {
    "de": re.compile(
        r"\b(?:schriftlich|melden|gemeldet|richten|gerichtet|schicken|senden|einreichen|"
        r"eingereicht|abgeben|Einwendungen|Widerspruch|Anträge)\b[^.;]{0,80}?\b(?:an|bei|im|in der)\b"
    ),
    "en": re.compile(
        r"\b(?:report(?:ed)?|sen[dt]|write|writing|written|post(?:ed)?|deliver(?:ed)?|"
        r"return(?:ed)?|hand(?:ed)? in|submit(?:ted)?|objections?|drop(?:ped)? off)\b"
        r"[^.;]{0,80}?\b(?:to|at)\b",
        re.IGNORECASE,
    ),
}
"""A way to report, object or send something by post: "should be reported in writing to the
Highways Office, 12 Bridge Street", „Einwendungen sind schriftlich an … zu richten“ — the
address is a contact, though the sentence is a rule."""


_BRING = {
    "de": re.compile(
        r"\b(?:mitbringen|mitzubringen|[Mm]itzubringen|benötigt|benötigen|brauchen|braucht|"
        r"vorlegen|vorzulegen|einreichen|einzureichen|Unterlagen|Dokumente|Nachweise)\b"
    ),
    "en": re.compile(
        r"\b(?:bring|need|needed|required|provide|documents|paperwork|proof)\b", re.IGNORECASE
    ),
}
"""A list of what to bring or show („Folgende Unterlagen sind mitzubringen:“, "You will
need:"): it answers „Was müssen Sie tun?“, though it does not speak to the reader."""


def _list_question(intro: str, items: Sequence[str], language: str) -> Question:
    text = intro + " " + " ".join(items)
    if _reachable(text, language) and not _cues(language)["todo"].search(intro):
        return "help"
    if re.match(r"^(?:Wer|Für wen|Who|Which (?:groups|organisations|people))\b", intro):
        return "who"  # "Who can apply?": the list says who is meant
    if _cues(language)["todo"].search(intro) or _BRING[_lang(language)].search(intro):
        return "todo"
    if _cues(language)["when"].search(intro):
        return "when"
    return "what"


def _bold(content: Sequence[Inline], language: str) -> list[str]:
    """The passages of a paragraph set in bold, of four words or more (a whole statement,
    not a highlighted name or number)."""
    out: list[str] = []
    for node in content:
        if isinstance(node, Strong):
            text = " ".join(plain_text(node.content, language).split()).rstrip(".!:")
            if len(words(text)) >= 4:
                out.append(text)
    return out


def _bold_after_colon(sentence: str, bold: Sequence[str], language: str) -> str:
    """„Die Ämter raten dringend: **Meiden Sie Wälder.**“ → „Meiden Sie Wälder.“: what the
    writer set in bold after a colon is the statement; who says it is not the message."""
    _, colon, tail = sentence.partition(": ")
    tail = " ".join(tail.split())
    if not colon or not any(tail.startswith(b) for b in bold):
        return sentence
    return tail if fragment_reason(tail, language) is None else sentence


def _bare(url: str) -> str:
    """A web address without scheme, ``www.`` and final slash, to compare shown and linked."""
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", url.lower()).rstrip("/")


def _link_in(sentence: str, url: str, content: Sequence[Inline], language: str) -> bool:
    for node in content:
        if isinstance(node, Link) and node.target == url:
            label = " ".join(plain_text(node.content, language).split())
            return bool(label) and label in sentence
    return False


def unit_words(unit: Unit) -> int:
    return len(words(unit.text)) + sum(len(words(i)) for i in unit.items)


def iter_texts(units: Sequence[Unit]) -> Iterator[str]:
    for unit in units:
        yield unit.text
        yield from unit.items
