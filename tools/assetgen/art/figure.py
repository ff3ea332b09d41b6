"""A parametric pixel-art figure: a 2D skeleton posed per frame, limbs drawn as shaded capsules.

A ``Pose`` gives the hip, the torso lean and targets for the hands and ankles;
two-bone IK places elbows and knees. Parts are drawn back to front (far arm,
far leg, torso, near leg, head, weapon, near arm), each shaded with a 3-tone
ramp lit from the top-left; the far limbs use a darker ramp; the whole figure
gets a 1 px ink outline. Heads are hand-drawn grids (assets/src/art/heads.txt).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

import numpy as np

from .core import Canvas, T, c, seg_mask, shade_mask

GROUND = 45.5  # ankle height when a foot stands on the frame's bottom row (feet at y=47)


@dataclass
class Style:
    head: str
    skin: tuple[str, str, str] = ("skin_dark", "skin", "skin_light")
    torso: tuple[str, str, str] = ("leather", "leather_hi", "steel")
    sleeve: tuple[str, str, str] | None = None  # None: same as torso
    pants: tuple[str, str, str] = ("ink", "leather", "leather_hi")
    boots: tuple[str, str, str] = ("ink", "leather", "grey_dark")
    thigh: float = 9.5
    shin: float = 9.5
    upper: float = 7.5
    fore: float = 7.5
    torso_len: float = 14.0
    chest: float = 4.6  # half widths of the torso (side view)
    waist: float = 3.6
    r_thigh: float = 2.6
    r_shin: float = 2.2
    r_upper: float = 2.3
    r_fore: float = 2.0
    hem: float = 3.0  # jacket length below the hip
    shirt: str | None = None  # a strip of shirt at the chest front
    belt: str | None = None
    badge: str | None = None
    head_remap: dict[str, str] = field(default_factory=dict)
    bare_arms: bool = False
    rim: str | None = None  # a rim light on the silhouette's top/left edge (reads on the dark night)
    outline: str = "ink"  # the 1 px ring around the figure
    outline_lit: str | None = None  # the ring's top/left side in another colour (None: same as outline)


@dataclass
class Pose:
    hip: tuple[float, float] = (23.0, 27.0)
    lean: float = 0.0
    ff: tuple[float, float] | None = None  # near (front) ankle target
    bf: tuple[float, float] | None = None  # far ankle target
    fh: tuple[float, float] | None = None  # near hand target
    bh: tuple[float, float] | None = None  # far hand target
    weapon: tuple | None = None  # (kind, grip_x, grip_y, angle_deg)
    head: str | None = None
    head_dx: int = 0
    head_dy: int = 0
    flash: bool = False
    blade: tuple[float, float] | None = None  # near forearm becomes a blade pointing at this target
    near_arm_style: tuple[str, str, str] | None = None
    extra: list = field(default_factory=list)  # callables(canvas, joints) drawn last (before outline)


def ik(root, target, l1, l2, prefer):
    rx, ry = root
    tx, ty = target
    dx, dy = tx - rx, ty - ry
    d = math.hypot(dx, dy)
    d = max(min(d, l1 + l2 - 0.01), abs(l1 - l2) + 0.01, 0.01)
    a = math.atan2(dy, dx)
    cosb = (l1 * l1 + d * d - l2 * l2) / (2 * l1 * d)
    b = math.acos(max(-1.0, min(1.0, cosb)))
    best = None
    for s in (1, -1):
        jx, jy = rx + l1 * math.cos(a + s * b), ry + l1 * math.sin(a + s * b)
        score = (jx - rx) * prefer[0] + (jy - ry) * prefer[1]
        if best is None or score > best[0]:
            best = (score, (jx, jy))
    j = best[1]
    # the end point actually reached (target clamped to reach)
    ex = j[0] + l2 * (tx - j[0]) / max(0.01, math.hypot(tx - j[0], ty - j[1]))
    ey = j[1] + l2 * (ty - j[1]) / max(0.01, math.hypot(tx - j[0], ty - j[1]))
    return j, (ex, ey)


def ramp(names) -> tuple[int, int, int]:
    return tuple(c(n) for n in names)


def darker(r: tuple[int, int, int]) -> tuple[int, int, int]:
    return (r[0], r[0], r[1])


class Layer:
    """Composes shaded parts onto a canvas, back to front."""

    def __init__(self, w: int, h: int) -> None:
        self.cv = Canvas(w, h)

    def part(self, mask: np.ndarray, rmp: tuple[int, int, int], light=(-1, -1)) -> None:
        shaded = shade_mask(mask, rmp, light)
        self.cv.a[mask] = shaded[mask]

    def caps(self, segs, r: float, rmp) -> np.ndarray:
        m = np.zeros((self.cv.h, self.cv.w), dtype=bool)
        for (x0, y0), (x1, y1) in segs:
            m |= seg_mask(self.cv.w, self.cv.h, x0, y0, x1, y1, r)
        self.part(m, rmp)
        return m


def draw_figure(st: Style, p: Pose, heads: dict, size=(48, 48)) -> Canvas:
    w, h = size
    L = Layer(w, h)
    hx, hy = p.hip
    la = math.radians(p.lean)
    up = (math.sin(la), -math.cos(la))  # torso axis, hip -> neck
    fwd = (math.cos(la), math.sin(la))  # perpendicular, toward the facing side
    neck = (hx + up[0] * st.torso_len, hy + up[1] * st.torso_len)
    sh = (neck[0] + up[0] * -2.2 - fwd[0] * 0.5, neck[1] - up[1] * 2.2 - fwd[1] * 0.5)
    knee_pref = fwd
    elbow_pref = (-fwd[0] * 0.7 + up[0] * -0.7, -fwd[1] * 0.7 - up[1] * 0.7)

    def leg(target):
        target = target or (hx + 1, GROUND)
        knee, ank = ik((hx, hy), target, st.thigh, st.shin, knee_pref)
        return knee, ank

    def arm(target):
        target = target or (sh[0] + fwd[0] * 1 - up[0] * 12, sh[1] - up[1] * 13)
        elbow, hand = ik(sh, target, st.upper, st.fore, elbow_pref)
        return elbow, hand

    skin = ramp(st.skin)
    sleeve = ramp(st.sleeve or st.torso)
    pants = ramp(st.pants)
    boots = ramp(st.boots)
    torso = ramp(st.torso)
    arm_r = skin if st.bare_arms else sleeve

    def draw_leg(target, far):
        knee, ank = leg(target)
        rp, rb = (darker(pants), darker(boots)) if far else (pants, boots)
        L.caps([((hx, hy), knee)], st.r_thigh, rp)
        L.caps([(knee, ank)], st.r_shin, rp)
        toe = (ank[0] + fwd[0] * 3.2 + (up[0] * 0.0), ank[1] + fwd[1] * 3.2)
        if p.lean > 50:  # lying down: toes point at the ground
            toe = (ank[0] - up[0] * 2.5, ank[1] - up[1] * 2.5 + 1.5)
        L.caps([((ank[0] - fwd[0] * 0.6, ank[1] - fwd[1] * 0.6), toe)], 1.9, rb)
        return knee, ank

    def draw_arm(target, far, style=None):
        elbow, hand = arm(target)
        ra = ramp(style) if style else arm_r
        rs = skin
        if far:
            ra, rs = darker(ra), darker(skin)
        L.caps([(sh, elbow)], st.r_upper, ra)
        if p.blade is not None and not far:
            bx, by = p.blade
            L.caps([(elbow, hand)], st.r_fore * 0.9, ramp(("steel", "chrome", "white")))
            # a long tapering blade from the wrist
            for k in range(3):
                m = seg_mask(w, h, hand[0], hand[1], bx, by, 1.4 - k * 0.45)
                L.part(m, ramp(("steel", "chrome", "white")))
            L.cv.line(hand[0], hand[1] - 1, bx, by, c("white"))
            return elbow, hand
        L.caps([(elbow, hand)], st.r_fore, ra)
        L.caps([(hand, hand)], 1.6, rs)
        return elbow, hand

    joints = {"hip": (hx, hy), "neck": neck, "shoulder": sh}
    # far arm, far leg
    joints["bh"] = draw_arm(p.bh, True)
    joints["bf"] = draw_leg(p.bf, True)
    # torso with a hem below the hip
    base = (hx - up[0] * st.hem, hy - up[1] * st.hem)
    quad = [
        (base[0] - fwd[0] * st.waist, base[1] - fwd[1] * st.waist),
        (base[0] + fwd[0] * st.waist, base[1] + fwd[1] * st.waist),
        (neck[0] + fwd[0] * st.chest, neck[1] + fwd[1] * st.chest),
        (neck[0] - fwd[0] * st.chest, neck[1] - fwd[1] * st.chest),
    ]
    from .core import poly_mask
    tm = poly_mask(w, h, quad) | seg_mask(w, h, neck[0] - up[0], neck[1] - up[1], neck[0] - up[0], neck[1] - up[1],
                                          st.chest - 0.3)
    L.part(tm, torso)
    if st.shirt:
        for k in range(2, int(st.torso_len) - 1):
            x = neck[0] - up[0] * k + fwd[0] * (st.chest - 1.6 - k * 0.05)
            y = neck[1] - up[1] * k + fwd[1] * (st.chest - 1.6 - k * 0.05)
            if tm[int(y) % h, int(x) % w]:
                L.cv.px(x, y, c(st.shirt))
    if st.belt:
        for k in np.linspace(-st.waist, st.waist, 12):
            x, y = hx + fwd[0] * k - up[0] * 0.5, hy + fwd[1] * k - up[1] * 0.5
            if tm[int(y) % h, int(x) % w]:
                L.cv.px(x, y, c(st.belt))
    if st.badge:
        L.cv.px(neck[0] - up[0] * 4 + fwd[0] * 1.5, neck[1] - up[1] * 4 + fwd[1] * 1.5, c(st.badge))
    # near leg
    joints["ff"] = draw_leg(p.ff, False)
    # neck and head
    L.caps([((neck[0] - up[0] * 0.5, neck[1] - up[1] * 0.5), (neck[0] + up[0] * 1.5, neck[1] + up[1] * 1.5))],
           1.7, skin)
    grid = heads[p.head or st.head]
    if st.head_remap:
        grid = grid.copy()
        src = grid.copy()
        for a, b in st.head_remap.items():
            grid[src == c(a)] = c(b)
    gh, gw = grid.shape
    ox = round(neck[0] + up[0] * 1.5) - 3 + p.head_dx
    oy = round(neck[1] + up[1] * 1.5) - gh + 2 + p.head_dy
    L.cv.blit(grid, ox, oy)
    joints["head"] = (ox, oy)
    # weapon, then the near arm over it
    if p.weapon:
        draw_weapon(L, *p.weapon, flash=p.flash)
    joints["fh"] = draw_arm(p.fh, False, p.near_arm_style)
    for fn in p.extra:
        fn(L.cv, joints)
    if st.rim:
        rim_light(L.cv, c(st.rim), keep=(c("skin"), c("skin_light"), c("skin_dark"), c("white"), c("chrome")))
    ring_outline(L.cv, c(st.outline), c(st.outline_lit) if st.outline_lit else None)
    return L.cv


def rim_light(cv: Canvas, col: int, keep=()) -> None:
    """Light the figure's own pixels on its top/left edge (not skin or metal, which keep their look)."""
    m = cv.a != T
    edge = np.zeros_like(m)
    edge[1:, :] |= ~m[:-1, :]  # nothing above
    edge[:, 1:] |= ~m[:, :-1]  # nothing to the left
    edge[0, :] = True
    edge[:, 0] = True
    edge &= m & ~np.isin(cv.a, keep)
    cv.a[edge] = col


def ring_outline(cv: Canvas, col: int, lit: int | None = None) -> None:
    """The 1 px ring around the shape; with ``lit``, its top/left side takes that colour."""
    m = cv.a != T
    cv.outline(col)
    if lit is None:
        return
    full = cv.a != T
    ring = full & ~m
    open_ = np.ones_like(m)  # ring pixels with nothing above or to the left of them: they face the light
    toward = np.zeros_like(m)
    toward[1:, :] |= ~full[:-1, :]
    toward[:, 1:] |= ~full[:, :-1]
    toward[0, :] = open_[0, :]
    toward[:, 0] = open_[:, 0]
    cv.a[ring & toward] = lit


def draw_weapon(L: Layer, kind: str, gx: float, gy: float, ang: float, pump: float = 0.0,
                flash: bool = False) -> None:
    cv = L.cv
    u = (math.cos(math.radians(ang)), math.sin(math.radians(ang)))
    nrm = (-u[1], u[0])  # points "down" for a level gun

    def at(t, s=0.0):
        return gx + u[0] * t + nrm[0] * s, gy + u[1] * t + nrm[1] * s

    def seg(t0, t1, s, col):
        x0, y0 = at(t0, s)
        x1, y1 = at(t1, s)
        cv.line(x0, y0, x1, y1, c(col))

    tip = None
    if kind == "shotgun":
        seg(-9, -5, -1, "tan")       # stock, lit top
        seg(-4, 0, -1, "chrome")      # receiver, lit top
        seg(-9, -4, 0, "brown")      # stock
        seg(-9, -5, 1, "brown_dark")
        seg(-9, -9, 2, "brown_dark")
        seg(-4, 1, 0, "steel")        # receiver
        seg(-4, 1, 1, "steel_dark")
        seg(-1, -1, 2, "steel_dark")  # grip
        seg(1, 11, 0, "chrome")       # barrel
        seg(1, 8, 1, "steel_dark")    # magazine tube
        seg(3 + pump, 7 + pump, 1, "brown")         # pump (fore-end)
        seg(3 + pump, 7 + pump, 2, "brown_dark")
        tip = at(12, 0)
    elif kind == "pistol":
        seg(0, 4, 0, "steel")
        seg(0, 1, 1, "steel_dark")
        seg(0, 0, 2, "steel_dark")
        tip = at(5, 0)
    elif kind == "rifle":
        seg(-7, -3, 0, "leather_hi")
        seg(-7, -6, 1, "leather")
        seg(-3, 3, 0, "steel_dark")
        seg(-3, 2, 1, "leather")
        seg(0, 1, 2, "leather")
        seg(3, 12, 0, "steel")
        seg(2, 6, 1, "leather_hi")
        tip = at(13, 0)
    elif kind == "bat":
        seg(-2, 13, 0, "tan")
        seg(4, 13, 1, "brown")
        seg(-2, 0, 0, "brown_dark")
    elif kind == "chain":
        for k in range(12):
            x, y = at(k, math.sin(k * 0.9) * 1.2)
            cv.px(x, y, c("chrome") if k % 2 == 0 else c("steel_dark"))
    elif kind == "launcher":
        seg(-8, -3, 0, "leather_hi")
        seg(-8, -6, 1, "leather")
        seg(-3, 9, 0, "steel")
        seg(-3, 9, 1, "steel_dark")
        seg(-3, 9, -1, "steel_dark")
        seg(-1, -1, 2, "leather")
        tip = at(10, 0)
    if flash and tip:
        fx, fy = tip
        for dx, dy, col in ((1, 0, "white"), (2, 0, "tracer"), (3, 0, "gold"), (4, 0, "orange"), (1, -1, "gold"),
                            (1, 1, "gold"), (2, -2, "orange"), (2, 2, "orange"), (0, 0, "tracer")):
            cv.px(fx + dx * u[0] - dy * u[1], fy + dx * u[1] + dy * u[0], c(col))


def pose(**kw) -> Pose:
    return Pose(**kw)


def moved(p: Pose, dx: float = 0, dy: float = 0) -> Pose:
    """The same pose shifted as a whole."""
    def sh(pt):
        return None if pt is None else (pt[0] + dx, pt[1] + dy)
    wpn = None if p.weapon is None else (p.weapon[0], p.weapon[1] + dx, p.weapon[2] + dy, p.weapon[3])
    return replace(p, hip=sh(p.hip), ff=sh(p.ff), bf=sh(p.bf), fh=sh(p.fh), bh=sh(p.bh), weapon=wpn,
                   blade=sh(p.blade))


def silhouette(cv: Canvas, col: str = "white") -> Canvas:
    out = cv.copy()
    out.a[out.a != T] = c(col)
    return out
