"""Cyberdyne Systems at night: the tileset (assets/tiles/cyberdyne.png + .tsx), the backdrop
(assets/backgrounds/cyberdyne_{sky,far,near}.png) and the level's sprite sheets.

A glass-and-steel office tower: cold blue-grey floors, steel mullions and night glass, the
lab's benches and server racks with their LEDs, the vault's steel wall, a stairwell, the lot's
asphalt under sodium lamps.  Tile order and flags come from assets/src/art/tiles_cyberdyne.txt;
each tile is drawn by ``cy_<name>`` below.

Sheets (48x48 figures unless said, reusing ``character_sheet`` and the poses of characters.py):
``swat`` (the officer's full set: walk, idle, aim, shoot, throw, hurt, choke, wounded with the
rifle on the floor, disarmed), ``night_guard`` (idle, alert with the torch, held: hands up, then
sitting), ``dyson_lab`` (Dyson at Cyberdyne: idle, walk, run, work at a keypad, choke, down with
the dead-man switch), ``t800_minigun`` (the T-800 carrying the minigun).  The SWAT van by the doors is the pursuit's own sheet (swat_van).
"""

from __future__ import annotations

import math
from pathlib import Path

from .backgrounds import gradient
from .characters import (
    GROUND,
    HIP,
    F,
    _stars,
    character_sheet,
    gun,
    human_guard,
    run_cycle,
    stand,
)
from .core import Canvas, Rng, Sheet, T, c, hash01, parse_grids
from .figure import Pose
from .tiles import build_tileset, concrete, parse_table

S = 16
W, H = 640, 360


def n(x: int, y: int, seed: int) -> float:
    return hash01(x, y, seed)


# === tiles ===========================================================================================
def cy_floor_top(cv: Canvas) -> None:
    """Polished blue-grey stone with a bright lip: the floors you walk on."""
    for y in range(S):
        for x in range(S):
            v = n(x, y, 301)
            cv.px(x, y, c("steel_dark") if v < 0.75 else c("steel") if v < 0.93 else c("blue"))
    cv.hline(0, 15, 0, c("chrome"))
    cv.hline(0, 15, 1, c("steel"))
    cv.hline(0, 15, 2, c("grey_dark"))
    cv.px(4, 1, c("white"))
    cv.vline(15, 3, 15, c("grey_dark"))


def cy_floor_fill(cv: Canvas) -> None:
    concrete(cv, 303, base="grey", dark="grey_dark", light="grey_light")


def cy_ceiling(cv: Canvas) -> None:
    """The slab overhead with its acoustic tiles and a strip light."""
    cv.rect(0, 0, 16, 16, c("grey_dark"))
    cv.hline(0, 15, 11, c("steel_dark"))
    cv.rect(0, 12, 16, 4, c("steel_dark"))
    cv.hline(3, 12, 14, c("white"))
    cv.hline(3, 12, 15, c("frost"))
    cv.vline(0, 12, 15, c("grey"))


def cy_office_wall(cv: Canvas) -> None:
    """Dark wall panels of the offices (behind everything)."""
    for y in range(S):
        for x in range(S):
            cv.px(x, y, c("navy") if n(x, y, 307) > 0.05 else c("blue_dark"))
    cv.vline(0, 0, 15, c("night"))
    cv.hline(0, 15, 10, c("blue_dark"))


def cy_window_night(cv: Canvas) -> None:
    """Night glass: the city's lights smeared in the pane, a diagonal glint."""
    cv.rect(0, 0, 16, 16, c("night"))
    for y in range(S):
        for x in range(S):
            v = n(x, y, 311)
            if v < 0.015:
                cv.px(x, y, c("sodium"))
            elif v < 0.05:
                cv.px(x, y, c("blue"))
    cv.line(3, 15, 13, 5, c("blue_dark"))
    cv.line(5, 15, 15, 5, c("blue_dark"))
    cv.vline(0, 0, 15, c("steel_dark"))
    cv.hline(0, 15, 0, c("steel_dark"))


def cy_mullion(cv: Canvas) -> None:
    """A steel mullion between two panes."""
    cy_window_night(cv)
    cv.rect(6, 0, 4, 16, c("steel_dark"))
    cv.vline(6, 0, 15, c("chrome"))
    cv.vline(9, 0, 15, c("grey_dark"))


def cy_facade(cv: Canvas) -> None:
    """The tower's skin from outside (solid): steel spandrel and a strip of dark glass."""
    cv.rect(0, 0, 16, 16, c("steel_dark"))
    cv.rect(0, 4, 16, 8, c("night"))
    cv.hline(0, 15, 4, c("chrome"))
    cv.hline(0, 15, 11, c("grey_dark"))
    for x in range(1, 15, 4):
        cv.px(x, 7, c("blue"))
    cv.vline(15, 0, 15, c("grey_dark"))
    cv.hline(0, 15, 0, c("steel"))


def cy_stair(cv: Canvas) -> None:
    """A stair tread (a stair step): a nosing of yellow, concrete under it."""
    concrete(cv, 313, base="grey", dark="grey_dark", light="grey_light")
    cv.hline(0, 15, 0, c("gold"))
    cv.hline(0, 15, 1, c("amber"))
    cv.hline(0, 15, 2, c("grey_dark"))


def cy_stair_rail(cv: Canvas) -> None:
    """The stairwell's handrail on its posts (drawn behind)."""
    cv.hline(0, 15, 3, c("chrome"))
    cv.hline(0, 15, 4, c("steel_dark"))
    for x in (2, 10):
        cv.vline(x, 5, 15, c("steel_dark"))


def cy_server_rack(cv: Canvas) -> None:
    """A rack of servers: black fronts, rows of LEDs (green, some amber)."""
    cv.rect(1, 0, 14, 16, c("ink"))
    cv.vline(1, 0, 15, c("steel_dark"))
    cv.vline(14, 0, 15, c("steel_dark"))
    for y in range(1, 16, 3):
        cv.hline(2, 13, y, c("grey_dark"))
        for x in range(3, 13, 2):
            v = n(x, y, 317)
            if v < 0.45:
                cv.px(x, y + 1, c("green") if v < 0.32 else c("amber") if v < 0.4 else c("electric"))


def cy_server_top(cv: Canvas) -> None:
    """The top of a rack, a cable tray running into the ceiling."""
    cy_server_rack(cv)
    cv.rect(1, 0, 14, 3, c("steel_dark"))
    cv.hline(1, 14, 0, c("chrome"))
    for x in range(3, 13, 3):
        cv.vline(x, 0, 2, c("leather_hi"))


def cy_lab_bench(cv: Canvas) -> None:
    """A lab bench: a white top on steel legs, a drawer (decor: people walk in front of it)."""
    cv.rect(0, 6, 16, 2, c("white"))
    cv.hline(0, 15, 8, c("chrome"))
    cv.rect(1, 9, 6, 4, c("steel"))
    cv.hline(1, 6, 9, c("chrome"))
    cv.px(3, 11, c("ink"))
    cv.vline(1, 9, 15, c("steel_dark"))
    cv.vline(14, 9, 15, c("steel_dark"))


def cy_monitor(cv: Canvas) -> None:
    """A workstation's screen on a bench: a chip's layout glowing in green and blue."""
    cy_lab_bench(cv)
    cv.rect(3, 0, 10, 6, c("ink"))
    cv.rect(4, 1, 8, 4, c("blue_dark"))
    for x in range(4, 12):
        if n(x, 2, 319) < 0.5:
            cv.px(x, 1 + int(n(x, 3, 319) * 4), c("green"))
    cv.px(7, 2, c("electric"))
    cv.hline(6, 9, 5, c("steel_dark"))


def cy_desk(cv: Canvas) -> None:
    """The lobby's reception desk: a curved front of steel and wood."""
    cv.rect(0, 4, 16, 12, c("brown_dark"))
    cv.hline(0, 15, 4, c("chrome"))
    cv.hline(0, 15, 5, c("steel"))
    cv.rect(0, 8, 16, 2, c("brown"))
    cv.hline(0, 15, 15, c("ink"))
    cv.px(12, 2, c("electric"))
    cv.rect(11, 1, 3, 3, c("grey_dark"))


def cy_logo_panel(cv: Canvas) -> None:
    """A lit wall panel with an abstract emblem (triangles, no words)."""
    cv.rect(0, 0, 16, 16, c("steel_dark"))
    cv.rect(1, 1, 14, 14, c("navy"))
    cv.poly([(3, 12), (8, 3), (13, 12)], c("electric"))
    cv.poly([(6, 12), (8, 8), (10, 12)], c("navy"))
    cv.hline(1, 14, 14, c("blue_light"))


def cy_exit_sign(cv: Canvas) -> None:
    cv.rect(1, 4, 14, 8, c("green_dark"))
    cv.rect(2, 5, 12, 6, c("green"))
    cv.line(11, 8, 4, 8, c("white"))
    cv.line(6, 6, 4, 8, c("white"))
    cv.line(6, 10, 4, 8, c("white"))


def cy_ceiling_lamp(cv: Canvas) -> None:
    """A pool of cold light on the wall under a lamp (decor)."""
    for y in range(S):
        for x in range(S):
            d = ((x - 7.5) ** 2 + (y - 1) ** 2) ** 0.5
            if d < 8 and n(x, y, 323) < 0.75 - d / 11:
                cv.px(x, y, c("blue_light") if d > 4 else c("frost_dark"))


def cy_asphalt(cv: Canvas) -> None:
    """The lot's asphalt with a concrete kerb on top (solid)."""
    for y in range(S):
        for x in range(S):
            v = n(x, y, 327)
            cv.px(x, y, c("grey_dark") if v < 0.8 else c("grey") if v < 0.95 else c("leather_hi"))
    cv.hline(0, 15, 0, c("grey_light"))
    cv.hline(0, 15, 1, c("grey"))


def cy_asphalt_fill(cv: Canvas) -> None:
    for y in range(S):
        for x in range(S):
            v = n(x, y, 329)
            cv.px(x, y, c("grey_dark") if v < 0.85 else c("leather"))


def cy_glass_door(cv: Canvas) -> None:
    """A glass door in a steel frame, a push bar (decor: the doorways stand open)."""
    cv.rect(0, 0, 16, 16, c("blue_dark"))
    cv.vline(0, 0, 15, c("chrome"))
    cv.vline(15, 0, 15, c("steel_dark"))
    cv.line(2, 14, 12, 2, c("blue_light"))
    cv.hline(3, 12, 9, c("chrome"))


def cy_vault_wall(cv: Canvas) -> None:
    """The vault's wall: riveted steel plate."""
    cv.rect(0, 0, 16, 16, c("steel_dark"))
    cv.hline(0, 15, 0, c("steel"))
    cv.vline(0, 0, 15, c("steel"))
    cv.hline(0, 15, 15, c("grey_dark"))
    for x, y in ((2, 2), (13, 2), (2, 13), (13, 13)):
        cv.px(x, y, c("chrome"))
        cv.px(x + 1, y + 1, c("grey_dark"))


def cy_glass_rail(cv: Canvas) -> None:
    """A glass balustrade, drawn in front."""
    cv.hline(0, 15, 6, c("chrome"))
    cv.hline(0, 15, 7, c("steel"))
    for y in range(8, 16):
        for x in range(16):
            if (x + y) % 6 == 0:
                cv.px(x, y, c("frost_dark"))


def cy_ladder(cv: Canvas) -> None:
    """The fire escape's steel ladder."""
    cv.vline(2, 0, 15, c("steel"))
    cv.vline(13, 0, 15, c("steel"))
    cv.vline(3, 0, 15, c("grey_dark"))
    cv.vline(12, 0, 15, c("grey_dark"))
    for y in (3, 11):
        cv.hline(3, 12, y, c("chrome"))
        cv.hline(3, 12, y + 1, c("grey_dark"))


def cy_keypad(cv: Canvas) -> None:
    """The vault's keypad: a steel box, a grid of keys, a red lamp."""
    cy_vault_wall(cv)
    cv.rect(4, 3, 8, 10, c("grey_dark"))
    cv.rect(5, 4, 6, 2, c("green_dark"))
    for y in (7, 9, 11):
        for x in (5, 7, 9):
            cv.px(x, y, c("chrome"))
    cv.px(11, 4, c("red"))


def cy_duct(cv: Canvas) -> None:
    """A ventilation duct under the ceiling."""
    cv.rect(0, 3, 16, 9, c("steel_dark"))
    cv.hline(0, 15, 3, c("steel"))
    cv.hline(0, 15, 11, c("grey_dark"))
    cv.vline(7, 3, 11, c("grey_dark"))
    cv.vline(8, 3, 11, c("steel"))


def cy_lot_lamp(cv: Canvas) -> None:
    """A sodium lamp post's head and its glow."""
    cv.vline(7, 4, 15, c("steel_dark"))
    cv.rect(3, 2, 10, 2, c("grey"))
    cv.hline(4, 11, 4, c("sodium"))
    for y in range(5, 10):
        for x in range(2, 14):
            if n(x, y, 331) < 0.5 - (y - 5) / 10:
                cv.px(x, y, c("amber"))


def cy_hazard_stripe(cv: Canvas) -> None:
    """Yellow and black: the edge of the lot's kerb, the vault's threshold."""
    for y in range(S):
        for x in range(S):
            cv.px(x, y, c("gold") if ((x + y) // 4) % 2 == 0 else c("ink"))


def cy_concrete_wall(cv: Canvas) -> None:
    concrete(cv, 337, base="grey", dark="grey_dark", light="grey_light")
    cv.hline(0, 15, 0, c("concrete"))


def cy_crate(cv: Canvas) -> None:
    """An equipment case (solid: cover, a step to hop)."""
    cv.rect(0, 2, 16, 14, c("olive"))
    cv.rect(0, 2, 16, 2, c("tan"))
    cv.rect(6, 6, 4, 3, c("steel"))
    cv.vline(0, 2, 15, c("ink"))
    cv.vline(15, 2, 15, c("ink"))
    cv.hline(0, 15, 15, c("ink"))


def cy_broken_glass(cv: Canvas) -> None:
    """A shot-out window: jagged shards in the frame, the night beyond."""
    cv.rect(0, 0, 16, 16, c("night"))
    cv.vline(0, 0, 15, c("steel_dark"))
    cv.hline(0, 15, 0, c("steel_dark"))
    for pts in (((1, 1), (7, 1), (2, 6)), ((15, 1), (9, 1), (14, 9)), ((1, 15), (6, 15), (1, 10))):
        cv.poly(list(pts), c("frost_dark"))
    cv.line(2, 2, 5, 2, c("frost"))


def cy_tower_glass(cv: Canvas) -> None:
    """The tower's curtain wall above the lobby, seen from the lot (decor): rows of lit and dark panes."""
    cv.rect(0, 0, 16, 16, c("blue_dark"))
    for y in (1, 9):
        cv.hline(0, 15, y - 1, c("steel"))
        for x in range(0, 16, 8):
            lit = n(x, y, 339) < 0.25
            cv.rect(x + 1, y, 6, 6, c("sodium") if lit else c("night"))
            if not lit:
                cv.px(x + 5, y + 1, c("blue"))
    cv.vline(0, 0, 15, c("steel"))


def cy_parking_line(cv: Canvas) -> None:
    """A painted bay line on the lot wall (decor)."""
    cv.rect(7, 6, 2, 10, c("concrete_hi"))


# === backdrop =========================================================================================
def bg_sky(cv: Canvas) -> None:
    """Night over the tech park: deep blue, a few stars, a low glow from the city."""
    gradient(cv, [(0.0, "ink"), (0.45, "night"), (0.8, "navy"), (1.0, "blue_dark")])
    rng = Rng(41)
    for _ in range(120):
        x, y = rng.randint(0, W - 1), rng.randint(0, 180)
        cv.px(x, y, c("chrome") if rng.random() > 0.7 else c("steel"))


def bg_far(cv: Canvas) -> None:
    """Other glass towers of the tech park, their floors lit here and there."""
    rng = Rng(43)
    x = 0
    while x < W:
        bw = rng.randint(40, 90)
        top = rng.randint(60, 170)
        for xx in range(x, x + bw):
            cv.a[top:H, xx % W] = c("navy")
        cv.a[top:H, x % W] = c("blue_dark")
        for wy in range(top + 6, H - 4, 6):
            for wx in range(x + 3, x + bw - 3, 4):
                v = hash01(wx, wy, 45)
                if v < 0.12:
                    cv.px(wx % W, wy, c("sodium"))
                    cv.px((wx + 1) % W, wy, c("sodium"))
                elif v < 0.2:
                    cv.px(wx % W, wy, c("blue"))
        if rng.random() < 0.5:
            cv.px((x + bw // 2) % W, top - 1, c("red"))
        x += bw + rng.randint(10, 40)


def bg_near(cv: Canvas) -> None:
    """Close by: a row of parking-lot lamps and the dark line of trees along the road."""
    for x in range(W):
        h = 30 + int(14 * math.sin(x * 0.05) + 8 * math.sin(x * 0.13 + 1.0))
        for y in range(H - h, H):
            if n(x, y, 47) < 0.92:
                cv.px(x, y, c("ink"))
    for lx in range(60, W, 160):
        cv.vline(lx, H - 140, H - 1, c("steel_dark"))
        cv.hline(lx - 8, lx + 8, H - 140, c("grey"))
        cv.hline(lx - 6, lx + 6, H - 139, c("sodium"))
        for y in range(H - 138, H - 110):
            for x in range(lx - 14, lx + 15):
                if n(x, y, 49) < 0.18 - (y - (H - 138)) / 200:
                    cv.px(x % W, y, c("amber"))


# === sprites ==========================================================================================
def _rifle_on_floor(cv: Canvas, j) -> None:
    """A dropped rifle lying on the floor in front of a wounded officer."""
    x0, y = 32, 46
    cv.hline(x0, x0 + 11, y, c("steel"))
    cv.hline(x0 - 4, x0, y, c("leather_hi"))
    cv.px(x0 + 3, y - 1, c("leather"))


def swat(heads) -> Sheet:
    """The SWAT officer: human_guard's walk, aim, wounded and disarmed, and what the siege adds."""
    sh = human_guard(heads, "swat", "rifle")
    _, draw = character_sheet("swat", heads)
    # the wounded officer's rifle lies beside him (his weapon dropped)
    for anim in sh.anims:
        if anim.name == "wounded":
            last = Pose(hip=(21, 41), lean=-6, ff=(33, GROUND), bf=(30, GROUND - 3), fh=(29, 39), bh=(26, 40),
                        extra=[_rifle_on_floor])
            anim.frames[-1] = draw(last)
    idle = [stand(hip=(23, HIP + 1 + k), **gun("rifle", 27, 31 + k, 35)) for k in (0, 1)]
    sh.add("idle", [draw(p) for p in idle], 500)
    aim = {"ff": F(28), "bf": F(18)}
    shoot = [stand(hip=(23, HIP + 1), flash=True, **aim, **gun("rifle", 29, 21, 0)),
             stand(hip=(22, HIP + 1), **aim, **gun("rifle", 28, 20, -6)),
             stand(hip=(23, HIP + 1), flash=True, **aim, **gun("rifle", 29, 21, 0)),
             stand(hip=(23, HIP + 1), **aim, **gun("rifle", 29, 21, -3))]
    sh.add("shoot", [draw(p) for p in shoot], [70, 70, 70, 120])
    throw = [stand(hip=(22, HIP + 1), lean=-12, fh=(14, 14), bh=(26, 30), weapon=("rifle", 26, 30, 60)),
             stand(hip=(23, HIP + 1), lean=-6, fh=(18, 8), bh=(26, 30), weapon=("rifle", 26, 30, 60)),
             stand(hip=(24, HIP + 1), lean=10, ff=F(31), fh=(34, 16), bh=(26, 30), weapon=("rifle", 26, 30, 60))]
    sh.add("throw", [draw(p) for p in throw], [150, 150, 200], loop=False)
    hurt = [stand(hip=(21, HIP + 1), lean=-16, head_dx=-1, **gun("rifle", 24, 28, 50)),
            stand(hip=(22, HIP + 2), lean=-8, **gun("rifle", 25, 29, 45))]
    sh.add("hurt", [draw(p) for p in hurt], 120, loop=False)
    choke = [stand(hip=(22, HIP + 3), lean=20, fh=(27, 20), bh=(25, 21), weapon=("rifle", 20, 36, 80)),
             stand(hip=(22, HIP + 4), lean=26, fh=(26, 22), bh=(24, 23), weapon=("rifle", 20, 37, 80))]
    sh.add("choke", [draw(p) for p in choke], 220)
    return sh


def night_guard(heads) -> Sheet:
    """The night guard: at ease, the torch up when he sees you, then hands up and down on the floor."""
    sh, draw = character_sheet("night_guard", heads, style="guard")
    idle = [stand(hip=(23, HIP + 1 + k), fh=(26, 37 + k), bh=(21, 37)) for k in (0, 1)]
    sh.add("idle", [draw(p) for p in idle], 700)
    sh.add("walk", [draw(p) for p in run_cycle(6, 23, 4.0, 2.0, 0, "swing", bob=0.6, hip_y=HIP + 1)], 140)

    def torch(cv: Canvas, j) -> None:
        for k in range(6):
            cv.px(36 + k, 22 - k // 3, c("tracer") if k < 3 else c("sodium"))
    alert = [stand(hip=(23, HIP + 1), lean=-4, fh=(33, 22), bh=(27, 30), extra=[torch]),
             stand(hip=(23, HIP + 1), lean=-4, fh=(33, 23), bh=(27, 31), extra=[torch])]
    sh.add("alert", [draw(p) for p in alert], 300)
    held = [stand(hip=(22, HIP + 1), lean=-6, fh=(26, 8), bh=(19, 9)),
            stand(hip=(22, HIP + 1), lean=-6, fh=(26, 7), bh=(19, 8)),
            Pose(hip=(20, 40), lean=-10, ff=(32, GROUND), bf=(29, GROUND), fh=(24, 14), bh=(18, 15), head_dy=1),
            Pose(hip=(19, 43), lean=-14, ff=(33, GROUND), bf=(30, GROUND), fh=(22, 18), bh=(16, 19), head_dy=2)]
    sh.add("held", [draw(p) for p in held], [200, 400, 200, 1000], loop=False)
    hurt = [stand(hip=(21, HIP + 1), lean=-18, fh=(16, 24), bh=(14, 22), head_dx=-1)]
    sh.add("hurt", [draw(p) for p in hurt], 150, loop=False)
    down = [Pose(hip=(29, 43), lean=-88, ff=(40, GROUND), bf=(42, GROUND), fh=(12, GROUND), bh=(14, GROUND),
                 head_dy=3, extra=[_stars])]
    sh.add("down", [draw(p) for p in down], 800, loop=False)
    return sh


def _switch(cv: Canvas, j) -> None:
    """The dead-man switch in Dyson's fist: a black grip, a red button under his thumb."""
    hx, hy = (round(v) for v in j["fh"][1])
    cv.rect(hx - 1, hy - 3, 3, 4, c("ink"))
    cv.px(hx, hy - 4, c("red"))


def dyson_lab(heads) -> Sheet:
    """Dyson at Cyberdyne: walks, runs after you, keys a combination in, coughs in the gas, and
    finally lies shot, the switch held up in his fist."""
    sh, draw = character_sheet("dyson_lab", heads, style="dyson")
    idle = [stand(hip=(23, HIP + 1 + k), fh=(26, 37 + k), bh=(21, 37 + k)) for k in (0, 1)]
    sh.add("idle", [draw(p) for p in idle], 500)
    sh.add("walk", [draw(p) for p in run_cycle(6, 23, 4.0, 2.0, 0, "swing", bob=0.6, hip_y=HIP + 1)], 130)
    sh.add("run", [draw(p) for p in run_cycle(8, 22, 6.5, 4.0, 8, "swing", hip_y=HIP + 1)], 80)
    work = [stand(hip=(23, HIP + 1), lean=4, fh=(31, 22 + k % 2), bh=(29, 25 - k % 2)) for k in range(4)]
    sh.add("work", [draw(p) for p in work], [180, 140, 200, 160])
    duck = [Pose(hip=(22, 40), lean=25, ff=(28, GROUND), bf=(19, GROUND), fh=(27, 30), bh=(25, 29), head_dy=5)]
    sh.add("duck", [draw(p) for p in duck], 200)
    choke = [stand(hip=(22, HIP + 3), lean=22, fh=(27, 20), bh=(25, 21)),
             stand(hip=(22, HIP + 4), lean=28, fh=(26, 22), bh=(24, 23))]
    sh.add("choke", [draw(p) for p in choke], 220)
    hurt = [stand(hip=(21, HIP + 1), lean=-18, fh=(16, 24), bh=(14, 22), head_dx=-1)]
    sh.add("hurt", [draw(p) for p in hurt], 150, loop=False)
    down = [stand(hip=(21, HIP + 4), lean=-25, fh=(14, 26), bh=(12, 26)),
            Pose(hip=(22, 40), lean=-40, ff=(31, GROUND), bf=(29, GROUND), fh=(30, 26), bh=(14, 38)),
            Pose(hip=(20, 42), lean=-60, ff=(34, GROUND), bf=(31, GROUND), fh=(30, 22), bh=(12, 40), head_dy=1,
                 extra=[_switch])]
    sh.add("down", [draw(p) for p in down], [120, 160, 1000], loop=False)
    return sh


def _minigun(gx: float, gy: float, ang: float, flash: bool = False, spin: int = 0):
    """The minigun held at the hip: a drum of six barrels, a handle on top, the ammunition belt
    to the pack (an ``extra`` painter for a pose)."""
    u = (math.cos(math.radians(ang)), math.sin(math.radians(ang)))
    nrm = (-u[1], u[0])

    def at(a: float, b: float) -> tuple[int, int]:
        return (round(gx + u[0] * a + nrm[0] * b), round(gy + u[1] * a + nrm[1] * b))

    def paint(cv: Canvas, j) -> None:
        for a in range(-6, 1):  # the housing
            for b in (-1, 0, 1, 2):
                x, y = at(a, b)
                cv.px(x, y, c("steel_dark") if b > 0 else c("steel"))
        for a in range(1, 15):  # the barrel cluster
            for b in (-1, 0, 1):
                x, y = at(a, b)
                cv.px(x, y, c("chrome") if (a + b + spin) % 3 == 0 else c("steel"))
        x, y = at(14, 0)
        cv.px(x, y, c("ink"))
        for a in (-3, -2, -1):  # the carry handle
            x, y = at(a, -3)
            cv.px(x, y, c("grey_dark"))
        for k in range(6):  # the belt to the back
            x, y = at(-6 - k, 2 + k // 2)
            cv.px(x, y, c("gold") if k % 2 == 0 else c("amber"))
        if flash:
            fx, fy = at(15, 0)
            for dx, dy, col in ((0, 0, "white"), (1, 0, "tracer"), (2, 0, "gold"), (3, 0, "orange"),
                                (1, -1, "gold"), (1, 1, "gold"), (2, -2, "orange"), (2, 2, "orange")):
                cv.px(fx + dx * u[0] - dy * u[1], fy + dx * u[1] + dy * u[0], c(col))
    return paint


def t800_minigun(heads) -> Sheet:
    """The T-800 with the minigun at his hip (what the renderer shows while he carries it)."""
    sh, draw = character_sheet("t800_minigun", heads, style="t800")

    def hold(gx, gy, ang, **kw) -> dict:
        return {"fh": (gx + 4, gy + 1), "bh": (gx - 3, gy - 2), "extra": [_minigun(gx, gy, ang, **kw)]}
    idle = [stand(hip=(23, HIP + (1 if i in (1, 2) else 0)), **hold(24, 31 + (1 if i in (1, 2) else 0), 10))
            for i in range(4)]
    sh.add("idle", [draw(p) for p in idle], [400, 250, 400, 250])

    def run_arms(i, hy):
        return hold(24, hy - 2 + (1 if i % 4 in (1, 2) else 0), 8)
    sh.add("run", [draw(p) for p in run_cycle(8, 22, 5.5, 3.5, 6, run_arms)], 90)
    jump = [Pose(hip=(23, 25), lean=5, ff=(28, 40), bf=(18, 42), **hold(25, 26, -5))]
    sh.add("jump", [draw(p) for p in jump], 120)
    fall = [Pose(hip=(23, 25), ff=(27, 43), bf=(19, 41), **hold(25, 27, 10))]
    sh.add("fall", [draw(p) for p in fall], 120)
    aim = {"ff": F(29), "bf": F(16)}
    shoot = [Pose(hip=(22, HIP), lean=-6, **aim, **hold(25, 27, 0, flash=True, spin=k)) if k % 2 == 0 else
             Pose(hip=(22, HIP + 1), lean=-7, **aim, **hold(25, 28, 1, spin=k)) for k in range(4)]
    sh.add("shoot", [draw(p) for p in shoot], 50)
    melee = [Pose(hip=(23, HIP), lean=8, **aim, **hold(27, 26, -30)),
             Pose(hip=(24, HIP + 1), lean=14, ff=F(31), bf=F(16), **hold(29, 28, 20))]
    sh.add("melee", [draw(p) for p in melee], [120, 160], loop=False)
    hurt = [Pose(hip=(21, HIP), lean=-16, ff=F(27), bf=F(17), head_dx=-1, **hold(22, 30, 30))]
    sh.add("hurt", [draw(p) for p in hurt], 150, loop=False)
    dead = [Pose(hip=(22, 36), lean=30, ff=(33, GROUND - 1), bf=(18, GROUND), fh=(32, GROUND), bh=(28, GROUND)),
            Pose(hip=(16, 43), lean=86, ff=(4, GROUND), bf=(5, GROUND), fh=(34, GROUND), bh=(30, GROUND), head_dy=3)]
    sh.add("dead", [draw(p) for p in dead], [140, 1000], loop=False)
    return sh


# === the story scene before the level (beat 10) ===========================================================
def _doubled(cv: Canvas) -> Canvas:
    import numpy as np

    out = Canvas(cv.w * 2, cv.h * 2)
    out.a = np.kron(cv.a, np.ones((2, 2), dtype=np.int16))
    return out


def story_tower(heads) -> Canvas:
    """Cyberdyne at night (160x90, doubled): the glass tower, its lit lobby, four figures crossing
    the empty lot to the doors, the T-800 with a heavy bag over his shoulder."""
    from .characters import STYLES
    from .figure import draw_figure

    w, h = 160, 90
    cv = Canvas(w, h, c("night"))
    for y in range(h):
        for x in range(w):
            cv.a[y, x] = c("night") if n(x, y, 501) > y / 140 else c("navy")
    for k in range(40):
        cv.px(int(n(k, 1, 503) * w), int(n(k, 2, 503) * 30), c("steel"))
    cv.rect(70, 6, 62, 62, c("blue_dark"))  # the tower
    cv.vline(70, 6, 67, c("steel"))
    cv.hline(70, 131, 6, c("chrome"))
    for y in range(9, 60, 4):
        cv.hline(71, 131, y, c("steel_dark"))
        for x in range(72, 131, 5):
            if n(x, y, 505) < 0.22:
                cv.rect(x, y + 1, 4, 2, c("sodium"))
            elif n(x, y, 505) < 0.4:
                cv.rect(x, y + 1, 4, 2, c("blue"))
    cv.rect(84, 58, 34, 10, c("frost_dark"))  # the lit lobby
    cv.rect(86, 60, 30, 8, c("electric"))
    cv.vline(101, 58, 67, c("steel"))
    cv.poly([(94, 52), (101, 45), (108, 52)], c("electric"))  # the emblem over the doors (no words)
    cv.rect(0, 68, w, h - 68, c("grey_dark"))  # the lot
    cv.hline(0, w - 1, 68, c("grey"))
    for x in range(4, w, 22):
        cv.line(x, 89, x + 10, 70, c("grey"))
    for lx in (20, 150):
        cv.vline(lx, 46, 68, c("steel_dark"))
        cv.hline(lx - 3, lx + 3, 46, c("sodium"))
        for y in range(47, 68):
            for x in range(lx - 1 - (y - 47) // 2, lx + 2 + (y - 47) // 2):
                if n(x, y, 507) < 0.12:
                    cv.px(x, y, c("amber"))

    def bag(cv2: Canvas, j) -> None:
        cv2.rect(14, 14, 10, 7, c("olive"))
        cv2.hline(14, 23, 14, c("tan"))
        cv2.rect(18, 16, 2, 2, c("steel"))
    people = [("t800", Pose(hip=(23, 27), ff=(27, 45.5), bf=(18, 45.5), fh=(22, 16), bh=(20, 36), extra=[bag]), 30),
              ("sarah", Pose(hip=(23, 28), ff=(27, 45.5), bf=(19, 45.5), fh=(29, 24), bh=(26, 26),
                             weapon=("rifle", 28, 24, -10)), 47),
              ("john", Pose(hip=(22, 34), ff=(26, 45.5), bf=(19, 45.5), fh=(24, 38), bh=(20, 38)), 60),
              ("dyson", Pose(hip=(23, 28), ff=(26, 45.5), bf=(20, 45.5), fh=(25, 37), bh=(21, 37)), 72)]
    for style, pose, x in people:
        fig = draw_figure(STYLES[style], pose, heads)
        cv.blit(fig, x - 24, 84 - 47)
    return _doubled(cv)


def story_vault(heads) -> Canvas:
    """In the vault, under glass: the crushed arm of a machine and its cracked chip (160x90, doubled)."""
    w, h = 160, 90
    cv = Canvas(w, h, c("ink"))
    for y in range(h):
        for x in range(w):
            if n(x, y, 511) < 0.5 - ((x - 80) ** 2 + (y - 40) ** 2) ** 0.5 / 120:
                cv.px(x, y, c("blue_dark"))
    cv.rect(20, 58, 120, 6, c("steel_dark"))  # the plinth
    cv.hline(20, 139, 58, c("chrome"))
    cv.rect(28, 64, 104, 26, c("grey_dark"))
    cv.rect(24, 18, 112, 40, c("navy"))  # the glass case
    cv.hline(24, 135, 18, c("frost_dark"))
    cv.vline(24, 18, 57, c("frost_dark"))
    cv.vline(135, 18, 57, c("frost_dark"))
    cv.line(30, 54, 60, 22, c("blue"))
    cv.line(36, 54, 66, 22, c("blue"))
    # the arm: a forearm of struts and pistons, the hand's steel fingers curled
    for y in (44, 47):
        cv.hline(36, 84, y, c("steel"))
        cv.hline(36, 84, y + 1, c("grey_dark"))
    cv.hline(36, 84, 44, c("chrome"))
    for x in range(40, 84, 8):
        cv.line(x, 44, x + 4, 48, c("steel_dark"))
    cv.rect(84, 40, 10, 12, c("steel"))
    cv.vline(84, 40, 51, c("chrome"))
    for k, y in enumerate((38, 42, 46, 50)):
        cv.hline(94, 104 - 2 * (k % 2), y, c("chrome"))
        cv.px(104 - 2 * (k % 2), y + 1, c("steel"))
    # the chip: cracked, a dull red heart
    cv.rect(110, 30, 16, 12, c("grey_dark"))
    for x in range(111, 126, 2):
        cv.px(x, 29, c("chrome"))
        cv.px(x, 42, c("chrome"))
    cv.rect(114, 33, 8, 6, c("red_dark"))
    cv.px(117, 35, c("red"))
    cv.line(112, 31, 120, 40, c("ink"))
    return _doubled(cv)


def build(src: Path, out: Path) -> list[Path]:
    table = parse_table(src / "art" / "tiles_cyberdyne.txt")
    painters = {tile: globals()[f"cy_{tile}"] for tile, _ in table}
    written = build_tileset("cyberdyne", table, painters, out, skip_flags=("decor",))
    for name, fn in (("sky", bg_sky), ("far", bg_far), ("near", bg_near)):
        cv = Canvas(W, H, T if name != "sky" else c("night"))
        fn(cv)
        written.append(cv.save(out / "backgrounds" / f"cyberdyne_{name}.png"))
    heads = parse_grids(src / "art" / "heads.txt")
    for fn in (swat, night_guard, dyson_lab, t800_minigun):
        written.extend(fn(heads).write(out / "sprites"))
    written.append(story_tower(heads).save(out / "story" / "cyberdyne.png"))
    written.append(story_vault(heads).save(out / "story" / "cyberdyne_vault.png"))
    return written
