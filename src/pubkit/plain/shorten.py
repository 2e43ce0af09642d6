"""Shorten a sentence into short whole sentences, without dropping what it says.

German goes through the tagger-based rewrites of :mod:`pubkit.plain.rewrite` (relative and
purpose clauses dropped, main clauses split, fillers removed) plus one more: a condition
becomes a question and "Dann …" (``Wenn Sie Fieber haben, bleiben Sie zu Hause.`` →
``Haben Sie Fieber? Dann bleiben Sie zu Hause.``), as professional easy-read texts write it.
English drops parentheses, asides between dashes and non-restrictive ``, which …,``
clauses, and splits main clauses joined by ``;``, ``, and``, ``, but``, ``, so``.

Every piece must be a whole sentence (:func:`~pubkit.plain.sentence.fragment_reason`); a
piece that is not falls back to the longer original. Nothing with a digit is ever dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pubkit.model.lang import primary_language
from pubkit.plain.contacts import contact_parts, contact_sentences
from pubkit.plain.labels import plain_label, template_words
from pubkit.plain.nlp import Token, detokenize, tokenize
from pubkit.plain.rewrite import expand, simplify_sentence, split_main_clauses
from pubkit.plain.sentence import _en_verb, fragment_reason, has_finite_verb, they_after_colon

__all__ = [
    "date_span_sentence",
    "drop_examples",
    "lost_limits",
    "purpose_as_sentence",
    "shorten",
    "split_reason",
]

LIMIT = 12
"""Sentences longer than this are shortened (Leichte Sprache guides: about 8 to 12 words)."""

_EN_OPENERS = re.compile(
    r"^(?:However|In addition|Additionally|Furthermore|Moreover|Also|Meanwhile|"
    r"As a result|Therefore|Please note|Note),\s+",
    re.IGNORECASE,
)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _finish(text: str) -> str:
    text = " ".join(text.split()).strip(" ,;")
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    if text and text[-1] not in ".!?:":
        text += "."
    return _cap(text)


def _condition(tokens: list[Token]) -> list[str] | None:
    """``Wenn Sie Fieber haben, bleiben Sie zu Hause.`` → question + ``Dann …``."""
    if len(tokens) < 6 or tokens[0].text.lower() not in ("wenn", "falls"):
        return None
    comma = next((i for i, t in enumerate(tokens) if t.text == ","), None)
    if comma is None or comma < 4:
        return None
    clause = tokens[1:comma]
    verb = clause[-1]
    if not verb.pos.startswith(("VV", "VA", "VM")) or verb.pos.endswith("(PP)"):
        return None
    if clause[0].pos not in ("PPER", "ART", "NN", "NE", "PIS", "PPOSAT"):
        return None
    if any(t.pos.startswith(("KOUS", "PRELS")) or t.text == "," for t in clause):
        return None
    main = tokens[comma + 1 :]
    if not main or not main[0].finite:
        return None
    subject = detokenize(clause[:-1])
    if clause[0].pos != "PPER" or clause[0].text != "Sie":
        subject = subject[:1].lower() + subject[1:] if clause[0].pos == "ART" else subject
    question = f"{_cap(verb.text)} {subject}?"
    rest = detokenize(main)
    then = rest if rest.lower().startswith("dann ") else "Dann " + rest
    return [question, _finish(_cap(then))]


_DE_EXAMPLES = re.compile(
    r",\s*(?:wie\s+)?(?:zum Beispiel|z\.\s?B\.|etwa|also)\s+[^\d.!?–—]*?(?=[.!?]?$|\s[–—]\s)"
)
_EN_EXAMPLES = re.compile(
    r",\s*(?:for example|for instance|such as|e\.g\.,?|like)\s+[^\d.!?–—]*?"
    r"(?=[.!?]?$|\s[–—]\s)"
)
"""The examples end at the sentence's end or at a dash: „… – and leave it to cool“ after
"e.g. in a kettle" is the sentence going on, not another example."""


def drop_examples(text: str, language: str) -> str:
    """A trailing list of examples goes, when it holds no number: ``…, z. B. für den Weg zur
    Arbeit, für einen Arztbesuch …`` → ``…``."""
    pattern = _DE_EXAMPLES if primary_language(language) == "de" else _EN_EXAMPLES
    return pattern.sub("", text)


def _leading_reason(tokens: list[Token]) -> list[str] | None:
    """``Weil die Inzidenz über 50 liegt, gelten neue Regeln.`` →
    ``Die Inzidenz liegt über 50.`` ``Deshalb gelten neue Regeln.``"""
    if len(tokens) < 6 or tokens[0].text.lower() not in ("weil", "da"):
        return None
    comma = next((i for i, t in enumerate(tokens) if t.text == ","), None)
    if comma is None or comma < 4:
        return None
    clause = tokens[1:comma]
    main = tokens[comma + 1 :]
    if not clause[-1].finite or not main or not main[0].finite:
        return None
    end = _noun_phrase_end(clause, 0)
    if end is None or clause[0].pos not in ("ART", "PPOSAT", "PDAT", "NN", "NE"):
        return None
    reason = " ".join(t.text for t in [*clause[:end], clause[-1], *clause[end:-1]])
    return [_finish(reason), _finish("Deshalb " + detokenize(main))]


def _leading_purpose(tokens: list[Token]) -> list[str] | None:
    """``Damit die Wartezeiten kürzer werden, öffnet das Amt auch samstags.`` →
    ``Das Amt öffnet auch samstags.`` ``Dann werden die Wartezeiten kürzer.``: what happens
    first, then what it is for (subject first in both, one statement each)."""
    if len(tokens) < 8 or tokens[0].text != "Damit":
        return None
    comma = next((i for i, t in enumerate(tokens) if t.text == ","), None)
    if comma is None or comma < 4:
        return None
    clause, main = tokens[1:comma], tokens[comma + 1 :]
    verbs = [t for t in clause if t.pos.startswith(("VV", "VA", "VM"))]
    if verbs != [clause[-1]] or clause[-1].pos.endswith("(PP)"):
        return None  # one verb, at the end ("werden" is tagged as an infinitive there)
    if any(t.pos.startswith(("KOUS", "PREL")) or t.text == "," for t in clause):
        return None
    if len(main) < 3 or not main[0].finite or main[1].pos not in ("ART", "PPOSAT", "PDAT", "NE"):
        return None
    if clause[0].pos not in ("ART", "PPOSAT", "PDAT", "NN", "NE"):
        return None
    said = _noun_phrase_end(main, 1)
    end = _noun_phrase_end(clause, 0)
    if said is None or end is None or any(t.finite for t in main[1:]):
        return None
    first = detokenize([*main[1:said], main[0], *main[said:]])
    then = " ".join(t.text for t in [clause[-1], *clause[:end], *clause[end:-1]])
    return [_finish(_cap(first)), _finish("Dann " + then)]


_SEPARABLE = ("an", "auf", "aus", "ein", "mit", "ab", "zu", "vor", "nach", "zurück", "weg", "los")
_YOU = {
    "er": "Sie", "sein": "Ihr", "seine": "Ihre", "seinen": "Ihren",
    "seinem": "Ihrem", "seiner": "Ihrer", "seines": "Ihres",
}  # fmt: skip
"""The ``wer`` person's own words in the ``Sie`` form. Not ``ihn``/``ihm``: in the main clause
the person is the subject, so an object pronoun stands for something else (``Wer einen Hund
hält, muss ihn anmelden``: the dog), and the person's own object is the reflexive ``sich``,
which stays ``sich`` (``Dann müssen Sie sich anmelden``)."""


def _you_form(verb: Token) -> str | None:
    """The ``Sie`` form of a finite verb in the third person singular: ruft → rufen."""
    lemma = verb.lemma
    if not lemma or not lemma.isalpha() or not verb.pos.endswith("(FIN)"):
        return None
    if verb.text.endswith("e") and verb.text.isalpha():
        # „sollte“ → „sollten“, „hatte“ → „hatten“, „möchte“ → „möchten“: the same tense and
        # mood, not the lemma („sollen“ would turn advice into an order).
        return verb.text + "n"
    return "sind" if lemma == "sein" else lemma


_GENERAL = frozenset({"oft", "häufig", "meist", "meistens", "selten", "manchmal", "oftmals"})
_NEXT_STATEMENT = frozenset({"sondern", "und", "oder"})


def _whoever(tokens: list[Token]) -> list[str] | None:
    """``Wer Symptome hat, ruft bitte die 116 117 an.`` → ``Haben Sie Symptome?`` +
    ``Dann rufen Sie bitte die 116 117 an.`` (the way easy texts address the reader)."""
    if len(tokens) < 6 or tokens[0].text != "Wer":
        return None
    comma = next((i for i, t in enumerate(tokens) if t.text == ","), None)
    if comma is None or comma < 3:
        return None
    clause, main = tokens[1:comma], tokens[comma + 1 :]
    if not main or not main[0].finite or main[0].pos.endswith("(IMP)"):
        return None
    if any(t.text.lower() in _GENERAL for t in main):
        return None  # "Wer allein lebt, trinkt oft zu wenig": about people, not to the reader
    told = _you_form(main[0])
    questions = _asked(clause)
    if told is None or questions is None:
        return None
    out = [Token(told, told, main[0].pos), Token("Sie", "Sie", "PPER")]
    more: list[list[Token]] = []  # "…, sondern wendet sich an …": one statement each
    rest = main[1:]
    for index, token in enumerate(rest):
        if token.finite:
            joint = rest[index - 1] if index else None
            also = _you_form(token)
            if joint is None or joint.text not in _NEXT_STATEMENT or also is None:
                return None  # a second verb in another construction: left as written
            target = more[-1] if more else out
            del target[-1]  # the joining word
            if target and target[-1].text == ",":
                del target[-1]
            verb_then_you = [Token(also, also, token.pos), Token("Sie", "Sie", "PPER")]
            if _cap(also) not in template_words("de"):
                # "Sie wenden sich an …", not a capitalised "Wenden" the notice never wrote.
                verb_then_you.reverse()
            if joint.text == "oder":
                verb_then_you.insert(0, Token("oder", "oder", "KON"))
            more.append(verb_then_you)
            continue
        text = _YOU.get(token.text, token.text) if token.pos.startswith("PP") else token.text
        (more[-1] if more else out).append(Token(text, text, token.pos, token.space))
    if more:
        if any(len(m) < 4 for m in more):
            return None
        return [
            *questions,
            _finish("Dann " + detokenize(out)),
            *(_finish(_cap(detokenize(m))) for m in more),
        ]
    return [*questions, _finish("Dann " + detokenize(out))]


def _asked(clause: list[Token]) -> list[str] | None:
    """The "wer" clause as questions to the reader: ``Symptome hat`` → ``Haben Sie
    Symptome?``; two conditions joined by ``und`` or ``oder`` are two questions
    (``Sie leben allein?`` ``Oder brauchen Sie Hilfe?``)."""
    if any(t.pos.startswith(("KOUS", "PREL")) or t.text == "," for t in clause):
        return None
    verbs = [i for i, t in enumerate(clause) if t.finite or t.pos.startswith(("VV", "VA", "VM"))]
    if (
        len(verbs) == 2
        and verbs == [len(clause) - 2, len(clause) - 1]
        and clause[-2].pos.endswith("(INF)")
        and clause[-1].pos.startswith("VM")
    ):
        # „die Gebühren nicht tragen kann“ → „Sie können die Gebühren nicht tragen?“
        modal = _you_form(clause[-1])
        if modal is None or any(t.text.lower() in ("er", "ihm", "ihn", "sich") for t in clause):
            return None
        middle = " ".join(_YOU.get(t.text, t.text) for t in clause[:-2])
        return [f"Sie {modal} {middle} {clause[-2].text}?"]
    if len(verbs) == 2:
        joint = verbs[0] + 1
        if joint >= verbs[1] or clause[joint].text not in ("und", "oder"):
            return None
        first, second = _asked(clause[:joint]), _asked(clause[joint + 1 :])
        if first is None or second is None:
            return None
        if clause[joint].text == "und":
            return [*first, *second]
        return [*first, "Oder " + _uncap(second[0])]
    if verbs != [len(clause) - 1] or len(clause) < 2:
        return None  # one verb, at the end
    verb = clause[-1]
    if verb.text.startswith(_SEPARABLE) and verb.lemma.startswith(_SEPARABLE):
        return None  # "Wer anruft" would need the particle moved
    asked = _you_form(verb)
    if asked is None or any(t.text.lower() in ("er", "ihm", "ihn", "sich") for t in clause):
        return None
    middle = " ".join(_YOU.get(t.text, t.text) for t in clause[:-1])
    # "Haben Sie Symptome?"; other verbs as "Sie verstoßen gegen …?", so that no verb form
    # the notice does not use stands capitalised (the fidelity check reads those as names).
    if _cap(asked) in template_words("de"):
        return [f"{_cap(asked)} Sie {middle}?"]
    return [f"Sie {asked} {middle}?"]


def _uncap(question: str) -> str:
    """A question's first word in lower case, unless it is the polite "Sie"."""
    return question if question.startswith("Sie ") else question[:1].lower() + question[1:]


def _german(sentence: str) -> list[str]:
    sentence = drop_examples(sentence, "de")
    # An aside between dashes without a number: „… ab – am besten im Wasserkocher – und …“.
    sentence = re.sub(r"\s+[–—]\s+[^–—\d]{3,80}?\s+[–—]\s+", " ", sentence)
    head, colon, tail = sentence.partition(": ")
    if (
        colon
        and tail[:1].isupper()
        and not fragment_reason(head + ".", "de")
        and not fragment_reason(tail, "de")
    ):
        # Two whole sentences joined by a colon: each shortened on its own; a "Sie" that
        # stands for the head's plural noun ("die Personalkosten: Sie machen …") names it,
        # or, cut off, it would read as the polite "Sie" speaking to the reader.
        they = they_after_colon(sentence)
        if they is not None:
            tail = they[1] + tail[3:]
        return [*_german(head + "."), *_german(tail)]
    tokens = tokenize(expand(sentence, "de"), "de")
    reason = _leading_reason(tokens) or _leading_purpose(tokens)
    if reason is not None:
        head, tail = reason
        return [head, *_german(tail)] if len(tail.split()) > LIMIT else reason
    conditional = _condition(tokens) or _whoever(tokens)
    if conditional is not None:
        head, *tails = conditional
        return [head, *(p for t in tails for p in (_german(t) if len(t.split()) > LIMIT else [t]))]
    return simplify_sentence(sentence, "de", limit=LIMIT)


_EN_BE = {"are": "Are", "were": "Were", "can": "Can", "must": "Must", "will": "Will"}
# Modals and negations that "Do you …?" would garble ("If you cannot attend" → "Do you
# cannot attend?"): the condition stays as written ("If you cannot attend, call …").
_EN_NO_QUESTION = frozenset(
    {"cannot", "could", "would", "should", "shall", "may", "might", "ought", "dare", "do"}
    | {"does", "did", "dont", "doesnt", "didnt", "wont", "cant", "mustnt", "shouldnt"}
)


def _en_condition(text: str) -> list[str] | None:
    """``If you have symptoms, stay at home.`` → ``Do you have symptoms?`` ``Then stay at home.``"""
    match = re.match(r"^If you (\w+) ([^,]{2,60}), (?!then\b)(.{6,})$", text)
    if match is None or not has_finite_verb(match.group(3), "en"):
        return None
    verb, rest, main = match.groups()
    if any(has_finite_verb(part, "en") for part in re.split(r"\s(?:or|and)\s", rest)[1:]):
        # "If you are in danger or someone's life is at risk": a second clause with its own
        # subject would need its own inversion; the sentence stays as written.
        return None
    not_yet = re.fullmatch(r"not yet (\w+ed)", rest) if verb == "have" else None
    if not_yet is not None:
        # "If you have not yet renewed, you can …" → "Have you not renewed yet?" "Then you can …"
        return [f"Have you not {not_yet.group(1)} yet?", _finish("Then " + main)]
    if verb in _EN_NO_QUESTION or re.match(r"(?:not|never|no longer)\b", rest):
        return None  # "If you cannot …", "If you are not …": no safe question
    perfect = verb == "have" and re.match(r"(?:been|got|\w+ed)\b", rest) is not None
    if verb in _EN_BE or perfect:
        question = f"{_EN_BE.get(verb, 'Have')} you {rest}?"
    elif re.fullmatch(r"[a-z]+", verb) and not verb.endswith(("ed", "s")):
        question = f"Do you {verb} {rest}?"
    else:
        return None
    return [question, _finish("Then " + main)]


_EN_LEADING = re.compile(
    r"^(?:As|While|Since|Now that|To|So that|In order to)\s+[^,\d]{4,90},\s+(?=[a-z])",
    re.IGNORECASE,
)
_EN_TRAILING_IF = re.compile(r"^(.{10,}?) if you (\w+) ([^,]{2,80}?)([.!?])?$")
_EN_POINTS_BACK = re.compile(r"\b(?:it|them|this|that|these|those|one|they)\b", re.IGNORECASE)
""""Bring your NHS number if you know it": the condition points at the main clause; as a
question first ("Do you know it?") it would point at something not yet said."""


def _contacts(text: str) -> list[str]:
    """The e-mail and web addresses of ``text`` (phone numbers are kept by the digit check)."""
    from pubkit.plain.message import DOMAIN, EMAIL, URL

    return [*URL.findall(text), *EMAIL.findall(text), *DOMAIN.findall(text)]


def _has_contact(text: str) -> bool:
    from pubkit.plain.message import contacts_in  # message → facts → … would import us back

    return bool(contacts_in(text, "en"))


def _english(sentence: str) -> list[str]:
    text = drop_examples(expand(sentence, "en"), "en")
    text = _EN_OPENERS.sub("", text)
    # A leading circumstance or purpose ("As the cold sets in, …", "To keep you safe, …")
    # goes when it holds no number; the main clause says what happens.
    # In a sentence with a contact it says what the contact is for: "To book, call …".
    shorter = text if _has_contact(text) else _EN_LEADING.sub("", text)
    cut_inside = re.search(r",\s+(?:we|you|they|it|he|she|i)\s", shorter, re.IGNORECASE)
    if shorter != text and has_finite_verb(shorter, "en") and cut_inside is None:
        text = _cap(shorter)
    text = re.sub(r"\s+-\s+[^-\d]{3,60}?\s+-\s+", " ", text)  # " - and especially … - "
    two = next(_en_two_conditions(text.rstrip()), None)
    if two is not None and _whole(two):
        return [q for p in two for q in en_shorter(p)]
    conditional = _en_condition(text.rstrip())
    if conditional is None:
        trailing = _EN_TRAILING_IF.match(text.rstrip())
        if (
            trailing is not None
            and has_finite_verb(trailing.group(1), "en")
            and not _EN_POINTS_BACK.search(trailing.group(3))
        ):
            main, verb, rest, _ = trailing.groups()
            conditional = _en_condition(f"If you {verb} {rest}, {main[:1].lower()}{main[1:]}.")
    if conditional is not None:
        return [q for p in conditional for q in en_shorter(p)]
    # Asides between dashes and ", which …," clauses, when they hold no number.
    text = re.sub(r"\s+[–—]\s+[^–—\d]{3,80}?\s+[–—]\s+", " ", text)
    # Not a clause that asks something of the reader (", which must be shown on the bin"):
    # that is a rule; it becomes a sentence of its own (en_shorter).
    text = re.sub(rf",\s+which\s+(?!{_EN_WHICH_RULE})[^,\d]{{3,80}},\s+", " ", text)
    text = re.sub(rf",\s+(?:who|which)\s+(?!{_EN_WHICH_RULE})[^,\d]{{3,80}}(?=[.!?]$)", "", text)
    # Not ", so that …": a purpose, not a main clause ("That people can swim …" is none).
    parts = re.split(r";\s+|,\s+(?:and|but|so(?!\s+that\b))\s+(?=[a-zA-Z])", text)
    out: list[str] = []
    for part in parts:
        if out and not (has_finite_verb(part, "en") and len(part.split()) >= 3):
            out[-1] = out[-1].rstrip(".") + ", " + part  # not a clause of its own: join again
            continue
        out.append(part)
    return [q for p in out for q in en_shorter(_finish(p))]


def _noun_phrase_end(tokens: list[Token], start: int) -> int | None:
    index = start
    if index < len(tokens) and tokens[index].pos in ("ART", "PDAT", "PPOSAT", "PIAT"):
        index += 1
    while index < len(tokens) and tokens[index].pos in ("ADJ(A)", "CARD"):
        index += 1
    nouns = index
    while index < len(tokens) and tokens[index].pos in ("NN", "NE", "NNA"):
        index += 1
    if index == nouns:
        return None
    # A genitive attribute: "die Zahl der Ansteckungen".
    if (
        index + 1 < len(tokens)
        and tokens[index].text in ("der", "des")
        and tokens[index + 1].pos in ("NN", "NE")
    ):
        index += 2
    return index


def split_reason(sentence: str, language: str) -> tuple[str, str | None]:
    """A reason at the end becomes a sentence of its own.

    >>> split_reason("Das Amt ist zu, weil die Mitarbeiter krank sind.", "de")
    ('Das Amt ist zu.', 'Die Mitarbeiter sind krank.')
    >>> split_reason("Bins move by one day, because the crews will not work.", "en")
    ('Bins move by one day.', 'The crews will not work.')
    """
    lang = primary_language(language)
    if lang != "de":
        match = re.match(r"^(.{12,}?),?\s+(either\s+)?because\s+(.{8,})$", sentence)
        if match is None or not has_finite_verb(match.group(3), "en"):
            return sentence, None
        head = match.group(1)
        if (
            re.search(r"\b(?:for example|for instance|e\.g\.|such as|like|especially)$", head)
            or (head.count(" - ") + head.count(" – ")) % 2
        ):
            return sentence, None  # "help - for example because you are blind -": an aside
        reason = match.group(3)
        if match.group(2):  # "either because A or because B": "A or B", no "either" left behind
            reason = re.sub(r"\s+or\s+because\s+", " or ", reason)
        return _finish(head), _finish(_cap(reason))
    tokens = tokenize(sentence, "de")
    for index, token in enumerate(tokens[:-3]):
        if token.text != "," or tokens[index + 1].text.lower() not in ("weil", "da"):
            continue
        clause = [t for t in tokens[index + 2 :] if t.pos != "$."]
        if not clause or not clause[-1].finite or any(t.text == "," for t in clause):
            return sentence, None
        end = _noun_phrase_end(clause, 0)
        if end is None or clause[0].pos not in ("ART", "PPOSAT", "PDAT", "NN", "NE"):
            return sentence, None
        verb = clause[-1]
        moved = [*clause[:end], verb, *clause[end:-1]]
        main = detokenize(tokens[:index])
        reason = " ".join(t.text for t in moved)
        return _finish(main), _finish(reason)
    return sentence, None


_ELABORATION = re.compile(
    r"\s+[–—]\s+(?!(?:etwa|zum Beispiel|z\.\s?B\.|nämlich|vor allem|insbesondere|such as|"
    r"for example|e\.g\.|including|namely|especially|und|oder|aber|and|or|but|then|dann)\b)"
    r"[^–—\d]{8,}$"
)
"""A dash-led elaboration at the end, which goes: not when it lists what the sentence only
announces („Es gelten Regeln – etwa bei …“), or the sentence would say nothing; not when
the dash closes an aside and the sentence goes on ("Boil it – a rolling boil – and let it
cool": the instruction's second half)."""
_BRACKETED_CONTACT = re.compile(r"\s*\((?:[^()]*?:\s*)?([^()]*?(?:www\.|https?://|@)[^()\s]+)\)")


_VAGUE = re.compile(
    r"\b(?:verschieden|unterschiedlich|viele|einige|mehrere|diverse|bestimmte|various|many|"
    r"several|different|some)\w*\s+[\w-]+[.!]?$",
    re.IGNORECASE,
)


def _vague(sentence: str) -> bool:
    """A short sentence that ends in "various things" once its examples are gone
    („Ausgezeichnet werden verschiedene Aktivitäten.“): it tells the reader nothing."""
    return len(sentence.split()) <= 6 and _VAGUE.search(sentence.strip()) is not None


def _cut_elaboration(sentence: str, language: str) -> str:
    body = sentence.rstrip(".!? ")
    cut = _ELABORATION.sub("", body)
    if _has_contact(body[len(cut) :]):
        return sentence  # "… – e-mail waste@…": the address is what the reader needs
    return cut + "." if cut != body and has_finite_verb(cut, language) else sentence


def _pull_contacts(sentence: str, language: str) -> tuple[str, list[str]]:
    """``… eingerichtet (Adresse: www.x.de).`` → ``… eingerichtet.`` and a sentence of its own
    for the address; a dash-led elaboration at the end without a number goes."""
    lines: list[str] = []

    def pull(match: re.Match[str]) -> str:
        lines.append(f"{plain_label(language, 'address')} {match.group(1).strip()}.")
        return ""

    text = _BRACKETED_CONTACT.sub(pull, sentence)
    body = text.rstrip(".!? ")
    cut = _ELABORATION.sub("", body)
    closes = (cut.count(" – ") + cut.count(" — ")) % 2 == 1  # the last dash ends an aside
    keeps = not _has_contact(body[len(cut) :])  # "… – e-mail waste@…" is no elaboration
    if cut != body and has_finite_verb(cut, language) and not closes and keeps:
        text = cut + "."
    return text, lines


def shorten(sentence: str, language: str) -> list[str]:
    """Short whole sentences that say what ``sentence`` says.

    >>> shorten("Wenn Sie Fieber haben, bleiben Sie zu Hause.", "de")
    ['Haben Sie Fieber?', 'Dann bleiben Sie zu Hause.']
    >>> shorten("Masks are required indoors; children under 12 are exempt.", "en")
    ['Masks are required indoors.', 'Children under 12 are exempt.']
    >>> shorten("If you have symptoms, stay at home for 7 days.", "en")
    ['Do you have symptoms?', 'Then stay at home for 7 days.']
    """
    lang = primary_language(language)
    sentence, pulled = _pull_contacts(sentence, lang)
    if pulled:
        return [*shorten(sentence, lang), *pulled]
    original = _finish(expand(sentence, lang))
    said = contact_sentences(original, lang)
    if said is None and lang == "de" and not _DE_ASKS.match(original):
        said = contact_parts(original)
    if said is not None:
        # "Melden Sie … an oder rufen Sie … an: Telefon …": one request per sentence.
        return [_no_second_phone_word(q, lang) for p in said for q in _split_whole(p, lang)]
    parts = _german(sentence) if lang == "de" else _english(sentence)
    if lang == "de":
        parts = [r for p in parts for q in date_span_sentence(p) for r in contact_parts(q) or [q]]
        parts = [q for p in parts for q in purpose_as_sentence(p)]
    parts = [p for p in parts if any(c.isalpha() for c in p) and not _vague(p)]
    # The numbers of the sentence as written out: a law reference „(§ 28 IfSG)“ goes on purpose.
    digits = sorted(re.findall(r"\d+", original))
    kept = sorted(d for p in parts for d in re.findall(r"\d+", p))
    if not parts and not digits and _vague(_cut_elaboration(original, lang)):
        return []  # what it said was in the part that went: nothing is left to say
    written = " ".join(parts)
    lost_contact = any(c not in written for c in _contacts(sentence))
    lost_limit = lost_limits(original, written, lang)
    if (
        not parts
        or kept != digits
        or lost_contact
        or lost_limit
        or any(fragment_reason(p, lang) for p in parts)
    ):
        # Shortening lost a number or broke a sentence: keep it whole, its main clauses
        # as sentences of their own.
        parts = _split_whole(original, lang)
    return [_no_second_phone_word(q, lang) for p in parts for q in _split_semicolon(p, lang)]


_CALL = {
    "de": re.compile(r"\b(?:rufen|anrufen|ruft|wählen|am Telefon)\b", re.IGNORECASE),
    "en": re.compile(r"\b(?:call|ring|dial)\b", re.IGNORECASE),
}
_PHONE_WORD = {
    "de": re.compile(r"\b(?:Telefon(?:nummer)?|Tel\.)\s*:?\s*(?=\+?\(?\d)"),
    "en": re.compile(r"\b(?:[Tt]elephone|[Pp]hone|[Tt]el\.)\s*:?\s*(?=\+?\(?\d)"),
}


_LIMITS = {
    "de": re.compile(
        r"\b(?:nicht|kein(?:e|er|en|em|es)?|nie|niemals|nur|außer|ausgenommen|ausnahme\w*|"
        r"ohne|es sei denn|solange|sofern|höchstens|mindestens|maximal|während|"
        r"außerhalb|bis|erst|verboten|untersagt)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:not|no|never|only|unless|except|excluding|without|as long as|provided|"
        r"at most|at least|up to|maximum|minimum|during|within|outside|until|till|"
        r"banned|forbidden|prohibited)\b|n't\b",
        re.IGNORECASE,
    ),
}
"""Words that limit what a sentence says: a negation, a condition, an exception, a bound of
time, place or amount. Shortening that drops one changes the meaning („…, außer für Gruppen“,
"…, unless you hold a blue badge", "which stays shut until further notice")."""


_HOW = re.compile(r",\s*ohne\b[^,.;]*?\bzu\s+\w+")


def lost_limits(original: str, written: str, language: str) -> list[str]:
    """The limiting words of ``original`` that ``written`` no longer has (each counted, so
    that a second „nicht“ cut off is noticed too). A condition turned into a question
    („Wenn …“ → „Haben Sie …? Dann …“) keeps its meaning and is not counted: „wenn“, „falls“
    and "if" are not in the list."""
    pattern = _LIMITS.get(primary_language(language))
    if pattern is None:
        return []
    # „…, ohne Fußgänger zu behindern“ says how to do it, not when the rule holds.
    original, written = (_HOW.sub("", text) for text in (original, written))
    before = [m.group(0).lower() for m in pattern.finditer(original)]
    after = [m.group(0).lower() for m in pattern.finditer(written)]
    lost: list[str] = []
    for word in before:
        if word in after:
            after.remove(word)
        else:
            lost.append(word)
    return lost


def _no_second_phone_word(sentence: str, language: str) -> str:
    """„Rufen Sie die Hotline an: Telefon 0711 216-0.“ → „… an: 0711 216-0.“: the verb
    already says it is a phone number; the number itself stays exactly as written."""
    call, word = _CALL.get(language), _PHONE_WORD.get(language)
    if call is None or word is None or not call.search(sentence):
        return sentence
    return word.sub("", sentence)


def _split_whole(sentence: str, language: str) -> list[str]:
    if len(sentence.split()) <= LIMIT:
        return [sentence]
    parts = split_main_clauses(sentence, language)
    same = sorted(re.findall(r"\d+", sentence)) == sorted(
        d for p in parts for d in re.findall(r"\d+", p)
    )
    if len(parts) < 2 or not same or any(fragment_reason(p, language) for p in parts):
        return [sentence]
    return parts


def _split_semicolon(sentence: str, language: str) -> list[str]:
    """``Lüften Sie nachts; halten Sie tagsüber die Fenster zu.`` → two sentences, when
    both halves are whole sentences."""
    halves = [h.strip() for h in sentence.split("; ")]
    if len(halves) < 2:
        return [sentence]
    out = [_finish(h) for h in halves]
    if any(fragment_reason(h, language) for h in out):
        return [sentence]
    return out


_DE_WEEKDAY = r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)"
_DE_MONTH = (
    r"(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)"
)
_DE_DATE = (
    rf"(?:{_DE_WEEKDAY},?\s+(?:den\s+)?)?\d{{1,2}}\.(?:\s*{_DE_MONTH}(?:\s+\d{{4}})?"
    rf"|\d{{1,2}}\.(?:\d{{2,4}})?)(?:,?\s+(?:etwa\s+|ca\.\s+)?\d{{1,2}}(?:[.:]\d{{2}})?\s+Uhr)?"
)
_DE_SPAN = re.compile(
    rf"(?<=\w)\s+(?P<span>(?:(?:ab|seit|von|vom)\s+{_DE_DATE}"
    rf"(?:,?\s+bis\s+(?:(?:einschließlich|zum|wahrscheinlich|voraussichtlich)\s+)*{_DE_DATE})?"
    rf"|bis\s+(?:(?:einschließlich|zum|wahrscheinlich|voraussichtlich)\s+)*{_DE_DATE}))"
    rf"(?P<comma>,)?(?=\s+[^\W\d_])"
)
"""A date span inside a sentence: „ab Montag, 13. März 2023, 4 Uhr, bis wahrscheinlich
Freitag, 28. April 2023,“ — with the comma that closes it — followed by more of the sentence."""


_MOVED = re.compile(
    r"\b(?:verlänger|verschob|verschieb|verleg|vorgezogen|vorzieh|nachgeholt|nachhol|geändert)\w*",
    re.IGNORECASE,
)
"""Verbs whose date is what changes („bis zum 16. April verlängert“, „auf Montag verlegt“):
the span belongs to the verb, „Das gilt …“ would say something else."""


_DE_ASKS = re.compile(r"(?:Wer|Wenn|Falls|Sollten)\b")
"""A condition first („Wer Fragen hat, erreicht …“): it becomes a question and „Dann …“."""


def date_span_sentence(sentence: str) -> list[str]:
    """A long German sentence with a date span in its middle as two sentences, as easy-read
    writers do: the rule, then „Das gilt …“ with the span copied exactly.

    >>> date_span_sentence(
    ...     "Die Bücherei ist von Montag, 3. Juli, bis Freitag, 14. Juli 2023, wegen Umbau geschlossen."
    ... )
    ['Die Bücherei ist wegen Umbau geschlossen.', 'Das gilt ab Montag, 3. Juli.', 'Es gilt bis Freitag, 14. Juli 2023.']

    A span at the start or the end, a short sentence, a question or a lead-in stay as written;
    so does a sentence whose rest would not be whole.
    """
    text = sentence.strip()
    if len(text.split()) <= LIMIT or text.endswith((":", "?")):
        return [sentence]
    match = _DE_SPAN.search(text)
    if match is None:
        return [sentence]
    if _in_clause(text[: match.start()]):
        return [sentence]
    span = match.group("span")
    rest = _finish(text[: match.start()] + text[match.end() :])
    said = _finish("Das gilt " + span)
    if (
        len(rest.split()) < 4
        or _MOVED.search(rest)
        or fragment_reason(rest, "de")
        or sorted(re.findall(r"\d+", text)) != sorted(re.findall(r"\d+", rest + said))
    ):
        return [sentence]
    return [rest, *_from_and_to(said)]


_CLAUSE_OPENER = re.compile(
    r"(?:^|,\s*)(?:(?:bis|ab|von|vor|nach|mit|an|in|zu|für|bei)\s+)?(?:die|der|das|dem|den|"
    r"deren|dessen|welche[rsnm]?|wer|was|wo|wenn|weil|da|dass|ob|sofern|falls|solange|bevor|"
    r"nachdem|sobald|bis|als|seit|seitdem|während|obwohl)(?:\s+[^,]*)?$"
)


def _in_clause(before: str) -> bool:
    """Whether the text right before a date span opens a relative or subordinate clause
    („Kinder, die bis zum 30. September sechs Jahre alt werden, …“): the date belongs to
    that clause (it says which children), not to the rule; taken out as „Das gilt bis zum
    30. September.“ it would say when the rule ends."""
    return _CLAUSE_OPENER.search(before) is not None and "," in before


_FROM_TO = re.compile(r"^Das gilt (?:ab|von|vom) (?P<start>.+?),? bis (?P<end>.+)\.$")


def _from_and_to(said: str) -> list[str]:
    """„Das gilt ab Montag, 13. März 2023, 4 Uhr, bis wahrscheinlich Freitag, 28. April
    2023.“ (15 words) → „Das gilt ab Montag, 13. März 2023, 4 Uhr.“ „Es gilt bis wahrscheinlich
    Freitag, 28. April 2023.“: the start and the end a sentence each, when the span is long."""
    match = _FROM_TO.match(said)
    if match is None or len(said.split()) <= 10:
        return [said]
    start = match.group("start")
    if not re.search(r"\d", start):
        return [said]  # a start without a date of its own stays with its end
    return [f"Das gilt ab {start}.", f"Es gilt bis {match.group('end')}."]


def purpose_as_sentence(sentence: str) -> list[str]:
    """A purpose clause at the end as a sentence of its own with „Dann“, no word more:
    „Die Ampel wird neu eingestellt, damit sich der Verkehr nicht staut.“ →
    „Die Ampel wird neu eingestellt.“ „Dann staut sich der Verkehr nicht.“

    >>> purpose_as_sentence("Das Bad öffnet später, damit eine Schicht die Aufsicht übernehmen kann.")
    ['Das Bad öffnet später.', 'Dann kann eine Schicht die Aufsicht übernehmen.']

    Not when the clause's verb is a separable one alone („damit Sie den Antrag abgeben“ would
    need „geben … ab“), ends in a participle, or either half is not a whole sentence.
    """
    tokens = tokenize(sentence, "de")
    at = next(
        (
            i
            for i in range(1, len(tokens) - 3)
            if tokens[i].text == ","
            and tokens[i + 1].text == "damit"
            and tokens[i + 1].pos == "KOUS"
        ),
        None,
    )
    if at is None:
        return [sentence]
    clause = [t for t in tokens[at + 2 :] if t.pos != "$."]
    if len(clause) < 3 or any(t.pos.startswith("$") for t in clause):
        return [sentence]
    verb = clause[-1]
    if not verb.pos.startswith(("VV", "VA", "VM")) or verb.pos.endswith("(PP)"):
        return [sentence]
    single = not any(t.pos.startswith(("VV", "VA", "VM")) for t in clause[:-1])
    if single and verb.text.lower().startswith((*_SEPARABLE, "her", "hin", "durch", "zusammen")):
        return [sentence]
    main = _finish(detokenize(tokens[:at]))
    then = _finish("Dann " + " ".join(t.text for t in [verb, *clause[:-1]]))
    if fragment_reason(main, "de") or fragment_reason(then, "de"):
        return [sentence]
    return [main, then]


# -- English: more splits in the plain-language editors' way (plainlanguage.gov, GOV.UK) -------

_EN_ASK_VERBS = (
    r"call|ring|phone|telephone|e-mail|email|write|visit|contact|post|text|go|send|use|ask|"
    r"apply|book|fill|hand|drop|bring|check|register|sign|pay|tell|talk|speak"
)
_EN_ALTERNATIVE = re.compile(
    rf"(?:,\s+(?:or\s+)?|\s+or\s+)(?P<verb>{_EN_ASK_VERBS})\b(?P<rest>.{{6,}})$"
)
"""A second request joined to the first: "Call us on …, or e-mail …", "…, e-mail it to …"."""
_EN_ASKED_TO = re.compile(
    r"^(?P<who>You|We|They|People|Residents|Parents|Visitors|Patients|Customers|Anyone)\b"
    r"[^,]{0,50}?\s(?:should|must|can|may|need to|are asked to)\s+[a-z]"
)
"""A request made as a statement: "People who feel ill should contact …"."""
_EN_CONDITION_LEAD = re.compile(
    r"^(?:(?:If|When|For|To|Before|After|Once)\s[^,]{3,90},\s+"
    rf"|(?:For|To)\s[^,]{{3,60}}?\s(?=(?:{_EN_ASK_VERBS})\b)|Or\s+|Then\s+)?(?:[Pp]lease\s+)?"
)
_EN_OR_BY = re.compile(
    r",?\s+or\s+(?P<way>(?:by|via)\s+(?:phone|telephone|post|e-mail|email|letter|text)\b.{3,})$"
)
""""Pay online at …, or by phone on …": the same request, another way."""
_EN_COLON = re.compile(r"^(?P<head>[^:]{10,}?[a-z]):\s+(?P<tail>[A-Za-z][^:]{15,})$")
"""Two whole sentences joined by a colon: "Please read on: from 2025 the service …"."""
_EN_ESPECIALLY = re.compile(
    r"^(?P<head>.{12,}?),\s+(?:especially|particularly)\s+(?P<cond>if|when)\s+(?P<rest>.{6,})$"
)
_EN_DAY = (
    r"(?:\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tomorrow|midnight|"
    r"noon|January|February|March|April|May|June|July|August|September|October|November|"
    r"December)"
)
_EN_DAY_END = (
    r"(?:\d{1,4}(?:am|pm|a\.m\.|p\.m\.)?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|midnight|noon|January|February|March|April|May|June|July|August|September|October|"
    r"November|December)"
)
"""The end of a span of dates or times: "… until 6am on Friday 19 August"."""
_EN_LEADING_DATE = re.compile(
    rf"^(?P<word>Starting|From|Beginning|As of|With effect from|Until|Till)\s+"
    rf"(?P<when>(?=[^,]*{_EN_DAY})[^,]{{3,45}}),\s+(?P<main>[A-Za-z].{{10,}})$"
)
_EN_LEADING_TIME = re.compile(
    r"^(?P<when>(?:During|Over|Throughout|Between)\s+(?=[^,]*(?:\d|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|week|weekend|month|holiday|Christmas|Easter|New Year|"
    r"summer|winter|spring|autumn|January|February|March|April|May|June|July|August|"
    r"September|October|November|December))[^,]{3,60}),\s+(?P<main>[a-z].{10,})$"
)
"""A leading time phrase: "During the bank holiday week, every collection is a day later"."""
_EN_TRAILING_SPAN = re.compile(
    rf"^(?P<main>.{{20,}}?)\s+(?P<span>(?:from|between)\s+(?=[^,;]*{_EN_DAY})[^,;]{{3,40}}?\s+"
    rf"(?:until|till|to|and)\s+[^,;]{{0,30}}?{_EN_DAY_END})(?P<end>[.!])$"
)
_EN_PRONOUN_AND = re.compile(
    r"^(?P<subject>It|They|We|You|He|She)\s+(?P<head>.{8,}?)\s+and\s+"
    r"(?P<verb>may|will|can|must|should|could|might|is|are|was|were|has|have)\s+(?P<rest>.{6,})$"
)
_EN_SO_THAT = re.compile(
    r"^(?P<head>.{12,}?),?\s+so(?:\s+that)?\s+(?P<who>they|you|we|it|he|she|staff)\s+"
    r"(?P<verb>can|could|will|may|do|does|are|is)\s+(?P<rest>.{4,})$"
)


_EN_WHICH_VERB = r"(?:is|are|was|were|will|can|may|has|have|costs?|runs?|opens?|closes?|takes?|means?|gives?|lets?|makes?|pays?)"
_EN_WHICH_RULE = r"(?:must|should|needs? to|has to|have to)\b"
"""A ``which`` clause that is a rule: "…, which must be displayed on the bin"."""
_EN_WHICH_MID = re.compile(
    rf"^(?P<subject>[A-Z][^,]{{2,60}}?),\s+which\s+(?P<clause>{_EN_WHICH_VERB}\b[^,]{{3,80}}),\s+"
    r"(?P<rest>[a-z].{3,})$"
)
"""A ``which`` clause inside the sentence, after its subject, with a second statement."""
_EN_WHICH_END = re.compile(
    rf"^(?P<head>.{{20,}}?),\s+which\s+(?P<clause>(?:{_EN_WHICH_VERB}|{_EN_WHICH_RULE})\b.{{6,}})$"
)
"""A ``which`` clause at the end that says something more: "…, which is paid in April"."""
_EN_SINCE_CLAUSE = re.compile(
    r"^(?:(?:Since|As|While|Now that)\s+(?:it|we|you|they|he|she|this|there)"
    r"|(?:After|Before|Following)\s+[a-z]+ing)\s[^,\d]{2,60},\s+(?=[A-Z])"
)
"""A leading circumstance with a subject or a verb of its own: "Since it opened, …", "After
consulting the health service, …"."""
_EN_EFFECT = re.compile(
    r"^(?P<head>.{15,}?),\s+(?P<when>with (?:immediate|effect from|from)[^,]{0,40}?|"
    r"with immediate effect|from today|until further notice),\s+(?P<rest>[a-z].{10,})$"
)
"""A time aside inside the sentence: "…have put a notice in place, with immediate effect, for …"."""
_EN_WHILE_END = re.compile(r"^(?P<head>.{20,}?),?\s+while\s+(?!you\b)[^\d@/:;(),]{5,40}[.!]$")
"""A circumstance at the end: "… with shorter hours while lockdown eases"."""
_EN_PURPOSE_END = re.compile(
    r"^(?P<head>.{20,}?),?\s+(?:so that|in order to|in order that)\s+[^\d@/:;()]{10,}[.!]$"
)


_EN_WHO_GROUP = re.compile(
    r"^(?:All\s+)?(?P<who>Residents|People|Anyone|Those|Households|Customers|Parents|Tenants|"
    r"Landowners|Owners|Drivers|Visitors|Patients|Applicants|Businesses)\s+who\s+"
    r"(?P<verb>have|are|live|own|use|need|want|hold)\s+(?P<what>[^,;]{3,80}?)\s+"
    r"(?P<modal>will|must|should|can|may|need to|are asked to)\s+(?P<rest>[a-z].{6,})$"
)
"""A rule for a group named by what its members do: "Residents who have renewed their
subscription will receive …" → "Have you renewed your subscription?" "Then you will receive …"."""
_EN_PARTICIPLE = re.compile(
    r"(?:(?:already|not|now|recently|just)\s+)?(?:\w+ed|\w+[ow]n|been|got|paid|made|had|bought|sent|"
    r"kept|left|lost|put|set|read|won|built|brought|sold|told|found|heard|held|met|spent|done|"
    r"gone|seen|taken|given|applied)\b"
)
"""A past participle after "have": "who have renewed …" is a perfect, "who have a car" is not."""
_EN_THEIR = {"their": "your", "theirs": "yours", "themselves": "yourself"}
"""The readers' own things, said to them; not "them"/"they", which may be the bins."""
_EN_REMINDS = re.compile(
    r"^(?P<by>[A-Z][^,;]{2,60}?)\s+(?:reminds|advises|tells|informs|warns|would like to remind)\s+"
    r"(?P<whom>[a-z][^,;]{2,50}?)\s+that\s+(?:(?P<aside>(?:under|in line with|according to)\s+"
    r"[^,;]{3,60}?)\s+)?(?P<they>they|you|there)\s+(?P<verb>are|is|must|should|have to|need to|"
    r"can|may|will)\s+(?P<rest>.{6,})$"
)
"""A reminder that only reports: "The council reminds landowners that they are responsible
for …" → "Landowners are responsible for …"."""
_EN_RESPONSIBLE = re.compile(r"\b(?:are|is) (?:legally )?responsible for making sure that\b")
_EN_OR_BY_DOING = re.compile(
    r"\s+or\s+by\s+(?P<verb>calling|phoning|ringing|e-?mailing|emailing|writing to|visiting)\s+"
    r"(?P<rest>.{6,})$"
)
"""A second way joined by "or by calling …": "… online at … or by calling 01234 567890"."""
_EN_BY_DOING = {
    "calling": "call",
    "phoning": "phone",
    "ringing": "ring",
    "emailing": "email",
    "e-mailing": "e-mail",
    "writing to": "write to",
    "visiting": "visit",
}
_EN_PASSIVE_OR_BY = re.compile(
    r"^(?P<head>(?P<subject>[A-Z][^,;]{2,40}?)\s+(?:(?:can|should|may|must)\s+be|are|is)\s+"
    r"(?P<verb>directed|sent|made|reported|submitted|returned|handed in|available)\s+[^;]{6,}?),?\s+"
    r"or\s+by\s+(?P<way>e-?mail|post|phone|telephone|letter)\s+(?P<to>(?:to|on|at)\s+.{4,})$"
)
"""A way to send something, said of the thing, with a second way: "Queries can be directed to
the Roads Department on 057 … or by email to roads@…" → "…." "Or send them by email to …"."""
_EN_ACTIVE = {
    "directed": "send",
    "sent": "send",
    "made": "make",
    "reported": "report",
    "submitted": "submit",
    "returned": "return",
    "handed in": "hand in",
    "available": "ask for",
}
_EN_MAKE_SURE = re.compile(
    r"^(?P<who>[A-Z][^,;]{2,60}?)\s+must\s+make\s+sure\s+that\s+(?P<what>[^;]{6,80}?)\s+"
    r"(?:do not|does not|don't|don’t)\s+(?P<a>[a-z][^;]{4,80}?)"
    r"(?:\s+or\s+(?P<b>(?!by\b|if\b)[a-z][^;]{4,80}?))?[.!]?$"
)
"""A duty to see that something does not happen: "Landowners must make sure that trees on
their land do not endanger road users or block road works" → "Landowners are responsible for
the trees on their land." "These must not endanger road users." "They must also not block …"."""
_EN_DETERMINER_START = re.compile(r"(?i)(?:the|a|an|all|any|every|their|your|his|her|its|no)\b")
_EN_CALL_HOURS = re.compile(
    r"^(?P<call>(?:Or\s+)?(?:[Cc]all|[Rr]ing|[Pp]hone|[Tt]elephone)\s+(?:us\s+)?(?:on\s+)?"
    r"\+?\(?\d[\d\s()-]{5,}\d)\s+(?P<when>(?:between|from)\s+\d.{4,})$"
)
"""A number to call with its hours: "Or call 01234 567890 between 9am and 5pm, Monday to
Friday." → "Or call 01234 567890." "The line is open between 9am and 5pm, Monday to Friday."."""


def _en_yours(text: str) -> str:
    return re.sub(r"\b(their|theirs|themselves)\b", lambda m: _EN_THEIR[m.group(1)], text)


_EN_TWO_IFS = re.compile(
    r"^(?P<main>[A-Z].{10,}?),?\s+if\s+you\s+(?P<v1>have|are)\s+(?P<r1>[^,;]{3,70}?),?\s+"
    r"or\s+if\s+you\s+(?P<v2>have|are)\s+(?P<r2>[^,;]{3,90}?)[.!]$"
)
"""Two conditions after the rule: "You may get £500 if you have tested positive, or if you have
been in close contact with …" → two questions, then "Then you may get £500."."""


def _en_two_conditions(text: str) -> Iterator[list[str]]:
    both = _EN_TWO_IFS.match(text)
    if both is None:
        return
    main, v1, r1, v2, r2 = both.group("main", "v1", "r1", "v2", "r2")
    for verb, rest in ((v1, r1), (v2, r2)):
        if verb == "have" and _EN_PARTICIPLE.match(rest) is None:
            return  # "if you have a car": "Have you a car?" is no plain question
        if _EN_POINTS_BACK.search(rest):
            return  # "if you need it": points at the main clause, not yet said
    if not has_finite_verb(main, "en"):
        return
    first = main.split()[0]
    opening = main if first not in ("You", "We", "They") else first.lower() + main[len(first) :]
    yield [
        f"{v1.capitalize()} you {r1}?",
        f"Or {v2} you {r2}?",
        _finish(f"Then {opening}"),
    ]


_EN_ARE_ASKED = re.compile(
    r"^(?:All\s+)?(?:Residents|People|Customers|Visitors|Drivers|Motorists|Parents|Households|"
    r"Members of the public|Landowners|Tenants|Shoppers|Dog owners|Cyclists)\s+are\s+(?:being\s+)?"
    r"(?:reminded|asked|advised|urged|encouraged|requested)\s+(?:(?P<to>to)\s+(?P<verb>[a-z]+)"
    r"|that\s+they\s+(?P<modal>must|should|need to|have to|can)\s+(?P<then>[a-z]+))\s+(?P<rest>.{4,})$"
)
"""A request told about the readers: "Residents are reminded to put their bins out by 7am" →
"Please put your bins out by 7am."; "… that they must …" → "You must …"."""


def _en_asked(text: str) -> Iterator[list[str]]:
    asked = _EN_ARE_ASKED.match(text)
    if asked is None:
        return
    if asked.group("to"):
        verb = asked.group("verb")
        if _en_verb(verb) != "base":
            return
        rest = re.sub(r"\band to (?=[a-z])", "and ", asked.group("rest"))
        yield [_finish(f"Please {verb} {_en_yours(rest)}")]
    else:
        modal, verb, rest = asked.group("modal", "then", "rest")
        yield [_finish(f"You {modal} {verb} {_en_yours(rest)}")]


def _en_group_rule(text: str) -> Iterator[list[str]]:
    """A rule for a group named by what its members do, as a question and "Then …"."""
    group = _EN_WHO_GROUP.match(text)
    if group is not None:
        verb, what, modal, rest = group.group("verb", "what", "modal", "rest")
        perfect = verb == "have" and _EN_PARTICIPLE.match(what) is not None
        if verb == "are" or perfect:
            question = f"{verb.capitalize()} you {_en_yours(what)}?"
        else:
            question = f"Do you {verb} {_en_yours(what)}?"
        modal = {"are asked to": "please"}.get(modal, f"you {modal}")
        yield [question, _finish(f"Then {modal} {_en_yours(rest)}")]


def _en_plain_rules(text: str) -> Iterator[list[str]]:
    """Splits that turn a report about a rule into the rule for the reader (issue 12)."""
    reminds = _EN_REMINDS.match(text)
    if reminds is not None:
        whom, they, verb, rest = reminds.group("whom", "they", "verb", "rest")
        if they == "there":
            # "… reminds residents that there is still time to protect themselves" → "There
            # is still time to protect yourself": the reminder speaks to the reader.
            yield [_finish(f"There {verb} {_en_yours(rest)}")]
        elif verb != "is":
            subject = "You" if they == "you" else _cap(whom)
            said = _finish(f"{subject} {verb} {rest}")
            said = _EN_RESPONSIBLE.sub(
                lambda m: "must make sure that" if m.group(0).startswith("are") else m.group(0),
                said,
            )
            yield [said]  # the legal basis ("under Section 70 of …") is for lawyers
    or_by = _EN_OR_BY_DOING.search(text)
    if or_by is not None:
        verb = _EN_BY_DOING[or_by.group("verb").replace("emailing", "emailing")]
        yield [_finish(text[: or_by.start()]), _finish(f"Or {verb} {or_by.group('rest')}")]
    sure = _EN_MAKE_SURE.match(text)
    if sure is not None:
        who, what, a, b = sure.group("who", "what", "a", "b")
        if b and _en_verb(b.split()[0]) != "base":
            a, b = f"{a} or {b}", None  # "foul the paths or the play areas": one verb
        many = " and " in what or what.split()[0].lower().rstrip(",").endswith("s")
        group = " and " in who or who.split()[-1].lower().endswith("s")
        the = "" if _EN_DETERMINER_START.match(what) else "the "
        # "trees … on their land": the owners are responsible for their land; the things by
        # name must not … there. A pronoun for "their dog" (a new "These" is no word of the
        # notice: the guards refuse it).
        things, *where = re.split(r"\s(?=(?:on|in|at|beside|along)\s)", what, maxsplit=1)
        owned = re.match(r"(?i)(?:their|his|her|its|your)\b", things) is not None
        named = ("They" if many else "It") if owned else _cap(things)
        place = where[0].split(None, 1)[1] if where else ""
        if where and re.match(r"(?i)(?:their|his|her|its)\s", place) and not owned:
            duty = [
                _finish(f"{who} {'are' if group else 'is'} responsible for {place}"),
                _finish(f"{named} there must not {a}"),
            ]
        else:
            duty = [
                _finish(f"{who} {'are' if group else 'is'} responsible for {the}{what}"),
                _finish(f"{named} must not {a}"),
            ]
        if b:
            duty.append(_finish(f"{'They' if many else 'It'} must also not {b}"))
        yield duty
    passive = _EN_PASSIVE_OR_BY.match(text)
    if passive is not None:
        subject, verb, way, to = passive.group("subject", "verb", "way", "to")
        them = "them" if subject.split()[-1].lower().endswith("s") else "it"
        yield [
            _finish(passive.group("head")),
            _finish(f"Or {_EN_ACTIVE[verb]} {them} by {way} {to}"),
        ]
    hours = _EN_CALL_HOURS.match(text)
    if hours is not None:
        yield [_finish(hours.group("call")), _finish(f"The line is open {hours.group('when')}")]


def _whole(parts: list[str]) -> bool:
    return all(fragment_reason(p, "en") is None and len(p.split()) >= 3 for p in parts)


def _en_request(head: str) -> bool:
    """Whether ``head``'s main clause asks the reader to do something ("Call …", "For help,
    contact …", "If you are unsure, please ring …")."""
    from pubkit.plain.message import _imperative  # message → … → shorten: imported late

    rest = head[_EN_CONDITION_LEAD.match(head).end() :]  # type: ignore[union-attr]
    named = re.match(r"(?:e-mail|hand|drop)\s", rest, re.IGNORECASE) is not None
    # "visit www.nhs.uk/staywell": two words, the second a contact, is a whole request.
    enough = len(rest.split()) >= 3 or (len(rest.split()) == 2 and _has_contact(rest))
    return enough and (named or _imperative(rest, "en"))


def _en_once(sentence: str) -> Iterator[list[str]]:
    """The ways to split a long English sentence into whole sentences, the likeliest first."""
    text = sentence.strip()
    yield from _en_plain_rules(text)
    yield from _en_two_conditions(text)
    yield from _en_asked(text)
    at = 0
    while (alternative := _EN_ALTERNATIVE.search(text, at)) is not None:
        at = alternative.start() + 1
        head = text[: alternative.start()]
        balanced = head.count("(") == head.count(")") and not re.search(r"\beither\b", head)
        verb, rest = alternative.group("verb"), alternative.group("rest")
        if len(head) >= 12 and balanced and _en_request(head):
            yield [_finish(head), _finish(f"Or {verb}{rest}")]
        asked = _EN_ASKED_TO.match(head)
        asks_enough = asked is not None and len(head[asked.end() - 1 :].split()) >= 3
        if len(head) >= 12 and balanced and asks_enough and "," not in head:
            # "People with symptoms should contact their doctor or call 111" → "… doctor."
            # "They can also call 111."
            who = asked.group("who")  # type: ignore[union-attr]
            pronoun = who if who in ("You", "We") else "They"
            yield [_finish(head), _finish(f"{pronoun} can also {verb}{rest}")]
    by_other_way = _EN_OR_BY.search(text)
    if by_other_way is not None:
        head = text[: by_other_way.start()]
        if len(head) >= 12 and head.count("(") == head.count(")") and _en_request(head):
            yield [_finish(head), _finish(f"Or do this {by_other_way.group('way')}")]
    colon = _EN_COLON.match(text)
    if colon is not None and has_finite_verb(colon.group("tail"), "en"):
        if re.search(r"\b(?:read on|the following|below)\b", colon.group("head")):
            yield [_finish(_cap(colon.group("tail")))]  # "Please read on:" says nothing
        yield [_finish(colon.group("head")), _finish(_cap(colon.group("tail")))]
    especially = _EN_ESPECIALLY.match(text)
    if especially is not None:
        head, cond, rest = especially.group("head", "cond", "rest")
        yield [_finish(head), _finish(f"This is most important {cond} {rest}")]
    leading = _EN_LEADING_DATE.match(text)
    if leading is not None:
        word, when, main = leading.group("word", "when", "main")
        said = {"Starting": "starts", "Beginning": "starts", "Until": "applies until"}
        said["Till"] = said["Until"]
        verb = said.get(word, "applies from")
        on = "on " if verb == "starts" and not re.match(r"(?:on|at|in)\s", when) else ""
        yield [_finish(_cap(main)), _finish(f"This {verb} {on}{when}")]
    during = _EN_LEADING_TIME.match(text)
    if during is not None:
        when = during.group("when")
        when = when[:1].lower() + when[1:]
        yield [_finish(_cap(during.group("main"))), _finish(f"This applies {when}")]
    span = _EN_TRAILING_SPAN.match(text)
    if span is not None and len(span.group("main").split()) >= 4:
        yield [_finish(span.group("main")), _finish(f"This applies {span.group('span')}")]
    joined = _EN_PRONOUN_AND.match(text)
    if joined is not None:
        subject, head, verb, rest = joined.group("subject", "head", "verb", "rest")
        yield [_finish(f"{subject} {head}"), _finish(f"{subject} {verb} {rest}")]
    so_that = _EN_SO_THAT.match(text)
    if so_that is not None:
        head, who, verb, rest = so_that.group("head", "who", "verb", "rest")
        yield [_finish(head), _finish(f"Then {who} {verb} {rest}")]
    which = _EN_WHICH_MID.match(text)
    if which is not None:
        # "The grant, which is worth £500, is paid in April." → "The grant is paid in April."
        # "It is worth £500."
        subject, clause, rest = which.group("subject", "clause", "rest")
        pronoun = "They" if re.match(r"(?:are|were|have)\b", clause) else "It"
        yield [_finish(f"{subject} {rest}"), _finish(f"{pronoun} {clause}")]
    which = _EN_WHICH_END.match(text)
    if which is not None and re.match(_EN_WHICH_RULE, which.group("clause")):
        # "…, which must be displayed on the bin." → "It must be displayed on the bin."
        yield [_finish(which.group("head")), _finish(f"It {which.group('clause')}")]
    if which is not None:
        yield [_finish(which.group("head")), _finish(f"This {which.group('clause')}")]
    effect = _EN_EFFECT.match(text)
    if effect is not None:
        head, when, rest = effect.group("head", "when", "rest")
        yield [_finish(f"{head} {rest}"), _finish(f"This applies {when}")]
    since = _EN_SINCE_CLAUSE.match(text)
    if since is not None:
        # "Since it was set up, the helpline has taken 405 calls": the circumstance goes, the
        # statement (and its figure) stays.
        yield [_finish(text[since.end() :])]
    purpose = _EN_PURPOSE_END.match(text) or _EN_WHILE_END.match(text)
    if purpose is not None and len(purpose.group("head").split()) >= 6:
        # "… closed from Monday so that the road can be resurfaced safely": why, not what;
        # the rule and its date stay.
        yield [_finish(purpose.group("head"))]
    yield from _en_group_rule(text)


def en_shorter(sentence: str) -> list[str]:
    """``sentence`` split the way plain-language editors write English, while it is longer
    than :data:`LIMIT` words; each piece a whole sentence, every number kept.

    >>> en_shorter("Call the waste depot on 01632 960111 (Monday to Friday, 8am to 4pm), or "
    ...     "e-mail depot@example.org.")
    ['Call the waste depot on 01632 960111 (Monday to Friday, 8am to 4pm).', 'Or e-mail depot@example.org.']
    >>> en_shorter("Starting Monday, the council will collect garden waste from every street in town.")
    ['The council will collect garden waste from every street in town.', 'This starts on Monday.']
    """
    if len(sentence.split()) <= LIMIT:
        return [sentence]
    digits = sorted(re.findall(r"\d+", sentence))
    for parts in _en_once(sentence):
        if _whole(parts) and sorted(d for p in parts for d in re.findall(r"\d+", p)) == digits:
            return [q for p in parts for q in en_shorter(p)]
    return [sentence]


_EN_ENTRY_AND = re.compile(
    rf",?\s+and\s+(?=(?:{_EN_ASK_VERBS}|stay|keep|wash|wear|take|avoid|do not|don't|don’t|never)\b)"
)


_EN_TOLD_NOT = re.compile(r"(?:please\s+)?(?:don't|don’t|do not|never|always)\s", re.IGNORECASE)


def en_entries(entry: str, language: str) -> list[str]:
    """A long English list entry with two instructions, as two entries: "take a test before
    you arrive, and stay away if you have symptoms" → "take a test before you arrive",
    "stay away if you have symptoms". Other entries, and German ones, stay as they are.

    >>> en_entries("book a slot online before you come, and bring your own bags for the garden waste", "en")
    ['book a slot online before you come', 'bring your own bags for the garden waste']
    """
    if primary_language(language) != "en" or len(entry.split()) <= LIMIT:
        return [entry]
    from pubkit.plain.message import _imperative  # message → … → shorten: imported late

    match = _EN_ENTRY_AND.search(entry)
    if match is None:
        return [entry]
    first, second = entry[: match.start()], entry[match.end() :]
    if len(first.split()) < 3 or len(second.split()) < 3:
        return [entry]

    def told(text: str) -> bool:
        return _imperative(text, "en") or _EN_TOLD_NOT.match(text) is not None

    if not (told(first) and told(second)):
        return [entry]
    if first.count("(") != first.count(")"):
        return [entry]
    return [first, second]
