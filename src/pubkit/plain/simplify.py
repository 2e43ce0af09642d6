"""The simplifier interface and the built-in, offline, deterministic simplifier.

A simplifier turns a document into the body of its plain-language version. A city can plug in
another backend (its own language service) by passing any object with ``allowed_words`` and
``simplify`` to :func:`pubkit.plain.transform.plain_language`; whatever it returns
still has to pass the fidelity check.

The built-in one is extractive: it picks the sentences that carry the message, rewrites them
with the safe rules of :mod:`pubkit.plain.rewrite`, and lays them out under "Das Wichtigste in
Kürze" / "In short" as lists, one sentence per item.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol, assert_never

from pubkit.errors import MissingDependency
from pubkit.model import (
    Abbreviation,
    Aside,
    Block,
    Cell,
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
    Strong,
    Table,
    Text,
    ThematicBreak,
)
from pubkit.model.lang import primary_language
from pubkit.model.walk import inline_text, iter_nodes
from pubkit.plain.facts import extract_facts
from pubkit.plain.labels import plain_label
from pubkit.plain.nlp import has_tagger, tokenize
from pubkit.plain.readability import readability
from pubkit.plain.rewrite import actor_deeds, simplify_sentence, simplify_sentence_roles
from pubkit.text.sentences import split_sentences, words

__all__ = ["BuiltinSimplifier", "Simplifier"]

MAX_WORDS = 15
"""No sentence of an automatic summary is longer than this."""


class Simplifier(Protocol):
    """What a plain-language backend provides."""

    @property
    def allowed_words(self) -> frozenset[str]:
        """Words the backend may bring in that are not in the source (never names)."""
        ...

    def simplify(self, document: Document, *, max_words: int) -> tuple[Block, ...]:
        """The body of the plain-language version, at most ``max_words`` words long."""
        ...


@dataclass(frozen=True, slots=True)
class _Candidate:
    text: str
    order: int
    section: int
    kind: str
    """lead, text, item, row, note, quote."""
    score: float
    ordered: bool = False
    forced: bool = False
    """The lead's first sentence (main actor) and lead sentences with numbers are always kept."""

    @property
    def length(self) -> int:
        return len(words(self.text))


_ROLE_BONUS = {"why": 3.0, "who": 2.0, "what": 0.5}
"""Score added to a rewritten sentence that gives the reason, the giver, or what the main actor
did."""

_CREDIT = re.compile(r"^(?:Fotos?|Bild|Bilder|Photo|Image|Credit)\s*:|©", re.IGNORECASE)
_ACTION = {"de": {"sie", "ihr", "ihre", "ihren", "ihnen", "bitte"}, "en": {"you", "your", "please"}}
_SUBORDINATE = re.compile(
    r"\b(?:dass|weil|wenn|ob|obwohl|damit|nachdem|während|falls|wie|because|although|whether)\b",
    re.IGNORECASE,
)


def _plain_text(inlines: Sequence[Inline], language: str) -> str:
    """Reader text with abbreviations written out and other-language passages left out."""
    parts: list[str] = []
    for node in inlines:
        match node:
            case Text(text=text) | Code(text=text):
                parts.append(text)
            case Abbreviation(expansion=expansion):
                parts.append(expansion)
            case LineBreak():
                parts.append(" ")
            case LanguageSpan(lang=lang, content=content):
                if primary_language(lang) == primary_language(language):
                    parts.append(_plain_text(content, language))
            case Link(content=content) | Emphasis(content=content) | Strong(content=content):
                parts.append(_plain_text(content, language))
            case Image() | Footnote():
                pass
            case _:
                assert_never(node)
    return " ".join("".join(parts).split())


_URL = re.compile(r"(?:https?://|www\.)[^\s<>„“\"”»«()]+", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?:\+\d{1,3}[\s/-]?)?\(?0\d{2,5}\)?[\s/-]?\d{2,}(?:[\s-]\d{2,})*")


def _contacts(document: Document) -> list[tuple[Inline, ...]]:
    """Web address, e-mail and phone of the source, each once, as they were written."""
    language = document.metadata.language
    text = "\n".join(_all_text(document.blocks, language))
    urls: dict[str, str] = {}
    for node in iter_nodes(document):
        if isinstance(node, Link) and node.target.startswith(("http://", "https://")):
            urls.setdefault(_bare(node.target), node.target)
    for raw in _URL.findall(text):
        raw = raw.rstrip(".,;:!?")
        urls.setdefault(_bare(raw), raw if raw.startswith("http") else "https://" + raw)
    out: list[tuple[Inline, ...]] = []
    for bare, target in urls.items():
        label = Text(text=plain_label(language, "web") + ": ")
        out.append((label, Link(target=target, content=(Text(text=bare),))))
    for email in dict.fromkeys(_EMAIL.findall(text)):
        label = Text(text=plain_label(language, "email") + ": ")
        out.append((label, Link(target="mailto:" + email, content=(Text(text=email),))))
    phones = dict.fromkeys(p.strip() for p in _PHONE.findall(_URL.sub(" ", text)))
    for phone in phones:
        out.append((Text(text=f"{plain_label(language, 'phone')}: {phone}"),))
    return out


def _bare(url: str) -> str:
    return re.sub(r"^https?://", "", url.rstrip("/"))


def _all_text(blocks: Sequence[Block], language: str) -> Iterator[str]:
    for node in iter_nodes(tuple(blocks)):
        content = getattr(node, "content", None)
        if isinstance(node, Paragraph | Heading) and content is not None:
            yield _plain_text(content, language)
        elif isinstance(node, Cell):
            yield _plain_text(node.content, language)


def _lines(text: str, language: str) -> tuple[Inline, ...]:
    """One sentence a line."""
    out: list[Inline] = []
    for sentence in (s for line in text.split("\n") for s in split_sentences(line, language)):
        if out:
            out.append(LineBreak())
        out.append(Text(text=sentence))
    return tuple(out)


def _actor(sentence: str, language: str) -> set[str]:
    """Content words before the first finite verb: who the notice is about."""
    found: set[str] = set()
    for token in tokenize(sentence, language):
        if token.finite:
            break
        if token.pos in ("NN", "NE", "NNA") and len(token.text) > 2:
            found.add(token.text.lower())
    return found


def _actor_phrase(sentence: str, language: str) -> str | None:
    """The words before the first finite verb, when that verb is singular: ``Das Amt für …``."""
    tokens = tokenize(sentence, language)
    for index, token in enumerate(tokens):
        if token.finite:
            singular = not token.text.endswith("en") and token.text != "sind"
            return " ".join(t.text for t in tokens[:index]) if index and singular else None
    return None


def _is_sponsor_list(sentence: str) -> bool:
    """Three or more names in a row: ``das F.A.Z.-Institut, Hansgrohe, Beekeeper und …``."""
    return (
        len(re.findall(r",\s+(?:die |der |das )?[A-ZÄÖÜ]", sentence)) >= 2 and " und " in sentence
    )


@dataclass(frozen=True, slots=True)
class BuiltinSimplifier:
    """Sentence selection plus safe rewrites; offline and deterministic."""

    max_sentence_words: int = MAX_WORDS
    target_mean_words: float = 10.0
    min_flesch: float = 60.0
    """Reading ease (Flesch-Amstad for German) the draft should reach: below it, sentences that
    make it harder to read are left out, the least important first."""

    @property
    def allowed_words(self) -> frozenset[str]:
        return frozenset()

    def simplify(self, document: Document, *, max_words: int) -> tuple[Block, ...]:
        language = document.metadata.language
        if not has_tagger(language):
            # Without the tagger long sentences cannot be shortened and the lead would be lost.
            raise MissingDependency(
                'The German plain-language draft needs HanTa: pip install "pubkit-a11y[plain]"'
            )
        headings: list[str] = [plain_label(language, "heading")]
        contacts = _contacts(document)
        # Only words taken from the source count against the budget; the mean counts all lines.
        fixed = [len(words(inline_text(c))) for c in contacts] + [len(headings[0].split())]
        kept = sum(n - 1 for n in fixed[:-1])
        candidates = list(self._candidates(document, headings))
        costs = [len(words(h)) for h in headings]
        # What the reader meets besides the chosen sentences, for the reading ease.
        lines = [document.metadata.title or "", headings[0], *(inline_text(c) for c in contacts)]
        lines = [line for line in [*lines, plain_label(language, "full_text")] if line]
        chosen = self._choose(
            candidates, max(max_words - kept, 0), fixed, costs, (language, lines, headings)
        )
        return self._layout(chosen, headings, contacts, language)

    # -- finding candidates -------------------------------------------------------------------

    def _candidates(self, document: Document, headings: list[str]) -> Iterator[_Candidate]:
        language = document.metadata.language
        title_words = {w.lower() for w in words(document.metadata.title) if len(w) > 3}
        actor: set[str] = set()
        actor_phrase: list[str] = []
        state = {"order": 0, "lead": True}

        def make(
            sentence: str, section: int, kind: str, ordered: bool = False, first: bool = False
        ) -> Iterator[_Candidate]:
            if _CREDIT.search(sentence) or sentence.rstrip().endswith(":"):
                return
            limit = self.max_sentence_words
            parts = simplify_sentence_roles(sentence, language, limit=limit)
            for number, (part, role) in enumerate(parts):
                n = len(words(part))
                if n > limit or (n < 3 and kind not in ("item", "row")):
                    continue
                if kind in ("lead", "text", "note") and _is_sponsor_list(part):
                    continue  # a rewrite may have cut the list down to the main giver
                state["order"] += 1
                lead_first = first and number == 0
                if lead_first:
                    actor.update(_actor(part, language))
                    actor_phrase[:] = [p for p in [_actor_phrase(part, language)] if p]
                score = self._score(part, kind, title_words, language, first=lead_first)
                # Who gave it and why: what a reader asks after "what happened".
                score += _ROLE_BONUS.get(role, 0)
                if not lead_first and len(actor & {w.lower() for w in words(part)}) >= 2:
                    score += 2  # names the main actor of the notice
                facts = extract_facts(part)
                # Kept whatever the budget: the main actor, the lead's numbers, and table rows
                # with times or addresses (what the reader must act on).
                forced = lead_first or (kind == "lead" and bool(facts.numbers or facts.dates))
                yield _Candidate(part, state["order"], section, kind, score, ordered, forced)

        def deeds(blocks: Sequence[Block]) -> Iterator[_Candidate]:
            """What the main actor did, from a quotation: among the key facts."""
            for block in blocks:
                if not (isinstance(block, Paragraph) and actor_phrase):
                    continue
                for sentence in split_sentences(_plain_text(block.content, language), language):
                    for part in actor_deeds(sentence, actor_phrase[0], language):
                        if len(words(part)) > self.max_sentence_words:
                            continue
                        state["order"] += 1
                        score = self._score(part, "quote", title_words, language, first=False)
                        score += _ROLE_BONUS["what"] + 2  # names the main actor
                        yield _Candidate(part, state["order"], 0, "quote", score)

        def row_candidate(cells: list[str], section: int) -> Iterator[_Candidate]:
            """A table row as one item: "Name: first cell." and one line per further cell."""
            lines = [f"{cells[0]}: {cells[1]}.", *(f"{c}." for c in cells[2:])]
            parts = [p for line in lines for p in simplify_sentence(line, language)]
            if not parts or any(len(words(p)) > self.max_sentence_words for p in parts):
                return
            text = "\n".join(parts)  # one line each, see _lines
            state["order"] += 1
            score = self._score(text, "row", title_words, language, first=False)
            facts = extract_facts(text)
            forced = bool(facts.numbers or facts.weekdays)
            yield _Candidate(text, state["order"], section, "row", score, False, forced)

        def walk(blocks: Sequence[Block], kind: str) -> Iterator[_Candidate]:
            for block in blocks:
                section = len(headings) - 1
                match block:
                    case Heading(content=content) if block.level <= 3:
                        headings.append(_plain_text(content, language).rstrip(":"))
                    case Paragraph(content=content):
                        this = "lead" if state["lead"] and kind == "text" else kind
                        sentences = split_sentences(_plain_text(content, language), language)
                        for number, sentence in enumerate(sentences):
                            yield from make(
                                sentence, section, this, first=this == "lead" and number == 0
                            )
                        if kind == "text":
                            state["lead"] = False
                    case List(items=items, ordered=ordered):
                        for item in items:
                            for inner in item.blocks:
                                if isinstance(inner, Paragraph):
                                    for sentence in split_sentences(
                                        _plain_text(inner.content, language), language
                                    ):
                                        yield from make(sentence, section, "item", ordered)
                    case Table(body=body):
                        for row in body:
                            cells = [_plain_text(c.content, language) for c in row.cells]
                            cells = [c for c in cells if c]
                            if len(cells) >= 2:
                                yield from row_candidate(cells, section)
                    case Aside(blocks=inner):
                        yield from walk(inner, "note")
                    case Quote(blocks=inner):
                        # Quotes mostly repeat the message; only what the main actor did is kept.
                        yield from deeds(inner)
                    case Heading() | Figure() | CodeBlock() | ThematicBreak():
                        pass  # lower headings; figures carry credits; code is not prose
                    case _:
                        assert_never(block)

        yield from walk(document.blocks, "text")

    def _score(
        self, sentence: str, kind: str, title: set[str], language: str, *, first: bool
    ) -> float:
        facts = extract_facts(sentence)
        lower = {w.lower() for w in words(sentence)}
        score = {"lead": 2.0, "text": 0.0, "item": 1.0, "row": 2.0, "note": 2.0, "quote": 0.0}[kind]
        score += 4 if first else 0
        score += 3 if facts.dates else 0
        score += 2 if facts.contacts else 0
        amounts = {a for a in facts.amounts if a[1] not in ("million", "billion")}
        score += 2 if amounts or facts.weekdays else 0
        score += 1 if facts.numbers else 0
        score += 3 if lower & _ACTION.get(primary_language(language), set()) else 0
        score += 1 if len(lower & title) >= 2 else 0
        score -= 2 if _SUBORDINATE.search(sentence) else 0
        score -= max(0, len(words(sentence)) - 10) / 3
        return score

    # -- choosing ----------------------------------------------------------------------------

    def _choose(
        self,
        candidates: list[_Candidate],
        max_words: int,
        fixed: list[int],
        heading_words: list[int],
        reading: tuple[str, list[str], list[str]] | None = None,
    ) -> list[_Candidate]:
        """The best candidates within the word budget, keeping the mean sentence length low
        and the reading ease at ``min_flesch`` or above.

        ``fixed`` are the lengths of the lines the layout adds (headings, contacts): they
        count towards the mean the reader meets; a section's heading is paid for by the
        first sentence chosen from it. ``reading`` is the language, the fixed lines' text and
        the section headings, for the reading ease.
        """

        def ease(picked: list[_Candidate]) -> float:
            if reading is None:
                return 100.0
            language, lines, headings = reading
            sections = sorted({c.section for c in picked if c.section})
            units = [*lines, *(headings[s] for s in sections), *(c.text for c in picked)]
            return readability(units, language).flesch

        ranked = sorted(
            candidates, key=lambda c: (not c.forced, c.kind != "lead", -c.score, c.order)
        )
        chosen: list[_Candidate] = []
        seen: set[str] = set()
        total = 0
        for cand in ranked:
            if cand.score < 1.5 and not cand.forced:
                break
            sections = {c.section for c in chosen}
            heading = (
                heading_words[cand.section] if cand.section and cand.section not in sections else 0
            )
            if total + cand.length + heading > max_words and not (cand.forced and not chosen):
                continue  # the lead's first sentence is kept even when the budget is tiny
            content = {w.lower() for w in words(cand.text) if len(w) > 3}
            if content and len(content - seen) <= len(content) * 0.3 and not cand.forced:
                continue  # says again what is already chosen
            lengths = [*fixed, *(c.length for c in chosen), cand.length]
            too_long = sum(lengths) / len(lengths) > self.target_mean_words
            if too_long and not cand.forced and cand.score < 6:
                continue
            chosen.append(cand)
            seen |= content
            total += cand.length + heading
        # Too hard to read: leave out the least important sentence that makes it harder, until
        # the reading ease is reached or nothing left out would help.
        while ease(chosen) < self.min_flesch:
            now = ease(chosen)
            harder = [
                c for c in chosen if not c.forced and ease([o for o in chosen if o is not c]) > now
            ]
            if not harder:
                break
            drop = min(harder, key=lambda c: (c.score, -c.order))
            chosen = [c for c in chosen if c is not drop]
        return sorted(chosen, key=lambda c: c.order)

    # -- layout ------------------------------------------------------------------------------

    def _layout(
        self,
        chosen: list[_Candidate],
        headings: list[str],
        contacts: list[tuple[Inline, ...]],
        language: str,
    ) -> tuple[Block, ...]:
        """The key facts under the label heading, then one list per source section; the
        contacts close the first list."""
        blocks: list[Block] = [
            Heading(level=2, content=(Text(text=headings[0]),), id="plain-short")
        ]
        by_section: dict[int, list[_Candidate]] = {0: []}
        for cand in chosen:
            by_section.setdefault(cand.section, []).append(cand)
        for section, group in sorted(by_section.items()):
            if section > 0:
                blocks.append(
                    Heading(level=2, content=(Text(text=headings[section]),), id=f"plain-{section}")
                )
            ordered = bool(group) and all(c.ordered for c in group)
            items = [ListItem(blocks=(Paragraph(content=_lines(c.text, language)),)) for c in group]
            if section == 0:
                items += [ListItem(blocks=(Paragraph(content=c),)) for c in contacts]
            if items:
                blocks.append(List(ordered=ordered, items=tuple(items)))
        return tuple(blocks)
