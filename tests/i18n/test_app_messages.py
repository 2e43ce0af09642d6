"""The reports of ``pubkit formats``, ``pubkit doctor`` and a build's skips, and the settings
errors, in German and English."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console

from pubkit.availability import Need, Skipped, unusable
from pubkit.cli import _report_skipped, main
from pubkit.config import load_config
from pubkit.doctor import Check, Report, format_report
from pubkit.errors import ConfigError
from pubkit.i18n import speaking

PANGO = Need("library", "pango", False, "libpango-1.0-0", "libpango-1.0")
HANTA = Need("python", "HanTa", False, "plain")


def _report() -> Report:
    return Report(
        version="pubkit-a11y 0.1.0",
        checks=[
            Check("formats", "html", True, "notice.html"),
            Check("formats", "pdf", False, "pango", "apt-get install libpango-1.0-0"),
            Check("speech", "voice de", False, "espeak-ng-data", "apt-get install espeak-ng-data"),
            Check("validators", "verapdf", False, "not found", "pubkit validators install", False),
        ],
    )


def test_the_doctor_report_in_german() -> None:
    with speaking("de"):
        text = format_report(_report())
    assert "Formate (was „pubkit build“ ohne --format erzeugt)" in text
    assert "  OK       html " in text
    assert "  FEHLT    pdf " in text
    assert "  FEHLT    Stimme de " in text
    assert "  fehlt    verapdf " in text
    assert "Abhilfe: apt-get install libpango-1.0-0" in text
    assert "2 Probleme: pdf (formats), Stimme de (speech)" in text
    assert "So beheben Sie alle:" in text
    assert "apt-get install libpango-1.0-0 espeak-ng-data" in text


def test_the_doctor_report_in_english() -> None:
    with speaking("en"):
        text = format_report(_report())
    assert "  MISSING  voice de " in text
    assert "2 problems: pdf (formats), voice de (speech)" in text
    assert "To fix them all:" in text


def test_the_skip_report_in_german() -> None:
    console = Console(record=True, width=200, color_system=None)
    skipped = [Skipped("pdf", (PANGO,)), Skipped("summary", (HANTA,), file_name="notice.pdf")]
    with speaking("de"):
        _report_skipped(skipped, console)
        error = str(unusable(skipped[0]))
    text = console.export_text()
    assert "übersprungen: pdf, braucht pango (Systembibliothek)" in text
    assert "zum Erzeugen: apt-get install libpango-1.0-0" in text
    assert "übersprungen: summary (notice.pdf), braucht HanTa (Python-Paket)" in text
    assert 'zum Erzeugen: pip install "pubkit-a11y[plain]"' in text  # the command stays exact
    assert error.startswith("Das Format „pdf“ lässt sich auf diesem Rechner nicht erzeugen")
    assert "„pubkit doctor“" in error


def test_formats_in_german(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "de", "formats"]) == 0
    out = capsys.readouterr().out
    assert any(line.startswith("html       nutzbar ") for line in out.splitlines())
    assert "Formate für „pubkit build -f“: " in out
    assert "Renderer: " in out


@pytest.mark.parametrize(
    ("overrides", "german"),
    [
        ({"speech.rate": 20}, "eine ganze Zahl Wörter pro Minute von 60 bis 400"),
        ({"pdf.large-print": "ja"}, "Erlaubt ist true oder false. Ändern Sie den Wert"),
        ({"pdf.conformance": "pdf/x"}, 'Erlaubt ist einer der Werte "pdf/ua-1"'),
        ({"speech.voices": "gmw/de"}, 'eine Tabelle Sprache = Stimme, z. B. { de = "gmw/de" }'),
        ({"pdf.conformanc": "pdf/ua-2"}, "unbekannte Einstellung „pdf.conformanc“. Meinten Sie"),
    ],
)
def test_settings_errors_in_german(overrides: dict[str, object], german: str) -> None:
    with speaking("de"), pytest.raises(ConfigError) as caught:
        load_config(overrides=overrides, project=None, overrides_from="Befehlszeile")
    assert german in str(caught.value)


def test_a_broken_project_file_in_german(tmp_path: Path) -> None:
    (tmp_path / "pubkit.toml").write_text("[pdf\n", encoding="utf-8")
    with speaking("de"), pytest.raises(ConfigError) as caught:
        load_config(project=tmp_path / "pubkit.toml")
    assert "Korrigieren Sie die TOML-Syntax." in str(caught.value)
    with speaking("de"), pytest.raises(ConfigError) as caught:
        load_config(project=tmp_path / "fehlt.toml")
    assert "Die Projektdatei „" in str(caught.value)


def test_help_in_german(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "300")  # one line per option
    with pytest.raises(SystemExit) as done:
        main(["--lang", "de", "build", "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("Aufruf: pubkit build ")
    assert "Optionen:" in out
    assert "diese Hilfe anzeigen und beenden" in out
    assert "Ausgabeordner (Standard: out)" in out
    assert "in N Prozessen erzeugen (Standard: die Zahl der Kerne, hier " in out  # %(default)s
    assert "Einstellungen (gehen vor pubkit: im Front Matter" in out


def test_help_in_the_locales_language(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "300")
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    assert "zusätzlich einen SARIF-2.1.0-Bericht schreiben" in capsys.readouterr().out
    monkeypatch.setenv("LANG", "C.UTF-8")
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("usage: pubkit check ")
    assert "also write a SARIF 2.1.0 report" in out


def test_a_usage_error_in_german(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--lang", "de", "build"])
    assert done.value.code == 2
    assert "pubkit build: Fehler: " in capsys.readouterr().err


def test_file_and_format_errors_in_german(tmp_path: Path) -> None:
    import pubkit
    from pubkit.errors import ReadError, UnknownFormat
    from pubkit.io import OutputError, check_output_folder

    latin1 = tmp_path / "meldung.md"
    latin1.write_bytes(b"---\ntitle: Stra\x81enfest\nlang: de\n---\nGr\x8de\n")  # no text
    taken = tmp_path / "out"
    taken.write_text("", encoding="utf-8")
    with speaking("de"):
        with pytest.raises(ReadError) as read:
            pubkit.read(latin1)
        with pytest.raises(OutputError) as out:
            check_output_folder(taken)
        with pytest.raises(UnknownFormat) as unknown:
            pubkit.plan(["pfd"])
    assert "Die Datei ist kein UTF-8-Text" in str(read.value)
    assert "Speichern unter, Codierung UTF-8" in str(read.value)
    assert f"Der Ausgabeordner „{taken}“ ist eine Datei, kein Ordner." in str(out.value)
    assert "Unbekanntes Format „pfd“. Verfügbar: " in str(unknown.value)


def test_the_json_readers_errors_in_german(tmp_path: Path) -> None:
    import pubkit
    from pubkit.errors import ReadError

    cases = {
        "kaputt.json": ("{", "Kein JSON: "),
        "fremd.json": ('{"a": 1}', "Kein pubkit-JSON: Das Feld „pubkit-model-version“ fehlt."),
        "alt.json": (
            '{"pubkit-model-version": "0.1", "document": {}}',
            "Das pubkit-JSON der Version '0.1' kann dieses pubkit nicht lesen",
        ),
        "blink.json": (
            '{"pubkit-model-version": "1.0", "document": {"type": "Blink"}}',
            "Unbekannter Knotentyp 'Blink' im pubkit-JSON an der Stelle document.",
        ),
    }
    for name, (text, german) in cases.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        with speaking("de"), pytest.raises(ReadError) as caught:
            pubkit.read(tmp_path / name)
        assert german in str(caught.value), name
        with speaking("en"), pytest.raises(ReadError) as caught:
            pubkit.read(tmp_path / name)
        assert "JSON" in str(caught.value), name
        assert "Kein" not in str(caught.value), name


def test_a_wrong_value_in_the_json_in_german(tmp_path: Path) -> None:
    import json

    import pubkit
    from pubkit.errors import ReadError
    from pubkit.model import Document, Metadata, Paragraph, Text
    from pubkit.model.serialize import to_json

    doc = Document(
        metadata=Metadata(title="T", language="de"),
        blocks=(Paragraph(content=(Text(text="Hallo"),)),),
    )
    data = json.loads(to_json(doc))
    data["document"]["blocks"][0]["content"][0]["text"] = 5
    path = tmp_path / "zahl.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with speaking("de"), pytest.raises(ReadError) as caught:
        pubkit.read(path)
    assert "Text.text an der Stelle document.blocks[0].content[0] im pubkit-JSON ist int 5" in str(
        caught.value
    )
    assert "das kann ein Knoten Text nicht enthalten" in str(caught.value)


def test_the_version_line_in_german(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "de", "--version"])
    assert " (importiert als pubkit) · Python 3." in capsys.readouterr().out


def test_the_statement_settings_errors_in_german(tmp_path: Path) -> None:
    from pubkit.audit.statement import load_statement_config

    project = tmp_path / "pubkit.toml"
    project.write_text('[statement]\norganisation = "Stadt"\nbehoerde = "x"\n', encoding="utf-8")
    with speaking("de"), pytest.raises(ConfigError) as caught:
        load_statement_config(project)
    assert "unbekannte Einstellung behoerde für die Erklärung; bekannt sind: organisation" in str(
        caught.value
    )
    project.write_text("[statement\n", encoding="utf-8")
    with speaking("de"), pytest.raises(ConfigError) as caught:
        load_statement_config(project)
    assert "Korrigieren Sie die TOML-Syntax." in str(caught.value)


def test_a_missing_speech_library_in_german(monkeypatch: pytest.MonkeyPatch) -> None:
    import ctypes.util

    from pubkit.errors import MissingDependency
    from pubkit.speech import opus

    opus._libopus.cache_clear()
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None)
    try:
        with speaking("de"), pytest.raises(MissingDependency) as caught:
            opus._libopus()
    finally:
        opus._libopus.cache_clear()
    assert str(caught.value) == "Für Ogg/Opus-Dateien braucht pubkit libopus: apt install libopus0."
