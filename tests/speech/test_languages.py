"""Which voice speaks what: language spans, missing voices and anglicisms (issue 13)."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import ClassVar

import pytest

import pubkit
from pubkit.renderers.speech import SpeechOptions, VoiceFallbackWarning
from pubkit.speech import engine as engine_module
from pubkit.speech.engine import Audio, get_engine
from pubkit.speech.espeak_engine import EspeakEngine
from tests.speech.conftest import needs_espeak

pytestmark = needs_espeak


class RecordingEspeak(EspeakEngine):
    """The real espeak-ng program engine, remembering every call it was given."""

    name: ClassVar[str] = "recording-espeak-ng"
    calls: ClassVar[list[tuple[str, str]]] = []

    def synthesize(self, text: str, *, voice: str, rate: int) -> Audio:
        RecordingEspeak.calls.append((text, voice))
        return super().synthesize(text, voice=voice, rate=rate)


@pytest.fixture
def recording(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    RecordingEspeak.calls = []
    monkeypatch.setitem(engine_module.ENGINES, RecordingEspeak.name, RecordingEspeak)
    return RecordingEspeak.calls


def _render(markdown: str) -> pubkit.Artifact:
    options = SpeechOptions(engine=RecordingEspeak.name, cache=False, format="wav")
    return pubkit.render(pubkit.read_markdown(markdown), "speech", options=options)


DOC = """\
---
title: Dank
lang: de
---

Er sagte: [Thank you very much]{lang=en}. Danke.
"""


def test_an_english_span_is_spoken_by_the_english_voice(recording: list[tuple[str, str]]) -> None:
    _render(DOC)
    english = EspeakEngine().voice_for("en")
    german = EspeakEngine().voice_for("de")
    assert ("Thank you very much", english) in recording
    assert ("Er sagte:", german) in recording
    assert all(voice == german for text, voice in recording if text != "Thank you very much")
    # And espeak-ng reads it with English phonemes with that voice, German ones without.
    said = subprocess.run(
        ["espeak-ng", "-q", "-x", "-v", english, "Thank you very much"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "T'aNk" in said.replace("θ", "T")


def test_a_span_without_an_installed_voice_falls_back_with_a_warning(
    recording: list[tuple[str, str]],
) -> None:
    doc = DOC.replace("[Thank you very much]{lang=en}", "[Qapla]{lang=tlh}")
    with pytest.warns(VoiceFallbackWarning, match='language "tlh"'):
        artifact = _render(doc)
    german = EspeakEngine().voice_for("de")
    assert ("Qapla", german) in recording
    assert artifact.info["voice_fallbacks"] == f"tlh->{german}"
    assert float(artifact.info["duration_s"]) > 1


def test_the_document_language_without_a_voice_is_still_an_error(
    recording: list[tuple[str, str]],
) -> None:
    doc = DOC.replace("lang: de", "lang: tlh")
    with pytest.raises(pubkit.RenderError, match='No recording-espeak-ng voice for language "tlh"'):
        _render(doc)


def test_anglicisms_reach_the_engine_as_phonemes(recording: list[tuple[str, str]]) -> None:
    _render(DOC.replace("Er sagte: [Thank you very much]{lang=en}.", "Der Lockdown endet."))
    assert any("[[l'OkdaUn]]" in text for text, _ in recording)
    said = subprocess.run(
        ["espeak-ng", "-q", "-x", "-v", "de", "Der [[l'OkdaUn]] endet."],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "l'OkdaUn" in said  # espeak-ng took the phonemes, not the letters


def test_pyttsx3_passes_phoneme_input_through() -> None:
    # The in-process engine must hand "[[…]]" to espeak-ng as phonemes, like the program:
    # read as text the brackets would be skipped and the letters spelled ("el o ka …").
    pyttsx3, program = get_engine("pyttsx3"), get_engine("espeak-ng")
    text = "Der [[l'OkdaUn]] endet."
    a = pyttsx3.synthesize(text, voice="gmw/de", rate=145)
    b = program.synthesize(text, voice="gmw/de", rate=145)
    assert abs(a.duration - b.duration) <= 0.05 * b.duration
    spelled = program.synthesize("Der l O k d a U n endet.", voice="gmw/de", rate=145)
    assert a.duration < 0.8 * spelled.duration


def test_layout_records_reproduce_the_audio_exactly(tmp_path: Path) -> None:
    # An unchanged sentence is placed from its layout record without reading its audio;
    # the result must be the same bytes as placing it from the audio.
    folder = tmp_path
    doc = pubkit.read_markdown(DOC + "\nNoch ein Satz. Und der letzte Satz.\n")

    first = pubkit.render(doc, "speech", options=SpeechOptions(cache_dir=str(folder)))
    again = pubkit.render(doc, "speech", options=SpeechOptions(cache_dir=str(folder)))
    assert again.info["synthesised"] == 0
    assert again.info["mp3_segments_encoded"] == 0
    for record in folder.rglob("*.json"):
        record.unlink()
    rebuilt = pubkit.render(doc, "speech", options=SpeechOptions(cache_dir=str(folder)))
    assert first.data == again.data == rebuilt.data
    assert first.attachments == again.attachments == rebuilt.attachments


def test_every_anglicism_is_valid_espeak_phoneme_input() -> None:
    # espeak-ng echoes phoneme input it understands; an unknown mnemonic cuts the word
    # short ("[[s'9:vIs]]" came back as "s"), so each entry must come back whole.
    from pubkit.writers.speech.tables import ANGLICISMS

    for word, phonemes in ANGLICISMS.items():
        said = subprocess.run(
            ["espeak-ng", "-q", "-x", "-v", "de", phonemes],
            capture_output=True, text=True, check=True,
        ).stdout.strip()  # fmt: skip
        assert said.replace(",", "") == phonemes[2:-2].replace(",", ""), word
