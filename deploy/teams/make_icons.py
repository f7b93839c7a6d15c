#!/usr/bin/env python3
"""Draws the Teams app icons (color.png 192x192, outline.png 32x32) with the standard library.

The symbol is a speech bubble with a keyhole: "a chat that helps you get back into your
account". Both icons come from one drawing on a 32x32 grid, scaled; edges are
anti-aliased by supersampling. Output is deterministic, so re-running it leaves git clean.
Usage: python3 make_icons.py [output-dir]   (default: this script's folder)
"""
import math
import os
import struct
import sys
import zlib

ACCENT = (0x1F, 0x6F, 0xB2)  # keep in step with accentColor in manifest.json
WHITE = (0xFF, 0xFF, 0xFF)
SUPERSAMPLE = 4


def in_rounded_rect(x, y, left, top, right, bottom, radius):
    if not (left <= x <= right and top <= y <= bottom):
        return False
    cx = min(max(x, left + radius), right - radius)
    cy = min(max(y, top + radius), bottom - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def in_triangle(x, y, a, b, c):
    def side(p, q):
        return (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0])
    d1, d2, d3 = side(a, b), side(b, c), side(c, a)
    has_negative = d1 < 0 or d2 < 0 or d3 < 0
    has_positive = d1 > 0 or d2 > 0 or d3 > 0
    return not (has_negative and has_positive)


def in_bubble(x, y, inset=0.0):
    """Speech bubble on the 32-grid; inset shrinks it (used to hollow out the outline)."""
    body = in_rounded_rect(x, y, 3 + inset, 4 + inset, 29 - inset, 23 - inset, 6 - inset)
    tail = in_triangle(x, y, (8 + inset, 22), (15 - inset, 22), (7 + inset * 0.5, 29 - inset * 1.5))
    return body or tail


def in_keyhole(x, y):
    head = (x - 16) ** 2 + (y - 11.5) ** 2 <= 3.0 ** 2
    stem_half_width = 1.2 + (y - 12) * 0.25
    stem = 12 <= y <= 19 and abs(x - 16) <= stem_half_width
    return head or stem


def color_pixel(x, y):
    """Full-bleed accent square, white bubble, keyhole cut out in the accent colour."""
    if in_bubble(x, y) and not in_keyhole(x, y):
        return WHITE + (255,)
    return ACCENT + (255,)


def outline_pixel(x, y):
    """White on transparent only, as Teams requires of the outline icon."""
    stroke = in_bubble(x, y) and not in_bubble(x, y, inset=2.0)
    return WHITE + (255,) if stroke or in_keyhole(x, y) else WHITE + (0,)


def render(size, pixel):
    scale = 32.0 / size
    rows = []
    for py in range(size):
        row = bytearray([0])  # PNG filter type 0 (none)
        for px in range(size):
            total = [0, 0, 0, 0]
            for sy in range(SUPERSAMPLE):
                for sx in range(SUPERSAMPLE):
                    gx = (px + (sx + 0.5) / SUPERSAMPLE) * scale
                    gy = (py + (sy + 0.5) / SUPERSAMPLE) * scale
                    r, g, b, a = pixel(gx, gy)
                    total[0] += r * a
                    total[1] += g * a
                    total[2] += b * a
                    total[3] += a
            samples = SUPERSAMPLE * SUPERSAMPLE
            alpha = total[3] / samples
            if total[3] == 0:
                row += bytes((255, 255, 255, 0))
            else:
                row += bytes(round(c / total[3]) for c in total[:3]) + bytes((round(alpha),))
        rows.append(bytes(row))
    return b"".join(rows)


def chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def write_png(path, size, pixel):
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
           + chunk(b"IDAT", zlib.compress(render(size, pixel), 9)) + chunk(b"IEND", b""))
    with open(path, "wb") as f:
        f.write(png)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    write_png(os.path.join(out, "color.png"), 192, color_pixel)
    write_png(os.path.join(out, "outline.png"), 32, outline_pixel)


if __name__ == "__main__":
    main()
