"""Sentences and words of German and English text, as a reader sees them (ACCESSIBILITY.md 4.4).

One splitter for the speech renderer (sentence by sentence synthesis, captions) and the
plain-language tools (readability figures, rule checker, simplifier).

A full stop ends a sentence only when the next word starts a new one; ``!`` and ``?`` end
a sentence before a capital or a digit, an ellipsis before a capital. Nothing ends before a
lower-case word. A full stop does not end a sentence after

- a known abbreviation (``z. B.``, ``ca.``, ``Dr.``, ``e.g.``) or one of the document's own
  (``abbreviations``); ``Nr.``, ``Art.``, ``No.``, ``Jan.`` … only before or after a number,
  so "Das ist Jan. Er kommt." is two sentences; ``usw.``, ``etc.`` end one before a capital;
- an initial (``Ingo L. Müller``, ``(l.)``) or a dotted acronym (``F.A.Z.``, ``U.S.``);
- a German ordinal: ``am 3. März``, ``der 2. Platz``, ``jeden 1. Montag``, ``im 2. Stock``,
  ``am 24. 11.``, a list number at the start (``1. Öffnen Sie …``). A number that is not an
  ordinal ends the sentence before a capital: ``Schulstraße 21. Montags …``, ``Nr. 21.
  Montag …``, ``im Jahr 2020. Dann …``; so does any number before a word that cannot follow
  an ordinal (``ab dem 3. Bitte …``);
- a dot inside a token (``1.000``, ``24.11.2026``, ``F.A.Z.-Institut``, ``www.x.de``).

``a.m.`` and ``p.m.`` end an English sentence before a capital ("to 5 p.m. Bring your ID."),
not before a weekday or month ("at 3 p.m. Tuesday").

Line breaks (easy-read text, one sentence a line): a colon at the end of a line ends the
sentence; a line without a full stop ends before a capitalised sentence-opening word
(``Sie``, ``Bitte``, ``Das`` …) unless it stops on a comma, an article, a preposition or a
conjunction (a wrapped line).

Standard library only, so every layer can use it:

>>> split_sentences("Am 3. März kommen z. B. rund 1.000 Gäste. Die F.A.Z. berichtet.", "de")
['Am 3. März kommen z. B. rund 1.000 Gäste.', 'Die F.A.Z. berichtet.']
>>> split_sentences("Die Impfstelle liegt in der Schulstraße 21. Montags ist sie zu.", "de")
['Die Impfstelle liegt in der Schulstraße 21.', 'Montags ist sie zu.']
>>> split_sentences("Open 9 a.m. to 5 p.m. Bring your ID.", "en")
['Open 9 a.m. to 5 p.m.', 'Bring your ID.']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["alphabetic", "sentence_spans", "split_sentences", "words"]


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# -- word lists ------------------------------------------------------------------------------
# Abbreviations are written without their final full stop, in their usual case. A lower-case
# one also counts capitalised at the start of a sentence ("Ggf. kommt …", "Ca. 5 Euro …").

_GERMAN = _set(
    """
    z B u a o Ä ä d h l r M v s S i e V
    Nrn ca Dr Prof St Str Tel Fax Hr Fr Frl bzw vgl ggf inkl zzgl exkl evtl ggü bspw bzgl
    sog gem lt mind tgl max min Min Std Mio Mrd Tsd Pkt Hrsg Verf Anm Ref Az Bd Jh Jhd Ing
    Dipl Bhf geb gest gegr verh röm kath ev ebd sen Mr Mrs Ms Zt zzt insb einschl allg ggfs
    """
)
_ENGLISH = _set(
    """
    Mr Mrs Ms Dr Prof St vs approx Ave Rd Jr Sr Inc Ltd Co cf Gen Gov Sen Rep Capt Lt Col Sgt
    Mt est dept
    """
)
# Abbreviations that are also ordinary words or names: abbreviations only next to a number
# ("Nr. 5", "Art. 3", "3. Jan. 2026", "Mo. 9 Uhr"), otherwise the end of a sentence.
_WITH_NUMBER = {
    "de": _set(
        """
        Nr Art Abs Kap Ziff Durchw App Jan Feb Mär Apr Jun Jul Aug Sep Sept Okt Nov Dez
        Mo Di Mi Do Sa So
        """
    ),
    "en": _set(
        """
        No Nos Fig Vol Ch Art p pp ext Ext Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
        Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
        """
    ),
}
_KNOWN = {"de": _GERMAN, "en": _ENGLISH}
# Parts of the day that follow a range of weekdays: "Mo.–Fr. Vormittag" (no sentence end).
_DAY_PARTS = _set("Morgen Vormittag Mittag Nachmittag Abend Nacht")
# Weekdays ending a range: "Mo–Fr." ("Fr." alone is "Frau").
_RANGE_END = _set("Mo Di Mi Do Fr Sa So Mon Tue Wed Thu Fri Sat Sun")
_ALL_KNOWN = _GERMAN | _ENGLISH
_ALL_WITH_NUMBER = _WITH_NUMBER["de"] | _WITH_NUMBER["en"]
# Abbreviations that may also end a sentence: a capital after them starts a new one.
_FINAL = frozenset({"usw", "etc", "usf", "ff"})
_MONTHS = _set(
    """
    Januar Jänner Februar März April Mai Juni Juli August September Oktober November Dezember
    January February March May June July October December
    Jan Feb Mär Apr Jun Jul Aug Sep Sept Okt Nov Dez Mar Oct Dec
    """
)
_WEEKDAYS = _set(
    """
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs
    Fri Sat Sun
    """
)
# Words after which a German number with a full stop is an ordinal: "der 3. Platz",
# "am 3. März", "jeden 1. Montag", "zur 2. Impfung", "als 1. Stadt" (compared in lower case).
_BEFORE_ORDINAL = _set(
    """
    der die das den dem des am im zum zur vom beim ins ans aufs ab bis seit als
    ein eine einer einem einen eines jeder jede jedes jeden jedem dieser diese dieses diesem
    diesen mein meine meinem meinen meiner dein deine sein seine seinem seinen seiner
    ihr ihre ihrem ihren ihrer unser unsere unserem unseren unserer euer eure
    """
)
# Nouns counted with an ordinal: "2. Stock", "19. Jahrhundert", "3. Impfung".
_ORDINAL_NOUNS = _set(
    """
    Stock Etage Obergeschoss Untergeschoss OG UG Klasse Jahrhundert Jahrtausend Lebensjahr
    Quartal Halbjahr Kalenderwoche KW Impfung Dosis Welle Auflage Advent Adventssonntag
    Weihnachtstag Feiertag Liga Bundesliga Bauabschnitt
    """
)
# Capitalised words that open a sentence and never follow an ordinal or continue a line:
# articles, pronouns, sentence adverbs, conjunctions, question words, "Bitte".
_OPENING = _set(
    """
    Der Die Das Den Dem Des Ein Eine Einer Einem Einen Eines Ich Du Er Sie Es Wir Ihr Man
    Dies Diese Dieser Dieses Dort Hier Da Dann Danach Davor Daher Deshalb Deswegen Darum
    Außerdem Auch Aber Und Oder Doch Denn Jedoch Trotzdem Sonst Also Bitte Wer Was Wo Wann
    Wie Warum Weshalb Wenn Falls Weil Ob Obwohl Nachdem Bevor Heute Jetzt Nun Dafür
    Dazu Damit Am Im Ab Bis Vom Zum Zur Beim Mit Für Nach Vor Bei In An Auf Aus Von Zu Um
    Ohne Gegen Über Unter Alle Jeder Jede Viele Mehr Nur Kein Keine Ja Nein Vielen Danke
    The A An This These That Those I You He She It We They There Here Then Please If When
    What Who Where How Why Your Our My Yes No Thank Thanks
    """
)
# A line that stops on one of these words continues on the next line (compared lower case).
# Not the verb particles that end many sentences: "rufen Sie an", "bringen Sie ihn mit".
_CONTINUES = _set(
    """
    der die das den dem des ein eine einer einem einen eines und oder aber sowie sondern
    denn dass weil wenn ob als wie in im am beim von vom zum zur für über unter hinter neben
    zwischen durch gegen ohne bis seit ihr ihre ihren ihrem sein seine unser unsere mein
    meine the a an and or but of to in on at for with by from your our their its
    """
)

_OPENERS = "„‚“‘»«\"'(["
_CLOSERS = "\"'“”‘’»«)]"
_CANDIDATE = re.compile(r"([.!?…]+)([\"'“”‘’»«)\]]*)(\s+)(?=\S)")
_OPENING_RUN = re.compile(f"[{re.escape(_OPENERS)}]*")
_LINE_BREAK = re.compile(r"[^\S\n]*\n\s*(?=\S)")
_NUMBER = re.compile(r"\d{1,4}|\d{1,2}\.\d{1,2}")  # "3", "2020", "24.11" (of "am 24.11.")
_DAY_MONTH = re.compile(r"(\d{1,2})\.(?!\S)")  # "11. " of "am 24. 11. 2026"
_DOTTED = re.compile(r"(?:[^\W\d_]{1,3}\.)+[^\W\d_]{1,3}")  # F.A.Z, z.B, e.g, Ph.D
_NEXT_WORD = re.compile(r"[\w.]*\w")
_UNITS_WITH_SLASH = _set("km/h m/s l/h kg/h km/s mi/h m/h")
_DAY_RANGE = re.compile(r"\d{1,2}\.(?:\d{1,2}\.)?\s?[–—-]\s?\d{1,2}")  # "15.–26", "1.-3"


@dataclass(frozen=True, slots=True)
class _Lexicon:
    known: frozenset[str]
    with_number: frozenset[str]
    german: bool


def _lexicon(language: str, abbreviations: Iterable[str]) -> _Lexicon:
    primary = language.split("-", 1)[0].lower()
    if primary in _KNOWN:
        known, with_number = _KNOWN[primary], _WITH_NUMBER[primary]
    else:  # unknown or "und": everything pubkit knows
        known, with_number = _ALL_KNOWN, _ALL_WITH_NUMBER
    extra = set()
    for term in abbreviations:
        term = term.strip()
        if term.endswith(".") and len(term) > 1:
            extra.add(term[:-1].rsplit(" ", 1)[-1])
    return _Lexicon(known | extra, with_number - extra, primary not in ("en",))


# -- the splitter ----------------------------------------------------------------------------


def sentence_spans(
    text: str, language: str, *, abbreviations: Iterable[str] = ()
) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence in ``text``, surrounding whitespace excluded.

    ``language`` is a BCP 47 tag (``de``, ``en-GB``); another or ``und`` uses the German and
    English lists together. ``abbreviations`` adds document terms such as ``Stadtverw.``:
    any of them ending in a full stop never ends a sentence. The spans cover every
    non-whitespace character of ``text`` in order, and each span has a letter or digit.
    """
    lexicon = _lexicon(language, abbreviations)
    candidates: list[tuple[int, int, re.Match[str], bool]] = []
    stops = set()
    for match in _CANDIDATE.finditer(text):
        candidates.append((match.end(2), match.end(), match, True))
        stops.add(match.end(2))
    for match in _LINE_BREAK.finditer(text):
        if match.start() not in stops:
            candidates.append((match.start(), match.end(), match, False))
    candidates.sort(key=lambda c: c[0])
    titles = [(m.start(), m.end() - 1) for m in _SHORT_QUOTE.finditer(text)]

    spans: list[tuple[int, int]] = []
    start = 0
    for end, following, match, stop in candidates:
        if end <= start or not _has_word(text, start, end):
            continue
        if stop and any(a < end <= b for a, b in titles):
            continue  # inside a short quotation: a title such as „Wir sind hier. Und jetzt?“
        if stop:
            boundary = _ends_sentence(text, start, match, lexicon)
        else:
            boundary = _ends_line(text, start, end, following)
        if boundary:
            spans.append((start, end))
            start = following
    if text[start:].strip():
        if spans and not _has_word(text, start, len(text)):
            start = spans.pop()[0]  # a trailing "…" or "–" stays with its sentence
        spans.append((start, len(text)))
    out = []
    for s, e in spans:
        piece = text[s:e]
        s += len(piece) - len(piece.lstrip())
        e -= len(piece) - len(piece.rstrip())
        out.append((s, e))
    return out


# A quotation of up to 80 characters is a title or a name, never split: „…“, “…”, »…«, «…».
_SHORT_QUOTE = re.compile(r"„[^„“”\n]{1,80}[“”]|“[^„“”\n]{1,80}”|»[^»«\n]{1,80}«|«[^»«\n]{1,80}»")


def split_sentences(text: str, language: str, *, abbreviations: Iterable[str] = ()) -> list[str]:
    """The sentences of ``text``, each with its whitespace runs made single spaces.

    >>> split_sentences("Es waren 300. Danach\\nkamen mehr!  Gut?", "de")
    ['Es waren 300.', 'Danach kamen mehr!', 'Gut?']
    """
    spans = sentence_spans(text, language, abbreviations=abbreviations)
    return [" ".join(text[s:e].split()) for s, e in spans]


def _has_word(text: str, start: int, end: int) -> bool:
    return any(c.isalnum() for c in text[start:end])


def _after(text: str, pos: int) -> str:
    """The start of the next sentence, if it is one: the text after ``pos`` without its
    opening quotes and brackets, cut short (the rules look at the next two words only)."""
    run = _OPENING_RUN.match(text, pos)
    begin = run.end() if run else pos
    return text[begin : begin + 64]


def _ends_sentence(text: str, start: int, match: re.Match[str], lexicon: _Lexicon) -> bool:
    """Whether the ``. ! ? …`` of ``match`` ends the sentence that began at ``start``."""
    after = _after(text, match.end())
    first = after[:1]
    if not (first.isupper() or first.isdigit()):
        return False  # no sentence starts with a lower-case word
    marks = match.group(1)
    if "!" in marks or "?" in marks:
        return True
    if marks != ".":  # "…", "...": an ellipsis may stand inside a sentence
        return first.isupper()
    before = text[start : match.start()]
    if not before or before[-1].isspace():
        return True  # a lone full stop
    tokens = before.split()
    token = tokens[-1].strip(_OPENERS + _CLOSERS)
    core = re.split(r"[-–/]", token)[-1] or token
    nxt = _NEXT_WORD.match(after)
    next_word = nxt.group(0).rstrip(".") if nxt else ""
    previous = tokens[-2].strip(_OPENERS + _CLOSERS + ",;:") if len(tokens) > 1 else ""

    if core.lower() in ("a.m", "p.m"):  # "… to 5 p.m. Bring your ID."
        return next_word not in _WEEKDAYS and next_word not in _MONTHS
    if core in _FINAL:
        return True
    if token in _UNITS_WITH_SLASH:
        return True  # "… bis 110 km/h. Die Warnung …": a unit, not an initial "h."
    if lexicon.german and _DAY_RANGE.fullmatch(token) and next_word in _MONTHS:
        return False  # "15.–26. Juli": the second day of a range, an ordinal
    if core != token and core in _RANGE_END:  # "Mo–Fr. Samstags …", "Mo–Fr. 9 Uhr"
        # "Mo.–Fr. Vormittag": a part of the day goes with the days
        return not first.isdigit() and next_word.rstrip("s") not in _DAY_PARTS
    if core in lexicon.known or (
        len(tokens) == 1 and core[:1].isupper() and core[:1].lower() + core[1:] in lexicon.known
    ):
        return False
    if core in lexicon.with_number and (core == token or token.endswith("-" + core)):
        # also in a compound: "Haus-Nr. 51", "Kunden-Nr. 4711", "Tel.-Nr. 0211 …"
        return not (first.isdigit() or _NUMBER.fullmatch(previous.rstrip(".")))
    if _DOTTED.fullmatch(core):
        parts = core.split(".")
        if all(len(p) <= 2 for p in parts) or all(p.isupper() for p in parts):
            return False  # F.A.Z., z.B., e.g., U.S.A.; not www.bit.ly
    if len(core) == 1 and core.isalpha():
        return False  # an initial, "(l.)"
    if lexicon.german and core.lower().endswith("str") and first.isdigit():
        return False  # "Kieferstr. 14": a street and its house number
    if _NUMBER.fullmatch(core) and core == token:
        return not _is_ordinal(core, previous, next_word, after, len(tokens) == 1, lexicon)
    return True


def _is_ordinal(
    number: str, previous: str, next_word: str, after: str, first: bool, lexicon: _Lexicon
) -> bool:
    """Whether ``number.`` (followed by a capital or a digit) is an ordinal, not an end."""
    if first:
        return True  # a list number: "1. Öffnen Sie das Portal."
    if not lexicon.german:
        return False  # English writes ordinals as 1st, 2nd
    if next_word in _OPENING:
        return False  # "ab dem 3. Bitte kommen Sie …": nothing of the kind follows an ordinal
    if next_word in _MONTHS or next_word in _ORDINAL_NOUNS:
        return True  # "3. März", "2. Stock"
    day_month = _DAY_MONTH.match(after)
    if day_month and "." not in number and int(number) <= 31 and int(day_month.group(1)) <= 12:
        return True  # "am 24. 11. 2026": the day
    day = re.fullmatch(r"(\d{1,2})\.", previous)
    if day and "." not in number and int(number) <= 12 and int(day.group(1)) <= 31:
        return True  # "am 24. 11. 2026": the month
    return previous.lower() in _BEFORE_ORDINAL  # "der 2. Platz", "jeden 1. Montag"


def _ends_line(text: str, start: int, end: int, following: int) -> bool:
    """Whether a line break without ``. ! ?`` ends a sentence (easy-read lines)."""
    line = text[start:end].rstrip()
    if line.endswith(":"):
        return True  # a colon that ends a line ends the unit
    if line[-1:] in ",;-–—/(" or line.split()[-1].lower() in _CONTINUES:
        return False  # a wrapped line
    nxt = _NEXT_WORD.match(_after(text, following))
    return nxt is not None and nxt.group(0) in _OPENING


# -- words -----------------------------------------------------------------------------------

_EDGE = "\"'“”‘’„‚»«()[]{}.,;:!?…–—-*/"


def words(sentence: str) -> list[str]:
    """The words of a sentence: whitespace-separated tokens holding a letter or digit.

    Punctuation at the edges is removed; ``1.000``, ``F.A.Z.-Institut`` and a URL stay one
    word, and a dash standing alone is not a word.

    >>> words("Das Amt gehört zu rund 1.000 „Helden“ – sagt die F.A.Z.")
    ['Das', 'Amt', 'gehört', 'zu', 'rund', '1.000', 'Helden', 'sagt', 'die', 'F.A.Z']
    """
    out = []
    for token in sentence.split():
        word = token.strip(_EDGE)
        if any(c.isalnum() for c in word):
            out.append(word)
    return out


def alphabetic(word: str) -> bool:
    """A word made of letters (hyphens allowed): syllable and letter measures use only these."""
    return (
        any(c.isalpha() for c in word)
        and not any(c.isdigit() for c in word)
        and "@" not in word
        and "/" not in word
        and not word.lower().startswith("www.")
    )
