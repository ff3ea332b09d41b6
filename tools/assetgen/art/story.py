"""Story illustrations (320x180, shown at 2x): arrival, standing, policeman, protector, mall, steel_mill.

Original compositions drawn with the same palette and figure rig as the sprites.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np

from .core import Canvas, Rng, T, c, dither_pick, hash01, parse_grids
from .figure import Pose, draw_figure, silhouette

W, H = 320, 180


def vgrad(cv: Canvas, y0: int, y1: int, stops: list[tuple[float, str]]) -> None:
    for y in range(y0, y1):
        t = (y - y0) / max(1, y1 - y0 - 1)
        for i in range(len(stops) - 1):
            if stops[i][0] <= t <= stops[i + 1][0]:
                f = (t - stops[i][0]) / max(1e-6, stops[i + 1][0] - stops[i][0])
                for x in range(W):
                    cv.a[y, x] = c(stops[i + 1][1]) if dither_pick(x, y, f) else c(stops[i][1])
                break


def glow(cv: Canvas, cx: float, cy: float, r: float, cols: list[str], only_on: list[str] | None = None) -> None:
    """Concentric dithered glow: cols from the centre outwards."""
    keep = None if only_on is None else [c(n) for n in only_on]
    for y in range(max(0, int(cy - r)), min(cv.h, int(cy + r) + 1)):
        for x in range(max(0, int(cx - r)), min(cv.w, int(cx + r) + 1)):
            d = math.hypot(x + 0.5 - cx, (y + 0.5 - cy)) / r
            if d >= 1:
                continue
            if keep is not None and int(cv.a[y, x]) not in keep:
                continue
            f = (1 - d) * len(cols)
            k = int(f)
            if dither_pick(x, y, f - k):
                k += 1
            if k == 0:
                continue
            cv.px(x, y, c(cols[len(cols) - min(k, len(cols))]))


def bolt(cv: Canvas, x0, y0, x1, y1, seed: int, col="electric", core="white") -> None:
    rng = Rng(seed)
    n = 8
    pts = [(x0, y0)]
    for i in range(1, n):
        t = i / n
        pts.append((x0 + (x1 - x0) * t + rng.uniform(-5, 5), y0 + (y1 - y0) * t + rng.uniform(-5, 5)))
    pts.append((x1, y1))
    for (a, b), (cc, d) in zip(pts, pts[1:]):
        cv.line(a + 1, b, cc + 1, d, c(col))
        cv.line(a, b, cc, d, c(core))


def freeway_deck(cv: Canvas, y: int, pillars: list[int]) -> None:
    cv.rect(0, 0, W, y, c("night"))
    cv.rect(0, y - 14, W, 14, c("grey_dark"))
    cv.hline(0, W - 1, y - 1, c("ink"))
    for x in range(0, W, 10):
        cv.rect(x, y - 12, 3, 10, c("grey"))
    for px0 in pillars:
        cv.rect(px0, y, 22, H - y, c("grey_dark"))
        cv.vline(px0, y, H - 1, c("grey"))
        cv.vline(px0 + 21, y, H - 1, c("ink"))
        cv.poly([(px0 - 8, y), (px0 + 30, y), (px0 + 22, y + 8), (px0, y + 8)], c("grey_dark"))


def figure_sil(heads, style, pose: Pose, col="ink") -> Canvas:
    return silhouette(draw_figure(style, pose, heads), col)


def _sphere_ground(cv: Canvas, ground: int, base: str, speck: str, lip: str) -> None:
    cv.rect(0, ground, W, H - ground, c(base))
    for y in range(ground, H):
        for x in range(W):
            if hash01(x // 4, y, 3) < 0.08:
                cv.px(x, y, c(speck))
    cv.hline(0, W - 1, ground, c(lip))


def _sphere(cv: Canvas, cx: int, cy: int, ground: int, seed: int) -> None:
    """The time-travel sphere: a ring of light with bolts, cutting a scorched line into the ground."""
    glow(cv, cx, cy + 20, 120, ["blue_light", "blue", "blue_dark"], only_on=["grey_dark", "grey", "navy", "night",
                                                                             "leather"])
    for k in range(14):
        a = k / 14 * 2 * math.pi
        bolt(cv, cx + math.cos(a) * 10, cy + math.sin(a) * 10, cx + math.cos(a + 0.4) * 34,
             cy + math.sin(a + 0.4) * 30, seed + k)
    yy, xx = np.mgrid[0:H, 0:W]
    d = np.hypot(xx + 0.5 - cx, (yy + 0.5 - cy) * 1.1)
    ring = (d > 29) & (d < 33)
    cv.a[ring & ((xx + yy) % 2 == 0)] = c("electric")
    cv.a[(d > 31) & (d < 32)] = c("white")
    for x in range(cx - 34, cx + 35):
        cv.px(x, ground + 1, c("ink"))
    for k in range(5):
        bolt(cv, cx - 20 + k * 10, ground + 1, cx - 60 + k * 30, H - 4, seed + 100 + k, col="frost", core="electric")


def arrival(heads) -> Canvas:
    """Page one: under the freeway, a sphere of light burns a circle into the concrete (nobody in it yet)."""
    cv = Canvas(W, H, c("night"))
    vgrad(cv, 0, H, [(0, "night"), (0.5, "navy"), (1, "night")])
    freeway_deck(cv, 52, [30, 250])
    _sphere_ground(cv, 140, "grey_dark", "grey", "grey")
    _sphere(cv, 150, 112, 140, 100)
    for x, col in ((60, "tracer"), (200, "red"), (280, "tracer")):  # cars on the deck above
        cv.hline(x, x + 18, 40, c(col))
    return cv


def standing(heads) -> Canvas:
    """Page two: the light is gone; in the smoking, scorched circle a slender figure stands up."""
    from .characters import STYLES
    cv = Canvas(W, H, c("night"))
    vgrad(cv, 0, H, [(0, "night"), (0.6, "navy"), (1, "night")])
    freeway_deck(cv, 52, [30, 250])
    _sphere_ground(cv, 140, "grey_dark", "grey", "grey")
    cx = 150
    # the scorched circle: a shallow bowl cut clean into the concrete, its rim still glowing
    for x in range(cx - 40, cx + 41):
        depth = int(round(5 * math.sqrt(max(0.0, 1 - ((x - cx) / 40) ** 2))))
        for y in range(141, 141 + depth):
            cv.px(x, y, c("ink"))
        cv.px(x, 141 + depth, c("amber") if (x // 3) % 2 else c("orange"))
    # smoke curling up from the cut
    rng = Rng(17)
    for _ in range(220):
        x = cx + rng.uniform(-44, 44)
        y = 141 - abs(rng.uniform(0, 1)) ** 1.5 * 70
        if dither_pick(int(x), int(y), 0.5):
            cv.px(x + math.sin(y * 0.15) * 4, y, c("steel_dark") if y < 110 else c("grey"))
    # the figure, upright, rim-lit by the last of the glow; its outline catches chrome
    st = STYLES["t1000_cop"]
    fig = draw_figure(st, Pose(hip=(23, 27), ff=(29, 45.5), bf=(17, 45.5), fh=(31, 36), bh=(15, 37),
                               head="t800_back"), heads)
    sil = fig.copy()
    inside = sil.a != T
    sil.a[inside] = c("night")
    left = inside & ~np.roll(inside, 1, axis=1)
    right = inside & ~np.roll(inside, -1, axis=1)
    top = inside & ~np.roll(inside, 1, axis=0)
    sil.a[right] = c("steel_dark")
    sil.a[left] = c("chrome")
    sil.a[top] = c("white")
    big = np.kron(sil.a, np.ones((2, 2), dtype=np.int16))
    cv.blit(big, cx - 48, 141 - 94)
    glow(cv, cx, 141, 50, ["amber", "brown", "brown_dark"], only_on=["grey_dark", "grey"])
    return cv


def protector(heads) -> Canvas:
    """Page four: across town, a second sphere at the mouth of a storm drain, a broad figure crouched in it."""
    from .characters import STYLES
    cv = Canvas(W, H, c("night"))
    vgrad(cv, 0, H, [(0, "night"), (0.45, "blue_dark"), (0.7, "haze"), (1, "night")])
    # a distant skyline over the concrete channel
    rng = Rng(23)
    x = 0
    while x < W:
        bw, bh = rng.randint(10, 26), rng.randint(20, 60)
        cv.rect(x, 96 - bh, bw, bh, c("navy"))
        for wy in range(96 - bh + 3, 94, 4):
            for wx in range(x + 2, x + bw - 2, 3):
                if hash01(wx, wy, 5) < 0.1:
                    cv.px(wx, wy, c("sodium"))
        x += bw + rng.randint(0, 4)
    # the channel's sloped walls and the culvert mouth
    cv.poly([(0, 96), (W, 96), (W, 150), (0, 150)], c("grey_dark"))
    for y in range(96, 150, 6):
        cv.hline(0, W - 1, y, c("grey"))
    cv.rect(216, 56, 88, 94, c("concrete"))
    cv.rect(216, 56, 88, 4, c("concrete_hi"))
    cv.vline(216, 56, 149, c("concrete_hi"))
    cv.rect(230, 100, 60, 50, c("ink"))
    cv.disc(260, 100, 30, c("ink"))
    for k in range(6):  # rebar grille over the culvert
        cv.vline(233 + k * 11, 74, 149, c("rust"))
    _sphere_ground(cv, 150, "leather", "grey_dark", "steel_dark")
    cv.rect(0, 150, 220, 3, c("water_dark"))
    _sphere(cv, 120, 122, 150, 300)
    st = STYLES["t800"]
    p = Pose(hip=(24, 34), lean=35, ff=(31, 45.5), bf=(12, 44), fh=(32, 44), bh=(20, 40), head="t800_back")
    fig = figure_sil(heads, st, p)
    cv.blit(fig, 120 - 24, 151 - 47)
    return cv


def policeman(heads) -> Canvas:
    from .characters import STYLES
    from .vehicles import police_car
    cv = Canvas(W, H, c("night"))
    vgrad(cv, 0, 120, [(0, "night"), (0.7, "navy"), (1, "blue_dark")])
    freeway_deck(cv, 40, [270])
    cv.rect(0, 120, W, 60, c("grey_dark"))
    cv.hline(0, W - 1, 120, c("grey"))
    for x in range(0, W, 24):
        cv.hline(x, x + 11, 150, c("concrete"))
    # the patrol car, 2x, lights flashing
    car = police_car(0)
    big = np.kron(car.a, np.ones((2, 2), dtype=np.int16))
    cv.blit(big, 120, 132 - 96 + 2)
    glow(cv, 213, 77, 60, ["red", "red_dark", "navy"], only_on=["night", "navy", "blue_dark", "grey_dark"])
    glow(cv, 225, 77, 60, ["blue_light", "blue", "blue_dark"], only_on=["night", "navy", "blue_dark",
                                                                        "grey_dark", "red_dark"])
    # a street lamp pool
    cv.vline(40, 50, 131, c("steel_dark"))
    cv.hline(40, 52, 50, c("steel_dark"))
    cv.rect(48, 49, 8, 3, c("grey"))
    cv.hline(49, 54, 52, c("gold"))
    glow(cv, 52, 140, 46, ["sodium", "amber", "brown"], only_on=["grey_dark", "grey"])
    # the officer, by the car, and a naked silhouette approaching from the dark
    st = STYLES["cop"]
    cop = draw_figure(st, Pose(hip=(23, 28), ff=(26, 45.5), bf=(20, 45.5), fh=(27, 37), bh=(21, 37)), heads)
    cv.blit(cop.flip_h(), 104, 132 - 47)
    stranger = figure_sil(heads, STYLES["t1000_cop"],
                          Pose(hip=(23, 28), ff=(29, 45.5), bf=(17, 45.5), fh=(19, 38), bh=(28, 37), head="t800_back"),
                          "ink")
    stranger.a[stranger.a != T] = c("ink")
    cv.blit(stranger, 40, 132 - 47)
    for y in range(132 - 40, 132):
        cv.px(61, y, c("chrome") if y % 3 else T)
    return cv


def mall(heads) -> Canvas:
    """The Galleria, drawn at 160x90 with the figures at their sprite size, then doubled: one pixel scale."""
    from .characters import STYLES
    w, h = W // 2, H // 2
    cv = Canvas(w, h, c("navy"))
    for y in range(0, 56):
        for x in range(w):
            cv.a[y, x] = c("navy") if dither_pick(x, y, y / 55) else c("blue_dark")
    # storefronts on two floors
    for floor, y0 in enumerate((4, 30)):
        cv.rect(0, y0 + 20, w, 2, c("concrete"))
        cv.hline(0, w - 1, y0 + 20, c("concrete_hi"))
        for k, x in enumerate(range(3, w, 31)):
            lit = ("sodium", "frost", "green", "gold", "red", "blue_light")[(k + floor * 2) % 6]
            cv.rect(x, y0, 27, 19, c("ink"))
            cv.rect(x + 1, y0 + 5, 25, 14, c("blue"))
            for yy in range(y0 + 5, y0 + 19):
                for xx in range(x + 1, x + 26):
                    if dither_pick(xx, yy, 0.3 + 0.5 * (yy - y0 - 5) / 14):
                        cv.px(xx, yy, c("blue_light"))
            cv.rect(x + 2, y0 + 1, 23, 3, c("night"))
            for j in range(5):  # abstract sign shapes, not letters
                cv.rect(x + 4 + j * 4, y0 + 2, 2, 1, c(lit))
            cv.vline(x + 13, y0 + 5, y0 + 18, c("ink"))
    # floor tiles in perspective
    cv.rect(0, 54, w, h - 54, c("grey"))
    for y in range(54, h, 3):
        cv.hline(0, w - 1, y, c("grey_light"))
    for k in range(-10, 22):
        cv.line(80 + k * 8 * 0.4, 54, 80 + k * 8 * 2.0, h - 1, c("grey_light"))
    # escalator diagonal
    cv.poly([(105, 52), (116, 52), (150, 26), (140, 26)], c("steel_dark"))
    cv.line(105, 52, 140, 26, c("chrome"))
    cv.line(116, 52, 150, 26, c("steel"))
    # the big figure with the shotgun, and the boy running toward him
    big = draw_figure(STYLES["t800"], Pose(hip=(23, 27), ff=(28, 45.5), bf=(16, 45.5), fh=(33, 22), bh=(30, 23),
                                           weapon=("shotgun", 31, 22, 0)), heads)
    cv.blit(big, 14, h - 49)
    boy = draw_figure(STYLES["john"], Pose(hip=(22, 34), lean=12, ff=(29, 42.5), bf=(14, 45.5), fh=(27, 38),
                                           bh=(15, 36)), heads)
    cv.blit(boy.a[:, ::-1].copy(), 84, h - 49)
    out = Canvas(W, H)
    out.a = np.kron(cv.a, np.ones((2, 2), dtype=np.int16))
    return out


def steel_mill(heads) -> Canvas:
    from .characters import STYLES
    cv = Canvas(W, H, c("ink"))
    vgrad(cv, 0, H, [(0, "ink"), (0.5, "brown_dark"), (0.8, "red_dark"), (1, "molten")])
    # girders and chains
    for x in range(0, W, 80):
        cv.rect(x + 10, 0, 8, 130, c("leather"))
        cv.vline(x + 10, 0, 129, c("rust"))
    cv.rect(0, 20, W, 6, c("leather"))
    cv.hline(0, W - 1, 20, c("rust"))
    for x in (60, 140, 230):
        for y in range(26, 26 + (x % 70) + 20, 2):
            cv.px(x, y, c("steel_dark") if y % 4 else c("rust"))
        cv.poly([(x - 3, 26 + (x % 70) + 20), (x + 3, 26 + (x % 70) + 20), (x, 26 + (x % 70) + 27)], c("steel_dark"))
    # catwalk with railing
    cv.rect(0, 96, 180, 4, c("grey_dark"))
    cv.hline(0, 179, 96, c("rust"))
    cv.hline(0, 179, 84, c("grey_dark"))
    for x in range(0, 180, 12):
        cv.vline(x, 84, 96, c("grey_dark"))
    # the vat of molten steel
    cv.rect(0, 150, W, 30, c("molten"))
    for y in range(150, H):
        for x in range(W):
            v = hash01(x // 3, y // 2, int(y > 160))
            if v < 0.15:
                cv.px(x, y, c("gold"))
            elif v > 0.9:
                cv.px(x, y, c("red"))
    cv.hline(0, W - 1, 150, c("tracer"))
    glow(cv, 240, 150, 110, ["orange", "amber", "red_dark"], only_on=["brown_dark", "red_dark", "ink"])
    rng = Rng(9)
    for _ in range(40):
        x, y = rng.randint(0, W - 1), rng.randint(90, 148)
        cv.px(x, y, c("sodium") if rng.random() < 0.5 else c("gold"))
    # figures on the catwalk
    st = STYLES["t800"]
    fig = figure_sil(heads, st, Pose(hip=(23, 27), ff=(28, 45.5), bf=(17, 45.5), fh=(32, 30), bh=(28, 31),
                                     weapon=("launcher", 30, 30, 0)))
    cv.blit(fig, 120, 96 - 47)
    sarah = figure_sil(heads, STYLES["sarah"], Pose(hip=(23, 28), ff=(26, 45.5), bf=(20, 45.5)))
    cv.blit(sarah, 40, 96 - 47)
    boy = figure_sil(heads, STYLES["john"], Pose(hip=(23, 34), ff=(25, 45.5), bf=(20, 45.5)))
    cv.blit(boy, 60, 96 - 47)
    return cv


def _vat(cv: Canvas, top: int) -> None:
    """Molten steel from ``top`` down: glowing, flecked, a white-hot skin."""
    cv.rect(0, top, W, H - top, c("molten"))
    for y in range(top, H):
        for x in range(W):
            v = hash01(x // 3, y // 2, int(y > top + 10))
            if v < 0.15:
                cv.px(x, y, c("gold"))
            elif v > 0.9:
                cv.px(x, y, c("red"))
    cv.hline(0, W - 1, top, c("tracer"))


def farewell(heads) -> Canvas:
    """The T-800 lowered on a chain into the vat; John and Sarah watch from the catwalk."""
    from .characters import STYLES, _thumb
    cv = Canvas(W, H, c("ink"))
    vgrad(cv, 0, H, [(0, "ink"), (0.45, "brown_dark"), (0.8, "red_dark"), (1, "molten")])
    for x in range(0, W, 80):  # girders
        cv.rect(x + 10, 0, 8, 120, c("leather"))
        cv.vline(x + 10, 0, 119, c("rust"))
    cv.rect(0, 14, W, 6, c("leather"))
    cv.hline(0, W - 1, 14, c("rust"))
    cv.rect(0, 86, 120, 4, c("grey_dark"))  # the catwalk
    cv.hline(0, 119, 86, c("rust"))
    cv.hline(0, 119, 74, c("grey_dark"))
    for x in range(0, 120, 12):
        cv.vline(x, 74, 86, c("grey_dark"))
    sarah = figure_sil(heads, STYLES["sarah"], Pose(hip=(23, 28), ff=(26, 45.5), bf=(20, 45.5), fh=(30, 18)))
    cv.blit(sarah, 50, 86 - 47)
    boy = figure_sil(heads, STYLES["john"], Pose(hip=(23, 34), ff=(25, 45.5), bf=(20, 45.5)))
    cv.blit(boy, 76, 86 - 47)
    # the chain from the hoist, and the T-800 at its end, waist-deep and sinking, one thumb up
    for y in range(20, 118, 3):
        cv.px(200, y, c("steel") if y % 2 else c("steel_dark"))
    fig = draw_figure(STYLES["t800"], Pose(hip=(23, 27), ff=(28, 45.5), bf=(17, 45.5), fh=(30, 12), bh=(19, 36),
                                            extra=[_thumb(3)]), heads)
    big = Canvas(fig.w * 2, fig.h * 2)
    for y in range(big.h):
        for x in range(big.w):
            big.a[y, x] = fig.a[y // 2, x // 2]
    cv.blit(big, 176, 150 - 62)
    _vat(cv, 150)
    glow(cv, 210, 150, 120, ["orange", "amber", "red_dark"], only_on=["brown_dark", "red_dark", "ink"])
    rng = Rng(17)
    for _ in range(50):
        x, y = rng.randint(0, W - 1), rng.randint(60, 148)
        cv.px(x, y, c("sodium") if rng.random() < 0.5 else c("gold"))
    return cv


def highway(heads) -> Canvas:
    """A dark highway at night, the headlights running ahead: the unknown future."""
    cv = Canvas(W, H, c("ink"))
    vgrad(cv, 0, 110, [(0, "ink"), (0.7, "night"), (1, "navy")])
    rng = Rng(23)
    for _ in range(60):
        cv.px(rng.randint(0, W - 1), rng.randint(0, 80), c("white") if rng.random() < 0.3 else c("steel"))
    cv.rect(0, 110, W, 70, c("grey_dark"))
    for y in range(110, H):  # the road narrows to the horizon
        half = (y - 108) * 1.6
        for x in range(int(160 - half), int(160 + half)):
            if 0 <= x < W:
                cv.px(x, y, c("grey") if hash01(x, y, 3) < 0.9 else c("grey_light"))
        if (y // 6) % 2 == 0:
            cv.px(160, y, c("gold"))
    for k in range(2):  # the headlight beams
        cv.poly([(150 + 20 * k, 179), (156 + 8 * k, 118), (158 + 4 * k, 118)], c("sodium"))
    return cv


def build(src: Path, out: Path) -> list[Path]:
    heads = parse_grids(src / "art" / "heads.txt")
    written = []
    for name, fn in (("arrival", arrival), ("standing", standing), ("policeman", policeman),
                     ("protector", protector), ("mall", mall), ("steel_mill", steel_mill),
                     ("farewell", farewell), ("highway", highway)):
        written.append(fn(heads).save(out / "story" / f"{name}.png"))
    return written
