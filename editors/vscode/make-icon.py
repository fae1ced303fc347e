#!/usr/bin/env python3
"""Draws the extension's icon, icon.png (128x128 RGBA): a rounded dark-blue tile holding a white rule
label, `[` `]` around three lines of text, the middle one highlighted. Plain zlib PNG, no imaging library,
so that the icon can be redrawn anywhere: python3 make-icon.py"""
import struct
import zlib

SIZE = 128
BG = (30, 58, 95, 255)
FG = (255, 255, 255, 255)
ACCENT = (255, 196, 61, 255)
pixels = [[(0, 0, 0, 0)] * SIZE for _ in range(SIZE)]


def rect(x0, y0, x1, y1, colour):
    for y in range(y0, y1):
        for x in range(x0, x1):
            pixels[y][x] = colour


def inside_rounded(x, y, radius=22):
    cx = min(max(x, radius), SIZE - 1 - radius)
    cy = min(max(y, radius), SIZE - 1 - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


for y in range(SIZE):
    for x in range(SIZE):
        if inside_rounded(x, y):
            pixels[y][x] = BG
# `[` and `]`
rect(22, 28, 30, 100, FG); rect(22, 28, 40, 36, FG); rect(22, 92, 40, 100, FG)
rect(98, 28, 106, 100, FG); rect(88, 28, 106, 36, FG); rect(88, 92, 106, 100, FG)
# three lines of text, the cited one highlighted
rect(44, 44, 84, 52, FG)
rect(44, 60, 84, 68, ACCENT)
rect(44, 76, 72, 84, FG)

raw = b''.join(b'\x00' + b''.join(struct.pack('4B', *p) for p in row) for row in pixels)


def chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xFFFFFFFF)


png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', SIZE, SIZE, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')
with open('icon.png', 'wb') as out:
    out.write(png)
