"""Dyson's house at night: the tileset (assets/tiles/dyson.png + dyson.tsx), the backdrop
(assets/backgrounds/dyson_{sky,far,near}.png), the wife's and son's sheets, the guard dog's sheet
(assets/sprites/dog.png), and the story pictures before and after the level (assets/story/dyson.png,
reveal.png).

Tile order and flags come from assets/src/art/tiles_dyson.txt; each tile is drawn by the ``d_<name>``
function below.  A modern house of glass and concrete on a hillside above the city: the dark garden
and its hedges, stone terraces, a pool lit from below, and through the glass the warm rooms of a
family at home.  Outside, everything is the night's blues and greens (the game lays its darkness
over it too); inside, tan, gold and white.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .backgrounds import gradient
from .characters import HIP, STYLES, F, character_sheet, run_cycle, stand
from .core import Canvas, Rng, Sheet, T, c, hash01, parse_grids, poly_mask, seg_mask, shade_mask
from .figure import GROUND, Pose, Style, draw_figure, ik
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


# --- the guard dog ------------------------------------------------------------------------------------
# A big short-haired guard dog, black and tan, in a studded collar, seen from the side facing right.
# Drawn like the figures: a posed skeleton of shaded capsules (far legs darker), then markings, a cool rim
# of moonlight along the top edge (so the black coat reads on the night) and an ink outline.
DOG_SIZE = (48, 32)
DOG_ORIGIN = (24, 31)  # bottom centre: the ground between its feet
DOG_GROUND = 30.0  # paw centres when they stand on the frame's bottom row
COAT = ("ink", "leather", "leather_hi")
COAT_FAR = ("ink", "ink", "leather")
TAN = ("brown", "tan", "tan")
TAN_FAR = ("brown_dark", "brown", "brown")


@dataclass
class DogPose:
    chest: tuple[float, float] = (30.0, 15.5)  # the ribcage's centre
    rump: tuple[float, float] = (16.0, 14.5)  # the hindquarters' centre
    chest_r: tuple[float, float] = (6.0, 5.5)
    rump_r: tuple[float, float] = (5.5, 4.0)
    belly: float = 18.5  # y of the tucked-up belly's line between them
    legs: list = field(default_factory=list)  # (joints, near, front): root .. paw
    head: tuple[float, float] = (37.5, 5.5)  # the skull's centre
    neck: tuple[float, float] | None = None  # where the neck leaves the body (None: over the chest)
    tilt: float = 0.0  # degrees, + tips the nose down
    jaw: float = 0.0  # degrees the mouth is open
    ears: str = "up"  # up (pricked) | back (flat)
    eye: str = "open"  # open | squint | shut
    tongue: bool = False
    tail: list = field(default_factory=lambda: [(11.0, 12.0), (7.5, 10.5), (5.0, 8.0)])
    haunch: tuple[float, float, float, float] | None = None  # (x, y, rx, ry): a folded hind leg's thigh
    collar: float = 0.5  # where the collar sits along the neck (0 body .. 1 head)


def _ell(cx: float, cy: float, rx: float, ry: float) -> np.ndarray:
    w, h = DOG_SIZE
    yy, xx = np.mgrid[0:h, 0:w]
    return ((xx + 0.5 - cx) / rx) ** 2 + ((yy + 0.5 - cy) / ry) ** 2 <= 1.0


def _caps(pts, radii) -> np.ndarray:
    w, h = DOG_SIZE
    m = np.zeros((h, w), dtype=bool)
    for (x0, y0), (x1, y1), r in zip(pts[:-1], pts[1:], radii):
        m |= seg_mask(w, h, x0, y0, x1, y1, r)
    return m


def front_leg(sx: float, sy: float, px: float, lift: float = 0.0, fold: float = 0.0) -> tuple:
    """A foreleg from the shoulder (sx, sy) to a paw at x = px on the ground (raised by ``lift``):
    upper arm back and down to the elbow, forearm down to the wrist, pastern to the paw (``fold``
    bends the wrist back, a paw picked up)."""
    paw_y = DOG_GROUND - lift
    elbow, wrist = ik((sx, sy), (px - 0.5 - fold, paw_y - 3.0 + fold * 0.6), 5.0, 6.5, (-1.0, 0.0))
    return [(sx, sy), elbow, wrist, (wrist[0] + 0.5 + fold * 1.3, wrist[1] + 3.0 - fold * 0.9)]


def hind_leg(hx: float, hy: float, px: float, lift: float = 0.0, fold: float = 0.0) -> tuple:
    """A hind leg from the hip (hx, hy): the thigh forward to the stifle, the gaskin back to the
    hock, the long bone below it down to a paw at x = px (``fold``: the hock flexed, lifted)."""
    paw_y = DOG_GROUND - lift
    stifle, hock = ik((hx, hy), (px - 1.5 - fold, paw_y - 5.0 + fold * 0.8), 6.5, 6.0, (1.0, 0.2))
    return [(hx, hy), stifle, hock, (hock[0] + 1.5 + fold * 1.2, hock[1] + 5.0 - fold * 1.2)]


FRONT_R = (2.2, 1.4, 1.0)
HIND_R = (3.0, 1.6, 1.0)


def _paint(cv: Canvas, mask: np.ndarray, ramp) -> None:
    shaded = shade_mask(mask, tuple(c(n) for n in ramp))
    cv.a[mask] = shaded[mask]


def _leg(cv: Canvas, joints, near: bool, front: bool) -> None:
    radii = FRONT_R if front else HIND_R
    coat, tan = (COAT, TAN) if near else (COAT_FAR, TAN_FAR)
    _paint(cv, _caps(joints[:3], radii[:2]), coat)
    lower = _caps(joints[2:], radii[2:])
    px, py = joints[3]
    lower |= _caps([(px - 0.2, py + 0.4), (px + 1.6, py + 0.6)], (0.9,))  # the paw
    _paint(cv, lower, tan)


def draw_dog(p: DogPose) -> Canvas:
    cv = Canvas(*DOG_SIZE)
    far = [leg for leg in p.legs if not leg[1]]
    near = [leg for leg in p.legs if leg[1]]
    for joints, nr, front in far:
        _leg(cv, joints, nr, front)
    # tail
    tail = p.tail
    _paint(cv, _caps(tail, [1.4 - 0.3 * i for i in range(len(tail) - 1)]), COAT)
    # body: ribcage and hindquarters joined over a tucked belly
    (cx, cy), (crx, cry) = p.chest, p.chest_r
    (rx_, ry_), (rrx, rry) = p.rump, p.rump_r
    body = _ell(cx, cy, crx, cry) | _ell(rx_, ry_, rrx, rry)
    body |= poly_mask(DOG_SIZE[0], DOG_SIZE[1], [(rx_, ry_ - rry), (cx, cy - cry), (cx, cy + cry * 0.6),
                                                   (rx_ + rrx * 0.4, p.belly), (rx_, ry_ + rry * 0.7)])
    _paint(cv, body, COAT)
    # the tan forechest
    w, h = DOG_SIZE
    yy, xx = np.mgrid[0:h, 0:w]
    chest_tan = body & _ell(cx + crx * 0.85, cy + cry * 0.1, 1.8, cry * 0.45) & (xx + 0.5 > cx + 2)
    cv.a[chest_tan] = c("tan")
    if p.haunch:
        _paint(cv, _ell(*p.haunch), COAT)
    for joints, nr, front in near:
        _leg(cv, joints, nr, front)
    # neck
    hx, hy = p.head
    n0 = p.neck or (cx + crx * 0.35, cy - cry * 0.45)
    n1 = (hx - 1.0, hy + 1.0)
    neck = seg_mask(w, h, n0[0], n0[1], n1[0], n1[1], 2.9)
    _paint(cv, neck, COAT)
    _collar(cv, n0, n1, neck, p.collar)
    # the head on its own, lit along its top and ringed in ink where it lies over the body (so it
    # reads even when it rests on the paws), then the rim of moonlight along the back
    hc = Canvas(*DOG_SIZE)
    _dog_head(hc, p)
    head = hc.a != T
    _rim(hc, head & ~_below(neck))
    ring = ~head & ~neck & (cv.a != T) & (_below(head) | _below(head, -1) | _beside(head))
    cv.a[ring] = c("ink")
    cv.a[head] = hc.a[head]
    _rim(cv, cv.a != T)
    cv.outline(c("ink"))
    return cv


def _below(m: np.ndarray, dy: int = 1) -> np.ndarray:
    """True where the pixel ``dy`` rows above is in ``m`` (dy = -1: the one below)."""
    out = np.zeros_like(m)
    if dy > 0:
        out[dy:, :] = m[:-dy, :]
    else:
        out[:dy, :] = m[-dy:, :]
    return out


def _beside(m: np.ndarray) -> np.ndarray:
    out = np.zeros_like(m)
    out[:, 1:] |= m[:, :-1]
    out[:, :-1] |= m[:, 1:]
    return out


def _rim(cv: Canvas, where: np.ndarray) -> None:
    """Moonlight on the coat's top edge: the pixels of ``where`` with nothing of it above them."""
    edge = where & ~_below(where) & np.isin(cv.a, [c(n) for n in COAT])
    cv.a[edge] = c("steel")


def _dog_head(cv: Canvas, p: DogPose) -> None:
    w, h = DOG_SIZE
    hx, hy = p.head
    ca, sa = math.cos(math.radians(p.tilt)), math.sin(math.radians(p.tilt))

    def at(u: float, v: float) -> tuple[float, float]:  # u forward along the muzzle, v down
        return hx + u * ca - v * sa, hy + u * sa + v * ca

    ja, jb = math.cos(math.radians(p.jaw)), math.sin(math.radians(p.jaw))

    def jaw_at(u: float, v: float) -> tuple[float, float]:  # the lower jaw, swung open on its hinge
        u0, v0 = u - 0.5, v - 1.5
        return at(0.5 + u0 * ja - v0 * jb, 1.5 + u0 * jb + v0 * ja)

    # ears behind the skull
    ear_tip = {"up": (-0.8, -6.2), "back": (-5.0, -2.6)}[p.ears]
    ear = poly_mask(w, h, [at(-2.2, -1.2), at(0.6, -2.2), at(*ear_tip)])
    _paint(cv, ear, COAT)
    jaw = seg_mask(w, h, *jaw_at(1.0, 2.0), *jaw_at(5.5, 2.0), 1.1)
    if p.jaw > 4:  # the open mouth: dark inside, teeth at the front
        mouth = poly_mask(w, h, [at(0.5, 1.0), at(6.8, 1.6), jaw_at(6.3, 2.3), jaw_at(0.5, 2.2)])
        cv.a[mouth] = c("red_dark")
    _paint(cv, jaw, TAN)
    skull = _ell(hx, hy, 3.4, 2.9)
    muzzle = seg_mask(w, h, *at(1.5, 0.2), *at(6.3, 0.8), 1.7)
    _paint(cv, skull | muzzle, COAT)
    lower = muzzle & ~seg_mask(w, h, *at(1.0, -0.8), *at(8.0, -0.2), 1.6)  # the muzzle's tan underside
    cv.a[lower & (cv.a != T)] = c("tan")
    cv.px(*at(0.6, 1.6), c("tan"))  # cheek
    cv.px(*at(7.2, 0.3), c("ink"))  # nose
    if p.jaw > 4:
        cv.px(*at(6.2, 1.8), c("white"))
        cv.px(*jaw_at(5.2, 2.0), c("white"))
    if p.tongue:
        cv.px(*jaw_at(6.0, 3.0), c("red"))
        cv.px(*jaw_at(5.0, 3.0), c("red"))
    ex, ey = at(1.4, -0.9)
    if p.eye == "open":
        cv.px(ex, ey, c("gold"))  # eyeshine
        cv.px(ex - 1, ey, c("ink"))
        cv.px(ex, ey - 2, c("tan"))  # the brow spot
    elif p.eye == "squint":  # screwed shut: a pale crease
        cv.hline(round(ex) - 1, round(ex) + 1, round(ey), c("steel_dark"))
        cv.px(ex + 1, ey - 1, c("steel_dark"))
    else:  # asleep: the closed lid a pale line under the brow spot
        cv.hline(round(ex) - 1, round(ex), round(ey) + 1, c("steel_dark"))
        cv.px(ex, ey - 1, c("tan"))


def _collar(cv: Canvas, n0, n1, neck: np.ndarray, t: float) -> None:
    """A studded band round the neck, ``t`` of the way from its base to the head."""
    w, h = DOG_SIZE
    qx, qy = n0[0] + (n1[0] - n0[0]) * t, n0[1] + (n1[1] - n0[1]) * t
    dx, dy = n1[0] - n0[0], n1[1] - n0[1]
    ln = math.hypot(dx, dy) or 1.0
    ux, uy = dx / ln, dy / ln
    yy, xx = np.mgrid[0:h, 0:w]
    along = (xx + 0.5 - qx) * ux + (yy + 0.5 - qy) * uy
    band = neck & (np.abs(along) <= 1.0)
    cv.a[band] = c("red_dark")
    top = band & ~np.roll(band, 1, axis=0)
    cv.a[top] = c("red")
    for k in (-1.5, 0.5, 2.0):
        cv.px(qx - uy * k, qy + ux * k, c("chrome"))


def _standing(dy: float = 0.0, fx: float = 0.0, hx: float = 0.0, **kw) -> DogPose:
    """On all fours, alert; ``dy`` lowers the body, ``fx``/``hx`` move the fore/hind paws (+ forward)."""
    legs = [(hind_leg(18, 15 + dy, 16.5 + hx), False, False), (front_leg(28.5, 17 + dy, 30.5 + fx), False, True),
            (hind_leg(16, 15 + dy, 13.5 + hx), True, False), (front_leg(30.5, 17 + dy, 33.0 + fx), True, True)]
    base = {"chest": (30, 15.5 + dy), "rump": (16, 13.5 + dy), "belly": 17.5 + dy, "legs": legs,
            "head": (37.5, 5.5 + dy)}
    base.update(kw)
    return DogPose(**base)


def _trot(i: int, n: int = 6) -> DogPose:
    """Frame ``i`` of a trot: the diagonal pairs swing together, one pair off the ground in every frame."""
    ph = 2 * math.pi * (i + 0.5) / n
    bob = 1.0 if i % (n // 2) == 1 else 0.0  # mid-stance: the weight sinks onto the planted pair
    legs = []
    for root, near, front, base, phase in (((18, 15), False, False, 16.5, ph + math.pi),
                                           ((28.5, 17), False, True, 30.5, ph),
                                           ((16, 15), True, False, 13.5, ph),
                                           ((30.5, 17), True, True, 33.0, ph + math.pi)):
        x = base + 3.5 * math.cos(phase)
        lift = (3.0 if front else 2.2) * max(0.0, -math.sin(phase))
        leg = front_leg if front else hind_leg
        legs.append((leg(root[0], root[1] + bob, x, lift, lift * 0.8), near, front))
    wag = math.sin(ph)
    return DogPose(chest=(30, 15.5 + bob), rump=(16, 13.5 + bob), belly=17.5 + bob, legs=legs,
                   head=(38.5, 6.5 + bob), tilt=6,
                   tail=[(11, 12 + bob), (7.5, 11.5 + bob + wag * 0.5), (5, 10 + bob + wag)])


def _lying(**kw) -> DogPose:
    """Down on its belly, the hind legs folded under it, the forelegs out in front, the head up."""
    base = {"chest": (27.5, 25.5), "rump": (17, 24.5), "chest_r": (6.0, 5.0), "rump_r": (6.5, 5.8), "belly": 30.5,
            "legs": [([(18.5, 25), (23, 28), (15.5, 29.8), (21, 30.3)], False, False),
                     ([(27.5, 25.5), (28, 29.3), (32.5, 30.0), (35.5, 30.2)], False, True),
                     ([(16.5, 25), (21.5, 28), (13, 29.8), (19, 30.3)], True, False),
                     ([(29.5, 25.5), (30, 29.3), (34.5, 30.0), (37.5, 30.2)], True, True)],
            "haunch": (16.5, 25.5, 4.6, 4.2), "head": (35, 15), "neck": (30, 22.5),
            "tail": [(11, 25.5), (7.5, 28.5), (4.0, 30.2)]}
    base.update(kw)
    return DogPose(**base)


def dog() -> Sheet:
    """The guard dog in its yard (game/entities/dog.py, drawn by game/render/night.py): asleep, stirring
    (head up, looking about), standing, trotting, barking, hurt and down.  Faces right."""
    sh = Sheet("dog", DOG_SIZE, DOG_ORIGIN)
    # Asleep: curled up low, the head resting on the forepaws, breathing slowly (the back rises a pixel).
    curled = {"chest": (27.0, 25.5), "ears": "back", "eye": "shut", "neck": (30.5, 23.5), "collar": 0.45,
              "head": (37.0, 26.6), "tilt": 6, "tail": [(11, 25), (8.5, 28.5), (11, 30.4), (16, 30.6)],
              "legs": [([(18.5, 25), (23, 28), (15.5, 29.8), (21, 30.3)], False, False),
                       ([(27.5, 26.5), (28, 29.3), (33.5, 30.0), (37, 30.2)], False, True),
                       ([(16.5, 25), (21.5, 28), (13, 29.8), (19, 30.3)], True, False),
                       ([(29.5, 26.5), (30, 29.3), (35.5, 30.0), (39.5, 30.2)], True, True)]}
    sleep = [_lying(rump=(17, 23.5), rump_r=(6.8, 6.5), chest_r=(5.5, 5.2), **curled),
             _lying(rump=(17, 23.0), rump_r=(6.8, 7.0), chest_r=(5.5, 5.7), **curled)]
    sh.add("sleep", [draw_dog(p) for p in sleep], 600)
    # Stirring: still lying, the head up and the ears pricked, looking ahead, nose up, then about.
    stir = [_lying(), _lying(head=(35.5, 14), tilt=-16), _lying(head=(34.5, 15.5), tilt=10, ears="back")]
    sh.add("stir", [draw_dog(p) for p in stir], [500, 400, 500])
    idle = [_standing(), _standing(tilt=4, tail=[(11, 12), (7.5, 11), (5, 9)])]
    sh.add("idle", [draw_dog(p) for p in idle], 600)
    sh.add("walk", [draw_dog(_trot(i)) for i in range(6)], 110)
    # Barking: braced, the head thrust forward and low, the mouth snapping open, the chest heaving.
    braced = {"fx": 1.5, "hx": -1.0, "tail": [(11, 12), (8, 9.5), (6.5, 6.5)]}
    bark = [_standing(head=(38.5, 8.5), tilt=-4, jaw=10, chest=(30, 16), **braced),
            _standing(head=(39.5, 8.0), tilt=-16, jaw=44, chest=(31, 15), tongue=True, **braced),
            _standing(head=(39.5, 8.5), tilt=-10, jaw=30, chest=(30.5, 15.5), **braced),
            _standing(head=(38.5, 9.0), tilt=-2, jaw=0, chest=(30, 16), **braced)]
    sh.add("bark", [draw_dog(p) for p in bark], [90, 130, 100, 140])
    # Hurt: a flinch, crouched back, ears flat, eyes screwed shut, the tail tucked; a yelp.
    hurt = [_standing(dy=2.0, hx=1.5, fx=-1.0, head=(34, 10), tilt=20, jaw=14, ears="back", eye="squint",
                      tail=[(11, 14), (9, 18), (10, 22)]),
            _standing(dy=1.0, hx=1.0, head=(35, 8.5), tilt=12, ears="back", eye="squint",
                      tail=[(11, 13), (8.5, 16), (8, 20)])]
    sh.add("hurt", [draw_dog(p) for p in hurt], [120, 200], loop=False)
    # Down: flat out on its side, legs limp, the tongue lolling.
    flat = [([(17, 27.5), (12, 29), (8, 29.8), (5, 30.3)], False, False),
            ([(27, 27.5), (31, 29), (34.5, 29.8), (37.5, 30.3)], False, True),
            ([(15, 28), (10.5, 29.5), (7, 30.2), (4, 30.5)], True, False),
            ([(29, 28), (33, 29.3), (36.5, 30.0), (39.5, 30.4)], True, True)]
    down = DogPose(chest=(27, 26.5), rump=(16.5, 26.0), chest_r=(6.5, 4.3), rump_r=(6.0, 4.8), belly=30.0, legs=flat,
                   head=(37.5, 26.5), neck=(31, 25), tilt=6, ears="back", eye="shut", tongue=True, jaw=12,
                   collar=0.4, tail=[(11, 25), (6.5, 26.5), (2.5, 26.5)])
    sh.add("down", [draw_dog(down)], [1000], loop=False)
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
    written.extend(dog().write(out / "sprites"))
    written.append(story_dyson(heads).save(out / "story" / "dyson.png"))
    written.append(story_reveal(heads).save(out / "story" / "reveal.png"))
    return written
