"""Sarah Connor's sheets: ``sarah`` (empty hands, or the sedative), ``sarah_rifle`` (the rifle up,
its laser on) and ``sarah_broom`` (a broom handle in her fist), each with a ``_p2`` outfit for player
two; and her pick-ups' icons.

Every pose is the parametric figure of figure.py in her ``Style`` (characters.py);
the numbers are the art.  The rifle poses agree with the game: a round and the
laser leave the muzzle 18 px from her shoulder (26 px above her feet, 15
crouched) along the aim (game/entities/sarah.py ``muzzle``).
"""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path

import numpy as np

from .characters import HIP, STYLES, F, character_sheet, gun, run_cycle, stand
from .core import Canvas, Sheet, c, parse_grids
from .figure import GROUND, Pose, draw_figure

SHOULDER = (24.0, 21.0)  # the frame's pixel 26 px above the feet (origin (24, 47))
CROUCH_SHOULDER = (24.0, 32.0)
MUZZLE = 18.0  # px from the shoulder to the muzzle
AIMS = {"f": 0, "uf": -45, "u": -90, "df": 45, "d": 90}  # the aim's pose name and its angle (0: ahead)
H = HIP + 1  # her hip height in a standing frame

# Player two: the same Sarah in a red flannel shirt and jeans.
P2_STYLE = replace(STYLES["sarah"], torso=("red_dark", "red", "orange"), pants=("navy", "blue_dark", "denim"))


def _rifle_at(shoulder: tuple[float, float], deg: float) -> dict:
    """The rifle along ``deg`` with its stock in the shoulder: both hands on it."""
    u = (math.cos(math.radians(deg)), math.sin(math.radians(deg)))
    grip = (shoulder[0] + u[0] * (MUZZLE - 13), shoulder[1] + u[1] * (MUZZLE - 13))
    return gun("rifle", grip[0], grip[1], deg)


def _syringe(cv: Canvas, j) -> None:
    """The sedative in the near hand, needle forward."""
    x, y = j["fh"][1]
    for k, col in ((1, "white"), (2, "white"), (3, "frost"), (4, "steel"), (5, "chrome")):
        cv.px(x + k, y, c(col))
    cv.px(x - 1, y, c("steel_dark"))


def _broom(cv: Canvas, j) -> None:
    """The broom handle she snapped off in her cell, gripped in the near hand like a club: along the
    forearm, turned up, a hand's width behind the fist and a forearm's length ahead of it."""
    (ex, ey), (hx, hy) = j["fh"]
    dx, dy = hx - ex, hy - ey
    n = max(1e-6, math.hypot(dx, dy))
    dx, dy = dx / n, dy / n
    ux, uy = dx * 0.5 + dy * 0.866, -dx * 0.866 + dy * 0.5  # the forearm's direction turned 60 degrees up
    if ux < 0:  # never pointing back over her shoulder: a club is held forward
        ux, uy = -ux, -uy
    x0, y0, x1, y1 = hx - ux * 3, hy - uy * 3, hx + ux * 13, hy + uy * 13
    cv.line(x0, y0 + 1, x1, y1 + 1, c("brown"))  # the shaded underside
    cv.line(x0, y0, x1, y1, c("tan"))
    cv.px(round(x1), round(y1), c("brown"))  # the snapped end


def _rolled(frame: Canvas, quarter: int) -> Canvas:
    """A tucked figure turned by ``quarter`` right angles about the middle of its ball, resting on the floor."""
    ys, xs = np.nonzero(frame.a != -1)
    cx, cy = (xs.min() + xs.max() + 1) // 2, (ys.min() + ys.max() + 1) // 2
    half = max(xs.max() - xs.min(), ys.max() - ys.min()) // 2 + 1
    box = np.full((2 * half, 2 * half), -1, dtype=frame.a.dtype)
    y0, x0 = cy - half, cx - half
    for y in range(2 * half):
        for x in range(2 * half):
            sy, sx = y0 + y, x0 + x
            if 0 <= sy < frame.h and 0 <= sx < frame.w:
                box[y, x] = frame.a[sy, sx]
    box = np.rot90(box, -quarter)  # clockwise: rolling to the right
    out = Canvas(frame.w, frame.h)
    bys, bxs = np.nonzero(box != -1)
    drop = (frame.h - 1) - (y0 + bys.max())  # back down onto the floor
    for y, x in zip(bys, bxs):
        out.px(x0 + x, y0 + y + drop, int(box[y, x]))
    return out


def sarah(heads, name: str, rifle: bool, style=None, broom: bool = False) -> Sheet:
    if style is None:
        sh, plain = character_sheet(name, heads, "sarah")
    else:
        sh = Sheet(name, (48, 48), (24, 47))

        def plain(pose):
            return draw_figure(style, pose, heads)

    def draw(pose):
        """Every pose, with the broom handle in her fist on the ``sarah_broom`` sheets."""
        return plain(replace(pose, extra=[*pose.extra, _broom]) if broom else pose)

    ahead = _rifle_at(SHOULDER, 0)  # the rifle up and level, its laser on
    low = _rifle_at(CROUCH_SHOULDER, 0)

    # Idle: weight shifting, the rifle up (or fists loose at her sides).
    if rifle:
        idle = [stand(hip=(23, H + k), ff=F(27), bf=F(18), **_rifle_at((24, 21 + k), 0)) for k in (0, 1)]
    else:
        idle = [stand(hip=(23, H + k), ff=F(26), bf=F(19), fh=(26, 36 + k), bh=(20, 37 + k)) for k in (0, 1)]
    sh.add("idle", [draw(p) for p in idle], 450)

    def rifle_arms(i, hy):
        return _rifle_at((24, hy - 7 + (i % 2)), 0)
    sh.add("run", [draw(p) for p in run_cycle(8, 22, 8.0, 5.0, 12, rifle_arms if rifle else "swing", hip_y=H)], 70)

    arms = ahead if rifle else {"fh": (29, 20), "bh": (18, 22)}
    jump = [Pose(hip=(23, H - 3), lean=6, ff=(29, 36), bf=(17, 38), **arms),
            Pose(hip=(23, H - 4), lean=4, ff=(30, 34), bf=(18, 37), **arms)]
    sh.add("jump", [draw(p) for p in jump], 120)
    fall = [Pose(hip=(23, H - 2), lean=0, ff=(27, 43), bf=(19, 41), **(ahead if rifle else {"fh": (30, 18), "bh": (16, 19)}))]
    sh.add("fall", [draw(p) for p in fall], 200)

    # The roll: crouch, tuck into a ball that turns over twice a quarter at a time, and up.
    tuck = Pose(hip=(21, 38), lean=70, ff=(30, 37), bf=(28, 39), fh=(31, 33), bh=(29, 35), head_dy=4, head_dx=3,
                **({"weapon": ("rifle", 25, 36, -10)} if rifle else {}))
    ball = draw(tuck)
    crouch_in = draw(Pose(hip=(22, 36), lean=35, ff=F(29), bf=F(17), fh=(32, 36), bh=(29, 38), head_dy=2))
    sh.add("roll", [crouch_in] + [_rolled(ball, q) for q in (0, 1, 2, 3, 0, 1)] + [crouch_in],
           [40, 45, 45, 45, 45, 45, 45, 70], loop=False)

    # Crouched and creeping along (head below a pistol round).
    hands = low if rifle else {"fh": (29, 38), "bh": (26, 39)}
    crouch = [Pose(hip=(22, 37 + k * 0.5), lean=24, ff=F(29), bf=F(16, 0), head_dy=1, **hands) for k in (0, 1)]
    sh.add("crouch", [draw(p) for p in crouch], 500)
    creep = []
    for i in range(6):
        ph = i / 6 * 2 * math.pi
        creep.append(Pose(hip=(22, 37 + 0.5 * abs(math.sin(ph))), lean=26, head_dy=1,
                          ff=F(24 + 5 * math.cos(ph), max(0.0, -math.sin(ph)) * 2.0),
                          bf=F(24 - 5 * math.cos(ph), max(0.0, math.sin(ph)) * 2.0), **hands))
    sh.add("creep", [draw(p) for p in creep], 110)

    # The punch: wind up, a straight right, back.  With the rifle: a butt stroke.
    if rifle:
        punch = [stand(hip=(22, H), lean=-6, ff=F(28), bf=F(17), **gun("rifle", 22, 20, -150)),
                 stand(hip=(24, H), lean=12, ff=F(31), bf=F(16), **gun("rifle", 34, 20, 175)),
                 stand(hip=(23, H), lean=4, ff=F(28), bf=F(17), **ahead)]
    else:
        punch = [stand(hip=(22, H), lean=-5, ff=F(27), bf=F(18), fh=(24, 20), bh=(20, 22)),
                 stand(hip=(24, H), lean=12, ff=F(31), bf=F(17), fh=(38, 18), bh=(20, 24)),
                 stand(hip=(23, H), lean=4, ff=F(28), bf=F(18), fh=(30, 22), bh=(21, 24))]
    sh.add("punch", [draw(p) for p in punch], [70, 120, 110], loop=False)
    if not rifle:
        jab = [replace(punch[0], extra=[_syringe]), replace(punch[1], fh=(37, 24), extra=[_syringe]),
               replace(punch[2], extra=[_syringe])]
        sh.add("jab", [draw(p) for p in jab], [70, 140, 110], loop=False)

    hurt = [stand(hip=(21, H), lean=-16, ff=F(26), bf=F(18), fh=(18, 26), bh=(15, 24), head_dx=-1),
            stand(hip=(22, H + 1), lean=-9, ff=F(27), bf=F(18), fh=(22, 32), bh=(18, 30))]
    sh.add("hurt", [draw(p) for p in hurt], 110, loop=False)

    down = [stand(hip=(21, H + 3), lean=-22, fh=(15, 27), bh=(13, 27)),
            Pose(hip=(23, 37), lean=-45, ff=(30, GROUND), bf=(28, GROUND), fh=(13, 38), bh=(11, 40)),
            Pose(hip=(28, 42), lean=-78, ff=(38, GROUND), bf=(40, GROUND - 1), fh=(11, GROUND), bh=(13, GROUND - 2),
                 head_dy=2),
            Pose(hip=(29, 43), lean=-88, ff=(40, GROUND), bf=(42, GROUND), fh=(13, GROUND), bh=(15, GROUND),
                 head_dy=3)]
    sh.add("down", [draw(p) for p in down], [100, 120, 140, 900], loop=False)

    climb = []
    for i in range(4):
        s = 1 if i < 2 else -1
        climb.append(Pose(hip=(24, H - 1 - i % 2), lean=-4, ff=(27, GROUND - 4 - 3 * s), bf=(21, GROUND - 4 + 3 * s),
                          fh=(28, 9 + 4 * s), bh=(21, 9 - 4 * s)))
    sh.add("climb", [draw(p) for p in climb], 120)

    if rifle:  # planted: the rifle shouldered eight ways (the mirror does the other side), and its shot
        for aim, deg in AIMS.items():
            feet = {"ff": F(30), "bf": F(16)}
            lean = -4 if deg < 0 else 6 if deg > 0 else 0
            still = stand(hip=(23, H + (1 if deg > 0 else 0)), lean=lean, **feet, **_rifle_at(SHOULDER, deg))
            sh.add(f"aim_{aim}", [draw(still)], [1000])
            kick = stand(hip=(22, H), lean=lean - 5, **feet, **_rifle_at((23, 21), deg - 6))
            sh.add(f"shoot_{aim}", [draw(replace(still, flash=True)), draw(kick), draw(still)], [50, 90, 110],
                   loop=False)
    return sh


def pickup_icons() -> dict[str, list[Canvas]]:
    """Her pick-ups, 16 x 16 with a glint: the sedative syringe, the rifle and the broom handle (two frames each)."""
    icons: dict[str, list[Canvas]] = {"sedative": [], "rifle": [], "broom": []}
    for i in range(2):
        cv = Canvas(16, 16)
        for k in range(8):  # the barrel, on a slant
            cv.px(3 + k, 11 - k // 2, c("white" if k < 6 else "frost"))
            cv.px(3 + k, 12 - k // 2, c("frost" if k < 6 else "steel"))
        cv.line(11, 7, 14, 5, c("chrome"))  # the needle
        cv.line(1, 13, 3, 12, c("steel_dark"))  # the plunger
        cv.px(6, 10, c("gold") if i else c("amber"))  # the dose
        cv.outline(c("ink"))
        if i:
            cv.px(5, 9, c("white"))
        icons["sedative"].append(cv)
        cv = Canvas(16, 16)
        cv.line(1, 9, 5, 9, c("leather_hi"))  # stock
        cv.line(1, 10, 4, 10, c("leather"))
        cv.line(5, 8, 14, 8, c("steel"))  # receiver and barrel
        cv.line(5, 9, 9, 9, c("steel_dark"))
        cv.line(7, 10, 7, 11, c("leather"))  # grip
        cv.line(8, 7, 10, 7, c("ink"))  # the scope
        cv.px(11, 7, c("red"))  # the laser's eye
        cv.outline(c("ink"))
        if i:
            cv.px(12, 8, c("white"))
        icons["rifle"].append(cv)
        cv = Canvas(16, 16)
        cv.line(2, 13, 12, 3, c("tan"))  # the handle, snapped off short
        cv.line(3, 13, 13, 3, c("brown"))
        cv.px(12, 2, c("brown"))  # the splintered end
        cv.px(13, 2, c("tan"))
        cv.outline(c("ink"))
        if i:
            cv.px(6, 9, c("white"))
        icons["broom"].append(cv)
    return icons


def build(src: Path, out: Path) -> list[Path]:
    heads = parse_grids(src / "art" / "heads.txt")
    written = []
    for name, rifle, broom in (("sarah", False, False), ("sarah_rifle", True, False), ("sarah_broom", False, True)):
        written.extend(sarah(heads, name, rifle, broom=broom).write(out / "sprites"))
        written.extend(sarah(heads, f"{name}_p2", rifle, style=P2_STYLE, broom=broom).write(out / "sprites"))
    return written
