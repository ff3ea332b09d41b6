"""The steel mill at night: its tileset (assets/tiles/mill.png + mill.tsx), its parallax backdrop
(assets/backgrounds/mill_{sky,far,near}.png) and the two Sarahs of its set piece
(assets/sprites/sarah_wounded, the real one, limping; assets/sprites/t1000_sarah, the disguise).

Tile order and flags come from assets/src/art/tiles_mill.txt; each tile is drawn by the
``s_<name>`` function below.  The look: black steel lit by sodium lamps from above and by
glowing steel from below (orange on the undersides, the floor's edges catching amber), soot
everywhere, white-hot furnace mouths, hanging chains and ladles in the haze of the hall.
"""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path

from .backgrounds import gradient
from .characters import ORIGIN, STYLES, F, gun, run_cycle, stand
from .core import BAYER4, Canvas, Sheet, T, c, hash01, parse_grids
from .figure import GROUND, Pose, draw_figure, silhouette
from .tiles import build_tileset, ladder, parse_table

S = 16
W, H = 640, 360


def n(x: int, y: int, seed: int) -> float:
    return hash01(x, y, seed)


def _steel(cv: Canvas, seed: int, base="leather", dark="ink", light="leather_hi", y0: int = 0, y1: int = S) -> None:
    """Black steel: near-black with soot specks and the odd lighter fleck."""
    for y in range(y0, y1):
        for x in range(S):
            v = n(x, y, seed)
            cv.px(x, y, c(dark if v < 0.12 else light if v > 0.95 else base))


# --- tiles -------------------------------------------------------------------------------------
def s_floor_top(cv: Canvas) -> None:
    """Riveted steel plates: a worn bright lip catching the lamps, the plate's face below."""
    _steel(cv, 101, base="grey_dark", dark="leather", light="grey", y0=3)
    cv.hline(0, 15, 0, c("concrete"))
    cv.hline(0, 15, 1, c("grey_light"))
    cv.hline(0, 15, 2, c("grey"))
    for x in range(S):
        if n(x, 0, 103) < 0.3:
            cv.px(x, 0, c("concrete_hi"))
        if n(x, 1, 103) < 0.15:
            cv.px(x, 1, c("amber"))  # reflected glow from the pours
    cv.vline(7, 3, 15, c("ink"))  # the joint between two plates
    for x, y in ((2, 5), (12, 5), (2, 12), (12, 12)):
        cv.px(x, y, c("grey_light"))
        cv.px(x + 1, y + 1, c("ink"))


def s_floor_fill(cv: Canvas) -> None:
    _steel(cv, 107)
    for x in range(0, S, 8):
        cv.vline(x + 3, 0, 15, c("ink"))


def s_catwalk(cv: Canvas) -> None:
    """Expanded metal on an angle-iron frame; its underside lit orange by the steel below."""
    cv.hline(0, 15, 0, c("grey_light"))
    cv.hline(0, 15, 1, c("grey"))
    for y in range(2, 5):
        for x in range(S):
            if (x + 2 * y) % 4 in (0, 1):
                cv.px(x, y, c("grey_dark") if y < 4 else c("leather"))
    cv.hline(0, 15, 5, c("ink"))
    cv.hline(0, 15, 6, c("rust"))
    cv.hline(0, 15, 7, c("amber"))
    for x in (3, 11):
        cv.px(x, 0, c("concrete_hi"))


def s_ladder(cv: Canvas) -> None:
    ladder(cv, "grey_light", "leather", "grey", "ink")
    for y in (2, 7, 12):
        cv.px(4, y, c("amber"))  # the sodium light on each rung's end


def s_girder(cv: Canvas) -> None:
    """A black I-beam: flanges top and bottom, the web between with rivets; orange from below."""
    cv.rect(0, 0, S, S, c("leather"))
    cv.hline(0, 15, 0, c("grey"))
    cv.rect(0, 1, S, 3, c("grey_dark"))
    cv.hline(0, 15, 4, c("ink"))
    cv.rect(0, 5, S, 6, c("leather"))
    for x in (3, 11):
        cv.px(x, 7, c("grey_light"))
        cv.px(x, 8, c("ink"))
    cv.hline(0, 15, 11, c("ink"))
    cv.rect(0, 12, S, 3, c("grey_dark"))
    cv.hline(0, 15, 15, c("rust"))
    cv.vline(0, 5, 10, c("grey_dark"))


def s_billets(cv: Canvas) -> None:
    """Square billets stacked crosswise: cooled steel, end-on, with scale."""
    cv.rect(0, 0, S, S, c("ink"))
    for row, y0 in enumerate((0, 8)):
        for k, x0 in enumerate((0, 8) if row == 0 else (-4, 4, 12)):
            cv.rect(x0 + 1, y0 + 1, 6, 6, c("grey"))
            cv.hline(x0 + 1, x0 + 6, y0 + 1, c("grey_light"))
            cv.vline(x0 + 1, y0 + 1, y0 + 6, c("grey_light"))
            cv.hline(x0 + 2, x0 + 6, y0 + 6, c("grey_dark"))
            if n(k, row, 109) < 0.5:
                cv.px(x0 + 4, y0 + 4, c("rust"))
    cv.hline(0, 15, 0, c("concrete"))


def s_column(cv: Canvas) -> None:
    """A black steel H-column with rivet lines; its left flange lit by the sodium lamps."""
    cv.rect(3, 0, 10, S, c("leather"))
    cv.vline(3, 0, 15, c("amber"))
    cv.vline(4, 0, 15, c("rust"))
    cv.vline(5, 0, 15, c("leather_hi"))
    cv.vline(11, 0, 15, c("ink"))
    cv.vline(12, 0, 15, c("ink"))
    for y in (3, 11):
        cv.px(7, y, c("grey"))
        cv.px(9, y, c("grey"))


def s_drum(cv: Canvas) -> None:
    cv.rect(3, 2, 10, 14, c("grey_dark"))
    cv.vline(4, 2, 15, c("grey"))
    cv.vline(12, 2, 15, c("ink"))
    for y in (2, 7, 12):
        cv.hline(3, 12, y, c("leather"))
    cv.hline(3, 12, 1, c("grey_light"))
    cv.rect(6, 8, 4, 3, c("amber"))
    cv.px(7, 9, c("ink"))


def s_sign_hazard(cv: Canvas) -> None:
    """A hot-metal warning: a yellow diamond with a black drop."""
    cv.vline(7, 11, 15, c("leather"))
    for y in range(11):
        half = y if y < 6 else 10 - y
        cv.hline(7 - half, 8 + half, y, c("gold"))
    for y in range(1, 10):
        half = (y if y < 6 else 10 - y) - 1
        if half >= 0:
            cv.px(7 - half - 1, y, c("ink"))
            cv.px(8 + half + 1, y, c("ink"))
    cv.disc(7.5, 6.5, 1.8, c("ink"))
    cv.vline(7, 3, 5, c("ink"))


def s_lamp(cv: Canvas) -> None:
    """A sodium lamp under a tin shade on a wall bracket; its cone of orange light below."""
    cv.hline(0, 5, 1, c("grey"))
    cv.vline(0, 0, 3, c("grey_dark"))
    cv.poly([(4, 0), (12, 0), (15, 5), (1, 5)], c("grey_dark"))
    cv.hline(4, 11, 0, c("grey_light"))
    cv.hline(3, 13, 5, c("sodium"))
    cv.hline(5, 11, 6, c("gold"))
    for y in range(7, 16):
        for x in range(S):
            spread = (y - 5) * 0.45 + 3
            if abs(x - 8) < spread and (x + y) % 2 == 0 and n(x, y, 113) < 1.1 - (y - 6) / 10:
                cv.px(x, y, c("orange") if y < 10 else c("amber"))


def s_wall_back(cv: Canvas) -> None:
    """Corrugated black sheeting: ribs every 4 px, the lower edge of each rib warmed by the glow."""
    for y in range(S):
        for x in range(S):
            rib = x % 4
            col = ("ink", "leather", "leather_hi", "leather")[rib]
            if n(x, y, 117) < 0.06:
                col = "night"
            cv.px(x, y, c(col))
    for x in range(2, S, 4):
        if n(x, 0, 119) < 0.5:
            cv.px(x, 15, c("brown_dark"))


def s_rail(cv: Canvas) -> None:
    """The crane's runway rail overhead: a heavy flange, the rail on top, brackets under it."""
    cv.rect(0, 4, S, 6, c("leather"))
    cv.hline(0, 15, 3, c("grey"))
    cv.hline(0, 15, 4, c("grey_dark"))
    cv.hline(0, 15, 9, c("ink"))
    cv.hline(0, 15, 10, c("amber"))
    cv.rect(6, 10, 4, 4, c("leather"))
    cv.vline(6, 10, 13, c("rust"))
    for x in (1, 14):
        cv.px(x, 6, c("grey"))


def s_chain(cv: Canvas) -> None:
    """Heavy chain: links alternating face-on and edge-on, catching the lamps on their left."""
    for y0 in range(0, S, 8):
        cv.ellipse(8, y0 + 2.5, 3.2, 3.6, c("grey_dark"))
        cv.ellipse(8, y0 + 2.5, 1.4, 1.8, T)
        cv.px(5, y0 + 2, c("grey_light"))
        cv.px(5, y0 + 1, c("grey"))
        cv.rect(7, y0 + 5, 2, 4, c("grey"))
        cv.vline(7, y0 + 5, y0 + 8, c("grey_light"))
        cv.vline(8, y0 + 5, y0 + 8, c("leather"))


def s_hook(cv: Canvas) -> None:
    """A crane hook hanging from the chain: the block, then the curve of the hook."""
    cv.rect(5, 0, 6, 5, c("grey_dark"))
    cv.hline(5, 10, 0, c("grey_light"))
    cv.px(8, 2, c("gold"))
    cv.rect(7, 5, 2, 3, c("grey"))
    for deg in range(0, 220, 8):
        a = math.radians(deg)
        x, y = 8 + 4.2 * math.cos(a + 1.4), 11 + 3.6 * math.sin(a + 1.4)
        cv.rect(round(x) - 1, round(y) - 1, 2, 2, c("grey"))
    cv.px(12, 9, c("grey_light"))
    cv.px(4, 12, c("grey_light"))
    cv.px(5, 14, c("ink"))


def s_pipe_h(cv: Canvas) -> None:
    cv.rect(0, 5, S, 6, c("leather"))
    cv.hline(0, 15, 5, c("grey"))
    cv.hline(0, 15, 6, c("leather_hi"))
    cv.hline(0, 15, 10, c("rust"))
    cv.rect(6, 4, 3, 8, c("grey_dark"))
    cv.vline(6, 4, 11, c("grey"))


def s_pipe_v(cv: Canvas) -> None:
    cv.rect(5, 0, 6, S, c("leather"))
    cv.vline(5, 0, 15, c("grey"))
    cv.vline(6, 0, 15, c("leather_hi"))
    cv.vline(10, 0, 15, c("ink"))
    cv.rect(4, 6, 8, 3, c("grey_dark"))
    cv.hline(4, 11, 6, c("grey"))


def s_hot_billet(cv: Canvas) -> None:
    """Steel still glowing on the cooling rack: white-yellow core, orange, red at the ends."""
    cv.rect(0, 12, S, 4, c("ink"))
    cv.hline(0, 15, 12, c("grey_dark"))
    for x in (1, 8, 14):
        cv.vline(x, 12, 15, c("leather"))
    cv.rect(1, 7, 14, 5, c("red_dark"))
    cv.rect(2, 7, 12, 4, c("molten"))
    cv.rect(4, 8, 8, 2, c("orange"))
    cv.hline(5, 10, 8, c("gold"))
    cv.hline(2, 13, 7, c("sodium"))
    for x in range(1, 15):  # heat shimmer over it
        if n(x, 0, 127) < 0.35:
            cv.px(x, 5 - int(n(x, 1, 127) * 3), c("amber"))


def s_furnace(cv: Canvas) -> None:
    """A furnace door, open: a brick arch, the white heat inside."""
    cv.rect(0, 0, S, S, c("brown_dark"))
    for y in range(0, S, 4):
        off = 0 if (y // 4) % 2 else 4
        cv.hline(0, 15, y, c("ink"))
        for x in range(off, S, 8):
            cv.px(x, y + 1, c("ink"))
            cv.px(x, y + 2, c("ink"))
    cv.ellipse(8, 11, 6, 7, c("molten"))
    cv.rect(2, 11, 12, 5, c("molten"))
    cv.ellipse(8, 12, 4, 5, c("orange"))
    cv.rect(4, 12, 8, 4, c("orange"))
    cv.ellipse(8, 13, 2.5, 3, c("sodium"))
    cv.rect(6, 14, 4, 2, c("white"))


def s_vat_wall(cv: Canvas) -> None:
    """The vat's refractory lining: bricks blackened at the top, glowing hotter toward the steel."""
    for y in range(S):
        for x in range(S):
            t = y / 15
            col = "brown_dark" if t < 0.4 else "rust" if t < 0.75 else "amber"
            if (y % 5 == 0) or ((x + (5 if (y // 5) % 2 else 0)) % 10 == 0):
                col = "ink" if t < 0.5 else "brown_dark"
            elif n(x, y, 131) < 0.08:
                col = "molten" if t > 0.6 else "leather"
            cv.px(x, y, c(col))


def s_rubble_fill(cv: Canvas) -> None:
    """Broken slag: lumps of grey-black glassy clinker."""
    for y in range(S):
        for x in range(S):
            v = n(x // 3, y // 3, 137)
            col = "grey_dark" if v < 0.4 else "leather_hi" if v < 0.75 else "grey"
            if n(x, y, 139) < 0.1:
                col = "ink"
            cv.px(x, y, c(col))
    for k in range(3):
        cv.px(int(n(k, 0, 141) * 15), int(n(k, 1, 141) * 15), c("rust"))


def s_truss(cv: Canvas) -> None:
    """A roof truss's diagonal and its bottom chord."""
    cv.line(0, 15, 15, 0, c("leather_hi"))
    cv.line(1, 15, 15, 1, c("leather"))
    cv.line(0, 14, 14, 0, c("ink"))
    cv.rect(0, 13, S, 3, c("leather"))
    cv.hline(0, 15, 15, c("brown_dark"))


def s_window(cv: Canvas) -> None:
    """A high window of wired glass, sodium light outside, grime in the panes."""
    cv.rect(0, 0, S, S, c("ink"))
    for y in range(1, 15):
        for x in range(1, 15):
            if x in (5, 10) or y == 7:
                continue
            v = n(x, y, 149)
            cv.px(x, y, c("amber" if v < 0.5 else "brown" if v < 0.85 else "sodium"))


def s_floor_edge(cv: Canvas) -> None:
    """The plate at the vat's rim: hazard stripes on the lip, heat-tinted steel under it."""
    s_floor_top(cv)
    for x in range(S):
        cv.px(x, 1, c("gold") if (x // 3) % 2 == 0 else c("ink"))
        cv.px(x, 2, c("gold") if ((x + 1) // 3) % 2 == 0 else c("ink"))
    for y in range(11, S):
        for x in range(S):
            if BAYER4[y % 4, x % 4] < (y - 10) / 8:
                cv.px(x, y, c("rust"))


def s_wall_low(cv: Canvas) -> None:
    """The sheeting's foot: soot-black, the rib edges glowing orange with the floor's heat."""
    s_wall_back(cv)
    for y in range(8, S):
        for x in range(S):
            if x % 4 == 2 and BAYER4[y % 4, x % 4] < (y - 7) / 10:
                cv.px(x, y, c("rust"))
            elif x % 4 == 0 and y > 11:
                cv.px(x, y, c("brown_dark"))


# --- backdrop ------------------------------------------------------------------------------------
def _dither_rect(cv: Canvas, x0: int, y0: int, x1: int, y1: int, a: str, b: str, f) -> None:
    """Fill with colour ``b`` over ``a`` where the ordered dither at share ``f(x, y)`` says so."""
    for y in range(max(0, y0), min(H, y1)):
        for x in range(x0, x1):
            xx = x % W
            cv.a[y, xx] = c(b) if f(x, y) > BAYER4[y % 4, xx % 4] else c(a)


def bg_sky(cv: Canvas) -> None:
    """The hall's far wall in the haze: black up under the roof, sodium orange lower down, where
    the lamps and the pours light the smoke; a row of high windows; the roof's trusses."""
    gradient(cv, [(0.0, "ink"), (0.25, "night"), (0.45, "brown_dark"), (0.7, "rust"), (0.88, "amber"),
                  (1.0, "amber")])
    # high windows, sodium light behind grime
    for k in range(10):
        x0 = k * 64 + 10
        cv.rect(x0, 70, 40, 26, c("brown_dark"))
        for y in range(72, 94):
            for x in range(x0 + 2, x0 + 38):
                if (x - x0) % 12 in (0, 1) or y == 83:
                    continue
                v = hash01(x, y, 151)
                cv.px(x, y, c("amber" if v < 0.55 else "rust" if v < 0.9 else "orange"))
    # roof trusses: a bottom chord and diagonals, black against the smoke
    cv.rect(0, 0, W, 14, c("ink"))
    cv.rect(0, 40, W, 3, c("ink"))
    for x0 in range(0, W, 40):
        cv.line(x0, 42, x0 + 20, 14, c("ink"))
        cv.line(x0 + 20, 14, x0 + 40, 42, c("ink"))
        cv.vline(x0 + 20, 14, 42, c("ink"))
    # a band of smoke across the windows: darker dithered wisps
    for y in range(96, 140):
        for x in range(W):
            v = hash01(x // 6, y // 3, 157)
            if v < 0.25 and BAYER4[y % 4, x % 4] < 0.5:
                cv.px(x, y, c("brown_dark"))


def bg_far(cv: Canvas) -> None:
    """Across the hall: converters and furnaces in black steel, their mouths glowing; a crane
    bridge with a ladle on its hook, a thread of steel pouring; chains hanging from the dark."""
    base = 268
    # the floor across the hall, dark, its edge catching the glow
    cv.rect(0, base, W, H - base, c("leather"))
    for x in range(W):
        if BAYER4[base % 4, x % 4] < 0.3:
            cv.px(x, base, c("amber"))
    # the furnace block: a long black mass with three glowing mouths and stacks above
    for k, x0 in enumerate((20, 250, 450)):
        w = 150 if k != 1 else 120
        cv.rect(x0, base - 130, w, 130, c("ink"))
        cv.rect(x0 + 10, base - 170, 26, 40, c("ink"))  # a stack
        cv.hline(x0, x0 + w - 1, base - 130, c("leather"))
        mx = x0 + w // 2
        cv.ellipse(mx, base - 40, 26, 30, c("red_dark"))
        cv.rect(mx - 26, base - 40, 52, 40, c("red_dark"))
        cv.ellipse(mx, base - 36, 19, 24, c("molten"))
        cv.rect(mx - 19, base - 36, 38, 36, c("molten"))
        cv.ellipse(mx, base - 30, 11, 16, c("orange"))
        cv.rect(mx - 11, base - 30, 22, 30, c("orange"))
        cv.rect(mx - 5, base - 18, 10, 18, c("sodium"))
        # the glow spilling on the floor in front of it
        for y in range(base, H):
            for x in range(mx - 50, mx + 50):
                f = (1 - abs(x - mx) / 50) * (1 - (y - base) / (H - base)) * 0.8
                if f > BAYER4[y % 4, x % 4]:
                    cv.px(x % W, y, c("rust"))
    # the crane bridge across the top, its trolley and a ladle on the hook, pouring
    cv.rect(0, 100, W, 10, c("ink"))
    cv.hline(0, W - 1, 110, c("rust"))
    tx = 300
    cv.rect(tx, 112, 40, 20, c("ink"))
    for dx in (10, 30):
        cv.vline(tx + dx, 132, 190, c("ink"))
    cv.poly([(tx - 6, 188), (tx + 46, 184), (tx + 40, 226), (tx + 2, 228)], c("ink"))
    cv.line(tx - 6, 188, tx + 46, 184, c("orange"))
    cv.px(tx + 46, 185, c("sodium"))
    for y in range(186, base):  # the pour: a thread of white-hot steel falling from the lip
        cv.px(tx + 48, y, c("sodium"))
        cv.px(tx + 49, y, c("orange") if y % 3 else c("gold"))
    cv.ellipse(tx + 49, base - 1, 8, 3, c("orange"))
    # chains and hooks hanging out of the dark at a distance
    for x in (110, 200, 560, 600):
        length = 60 + int(hash01(x, 1, 163) * 80)
        for y in range(110, 110 + length):
            if y % 4 != 3:
                cv.px(x, y, c("ink"))
        cv.rect(x - 2, 110 + length, 5, 4, c("ink"))
        cv.px(x + 2, 110 + length + 5, c("ink"))
        cv.px(x - 2, 110 + length + 6, c("ink"))


def bg_near(cv: Canvas) -> None:
    """Close by: two massive black columns, a ladle hanging on its chains, steam, and a walkway
    with its railing in silhouette; orange rim light where the pours catch them."""
    for x0 in (90, 410):
        cv.rect(x0, 0, 36, H, c("ink"))
        cv.vline(x0, 0, H - 1, c("rust"))
        cv.vline(x0 + 1, 0, H - 1, c("brown_dark"))
        for y in range(12, H, 40):
            cv.rect(x0 + 4, y, 28, 3, c("leather"))
        cv.rect(x0 - 8, 0, 52, 12, c("ink"))
    # a big ladle on two chains, hanging between the columns
    lx, ly = 250, 150
    for dx in (-24, 24):
        for y in range(0, ly - 20):
            if y % 5 != 4:
                cv.px(lx + dx, y, c("ink"))
                cv.px(lx + dx + 1, y, c("ink") if y % 5 else c("leather"))
    cv.line(lx - 24, ly - 20, lx - 30, ly, c("ink"))
    cv.line(lx + 24, ly - 20, lx + 30, ly, c("ink"))
    cv.poly([(lx - 36, ly - 2), (lx + 36, ly - 2), (lx + 28, ly + 52), (lx - 28, ly + 52)], c("ink"))
    cv.rect(lx - 38, ly - 6, 76, 5, c("leather"))
    cv.hline(lx - 38, lx + 37, ly - 6, c("orange"))
    cv.hline(lx - 36, lx + 35, ly - 5, c("molten"))
    for k in range(6):  # slag dripped down its side, still warm
        x = lx - 30 + k * 11
        cv.vline(x, ly, ly + 6 + int(hash01(k, 3, 167) * 14), c("red_dark"))
    # steam rising from a quench, dithered white into the dark
    for y in range(120, 290):
        for x in range(520, 600):
            f = 0.35 * (1 - abs(x - 560 - 10 * math.sin(y / 17)) / 40) * (1 - (290 - y) / 220)
            if f > BAYER4[y % 4, x % 4] and hash01(x // 4, y // 4, 171) < 0.8:
                cv.px(x, y, c("grey_light"))
    # a walkway railing across the bottom, in silhouette
    ry = 318
    cv.hline(0, W - 1, ry, c("ink"))
    cv.hline(0, W - 1, ry + 1, c("rust"))
    cv.hline(0, W - 1, ry + 16, c("ink"))
    for x in range(0, W, 32):
        cv.rect(x, ry, 3, H - ry, c("ink"))
    cv.rect(0, H - 10, W, 10, c("ink"))


# --- the two Sarahs ------------------------------------------------------------------------------
# The real Sarah: the game's Sarah (characters.STYLES["sarah"]) wounded in the thigh, limping,
# the shotgun held low in one hand.  The disguise: the same clothes cut a touch too clean, moving
# too evenly, with the liquid metal's chrome sheen on its outline instead of an ink line.
SARAH = STYLES["sarah"]
DISGUISE = replace(SARAH, outline="steel_dark", outline_lit="chrome", rim="steel")
HIP = 27.0


def _wound(cv: Canvas, j) -> None:
    """Blood soaked through the near thigh, and a bandage at the shoulder."""
    (kx, ky), _ = j["ff"]
    hx, hy = j["hip"]
    for t in (0.35, 0.55, 0.75):
        x, y = hx + (kx - hx) * t, hy + (ky - hy) * t
        cv.px(x, y, c("red"))
        cv.px(x + 1, y, c("red_dark"))
    sx, sy = j["shoulder"]
    cv.px(sx, sy + 1, c("white"))
    cv.px(sx + 1, sy + 1, c("concrete_hi"))


def _held(hy: float) -> dict:
    """The shotgun hanging from the far hand, muzzle down; the near hand pressed to the wound."""
    held = gun("shotgun", 20, hy + 7, 75)
    held["fh"] = (25, hy + 4)
    return held


def _limp(i: int, hy: float, k: int = 8) -> Pose:
    """Frame ``i`` of ``k`` of the limp: the wounded near leg swings short and stiff and takes the
    weight for a moment only; the body dips onto the good leg and leans on it."""
    ph = i / k * 2 * math.pi
    near = 23 + 1 + 2.0 * math.cos(ph)  # the bad leg: a short, stiff stride
    lift = max(0.0, -math.sin(ph)) * 1.0
    far = 23 + 1 + 4.5 * math.cos(ph + math.pi)
    far_lift = max(0.0, -math.sin(ph + math.pi)) * 3.0
    dip = 2.2 if math.cos(ph) > 0.3 else 0.0  # weight onto the good leg
    return Pose(hip=(23, hy + dip), lean=8 + 4 * (dip > 0), ff=F(near, lift), bf=F(far, far_lift),
                extra=[_wound], **_held(hy))


def sarah_wounded(heads) -> Sheet:
    """The real Sarah in the mill: stands hunched, limps (uneven in its frames and its timing),
    flinches, and falls (a casualty)."""
    sh = Sheet("sarah_wounded", (48, 48), ORIGIN)

    def draw(pose):
        return draw_figure(SARAH, pose, heads)

    idle = [Pose(hip=(23, HIP + 2 + k), lean=10, ff=F(27), bf=F(19), extra=[_wound], **_held(HIP + 2 + k))
            for k in (0, 1)]
    sh.add("idle", [draw(p) for p in idle], 500)
    sh.add("walk", [draw(_limp(i, HIP + 1)) for i in range(8)], [170, 170, 220, 260, 110, 100, 110, 130])
    hurt = [Pose(hip=(21, HIP + 2), lean=-18, ff=F(24), bf=F(17), fh=(16, 24), bh=(14, 22), head_dx=-1,
                 extra=[_wound])]
    sh.add("hurt", [draw(p) for p in hurt], 150, loop=False)
    down = [stand(hip=(21, HIP + 4), lean=-25, fh=(14, 26), bh=(12, 26), extra=[_wound]),
            Pose(hip=(23, 37), lean=-45, ff=(30, GROUND), bf=(28, GROUND), fh=(12, 38), bh=(10, 40)),
            Pose(hip=(29, 43), lean=-88, ff=(40, GROUND), bf=(42, GROUND), fh=(12, GROUND), bh=(14, GROUND),
                 head_dy=3, extra=[_wound])]
    sh.add("down", [draw(p) for p in down], [100, 140, 800], loop=False)
    return sh


def t1000_sarah(heads) -> Sheet:
    """The T-1000 as Sarah (game/t1000/render.py draws it where the droplets stand): unhurt, upright,
    an even stride; ``mask`` is its silhouette."""
    sh = Sheet("t1000_sarah", (48, 48), ORIGIN)

    def draw(pose):
        return draw_figure(DISGUISE, pose, heads)

    idle = [stand(hip=(23, HIP + 1), fh=(25, 37), bh=(21, 37)), stand(hip=(23, HIP + 1), fh=(25, 37), bh=(21, 38))]
    sh.add("idle", [draw(p) for p in idle], 600)
    sh.add("walk", [draw(p) for p in run_cycle(6, 23, 4.5, 2.0, 0, "swing", bob=0.0, hip_y=HIP + 1)], 130)
    sh.add("run", [draw(p) for p in run_cycle(8, 22, 8.0, 5.0, 12, "swing", bob=1.2, hip_y=HIP + 1)], 70)
    sh.add("mask", [silhouette(draw(idle[0]))], [1000], loop=False)
    return sh


def build(src: Path, out: Path) -> list[Path]:
    table = parse_table(src / "art" / "tiles_mill.txt")
    painters = {tile: globals()[f"s_{tile}"] for tile, _ in table}
    written = build_tileset("mill", table, painters, out, skip_flags=("decor",))
    for name, fn in (("sky", bg_sky), ("far", bg_far), ("near", bg_near)):
        cv = Canvas(W, H, T if name != "sky" else c("ink"))
        fn(cv)
        written.append(cv.save(out / "backgrounds" / f"mill_{name}.png"))
    heads = parse_grids(src / "art" / "heads.txt")
    for fn in (sarah_wounded, t1000_sarah):
        written.extend(fn(heads).write(out / "sprites"))
    return written
