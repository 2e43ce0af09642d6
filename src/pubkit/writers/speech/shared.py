"""Readings where one written mark serves a whole group (speech10), German and English.

A writer puts a currency sign or an "am"/"pm" once and means it for every member of the
group; a listener needs it said with each, or the bare members are heard as something else:

- a price list with one currency sign: „Erwachsene 3,50, Kinder 2,00 €“ was said „drei Komma
  fünfzig, Kinder zwei Euro“; "£2.50 or 3.00" was "… or three point zero zero";
- a range of times with one "pm": "9.00–1.00pm" was "nine o'clock to one p m", "9–5pm"
  "nine to five p m"; a range on the 24-hour clock ("10:00–16:00") was half „o'clock“, half
  "sixteen hundred": both ends are now said the 12-hour way, with "a m" / "p m".

Each step only acts where the group is clear (two decimals, an adjoining sign, a time with
a colon or an "am"/"pm"); anything unclear is left to the general rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pubkit.writers.speech import numbers

__all__ = ["en_24h", "en_clock_ranges", "shared_currency"]

# --- prices -----------------------------------------------------------------------------------

# Words between two prices of a list: „Kinder“, „ermäßigt“, "children", "(concessions)"; in
# German a noun or one of a few words, in English no verb or article („Der Wert liegt bei
# 0,25, der Preis bei 3 €“, "is £5, the rest is 2.50 hours" are no lists).
_LABEL = {
    "de": r"(?:[A-ZÄÖÜ][\w’'-]*|ermäßigt|für|je|pro|ab|bis|unter|über|und|mit|ohne):?",
    "en": r"(?!(?:the|a|an|is|are|was|were|be|at|of|to|in|on|by|it|this|that|we|you)\b)"
    r"[^\W\d][\w’'-]*:?",
}
_JOINT_WORDS = {"de": r"oder|und|bzw\.|beziehungsweise|sowie", "en": r"or|and"}
_SAID_JOINT = {
    "de": {"/": " beziehungsweise ", "–": " bis "},
    "en": {"/": " or ", "–": " to "},
}


def _joint(lang: str) -> str:
    """A slash or a dash right between two prices, or a comma / a joining word and labels."""
    words = _JOINT_WORDS[lang]
    return (
        r"(?P<direct>\s?[/–—-]\s?)"
        rf"|(?:\s\([^()\d]{{1,30}}\))?(?:[,;]|\s(?:{words}))(?:\s\(?{_LABEL[lang]}\)?){{0,3}}\s(?!(?:{words})\s)"
    )


def _said_joint(joint: str, lang: str) -> str:
    mark = joint.strip()
    if mark == "/":
        return _SAID_JOINT[lang]["/"]
    if mark in ("–", "—", "-"):
        return _SAID_JOINT[lang]["–"]
    return joint


def shared_currency(lang: str) -> Callable[[str], str]:
    """German ``Erwachsene 3,50, Kinder 2,00 €`` → „Erwachsene 3,50 €, Kinder 2,00 €“, ``3,50
    / 2,00 €`` → „3,50 € beziehungsweise 2,00 €“, ``3,50–5,00 €`` → „3,50 € bis 5,00 €“;
    English ``£2.50 or 3.00`` → "£2.50 or £3.00", ``£5/£3`` → "£5 or £3", ``£5–10`` → "£5 to
    £10" (the money rules then say each amount). A bare member is a price only when it is
    written as one: with two decimals („2,00“, "3.00"), or in English an integer joined to a
    priced one by a slash or a dash alone. A slash between prices is said „beziehungsweise“ /
    "or", a dash „bis“ / "to"."""
    joint = _joint(lang)
    if lang == "de":
        cur = r"\s?(?:€|EUR\b|Euro\b)"
        bare = r"\d{1,3}(?:\.\d{3})+,\d{2}|\d+,\d{2}"
        priced = re.compile(rf"(?<![\d.,])(?:{bare}|\d+(?:\.\d{{3}})*)(?P<cur>{cur})(?![\d/])")
        before = re.compile(rf"(?<![\d.,/])(?P<amount>{bare})(?P<cur>{cur})?(?:{joint})$")
        return lambda text: _german_lists(text, priced, before)
    sign = r"[£€$]"
    amount = r"\d{1,3}(?:,\d{3})+(?:\.\d{2})?|\d+(?:\.\d{2})?"
    first = re.compile(rf"(?<![\w.,])({sign})\s?(?:{amount})(?![\d.,]\d|\w)")
    after = re.compile(rf"(?:{joint})(?P<cur>{sign})?\s?(?P<amount>{amount})(?![\d.,]\d|\w|%)")
    return lambda text: _english_lists(text, first, after)


def _german_lists(text: str, priced: re.Pattern[str], before: re.Pattern[str]) -> str:
    if not any(c in text for c in "€E"):
        return text
    out: list[str] = []
    done = 0
    for m in priced.finditer(text):
        # the members before the priced one, nearest first: (start, amount, joint)
        members: list[tuple[int, str, str]] = []
        head = m.start()
        while True:
            found = before.search(text, done, head)
            if found is None:
                break
            joint = text[found.end("cur") if found["cur"] else found.end("amount") : head]
            members.append((found.start(), found["amount"], joint))
            head = found.start()
        if not members:
            continue
        sign = m["cur"].strip()
        out.append(text[done:head])
        out.extend(
            f"{amount} {sign}{_said_joint(joint, 'de')}" for _, amount, joint in reversed(members)
        )
        out.append(m[0])
        done = m.end()
    out.append(text[done:])
    return "".join(out)


def _english_lists(text: str, first: re.Pattern[str], after: re.Pattern[str]) -> str:
    if not any(c in text for c in "£€$"):
        return text
    out: list[str] = []
    done = 0
    for m in first.finditer(text):
        if m.start() < done:
            continue
        sign = m[1]
        pieces = [m[0]]
        end = m.end()
        while True:
            nxt = after.match(text, end)
            if nxt is None:
                break
            amount = nxt["amount"]
            direct = nxt["direct"] is not None
            if not nxt["cur"] and not direct and not re.fullmatch(r"[\d,]+\.\d{2}", amount):
                break  # "£5, 3 children": a bare integer after words is no price
            joint = text[end : nxt.start("cur") if nxt["cur"] else nxt.start("amount")]
            pieces.append(f"{_said_joint(joint, 'en')}{sign}{amount}")
            end = nxt.end()
        if len(pieces) == 1:
            continue
        out.append(text[done : m.start()])
        out.append("".join(pieces))
        done = end
    out.append(text[done:])
    return "".join(out)


# --- times ------------------------------------------------------------------------------------

_AMPM = r"(?:[ap]\.m\.|[ap]m)"
_CLOCK_RANGE = re.compile(
    rf"(?<![\w.,:£$€/])(?P<h1>\d{{1,2}})(?:(?P<s1>[.:])(?P<m1>\d{{2}}))?\s?(?P<p1>{_AMPM})?"
    r"(?P<joint>\s?[–—-]\s?|\s(?:to|until|till|and)\s)"
    rf"(?P<h2>\d{{1,2}})(?:(?P<s2>[.:])(?P<m2>\d{{2}}))?\s?(?P<p2>{_AMPM})?"
    r"(?![\w:£$€%]|[.,]\d|\s?(?:%|per ?cent|pounds|euros|dollars|degrees|k?m|[cm]m|k?g|m?l|"
    r"metres|meters|miles|kilometres|kilometers|hours|minutes|years|days|people)\b)",
    re.IGNORECASE,
)
_HOURS_WORDS = re.compile(
    r"\b(?:open|opens|opening|closed?|closes|hours|daily|times?|session|service|weekdays?|"
    r"weekends?|Mondays?|Tuesdays?|Wednesdays?|Thursdays?|Fridays?|Saturdays?|Sundays?|"
    r"Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|from|between)\b",
    re.IGNORECASE,
)


def en_24h(hour: int, minute: int) -> str:
    """A time on the 24-hour clock said the 12-hour way: 14:00 → "two p m", 16:30 → "four
    thirty p m", 00:00 → "midnight"; a morning hour keeps its plain reading (10:00 → "ten
    o'clock", 9:30 → "nine thirty"), which a listener takes as the morning."""
    if hour in (0, 24) and minute == 0:
        return "midnight"
    if 13 <= hour <= 23:
        return _said(hour - 12, minute, "pm")
    if hour == 0:
        return _said(12, minute, "am", noon=True)
    if minute == 0:
        return f"{numbers.cardinal(hour, 'en')} o'clock"
    return numbers.time(hour, minute, "en", uhr=False)


def _said(hour: int, minute: int, period: str, *, noon: bool = False) -> str:
    """``noon``: 12:00 on the 24-hour clock is "twelve noon" (a written "12pm" stays)."""
    if noon and hour == 12 and minute == 0:
        return "twelve noon" if period == "pm" else "midnight"
    return f"{numbers.time(hour, minute, 'en', uhr=False)} {period[0]} m"


def _from_24h(hour: int) -> tuple[int, str]:
    if hour in (0, 24):
        return 12, "am"
    if hour == 12:
        return 12, "pm"
    return (hour - 12, "pm") if hour > 12 else (hour, "am")


def _other_period(known: str, hour: int, other: int, *, known_is_end: bool) -> str:
    """The period of the end without one: "9–5pm" → 9 is am; "1–3pm" → 1 is pm; "11–1am"
    → 11 is pm. A clock range runs forwards: the earlier hour keeps the period unless it
    passes twelve on the way."""
    start, end = (other, hour) if known_is_end else (hour, other)
    start, end = start % 12, end % 12
    same = start < end
    if same:
        return known
    return "am" if known == "pm" else "pm"


def en_clock_ranges(text: str) -> str:
    """A range of times said with "a m" / "p m" at both ends: ``9.00–1.00pm`` → "nine a m to
    one p m", ``9–5pm`` → "nine a m to five p m", ``1–3pm`` → "one p m to three p m",
    ``10.30am–2pm``; on the 24-hour clock (an hour past twelve, a leading zero)
    ``10:00–16:00`` → "ten a m to four p m", ``from 08:00 to 18:00`` → "from eight a m to
    six p m", ``between 8.00 and 18.00`` (dotted: only where the sentence speaks of times or
    the minutes are quarters). Other ranges are left to the general rules."""
    if not any(c.isdigit() for c in text):
        return text

    def say(m: re.Match[str]) -> str:
        h1, h2 = int(m["h1"]), int(m["h2"])
        m1, m2 = int(m["m1"] or 0), int(m["m2"] or 0)
        joint = m["joint"].strip()
        before = m.string[: m.start()]
        if joint == "and" and not re.search(r"\bbetween\s$", before, re.IGNORECASE):
            return m[0]
        if max(h1, h2) > 24 or max(m1, m2) > 59:
            return m[0]
        p1 = (m["p1"] or "").replace(".", "").lower()
        p2 = (m["p2"] or "").replace(".", "").lower()
        if p1 or p2:
            if (p1 and h1 > 12) or (p2 and h2 > 12) or 0 in (h1, h2):
                return m[0]
            if not p1:
                p1 = _other_period(p2, h2, h1, known_is_end=True)
            if not p2:
                p2 = _other_period(p1, h1, h2, known_is_end=False)
            first, second = _said(h1, m1, p1), _said(h2, m2, p2)
        else:
            if not (m["s1"] and m["s2"]):
                return m[0]
            clock = m["s1"] == ":" and m["s2"] == ":"
            day = max(h1, h2) > 12 or 0 in (h1, h2) or m["h1"][0] == "0" or m["h2"][0] == "0"
            if not day:
                return m[0]  # "9:00–12:00": the general rule ("nine o'clock to twelve o'clock")
            if not clock and not ((m1 % 15 == 0 and m2 % 15 == 0) or _HOURS_WORDS.search(m.string)):
                return m[0]  # "2.50–13.75": amounts, not times
            if h1 > h2 and not clock:
                return m[0]  # "18.00–9.00" runs backwards: no clear range (22:00–06:00 is)
            (c1, q1), (c2, q2) = _from_24h(h1), _from_24h(h2)
            first, second = _said(c1, m1, q1, noon=True), _said(c2, m2, q2, noon=True)
        said_joint = "to" if joint in ("–", "—", "-") else joint
        return f"{first} {said_joint} {second}"

    return _CLOCK_RANGE.sub(say, text)
