"""Pick-ups (16x16), effects (32x32, origin centre) and projectiles (8x8).

Effects are little particle systems evaluated at each frame's time with a
seeded RNG; pick-ups are drawn by code plus the head grid for the extra life.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np

from .core import Canvas, Rng, Sheet, T, c, dither_pick, parse_grids


# --- pick-ups -------------------------------------------------------------------------------
def glint(cv: Canvas, i: int, n: int) -> None:
    """A diagonal highlight that sweeps across the item's opaque pixels."""
    k = -6 + i * 26 // n
    for y in range(16):
        x = k + (15 - y)
        for xx in (x, x + 1):
            if 0 <= xx < 16 and cv.a[y, xx] not in (T, c("ink")):
                cv.a[y, xx] = c("white") if xx == x else c("chrome")


def shells(i: int) -> Canvas:
    cv = Canvas(16, 16)
    cv.rect(2, 8, 12, 6, c("brown"))
    cv.hline(2, 13, 8, c("tan"))
    cv.hline(2, 13, 13, c("brown_dark"))
    for k, x in enumerate((3, 7, 11)):
        top = 3 + (k % 2)
        cv.rect(x, top, 3, 6, c("red"))
        cv.vline(x, top, top + 5, c("orange"))
        cv.vline(x + 2, top, top + 5, c("red_dark"))
        cv.rect(x, top + 5, 3, 2, c("gold"))
        cv.px(x + 2, top + 6, c("amber"))
    cv.outline(c("ink"))
    if i in (1, 2):
        glint(cv, i, 4)
    return cv


def health(i: int) -> Canvas:
    cv = Canvas(16, 16)
    cv.rect(2, 4, 12, 10, c("green"))
    cv.rect(3, 5, 11, 9, c("green"))
    cv.vline(13, 4, 13, c("green_dark"))
    cv.hline(2, 13, 13, c("green_dark"))
    cv.hline(2, 13, 4, c("white"))
    cv.rect(6, 2, 4, 2, c("steel"))
    cv.rect(7, 6, 2, 6, c("white"))
    cv.rect(5, 8, 6, 2, c("white"))
    cv.outline(c("ink"))
    if i in (1, 2):
        glint(cv, i, 4)
    return cv


def life(i: int, heads) -> Canvas:
    cv = Canvas(16, 16)
    g = heads["t800"]
    cv.blit(g, 4, 3)
    cv.rect(5, 13, 6, 2, c("leather_hi"))
    cv.hline(5, 10, 13, c("steel"))
    cv.outline(c("ink"))
    if i == 1:
        cv.px(10, 8, c("white"))
    return cv


def nitrogen(i: int) -> Canvas:
    """A liquid-nitrogen canister: rounded shoulders, a white band, a valve venting one curl of vapour.

    Every pixel touches the canister (no loose dots): the vapour rises from the nozzle as one wisp.
    """
    cv = Canvas(16, 16)
    cv.rect(4, 6, 8, 9, c("frost_dark"))
    cv.hline(5, 10, 5, c("frost_dark"))
    cv.rect(5, 6, 2, 8, c("frost"))  # the lit side
    cv.px(5, 5, c("frost"))
    cv.vline(11, 6, 14, c("blue"))  # the shaded side
    cv.hline(4, 11, 9, c("white"))  # the band
    cv.hline(4, 11, 10, c("chrome"))
    cv.px(11, 9, c("chrome"))
    cv.px(11, 10, c("steel"))
    cv.rect(6, 3, 4, 2, c("steel"))  # the valve
    cv.hline(6, 9, 3, c("chrome"))
    cv.px(10, 3, c("steel_dark"))  # the nozzle
    cv.outline(c("ink"))
    rise = i % 2
    for x, y in ((11, 3), (12, 2 - rise), (13, 2 - rise), (14, 1 - rise)):
        cv.px(x, y, c("frost") if x < 13 else c("white"))
    return cv


def launcher(i: int) -> Canvas:
    """The grenade launcher: a fat drum on a stubby barrel, a glint running along it."""
    cv = Canvas(16, 16)
    cv.rect(1, 6, 14, 3, c("grey_dark"))  # the barrel
    cv.hline(1, 14, 6, c("steel"))
    cv.rect(5, 5, 6, 6, c("olive"))  # the drum
    cv.hline(5, 10, 5, c("tan"))
    cv.vline(7, 5, 10, c("ink"))
    cv.rect(9, 10, 3, 4, c("brown_dark"))  # the grip
    cv.rect(12, 8, 3, 3, c("brown"))  # the stock
    cv.outline(c("ink"))
    cv.px(2 + 3 * i, 6, c("white"))
    return cv


def chip(i: int) -> Canvas:
    """The spinning microchip: its apparent width follows cos(angle)."""
    cv = Canvas(16, 16)
    half = [5, 3, 1, 3][i]
    x0, x1 = 8 - half, 7 + half
    if half <= 1:
        cv.rect(7, 3, 2, 10, c("steel"))
        cv.vline(7, 3, 12, c("chrome"))
    else:
        for y in range(4, 13, 2):
            cv.hline(x0 - 1, x1 + 1, y, c("chrome"))
        cv.rect(x0, 3, x1 - x0 + 1, 10, c("grey_dark"))
        cv.hline(x0, x1, 3, c("grey_light"))
        cv.vline(x0, 3, 12, c("grey"))
        if half >= 3:
            cv.rect(x0 + 2, 6, x1 - x0 - 3, 4, c("gold"))
            cv.hline(x0 + 2, x1 - 2, 6, c("tracer"))
            cv.px(x0 + 1, 4, c("red"))
    cv.outline(c("ink"))
    return cv


# --- effects --------------------------------------------------------------------------------
RAMP_FIRE = ["white", "tracer", "gold", "sodium", "orange", "molten", "red", "red_dark", "grey", "grey_dark"]


def particles(seed: int, n: int, t: float, speed=(4, 12), up: float = 0.0, grav: float = 0.0, r0=(2, 4),
              shrink: float = 0.6, spread=(0, 360)):
    rng = Rng(seed)
    out = []
    for _ in range(n):
        a = math.radians(rng.uniform(*spread))
        s = rng.uniform(*speed)
        r = rng.uniform(*r0)
        x = 16 + math.cos(a) * s * t
        y = 16 + math.sin(a) * s * t - up * t + grav * t * t
        out.append((x, y, max(0.0, r * (1 - shrink * t)), rng.random()))
    return out


def blob_frame(parts, ramp: list[str], age: float, dither: bool = False) -> Canvas:
    cv = Canvas(32, 32)
    yy, xx = np.mgrid[0:32, 0:32]
    field = np.zeros((32, 32))
    for x, y, r, _ in parts:
        if r <= 0.2:
            continue
        d2 = ((xx + 0.5 - x) ** 2 + (yy + 0.5 - y) ** 2) / (r * r)
        field = np.maximum(field, 1 - d2)
    for y in range(32):
        for x in range(32):
            v = field[y, x]
            if v <= 0:
                continue
            if dither and not dither_pick(x, y, min(1.0, v * 2.5 + 0.2)):
                continue
            k = int((1 - v) * 3 + age * (len(ramp) - 3))
            k = max(0, min(len(ramp) - 1, k))
            cv.px(x, y, c(ramp[k]))
    return cv


def muzzle_flash(i: int) -> Canvas:
    cv = Canvas(32, 32)
    s = 1.0 if i == 0 else 0.6
    pts = [(0, 0), (14, 0), (9, -4), (8, 4), (5, -6), (5, 6)]
    for dx, dy in pts[1:]:
        cv.line(16, 16, 16 + dx * s, 16 + dy * s, c("gold"))
    cv.ellipse(16 + 6 * s, 16, 7 * s, 3.2 * s, c("sodium"))
    cv.ellipse(16 + 5 * s, 16, 4.5 * s, 2 * s, c("tracer"))
    cv.ellipse(16 + 3 * s, 16, 2.5 * s, 1.2 * s, c("white"))
    return cv


def spark(i: int) -> Canvas:
    cv = Canvas(32, 32)
    rng = Rng(5)
    t = (i + 1) / 4
    for _ in range(7):
        a = rng.uniform(0, 2 * math.pi)
        s = rng.uniform(6, 13)
        r0, r1 = s * t * 0.55, s * t
        col = ["white", "tracer", "gold", "orange"][i]
        cv.line(16 + math.cos(a) * r0, 16 + math.sin(a) * r0, 16 + math.cos(a) * r1, 16 + math.sin(a) * r1 + t * 2,
                c(col))
    if i == 0:
        cv.disc(16, 16, 2, c("white"))
    return cv


def hit(i: int) -> Canvas:
    cv = Canvas(32, 32)
    r = [4, 7, 9][i]
    cols = [("white", "tracer"), ("tracer", "red"), ("red", "red_dark")][i]
    for k in range(8):
        a = k * math.pi / 4 + (0.3 if i == 1 else 0)
        ln = r if k % 2 == 0 else r * 0.6
        cv.line(16, 16, 16 + math.cos(a) * ln, 16 + math.sin(a) * ln, c(cols[0]))
    if i < 2:
        cv.disc(16, 16, 3 - i, c(cols[1]))
    return cv


def relic(i: int) -> Canvas:
    """Cyberdyne's vault: the old terminator's crushed chrome arm and its cracked CPU, glinting."""
    cv = Canvas(16, 16)
    cv.rect(1, 9, 9, 2, c("steel"))  # the forearm's struts
    cv.hline(1, 9, 9, c("chrome"))
    cv.rect(9, 7, 3, 5, c("steel_dark"))  # the wrist
    for k, y in enumerate((6, 8, 10, 12)):  # the fingers
        cv.hline(12, 14 - (k % 2), y, c("chrome"))
    cv.rect(2, 2, 6, 5, c("grey_dark"))  # the CPU
    cv.rect(3, 3, 4, 3, c("red_dark"))
    cv.px(4, 4, c("red") if i % 2 == 0 else c("orange"))
    for x in range(2, 8, 2):
        cv.px(x, 1, c("chrome"))
        cv.px(x, 7, c("chrome"))
    cv.px(2 + 3 * (i % 4), 9, c("white"))
    cv.outline(c("ink"))
    return cv


def minigun_pickup(i: int) -> Canvas:
    """The minigun lying ready: six barrels, the drum, the belt; a glint runs along the barrels."""
    cv = Canvas(16, 16)
    cv.rect(0, 7, 5, 5, c("steel_dark"))
    cv.hline(0, 4, 7, c("steel"))
    for y in (8, 9, 10):
        cv.hline(5, 15, y, c("steel") if y != 9 else c("chrome"))
    cv.px(5 + 3 * i, 8, c("white"))
    cv.hline(1, 3, 5, c("grey_dark"))
    for k in range(4):
        cv.px(1 + k, 12 + k // 2, c("gold") if k % 2 == 0 else c("amber"))
    cv.outline(c("ink"))
    return cv


def build_fx() -> Sheet:
    sh = Sheet("fx", (32, 32), (16, 16))
    sh.add("muzzle_flash", [muzzle_flash(i) for i in range(2)], 40, loop=False)
    sh.add("spark", [spark(i) for i in range(4)], 40, loop=False)
    smoke = []
    for i in range(6):
        t = (i + 1) / 6
        smoke.append(blob_frame(particles(11, 6, t, speed=(2, 5), up=6, r0=(3, 5), shrink=-0.6),
                                ["grey_light", "grey", "grey", "grey_dark", "steel_dark"], t, dither=i >= 3))
    sh.add("smoke", smoke, 90, loop=False)
    gas = []  # tear gas (Cyberdyne): a pale, slow, spreading cloud
    for i in range(6):
        t = (i + 1) / 6
        gas.append(blob_frame(particles(47, 7, t, speed=(3, 7), up=3, r0=(3, 5), shrink=-0.8),
                              ["white", "concrete_hi", "chrome", "concrete", "steel"], t, dither=i >= 2))
    sh.add("gas", gas, 120, loop=False)
    expl = []
    for i in range(8):
        t = (i + 1) / 8
        expl.append(blob_frame(particles(21, 9, t, speed=(6, 13), up=4, r0=(4, 7), shrink=0.1 if i < 5 else -0.2),
                               RAMP_FIRE, t, dither=i >= 6))
    sh.add("explosion", expl, [50, 50, 60, 60, 70, 80, 90, 100], loop=False)
    dust = []
    for i in range(5):
        t = (i + 1) / 5
        dust.append(blob_frame(particles(31, 6, t, speed=(4, 9), up=3, r0=(2, 3.5), shrink=0.3,
                                         spread=(150, 390)), ["concrete_hi", "concrete", "grey_light", "grey"], t,
                               dither=i >= 3))
    sh.add("dust", dust, 70, loop=False)
    mist = []
    for i in range(6):
        t = (i + 1) / 6
        mist.append(blob_frame(particles(41, 7, t, speed=(3, 8), up=5, r0=(3, 5), shrink=-0.4),
                               ["white", "frost", "frost", "frost_dark", "blue_light"], t, dither=True))
    sh.add("frost_mist", mist, 90, loop=False)
    splash = []
    for i in range(6):
        t = (i + 1) / 6
        pts = particles(51, 9, t, speed=(8, 14), up=22, grav=18, r0=(1.5, 2.5), shrink=0.5, spread=(200, 340))
        splash.append(blob_frame(pts, ["tracer", "gold", "sodium", "molten", "orange", "red", "red_dark"], t))
    sh.add("molten_splash", splash, 70, loop=False)
    fire = []
    for i in range(6):
        cv = Canvas(32, 32)
        for k in range(5):
            x = 9 + k * 3.5
            hgt = 9 + 5 * math.sin(i * 1.05 + k * 2.1) + (4 if k == 2 else 0)
            for y in range(int(hgt)):
                w = (1 - y / hgt) * 3.0
                col = "red" if y > hgt * 0.75 else "molten" if y > hgt * 0.5 else "orange" if y > hgt * 0.25 \
                    else "sodium"
                cv.hline(round(x - w), round(x + w * 0.6), 28 - y, c(col))
        cv.ellipse(16, 26, 5, 2, c("gold"))
        cv.ellipse(16, 26.5, 3, 1, c("tracer"))
        fire.append(cv)
    sh.add("fire", fire, 80, loop=True)
    casing = []
    for i in range(4):
        cv = Canvas(32, 32)
        a = i * math.pi / 4
        dx, dy = math.cos(a) * 2, math.sin(a) * 2
        cv.line(16 - dx, 16 - dy, 16 + dx, 16 + dy, c("red"))
        cv.px(16 + dx, 16 + dy, c("gold"))
        cv.px(16 - dx, 16 - dy, c("red_dark"))
        casing.append(cv)
    sh.add("shell_casing", casing, 60, loop=True)
    sh.add("hit", [hit(i) for i in range(3)], 50, loop=False)
    sh.add("glass", [glass(i) for i in range(6)], 60, loop=False)
    return sh


def glass(i: int) -> Canvas:
    """Shards of a pane bursting out and falling, glinting (Dyson's house)."""
    cv = Canvas(32, 32)
    t = (i + 1) / 6
    for x, y, r, v in particles(61, 9, t, speed=(6, 14), up=2, grav=26, r0=(1.5, 2.5), shrink=0.4):
        if r <= 0.3:
            continue
        col = "white" if v < 0.25 else "frost" if v < 0.6 else "frost_dark"
        cv.line(x - r, y, x + r * 0.5, y - r, c(col))
    return cv


def build_projectiles() -> Sheet:
    sh = Sheet("projectiles", (8, 8), (4, 4))
    p = Canvas(8, 8)
    p.px(4, 4, c("white"))
    p.px(5, 4, c("tracer"))
    p.px(3, 4, c("gold"))
    p.px(2, 4, c("orange"))
    sh.add("pellet", [p], [1000])
    b = Canvas(8, 8)
    b.hline(1, 4, 4, c("gold"))
    b.hline(5, 6, 4, c("white"))
    b.px(0, 4, c("orange"))
    b.px(6, 3, c("tracer"))
    b.px(6, 5, c("tracer"))
    sh.add("bullet", [b], [1000])
    gr = []
    for i in range(4):
        g = Canvas(8, 8)
        g.disc(4, 4, 2.8, c("olive"))
        g.px(3, 3, c("tan"))
        a = i * math.pi / 4
        g.line(4 - math.cos(a) * 2, 4 - math.sin(a) * 2, 4 + math.cos(a) * 2, 4 + math.sin(a) * 2, c("grey_dark"))
        g.outline(c("ink"))
        gr.append(g)
    sh.add("grenade", gr, 60)
    return sh


def build(src: Path, out: Path) -> list[Path]:
    heads = parse_grids(src / "art" / "heads.txt")
    pk = Sheet("pickups", (16, 16), (8, 8))
    pk.add("shells", [shells(i) for i in range(4)], [600, 70, 70, 400])
    pk.add("health", [health(i) for i in range(4)], [600, 70, 70, 400])
    pk.add("life", [life(i, heads) for i in range(2)], [900, 150])
    pk.add("nitrogen", [nitrogen(i) for i in range(4)], 150)
    pk.add("score", [chip(i) for i in range(4)], 110)
    pk.add("launcher", [launcher(i) for i in range(4)], [500, 80, 80, 80])
    from .sarah import pickup_icons  # Sarah's: the sedative and the rifle

    for item, frames in pickup_icons().items():
        pk.add(item, frames, [700, 120])
    from .hospital import pickup_icons as hospital_icons

    for item, frames in hospital_icons().items():  # the hospital's: the keys and the key card
        pk.add(item, frames, [800, 90, 400])
    pk.add("minigun", [minigun_pickup(i) for i in range(4)], [500, 80, 80, 80])
    pk.add("chip", [relic(i) for i in range(4)], 160)
    written = pk.write(out / "sprites")
    written += build_fx().write(out / "sprites")
    written += build_projectiles().write(out / "sprites")
    return written
