"""The writer interface and the built-in, offline, deterministic writer.

A writer (``Simplifier``) turns a document into the body of its plain-language version.
Whatever it returns passes the same guards (:mod:`pubkit.plain.guards`) and fidelity check
before anything is published; a city can plug in its own (see :mod:`pubkit.plain.llm`).

The built-in writer works from the message, not from sentence scores:

1. it finds the message units (:func:`~pubkit.plain.message.message_units`): the lead, rules
   in paragraphs, list items and table rows, dates of validity, who is affected, what to do,
   contacts with what they are for;
2. it keeps the key units (weight 3) first, then useful ones (weight 2) while the budget
   allows (half the notice's words, at most 250); background is left out;
3. it writes each unit as short whole sentences (:func:`~pubkit.plain.shorten.shorten`):
   long sentences are shortened, not dropped; a sentence that points back (``Das hat …``,
   ``danach``) stays right after the sentence it points at, or the pointing word goes;
4. it lays them out under the reader's questions (Was ist neu? Ab wann? Für wen? Was müssen
   Sie tun? Wo gibt es Hilfe?), one sentence a line; entries without a verb (things to bring,
   opening hours) as a list under a line ending in a colon.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from pubkit.errors import MissingDependency
from pubkit.model import (
    Block,
    Document,
    Heading,
    Inline,
    LineBreak,
    Link,
    List,
    ListItem,
    Paragraph,
    Text,
)
from pubkit.model.lang import primary_language
from pubkit.plain.abbreviations import expansion_words, written_length
from pubkit.plain.glossary import explains, explanation_words
from pubkit.plain.guards import MIN_LIMIT
from pubkit.plain.labels import plain_label
from pubkit.plain.message import (
    _REASONS_HEADING,
    ADDRESS,
    EMAIL,
    QUESTIONS,
    URL,
    Question,
    Unit,
    _cues,
    classify,
    contacts_in,
    message_units,
)
from pubkit.plain.nlp import detokenize, has_tagger, tokenize
from pubkit.plain.plainwords import replacement_words
from pubkit.plain.readability import document_units
from pubkit.plain.rewrite import expand
from pubkit.plain.sentence import fragment_reason, reference_words, unbalanced_quote
from pubkit.plain.shorten import drop_examples, en_entries, shorten, split_reason
from pubkit.text.sentences import words

__all__ = ["BuiltinSimplifier", "Simplifier", "link_inlines"]


FILL = 0.2
"""Background sentences are added only while the draft has fewer than this share of the
notice's words: a press release about an award says a little more than "it got an award"."""


class Simplifier(Protocol):
    """What a plain-language writer provides."""

    @property
    def allowed_words(self) -> frozenset[str]:
        """Words the writer may bring in that are not in the source (never names)."""
        ...

    def simplify(self, document: Document, *, max_words: int) -> tuple[Block, ...]:
        """The body of the plain-language version, at most ``max_words`` words long."""
        ...


@dataclass(frozen=True, slots=True)
class _Piece:
    """A unit as the draft writes it."""

    unit: Unit
    sentences: tuple[str, ...]
    items: tuple[str, ...]
    question: Question
    extra: tuple[str, ...] = ()
    """The reason, as its own sentences: written when the budget allows."""
    optional: bool = False
    """A less important sentence riding on the one before it: written when the budget allows."""

    @property
    def length(self) -> int:
        return sum(len(words(s)) for s in (*self.sentences, *self.items))


_DE_DROPPABLE = re.compile(
    r"\s*\b(?:auch\s+)?(?:danach|außerdem|zudem|ebenfalls|trotzdem|dennoch|daher|deshalb|deswegen)\b",
    re.IGNORECASE,
)
_EN_DROPPABLE = re.compile(
    r"^(?:also|then|however|therefore|afterwards),?\s+|\s*,?\s*\b(?:afterwards|thereafter|also)\b",
    re.IGNORECASE,
)


def _unpoint(sentence: str, language: str) -> str | None:
    """``sentence`` without the word that points back, or None when that would change it.

    In German the word may stand before the verb („Danach sammeln die Vorgeschlagenen
    Stimmen“); without it the verb would come first and read as a question or an
    infinitive. The subject then takes its place, or the sentence is not used.

    >>> _unpoint("Abstimmungsphase: Danach sammeln die Vorgeschlagenen im Online-Voting Stimmen.", "de")
    'Abstimmungsphase: Die Vorgeschlagenen sammeln im Online-Voting Stimmen.'
    >>> _unpoint("Danach melden Sie sich im Bürgerbüro.", "de")
    'Melden Sie sich im Bürgerbüro.'
    """
    german = primary_language(language) == "de"
    droppable = _DE_DROPPABLE if german else _EN_DROPPABLE
    text = droppable.sub("", sentence).strip()
    text = text[:1].upper() + text[1:]
    if german and text != sentence.strip():
        text = _verb_second(text)
        if not text:
            return None
    if reference_words(text, language) or fragment_reason(text, language):
        return None
    return text


_DE_POSSESSIVE = re.compile(
    r"^(?:[^:\d]{2,60}:\s+)?(?:Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres|Sein|Seine|Seinen|Seinem|Seiner|Seines)\b"
)
_DE_READER = re.compile(r"\b(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b")


def _owner_before(sentence: str, before: str, language: str) -> bool:
    """Whether ``sentence`` opens with a possessive whose owner is named only in the sentence
    ``before`` it: „Ihre Mitglieder dürfen keinem Verein angehören.“ after „Eine Jury …
    entscheidet.“ is the jury's members, not the reader's. Not when either sentence speaks
    to the reader („Ihre Unterlagen bringen Sie mit.“, „Melden Sie sich an. Ihr Ausweis …“).

    >>> _owner_before("Ihre Mitglieder dürfen keinem Verein angehören.",
    ...               "Eine Jury entscheidet über die Preise.", "de")
    True
    >>> _owner_before("Ihr Ausweis muss gültig sein.", "Bitte melden Sie sich an.", "de")
    False
    """
    if primary_language(language) != "de":
        return False
    match = _DE_POSSESSIVE.match(sentence)
    if match is None:
        return False
    rest = sentence[match.end() :]
    return not _DE_READER.search(rest) and not _DE_READER.search(before)


_LABEL = re.compile(r"^([^:\d]{2,60}:\s+)?(.*)$", re.DOTALL)
_NOUN_PHRASE = ("ART", "PPOSAT", "PDAT", "PIAT", "CARD", "ADJA", "ADV")


def _verb_second(text: str) -> str:
    """A German sentence (after an optional „Label: “) that begins with its finite verb,
    with its subject put first; the polite imperative („Melden Sie sich …“) stays. Empty
    when the subject is not found. A sentence that does not begin with a verb is returned
    as it is."""
    match = _LABEL.match(text)
    label, body = (match.group(1) or "", match.group(2)) if match else ("", text)
    tokens = tokenize(body, "de")
    if not tokens or not tokens[0].finite:
        return text
    if len(tokens) > 1 and tokens[1].text == "Sie":
        return label + body[:1].upper() + body[1:]  # an instruction: „Melden Sie sich …“
    tags = [t.pos.replace("(", "").replace(")", "") for t in tokens]
    end = 1
    while end < len(tokens) and tags[end] in _NOUN_PHRASE:
        end += 1
    if end < len(tokens) and tags[end] in ("PPER", "PIS") and end == 1:
        end += 1
    elif end < len(tokens) and tags[end].startswith(("NN", "NE")):
        while end < len(tokens) and tags[end].startswith(("NN", "NE")):
            end += 1
        # a genitive goes with its noun: „die Busse der Linien 911 und 916“
        genitive = end
        if genitive < len(tokens) and tokens[genitive].text in ("der", "des"):
            genitive += 1
            while genitive < len(tokens) and tags[genitive] in ("ADJA", "CARD", "KON"):
                genitive += 1
            if genitive < len(tokens) and tags[genitive].startswith(("NN", "NE")):
                end = genitive + 1
                while end < len(tokens) and (
                    tags[end].startswith(("NN", "NE", "CARD"))
                    or (tags[end] == "KON" and end + 1 < len(tokens) and tags[end + 1] == "CARD")
                ):
                    end += 1
    else:
        return ""
    subject = detokenize(tokens[1:end])
    verb = tokens[0]
    rest = detokenize(tokens[end:])
    joined = f"{subject} {verb.text.lower()}" + ("" if rest[:1] in ".!?,;:" else " ") + rest
    return label + joined[:1].upper() + joined[1:]


_DE_PRONOUN = {"Es": "Das", "Er": "Der"}
_DE_SUBJECT = re.compile(
    r"(?:^|[–—:]\s*)((Das|Der)\s+(?:[a-zäöüß]+e[nrs]?\s+)?[A-ZÄÖÜ][\w-]+)(?:\s+[a-zäöüß]|,)"
)
_EN_SUBJECT = re.compile(
    r"(?:^|[–—:]\s*)(The\s+(?:[A-Za-z-]+\s+){0,3}?[A-Za-z-]+)\s+(?:is|was|has|will|opens|offers|"
    r"runs|can|stays|remains)\b"
)


def _name_subject(sentence: str, antecedent: str, language: str) -> str:
    """``Es befindet sich …`` after ``Das Testzentrum hat …`` → ``Das Testzentrum befindet
    sich …``: a sentence that moves away from the one before it says what it is about. Only
    when the article fits the pronoun (es – das, er – der, it – the)."""
    if primary_language(language) == "de":
        pronoun = sentence.split(" ", 1)[0]
        article = _DE_PRONOUN.get(pronoun)
        match = _DE_SUBJECT.search(antecedent)
        if article is None or match is None or match.group(2) != article:
            return sentence
    else:
        if not sentence.startswith("It "):
            return sentence
        pronoun = "It"
        match = _EN_SUBJECT.search(antecedent)
        if match is None:
            return sentence
    return match.group(1) + sentence[len(pronoun) :]


_WAYS = re.compile(
    r",?\s(?:oder|or)\s(?=(?:per|über|im|in|am|bei|online|persönlich|telefonisch|schriftlich|"
    r"by|at|online|in person)\b)"
)
"""Between two ways of doing one thing: "per E-Mail … oder per Post …", "online or by phone"."""


def _as_list(sentence: str, language: str) -> tuple[str, tuple[str, ...]] | None:
    """``Die Pflicht gilt an diesen Orten: in der Innenstadt, in der Altstadt und am
    Bahnhof.`` → the whole sentence before the colon as a lead-in, the places as a list
    (easy texts list what a sentence enumerates)."""
    head, colon, tail = sentence.partition(": ")
    if not colon or fragment_reason(head + ".", language) or not fragment_reason(tail, language):
        return None
    ways = _WAYS.split(tail.rstrip("."))
    if len(ways) >= 2 and all(2 <= len(words(w)) <= 16 for w in ways):
        # "… einreichen: per E-Mail an … oder per Post an …": each way on its own line.
        return head + ":", tuple(w.strip() for w in ways)
    parts = [p.strip() for p in tail.rstrip(".").split(", ")]
    if len(parts) < 2 or any(not p or p[0].isdigit() for p in parts):
        return None
    last = re.split(r"\s(?:und|oder|and|or)\s", parts[-1], maxsplit=1)
    parts = [*parts[:-1], *last]
    if len(parts) < 3 or any(len(words(p)) > 8 for p in parts):
        return None
    if (
        language.startswith("de")
        and len(words(parts[-1])) > 1
        and all(len(words(p)) == 1 and p[:1].islower() for p in parts[:-1])
    ):
        return None  # „soziales, sportliches oder mildtätiges Ehrenamt“: one noun, its kinds
    return head + ":", tuple(parts)


_OWN_LABEL = re.compile(r"([A-ZÄÖÜ][^:\d@/]{2,60}):\s+(\S.*)")


def _own_label(line: str) -> tuple[str, str] | None:
    """A line without a verb that names what it is for before a colon, split there.

    >>> _own_label("Alle Zeiten und Preise: www.example.de/baeder.")
    ('Alle Zeiten und Preise:', 'www.example.de/baeder')
    >>> _own_label("Telefon: 0231 50-0") is None  # a bare contact kind says nothing it is for
    True
    """
    match = _OWN_LABEL.fullmatch(line.strip())
    if match is None or not 2 <= len(words(match.group(1))) <= 6:
        return None
    return match.group(1) + ":", match.group(2).rstrip(".")


def _lead_in(text: str) -> str:
    """A line above a list: ends in a colon, or stays a question ("Karte verloren?")."""
    text = text.rstrip(":. ")
    return text if text.endswith("?") else text + ":"


def _entry(text: str, language: str) -> str:
    """A list entry, with abbreviations written out and examples and asides left out."""
    lang = primary_language(language)
    entry = drop_examples(expand(text, lang), lang)
    entry = re.sub(r",\s*(?:also|auch|that is|i\.e\.)\s+[^\d]*$", "", entry)
    entry = " ".join(entry.split())
    if len(words(entry)) > LONG_ENTRY:
        entry = _without_reason(entry, language)
    # "… abholen und" / "… and": the list's joining word ends the entry before the last.
    entry = re.sub(r"[,;]?\s+(?:und|oder|and|or)$", "", entry.rstrip(".;,"))
    if re.search(r"\b(?:a\.m|p\.m|[A-Za-z]\.[A-Za-z])$", entry):
        entry += "."  # "10 a.m." keeps its abbreviation's full stop
    written = expand(text, lang)
    if any(c not in entry for c in contacts_in(written, lang) if "@" in c or "." in c):
        # An example or a reason that held an e-mail or web address is no aside: the entry
        # stays as written.
        return " ".join(re.sub(r"[,;]?\s+(?:und|oder|and|or)$", "", written.rstrip(".;,")).split())
    return entry


_SPEAKER_OPENS = re.compile(r"^[^„“”\"»«:]{3,120}:\s*([„“\"»])[^„“”\"»«]+[.!?]$")
_CLOSER = {"„": "“", "“": "”", '"': '"', "»": "«"}


def _close_quote(sentence: str) -> str:
    """The first sentence of a quotation, after its speaker, closed where it ends: a quote
    kept whole with its speaker.

    >>> _close_quote("Councillor Ann Lee said: “The park will reopen on 17 May.")
    'Councillor Ann Lee said: “The park will reopen on 17 May.”'
    >>> _close_quote("Die Leiterin sagt: „Wir helfen gern.“")
    'Die Leiterin sagt: „Wir helfen gern.“'
    """
    match = _SPEAKER_OPENS.match(sentence)
    if match is None:
        return sentence
    return sentence + _CLOSER[match.group(1)]


LONG_ENTRY = 15
"""A list entry longer than this loses its reason or purpose (never a number): the list
says what the rule is, and the rules of a list fit into the draft together."""


def _without_reason(entry: str, language: str) -> str:
    """A list entry without its trailing reason ("…, because …") or purpose ("…, so that
    everyone …", „…, damit …“), when these hold no number.

    >>> _without_reason("use the lift only on your own, so that others can keep apart", "en")
    'use the lift only on your own'
    """
    main, reason = split_reason(entry, language)
    cut = main.rstrip(".")
    # As written: an entry may start in lower case.
    if (
        reason is not None
        and not re.search(r"\d", reason)
        and entry.lower().startswith(cut.lower())
    ):
        entry = entry[: len(cut)] + ("." if entry.endswith(".") else "")
    purpose = re.search(r",?\s+(?:so that|in order to|damit|um\s+\w+\s+zu)\b([^\d]*)$", entry)
    if purpose is not None and len(words(entry[: purpose.start()])) >= 3:
        entry = entry[: purpose.start()] + ("." if entry.endswith(".") else "")
    return entry


def link_inlines(text: str) -> list[Inline]:
    """Text with its web and e-mail addresses as links."""
    out: list[Inline] = []
    at = 0
    pattern = re.compile(f"{URL.pattern}|{EMAIL.pattern}", re.IGNORECASE)
    for match in pattern.finditer(text):
        if match.start() > at:
            out.append(Text(text=text[at : match.start()]))
        shown = match.group(0)
        if "@" in shown and not shown.startswith(("http", "www")):
            target = "mailto:" + shown
        else:
            target = shown if shown.startswith("http") else "https://" + shown
        out.append(Link(target=target, content=(Text(text=shown),)))
        at = match.end()
    if at < len(text):
        out.append(Text(text=text[at:]))
    return out


def _paragraph(lines: Sequence[str]) -> Paragraph:
    content: list[Inline] = []
    for line in lines:
        if content:
            content.append(LineBreak())
        content.extend(link_inlines(line))
    return Paragraph(content=tuple(content))


_GENERIC_HEADINGS = re.compile(
    r"^(?:kontakt\w*|weitere informationen|mehr informationen|informationen|hilfe|fragen|"
    r"contact(?: us)?|more information|further information|information|help|questions|"
    r"notes? to editors)$",
    re.IGNORECASE,
)


def _stems(*texts: str) -> set[str]:
    """Rough stems of the content words: the first five letters of words longer than four
    (each part of a hyphenated compound on its own)."""
    return {
        w.lower()[:5]
        for t in texts
        for word in words(t)
        for w in word.split("-")
        if len(w) > 4 and w.isalpha()
    }


_NOTHING = re.compile(
    # About the text itself: "Hier fassen wir die Entwicklungen … zusammen."
    r"^(?:Hier|Im Folgenden|In diesem (?:Text|Artikel|Beitrag|Überblick))\b.*\b"
    r"(?:zusammen|informieren wir|berichten wir|finden Sie einen Überblick)\b"
    # Only who said the sentence before: "Darauf weist das Landratsamt hin."
    r"|^(?:Darauf|Daran|Das|Dies)\s+(?:weist|weisen|wies|teilt|teilte|teilen|erinnert|"
    r"erinnerte|macht|machte|informiert|informierte)\s+[^.,]{3,60}\s(?:hin|mit|aufmerksam)\.$"
    r"|^(?:Here|On this page|This page|Below)\b.*\b(?:summari[sz]e|round-up|overview)\b"
    r"|^(?:That|This) (?:is what|was announced by|was said by)\b",
)
"""Sentences that say nothing of the message: about the text itself, or only who said it."""


def _says_nothing(sentence: str) -> bool:
    return not re.search(r"\d|@|www\.|https?://", sentence) and bool(
        _NOTHING.search(sentence.strip())
    )


_COMPOUND = re.compile(
    r"\b((?i:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|ihr|ihre|ihren|ihrem|"
    r"ihrer|the|a|an|your)) ((?:[A-ZÄÖÜ][\wäöüß]{2,}-)+)([A-ZÄÖÜ][a-zäöüß]{3,})\b(?![-@.]\w)"
)


def _second_mention(text: str, named: dict[str, str]) -> str:
    """A hyphenated compound after an article says its last part from the second mention on:
    „die Corona-Teststelle“ … „die Teststelle“ (a German compound takes its gender from that
    part, so the article still fits). Not when two compounds share the last part, and not in
    a sentence with a contact, which must say on its own what the contact is for."""
    if contacts_in(text):
        return text  # a contact line names in full what it is for

    def one(match: re.Match[str]) -> str:
        article, prefix, head = match.groups()
        whole = prefix + head
        earlier = named.setdefault(head, whole)
        if earlier != whole:
            named[head] = ""  # two different things: keep both whole from now on
            return match.group(0)
        if earlier and f"\x00{whole}" in named:
            return f"{article} {head}"
        named[f"\x00{whole}"] = whole
        return match.group(0)

    return _COMPOUND.sub(one, text)


_AMOUNT = re.compile(r"(?<![\w-])\d")
"""A number of its own ("2 bis 3 Liter", "bis 6 Uhr"), not a digit inside a name ("FFP2")."""


_INSTRUCTION = {
    "de": re.compile(r"^(?:Bitte\s+)?[A-ZÄÖÜ][a-zäöüß]+\s+Sie\b[^?]*[.!]$"),
    "en": re.compile(
        r"^(?:Please\s+)?(?:Bring|Take|Call|Go|Show|Fill|Send|Keep|Wear|Book|Check|Wash|Use|"
        r"Tell|Ask|Put|Fold|Give|Choose|Select|Enter|Click|Open|Visit|Wait|Stay|Do)\b"
    ),
}
"""An instruction to the reader: „Bringen Sie diese zum Termin mit.“, "Take it to a booth."
(„Sie können …“ is an option, not a step)."""


def _instruction(sentence: str, language: str) -> bool:
    pattern = _INSTRUCTION.get(primary_language(language))
    return pattern is not None and pattern.match(sentence.strip()) is not None


def _rule_list(chain: list[_Piece], language: str) -> bool:
    """Whether a chain is a list of rules, conditions or things to do under its lead-in
    („Diese Regeln gelten:“, "Who can apply?", "What to do"): when the list is the message it
    ranks with the first list, before single sentences, and is written whole."""
    piece = chain[0]
    if not piece.items or not piece.unit.listed or piece.unit.weight < 3:
        return False
    if piece.question in ("todo", "who"):
        return True
    cues = _cues(language)
    intro = " ".join((*piece.sentences, piece.unit.heading))
    if cues["rule"].search(intro) or cues["todo"].search(intro):
        return True
    said = [i for i in piece.items if cues["rule"].search(i) or cues["todo"].search(i)]
    return 2 * len(said) >= len(piece.items)


_ASKED = {
    "de": (
        re.compile(r"^(?:(Fragen)|(Informationen|Hilfe|Rat))\b(.*\?)$"),
        "Haben Sie ",
        "Brauchen Sie ",
    ),
    "en": (re.compile(r"^(?:(Questions)|(Help|Advice))\b(.*\?)$"), "Do you have ", "Do you need "),
}
"""A question without a verb before a contact („Fragen zu Ihrem Konto?“) as a whole one."""


def _asks_for(unit: Unit, by_order: dict[int, list[_Piece]], language: str) -> str | None:
    """The question right before a contact sentence in the same paragraph („Fragen zu Ihrem
    Konto?“, "Questions about the works?"), as a whole sentence, when it stands alone in its
    chain: it says what the contact is for."""
    if unit.follows is None or unit.follows not in by_order or not contacts_in(unit.text, language):
        return None
    chain = by_order[unit.follows]
    if len(chain) != 1 or not chain[0].unit.text.rstrip().endswith("?"):
        return None
    text = " ".join(chain[0].unit.text.split())
    if contacts_in(text, language):
        return None
    if fragment_reason(text, language) is None:
        return text
    pattern, have, need = _ASKED.get(primary_language(language), _ASKED["en"])
    match = pattern.match(text)
    if match is None:
        return None
    noun = match.group(1) or match.group(2)
    lead = have if match.group(1) else need
    asked = lead + (noun if primary_language(language) == "de" else noun.lower()) + match.group(3)
    return asked if fragment_reason(asked, language) is None else None


_HEAD = re.compile(r"^(?P<head>[^–—:.]{3,60}?)\s+[–—]\s+\S")


def _heads_only(chain: list[_Piece]) -> list[_Piece] | None:
    """A list whose entries name a thing and then describe it („Sturla Road, Chatham –
    closed between …“), with the names only: when the whole list does not fit, the reader
    still learns which roads, places or groups it is about. None when an entry has no
    such name (at most six words before a dash), and for the rows of a table.

    >>> from pubkit.plain.message import Unit
    >>> unit = Unit(text="Roads:", question="what", weight=3, order=1, listed=True)
    >>> piece = _Piece(unit, ("Roads:",), ("Mill Lane, Exton – closed all day", "Bank Street – closed at night"), "what")
    >>> _heads_only([piece])[0].items
    ('Mill Lane, Exton', 'Bank Street')
    """
    out: list[_Piece] = []
    changed = False
    for piece in chain:
        if not piece.items:
            out.append(piece)
            continue
        if not piece.unit.listed:
            return None  # the rows of a table: their figures are what the reader needs
        heads = [_HEAD.match(item) for item in piece.items]
        if not all(heads) or any(len(words(h.group("head"))) > 6 for h in heads if h):
            return None
        if any(
            set(contacts_in(item)) - set(contacts_in(h.group("head"))) - set(ADDRESS.findall(item))
            for item, h in zip(piece.items, heads, strict=True)
            if h
        ):
            return None  # "Town Hall – call 01632 960000 to book": the number is what counts
        items = tuple(h.group("head").strip(" ,") for h in heads if h)
        out.append(dataclasses.replace(piece, items=items))
        changed = True
    return out if changed else None


MIN_ENTRIES = 2


def _first_steps(chain: list[_Piece], room: int, language: str = "en") -> list[_Piece] | None:
    """A list of what to bring or do that does not fit whole („Folgende Unterlagen sind
    mitzubringen:“ over four entries), with its lead-in and as many entries, in their order,
    as fit in ``room`` words: at least :data:`MIN_ENTRIES`, else None. A notice's to-do list
    is the answer to „Was müssen Sie tun?“; without it that question goes unanswered. Not for
    numbered steps (written all or none), a table's rows or an entry with a contact (its
    number is what counts, and the contact check wants it whole).

    >>> from pubkit.plain.message import Unit
    >>> unit = Unit(text="Bring:", question="todo", weight=3, order=1, listed=True)
    >>> piece = _Piece(unit, ("Bring:",), ("your card", "a photo", "the old permit"), "todo")
    >>> _first_steps([piece], 12)[0].items
    ('your card', 'a photo', 'More is in the full text.')
    """
    if len(chain) != 1:
        return None
    piece = chain[0]
    if (
        piece.question != "todo"
        or not piece.items
        or not piece.unit.listed
        or piece.unit.steps is not None
        or piece.unit.weight < 3
        or any(contacts_in(item) for item in piece.items)
    ):
        return None
    more = plain_label(language, "more_entries")
    # The reader must know the list goes on („Mehr steht im ganzen Text.“): that line counts.
    used = sum(len(words(s)) for s in piece.sentences) + len(words(more))
    items: list[str] = []
    for item in piece.items:
        used += len(words(item))
        if used > room:
            break
        items.append(item)
    if len(items) < MIN_ENTRIES:
        return None
    if len(items) < len(piece.items):
        items.append(more)
    return [dataclasses.replace(piece, items=tuple(items))]


def _gives_contact(chain: list[_Piece], language: str) -> bool:
    return any(contacts_in(t, language) for p in chain for t in (*p.sentences, *p.items))


_SAYS_PURPOSE = re.compile(
    r"^(?:For|To|If you|In an?|In case of|Out of hours|Bei|Für|Wenn Sie|Zur|Zum|Im|In)"
    r"(?:\s[^,]{1,80})?,\s"
)
"""A contact sentence that opens with what it is for: "For questions about …, call …", "In an
emergency, call 999.", „Im Notfall, …“."""


def _says_what_for(heading: str, chain: list[_Piece], title: str, language: str) -> bool:
    """Whether a contact's source heading should stand above it: a heading that is not the
    title nor a generic "Kontakt", whose words its sentences do not already carry."""
    if not heading or heading == title or _GENERIC_HEADINGS.match(heading.strip(" :?")):
        return False
    if any(p.items for p in chain):
        return False  # a list already stands under its own lead-in
    if _REASONS_HEADING.match(heading) or _SAYS_PURPOSE.match(next(iter(chain[0].sentences), "")):
        # "Background" above "For questions about the jab, call …": the sentence says what
        # the number is for; the section it closes does not.
        return False
    if any(s.rstrip().endswith("?") for p in chain for s in p.sentences):
        return False  # "Haben Sie Fragen zum …?" says it; a section heading would mislead
    if fragment_reason(heading.rstrip(" .:") + ".", language) is None and not re.search(
        r"\b(?:Sie|Ihr\w*|you|your)\b", heading
    ):
        return False  # a headline ("Auch die Ausländerbehörde öffnet") names no purpose
    said = {w.lower() for p in chain for s in p.sentences for w in words(s)}
    content = {w.lower() for w in words(heading) if len(w) > 3}
    return bool(content) and not content <= said


_WRITER_WORDS = frozenset({"Diese"})
"""Words the writer's own rewrites bring in: „Diese Menschen …“ opens a relative clause made
a sentence of its own (:func:`~pubkit.plain.rewrite.simplify_sentence`)."""
_GOES_ON = re.compile(r"^(?:Dann|Oder|Then|Or)\b")
"""A sentence that answers or continues the one before it („Haben Sie Fragen?“ „Dann …“)."""


def _draft_words(chains: list[list[_Piece]], title: str, language: str) -> int:
    """The words of the chosen chains as the draft will show them (source headings above
    contacts included)."""
    total = 0
    for chain in chains:
        total += sum(p.length for p in chain)
        heading = chain[0].unit.heading
        if chain[0].question == "help" and _says_what_for(heading, chain, title, language):
            total += len(words(heading))
    return total


def _explain(
    chains: list[list[_Piece]], budget: int, title: str, language: str
) -> list[list[_Piece]]:
    """Hard words explained (:mod:`pubkit.plain.glossary`) after the first sentence that uses
    them, in reading order, while the draft stays within ``budget``. Not between a question
    and its „Dann …“, and not before a sentence that points back at the one before it."""
    total = _draft_words(chains, title, language)
    done: set[str] = set()
    out: list[list[_Piece]] = []
    for chain in chains:
        pieces = list(chain)
        for number, piece in enumerate(pieces):
            if piece.items:
                continue  # a lead-in stays right above its list
            sentences = list(piece.sentences)
            at = 0
            while at < len(sentences):
                sentence = sentences[at]
                end = at + 1
                while end < len(sentences) and _GOES_ON.match(sentences[end]):
                    end += 1
                following = (
                    sentences[end]
                    if end < len(sentences)
                    else next(iter(pieces[number + 1].sentences), "")
                    if number + 1 < len(pieces)
                    else ""
                )
                if sentence.endswith(":") or reference_words(following, language):
                    at = end
                    continue
                for entry in explains(" ".join(sentences[at:end]), language):
                    cost = len(words(entry.text))
                    if entry.word in done or total + cost > budget:
                        continue
                    sentences.insert(end, entry.text)
                    done.add(entry.word)
                    total += cost
                    end += 1
                at = end
            if len(sentences) != len(piece.sentences):
                pieces[number] = _Piece(
                    piece.unit, tuple(sentences), piece.items, piece.question, piece.extra
                )
        out.append(pieces)
    return out


@dataclass(frozen=True, slots=True)
class BuiltinSimplifier:
    """Message units, shortened into whole sentences, under the reader's questions; offline
    and deterministic."""

    share: float = 0.5
    """At most this share of the notice's words."""
    max_total: int = 250

    @property
    def allowed_words(self) -> frozenset[str]:
        """The plain-word lexicon's everyday words ("Maske" for "Mund-Nasen-Bedeckung") and
        the words of the glossary's explanations ("Strafe", "Geld")."""
        return replacement_words() | explanation_words() | expansion_words() | _WRITER_WORDS

    def simplify(self, document: Document, *, max_words: int) -> tuple[Block, ...]:
        language = document.metadata.language
        if not has_tagger(language):
            raise MissingDependency(
                'The German plain-language draft needs HanTa: pip install "pubkit[plain]"'
            )
        units = message_units(_joined_lines(document))
        pieces = self._pieces(units, language)
        source_words = written_length(document_units(document, title=False), language)
        budget = max(
            min(max_words, self.max_total, math.floor(source_words * self.share)), MIN_LIMIT
        )
        title = document.metadata.title
        chosen = self._choose(
            pieces, budget, fill=math.floor(source_words * FILL), title=(title, language)
        )
        chosen = _explain(chosen, budget, title, language)
        return self._layout(chosen, language, document.metadata.title)

    # -- writing each unit -----------------------------------------------------------------

    def _pieces(self, units: Sequence[Unit], language: str) -> list[list[_Piece]]:
        """Pieces grouped in chains: a sentence that points back rides with its antecedent."""
        chains: list[list[_Piece]] = []
        by_order: dict[int, list[_Piece]] = {}
        by_steps: dict[int, list[_Piece]] = {}
        texts = {u.order: u.text for u in units}
        # Words of the title and the lead: what every section is about.
        common = _stems(*(u.heading for u in units[:1]), *(u.text for u in units[:1]))
        for unit in units:
            items = tuple(e for i in unit.items for e in en_entries(_entry(i, language), language))
            if items:
                intro = unit.text if unit.text.endswith(":") else (unit.text or "")
                lead = _lead_in(expand(intro, primary_language(language))) if intro else ""
                sentences: tuple[str, ...] = (lead,) if lead else ()
            extra: tuple[str, ...] = ()
            if not items and _says_nothing(unit.text):
                continue
            if not items:
                main, reason = split_reason(unit.text, language)
                # A footnote mark that opens the line under a table („* Mittwochs ist …“) is
                # no part of the sentence: the table it points at is not in the draft.
                sentences = tuple(re.sub(r"^[*†]+\s+", "", s) for s in shorten(main, language))
                if unit.follows is not None and sentences:
                    named = _name_subject(sentences[0], texts[unit.follows], language)
                    sentences = (named, *sentences[1:])
                if len(sentences) == 1 and not unit.links:
                    listed = _as_list(sentences[0], language)
                    if listed is not None:
                        sentences, items = (listed[0],), listed[1]
                if reason is not None:
                    extra = tuple(shorten(reason, language))
                    if any(c.isdigit() for c in reason):
                        sentences, extra = sentences + extra, ()  # a fact: never optional
                if unit.links and sentences:
                    shown = " ".join(unit.links)  # exactly as the notice links it
                    last = sentences[-1]
                    if last.endswith(".") and len(unit.links) == 1:
                        sentences = (*sentences[:-1], f"{last[:-1]}: {shown}.")
                    else:
                        sentences += (f"{plain_label(language, 'address')} {shown}",)
            if not sentences and not items:
                continue
            sentences = tuple(_close_quote(t) for t in sentences)
            if any(unbalanced_quote(t) for t in (*sentences, *items, *extra)):
                # A quotation cut open (by the sentence splitter or by shortening) has lost
                # its end or its speaker: a quote is kept whole with its speaker or not at all.
                continue
            question = unit.question
            if question == "who" and not items:
                # Asked again of what is left: "Ausgezeichnet werden … für Ältere …" lost its
                # "für Ältere" to shortening and no longer says for whom.
                again, _ = classify(" ".join(sentences), language, lead=False)
                if again in ("what", "todo"):
                    question = again
            piece = _Piece(unit, sentences, items, question, extra)
            points_back = bool(sentences) and bool(reference_words(sentences[0], language))
            if (
                not points_back
                and sentences
                and unit.follows is not None
                and _owner_before(sentences[0], texts[unit.follows], language)
            ):
                # „Ihre Mitglieder dürfen …“ after „Eine Jury … entscheidet …“: whose members
                # only the sentence before says; the two go together or not at all.
                if unit.follows not in by_order:
                    continue
                points_back = True
            rides = False  # only with the sentence that names its section, when there is room
            if (
                not points_back
                and unit.follows is not None
                and unit.follows in by_order
                and not contacts_in(unit.text, language)  # a contact line says what it is for
            ):
                # "Für die Anmeldung brauchen wir Ihre Bankverbindung." under "Express-
                # Sperrabfall": a sentence that does not say what its section is about,
                # after one that does, is about that too; alone it would mislead.
                about = _stems(unit.heading) - common
                said = _stems(*(t for p in by_order[unit.follows] for t in p.sentences))
                rides = bool(about & said) and not about & _stems(*sentences)
                points_back = rides
            asked = _asks_for(unit, by_order, language)
            if asked is not None:
                # "Questions about the works?" "Call …": the question says what the contact
                # is for; both are one piece of help, written together.
                chain = by_order[unit.follows]  # type: ignore[index]
                chain[:] = [_Piece(unit, (asked,), (), "help"), piece]
                by_order[unit.order] = chain
                continue
            if points_back and unit.follows is not None and unit.follows in by_order:
                chain = by_order[unit.follows]
                step = unit.steps is not None and _instruction(unit.text, language)
                # The answer to a question ("Do you know …? Please nominate them.") is not
                # optional: a question alone tells the reader nothing to do.
                after_question = bool(chain[-1].sentences) and chain[-1].sentences[-1].endswith("?")
                answer = after_question and not chain[-1].optional and not rides
                if rides or (not step and not answer and (unit.weight < 3 or chain[-1].optional)):
                    piece = _Piece(unit, sentences, items, unit.question, extra, optional=True)
                chain.append(piece)
                by_order[unit.order] = chain
                continue
            if points_back:
                fixed = _unpoint(sentences[0], language)
                if fixed is None and items and unit.heading:
                    fixed = _lead_in(unit.heading)  # "Dafür gibt es drei Wege:" → the heading
                if fixed is None:
                    continue  # says "this" about something the draft cannot show
                piece = _Piece(unit, (fixed, *sentences[1:]), items, unit.question, extra)
            # A sentence without a verb (a line "Telefon: 0231 50-0") is an entry under its heading.
            if not items and len(sentences) == 1 and fragment_reason(sentences[0], language):
                line = sentences[0]
                if unbalanced_quote(line):
                    continue  # a quote cut in two is no entry of a list: it needs its speaker
                own = _own_label(sentences[0])
                if unit.heading and _GENERIC_HEADINGS.match(unit.heading.strip(" :?.")):
                    own = None  # „Fragen?“ above it says what it is for
                if own is not None:
                    # „Alle Zeiten und Preise: www…“ says what it is for; the heading of the
                    # section it ends („Warum sich die Zeiten ändern“) would lead into it as
                    # if it were that section's list.
                    piece = _Piece(unit, (own[0],), (own[1],), unit.question)
                elif not unit.heading:
                    continue
                else:
                    # „Fragen?“ over „Telefon …“: „Fragen:“, not „Fragen?:“.
                    label = unit.heading.rstrip(":.? ") + ":"
                    piece = _Piece(unit, (label,), (sentences[0].rstrip("."),), unit.question)
            if unit.steps is not None and unit.steps in by_steps:
                # The next step of a numbered list: the steps are one chain, written whole
                # or not at all; a step's further sentences ride along when there is room.
                chain = by_steps[unit.steps]
                if (
                    unit.follows is not None
                    and not _instruction(unit.text, language)
                    and not contacts_in(unit.text, language)  # a number to call: never optional
                ):
                    piece = _Piece(
                        piece.unit, piece.sentences, piece.items, piece.question, piece.extra, True
                    )
                chain.append(piece)
                by_order[unit.order] = chain
                continue
            if unit.steps is not None:
                # Steps are what the reader does, under one question, in their order.
                piece = _Piece(piece.unit, piece.sentences, piece.items, "todo", piece.extra)
            chain = [piece]
            chains.append(chain)
            by_order[unit.order] = chain
            if unit.steps is not None:
                by_steps[unit.steps] = chain
        return chains

    def _choose(
        self,
        chains: list[list[_Piece]],
        budget: int,
        *,
        fill: int,
        title: tuple[str, str],
    ) -> list[list[_Piece]]:
        """The chains to write: key units first, then useful ones within ``budget``;
        background only while the draft is shorter than ``fill`` words."""

        def weight(chain: list[_Piece]) -> int:
            return max(p.unit.weight for p in chain)

        # The lead's first sentence, the contacts, the first date of validity and the first
        # list of rules come first; then the other key units, the shorter first, so that more
        # of the message fits.
        firsts: dict[str, int] = {}
        for chain in sorted(chains, key=lambda c: c[0].unit.order):
            unit = chain[0].unit
            kind = "list" if chain[0].items and unit.weight >= 3 else chain[0].question
            if kind in ("when", "list") and unit.weight >= 3:
                firsts.setdefault(kind, unit.order)
            if _first_steps([chain[0]], 10**6) is not None and len(chain) == 1:
                firsts.setdefault("todo", unit.order)  # the first list of what to bring or do

        # The dates of validity in the lead paragraph come before the lists further down.
        lead_paragraph: set[int] = {0}
        for chain in sorted(chains, key=lambda c: c[0].unit.order):
            for piece in chain:
                if piece.unit.follows in lead_paragraph:
                    lead_paragraph.add(piece.unit.order)

        def rank(chain: list[_Piece]) -> tuple[int, int, int, int, int]:
            unit = chain[0].unit
            sub = 0
            if unit.order == 0 or (
                unit.follows is None
                and unit.weight >= 3
                and unit.order < 2
                and chain[0].question == "what"
            ):
                place = 0
            elif unit.weight >= 3 and (
                chain[0].question == "help" or _gives_contact(chain, title[1])
            ):
                # A contact the notice gives readers to use ("Ceremony: …, Civic Suite,
                # Catford, SE6 4RU") is short and is what they act on: it comes first.
                place = 1
                # Its opening hours only after what to bring or do.
                sub = 0 if _gives_contact(chain, title[1]) else 2
            elif unit.order == firsts.get("todo"):
                place, sub = 1, 1  # what to bring or do: the answer to „Was müssen Sie tun?“
            elif (
                unit.order in firsts.values()
                or unit.stressed  # set in bold by the writer: the core rule
                or (unit.order in lead_paragraph and chain[0].question == "when")
                or (
                    # A list of rules that leaves room for the rest of the message.
                    _rule_list(chain, title[1])
                    and 2 * sum(p.length for p in chain if not p.optional) <= budget
                )
            ):
                place = 2
            elif any(_AMOUNT.search(t) for p in chain for t in (*p.sentences, *p.items)):
                place = 3  # a rule with a number ("2 bis 3 Liter", "bis 6 Uhr"): a fact
            else:
                place = 4
            cost = sum(p.length for p in chain if not p.optional) if place >= 3 else 0
            return (-weight(chain), place, sub, cost, unit.order)

        ranked = sorted(chains, key=rank)

        def reserve() -> int:
            """The words the first date of validity needs while it is not written: a to-do
            list cut to fit leaves them free, so that „Ab wann?“ keeps its answer."""
            when = firsts.get("when")
            return sum(
                p.length
                for c in chains
                if c[0].unit.order == when and not any(c is d for d in chosen)
                for p in c
                if not p.optional
            )

        lead = [c for c in chains if c[0].unit.order == 0]
        topic = _stems(title[0], *(s for c in lead for p in c for s in p.sentences))
        chosen: list[list[_Piece]] = []
        later: list[list[_Piece]] = []
        seen: set[str] = set()
        total = 0
        todo_written = False
        for chain in ranked:
            length = sum(p.length for p in chain if not p.optional)
            heading = chain[0].unit.heading
            if chain[0].question == "help" and _says_what_for(heading, chain, *title):
                length += len(words(heading))  # the source heading shown above the contact
            content = {
                w.lower()
                for p in chain
                for s in (*p.sentences, *p.items)
                for w in words(s)
                if len(w) > 3
            }
            if content and len(content - seen) <= 0.3 * len(content) and weight(chain) < 3:
                continue  # says again what is already chosen
            if total + length > budget and chosen:
                if weight(chain) >= 3 and _heads_only(chain) is not None:
                    later.append(chain)
                elif not todo_written and (
                    first := _first_steps(chain, budget - total - reserve(), title[1])
                ):
                    # What to bring or do: its first entries rather than no answer at all.
                    chain[:] = first
                    chosen.append(chain)
                    total += sum(p.length for p in first if not p.optional)
                    todo_written = True
                continue
            if len(chain) == 1 and chain[0].question == "todo" and chain[0].items:
                todo_written = True
            if weight(chain) < 2 and total + length > fill:
                continue
            if weight(chain) < 2 and not _stems(*chain[0].sentences, *chain[0].items) & topic:
                continue  # background about something else ("Für die Studie wurden …")
            chosen.append(chain)
            seen |= content
            total += length
        # A key list that did not fit, with its entries by name only, from the words left
        # over: it never pushes out what was chosen.
        for chain in later:
            compact = _heads_only(chain)
            shorter = sum(p.length for p in compact or () if not p.optional)
            if compact is not None and total + shorter <= budget:
                chain[:] = compact
                chosen.append(chain)
                total += shorter
        # Reasons and less important follow-up sentences, in the same order, while the
        # budget allows; a follow-up only after the sentence it points at.
        for chain in [c for c in ranked if any(c is d for d in chosen)]:
            dropped: set[int] = set()
            for number, piece in enumerate(chain):
                if piece.optional:
                    # Not when it does not fit, nor when what it points back at was left out;
                    # the next step of a list still comes.
                    if piece.unit.follows in dropped or total + piece.length > budget:
                        dropped.add(piece.unit.order)
                        continue
                    chain[number] = piece = _Piece(
                        piece.unit, piece.sentences, piece.items, piece.question, piece.extra
                    )
                    total += piece.length
                cost = sum(len(words(s)) for s in piece.extra)
                if piece.extra and total + cost <= budget:
                    chain[number] = _Piece(
                        piece.unit, piece.sentences + piece.extra, piece.items, piece.question
                    )
                    total += cost
            chain[:] = [p for p in chain if p.unit.order not in dropped]
        return sorted(chosen, key=lambda c: c[0].unit.order)

    # -- layout ----------------------------------------------------------------------------

    def _layout(self, chains: list[list[_Piece]], language: str, title: str) -> tuple[Block, ...]:
        named: dict[str, str] = {}
        chains = [
            [
                _Piece(
                    p.unit,
                    tuple(_second_mention(t, named) for t in p.sentences),
                    tuple(_second_mention(t, named) for t in p.items),
                    p.question,
                    p.extra,
                    p.optional,
                )
                for p in chain
            ]
            for chain in chains
        ]
        blocks: list[Block] = []
        for question in QUESTIONS:
            group = [c for c in chains if c[0].question == question]
            if not group:
                continue
            blocks.append(
                Heading(
                    level=2,
                    content=(Text(text=plain_label(language, question)),),
                    id=f"plain-{question}",
                )
            )
            lines: list[str] = []
            # A heading that a list in this part already has as its lead-in („Bürgerbüro:“)
            # is not shown again above another of its sentences.
            shown: set[str] = {
                p.sentences[0].rstrip(":?. ")
                for c in group
                for p in c
                if p.items and len(p.sentences) == 1
            }
            for chain in group:
                heading = chain[0].unit.heading
                # "How to apply" says what the number is for, when its sentence does not.
                purpose = question == "help" and _says_what_for(heading, chain, title, language)
                if purpose and heading not in shown:
                    if lines:
                        blocks.append(_paragraph(lines))
                        lines = []
                    blocks.append(Heading(level=3, content=(Text(text=heading),)))
                    shown.add(heading)
                for piece in chain:
                    if piece.items:
                        entries = tuple(
                            ListItem(blocks=(Paragraph(content=tuple(link_inlines(i))),))
                            for i in piece.items
                        )
                        previous = blocks[-1] if blocks and not lines else None
                        if (
                            isinstance(previous, List)
                            and len(blocks) > 1
                            and blocks[-2] == _paragraph(piece.sentences)
                        ):
                            # Two lists under the same lead-in ("Key dates:") are one list.
                            blocks[-1] = List(ordered=False, items=previous.items + entries)
                            continue
                        lines += list(piece.sentences)
                        blocks.append(_paragraph(lines))
                        lines = []
                        blocks.append(List(ordered=False, items=entries))
                    else:
                        lines += list(piece.sentences)
            if lines:
                blocks.append(_paragraph(lines))
        return tuple(blocks)


def _joined_lines(document: Document) -> Document:
    """The notice with the lines the reader kept for their layout (``LineBreak(soft=True)``:
    an address, a contact block) joined again, as the draft has always read them; the page
    and the voice keep them. A line break the author forced stays."""
    from pubkit.model import LineBreak, Text
    from pubkit.model.walk import map_inlines

    def join(node: Inline) -> Inline | tuple[Inline, ...]:
        return Text(text=" ") if isinstance(node, LineBreak) and node.soft else node

    return map_inlines(join, document)
