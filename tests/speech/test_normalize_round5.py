"""Readings found wrong by reading the spoken-text listing of corpus notices in full against
the written text (issue 13, fifth round).

Every row is a sentence of our own with the spoken form written by hand; the comment above a
table says what pubkit said before.
"""

from __future__ import annotations

import pytest

import pubkit
from pubkit.writers.speech import script
from pubkit.writers.speech.grammar import noun_gender
from pubkit.writers.speech.normalize import normalize
from pubkit.writers.speech.tables import ANGLICISMS, FRENCH_DE

# Before: „Dauer: eins Tag“, „nach eins Woche“. A lone 1 before a noun is the indefinite
# article, in the noun's gender and in the case the word before it calls for.
DE_ONE_BEFORE_A_NOUN = [
    ("Dauer: 1 Tag, dazu kommt der Postweg.", "Dauer: ein Tag, dazu kommt der Postweg."),
    ("Es dauert 1 Woche.", "Es dauert eine Woche."),
    ("Pro Haushalt darf 1 Person kommen.", "Pro Haushalt darf eine Person kommen."),
    ("Treffen mit 1 Person aus einem anderen Haushalt", "Treffen mit einer Person aus einem anderen Haushalt"),
    ("Der Bescheid kommt nach 1 Woche.", "Der Bescheid kommt nach einer Woche."),
    ("Die Regel gilt seit 1 Jahr.", "Die Regel gilt seit einem Jahr."),
    ("Sie brauchen 1 Termin.", "Sie brauchen einen Termin."),
    ("Der Parkschein gilt für 1 Stunde.", "Der Parkschein gilt für eine Stunde."),
    ("Kinder ab 1 Jahr", "Kinder ab einem Jahr"),
    ("1 Kind pro Erwachsenem", "ein Kind pro Erwachsenem"),
    ("Nur 1 Haushalt darf kommen.", "Nur ein Haushalt darf kommen."),
    ("Höchstens 1 Begleitperson ist erlaubt.", "Höchstens eine Begleitperson ist erlaubt."),
    ("Im Jahr 2021 gab es 1 Fall.", "Im Jahr zweitausendeinundzwanzig gab es einen Fall."),
    ("Es gibt 1 Million Euro.", "Es gibt eine Million Euro."),
    ("Die Antwort kommt innerhalb von 1 Tag.", "Die Antwort kommt innerhalb von einem Tag."),
    ("Die Frist beträgt bis zu 1 Jahr.", "Die Frist beträgt bis zu einem Jahr."),
    ("Geöffnet an 1 Wochenende im Monat", "Geöffnet an einem Wochenende im Monat"),
    ("Jeder Haushalt bekommt 1 Gutschein.", "Jeder Haushalt bekommt einen Gutschein."),
    # an abbreviation's plural expansion after the 1: was „einen Millionen“, „eins Millionen“
    ("Es gab 1 Mio. Euro.", "Es gab eine Million Euro."),
    ("Parken für 1 Std. frei", "Parken für eine Stunde frei"),
    # a range from one: „ein bis zwei Tage“ (was „eins bis zwei“)
    ("Es dauert 1 bis 2 Wochen.", "Es dauert ein bis zwei Wochen."),
    ("1 oder 2 Personen", "ein oder zwei Personen"),
]  # fmt: skip

# A 1 that labels something, or that a non-noun follows, stays „eins“.
DE_ONE_AS_A_NUMBER = [
    ("Abfahrt von Gleis 1 Richtung Köln", "Abfahrt von Gleis eins Richtung Köln"),
    ("nach Abschnitt 1 Satz 2", "nach Abschnitt eins Satz zwei"),
    ("Seite 1 von 3", "Seite eins von drei"),
    ("im Verhältnis 1 zu 3", "im Verhältnis eins zu drei"),
    ("Stufe 1 gilt ab heute.", "Stufe eins gilt ab heute."),
    ("Punkt 1: Melden Sie sich an.", "Punkt eins: Melden Sie sich an."),
    ("Haus 1 Eingang B", "Haus eins Eingang B"),
    ("um 1 Uhr", "um ein Uhr"),
    ("Zimmer 1 im Erdgeschoss", "Zimmer eins im Erdgeschoss"),
    ("Lesen Sie Seite 1 bis 3 genau.", "Lesen Sie Seite eins bis drei genau."),
]


@pytest.mark.parametrize(("written", "spoken"), DE_ONE_BEFORE_A_NOUN + DE_ONE_AS_A_NUMBER)
def test_german_one_before_a_noun_is_an_article(written: str, spoken: str) -> None:
    assert normalize(written, "de") == spoken


@pytest.mark.parametrize(
    ("noun", "gender"),
    [("Begleitperson", "f"), ("Wochenende", "n"), ("Haushalt", "m"), ("Impfung", "f"),
     ("Spende", "f"), ("Urkunde", "f"), ("Antwort", "f"), ("Testzentrum", "n"),
     ("Formular", "n"), ("Schnelltest", "m"), ("Polizei", "f"), ("Mädchen", "n")],
)  # fmt: skip
def test_german_noun_gender(noun: str, gender: str) -> None:
    assert noun_gender(noun) == gender


# Before: „den P I N-Brief“ (a PIN abbreviation spelled as the first part of a compound) or,
# without the document's abbreviation, espeak-ng's „Pien“. Germans say „Pinn“; TAN is a word.
DE_WORDS_IN_CAPITALS = [
    ("Geben Sie Ihre PIN ein.", "Geben Sie Ihre [[p'In]] ein."),
    ("Der PIN-Brief kommt mit der Post.", "Der [[p'In]]-Brief kommt mit der Post."),
    ("Die TAN kommt per SMS.", "Die TAN kommt per S M S."),
]


@pytest.mark.parametrize(("written", "spoken"), DE_WORDS_IN_CAPITALS)
def test_german_capitals_said_as_words(written: str, spoken: str) -> None:
    assert normalize(written, "de") == spoken


def test_a_defined_abbreviation_said_as_a_word_is_not_spelled_in_a_compound() -> None:
    document = pubkit.read_markdown(
        "---\ntitle: T\nlang: de\n---\n\n"
        "Erst mit dem PIN-Brief ist der Ausweis fertig. Der RKI-Bericht kommt später.\n\n"
        "*[PIN]: persönliche Identifikationsnummer\n*[RKI]: Robert Koch-Institut\n"
    )
    spoken = " ".join(s.spoken for s in script(document))
    assert "[[p'In]]-Brief" in spoken
    assert "R K I-Bericht" in spoken  # an initialism still is spelled


# Before: „Tasck Forke“, „E-Gowernment“ (the German voice's own reading of English words).
DE_ENGLISH_WORDS = [
    ("Sitzung der regionalen Task Force", "Sitzung der regionalen [[t'a:sk f'O:s]]"),
    ("Die Taskforce tagt.", "Die [[t'a:skfO:s]] tagt."),
    ("nach dem E-Government-Gesetz", "nach dem [['i:g,av3nm@nt]]-Gesetz"),
    ("Kurse per E-Learning", "Kurse per [['i:l,Y:nIN]]"),
    ("Das nötige Know-how fehlt.", "Das nötige [[n'o:h,aU]] fehlt."),
    ("Zwei Foodtrucks stehen am Markt.", "Zwei [[f'u:ttraks]] stehen am Markt."),
]


@pytest.mark.parametrize(("written", "spoken"), DE_ENGLISH_WORDS)
def test_german_english_words_with_english_sounds(written: str, spoken: str) -> None:
    assert normalize(written, "de") == spoken


# Before: „gemeinde ät muehlhausen Bindestrich ehingen“ (espeak-ng: „Mu-ehlhausen“). An
# address spells umlauts out; where the document writes the word with its umlaut (its text,
# publisher or authors), the address is said so. Words it does not write stay as they are.
DE_ADDRESS_UMLAUTS = [
    ("Gemeinde Mühlhausen-Ehingen", "Schreiben Sie an gemeinde@muehlhausen-ehingen.de.",
     "Schreiben Sie an gemeinde ät mühlhausen Bindestrich ehingen Punkt de."),
    ("Stadt Würzburg", "Fragen an kita-gebuehren@stadt.wuerzburg.de, Stichwort Gebühren.",
     "Fragen an kita Bindestrich gebühren ät stadt Punkt würzburg Punkt de, Stichwort Gebühren."),
    ("Stadt Mönchengladbach", "Alles Aktuelle auf www.moenchengladbach.de/aktuelles.",
     "Alles Aktuelle auf weh weh weh Punkt mönchengladbach Punkt de Schrägstrich aktuelles."),
    ("Stadt Musterstadt", "Mail an buergerbuero@musterstadt.de.",
     "Mail an buergerbuero ät musterstadt Punkt de."),  # „Bürgerbüro“ is not in the notice
]  # fmt: skip


@pytest.mark.parametrize(("publisher", "written", "spoken"), DE_ADDRESS_UMLAUTS)
def test_german_addresses_say_the_documents_umlauts(
    publisher: str, written: str, spoken: str
) -> None:
    document = pubkit.read_markdown(
        f"---\ntitle: Hinweis\nlang: de\npublisher: {publisher}\n---\n\n{written}\n"
    )
    assert [s.spoken for s in script(document)][-1] == spoken


# Before: „Engahgement“ (a hard g), „Etahge“, „Jurie“: French words read by German rules.
DE_FRENCH_WORDS = [
    ("Danke für Ihr Engagement!", "Danke für Ihr [[A~gaZ@m'A~]]!"),
    ("Die Jury hat entschieden.", "Die [[Z'y:Ri:]] hat entschieden."),
    ("Die Tiefgarage ist gesperrt.", "Die [[t'i:fgaR,A:Z@]] ist gesperrt."),
    # the ordinal still sees the German noun: the French sounds come last
    ("Das Büro ist in der 3. Etage.", "Das Büro ist in der dritten [[e:t'A:Z@]]."),
]

# Before: „in der dritte Etage“ (a nominative after a preposition), „Das zwei. Update“ (an
# English word said already was no noun for the ordinal).
DE_ORDINALS_AFTER_DER = [
    ("Ab der 3. Woche gilt die Regel.", "Ab der dritten Woche gilt die Regel."),
    ("Die Gewinner der 2. Runde stehen fest.", "Die Gewinner der zweiten Runde stehen fest."),
    ("Der 3. Platz geht an Köln.", "Der dritte Platz geht an Köln."),
    ("Er ist der 1. Preisträger.", "Er ist der erste Preisträger."),
    ("Das 2. Update kommt morgen.", "Das zweite [['apdeIt]] kommt morgen."),
]

# Before: „de/[['OnlaIn]]“: the lexicon's phonemes inside an address ended it (the slash was
# not said). An address's words are said by the address reader.
DE_ADDRESSES_KEEP_THEIR_WORDS = [
    ("Infos unter www.stadt.de/online.", "Infos unter weh weh weh Punkt stadt Punkt de Schrägstrich online."),
    ("Mail an team@stadt.de oder online.", "Mail an team ät stadt Punkt de oder [['OnlaIn]]."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("written", "spoken"),
    DE_FRENCH_WORDS + DE_ORDINALS_AFTER_DER + DE_ADDRESSES_KEEP_THEIR_WORDS,
)
def test_german_french_words_ordinals_and_addresses(written: str, spoken: str) -> None:
    assert normalize(written, "de") == spoken


# Before: „um sieben.30“ (a time without „Uhr“), „Hausnr.“ unexpanded, „am zweiten und
# dritter Oktober“, „die zweite und drei. Klasse“, „sein erster und zweiter Stadtfest“.
DE_TIMES_DATES_ORDINALS = [
    ("Treffpunkt um 7.30 am Rathaus.", "Treffpunkt um sieben Uhr dreißig am Rathaus."),
    ("Einlass ab 18:30, Beginn um 19.00.", "Einlass ab achtzehn Uhr dreißig, Beginn um neunzehn Uhr."),
    ("Geöffnet bis 12.45.", "Geöffnet bis zwölf Uhr fünfundvierzig."),
    ("Start gegen 9.15 im Park", "Start gegen neun Uhr fünfzehn im Park"),
    ("Hausnr. 12", "Hausnummer zwölf"),
    ("Am 2. und 3. Oktober ist geschlossen.", "Am zweiten und dritten Oktober ist geschlossen."),
    ("am 2. oder 3. Mai", "am zweiten oder dritten Mai"),
    ("Die 2. und 3. Klasse turnt.", "Die zweite und dritte Klasse turnt."),
    ("Zur 1. und 2. Impfung", "Zur ersten und zweiten Impfung"),
    ("sein 1. und 2. Stadtfest", "sein erstes und zweites Stadtfest"),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), DE_TIMES_DATES_ORDINALS)
def test_german_times_dates_and_ordinals_in_pairs(written: str, spoken: str) -> None:
    assert normalize(written, "de") == spoken


# Before: „Wir suchen [[vOl@nt'i:dreis]]“: a digit in a phoneme entry was said as a number.
@pytest.mark.parametrize("word", [*ANGLICISMS, *FRENCH_DE])
def test_every_built_in_pronunciation_reaches_the_engine_unchanged(word: str) -> None:
    phonemes = {**ANGLICISMS, **FRENCH_DE}[word]
    assert phonemes in normalize(f"Heute {word} hier.", "de")


# Before: „drei x täglich“ (the letter x), „drei x vier Metern“.
DE_TIMES = [
    ("Bitte 3 x täglich einnehmen.", "Bitte dreimal täglich einnehmen."),
    ("Die Abfuhr kommt 1 x im Monat.", "Die Abfuhr kommt einmal im Monat."),
    ("Training 2x pro Woche", "Training zweimal pro Woche"),
    ("Ein Raum von 3 x 4 Metern", "Ein Raum von drei mal vier Metern"),
    ("Format 21x29,7 cm", "Format einundzwanzig mal neunundzwanzig Komma sieben Zentimeter"),
]

# Before: „Sohkiahl Distanking“, „Wahts App“, „Schuttle-Bus“: English words in German text.
DE_MORE_ENGLISH_WORDS = [
    ("Bitte Social Distancing beachten.", "Bitte [[s'o:S@l d'IstEnsIN]] beachten."),
    ("Anmeldung per WhatsApp", "Anmeldung per [[v'OtsEp]]"),
    ("Der Shuttlebus fährt stündlich.", "Der [[S'at@lbUs]] fährt stündlich."),
    ("Wir suchen Volunteers.", "Wir suchen [[vOl@nt'i:@s]]."),
]


@pytest.mark.parametrize(("written", "spoken"), DE_TIMES + DE_MORE_ENGLISH_WORDS)
def test_german_times_signs_and_more_english_words(written: str, spoken: str) -> None:
    assert normalize(written, "de") == spoken
