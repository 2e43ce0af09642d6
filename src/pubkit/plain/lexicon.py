"""Word lists behind the plain-language rules (ACCESSIBILITY.md 4.3)."""

from __future__ import annotations

import re

__all__ = [
    "COMMON_ABBREVIATIONS",
    "DE_NEGATIONS",
    "DE_NUMBER_WORDS",
    "DE_SUBJUNCTIVE",
    "DE_SUBORDINATORS",
    "EN_BE",
    "EN_IRREGULAR_PARTICIPLES",
    "EN_NEGATIONS",
    "EN_NUMBER_WORDS",
    "EN_SUBJUNCTIVE",
    "EN_SUBORDINATORS",
    "GENDER_FORM",
    "NOMINAL_DE",
    "NOMINAL_EN",
]

DE_SUBORDINATORS = frozenset(
    [
        "dass",
        "weil",
        "wenn",
        "ob",
        "obwohl",
        "damit",
        "nachdem",
        "während",
        "bevor",
        "sobald",
        "solange",
        "falls",
        "indem",
        "sodass",
    ]
)
DE_NEGATIONS = frozenset(
    [
        "nicht",
        "kein",
        "keine",
        "keinen",
        "keinem",
        "keiner",
        "keines",
        "nie",
        "niemals",
        "niemand",
        "nichts",
    ]
)
DE_SUBJUNCTIVE = frozenset(
    [
        "würde",
        "würden",
        "würdest",
        "würdet",
        "wäre",
        "wären",
        "wärst",
        "wäret",
        "hätte",
        "hätten",
        "hättest",
        "hättet",
        "könnte",
        "könnten",
        "müsste",
        "müssten",
        "sollte",
        "sollten",
        "dürfte",
        "dürften",
        "sei",
        "seien",
        "habe",
    ]
)
DE_NUMBER_WORDS = frozenset(
    [
        "eins",
        "zwei",
        "drei",
        "vier",
        "fünf",
        "sechs",
        "sieben",
        "acht",
        "neun",
        "zehn",
        "elf",
        "zwölf",
        "zwanzig",
        "dreißig",
        "vierzig",
        "fünfzig",
        "hundert",
        "tausend",
        "hunderte",
        "tausende",
    ]
)
EN_SUBORDINATORS = frozenset(
    [
        "which",
        "whom",
        "whose",
        "because",
        "although",
        "though",
        "whereas",
        "unless",
        "whether",
        "while",
        "since",
    ]
)
EN_NEGATIONS = frozenset(["not", "no", "never", "nobody", "nothing", "none", "neither", "nor"])
EN_SUBJUNCTIVE = frozenset(["would", "could", "should", "might"])
# "one" is left out: in "one of these signs", "the first one" it is a pronoun.
EN_NUMBER_WORDS = frozenset(
    [
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "twenty",
        "hundred",
        "thousand",
    ]
)
EN_BE = frozenset(["am", "is", "are", "was", "were", "be", "been", "being"])
EN_IRREGULAR_PARTICIPLES = frozenset(
    [
        "done",
        "given",
        "taken",
        "made",
        "seen",
        "known",
        "shown",
        "written",
        "sent",
        "held",
        "built",
        "found",
        "paid",
        "told",
        "brought",
        "kept",
        "left",
        "set",
        "put",
        "cut",
        "run",
        "won",
        "chosen",
        "spoken",
        "driven",
        "begun",
        "broken",
        "eaten",
        "fallen",
        "forgotten",
        "hidden",
        "ridden",
        "risen",
        "shaken",
        "stolen",
        "thrown",
        "worn",
    ]
)
COMMON_ABBREVIATIONS = {
    "z. B.": "zum Beispiel",
    "z.B.": "zum Beispiel",
    "bzw.": "beziehungsweise (oder: oder)",
    "usw.": "und so weiter",
    "ca.": "etwa",
    "d. h.": "das heißt",
    "u. a.": "unter anderem",
    "Nr.": "Nummer",
    "Tel.": "Telefon",
    "Str.": "Straße",
    "ggf.": "wenn nötig",
    "evtl.": "vielleicht",
    "inkl.": "mit",
    "e.g.": "for example",
    "i.e.": "that is",
    "etc.": "and so on",
    "approx.": "about",
}
NOMINAL_DE = re.compile(r"\w{3,}(?:ung|heit|keit|ion|ität|nis)(?:en|se)?$", re.IGNORECASE)
NOMINAL_EN = re.compile(r"\w{3,}(?:tion|sion|ment|ness|ity|ance|ence)s?$", re.IGNORECASE)
GENDER_FORM = re.compile(r"\w+(?:[*:_]|\u00b7)in(?:nen)?\b|\w[a-zäöüß]In(?:nen)?\b")

# English words common in German notices, which word frequencies count as German; Leichte
# Sprache asks for a German word or an explanation.
ANGLICISMS = frozenset(
    [
        "smartphone",
        "online",
        "offline",
        "hotline",
        "service",
        "ticket",
        "update",
        "download",
        "upload",
        "link",
        "newsletter",
        "team",
        "event",
        "meeting",
        "feedback",
        "homepage",
        "website",
        "app",
        "apps",
        "laptop",
        "tablet",
        "shop",
        "job",
        "workshop",
        "live",
        "stream",
        "news",
        "center",
        "community",
        "support",
        "account",
        "login",
        "password",
        "code",
        "tool",
        "tools",
        "highlight",
    ]
)
