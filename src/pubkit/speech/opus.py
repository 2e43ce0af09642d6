"""Ogg/Opus output (RFC 7845) through the system's libopus, with a small Ogg muxer.

Opus takes 8, 12, 16, 24 or 48 kHz input, so espeak-ng's 22 050 Hz audio is resampled to
24 kHz first. Debian: ``apt install libopus0`` (present wherever ffmpeg or browsers are).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import struct
from functools import cache

from pubkit.errors import MissingDependency, RenderError
from pubkit.i18n import _
from pubkit.speech.audio import resample
from pubkit.speech.engine import Audio

__all__ = ["encode_ogg_opus"]

_RATE = 24000
_FRAME = _RATE // 50  # 20 ms
_APPLICATION_VOIP = 2048
_SET_BITRATE = 4002
_GET_LOOKAHEAD = 4027
_PACKETS_PER_PAGE = 50  # one second of audio per Ogg page


@cache
def _libopus() -> ctypes.CDLL:
    name = ctypes.util.find_library("opus")
    if name is None:
        raise MissingDependency(
            _("Ogg/Opus output needs libopus: {fix}.").format(fix="apt install libopus0")
        )
    lib = ctypes.CDLL(name)
    lib.opus_encoder_create.restype = ctypes.c_void_p
    lib.opus_encoder_create.argtypes = [
        ctypes.c_int32,
        ctypes.c_int,
        ctypes.c_int,
        ctypes.POINTER(ctypes.c_int),
    ]
    lib.opus_encode.restype = ctypes.c_int32
    lib.opus_encode.argtypes = [
        ctypes.c_void_p,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int32,
    ]
    lib.opus_encoder_destroy.argtypes = [ctypes.c_void_p]
    lib.opus_encoder_destroy.restype = None
    return lib


@cache
def _crc_table() -> tuple[int, ...]:
    table = []
    for i in range(256):
        crc = i << 24
        for _bit in range(8):
            crc = ((crc << 1) ^ 0x04C11DB7) if crc & 0x80000000 else crc << 1
        table.append(crc & 0xFFFFFFFF)
    return tuple(table)


def _crc(data: bytes) -> int:
    table = _crc_table()
    crc = 0
    for byte in data:
        crc = ((crc << 8) & 0xFFFFFFFF) ^ table[((crc >> 24) ^ byte) & 0xFF]
    return crc


def _page(packets: list[bytes], *, granule: int, serial: int, sequence: int, flags: int) -> bytes:
    lacing = bytearray()
    for packet in packets:
        lacing += b"\xff" * (len(packet) // 255) + bytes([len(packet) % 255])
    header = struct.pack("<4sBBqIIIB", b"OggS", 0, flags, granule, serial, sequence, 0, len(lacing))
    page = header + bytes(lacing) + b"".join(packets)
    return page[:22] + struct.pack("<I", _crc(page)) + page[26:]


def encode_ogg_opus(audio: Audio, *, title: str, language: str, bitrate: int = 32) -> bytes:
    """Ogg/Opus, mono, ``bitrate`` kbit/s (VoIP mode, tuned for speech)."""
    lib = _libopus()
    error = ctypes.c_int(0)
    encoder = lib.opus_encoder_create(_RATE, 1, _APPLICATION_VOIP, ctypes.byref(error))
    if error.value != 0 or not encoder:
        raise RenderError(f"libopus could not create an encoder (error {error.value}).")
    try:
        lib.opus_encoder_ctl(
            ctypes.c_void_p(encoder), ctypes.c_int(_SET_BITRATE), ctypes.c_int32(bitrate * 1000)
        )
        lookahead = ctypes.c_int32(0)
        lib.opus_encoder_ctl(
            ctypes.c_void_p(encoder), ctypes.c_int(_GET_LOOKAHEAD), ctypes.byref(lookahead)
        )
        pcm = resample(audio, _RATE).pcm
        samples = len(pcm) // 2
        pcm += bytes(2 * (-samples % _FRAME))
        out = ctypes.create_string_buffer(4000)
        packets: list[bytes] = []
        for offset in range(0, len(pcm), 2 * _FRAME):
            size = lib.opus_encode(encoder, pcm[offset : offset + 2 * _FRAME], _FRAME, out, 4000)
            if size < 0:
                raise RenderError(f"libopus failed to encode (error {size}).")
            packets.append(out.raw[:size])
    finally:
        lib.opus_encoder_destroy(encoder)
    pre_skip = lookahead.value * 48000 // _RATE
    head = struct.pack("<8sBBHIhB", b"OpusHead", 1, 1, pre_skip, audio.rate, 0, 0)
    vendor = b"pubkit libopus"
    comments = [f"TITLE={title}".encode(), f"LANGUAGE={language}".encode()]
    tags = struct.pack("<8sI", b"OpusTags", len(vendor)) + vendor + struct.pack("<I", len(comments))
    tags += b"".join(struct.pack("<I", len(c)) + c for c in comments)
    serial = 0x7075626B  # "pubk": fixed, so the output is deterministic
    pages = [
        _page([head], granule=0, serial=serial, sequence=0, flags=0x02),
        _page([tags], granule=0, serial=serial, sequence=1, flags=0),
    ]
    total = pre_skip + samples * 48000 // _RATE
    for index in range(0, len(packets), _PACKETS_PER_PAGE):
        chunk = packets[index : index + _PACKETS_PER_PAGE]
        last = index + _PACKETS_PER_PAGE >= len(packets)
        granule = total if last else pre_skip + (index + len(chunk)) * _FRAME * 48000 // _RATE
        pages.append(
            _page(
                chunk,
                granule=granule,
                serial=serial,
                sequence=len(pages),
                flags=0x04 if last else 0,
            )
        )
    return b"".join(pages)
