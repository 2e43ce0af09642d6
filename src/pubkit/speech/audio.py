"""PCM helpers and encoders: trim, silence, join, WAV, MP3 (lameenc) and Ogg/Opus (libopus)."""

from __future__ import annotations

import array
import io
import math
import re
import sys
import wave
from functools import cache

from pubkit.errors import MissingDependency, RenderError
from pubkit.i18n import _
from pubkit.speech.engine import Audio

__all__ = [
    "encode_mp3",
    "encode_wav",
    "join",
    "measure_gaps",
    "resample",
    "silence",
    "speech_bounds",
    "trim",
    "trim_with_bounds",
]

SILENCE_LEVEL = 300
"""Samples quieter than this (of 32 767) count as silence: about −40 dBFS."""


def _array(pcm: bytes) -> array.array[int]:
    data = array.array("h")
    data.frombytes(pcm)
    if sys.byteorder == "big":
        data.byteswap()
    return data


def _bytes(data: array.array[int]) -> bytes:
    if sys.byteorder == "big":
        data = array.array("h", data)
        data.byteswap()
    return data.tobytes()


@cache
def _high_byte_classes(level: int) -> bytes:
    """For each high byte of a little-endian int16: 0 all quiet, 2 all loud, 1 it depends."""
    table = bytearray(256)
    for high in range(256):
        low = (high - 256 if high >= 128 else high) * 256
        top = low + 255
        loudest = max(abs(low), abs(top))
        quietest = 0 if low <= 0 <= top else min(abs(low), abs(top))
        table[high] = 0 if loudest < level else 2 if quietest >= level else 1
    return bytes(table)


_NOT_QUIET = re.compile(rb"[\x01\x02]")


_CHUNK = 8192  # samples classified at a time: speech is usually found in the first chunk


def _first_loud(pcm: bytes, level: int, *, backwards: bool) -> int | None:
    """Index of the first (or last) sample at or above ``level``; None when all are quiet."""
    table = _high_byte_classes(level)
    count = len(pcm) // 2
    for chunk in range(0, count, _CHUNK):
        lo, hi = (count - chunk - _CHUNK, count - chunk) if backwards else (chunk, chunk + _CHUNK)
        lo = max(lo, 0)
        classes = pcm[2 * lo + 1 : 2 * min(hi, count) : 2].translate(table)
        view = classes[::-1] if backwards else classes
        pos = 0
        while (match := _NOT_QUIET.search(view, pos)) is not None:
            found = match.start()
            index = lo + (len(classes) - 1 - found if backwards else found)
            if view[found] == 2:
                return index
            value = int.from_bytes(pcm[2 * index : 2 * index + 2], "little", signed=True)
            if abs(value) >= level:
                return index
            pos = found + 1
    return None


def speech_bounds(pcm: bytes, *, level: int = SILENCE_LEVEL) -> tuple[int, int] | None:
    """Sample indices ``(first, last + 1)`` of the samples at or above ``level``; None if none.

    Vectorised with the standard library: the high bytes of the 16-bit samples are
    classified in C by ``bytes.translate`` (quiet, loud, or "look at the low byte" for the
    few values near the level), a chunk at a time from either end, and a regular
    expression finds the first that is not quiet. Exact: the same answer as comparing
    every sample, about a thousand times faster than that loop in Python.
    """
    first = _first_loud(pcm, level, backwards=False)
    if first is None:
        return None
    last = _first_loud(pcm, level, backwards=True)
    assert last is not None
    return first, last + 1


def trim(audio: Audio, *, lead_ms: int = 40, tail_ms: int = 80) -> Audio:
    """Cut the engine's own leading and trailing silence down to a fixed margin.

    espeak-ng ends every utterance with about 0.4 s of silence; trimming makes the pauses
    between sentences exactly those pubkit chooses. Speech is what :func:`speech_bounds`
    finds (at or above :data:`SILENCE_LEVEL`).
    """
    return trim_with_bounds(audio, lead_ms=lead_ms, tail_ms=tail_ms)[0]


def trim_with_bounds(
    audio: Audio, *, lead_ms: int = 40, tail_ms: int = 80
) -> tuple[Audio, tuple[int, int] | None]:
    """:func:`trim`, and :func:`speech_bounds` of its result (found while trimming)."""
    pcm = audio.pcm[: len(audio.pcm) // 2 * 2]
    bounds = speech_bounds(pcm)
    if bounds is None:
        return Audio(b"", audio.rate), None
    start = max(0, bounds[0] - audio.rate * lead_ms // 1000)
    end = min(len(pcm) // 2, bounds[1] + audio.rate * tail_ms // 1000)
    return Audio(pcm[2 * start : 2 * end], audio.rate), (bounds[0] - start, bounds[1] - start)


def silence(ms: int, rate: int) -> bytes:
    """``ms`` milliseconds of digital silence."""
    return bytes(2 * (rate * ms // 1000))


def resample(audio: Audio, rate: int) -> Audio:
    """Linear-interpolation resampling (22 050 → 24 000 Hz for Opus), in pure Python.

    Works phase by phase: for a ratio up/down (160/147 here) the output samples ``k``,
    ``k + up``, … all read the input at the same fraction, so each phase is one
    comprehension over input slices with stride ``down``.
    """
    if audio.rate == rate or not audio.pcm:
        return Audio(audio.pcm, rate)
    src = _array(audio.pcm)
    src.append(src[-1])  # so the last sample has a right-hand neighbour
    divisor = math.gcd(rate, audio.rate)
    up, down = rate // divisor, audio.rate // divisor
    count = (len(src) - 1) * rate // audio.rate
    out = array.array("h", bytes(2 * count))
    for phase in range(min(up, count)):
        j, rest = divmod(phase * down, up)
        frac = rest / up
        left = src[j : len(src) - 1 : down]
        right = src[j + 1 :: down]
        values = [int(a + (b - a) * frac) for a, b in zip(left, right, strict=False)]
        out[phase::up] = array.array("h", values[: len(range(phase, count, up))])
    return Audio(_bytes(out), rate)


def join(pieces: list[Audio], *, gap_ms: int = 120) -> Audio:
    """Concatenate audio (one sentence's language runs) with short gaps, at the first rate."""
    rate = pieces[0].rate
    if len(pieces) == 1:
        return pieces[0]
    out = bytearray()
    for i, piece in enumerate(pieces):
        if i:
            out += silence(gap_ms, rate)
        out += resample(piece, rate).pcm
    return Audio(bytes(out), rate)


def measure_gaps(audio: Audio, *, min_ms: int = 200) -> list[tuple[float, float]]:
    """(start, length) in seconds of every silent stretch of at least ``min_ms``."""
    samples = _array(audio.pcm)
    gaps: list[tuple[float, float]] = []
    run_start: int | None = None
    threshold = audio.rate * min_ms // 1000
    for i, value in enumerate(samples):
        if abs(value) < SILENCE_LEVEL:
            if run_start is None:
                run_start = i
        elif run_start is not None:
            if i - run_start >= threshold:
                gaps.append((run_start / audio.rate, (i - run_start) / audio.rate))
            run_start = None
    if run_start is not None and len(samples) - run_start >= threshold:
        gaps.append((run_start / audio.rate, (len(samples) - run_start) / audio.rate))
    return gaps


def encode_wav(audio: Audio) -> bytes:
    """A RIFF WAVE file, mono 16 bit."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(audio.rate)
        wav.writeframes(audio.pcm)
    return buffer.getvalue()


def encode_mp3(audio: Audio, *, bitrate: int) -> bytes:
    """MPEG audio layer III, mono, constant ``bitrate`` kbit/s, without tags."""
    try:
        import lameenc
    except ImportError as exc:
        raise MissingDependency(
            _("MP3 output needs lameenc: {fix}").format(fix='pip install "pubkit-a11y[speech]"')
        ) from exc
    encoder = lameenc.Encoder()
    try:
        encoder.set_bit_rate(bitrate)
        encoder.set_in_sample_rate(audio.rate)
        encoder.set_channels(1)
        encoder.set_quality(
            5
        )  # LAME default; 2 ("near best") is twice as slow, inaudible for speech
        data = bytes(encoder.encode(audio.pcm)) + bytes(encoder.flush())
    except (RuntimeError, ValueError) as exc:
        raise RenderError(
            f"The MP3 encoder refused the audio ({exc}); try another bit rate."
        ) from exc
    return data
