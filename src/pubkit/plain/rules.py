"""The plain-language rule checker for editors (``pubkit check --plain-language``).

Each rule is a signal from the published easy-to-read guidance (BITV 2.0 Anlage 2, Netzwerk
Leichte Sprache, DIN SPEC 33429, Inclusion Europe, ISO 24495-1; see ACCESSIBILITY.md 4.3),
computed per sentence. Findings are indicators, not verdicts: each names the sentence and
says what to do. Codes:

PL001 long sentence · PL002 more than one statement · PL003 passive · PL004 nominal style ·
PL005 genitive · PL006 negation · PL007 subjunctive · PL008 abbreviation · PL009 number ·
PL010 foreign word · PL011 long compound · PL012 gender form · PL013 parentheses ·
PL014 semicolon · PL015 special character · PL016 italics · PL017 several sentences on one
line (easy-read layout only)
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import assert_never

from pubkit.i18n import _, about
from pubkit.issues import Issue, Severity
from pubkit.model import (
    Aside,
    Block,
    CodeBlock,
    Document,
    Emphasis,
    Figure,
    Heading,
    Inline,
    LanguageSpan,
    LineBreak,
    List,
    Paragraph,
    Quote,
    Table,
    ThematicBreak,
)
from pubkit.model.lang import primary_language
from pubkit.model.walk import inline_text, iter_nodes
from pubkit.plain import lexicon as lx
from pubkit.plain.frequency import zipf
from pubkit.plain.nlp import Token, tokenize
from pubkit.text.sentences import alphabetic, split_sentences, words

__all__ = ["check_rules", "split_compound"]

MAX_WORDS = {"de": 12, "en": 15}
"""Sentence length above which PL001 fires (LanguageTool's Leichte Sprache rules use 12)."""
COMPOUND_LETTERS = 13
LONG_WORD = 18
"""A noun this long is flagged even when no split into two known words is found."""
COMMON_ZIPF = 5.0
"""Nouns at least this frequent (wordfreq Zipf) are everyday words, not nominal style."""


@dataclass(frozen=True, slots=True)
class _Unit:
    inlines: tuple[Inline, ...]
    line: int | None


def _units(blocks: Sequence[Block]) -> Iterator[_Unit]:
    for block in blocks:
        match block:
            case Heading(content=content, line=line) | Paragraph(content=content, line=line):
                yield _Unit(content, line)
            case List(items=items):
                for item in items:
                    for inner in _units(item.blocks):
                        yield _Unit(inner.inlines, inner.line or item.line)
            case Table(body=body, line=line):
                for row in body:
                    for cell in row.cells:
                        yield _Unit(cell.content, line)
            case Aside(blocks=inner):
                yield from _units(inner)
            case Quote() | Figure() | CodeBlock() | ThematicBreak():
                pass  # quotes are the speaker's words; figures and code are not prose
            case _:
                assert_never(block)


def _zipf(word: str, language: str) -> float:
    # wordfreq is optional: without it (0.0), foreign words and splits are skipped
    return zipf(word, language)


_FEMININE = frozenset({"in", "innen", "inn", "nen"})


def split_compound(word: str) -> tuple[str, str] | None:
    """Where a long German compound splits best: ``("Landes", "hauptstadt")``; None if unsure.

    Uses word frequencies (wordfreq): both parts must be common words; a linking ``s``,
    ``es`` or ``n`` may end the first part.
    """
    best: tuple[float, tuple[str, str]] | None = None
    lower = word.lower()
    for cut in range(4, len(word) - 2):
        left, right = lower[:cut], lower[cut:]
        if len(right) < 3 or right in _FEMININE:
            continue  # "Mitarbeiter·innen" is a gender form (PL012), not a compound
        stems = [left] + [
            left[: -len(f)]
            for f in ("s", "es", "n", "en")
            if left.endswith(f) and len(left) - len(f) >= 3
        ]
        left_score = max(max(_zipf(s, "de"), _zipf(s.capitalize(), "de")) for s in stems)
        score = min(left_score, _zipf(right, "de"))
        if score >= 2.5 and (best is None or score > best[0]):
            best = (score, (word[:cut], right))
    return best[1] if best else None


def check_rules(
    document: Document, *, severity: Severity = "warning", easy_read: bool = False
) -> list[Issue]:
    """Plain-language findings for every sentence of ``document``.

    ``easy_read`` adds the layout rule for an easy-read text: one sentence per line (PL017).
    Messages are in the document's language unless one was chosen (:mod:`pubkit.i18n`).
    """
    with about(document.metadata.language):
        return _check_rules(document, severity=severity, easy_read=easy_read)


def _check_rules(document: Document, *, severity: Severity, easy_read: bool) -> list[Issue]:
    language = primary_language(document.metadata.language)
    glossary = document.metadata.glossary()
    issues: list[Issue] = []
    for unit in _units(document.blocks):
        text = inline_text(_same_language(unit.inlines, language))
        if any(isinstance(n, Emphasis) for n in iter_nodes(unit.inlines)):
            issues.append(
                _issue(
                    "PL016",
                    severity,
                    text,
                    unit,
                    document,
                    _("Italics are hard to read: use bold (**…**) for what matters."),
                )
            )
        if easy_read:
            for line in _layout_lines(unit, document, language):
                if len(split_sentences(line, language)) > 1:
                    issues.append(
                        _issue(
                            "PL017",
                            severity,
                            line,
                            unit,
                            document,
                            _("Several sentences on one line: start each sentence on a new line."),
                        )
                    )
        for sentence in _unit_sentences(unit, text, language):
            for code, message in _sentence_rules(sentence, language, glossary):
                issues.append(_issue(code, severity, sentence, unit, document, message))
    return issues


_LINE_ENDS_WITH_CONTACT = re.compile(
    r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+|\d[\d /-]{4,}\d)\s*$"
)
"""A line that ends on an e-mail, a web address or a phone number: easy-read texts leave
the full stop off after them (it would read as part of the address)."""


def _unit_sentences(unit: _Unit, text: str, language: str) -> list[str]:
    """The sentences of a unit. An easy-read line that ends on a contact and is followed by
    a line that starts with a capital letter ends its sentence there, full stop or not:
    ``Oder schreiben Sie eine E-Mail: wahl@stadt.de`` / ``Das Büro ist im Rathaus.`` are
    two sentences, not one of 15 words."""
    if not any(isinstance(n, LineBreak) for n in unit.inlines):
        return split_sentences(text, language)
    chunks: list[str] = []
    for line in _line_texts(_same_language(unit.inlines, language)):
        line = line.strip()
        if not line:
            continue
        if chunks and not (_LINE_ENDS_WITH_CONTACT.search(chunks[-1]) and line[:1].isupper()):
            chunks[-1] = f"{chunks[-1]} {line}"
        else:
            chunks.append(line)
    return [sentence for chunk in chunks for sentence in split_sentences(chunk, language)]


def _layout_lines(unit: _Unit, document: Document, language: str) -> list[str]:
    """The lines a reader sees. The reader keeps an easy-read text's line breaks in the model
    (``line_breaks: keep``, the default for easy-read and Leichte-Sprache notices), so a unit
    without a line break is printed as one line."""
    inlines = _same_language(unit.inlines, language)
    if not any(isinstance(n, LineBreak) for n in inlines):
        return [" ".join(inline_text(inlines).split())]
    return _line_texts(inlines)


def _line_texts(inlines: tuple[Inline, ...]) -> list[str]:
    lines: list[list[Inline]] = [[]]
    for node in inlines:
        if isinstance(node, LineBreak):
            lines.append([])
        else:
            lines[-1].append(node)
    return [inline_text(tuple(line)) for line in lines]


def _same_language(inlines: tuple[Inline, ...], language: str) -> tuple[Inline, ...]:
    """Leave out passages in another language: the rules are for the document's language."""
    return tuple(
        n
        for n in inlines
        if not (isinstance(n, LanguageSpan) and primary_language(n.lang) != language)
    )


def _issue(
    code: str, severity: Severity, sentence: str, unit: _Unit, document: Document, message: str
) -> Issue:
    shown = sentence if len(sentence) <= 70 else sentence[:67] + "…"
    return Issue(
        code=code,
        severity=severity,
        message=message,
        where=_('sentence "{sentence}"').format(sentence=shown),
        line=unit.line,
        source=document.source,
    )


def _sentence_rules(
    sentence: str, language: str, glossary: dict[str, str]
) -> Iterator[tuple[str, str]]:
    ws = words(sentence)
    limit = MAX_WORDS.get(language, 15)
    if len(ws) > limit:
        yield (
            "PL001",
            _("{count} words: split it into sentences of at most {limit} words.").format(
                count=len(ws), limit=limit
            ),
        )
    tokens = tokenize(sentence, language)
    lower = [t.text.lower() for t in tokens]
    yield from (_german(tokens, lower) if language == "de" else _english(tokens, lower))
    for abbr, expansion in lx.COMMON_ABBREVIATIONS.items():
        if re.search(r"(?<!\w)" + re.escape(abbr).replace(r"\ ", r"\s?"), sentence):
            yield (
                "PL008",
                _('Write "{abbreviation}" out: "{expansion}".').format(
                    abbreviation=abbr, expansion=expansion
                ),
            )
    for word in ws:
        core = word.rstrip(".")
        if re.fullmatch(r"[A-ZÄÖÜ]{2,}\d*|[A-Z](?:\.[A-Z])+", core):
            known = glossary.get(core) or glossary.get(word)
            hint = (
                _('write "{known}"').format(known=known)
                if known
                else _("write the full words, or explain it once")
            )
            yield "PL008", _('"{word}" is an abbreviation: {hint}.').format(word=word, hint=hint)
    yield from _numbers(ws, language)
    yield from _characters(sentence)
    if language == "de":
        nouns = {t.text for t in tokens if t.pos in ("NN", "NNA")}
        for word in ws:
            letters = sum(c.isalpha() for c in word)
            # Only nouns are compounds ("verschiedenen" is an adjective); a long word with
            # no split into two known words is a derivation ("Möglichkeiten"), not a compound.
            if (
                alphabetic(word)
                and word in nouns
                and letters >= COMPOUND_LETTERS
                and "-" not in word
                and "·" not in word
            ):
                split = split_compound(word)
                if split:
                    how = _('write "{hyphen}" or "{dot}"').format(
                        hyphen=f"{split[0]}-{split[1].capitalize()}", dot=f"{split[0]}·{split[1]}"
                    )
                elif letters >= LONG_WORD:
                    how = _(
                        "split it with a hyphen (Bundes-Kanzler) or a Mediopunkt (Bundes·kanzler)"
                    )
                else:
                    continue
                yield (
                    "PL011",
                    _('"{word}" is a long compound word: {how}.').format(word=word, how=how),
                )

        for token in tokens:
            if _foreign(token):
                yield (
                    "PL010",
                    _('"{word}" is a foreign word: use a German word or explain it.').format(
                        word=token.text
                    ),
                )
    if lx.GENDER_FORM.search(sentence):
        form = lx.GENDER_FORM.search(sentence)
        assert form is not None
        yield (
            "PL012",
            _(
                '"{form}": gender signs are hard to read; write both forms ("Bürgerinnen und Bürger") or a neutral word.'
            ).format(form=form.group(0)),
        )


def _everyday(word: str, language: str) -> bool:
    return max(_zipf(word.lower(), language), _zipf(word, language)) >= COMMON_ZIPF


def _foreign(token: Token) -> bool:
    word = token.text
    if not word.isalpha() or len(word) < 4 or token.pos == "NE":
        return False
    if word.lower() in lx.ANGLICISMS:
        return True
    en, de = _zipf(word.lower(), "en"), max(_zipf(word, "de"), _zipf(word.lower(), "de"))
    return en >= 3.5 and en - de >= 1.0


def _segments(tokens: list[Token]) -> Iterator[list[Token]]:
    """The parts of a sentence between colons: „Das gilt für Sie: Wenn Ihnen das Haus
    gehört.“ is the easy-read way of writing a condition, one statement on each side."""
    part: list[Token] = []
    for token in tokens:
        if token.text == ":":
            yield part
            part = []
        else:
            part.append(token)
    yield part


_EN_LEADS = frozenset(
    ["or", "and", "but", "only", "even", "especially", "just", "mainly", "also", "for", "example"]
)
"""Words that may stand before an English clause that stands alone: "Or because …"."""


def _second_clause(part: list[Token], index: int, *, german: bool = True) -> bool:
    """Whether the subordinate clause that starts at ``part[index]`` hangs on a main clause
    in the same sentence. Before it: a comma or a finite verb („Trinken Sie auch, wenn …“,
    „Menschen, die …“). Opening the sentence: a comma later on („Wenn Sie krank sind,
    bleiben Sie zu Hause.“). A clause alone is one statement: „Oder weil Sie nicht gut lesen
    können.“, „Vor allem wenn der Schnee taut.“ — professional easy-read texts write so."""
    before = part[:index]
    if any(t.text == "," or t.finite for t in before):
        return True
    if not german and any(t.word and t.text.lower() not in _EN_LEADS for t in before):
        return True  # English has no tagger here: any other word before it is a main clause
    return any(t.text == "," for t in part[index + 1 : -1])


def _subordinate(tokens: list[Token], german: bool) -> str | None:
    """The first subordinating word or relative pronoun that opens a second clause."""
    for part in _segments(tokens):
        for index, token in enumerate(part):
            low = token.text.lower()
            if german:
                relative = token.pos in ("PRELS", "PRELAT")
                # „Damit können Sie …“: with the verb right after it, „damit“ is an adverb.
                conjunction = low in lx.DE_SUBORDINATORS and token.pos not in (
                    "PROAV",
                    "PAV",
                    "ADV",
                )
                if conjunction and index + 1 < len(part) and part[index + 1].finite:
                    conjunction = False
                if (
                    relative
                    and index
                    and part[index - 1].text not in (",",)
                    and not (
                        index > 1 and part[index - 1].pos == "APPR" and part[index - 2].text == ","
                    )
                ):
                    relative = False  # „die“ without a comma before it is an article
                if (relative or conjunction) and _second_clause(part, index):
                    return "" if relative else low
            elif low in lx.EN_SUBORDINATORS and _second_clause(part, index, german=False):
                return low
    return None


def _german(tokens: list[Token], lower: list[str]) -> Iterator[tuple[str, str]]:
    found = _subordinate(tokens, german=True)
    if found is not None:
        subordinate = [found] if found else []
        what = _('"{word}"').format(word=subordinate[0]) if subordinate else _("a relative clause")
        yield (
            "PL002",
            _("More than one statement ({what}): write one statement per sentence.").format(
                what=what
            ),
        )
    for token in tokens:
        participles = [t.text for t in tokens if t.pos in ("VV(PP)", "VA(PP)") and t is not token]
        if token.lemma == "werden" and token.finite and participles:
            yield (
                "PL003",
                _('Passive voice ("{words}"): say who does it ("Die Stadt öffnet …").').format(
                    words=f"{token.text} … {participles[0]}"
                ),
            )
            break
    nominal = [
        t.text
        for t in tokens
        if t.pos == "NN" and lx.NOMINAL_DE.match(t.text) and not _everyday(t.text, "de")
    ]
    if len(nominal) >= 2:
        yield (
            "PL004",
            _("Nominal style ({words}): use verbs (Anmeldung → sich anmelden).").format(
                words=", ".join(nominal[:3])
            ),
        )
    for index, token in enumerate(tokens[:-1]):
        if token.text.lower() in ("des", "eines") or (
            token.text.lower() in ("wegen", "trotz", "statt") and token.pos == "APPR"
        ):
            yield (
                "PL005",
                _('Genitive ("{words}"): write "von" or rephrase.').format(
                    words=f"{token.text} {tokens[index + 1].text}"
                ),
            )
            break
    negations = [w for w in lower if w in lx.DE_NEGATIONS]
    if negations:
        yield (
            "PL006",
            _(
                'Negation ("{word}"): say it positively if you can ("Sie brauchen keinen Termin" → "Sie können ohne Termin kommen").'
            ).format(word=negations[0]),
        )
    # "Ich habe Corona" is the indicative: "habe" is subjunctive only in the third person.
    first_person = "ich" in lower
    subjunctive = [
        w for w in lower if w in lx.DE_SUBJUNCTIVE and not (first_person and w == "habe")
    ]
    if subjunctive:
        yield (
            "PL007",
            _('Subjunctive ("{word}"): say it directly, in the indicative.').format(
                word=subjunctive[0]
            ),
        )


def _english(tokens: list[Token], lower: list[str]) -> Iterator[tuple[str, str]]:
    found = _subordinate(tokens, german=False)
    subordinate = [found] if found else []
    if subordinate:
        yield (
            "PL002",
            _('More than one statement ("{word}"): write one statement per sentence.').format(
                word=subordinate[0]
            ),
        )
    for index, word in enumerate(lower[:-1]):
        nxt = lower[index + 1]
        if nxt in ("called", "named"):
            continue  # "It is called coronavirus": naming, nobody to name as the doer
        if word in lx.EN_BE and (nxt.endswith("ed") or nxt in lx.EN_IRREGULAR_PARTICIPLES):
            yield (
                "PL003",
                _('Passive voice ("{words}"): say who does it.').format(words=f"{word} {nxt}"),
            )
            break
    # "Government", "Parliament", "information": everyday nouns and names, not nominal style.
    nominal = [
        t.text
        for index, t in enumerate(tokens)
        if lx.NOMINAL_EN.match(t.text)
        and not (index and t.text[:1].isupper())
        and not _everyday(t.text, "en")
    ]
    if len(nominal) >= 2:
        yield (
            "PL004",
            _("Nominal style ({words}): use verbs (application → apply).").format(
                words=", ".join(nominal[:3])
            ),
        )
    negations = [w for w in lower if w in lx.EN_NEGATIONS or w.endswith("n't")]
    if negations:
        yield (
            "PL006",
            _('Negation ("{word}"): say it positively if you can.').format(word=negations[0]),
        )
    subjunctive = [w for w in lower if w in lx.EN_SUBJUNCTIVE]
    if subjunctive:
        yield (
            "PL007",
            _('"{word}" is vague: say what the reader can or must do.').format(word=subjunctive[0]),
        )


def _numbers(ws: list[str], language: str) -> Iterator[tuple[str, str]]:
    number_words = lx.DE_NUMBER_WORDS if language == "de" else lx.EN_NUMBER_WORDS
    for index, word in enumerate(ws):
        low = word.lower()
        if low in number_words:
            yield "PL009", _('Write "{word}" as a digit.').format(word=word)
        elif (
            re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+|\d{5,}", word)
            and not re.fullmatch(r"0\d+", word)
            and not _postcode(ws, index)
        ):
            yield (
                "PL009",
                _(
                    '"{word}" is a big number: round it or explain it ("sehr viele", "many").'
                ).format(word=word),
            )
        elif re.fullmatch(r"(?:II|III|IV|VI|VII|VIII|IX|XI|XII)", word):
            yield "PL009", _('"{word}" is a Roman numeral: write the digit.').format(word=word)


def _postcode(ws: list[str], index: int) -> bool:
    """Whether ``ws[index]`` is a postcode, not an amount: five digits before a place name
    („54568 Gerolstein“) or after a US state („CA 95814“). Nobody rounds an address."""
    word = ws[index].rstrip(".,")
    if not re.fullmatch(r"\d{5}", word):
        return False
    after = ws[index + 1] if index + 1 < len(ws) else ""
    before = ws[index - 1] if index else ""
    if re.fullmatch(r"[A-Z]{2},?", before):
        return True
    # After a house number or a comma („Kyllweg 1, 54568 Gerolstein“), not after a verb
    # („Es kamen 54568 Menschen“: German nouns are capitalised too).
    return after[:1].isupper() and (
        not before or before.endswith((",", ":")) or bool(re.fullmatch(r"\d+[a-z]?,?", before))
    )


def _characters(sentence: str) -> Iterator[tuple[str, str]]:
    if "(" in sentence:
        yield "PL013", _("Parentheses: write what is inside as its own sentence, or leave it out.")
    if ";" in sentence:
        yield "PL014", _("Semicolon: end the sentence with a full stop instead.")
    without_urls = re.sub(r"\S+\.\S+/\S*|\S+@\S+", "", sentence)
    found = sorted({c for c in without_urls if c in '%&§/"…'})
    if found:
        yield (
            "PL015",
            _(
                "Special characters ({characters}): write the words (Prozent, und, Paragraf)."
            ).format(characters=" ".join(found)),
        )
