"""Which language pubkit speaks: ``--lang``, the document's language, the locale, English."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from pubkit.audit.html import check_markup
from pubkit.checks import check
from pubkit.cli import main
from pubkit.i18n import _, active_language, choose, document_language, environment_language
from pubkit.readers.markdown import read_markdown

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
GERMAN = "de-aach-corona-regeln-januar-2021.md"
ENGLISH = "carlow-community-support-helpline.md"


def _notice(tmp_path: Path, name: str, extra: str) -> Path:
    """A corpus notice with a picture that has no alt text and a vague link added."""
    path = tmp_path / name
    shutil.copyfile(CORPUS / name, path)
    (tmp_path / "foto.png").write_bytes(
        b"\x89PNG\r\n\x1a\n"
    )  # the file exists; only alt is missing
    with path.open("a", encoding="utf-8") as stream:
        stream.write(f"\n![](foto.png)\n\n{extra}\n")
    return path


def _check(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[str, str]:
    main(
        [*argv[:-1], "check", "--no-validators", argv[-1]]
        if argv[:-1]
        else ["check", "--no-validators", argv[-1]]
    )
    captured = capsys.readouterr()
    return captured.out, captured.err


def test_a_german_notice_gets_german_findings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _notice(tmp_path, GERMAN, "Mehr Informationen finden Sie [hier](https://www.aach.de).")
    out, err = _check(capsys, str(path))
    assert (
        "Fehler IMG001 [pubkit] (Bild „foto.png“, Abschnitt „Kontakt“): Das Bild hat keinen "
        "Alternativtext. Beschreiben Sie in einem Satz, was das Bild zeigt: "
        "![Beschreibung](foto.png)."
    ) in out  # rich markup keeps the square brackets
    assert "Der Linktext „hier“ sagt nicht, wohin der Link führt." in out
    assert "[Informationsportal zum Coronavirus](https://…)" in out
    assert "alt text" not in out
    # the summary is not about the document: the locale's language (here C: English)
    assert "1 file checked with pubkit: 2 errors, 0 warnings, 0 notes." in err


def test_an_english_notice_gets_english_findings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _notice(tmp_path, ENGLISH, "For opening times [click here](https://example.org).")
    out, _err = _check(capsys, str(path))
    assert 'error IMG001 [pubkit] (image "foto.png"' in out
    assert "The image has no alt text. Describe what it shows: ![description](foto.png)" in out
    assert 'The link text "click here" does not say where the link leads.' in out
    assert "Bild" not in out


def test_lang_overrides_the_document_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    german = _notice(tmp_path, GERMAN, "[hier](https://www.aach.de)")
    out, err = _check(capsys, "--lang", "en", str(german))
    assert (
        'error IMG001 [pubkit] (image "foto.png", section "Kontakt"): The image has no alt' in out
    )
    assert "Beschreiben" not in out
    english = _notice(tmp_path, ENGLISH, "[click here](https://example.org)")
    out, err = _check(capsys, "--lang", "de", str(english))
    assert "Fehler IMG001 [pubkit] (Bild „foto.png“" in out
    assert "Der Linktext „click here“ sagt nicht" in out
    assert "1 Datei geprüft mit pubkit: 2 Fehler, 0 Warnungen, 0 Hinweise." in err


def test_the_locale_sets_the_cli_language_but_not_the_documents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    english = _notice(tmp_path, ENGLISH, "")
    out, err = _check(capsys, str(english))
    assert "The image has no alt text." in out  # about an English document: English
    assert "1 Datei geprüft mit pubkit: 1 Fehler, 0 Warnungen, 0 Hinweise." in err
    assert main(["check", str(tmp_path / "fehlt.md")]) == 2
    assert "Fehler: Die Datei oder den Ordner „" in capsys.readouterr().err


def test_json_keeps_rule_codes_and_names_the_message_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _notice(tmp_path, GERMAN, "")
    sarif = tmp_path / "report.sarif"
    main(["check", "--no-validators", "--json", "--sarif", str(sarif), str(path)])
    (finding,) = json.loads(capsys.readouterr().out)["files"][0]["findings"]
    assert (finding["rule"], finding["severity"], finding["lang"]) == ("IMG001", "error", "de")
    assert finding["message"].startswith("Das Bild hat keinen Alternativtext.")
    (result,) = json.loads(sarif.read_text(encoding="utf-8"))["runs"][0]["results"]
    assert (result["ruleId"], result["properties"]["lang"]) == ("IMG001", "de")
    main(["--lang", "en", "check", "--no-validators", "--json", str(path)])
    (finding,) = json.loads(capsys.readouterr().out)["files"][0]["findings"]
    assert (finding["rule"], finding["lang"]) == ("IMG001", "en")
    assert finding["message"].startswith("The image has no alt text.")


def test_every_document_rule_speaks_german_for_a_german_document() -> None:
    """Each finding the checks make differs between the languages: nothing stayed English."""
    text = (
        "---\ntitle: T\nlang: deutsch_DE\ntitel: x\n---\n## A\n\n#### B\n\nText.\n\n# Noch ein Titel\n\n"
        "![](a.png)\n\n![foto.jpg](b.png)\n\n!["
        + "x"
        * 300
        + "](c.png)\n\n![Bild](https://x.de/d.png)\n\n"
        "[hier](https://x.de) [](https://x.de) [www.x.de](https://www.x.de) [Portal](ftp://x.de)\n\n"
        "[x]{lang=english_US} [y]{lang=de_DE}\n\n| a | b |\n|--|--|\n| 1 |\n\n##\n"
    )
    german = check(read_markdown(text, source="n.md"), lang="de")
    english = check(read_markdown(text, source="n.md"), lang="en")
    assert [i.code for i in german] == [i.code for i in english]
    assert len({i.code for i in german}) >= 15
    for de, en in zip(german, english, strict=True):
        assert de.message != en.message, de.code
        if en.where:
            assert de.where != en.where, de.code


def test_a_finished_page_is_checked_in_its_own_language() -> None:
    page = '<html lang="{}"><head><title>T</title></head><body><main><img src="a.png"></main></body></html>'
    (de,) = check_markup(page.format("de"), file="a.html")
    (en,) = check_markup(page.format("en-GB"), file="a.html")
    assert de.message.startswith("Ein Bild („a.png“) hat kein alt-Attribut.")
    assert en.message.startswith('An image ("a.png") has no alt attribute.')
    assert (de.rule, de.lang, en.rule, en.lang) == ("HTM004", "de", "HTM004", "en")


def test_choosing_a_language() -> None:
    assert document_language("de-AT") == "de"
    assert document_language("tr") == "en"  # no Turkish messages: the locale, then English
    choose("de")
    assert (document_language("en"), active_language()) == ("de", "de")
    assert _("heading") == "Überschrift"
    choose(None)
    assert _("heading") == "heading"
    with pytest.raises(ValueError, match="no messages in"):
        choose("fr")


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANGUAGE": "de:en", "LANG": "en_US.UTF-8"}, "de"),
        ({"LANGUAGE": "fr", "LC_ALL": "de_DE.UTF-8"}, "de"),
        ({"LC_ALL": "en_GB.UTF-8", "LANG": "de_DE.UTF-8"}, "en"),
        ({"LC_MESSAGES": "de_CH", "LANG": "en_US"}, "de"),
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LANG": "C.UTF-8"}, None),
        ({}, None),
    ],
)
def test_the_environment_locale(environ: dict[str, str], expected: str | None) -> None:
    assert environment_language(environ) == expected


def test_plain_language_findings_speak_the_documents_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "n.md"
    path.write_text(
        "---\ntitle: Termine\nlang: de\n---\n# Termine\n\nDas Amt ist heute nicht offen.\n",
        encoding="utf-8",
    )
    main(["check", "--no-validators", "--plain-language", "--json", str(path)])
    findings = json.loads(capsys.readouterr().out)["files"][0]["findings"]
    negation = next(
        f for f in findings if f["rule"] == "PL006"
    )  # the notice; maybe its version too
    assert negation["message"].startswith("Verneinung („nicht“). Sagen Sie es wenn möglich positiv")
    assert negation["location"] == "Satz „Das Amt ist heute nicht offen.“"
    assert negation["lang"] == "de"
    # the readability figures are in the notice's language too, with decimal commas
    figures = [f for f in findings if f["rule"] == "PL000"]
    assert {f["lang"] for f in figures} == {"de"}
    assert figures[0]["message"].startswith("Meldung: 2 Sätze, 7 Wörter, 3,5 Wörter pro Satz")


_WITH_VERSION = """---
title: Termine
lang: de
---
# Termine

Das Bürgerbüro ist am Montag geschlossen. Es öffnet am Dienstag um 8 Uhr wieder.

::: plain
Das Bürgerbüro ist am Montag zu.
Es öffnet am Dienstag um 9 Uhr.
:::
"""


def test_a_german_notices_plain_language_version_is_checked_in_german(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The figures (PL000) and the fidelity findings (PLF…) of the editor's own plain version."""
    path = tmp_path / "n.md"
    path.write_text(_WITH_VERSION, encoding="utf-8")
    main(["check", "--no-validators", "--plain-language", "--json", str(path)])
    findings = json.loads(capsys.readouterr().out)["files"][0]["findings"]
    by_rule = {f["rule"]: f for f in findings}
    assert by_rule["PLF001"]["message"] == (
        "Die Zahl „9“ steht nicht in der Meldung. Nehmen Sie die Zahl aus der Meldung."
    )
    assert by_rule["PLF001"]["location"] == "Fassung in Einfacher Sprache"
    assert by_rule["PLF003"]["message"].startswith("Die Angabe „9 Uhr“ steht mit dieser Einheit")
    version = [f["message"] for f in findings if f["rule"] == "PL000"][1]
    assert version.startswith("Einfache Sprache: 4 Sätze, 19 Wörter, 4,8 Wörter pro Satz")
    assert {f["lang"] for f in findings if f["rule"][:3] in ("PL0", "PLF")} == {"de"}


def test_the_plain_language_findings_of_a_german_notice_in_english_on_request(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pubkit.plain import check_plain_language

    document = read_markdown(_WITH_VERSION, source="n.md")
    issues = check_plain_language(document, lang="en")
    english = {i.code: i for i in reversed(issues)}  # the first of each code
    assert english["PLF001"].message == (
        'The number "9" is not in the source. Use the source\'s figure.'
    )
    assert (
        english["PLF003"].message == 'The amount "9 o\'clock" is not in the source with this unit.'
    )
    assert english["PL000"].message.startswith("Notice: 3 sentences, 15 words, 5.0 words/sentence")
    path = tmp_path / "n.md"
    path.write_text(_WITH_VERSION, encoding="utf-8")
    main(["--lang", "en", "check", "--no-validators", "--plain-language", "--json", str(path)])
    findings = json.loads(capsys.readouterr().out)["files"][0]["findings"]
    assert {f["lang"] for f in findings if f["rule"].startswith("PL")} == {"en"}
    assert "(plain-language version)" not in json.dumps(findings)  # location is its own field
    assert {f["location"] for f in findings if f["rule"] == "PLF001"} == {"plain-language version"}


def test_a_broken_notice_is_explained_in_the_chosen_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Reader errors come before the document's language is known: --lang or the locale."""
    path = tmp_path / "n.md"
    path.write_text("---\ntitle: T\nlang: de\ndate: 2026-13-45\n---\nText.\n", encoding="utf-8")
    main(["check", "--no-validators", str(path)])
    assert 'Front matter "date" is' in capsys.readouterr().out
    main(["--lang", "de", "check", "--no-validators", str(path)])
    out = capsys.readouterr().out
    assert f"{path}: Fehler READ [pubkit]: {path}:4: Die Angabe „date“ im Kopfbereich" in out
    assert "Schreiben Sie das Datum so: 2026-11-24" in out


def test_pubkit_lang_in_the_environment_is_an_explicit_choice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """What --lang sets for worker processes (spawned, or a local Dask cluster)."""
    english = _notice(tmp_path, ENGLISH, "")
    monkeypatch.setenv("PUBKIT_LANG", "de")
    out, err = _check(capsys, str(english))
    assert "Das Bild hat keinen Alternativtext." in out
    assert "1 Datei geprüft" in err
    monkeypatch.delenv("PUBKIT_LANG")
    main(["--lang", "de", "check", "--no-validators", str(english)])
    assert os.environ["PUBKIT_LANG"] == "de"  # inherited by the processes pubkit starts
    choose(None)
    assert "PUBKIT_LANG" not in os.environ
