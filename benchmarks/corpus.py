"""Generated notices for the batch benchmark: realistic size and shape, deterministic.

A city's notices are 250–700 words: a dateline, a lead paragraph, three to five short
sections, a list, sometimes a table of dates or places, a contact. German and English, as
the first user publishes both. The sentences are assembled from parts written for this
benchmark (no source text is copied), with a fixed random seed, so two runs measure the
same corpus.
"""

from __future__ import annotations

import random
from pathlib import Path

__all__ = ["generate", "long_document"]

_DE = {
    "topics": [
        ("Sperrung der Brücke am Hafen", "Bauarbeiten"),
        ("Neue Öffnungszeiten im Bürgerbüro", "Service"),
        ("Impfaktion im Stadtteilzentrum", "Gesundheit"),
        ("Sommerferienprogramm für Kinder", "Familie"),
        ("Wahl des Seniorenbeirats", "Beteiligung"),
        ("Ausbau der Radwege in der Innenstadt", "Verkehr"),
        ("Preis für Ehrenamt verliehen", "Ehrung"),
        ("Hinweise zum Winterdienst", "Straßen"),
    ],
    "places": ["Rathausplatz 1", "Marktstraße 12", "Am Hafen 4", "Schulweg 7", "Lindenallee 23"],
    "lead": [
        "Die Stadt informiert: {topic}.",
        "Ab dem {day}. {month} gilt eine Änderung: {topic}.",
        "Der Rat hat am {day}. {month} beschlossen, was sich beim Thema {area} ändert.",
    ],
    "sentences": [
        "Die Arbeiten dauern voraussichtlich {n} Wochen.",
        "Bitte planen Sie etwas mehr Zeit ein, wenn Sie in die {place} kommen.",
        "Für Menschen mit Rollstuhl gibt es einen stufenlosen Eingang an der Seite.",
        "Die Teilnahme ist kostenlos; eine Anmeldung ist nicht nötig.",
        "Wer Fragen hat, kann sich montags bis freitags von 8 bis 16 Uhr melden.",
        "Insgesamt stehen {n}00 Plätze zur Verfügung.",
        "Die Stadt bittet alle Anwohnerinnen und Anwohner um Verständnis.",
        "Informationen in Leichter Sprache liegen im Bürgerbüro aus.",
        "Die Kosten von rund {n}0.000 Euro trägt zum größten Teil das Land.",
        "Busse der Linien {n} und {m} fahren in dieser Zeit eine Umleitung.",
        "Die Unterlagen können ab dem {day}. {month} im Rathaus eingesehen werden.",
        "Bei Glätte streut der Betriebshof zuerst die Hauptstraßen und die Wege zu den Schulen.",
    ],
    "sections": [
        "Was ändert sich?",
        "Wann und wo?",
        "Wer kann mitmachen?",
        "Was müssen Sie tun?",
        "Wo bekommen Sie Hilfe?",
        "Hintergrund",
    ],
    "list": [
        "Personalausweis oder Reisepass",
        "Meldebescheinigung",
        "Impfpass, wenn vorhanden",
        "eine Maske für den Wartebereich",
        "den Termin-Code aus der E-Mail",
    ],
    "months": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "table": ("Tag", "Ort", "Uhrzeit", "Tabelle: Termine und Orte"),
    "contact": "Fragen beantwortet das Bürgertelefon unter 0211 89-{n}{m}00.",
}
_EN = {
    "topics": [
        ("Harbour bridge closed for repairs", "roadworks"),
        ("New opening hours at the citizens' office", "services"),
        ("Vaccination day at the community centre", "health"),
        ("Summer holiday programme for children", "families"),
        ("Election of the senior citizens' council", "participation"),
        ("Award for volunteers presented", "honours"),
    ],
    "places": ["Town Hall Square 1", "Market Street 12", "Harbour Road 4", "School Lane 7"],
    "lead": [
        "The city informs residents about the following: {topic}.",
        "From {day} {month}, a change applies: {topic}.",
        "On {day} {month} the council decided what changes in {area}.",
    ],
    "sentences": [
        "The work is expected to take {n} weeks.",
        "Please allow extra time if you are coming to {place}.",
        "There is a step-free entrance at the side of the building.",
        "Taking part is free, and you do not need to register.",
        "If you have questions, call us Monday to Friday between 8 am and 4 pm.",
        "There are {n}00 places in total.",
        "The city asks everyone living nearby for their patience.",
        "An easy-read version is available at the citizens' office.",
        "The state pays most of the cost of about {n}0,000 euros.",
        "Bus routes {n} and {m} take a diversion during this time.",
    ],
    "sections": [
        "What changes?",
        "When and where?",
        "Who can take part?",
        "What do you need to do?",
        "Where can you get help?",
        "Background",
    ],
    "list": [
        "an identity card or passport",
        "proof of address",
        "your vaccination record, if you have one",
        "the booking code from the e-mail",
    ],
    "months": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "table": ("Day", "Place", "Time", "Table: dates and places"),
    "contact": "The citizens' helpline answers questions on 0211 89-{n}{m}00.",
}


def _fill(rng: random.Random, text: str, words: dict[str, object]) -> str:
    return text.format(
        n=rng.randint(2, 9),
        m=rng.randint(2, 9),
        day=rng.randint(1, 28),
        month=rng.choice(words["months"]),  # type: ignore[arg-type]
        place=rng.choice(words["places"]),  # type: ignore[arg-type]
        topic=words["_topic"],
        area=words["_area"],
    )


def notice(rng: random.Random, lang: str, index: int, *, sections: int | None = None) -> str:
    """One notice in ``lang`` (``de`` or ``en``), Markdown with front matter."""
    words: dict[str, object] = dict(_DE if lang == "de" else _EN)
    title, area = rng.choice(words["topics"])  # type: ignore[arg-type]
    words["_topic"], words["_area"] = title, area
    month = rng.randint(1, 12)
    out = [
        "---",
        f"title: {title} ({index})",
        f"lang: {lang}",
        f"date: 2026-{month:02d}-{rng.randint(1, 28):02d}",
        "authors: [Presseamt]",
        "---",
        "",
        _fill(rng, rng.choice(words["lead"]), words)  # type: ignore[arg-type]
        + " "
        + " ".join(_fill(rng, s, words) for s in rng.sample(words["sentences"], 3)),  # type: ignore[arg-type]
        "",
    ]
    names = list(words["sections"])  # type: ignore[call-overload]
    count = sections or rng.randint(3, 5)
    for n in range(count):
        heading = (
            names[n % len(names)] if sections is None else f"{names[n % len(names)]} ({n + 1})"
        )
        out += [f"## {heading}", ""]
        for _ in range(rng.randint(1, 2)):
            picked = [rng.choice(words["sentences"]) for _ in range(rng.randint(3, 5))]  # type: ignore[arg-type]
            out += [" ".join(_fill(rng, s, words) for s in picked), ""]
        if n == 1:
            out += [f"- {item}" for item in rng.sample(words["list"], 3)] + [""]  # type: ignore[arg-type]
        if n == 2 and rng.random() < 0.5:
            day, place, time, caption = words["table"]  # type: ignore[misc]
            out += [f"| {day} | {place} | {time} |", "|---|---|---|"]
            for _ in range(rng.randint(2, 5)):
                out.append(
                    f"| {rng.randint(1, 28)}.{rng.randint(1, 12)}. | {rng.choice(words['places'])} "  # type: ignore[arg-type]
                    f"| {rng.randint(8, 17)}:00 |"
                )
            out += ["", caption, ""]
    out += [_fill(rng, words["contact"], words), ""]  # type: ignore[arg-type]
    return "\n".join(out)


def generate(folder: Path, count: int, *, seed: int = 18) -> list[Path]:
    """``count`` notices in ``folder`` (two in three German), named ``notice-0001.md`` …"""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(1, count + 1):
        path = folder / f"notice-{i:04d}.md"
        path.write_text(notice(rng, "de" if i % 3 else "en", i), encoding="utf-8")
        paths.append(path)
    return paths


def long_document(folder: Path, pages: int, *, seed: int = 18) -> Path:
    """One German document of about ``pages`` printed pages (a budget plan, a report)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "haushaltsbericht.md"
    # about 330 words a printed page; a section is about 70 words
    path.write_text(notice(rng, "de", 1, sections=max(3, pages * 5)), encoding="utf-8")
    return path
