#!/usr/bin/env python3
"""Draws the maskable app icon (public/icon-maskable-512.png) from the design of
public/favicon.svg, with Python's standard library only. Run once after changing the
design: python3 .ci/icons.py

A maskable icon fills its whole square (the platform cuts its own shape out of it) and
keeps everything that matters inside the centred circle of 40 % of its size."""
import math
import struct
import zlib
from pathlib import Path

BRAND = (0x1D, 0x35, 0x57)  # --brand in style/main.css
CURVE = (0xA8, 0xDA, 0xDC)
DOT = (0xF1, 0xFA, 0xEE)  # --brand-ink

# favicon.svg, in its 64-unit viewBox: the experience curve (two cubic Béziers, the
# second one's first control point mirrored as SVG's "S" does) and the dot on it.
SEGMENTS = [((10, 44), (22, 44), (26, 20), (36, 20)), ((36, 20), (46, 20), (50, 30), (54, 16))]
STROKE = 5.0
DOT_AT, DOT_R = (36, 20), 5.0
MOTIF_CENTRE = (32, 30)  # middle of the curve's bounding box, stroke included


def bezier(p0, p1, p2, p3, t):
    u = 1 - t
    return tuple(u**3 * a + 3 * u * u * t * b + 3 * u * t * t * c + t**3 * d
                 for a, b, c, d in zip(p0, p1, p2, p3))


def stamp(mask, size, cx, cy, r):
    """Sets every pixel of a filled disc in a bytearray mask of size × size."""
    for y in range(max(0, math.floor(cy - r)), min(size, math.ceil(cy + r) + 1)):
        dy = y + 0.5 - cy
        if abs(dy) > r:
            continue
        half = math.sqrt(r * r - dy * dy)
        x0, x1 = max(0, math.ceil(cx - half - 0.5)), min(size, math.floor(cx + half - 0.5) + 1)
        if x1 > x0:
            mask[y * size + x0:y * size + x1] = b"\x01" * (x1 - x0)


def coverage(mask, big, ss):
    """Box-filters a big × big mask down by ss: the covered fraction of each pixel."""
    size = big // ss
    out = [0.0] * (size * size)
    for y in range(big):
        row = mask[y * big:(y + 1) * big]
        base = (y // ss) * size
        for x in range(size):
            out[base + x] += sum(row[x * ss:(x + 1) * ss])
    return [v / (ss * ss) for v in out]


def maskable(size, ss=4):
    big = size * ss
    # The motif's half diagonal is about 29.5 units; fit it in the safe circle (radius
    # 0.4 × 64 units) with a little room.
    scale = 0.4 * 64 / 29.5 * 0.95 * big / 64

    def to_px(p):
        return (big / 2 + (p[0] - MOTIF_CENTRE[0]) * scale, big / 2 + (p[1] - MOTIF_CENTRE[1]) * scale)

    curve = bytearray(big * big)
    for seg in SEGMENTS:
        steps = 1200
        for i in range(steps + 1):
            x, y = to_px(bezier(*seg, i / steps))
            stamp(curve, big, x, y, STROKE / 2 * scale)
    dot = bytearray(big * big)
    x, y = to_px(DOT_AT)
    stamp(dot, big, x, y, DOT_R * scale)
    curve_cov, dot_cov = coverage(curve, big, ss), coverage(dot, big, ss)

    rows = []
    for y in range(size):
        row = bytearray(b"\x00")  # filter type: none
        for x in range(size):
            i = y * size + x
            colour = [c * (1 - curve_cov[i]) + k * curve_cov[i] for c, k in zip(BRAND, CURVE)]
            colour = [c * (1 - dot_cov[i]) + k * dot_cov[i] for c, k in zip(colour, DOT)]
            row += bytes(round(c) for c in colour)
        rows.append(bytes(row))
    return png(size, size, b"".join(rows))


def png(width, height, raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "public" / "icon-maskable-512.png"
    out.write_bytes(maskable(512))
    print(f"wrote {out}")
