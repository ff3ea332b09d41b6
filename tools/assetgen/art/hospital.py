"""Pescadero State Hospital at night: the tileset (assets/tiles/hospital.png + hospital.tsx), its
parallax backdrop (assets/backgrounds/hospital_{sky,far,near}.png), the night orderly's sheet,
the keys and key card pick-ups, and the story picture before the level (assets/story/hospital.png).

Grim and clinical: white wall tile gone grey with grout, a green wainscot, linoleum, fluorescent
tubes that light hard white pools, cells behind bars, then the bare concrete of the garage.
Tile order and flags come from assets/src/art/tiles_hospital.txt; each tile is drawn by the
``h_<name>`` function below.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from .backgrounds import gradient
from .characters import HIP, STYLES, F, _stars, character_sheet, run_cycle, stand
from .core import Canvas, T, c, dither_pick, hash01, parse_grids
from .figure import GROUND, Pose, Style, draw_figure
from .tiles import build_tileset, concrete, ladder, parse_table

S = 16
W, H = 640, 360

# The night orderly: whites gone grey under the tubes, soft shoes, a big man.
STYLES["orderly"] = Style(head="thug", torso=("grey", "grey_light", "white"), pants=("grey", "grey_light", "white"),
                          boots=("ink", "grey_dark", "grey"), chest=4.6, waist=4.2, hem=1.0, belt="grey",
                          torso_len=13.0, thigh=9.0, shin=9.0, bare_arms=True, shirt="white",
                          head_remap={"red": "grey_dark", "red_dark": "ink"}, rim="steel_dark")

# The doctor on his night round: a long white coat over a blue shirt and dark trousers, grey at the temples.
STYLES["doctor"] = Style(head="thug", torso=("grey_light", "white", "white"), pants=("ink", "grey_dark", "grey"),
                         boots=("ink", "ink", "grey_dark"), chest=4.2, waist=3.9, hem=7.0, shirt="blue_light",
                         torso_len=13.0, thigh=9.0, shin=9.0,
                         head_remap={"red": "grey_light", "red_dark": "grey"}, rim="steel_dark")


def n(x: int, y: int, seed: int) -> float:
    return hash01(x, y, seed)


# --- tiles -------------------------------------------------------------------------------------
def h_floor_top(cv: Canvas) -> None:
    """Ward linoleum, pale green and scuffed, with a polished lip you walk on."""
    for y in range(S):
        for x in range(S):
            v = n(x, y, 11)
            cv.px(x, y, c("frost_dark") if v < 0.75 else (c("grey_light") if v < 0.93 else c("grey")))
    cv.hline(0, 15, 0, c("white"))
    cv.hline(0, 15, 1, c("frost"))
    cv.hline(0, 15, 3, c("grey"))
    cv.vline(0, 2, 15, c("grey"))


def h_floor_fill(cv: Canvas) -> None:
    concrete(cv, 13, base="grey_dark", dark="ink", light="grey")


def _tile_grid(cv: Canvas, seed: int, base: str = "grey_light", grout: str = "grey") -> None:
    for y in range(S):
        for x in range(S):
            v = n(x, y, seed)
            cv.px(x, y, c(base) if v < 0.9 else c("concrete_hi"))
    for k in (0, 8):
        cv.hline(0, 15, k, c(grout))
        cv.vline(k, 0, 15, c(grout))
    if n(3, 3, seed) < 0.4:  # a crack, a stain
        cv.line(2 + int(n(1, 1, seed) * 8), 1, 5 + int(n(2, 1, seed) * 8), 7, c("grey"))


def h_wall_tile(cv: Canvas) -> None:
    """White wall tile, grey grout: the ward's walls (decor, behind)."""
    _tile_grid(cv, 17)


def h_wall_band(cv: Canvas) -> None:
    """The tile with the ward's dark green stripe through it."""
    _tile_grid(cv, 19)
    cv.rect(0, 6, 16, 4, c("green_dark"))
    cv.hline(0, 15, 6, c("olive"))


def h_wall_low(cv: Canvas) -> None:
    """Green wainscot, chipped, below the stripe."""
    for y in range(S):
        for x in range(S):
            cv.px(x, y, c("green_dark") if n(x, y, 23) > 0.05 else c("olive"))
    cv.hline(0, 15, 0, c("olive"))
    for x in range(0, 16, 8):
        cv.vline(x, 1, 15, c("ink"))


def h_ceiling(cv: Canvas) -> None:
    """The ceiling slab (solid), acoustic tile underneath."""
    concrete(cv, 29, base="grey", dark="grey_dark", light="grey_light")
    cv.rect(0, 12, 16, 4, c("grey_light"))
    for x in range(1, 16, 3):
        cv.px(x, 13, c("grey"))
    cv.hline(0, 15, 15, c("grey_dark"))


def h_fluorescent(cv: Canvas) -> None:
    """A fluorescent tube in its fitting, and the hard light falling from it (decor)."""
    cv.rect(1, 0, 14, 3, c("grey"))
    cv.rect(2, 2, 12, 2, c("white"))
    cv.hline(2, 13, 4, c("frost"))
    for y in range(5, S):
        for x in range(S):
            if abs(x - 7.5) < 3 + (y - 5) * 0.55 and dither_pick(x, y, 0.55 - (y - 5) * 0.05):
                cv.px(x, y, c("frost"))


def h_bars(cv: Canvas) -> None:
    """Cell bars (bars: people stop, the liquid metal flows through), with rails top and middle."""
    for x in (2, 7, 12):
        cv.vline(x, 0, 15, c("steel"))
        cv.vline(x + 1, 0, 15, c("steel_dark"))
        cv.vline(x - 1, 0, 15, c("chrome"))
    cv.hline(0, 15, 0, c("steel"))
    cv.hline(0, 15, 1, c("steel_dark"))


def h_cell_wall(cv: Canvas) -> None:
    """A cell's padded wall, yellowed (decor)."""
    for y in range(S):
        for x in range(S):
            cv.px(x, y, c("tan") if n(x, y, 31) > 0.08 else c("brown"))
    for k in (3, 11):
        cv.vline(k, 0, 15, c("brown"))
        cv.px(k, 7, c("brown_dark"))


def h_cot(cv: Canvas) -> None:
    """A steel cot with a thin mattress and restraint straps (decor)."""
    cv.rect(0, 7, 16, 4, c("white"))
    cv.hline(0, 15, 7, c("concrete_hi"))
    cv.rect(0, 11, 16, 2, c("steel_dark"))
    cv.vline(1, 11, 15, c("steel_dark"))
    cv.vline(14, 11, 15, c("steel_dark"))
    cv.rect(5, 7, 2, 4, c("brown"))
    cv.rect(10, 7, 2, 4, c("brown"))


def h_window(cv: Canvas) -> None:
    """A night window behind wire and bars (decor): the moon's cold light on the glass."""
    cv.rect(1, 1, 14, 14, c("night"))
    for y in range(1, 15):
        for x in range(1, 15):
            if (x + y) % 4 == 0:
                cv.px(x, y, c("navy"))
    cv.disc(10, 5, 2, c("frost"))
    for x in (4, 8, 12):
        cv.vline(x, 1, 14, c("steel"))
    cv.rect(0, 0, 16, 1, c("grey"))
    cv.rect(0, 15, 16, 1, c("grey"))
    cv.vline(0, 0, 15, c("grey"))
    cv.vline(15, 0, 15, c("grey"))


def h_concrete(cv: Canvas) -> None:
    """Bare painted concrete (solid): the hospital's thick walls."""
    concrete(cv, 37, base="grey", dark="grey_dark", light="grey_light")
    cv.hline(0, 15, 0, c("concrete_hi"))


def h_shadow(cv: Canvas) -> None:
    """A dark recess under the stairs or behind a cabinet: a hiding place (decor)."""
    for y in range(S):
        for x in range(S):
            cv.px(x, y, c("ink") if dither_pick(x, y, 0.85) else c("night"))


def h_garage_wall(cv: Canvas) -> None:
    concrete(cv, 41, base="grey_dark", dark="ink", light="grey")
    cv.rect(0, 10, 16, 2, c("gold"))
    for x in range(0, 16, 4):
        cv.rect(x, 10, 2, 2, c("ink"))


def h_garage_pillar(cv: Canvas) -> None:
    cv.rect(3, 0, 10, 16, c("grey"))
    cv.vline(3, 0, 15, c("grey_light"))
    cv.vline(12, 0, 15, c("grey_dark"))
    cv.rect(3, 6, 10, 3, c("gold"))
    cv.rect(3, 7, 10, 1, c("ink"))


def h_garage_floor(cv: Canvas) -> None:
    """Oil-stained garage concrete (solid) with a yellow bay line."""
    concrete(cv, 43, base="grey", dark="grey_dark", light="grey_light")
    cv.hline(0, 15, 0, c("concrete_hi"))
    cv.rect(0, 1, 16, 2, c("gold"))
    if n(5, 5, 43) < 0.9:
        cv.ellipse(9, 8, 4, 2, c("grey_dark"))


def h_elevator(cv: Canvas) -> None:
    """The elevator's brushed steel doors (decor; two tiles wide, three tall, any tile of them)."""
    cv.rect(0, 0, 16, 16, c("steel"))
    for x in range(0, 16, 3):
        cv.vline(x, 0, 15, c("chrome"))
    cv.vline(15, 0, 15, c("ink"))
    cv.vline(0, 0, 15, c("steel_dark"))


def h_elevator_top(cv: Canvas) -> None:
    """Over the elevator: the floor indicator, its arrow lit."""
    cv.rect(0, 0, 16, 16, c("grey"))
    cv.rect(2, 3, 12, 7, c("ink"))
    cv.poly([(8, 4), (12, 8), (4, 8)], c("red"))
    cv.hline(0, 15, 15, c("steel_dark"))


def h_sign_exit(cv: Canvas) -> None:
    cv.rect(1, 4, 14, 8, c("green_dark"))
    cv.rect(2, 5, 12, 6, c("green"))
    cv.line(4, 8, 11, 8, c("white"))
    cv.line(9, 6, 11, 8, c("white"))
    cv.line(9, 10, 11, 8, c("white"))


def h_desk(cv: Canvas) -> None:
    """The nurses' station counter (solid: a step a person hops)."""
    cv.rect(0, 3, 16, 13, c("brown"))
    cv.hline(0, 15, 3, c("tan"))
    cv.hline(0, 15, 4, c("brown_dark"))
    cv.rect(2, 7, 12, 7, c("brown_dark"))
    cv.rect(6, 9, 4, 1, c("steel"))
    cv.rect(10, 0, 4, 3, c("electric"))  # the monitor's glow


def h_pipe(cv: Canvas) -> None:
    cv.rect(0, 5, 16, 6, c("grey_dark"))
    cv.hline(0, 15, 6, c("grey"))
    cv.hline(0, 15, 10, c("ink"))
    cv.rect(7, 4, 2, 8, c("steel"))


def h_lamp(cv: Canvas) -> None:
    """A caged lamp on its bracket (the checkpoint's post shows it)."""
    cv.rect(7, 4, 2, 12, c("steel_dark"))
    cv.rect(4, 0, 8, 5, c("grey"))
    cv.rect(5, 1, 6, 3, c("white"))
    cv.vline(6, 0, 4, c("steel_dark"))
    cv.vline(9, 0, 4, c("steel_dark"))


def h_gurney(cv: Canvas) -> None:
    """A gurney left in the corridor (decor)."""
    cv.rect(0, 6, 16, 2, c("white"))
    cv.rect(0, 8, 16, 2, c("steel"))
    cv.vline(2, 10, 14, c("steel_dark"))
    cv.vline(13, 10, 14, c("steel_dark"))
    cv.disc(2, 15, 1, c("ink"))
    cv.disc(13, 15, 1, c("ink"))


def h_alarm_panel(cv: Canvas) -> None:
    """The ward's alarm panel on the wall: a red box, its bell, a fuse handle to pull (decor)."""
    _tile_grid(cv, 53)
    cv.rect(3, 2, 10, 12, c("red_dark"))
    cv.hline(3, 12, 2, c("red"))
    cv.vline(3, 2, 13, c("red"))
    cv.rect(5, 4, 6, 4, c("steel_dark"))
    cv.rect(6, 5, 4, 2, c("amber"))
    cv.rect(7, 9, 2, 4, c("steel"))
    cv.hline(6, 9, 12, c("white"))


def h_curtain(cv: Canvas) -> None:
    """A bed curtain on its rail between two cots: pale folds, a dark gap behind (decor)."""
    cv.hline(0, 15, 0, c("steel"))
    for x in range(S):
        fold = (x % 4) in (0, 1)
        for y in range(1, S):
            cv.px(x, y, c("frost") if fold and y < 14 else c("grey_light") if y < 14 else c("grey"))
        if x % 4 == 3:
            cv.vline(x, 2, 13, c("grey"))


def h_ladder(cv: Canvas) -> None:
    """A steel service ladder, pale rungs: the wall shows through the gaps."""
    ladder(cv, "steel", "steel_dark", "grey_light", "steel_dark", rungs=(3, 8, 13))


def h_stairs_sign(cv: Canvas) -> None:
    """A ward number stencilled on the wall (no words: a block and stripes)."""
    _tile_grid(cv, 47)
    cv.rect(3, 4, 10, 8, c("navy"))
    cv.rect(5, 6, 2, 4, c("white"))
    cv.rect(9, 6, 2, 4, c("white"))


# --- backdrop ------------------------------------------------------------------------------------
def bg_sky(cv: Canvas) -> None:
    """A cold night over the hills of the hospital grounds."""
    gradient(cv, [(0.0, "ink"), (0.5, "night"), (1.0, "navy")])
    for k in range(60):
        x, y = int(hash01(k, 1, 53) * W), int(hash01(k, 2, 53) * 180)
        cv.px(x, y, c("frost") if k % 3 else c("white"))
    cv.disc(520, 60, 14, c("frost"))
    cv.disc(525, 56, 13, c("night"))


def bg_far(cv: Canvas) -> None:
    """The hospital's long block: rows of barred windows, a few still lit, and the hills."""
    for x in range(W):
        top = 210 + int(12 * np.sin(x / 70.0) + 6 * np.sin(x / 23.0))
        cv.vline(x, top, H - 1, c("night"))
    cv.rect(40, 150, 560, 210, c("blue_dark"))
    cv.hline(40, 599, 150, c("steel_dark"))
    for row, y in enumerate((170, 215, 260)):
        for k in range(22):
            x = 56 + k * 24
            lit = hash01(k, row, 59) < 0.25
            cv.rect(x, y, 12, 20, c("frost") if lit else c("navy"))
            for bx in (x + 3, x + 7, x + 11):
                cv.vline(bx, y, y + 19, c("ink"))
    cv.rect(0, 320, W, 40, c("ink"))


def bg_near(cv: Canvas) -> None:
    """A chain-link fence with razor wire and sodium lamps on poles."""
    for x in range(0, W, 6):
        cv.line(x, 260, x + 24, 330, c("steel_dark"))
        cv.line(x + 24, 260, x, 330, c("steel_dark"))
    cv.hline(0, W - 1, 260, c("steel"))
    for x in range(0, W, 8):
        cv.line(x, 254, x + 4, 258, c("steel"))
        cv.line(x + 4, 254, x, 258, c("steel"))
    for k in range(3):
        x = 100 + k * 220
        cv.rect(x, 200, 3, 160, c("ink"))
        cv.rect(x - 6, 198, 14, 4, c("grey_dark"))
        cv.disc(x + 1, 203, 3, c("sodium"))
    cv.rect(0, 330, W, 30, c("ink"))


# --- the orderly -----------------------------------------------------------------------------------
def orderly(heads):
    """The night orderly: idle, walk his beat, a two-handed shove (the wind-up shows), hurt, and
    knocked out (stars over his head: asleep, not dead)."""
    sh, draw = character_sheet("orderly", heads)
    idle = [stand(hip=(23, HIP + 1 + k), fh=(26, 36 + k), bh=(20, 36)) for k in (0, 1)]
    sh.add("idle", [draw(p) for p in idle], 500)
    sh.add("walk", [draw(p) for p in run_cycle(6, 23, 4.0, 2.0, 1, "swing", bob=0.6, hip_y=HIP + 1)], 130)
    shove = [stand(hip=(22, HIP + 1), lean=-8, fh=(20, 24), bh=(18, 25)),
             stand(hip=(22, HIP + 2), lean=-4, fh=(22, 22), bh=(20, 23)),
             stand(hip=(25, HIP + 2), lean=18, ff=F(32), fh=(37, 22), bh=(35, 25)),
             stand(hip=(24, HIP + 1), lean=10, ff=F(31), fh=(34, 24), bh=(32, 26))]
    sh.add("attack", [draw(p) for p in shove], [200, 300, 120, 200], loop=False)
    hurt = [stand(hip=(21, HIP + 1), lean=-18, fh=(16, 24), bh=(14, 22), head_dx=-1),
            stand(hip=(22, HIP + 2), lean=-10, fh=(18, 30), bh=(16, 28))]
    sh.add("hurt", [draw(p) for p in hurt], 120, loop=False)
    down = [stand(hip=(21, HIP + 4), lean=-25, fh=(14, 26), bh=(12, 26)),
            Pose(hip=(23, 37), lean=-45, ff=(30, GROUND), bf=(28, GROUND), fh=(12, 38), bh=(10, 40)),
            Pose(hip=(29, 43), lean=-88, ff=(40, GROUND), bf=(42, GROUND), fh=(12, GROUND), bh=(14, GROUND),
                 head_dy=3),
            Pose(hip=(29, 43), lean=-88, ff=(40, GROUND), bf=(42, GROUND), fh=(12, GROUND), bh=(14, GROUND),
                 head_dy=3, extra=[_stars])]
    sh.add("down", [draw(p) for p in down], [100, 140, 300, 900], loop=False)
    return sh


# --- the doctor -----------------------------------------------------------------------------------
def doctor(heads):
    """The doctor: idle reading his notes, walking his round, held (hands up, leaning back from the needle
    at his neck: a hostage), hurt and down."""
    sh, draw = character_sheet("doctor", heads)
    notes = [stand(hip=(23, HIP + k * 0.5), fh=(29, 25 + k), bh=(27, 27 + k)) for k in (0, 1)]  # chart held up
    sh.add("idle", [draw(p) for p in notes], 600)
    sh.add("walk", [draw(p) for p in run_cycle(6, 23, 3.5, 1.5, 0, "swing", bob=0.5, hip_y=HIP + 1)], 150)
    held = [stand(hip=(22, HIP), lean=-10, fh=(26, 12), bh=(20, 13), head_dx=-1),
            stand(hip=(22, HIP + 1), lean=-12, fh=(27, 13), bh=(21, 12), head_dx=-1)]
    sh.add("held", [draw(p) for p in held], 300)
    hurt = [stand(hip=(21, HIP + 1), lean=-18, fh=(16, 24), bh=(14, 22), head_dx=-1)]
    sh.add("hurt", [draw(p) for p in hurt], 150, loop=False)
    down = [stand(hip=(21, HIP + 4), lean=-25, fh=(14, 26), bh=(12, 26)),
            Pose(hip=(29, 43), lean=-88, ff=(40, GROUND), bf=(42, GROUND), fh=(12, GROUND), bh=(14, GROUND),
                 head_dy=3, extra=[_stars])]
    sh.add("down", [draw(p) for p in down], [150, 900], loop=False)
    return sh


# --- pick-ups -------------------------------------------------------------------------------------
def _glint(cv: Canvas, i: int) -> None:
    if i == 1:
        cv.px(11, 3, c("white"))
        cv.px(12, 2, c("white"))
        cv.px(10, 2, c("frost"))


def keys_icon(i: int) -> Canvas:
    """A ring of keys."""
    cv = Canvas(16, 16)
    cv.disc(5, 5, 3.5, c("gold"))
    cv.disc(5, 5, 2, T)
    for k, (x, y) in enumerate(((7, 7), (8, 5), (6, 9))):
        cv.line(x, y, x + 6, y + 4 - k, c("steel" if k % 2 else "gold"))
        cv.px(x + 5, y + 5 - k, c("steel_dark"))
    cv.outline(c("ink"))
    _glint(cv, i)
    return cv


def keycard_icon(i: int) -> Canvas:
    """A white key card with a dark stripe and a photo square."""
    cv = Canvas(16, 16)
    cv.rect(2, 4, 12, 9, c("white"))
    cv.rect(2, 6, 12, 2, c("ink"))
    cv.rect(3, 9, 3, 3, c("blue_light"))
    cv.hline(7, 12, 10, c("grey"))
    cv.outline(c("ink"))
    _glint(cv, i)
    return cv


def pickup_icons() -> dict[str, list[Canvas]]:
    return {"keys": [keys_icon(i) for i in range(3)], "keycard": [keycard_icon(i) for i in range(3)]}


# --- the story picture --------------------------------------------------------------------------
def story_picture(heads) -> Canvas:
    """Pescadero at night: a corridor of cells, a woman at the bars of hers, a broom handle in her
    hands; down the corridor the elevator opens on a big man in black and a boy.  Drawn at
    160x90 at sprite size, then doubled (one pixel scale, as the mall's)."""
    from .story import H as SH
    from .story import W as SW

    w, h = SW // 2, SH // 2
    cv = Canvas(w, h, c("grey_light"))
    for y in range(h):
        for x in range(w):
            if x % 8 == 0 or y % 8 == 0:
                cv.px(x, y, c("grey"))
    cv.rect(0, 40, w, 4, c("green_dark"))
    cv.rect(0, 0, w, 6, c("grey"))
    for x in (20, 70, 120):
        cv.rect(x, 5, 16, 2, c("white"))
        for y in range(7, 30):
            for xx in range(x - (y - 7) // 2, x + 16 + (y - 7) // 2):
                if 0 <= xx < w and dither_pick(xx, y, 0.25):
                    cv.px(xx, y, c("white"))
    cv.rect(0, 74, w, h - 74, c("frost_dark"))
    cv.hline(0, w - 1, 74, c("white"))
    # her cell: bars on the left
    cv.rect(0, 28, 46, 46, c("tan"))
    sarah = draw_figure(STYLES["sarah"], Pose(hip=(23, 27), ff=(27, 45.5), bf=(18, 45.5), fh=(30, 18), bh=(27, 24),
                                                weapon=("bat", 30, 18, -40)), heads)
    cv.blit(sarah, 6, 74 - 47)
    for x in range(2, 46, 4):
        cv.vline(x, 28, 73, c("steel_dark"))
        cv.vline(x + 1, 28, 73, c("steel"))
    cv.rect(0, 28, 46, 2, c("steel"))
    # the elevator, open, far right
    cv.rect(118, 30, 34, 44, c("steel"))
    cv.rect(122, 34, 26, 40, c("frost"))
    big = draw_figure(STYLES["t800"], Pose(hip=(23, 27), ff=(27, 45.5), bf=(18, 45.5), fh=(27, 36), bh=(20, 36)),
                      heads)
    cv.blit(big.a[:, ::-1].copy(), 112, 74 - 47)
    boy = draw_figure(STYLES["john"], Pose(hip=(22, 33), ff=(26, 45.5), bf=(18, 45.5), fh=(26, 40), bh=(18, 40)),
                      heads)
    cv.blit(boy.a[:, ::-1].copy(), 96, 74 - 47)
    # an orderly on the floor between them, out cold
    down = draw_figure(STYLES["orderly"], Pose(hip=(29, 43), lean=-88, ff=(40, GROUND), bf=(42, GROUND),
                                               fh=(12, GROUND), bh=(14, GROUND), head_dy=3, extra=[_stars]), heads)
    cv.blit(down, 52, 74 - 46)
    out = Canvas(SW, SH)
    out.a = np.kron(cv.a, np.ones((2, 2), dtype=np.int16))
    return out


def build(src: Path, out: Path) -> list[Path]:
    table = parse_table(src / "art" / "tiles_hospital.txt")
    painters = {tile: globals()[f"h_{tile}"] for tile, _ in table}
    written = build_tileset("hospital", table, painters, out, skip_flags=("decor",))
    for name, fn in (("sky", bg_sky), ("far", bg_far), ("near", bg_near)):
        cv = Canvas(W, H, T if name != "sky" else c("night"))
        fn(cv)
        written.append(cv.save(out / "backgrounds" / f"hospital_{name}.png"))
    heads = parse_grids(src / "art" / "heads.txt")
    written.extend(orderly(heads).write(out / "sprites"))
    written.extend(doctor(heads).write(out / "sprites"))
    written.append(story_picture(heads).save(out / "story" / "hospital.png"))
    return written

