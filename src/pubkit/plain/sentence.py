"""What makes a sentence whole: a finite verb, a start, and nothing that points at removed text.

Used by the draft writer (to shorten without breaking sentences) and by the guards (to refuse
a draft that would publish a fragment). German uses HanTa's tags; English uses word lists,
good enough for the short sentences of a notice: auxiliaries and modals, imperatives at the
start, a pronoun or plural noun before a verb, and ``-s`` / ``-ed`` forms of common verbs.
"""

from __future__ import annotations

import re
from functools import cache

from pubkit.i18n import _
from pubkit.model.lang import primary_language
from pubkit.plain.nlp import Token, tokenize

__all__ = [
    "fragment_reason",
    "has_finite_verb",
    "name_they",
    "reference_words",
    "they_after_colon",
    "they_antecedent",
    "unbalanced_quote",
]

_EN_AUX = frozenset(
    [
        "am",
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "can",
        "could",
        "will",
        "would",
        "shall",
        "should",
        "may",
        "might",
        "must",
        "isn't",
        "aren't",
        "wasn't",
        "weren't",
        "hasn't",
        "haven't",
        "hadn't",
        "don't",
        "doesn't",
        "didn't",
        "can't",
        "cannot",
        "couldn't",
        "won't",
        "wouldn't",
        "shouldn't",
        "mustn't",
        "it's",
        "that's",
        "there's",
        "here's",
        "what's",
        "you're",
        "we're",
        "they're",
        "i'm",
        "you'll",
        "we'll",
        "they'll",
        "it'll",
        "you've",
        "we've",
        "they've",
        "let's",
    ]
)
_EN_VERBS = frozenset(
    [
        "accept",
        "add",
        "agree",
        "allow",
        "answer",
        "apply",
        "arrive",
        "ask",
        "attend",
        "avoid",
        "become",
        "begin",
        "believe",
        "book",
        "bring",
        "buy",
        "call",
        "cancel",
        "care",
        "carry",
        "change",
        "check",
        "choose",
        "clean",
        "close",
        "come",
        "contact",
        "continue",
        "cost",
        "count",
        "cover",
        "cross",
        "cut",
        "decide",
        "deliver",
        "depend",
        "die",
        "do",
        "drink",
        "drive",
        "drop",
        "eat",
        "email",
        "end",
        "enter",
        "expect",
        "explain",
        "fall",
        "feel",
        "fill",
        "find",
        "finish",
        "follow",
        "get",
        "give",
        "go",
        "grow",
        "happen",
        "hear",
        "help",
        "hold",
        "include",
        "increase",
        "isolate",
        "join",
        "keep",
        "know",
        "last",
        "learn",
        "leave",
        "let",
        "like",
        "limit",
        "listen",
        "live",
        "look",
        "lose",
        "make",
        "mean",
        "meet",
        "miss",
        "move",
        "need",
        "offer",
        "open",
        "order",
        "pay",
        "phone",
        "pick",
        "plan",
        "play",
        "post",
        "prepare",
        "present",
        "print",
        "protect",
        "provide",
        "pull",
        "put",
        "reach",
        "read",
        "receive",
        "register",
        "remain",
        "remember",
        "rent",
        "repair",
        "report",
        "require",
        "rest",
        "return",
        "ring",
        "run",
        "say",
        "see",
        "sell",
        "send",
        "serve",
        "set",
        "show",
        "shut",
        "sit",
        "sleep",
        "speak",
        "spend",
        "stand",
        "start",
        "stay",
        "stop",
        "study",
        "take",
        "talk",
        "teach",
        "tell",
        "test",
        "text",
        "think",
        "travel",
        "try",
        "turn",
        "understand",
        "use",
        "visit",
        "vote",
        "wait",
        "walk",
        "want",
        "wash",
        "watch",
        "wear",
        "welcome",
        "win",
        "work",
        "write",
        "apply",
        "collect",
        "display",
        "park",
        "queue",
        "recycle",
        "ride",
        "sign",
        "swim",
        "vaccinate",
        "shop",
        "dial",
        "ban",
        "close",
        "mix",
        "gather",
        "meet",
        "quarantine",
        "self-isolate",
        "download",
        "scan",
        "show",
        "upload",
        "fill",
        "bring",
        "claim",
        "renew",
        "replace",
        "complete",
        "submit",
        "cycle",
    ]
)
_EN_IRREGULAR_FINITE = frozenset(
    [
        "began",
        "became",
        "bought",
        "brought",
        "came",
        "chose",
        "cost",
        "cut",
        "did",
        "drank",
        "drove",
        "fell",
        "felt",
        "found",
        "gave",
        "got",
        "went",
        "grew",
        "heard",
        "held",
        "kept",
        "knew",
        "left",
        "let",
        "lost",
        "made",
        "meant",
        "met",
        "paid",
        "put",
        "ran",
        "read",
        "rang",
        "said",
        "saw",
        "sold",
        "sent",
        "set",
        "showed",
        "shut",
        "sat",
        "slept",
        "spoke",
        "spent",
        "stood",
        "took",
        "taught",
        "told",
        "thought",
        "understood",
        "wore",
        "won",
        "wrote",
    ]
)
_EN_PRONOUNS = frozenset(
    ["i", "you", "we", "they", "he", "she", "it", "who", "people", "children", "everyone", "anyone"]
)
_EN_DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "your",
        "our",
        "their",
        "my",
        "his",
        "her",
        "its",
        "each",
        "every",
        "any",
        "no",
    ]
)
_EN_ADVERBS = frozenset(
    ["also", "only", "still", "always", "never", "often", "usually", "now", "then", "just"]
)
_EN_PLURAL = frozenset(["i", "you", "we", "they"])
_EN_NOT_VERBS = frozenset(
    [
        "also",
        "only",
        "just",
        "still",
        "always",
        "never",
        "often",
        "really",
        "then",
        "there",
        "here",
        "very",
        "more",
        "most",
        "much",
        "all",
        "both",
        "each",
        "some",
        "many",
        "your",
        "their",
        "this",
        "that",
        "these",
        "those",
        "with",
        "from",
        "into",
        "onto",
        "about",
    ]
)
_EN_SINGULAR = frozenset(
    ["he", "she", "it", "this", "that", "who", "which", "everyone", "everybody", "nobody", "one"]
)

_EN_VERBS |= frozenset(
    ["block", "borrow", "browse", "charge", "clear", "lock", "pack", "store", "switch", "unplug"]
)
_EN_VERBS |= frozenset(
    ["boil", "cool", "cook", "drink", "pour", "freeze", "flush", "gargle", "rinse", "wipe",
     "wait", "nominate", "vote", "recycle", "remember", "throw", "cancel", "renew", "submit",
     "attach", "register", "collect", "return", "leave", "heat", "stir", "bake", "lift", "push",
     "empty", "tick", "dry", "soak", "scrub", "sweep", "grit", "shovel", "unblock"]
)  # fmt: skip
"""Instructions of boil-water, waste and nomination notices ("Boil the water hard …")."""
"""What a notice tells readers to do in an emergency or on a visit ("Block doors …")."""


@cache
def _en_verb(word: str) -> str | None:
    """``"base"`` for a verb's base form, ``"finite"`` for a form that is finite by itself."""
    if word in _EN_VERBS:
        return "base"
    if word in _EN_IRREGULAR_FINITE:
        return "finite"
    for suffix, cut in (("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""), ("d", "")):
        if word.endswith(suffix) and word[: len(word) - len(suffix)] + cut in _EN_VERBS:
            return "finite"
    if word.endswith("ed") and len(word) > 4 and word[:-3] in _EN_VERBS:  # stopped, planned
        return "finite"
    return None


_EN_ACTIONS = frozenset(
    [
        "visit",
        "call",
        "contact",
        "email",
        "go",
        "see",
        "phone",
        "ring",
        "write",
        "check",
        "book",
        "apply",
        "ask",
        "read",
        "use",
    ]
)
"""Verbs a notice tells readers to do after an opening phrase ("To book, call …")."""


_EN_LEADS = frozenset({"please", "then", "now", "always", "never", "also", "so", "or"})


def _english_finite(tokens: list[Token]) -> bool:
    ws = [t.text.lower().replace("’", "'").strip("'") for t in tokens if t.word]
    tokens_upper = [
        t.text[:1].isupper() and i > 0 for i, t in enumerate(x for x in tokens if x.word)
    ]
    if not ws:
        return False
    if any(w in _EN_AUX or w.endswith("n't") for w in ws):
        return True
    start = 0
    while start < 2 and start < len(ws) and ws[start] in _EN_LEADS:  # "Then please read on."
        start += 1
    if start < len(ws) and (_en_verb(ws[start]) == "base" or ws[start] in ("be", "e-mail")):
        return True  # imperative: "Stay at home.", "Be ready to …"
    # An imperative after an opening phrase without its comma: "For help with your form
    # call the office on …" (the verb before its object: "the", "us", a number).
    if ws[0] in ("for", "to") and any(
        ws[i] in _EN_ACTIONS
        and ws[i - 1] not in _EN_DETERMINERS
        and (ws[i + 1] in ("the", "us", "our", "a", "an") or ws[i + 1][:1].isdigit())
        for i in range(2, len(ws) - 1)
    ):
        return True
    # An imperative after an opening phrase: "For more information, visit the …".
    words_only = [t for t in tokens if t.word or t.text == ","]
    for index, token in enumerate(words_only[:-1]):
        following = words_only[index + 1].text.lower()
        if token.text == "," and index >= 2 and following in _EN_ACTIONS:
            return True
        # "For help with your form, talk to …": any verb in its base form after such a phrase.
        if (
            token.text == ","
            and index >= 2
            and ws[0] in ("for", "to")
            and _en_verb(following) == "base"
        ):
            return True
        # "For more information, please visit www…": the same, with "please" before the verb.
        if (
            token.text == ","
            and index >= 2
            and following == "please"
            and index + 2 < len(words_only)
            and _en_verb(words_only[index + 2].text.lower()) == "base"
        ):
            return True
    for index, word in enumerate(ws):
        kind = _en_verb(word)
        before = ws[index - 1] if index else ""
        # Any verb after a subject pronoun: "It recognises …", "They organise …".
        subject = (before in _EN_SINGULAR - {"one"} and word.endswith("s")) or before in _EN_PLURAL
        if (
            kind is None
            and word.isalpha()
            and len(word) > 3
            and word not in _EN_NOT_VERBS
            and subject
        ):
            return True
        if kind is None:
            continue
        before = ws[index - 1] if index else ""
        if kind == "finite" and not word.endswith("s"):
            if before not in _EN_DETERMINERS:
                return True  # "closed", "went"
        elif kind == "finite" and index:
            # "opens" is a verb after "it" or "the centre", a noun in "free tests".
            subject = before in _EN_SINGULAR or tokens_upper[index - 1]
            if subject or any(w in _EN_DETERMINERS for w in ws[max(0, index - 3) : index - 1]):
                return True
        if before in _EN_ADVERBS and index > 1:
            before = ws[index - 2]  # "You also need …"
        if kind == "base" and (before in _EN_PRONOUNS or (before.endswith("s") and index >= 1)):
            return True
    return False


def _german_verb(tokens: list[Token]) -> bool:
    for index, token in enumerate(tokens):
        if token.finite:
            return True
        # HanTa tags some finite plurals as infinitives ("Die Maßnahmen gelten bis …").
        if token.pos.endswith("(INF)") and not (index and tokens[index - 1].text == "zu"):
            return True
    return False


def has_finite_verb(sentence: str, language: str) -> bool:
    """Whether ``sentence`` has a finite verb (or an imperative).

    >>> has_finite_verb("Bleiben Sie zu Hause.", "de"), has_finite_verb("Am Stadtpark 10.", "de")
    (True, False)
    >>> has_finite_verb("Stay at home for 7 days.", "en"), has_finite_verb("Free tests.", "en")
    (True, False)
    """
    lang = primary_language(language)
    tokens = tokenize(sentence, lang)
    return _german_verb(tokens) if lang == "de" else _english_finite(tokens)


_DE_KON = frozenset({"und", "oder", "aber", "sondern", "sowie"})
_EN_KON = frozenset({"and", "or", "but", "nor"})


def unbalanced_quote(text: str) -> bool:
    """Whether ``text`` opens a quotation it does not close, or closes one it did not open:
    German „…“ (or „…”), English “…”, »…« and straight "…".

    >>> unbalanced_quote("„Wir helfen gern“, sagt die Leiterin.")
    False
    >>> unbalanced_quote("“We will reopen the park soon.")
    True
    >>> unbalanced_quote("Wir freuen uns auf Sie.“")
    True
    """
    if text.count('"') % 2 or text.count("»") != text.count("«"):
        return True
    low = text.count("„")
    if low:
        return low != text.count("“") + text.count("”")
    return text.count("“") != text.count("”")


def fragment_reason(sentence: str, language: str) -> str | None:
    """Why ``sentence`` is not a whole sentence, or None.

    >>> fragment_reason("Ländern und rechnet mit einer neuen Verordnung.", "de")
    'it starts inside a sentence: no subject before "rechnet"'
    """
    lang = primary_language(language)
    text = sentence.strip()
    if not text:
        return _("it is empty")
    first = text.lstrip("„“\"'‚»«([")[:1]
    if first.islower():
        return _("it starts with a lower-case word: it was cut out of a longer sentence")
    if unbalanced_quote(text):
        return _("a quotation mark is not closed: it was cut inside a quotation")
    joined = _joined_at_edge(text)
    if joined is not None:
        return joined
    tokens = tokenize(text, lang)
    words = [t for t in tokens if t.word]
    if not (_german_verb(tokens) if lang == "de" else _english_finite(tokens)):
        return _("it has no finite verb")
    conjunctions = _DE_KON if lang == "de" else _EN_KON
    if lang == "de":
        verb_at = next(
            (i for i, t in enumerate(words) if t.finite or t.pos.endswith("(INF)")), None
        )
        if verb_at and words[verb_at - 1].text.lower() in conjunctions and verb_at >= 2:
            return _('it starts inside a sentence: no subject before "{word}"').format(
                word=words[verb_at].text
            )
        has_comma = any(t.text == "," for t in tokens)
        # „Wer entscheidet?“ is a question, not a clause that lost its main clause.
        asks = text.rstrip("“\"»«'").endswith("?")
        opener = words and (words[0].pos == "KOUS" or (words[0].text == "Wer" and not asks))
        if opener and words[0].text.lower() in ("während", "seit", "bis"):
            # „Während der Ferien bleibt das Bad zu.“: a preposition, the verb in second place;
            # the clause „Während der Chor singt.“ ends in its verb.
            finite = [i for i, t in enumerate(words) if t.finite]
            opener = not finite or finite[0] == len(words) - 1
        if opener and not has_comma:
            return _('it is only a "{word}" clause: the main clause is missing').format(
                word=words[0].text
            )
        if (
            len(words) > 2
            and words[0].pos.startswith("VM")
            and words[0].finite
            and words[1].text == "Sie"
            and text.endswith(".")
        ):
            return _("it starts with the verb but is no question: its first part is missing")
        cut = _headless_clause(tokens)
        if cut:
            return cut
        first_comma = next((i for i, t in enumerate(tokens) if t.text == ","), None)
        if first_comma is not None and first_comma + 1 < len(tokens):
            comma: int = first_comma
            head = tokens[:comma]
            opener = tokens[comma + 1].pos in ("PRELS", "PRELAT") or (
                tokens[comma + 1].pos in ("APPR", "APPRART")
                and comma + 2 < len(tokens)
                and tokens[comma + 2].pos in ("PRELS", "PRELAT")
            )
            closing = next(
                (i for i in range(comma + 1, len(tokens)) if tokens[i].text == ","), None
            )
            main_after = closing is not None and _german_verb(tokens[closing + 1 :])
            if (
                opener
                and not main_after
                and not _german_verb(head)
                and not any(t.pos == "PWS" for t in head)
            ):
                return _("it is a noun with a relative clause: the main clause is missing")
    elif words and words[0].text.lower() in ("because", "although", "whereas") and "," not in text:
        return _('it is only a "{word}" clause: the main clause is missing').format(
            word=words[0].text
        )
    return None


_JOINING_START = re.compile(r"^[„“\"'‚»«(\[]*(Und|And)\b(?!\s*[:?])")
_JOINING_END = re.compile(r"\b(und|oder|sowie|aber|and|or|nor|but)\s*[.!?]$", re.IGNORECASE)


def _joined_at_edge(text: str) -> str | None:
    """A sentence that opens with "and"/„und“ or ends in one: cut from a longer sentence.

    >>> _joined_at_edge("And you must wear a mask.")
    'it starts with "And": it was cut from the sentence before it'
    >>> _joined_at_edge("You may get £500 if you have tested positive, or.")
    'it ends in "or": the rest of the sentence was cut'
    >>> _joined_at_edge("Oder schreiben Sie an: info@aach.de.") is None
    True
    """
    start = _JOINING_START.match(text)
    if start is not None:
        return _('it starts with "{word}": it was cut from the sentence before it').format(
            word=start.group(1)
        )
    end = _JOINING_END.search(text)
    if end is not None:
        return _('it ends in "{word}": the rest of the sentence was cut').format(word=end.group(1))
    return None


_SUBORDINATE_START = frozenset({"KOUS", "PWS", "PWAV", "PRELS", "PWAT", "KOKOM"})


def _headless_clause(tokens: list[Token]) -> str | None:
    """``Roller fährt, muss keine Maske tragen.``: a clause with its verb last before a
    comma and a finite verb, but without the word that opens such a clause (``wer``, ``wenn``)."""
    for index, token in enumerate(tokens[1:-1], start=1):
        if token.text != ",":
            continue
        before, after = tokens[index - 1], tokens[index + 1]
        verb_last = before.finite or before.pos.endswith("(INF)")
        opened = any(t.pos in _SUBORDINATE_START or t.text.lower() == "wer" for t in tokens[:index])
        if verb_last and after.finite and not after.text[:1].isupper() and not opened:
            return _(
                'it starts inside a sentence: nothing opens the clause before "{word}"'
            ).format(word=after.text)
        return None
    return None


_DE_ADDRESSED = re.compile(r"\b(?:Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres|Ihnen)\b")
_DE_PLURAL_END = re.compile(
    r"\b(die|diese|alle)\s+((?:[a-zäöüß]+e[n]?\s+){0,2}[A-ZÄÖÜ][\w-]*[^\W\d_])\s*$"
)


def they_antecedent(head: str) -> str | None:
    """The plural noun that a ``Sie`` right after ``head`` + colon stands for, or None.

    ``Hauptgrund sind die Personalkosten: Sie machen drei Viertel aus.`` — that ``Sie`` is
    "they" (the costs), not the polite "you": the head ends in a plural noun phrase and does
    not speak to the reader. Cut off from its head, the ``Sie`` sentence reads as an
    address to the reader, so it must keep the noun or its head.

    >>> they_antecedent("Hauptgrund sind die Personalkosten")
    'Die Personalkosten'
    >>> they_antecedent("Bitte beachten Sie die Regeln") is None
    True
    >>> they_antecedent("Wichtig ist") is None
    True
    """
    head = head.strip().rstrip(":").strip()
    if _DE_ADDRESSED.search(head):
        return None
    match = _DE_PLURAL_END.search(head)
    if match is None:
        return None
    return f"{match.group(1).capitalize()} {match.group(2)}"


def they_after_colon(sentence: str) -> tuple[str, str] | None:
    """``(head, antecedent)`` when ``sentence`` is ``head: Sie …`` with a plural ``Sie``."""
    head, colon, tail = sentence.partition(": ")
    if not colon or not re.match(r"Sie\s+[a-zäöüß]+en\b", tail):
        return None
    antecedent = they_antecedent(head)
    return None if antecedent is None else (head, antecedent)


def name_they(sentence: str) -> str:
    """``Hauptgrund sind die Kosten: Sie steigen.`` → ``Hauptgrund sind die Kosten: Die Kosten
    steigen.``: the plural ``Sie`` after a colon names its noun, so that the part after the
    colon can stand alone without speaking to the reader."""
    they = they_after_colon(sentence)
    if they is None:
        return sentence
    head, antecedent = they
    return f"{head}: {antecedent}{sentence[len(head) + 5 :]}"


_DE_REFERENCES = re.compile(
    r"\b(?:danach|davor|dadurch|daraufhin|deshalb|deswegen|daher|dafür|dazu|hierzu|hierfür|"
    r"hiervon|dort|dorthin|ebenfalls|außerdem|zudem|trotzdem|dennoch)\b",
    re.IGNORECASE,
)


def _singular(tokens: list[Token]) -> bool:
    """A third-person singular finite verb ("ist", "endet"): after it "Sie" means "she/it"."""
    if not tokens or not tokens[0].finite:
        return False
    text = tokens[0].text
    return text in _DE_SINGULAR_VERBS or (text.endswith("t") and not text.endswith("en"))


_DE_SINGULAR_VERBS = frozenset(
    [
        "ist",
        "hat",
        "wird",
        "wurde",
        "war",
        "gilt",
        "kann",
        "muss",
        "soll",
        "darf",
        "kostet",
        "bietet",
        "liegt",
        "steht",
        "öffnet",
    ]
)
_EN_REFERENCES = re.compile(
    r"^(?:this(?!\s+(?:year|week|month|morning|afternoon|evening|weekend|summer|winter|spring|"
    r"autumn|season)\b)|that|these|those|it|they|then|there|also|however|therefore|"
    r"afterwards)\b|"
    r"\b(?:afterwards|thereafter|after that|before that|these rules|this rule|the above)\b|"
    # "You can park there.": a place named in a sentence the draft may have cut; the "there"
    # of "there is", "there will be" names no place.
    r"(?<=\s)there\b(?!\s+(?:is|are|was|were|will|may|might|can|could|should|must|has|have|"
    r"had|would|isn[’']t|aren[’']t|won[’']t|seems?|appears?|remains?|used)\b)",
    re.IGNORECASE,
)


def reference_words(sentence: str, language: str) -> list[str]:
    """Words of ``sentence`` that point at another sentence (``danach``, ``dies``, ``this``).

    The polite ``Sie`` and the ``es`` of ``es gilt`` are not references; ``Das``/``Dies``/
    ``Er`` only as the subject at the start (``Das hat der Krisenstab beschlossen.``).

    >>> reference_words("Masken bleiben auch danach nötig.", "de")
    ['danach']
    >>> reference_words("Das hat der Krisenstab beschlossen.", "de")
    ['Das']
    >>> reference_words("Das Amt ist zu.", "de")
    []
    >>> reference_words("Fragen Sie, ob sie genug trinken.", "de")
    ['sie']
    """
    text = sentence.strip()
    if primary_language(language) == "de":
        found = [m.group(0) for m in _DE_REFERENCES.finditer(text)]
        tokens = tokenize(text, "de")
        first = tokens[0] if tokens else None
        if (
            first is not None
            and (
                (first.pos in ("PDS", "PPER") and first.text in ("Das", "Dies", "Er", "Diese"))
                or first.pos == "PDAT"
                # "Sie ist …": not the polite "Sie", which takes a plural verb.
                or (first.text == "Sie" and _singular(tokens[1:2]))
                or first.text == "Dann"
                # „So müssen Autofahrer nur einmal …“: the consequence of the sentence before
                # („So buchen Sie:“ opens what follows and is no reference).
                or (
                    first.text == "So"
                    and len(tokens) > 1
                    and tokens[1].finite
                    and not text.endswith(":")
                )
            )
        ):
            return [first.text, *found]
        return found + _orphan_pronouns(tokens)
    found = [m.group(0) for m in _EN_REFERENCES.finditer(text)]
    found += [m.group(0) for m in _EN_THAT_NOUN.finditer(text)]
    return found + _en_orphan_pronouns(text)


_EN_THAT_NOUN = re.compile(
    r"\b(?:that|those|these|this)\s+(?:characteristics?|criteria|conditions?|groups?|"
    r"requirements?|areas?|purposes?)\b",
    re.IGNORECASE,
)
""""share that characteristic": a noun that stands for something said before (a list)."""


_EN_PERSONAL = frozenset({"them", "they", "him", "he", "she", "her"})
_EN_NOT_ANTECEDENT = frozenset(
    [
        "a",
        "an",
        "the",
        "to",
        "of",
        "for",
        "and",
        "or",
        "but",
        "so",
        "please",
        "take",
        "make",
        "get",
        "give",
        "ask",
        "tell",
        "let",
        "help",
        "call",
        "see",
        "find",
        "go",
        "come",
        "keep",
        "use",
        "send",
        "bring",
        "show",
        "need",
        "want",
        "know",
        "like",
        "try",
        "can",
        "could",
        "will",
        "would",
        "may",
        "might",
        "must",
        "should",
        "shall",
        "do",
        "does",
        "did",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "have",
        "has",
        "had",
        "if",
        "when",
        "who",
        "whom",
        "which",
        "that",
        "this",
        "these",
        "those",
        "at",
        "on",
        "in",
        "by",
        "with",
        "from",
        "as",
        "into",
        "about",
        "up",
        "out",
        "not",
        "no",
        "yes",
        "you",
        "your",
        "yours",
        "we",
        "our",
        "us",
        "i",
        "me",
        "my",
        "it",
        "its",
        "all",
        "any",
        "some",
        "few",
        "many",
        "much",
        "more",
        "most",
        "other",
        "just",
        "also",
        "only",
        "now",
        "then",
        "there",
        "here",
        "very",
        "minute",
        "minutes",
        "hour",
        "hours",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "time",
        "times",
        "moment",
        "way",
        "lot",
    ]
)


def _en_orphan_pronouns(text: str) -> list[str]:
    """ "Please take a few minutes to nominate them.": a personal pronoun inside a sentence
    with no word before it that it could stand for (the word right before is its verb or
    preposition; function words, common verbs and words of time do not count)."""
    tokens = re.findall(r"[A-Za-z’']+", text)
    found: list[str] = []
    for index, token in enumerate(tokens):
        if index == 0 or token.lower() not in _EN_PERSONAL:
            continue
        before = [t for t in tokens[: index - 1] if not t.lower().endswith("ly")]
        if not any(t.lower() not in _EN_NOT_ANTECEDENT for t in before):
            found.append(token)
    return found


_DE_THIRD_PERSON = frozenset({"sie", "er", "ihn", "ihm", "ihnen", "ihr"})
"""Lower-case third-person pronouns: never the polite ``Sie``/``Ihnen``, which are capitalised."""


def _orphan_pronouns(tokens: list[Token]) -> list[str]:
    """Third-person pronouns inside a sentence with nothing before them they could stand for:
    in „Fragen Sie, ob sie genug trinken.“ ``sie`` means people named in a sentence before.
    A noun, a name or ``wer`` earlier in the same sentence is taken as what it stands for
    („Die Kinder bleiben zu Hause, bis sie gesund sind.“)."""
    found: list[str] = []
    for index, token in enumerate(tokens):
        if index and token.pos == "PPER" and token.text in _DE_THIRD_PERSON:
            before = tokens[:index]
            if not any(t.pos in ("NN", "NE", "PWS", "PIS", "PDS") for t in before):
                found.append(token.text)
    return found
