"""UI art: the bitmap font (assets/font), the title logo and a 9-slice menu panel (assets/ui)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from .core import Canvas, T, c, dither_pick, write_json

CELL = 8


def parse_font(path: Path) -> dict[int, np.ndarray]:
    """Glyph bitmaps (8 rows x trimmed width, bool) by character code."""
    glyphs: dict[int, np.ndarray] = {}
    bands: list[tuple[str, list[str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(";"):
            continue
        if line.startswith("== band "):
            bands.append((line[len("== band "):], []))
        elif bands and line.strip():
            bands[-1][1].append(line)
    for chars, rows in bands:
        for k, ch in enumerate(chars):
            g = np.array([[row[k * 6 + x] == "#" for x in range(5)] for row in rows], dtype=bool)
            glyphs[ord(ch)] = g
    return glyphs


def trim(g: np.ndarray) -> np.ndarray:
    cols = np.where(g.any(axis=0))[0]
    if len(cols) == 0:
        return g[:, :0]
    return g[:, cols[0]:cols[-1] + 1]


def font(src: Path, out: Path) -> list[Path]:
    glyphs = parse_font(src / "art" / "font.txt")
    sheet = Canvas(16 * CELL, 6 * CELL)
    advance = []
    for code in range(32, 127):
        i = code - 32
        g = trim(glyphs[code])
        x0, y0 = (i % 16) * CELL, (i // 16) * CELL
        for y, x in zip(*np.nonzero(g)):
            sheet.px(x0 + x, y0 + y, c("white"))
        advance.append(4 if code == 32 else g.shape[1] + 1)
    return [sheet.save(out / "font" / "font.png"),
            write_json(out / "font" / "font.json", {"cell": [CELL, CELL], "first": 32, "columns": 16,
                                                    "advance": advance})]


def chrome_text(text: str, glyphs, sx: int, sy: int, gap: int = 1) -> np.ndarray:
    """Text scaled to blocky sx-by-sy pixels per font pixel, as a bool mask.

    Font pixels that touch only at a corner (the slants of M, N, Y, the hook of J, the shoulders
    of A) are joined by a 45-degree chamfer across the two empty cells, so a stroke never breaks
    into blocks meeting at a point.
    """
    parts = []
    for ch in text:
        g = trim(glyphs[ord(ch)])[:7] if ch != " " else np.zeros((7, 3), dtype=bool)
        parts.append(g)
        parts.append(np.zeros((7, gap), dtype=bool))
    m = np.concatenate(parts[:-1], axis=1)
    out = np.kron(m, np.ones((sy, sx), dtype=bool))
    v, u = np.mgrid[0:sy, 0:sx].astype(float)
    v, u = (v + 0.5) / sy, (u + 0.5) / sx
    tri = {"ll": u < v, "ur": u > v, "lr": u + v > 1, "ul": u + v < 1}  # the half of a cell to fill
    rows, cols = m.shape
    for r in range(rows - 1):
        for q in range(cols - 1):
            a, b, c_, d = m[r, q], m[r, q + 1], m[r + 1, q], m[r + 1, q + 1]
            fills = []
            if a and d and not b and not c_:
                fills = [(r, q + 1, "ll"), (r + 1, q, "ur")]
            elif b and c_ and not a and not d:
                fills = [(r, q, "lr"), (r + 1, q + 1, "ul")]
            for rr, qq, k in fills:
                out[rr * sy:(rr + 1) * sy, qq * sx:(qq + 1) * sx] |= tri[k]
    return out


def logo(src: Path, out: Path) -> Path:
    glyphs = parse_font(src / "art" / "font.txt")
    W, H = 360, 80
    cv = Canvas(W, H)
    m = chrome_text("JUDGMENT DAY", glyphs, 5, 8)
    # round off the block corners a little: clip pixels with 2 empty diagonal neighbours
    h, w = m.shape
    x0, y0 = (W - w) // 2, 6
    full = np.zeros((H, W), dtype=bool)
    full[y0:y0 + h, x0:x0 + w] = m
    # letter faces: chrome with a horizon line, reflecting the sky below it
    for y in range(y0, y0 + h):
        t = (y - y0) / (h - 1)
        for x in range(W):
            if not full[y, x]:
                continue
            if t < 0.18:
                col = "white" if dither_pick(x, y, 1 - t / 0.18 * 0.6) else "chrome"
            elif t < 0.46:
                col = "chrome" if dither_pick(x, y, 1 - (t - 0.18) / 0.28) else "steel"
            elif t < 0.52:
                col = "steel_dark"
            elif t < 0.75:
                col = "blue" if dither_pick(x, y, 1 - (t - 0.52) / 0.23) else "blue_light"
            else:
                col = "blue_light" if dither_pick(x, y, 1 - (t - 0.75) / 0.25) else "frost"
            cv.px(x, y, c(col))
    # bevel: top-left edges lit, bottom-right edges dark
    up = np.zeros_like(full)
    up[1:, :] = full[:-1, :]
    left = np.zeros_like(full)
    left[:, 1:] = full[:, :-1]
    down = np.zeros_like(full)
    down[:-1, :] = full[1:, :]
    right = np.zeros_like(full)
    right[:, :-1] = full[:, 1:]
    cv.a[full & ~(up & left)] = c("white")
    cv.a[full & ~(down & right)] = c("steel_dark")
    # a hot orange rim at the bottom of each letter (the molten steel's glow)
    rim = full & ~down
    rim[: y0 + h - 2, :] = False
    cv.a[rim] = c("orange")
    # outline two pixels deep
    cv.outline(c("ink"), diagonal=True)
    cv.outline(c("navy"))
    # a glint star on the first letter's top bar
    gx, gy = x0 + 14, y0 + 1
    for d in range(-4, 5):
        cv.px(gx + d, gy, c("white"))
        cv.px(gx, gy + d, c("white"))
    # a molten rule underneath, with sparks
    ry = y0 + h + 5
    for x in range(x0 + 10, x0 + w - 10):
        f = abs((x - W / 2) / (w / 2 - 10))
        cv.px(x, ry, c("gold") if f < 0.5 else c("orange") if f < 0.8 else c("molten"))
        if f < 0.9:
            cv.px(x, ry + 1, c("red") if f > 0.5 else c("molten"))
    for k, x in enumerate(range(x0 + 30, x0 + w - 30, 37)):
        cv.px(x, ry - 2 - k % 3, c("sodium"))
    cv.a[cv.a == T] = T
    return cv.save(out / "ui" / "logo.png")


def panel(out: Path) -> Path:
    cv = Canvas(24, 24, c("navy"))
    cv.rect(0, 0, 24, 24, c("ink"))
    cv.rect(1, 1, 22, 22, c("steel_dark"))
    cv.hline(1, 22, 1, c("chrome"))
    cv.vline(1, 1, 22, c("steel"))
    cv.hline(2, 22, 22, c("night"))
    cv.vline(22, 2, 22, c("night"))
    cv.rect(3, 3, 18, 18, c("ink"))
    cv.rect(4, 4, 16, 16, c("navy"))
    for x, y in ((3, 3), (20, 3), (3, 20), (20, 20)):
        cv.px(x - 1 if x < 12 else x + 1, y - 1 if y < 12 else y + 1, c("chrome"))
    return cv.save(out / "ui" / "panel.png")


def build(src: Path, out: Path) -> list[Path]:
    return font(src, out) + [logo(src, out), panel(out)]
