"""Settings: command line > front matter ``pubkit:`` > project file > defaults (pubkit.config)."""

from __future__ import annotations

from pathlib import Path
from typing import get_args

import pytest

import pubkit
from pubkit.cli import main
from pubkit.config import (
    AUDIO_FORMATS,
    CONFORMANCES,
    Config,
    load_config,
    output_name,
    project_file,
)
from pubkit.errors import ConfigError
from pubkit.pipeline import Build, plan

NOTICE = """---
title: Sperrung der Brücke
lang: de
slug: brueckensperrung
{extra}---

Die Brücke ist ab Montag gesperrt. Fußgänger nutzen die Fähre.
"""


def _notice(folder: Path, name: str = "bruecke.md", extra: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(NOTICE.format(extra=extra), encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def _repository_top(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()  # the search for a project file stops here


def test_literals_match_the_renderers() -> None:
    from pubkit.renderers.pdf import Conformance
    from pubkit.renderers.speech import AudioFormat

    assert set(CONFORMANCES) == set(get_args(Conformance))
    assert set(AUDIO_FORMATS) == set(get_args(AudioFormat))


def test_defaults_without_any_file(tmp_path: Path) -> None:
    path = _notice(tmp_path)
    config = load_config(pubkit.read(path))
    assert config == Config()
    assert config.origin("pdf.conformance") == "default"


def test_precedence_cli_over_front_matter_over_project(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.pubkit]\noutput-names = "slug"\n'
        '[tool.pubkit.pdf]\nconformance = "pdf/ua-2"\nlarge_print = false\n'
        '[tool.pubkit.speech]\nrate = 130\nvoices = { de = "gmw/de" }\n'
        '[tool.pubkit.check]\nfail-on = "warning"\n',  # pubkit check's table: not read here
        encoding="utf-8",
    )
    extra = (
        "pubkit:\n  speech:\n    rate: 120\n    format: ogg\n  pdf:\n    conformance: pdf/ua-1\n"
    )
    path = _notice(tmp_path / "notices", extra=extra)
    document = pubkit.read(path)
    config = load_config(document, overrides={"pdf.conformance": "pdf/a-2a+ua-1"})
    assert config.pdf_conformance == "pdf/a-2a+ua-1"  # command line
    assert config.speech_rate == 120
    assert config.audio_format == "ogg"
    assert config.large_print is False
    assert config.voices == (("de", "gmw/de"),)
    assert config.output_names == "slug"
    assert "bruecke.md:7" in config.origin("speech.rate")  # the line in the front matter
    assert "[tool.pubkit.pdf] large-print" in config.origin("pdf.large-print")
    assert output_name(config, document) == "brueckensperrung"
    assert pubkit.check(document) == []  # the pubkit: block is no unknown front-matter key

    outputs = plan(None, config=config, name=output_name(config, document))
    by_format = {o.file_name: o for o in outputs}
    assert "brueckensperrung-large-print.pdf" not in by_format
    assert by_format["brueckensperrung.pdf"].options.conformance == "pdf/a-2a+ua-1"
    audio = by_format["brueckensperrung.ogg"]
    assert audio.options.rate == 120
    assert audio.options.format == "ogg"
    assert audio.options.voices == (("de", "gmw/de"),)
    assert audio.captions == "brueckensperrung.vtt"
    assert by_format["brueckensperrung-narrated.epub"].options.rate == 120
    assert "index.html" in by_format


def test_pubkit_toml_found_by_walking_up(tmp_path: Path) -> None:
    (tmp_path / "pubkit.toml").write_text(
        'formats = ["html", "pdf"]\noutput-names = "stem"\n', encoding="utf-8"
    )
    path = _notice(tmp_path / "a" / "b")
    assert project_file(path) == tmp_path / "pubkit.toml"
    build = Build.read(path)
    assert build.config.formats == ("html", "pdf")
    assert build.name == "bruecke"
    assert {o.format for o in build.plan()} == {"html", "pdf"}


def test_stops_at_the_repository_top(tmp_path: Path) -> None:
    (tmp_path / "pubkit.toml").write_text('output-names = "stem"\n', encoding="utf-8")
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    path = _notice(tmp_path / "repo")  # has .git: the file above it is another project's
    assert project_file(path) is None


def test_unknown_key_names_file_key_and_fix(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.pubkit.pdf]\nconformence = "pdf/ua-2"\n', encoding="utf-8"
    )
    path = _notice(tmp_path)
    with pytest.raises(ConfigError) as caught:
        load_config(pubkit.read(path))
    message = str(caught.value)
    assert "pyproject.toml" in message
    assert "[tool.pubkit.pdf] conformence" in message
    assert 'Did you mean "pdf.conformance"?' in message


def test_bad_value_lists_allowed_values(tmp_path: Path) -> None:
    path = _notice(tmp_path, extra="pubkit:\n  pdf:\n    conformance: pdf/ua-3\n")
    with pytest.raises(ConfigError) as caught:
        load_config(pubkit.read(path))
    message = str(caught.value)
    assert "bruecke.md:7" in message
    assert "pdf/ua-3" in message
    assert '"pdf/ua-1", "pdf/ua-2", "pdf/a-2a+ua-1"' in message
    assert 'remove the key to use the default ("pdf/ua-1")' in message


@pytest.mark.parametrize(
    ("key", "value", "allowed"),
    [
        ("speech.rate", 20, "from 60 to 400"),
        ("speech.rate", True, "whole number"),
        ("pdf.large-print", "ja", "true or false"),
        ("speech.voices", "gmw/de", "language = voice"),
        ("formats", [], "list of format names"),
    ],
)
def test_bad_override_values(key: str, value: object, allowed: str) -> None:
    with pytest.raises(ConfigError, match=allowed):
        load_config(overrides={key: value}, project=None)


def test_broken_toml_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / "pubkit.toml").write_text("[pdf\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="Correct the TOML syntax"):
        load_config(pubkit.read(_notice(tmp_path)))


def test_build_settings_reach_the_pdf(tmp_path: Path) -> None:
    import pikepdf

    path = _notice(tmp_path, extra="pubkit:\n  pdf:\n    conformance: pdf/ua-2\n")
    artifact = pubkit.render(pubkit.read(path), "pdf")
    with pikepdf.open(__import__("io").BytesIO(artifact.data)) as pdf:
        assert pdf.pdf_version == "2.0"  # PDF/UA-2 is PDF 2.0
    artifact = pubkit.render(pubkit.read(path), "pdf", settings={"pdf.conformance": "pdf/ua-1"})
    with pikepdf.open(__import__("io").BytesIO(artifact.data)) as pdf:
        assert pdf.pdf_version == "1.7"


def test_cli_flags_and_bad_flag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _notice(tmp_path / "in")
    out = tmp_path / "out"
    code = main(
        [
            "build", str(path), "-o", str(out), "-f", "pdf", "--no-large-print",
            "--pdf-conformance", "pdf/ua-2", "--output-names", "slug", "-j", "1", "--no-cache",
        ]
    )  # fmt: skip
    assert code == 0
    assert sorted(p.name for p in (out / "bruecke").iterdir()) == ["brueckensperrung.pdf"]
    assert (out / "bruecke" / "brueckensperrung.pdf").read_bytes()[:8] == b"%PDF-2.0"
    code = main(["build", str(path), "-o", str(out), "--voice", "de", "--no-cache"])
    assert code == 2
    assert "--voice de=gmw/de" in capsys.readouterr().err.replace("\n", " ")
    code = main(["build", str(path), "-o", str(out), "--speech-rate", "5", "--no-cache"])
    assert code == 2
    assert "from 60 to 400" in capsys.readouterr().err.replace("\n", " ")


def test_an_unknown_format_in_the_settings_names_its_file(tmp_path: Path) -> None:
    (tmp_path / "pubkit.toml").write_text('formats = ["html", "pfd"]\n', encoding="utf-8")
    build = Build.read(_notice(tmp_path))
    with pytest.raises(ConfigError) as caught:
        build.plan()
    message = str(caught.value)
    assert "pubkit.toml: formats" in message
    assert 'Unknown format "pfd"' in message
    assert "Correct the formats setting" in message


def test_front_matter_tables_and_snake_case(tmp_path: Path) -> None:
    extra = (
        "pubkit:\n  formats: [html, pdf]\n  pdf:\n    large_print: false\n"
        "  speech:\n    voices:\n      de: gmw/de\n      EN: gmw/en-us\n"
    )
    config = load_config(pubkit.read(_notice(tmp_path, extra=extra)))
    assert config.formats == ("html", "pdf")
    assert config.large_print is False
    assert config.voices == (("de", "gmw/de"), ("en", "gmw/en-us"))
