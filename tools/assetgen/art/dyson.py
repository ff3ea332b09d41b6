"""Dyson's house at night: the tileset (assets/tiles/dyson.png + dyson.tsx), the backdrop
(assets/backgrounds/dyson_{sky,far,near}.png), the wife's and son's sheets, and the story pictures
before and after the level (assets/story/dyson.png, reveal.png).

Tile order and flags come from assets/src/art/tiles_dyson.txt; each tile is drawn by the ``d_<name>``
function below.  A modern house of glass and concrete on a hillside above the city: the dark garden
and its hedges, stone terraces, a pool lit from below, and through the glass the warm rooms of a
family at home.  Outside, everything is the night's blues and greens (the game lays its darkness
over it too); inside, tan, gold and white.
"""

from __future__ import annotations

import math
from pathlib import Path

from .backgrounds import gradient
from .characters import HIP, STYLES, F, character_sheet, run_cycle, stand
from .core import Canvas, Rng, T, c, hash01, parse_grids
from .figure import GROUND, Pose, Style, draw_figure
from .story import H as SH
from .story import W as SW
from .story import glow, vgrad
from .tiles import build_tileset, concrete, parse_table

S = 16
W, H = 640, 360


def n(x: int, y: int, seed: int) -> float:
    return hash01(x, y, seed)


# --- tiles: the garden -------------------------------------------------------------------------
def d_grass_top(cv: Canvas) -> None:
    """The lawn's edge: blades of grass over dark earth."""
    d_soil(cv)
    cv.rect(0, 0, S, 5, c("green_dark"))
    for x in range(S):
        h = 2 + int(n(x, 0, 81) * 4)
        cv.vline(x, 0, h, c("green_dark"))
        if n(x, 1, 81) < 0.35:
            cv.px(x, 0, c("olive"))
        if n(x, 2, 81) < 0.2:
            cv.px(x, 1, c("green"))
    cv.hline(0, 15, 5, c("ink"))


def d_soil(cv: Canvas) -> None:
    for y in range(S):
        for x in range(S):
            v = n(x, y, 83)
            cv.px(x, y, c("brown_dark") if v < 0.7 else c("leather") if v < 0.93 else c("brown"))


def _stones(cv: Canvas, seed: int, y0: int = 0) -> None:
    """Rough stone courses: grey blocks with dark joints."""
    cv.rect(0, y0, S, S - y0, c("grey_dark"))
    for row, (top, off) in enumerate(((y0, 0), (y0 + 6, 5), (y0 + 11, 2))):
        bottom = min(S - 1, top + 5 if row < 2 else S - 1)
        for bx in range(-8, S, 8):
            x0 = bx + off + int(n(bx, row, seed) * 2)
            for y in range(top, bottom):
                for x in range(x0, x0 + 7):
                    if 0 <= x < S:
                        v = n(x, y, seed + row)
                        cv.px(x, y, c("grey") if v < 0.8 else c("grey_light") if v < 0.9 else c("steel_dark"))
            cv.hline(max(0, x0), min(S - 1, x0 + 6), top, c("grey_light"))


def d_stone_top(cv: Canvas) -> None:
    """A retaining wall's capping: a flat slab with a lit lip."""
    _stones(cv, 91, 4)
    cv.rect(0, 0, S, 4, c("concrete"))
    cv.hline(0, 15, 0, c("concrete_hi"))
    cv.hline(0, 15, 3, c("grey_dark"))


def d_stone(cv: Canvas) -> None:
    _stones(cv, 93)


def d_deck_top(cv: Canvas) -> None:
    """Pale stone paving round the pool."""
    d_deck_fill(cv)
    cv.hline(0, 15, 0, c("white"))
    cv.hline(0, 15, 1, c("concrete_hi"))
    cv.vline(7, 2, 5, c("grey_light"))


def d_deck_fill(cv: Canvas) -> None:
    concrete(cv, 95, base="concrete", dark="grey_light", light="concrete_hi")


def d_pool_wall(cv: Canvas) -> None:
    """The pool's wall: a mosaic of small blue tiles."""
    for y in range(S):
        for x in range(S):
            col = "blue" if n(x // 2, y // 2, 97) < 0.6 else "blue_light"
            if x % 4 == 3 or y % 4 == 3:
                col = "blue_dark"
            cv.px(x, y, c(col))


def d_water_top(cv: Canvas) -> None:
    """The pool's surface, lit from below: ripples of light on turquoise."""
    d_water(cv)
    cv.rect(0, 0, S, 4, T)
    for x in range(S):
        y = 4 + round(math.sin(x * 0.8) * 0.8)
        cv.px(x, y, c("frost"))
        cv.px(x, y + 1, c("water_hi"))


def d_water(cv: Canvas) -> None:
    for y in range(S):
        for x in range(S):
            v = n(x, y, 99)
            cv.px(x, y, c("frost_dark") if v < 0.75 else c("water_hi"))
    for k in range(3):  # caustics: threads of light
        y0 = int(n(k, 0, 101) * 14)
        for x in range(S):
            if n(x, k, 103) < 0.5:
                cv.px(x, (y0 + round(math.sin(x * 0.6 + k) * 1.5)) % S, c("frost"))


def d_pool_step(cv: Canvas) -> None:
    """A step into the pool: paving on top, blue tile down its face."""
    d_pool_wall(cv)
    cv.rect(0, 0, S, 4, c("concrete"))
    cv.hline(0, 15, 0, c("white"))
    cv.hline(0, 15, 4, c("blue_dark"))


def d_hedge(cv: Canvas) -> None:
    """A clipped box hedge (a step to hop)."""
    for y in range(S):
        for x in range(S):
            v = n(x, y, 105)
            cv.px(x, y, c("green_dark") if v < 0.55 else c("olive") if v < 0.85 else c("ink"))
    for x in range(S):
        cv.px(x, 0, c("green") if n(x, 9, 105) < 0.3 else c("olive"))
    cv.hline(0, 15, 15, c("ink"))


def d_shrub_top(cv: Canvas) -> None:
    """The rounded crown of a flowering shrub by the garden path (drawn in front: crouched behind it,
    Sarah is out of sight)."""
    for y in range(S):
        for x in range(S):
            dx, dy = (x - 7.5) / 8.5, (y - 15.0) / 12.0
            if dx * dx + dy * dy > 1.0 - n(x, y, 131) * 0.18:
                continue
            v = n(x, y, 133)
            cv.px(x, y, c("green_dark") if v < 0.6 else c("olive") if v < 0.88 else c("green"))
    for k in range(4):  # a few pale blossoms, catching the path lights
        cv.px(2 + int(n(k, 1, 137) * 12), 6 + int(n(k, 2, 137) * 8), c("frost") if k % 2 else c("amber"))


def d_shrub(cv: Canvas) -> None:
    """The dense lower half of a shrub: leaves and the dark between them."""
    for y in range(S):
        for x in range(S):
            v = n(x, y, 139)
            cv.px(x, y, c("ink") if v < 0.22 else c("green_dark") if v < 0.75 else c("olive"))
    for k in range(2):
        cv.px(3 + int(n(k, 3, 141) * 10), 2 + int(n(k, 4, 141) * 8), c("frost"))


def d_lamp(cv: Canvas) -> None:
    """A garden lamp: a slim post and a frosted head (the checkpoint lights it)."""
    cv.rect(7, 5, 2, 11, c("steel_dark"))
    cv.vline(7, 5, 15, c("steel"))
    cv.rect(5, 1, 6, 4, c("grey"))
    cv.rect(6, 2, 4, 2, c("tracer"))
    cv.hline(5, 10, 0, c("steel_dark"))


def d_palm_trunk(cv: Canvas) -> None:
    for y in range(S):
        w = 3 if y % 4 else 4
        cv.rect(8 - w // 2, y, w, 1, c("brown_dark") if y % 4 else c("brown"))
    cv.vline(7, 0, 15, c("leather"))


def d_palm_top(cv: Canvas) -> None:
    """A palm's crown of fronds against the sky."""
    for k, ang in enumerate((-160, -120, -60, -20, 10, 170, 200)):
        a = math.radians(ang)
        for t in range(2, 9):
            x = 8 + math.cos(a) * t
            y = 8 + math.sin(a) * t + (t * t) / 14.0
            cv.px(x, y, c("green_dark") if (t + k) % 3 else c("olive"))
            cv.px(x, y + 1, c("ink"))
    cv.rect(7, 8, 3, 3, c("brown_dark"))


def d_tree(cv: Canvas) -> None:
    """Dark foliage (a tree's crown, tiled)."""
    for y in range(S):
        for x in range(S):
            v = n(x, y, 107)
            if v < 0.85:
                cv.px(x, y, c("green_dark") if v < 0.2 else c("ink") if v < 0.55 else c("olive"))


def d_fence(cv: Canvas) -> None:
    """A plank fence at the back of the garden."""
    for x in range(0, S, 4):
        cv.rect(x, 2, 3, 14, c("brown_dark"))
        cv.vline(x, 2, 15, c("brown"))
        cv.px(x + 1, 1, c("brown_dark"))
    cv.hline(0, 15, 5, c("leather"))
    cv.hline(0, 15, 12, c("leather"))


def d_pole(cv: Canvas) -> None:
    """A floodlight's pole."""
    cv.rect(7, 0, 2, S, c("steel_dark"))
    cv.vline(7, 0, 15, c("steel"))


def d_diving_board(cv: Canvas) -> None:
    cv.rect(0, 0, S, 3, c("white"))
    cv.hline(0, 15, 3, c("steel"))
    cv.rect(2, 4, 2, 12, c("steel_dark"))


def d_rail(cv: Canvas) -> None:
    """A glass balustrade: a steel handrail over pale panes."""
    cv.hline(0, 15, 0, c("chrome"))
    cv.hline(0, 15, 1, c("steel_dark"))
    for y in range(2, 16):
        for x in range(S):
            if (x + y) % 9 == 0:
                cv.px(x, y, c("frost_dark"))
    cv.vline(0, 1, 15, c("steel_dark"))


# --- tiles: the house ----------------------------------------------------------------------------
def d_floor(cv: Canvas) -> None:
    """Polished concrete: a sheen along the top."""
    concrete(cv, 109, base="grey_light", dark="grey", light="concrete")
    cv.hline(0, 15, 0, c("concrete_hi"))
    cv.hline(0, 15, 1, c("white"))
    cv.hline(0, 15, 2, c("grey"))


def d_slab(cv: Canvas) -> None:
    """The house's board-marked concrete: roof, walls, the slab's edge."""
    concrete(cv, 111, base="grey", dark="grey_dark", light="grey_light")
    for y in (4, 9, 14):
        cv.hline(0, 15, y, c("grey_dark"))


def d_glass_dark(cv: Canvas) -> None:
    """Glass from outside with no light behind it: the night's blue and a diagonal reflection."""
    for y in range(S):
        for x in range(S):
            cv.px(x, y, c("navy") if n(x, y, 113) < 0.9 else c("blue_dark"))
    for k in range(S):
        cv.px(k, 15 - k, c("blue"))
        if k % 2:
            cv.px(k, 14 - k, c("blue_dark"))
    cv.vline(15, 0, 15, c("steel_dark"))


def d_window_lit(cv: Canvas) -> None:
    """A lit window: the warm room through the glass, a mullion and a pale reflection."""
    for y in range(S):
        for x in range(S):
            v = n(x, y, 115)
            cv.px(x, y, c("sodium") if v < 0.5 else c("gold") if v < 0.8 else c("tracer"))
    cv.line(2, 14, 9, 7, c("white"))
    cv.vline(15, 0, 15, c("steel_dark"))
    cv.hline(0, 15, 15, c("amber"))


def d_wall_in(cv: Canvas) -> None:
    """An interior wall, plaster lit warm."""
    for y in range(S):
        for x in range(S):
            cv.px(x, y, c("concrete_hi") if n(x, y, 117) < 0.93 else c("tan"))


def d_bookshelf(cv: Canvas) -> None:
    cv.rect(0, 0, S, S, c("brown_dark"))
    for row in (1, 6, 11):
        x = 1
        while x < 15:
            w = 1 + int(n(x, row, 119) * 2)
            col = ("red_dark", "blue", "olive", "tan", "navy", "rust")[int(n(x, row, 121) * 6)]
            cv.rect(x, row, w, 4, c(col))
            x += w + (1 if n(x, row, 123) < 0.2 else 0)
        cv.hline(0, 15, row + 4, c("brown"))


def d_desk(cv: Canvas) -> None:
    """Dyson's desk: a dark top with papers, a drawer, a leg."""
    cv.rect(0, 2, S, 3, c("brown"))
    cv.hline(0, 15, 2, c("tan"))
    cv.rect(1, 0, 6, 2, c("white"))  # papers
    cv.px(3, 1, c("steel"))
    cv.rect(9, 5, 6, 7, c("brown_dark"))
    cv.hline(10, 13, 8, c("gold"))
    cv.rect(1, 5, 2, 11, c("brown_dark"))
    cv.rect(13, 12, 2, 4, c("brown_dark"))


def d_computer(cv: Canvas) -> None:
    """A monitor on the desk, its screen glowing with lines of code."""
    cv.rect(2, 2, 12, 10, c("grey"))
    cv.rect(3, 3, 10, 8, c("navy"))
    for y in range(4, 10, 2):
        for x in range(4, 12):
            if n(x, y, 125) < 0.6:
                cv.px(x, y, c("green"))
    cv.rect(6, 12, 4, 3, c("grey_dark"))
    cv.hline(4, 11, 15, c("grey"))


def d_sofa(cv: Canvas) -> None:
    cv.rect(0, 6, S, 8, c("red_dark"))
    cv.hline(0, 15, 6, c("red"))
    cv.rect(0, 4, 3, 10, c("red_dark"))
    cv.hline(0, 2, 4, c("red"))
    cv.rect(1, 14, 2, 2, c("ink"))
    cv.rect(13, 14, 2, 2, c("ink"))


def d_plant(cv: Canvas) -> None:
    cv.rect(5, 10, 6, 6, c("rust"))
    cv.hline(5, 10, 10, c("amber"))
    for k in range(9):
        a = math.radians(-160 + k * 18)
        for t in range(2, 7):
            cv.px(8 + math.cos(a) * t, 10 + math.sin(a) * t, c("green_dark") if t % 2 else c("green"))


def d_kitchen(cv: Canvas) -> None:
    """A kitchen counter: white doors, a steel top, a kettle."""
    cv.rect(0, 5, S, 11, c("white"))
    cv.hline(0, 15, 4, c("steel"))
    cv.hline(0, 15, 5, c("chrome"))
    cv.vline(8, 6, 15, c("concrete_hi"))
    cv.px(6, 10, c("steel"))
    cv.px(10, 10, c("steel"))
    cv.rect(10, 0, 4, 4, c("steel_dark"))
    cv.hline(10, 13, 0, c("chrome"))


def d_door(cv: Canvas) -> None:
    """The front door: dark wood and a brass handle."""
    cv.rect(1, 0, 14, S, c("brown"))
    cv.vline(1, 0, 15, c("tan"))
    cv.vline(14, 0, 15, c("brown_dark"))
    for y in (3, 11):
        cv.rect(4, y, 8, 3, c("brown_dark"))
    cv.rect(11, 8, 2, 1, c("gold"))


def d_painting(cv: Canvas) -> None:
    """A framed abstract canvas on the wall."""
    cv.rect(1, 3, 14, 10, c("brown_dark"))
    cv.rect(2, 4, 12, 8, c("white"))
    cv.rect(3, 5, 5, 4, c("red"))
    cv.rect(8, 7, 5, 4, c("blue"))
    cv.hline(3, 12, 10, c("gold"))


# --- backdrop --------------------------------------------------------------------------------------
def bg_sky(cv: Canvas) -> None:
    """A clear night over the hills: stars, a low moon, the city's glow on the horizon."""
    gradient(cv, [(0.0, "ink"), (0.45, "night"), (0.75, "navy"), (0.92, "blue_dark"), (1.0, "haze")])
    rng = Rng(131)
    for _ in range(220):
        x, y = rng.randint(0, W - 1), rng.randint(0, 230)
        v = rng.random()
        cv.px(x, y, c("white") if v > 0.9 else c("chrome") if v > 0.6 else c("steel"))
    mx, my = 120, 64
    cv.disc(mx, my, 11, c("steel"))
    cv.disc(mx - 1, my - 1, 10, c("chrome"))
    cv.disc(mx - 3, my - 3, 6, c("white"))
    for x, y, r in ((mx + 3, my + 3, 2.0), (mx - 4, my + 2, 1.5)):
        cv.disc(x, y, r, c("steel"))


def bg_far(cv: Canvas) -> None:
    """The city in the valley below: a carpet of lights to the horizon, a dark ridge beyond."""
    for x in range(W):  # the far ridge
        top = 186 + round(10 * math.sin(x / 70.0) + 6 * math.sin(x / 23.0 + 1.0))
        cv.vline(x, top, 204, c("night"))
    cv.rect(0, 204, W, H - 204, c("night"))
    for y in range(206, H, 3):  # streets of lights, denser and warmer toward the viewer
        depth = (y - 204) / (H - 204)
        for x in range(W):
            v = hash01(x, y, 133)
            if v < 0.04 + 0.16 * depth and (x + y) % 2 == 0:
                col = "sodium" if hash01(x, y, 135) < 0.6 else "white" if depth > 0.5 else "gold"
                cv.px(x, y, c(col))
    for k in range(4):  # boulevards: long straight rows of street lights
        y = 214 + k * 31
        for x in range(0, W, 3):
            if hash01(x, k, 137) < 0.8:
                cv.px(x, y, c("sodium") if x % 2 else c("orange"))


def bg_near(cv: Canvas) -> None:
    """The hillside close by: dark slopes, palms, a neighbour's lit window."""
    for x in range(W):
        top = 292 + round(16 * math.sin(x / 110.0) + 8 * math.sin(x / 37.0 + 2.0))
        cv.vline(x, top, H - 1, c("ink"))
    for k in range(4):  # palms
        px_ = (k * 173 + 60) % W
        base = 292 + round(16 * math.sin(px_ / 110.0) + 8 * math.sin(px_ / 37.0 + 2.0))
        for y in range(base - 70, base):
            cv.px(px_ + (base - y) // 14, y, c("ink"))
            cv.px(px_ + 1 + (base - y) // 14, y, c("ink"))
        hx, hy = px_ + 5, base - 70
        for ang in range(-170, 20, 30):
            a = math.radians(ang)
            for t in range(2, 16):
                cv.px(hx + math.cos(a) * t, hy + math.sin(a) * t + t * t / 30.0, c("ink"))
    for k in range(3):  # neighbours' houses with a window or two lit
        x0 = (k * 211 + 150) % W
        base = 292 + round(16 * math.sin(x0 / 110.0) + 8 * math.sin(x0 / 37.0 + 2.0))
        cv.rect(x0, base - 22, 44, 30, c("ink"))
        cv.rect(x0 + 6, base - 16, 8, 5, c("amber"))
        if k != 1:
            cv.rect(x0 + 26, base - 16, 10, 5, c("sodium"))


# --- the wife and son -------------------------------------------------------------------------------
STYLES.setdefault("dyson_wife", Style(
    head="sarah", torso=("red_dark", "rust", "amber"), pants=("navy", "blue_dark", "blue"),
    boots=("ink", "leather", "grey_dark"), chest=3.5, waist=3.0, hem=2.5, torso_len=12.5, thigh=9.0, shin=9.0,
    r_thigh=2.2, r_shin=1.9, r_upper=1.7, r_fore=1.6, bare_arms=True,
    skin=("brown_dark", "brown", "skin_dark"),
    head_remap={"skin_dark": "brown_dark", "skin": "brown", "skin_light": "skin_dark", "brown": "ink",
                "brown_dark": "ink", "tan": "leather"}))
STYLES.setdefault("dyson_son", Style(
    head="john", torso=("green_dark", "green", "tracer"), sleeve=("green_dark", "green", "tracer"),
    pants=("blue_dark", "denim", "blue_light"), boots=("grey", "white", "white"),
    thigh=6.0, shin=6.0, upper=5.0, fore=5.0, torso_len=9.5, chest=3.2, waist=2.8,
    r_thigh=1.9, r_shin=1.7, r_upper=1.6, r_fore=1.4, hem=1.0, bare_arms=True,
    skin=("brown_dark", "brown", "skin_dark"),
    head_remap={"skin_dark": "brown_dark", "skin": "brown", "skin_light": "skin_dark", "brown": "ink",
                "brown_dark": "ink", "tan": "leather", "gold": "ink", "amber": "ink"}))


def family(heads, name: str, hip: float):
    """Dyson's wife (``hip`` = HIP + 1) or son (a child's hip): at home, running, pleading, falling."""
    sh, draw = character_sheet(name, heads)
    idle = [stand(hip=(23, hip + k), ff=F(26), bf=F(21), fh=(26, hip + 9 + k), bh=(21, hip + 9 + k)) for k in (0, 1)]
    sh.add("idle", [draw(p) for p in idle], 600)
    sh.add("walk", [draw(p) for p in run_cycle(6, 23, 4.0, 2.0, 0, "swing", bob=0.6, hip_y=hip)], 140)

    def arms_out(i, hy):  # running to him, arms reaching
        return {"fh": (31, hy - 14 + (i % 2)), "bh": (28, hy - 13)}
    sh.add("run", [draw(p) for p in run_cycle(8, 22, 7.0, 4.0, 10, arms_out, hip_y=hip)], 75)
    # Kneeling by him, hands raised toward Sarah: please.
    kneel_hip = hip + (GROUND - hip) * 0.45
    plead = [Pose(hip=(23, kneel_hip + k * 0.5), lean=-6, ff=(30, GROUND), bf=(16, GROUND - 1),
                  fh=(32, kneel_hip - 16 + k), bh=(30, kneel_hip - 14 + k)) for k in (0, 1, 0, 1)]
    sh.add("plead", [draw(p) for p in plead], [300, 260, 320, 240])
    hurt = [stand(hip=(21, hip + 1), lean=-18, ff=F(25), bf=F(18), fh=(16, hip - 4), bh=(14, hip - 5), head_dx=-1)]
    sh.add("hurt", [draw(p) for p in hurt], 150, loop=False)
    down = [stand(hip=(21, hip + 4), lean=-25, fh=(14, hip - 1), bh=(12, hip - 1)),
            Pose(hip=(23, 37), lean=-45, ff=(30, GROUND), bf=(28, GROUND), fh=(12, 38), bh=(10, 40)),
            Pose(hip=(28, 42), lean=-78, ff=(38, GROUND), bf=(40, GROUND - 1), fh=(10, GROUND), bh=(12, GROUND - 2),
                 head_dy=2),
            Pose(hip=(29, 43), lean=-88, ff=(40, GROUND), bf=(42, GROUND), fh=(12, GROUND), bh=(14, GROUND), head_dy=3)]
    sh.add("down", [draw(p) for p in down], [100, 120, 140, 800], loop=False)
    return sh


# --- story pictures ----------------------------------------------------------------------------------
def _big(fig: Canvas, k: int = 2) -> Canvas:
    big = Canvas(fig.w * k, fig.h * k)
    big.a = fig.a.repeat(k, axis=0).repeat(k, axis=1)
    return big


LETTERS = {  # a 3x5 hand for the words carved in the table
    "N": ("X.X", "XXX", "XXX", "X.X", "X.X"), "O": ("XXX", "X.X", "X.X", "X.X", "XXX"),
    "F": ("XXX", "X..", "XX.", "X..", "X.."), "A": (".X.", "X.X", "XXX", "X.X", "X.X"),
    "T": ("XXX", ".X.", ".X.", ".X.", ".X."), "E": ("XXX", "X..", "XX.", "X..", "XXX"),
}


def carve(cv: Canvas, text: str, x: int, y: int, col: str) -> None:
    for ch in text:
        for dy, row in enumerate(LETTERS.get(ch, ())):
            for dx, bit in enumerate(row):
                if bit == "X":
                    cv.px(x + dx, y + dy, c(col))
        x += 5


def story_dyson(heads) -> Canvas:
    """Beat 8: dawn in the desert after the nightmare. "NO FATE" gouged into the table with a knife,
    and Sarah walking away to the car with the rifle."""
    cv = Canvas(SW, SH, c("ink"))
    vgrad(cv, 0, 120, [(0, "night"), (0.5, "haze"), (0.8, "amber"), (1, "orange")])
    glow(cv, 250, 118, 60, ["tracer", "sodium", "gold", "amber"], only_on=["amber", "orange", "haze"])
    for x in range(SW):  # mesas on the horizon
        top = 112 - (14 if 40 < x < 110 else 0) - (8 if 180 < x < 215 else 0)
        cv.vline(x, top, 119, c("brown_dark"))
    cv.rect(0, 120, SW, 60, c("brown_dark"))
    for y in range(120, SH):
        for x in range(SW):
            if hash01(x, y, 141) < 0.08:
                cv.px(x, y, c("brown"))
    cv.rect(196, 146, 116, 16, c("brown"))  # the picnic table's top, the words cut into it
    cv.hline(196, 311, 146, c("tan"))
    cv.rect(200, 162, 4, 14, c("brown_dark"))
    cv.rect(304, 162, 4, 14, c("brown_dark"))
    carve(cv, "NO FATE", 226, 151, "ink")
    cv.line(292, 138, 289, 150, c("chrome"))  # the knife, stuck in the wood
    cv.rect(291, 133, 3, 6, c("ink"))
    cv.rect(30, 126, 46, 14, c("grey_dark"))  # the car
    cv.rect(38, 118, 28, 9, c("grey_dark"))
    cv.rect(41, 120, 22, 5, c("navy"))
    for wx in (38, 68):
        cv.disc(wx, 140, 4, c("ink"))
    sarah = draw_figure(STYLES["sarah"], stand(hip=(23, HIP), **_rifle(26, 32, 40)), heads)
    cv.blit(_big(sarah).flip_h(), 84, 180 - 98)
    return cv


def _rifle(gx: float, gy: float, ang: float) -> dict:
    from .characters import gun
    return gun("rifle", gx, gy, ang)


def story_reveal(heads) -> Canvas:
    """The reveal: in the lamp-lit living room the T-800 holds out its forearm, the skin cut away and
    the metal under it; Dyson, wounded on the floor, stares."""
    from .characters import _shoulder_blood
    cv = Canvas(SW, SH, c("ink"))
    vgrad(cv, 0, 160, [(0, "brown_dark"), (0.5, "tan"), (1, "concrete_hi")])
    glow(cv, 250, 50, 60, ["tracer", "sodium", "gold"], only_on=["tan", "concrete_hi", "brown_dark"])
    cv.rect(262, 20, 46, 70, c("navy"))  # the night through the glass
    cv.rect(262, 20, 46, 2, c("steel"))
    cv.vline(284, 20, 89, c("steel_dark"))
    cv.rect(0, 160, SW, 20, c("grey_light"))
    cv.hline(0, SW - 1, 160, c("white"))

    def cut(cv2: Canvas, j) -> None:  # the skin's cut edge at the elbow, a drop of blood under it
        ex, ey = j["fh"][0]
        cv2.px(ex, ey, c("red"))
        cv2.px(ex, ey + 1, c("red_dark"))
        cv2.px(ex - 1, ey, c("red_dark"))
    t800 = draw_figure(STYLES["t800"], Pose(hip=(21, HIP), ff=F(26), bf=F(16), fh=(40, 20), bh=(18, 38),
                                            near_arm_style=("steel_dark", "steel", "chrome"), extra=[cut]), heads)
    cv.blit(_big(t800, 3), 6, 170 - 141)
    dyson = draw_figure(STYLES["dyson"], Pose(hip=(21, 40), lean=-48, ff=(31, GROUND), bf=(29, GROUND - 2),
                                              fh=(18, 27), bh=(12, 38), extra=[_shoulder_blood]), heads)
    cv.blit(_big(dyson, 3).flip_h(), 160, 170 - 141)
    return cv


def build(src: Path, out: Path) -> list[Path]:
    table = parse_table(src / "art" / "tiles_dyson.txt")
    painters = {tile: globals()[f"d_{tile}"] for tile, _ in table}
    written = build_tileset("dyson", table, painters, out, skip_flags=("decor",))
    for name, fn in (("sky", bg_sky), ("far", bg_far), ("near", bg_near)):
        cv = Canvas(W, H, T if name != "sky" else c("night"))
        fn(cv)
        written.append(cv.save(out / "backgrounds" / f"dyson_{name}.png"))
    heads = parse_grids(src / "art" / "heads.txt")
    written.extend(family(heads, "dyson_wife", HIP + 1).write(out / "sprites"))
    written.extend(family(heads, "dyson_son", 34.0).write(out / "sprites"))
    written.append(story_dyson(heads).save(out / "story" / "dyson.png"))
    written.append(story_reveal(heads).save(out / "story" / "reveal.png"))
    return written
