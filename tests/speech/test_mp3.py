"""MP3 segments: the layout, LAME's frame arithmetic, frame counting and fast trimming."""

from __future__ import annotations

import random
import struct

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pubkit.errors import RenderError
from pubkit.speech.audio import SILENCE_LEVEL, speech_bounds, trim
from pubkit.speech.engine import Audio
from pubkit.speech.mp3 import (
    count_frames,
    encode_segment,
    frame_samples,
    plan_segment,
    segment_key,
)


@given(
    segments=st.lists(
        st.tuples(st.integers(1800, 60_000), st.integers(0, 200_000)), min_size=2, max_size=6
    ),
    rate=st.sampled_from([22050, 16000, 44100]),
)
def test_heard_pause_is_the_chosen_pause_within_half_a_frame(
    segments: list[tuple[int, int]], rate: int
) -> None:
    """Pauses of at least 1800 samples (LAME's own two frames add 1152 at 22 050 Hz)."""
    frame = frame_samples(rate)
    planned = [plan_segment(pause, length, rate) for pause, length in segments]
    for seg, (_, length) in zip(planned, segments, strict=True):
        assert seg.lead >= 0
        assert seg.lead + length == seg.frames * frame
        assert seg.span % frame == 0
        assert seg.offset + length <= seg.span
    for i in range(1, len(planned)):
        before, length_before = planned[i - 1], segments[i - 1][1]
        heard = (before.span - before.offset - length_before) + planned[i].offset
        assert abs(heard - segments[i][0]) <= frame // 2


@pytest.mark.parametrize("rate", [22050, 16000, 44100])
@pytest.mark.parametrize("length", [0, 1, 575, 576, 577, 5000, 22050])
def test_lame_gives_the_planned_number_of_frames(rate: int, length: int) -> None:
    segment = plan_segment(rate * 350 // 1000, length, rate)
    pcm = bytes(2 * segment.lead) + _noise(length)
    data = encode_segment(pcm, rate=rate, bitrate=64 if rate > 32000 else 48)
    assert count_frames(data, rate=rate) * frame_samples(rate) == segment.span


def test_count_frames_refuses_what_is_not_mp3() -> None:
    data = encode_segment(bytes(2 * 576 * 4), rate=22050, bitrate=48)
    with pytest.raises(RenderError):
        count_frames(data[:-1], rate=22050)
    with pytest.raises(RenderError):
        count_frames(b"RIFF" + data, rate=22050)
    with pytest.raises(RenderError, match="resampled"):
        count_frames(data, rate=16000)


def test_segment_key_depends_on_pcm_and_settings() -> None:
    base = segment_key(b"\x01\x00", rate=22050, bitrate=48, quality=7)
    assert base == segment_key(b"\x01\x00", rate=22050, bitrate=48, quality=7)
    assert base != segment_key(b"\x02\x00", rate=22050, bitrate=48, quality=7)
    assert base != segment_key(b"\x01\x00", rate=22050, bitrate=64, quality=7)
    assert base != segment_key(b"\x01\x00", rate=22050, bitrate=48, quality=5)


def _noise(n: int) -> bytes:
    rnd = random.Random(n)
    return struct.pack(f"<{n}h", *(rnd.randint(-9000, 9000) for _ in range(n)))


def _slow_bounds(values: list[int], level: int) -> tuple[int, int] | None:
    loud = [i for i, v in enumerate(values) if abs(v) >= level]
    return (loud[0], loud[-1] + 1) if loud else None


@given(
    st.lists(
        st.one_of(
            st.integers(-400, 400),
            st.integers(-32768, 32767),
            st.sampled_from([0, 255, 256, -256, -257, 299, -299, 300, -300, -32768, 32767]),
        ),
        max_size=80,
    ),
    st.sampled_from([SILENCE_LEVEL, 1, 256, 257, 5000]),
)
def test_speech_bounds_equals_a_sample_by_sample_scan(values: list[int], level: int) -> None:
    pcm = struct.pack(f"<{len(values)}h", *values)
    assert speech_bounds(pcm, level=level) == _slow_bounds(values, level)


def test_trim_of_silence_is_empty() -> None:
    assert trim(Audio(bytes(2000), 22050)).pcm == b""
