"""Small real images for tests and benchmarks, made in code (no image library): a PNG of one colour, as big as
asked (padding goes in a `tEXt` chunk, which every PNG reader skips)."""

from __future__ import annotations

import struct
import zlib


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png(rgb: tuple[int, int, int] = (232, 185, 35), *, width: int = 8, height: int = 8, size: int = 0) -> bytes:
    """A valid `width`×`height` PNG of one colour, padded to at least `size` bytes."""
    row = b"\x00" + bytes(rgb) * width
    image = (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + _chunk(b"IDAT", zlib.compress(row * height))
    )
    missing = size - len(image) - 12 - 12
    if missing > 0:
        image += _chunk(b"tEXt", b"Comment\x00" + b"x" * max(0, missing - 8))
    return image + _chunk(b"IEND", b"")
