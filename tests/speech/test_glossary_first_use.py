"""A glossary abbreviation is expanded at its first use in a chapter, not every time.

WCAG technique G97 (and PDF8 for tagged PDF) expands an abbreviation where it is first
used, together with the abbreviation, so later uses are recognised. A listener cannot look
back, and may start at any chapter (the audio's ID3 chapters and the EPUB's overlays start
at headings), so pubkit does this once per chapter: the first use says the expansion — with
the abbreviation in brackets when it comes again in the chapter — and later uses are said as
written — two or three capitals letter by letter, as espeak-ng reads some of them as words
(„UBA“ → „Uba“, „AWS“ → „Afs“). Before: every use was expanded ("the National Health
Service" six times in a row).
"""

from __future__ import annotations

import pytest

import pubkit
from pubkit.writers.speech.normalize import normalize
from pubkit.writers.speech.script import script


def _spoken(lang: str, glossary: str, body: str) -> list[str]:
    doc = pubkit.read_markdown(
        f"---\ntitle: T\nlang: {lang}\nabbreviations: {{{glossary}}}\n---\n\n{body}\n"
    )
    return [s.spoken for s in script(doc)][1:]  # without the title


CASES = [
    (
        "en-GB",
        "NHS: National Health Service",
        "Call the NHS today. The NHS helpline is free.\n\n## Opening times\n\nThe NHS is open.",
        [
            "Call the National Health Service (N H S) today.",
            "The N H S helpline is free.",
            "Opening times",
            "The National Health Service is open.",  # a new chapter; used once there
        ],
    ),
    (
        "en-GB",
        "GP: general practitioner",
        "Ask your GP.",
        ["Ask your general practitioner."],  # used once: no bracket
    ),
    (
        "en-GB",
        "NHS: National Health Service",
        "The National Health Service (NHS) helps. Call the NHS on 111.",
        [
            "The National Health Service (N H S) helps.",  # the writer's own introduction
            "Call the N H S on one one one.",
        ],
    ),
    (
        "de",
        "DWD: Deutscher Wetterdienst",
        "Der DWD warnt. Laut DWD wird es heiß. Die Warnungen des DWD gelten.",
        [
            "Der Deutsche Wetterdienst (D W D) warnt.",  # in agreement, then introduced
            "Laut D W D wird es heiß.",
            "Die Warnungen des D W D gelten.",
        ],
    ),
    (
        "de",
        "STIKO: Ständige Impfkommission",
        "Die Ständige Impfkommission (STIKO) rät. Die STIKO prüft.\n\n## Termine\n\n"
        "Fragen Sie die STIKO.",
        [
            "Die Ständige Impfkommission (STIKO) rät.",
            "Die STIKO prüft.",
            "Termine",
            "Fragen Sie die Ständige Impfkommission.",
        ],
    ),
    (
        "de",
        "STIKO: Ständige Impfkommission",
        "Die Ständige Impfkommission (STIKO) rät zur Impfung.",
        ["Die Ständige Impfkommission rät zur Impfung."],  # not used again: said once
    ),
    (
        "de",
        "UBA: Umweltbundesamt",
        "Das UBA misst. Dem UBA zufolge sinkt der Wert.",
        ["Das Umweltbundesamt (U B A) misst.", "Dem U B A zufolge sinkt der Wert."],
    ),
    (
        "de",
        "OB: Oberbürgermeister",
        "OB Keller dankt. Der OB lädt ein.",
        # a built-in reading: „O B“ would be heard as „ob“, so it is said in full each time
        ["Oberbürgermeister Keller dankt.", "Der Oberbürgermeister lädt ein."],
    ),
]


@pytest.mark.parametrize(("lang", "glossary", "body", "spoken"), CASES)
def test_glossary_is_expanded_at_the_first_use_in_a_chapter(
    lang: str, glossary: str, body: str, spoken: list[str]
) -> None:
    assert _spoken(lang, glossary, body) == spoken


@pytest.mark.parametrize(
    ("lang", "text", "spoken"),
    [
        ("en", "The NHS and the NHS.", "The National Health Service (N H S) and the N H S."),
        ("de", "Der DWD und der DWD.", "Der Deutsche Wetterdienst (D W D) und der D W D."),
    ],
)
def test_a_second_use_in_one_text_is_said_as_written(lang: str, text: str, spoken: str) -> None:
    glossary = {"NHS": "National Health Service", "DWD": "Deutscher Wetterdienst"}
    assert normalize(text, lang, glossary=glossary) == spoken
    # told that it was said before (an earlier sentence of the chapter): as written
    again = normalize(text, lang, glossary=glossary, introduced={"NHS", "DWD"})
    assert again == text.replace("NHS", "N H S").replace("DWD", "D W D")
