"""Guards every plain-language draft must pass before it is published, whoever wrote it.

:func:`check_draft` returns the findings; :func:`guard_draft` raises :class:`DraftRejected`
(a :class:`~pubkit.plain.facts.FidelityError`, so an :class:`~pubkit.errors.InvalidDocument`)
with every reason. Codes:

- ``PLG001`` fragment: a sentence without a finite verb, cut inside a sentence or a quote;
- ``PLG002`` dangling reference: ``danach``, ``dies``, ``this`` pointing at text the draft left out;
- ``PLG003`` not copied exactly: a phone number (with its extension), e-mail, web or postal
  address that is not in the notice character for character;
- ``PLG004`` too little of the message: fewer than :data:`MIN_COVERAGE` of the notice's key
  units (rules, dates, actions, contacts) are in the draft;
- ``PLG005`` empty draft;
- ``PLG006`` too long: more than half the notice's words or more than 250 words.

Numbers, dates, amounts, weekdays and names are checked by :func:`~pubkit.plain.facts.check_fidelity`
(``PLF…``), which runs too. Readability figures are information, never a guard.

Headings and a line ending in a colon that opens a list are labels, not sentences; the list
entries under such a line are its parts, so they need no verb of their own.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import assert_never

from pubkit.i18n import _, about
from pubkit.issues import Issue
from pubkit.model import (
    Aside,
    Block,
    CodeBlock,
    Document,
    Figure,
    Heading,
    Inline,
    Link,
    List,
    Paragraph,
    Quote,
    Table,
    ThematicBreak,
)
from pubkit.model.walk import inline_text
from pubkit.plain.abbreviations import plain_form, write_out, written_length
from pubkit.plain.facts import FidelityError, check_fidelity, extract_facts
from pubkit.plain.labels import plain_label
from pubkit.plain.message import Unit, contacts_in, message_units, plain_text
from pubkit.plain.readability import document_units
from pubkit.plain.sentence import fragment_reason, reference_words, they_after_colon
from pubkit.text.sentences import split_sentences, words

__all__ = [
    "MAX_SHARE",
    "MAX_WORDS",
    "MIN_COVERAGE",
    "DraftRejected",
    "DraftSentence",
    "check_draft",
    "covered",
    "draft_sentences",
    "guard_draft",
]

MAX_SHARE = 0.5
"""A draft has at most this share of the notice's words."""
MAX_WORDS = 250
"""… and at most this many words (an author-written easy-read version may be longer)."""
MIN_LIMIT = 30
"""A very short notice may have a summary of this many words (one or two sentences)."""
MIN_COVERAGE = 0.5
"""Share of the notice's key units (weight 3) a draft must keep."""


class DraftRejected(FidelityError):
    """A plain-language draft failed a guard; ``issues`` gives each reason. Nothing was published."""


@dataclass(frozen=True, slots=True)
class DraftSentence:
    """One sentence of a draft, as a reader meets it."""

    text: str
    block: int
    """Index of the block (paragraph or list) it stands in."""
    label: bool = False
    """A heading, or a line ending in a colon that opens a list."""
    entry: bool = False
    """A list entry under a label: part of the label's sentence."""


def _lines(content: Sequence[Inline], language: str) -> list[str]:
    text = plain_text(content, language)
    return [s for line in text.split("\n") for s in split_sentences(line, language) if s]


def draft_sentences(blocks: Sequence[Block], language: str) -> list[DraftSentence]:
    """The sentences of a draft body in reading order (the back link is not one)."""
    out: list[DraftSentence] = []
    opener = False

    def visit(items: Sequence[Block]) -> None:
        nonlocal opener
        for position, block in enumerate(items):
            index = len(out)
            # A last line right above a list leads into it: "Das brauchen Sie:" or a
            # question the list answers ("Karte verloren?", "Wann und wo?").
            leads = position + 1 < len(items) and isinstance(items[position + 1], List)
            match block:
                case Heading(content=content):
                    text = " ".join(plain_text(content, language).split())
                    out.append(DraftSentence(text, index, label=True))
                    opener = True
                case Paragraph(content=content):
                    if (
                        len(content) == 1
                        and isinstance(content[0], Link)
                        and not any(c.isdigit() for c in inline_text(content))
                    ):
                        continue  # the link back to the full text
                    lines = _lines(content, language)
                    for number, line in enumerate(lines):
                        label = number == len(lines) - 1 and (
                            line.endswith(":") or (leads and line.endswith("?"))
                        )
                        out.append(DraftSentence(line, index, label=label))
                    opener = bool(lines) and (lines[-1].endswith(":") or leads)
                case List(items=entries):
                    under = opener or True
                    for entry in entries:
                        for inner in entry.blocks:
                            if isinstance(inner, Paragraph):
                                for line in _lines(inner.content, language):
                                    out.append(DraftSentence(line, index, entry=under))
                    opener = False
                case Aside(blocks=inner):
                    visit(inner)
                case Table() | Figure() | Quote() | CodeBlock() | ThematicBreak():
                    pass  # a draft is headings, sentences and lists
                case _:
                    assert_never(block)

    visit(blocks)
    return out


def _fold(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split()).lower()


_ADDRESS = re.compile(
    r"\b[A-ZÄÖÜ][\wäöüß-]*(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer|markt|"
    r"park|hof|Street|Road|Lane|Avenue|Square|Way|Place|Row)[ \t\u00a0]+\d+[ \u00a0]?[a-z]?\b"
    r"|\b\d+[ \t\u00a0]+[A-Z][a-z]+[ \t\u00a0]+(?:Street|Road|Lane|Avenue|Square|Way|Place|Row)\b"
)
"""A street with its house number, on one line: "Marienstraße" ending one line of a table and
"13–16 Uhr" opening the next are not the address "Marienstraße 13"."""


def _stands_alone(number: str, source_text: str) -> bool:
    """Whether the notice has ``number`` as a whole number of its own somewhere: "999" in
    "call 999 now" even when "0800 111 999" is also there; "0231 50" inside "0231 50-0" is
    not a number of its own (its extension was cut).

    >>> _stands_alone("999", "Call 999 now. Gas: 0800 111 999.")
    True
    >>> _stands_alone("999", "Gas: 0800 111 999.")
    False
    >>> _stands_alone("0231 50", "Rufen Sie 0231 50-0 an.")
    False
    """
    if not any(c.isdigit() for c in number) or "@" in number:
        return False
    digits = r"[\s\u00a0/-]?".join(re.escape(part) for part in re.split(r"[\s\u00a0/-]+", number))
    alone = rf"(?<![\d.,])(?<!\d[\s\u00a0/-]){digits}(?![\d])(?![\s\u00a0/-]?\d)(?![.,]\d)"
    return re.search(alone, source_text) is not None


def _exact_copies(source_text: str, draft_text: str, language: str) -> Iterator[str]:
    """Contacts and addresses of the draft that the notice does not have character for character."""
    # An address the draft writes out („Kieferstraße 14“ for „Kieferstr. 14“) is the same.
    source_text += "\n" + write_out(source_text, language)
    folded = _fold(source_text)
    source_contacts = {_fold(c) for c in contacts_in(source_text, language)}
    for contact in contacts_in(draft_text, language):
        low = _fold(contact)
        if low in source_contacts:
            continue
        bare = re.sub(r"^(?:https?://)?(?:www\.)?", "", low).rstrip("/")
        if any(
            re.sub(r"^(?:https?://)?(?:www\.)?", "", c).rstrip("/") == bare for c in source_contacts
        ):
            continue
        if _stands_alone(contact, source_text):
            continue
        yield contact
    for match in _ADDRESS.finditer(draft_text):
        if _fold(match.group(0)) not in folded:
            yield match.group(0)


def _source_text(document: Document) -> str:
    parts = document_units(document)
    for node in _links(document.blocks):
        parts.append(node)
    return "\n".join(parts)


def _links(blocks: Sequence[Block]) -> Iterator[str]:
    from pubkit.model.walk import iter_nodes

    for node in iter_nodes(tuple(blocks)):
        if isinstance(node, Link) and re.match(r"(?:https?|mailto|tel):", node.target):
            yield node.target.removeprefix("mailto:").removeprefix("tel:")


_LAW_REFERENCE = re.compile(
    r"\b(?:(?:under|in|by)\s+)?(?:Sections?|s\.|Articles?|Art\.|Regulations?|Paragraph|para\.)\s*"
    r"\d+[A-Za-z]?(?:\(\d+\))*(?:\s+(?:of|to)\s+the\s+(?:[A-Z][\w()-]*\s+){1,6}"
    r"(?:Act|Regulations|Order|Directive)(?:\s+\d{4})?)?"
    r"|\b[Tt]he\s+(?:[A-Z][\w()-]*\s+){1,6}(?:Act|Regulations|Order)\s+\d{4}"
    r"|(?:\b(?i:nach|gemäß|laut|im\s+Sinne\s+des|des|im)\s+)?(?:§§?|\bArt\.|\bArtikel)\s*\d+[a-z]?"
    r"(?:\s+(?:Abs\.|Absatz|Satz|S\.|Nr\.|Nummer)\s*\d+[a-z]?)*"
    r"(?:\s+(?:[A-ZÄÖÜ][\wäöüß-]*|\d+\.)){0,3}"
)
"""A reference to a law by section, article or paragraph, with the law's name and year."""


def covered(unit: Unit, draft_text: str, language: str) -> bool:
    """Whether a draft keeps a message unit: its facts, or most of its content words. Both
    sides are compared in the draft's form („Mo.–Fr.“ is „Montag bis Freitag“,
    „Informationen“ is „Infos“: :func:`~pubkit.plain.abbreviations.plain_form`)."""
    text = plain_form(unit.text + " " + " ".join(unit.items), language)
    draft_text = plain_form(draft_text, language)
    have = _fold(draft_text)
    # A law's section and year are no fact a reader must keep („nach § 28a IfSG“, "under
    # Section 70 of the Roads Act 1993"): plain-language drafts leave them out.
    text = _LAW_REFERENCE.sub(" ", text)
    contacts = [_fold(c) for c in contacts_in(text, language)]
    if contacts:
        return all(c in have for c in contacts)
    facts = extract_facts(text)
    got = extract_facts(draft_text)
    if facts.dates or facts.numbers:
        dates = all(any(d == e[0] and m == e[1] for e in got.dates) for d, m, _ in facts.dates)
        return dates and facts.numbers <= got.numbers | {n for n in got.numbers}
    # A list kept by the names of its entries („Mill Lane, Exton – closed …“ → „Mill Lane,
    # Exton“) keeps what the list is about.
    heads = [
        re.match(r"^([^–—:.]{3,60}?)\s+[–—]\s+\S", plain_form(i, language)) for i in unit.items
    ]
    if unit.items and all(heads) and all(_fold(h.group(1).strip(" ,")) in have for h in heads if h):
        return True
    content = {w.lower() for w in words(text) if len(w) > 4 and w[:1].isalpha()}
    draft_words = {w.lower() for w in words(draft_text)}
    return bool(content) and len(content & draft_words) >= 0.5 * len(content)


def _source_sentences(document: Document) -> list[str]:
    language = document.metadata.language
    return [s for u in document_units(document, title=False) for s in split_sentences(u, language)]


def _content(text: str) -> set[str]:
    return {w.lower() for w in words(text) if len(w) > 3 and w[:1].isalpha()}


def _dangling(
    sentences: Sequence[DraftSentence], source: Sequence[str], language: str
) -> Iterator[tuple[str, str]]:
    """Sentences whose reference word points at a sentence the draft does not have before it.

    A sentence that comes from the notice may point back only when the draft's previous
    sentence is the one it followed there (or another piece of the same source sentence); a
    sentence the writer made up needs a previous sentence under the same heading.
    """
    contents = [_content(s) for s in source]
    # „Hauptgrund sind die Personalkosten: Sie machen …“: a plural "Sie" after a colon.
    they = {" ".join(s.partition(": ")[2].split()[:4]) for s in source if they_after_colon(s)}
    for index, sentence in enumerate(sentences):
        if sentence.label or sentence.entry:
            continue
        refs = reference_words(sentence.text, language)
        if not refs and " ".join(sentence.text.split()[:4]) in they:
            refs = ["Sie"]
        if not refs:
            continue
        previous = next((s for s in reversed(sentences[:index]) if not s.entry), None)
        if previous is None or (previous.label and not previous.text.endswith(":")):
            yield sentence.text, refs[0]
            continue
        if refs == [refs[0]] and refs[0] in ("Dann", "Then") and previous.text.endswith("?"):
            continue  # „Haben Sie Fragen? Dann …“: the question it answers is right before
        mine = _content(sentence.text)
        before = _content(previous.text)
        scores = [len(mine & theirs) / max(len(mine), 1) for theirs in contents]
        best = max(scores, default=0.0)
        if best < 0.6:
            continue  # the writer's own sentence, right after another one
        origins = [at for at, score in enumerate(scores) if score == best]

        def near(a: set[str], b: set[str]) -> bool:
            return len(a & b) >= 0.5 * max(min(len(a), len(b), 6), 1)

        if not any(
            near(before, contents[at])  # a piece of the same source sentence
            or (at > 0 and near(before, contents[at - 1]))
            for at in origins
        ):
            yield sentence.text, refs[0]


def check_draft(
    source: Document,
    draft: Document,
    *,
    allowed_words: Iterable[str] = (),
    min_coverage: float = MIN_COVERAGE,
    names_only: bool = False,
) -> list[Issue]:
    """Every reason the ``draft`` of ``source`` must not be published (empty: it may)."""
    with about(source.metadata.language):
        return _draft_problems(
            source,
            draft,
            allowed_words=allowed_words,
            min_coverage=min_coverage,
            names_only=names_only,
        )


def _draft_problems(
    source: Document,
    draft: Document,
    *,
    allowed_words: Iterable[str],
    min_coverage: float,
    names_only: bool,
) -> list[Issue]:
    language = source.metadata.language
    issues: list[Issue] = []

    def problem(code: str, message: str, where: str | None = None) -> None:
        where = _("plain-language draft") if where is None else where
        issues.append(
            Issue(code=code, severity="error", message=message, where=where, source=source.source)
        )

    sentences = draft_sentences(draft.blocks, language)
    body = [s for s in sentences if not s.label or s.text.endswith(":")]
    draft_text = "\n".join(s.text for s in sentences)
    if not [s for s in body if not s.label]:
        problem(
            "PLG005",
            _(
                "The draft is empty: it says nothing of the notice. Write the plain "
                "version yourself (a ::: plain block)."
            ),
        )
        return issues
    for sentence in body:
        if sentence.label or sentence.entry:
            continue
        reason = fragment_reason(sentence.text, language)
        if reason:
            problem(
                "PLG001",
                _("Not a whole sentence: {reason}.").format(reason=reason),
                _('sentence "{sentence}"').format(sentence=sentence.text),
            )
    for text, word in _dangling(sentences, _source_sentences(source), language):
        problem(
            "PLG002",
            _('"{word}" points at a sentence the draft left out: say what it means.').format(
                word=word
            ),
            _('sentence "{sentence}"').format(sentence=text),
        )
    source_text = _source_text(source)
    for wrong in _exact_copies(
        source_text, draft_text + "\n" + "\n".join(_links(draft.blocks)), language
    ):
        problem(
            "PLG003",
            _(
                '"{value}" is not in the notice exactly like this: copy it with every '
                "digit and its extension."
            ).format(value=wrong),
        )
    units = [u for u in message_units(source) if u.weight >= 3]
    lost = [u for u in units if not covered(u, draft_text, language)]
    if units and (len(units) - len(lost)) / len(units) < min_coverage:
        shown = "; ".join(u.text[:60] for u in lost[:5])
        problem(
            "PLG004",
            _(
                "The draft keeps {kept} of {total} key points of the notice "
                "(at least {needed} % needed). Lost, for example: {lost}"
            ).format(
                kept=len(units) - len(lost),
                total=len(units),
                needed=math.ceil(min_coverage * 100),
                lost=shown,
            ),
        )
    source_words = written_length(document_units(source, title=False), language)
    # Everything but pubkit's own labels (the question headings) counts.
    questions = {plain_label(language, q) for q in ("what", "when", "who", "todo", "help")}
    draft_words = sum(len(words(s.text)) for s in sentences if s.text not in questions)
    limit = min(MAX_WORDS, math.floor(source_words * MAX_SHARE))
    if draft_words > max(limit, MIN_LIMIT):
        problem(
            "PLG006",
            _(
                "The draft has {words} words; a summary has at most {limit} "
                "(half the notice's {source_words} words, at most {most})."
            ).format(words=draft_words, limit=limit, source_words=source_words, most=MAX_WORDS),
        )
    issues += check_fidelity(source, draft, allowed_words=allowed_words, names_only=names_only)
    return issues


def guard_draft(
    source: Document,
    draft: Document,
    *,
    allowed_words: Iterable[str] = (),
    backend: str = "built-in",
    names_only: bool = False,
) -> None:
    """Raise :class:`DraftRejected` with every reason if ``draft`` fails a guard."""
    issues = check_draft(source, draft, allowed_words=allowed_words, names_only=names_only)
    if issues:
        with about(source.metadata.language):
            where = f" ({source.source})" if source.source else ""
            writer = _("built-in") if backend == "built-in" else backend
            message = _(
                "The plain-language draft of the {writer} writer was refused{where}: it was not "
                "published. Fix the notice, write the plain version yourself (a ::: plain block), "
                "or report the reasons below."
            ).format(writer=writer, where=where)
        raise DraftRejected(message, issues=issues)
