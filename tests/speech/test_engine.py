"""Engines: pyttsx3's quirks handled (completion, sample rate, stdout, one init per process),
voices chosen by language, and the espeak-ng program as a second engine."""

from __future__ import annotations

import multiprocessing
import threading

import pytest

from pubkit.errors import RenderError
from pubkit.speech.engine import Voice, choose_voice, get_engine
from tests.speech.conftest import needs_espeak

pytestmark = needs_espeak

TEXT = "Am vierundzwanzigsten November, zum Beispiel im Rathaus."


def test_pyttsx3_waits_for_the_file_and_prints_nothing(capfd: pytest.CaptureFixture[str]) -> None:
    engine = get_engine("pyttsx3")
    for i in range(6):
        audio = engine.synthesize(f"{TEXT} Satz {i}.", voice="gmw/de", rate=145)
        assert audio.rate == 22050
        assert 3.0 < audio.duration < 8.0
    captured = capfd.readouterr()
    assert captured.out == ""
    assert "Audio saved" not in captured.err


def test_pyttsx3_and_the_espeak_program_agree() -> None:
    a = get_engine("pyttsx3").synthesize(TEXT, voice="gmw/de", rate=145)
    b = get_engine("espeak-ng").synthesize(TEXT, voice="gmw/de", rate=145)
    assert a.rate == b.rate == 22050
    assert abs(a.duration - b.duration) < 0.05 * b.duration


def test_pyttsx3_is_safe_from_several_threads() -> None:
    engine = get_engine("pyttsx3")
    results: list[float] = []
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            results.append(
                engine.synthesize(f"Satz Nummer {n}.", voice="gmw/de", rate=160).duration
            )
        except BaseException as exc:  # collected and re-raised below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors
    assert len(results) == 4
    assert all(d > 0.5 for d in results)


def _synthesize_in_child(queue: multiprocessing.Queue[str]) -> None:
    try:
        get_engine("pyttsx3").synthesize("Hallo.", voice="gmw/de", rate=145)
        queue.put("ok")
    except RenderError as exc:
        queue.put(f"error: {exc}")


def test_forked_child_starts_espeak_again() -> None:
    get_engine("pyttsx3").synthesize("Hallo.", voice="gmw/de", rate=145)  # started here
    ctx = multiprocessing.get_context("fork")
    queue: multiprocessing.Queue[str] = ctx.Queue()
    child = ctx.Process(target=_synthesize_in_child, args=(queue,))
    child.start()
    child.join(30)
    assert queue.get(timeout=5) == "ok"  # tests/webapp/test_fork.py: the whole render


def test_spawned_child_has_its_own_espeak() -> None:
    ctx = multiprocessing.get_context("spawn")
    queue: multiprocessing.Queue[str] = ctx.Queue()
    child = ctx.Process(target=_synthesize_in_child, args=(queue,))
    child.start()
    child.join(60)
    assert queue.get(timeout=5) == "ok"


def test_voices_by_language() -> None:
    engine = get_engine("pyttsx3")
    assert engine.voice_for("de") == "gmw/de"
    assert engine.voice_for("de-AT") == "gmw/de"
    assert engine.voice_for("en") == "gmw/en"
    assert engine.voice_for("en-US") == "gmw/en-us"
    with pytest.raises(RenderError, match=r'No pyttsx3 voice for language "tlh"'):
        engine.voice_for("tlh")


def test_mbrola_voices_are_never_chosen() -> None:
    voices = [Voice("mb/mb-de1", ("de",)), Voice("gmw/de", ("de",))]
    assert choose_voice("de", voices, engine="x") == "gmw/de"
    with pytest.raises(RenderError):
        choose_voice("de", voices[:1], engine="x")


def test_unknown_engine() -> None:
    with pytest.raises(RenderError, match="Available: pyttsx3, espeak-ng"):
        get_engine("festival")


def test_short_sentences_never_come_back_empty() -> None:
    # pyttsx3 2.99 loses samples that arrive with the end-of-message event and sometimes
    # reports a message with no samples at all; the engine must hide both.
    engine = get_engine("pyttsx3")
    voice = engine.voice_for("de")
    for text in ["Ja.", "Nein.", "Gut.", "Hallo Welt.", "Bitte beachten Sie das."] * 8:
        audio = engine.synthesize(text, voice=voice, rate=145)
        assert audio.duration > 0.15, text


def test_the_end_of_a_sentence_is_kept() -> None:
    # Compared with the espeak-ng program on the same text, pyttsx3's audio may not be
    # shorter by more than a few percent (the last chunk used to go missing).
    pyttsx3, program = get_engine("pyttsx3"), get_engine("espeak-ng")
    text = "Die Impfstelle ist montags bis freitags geöffnet."
    a = pyttsx3.synthesize(text, voice=pyttsx3.voice_for("de"), rate=145)
    b = program.synthesize(text, voice=program.voice_for("de"), rate=145)
    assert a.duration >= 0.97 * b.duration
