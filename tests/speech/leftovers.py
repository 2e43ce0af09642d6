"""What espeak-ng would misread if it were left in the spoken text (issue 13's check).

:func:`leftovers` lists what remains in a normalised sentence that espeak-ng reads wrongly
on its own: digit groups (it says "hundertzwölf" for a service number and "vierundzwanzig
Punkt elf" for a date), symbols that it skips or names badly, and abbreviations that it
spells, reads as words or takes for a sentence end (a known list, any short word with a full
stop before a lower-case word, and in German two or three capitals, which it reads as a word
when it can: „Op“, „Oy“). Phoneme input (``[[…]]``) is skipped.
:func:`read_notice` reads a corpus notice, ignoring front-matter keys pubkit does not know
(``source_url``, ``slug``, ``kind`` … the editors' own keys).
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

import pubkit

_KNOWN_KEYS = {
    "title", "lang", "subtitle", "authors", "publisher", "date", "category", "description",
    "keywords", "identifier", "abbreviations", "pronunciations", "accessibility",
    "plain_language",
}  # fmt: skip

_PHONEMES = re.compile(r"\[\[[^\]]*\]\]")
_DIGITS = re.compile(r"\d+")
# A hyphen is fine inside a word and at the end of a cut-off compound ("Alt- und Neustadt").
_SYMBOLS = re.compile(r"[%‰€$£§&@#/\\*+=<>|~^°²³½–—]|(?<!\w)-")
_ABBREVIATIONS = {
    "de": re.compile(
        r"(?<![\w.])(?:z|u|d|v|o|i|s|ca|bzw|usw|ggf|inkl|evtl|vgl|zzgl|Nr|Nrn|Tel|Str|Mo|Di|Mi|"
        r"Do|Fr|Sa|So|Dr|Prof|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez|Abs|Art|Hbf|"
        r"max|mind|tgl|Whg|Dipl|Hd|erm|rd|Zi|etc|Az|zzt|Zt|bspw|insb|einschl|allg|ggfs|Anm|Pkt|"
        r"Hr)\.(?!\w)|(?<![\w.])(?:S|J|p)\.(?=\s?\d)|(?<=\d\s)J\.(?!\w)"
        r"|(?<![\w.])(?:Mo|Di|Fr|Sa|Nr|Tel|OB|km|kg|qm|CoronaSchVO|IfSG|MwSt|BAföG)(?![\w.])"
    ),
    "en": re.compile(
        r"(?<![\w.])(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Dr|Prof|Cllr|approx|etc|tel|"
        r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|incl|excl|Rd|Ave|pp)\.(?!\w)"
        r"|(?<![\w.])p\.(?=\s?\d)"
        r"|(?<![\w.])(?:Mon|Tue|Wed|Thu|Fri|Cllr|ft|km|kg|mph|Tel|am|pm|Rd|Ave|FAQs?)(?![\w.])"
        r"(?=[\s,;:)–-]|$)"
    ),
}


# What the fifth held-out measure found and the checks above missed (issue 13): a unit said
# as an alternative („mg oder l“, "l or min"), units and scales left as letters ("degrees F",
# "mg", "ml", "µg"), „zw.“, a US state's two capitals before a ZIP code, a law name ending
# in V, the undeclined „der Zweite“ after a woman's title.
_FIFTH_MEASURE = re.compile(
    r"\b(?:mg|µg|μg|ml|g|l|kWh|km|ct|€|Euro|euros|pounds|dollars) (?:oder|or) "
    r"(?:l|L|h|min|s|kWh|Tag|Monat|Jahr|day|month|year|hr)\b"
    r"|\b(?:degrees|Grad) [CF]\b|(?<![\w.])(?:mg|µg|μg|ml|zw\.)(?![\w.])"
    r"|(?<=, )[A-Z]{2}(?= \d{5}\b)|\b[A-ZÄÖÜ][a-zäöüß]+(?:[A-ZÄÖÜ][a-zäöüß]*)+V\b"
    r"|\b(?:Königin|Kaiserin|Queen) \w+ der Zweite\b"
)
# What listening found (speech8): a plural after an ordinal in the singular („die erste bis
# vierte Klassen“), a range whose start stands alone ending with „bis zum“ („erster Mai bis
# zum dreißigsten“), two streets of a corner said as alternatives („Ecke Fahnen- oder
# Marienstraße“), a motorway said as an amount („A sechshunderteinundsechzig“), a decimal
# point said as a sentence's end („fünf.99“ is caught as digits), a list number said as an
# ordinal before a sentence („Erster Bleiben Sie …“), a US state's abbreviation left before a
# dash ("TUCSON, Ariz. –").
_MONTHS_DE = "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
_LISTENED = {
    "de": re.compile(
        r"\b[Dd]ie \w+(?:st|t)e (?:(?:bis|und|oder) \w+(?:st|t)e )?[A-ZÄÖÜ][a-zäöüß]+en\b"
        rf"|\b\w+ter (?:{_MONTHS_DE})(?: \w+tausend\w*)? bis zum\b"
        r"|\bEcke [\w-]+- oder\b|\bA \w*hundert\w*"
        r"|^[A-ZÄÖÜ]\w+(?:te|ste)[rs]? [A-ZÄÖÜ][a-zäöüß]+ (?:Sie|du|wir)\b"
    ),
    "en": re.compile(
        r"(?<![\w.])(?:Ala|Ariz|Ark|Calif|Cal|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|"
        r"Mass|Mich|Minn|Miss|Mont|Neb|Nebr|Nev|Okla|Ore|Pa|Tenn|Tex|Vt|Va|Wash|Wis|Wyo)\."
        r"(?=\s*[,;:–—-]|\s*$)"
    ),
}
# What listening found (speech9): a street abbreviation glued to the name („Parkstr.“), kV
# left as letters, an Irish or British county's "Co." (not a company's "& Co."), a dotted
# time on the hour said as a decimal ("nine point zero zero to one point zero zero").
_SEVENTH = {
    "de": re.compile(r"\b[A-Za-zÄÖÜäöüß-]+str\.|\bkV\b"),
    "en": re.compile(
        r"\bkV\b|(?<!& )(?<!and )\bCo\.(?= (?!Ltd|Limited|Inc)[A-Z][a-z])|\bpoint zero zero\b"
    ),
}
# A full stop after a short word with the sentence going on in lower case: an abbreviation
# espeak-ng would end a sentence at („Dr. rer. soc. …“, "gem. § 5", "approx. five").
_DOT_INSIDE = re.compile(r"(?<![\w.])[A-Za-zÄÖÜäöüß]{1,5}\.(?=\s+[a-zäöüß])")
# German: two or three capitals espeak-ng reads as a word („OP“ → „Op“, „EU“ → „Oy“);
# pubkit says them letter by letter, except the words it knows are said as words.
_CAPITALS = re.compile(r"(?<![\w'.])[A-ZÄÖÜ]{2,3}(?![\w'])")


def leftovers(spoken: str, lang: str) -> list[str]:
    """Every digit group, symbol or abbreviation left in ``spoken`` that espeak-ng misreads."""
    from pubkit.writers.speech.tables import WORD_CAPITALS_DE

    text = _PHONEMES.sub("X", spoken)
    found = _DIGITS.findall(text) + _SYMBOLS.findall(text) + _DOT_INSIDE.findall(text)
    if lang == "de":
        found += [w for w in _CAPITALS.findall(text) if w not in WORD_CAPITALS_DE]
    found += _FIFTH_MEASURE.findall(text) + _LISTENED[lang].findall(text)
    found += _SEVENTH[lang].findall(text)
    for match in _ABBREVIATIONS[lang].finditer(text):
        word = match.group(0)
        if word == "am" and not re.match(r"\s*(?:to|until|-|–|,|\.|$)", text[match.end() :]):
            continue  # "I am here"; a clock's "am" is left only when it ends a time
        found.append(word)
    return found


def read_notice(path: Path) -> pubkit.Document:
    """A corpus notice with the editors' own front-matter keys left out."""
    text = path.read_text(encoding="utf-8")
    match = re.match(r"---\n(.*?)\n---\n", text, re.DOTALL)
    if match:
        meta = yaml.safe_load(match.group(1)) or {}
        kept = {k: v for k, v in meta.items() if k in _KNOWN_KEYS}
        if "date" in kept:  # partial dates ("2021-01") are the readers' business, not ours
            kept["date"] = str(kept["date"])
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", kept["date"]):
                del kept["date"]
        text = "---\n" + yaml.safe_dump(kept, allow_unicode=True) + "---\n" + text[match.end() :]
    return pubkit.read_markdown(text)


def listing(paths: list[Path]) -> tuple[list[str], int, int]:
    """The spoken text of every notice in ``paths``: lines, language runs, runs with leftovers.

    Each run is printed as written and as spoken; a run with leftovers is marked ``!!``.
    """
    from pubkit.writers.speech.normalize import speech_language
    from pubkit.writers.speech.script import script

    lines: list[str] = []
    runs = flagged = 0
    for path in paths:
        lines.append(f"## {path}")
        for sentence in script(read_notice(path)):
            for part in sentence.parts:
                runs += 1
                left = leftovers(part.text, speech_language(part.lang))
                flagged += bool(left)
                lines.append(f"{'!!' if left else '  '} [{part.lang}] {sentence.text}")
                lines.append(f"   → {part.text}" + (f"\n   LEFT: {left}" if left else ""))
    return lines, runs, flagged


def read_as_words(paths: list[Path]) -> list[tuple[str, str, int, str]]:
    """Every word of capitals left in the spoken text that espeak-ng reads as a word rather
    than letter by letter (its phonemes, ``espeak-ng -q -x``, have no stress mark per
    letter): (language, word, how often, phonemes). For a person to judge: "COVID" and a
    shouted "POLLING STATION" are words, "UKHSA" read „Ukhsa“ would be a misreading."""
    import subprocess
    from collections import Counter

    from pubkit.writers.speech.normalize import speech_language
    from pubkit.writers.speech.script import script

    found: Counter[tuple[str, str]] = Counter()
    for path in paths:
        for sentence in script(read_notice(path)):
            for part in sentence.parts:
                text = _PHONEMES.sub(" ", part.text)
                for word in re.findall(r"(?<![\w'])[A-ZÄÖÜ]{2,}(?![\w'])", text):
                    found[(speech_language(part.lang), word)] += 1
    out = []
    for (lang, word), count in sorted(found.items()):
        voice = "de" if lang == "de" else "en-gb"
        done = subprocess.run(
            ["espeak-ng", "-v", voice, "-q", "-x", word], capture_output=True, text=True
        )
        phonemes = done.stdout.strip()
        if phonemes.count(",") < len(word) - 2:  # fewer stress marks than letters: a word
            out.append((lang, word, count, phonemes))
    return out


def main(argv: list[str]) -> int:
    """``python -m tests.speech.leftovers [--espeak] FOLDER…``: print the listing (and with
    ``--espeak`` the capitals espeak-ng reads as words); exit 1 on leftovers."""
    espeak = "--espeak" in argv
    argv = [a for a in argv if a != "--espeak"]
    paths = sorted(
        p
        for folder in argv or ["tests/corpus"]
        for p in Path(folder).glob("*.md")
        if not p.name.startswith(("README", "SOURCES", "FINDINGS", "MEASURE"))
    )
    lines, runs, flagged = listing(paths)
    print("\n".join(lines))
    print(f"{len(paths)} notices, {runs} language runs, {flagged} with leftovers")
    if espeak:
        words = read_as_words(paths)
        print("capitals espeak-ng reads as a word (judge each: a word, or a misreading):")
        for lang, word, count, phonemes in words:
            print(f"  [{lang}] {word} ×{count}: {phonemes}")
    return 1 if flagged else 0


if __name__ == "__main__":
    import sys

    raise SystemExit(main(sys.argv[1:]))
