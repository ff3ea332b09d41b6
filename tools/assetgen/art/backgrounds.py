"""Parallax backdrops (640x360, seamless horizontally): <set>_sky, <set>_far, <set>_near.

All procedural; every horizontal feature is placed modulo the width so the
left and right edges meet.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from .core import BAYER4, Canvas, Rng, T, c, dither_pick, hash01

W, H = 640, 360


def gradient(cv: Canvas, stops: list[tuple[float, str]], y0: int = 0, y1: int = H) -> None:
    """Vertical gradient through palette colours with 4x4 ordered dithering between neighbours."""
    for y in range(y0, y1):
        t = (y - y0) / max(1, (y1 - y0 - 1))
        for i in range(len(stops) - 1):
            if stops[i][0] <= t <= stops[i + 1][0]:
                a, b = stops[i], stops[i + 1]
                f = (t - a[0]) / max(1e-6, b[0] - a[0])
                ca, cb = c(a[1]), c(b[1])
                row = np.where(f > BAYER4[y % 4, np.arange(W) % 4], cb, ca)
                cv.a[y, :] = row
                break


def sky(cv: Canvas) -> None:
    gradient(cv, [(0.0, "night"), (0.35, "navy"), (0.62, "blue_dark"), (0.82, "haze"), (1.0, "haze")])
    rng = Rng(7)
    for _ in range(170):
        x, y = rng.randint(0, W - 1), rng.randint(0, 200)
        v = rng.random()
        cv.px(x, y, c("white") if v > 0.85 else c("chrome") if v > 0.5 else c("steel"))
    for _ in range(10):
        x, y = rng.randint(2, W - 3), rng.randint(4, 140)
        cv.px(x, y, c("white"))
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            cv.px(x + dx, y + dy, c("steel"))
    # a pale moon, top-left lit (in the top-right corner: clear of the title's logo)
    mx, my = 596, 70
    cv.disc(mx, my, 13, c("steel"))
    cv.disc(mx - 2, my - 2, 12, c("chrome"))
    cv.disc(mx - 5, my - 5, 8, c("white"))
    for (x, y, r) in ((mx + 3, my + 4, 2.5), (mx - 6, my + 2, 1.6), (mx + 6, my - 6, 1.4)):
        cv.disc(x, y, r, c("steel"))
    # thin cloud bands in front of the moon and low over the city
    for y, x0, ln, col in ((my + 6, mx - 42, 90, "blue"), (my + 8, mx - 22, 50, "blue"), (150, 80, 140, "blue_dark"),
                           (154, 120, 160, "blue_dark"), (176, 360, 200, "haze"), (180, 400, 120, "haze")):
        for x in range(x0, x0 + ln):
            if (x + y) % 2 == 0 or x0 + 6 < x < x0 + ln - 6:
                cv.px(x % W, y, c(col))
    skyline(cv)


def skyline(cv: Canvas) -> None:
    rng = Rng(11)
    base = H
    x = 0
    # back row (lower, hazier) then front row (taller, darker)
    for row, (col, lo, hi, wmin, wmax, lit) in enumerate(
            (("blue_dark", 30, 80, 14, 36, 0.05), ("navy", 40, 130, 18, 44, 0.11))):
        x = rng.randint(0, 10)
        while x < W:
            bw = rng.randint(wmin, wmax)
            bh = rng.randint(lo, hi)
            if row == 1 and rng.random() < 0.12:
                bh += 50  # an occasional tower
            top = base - bh
            for xx in range(x, x + bw):
                cv.a[top:base, xx % W] = c(col)
            # roof details
            if rng.random() < 0.4:
                ax = x + rng.randint(2, bw - 3)
                for yy in range(top - rng.randint(6, 18), top):
                    cv.px(ax % W, yy, c(col))
                if row == 1:
                    cv.px(ax % W, top - 19, c("red"))
            if rng.random() < 0.3:
                cv.a[top - 3:top, (x + 2) % W] = c(col)
                for xx in range(x + 2, x + min(bw - 2, 9)):
                    cv.px(xx % W, top - 3, c(col))
                    cv.px(xx % W, top - 2, c(col))
            # windows: a grid, some lit
            if row == 1:
                cv.a[top:base, (x) % W] = c("blue_dark")  # lit left edge of each block
            for wy in range(top + 4, base - 2, 4):
                for wx in range(x + 3, x + bw - 2, 3):
                    h = hash01(wx, wy, row)
                    if h < lit:
                        cv.px(wx % W, wy, c("sodium") if h < lit * 0.6 else c("tracer"))
                    elif h < lit * 1.6:
                        cv.px(wx % W, wy, c("blue"))
            x += bw + rng.randint(-4, 3)
    # haze band where the city meets the ground light
    for y in range(H - 14, H):
        for xx in range(W):
            if hash01(xx, y, 99) < (y - (H - 14)) / 28:
                cv.px(xx, y, c("haze") if cv.a[y, xx] == c("blue_dark") else cv.a[y, xx])


def far(cv: Canvas) -> None:
    deck_top, deck_bot = 196, 214
    # pillars every 80 px, bell-shaped caps
    for px0 in range(20, W, 80):
        for y in range(deck_bot, H):
            for x in range(px0, px0 + 14):
                cv.px(x, y, c("blue_dark"))
            cv.px(px0, y, c("blue"))
        for k in range(6):
            cv.hline(px0 - 6 + k, px0 + 19 - k, deck_bot + k, c("blue_dark"))
        cv.hline(px0 - 6, px0 + 19, deck_bot, c("blue"))
    # the deck: slab, darker underside, parapet
    cv.rect(0, deck_top, W, deck_bot - deck_top, c("blue_dark"))
    cv.hline(0, W - 1, deck_top, c("blue_light"))
    cv.rect(0, deck_top + 1, W, 3, c("blue"))
    cv.hline(0, W - 1, deck_bot - 1, c("navy"))
    for x in range(0, W, 8):
        cv.vline(x, deck_top + 6, deck_bot - 2, c("navy"))
    # railing
    cv.hline(0, W - 1, deck_top - 5, c("blue"))
    for x in range(0, W, 5):
        cv.vline(x, deck_top - 4, deck_top - 1, c("blue_dark"))
    # sodium lamps along the deck, with dithered pools of light
    for lx in range(50, W, 160):
        cv.vline(lx, deck_top - 34, deck_top - 1, c("steel_dark"))
        cv.hline(lx, lx + 8, deck_top - 34, c("steel_dark"))
        cv.rect(lx + 6, deck_top - 35, 5, 2, c("grey"))
        cv.hline(lx + 7, lx + 9, deck_top - 33, c("gold"))
        for dx, dy in ((-1, 1), (0, 2), (1, 2), (2, 2), (3, 1), (1, 3)):
            cv.px(lx + 7 + dx, deck_top - 33 + dy, c("amber") if dy > 1 else c("orange"))
        for x in range(lx - 6, lx + 24):
            if (x + deck_top) % 2 == 0:
                cv.px(x % W, deck_top, c("sodium"))
    # overhead sign gantries (abstract arrows and bars, no words)
    # one billboard on tall legs (an abstract lit panel, no words), so the two halves differ
    bx = 420
    for lx in (bx + 10, bx + 60):
        cv.rect(lx, deck_top - 30, 3, 30, c("steel_dark"))
    cv.rect(bx, deck_top - 62, 74, 32, c("ink"))
    cv.rect(bx + 2, deck_top - 60, 70, 28, c("red_dark"))
    for y in range(deck_top - 60, deck_top - 32):
        for x in range(bx + 2, bx + 72):
            if dither_pick(x, y, (y - deck_top + 60) / 40):
                cv.px(x, y, c("brown_dark"))
    cv.disc(bx + 20, deck_top - 46, 8, c("gold"))
    cv.disc(bx + 20, deck_top - 46, 5, c("sodium"))
    cv.rect(bx + 36, deck_top - 54, 30, 4, c("concrete_hi"))
    cv.rect(bx + 36, deck_top - 46, 22, 3, c("concrete"))
    cv.rect(bx + 36, deck_top - 40, 26, 3, c("concrete"))
    for k in range(4):  # the lamps over it
        cv.px(bx + 8 + k * 18, deck_top - 63, c("tracer"))
    # a water tower on the skyline behind the deck
    tx = 120
    cv.rect(tx, deck_top - 58, 26, 16, c("blue_dark"))
    cv.hline(tx, tx + 25, deck_top - 58, c("blue"))
    cv.poly([(tx - 2, deck_top - 58), (tx + 13, deck_top - 68), (tx + 28, deck_top - 58)], c("blue_dark"))
    for lx in (tx + 3, tx + 21):
        cv.vline(lx, deck_top - 42, deck_top - 6, c("blue_dark"))
    cv.line(tx + 3, deck_top - 40, tx + 21, deck_top - 20, c("navy"))
    cv.line(tx + 21, deck_top - 40, tx + 3, deck_top - 20, c("navy"))
    cv.px(tx + 13, deck_top - 69, c("red"))
    for gx in (230,):
        cv.rect(gx, deck_top - 46, 3, 46, c("steel_dark"))
        cv.rect(gx + 70, deck_top - 46, 3, 46, c("steel_dark"))
        cv.rect(gx, deck_top - 48, 73, 3, c("steel_dark"))
        for k, sx in enumerate((gx + 6, gx + 38)):
            cv.rect(sx, deck_top - 45, 30, 18, c("green_dark"))
            cv.rect(sx + 1, deck_top - 44, 28, 16, c("green_dark"))
            cv.hline(sx, sx + 29, deck_top - 45, c("green"))
            for ly in (deck_top - 41, deck_top - 37):
                cv.hline(sx + 4, sx + 4 + 14 + 4 * k - (ly % 3), ly, c("white"))
            ax, ay = sx + 22, deck_top - 33
            cv.vline(ax, ay - 2, ay + 3, c("white"))
            cv.hline(ax - 2, ax + 2, ay - 2, c("white"))
            cv.px(ax - 1, ay - 3, c("white"))
            cv.px(ax + 1, ay - 3, c("white"))
    # distant cars' lights on the deck
    for x in range(13, W, 97):
        cv.rect(x, deck_top - 4, 9, 3, c("navy"))
        cv.px(x, deck_top - 3, c("red"))
        cv.px(x + 8, deck_top - 3, c("tracer"))
    # low ground band
    for y in range(H - 24, H):
        for x in range(W):
            if y > H - 20 or hash01(x // 3, 0, 77) < 0.5:
                cv.px(x, y, c("navy"))


def near(cv: Canvas) -> None:
    # two massive pillars, nearly black, with an edge catching sodium light
    for px0 in (60, 380):
        top = 40
        for y in range(top, H):
            cv.hline(px0, px0 + 47, y, c("night"))
        cv.vline(px0, top, H - 1, c("brown_dark"))
        cv.vline(px0 + 1, top, H - 1, c("leather"))
        for k in range(10):
            cv.hline(px0 - 10 + k, px0 + 57 - k, top + k, c("night"))
        cv.hline(px0 - 10, px0 + 57, top, c("leather"))
        for y in range(top + 20, H, 34):
            cv.hline(px0 + 3, px0 + 45, y, c("ink"))
        for y in range(0, top):
            cv.hline(px0 - 20, px0 + 67, y, c("ink"))
        cv.hline(px0 - 20, px0 + 67, top - 1, c("leather"))
    # deck underside band across the very top
    cv.rect(0, 0, W, 10, c("ink"))
    for x in range(0, W, 24):
        cv.rect(x, 10, 6, 4, c("ink"))
    # chain-link fence along the bottom with posts
    fy = 292
    for x in range(W):
        for y in range(fy, H):
            if (x + y) % 6 == 0 or (x - y) % 6 == 0:
                cv.px(x, y, c("navy"))
    cv.hline(0, W - 1, fy, c("steel_dark"))
    cv.hline(0, W - 1, fy + 1, c("night"))
    for x in range(20, W, 64):
        cv.rect(x, fy - 4, 3, H - fy + 4, c("night"))
        cv.vline(x, fy - 4, H - 1, c("steel_dark"))
    # barbed wire loops on top
    for x in range(W):
        y = fy - 6 + (2 if (x // 3) % 4 in (1, 2) else 0) - (1 if x % 12 == 0 else 0)
        if x % 2 == 0:
            cv.px(x, y, c("steel_dark"))
    # weeds at the base
    rng = Rng(3)
    for _ in range(90):
        x = rng.randint(0, W - 1)
        hgt = rng.randint(3, 12)
        lean = rng.choice((-1, 0, 1))
        for k in range(hgt):
            cv.px((x + (lean * k) // 4) % W, H - 1 - k, c("ink"))
    for y in range(H - 4, H):
        cv.hline(0, W - 1, y, c("ink"))


UW, UH = 320, 192  # the underground wall tile (seamless both ways)


def under(cv: Canvas) -> None:
    """The culvert behind the storm drain: cast concrete in dark, wet panels, drawn below the ground line."""
    rng = Rng(5)
    # panels 64 px wide, poured in 48 px lifts; darker toward the top, under the road slab
    for y in range(UH):
        for x in range(UW):
            shade = hash01(x // 2, y // 2, 31)
            col = "grey_dark" if shade < 0.78 else "leather" if shade < 0.93 else "grey"
            cv.a[y, x] = c(col)
    for y in range(0, 40):  # the slab's shadow, dithered into the wall
        for x in range(UW):
            if BAYER4[y % 4, x % 4] > y / 40:
                cv.a[y, x] = c("ink")
    for y in range(0, UH, 48):  # pour lines
        cv.hline(0, UW - 1, y, c("ink"))
        cv.hline(0, UW - 1, y + 1, c("steel_dark") if y else c("ink"))
    for x in range(0, UW, 64):  # expansion joints, lit on their left lip
        cv.vline(x, 0, UH - 1, c("ink"))
        cv.vline(x + 1, 0, UH - 1, c("grey"))
    # tie-rod holes on a grid
    for y in range(12, UH, 24):
        for x in range(16, UW, 32):
            cv.px(x, y, c("ink"))
            cv.px(x + 1, y, c("steel_dark"))
    # outlet pipes with rust streaks and dark water stains running down
    for px0, py0 in ((40, 70), (200, 118), (270, 60)):
        cv.disc(px0, py0, 7, c("ink"))
        cv.disc(px0, py0, 6, c("steel_dark"))
        cv.disc(px0, py0, 4, c("night"))
        cv.px(px0 - 4, py0 - 4, c("steel"))
        for k in range(1, 60):
            yy = py0 + 6 + k
            if yy < UH and hash01(px0, k, 3) < 0.85 - k / 90:
                cv.px(px0 + (k // 9) % 2, yy, c("rust") if k < 12 else c("leather"))
    for _ in range(18):  # long seep stains
        x = rng.randint(0, UW - 1)
        y0 = rng.randint(40, UH - 30)
        for k in range(rng.randint(8, 40)):
            if y0 + k < UH and hash01(x, y0 + k, 8) < 0.8:
                cv.px(x, y0 + k, c("ink") if k % 3 else c("leather"))
    # a cable tray along the wall and its brackets
    ty = 92
    cv.hline(0, UW - 1, ty, c("steel_dark"))
    cv.hline(0, UW - 1, ty + 1, c("ink"))
    for x in range(8, UW, 40):
        cv.vline(x, ty + 1, ty + 5, c("steel_dark"))
    # a dim caged work lamp every panel pair
    for lx in (96, 256):
        cv.rect(lx, 50, 5, 4, c("steel_dark"))
        cv.hline(lx + 1, lx + 3, 52, c("amber"))
        cv.px(lx + 2, 51, c("sodium"))
        for dy in range(4, 14):
            for dx in range(-dy // 2, dy // 2 + 1):
                if (lx + dx + dy) % 3 == 0 and hash01(lx + dx, dy, 4) < 0.5 - dy / 30:
                    cv.px(lx + 2 + dx, 50 + dy, c("brown_dark"))


def build(src: Path, out: Path) -> list[Path]:
    written = []
    for name, fn in (("sky", sky), ("far", far), ("near", near)):
        cv = Canvas(W, H, T if name != "sky" else c("night"))
        fn(cv)
        written.append(cv.save(out / "backgrounds" / f"freeway_{name}.png"))
    cv = Canvas(UW, UH, c("grey_dark"))
    under(cv)
    written.append(cv.save(out / "backgrounds" / "freeway_under.png"))
    return written
