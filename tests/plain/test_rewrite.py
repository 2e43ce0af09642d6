"""Each safe rewrite rule, one sentence each."""

from __future__ import annotations

import pytest

from pubkit.plain.rewrite import actor_deeds, simplify_sentence, simplify_sentence_roles


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # parentheses
        ("Herr Hintzsche (l.) dankt dem Amt.", ["Herr Hintzsche dankt dem Amt."]),
        # relative clause, closing comma
        (
            "Die Nachbarschaftshilfe, die vom Amt organisiert wurde, ist ein Vorbild.",
            ["Die Nachbarschaftshilfe ist ein Vorbild."],
        ),
        # relative clause at the end, after a preposition
        (
            "Es gibt Plattformen, über die die Hilfe organisiert wurde.",
            ["Es gibt Plattformen."],
        ),
        # purpose clause
        ("Sie brauchten Hilfe, um den Alltag zu meistern.", ["Sie brauchten Hilfe."]),
        # fillers, also "X und Y" of fillers
        (
            "Das gilt übrigens wirklich für die Stadt.",
            ["Das gilt für die Stadt."],
        ),
        (
            "Das Institut bedankt sich direkt und persönlich bei allen.",
            ["Das Institut bedankt sich bei allen."],
        ),
        # abbreviations and ranges
        (
            "Eingang Nr. 2 ist Mo–Fr 8–20 Uhr offen.",
            ["Eingang Nummer 2 ist Montag bis Freitag 8 bis 20 Uhr offen."],
        ),
        ("Bringen Sie z. B. den Pass mit.", ["Bringen Sie zum Beispiel den Pass mit."]),
        # examples after a comma
        (
            "Der Test ist kostenlos, z. B. in vielen Apotheken.",
            ["Der Test ist kostenlos."],
        ),
        # plainer words
        ("Sie erhalten in Kürze eine E-Mail.", ["Sie bekommen bald eine E-Mail."]),
        # coordination with its own subject, and an imperative
        (
            "Das Zentrum ist offen, und Sie können ohne Termin kommen.",
            ["Das Zentrum ist offen.", "Sie können ohne Termin kommen."],
        ),
        (
            "Bitte tragen Sie eine Maske und halten Sie Abstand.",
            ["Bitte tragen Sie eine Maske.", "Halten Sie Abstand."],
        ),
        # a colon after a main clause
        (
            "Sie buchen beim Servicetelefon: Telefon 0211 89-96090.",
            ["Sie buchen beim Servicetelefon.", "Telefon 0211 89-96090."],
        ),
        # a second verb for the same subject: the subject is said again (one statement each)
        (
            "Die Zahl steht für viele und zeigt das Engagement.",
            ["Die Zahl steht für viele.", "Die Zahl zeigt das Engagement."],
        ),
        # not when what follows "und" is too short to stand alone
        (
            "Die Stadt prüft und entscheidet schnell.",
            ["Die Stadt prüft und entscheidet schnell."],
        ),
    ],
)
def test_german_rules(sentence: str, expected: list[str]) -> None:
    assert simplify_sentence(sentence, "de") == expected


def test_adverbial_phrase_dropped_only_when_too_long() -> None:
    sentence = (
        "Das Amt für Soziales der Landeshauptstadt Düsseldorf hat für das herausragende "
        "Engagement in der Corona-Krise die Auszeichnung „Helden in der Krise“ erhalten."
    )
    # The "für …" phrase is the reason for the award: it comes back as a sentence of its own.
    # "Landeshauptstadt" is the plain-word lexicon's "Stadt".
    assert simplify_sentence_roles(sentence, "de") == [
        (
            "Das Amt für Soziales der Stadt Düsseldorf hat die Auszeichnung "
            "„Helden in der Krise“ bekommen.",
            "",
        ),
        ("Die Auszeichnung ist für das Engagement in der Corona-Krise.", "why"),
    ]
    assert simplify_sentence(sentence, "de", limit=30) == [
        "Das Amt für Soziales der Stadt Düsseldorf hat für das Engagement in der "
        "Corona-Krise die Auszeichnung „Helden in der Krise“ bekommen."
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # masculine object: the accusative article becomes nominative, the adjective goes
        (
            "Die Schule hat für das Engagement in der Krise den großen Preis bekommen.",
            [
                "Die Schule hat den großen Preis bekommen.",
                "Der Preis ist für das Engagement in der Krise.",
            ],
        ),
        # a plural object: no reason sentence ("ist" would be wrong)
        (
            "Die Schule hat für das Engagement in der Krise die großen Preise bekommen.",
            ["Die Schule hat die großen Preise bekommen."],
        ),
        # not about receiving: the phrase is only dropped
        (
            "Das Amt für Soziales der Landeshauptstadt Düsseldorf hat für das Engagement in der "
            "Corona-Krise die Nachbarschaftshilfe in allen Stadtteilen organisiert.",
            [
                "Das Amt für Soziales der Stadt Düsseldorf hat die "
                "Nachbarschaftshilfe in allen Stadtteilen organisiert."
            ],
        ),
    ],
)
def test_reason_kept_as_a_sentence(sentence: str, expected: list[str]) -> None:
    assert simplify_sentence(sentence, "de", limit=8) == expected


def test_giver_first_and_sponsor_list_cut() -> None:
    sentence = (
        "Mit dieser Auszeichnung bedankten sich das Institut, Hansgrohe, Beekeeper und die "
        "Tochter news aktuell für die außerordentliche Hilfe, die das Amt geleistet hat."
    )
    assert simplify_sentence_roles(sentence, "de") == [
        ("Das Institut hat sich mit dieser Auszeichnung für die Hilfe bedankt.", "who")
    ]
    present = "Mit der Auszeichnung bedankt sich das Institut und seine Partner bei allen."
    assert simplify_sentence(present, "de") == [
        "Das Institut bedankt sich mit der Auszeichnung bei allen."
    ]
    # A giver with a genitive attribute is not understood: left as it was, but for the
    # genitive itself ("von der Zeitung", as easy texts write it).
    genitive = "Mit der Auszeichnung bedankt sich das Institut der Zeitung bei allen."
    assert simplify_sentence(genitive, "de") == [
        genitive.replace(" der Zeitung", " von der Zeitung")
    ]
    # The giver already comes first: nothing to do.
    assert simplify_sentence("Das Institut bedankt sich bei allen.", "de") == [
        "Das Institut bedankt sich bei allen."
    ]


def test_phrases_with_numbers_stay() -> None:
    sentence = "Die Stadt hat am 3. März in der großen Halle am Markt ein neues Zentrum mit vielen Plätzen eröffnet."
    assert "3. März" in simplify_sentence(sentence, "de", limit=8)[0]


def test_english() -> None:
    # Parentheses go, "e.g." is written out, and the example after the comma goes too.
    assert simplify_sentence("Bring your passport (if you have one), e.g. your ID card.", "en") == [
        "Bring your passport."
    ]
    assert simplify_sentence("Open 9–17, i.e. all day.", "en") == ["Open 9 to 17, that is all day."]


def test_actor_deeds_from_a_passive_relative_clause() -> None:
    actor = "Das Amt für Soziales der Landeshauptstadt Düsseldorf"
    quote = (
        "Die Nachbarschaftshilfe, die vom Amt für Soziales organisiert wurde, ist aber ein "
        "Paradebeispiel dafür, wie wichtig Engagement und Zusammenhalt sind."
    )
    assert actor_deeds(quote, actor, "de") == [
        "Das Amt für Soziales hat die Nachbarschaftshilfe organisiert."
    ]
    # Another agent, or no agent: nothing.
    assert actor_deeds(quote.replace("vom Amt", "vom Verein"), actor, "de") == []
    assert actor_deeds("Die Hilfe, die organisiert wurde, war gut.", actor, "de") == []
    assert actor_deeds(quote, actor, "en") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # One statement per sentence: the "sondern" half becomes a sentence of its own.
        (
            "Wer Symptome wie Fieber oder Husten hat, kommt bitte nicht ins Testzentrum, "
            "sondern ruft die Hausarztpraxis oder die 116 117 an.",
            [
                "Haben Sie Symptome wie Fieber oder Husten?",
                "Dann kommen Sie bitte nicht ins Testzentrum.",
                "Sie rufen die Hausarztpraxis oder die 116 117 an.",
            ],
        ),
        (
            "Wer krank ist, bleibt zu Hause oder ruft den Arzt an.",
            ["Sie sind krank?", "Dann bleiben Sie zu Hause.", "Oder Sie rufen den Arzt an."],
        ),
        # Two verbs in the "wer" clause: left as written.
        (
            "Wer allein lebt oder Hilfe braucht, trinkt oft zu wenig.",
            ["Wer allein lebt oder Hilfe braucht, trinkt oft zu wenig."],
        ),
        # Two requests joined by "oder" are two sentences.
        (
            "Rufen Sie ältere Nachbarinnen, Nachbarn und Angehörige an oder schauen Sie kurz vorbei.",
            [
                "Rufen Sie ältere Nachbarinnen, Nachbarn und Angehörige an.",
                "Oder schauen Sie kurz vorbei.",
            ],
        ),
    ],
)
def test_one_statement_per_sentence(sentence: str, expected: list[str]) -> None:
    from pubkit.plain.shorten import shorten

    assert shorten(sentence, "de") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # What happens first, then what it is for; subject first in both.
        (
            "Damit die Kinder sicher zur Schule kommen, sperrt die Stadt die Straße.",
            ["Die Stadt sperrt die Straße.", "Dann kommen die Kinder sicher zur Schule."],
        ),
        # A request with its contact: one request per sentence, the number exactly as written.
        (
            "Melden Sie den Sperrmüll online an oder rufen Sie das Amt an: Tel. 0711 216-88700.",
            [
                "Melden Sie den Sperrmüll online an.",
                "Oder rufen Sie das Amt an: 0711 216-88700.",
            ],
        ),
    ],
)
def test_purpose_and_requests_split(sentence: str, expected: list[str]) -> None:
    from pubkit.plain.shorten import shorten

    assert shorten(sentence, "de") == expected


def test_ways_of_doing_one_thing_become_a_list() -> None:
    from pubkit.plain.simplify import _as_list

    listed = _as_list(
        "Vorschläge kann jede und jeder bis Sonntag, 14. März 2021, einreichen: per E-Mail an "
        "preis@example.de oder per Post an die Stadtverwaltung, Marktstraße 50, 76829 Landau.",
        "de",
    )
    assert listed == (
        "Vorschläge kann jede und jeder bis Sonntag, 14. März 2021, einreichen:",
        (
            "per E-Mail an preis@example.de",
            "per Post an die Stadtverwaltung, Marktstraße 50, 76829 Landau",
        ),
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Two conditions: two questions; two sentences joined by a colon: each on its own.
        (
            "Wer Fragen hat und nicht gut Deutsch spricht, bekommt Antworten in seiner Sprache: "
            "Die Hotline beantwortet auch Fragen auf Englisch.",
            [
                "Haben Sie Fragen?",
                "Sie sprechen nicht gut Deutsch?",
                "Dann bekommen Sie Antworten in Ihrer Sprache.",
                "Die Hotline beantwortet auch Fragen auf Englisch.",
            ],
        ),
        # A statement about people in general is not turned into one about the reader.
        (
            "Wer allein lebt oder Hilfe braucht, trinkt oft zu wenig.",
            ["Wer allein lebt oder Hilfe braucht, trinkt oft zu wenig."],
        ),
    ],
)
def test_conditions_as_questions(sentence: str, expected: list[str]) -> None:
    from pubkit.plain.shorten import shorten

    assert shorten(sentence, "de") == expected


def test_titles_before_a_name_and_sentences_that_say_nothing() -> None:
    from pubkit.plain.rewrite import expand
    from pubkit.plain.simplify import _says_nothing

    assert expand("Die Medaille bekommt Prof. Dr. Dr. Joachim Möller.", "de") == (
        "Die Medaille bekommt Joachim Möller."
    )
    assert _says_nothing("Hier fassen wir die Entwicklungen zur Corona-Lage zusammen.")
    assert _says_nothing("Darauf weist das Landratsamt hin.")
    assert not _says_nothing("Hier finden Sie alle Termine.")
    assert not _says_nothing("Darauf weist das Amt unter 0231 50-0 hin.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Die Hotline des Landes hilft.", "Die Hotline vom Land hilft."),
        ("Das Ende des langen Festes ist am Sonntag.", "Das Ende vom langen Fest ist am Sonntag."),
        ("Das Bürgertelefon der Stadt hilft.", "Das Bürgertelefon von der Stadt hilft."),
        # "der Bürger" may be a plural ("von den Bürgern"): left as it is
        ("Die Fragen der Bürger sind wichtig.", "Die Fragen der Bürger sind wichtig."),
        # a plural ("der Anträge") and a name ("Tag der Deutschen Einheit") stay
        ("Die Liste der Anträge ist lang.", "Die Liste der Anträge ist lang."),
        ("Am Tag der Deutschen Einheit ist zu.", "Am Tag der Deutschen Einheit ist zu."),
        # "an mehreren Stellen der Wohnung" means "in the flat": without an article, left
        (
            "Stellen Sie an mehreren Stellen der Wohnung Wasser bereit.",
            "Stellen Sie an mehreren Stellen der Wohnung Wasser bereit.",
        ),
        # an address stays as the post knows it
        (
            "Schreiben Sie an das Büro des Oberbürgermeisters, Marktstraße 50.",
            "Schreiben Sie an das Büro des Oberbürgermeisters, Marktstraße 50.",
        ),
    ],
)
def test_genitive_after_a_noun_becomes_von(sentence: str, expected: str) -> None:
    """Easy texts avoid the genitive (Netzwerk Leichte Sprache): „vom“ / „von der“ where the
    form is certain."""
    assert simplify_sentence(sentence, "de", limit=40) == [expected]


def test_a_sentence_left_vague_by_shortening_goes() -> None:
    """„Ausgezeichnet werden … Aktivitäten – von X über Y bis Z.“ without its examples says
    only "various activities": it tells the reader nothing, so it is not written."""
    from pubkit.plain.shorten import shorten

    sentence = (
        "Ausgezeichnet werden dabei sehr unterschiedliche Aktivitäten – von der Produktion "
        "großer Mengen Desinfektionsmittel für Krankenhäuser über besondere Betreuung für "
        "Ältere bis hin zum Aufbau von Internetplattformen."
    )
    assert shorten(sentence, "de") == []
    # A longer sentence with "viele" says something.
    kept = "Es gibt viele Angebote für Kinder und Jugendliche in der Stadt."
    assert shorten(kept, "de") == [kept]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Seit Montag müssen in vielen Bereichen medizinische Masken getragen werden.",
            ["Seit Montag müssen Sie medizinische Masken tragen."],
        ),
        ("In Bussen muss eine Maske getragen werden.", ["In Bussen müssen Sie eine Maske tragen."]),
        # "der Ausweis" would have to become "den Ausweis": left as it is
        (
            "Ab Montag muss der Ausweis vorgezeigt werden.",
            ["Ab Montag muss der Ausweis vorgezeigt werden."],
        ),
        # selling drinks is not what the reader does
        (
            "Nach 23 Uhr dürfen keine Getränke verkauft werden.",
            ["Nach 23 Uhr dürfen keine Getränke verkauft werden."],
        ),
    ],
)
def test_a_rule_in_the_passive_is_said_to_the_reader(sentence: str, expected: list[str]) -> None:
    """Easy texts use active verbs and address the reader as „Sie“."""
    assert simplify_sentence(sentence, "de", limit=8) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Der Eintritt ist frei, eine Anmeldung ist nicht nötig.",
            ["Der Eintritt ist frei.", "Eine Anmeldung ist nicht nötig."],
        ),
        # reported speech, a relative clause and a subordinate clause stay one sentence
        ("Er sagte, die Stadt habe genug Geld.", ["Er sagte, die Stadt habe genug Geld."]),
        ("Die Stadt hat ein Haus, das sehr alt ist.", ["Die Stadt hat ein Haus."]),
        ("Das Amt ist zu, weil alle krank sind.", ["Das Amt ist zu, weil alle krank sind."]),
    ],
)
def test_two_statements_joined_by_a_comma_become_two_sentences(
    sentence: str, expected: list[str]
) -> None:
    assert simplify_sentence(sentence, "de", limit=40) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Am Stadtfreiheitstag ehrt die Stadt jedes Jahr Menschen, die sich um die Stadt "
            "verdient gemacht haben.",
            [
                "Am Stadtfreiheitstag ehrt die Stadt jedes Jahr Menschen.",
                "Diese Menschen haben sich um die Stadt verdient gemacht.",
            ],
        ),
        # "die" is the object ("das Gesundheitsamt schickt"), or the group stands in a
        # prepositional phrase (its form would be dative): the clause stays
        (
            "Die Teststelle testet Personen, die das Gesundheitsamt schickt.",
            ["Die Teststelle testet Menschen, die das Gesundheitsamt schickt."],
        ),
        (
            "Es gibt Hilfe für Menschen, die allein leben.",
            ["Es gibt Hilfe für Menschen, die allein leben."],
        ),
    ],
)
def test_a_clause_that_says_who_becomes_a_sentence_of_its_own(
    sentence: str, expected: list[str]
) -> None:
    assert simplify_sentence(sentence, "de", limit=40) == expected


def test_english_because_inside_an_aside_is_not_a_reason_to_split() -> None:
    """ "If you need help - for example because you are blind - you can ask …": cutting at
    "because" left "If you need help - for example." (a fragment the checker missed)."""
    from pubkit.plain.shorten import shorten, split_reason

    sentence = (
        "If you need help - for example because you are blind or partially sighted - you can "
        "ask the presiding officer to help you."
    )
    assert split_reason(sentence, "en") == (sentence, None)
    assert all("for example." not in s for s in shorten(sentence, "en"))
