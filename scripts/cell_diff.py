#!/usr/bin/env python3
"""Compares two pictures of the same frame cell by cell.

usage: cell_diff.py A.png B.png [--crop X,Y]

Both are cut into the export's cell grid (src/export/svg.rs: cells of
14 * 1233 / 2048 by 17 px, 12 px in). A pixel differs when its colours differ
by more than 64 of 255 from B's pixel there and from both its neighbours in the
row (Firefox snaps glyphs to whole pixels); a cell differs when more than 20 %
of its pixels do. Two renderers' anti-aliasing stays under 20 % in every cell;
text moved by a column (8.4 px) or collapsed spaces put whole cells over 30 %. Prints the count and
the worst cells, and exits 1 if any cell differs. With --crop, B is read from
offset X,Y at A's size (a page that holds the picture).
"""
import argparse
import sys

from PIL import Image, ImageChops

CELL_W, CELL_H, PAD = 14 * 1233 / 2048, 17, 12

parser = argparse.ArgumentParser()
parser.add_argument("a")
parser.add_argument("b")
parser.add_argument("--crop", default="0,0")
args = parser.parse_args()

a = Image.open(args.a).convert("RGB")
x, y = (int(v) for v in args.crop.split(","))
b = Image.open(args.b).convert("RGB").crop((x, y, x + a.width, y + a.height))
diff = ImageChops.difference(a, b)
for dx in (-1, 1):
    diff = ImageChops.darker(diff, ImageChops.difference(a, ImageChops.offset(b, dx, 0)))
diff = diff.convert("L").point(lambda v: 255 if v > 64 else 0)
cols = round((a.width - 2 * PAD) / CELL_W)
rows = round((a.height - 2 * PAD) / CELL_H)
shares = []
for row in range(rows):
    for col in range(cols):
        box = (
            int(PAD + col * CELL_W),
            int(PAD + row * CELL_H),
            int(PAD + (col + 1) * CELL_W),
            int(PAD + (row + 1) * CELL_H),
        )
        area = (box[2] - box[0]) * (box[3] - box[1])
        shares.append((diff.crop(box).histogram()[255] / area, col, row))
shares.sort(reverse=True)
bad = [s for s in shares if s[0] > 0.2]
worst = ", ".join(f"col {c} row {r} {100 * s:.0f}%" for s, c, r in shares[:3])
print(f"{len(bad)} of {cols * rows} cells differ; worst: {worst}")
sys.exit(1 if bad else 0)
