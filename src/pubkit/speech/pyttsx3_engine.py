"""The default engine: espeak-ng through pyttsx3 2.99, with its quirks handled.

Measured quirks of pyttsx3 2.99's espeak driver, and what this module does about them:

- ``runAndWait()`` returns as soon as synthesis *starts*: espeak-ng calls back from its
  own thread and the WAV file is written later. We wait for the ``finished-utterance``
  (or ``error``) callback on a :class:`threading.Event`, with a timeout.
- The driver writes the WAV header with 22 050 Hz whatever the voice; MBROLA voices
  (16 kHz) are therefore refused by :func:`~pubkit.speech.engine.choose_voice`, and
  every file is checked (mono, 16 bit, 22 050 Hz, frames > 0) before it is used.
- About one sentence in a hundred comes back as an empty file: espeak-ng reports the end
  of the message without a single sample (measured: 12 of 510 sentences in one run). The
  file is checked and the sentence synthesised again, up to eight times with a growing
  pause (empty results come in bursts on a loaded machine); accepted files
  were within −0.4 % … +4 % of the ``espeak-ng`` program's length for the same text.
- Its driver calls ``espeak_Synth`` without ``espeakPHONEMES``, so ``[[…]]`` phoneme input
  (the anglicism lexicon) was read as letters. The module's ``Synth`` is wrapped to add
  the flag, as the ``espeak-ng`` program does.
- It prints "Audio saved to …" from the callback thread. Exactly that line is dropped by
  a filter on ``sys.stdout`` while a sentence is synthesised; other output passes.
- espeak-ng can be initialised only once per process, and only one callback is active.
  One pyttsx3 engine is created per process, kept for the life of the process (dropping
  it would unregister the callback) and used under a lock, so the renderer can be called
  many times and from several threads. Separate processes each get their own espeak-ng.
  A process forked *after* espeak-ng started (gunicorn --preload, Celery prefork,
  multiprocessing's fork) finds the engine's state copied but espeak-ng's synthesis thread
  gone: on first use in the child, espeak-ng is initialised again and the callback set
  again (measured: 3 ms), so speech works after a fork with no setting. Only when pubkit's
  callback could not be installed (another pyttsx3 layout) is that a clear error.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import threading
import time
import wave
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, ClassVar, Protocol, cast

from pubkit.errors import MissingDependency, RenderError
from pubkit.speech.engine import VOLUME, Audio, Engine, Voice

__all__ = ["Pyttsx3Engine"]

_RATE_HZ = 22050  # what pyttsx3's espeak driver writes into every header
_LOCK = threading.RLock()


def _new_lock_after_fork() -> None:
    # A fork while another thread held the lock would leave the child's copy locked forever.
    global _LOCK  # the lock must be replaced, not re-entered
    _LOCK = threading.RLock()


os.register_at_fork(after_in_child=_new_lock_after_fork)
_STATE: dict[str, object] = {}  # "engine", "pid", "version", "voices"
_TIMEOUT_BASE = 20.0  # seconds; plus a little per character
_ATTEMPTS = 8
_BACKOFF_S = 0.05


class _Pyttsx3(Protocol):
    """The part of ``pyttsx3.Engine`` used here (pyttsx3 ships no type hints)."""

    def connect(self, topic: str, cb: Callable[..., None]) -> object: ...
    def getProperty(self, name: str) -> Any: ...  # noqa: N802  # pyttsx3's names
    def setProperty(self, name: str, value: object) -> None: ...  # noqa: N802
    def save_to_file(self, text: str, filename: str) -> None: ...
    def runAndWait(self) -> None: ...  # noqa: N802


class _Job:
    def __init__(self) -> None:
        self.done = threading.Event()
        self.error: BaseException | None = None
        self.completed = True


_CURRENT: list[_Job] = []


def _on_finished(name: object = None, completed: bool = True) -> None:
    if _CURRENT and not _CURRENT[-1].done.is_set():
        _CURRENT[-1].completed = bool(completed)
        _CURRENT[-1].done.set()


def _on_error(name: object = None, exception: BaseException | None = None) -> None:
    if _CURRENT:
        _CURRENT[-1].error = exception or RuntimeError("unknown pyttsx3 error")
        _CURRENT[-1].done.set()


class _DropSavedLine:
    """Passes writes through, except pyttsx3's "Audio saved to <our file>" line."""

    def __init__(self, target: IO[str], path: str) -> None:
        self._target = target
        self._line = f"Audio saved to {path}"
        self._drop_newline = False

    def write(self, text: str) -> int:
        if text == self._line:
            self._drop_newline = True
            return len(text)
        if self._drop_newline and text == "\n":
            self._drop_newline = False
            return len(text)
        return self._target.write(text)

    def flush(self) -> None:
        self._target.flush()

    def __getattr__(self, name: str) -> object:
        return getattr(self._target, name)


@contextlib.contextmanager
def _quiet(path: str) -> Iterator[None]:
    with contextlib.redirect_stdout(_DropSavedLine(sys.stdout, path)):
        yield


def _engine() -> _Pyttsx3:
    """The process-wide pyttsx3 engine, created on first use."""
    existing = _STATE.get("engine")
    if existing is not None:
        if _STATE.get("pid") != os.getpid() and _STATE.get("direct"):
            _restart_after_fork(cast(_Pyttsx3, existing))
        if _STATE.get("pid") != os.getpid():
            raise RenderError(
                "espeak-ng was started in a parent process before it forked, and cannot be "
                "started again in this child. Start worker processes with "
                'multiprocessing.get_context("spawn") or "forkserver", or use '
                'SpeechOptions(engine="espeak-ng").'
            )
        return cast(_Pyttsx3, existing)
    try:
        import pyttsx3
    except ImportError as exc:
        raise MissingDependency(
            'Speech output needs pyttsx3: pip install "pubkit-a11y[speech]"'
        ) from exc
    try:
        engine = cast(_Pyttsx3, pyttsx3.init("espeak"))
    except (RuntimeError, OSError) as exc:
        raise RenderError(
            f"pyttsx3 could not start espeak-ng ({exc}). Install it: apt install espeak-ng."
        ) from exc
    engine.connect("finished-utterance", _on_finished)
    engine.connect("error", _on_error)
    _keep_last_samples(engine)
    _STATE.update(engine=engine, pid=os.getpid())
    return engine


def _restart_after_fork(engine: _Pyttsx3) -> None:
    """In a forked child: initialise espeak-ng again (its thread did not survive the fork),
    set the callback again and forget the voice settings; then this process owns it."""
    from pyttsx3.drivers import _espeak

    try:
        _espeak.Initialize(_espeak.AUDIO_OUTPUT_RETRIEVAL, 1000)
    except (OSError, AttributeError) as exc:
        raise RenderError(
            f"espeak-ng could not be started again after a fork ({exc}). Start worker "
            'processes with multiprocessing.get_context("spawn"), or use '
            'SpeechOptions(engine="espeak-ng").'
        ) from exc
    _STATE.pop("direct-settings", None)
    _DIRECT.clear()
    _CURRENT.clear()
    _keep_last_samples(engine)
    _STATE["pid"] = os.getpid()


def _keep_last_samples(engine: _Pyttsx3) -> None:
    """Work around pyttsx3 2.99 losing the samples that arrive with the end of a message.

    Its espeak driver (``EspeakDriver._onSynth``) writes the WAV file when it sees
    ``EVENT_MSG_TERMINATED`` and only *afterwards* appends the samples that came in the same
    callback, then clears the buffer. espeak-ng delivers up to 1 s of audio per callback,
    so a short sentence delivered in one call came out as an empty file, and any sentence
    could lose its last chunk. Re-registering the callback so that samples are added to the
    driver's buffer *before* its event loop runs keeps every sample. Private API of the
    pinned pyttsx3==2.99; ``tests/speech/test_engine.py`` checks the effect.
    """
    import ctypes

    from pyttsx3.drivers import _espeak

    driver = getattr(getattr(engine, "proxy", None), "_driver", None)
    original = getattr(driver, "_onSynth", None)
    if driver is None or original is None:
        return  # another pyttsx3 layout: keep its behaviour (empty files are retried)

    def on_synth(wav: ctypes._Pointer[ctypes.c_short], numsamples: int, events: Any) -> int:
        if _DIRECT:
            return _direct_callback(_DIRECT[-1], wav, numsamples, events)
        if numsamples > 0 and getattr(driver, "_speaking", False):
            size = numsamples * ctypes.sizeof(ctypes.c_short)
            driver._data_buffer += ctypes.string_at(wav, size)
            numsamples = 0
        return int(original(wav, numsamples, events))

    _espeak.SetSynthCallback(on_synth)
    _allow_phonemes(_espeak)
    _STATE["direct"] = True


class _Direct:
    """One synthesis through pyttsx3's espeak-ng binding, without its driver loop."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.pcm = bytearray()


_DIRECT: list[_Direct] = []


def _direct_callback(job: _Direct, wav: Any, numsamples: int, events: Any) -> int:
    """espeak-ng's synth callback (its own thread): keep every sample, note the end."""
    import ctypes

    from pyttsx3.drivers import _espeak

    if numsamples > 0:
        job.pcm += ctypes.string_at(wav, numsamples * ctypes.sizeof(ctypes.c_short))
    i = 0
    while True:
        kind = events[i].type
        if kind == _espeak.EVENT_LIST_TERMINATED:
            break
        if kind == _espeak.EVENT_MSG_TERMINATED:
            job.done.set()
            break
        i += 1
    return 0


def _synthesize_direct(text: str, *, voice: str, rate: int) -> bytes:
    """Synthesise ``text`` through the espeak-ng library pyttsx3 loaded, and wait for it.

    pyttsx3's own path (``save_to_file`` + ``runAndWait``) costs about 60 ms a sentence
    beyond the synthesis: a 10 ms polling loop, three property calls, a temporary WAV file
    written and read back. Here the samples come straight from espeak-ng's callback:
    about 5 ms a sentence. Same library, voice, rate and volume; called under the lock.
    """
    from pyttsx3.drivers import _espeak

    if _STATE.get("direct-settings") != (voice, rate):  # setting the voice costs ~4 ms
        if _espeak.SetVoiceByName(voice.encode("utf-8")) != 0:
            raise RenderError(f'espeak-ng has no voice "{voice}".')
        _espeak.SetParameter(_espeak.RATE, rate, 0)
        _espeak.SetParameter(_espeak.VOLUME, VOLUME, 0)
        _STATE["direct-settings"] = (voice, rate)
    job = _Direct()
    _DIRECT.append(job)
    try:
        flags = _espeak.ENDPAUSE | _espeak.CHARS_UTF8 | _espeak.PHONEMES
        _espeak.Synth(text.encode("utf-8"), flags=flags)
        if not job.done.wait(_TIMEOUT_BASE + len(text) / 20):
            raise RenderError(f"espeak-ng did not finish {text[:60]!r} in time.")
    finally:
        _DIRECT.remove(job)
    return bytes(job.pcm[: len(job.pcm) // 2 * 2])


def _allow_phonemes(module: Any) -> None:
    """Make the driver's ``Synth`` calls accept ``[[…]]`` phoneme input (espeakPHONEMES)."""
    synth = getattr(module, "Synth", None)
    flag = getattr(module, "PHONEMES", None)
    if synth is None or flag is None or getattr(synth, "_pubkit_phonemes", False):
        return

    def with_phonemes(*args: Any, **kwargs: Any) -> Any:
        kwargs["flags"] = int(kwargs.get("flags", 0)) | int(flag)
        return synth(*args, **kwargs)

    with_phonemes._pubkit_phonemes = True  # type: ignore[attr-defined]
    module.Synth = with_phonemes


class Pyttsx3Engine(Engine):
    """espeak-ng voices through pyttsx3, one sentence per call."""

    name: ClassVar[str] = "pyttsx3"

    def version(self) -> str:
        with _LOCK:
            if "version" not in _STATE:
                _engine()
                import pyttsx3

                from pubkit.speech.engine import package_version

                try:
                    from pyttsx3.drivers import _espeak  # pinned pyttsx3==2.99

                    native = _espeak.Info(None).decode("ascii", "replace")
                except (ImportError, AttributeError, OSError):
                    native = "unknown"
                _STATE["version"] = (
                    f"pyttsx3-{package_version(pyttsx3.__file__, 'pyttsx3')}/espeak-ng-{native}"
                    f"/volume-{VOLUME}/direct"
                )
            return str(_STATE["version"])

    def voices(self) -> tuple[Voice, ...]:
        with _LOCK:
            if "voices" not in _STATE:
                engine = _engine()
                found = engine.getProperty("voices")
                _STATE["voices"] = tuple(
                    Voice(
                        str(v.id),
                        tuple(str(lang).lower() for lang in (v.languages or ())),
                        str(v.name),
                    )
                    for v in found
                )
            voices = _STATE["voices"]
            assert isinstance(voices, tuple)
            return voices

    def synthesize(self, text: str, *, voice: str, rate: int) -> Audio:
        if not text.strip():
            raise RenderError("Nothing to say: the sentence is empty.")
        with _LOCK:
            engine = _engine()
            if _STATE.get("direct"):
                for attempt in range(_ATTEMPTS):
                    if attempt:
                        time.sleep(_BACKOFF_S * attempt)
                    pcm = _synthesize_direct(text, voice=voice, rate=rate)
                    if pcm:
                        return Audio(pcm, _RATE_HZ)
                raise RenderError(
                    f"espeak-ng gave no audio for {text[:60]!r} in {_ATTEMPTS} attempts; "
                    'try SpeechOptions(engine="espeak-ng").'
                )
        with _LOCK, tempfile.TemporaryDirectory(prefix="pubkit-speech-") as folder:
            for attempt in range(_ATTEMPTS):
                if attempt:
                    # Empty results come in bursts when the machine is busy: back off a little.
                    time.sleep(_BACKOFF_S * attempt)
                path = str(Path(folder) / f"sentence-{attempt}.wav")
                job = _run(engine, text, path, voice=voice, rate=rate)
                if job.completed:
                    audio = _read_wav(path, text)
                    if audio is not None:
                        return audio
            raise RenderError(
                f"pyttsx3 gave no audio for {text[:60]!r} in {_ATTEMPTS} attempts; "
                'try SpeechOptions(engine="espeak-ng").'
            )


def _run(engine: _Pyttsx3, text: str, path: str, *, voice: str, rate: int) -> _Job:
    """One save_to_file round; returns when the driver has called back (not before)."""
    job = _Job()
    _CURRENT.append(job)
    _STATE.pop("direct-settings", None)
    try:
        with _quiet(path):
            engine.setProperty("voice", voice)
            engine.setProperty("rate", rate)
            engine.setProperty("volume", VOLUME / 100)
            engine.save_to_file(text, path)
            engine.runAndWait()
            finished = job.done.wait(_TIMEOUT_BASE + len(text) / 20)
    finally:
        _CURRENT.remove(job)
    if job.error is not None:
        raise RenderError(f"pyttsx3 failed on {text[:60]!r}: {job.error}") from job.error
    if not finished:
        raise RenderError(f"pyttsx3 did not finish {text[:60]!r} in time; espeak-ng may be stuck.")
    return job


def _read_wav(path: str, text: str) -> Audio | None:
    """The file's audio after checking its format; None when it is empty (retry)."""
    try:
        with wave.open(path, "rb") as wav:
            params = wav.getparams()
            pcm = wav.readframes(params.nframes)
    except (OSError, EOFError, wave.Error) as exc:
        raise RenderError(f"pyttsx3 wrote no usable audio for {text[:60]!r}: {exc}") from exc
    if (params.nchannels, params.sampwidth, params.framerate) != (1, 2, _RATE_HZ):
        raise RenderError(
            f"pyttsx3 wrote {params.nchannels} channel(s), {8 * params.sampwidth} bit, "
            f"{params.framerate} Hz for {text[:60]!r}; expected mono 16 bit {_RATE_HZ} Hz."
        )
    if len(pcm) != 2 * params.nframes:
        raise RenderError(f"pyttsx3 wrote a truncated file for {text[:60]!r}.")
    if params.nframes == 0:
        return None
    return Audio(pcm, _RATE_HZ)
