"""Tiny images for tests, made in code so that no binary fixture is needed."""

from __future__ import annotations

import struct
import zlib


def png(width: int = 24, height: int = 12, rgb: tuple[int, int, int] = (20, 90, 160)) -> bytes:
    """A valid, uncompressed-looking single-colour RGB PNG."""
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )
