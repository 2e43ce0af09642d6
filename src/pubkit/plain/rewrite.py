"""Sentence rewrites that are safe without understanding the text.

Each rule removes words or splits a sentence; none brings in a name or a number. The only
words added are the expansions of common abbreviations, weekday names and a short list of
plainer synonyms (all in :mod:`pubkit.plain.labels` or lower-case).

1. common abbreviations written out (``z. B.`` → ``zum Beispiel``, ``Mo–Fr`` → ``Montag bis
   Freitag``, ``8–20 Uhr`` → ``8 bis 20 Uhr``);
2. parentheses removed with their content;
3. relative clauses (``, die … hat,``) and purpose clauses (``, um … zu …``) removed;
4. filler words removed (``übrigens``, ``wirklich``, ``herausragend`` …);
5. plainer synonyms (``erhalten`` → ``bekommen``, ``in Kürze`` → ``bald``);
6. main clauses joined by ``;``, ``, und`` / ``aber`` / ``denn`` split into sentences, and a
   colon after a main clause starts a new line (``… der Stadt: Telefon 0211 …``);
7. examples (``, zum Beispiel …``) removed;
8. only when a sentence is still too long: adverbial prepositional phrases right after the
   finite verb removed, when they hold no number and no quotation
   (``hat für das Engagement in der Corona-Krise die Auszeichnung … bekommen``); a ``für …``
   phrase of a sentence about receiving something is the reason, so it comes back as a short
   sentence of its own (``Die Auszeichnung ist für das Engagement in der Corona-Krise.``);
9. ``Mit X bedankten sich A, B und C für Y`` puts the giver first and keeps only the first of
   a list of givers (``A hat sich mit X für Y bedankt.``).

:func:`actor_deeds` finds what the notice's main actor did in a passive relative clause that
names it as the agent, also in quotations (``die Hilfe, die vom Amt organisiert wurde`` →
``Das Amt hat die Hilfe organisiert.``).

:func:`simplify_sentence_roles` also tells which sentence gives the reason (``why``) or the
giver (``who``), so that the selection can prefer them.
"""

from __future__ import annotations

import re

from pubkit.model.lang import primary_language
from pubkit.plain.abbreviations import write_out
from pubkit.plain.nlp import Token, detokenize, tokenize
from pubkit.plain.plainwords import use_plain_words

__all__ = ["actor_deeds", "expand", "simplify_sentence", "simplify_sentence_roles"]

_TITLES = re.compile(
    r"\b(?:(?:Prof|Dr|Dipl\.-Ing|Dr\.-Ing|Dr\. med|Dr\. rer\. nat|Dr\. h\. ?c)\.\s*)+"
    r"(?=[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ])"
)
"""A chain of academic titles right before a first name and a surname."""
_FILLERS = frozenset(
    [
        "übrigens",
        "wirklich",
        "insbesondere",
        "dabei",
        "unglaublich",
        "herausragend",
        "außerordentlich",
        "beachtlich",
        "direkt",
        "persönlich",
        "sehr",
        "hierfür",
        "stellvertretend",
        "plötzlich",
        "deutlich",
    ]
)
_SUBJECT_START = ("ART", "PPER", "PDS", "NE", "NN", "PPOSAT", "PIS", "PIAT", "PDAT")
_SPLIT_CONJUNCTIONS = {
    "und": "", "oder": "Oder", "aber": "Aber", "denn": "Denn", "doch": "Doch", "sondern": "",
}  # fmt: skip


_FACT = re.compile(r"\d|@|www\.|https?://")
_LEGAL_BASIS = re.compile(
    r",?\s+(?:auf (?:der )?Grundlage (?:von|des|der)|gemäß|laut|nach|under|in accordance with)\s+"
    r"(?:§§?|Section|section|s\.)\s*\d+\w*(?:\s+(?:Abs\.|Absatz|Satz|Nr\.|subsection)\s*\d+\w*)*"
    r"(?:\s+(?:des\s+|der\s+|of the\s+)?[A-ZÄÖÜ][\w-]*(?:\s+(?:Act|\d{4}))*)?"
)
"""The paragraph a rule rests on ("auf Grundlage von § 28a Infektionsschutzgesetz"): easy
texts leave legal citations out; the full text keeps them."""
_WEB = re.compile(r"@|www\.|https?://|\b[a-z0-9-]+\.(?:de|com|org|net|eu|gov|uk|ie|nz|info)\b")


def expand(text: str, language: str) -> str:
    """Abbreviations and short weekdays written out (:func:`~pubkit.plain.abbreviations.write_out`);
    parentheses removed."""
    # Academic titles before a name are not what a reader needs: "Prof. Dr. Dr. Joachim
    # Möller" → "Joachim Möller" (written out they would be three long words).
    text = _TITLES.sub("", text)
    text = _LEGAL_BASIS.sub("", text)  # before "Nr." is written out
    text = write_out(text, language)
    text = use_plain_words(text, language, keep_nouns=bool(_WEB.search(text)))
    # Parentheses go with their content, unless it carries a fact (a number, an address).
    text = re.sub(
        r"\s*\(([^()]*)\)", lambda m: m.group(0) if _FACT.search(m.group(1)) else "", text
    )
    return " ".join(text.split())


def _finite(tokens: list[Token]) -> bool:
    return any(t.finite for t in tokens)


_GROUPS = frozenset(
    [
        "menschen",
        "personen",
        "leute",
        "alle",
        "jene",
        "diejenigen",
        "alle",
        "bürger",
        "bürgerinnen",
        "kinder",
        "eltern",
        "besucher",
        "besucherinnen",
        "schüler",
        "schülerinnen",
        "einwohner",
        "einwohnerinnen",
        "haushalte",
        "jeder",
        "jede",
    ]
)
"""Nouns a relative clause defines ("Menschen, die …"): without the clause they say nothing."""


def _drop_clauses(tokens: list[Token]) -> list[Token]:
    """Remove relative clauses and ``, um … zu …`` clauses."""
    out = list(tokens)
    index = 0
    while index < len(out) - 1:
        token = out[index]
        nxt = out[index + 1]
        after = out[index + 2] if index + 2 < len(out) else None
        starts = token.pos == "$," and (
            nxt.pos in ("PRELS", "PRELAT", "KOUI")
            or (
                nxt.pos in ("APPR", "APPRART")
                and after is not None
                and after.pos in ("PRELS", "PRELAT")
            )
        )
        if not starts:
            index += 1
            continue
        end = index + 1
        while end < len(out):
            if out[end].pos == "$.":
                break
            if out[end].pos == "$," and (nxt.pos == "KOUI" or _finite(out[index + 1 : end])):
                break
            end += 1
        if any(c.isdigit() for t in out[index:end] for c in t.text):
            index += 1
            continue  # a clause with a number carries a fact: keep it
        if (
            index > 0
            and nxt.pos != "KOUI"
            and (
                out[index - 1].text.lower() in _GROUPS
                or out[index - 1].pos in ("PDS", "PIS")
                or nxt.text.lower() in ("was", "wer")
            )
        ):
            # "Alles, was Sie bestellt haben, …": without the clause, "Alles" means everything
            # "über das, was Sie lesen": a demonstrative stands for what the clause says;
            # "für Menschen, die keine Maske tragen können": the clause says who
            index += 1
            continue
        if nxt.pos != "KOUI" and any(
            t.text.lower() in _ONLY for t in out[max(0, index - 6) : index]
        ):
            # „nur an der Schule, die dem Wohnort am nächsten liegt“: after „nur“ the clause
            # says which one; without it the limit points at nothing.
            index += 1
            continue
        if end < len(out) and out[end].pos == "$,":
            keep_space = out[end].space
            end += 1  # the closing comma goes too
        else:
            keep_space = False
        if index > 0:
            out[index - 1] = _with_space(out[index - 1], keep_space)
        del out[index:end]
    return out


_ONLY = frozenset({"nur", "ausschließlich", "allein", "lediglich", "außer", "ausgenommen"})

_NOT_SUBJECT = frozenset(
    {"die", "der", "das", "den", "dem", "sie", "wir", "ich", "er", "es", "ihr"}
)


def _clause_as_sentence(tokens: list[Token]) -> list[list[Token]]:
    """A relative clause that says who is meant, at the end of the sentence, as a sentence of
    its own (easy texts say one thing per sentence): „… ehrt die Stadt Menschen, die sich um
    die Stadt verdient gemacht haben.“ → „… ehrt die Stadt Menschen.“ „Diese Menschen haben
    sich um die Stadt verdient gemacht.“

    Only for a group noun (:data:`_GROUPS`) in the plural, not inside a prepositional phrase
    (its form would be dative), with „die“ as the subject of the clause: the clause's verb is
    plural and nothing after „die“ could be the subject instead."""
    for index in range(1, len(tokens) - 3):
        noun, comma, pronoun = tokens[index - 1], tokens[index], tokens[index + 1]
        if comma.text != "," or pronoun.pos != "PRELS" or pronoun.text != "die":
            continue
        if noun.text.lower() not in _GROUPS or noun.pos != "NN":
            continue
        if any(t.pos in ("APPR", "APPRART") for t in tokens[max(0, index - 3) : index - 1]):
            continue
        clause = tokens[index + 2 :]
        if clause and clause[-1].pos == "$.":
            clause = clause[:-1]
        if len(clause) < 2 or any(t.text in (",", ";", ":") or t.pos == "$." for t in clause):
            continue
        verb = clause[-1]
        plural = verb.text == verb.lemma or verb.text == "sind"
        # At the end of a clause the tagger reads "haben", "können" as infinitives: the plural
        # present has the same form.
        verbal = verb.pos.startswith(("VA", "VM", "VV")) and not verb.pos.endswith("(PP)")
        if not verbal or not plural or clause[0].text.lower() in _NOT_SUBJECT:
            continue
        if clause[0].pos in ("ART", "PPER"):
            continue
        end = Token(text=".", lemma=".", pos="$.")
        main = [*tokens[: index - 1], _with_space(noun, False), end]
        these = Token(text="Diese", lemma="dieser", pos="PDAT")
        second = [these, _with_space(noun, True), _with_space(verb, True), *clause[:-1]]
        second = [*second[:-1], _with_space(second[-1], False), end]
        return [main, second]
    return [tokens]


def _with_space(token: Token, space: bool) -> Token:
    return Token(text=token.text, lemma=token.lemma, pos=token.pos, space=space)


def _drop_fillers(tokens: list[Token]) -> list[Token]:
    def droppable(index: int, token: Token) -> bool:
        if token.lemma.lower() not in _FILLERS:
            return False
        if token.pos == "ADJ(D)":
            # "sehr gute", "wirklich beachtlich gewesen": only as an intensifier, never the
            # predicate itself ("… ist beachtlich gewesen").
            after = tokens[index + 1] if index + 1 < len(tokens) else None
            return after is not None and not after.pos.startswith(("V", "$"))
        return token.pos.startswith(("ADV", "ADJ(A)", "PTK", "PROAV"))

    filler = [droppable(index, t) for index, t in enumerate(tokens)]
    for index in range(1, len(tokens) - 1):
        if tokens[index].pos == "KON" and filler[index - 1] and filler[index + 1]:
            filler[index] = True
    return [t for t, f in zip(tokens, filler, strict=True) if not f]


def _noun_phrase(tokens: list[Token], start: int) -> int | None:
    """End of a noun phrase starting at ``start``: [determiner] [modifiers] noun+."""
    index = start
    if index < len(tokens) and tokens[index].pos in ("ART", "PDAT", "PPOSAT", "PIAT"):
        index += 1
    while index < len(tokens) and tokens[index].pos in ("ADJ(A)", "ADJ(D)", "CARD", "PIAT"):
        index += 1
    nouns = index
    if index < len(tokens) and tokens[index].pos in ("NN", "NE", "NNA"):
        index += 1
    # Names go on ("der Stadt Essen", "Frau Anna Meier"); a second common noun starts the
    # next phrase ("am Telefon | Antworten in seiner Sprache").
    while index < len(tokens) and tokens[index].pos == "NE":
        index += 1
    return index if index > nouns else None


def _drop_adverbials(tokens: list[Token], limit: int) -> tuple[list[Token], list[Token] | None]:
    """Remove prepositional phrases right after the finite verb until ``limit`` is met.

    Also returns the reason sentence built from a dropped ``für …`` phrase, if any.
    """
    out = list(tokens)
    reason: list[Token] | None = None
    index = 0
    while sum(t.word for t in out) > limit and index < len(out) - 1:
        if not out[index].finite:
            index += 1
            continue
        start = index + 1
        while start < len(out) and (
            out[start].pos == "ADV"
            or (out[index].pos.startswith("VM") and out[start].text == "Sie" and start == index + 1)
        ):
            start += 1  # "müssen Sie in vielen Bereichen …": the phrase after the subject
        end = start
        governed = _GOVERNS.get(out[index].lemma.lower())
        # A chain of phrases: "für das Engagement in der Corona-Krise".
        while end < len(out) and out[end].pos in ("APPR", "APPRART"):
            if governed and out[end].text.lower() in governed.split("|"):
                break  # "warnt vor Sturm": the verb's object, never a circumstance
            after = _noun_phrase(out, end + 1)
            if after is None:
                break
            end = after
            # A genitive attribute belongs to the phrase: "in einer Sonderbeilage der Zeitung".
            if end < len(out) and out[end].text in ("der", "des", "eines", "einer"):
                end = _noun_phrase(out, end) or end
        phrase = out[start:end]
        # "nur mit dem Haushalt und höchstens …": a focus word or a conjunction ties the
        # phrase to the rest; dropping it would change what the sentence says.
        tied = (end < len(out) and out[end].pos in ("KON", "CARD")) or any(
            t.text.lower() in _FOCUS for t in out[index + 1 : start]
        )
        # "muss mit einem Bußgeld rechnen": right before the infinitive, the phrase is what
        # the verb needs, not a circumstance.
        tied = tied or (
            end < len(out) and out[end].pos in ("VV(INF)", "VV(IZU)", "VV(PP)", "PTKVZ")
        )  # „steht auf der Seite … bereit“: before the verb's particle, too
        # "am Sonntag, 23. Oktober": a day is a fact, and its date follows after a comma.
        tied = tied or any(t.text.lower() in _WEEKDAYS for t in phrase)
        tied = tied or (
            end + 1 < len(out) and out[end].text == "," and out[end + 1].text[:1].isdigit()
        )
        # „im Schulgebäude, auf dem Hof und in den Bussen“: the first of a list of places;
        # without it the list would open on a bare comma („müssen, auf dem Hof …“).
        tied = tied or (
            end + 1 < len(out) and out[end].text == "," and out[end + 1].pos in ("APPR", "APPRART")
        )
        # „dürfen auf dem Friedhof nicht frei laufen“: in a ban the place or time is where
        # the ban holds; without it the ban would hold everywhere.
        tied = tied or any(t.text.lower() in _BANS for t in out)
        # "an der Hollestraße 3": a number right after the phrase belongs to it.
        if (
            end > start
            and not tied
            and not any(c.isdigit() or c in '„“"' for t in phrase for c in t.text)
        ):
            if reason is None:
                reason = _reason(out, phrase, end)
            del out[start:end]
        index += 1
    return out, reason


_GOVERNS = {
    "warnen": "vor", "rechnen": "mit", "achten": "auf", "hinweisen": "auf", "bitten": "um",
    "sorgen": "für", "teilnehmen": "an", "kümmern": "um", "erinnern": "an", "verzichten": "auf",
    "schützen": "vor", "aufpassen": "auf", "fragen": "nach", "suchen": "nach",
    "stehen": "auf|in|im|unter", "liegen": "auf|in|im|unter", "befinden": "auf|in|im|an|am",
}  # fmt: skip
"""Verbs and the prepositions of their object: „warnt vor Sturm“ without „vor Sturm“, „steht
auf der Seite …“ without the place, is no longer a whole statement, so that phrase is never
dropped as a circumstance."""

_WEEKDAYS = frozenset(
    [
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonntag",
        "feiertag",
        "wochenende",
    ]
)
_BANS = frozenset(
    {"nicht", "kein", "keine", "keinen", "keinem", "keiner", "nie", "verboten", "untersagt"}
)
_FOCUS = frozenset({"nur", "höchstens", "mindestens", "nicht", "kein", "auch", "erst", "noch"})
_RECEIVE = frozenset({"erhalten", "bekommen"})
# Accusative determiners and their nominative; adjectives are left out (their endings differ).
_NOMINATIVE = {
    "die": "die", "das": "das", "den": "der", "eine": "eine", "ein": "ein", "einen": "ein",
    "diese": "diese", "dieses": "dieses", "diesen": "dieser",
}  # fmt: skip


def _reason(tokens: list[Token], phrase: list[Token], end: int) -> list[Token] | None:
    """``hat für X die Auszeichnung bekommen`` → ``Die Auszeichnung ist für X.``

    Only for a ``für …`` phrase in a sentence about receiving (``erhalten``, ``bekommen``)
    whose object follows the phrase as determiner and noun; every word is the source's.
    """
    if phrase[0].text.lower() != "für" or not any(t.lemma.lower() in _RECEIVE for t in tokens):
        return None
    if end >= len(tokens) or tokens[end].text.lower() not in _NOMINATIVE:
        return None
    stop = _noun_phrase(tokens, end)
    if stop is None:
        return None
    nouns = [t for t in tokens[end + 1 : stop] if t.pos in ("NN", "NE", "NNA")]
    if nouns[-1].text != nouns[-1].lemma:
        return None  # likely a plural ("die Preise"), and "ist" would be wrong
    det = tokens[end]
    det = Token(text=_NOMINATIVE[det.text.lower()], lemma=det.lemma, pos=det.pos)
    verb = Token(text="ist", lemma="sein", pos="VA(FIN)")
    body = [_with_space(t, True) for t in (*nouns, verb, *phrase)]
    return _capitalise([det, *body, Token(text=".", lemma=".", pos="$.")])


def _thanks(tokens: list[Token]) -> list[Token] | None:
    """``Mit X bedankten sich A, B und C für Y.`` → ``A hat sich mit X für Y bedankt.``

    The giver comes first, where a reader looks for who acts; of a list of givers only the
    first is kept (the rest is a list of sponsors). Present tense stays present:
    ``Mit X bedankt sich A bei Y.`` → ``A bedankt sich mit X bei Y.``
    """
    for index, token in enumerate(tokens[1:-2], start=1):
        if not (token.finite and token.lemma.lower() == "bedanken"):
            continue
        if tokens[index + 1].text != "sich" or tokens[0].pos not in ("APPR", "APPRART"):
            return None
        subject_end = _noun_phrase(tokens, index + 2)
        if subject_end is None or tokens[index + 2].pos not in ("ART", "PPOSAT", "PDAT"):
            return None
        subject = tokens[index + 2 : subject_end]
        rest = subject_end
        if rest < len(tokens) and tokens[rest].text in (",", "und"):
            # Skip the other givers: up to the next preposition or the end.
            while rest < len(tokens) and tokens[rest].pos not in ("APPR", "APPRART", "$."):
                rest += 1
        elif rest < len(tokens) and tokens[rest].pos not in ("APPR", "APPRART", "$."):
            return None  # the giver goes on ("das Institut der Zeitung"): not understood
        tail = [t for t in tokens[rest:] if t.pos != "$."]
        tail = [*tail[:-1], _with_space(tail[-1], True)] if tail else tail
        if any(t.finite for t in tail):
            return None  # a clause follows that this rule does not understand
        front = tokens[:index]
        first = front[0]
        front = [Token(text=first.text.lower(), lemma=first.lemma, pos=first.pos), *front[1:]]
        front = [*front[:-1], _with_space(front[-1], True)]
        subject = [*subject[:-1], _with_space(subject[-1], True)]
        stem = token.lemma.lower().removesuffix("en")
        sich = Token(text="sich", lemma="sich", pos="PRF")
        end = Token(text=".", lemma=".", pos="$.")
        if token.text.lower() in (stem + "t", stem + "en"):  # present tense
            verb = Token(text=stem + "t", lemma=token.lemma, pos=token.pos)
            return _capitalise([*subject, verb, sich, *front, *tail, end])
        have = Token(text="hat", lemma="haben", pos="VA(FIN)")
        done = Token(text=stem + "t", lemma=token.lemma, pos="VV(PP)", space=False)
        return _capitalise([*subject, have, sich, *front, *tail, done, end])
    return None


_ZERO_PLURAL = ("er", "el", "en", "chen", "lein")
"""Endings of nouns whose plural looks like their singular ("der Bürger"): after „der“ they
may be plural, and „von der“ would be wrong."""


def _no_genitive(tokens: list[Token]) -> list[Token]:
    """A genitive after a noun as „von“ + dative, as easy texts write it (Netzwerk Leichte
    Sprache: no genitive): „die Hotline des Landes“ → „die Hotline vom Land“, „das Büro der
    Stadt“ → „das Büro von der Stadt“.

    Only where the form is certain: „des“ + a noun whose lemma is the text without its
    genitive „-s“/„-es“; „der“ + a noun that is its own lemma and cannot be a plural (not
    ending in -er, -el, -en). Adjectives in between keep their ending (-en in both cases);
    a capitalised adjective (a name: „Tag der Deutschen Einheit“) stops the rule.
    """
    out: list[Token] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        before = out[-1] if out else None
        if (
            before is None
            or before.pos not in ("NN", "NE")
            # "das Ende der Frist", not "seit Beginn der Pandemie" (a set phrase without article)
            or len(out) < 2
            or out[-2].pos not in ("ART", "APPRART", "PPOSAT", "PDAT", "ADJ(A)")
            or not before.space
            or token.pos != "ART"
            or token.text not in ("des", "der")
        ):
            out.append(token)
            index += 1
            continue
        end = index + 1
        while end < len(tokens) and tokens[end].pos == "ADJ(A)" and tokens[end].text.islower():
            end += 1
        noun = tokens[end] if end < len(tokens) else None
        if noun is None or noun.pos != "NN" or not noun.text[:1].isupper():
            out.append(token)
            index += 1
            continue
        middle = list(tokens[index + 1 : end])
        lemma = noun.lemma
        if token.text == "des" and lemma[:1].isupper() and noun.text in (lemma + "s", lemma + "es"):
            von = Token(text="vom", lemma="von", pos="APPRART", space=True)
            out += [von, *middle, Token(text=lemma, lemma=lemma, pos="NN", space=noun.space)]
        elif (
            token.text == "der"
            and noun.text == lemma
            and not lemma.endswith(_ZERO_PLURAL)
            and "-" not in lemma
        ):
            out += [Token(text="von", lemma="von", pos="APPR", space=True), token, *middle, noun]
        else:
            out.append(token)
            index += 1
            continue
        index = end + 1
    return out


_READER_DOES = frozenset(
    {"tragen", "mitbringen", "vorzeigen", "vorlegen", "einhalten", "beachten", "anmelden",
     "beantragen", "abgeben", "einreichen", "buchen", "vereinbaren", "zeigen", "mitnehmen",
     "nutzen", "ausfüllen", "abholen", "bezahlen", "halten", "befolgen", "vorweisen", "angeben",
     "mitführen", "stellen", "bringen", "melden", "hochladen", "schicken", "senden"}
)  # fmt: skip
"""Verbs of what a reader does (wear, bring, show, apply): in a rule's passive, the reader is
the one who does it."""
_MODALS = frozenset({"müssen", "dürfen", "können", "sollen"})
_NOMINATIVE_ONLY = frozenset({"der", "ein", "kein", "jeder", "dieser", "jener", "mancher"})


def _you_active(tokens: list[Token]) -> list[Token] | None:
    """A rule in the passive with a modal, as an active sentence to the reader (easy texts
    use active verbs and „Sie“): „Seit Montag müssen medizinische Masken getragen werden.“ →
    „Seit Montag müssen Sie medizinische Masken tragen.“

    Only for verbs of what a reader does, with the modal in second place after a fronted
    phrase, and only when the thing done keeps its form as an object (not „der/ein …“, no
    adjective in „-er“ without article: those would change to „den/einen …“)."""
    body = tokens[:-1] if tokens and tokens[-1].pos == "$." else tokens
    if len(body) < 5 or body[-1].text != "werden" or body[-2].pos != "VV(PP)":
        return None
    done = body[-2].lemma
    if done not in _READER_DOES or not done.isalpha():
        return None
    modal = next((i for i, t in enumerate(body) if t.finite), None)
    if modal is None or modal == 0 or body[modal].lemma not in _MODALS:
        return None
    if any(t.finite for t in body[modal + 1 :]) or any(t.text == "," for t in body[modal:]):
        return None
    front, middle = body[:modal], body[modal + 1 : -2]
    if any(t.pos.startswith(("KOU", "PREL", "PW", "V")) for t in front):
        return None
    index = 0
    subject: list[Token] = []
    while index < len(middle):
        token = middle[index]
        if token.pos in ("APPR", "APPRART"):
            index = _noun_phrase(middle, index + 1) or index + 1
            if index < len(middle) and middle[index].text in ("des", "der"):
                index = _noun_phrase(middle, index) or index  # "… der Stadt"
            continue
        if token.pos in _PHRASE and not subject:
            while index < len(middle) and middle[index].pos in _PHRASE:
                subject.append(middle[index])
                index += 1
            continue
        index += 1
    if not subject or subject[-1].pos not in ("NN", "NE"):
        return None
    if subject[0].text.lower() in _NOMINATIVE_ONLY:
        return None
    if subject[0].pos == "ADJ(A)" and subject[0].text.endswith("er"):
        return None
    verb = Token(text=body[modal].lemma, lemma=body[modal].lemma, pos=body[modal].pos)
    you = Token(text="Sie", lemma="Sie", pos="PPER")
    infinitive = Token(text=done, lemma=done, pos="VV(INF)", space=False)
    end = Token(text=".", lemma=".", pos="$.")
    return [*front, verb, you, *middle, infinitive, end]


def _drop_examples(text: str, language: str) -> str:
    marker = r"(?:wie )?zum Beispiel" if language == "de" else r"(?:such as|for example)"
    return re.sub(rf",\s*{marker}\b[^,.;:!?]*", "", text)


def _split_colon(tokens: list[Token]) -> list[list[Token]]:
    for index, token in enumerate(tokens):
        if (
            token.text == ":"
            and _finite(tokens[:index])
            and sum(t.word for t in tokens[index + 1 :]) >= 2
        ):
            end = Token(text=".", lemma=".", pos="$.")
            return [[*tokens[:index], end], _capitalise(tokens[index + 1 :])]
    return [tokens]


def _capitalise(tokens: list[Token]) -> list[Token]:
    if tokens and tokens[0].text[:1].islower():
        first = tokens[0]
        tokens = [
            Token(
                text=first.text[:1].upper() + first.text[1:],
                lemma=first.lemma,
                pos=first.pos,
                space=first.space,
            ),
            *tokens[1:],
        ]
    return tokens


_SAYING = frozenset(
    {"sagen", "erklären", "betonen", "meinen", "glauben", "denken", "hoffen", "wissen", "finden",
     "mitteilen", "berichten", "schreiben", "fragen", "hören", "lesen", "zeigen", "sehen"}
)  # fmt: skip
_SUBJUNCTIVE = frozenset(
    {"sei", "seien", "habe", "werde", "könne", "müsse", "dürfe", "solle", "gebe", "wolle"}
)
_PHRASE = frozenset({"ART", "ADJ(A)", "NN", "NE", "CARD", "PPOSAT", "PDAT", "PIAT"})


def _comma_splice(tokens: list[Token], comma: int) -> bool:
    """Two main clauses joined by a bare comma: „Der Eintritt ist frei, eine Anmeldung ist
    nicht nötig.“ Easy texts say one thing per sentence. Not reported speech („Er sagte, die
    Stadt habe …“), not a clause that ends in its verb (a relative or subordinate clause), not
    after a sentence that opens with a subordinate clause."""
    left = [t for t in tokens[:comma] if t.word]
    right = [t for t in tokens[comma + 1 :] if t.word]
    if len(left) < 3 or len(right) < 3 or left[0].pos.startswith(("KOU", "PW", "PREL")):
        return False
    if any(t.text == "," for t in tokens[:comma]):
        return False  # more than two parts: left as it is
    verbs = [i for i, t in enumerate(left) if t.finite]
    if not verbs or verbs[0] > 3 or left[verbs[0]].lemma in _SAYING:
        return False
    start = 0
    if right[0].pos in ("APPR", "APPRART"):
        start = 1  # "…, im Hintergrund läuft leise Musik."
    elif right[0].pos not in _SUBJECT_START:
        return False
    finite = next((i for i, t in enumerate(right) if t.finite), None)
    if finite is None or finite < 1 or finite > 4 or finite == len(right) - 1:
        return False
    if any(t.pos not in _PHRASE for t in right[start:finite]):
        return False
    return right[finite].text.lower() not in _SUBJUNCTIVE


def _shared_subject(left: list[Token]) -> list[Token] | None:
    """The subject at the start of a main clause, when it is a noun phrase right before the
    finite verb („Diese Zahl steht …“), to be said again for a second verb."""
    end = _noun_phrase(left, 0)
    if end is None or end == 0 or end >= len(left) or not left[end].finite:
        return None
    if left[0].pos not in ("ART", "PDAT", "PPOSAT", "NE", "NN"):
        return None
    if any(t.pos in ("APPR", "APPRART", "$,") for t in left[:end]):
        return None
    return left[:end]


def _split(tokens: list[Token]) -> list[list[Token]]:
    """Split main clauses joined by ``;`` or a coordinating conjunction."""
    for index, token in enumerate(tokens):
        comma = token.pos == "$," and token.text in (",", ";")
        conj_at = (
            index + 1
            if comma and index + 1 < len(tokens) and tokens[index + 1].text in _SPLIT_CONJUNCTIONS
            else None
        )
        if (
            token.text in ("und", "oder")
            and token.pos == "KON"
            and index > 0
            and tokens[index - 1].pos != "$,"
        ):
            conj_at = index
        splice = comma and token.text == "," and conj_at is None
        if splice and not _comma_splice(tokens, index):
            continue
        if conj_at is None and not (comma and token.text == ";") and not splice:
            continue
        left = tokens[:index] if comma or conj_at is None else tokens[:conj_at]
        right_start = (conj_at + 1) if conj_at is not None else index + 1
        right = tokens[right_start:]
        words = [t for t in right if t.word]
        if len(words) < 3 or not _finite(left) or not _finite(right):
            continue
        if not comma and not _finite(_since_boundary(left)):
            continue  # "…; die Richtlinien und Merkblätter stehen …": „und“ joins two nouns
        # "…, und halten Sie Abstand" (imperative) or "…, und Sie können …" (own subject).
        imperative = words[0].finite and words[1].pos == "PPER"
        opens = (
            splice
            or imperative
            or token.text == ";"  # a semicolon joins main clauses: „…; die A und B stehen …“
            or (words[0].pos in _SUBJECT_START and any(t.finite for t in words[1:4]))
        )
        shared = _shared_subject(left) if not opens and words[0].finite else None
        if shared is not None and conj_at is not None and tokens[conj_at].text == "und":
            # "Die Zahl steht für viele und zeigt, …" → "… Die Zahl zeigt, …": the subject
            # said again (easy texts repeat the word rather than point back).
            subject = [_with_space(t, True) for t in shared]
            if subject[0].pos in ("ART", "PDAT", "PPOSAT"):
                first = subject[0]
                subject[0] = Token(first.text[:1].upper() + first.text[1:], first.lemma, first.pos)
            right = [*subject, *right]
            opens = True
        if not opens:
            continue
        lead = _SPLIT_CONJUNCTIONS.get(tokens[conj_at].text, "") if conj_at is not None else ""
        if lead:
            right = [Token(text=lead, lemma=lead.lower(), pos="KON"), *right]
        end = Token(text=".", lemma=".", pos="$.")
        left = [*left[:-1], _with_space(left[-1], False), end] if left else left
        return [left, *_split(_capitalise(right))]
    return [tokens]


def _since_boundary(tokens: list[Token]) -> list[Token]:
    """The tokens after the last semicolon or colon: the clause an „und“ goes on (a comma
    may stand inside a list of nouns: „Nachbarn, Freunde und Angehörige an“)."""
    at = max((i for i, t in enumerate(tokens) if t.text in (";", ":")), default=-1)
    return tokens[at + 1 :]


def _finish(tokens: list[Token]) -> str:
    text = detokenize(tokens)
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r",\s*([.!?])", r"\1", text)
    text = text.strip(" ,;:")
    if text and text[-1] not in ".!?…":
        text += "."
    return text[:1].upper() + text[1:]


def split_main_clauses(sentence: str, language: str) -> list[str]:
    """Main clauses joined by ``und``/``oder``/``;`` as sentences of their own, nothing else
    changed: ``Melden Sie sich online an oder rufen Sie an: 0711 216-0.`` →
    ``Melden Sie sich online an.`` ``Oder rufen Sie an: 0711 216-0.``"""
    if primary_language(language) != "de":
        return [sentence]
    return [_finish(part) for part in _split(tokenize(sentence, "de"))]


_QUOTED_OR_CONTACT = re.compile(
    r"[„“\"]|@|www\.|https?://|\d{3,}[\s/-]\d|\b[A-ZÄÖÜ]\w*(?:straße|platz|weg|allee|gasse)\s+\d"
)
"""Quotations, contacts and postal addresses are not rewritten word for word: a name in an
address („Büro des Oberbürgermeisters“) stays as the post knows it."""


def simplify_sentence(sentence: str, language: str, *, limit: int = 15) -> list[str]:
    """Rewrite one sentence into one or more plainer sentences.

    >>> simplify_sentence("Die Hilfe, die das Amt geleistet hat, war groß (sehr groß).", "de")
    ['Die Hilfe war groß.']
    >>> simplify_sentence("Bitte tragen Sie eine Maske und halten Sie Abstand.", "de")
    ['Bitte tragen Sie eine Maske.', 'Halten Sie Abstand.']
    """
    return [text for text, _ in simplify_sentence_roles(sentence, language, limit=limit)]


def simplify_sentence_roles(
    sentence: str, language: str, *, limit: int = 15
) -> list[tuple[str, str]]:
    """Like :func:`simplify_sentence`, each sentence with its role: ``"why"`` for a reason
    kept from a dropped phrase, ``"who"`` for a sentence that starts with the giver, else ``""``.
    """
    lang = primary_language(language)
    text = _drop_examples(expand(sentence, lang), lang)
    tokens = tokenize(text, lang)
    if lang != "de":
        return [(_finish(tokens), "")]
    tokens = _drop_fillers(_drop_clauses(tokens))
    thanks = _thanks(tokens)
    if thanks is None and not _QUOTED_OR_CONTACT.search(text):
        tokens = _no_genitive(tokens)
        tokens = _you_active(tokens) or tokens
    role = "who" if thanks is not None else ""
    out: list[tuple[str, str]] = []
    parts = [thanks] if thanks is not None else _clause_as_sentence(tokens)
    for colon_part in [c for p in parts for c in _split_colon(p)]:
        for part in _split(colon_part):
            short, reason = _drop_adverbials(part, limit)
            out.append((_finish(short), role))
            if reason is not None:
                out.append((_finish(reason), "why"))
    return [(s, r) for s, r in out if any(c.isalpha() for c in s)]


def actor_deeds(sentence: str, actor: str, language: str) -> list[str]:
    """What ``actor`` (the subject of the notice's first sentence, singular) did, as active
    sentences, from passive relative clauses that name it as the agent.

    >>> actor_deeds("Die Hilfe, die vom Amt für Soziales organisiert wurde, ist ein Vorbild.",
    ...             "Das Amt für Soziales der Stadt", "de")
    ['Das Amt für Soziales hat die Hilfe organisiert.']

    Only with a definite article (``die``/``das``: the same form as subject and object), the
    relative pronoun agreeing with it, ``vom``/``von der`` + the actor's own words, a
    participle and ``wurde``; every word is the source's.
    """
    if primary_language(language) != "de":
        return []
    who = tokenize(actor, "de")
    if len(who) < 2 or who[0].pos != "ART" or who[0].text.lower() not in ("das", "der", "die"):
        return []
    tokens = tokenize(expand(sentence, "de"), "de")
    out: list[str] = []
    for index in range(1, len(tokens) - 2):
        pronoun = tokens[index + 1]
        if tokens[index].pos != "$," or pronoun.pos != "PRELS":
            continue
        start = index
        while start > 0 and tokens[start - 1].pos in ("NN", "NE", "NNA", "ADJ(A)"):
            start -= 1
        article = tokens[start - 1] if start > 0 else None
        if (
            article is None
            or start == index
            or article.pos != "ART"
            or article.text.lower() != pronoun.text.lower()
            or pronoun.text.lower() not in ("die", "das")
        ):
            continue
        at = index + 2
        if at < len(tokens) and tokens[at].text == "vom":
            at += 1
        elif at + 1 < len(tokens) and tokens[at].text == "von" and tokens[at + 1].pos == "ART":
            at += 2
        else:
            continue
        verb = at
        while verb < len(tokens) and tokens[verb].pos in ("NN", "NE", "NNA", "APPR", "ART"):
            verb += 1
        agent = [t.text for t in tokens[at:verb]]
        if not agent or agent != [t.text for t in who[1 : 1 + len(agent)]]:
            continue
        if verb + 2 > len(tokens) or tokens[verb].pos != "VV(PP)":
            continue
        if tokens[verb + 1].text not in ("wurde", "wurden") or (
            verb + 2 < len(tokens) and tokens[verb + 2].pos not in ("$,", "$.")
        ):
            continue
        thing = [Token(text=article.text.lower(), lemma=article.lemma, pos="ART")]
        thing += [_with_space(t, True) for t in tokens[start:index]]
        have = Token(text="hat", lemma="haben", pos="VA(FIN)")
        done = _with_space(tokens[verb], False)
        end = Token(text=".", lemma=".", pos="$.")
        subject = [who[0], *(_with_space(t, True) for t in tokens[at:verb])]
        out.append(_finish(_capitalise([*subject, have, *thing, done, end])))
    return out
