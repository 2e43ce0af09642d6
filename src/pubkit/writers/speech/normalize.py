"""Written text → what the speech engine should say, for German and English.

espeak-ng reads "24.11.2026" as "vierundzwanzig Punkt elf Punkt …" and breaks sentences at
"z. B."; this module writes every such case out in words before the engine sees it. The
order matters: the document's pronunciation lexicon first (an editor's fix always wins),
then its glossary, URLs, built-in abbreviations, gender forms, dates, times, ranges, phone
numbers, amounts with units, plain numbers and finally the remaining symbols.

>>> normalize("Am 24.11.2026 von 9–17 Uhr, z. B. im Rathaus.", "de")
'Am vierundzwanzigsten November zweitausendsechsundzwanzig von neun bis siebzehn Uhr, zum Beispiel im Rathaus.'
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping

from pubkit.writers.speech import date_forms, numbers, readings, references, shared
from pubkit.writers.speech.grammar import GENDERS as _GENDER
from pubkit.writers.speech.grammar import agree, one_before_noun, says_a_noun
from pubkit.writers.speech.grammar import is_plural as _grammar_plural
from pubkit.writers.speech.grammar import noun_gender as _gender
from pubkit.writers.speech.tables import (
    ABBREVIATIONS,
    ANGLICISMS,
    CAPTION_ABBREVIATIONS,
    CURRENCIES,
    ENGLISH_PARTS,
    FRENCH_DE,
    GLOSSARY_DE,
    LEXICON,
    SYMBOLS,
    UNITS,
    URL_WORDS,
    WEEKDAYS,
    WORD_CAPITALS_DE,
)

__all__ = ["address_names", "clear_cache", "glossary_terms", "normalize", "speech_language"]

_DASH = "[–—-]"  # en dash, em dash, hyphen between two numbers or weekdays
_DATIVE = frozenset(
    [
        "am",
        "Am",
        "vom",
        "Vom",
        "zum",
        "Zum",
        "bis",
        "Bis",
        "ab",
        "Ab",
        "seit",
        "Seit",
        "den",
        "dem",
        "im",
        "beim",
        "zur",
    ]
)
_NOMINATIVE_E = frozenset(["der", "Der", "die", "Die", "das", "Das"])
_NUM = r"\d{1,3}(?:\.\d{3})+|\d+"  # German integer, dots group thousands


def speech_language(tag: str) -> str:
    """The normalisation language for a BCP 47 tag: ``de`` or ``en`` (the fallback)."""
    return "de" if tag.split("-", 1)[0].lower() == "de" else "en"


def normalize(
    text: str,
    language: str,
    *,
    glossary: Mapping[str, str] | None = None,
    lexicon: Iterable[tuple[str, str]] = (),
    caption: bool = False,
    introduced: Iterable[str] = (),
    announce: Iterable[str] = (),
    names: tuple[tuple[str, str], ...] = (),
) -> str:
    """Spell out ``text`` for the engine; ``language`` is a BCP 47 tag.

    ``glossary`` maps the document's abbreviations to their expansions, ``lexicon`` holds
    its pronunciations (written form → how to say it; a key ``en:Word`` applies only to
    English); ``caption`` enables photo-caption forms such as ``(l.)`` → ``(links)``.

    A glossary abbreviation is expanded where it is first used (WCAG technique G97: the
    expansion at the first use); ``introduced`` names those said before (in this chapter),
    which are left as written, and so is a second use within ``text``. ``announce`` names
    those used again later: their first use says the expansion *and* the abbreviation
    („Ständige Impfkommission (STIKO)“), so the listener knows it when it comes back. The
    built-in readings (OB, …) are said in full every time. :func:`script` keeps the count.

    ``names``: the document's words with umlauts by their spelling in web and e-mail
    addresses (:func:`umlaut_names`), so that ``muehlhausen-ehingen.de`` is said as the
    document writes the place („Mühlhausen“).

    Results are remembered (a bounded cache, :func:`clear_cache` empties it): after an edit
    the pipeline normalises the unchanged sentences again, and gets them back at once.
    """
    terms = (glossary or {}).keys()
    used = glossary_terms(text, terms) if terms else []
    # a term used twice in this text is introduced at its first use
    announce = {*announce, *(t for t in used if used.count(t) > 1)}
    return _normalize(
        text,
        language,
        tuple((glossary or {}).items()),
        tuple((written, spoken) for written, spoken in lexicon),
        caption=caption,
        # only the terms of this glossary matter (so the remembered results stay shared)
        introduced=frozenset(t for t in introduced if t in terms),
        announce=frozenset(t for t in announce if t in terms),
        names=names,
    )


def clear_cache() -> None:
    """Forget remembered results of :func:`normalize` (for benchmarks of a cold start)."""
    _normalize.cache_clear()


@functools.lru_cache(maxsize=8192)
def _normalize(
    text: str,
    language: str,
    glossary_items: tuple[tuple[str, str], ...],
    lexicon: tuple[tuple[str, str], ...],
    *,
    caption: bool,
    introduced: frozenset[str] = frozenset(),
    announce: frozenset[str] = frozenset(),
    names: tuple[tuple[str, str], ...] = (),
) -> str:
    glossary = dict(glossary_items)
    lang = speech_language(language)
    us = language.lower().replace("_", "-") in ("en-us", "en-ca", "en-ph")
    table, words, change = _compiled_lexicon(lang, lexicon)
    if words is not None:  # not inside an address: its words are said by _say_url
        text = _outside_addresses(text, lambda piece: words.sub(lambda m: table[m[1]], piece))
    # "… until 3:30 p.m. Closed Sundays.", "… Fri 10th Dec.": the abbreviation's full stop
    # also ends the sentence; it is written twice, so the reading of the abbreviation keeps
    # one for the pause (was "three thirty p m Closed Sundays": no sentence end).
    if "." in text:
        text = _SENTENCE_END_ABBREVIATION[lang].sub(r"\1.", text)
    if lang == "de":  # built-in expansions, under the document's own (said every time)
        introduced -= GLOSSARY_DE.keys()
        announce -= GLOSSARY_DE.keys()
        glossary = {**GLOSSARY_DE, **glossary}
    if glossary:
        text = _apply_glossary(text, glossary, lang, introduced=introduced, announce=announce)
    text = _address_pauses(text)
    # A breadcrumb or kicker „Essen aktuell | Sicherheit“: the bar is a pause.
    text = re.sub(r"\s+\|\s+", ", ", text)
    # "Monday–Friday", „Montag–Freitag“: a range of whole weekday names.
    full = "|".join(WEEKDAYS["de" if lang == "de" else "en"].values())
    text = re.sub(
        rf"\b({full})\s?[–—]\s?({full})\b", rf"\1 {'bis' if lang == 'de' else 'to'} \2", text
    )
    # umlauts in German only; the initials of a name („icc“ → „I C C“) in both languages
    said_names = dict(names) if lang == "de" else {k: v for k, v in names if " " in v}
    text = _URL.sub(lambda m: _say_url(m.group(0), lang, said_names), text)
    if caption:
        for pattern, spoken in CAPTION_ABBREVIATIONS[lang]:
            text = re.sub(pattern, spoken, text)
    any_abbreviation, abbreviations = _abbreviation_patterns(lang)
    if any_abbreviation.search(text):  # most sentences hold none: one search, not sixty
        for compiled, spoken in abbreviations:
            text = compiled.sub(spoken, text)
    text = _DOTTED_ACRONYM.sub(lambda m: " ".join(m.group(0).replace(".", "")), text)
    # Initials in a street name: "J.-G.-Fischer-Straße" → "J-G-Fischer-Straße".
    text = re.sub(r"(?<![\w.])([A-ZÄÖÜ])\.-(?=[A-ZÄÖÜ])", r"\1-", text)
    text = _changes(text, lang, change)
    if lang == "de":
        for step in _GERMAN:
            text = step(text)
    else:
        text = _en_numeric_dates(text, us=us)
        if us or readings.US_ZIP.search(text):  # an American address: "1234 Main Street"
            text = readings.us_house_numbers(text)
        for step in _ENGLISH:
            text = step(text)
    # "Corona-Verordnung (CoronaVO)" became "Corona-Verordnung (Corona-Verordnung)": once.
    text = re.sub(r"(\b[\w-]+(?: [\w-]+){0,4}) \(\1\)", r"\1", text)
    text = re.sub(r"\s{2,}", " ", text).strip()
    # a symbol said as a word before a full stop or comma: "Millionen Euro ." → "Euro."
    return (
        re.sub(r"(?<=\w) (?=[.,;:!?](?:\s|$))", "", text) if " ." in text or " ," in text else text
    )


_SENTENCE_END_ABBREVIATION = {
    "en": re.compile(
        r"(?<![\w.])((?:[ap]\.m|etc|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)"
        r"(?=\s*$|\s+(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
        r"Nov|Dec)\b)[A-Z][a-z])"
    ),
    # German nouns are capitalised: only at the end of the text
    "de": re.compile(r"(?<![\w.])((?:usw|etc)\.)(?=\s*$)"),
}


@functools.lru_cache(maxsize=2)
def _abbreviation_patterns(
    lang: str,
) -> tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], str], ...]]:
    """The table's abbreviations compiled once, and one pattern that finds any of them."""
    table = ABBREVIATIONS[lang]

    def start(p: str) -> str:
        # an abbreviation starts a word, unless its pattern says what comes before it
        # („Parkstr. 20“: the street abbreviation glued to the name)
        return p if p.startswith("(?<=") else rf"(?<![\w.]){p}"

    any_one = re.compile("|".join(f"(?:{start(p)})" for p, _ in table))
    return any_one, tuple((re.compile(start(p)), spoken) for p, spoken in table)


# --- lexicon and glossary -----------------------------------------------------------------


@functools.lru_cache(maxsize=64)
def _compiled_lexicon(
    lang: str, lexicon: tuple[tuple[str, str], ...]
) -> tuple[dict[str, str], re.Pattern[str] | None, dict[str, str]]:
    """The lexicon for ``lang``, its pattern and the change templates, built once per document."""
    table = _lexicon_for(lang, lexicon)
    change = {sign: table.pop(key) for sign, key in (("+", "(+N)"), ("-", "(-N)")) if key in table}
    return table, _words_pattern(table), change


def _lexicon_for(lang: str, lexicon: Iterable[tuple[str, str]]) -> dict[str, str]:
    table: dict[str, str] = {}
    for written, spoken in lexicon:
        prefix, sep, word = written.partition(":")
        if sep and re.fullmatch(r"[a-z]{2,3}", prefix):
            if prefix == lang:
                table[word] = spoken
        else:
            table[written] = spoken
    built_in = dict(LEXICON[lang])
    if lang == "de":
        built_in.update(ANGLICISMS)
        built_in.update({k[0].lower() + k[1:]: v for k, v in ANGLICISMS.items()})
    return {**built_in, **table}


def _words_pattern(words: Iterable[str]) -> re.Pattern[str] | None:
    keys = sorted(words, key=len, reverse=True)
    if not keys:
        return None
    return re.compile(r"(?<![\w.])(" + "|".join(re.escape(k) for k in keys) + r")(?![\w@]|\.\w)")


def glossary_terms(text: str, glossary: Iterable[str]) -> list[str]:
    """The glossary's abbreviations used in ``text``, in order, each time it is used."""
    keys = tuple(k for k in glossary if k in text)  # most texts hold none: no regex at all
    pattern = _terms_pattern(keys) if keys else None
    return [] if pattern is None else [m.group(1) for m in pattern.finditer(text)]


@functools.lru_cache(maxsize=256)
def _terms_pattern(keys: tuple[str, ...]) -> re.Pattern[str] | None:
    return _words_pattern(keys)


@functools.lru_cache(maxsize=256)
def _bracket_patterns(short: str, expansion: str) -> tuple[re.Pattern[str], ...]:
    """The expansion said, then the abbreviation or the expansion in brackets; and the
    abbreviation in brackets after any word."""
    said = r"\s+".join(_stem_pattern(w) for w in expansion.split())
    return (
        re.compile(rf"({said})\s*\({re.escape(short)}\)"),
        re.compile(rf"({said})\s*\({re.escape(expansion)}\)"),
        re.compile(rf"(?<=\w)\s*\({re.escape(short)}\)"),
    )


def _apply_glossary(
    text: str,
    glossary: Mapping[str, str],
    lang: str,
    *,
    introduced: frozenset[str] = frozenset(),
    announce: frozenset[str] = frozenset(),
) -> str:
    seen = set(introduced)  # said before: left as written from now on
    always = GLOSSARY_DE.keys() if lang == "de" else set()  # built-in: said in full each time
    kept: set[str] = set()  # the writer's own "Expansion (ABBR)", kept to introduce ABBR

    def bracket_said(short: str) -> Callable[[re.Match[str]], str]:
        def replace(m: re.Match[str]) -> str:
            if short in announce and short not in seen:
                kept.add(short)
                seen.add(short)
                return m[0].replace(f"({short})", f"({_letters(short)})")
            seen.add(short)
            return m.group(1)

        return replace

    def bracket_after(short: str, expansion: str) -> Callable[[re.Match[str]], str]:
        def replace(m: re.Match[str]) -> str:
            if not _said_before(m.string[: m.start()], expansion):
                return m[0]
            if short in announce and short not in seen:  # it comes again: introduce it
                kept.add(short)
                seen.add(short)
                return m[0].replace(f"({short})", f"({_letters(short)})")
            return ""

        return replace

    for short, expansion in glossary.items():
        if f"({short})" not in text and f"({expansion})" not in text:
            continue  # no bracket to look at (most texts): no patterns run
        with_short, with_expansion, after_word = _bracket_patterns(short, expansion)
        # "Ständige Impfkommission (STIKO)": the expansion is said already; the bracket is
        # said only when the abbreviation comes again (it introduces it), else skipped.
        # The words may be inflected: "Der Deutsche Wetterdienst (DWD)" for "Deutscher …".
        # The writer may have expanded it already: "(Deutscher Wetterdienst)".
        text = with_short.sub(bracket_said(short), text)
        text = with_expansion.sub(bracket_said(short), text)
        # "Corona-Verordnung des Landes (CoronaVO)", "getestet sind (3G)": the words just
        # before the bracket say it in other words; reading the expansion would repeat them.
        if short not in kept:
            text = after_word.sub(bracket_after(short, expansion), text)
    keys = tuple(k for k in glossary if k in text)
    pattern = _terms_pattern(keys) if keys else None

    def expand(m: re.Match[str]) -> str:
        short = m.group(1)
        if short in kept and m.string[m.start() - 1 : m.start()] == "(":
            return short  # inside the writer's own introduction
        if short in seen and short not in always:
            return _letters(short)  # said in full before: now as written
        seen.add(short)
        expansion = glossary[short]
        code = any(c.isdigit() for c in short)
        if code and " " in expansion and re.match(r"-\w", m.string[m.end() :]):
            return short  # "FFP2-Maske": a code is said as such before a compound
        if lang != "de":
            said = expansion
        elif not says_a_noun(expansion):
            return short  # "nur mit 3G": "geimpft, genesen oder getestet" is no noun
        else:
            said = agree(expansion, m.string[: m.start()], m.string[m.end() :])
        return f"{said} ({_letters(short)})" if short in announce else said

    return pattern.sub(expand, text) if pattern else text


def _letters(short: str) -> str:
    """An abbreviation of two or three capitals, letter by letter: espeak-ng reads some as
    words („UBA“ → „Uba“, „AWS“ → „Afs“, English "ONS" → "ons"), but every letter alone by
    its name. Longer ones are left to it (it says "STIKO" as a word and spells "DLRG");
    where it guesses wrong, the document's ``pronunciations`` say how."""
    return " ".join(short) if re.fullmatch(r"[A-ZÄÖÜ]{2,3}", short) else short


def _stem_pattern(word: str) -> str:
    """A written word, allowing an inflected ending: „Deutscher“ also matches „Deutschen“."""
    if not word[-1:].isalpha():  # "Arbeitsmarkt-": a part of "… und Berufsforschung"
        return re.escape(word)
    return re.escape(word[: max(3, len(word) - 2)]) + r"[\wäöüß]{0,3}"


def _said_before(before: str, expansion: str) -> bool:
    """Whether the last words of ``before`` already name ``expansion``: all of its words, or
    its first noun (at least eight letters) among the last six words."""
    recent = " ".join(before.split()[-6:]).lower()
    words = [w.lower() for w in re.findall(r"[\wäöüß-]{3,}", expansion)]
    if words and all(w[: max(3, len(w) - 2)] in recent for w in words):
        return True
    nouns = [w for w in re.findall(r"[\wäöüß-]+", expansion) if w[:1].isupper()]
    return bool(nouns) and len(nouns[0]) >= 8 and nouns[0][:-2].lower() in recent


# --- address blocks -------------------------------------------------------------------------

# A postcode and town (German "45731 Waltrop", British "NE27 0BY", Irish Eircode "R42 X627")
# run straight into a contact line: the line break of an address block, lost in a paragraph.
_ADDRESS_RUN = re.compile(
    r"(\b(?:\d{5}|[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}|[A-Z]\d[\dW]\s[A-Z\d]{4})"
    r"(?:\s(?:[A-ZÄÖÜ(][\w.()/-]*|am|an|im|in|a\.|bei|upon|on)){0,4})"
    r"\s+(?=(?:Tel\.?|Telefon|Fax|E-Mail|Email|Mail|Phone|Telephone|Mobil|Web|www\.)\W)"
)


def _address_pauses(text: str) -> str:
    """``45731 Waltrop Tel. 02309 …`` → ``45731 Waltrop, Tel. …``: a pause where the address
    line ends, so the postcode's digits do not run into the phone number's."""
    if not any(w in text for w in ("Tel", "Fax", "Mail", "Phone", "Mobil", "Web", "www.")):
        return text
    text = _ADDRESS_RUN.sub(r"\1, ", text)
    # Lines of a contact block joined without their breaks: „(nur für Termine) E-Mail: …“,
    # „standesamt@erkelenz.de Online-Service für …“ — a pause after a bracket before a label,
    # and after an address before a capitalised word (the address no longer runs on).
    text = re.sub(
        r"(?<=\))\s+(?=(?:Tel\.?|Telefon|Fax|E-Mail|Email|Mail|Phone|Telephone|Mobil|Web|"
        r"Internet|Online)\W)",
        ", ",
        text,
    )
    return _URL_BEFORE_CAPITAL.sub(r"\g<0>,", text)


# --- URLs and e-mail addresses ------------------------------------------------------------

_URL = re.compile(
    r"(?:https?://)?(?:[\w-]+(?:\.[\w-]+)*@)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\."
    r"(?:de|com|org|net|eu|info|nrw|gov|uk|io|ie|at|ch|nl|be|fr|lu|dk|us|ca|au|nz|scot|wales|"
    r"cymru|london|berlin|koeln|hamburg|bayern|ruhr|online|app|edu|int|biz)"
    r"(?:/[\w./-]*[\w/])?(?![\w])",
    re.IGNORECASE,
)


# (a word of the lexicon is said in phonemes already: „[['OnlaIn]]-Service“)
_URL_BEFORE_CAPITAL = re.compile(
    _URL.pattern + r"(?=\s+(?-i:[A-ZÄÖÜ][a-zäöüß]|\[\[))", re.IGNORECASE
)


def _outside_addresses(text: str, change: Callable[[str], str]) -> str:
    """``change`` applied to the text between web and e-mail addresses only.

    The lexicon's phonemes inside an address („www.stadt.de/online“ → „de/[[…]]“) ended the
    address there: its slash was not said.
    """
    out: list[str] = []
    last = 0
    for m in _URL.finditer(text):
        out += [change(text[last : m.start()]), m[0]]
        last = m.end()
    out.append(change(text[last:]))
    return "".join(out)


_SAID_TLD = {"de": "de", "en": "uk"}


def umlaut_names(text: str) -> tuple[tuple[str, str], ...]:
    """The words of ``text`` with ä, ö, ü or ß, lower case, keyed by how a web or e-mail
    address spells them (``ue`` for ``ü``, ``ss`` for ``ß``).

    >>> umlaut_names("Gemeinde Mühlhausen-Ehingen, des Bürgerbüros")
    (('buergerbuero', 'bürgerbüro'), ('buergerbueros', 'bürgerbüros'), ('muehlhaus', 'mühlhaus'), ('muehlhausen', 'mühlhausen'))

    Addresses cannot hold umlauts, so German ones write them out: espeak-ng reads
    „muehlhausen“ as „Mu-ehlhausen“ and „kulturbuero“ as „Kulturbu-ero“. Where the document
    writes the word with its umlaut, the address is said so; a general rule could not
    tell „aktuell“ or „Manuel“ from „buero“.
    """
    found: dict[str, str] = {}
    for word in re.findall(r"[^\W\d_]{3,}", text):
        if not re.search("[äöüÄÖÜß]", word):
            continue
        low = word.lower()
        key = low.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
        found.setdefault(key, low)
    # the word's stem too: „des Bürgerbüros“ names buergerbuero@… (an inflected form)
    for key, low in list(found.items()):
        for ending in ("es", "en", "s", "n"):
            stem = low.removesuffix(ending)
            if stem != low and len(stem) >= 5 and re.search("[äöüß]", stem):
                found.setdefault(key.removesuffix(ending), stem)
                break
    return tuple(sorted(found.items()))


_DOTTED = re.compile(r"[\w@-]+(?:\.[\w@-]+)+")


def address_names(text: str) -> tuple[tuple[str, str], ...]:
    """:func:`umlaut_names`, and the initials of the names ``text`` writes in capitals,
    spelt: „Invercargill City Council“ → ``("icc", "I C C")``, so that ``icc.govt.nz`` is
    said "I C C dot govt …" (espeak-ng: "ike"). Three to five capitalised words in a row
    (and each part of such a run: a sentence may start before the name); initials that are
    a word of the text are left out."""
    found = dict(umlaut_names(text))
    # the parts of its addresses (words joined by dots) that could be initials: three to
    # five letters; a word of the text outside them („das“, "the") is no name
    dotted = [p.lower() for a in _DOTTED.findall(text) for p in re.split(r"[./@_-]", a)]
    labels = {p for p in dotted if 3 <= len(p) <= 5}
    if not labels:
        return tuple(sorted(found.items()))
    said = Counter(w.lower() for w in re.findall(r"\w+", text))
    said.subtract(dotted)
    words = {w for w, n in said.items() if n > 0}
    for run in re.findall(r"(?:\b[A-ZÄÖÜ][\w’'-]*\s){2,4}[A-ZÄÖÜ][\w’'-]*", text):
        letters = [w[0].lower() for w in run.split()]
        # every part of three words or more: "Contact Riverside District Council" → rdc
        for start in range(len(letters) - 2):
            for end in range(start + 3, len(letters) + 1):
                initials = "".join(letters[start:end])
                if initials in labels and initials not in words:
                    found.setdefault(initials, " ".join(initials.upper()))
    return tuple(sorted(found.items()))


def _say_url(url: str, lang: str, names: Mapping[str, str] | None = None) -> str:
    """``https://www.duesseldorf.de/corona`` → ``weh weh weh Punkt düsseldorf Punkt de …``;
    ``names``: the document's words with umlauts by their address spelling."""
    words = URL_WORDS[lang]
    url = re.sub(r"^https?://", "", url, flags=re.IGNORECASE).rstrip("/")
    lexicon = LEXICON[lang]
    out: list[str] = []
    host = True  # before the first "/": "111.nhs.uk" names the service, digit by digit
    pieces = re.split(r"([./@_-])", url)
    # The country at the end of the host, letter by letter: "dot I E" (espeak-ng: "ie" as a
    # word), „Punkt A T“; except the ones each voice says right as written ("de", "uk").
    slash = url.find("/")
    host_end = len(re.split(r"([./@_-])", url[:slash])) - 1 if slash >= 0 else len(pieces) - 1
    country = pieces[host_end] if host_end > 0 and pieces[host_end - 1] == "." else ""
    spelt = len(country) == 2 and country.isalpha() and country.lower() != _SAID_TLD[lang]
    for index, part in enumerate(pieces):
        if not part:
            continue
        if spelt and index == host_end:
            out.append(" ".join(part.upper()))
            continue
        if part == "/":
            host = False
        if part in words:
            out.append(words[part])
        elif part.lower() == "www":
            out.append(words["www"])
        elif part.isdigit():
            out.append(numbers.digits(part, lang) if len(part) > 4 or host else part)
        else:
            out.append(lexicon.get(part) or _umlauts_in(part, names or {}) or part)
    return " ".join(out)


def _umlauts_in(part: str, names: Mapping[str, str]) -> str | None:
    """An address part said as the document writes its words: ``buergerbuero`` →
    „bürgerbüro“, and the same word inside a longer part (``stadtbuergerbuero``,
    ``buergerbueros``; was „stadtbu-erger…“ beside „bürgerbüro“ in the same notice)."""
    low = part.lower()
    if low in names:
        return names[low]
    keys = [k for k in names if len(k) >= 5 and k in low and re.search("ae|oe|ue|ss", k)]
    if not keys:
        return None
    for key in sorted(keys, key=len, reverse=True):
        low = low.replace(key, names[key])
    return low


# --- shared rules ---------------------------------------------------------------------------

_DOTTED_ACRONYM = re.compile(r"(?<![\w.])(?:[A-ZÄÖÜ]\.){2,}(?!\w)")


def _is_date(day: int, month: int) -> bool:
    return 1 <= day <= 31 and 1 <= month <= 12


def _int(text: str) -> int:
    return int(text.replace(".", "").replace(",", "").replace(" ", ""))


# --- rules for both languages -----------------------------------------------------------------

_CHANGE = {
    "de": {"+": "plus {n} zum Vortag", "-": "minus {n} zum Vortag"},
    "en": {"+": "{n} more than the day before", "-": "{n} fewer than the day before"},
}


def _changes(text: str, lang: str, override: Mapping[str, str]) -> str:
    """A signed number in brackets is a change: ``(+76)`` → ``(plus 76 zum Vortag)``.

    The document's lexicon may say otherwise with the keys ``(+N)`` and ``(-N)``, whose
    spoken form holds ``N`` where the number goes ("N mehr als in der Vorwoche").
    """

    def say(m: re.Match[str]) -> str:
        sign = "+" if m.group(1) == "+" else "-"
        template = override.get(sign, "").replace("N", "{n}") or _CHANGE[lang][sign]
        return "(" + template.format(n=m.group(2)) + ")"

    return re.sub(r"\(\s*([+±−–-])\s?(\d[\d.,]*)\s*\)", say, text)


_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}
_COUNTED = {
    "de": "Teil|Band|Kapitel|Stufe|Phase|Abschnitt|Klasse|Kategorie|Gruppe|Akt|Buch|Anlage|"
    "Sozialgesetzbuch|SGB|Weltkrieg|Nummer|Staffel|Folge|Runde|Typ|Paket",
    "en": "Part|Volume|Chapter|Phase|Stage|Act|War|Tier|Level|Book|Section|Grade|Class|Type|"
    "Schedule|Step|Article|Appendix|Annex|Season|Episode|Round|Key Stage",
}


def _roman(numeral: str) -> int:
    values = [_ROMAN_VALUES[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _roman_numerals(lang: str) -> Callable[[str], str]:
    """``Teil II`` → ``Teil zwei``; ``Ludwig XIV.`` → ``Ludwig der Vierzehnte``.

    After a word that counts (Teil, Phase, War …) the numeral is a number; after another
    capitalised word (a name) it is a regnal ordinal: German marks it with a full stop
    ("Ludwig XIV."), English needs two letters at least ("Henry VIII", not "Then I").
    """
    counted = re.compile(rf"\b({_COUNTED[lang]})\s+([IVXLC]+)\b(?!-)")
    if lang == "de":
        # One letter is a ruler's number only as I, V or X ("Karl V."): "Vitamin C." is none.
        regnal = re.compile(r"\b([A-ZÄÖÜ][a-zäöüß]+)\s+([IVXLC]{2,}|[IVX])\.(?=\s|$|[,;:])")
        # Without a full stop a numeral of two letters or more is a number: "Alarmstufe II".
        plain = re.compile(r"\b([A-ZÄÖÜ][a-zäöüß]+)\s+([IVXLC]{2,})\b(?![-.])")
    else:
        regnal = re.compile(r"\b([A-Z][a-z]+)\s+([IVXLC]{2,}|V)\b(?![.-]\w)")
        plain = None

    def number(m: re.Match[str]) -> str:
        if not m.group(2) or not _ROMAN.fullmatch(m.group(2)):
            return m.group(0)
        return f"{m.group(1)} {numbers.cardinal(_roman(m.group(2)), lang)}"

    def ruler(m: re.Match[str]) -> str:
        if not _ROMAN.fullmatch(m.group(2)) or re.fullmatch(_COUNTED[lang], m.group(1)):
            return m.group(0)
        word = numbers.ordinal(_roman(m.group(2)), lang)
        if lang == "de":  # „Königin Elisabeth die Zweite“, „von Ludwig dem Vierzehnten“
            return f"{m.group(1)} {readings.de_regnal(m.group(1), m.string[: m.start()], word)}"
        return f"{m.group(1)} the {word[0].upper()}{word[1:]}"

    def apply(text: str) -> str:
        text = counted.sub(number, text)
        if plain is not None:
            text = plain.sub(number, text)
        return regnal.sub(ruler, text)

    return apply


# Emergency and service numbers, said digit by digit: "eins eins zwei", "nine nine nine".
_SERVICE = {
    "de": ("110", "112", "115", "116"),
    # since the fifth measure also the US community help line (211) and the crisis line (988)
    "en": ("111", "999", "911", "112", "101", "119", "105", "311", "211", "988"),
}


def _unit_compounds(lang: str) -> Callable[[str], str]:
    """A number and a unit as the first part of a compound: „die 110-kV-Leitung“ →
    „hundertzehn-Kilovolt-Leitung“ (was „eins eins null-kV-Leitung“: the police number and
    the letters), "a 110-kV line" → "a hundred and ten kilovolt line" (the unit of a
    modifier is singular). Only where a hyphen joins the unit to the number and the noun."""
    units = {u: said for u, said in UNITS[lang].items() if len(u) > 1 or lang == "de"}
    alt = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
    after = r"-(?=[A-ZÄÖÜ\w])" if lang == "de" else r"(?=-[a-z]|\s[a-z])"
    pattern = re.compile(rf"(?<![\w.,-])(\d{{1,3}}(?:\.\d{{3}})+|\d+)-({alt}){after}")

    def say(m: re.Match[str]) -> str:
        value = _int(m[1]) if lang == "de" else int(m[1])
        one, many = units[m[2]]
        unit = one if lang == "en" or value == 1 else many
        if lang == "de" and value == 1:  # „die 1-kW-Anlage“ → „Ein-Kilowatt-Anlage“
            return f"ein-{unit}-"
        return (
            f"{numbers.cardinal(value, lang)}-{unit}-"
            if lang == "de"
            else (f"{numbers.cardinal(value, lang)} {unit}")
        )

    return lambda text: pattern.sub(say, text) if "-" in text else text


def _service_numbers(lang: str) -> Callable[[str], str]:
    """``Notruf 112`` → ``eins eins zwei``; ``112 Neuinfektionen`` and ``Seite 112`` stay amounts.

    A service number is read digit by digit unless an amount is meant: a unit, currency or
    counted noun follows ("112 Neuinfektionen", "111 new cases"), or a page, room, street
    or article number precedes ("Seite 112", "Schulstraße 110", "Room 101").
    """
    six = re.compile(r"(?<![\d.,])(116)\s?(\d{3})(?!\d|[.,]\d)")
    three = re.compile(rf"(?<![\d.,+])({'|'.join(_SERVICE[lang])})(?!\d|[.,]\d)")
    if lang == "de":
        amount = re.compile(r"\s*(?:[%€°]|(?!(?:Notruf|Polizei|Feuerwehr)\b)[A-ZÄÖÜ][a-zäöüß]{2,})")
    else:
        amount = re.compile(  # "111 new cases"; "101 W. Irvington Road" (a house number)
            r"\s*(?:[%€$£°]|(?!(?:or|and|online|now|immediately|if|for|to|in|from|free|"
            r"first|then|at|when|urgently|straight|away|instead|too|as|or|website|service|"
            r"line|helpline|app|number)\b)[a-z]{2,}\b|"
            r"(?!NHS\b)[A-Z][a-z]*\.?\s)"
        )
    counted = re.compile(
        r"(?:\b(?:Seite|Seiten|S\.|Artikel|Art\.|Paragraf|Absatz|Abs\.|Raum|Zimmer|Haus|Linie|"
        r"Bus|Nr\.|Kapitel|page|pages|p\.|room|route|flat|unit|bus|platform|chapter|section|"
        r"highway|article)|§|\w(?:straße|str\.|weg|platz|allee|gasse|ring|damm|ufer|"
        r"street|road|lane|avenue|way))\s*$",
        re.IGNORECASE,
    )

    def service(m: re.Match[str]) -> str:
        before = m.string[max(0, m.start() - 40) : m.start()]
        after = m.string[m.end() :]
        if m.group(1) == "116" and lang == "de" and re.match(r"\s?\d{3}", after):
            return m.group(0)
        if amount.match(after) or counted.search(before):
            return m.group(0)
        if _measured(before, after, lang):
            return m.group(0)
        return numbers.digits(m.group(1), lang)

    def pair(m: re.Match[str]) -> str:
        return f"{numbers.digits(m.group(1), lang)}, {numbers.digits(m.group(2), lang)}"

    return lambda text: three.sub(service, six.sub(pair, text))


@functools.lru_cache(maxsize=2)
def _measure_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    units = "|".join(re.escape(u) for u in sorted(UNITS[lang], key=len, reverse=True))
    unit = re.compile(rf"\s?(?:{units})(?![\w²³])")
    # "bis"/"to" between spaces, a dash without them: "Notruf 112 – 24 Stunden" is no range
    joint = r"(?:\s(?:bis|to)\s|[–—-])"
    return (
        unit,
        re.compile(rf"\d{joint}$"),  # "90 bis 110", "90–110"
        re.compile(rf"{joint}\d"),  # "110 bis 130"
    )


def _measured(before: str, after: str, lang: str) -> bool:
    """Whether a number is an amount by its neighbours: a unit after it ("110 km/h"), or it
    is one end of a range of numbers ("von 90 bis 110", "100–120 new cases")."""
    unit, range_end, range_start = _measure_patterns(lang)
    return bool(unit.match(after) or range_end.search(before) or range_start.match(after))


def _negatives(lang: str) -> Callable[[str], str]:
    """``-5 °C`` → ``minus 5 °C``: a minus sign before a number that follows no number."""
    word = "minus"
    return lambda text: re.sub(r"(?<![\w)\].,/%°–—-])(?<![–—-]\s)([−-])(?=\d)", f"{word} ", text)


def _house_numbers(lang: str) -> Callable[[str], str]:
    """``3a`` → ``3 a``: the letter of a house number on its own (espeak-ng: "dreia")."""
    upper = lang != "de"  # English says the letter's name: "three A", not "three uh"

    def say(m: re.Match[str]) -> str:
        return f"{m[1]} {m[2].upper() if upper else m[2]}"

    return lambda text: re.sub(r"(?<![\w.,])(\d{1,4})([a-hA-H])\b(?!\.\w)", say, text)


def _slashes(lang: str) -> Callable[[str], str]:
    """``und/oder`` → ``und oder``; ``Lehrer/Lehrerin`` → ``Lehrer oder Lehrerin``; ``12/14``."""
    alternative, stroke = ("oder", "Strich") if lang == "de" else ("or", "slash")
    both = {"und", "oder", "and", "or"}

    def words(m: re.Match[str]) -> str:
        if m[1].lower() in both and m[2].lower() in both:
            return f"{m[1]} {m[2]}"
        return f"{m[1]} {alternative} {m[2]}"

    units = "|".join(re.escape(u) for u in UNITS[lang] if "/" in u)
    unit = re.compile(rf"(?<![\w/])(?:{units})(?![\w/])")

    def apply(text: str) -> str:
        kept = unit.findall(text)  # "km/h" is a unit, not an alternative
        text = unit.sub("\x00", text)
        text = re.sub(
            r"(?<![/\w])([A-Za-zÄÖÜäöüß]+-?)\s?/\s?([A-Za-zÄÖÜäöüß]+)(?![/\w])", words, text
        )
        text = re.sub(r"(?<=\d)\s?/\s?(?=\d)", f" {stroke} ", text)
        text = re.sub(r"(?<=\w)/(?=\w)", f" {alternative} ", text)  # "KN95/N95"
        for found in kept:
            text = text.replace("\x00", found, 1)
        return text

    return apply


def _codes(lang: str) -> Callable[[str], str]:
    """Letters with digits are a code: ``FFP2`` → ``F F P 2``, ``SE6 4RU`` → ``S E 6, 4 R U``.

    espeak-ng reads "FFP2" as one word and "4RU" as "vier-ru"; the letters are said one by
    one and the number as a number (a postcode's digits one by one).
    """
    postcode = re.compile(
        r"\b([A-Z]{1,2}\d[A-Z\d]?)\s(\d[A-Z]{2})\b"
        # an Irish Eircode: routing key and a unique part that starts with a letter
        r"|\b((?:[AC-FHKNPRTV-Y]\d{2}|D6W))\s([AC-FHKNPRTV-Y][\dAC-FHKNPRTV-Y]{3})\b"
    )
    code = re.compile(r"(?<![\w.,])([A-Z]{1,4})(\d{1,3})(?=\b|-|/)")

    def spell(part: str) -> str:
        return " ".join(numbers.digits(c, lang) if c.isdigit() else c for c in part)

    def say_code(m: re.Match[str]) -> str:
        letters = m.group(1)
        if (len(letters) > 1 and letters.isupper()) or len(letters) == 1:
            return " ".join(letters) + " " + m.group(2)
        return m.group(0)

    def say_postcode(m: re.Match[str]) -> str:
        first, second = (m[1], m[2]) if m[1] else (m[3], m[4])
        return f"{spell(first)}, {spell(second)}"

    return lambda text: code.sub(say_code, postcode.sub(say_postcode, text))


def _de_motorways(text: str) -> str:
    """``A661``, ``A 661`` → „A sechs sechs eins“: a motorway with three digits is said digit
    by digit, as on traffic radio (was „A sechshunderteinundsechzig“); „A 3“, „A 40“ stay."""
    return re.sub(
        r"(?<![\w.])A\s?(\d{3})\b(?![.,]\d)", lambda m: f"A {numbers.digits(m[1], 'de')}", text
    )


def _hyphen_ranges(lang: str) -> Callable[[str], str]:
    """``6-12`` → ``6 bis 12``; phone numbers and dates were read before."""
    word = "bis" if lang == "de" else "to"
    return lambda text: re.sub(
        r"(?<![\w.,/–—-])(\d{1,4})\s?[-–—]\s?(\d{1,4})(?![\w,–—-]|\.\d)", rf"\1 {word} \2", text
    )


# --- German ---------------------------------------------------------------------------------

_GENDER_MARKED = re.compile(
    r"\b([A-ZÄÖÜ][a-zäöüß]+?)(?:[*:_]|/-?)innen\b|\b([A-ZÄÖÜ][a-zäöüß]+)Innen\b"
)
_SINGULAR = {"Ärzt": "Arzt", "Beamt": "Beamter", "Kolleg": "Kollege", "Kund": "Kunde"}
_IRREGULAR_PLURAL = {"Ärzt": "Ärzte", "Beamt": "Beamte", "Kund": "Kunden", "Expert": "Experten"}


def _de_gender(text: str) -> str:
    """``Bürger*innen`` → ``Bürgerinnen und Bürger``; ``Kolleg:innen`` → ``… und Kollegen``."""

    def say(m: re.Match[str]) -> str:
        stem = m.group(1) or m.group(2)
        if stem in _IRREGULAR_PLURAL:
            plural = _IRREGULAR_PLURAL[stem]
        elif stem.endswith(("er", "el", "en")):
            plural = stem
        else:
            plural = stem + "en"
        return f"{stem}innen und {plural}"

    text = _GENDER_MARKED.sub(say, text)
    # Singular: "Lehrer*in" → "Lehrerin oder Lehrer"; "jede*r", "ein*e", "der*die".
    text = re.sub(
        r"\b([A-ZÄÖÜ][a-zäöüß]+?)(?:[*:_]|/-?)in\b",
        lambda m: f"{m[1]}in oder {_SINGULAR.get(m[1], m[1])}",
        text,
    )
    text = re.sub(r"\b([Jj]ede|[Ee]ine?|[Kk]eine)[*:_]r\b", r"\1 oder \1r", text)
    text = re.sub(r"\b([Ee]in|[Kk]ein)[*:_]e\b", r"\1e oder \1", text)
    return re.sub(r"\b([Dd])er[*:_/]die\b", r"\1er oder die", text)


def _de_ending(before: str) -> str:
    """The ordinal's ending from the words before it: ``der 5.`` → "", ``am 5.`` → "n".

    A date in apposition to a weekday ("Dienstag, 5. Mai", "ab Montag, 29. November") is
    said "fünften": the accusative of a dateline, or the dative after "am"/"ab".
    """
    words = before.split()
    while len(words) > 1 and words[-1] in _HEDGES:  # "bis einschließlich 30. November"
        words.pop()
    previous = words[-1] if words else ""
    if previous in ("und", "oder") and len(words) > 1 and words[-2].endswith("ten"):
        return "n"  # "am ersten und zweiten Mai"
    listed = _listed_date(words)
    if listed is not None:  # „am 1. Mai, 2. Mai und 3. Mai“: one case for the whole list
        return _de_ending(" ".join(words[:listed]))
    if previous in _NOMINATIVE_E:
        return ""
    if previous.rstrip(",") in _WEEKDAY_NAMES and previous.endswith(","):
        return "n"  # „Dienstag, fünften Mai“ (issue 13), as in „Dienstag, den 5. Mai“
    if _weekday_compound(previous):
        return "n"  # "Mittwochabend, 16. Februar": apposition as after "Mittwoch,"
    if previous in ("bis", "Bis") and len(words) > 1:
        first = re.fullmatch(r"\w+?te([rn]?),?", words[-2])
        if first and _ORDINAL_WORD.fullmatch(words[-2].rstrip(",")):
            return first.group(1)  # a day range takes one case: "fünfzehnter bis …ster"
        start = _range_start(words[:-1])
        if start is not None:  # „(erster Mai bis dreißigster September)“: one case too
            return start
    return "n" if previous in _DATIVE else "r"


_LISTED_DATE = re.compile(
    rf"(?:\d{{1,2}}\.\s?(?:{'|'.join(numbers.MONTHS['de'])})|\d{{1,2}}\.\d{{1,2}}\.(?:\d{{4}})?)"
)


def _listed_date(words: list[str]) -> int | None:
    """Where the date before this one in a list starts: ``… 1. Mai, 2. Mai und`` (the words
    before the next date) → the index of "1.", or None when no date is listed before it.

    A list of dates joined by commas, "und", "oder", "sowie" shares the case of its first
    date: „am ersten Mai, zweiten Mai und dritten Mai“ (not „zweiter“, „dritter“).
    """
    end = len(words)
    if end and words[-1] in ("und", "oder", "sowie", "bzw."):
        end -= 1
    elif not (end and words[-1].endswith(",")):
        return None
    if end < 1:
        return None
    last = words[end - 1].rstrip(",")
    if end >= 2 and _LISTED_DATE.fullmatch(f"{words[end - 2]} {last}".replace(". ", ".")):
        return end - 2  # "1. Mai"
    if end >= 2 and last in numbers.MONTHS["de"] and _ORDINAL_WORD.fullmatch(words[end - 2]):
        return end - 2  # said already: "ersten Mai"
    if _LISTED_DATE.fullmatch(last):
        return end - 1  # "1.5."
    return None


_WEEKDAY_AT_END = re.compile(
    rf"\s?(?:\d{{4}})?,?\s(?:bis|–|—|-)\s(?:{'|'.join(WEEKDAYS['de'].values())}),?\s?\d"
)


def _range_end_case(ending: str, after: str) -> str:
    """„22. April bis Freitag, 26. April“: a date standing alone before a range's end with
    its weekday takes the end's case („zweiundzwanzigsten … sechsundzwanzigsten“; was
    „zweiundzwanzigster“), so both ends agree."""
    return "n" if ending == "r" and _WEEKDAY_AT_END.match(after) else ending


def _range_start(words: list[str]) -> str | None:
    """The ending of a range's first date before ``bis``: ``… erster Mai`` → "r", ``am 1. Mai
    2023`` → "n"; None when the words before do not end with such a date."""
    end = len(words)
    if end and re.fullmatch(r"[(\[]?\d{1,2}\.\d{1,2}\.(?:\d{4})?,?", words[end - 1]):
        return _de_ending(" ".join(words[: end - 1]))  # „1.5. bis 30.9.“
    if end and re.fullmatch(r"(?:\w+tausend\w*|\d{4}),?", words[end - 1]):
        end -= 1  # the year said already: „ersten Mai zweitausenddreiundzwanzig“
    if end < 2 or words[end - 1].rstrip(",") not in numbers.MONTHS["de"]:
        return None
    if re.fullmatch(r"[(\[]?\d{1,2}\.", words[end - 2]):  # not said yet: its own case
        return _de_ending(" ".join(words[: end - 2]))
    first = re.fullmatch(r"\w+?te([rn]?)", words[end - 2])
    if first is None or not _ORDINAL_WORD.fullmatch(words[end - 2]):
        return None
    return first.group(1)


def _de_article(before: str) -> str:
    """``ab 1. März`` is said ``ab dem ersten März`` (and ``seit dem``), ``bis 1. März``
    ``bis zum ersten März`` — but not the end of a range: ``vom ersten bis fünften Mai``."""
    words = before.split()
    if len(words) > 1 and words[-1] in _HEDGES and words[-2] in ("bis", "Bis"):
        # „bis spätestens 5. Mai“ → „bis spätestens zum fünften Mai“ (a range's end as below)
        return "" if _de_article(" ".join(words[:-1])) == "" else "zum "
    if words and words[-1] in ("bis", "Bis"):
        start = words[-2] if len(words) > 1 else ""
        if _ORDINAL_WORD.fullmatch(start.rstrip(",")):
            return ""
        first = _range_start(words[:-1])
        if first is not None:  # „erster Mai bis dreißigster September“: one case
            return "" if first in ("r", "") else "zum "
        return "" if any(c.isdigit() for c in start) else "zum "
    return "dem " if words and words[-1] in ("ab", "Ab", "seit", "Seit") else ""


# An ordinal said in words: "ersten", "dritter", "zwanzigste", "einunddreißigsten".
_ORDINAL_WORD = re.compile(
    r"(?:erst|zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt|elft|zwölft|\w+zehnt|"
    r"\w*zigst|\w*ßigst)e[rn]?",
    re.IGNORECASE,
)
_DAY_PARTS = ("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht")
# A part of the day after an abbreviated weekday: „Mo.–Fr. Vormittag“ — the full stop closes
# the abbreviation, not the sentence (no pause once the day is said in full).
_DAY_PART = r"(?:Vor|Nach)?[Mm]ittags?\b|Morgens?\b|Abends?\b|Nachts?\b|ganztägig"


def _weekday_compound(word: str) -> bool:
    """``Mittwochabend,``, ``Freitagmittag,``: a weekday with a part of the day, and a comma."""
    if not word.endswith(","):
        return False
    word = word[:-1]
    return any(word.startswith(day) and word[len(day) :] in _DAY_PARTS for day in _WEEKDAY_NAMES)


_MONTHS_DE = "|".join(numbers.MONTHS["de"])
_DATIVE_LOWER = frozenset(w.lower() for w in _DATIVE)
# Words before an ordinal: "der 2. Platz", "sein 22. Stadtfest", "zur 3. Impfung".
_DETERMINERS = (
    "der|die|das|dem|den|des|am|im|zum|zur|vom|beim|ab|bis|seit|alle|beide|"
    "(?:ein|kein|mein|dein|sein|ihr|unser|euer|jed|dies)(?:e|er|em|en|es)?"
)
# Prepositions before „der“ that make it dative (feminine): „in der 3. Etage“.
_DATIVE_PREPOSITIONS = frozenset(
    ["in", "an", "auf", "bei", "mit", "von", "zu", "aus", "nach", "vor", "seit", "unter", "ab",
     "über", "neben", "hinter", "zwischen", "gegenüber", "gemäß", "laut", "während", "wegen",
     "trotz", "innerhalb", "außerhalb", "oberhalb", "unterhalb"]
)  # fmt: skip
_HEDGES = frozenset(
    ["einschließlich", "spätestens", "frühestens", "voraussichtlich", "etwa", "circa", "ca."]
)
_WEEKDAY_NAMES = frozenset(WEEKDAYS["de"].values())
_WEEKDAY_ALT = "|".join(sorted(_WEEKDAY_NAMES))


def _ordinal_before_noun(m: re.Match[str]) -> str | None:
    """``2. Stufe`` (number in group 1, noun in group 2) → ``zweite Stufe``: the ordinal in
    the nominative, agreeing with the noun; None before a month (a date, not an ordinal)."""
    noun = m.group(2)
    if noun in numbers.MONTHS["de"]:
        return None
    ending = {"m": "r", "f": "", "n": "s"}[_gender(noun.rsplit("-", 1)[-1])]
    return f"{numbers.ordinal(int(m.group(1)), 'de', ending=ending)} {noun}"


def _de_headings(text: str) -> str:
    """``1. Schritt`` at the start → ``Erster Schritt``; ``2. Stufe`` → ``Zweite Stufe``."""

    def say(m: re.Match[str]) -> str:
        if _LIST_SENTENCE.match(m.string, m.start(2)):  # „1. Bleiben Sie …“: no noun
            adverb = numbers.ordinal(int(m[1]), "de", ending="")[:-1] + "ens"
            return f"{adverb[0].upper()}{adverb[1:]}: {m[2]}"
        said = _ordinal_before_noun(m)
        return m.group(0) if said is None else said[0].upper() + said[1:]

    return re.sub(rf"^(\d{{1,2}})\.\s+({_NOUN})\b", say, text)


# A sentence after a list number, not a noun: a verb before its subject („Bleiben Sie …“,
# „Gehst du …“), a question word or an article („Wer …“, „Die Stadt …“).
_LIST_SENTENCE = re.compile(
    r"[A-ZÄÖÜ][a-zäöüß]+\s(?:Sie|du|ihr|wir|man|es|Ihr|Ihre|Ihren|Ihrem|Ihnen)\b"
    r"|(?:Wer|Was|Wie|Wo|Wann|Warum|Wozu|Woher|Wohin|Welche[rsmn]?|Der|Die|Das|Den|Dem|Des|"
    r"Ein|Eine|Einen|Einem|Einer|Kein|Keine|Bitte|Sie|Ich|Wir|Er|Es|Man|Du|Ihr|Hier|Dann|"
    r"Nicht|Nur|Auch)\b"
)


def _de_bracket_ordinals(text: str) -> str:
    """``(1. Weihnachtstag)`` → ``(erster Weihnachtstag)``: an ordinal before a noun at the
    start of a bracket, where it stands alone (nominative)."""

    def say(m: re.Match[str]) -> str:
        said = _ordinal_before_noun(m)
        return m.group(0) if said is None else said

    text = re.sub(r"(?<=[(\[])(\d{1,2})\.\s+([A-ZÄÖÜ][a-zäöüß]+)\b", say, text)
    # A floor after a comma stands alone too: „Zimmer 204, 2. OG“ → „zweites O G“.
    return re.sub(r"(?<=,\s)(\d{1,2})\.\s+(Stock|Etage|\w*[Gg]eschoss|OG|UG)\b", say, text)


def _de_sunday(text: str) -> str:
    """``ab So., 14.07.`` → ``ab Sonntag, …``: "So." is the word "so" except before a comma or
    a date ("So. 14.7.", "So., 5. Mai"); ``Mo.``–``Sa.`` are read as days there already."""
    return re.sub(r"(?<![\w.])So\.(?=,|\s\d)", "Sonntag", text)


# Words after which an adjective takes "-en" in any gender: dative, genitive, accusative
# masculine ("den", "einen"). "der", "die", "das", "ins", "dieses" are left to the default.
_SO_CALLED_N = frozenset(
    [
        *("dem", "den", "des", "im", "am", "zum", "vom", "beim", "zur"),
        *("einem", "einen", "eines", "einer", "keinem", "keinen", "keiner"),
        *("unserem", "unseren", "unserer", "seinem", "seinen", "seiner"),
        *("ihrem", "ihren", "ihrer", "diesem", "diesen"),
    ]
)


# Determiners after which "die" + a noun that is not feminine is a plural: „die sog. Tests“.
_PLURAL_DETERMINERS = frozenset(
    ["die", "diese", "keine", "meine", "seine", "ihre", "unsere", "alle", "welche"]
)
# Abbreviated participles said as adjectives: „sog.“, „o. g.“ (oben genannt).
_PARTICIPLES = {"sog.": "sogenannt", "o. g.": "oben genannt", "o.g.": "oben genannt"}


def _plural_form(noun: str) -> bool:
    """After „die“ a noun is feminine or a plural; plurals end in -en, -n, -s („Regeln“,
    „Tests“), feminine nouns hardly ever (but „Aktion“, „Ergebnis“, „Bus“ …)."""
    return noun.endswith(("en", "n", "s")) and not noun.endswith(("ion", "nis", "us"))


def _de_so_called(text: str) -> str:
    """``im sog. Tunnelvortrieb`` → ``im sogenannten …``: the ending follows the article, and
    without one the noun: „ein sog. Abkochgebot“ → „sogenanntes“, „die sog. Tests“ →
    „sogenannten“ (a plural), „(sog. Inliner-Verfahren)“ → „sogenanntes“. Also „o. g.“."""
    if "sog." not in text and "o. g" not in text and "o.g" not in text:
        return text

    def say(m: re.Match[str]) -> str:
        before = m.string[: m.start()].split()
        article = before[-1].lower() if before else ""
        noun = re.sub(r"\[\[[^\]]*\]\]", "X", m.group(2) or "")  # an anglicism said already
        noun = noun.rsplit("-", 1)[-1]  # „Inliner-Verfahren“: the last part decides
        gender = _gender(noun) if noun else ""
        if re.sub(r"(?:e|en|n|s|er)$", "", noun) in _GENDER and noun not in _GENDER:
            gender = "pl"  # „Termine“, „Projekte“: a plural of a noun the table knows
        if article in _SO_CALLED_N:
            ending = "en"
        elif article in ("ein", "kein", "mein", "sein", "ihr", "unser") and noun:
            ending = "es" if gender == "n" else "er"
        elif article in _PLURAL_DETERMINERS and (gender == "pl" or _plural_form(noun)):
            ending = "en"  # „die sog. Tests“ (feminine singular: „die sog. Ampel“)
        elif not re.search(r"[\wäöüß]$", article) and gender == "n":
            ending = "es"  # no article: „(sog. Verfahren)“, „Gilt: sog. Abkochgebot“
        else:
            ending = "e"  # der, die, das, eine; no article before a feminine or plural
        return _PARTICIPLES[m.group(1)] + ending

    noun = r"(?=\s+((?:\[\[[^\]]*\]\]|[A-ZÄÖÜ])[\wäöüß-]*))?"
    return re.sub(rf"(?<![\w.])(sog\.|o\.\s?g\.){noun}", say, text)


_DECORATION = re.compile(r"(?<!\S)(?:[+*#=~_]\s?){3,}(?!\S)")


def _decorations(text: str) -> str:
    """A run of three symbols or more standing alone is decoration: the ``+++`` that opens
    or closes a press release, ``***`` between parts. Silent, and so is a footnote marker
    (:data:`_FOOTNOTE`)."""
    text = _DECORATION.sub(" ", text)
    if "*" not in text and "†" not in text:
        return text
    # the closing star of an emphasis („*neun neun neun*“) is not a footnote marker
    return _FOOTNOTE.sub(
        lambda m: (
            m[0] if m.start() and re.search(r"(?<![\w*])\*{1,3}\w", text[: m.start()]) else ""
        ),
        text,
    )


# A footnote marker: one to three stars (or a dagger) opening the footnote's line
# („* Mittwochs geschlossen“), or right after a value it points from („13 Uhr*“, „4,50 €**“,
# „Zeiten*)“). Silent: the footnote is read as its own sentence where it stands, and a word
# such as „Fußnote“ would name a pointer only a reader of the page can follow.
_FOOTNOTE = re.compile(r"^\s*(?:\*{1,3}|†)\)?\s+|(?<=[\w.)€%])(?:\*{1,3}|†)\)?(?=[\s,.;:!?]|$)")


def _de_english_compounds(text: str) -> str:
    """``Self-Checkout`` → English phonemes: a hyphenated compound whose parts are all in
    :data:`ENGLISH_PARTS` (espeak-ng's German voice says „zelf-tschekuht“)."""

    def sound(part: str) -> str | None:
        if part.startswith("[["):  # a word of the lexicon, said already: "Click"
            return part[2:-2]
        return ENGLISH_PARTS.get(part.lower())

    def say(m: re.Match[str]) -> str:
        parts = re.findall(r"\[\[[^\]]+\]\]|[A-Za-z]+", m.group(0))
        sounds = [sound(p) for p in parts]
        if None in sounds or all(p.startswith("[[") for p in parts):
            return m.group(0)
        said = [s for s in sounds if s is not None]
        said[1:] = [s.replace("'", ",") for s in said[1:]]
        return "[[" + " ".join(said) + "]]"

    part = r"(?:[A-Za-z]+|\[\[[^\]]+\]\])"
    return re.sub(rf"(?<![\w\[\]-]){part}(?:-{part})+(?![\w\[\]-])", say, text)


_STREET = (
    r"[\w.-]*(?:straße|strasse|str\.|weg|allee|gasse|ring|damm|ufer|chaussee|markt|brücke|"
    r"street|road|lane|avenue|way)"
)


def _junctions(lang: str) -> Callable[[str], str]:
    """``Hainer Chaussee / Theodor-Heuss-Straße``: two streets of one junction, said with
    "und"/"and" (the slash would be read "oder": another place). Both sides must name a
    street ("Parkplatz/Garage" stays an alternative)."""
    word = "und" if lang == "de" else "and"
    street = re.compile(_STREET, re.IGNORECASE)
    pair = re.compile(
        r"(?<![\w/])([\w.-]*\w\.?)\s?/\s?([A-ZÄÖÜ][\w.-]*(?:\s[A-ZÄÖÜ][\w.-]*){0,2})(?![\w/])"
    )

    def say(m: re.Match[str]) -> str:  # the street after the slash may be "High Street"
        if street.fullmatch(m[1]) and any(street.fullmatch(w) for w in m[2].split()):
            return f"{m[1]} {word} {m[2]}"
        return m.group(0)

    # „Ecke Fahnen-/Marienstraße“: two streets sharing their last part (was „Fahnen- oder
    # Marienstraße“, another place)
    # (after „Ecke“ or „Kreuzung“ any street; else only a „-straße“, „-allee“, „-gasse“:
    # „Hin-/Rückweg“ stays an alternative)
    shared = re.compile(rf"(?<![\w/])([A-ZÄÖÜ][\w-]*-)\s?/\s?(?=([A-ZÄÖÜ](?i:{_STREET}))\b)")

    def joined(m: re.Match[str]) -> str:
        corner = re.search(r"\b(?:Ecke|Kreuzung|Einmündung)\s$", m.string[: m.start()])
        if corner or re.search(r"(?i:straße|strasse|str\.|allee|gasse)$", m[2]):
            return f"{m[1]} {word} "
        return m.group(0)

    def apply(text: str) -> str:
        if "/" not in text:
            return text
        if lang == "de":
            text = shared.sub(joined, text)
        return pair.sub(say, text)

    return apply


def _de_seasons(text: str) -> str:
    """``Schuljahr 2024/25``, ``Saison 2021/2022`` → „zweitausendvierundzwanzig bis
    fünfundzwanzig“ (a school, financial or sports year: from one year to the next, as the
    English reading says "to"); the turn of the year ``Silvester 2020/21`` is the night
    „zweitausendzwanzig auf einundzwanzig“."""

    def say(m: re.Match[str]) -> str:
        second = int(m[2])
        said = numbers.year(second, "de") if second >= 100 else numbers.cardinal(second, "de")
        before = m.string[max(0, m.start() - 30) : m.start()]
        night = re.search(r"(?i:silvester|neujahr|jahreswechsel|nacht|jahreswende)\w*\W*$", before)
        return f"{numbers.year(int(m[1]), 'de')} {'auf' if night else 'bis'} {said}"

    return re.sub(r"(?<![\d/.])((?:19|20)\d\d)/(\d\d|(?:19|20)\d\d)(?![\d/])", say, text)


def _de_euros(text: str) -> str:
    """``0,70 Euro`` → „siebzig Cent“, ``1,50 Euro`` → „ein Euro fünfzig“ (also with €)."""

    def say(whole: str, cents: str) -> str:
        n, c = _int(whole), int(cents)
        if n == 0:
            return f"{numbers.cardinal(c, 'de', before_noun=True)} Cent"
        said = f"{numbers.cardinal(n, 'de', before_noun=True)} Euro"
        return f"{said} {numbers.cardinal(c, 'de')}" if c else said

    text = re.sub(
        rf"(?<![\w.,])({_NUM}),(\d{{2}})\s?(?:Euro|€|EUR)(?!\w)", lambda m: say(m[1], m[2]), text
    )
    return re.sub(rf"(?:€|EUR)\s?({_NUM}),(\d{{2}})(?![\d,])", lambda m: say(m[1], m[2]), text)


# A weekday (abbreviated or not) right before a date, without the comma: „Di. 5.5.“,
# „am Sonntag 14. Juli“.
_DAY_BEFORE_DATE = re.compile(
    rf"(?<![\w.–—-])(Mo|Di|Mi|Do|Fr|Sa|So|{'|'.join(WEEKDAYS['de'].values())})\.?\s"
    rf"(?=\d{{1,2}}\.\s?(?:\d{{1,2}}\.|(?:{_MONTHS_DE})\b))"
)
_DATE_PREPOSITIONS = frozenset(["am", "Am", "ab", "Ab", "seit", "Seit", "vom", "Vom", "zum"])


_DASH_BEFORE_DAY = re.compile(r"[–—-]\s?(?:Mo|Di|Mi|Do|Fr|Sa|So)")
_DATED_DASH = re.compile(
    rf"(\d\.|\d{{4}}|\b(?:{_MONTHS_DE}))\s?[–—-]\s?"
    rf"(?=(?:Mo|Di|Mi|Do|Fr|Sa|So|{'|'.join(WEEKDAYS['de'].values())})\.?,?\s?\d{{1,2}}\.)"
)


def _day_before_date(m: re.Match[str]) -> str:
    """``Di. 5.5.`` → „Dienstag, 5.5.“ (the date in apposition, as with the comma written:
    „Dienstag, fünften Mai“); after a preposition the apposition takes its article: ``am Di.
    5.5.`` → „am Dienstag, dem 5.5.“ (said „am Dienstag, dem fünften Mai“)."""
    day = WEEKDAYS["de"].get(m[1], m[1])
    before = m.string[: m.start()].split()
    article = " dem" if before and before[-1] in _DATE_PREPOSITIONS else ""
    return f"{day},{article} "


def _de_weekdays(text: str) -> str:
    """``Sa 10 Uhr`` → ``Samstag 10 Uhr``; "So" is left alone (it is also a word).

    ``Sa./So.`` and ``Sa/So`` are both days: ``Samstag und Sonntag``.
    """
    days = "|".join(WEEKDAYS["de"])
    text = re.sub(
        rf"\b({days})\.?\s?{_DASH}\s?({days})\b(?:\.(?=\s+(?:[a-z0-9]|{_DAY_PART})))?",
        lambda m: f"{WEEKDAYS['de'][m.group(1)]} bis {WEEKDAYS['de'][m.group(2)]}",
        text,
    )
    # "So." is a word at a sentence start; after another day or before "und feiertags" it
    # is Sunday: "Sa., So. und feiertags", "Sa. und So.".
    text = re.sub(
        r"((?<![\w.])(?:Sa\.?|Samstag)(?:,|\sund|\soder)\s)So\.?(?!\w)", r"\1Sonntag", text
    )
    text = re.sub(r"(?<![\w.])So\.(?=\s(?:und|u\.)\s[Ff]eiertag)", "Sonntag", text)
    text = re.sub(  # „Di + Do“, „Di & Do“: both days
        rf"(?<![\w.])({days})\.?\s?[+&]\s?({days})\b\.?",
        lambda m: f"{WEEKDAYS['de'][m.group(1)]} und {WEEKDAYS['de'][m.group(2)]}",
        text,
    )
    text = re.sub(
        rf"(?<![\w.])({days})\.?\s?/\s?({days})\b\.?",
        lambda m: f"{WEEKDAYS['de'][m.group(1)]} und {WEEKDAYS['de'][m.group(2)]}",
        text,
    )
    # „Mo., 22.04. – Fr., 26.04.“, „Montag, 22. April–Freitag, 26. April“: a dash between two
    # dates with their weekdays is a range (was a pause, and the second date's case differed)
    if _DASH_BEFORE_DAY.search(text):
        text = _DATED_DASH.sub(r"\1 bis ", text)
    text = _DAY_BEFORE_DATE.sub(_day_before_date, text)
    text = re.sub(
        r"(?<![\w.–—-])(Mo|Di|Mi|Do|Fr|Sa)\.?(?=[,;:]|\s(?:\d|und\b|bis\b|oder\b)|$)",
        lambda m: WEEKDAYS["de"][m.group(1)],
        text,
    )
    # „Fr. Meier“, „Hr. Dr. Lange“: Frau and Herr before a name (a day before a date or time)
    text = re.sub(r"(?<![\w.–—-])Fr\.(?=\s(?:Dr\.\s)?[A-ZÄÖÜ][a-zäöüß])", "Frau", text)
    text = re.sub(r"(?<![\w.–—-])Hr\.(?=\s)", "Herr", text)
    # With its full stop before a lower-case word or a closing bracket the abbreviation is a
    # day too: „Do. auch 14 Uhr“, „Di. nur vormittags“, „(Mo. und Do.)“. („Fr. Meier“ is Frau.)
    return re.sub(
        rf"(?<![\w.–—-])(Mo|Di|Mi|Do|Fr|Sa)\.(?=\s+(?:[a-zäöüß]|{_DAY_PART})|\))",
        lambda m: WEEKDAYS["de"][m.group(1)],
        text,
    )


def _de_dates(text: str) -> str:
    def full(m: re.Match[str]) -> str:
        day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
        if not _is_date(day, month):
            return m.group(0)
        ending = _range_end_case(_de_ending(text[: m.start()]), m.string[m.end() :])
        spoken = numbers.date(day, month, int(year) if year else None, "de", ending=ending)
        return _de_article(text[: m.start()]) + spoken

    def iso(m: re.Match[str]) -> str:
        if not _is_date(int(m.group(3)), int(m.group(2))):
            return m.group(0)
        ending = _de_ending(text[: m.start()])
        return numbers.date(int(m.group(3)), int(m.group(2)), int(m.group(1)), "de", ending=ending)

    def first_of_range(m: re.Match[str]) -> str:
        ending = _de_ending(text[: m.start()])
        joint = {"/": " und ", "und": " und ", "oder": " oder "}.get(m.group(2), " bis ")
        spoken = numbers.ordinal(int(m.group(1)), "de", ending=ending) + joint
        return _de_article(text[: m.start()]) + spoken

    # "vom 1. bis 5. Mai", "1.–5. Mai": the first day takes the case of the second;
    # "am 1./2. Mai" is both days, as „am 2. und 3. Oktober“ (was „zweiten und dritter“).
    text = re.sub(
        rf"(?<![\d.])(\d{{1,2}})\.\s?(bis|und|oder|[–—/-])\s?(?=(?:(?:{_WEEKDAY_ALT}),?\s)?\d{{1,2}}\.\s?(?:\d{{1,2}}\.|(?:{_MONTHS_DE})\b))",
        first_of_range,
        text,
    )
    text = re.sub(r"\b(\d{4})-(\d{2})-(\d{2})\b", iso, text)
    text = re.sub(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.(?:\s?(\d{4})\b)?(?!\d)", full, text)
    months = "|".join(numbers.MONTHS["de"] + ("Jänner",))

    def named(m: re.Match[str]) -> str:
        ending = _range_end_case(_de_ending(text[: m.start()]), m.string[m.end() :])
        spoken = numbers.ordinal(int(m.group(1)), "de", ending=ending) + " " + m.group(2)
        return _de_article(text[: m.start()]) + spoken

    text = re.sub(rf"(?<![\d.])(\d{{1,2}})\.\s+({months})\b", named, text)

    def plain_ordinal(m: re.Match[str]) -> str:
        word = m.group(1).lower()
        before = m.string[: m.start()].split()
        noun = m.group(3)
        if noun[:1].islower():  # „die 1. bis 4. Klassen“: the noun comes after both
            later = re.match(rf"\s*\d{{1,3}}\.\s+({_NOUN})", m.string[m.end() :])
            noun = later[1] if later else noun
        if (
            word == "der"
            and before
            and (
                before[-1].lower() in _DATIVE_PREPOSITIONS
                or (len(before) > 1 and before[-1][:1].isupper() and before[-1][-1:].isalpha())
            )
        ):
            ending = "n"  # „in der 3. Etage“, „Gewinner der 2. Runde“: dative, genitive
        elif word in ("der", "die") and _plural_or_oblique(word, noun):
            ending = "n"  # „die 5. Klassen“, „unterliegt der 26. Verordnung“
        elif word in ("der", "die", "das"):
            ending = ""
        elif word.endswith(("em", "en", "es", "er")) or word in _DATIVE_LOWER:
            ending = "n"  # dem, den, des, einem, seiner … and am, im, zum, vom
        elif word in ("alle", "beide") or (word.endswith("e") and _is_plural(noun)):
            ending = "n"  # „alle 5. Klassen“, „diese 2. Kurse“: a plural after a determiner
        elif word.endswith("e"):
            ending = ""  # eine, seine, jede, diese
        else:  # ein, sein, ihr, unser: the noun's gender decides ("sein 22. Stadtfest")
            ending = {"m": "r", "f": "", "n": "s"}[_gender(noun.rsplit("-", 1)[-1])]
        said = numbers.ordinal(int(m.group(2)), "de", ending=ending)
        return f"{m.group(1)} {said} {m.group(3)}"

    text = re.sub(  # the noun may be an English word said already („das 2. Update“)
        rf"\b({_DETERMINERS})\s+(\d{{1,3}})\.\s+({_NOUN}|\[\[[^\]]*\]\])",
        plain_ordinal,
        text,
        flags=re.IGNORECASE,
    )

    if (
        "ordnung" in text
        or "gesetz" in text
        or "satzung" in text
        or "novelle" in text
        or ("änderung" in text or "verfügung" in text)
    ):
        text = _LAW_ORDINAL.sub(_law_ordinal, text)

    def listed_ordinal(m: re.Match[str]) -> str:
        ending = re.search(r"e([nrs]?)$", m[1])
        said = numbers.ordinal(int(m[3]), "de", ending=ending[1] if ending else "")
        return f"{m[1]} {m[2]} {said} "

    # „die 2. und 3. Klasse“: the second ordinal as the first (was „zweite und drei.“)
    return re.sub(
        rf"\b({_ORDINAL_WORD.pattern}s?)\s(und|oder|bis)\s(\d{{1,3}})\.\s(?=[A-ZÄÖÜ])",
        listed_ordinal,
        text,
        flags=re.IGNORECASE,
    )


# A noun, or a compound with hyphens („Bundes-Immissionsschutzverordnung“): its last part
# decides the gender.
_NOUN = r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*"
# Feminine singulars with a plural's ending: „die 1. Bürgermeisterin“, „die 2. Saison“.
_SINGULAR_ENDINGS = ("ion", "nis", "us", "in", "on", "is")


# The number of an ordinance or law without an article: „siehe 26. BImSchV“ (said already
# „Bundes-Immissionsschutzverordnung“), „gemäß 2. Änderungssatzung“.
_LAW_ORDINAL = re.compile(
    r"(?<![\w.,])(\d{1,3})\.\s+((?:[A-ZÄÖÜ][a-zäöüß]+-)*[A-ZÄÖÜ][a-zäöüß]*"
    r"(?:verordnung|gesetz|satzung|ordnung|novelle|änderung|verfügung)\b)"
)
_LAW_ARTICLES = {"f": ("die", "der"), "n": ("das", "dem"), "m": ("der", "dem")}


def _law_ordinal(m: re.Match[str]) -> str:
    """``siehe 26. BImSchV`` → „siehe die sechsundzwanzigste Bundes-Immissionsschutzverordnung“:
    the ordinal of a law name is said with its article, as one names the law; after a
    preposition in the dative („gemäß 26. BImSchV“ → „gemäß der sechsundzwanzigsten …“)."""
    gender = _gender(m[2].rsplit("-", 1)[-1])
    before = m.string[: m.start()].split()
    dative = bool(before) and before[-1].lower() in _DATIVE_PREPOSITIONS
    article = _LAW_ARTICLES[gender][1 if dative else 0]
    return f"{article} {numbers.ordinal(int(m[1]), 'de', ending='n' if dative else '')} {m[2]}"


def _is_plural(noun: str) -> bool:
    """After „die“ or „diese“: a plural by its form (:func:`.grammar.is_plural`: „Klassen“, „Jahrgänge“, „Kinder“),
    or a noun the same in both numbers that is masculine or neuter („die 3. Zimmer“: „die“
    before a masculine or neuter noun is the plural's)."""
    last = noun.rsplit("-", 1)[-1]
    return _grammar_plural(last) or _GENDER.get(last) in ("m", "n")


def _plural_or_oblique(article: str, noun: str) -> bool:
    """Whether an ordinal between ``article`` (der, die) and ``noun`` ends in -en.

    After „die“ a plural: „die 1. bis 4. Klassen“ → „die ersten bis vierten Klassen“ (a
    feminine singular keeps „die erste Klasse“). After „der“ a feminine or neuter noun, or a
    plural: „der“ is then dative or genitive („unterliegt der 26. BImSchV“ → „der
    sechsundzwanzigsten Bundes-Immissionsschutzverordnung“, „der 3. Klassen“); a masculine
    singular is the nominative („der 2. Platz“, „der 1. Vorsitzende“).
    """
    last = noun.rsplit("-", 1)[-1]
    plural = _grammar_plural(last)
    gender = _gender(last)
    if article == "die":
        return _is_plural(last)
    return plural or gender == "n" or (gender == "f" and not last.endswith("e"))


_TIME_LIST = re.compile(
    r"(?<![\w.,])\d{1,2}[.:]\d{2}(?:\s?(?:,|und|oder|bzw\.)\s?\d{1,2}[.:]\d{2})+(?:\s?Uhr\b)?"
    r"(?![\w]|[.,]\d|\s?(?:[%€$£]|(?:Euro|Cent|Prozent|Meter|Kilometer|Liter|Grad)\b)"
    r"|\s?(?:,|und|oder|bzw\.)\s?\d)"  # the whole list, or none of it
)


def _de_times(text: str) -> str:
    def clock(h: str, m: str | None, *, uhr: bool) -> str:
        return numbers.time(int(h), int(m or 0), "de", uhr=uhr)

    def span(m: re.Match[str]) -> str:
        # "9–17 Uhr" → „neun bis siebzehn Uhr“; an "Uhr" the writer put after the first time
        # is said too („von neun Uhr bis fünfzehn Uhr“): say what is written.
        uhr = bool(m.group(2) or m.group(3))
        first = numbers.time(int(m.group(1)), int(m.group(2) or 0), "de", uhr=uhr)
        return f"{first}{m.group(4) or ' '}bis {clock(m.group(5), m.group(6), uhr=True)}"

    text = re.sub(
        rf"\b(\d{{1,2}})(?:[.:](\d{{2}}))?\s?(Uhr\s?)?(?:{_DASH}|(\s)bis\s)\s?(\d{{1,2}})(?:[.:](\d{{2}}))?\s?Uhr\b",
        span,
        text,
    )

    def bare_span(m: re.Match[str]) -> str:
        if int(m[1]) > 24 or int(m[3]) > 24:
            return m[0]
        return f"{clock(m[1], m[2], uhr=True)} bis {clock(m[3], m[4], uhr=True)}"

    # „Öffnungszeiten: 9.30–12.00“: a range of two times without „Uhr“ (was „neun Punkt
    # dreißig bis zwölf Punkt null“)
    text = re.sub(
        rf"(?<![\w.,])(\d{{1,2}})[.:]([0-5]\d)\s?{_DASH}\s?(\d{{1,2}})[.:]([0-5]\d)(?![\w,]|[.,]\d)",
        bare_span,
        text,
    )

    # „7.15, 8.15 und 9.15 Uhr“, „Abfahrt 7.15, 8.15, 9.15“: a list of times, said as times
    # (was „sieben Punkt fünfzehn, …“); every one with two digits after its point
    def listed(m: re.Match[str]) -> str:
        times = re.findall(r"(\d{1,2})[.:](\d{2})", m[0])
        if any(int(h) > 24 or int(mm) > 59 for h, mm in times):
            return m[0]
        return re.sub(
            r"(\d{1,2})[.:](\d{2})(\s?Uhr\b)?", lambda t: clock(t[1], t[2], uhr=True), m[0]
        )

    text = _TIME_LIST.sub(listed, text)
    text = re.sub(
        r"\b(\d{1,2})(?:[.:](\d{2}))?\s?Uhr\b",
        lambda m: clock(m.group(1), m.group(2), uhr=True),
        text,
    )

    def bare(m: re.Match[str]) -> str:
        hour, minute = int(m[2]), int(m[3])
        if hour > 24 or minute > 59:
            return m[0]
        return f"{m[1]} {clock(m[2], m[3], uhr=True)}"

    # „um 7.30 am Rathaus“: a time without „Uhr“ after a word that asks for one (was
    # „um sieben.30“)
    return re.sub(
        r"\b([Uu]m|[Aa]b|[Gg]egen|[Bb]is)\s(\d{1,2})[.:](\d{2})\b(?![.,:]?\d)"
        r"(?!\s?(?:[%€$£]|(?:Prozent|Euro|Cent|Dollar|Pfund|Grad|k?m|[cm]m|k?g|m?l|Meter|"
        r"Kilometer|Gramm|Kilogramm|Liter)\b))",
        bare,
        text,
    )


# Words after a number that make it an amount: the units and currencies, their names.
_AMOUNT_WORDS = (
    "Euro|Cent|Dollar|Pfund|Prozent|Promille|Millionen|Milliarden|Grad|Meter|Kilometer|"
    "Zentimeter|Millimeter|Gramm|Kilogramm|Tonnen|Liter|Hektar|Stunden|Minuten|Kilowattstunden"
)


@functools.lru_cache(maxsize=1)
def _point_amount() -> re.Pattern[str]:
    units = "|".join(
        re.escape(u) for u in sorted([*UNITS["de"], *CURRENCIES["de"], "%", "‰"], key=len)[::-1]
    )
    return re.compile(
        rf"(?<![\w.,])(\d+)\.(\d{{1,2}})(?=\s?(?:(?:{units})(?![\w²³])|(?:{_AMOUNT_WORDS})\b))"
        rf"|(?<![\w.,])([$€]|EUR)\s?(\d+)\.(\d{{1,2}})(?!\d|\.\d)"
    )


_DIGIT_POINT_DIGIT = re.compile(r"\d\.\d")


def _de_point_decimals(text: str) -> str:
    """An English decimal point in German text, by its context: ``5.99 €``, ``$5.99``,
    ``2.5 km`` → „5,99 €“, „5,99 $“, „2,5 km“ (said as the German amounts; was „fünf.99“).
    A thousands point has three digits after it („1.500 Euro“) and is left; so is a date
    („5.9.“, read before). Any other number with a point and one or two digits after it is
    no time (read before where it is one) and is said as written: ``um 25.30`` →
    „fünfundzwanzig Punkt dreißig“ (a version „2.0“, a section „3.2“ too)."""
    if not _DIGIT_POINT_DIGIT.search(text):
        return text

    def amount(m: re.Match[str]) -> str:
        if m[1]:
            return f"{m[1]},{m[2]}"
        return f"{m[4]},{m[5]} {m[3]}"

    text = _point_amount().sub(amount, text)
    return re.sub(
        r"(?<![\w.,])(\d+)\.(\d{1,2})(?![\w]|,\d|\.\w)",
        lambda m: f"{numbers.cardinal(int(m[1]), 'de')} Punkt {_after_point(m[2])}",
        text,
    )


def _after_point(digits: str) -> str:
    """The part after a point said as written: „30“ → „dreißig“, „05“ → „null fünf“."""
    return (
        numbers.digits(digits, "de")
        if digits.startswith("0")
        else numbers.cardinal(int(digits), "de")
    )


def _de_ranges(text: str) -> str:
    days = "|".join(WEEKDAYS["de"])
    text = re.sub(
        rf"\b({days})\.?\s?{_DASH}\s?({days})\b(?:\.(?=\s+(?:[a-z0-9]|{_DAY_PART})))?",
        lambda m: f"{WEEKDAYS['de'][m.group(1)]} bis {WEEKDAYS['de'][m.group(2)]}",
        text,
    )
    return re.sub(rf"(?<![\d.,])({_NUM})\s?[–—]\s?({_NUM})(?![\d,])", r"\1 bis \2", text)


_PHONE = re.compile(
    r"(?<![\w.,+])(?:\+\d{2}\s?(?:\(0\))?\d{2,5}|\(?0\d{2,5}\)?)(?:\s?[/-]\s?\d+|\s\d{2,})+"
    r"(?!\w|[.,]\d)"
)


def _phone(lang: str) -> Callable[[str], str]:
    def say(m: re.Match[str]) -> str:
        groups = [g for g in re.split(r"[\s/()-]+", m.group(0)) if g]
        return ", ".join(
            ("plus " + numbers.digits(g, lang)) if g.startswith("+") else numbers.digits(g, lang)
            for g in groups
        )

    def grouped(m: re.Match[str]) -> str:
        before = m.string[max(0, m.start() - 30) : m.start()]
        if _PHONE_CONTEXT.search(before) or _SERVICE_PREFIX.match(m.group(0)):
            return say(m)
        return m.group(0)

    def postcode(m: re.Match[str]) -> str:
        return numbers.digits(m.group(1), lang) + m.group(2)

    def apply(text: str) -> str:
        text = _PHONE.sub(say, text)
        text = _GROUPED.sub(grouped, text)
        # After "dial" / „wählen“ a number is keyed in, digit by digit: "dial 18001 first";
        # so is a customer, case or reference number: „Kassenzeichen 40517“.
        text = _DIALLED.sub(lambda m: m.group(1) + numbers.digits(m.group(2), lang), text)
        text = _REFERENCE.sub(lambda m: m.group(1) + numbers.digits(m.group(2), lang), text)
        text = re.sub(  # an extension is dialled: digit by digit
            r"\b(extension|Durchwahl|Apparat) (\d+)",
            lambda m: f"{m.group(1)} {numbers.digits(m.group(2), lang)}",
            text,
        )
        # Seven digits or more in one run are a phone or reference number, never an amount
        # (amounts that large are written with separators): "call 20041818".
        text = re.sub(
            r"(?<![\w.,])\d{7,}(?![\w]|[.,]\d)", lambda m: numbers.digits(m.group(0), lang), text
        )
        if lang != "de":  # North American numbers: "753-5555", "520-670-3909", "(585) 428-7000"
            text = re.sub(
                r"(?<![\w.,-])(?:\(?(\d{3})\)?[\s-])?(\d{3})-(\d{4})(?![\w-])",
                lambda m: ", ".join(numbers.digits(g, lang) for g in m.groups() if g),
                text,
            )
        if lang == "de":  # "31785 Hameln": a postcode, digit by digit
            text = re.sub(r"(?<![\w.,])(\d{5})(\s+[A-ZÄÖÜ][a-zäöüß])", postcode, text)
        else:  # "AZ 85705": a US ZIP code
            text = re.sub(r"(?<=\b[A-Z]{2}\s)(\d{5})((?:-\d{4})?)\b", postcode, text)
        return text

    return apply


# Groups of three or four digits after a word for telephone: "Freephone: 1800 814 300".
_GROUPED = re.compile(r"(?<![\w.,])\d{3,4}(?:\s\d{3,4}){1,3}(?![\w,]|\.\d)")
_PHONE_CONTEXT = re.compile(
    r"(?:phone|Telefon|Tel\.?|Hotline|Helpline|Freephone|Fax|call|ring|anrufen|unter|"
    r"dial|Textphone|Minicom|Lo-?Call)\W*$",
    re.IGNORECASE,
)
# Three blocks of three or four digits are a phone number wherever they stand: an Irish LoCall
# "1850 278 278", a freephone "1800 814 300"; a year and two amounts are never written so.
_SERVICE_PREFIX = re.compile(r"\d{3,4}(?:\s\d{3,4}){2}")
_REFERENCE = re.compile(
    r"(\b(?:(?:Kunden|Vorgangs|Rechnungs|Bestell|Steuer|Personal|Mitglieds|Buchungs|Referenz|"
    r"Zähler|Antrags|Versicherten)-?[Nn]ummer|Kassenzeichen|Aktenzeichen|PIN|"
    r"(?:reference|account|customer|case|order|booking|application|membership|claim)"
    r"(?: number| no\.?)?|ref\.?)(?::|\s(?:ist|lautet|is))?\s)"
    r"(\d{4,6})(?!\d|[.,]\d)"
)
_DIALLED = re.compile(
    r"(\b(?:dial|dialling|prefix|Vorwahl|wählen Sie(?: vorher| zuerst)?(?: die)?)\s)"
    r"(\d{3,6})(?!\d|[.,]\d)",
    re.IGNORECASE,
)


def _de_amounts(text: str) -> str:
    text = re.sub(r"(?<=\d),[-–]{1,2}(?=\s|$)", "", text)  # "10,- €": whole euros

    def amount(value: str, unit: str) -> str:
        if "," in value:
            whole, fraction = value.split(",", 1)
            if unit in CURRENCIES["de"] and len(fraction) == 2:
                main = CURRENCIES["de"][unit][0]
                cents = f" {numbers.cardinal(int(fraction), 'de')}" if int(fraction) else ""
                return f"{numbers.cardinal(_int(whole), 'de', before_noun=True)} {main}{cents}"
            return f"{numbers.decimal(whole.replace('.', ''), fraction, 'de')} {_unit(unit, 2)}"
        n = _int(value)
        return f"{numbers.cardinal(n, 'de', before_noun=True)} {_unit(unit, n)}"

    def _unit(unit: str, n: int) -> str:
        if unit in CURRENCIES["de"]:
            return CURRENCIES["de"][unit][0]
        if unit in UNITS["de"]:
            one, many = UNITS["de"][unit]
            return one if n == 1 else many
        return SYMBOLS["de"].get(unit, unit)

    # "1,50 m", "1,50 Meter": said as "ein Meter fünfzig".
    text = re.sub(
        r"(?<![\w.,])(\d{1,2}),(\d{2})\s?(?:m|Meter)(?![\w²³])",
        lambda m: (
            f"{numbers.cardinal(int(m[1]), 'de', before_noun=True)} Meter "
            + (numbers.cardinal(int(m[2]), "de") if m[2] != "00" else "")
        ),
        text,
    )
    units = "|".join(
        re.escape(u) for u in sorted([*UNITS["de"], *CURRENCIES["de"], "%", "‰"], key=len)[::-1]
    )
    number = rf"(?:{_NUM})(?:,\d+)?"
    text = re.sub(
        rf"(?<![\w.,])({number})\s?({units})(?![\w²³])", lambda m: amount(m[1], m[2]), text
    )
    return re.sub(rf"(€|EUR)\s?({number})\b", lambda m: amount(m[2], m[1]), text)


# A lone „1“ before a noun; the word before it (if any) is not a noun the number labels
# („Gleis 1 Richtung Köln“, „Abschnitt 1 Satz 2“ keep „eins“).
_DE_ONE = re.compile(
    r"(?<![\w.,/:-])1[ \u00a0]([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ]?[a-zäöüß]+)*)\b(?![.-]?\d)"
)
_DE_LABEL_WORDS = frozenset(
    ["Nur", "Mehr", "Etwa", "Ab", "Bis", "Mit", "Für", "Nach", "Vor", "Seit", "In", "Über",
     "Unter", "Rund", "Ca", "Circa", "Je", "Pro", "Um", "Von", "Zu", "Und", "Oder", "Als",
     "Noch", "Jeweils", "Maximal", "Mindestens", "Höchstens", "Genau", "Insgesamt", "Es",
     "Bei", "Aus", "Ohne", "Gegen", "Innerhalb", "Binnen", "Dauer", "Dafür"]
)  # fmt: skip


# Plural expansions of abbreviations after a lone 1: „1 Mio.“ → „1 Millionen“ → „eine Million“.
_DE_SINGULAR = {"Millionen": "Million", "Milliarden": "Milliarde", "Stunden": "Stunde",
                "Minuten": "Minute", "Sekunden": "Sekunde"}  # fmt: skip


def _de_one(text: str) -> str:
    """„Dauer: 1 Tag“ → „ein Tag“, „nach 1 Woche“ → „nach einer Woche“: a lone 1 before a noun
    is the indefinite article in the noun's gender and case (``grammar.one_before_noun``),
    never „eins“. Not after a noun the number labels („Gleis 1 Richtung …“, „Teil 1
    Kapitel 2“) or before a word that is not a noun („Seite 1 von 3“, „1 zu 3“)."""

    def said(m: re.Match[str]) -> str:
        before = text[: m.start()]
        previous = before.split()[-1] if before.split() else ""
        label = previous[:1].isupper() and previous.rstrip(".") not in _DE_LABEL_WORDS
        if label and not previous.endswith((":", ";", ",", "(")):
            return m[0]
        noun = _DE_SINGULAR.get(m[1], m[1])  # „1 Mio.“ was expanded to „1 Millionen“
        return f"{one_before_noun(noun, before)} {noun}"

    text = _DE_ONE.sub(said, text)
    # „1 bis 2 Tage“, „1 oder 2 Personen“: „ein bis zwei Tage“
    return re.sub(r"(?<![\w.,/:-])1(?= (?:bis|oder) \d+ [A-ZÄÖÜ][a-zäöüß])", "ein", text)


def _de_times_a_day(text: str) -> str:
    """„3 x täglich“, „2x pro Woche“ → „dreimal täglich“, „zweimal pro Woche“ (was „drei x“):
    an „x“ after a number and before a word; between two numbers it is „mal“ („3 x 4
    Meter“ → „drei mal vier Meter“)."""
    text = re.sub(
        r"(?<![\w.,])(\d{1,2})\s?[x×](?=\s+[a-zäöüß])",
        lambda m: numbers.cardinal(int(m[1]), "de", before_noun=True) + "mal",
        text,
    )
    return re.sub(r"(?<=\d)\s?[x×]\s?(?=\d)", " mal ", text)  # „3 x 4 Meter“


def _de_numbers(text: str) -> str:
    def say(m: re.Match[str]) -> str:
        whole, fraction = m.group(1), m.group(2)
        if fraction:
            return numbers.decimal(whole.replace(".", ""), fraction, "de")
        if "." not in whole and len(whole) == 4 and 1100 <= int(whole) <= 1999:
            return numbers.year(int(whole), "de")
        return numbers.cardinal(_int(whole), "de")

    text = re.sub(r"§\s?(\d+)([a-z])\b", lambda m: f"§ {m[1]} {m[2]}", text)
    return re.sub(rf"(?<![\w.,])({_NUM})(?:,(\d+))?(?![\d])", say, text)


def _symbols(lang: str) -> Callable[[str], str]:
    table = SYMBOLS[lang]
    pattern = re.compile("|".join(re.escape(s) for s in sorted(table, key=len, reverse=True)))

    none = "keine Angabe" if lang == "de" else "none"
    hashtag = "Hashtag" if lang == "de" else "hashtag"

    def said(m: re.Match[str]) -> str:
        return f" {table[m.group(0)]} "

    def apply(text: str) -> str:
        # A dash alone after a label is an empty value: "Veränderung zum Vortag: –".
        text = re.sub(r"(?<=:)\s*[–—-](?=\s*[.;,]|\s*$)", f" {none}", text)
        text = re.sub(r"(?<![\w&])#(?=\w)", f"{hashtag} ", text)  # "#CoronaDO"
        if "[[" in text:  # phonemes of the lexicon keep their "@" („Catering“, „Open-Air“)
            text = "".join(
                piece if piece.startswith("[[") else pattern.sub(said, piece)
                for piece in re.split(r"(\[\[[^\]]*\]\])", text)
            )
        else:
            text = pattern.sub(said, text)
        text = re.sub(r"\s[–—-]\s", ", ", text)  # a dash between words is a pause
        return re.sub(r"(?<=\w)\*|\*(?=\w)", "", text)

    return apply


_INITIALISM = re.compile(r"\[\[[^\]]*\]\]|(?<![\w'.])([A-ZÄÖÜ]{2,3})(?![\w'])")


def _de_initialisms(text: str) -> str:
    """``OP-Masken`` → ``O P-Masken``, ``die EU`` → ``die E U``: two or three capitals letter
    by letter. espeak-ng spells those it cannot pronounce (RKI, NRW) but reads the others
    as German words („Op“, „Oy“ for EU, „Uhsa“ for USA). Not: the words in
    :data:`WORD_CAPITALS_DE` (UNO, TÜV, „NEU“ on a sign), Roman numerals (read before as
    numbers where they are ones: "Teil II"), phoneme input ``[[…]]``."""

    def spell(m: re.Match[str]) -> str:
        word = m.group(1)
        if word is None or word in WORD_CAPITALS_DE or _ROMAN.fullmatch(word):
            return m[0]
        return " ".join(word)

    return _INITIALISM.sub(spell, text)


_FRENCH_DE = re.compile(
    r"(?<![\w.\[])(" + "|".join(sorted(FRENCH_DE, key=len, reverse=True)) + r")(?![\w\]])"
)


_FRENCH_DE_FIRST = re.compile(
    r"(?<![\w.\[])(" + "|".join(sorted(FRENCH_DE, key=len, reverse=True)) + r")(?=[a-zäöüß]{3,})"
)


def _de_french(text: str) -> str:
    """„Engagement“, „Etage“, „Jury“ … with French sounds (:data:`FRENCH_DE`). Last of the
    German rules, so that the rules before still see a German noun („3. Etage“ → „dritten“)."""
    text = _FRENCH_DE.sub(lambda m: FRENCH_DE[m[1]], text)
    # the first part of a compound too: „Jurysitzung“ (was „Jürü-sitzung“), „Garagentor“
    return _FRENCH_DE_FIRST.sub(lambda m: FRENCH_DE[m[1]], text)


_GERMAN: tuple[Callable[[str], str], ...] = (
    _decorations,
    shared.shared_currency("de"),
    references.file_numbers("de"),
    references.numbered_acts("de"),
    date_forms.de_english_dates,
    readings.de_law_names,
    readings.degree_signs,
    _de_so_called,
    _de_english_compounds,
    _de_gender,
    _de_sunday,
    _de_weekdays,
    _roman_numerals("de"),
    readings.binomials,  # after "Karl V." is said
    _de_headings,
    _de_bracket_ordinals,
    readings.de_day_lists(_de_ending, _de_article),
    _de_dates,
    _de_times,
    _de_point_decimals,
    _unit_compounds("de"),
    readings.extensions("de"),
    readings.short_area_phones("de"),
    _phone("de"),
    _service_numbers("de"),
    _de_motorways,
    references.postal_districts("de"),
    _codes("de"),
    _de_ranges,
    _hyphen_ranges("de"),
    _negatives("de"),
    _house_numbers("de"),
    _junctions("de"),
    _de_seasons,
    readings.unit_rates("de"),
    _slashes("de"),
    _de_times_a_day,
    _de_euros,
    _de_amounts,
    _de_one,
    _de_numbers,
    _symbols("de"),
    _de_initialisms,
    _de_french,
)


# --- English --------------------------------------------------------------------------------


_EN_MONTH_SHORT = {m[:3]: m for m in numbers.MONTHS["en"]} | {"Sept": "September"}


def _en_dates(text: str) -> str:
    # "6th Dec", "Dec 6": the month's short form written out first.
    short = "|".join(_EN_MONTH_SHORT)
    text = re.sub(  # "May." is a whole month: its full stop ends the sentence
        rf"(?<=\d\s)({short})\b\.?|(?<=\d(?:st|nd|rd|th)\s)({short})\b\.?",
        lambda m: _EN_MONTH_SHORT[m.group(1) or m.group(2)] + ("." if m[0] == "May." else ""),
        text,
    )
    text = re.sub(
        rf"\b({short})\.?(?=\s\d{{1,2}}(?:st|nd|rd|th)?\b)|\b({short})\.(?=\s\d{{4}}\b)",
        lambda m: _EN_MONTH_SHORT[m.group(1) or m.group(2)],
        text,
    )
    months = "|".join(numbers.MONTHS["en"])

    def day_month(m: re.Match[str]) -> str:
        day, month = int(m[1]), numbers.MONTHS["en"].index(m[2]) + 1
        if not _is_date(day, month):
            return m.group(0)
        return numbers.date(day, month, int(m[3]) if m[3] else None, "en")

    def day_range(m: re.Match[str]) -> str:  # "3-7 June" → "the third to the seventh of June"
        first, month = int(m[1]), numbers.MONTHS["en"].index(m[4]) + 1
        if not _is_date(first, month) or not _is_date(int(m[3]), month) or first >= int(m[3]):
            return m.group(0)
        last = numbers.date(int(m[3]), month, int(m[5]) if m[5] else None, "en")
        # "Monday 22 to Friday 26 April": the second day keeps its weekday (was "Monday
        # twenty-two to Friday the twenty-sixth")
        return f"the {numbers.ordinal(first, 'en')} to {m[2] or ''}{last}"

    def both_days(m: re.Match[str]) -> str:  # "1/2 July" → "the first and second of July"
        first, month = int(m[1]), numbers.MONTHS["en"].index(m[3]) + 1
        if not _is_date(first, month) or not _is_date(int(m[2]), month):
            return m.group(0)
        last = numbers.date(int(m[2]), month, int(m[4]) if m[4] else None, "en")
        return f"the {numbers.ordinal(first, 'en')} and {last.removeprefix('the ')}"

    # A slash between two days names both, like a weekend's "Sat/Sun": an event on each day.
    text = re.sub(
        rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s?/\s?(\d{{1,2}})(?:st|nd|rd|th)?"
        rf"\s+({months})(?:\s+(\d{{4}}))?\b",
        both_days,
        text,
    )
    text = re.sub(
        rf"\b(\d{{1,2}})(?:st|nd|rd|th)?,?\s?(?:[-–—]|to|until|till)\s?((?:{_EN_DAY_NAMES}),?\s)?"
        rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+({months})(?:\s+(\d{{4}}))?\b",
        day_range,
        text,
    )
    text = re.sub(
        rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({months})(?:\s+(\d{{4}}))?\b", day_month, text
    )
    text = re.sub(
        rf"\b({months})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*(\d{{4}}))?\b",
        lambda m: (
            f"{m[1]} {numbers.ordinal(int(m[2]), 'en')}"
            + (f", {numbers.year(int(m[3]), 'en')}" if m[3] else "")
        ),
        text,
    )
    text = re.sub(r"\b(\d+)(?:st|nd|rd|th)\b", lambda m: numbers.ordinal(int(m[1]), "en"), text)
    # "the 22nd of April–the 26th of April", "April 22–April 26": a dash between two dates
    # is "to" (was silent)
    return re.sub(
        rf"\b((?:{months})(?:\s(?:{_EN_ORDINAL_WORD}))?|(?:{_EN_ORDINAL_WORD}))"
        rf"(?:\s?[–—]\s?|\s-\s)(?=the\b|(?:{months})\b|(?:{_EN_DAY_NAMES})\b)",
        r"\1 to ",
        text,
    )


_EN_DAY_NAMES = "|".join(WEEKDAYS["en"].values())
# An ordinal said in words: "first", "twenty-second", "thirtieth".
_EN_ORDINAL_WORD = r"(?:[a-z]+-)?(?:first|second|third|[a-z]+th)"


def _en_numeric_dates(text: str, *, us: bool) -> str:
    """``24/03/2020`` is day/month/year in British English, month/day/year in American.

    A date that is impossible in the expected order but possible in the other (``03/24``
    in a British text) is read in the other order.
    """

    def say(m: re.Match[str]) -> str:
        year = int(m[3]) if m[3] else None
        if year is not None and year < 100:
            year += 2000
        return spell(int(m[1]), int(m[2]), year) or m.group(0)

    def spell(a: int, b: int, year: int | None) -> str:
        day, month = (b, a) if us else (a, b)
        if not _is_date(day, month):
            day, month = month, day
            if not _is_date(day, month):
                return ""
        name = numbers.MONTHS["en"][month - 1]
        said = (
            f"{name} {numbers.ordinal(day, 'en')}"
            if us
            else f"the {numbers.ordinal(day, 'en')} of {name}"
        )
        return said if year is None else f"{said}, {numbers.year(year, 'en')}"

    # "13/05/2024–17/05/2024": a dash between two dates is "to"
    text = re.sub(
        r"(?<![\d/.])(\d{1,2}/\d{1,2}(?:/\d{2,4})?)\s?[–—-]\s?(?=\d{1,2}/\d{1,2}(?![\d]))",
        r"\1 to ",
        text,
    )
    text = re.sub(r"(?<![\d/.])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/])", say, text)
    # "on 3/12": a date without its year after a word that introduces one.
    text = re.sub(
        r"\b(on|from|until|till|by|before|after|since) (\d{1,2})/(\d{1,2})(?![\d/])",
        lambda m: f"{m[1]} {spell(int(m[2]), int(m[3]), None) or m.group(0)[len(m[1]) + 1 :]}",
        text,
        flags=re.IGNORECASE,
    )
    # "22/04", "04/05": two digits on each side, one of them with a leading zero, are a day
    # and a month (a fraction is not written so)
    text = re.sub(
        r"(?<![\d/.])(\d{2})/(\d{2})(?![\d/])",
        lambda m: (
            (spell(int(m[1]), int(m[2]), None) or m.group(0))
            if "0" in (m[1][0], m[2][0])
            else m.group(0)
        ),
        text,
    )
    # "Dates: 12/9, 12/16": a list of dates without their year after a label that says so.
    text = re.sub(
        r"\b(Dates?:\s*)((?:\d{1,2}/\d{1,2}(?:,\s*|,?\s+and\s+)?)+)(?![\d/])",
        lambda m: (
            m[1]
            + re.sub(
                r"(\d{1,2})/(\d{1,2})",
                lambda d: spell(int(d[1]), int(d[2]), None) or d.group(0),
                m[2],
            )
        ),
        text,
    )
    # "2021/22": a season or school year.
    text = re.sub(
        r"(?<![\d/.])((?:19|20)\d\d)/(\d\d)(?![\d/])",
        lambda m: f"{numbers.year(int(m[1]), 'en')} to {numbers.cardinal(int(m[2]), 'en')}",
        text,
    )
    # "2024/2025": the same with the second year in full when it follows the first, else
    # two years (was "twenty twenty-four slash twenty twenty-five", "… slash two thousand
    # and twenty-four": speech10)
    text = re.sub(
        r"(?<![\d/.])((?:19|20)\d\d)/((?:19|20)\d\d)(?![\d/])",
        lambda m: (
            f"{numbers.year(int(m[1]), 'en')} "
            f"{'to' if int(m[2]) == int(m[1]) + 1 else 'slash'} {numbers.year(int(m[2]), 'en')}"
        ),
        text,
    )
    # "27.03.20" and "27.03.2020": dotted dates are day-first in English as well.
    return re.sub(
        r"(?<![\d.,])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d.]\d)",
        lambda m: _dotted_us(m) if us else say(m),
        text,
    )


def _dotted_us(m: re.Match[str]) -> str:
    """An American text's dotted date is still day.month.year: read it British-style."""
    day, month = int(m[1]), int(m[2])
    if not _is_date(day, month):
        return m.group(0)
    year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
    name = numbers.MONTHS["en"][month - 1]
    return f"the {numbers.ordinal(day, 'en')} of {name}, {numbers.year(year, 'en')}"


_EN_DAYS = {
    **WEEKDAYS["en"],
    "Tues": "Tuesday",
    "Weds": "Wednesday",
    "Thur": "Thursday",
    "Thurs": "Thursday",
}


def _en_weekdays(text: str) -> str:
    """``Mon–Fri`` → ``Monday to Friday``; ``Sat/Sun`` → ``Saturday and Sunday``."""
    days = "|".join(sorted(_EN_DAYS, key=len, reverse=True))
    # "Mon 6th Dec – Fri 10th Dec": a dash before a weekday ends a range, where a day, a
    # date or a time stands before it; "For Immediate Release – Saturday 28th March" is a
    # heading's separator (a pause, not "to": speech10).
    start = re.compile(
        rf"(?:\d|\b(?:{days}|{'|'.join(numbers.MONTHS['en'])}|{'|'.join(_EN_MONTH_SHORT)})\b)"
        r"[^,;:–—]{0,20}$"
    )
    text = re.sub(
        rf"(?<=[\w.])\s[–—-]\s(?=(?:{days})\w*\b)",
        lambda m: " to " if start.search(m.string[: m.start()]) else m[0],
        text,
    )
    # "Mon 22 April–Fri 26 April", "22/04-Fri 26/04": also without spaces after a date
    text = re.sub(
        rf"(\d|\b(?:{'|'.join(numbers.MONTHS['en'])}|{'|'.join(_EN_MONTH_SHORT)})\.?)[–—-]"
        rf"(?=(?:{days})\w*\b)",
        r"\1 to ",
        text,
    )
    text = re.sub(
        rf"\b({days})\.?\s?(?:[–—-]|\bto\b)\s?({days})\b(?:\.(?=\s+[a-z0-9]))?",
        lambda m: f"{_EN_DAYS[m[1]]} to {_EN_DAYS[m[2]]}",
        text,
    )
    text = re.sub(
        rf"\b({days})\.?\s?(?:/|&|\band\b)\s?({days})\b(?:\.(?=\s+[a-z0-9]))?",
        lambda m: f"{_EN_DAYS[m[1]]} and {_EN_DAYS[m[2]]}",
        text,
    )
    return re.sub(
        rf"\b({days})\b\.?(?=[,:;]|\s\d|\s(?:and|to|or)\b|$)", lambda m: _EN_DAYS[m[1]], text
    )


def _en_times(text: str) -> str:
    # "9.00–1.00pm", "9–5pm", "10:00–16:00": the period said at both ends (speech10)
    text = shared.en_clock_ranges(text)
    # "9am–5pm", "9.30am - 1pm": a range of times.
    time = r"\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]\.?m\.?)?"
    text = re.sub(
        rf"\b({time})\s?[–—-]\s?({time})(?!\w)",
        lambda m: (
            f"{m[1]} to {m[2]}"
            if re.search(r"[ap]\.?m|:", m[1] + m[2], re.IGNORECASE)
            else m.group(0)
        ),
        text,
        flags=re.IGNORECASE,
    )
    text = re.sub(
        r"\b(\d{1,2})\.(\d{2})\s?([ap]\.?m\.?)(?!\w)", r"\1:\2\3", text, flags=re.IGNORECASE
    )

    # "at 12.30", "from 9.15": a British time without am/pm after a word that asks for one
    # (was "twelve point three zero"); "at 25.30" is no time and stays a number.
    if not _DIGIT_POINT_DIGIT.search(text):
        return _en_clock(text)
    point_time = r"([01]?\d|2[0-3])\.([0-5]\d)\b(?![.,]?\d)"
    no_amount = (
        r"(?!\s?(?:[%€$£]|(?:percent|per cent|pounds|euros|dollars|degrees|k?m|[cm]m|k?g|m?l|"
        r"metres|meters|miles|kilometres|kilometers)\b))"
    )
    text = re.sub(  # "from 9.15 to 12.30", "between 9.00 and 17.00": both ends
        rf"\b([Ff]rom|[Bb]etween)\s{point_time}\s?(to|and|until|till|[–—-])\s?{point_time}{no_amount}",
        lambda m: (
            f"{m[1]} {_en_24h(int(m[2]), int(m[3]))} "
            f"{'to' if m[4] in '–—-' else m[4]} {_en_24h(int(m[5]), int(m[6]))}"
        ),
        text,
    )
    # "open 9.00–1.00", "Monday to Friday 9.30–4.30": a range of dotted times without a word
    # before it (was "nine point zero zero to one point zero zero"); times where the
    # minutes are quarters or the sentence speaks of hours, days or opening
    text = re.sub(
        rf"(?<![\w.,£$€])(?<![£$€]\s){point_time}\s?(to|until|till|[–—-])\s?{point_time}{no_amount}",
        lambda m: (
            f"{_en_24h(int(m[1]), int(m[2]))} {'to' if m[3] in '–—-' else m[3]} "
            f"{_en_24h(int(m[4]), int(m[5]))}"
            if _en_hours_context(m)
            else m.group(0)
        ),
        text,
    )
    # "Surgeries: 9.00, 11.00 and 2.00 on Mondays": a list of dotted times, by the same test
    one = r"(?:[01]?\d|2[0-3])\.[0-5]\d\b(?![.,]?\d)"
    text = re.sub(
        rf"(?<![\w.,£$€])(?<![£$€]\s){one}(?:,\s{one})*,?\s(?:and|or)\s{one}{no_amount}",
        _en_time_list,
        text,
    )
    text = re.sub(
        # not the start of a range that was no range of times ("from 2.35 to 14.80 points")
        rf"\b([Aa]t|[Ff]rom|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Oo]pens?|[Cc]loses?)\s{point_time}"
        rf"{no_amount}(?!\s?(?:to|and|[–—-])\s?\d)",
        lambda m: f"{m[1]} {_en_24h(int(m[2]), int(m[3]))}",
        text,
    )
    return _en_clock(text)


_EN_HOURS_WORDS = re.compile(
    r"\b(?:open|opens|opening|closed?|closes|hours|daily|times?|session|service|"
    r"weekdays?|weekends?|"
    + "|".join(WEEKDAYS["en"].values())
    + r"|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b",
    re.IGNORECASE,
)


def _en_time_list(m: re.Match[str]) -> str:
    """A list of dotted times ("9.00, 11.00 and 2.00") said as times where the minutes are
    all quarters or the sentence speaks of opening hours or weekdays."""
    times = re.findall(r"(\d{1,2})\.(\d{2})", m.group(0))
    quarters = all(int(minute) % 15 == 0 for _, minute in times)
    if not (quarters or _EN_HOURS_WORDS.search(m.string)):
        return m.group(0)
    return re.sub(r"(\d{1,2})\.(\d{2})", lambda t: _en_24h(int(t[1]), int(t[2])), m.group(0))


def _en_hours_context(m: re.Match[str]) -> bool:
    """Whether a range of two dotted numbers ``m`` ("9.30–4.30") is a range of times: the
    minutes of both are quarters, or the sentence speaks of opening hours or weekdays."""
    if int(m[2]) % 15 == 0 and int(m[5]) % 15 == 0:
        return True
    return bool(_EN_HOURS_WORDS.search(m.string))


def _en_24h(hour: int, minute: int) -> str:
    """A time without am/pm: "14:00" → "two p m", "10:00" → "ten o'clock" (was
    "fourteen", "ten": a count; then "fourteen hundred", beside "ten o'clock" in one range),
    "16:30" → "four thirty p m" (:func:`.shared.en_24h`)."""
    return shared.en_24h(hour, minute)


def _en_clock(text: str) -> str:
    """ "9am", "3:30 p.m.", "14:00" → "nine a m", "three thirty p m", "two p m"."""

    def clock(m: re.Match[str]) -> str:
        suffix = {"am": " a m", "pm": " p m"}.get((m[3] or "").replace(".", "").lower(), "")
        return numbers.time(int(m[1]), int(m[2] or 0), "en", uhr=False) + suffix

    return re.sub(
        r"\b(\d{1,2})(?::(\d{2}))?\s?(a\.m\.|p\.m\.|am|pm)(?!\w)|\b(\d{1,2}):(\d{2})\b",
        lambda m: clock(m) if m[1] else _en_24h(int(m[4]), int(m[5])),
        text,
        flags=re.IGNORECASE,
    )


_EN_SINGULAR = {"pounds": "pound", "euros": "euro", "dollars": "dollar"}

# Words before an amount that make it describe the noun after it ("the £200 grant"), and
# words after it that are no noun ("the £150 is paid", "a £5 to £10 charge").
_EN_DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "our",
        "your",
        "their",
        "its",
        "his",
        "her",
        "each",
        "every",
        "one",
        "new",
        "extra",
        "annual",
    ]
)
_EN_NOT_NOUNS = frozenset(
    [
        "is",
        "was",
        "are",
        "were",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "must",
        "shall",
        "should",
        "has",
        "have",
        "had",
        "be",
        "been",
        "being",
        "to",
        "for",
        "per",
        "a",
        "an",
        "the",
        "in",
        "on",
        "at",
        "of",
        "and",
        "or",
        "but",
        "by",
        "from",
        "with",
        "each",
        "every",
        "that",
        "which",
        "who",
        "this",
        "it",
        "as",
        "if",
        "so",
        "than",
        "then",
        "up",
        "down",
        "off",
        "out",
        "over",
        "into",
        "onto",
        "upon",
        "plus",
        "minus",
        "paid",
        "made",
        "given",
        "spent",
        "sent",
        "kept",
        "held",
        "won",
        "set",
        "cut",
        "left",
        # adverbs after an amount („we pay the £150 straight into your account“, speech10)
        "straight",
        "back",
        "now",
        "today",
        "instead",
        "again",
        "too",
        "also",
        "only",
        "there",
        "here",
        "yet",
        "still",
        "directly",
        "automatically",
        "towards",
        "toward",
        "via",
        "without",
        "within",
        "under",
        "including",
        "excluding",
    ]
)


def _en_noun(word: str) -> bool:
    """Whether the lower-case ``word`` after an amount may be the noun it describes."""
    return word not in _EN_NOT_NOUNS and not re.search(r"(?:ed|ly)$", word)


_EN_LARGE = {"m": "million", "bn": "billion", "k": "thousand", "million": "million",
             "billion": "billion"}  # fmt: skip


@functools.lru_cache(maxsize=1)
def _en_comma_pattern() -> re.Pattern[str]:
    units = "|".join(re.escape(u) for u in sorted(UNITS["en"], key=len, reverse=True))
    return re.compile(
        r"(?<![\w.,])(\d+)[,.](\d{2})\s?(?:€|EUR\b|[Ee]uros?\b)"
        rf"|(?<![\w.,])(\d+),(\d{{1,2}})(?=\s?(?:{units})(?![\w²³]))"
    )


def _en_comma_decimals(text: str) -> str:
    """A German decimal comma in English text, by its context: ``5,99 €`` → "€5.99" (said
    "five euros and ninety-nine cents"; was "five,99 euros"), ``2,5 km`` → "2.5 km". A
    thousands comma has three digits after it ("1,250") and is left."""
    if "," not in text and "€" not in text and "EUR" not in text.upper():
        return text
    return _en_comma_pattern().sub(lambda m: f"€{m[1]}.{m[2]}" if m[1] else f"{m[3]}.{m[4]}", text)


def _en_amounts(text: str) -> str:
    currencies = CURRENCIES["en"]
    signs = "|".join(re.escape(c) for c in currencies)
    number = r"\d{1,3}(?:,\d{3})+|\d+"

    def money(m: re.Match[str]) -> str:
        main, small = currencies[m[1]]
        if m[3] and _int(m[2]) == 0 and not m[4]:  # "£0.70": seventy pence
            one = {"pence": "penny", "cents": "cent"}.get(small, small)
            return f"{numbers.cardinal(int(m[3]), 'en')} {one if int(m[3]) == 1 else small}"
        if _int(m[2]) == 1 and not m[4]:  # "£1.50": one pound and fifty pence
            main = _EN_SINGULAR.get(main, main)
        cents = f" and {numbers.cardinal(int(m[3]), 'en')} {small}" if m[3] and int(m[3]) else ""
        return f"{numbers.cardinal(_int(m[2]), 'en')} {main}{cents}{m[4] or ''}"

    def large(m: re.Match[str]) -> str:  # "£2.3m" → "two point three million pounds"
        main = currencies[m[1]][0]
        whole, _, fraction = m[2].partition(".")
        said = (
            numbers.decimal(whole, fraction, "en")
            if fraction
            else numbers.cardinal(int(whole), "en")
        )
        return f"{said} {_EN_LARGE[m[3]]} {main}"

    def modifier(said: Callable[[re.Match[str]], str]) -> Callable[[re.Match[str]], str]:
        """ "a £40k grant" → "a forty-thousand-pound grant": an amount between "a" and a
        noun describes the noun; it is said as one word, in the singular."""

        def say(m: re.Match[str]) -> str:
            spoken = said(m)
            # the determiner, perhaps before a hyphenated adjective: "a one-off £150 rebate"
            before = re.search(r"\b(\w+)\s(?:\w+(?:-\w+)+\s)?$", m.string[: m.start()])
            # the noun; after "a"/"an" a name's capital too ("a £500 Test and Trace Payment")
            noun = re.match(r"\s([a-z]+|[A-Z][a-z]+)\b", m.string[m.end() :])
            if (
                noun
                and noun[1][0].isupper()
                and (not before or before[1].lower() not in ("a", "an"))
            ):
                noun = None
            if not (
                before
                and before[1].lower() in _EN_DETERMINERS
                and noun
                and _en_noun(noun[1].lower())
                and not re.search(r" and \S+ (?:pence|penny|cents?)$", spoken)
            ):
                return spoken
            amount, main = spoken.rsplit(" ", 1)
            right_after_a = before[0].rstrip().lower() == "a"  # not "a one-off £150 …"
            if " and " in amount:  # "the £150 energy rebate": "a hundred and fifty pound …"
                if right_after_a:
                    amount = re.sub(r"^one (?=hundred|thousand)", "", amount)
                return f"{amount} {_EN_SINGULAR.get(main, main)}"
            if right_after_a:
                amount = re.sub(r"^one (?=hundred|thousand)", "", amount)
            return f"{amount} {_EN_SINGULAR.get(main, main)}".replace(" ", "-")

        return say

    text = re.sub(
        rf"({signs})\s?(\d+(?:\.\d+)?)\s?(m|bn|k|million|billion)(?![\w])", modifier(large), text
    )
    text = re.sub(
        rf"({signs})\s?({number})(?:\.(\d{{2}}))?(\s(?:million|billion))?", modifier(money), text
    )
    units = "|".join(re.escape(u) for u in sorted(UNITS["en"], key=len, reverse=True))

    def unit(m: re.Match[str]) -> str:
        one, many = UNITS["en"][m[2]]
        return f"{m[1]} {one if m[1] == '1' else many}"

    return re.sub(rf"(?<![\w.,])({number}(?:\.\d+)?)\s?({units})(?![\w²³])", unit, text)


# Words after which a four-digit number is a year: "in 2020", "since 1998", "the 2021 elections".
_EN_YEAR_BEFORE = frozenset(
    [
        "in",
        "since",
        "from",
        "until",
        "till",
        "by",
        "before",
        "after",
        "during",
        "of",
        "early",
        "late",
        "mid",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
        "year",
        "the",
        "this",
        "last",
        "next",
    ]
)
# Plurals that do not end in "s": "1500 people".
_EN_COUNTED = frozenset(
    ["people", "children", "men", "women", "staff", "police", "cattle", "sheep"]
)
# Verbs that end in "s" after a year as the subject: "2021 sees the return of …".
_EN_YEAR_VERBS = frozenset(
    [
        "sees",
        "marks",
        "brings",
        "means",
        "starts",
        "begins",
        "ends",
        "continues",
        "remains",
        "promises",
        "looks",
    ]
)


def _en_counted(before: str, after: str) -> bool:
    """A four-digit number followed by a counted noun is an amount ("1234 cases", "1500
    people"), unless a word before it makes it a year ("in 2020 cases rose", "the 2021
    elections"); without a counted noun it stays a year ("2020 was hard")."""
    following = re.match(r"\s+([a-z]+)\b", after)
    if not following:
        return False
    noun = following[1]
    plural = noun in _EN_COUNTED or (
        len(noun) > 3
        and noun.endswith("s")
        and not noun.endswith(("ss", "us", "is", "ous"))
        and noun not in _EN_YEAR_VERBS
    )
    previous = re.search(r"([A-Za-z]+)\W*$", before)
    return plural and not (previous and previous[1].lower() in _EN_YEAR_BEFORE)


def _en_decades(text: str) -> str:
    """``the 1990s`` → "the nineteen nineties", ``1900s`` → "nineteen hundreds"."""

    def say(m: re.Match[str]) -> str:
        year = numbers.year(int(m[1]), "en")
        return year[:-1] + "ies" if year.endswith("y") else year + "s"

    return re.sub(r"(?<![\w.,])(1\d\d0|20\d0)[’']?s\b", say, text)


def _en_numbers(text: str) -> str:
    def say(m: re.Match[str]) -> str:
        whole, fraction = m[1], m[2]
        if fraction:
            return numbers.decimal(whole.replace(",", ""), fraction, "en")
        if (
            "," not in whole
            and len(whole) == 4
            and 1100 <= int(whole) <= 2099
            and not _en_counted(m.string[: m.start()], m.string[m.end() :])
        ):
            return numbers.year(int(whole), "en")
        return numbers.cardinal(_int(whole), "en")

    text = _en_decades(text)
    text = re.sub(r"(?<=\d)\s?[–—]\s?(?=\d)", " to ", text)
    return re.sub(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?!\d)", say, text)


# Two capitals that are English words when shouted ("DO NOT", "IN PERSON") or said as ones.
_EN_CAPITAL_WORDS = frozenset(
    ["AM", "AN", "AS", "AT", "BE", "BY", "DO", "GO", "HE", "IF", "IN", "IS", "IT", "ME", "MY",
     "NO", "OF", "OH", "OK", "ON", "OR", "SO", "TO", "UP", "US", "WE"]
)  # fmt: skip
_EN_TWO_CAPITALS = re.compile(r"\[\[[^\]]*\]\]|(?<![\w'.&-])([A-Z]{2})(?![\w'&-])")


def _en_initialisms(text: str) -> str:
    """``AB – Blandford Central`` → "A B, …": two capitals letter by letter (a polling
    district, a code); espeak-ng reads some as words ("ab", "kah"). Not an English word in
    capitals (:data:`_EN_CAPITAL_WORDS`), nor one beside other capitals (a shouted phrase)."""

    def spell(m: re.Match[str]) -> str:
        word = m.group(1)
        if word is None or word in _EN_CAPITAL_WORDS:
            return m[0]
        before, after = m.string[: m.start()].split()[-1:], m.string[m.end() :].split()[:1]
        if any(re.fullmatch(r"[A-Z]{2,}\W*", w) for w in before + after):
            return m[0]
        return " ".join(word)

    return _EN_TWO_CAPITALS.sub(spell, text) if re.search(r"[A-Z]{2}", text) else text


_ENGLISH: tuple[Callable[[str], str], ...] = (
    _decorations,
    shared.shared_currency("en"),
    references.file_numbers("en"),
    references.numbered_acts("en"),
    date_forms.en_german_dates,
    readings.degree_signs,
    readings.us_states,
    _en_weekdays,
    _roman_numerals("en"),
    readings.binomials,
    _en_dates,
    _en_times,
    _unit_compounds("en"),
    readings.extensions("en"),
    readings.short_area_phones("en"),
    _phone("en"),
    _service_numbers("en"),
    references.postal_districts("en"),
    _codes("en"),
    _hyphen_ranges("en"),
    _negatives("en"),
    _house_numbers("en"),
    _junctions("en"),
    readings.unit_rates("en"),
    _slashes("en"),
    _en_comma_decimals,
    _en_amounts,
    _en_numbers,
    _symbols("en"),
    _en_initialisms,
)
