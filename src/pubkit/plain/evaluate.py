"""Measure plain-language drafts against annotated notices: ``python -m pubkit.plain.evaluate DIR…``.

Reads every ``DIR/*.md`` with its ``*.facts.yaml`` (the corpus format of tests/corpus/README.md),
makes the plain version as the ``summary`` renderer would, and prints per notice and overall:

- **facts**: key facts kept — a fact is kept when the draft (title not counted) contains any
  of its ``any`` strings, case-insensitive, whitespace folded;
- **contacts**: contacts kept with their purpose — the value exactly, and one of its
  ``purpose_any`` strings in the same or the previous sentence (a heading or a lead-in line
  counts as a sentence; a sentence opening with "Or"/„Oder“ continues the request before it,
  so the sentence before that counts too);
- **fragments**: sentences that are not whole (:func:`~pubkit.plain.sentence.fragment_reason`);
  list entries under a lead-in line are parts of that line's sentence;
- **words/sentence**: mean over the draft's sentences, list entries included, the question
  headings not;
- **Flesch**: Flesch-Amstad for German, Flesch reading ease for English, on the same sentences.

A refused draft (:class:`~pubkit.plain.guards.DraftRejected`) counts as keeping nothing, and
its first reason is printed. Notices of kind easy-read / leichte-sprache are their own plain
version (marked ``(A)``): they are measured but kept out of the drafts' figures. Targets: facts ≥ 80 %, contacts ≥ 95 %, 0 fragments, ≤ 10
words/sentence, Flesch-Amstad ≥ 60.

Until the Markdown reader keeps unknown front-matter keys (``kind``, ``slug``,
``source_url`` …), this loader drops them before reading and passes ``kind`` on as the
category, so that an author-written easy-read notice is passed through as its own version.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from pubkit.errors import PubkitError
from pubkit.model import Document
from pubkit.plain.abbreviations import plain_form
from pubkit.plain.guards import DraftSentence, draft_sentences
from pubkit.plain.labels import plain_label
from pubkit.plain.readability import readability
from pubkit.plain.sentence import fragment_reason
from pubkit.readers import read
from pubkit.text.sentences import words

__all__ = ["Score", "address_line", "contact_line", "evaluate_notice", "load_notice", "main"]


def load_notice(path: Path) -> Document:
    """Read a corpus notice as written (its extra front-matter keys are kept by the reader)."""
    return read(path)


def _fold(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u2011", "-").split()).lower()


def _same_form(text: str, language: str) -> str:
    """``text`` as a draft would write it — abbreviations written out, the plain-word lexicon's
    words — folded: a fact written „Informationen gibt es Mo.–Fr.“ is kept by „Infos gibt es
    Montag bis Freitag“. The draft writer uses the same two tables."""
    return _fold(plain_form(text, language))


@dataclass(slots=True)
class Score:
    """The measurement of one notice's draft."""

    name: str
    language: str
    facts: int = 0
    facts_kept: int = 0
    contacts: int = 0
    contacts_kept: int = 0
    fragments: list[str] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)
    source_words: int = 0
    refused: str = ""
    lost: list[str] = field(default_factory=list)
    author: bool = False
    """An author-written easy-read version, passed through: not a machine draft."""

    @property
    def words(self) -> int:
        return sum(len(words(s)) for s in self.sentences)

    @property
    def mean_words(self) -> float:
        return self.words / max(len(self.sentences), 1)

    @property
    def flesch(self) -> float:
        return readability(self.sentences, self.language).flesch if self.sentences else 0.0


def _sentences(plain: Document) -> list[DraftSentence]:
    language = plain.metadata.language
    return [
        s
        for s in draft_sentences(plain.blocks, language)
        if not (s.label and not s.text.endswith(":"))
    ]


_GOES_ON = re.compile(r"^(?:or|oder)\b")
"""A folded sentence that continues the request before it: "or e-mail …", „oder schreiben …"."""


def evaluate_notice(path: Path) -> Score:
    """Make the draft of ``path`` and measure it against ``path``'s facts file."""
    from pubkit.plain.transform import plain_language, standard_version

    facts_path = path.with_suffix(".facts.yaml")
    spec = yaml.safe_load(facts_path.read_text(encoding="utf-8")) if facts_path.exists() else {}
    try:
        source = load_notice(path)
    except PubkitError as exc:
        score = Score(path.stem, str(spec.get("lang", "de")))
        score.refused = "unreadable: " + str(exc).splitlines()[0]
        return score
    language = source.metadata.language.split("-")[0].lower()
    score = Score(path.stem, language)
    score.facts = len(spec.get("facts") or [])
    score.contacts = len(spec.get("contacts") or [])
    from pubkit.plain.readability import document_units

    score.source_words = len(words(" ".join(document_units(standard_version(source), title=False))))
    try:
        plain = plain_language(source)
    except PubkitError as exc:
        reason = str(exc).splitlines()
        score.refused = reason[1].strip() if len(reason) > 1 else reason[0]
        return score
    score.author = not (plain.metadata.subtitle or "").endswith(plain_label(language, "draft"))
    sentences = _sentences(plain)
    all_lines = draft_sentences(plain.blocks, language)
    score.sentences = [s.text for s in sentences]
    # Both sides with their abbreviations written out, by the table the draft and the
    # guards use: „Mo.–Fr. 8 bis 12 Uhr“ in a fact is kept by „Montag bis Freitag 8 bis 12 Uhr“.
    text = _same_form("\n".join(s.text for s in all_lines), language)
    for fact in spec.get("facts") or []:
        if any(_same_form(str(a), language) in text for a in fact.get("any") or []):
            score.facts_kept += 1
        else:
            score.lost.append(str(fact.get("text", "")))
    folded = [_same_form(s.text, language) for s in all_lines]
    for contact in spec.get("contacts") or []:
        value = _same_form(str(contact.get("value", "")), language)
        purposes = [_same_form(str(p), language) for p in contact.get("purpose_any") or []]
        ok = False
        for index, line in enumerate(folded):
            if value and value in line:
                near = line + " " + (folded[index - 1] if index else "")
                if index > 1 and _GOES_ON.match(line):
                    # "Or e-mail …" / „Oder schreiben Sie an: …“ is the same request as the
                    # sentence before it, split for length: what that one is for, it is for.
                    near += " " + folded[index - 2]
                if not purposes or any(p in near for p in purposes):
                    ok = True
                    break
        if ok:
            score.contacts_kept += 1
        else:
            score.lost.append(f"contact {contact.get('value')}")
    previous = ""
    for sentence in sentences:
        if sentence.label or sentence.entry:
            continue
        why = fragment_reason(sentence.text, language)
        if why and address_line(sentence.text, language):
            why = None  # „Rathaus, Markt 1, 44135 Dortmund.“: a postal address on its own line
        if why and score.author and contact_line(sentence.text, language):
            why = None  # „Telefon: 0231 50-0“: a contact entry of an easy text, no sentence
        if why and score.author and _continues(previous, sentence.text, language):
            why = None
        if why and score.author and _easy_text_line(previous, sentence.text, language):
            why = None
        if why:
            score.fragments.append(f"{sentence.text} ({why})")
        previous = sentence.text
    return score


_ADDRESS_WORD = re.compile(
    r"(?:[A-ZÄÖÜ0-9][\w.'’&/-]*|of|the|and|on|upon|in|im|am|an|der|die|das|den|dem|zum|zur|"
    r"bei|c/o|in der|am)$"
)


def address_line(text: str, language: str) -> bool:
    """Whether ``text`` is a postal address alone — names, a street with its number, a
    postcode — which is no sentence and needs none: a line of contact details.

    >>> address_line("Old Courthouse, Jaycroft Road, Burnham-on-Sea, TA8 1LE.", "en")
    True
    >>> address_line("Bürgerbüro, Friedensplatz 1, 44135 Dortmund", "de")
    True
    >>> address_line("Bring it to the Town Hall, 1 High Street.", "en")
    False
    """
    from pubkit.plain.message import ADDRESS, contacts_in

    body = text.strip().rstrip(".")
    if not ADDRESS.search(body):
        return False
    for contact in contacts_in(body, language):
        body = body.replace(contact, " ")
    parts = [w for w in re.split(r"[\s,;]+", body) if w]
    return all(_ADDRESS_WORD.match(w) for w in parts)


_CONTACT_LABEL = re.compile(r"^(?:[A-ZÄÖÜa-zäöüß][\w.-]*\s+){0,2}[A-ZÄÖÜa-zäöüß][\w.-]*:\s*(?=\S)")
"""A label before a contact entry: „Telefon:“, „E-Mail:“, "Phone:", "Text phone:", „Im Internet:“."""
_CONTACT_WORD = re.compile(
    r"(?i)^(?:tel\.?|telefon|fax|phone|text|oder|or|und|and|e-mail|email|internet|web)$"
)


def contact_line(text: str, language: str) -> bool:
    """Whether ``text`` is one entry of contact details — a phone number, an e-mail or web
    address, a postal address, with or without a label — which an easy text writes on its own
    line and which is no sentence.

    >>> contact_line("Telefon: 0231 50-12345", "de")
    True
    >>> contact_line("E-Mail: info@stadt-beispiel.de", "de")
    True
    >>> contact_line("Call us on 01234 567890.", "en")
    False
    """
    from pubkit.plain.message import contacts_in

    body = text.strip().rstrip(".")
    if not contacts_in(body, language):
        return False
    unlabelled = _CONTACT_LABEL.sub("", body, count=1)
    if address_line(unlabelled, language):
        return True
    for contact in contacts_in(unlabelled, language):
        unlabelled = unlabelled.replace(contact, " ")
    rest = [w for w in re.split(r"[\s,;/()]+", unlabelled) if w]
    return all(_CONTACT_WORD.match(w) for w in rest)


def _continues(previous: str, line: str, language: str) -> bool:
    """Whether ``line`` of an author-written easy text goes on from the line before it, in
    the one-sentence-per-line style: „Das gilt für Sie:“ / „Wenn Ihnen das Haus gehört.“,
    „Sie können anrufen.“ / „Von 8 Uhr bis 12 Uhr.“ — joined, they are one whole sentence.

    >>> _continues("Das gilt für Sie:", "Wenn Ihnen das Haus gehört.", "de")
    True
    >>> _continues("", "Wenn Ihnen das Haus gehört.", "de")
    False
    """
    if not previous or fragment_reason(previous.rstrip(":") + ".", language):
        return False
    joined = previous.rstrip(".:;!") + ", " + line[:1].lower() + line[1:]
    return fragment_reason(joined, language) is None


_ADDRESS_PIECE = re.compile(
    r"^(?:\d{4,5}\s+\w[\w .'’-]*"  # „66679 Losheim am See“, „90762 Fürth“
    r"|[A-ZÄÖÜ][\w.'’-]*(?:\s+[\w.'’-]+){0,3}\s+\d+\s?[a-z]?)$"  # „Merziger Straße 3“
)
"""One line of a postal address that an easy text writes in two: the street with its number,
or the postcode with the town."""
_STREET_WORD = re.compile(
    r"(?i)(?:stra(?:ß|ss)e|str\.|weg|platz|gasse|allee|ring|markt|damm|ufer|road|street|"
    r"lane|avenue|way|drive|square|place)\b"
)
_TIME_WORD = re.compile(
    r"(?i)^(?:von|bis|und|oder|auch|am|ab|um|uhr|from|to|and|or|also|on|at|a\.?m\.?|p\.?m\.?|"
    r"(?:mon|diens|donners|frei|sams|sonn)tags?|mittwochs?|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|\d{1,2}(?:[.:]\d{2})?(?:am|pm)?)$"
)
_VARIANT_LINE = re.compile(
    r"(?i)^(?:easy[ -]read|leichte sprache|einfache sprache|plain language)\b"
)
_LEADING_AND = re.compile(r"^(?:Und|Oder|Aber|And|Or|But)\s+(?=\S)")


def _easy_text_line(previous: str, line: str, language: str) -> bool:
    """Whether ``line`` of an author-written easy text is one of the lines such texts write
    on purpose and no cut sentence: a piece of a postal address (street, or postcode and
    town), a line of opening hours („Und Donnerstag auch von 14 bis 18 Uhr.“), an example
    after „Zum Beispiel:“, a whole sentence that begins with „Und“/„Oder“/„Aber“ (the
    Netzwerk Leichte Sprache allows it), the text's label ("Easy read") or a date alone.

    >>> _easy_text_line("", "66679 Losheim am See", "de")
    True
    >>> _easy_text_line("Zum Beispiel:", "Ein Blinden-Führ-Hund.", "de")
    True
    >>> _easy_text_line("", "Und Sie brauchen eine Erlaubnis.", "de")
    True
    >>> _easy_text_line("Sie zahlen Steuer.", "Den Hund.", "de")
    False
    """
    body = line.strip().rstrip(".")
    if _ADDRESS_PIECE.match(body) and (body[:1].isdigit() or _STREET_WORD.search(body)):
        return True
    words = [w for w in re.split(r"[\s,–—-]+", body) if w]
    if words and all(_TIME_WORD.match(w) for w in words) and any(w[:1].isdigit() for w in words):
        return True
    if previous.rstrip().endswith(":") and len(words) <= 6:
        return True  # an entry of a list the line before opens: „Zum Beispiel:“ / „Ein Hund.“
    if _VARIANT_LINE.match(body) and len(words) <= 6:
        return True  # "Easy read", "Easy-read guide", „Leichte Sprache“: the text's label
    rest = _LEADING_AND.sub("", line.strip(), count=1)
    if rest != line.strip() and fragment_reason(rest[:1].upper() + rest[1:], language) is None:
        return True
    return _date_alone(body, language)


def _date_alone(text: str, language: str) -> bool:
    """Whether ``text`` is a date (and time) alone, the dateline of an easy text:
    „04. Oktober 2021, 12:55 Uhr“."""
    from pubkit.plain.facts import _DATE_EN, _DATE_NUMERIC, _DATE_WORD

    rest = text
    for pattern in (_DATE_WORD, _DATE_EN, _DATE_NUMERIC):
        rest = pattern.sub(" ", rest)
    rest = re.sub(r"(?i)\b\d{1,2}[.:]\d{2}(?:\s*uhr)?\b|[\s,]+", " ", rest)
    return rest != text and not rest.strip()


def _pct(kept: int, total: int) -> str:
    return f"{100 * kept / total:5.1f} %" if total else "    –  "


def _overall(label: str, group: Sequence[Score], language: str | None) -> str:
    sentences = [t for s in group for t in s.sentences]
    facts = sum(s.facts for s in group)
    contacts = sum(s.contacts for s in group)
    figures = ""
    if language is not None:
        mean = sum(len(words(t)) for t in sentences) / max(len(sentences), 1)
        flesch = readability(sentences, language).flesch if sentences else 0.0
        figures = f" {mean:6.1f} {flesch:6.1f}"
    return (
        f"{label:46} {_pct(sum(s.facts_kept for s in group), facts):>9} "
        f"{_pct(sum(s.contacts_kept for s in group), contacts):>9} "
        f"{sum(len(s.fragments) for s in group):>4}{figures}"
    )


def _table(scores: Sequence[Score]) -> list[str]:
    rows = [
        f"{'notice':46} {'facts':>9} {'contacts':>9} {'frag':>4} {'w/sent':>6} "
        f"{'Flesch':>6} {'words':>9}"
    ]
    for s in scores:
        words_col = f"{s.words}/{s.source_words}"
        name = s.name[:40] + (" (A)" if s.author else "")
        if s.refused:
            rows.append(f"{name:46} REFUSED: {s.refused[:110]}")
            continue
        rows.append(
            f"{name:46} {_pct(s.facts_kept, s.facts):>9} "
            f"{_pct(s.contacts_kept, s.contacts):>9} {len(s.fragments):>4} "
            f"{s.mean_words:6.1f} {s.flesch:6.1f} {words_col:>9}"
        )
    for language in sorted({s.language for s in scores}):
        name = "Flesch-Amstad" if language == "de" else "Flesch"
        drafts = [s for s in scores if s.language == language and not s.author]
        rows.append(
            _overall(f"drafts {language} ({len(drafts)} notices, {name})", drafts, language)
        )
    everything = [s for s in scores if not s.author]
    rows.append(_overall(f"drafts, all ({len(everything)} notices)", everything, None))
    authored = [s for s in scores if s.author]
    if authored:
        rows.append(
            _overall(f"author-written (A), passed through ({len(authored)})", authored, None)
        )
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pubkit.plain.evaluate",
        description="Measure plain-language drafts against annotated notices (*.facts.yaml).",
    )
    parser.add_argument("paths", nargs="+", type=Path, help="corpus folders or notice files")
    parser.add_argument("-v", "--verbose", action="store_true", help="list lost facts, fragments")
    args = parser.parse_args(argv)
    notices: list[Path] = []
    for path in args.paths:
        if path.is_dir():
            notices += sorted(p for p in path.glob("*.md") if p.with_suffix(".facts.yaml").exists())
        else:
            notices.append(path)
    scores = [evaluate_notice(p) for p in notices]
    print("\n".join(_table(scores)))
    if args.verbose:
        for s in scores:
            for item in [*s.lost, *s.fragments]:
                print(f"{s.name}: {item}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
