"""Readings found wrong by listening (speech9), fixed as methods, German first, English second.

Every row is a sentence of our own, in the style of a city notice, with the spoken form
written by hand; the comment above a table says what pubkit said before.
"""

from __future__ import annotations

import pytest

from pubkit.writers.speech.normalize import normalize

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
