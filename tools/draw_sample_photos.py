"""Draws the sample night's three photos (bot/samples/photos/*.png): simple illustrations made for the project,
written as PNG with the standard library only (no image library, nothing downloaded).

    python tools/draw_sample_photos.py        # rewrites the three files; same bytes every run

Each picture is a few shapes over a gradient, filtered row by row ("Up") and deflated, so each file stays
far below 100 KB.
"""

from __future__ import annotations

import math
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

WIDTH, HEIGHT = 480, 320
OUT = Path(__file__).resolve().parent.parent / "bot" / "samples" / "photos"

Colour = tuple[int, int, int]
Shape = Callable[[float, float], bool]
Paint = Callable[[int, int], Colour]


class Canvas:
    def __init__(self, background: Callable[[int, int], Colour]) -> None:
        self.rows = [[background(x, y) for x in range(WIDTH)] for y in range(HEIGHT)]

    def fill(self, inside: Shape, colour: Colour | Paint, box: tuple[int, int, int, int]) -> None:
        """Paint the pixels of `box` (x0, y0, x1, y1) that are `inside` the shape."""
        x0, y0, x1, y1 = max(0, box[0]), max(0, box[1]), min(WIDTH, box[2]), min(HEIGHT, box[3])
        for y in range(y0, y1):
            row = self.rows[y]
            for x in range(x0, x1):
                if inside(x + 0.5, y + 0.5):
                    row[x] = colour(x, y) if callable(colour) else colour

    def png(self) -> bytes:
        raw = bytearray()
        previous = bytes(WIDTH * 3)
        for row in self.rows:
            line = bytes(c for pixel in row for c in pixel)
            raw.append(2)  # filter "Up": each byte minus the one above it
            raw += bytes((a - b) & 0xFF for a, b in zip(line, previous, strict=True))
            previous = line

        def chunk(kind: bytes, data: bytes) -> bytes:
            return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

        header = struct.pack(">IIBBBBB", WIDTH, HEIGHT, 8, 2, 0, 0, 0)  # 8-bit RGB
        body = chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
        return b"\x89PNG\r\n\x1a\n" + body


def mix(a: Colour, b: Colour, t: float) -> Colour:
    t = min(1.0, max(0.0, t))
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t), round(a[2] + (b[2] - a[2]) * t))


def ellipse(cx: float, cy: float, rx: float, ry: float, turn: float = 0.0) -> Shape:
    c, s = math.cos(turn), math.sin(turn)

    def inside(x: float, y: float) -> bool:
        dx, dy = x - cx, y - cy
        u, v = dx * c + dy * s, -dx * s + dy * c
        return (u / rx) ** 2 + (v / ry) ** 2 <= 1.0

    return inside


def polygon(points: list[tuple[float, float]]) -> Shape:
    def inside(x: float, y: float) -> bool:
        hit = False
        for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1], strict=True):
            if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                hit = not hit
        return hit

    return inside


def box_of(points: list[tuple[float, float]]) -> tuple[int, int, int, int]:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return int(min(xs)), int(min(ys)), int(max(xs)) + 1, int(max(ys)) + 1


def heron() -> bytes:
    """#2: The Night Heron on the carpet: a grey feathered cape and a silver beak under a spotlight."""
    night, glow = (22, 24, 48), (96, 88, 140)

    def background(x: int, y: int) -> Colour:
        return mix(glow, night, math.hypot(x - 240, y - 90) / 260)

    canvas = Canvas(background)
    canvas.fill(lambda x, y: y > 260, lambda x, y: mix((150, 20, 36), (90, 10, 24), (y - 260) / 60), (0, 260, 480, 320))
    cape = [(240, 70), (330, 280), (300, 300), (180, 300), (150, 280)]
    canvas.fill(polygon(cape), lambda x, y: mix((170, 170, 180), (90, 92, 104), (y - 70) / 230), box_of(cape))
    for i in range(7):  # feathers along the hem
        canvas.fill(ellipse(168 + i * 24, 292, 14, 9), (120, 122, 134), (150, 280, 340, 305))
    canvas.fill(ellipse(240, 62, 20, 24), (214, 190, 170), (215, 35, 265, 90))
    beak = [(252, 56), (322, 70), (252, 72)]
    canvas.fill(polygon(beak), (205, 208, 218), box_of(beak))
    canvas.fill(ellipse(240, 56, 22, 9), (200, 203, 214), (215, 45, 265, 68))
    canvas.fill(ellipse(248, 56, 3, 3), (22, 24, 48), (243, 51, 253, 61))
    train = [(300, 300), (470, 292), (470, 306), (300, 308)]
    canvas.fill(polygon(train), (110, 112, 124), box_of(train))
    return canvas.png()


def bracelet() -> bytes:
    """#20: a beaded friendship bracelet held up to the camera."""
    warm, deep = (250, 214, 170), (196, 120, 96)

    def background(x: int, y: int) -> Colour:
        return mix(warm, deep, (x + y) / 800)

    canvas = Canvas(background)
    canvas.fill(ellipse(240, 330, 90, 150), (226, 172, 138), (150, 180, 330, 320))  # the wrist
    beads = [(232, 64, 96), (56, 140, 220), (250, 200, 40), (90, 190, 120), (160, 90, 200)]
    for i in range(22):
        angle = 2 * math.pi * i / 22
        cx, cy = 240 + 150 * math.cos(angle), 160 + 70 * math.sin(angle)
        letter = i in (4, 5, 6)  # Z-O-E: three white letter beads at the front
        colour = (246, 246, 240) if letter else beads[i % len(beads)]
        r = 15 if letter else 12
        canvas.fill(ellipse(cx, cy, r, r), colour, (int(cx) - r, int(cy) - r, int(cx) + r + 1, int(cy) + r + 1))
        if letter:
            mark = ellipse(cx, cy, 6, 2, turn=[0.0, 1.57, 0.8][i - 4])
            canvas.fill(mark, (40, 40, 48), (int(cx) - 8, int(cy) - 8, int(cx) + 9, int(cy) + 9))
    return canvas.png()


def heel() -> bytes:
    """#4: a shoe held like a clutch bag, its heel snapped off, on the red carpet."""

    def background(x: int, y: int) -> Colour:
        stripe = (x // 40) % 2
        return mix((176, 24, 40) if stripe else (160, 18, 34), (70, 8, 18), y / 420)

    canvas = Canvas(background)
    shoe = [(110, 150), (300, 120), (380, 150), (370, 185), (150, 200), (112, 186)]
    canvas.fill(polygon(shoe), lambda x, y: mix((236, 200, 90), (180, 140, 40), (y - 120) / 80), box_of(shoe))
    canvas.fill(ellipse(300, 140, 50, 14, turn=-0.2), (120, 90, 30), (245, 120, 355, 160))
    stub = [(118, 190), (140, 192), (136, 210), (122, 210)]
    canvas.fill(polygon(stub), (60, 44, 20), box_of(stub))
    snapped = [(200, 250), (220, 246), (232, 300), (214, 304)]
    canvas.fill(polygon(snapped), (60, 44, 20), box_of(snapped))
    canvas.fill(ellipse(120, 150, 30, 16), (226, 172, 138), (88, 132, 152, 168))  # the hand holding it
    return canvas.png()


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, draw in (("heron.png", heron), ("bracelet.png", bracelet), ("heel.png", heel)):
        data = draw()
        (OUT / name).write_bytes(data)
        print(f"{OUT / name}: {len(data):,} bytes")


if __name__ == "__main__":
    main()
