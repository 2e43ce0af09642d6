"""MP3 in segments: one independently encoded, cacheable stream per sentence, concatenated.

After a one-sentence edit, encoding the whole file again was most of the render time
(lameenc, 0.56 s for 284 s of audio). So each sentence's *segment* (its pause, then its
audio) is encoded on its own and cached under the hash of its PCM; a render concatenates
the cached frames and encodes only the changed sentence.

Why separate streams, and not LAME's ``nogap`` mode or an encoder with the bit reservoir
off: ``nogap`` carries the encoder's state (the MDCT overlap, the bit reservoir) from one
track into the next, so track *n* can only be encoded right after track *n − 1* — nothing
could be taken from a cache. Switching the bit reservoir off does not remove LAME's
encoder delay either. lameenc (already the speech extra's encoder, 1.9) exposes neither;
the only other LAME binding on PyPI, lame-ctypes (0.1.3, last released 2022), is not well
kept, and neither would help a cache. Independent streams join cleanly when the layout
accounts for what LAME adds to each, exactly:

- *Frames.* At 22 050 Hz MP3 is MPEG-2 Layer III: 576 samples a frame (1152 for MPEG-1
  at 32 kHz and above). Each segment's PCM is a whole number of frames.
- *Encoder delay and padding.* LAME puts :data:`ENCODER_DELAY` (576) samples of silence
  before a stream's audio and ends it at least :data:`END_PADDING` (576) samples after,
  rounded up to a whole frame: a segment of ``n`` frames of PCM decodes to
  ``ceil((n·frame + 1152) / frame)`` frames (measured with lameenc 1.9 / LAME 3.100 at
  16, 22.05 and 44.1 kHz; the renderer counts the frames it really got, so the timeline
  does not depend on this).
- *Decoder delay.* The decoder's filter bank adds :data:`DECODER_DELAY` (529) samples,
  once, at the start of the file (the decoder runs on through the joins).
- *Joins.* A fresh encoder starts with an empty bit reservoir (``main_data_begin`` is 0),
  so a frame never refers to the previous segment's bytes; every join lies in digital
  silence (LAME's end padding, then the next stream's delay), so the overlap-add across
  a join adds nothing audible.

The layout therefore shortens each segment's pause by the two frames LAME adds, so
the silence heard between two sentences is the chosen pause within half a frame
(±13 ms), and the renderer lays out WAV and Ogg/Opus the same way, with that silence in
place of LAME's: every format has its sentences at the same sample, the MP3 a constant
:data:`DECODER_DELAY` later. lameenc writes no LAME/Xing header, so players cannot trim
the delay: cue and chapter times include it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache

from pubkit.errors import MissingDependency, RenderError
from pubkit.i18n import _

__all__ = [
    "DECODER_DELAY",
    "ENCODER_DELAY",
    "END_PADDING",
    "QUALITY",
    "Segment",
    "count_frames",
    "encode_segment",
    "encoder_version",
    "frame_samples",
    "plan_segment",
    "segment_key",
]

ENCODER_DELAY = 576
"""Samples LAME puts before a stream's first input sample."""
END_PADDING = 576
"""At least this much silence LAME appends after a stream's last input sample."""
DECODER_DELAY = 529
"""Samples an MP3 decoder's synthesis filter bank adds at the start of the file."""
QUALITY = 7
"""LAME's ``-q``: 7 encodes 22–45 % faster than the default 5, with a higher signal-to-noise
ratio on espeak-ng's voices (figures in ``docs/speech.md``); audibility needs a listener."""
_FORMAT = 3  # bump when the segment layout or its key changes


def frame_samples(rate: int) -> int:
    """Samples per Layer III frame: 1152 for MPEG-1 (32 kHz and up), else 576."""
    return 1152 if rate >= 32000 else 576


@dataclass(frozen=True, slots=True)
class Segment:
    """Where one sentence sits in its segment, in samples."""

    lead: int
    """Silence put before the audio in the segment's PCM."""
    frames: int
    """Frames of PCM (the audio plus ``lead``) handed to the encoder."""
    span: int
    """Samples the segment takes on the timeline: the frames the encoder gives back."""

    @property
    def offset(self) -> int:
        """Where the audio starts within the segment's span."""
        return ENCODER_DELAY + self.lead


def plan_segment(pause: int, length: int, rate: int) -> Segment:
    """The segment for ``length`` samples of audio heard after ``pause`` samples of silence.

    The pause in the PCM is shortened by the silence LAME adds around every stream (its
    delay before, its padding after the previous segment), rounded to whole frames: the
    silence heard before the audio is ``pause`` within half a frame. Depends only on its
    own pause and length, so an edit elsewhere never changes this segment.
    """
    frame = frame_samples(rate)
    added = ENCODER_DELAY + END_PADDING
    wanted = (pause + length - added + frame // 2) // frame  # nearest whole frame
    frames = max(wanted, -(-length // frame), 1)
    pcm = frames * frame
    span = -(-(pcm + added) // frame) * frame
    return Segment(lead=pcm - length, frames=frames, span=span)


@cache
def encoder_version() -> str:
    from importlib.util import find_spec

    from pubkit.speech.engine import package_version

    spec = find_spec("lameenc")
    return f"lameenc-{package_version(spec.origin if spec else None, 'lameenc')}"


def segment_key(pcm: bytes, *, rate: int, bitrate: int, quality: int) -> str:
    """Cache key of an encoded segment: the PCM's hash, the settings, the encoder version."""
    # SHA-256: OpenSSL uses the CPU's SHA instructions where there are any (x86 SHA-NI,
    # ARMv8): 7 ms for 290 s of audio here, where BLAKE2b took 14 ms.
    digest = hashlib.sha256(pcm).hexdigest()
    payload = [_FORMAT, "mp3", encoder_version(), rate, bitrate, quality, digest]
    return hashlib.sha256(json.dumps(payload).encode("ascii")).hexdigest()


def encode_segment(pcm: bytes, *, rate: int, bitrate: int, quality: int = QUALITY) -> bytes:
    """One independent MP3 stream (mono, constant ``bitrate`` kbit/s, no tags) of ``pcm``."""
    try:
        import lameenc
    except ImportError as exc:
        raise MissingDependency(
            _("MP3 output needs lameenc: {fix}").format(fix='pip install "pubkit-a11y[speech]"')
        ) from exc
    encoder = lameenc.Encoder()
    try:
        encoder.set_bit_rate(bitrate)
        encoder.set_in_sample_rate(rate)
        encoder.set_out_sample_rate(rate)
        encoder.set_channels(1)
        encoder.set_quality(quality)
        # lameenc releases the GIL while it encodes: segments encode in parallel threads.
        return bytes(encoder.encode(pcm)) + bytes(encoder.flush())
    except (RuntimeError, ValueError) as exc:
        raise RenderError(
            f"The MP3 encoder refused the audio ({exc}); try another bit rate."
        ) from exc


_BITRATES = {
    True: (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),  # MPEG-1
    False: (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),  # MPEG-2, 2.5
}
_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


def count_frames(mp3: bytes, *, rate: int) -> int:
    """The number of Layer III frames in ``mp3`` (no tags), checking each frame's header."""
    pos = frames = 0
    sizes: dict[int, int] = {}  # the header's first three bytes → frame size
    end = len(mp3)
    while pos < end:
        if pos + 4 > end:
            raise RenderError("The MP3 encoder wrote a truncated frame.")
        signature = mp3[pos] << 16 | mp3[pos + 1] << 8 | mp3[pos + 2]
        size = sizes.get(signature)
        if size is None:
            size = sizes[signature] = _frame_size(mp3[pos : pos + 4], rate, pos)
        pos += size
        frames += 1
    if pos != end:
        raise RenderError("The MP3 encoder wrote a truncated frame.")
    return frames


def _frame_size(header: bytes, rate: int, pos: int) -> int:
    if header[0] != 0xFF or header[1] & 0xE0 != 0xE0:
        raise RenderError(f"The MP3 encoder wrote no frame header at byte {pos}.")
    version_bits = (header[1] >> 3) & 3
    layer = (header[1] >> 1) & 3
    rate_index = (header[2] >> 2) & 3
    if version_bits not in _RATES or layer != 1 or rate_index == 3:
        raise RenderError(f"Not an MPEG Layer III frame at byte {pos}.")
    mpeg1 = version_bits == 3
    frame_rate = _RATES[version_bits][rate_index]
    if frame_rate != rate:
        raise RenderError(
            f"The MP3 encoder resampled {rate} Hz to {frame_rate} Hz; try another bit rate."
        )
    bitrate = _BITRATES[mpeg1][header[2] >> 4]
    if bitrate == 0:
        raise RenderError(f"Free-format MP3 frame at byte {pos}.")
    return (144_000 if mpeg1 else 72_000) * bitrate // frame_rate + ((header[2] >> 1) & 1)
