"""Readings found wrong by listening (speech9), fixed as methods, German first, English second.

Every row is a sentence of our own, in the style of a city notice, with the spoken form
written by hand; the comment above a table says what pubkit said before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pubkit.readers import read
from pubkit.writers.speech import script
from pubkit.writers.speech.normalize import address_names, normalize

# 2. Before: „Parkstr. zwanzig“, „Hauptstr.“: a street abbreviation glued to the name.
DE_STREETS = [
    ("Das Büro ist in der Parkstr. 20 im Erdgeschoss.", "Das Büro ist in der Parkstraße zwanzig im Erdgeschoss."),
    ("Gesperrt ist die Lindenstr. ab Montag.", "Gesperrt ist die Lindenstraße ab Montag."),
    ("Die Baustelle liegt in der Hauptstr.", "Die Baustelle liegt in der Hauptstraße."),
    ("Anmeldung: Bahnhofstr. 3a, Raum 4", "Anmeldung: Bahnhofstraße drei a, Raum vier"),
    ("Treffpunkt: Konrad-Adenauer-Str. 1", "Treffpunkt: Konrad-Adenauer-Straße eins"),
]  # fmt: skip

# 3. Before: „die eins eins null-kV-Leitung“ (the police number and the letters), „zwanzig kV“.
DE_KILOVOLT = [
    ("Die 110-kV-Leitung wird im Mai erneuert.", "Die hundertzehn-Kilovolt-Leitung wird im Mai erneuert."),
    ("Die Spannung beträgt 20 kV.", "Die Spannung beträgt zwanzig Kilovolt."),
    ("Eine 380-kV-Trasse ist geplant.", "Eine dreihundertachtzig-Kilovolt-Trasse ist geplant."),
    ("Die 1-kW-Anlage steht auf dem Dach.", "Die ein-Kilowatt-Anlage steht auf dem Dach."),
    ("Die 10-Euro-Karte gilt weiter.", "Die zehn-Euro-Karte gilt weiter."),
]  # fmt: skip
EN_KILOVOLT = [
    ("The 110-kV line will be moved.", "The one hundred and ten kilovolt line will be moved."),
    ("The cable carries 20 kV.", "The cable carries twenty kilovolts."),
    ("A 5-km route is signed.", "A five kilometre route is signed."),
]  # fmt: skip

# 6. Before: „zweitausendvierundzwanzig auf fünfundzwanzig“: a school, financial or sports
# year is said „bis“, as the English reading says "to"; only the turn of the year is „auf“.
DE_YEARS = [
    ("Im Schuljahr 2024/25 gibt es neue Kurse.", "Im Schuljahr zweitausendvierundzwanzig bis fünfundzwanzig gibt es neue Kurse."),
    ("Der Haushalt 2025/2026 ist beschlossen.", "Der Haushalt zweitausendfünfundzwanzig bis zweitausendsechsundzwanzig ist beschlossen."),
    ("In der Silvesternacht 2024/25 gilt ein Verbot.", "In der Silvesternacht zweitausendvierundzwanzig auf fünfundzwanzig gilt ein Verbot."),
]  # fmt: skip
EN_YEARS = [
    ("The 2024/25 school year starts soon.", "The twenty twenty-four to twenty-five school year starts soon."),
    ("Our budget for 2025/26 is set.", "Our budget for twenty twenty-five to twenty-six is set."),
]  # fmt: skip

# 4. Before: "the one hundred and fifty pounds energy rebate", "the two hundred euros
# grant": an amount between a determiner and its noun is singular (British usage).
EN_MONEY_MODIFIERS = [
    ("Apply for the £150 energy rebate now.", "Apply for the one hundred and fifty pound energy rebate now."),
    ("A £150 rebate is paid in May.", "A hundred and fifty pound rebate is paid in May."),
    ("There is a $50 fee for late returns.", "There is a fifty-dollar fee for late returns."),
    ("The €200 grant is open to all.", "The two-hundred-euro grant is open to all."),
    ("Each £40 voucher is valid for a year.", "Each forty-pound voucher is valid for a year."),
    # not a modifier: the amount is the subject, the object or a price
    ("The ticket costs £150.", "The ticket costs one hundred and fifty pounds."),
    ("The £150 is paid in April.", "The one hundred and fifty pounds is paid in April."),
    ("The £150 paid in April helps.", "The one hundred and fifty pounds paid in April helps."),
    ("Households get £150 each.", "Households get one hundred and fifty pounds each."),
    ("a £2.50 fee", "a two pounds and fifty pence fee"),
]  # fmt: skip

# 5. Before: "Co. Offaly" (letters and a sentence end): an Irish or British county.
EN_COUNTIES = [
    ("The office in Tullamore, Co. Offaly, is closed.", "The office in Tullamore, County Offaly, is closed."),
    ("Roadworks in Co. Durham and Co. Kerry.", "Roadworks in County Durham and County Kerry."),
    ("The works are done by Smith & Co. this year.", "The works are done by Smith and Co. this year."),
    ("Smith & Co. Builders will build it.", "Smith and Co. Builders will build it."),
    ("Built by Jones Co. Ltd in 2020.", "Built by Jones Co. Ltd in twenty twenty."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "written", "spoken"),
    [("de", w, s) for w, s in DE_STREETS + DE_KILOVOLT + DE_YEARS]
    + [("en", w, s) for w, s in EN_KILOVOLT + EN_YEARS + EN_MONEY_MODIFIERS + EN_COUNTIES],
)
def test_reading(lang: str, written: str, spoken: str) -> None:
    assert normalize(written, lang) == spoken


# 1. Before: "nine point zero zero to one point zero zero", "nine point three zero to four
# point three zero": dotted times without am/pm in a range, beside opening words or weekdays.
EN_DOTTED_TIMES = [
    ("The library is open 9.00–1.00 on Saturdays.", "The library is open nine o'clock to one o'clock on Saturdays."),
    ("Opening hours: Monday to Friday 9.30–4.30", "Opening hours: Monday to Friday nine thirty to four thirty"),
    ("Drop-in sessions 10.15 - 11.45 in the hall.", "Drop-in sessions ten fifteen to eleven forty-five in the hall."),
    ("Join us at 10.00 in the hall.", "Join us at ten o'clock in the hall."),
    ("The shop opens 8.30 on Sundays.", "The shop opens eight thirty on Sundays."),
    ("Tue 9.20 to 12.40 and Thu 1.10 to 3.50", "Tuesday nine twenty to twelve forty and Thursday one ten to three fifty"),
    ("Surgeries: 9.00, 11.00 and 2.00 on Mondays.", "Surgeries: nine o'clock, eleven o'clock and two o'clock on Mondays."),
    ("Buses leave 7.10, 7.40 or 8.10 daily.", "Buses leave seven ten, seven forty or eight ten daily."),
    # real decimals stay decimals
    ("Readings were 1.23, 4.56 and 7.89 in the test.", "Readings were one point two three, four point five six and seven point eight nine in the test."),
    ("Values of 1.15 and 2.30 per cent were seen.", "Values of one point one five and two point three zero per cent were seen."),
    ("The route is 2.5 km long and costs £1.50.", "The route is two point five kilometres long and costs one pound and fifty pence."),
    ("Prices rose by 1.25–1.50 per cent.", "Prices rose by one point two five to one point five zero per cent."),
    ("Version 3.10–3.12 is supported.", "Version three point one zero to three point one two is supported."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), EN_DOTTED_TIMES)
def test_english_dotted_times(written: str, spoken: str) -> None:
    assert normalize(written, "en") == spoken


# 8. Before: „bürgerbüro ät …“ in one address, „stadtbu-erger-bu-ero“ in the next: an
# address part holding a word the document writes with its umlaut is said with it.
def test_umlauts_inside_a_longer_address_part() -> None:
    names = address_names("Das Bürgerbüro hilft. Die Straße ist gesperrt.")
    said = [
        normalize(a, "de", names=names)
        for a in [
            "Mail an buergerbuero@stadt.de",
            "Mail an stadtbuergerbuero@stadt.de",
            "Mail an buergerbueros@stadt.de",
            "Siehe www.stadt.de/strassenbau",
            "Mail an aktuell@stadt.de",  # no umlaut in the document's words: as written
        ]
    ]
    assert said == [
        "Mail an bürgerbüro ät stadt Punkt de",
        "Mail an stadtbürgerbüro ät stadt Punkt de",
        "Mail an bürgerbüros ät stadt Punkt de",
        "Siehe weh weh weh Punkt stadt Punkt de Schrägstrich straßenbau",
        "Mail an aktuell ät stadt Punkt de",
    ]


def test_umlauts_of_an_inflected_word_in_an_address() -> None:
    names = address_names("Die Öffnungszeiten des Bürgerbüros ändern sich.")
    assert normalize("Mail an buergerbuero@stadt.de", "de", names=names) == (
        "Mail an bürgerbüro ät stadt Punkt de"
    )


# 7. An address block's lines (LineBreak, kept by the reader) are each a unit: a pause at
# every break, so the house number does not run into the postcode.
ADDRESS_BLOCKS = [
    (
        "de",
        "Bürgerbüro\nMarktplatz 1\n12345 Beispielstadt\nTelefon: 01234 56789",
        "Bürgerbüro, Marktplatz eins, eins zwei drei vier fünf Beispielstadt, Telefon: "
        "null eins zwei drei vier, fünf sechs sieben acht neun",
    ),
    (
        "en",
        "Riverside Library\n4 Main Street\nRiverside RV1 2AB\nPhone: 01234 567890",
        "Riverside Library, four Main Street, Riverside R V one, two A B, Phone: "
        "zero one two three four, five six seven eight nine zero",
    ),
]


def _notice(tmp_path: Path, lang: str, body: str, *, kicker: str = "", publisher: str = "") -> str:
    path = tmp_path / f"notice-{lang}.md"
    front = f"---\ntitle: Neu\nlang: {lang}\n" + (f"publisher: {publisher}\n" if publisher else "")
    path.write_text(
        front + "---\n\n" + (f"{kicker}\n\n" if kicker else "") + "# Neu\n\n" + body + "\n",
        encoding="utf-8",
    )
    return str(path)


@pytest.mark.parametrize(("lang", "block", "spoken"), ADDRESS_BLOCKS)
def test_address_block_lines_are_said_as_units(
    tmp_path: Path, lang: str, block: str, spoken: str
) -> None:
    document = read(_notice(tmp_path, lang, "Text.\n\n" + block))
    said = [s.spoken for s in script(document)]
    assert said[-1] == spoken


# 9. Before: the kicker „Pressemitteilung der Stadt Beispiel“ was not spoken: a kicker that
# names the sender is said before the title; one naming only the kind of notice is said with
# the publisher; a topic kicker stays on the page.
@pytest.mark.parametrize(
    ("lang", "kicker", "publisher", "said"),
    [
        ("de", "Pressemitteilung der Stadt Beispiel", "Stadt Beispiel", "Pressemitteilung der Stadt Beispiel"),
        ("de", "Stadt Beispiel informiert", "Stadt Beispiel", "Stadt Beispiel informiert"),
        ("de", "Pressemitteilung", "Stadt Beispiel", "Pressemitteilung, Stadt Beispiel"),
        ("de", "Stadtnachricht", "Stadt Beispiel", "Stadtnachricht, Stadt Beispiel"),
        ("de", "Gesundheit", "Stadt Beispiel", None),
        ("de", "Corona-Warnstufe Rot", "Stadt Beispiel", None),
        ("en", "News from Riverside District Council", "Riverside District Council", "News from Riverside District Council"),
        ("en", "Press release", "Riverside District Council", "Press release, Riverside District Council"),
        ("en", "Roadworks", "Riverside District Council", None),
    ],
)  # fmt: skip
def test_a_kicker_naming_the_sender_is_said_first(
    tmp_path: Path, lang: str, kicker: str, publisher: str, said: str | None
) -> None:
    document = read(_notice(tmp_path, lang, "Text.", kicker=kicker, publisher=publisher))
    assert document.metadata.kicker == kicker
    sentences = script(document)
    if said is None:
        assert sentences[0].text == "Neu"
        return
    assert (sentences[0].text, sentences[0].spoken) == (kicker, said)
    assert sentences[1].text == "Neu"
    assert sentences[1].chapter == "Neu"


def test_the_spoken_kicker_is_marked_on_the_kicker_line() -> None:
    """The narrated EPUB highlights the kicker where it is printed, and the title on the h1."""
    from lxml import etree

    from pubkit.renderers.epub_overlay import Spoken, mark_sentences

    page = (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">'
        '<head><title>t</title></head><body><main id="main">'
        '<p class="kicker">Pressemitteilung der Stadt Beispiel</p><h1>Neu</h1><p>Text.</p>'
        "</main></body></html>"
    )
    spoken = [
        Spoken(id="b1-1", text="Pressemitteilung der Stadt Beispiel", kind="kicker", block=None),
        Spoken(id="b2-1", text="Neu", kind="title", block=None),
        Spoken(id="b3-1", text="Text.", kind="paragraph", block=0),
    ]
    out, marks = mark_sentences(page, spoken, blocks=1, where="t")
    root = etree.fromstring(out.split("\n", 2)[2].encode())
    marked = {i: "".join(root.xpath("//*[@id=$i]", i=i)[0].itertext()) for i in ("b1-1", "b2-1")}
    assert marked == {"b1-1": "Pressemitteilung der Stadt Beispiel", "b2-1": "Neu"}
    assert [m.exact for m in marks] == [True, True, True]


@pytest.mark.parametrize(
    ("lang", "written", "spoken"),
    [
        # a breadcrumb or kicker with bars (now that a kicker naming the sender is spoken)
        ("de", "Rathaus aktuell | Verkehr", "Rathaus aktuell, Verkehr"),
        ("en", "News | Roads and travel", "News, Roads and travel"),
        # a range of whole weekday names with a dash
        ("en", "Open Monday–Friday.", "Open Monday to Friday."),
        ("de", "Geöffnet Dienstag–Donnerstag.", "Geöffnet Dienstag bis Donnerstag."),
    ],
)
def test_bars_and_whole_weekday_ranges(lang: str, written: str, spoken: str) -> None:
    assert normalize(written, lang) == spoken
