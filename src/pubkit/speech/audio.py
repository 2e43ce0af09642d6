"""PCM helpers and encoders: trim, silence, join, WAV, MP3 (lameenc) and Ogg/Opus (libopus)."""

from __future__ import annotations

import array
import io
import math
import sys
import wave

from pubkit.errors import MissingDependency, RenderError
from pubkit.speech.engine import Audio

__all__ = ["encode_mp3", "encode_wav", "join", "measure_gaps", "resample", "silence", "trim"]

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


def trim(audio: Audio, *, lead_ms: int = 40, tail_ms: int = 80) -> Audio:
    """Cut the engine's own leading and trailing silence down to a fixed margin.

    espeak-ng ends every utterance with about 0.4 s of silence; trimming makes the pauses
    between sentences exactly those pubkit chooses.
    """
    samples = _array(audio.pcm)
    start, end = 0, len(samples)
    while start < end and abs(samples[start]) < SILENCE_LEVEL:
        start += 1
    while end > start and abs(samples[end - 1]) < SILENCE_LEVEL:
        end -= 1
    if start == end:
        return Audio(b"", audio.rate)
    start = max(0, start - audio.rate * lead_ms // 1000)
    end = min(len(samples), end + audio.rate * tail_ms // 1000)
    return Audio(_bytes(samples[start:end]), audio.rate)


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
        raise MissingDependency('MP3 output needs lameenc: pip install "pubkit[speech]"') from exc
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
