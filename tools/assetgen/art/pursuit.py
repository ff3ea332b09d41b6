"""The freeway pursuit (level 7): its vehicles, its elevated-highway tileset, its backdrop and its story picture.

- Sprites (facing right, origin on the ground between the wheels, two frames of wheel spin):
  swat_van (128x64), pickup (112x48), traffic_sedan / traffic_wagon / traffic_lorry (96x32, the freeway's
  traffic drawings as vehicles of their own), and helicopter (96x48, origin at its middle: fly and dive with
  the rotor turning, and its wreck).
- Tiles: assets/tiles/pursuit.png + pursuit.tsx, order and flags from assets/src/art/tiles_pursuit.txt, each
  drawn by ``p_<name>`` below: a two-lane elevated deck on pillars, sodium lamps, sign gantries, the mill's gate.
- Backdrop: assets/backgrounds/pursuit_{sky,far,near}.png: not the city of the first level but its industrial
  edge: a sodium-orange haze, refinery stacks and the steel mill's furnaces on the horizon, pylons nearer.
- Story: assets/story/pursuit.png (beat 12: the van on the freeway, the helicopter over it, the tanker behind).
"""

from __future__ import annotations

import math
from pathlib import Path

from .backgrounds import gradient
from .core import Canvas, Rng, Sheet, T, c, hash01
from .tiles import build_tileset, concrete, parse_table
from .vehicles import traffic_car, wheel

S = 16
W, H = 640, 360


# --- vehicles -------------------------------------------------------------------------------------
def swat_van(frame: int) -> Canvas:
    """A tall, square police van: dark blue with a white band, the driver's window up front, back doors."""
    cv = Canvas(128, 64)
    gy = 63
    cv.rect(8, gy - 50, 90, 39, c("police"))  # the box
    cv.hline(8, 97, gy - 50, c("police_hi"))
    cv.hline(9, 96, gy - 49, c("police_hi"))
    cv.poly([(98, gy - 40), (108, gy - 40), (120, gy - 27), (120, gy - 11), (98, gy - 11)], c("police"))  # cab
    cv.poly([(98, gy - 50), (98, gy - 40), (108, gy - 40)], c("police"))
    cv.poly([(100, gy - 38), (107, gy - 38), (117, gy - 27), (100, gy - 27)], c("blue_light"))  # windscreen
    cv.px(104, gy - 36, c("white"))
    cv.rect(8, gy - 29, 112, 3, c("white"))  # the band
    cv.rect(8, gy - 26, 112, 1, c("steel"))
    cv.vline(11, gy - 48, gy - 13, c("navy"))  # the back doors' seam
    cv.vline(50, gy - 48, gy - 13, c("navy"))  # the side door
    cv.rect(53, gy - 44, 18, 10, c("navy"))  # a barred side window
    for x in range(55, 71, 4):
        cv.vline(x, gy - 44, gy - 35, c("steel"))
    cv.rect(30, gy - 53, 40, 3, c("grey_dark"))  # the roof rack and its light bar
    cv.rect(76, gy - 54, 14, 4, c("ink"))
    cv.rect(77, gy - 54, 6, 2, c("red") if frame == 0 else c("red_dark"))
    cv.rect(83, gy - 54, 6, 2, c("blue_light") if frame == 1 else c("blue"))
    cv.rect(6, gy - 13, 116, 4, c("grey_dark"))  # bumpers and sills
    cv.hline(6, 121, gy - 13, c("grey"))
    cv.rect(118, gy - 24, 3, 3, c("tracer"))  # headlamp
    cv.rect(7, gy - 24, 2, 4, c("red"))  # tail lamp
    for x in (28, 102):  # wheel arches
        cv.disc(x, gy - 9, 11, c("ink"))
        wheel(cv, x, gy - 9, 9, frame)
    cv.outline(c("ink"))
    return cv


def pickup(frame: int) -> Canvas:
    """A tired pickup: rust-red cab and bed, chrome bumper, an open bed behind the cab."""
    cv = Canvas(112, 48)
    gy = 47
    cv.rect(6, gy - 26, 44, 16, c("rust"))  # the bed's side
    cv.hline(6, 49, gy - 26, c("amber"))
    cv.rect(8, gy - 24, 40, 2, c("brown_dark"))  # its inside, seen over the side
    cv.poly([(50, gy - 10), (50, gy - 37), (70, gy - 37), (80, gy - 27), (80, gy - 10)], c("rust"))  # cab
    cv.hline(50, 70, gy - 37, c("amber"))
    cv.poly([(56, gy - 35), (69, gy - 35), (77, gy - 27), (56, gy - 27)], c("blue_light"))
    cv.px(66, gy - 33, c("white"))
    cv.poly([(80, gy - 27), (104, gy - 25), (106, gy - 10), (80, gy - 10)], c("rust"))  # the hood
    cv.hline(80, 104, gy - 27, c("amber"))
    cv.vline(62, gy - 26, gy - 12, c("brown_dark"))  # door seam
    cv.rect(4, gy - 12, 104, 3, c("chrome"))
    cv.hline(4, 107, gy - 10, c("steel"))
    cv.rect(103, gy - 22, 3, 3, c("tracer"))
    cv.rect(5, gy - 22, 2, 3, c("red"))
    for x in (24, 88):
        cv.disc(x, gy - 8, 10, c("ink"))
        wheel(cv, x, gy - 8, 8, frame)
    cv.outline(c("ink"))
    return cv


def helicopter(frame: int, wreck: bool = False) -> Canvas:
    """A police helicopter side on, nose right: bubble cabin, tail boom, skids, searchlight; the rotor a
    blur that turns between the frames.  The wreck: crumpled, burnt, blades snapped."""
    cv = Canvas(96, 48)
    body, hi, dark = ("grey_dark", "grey", "ink") if wreck else ("police", "police_hi", "navy")
    cv.poly([(10, 22), (40, 20), (42, 27), (12, 26)], c(body))  # tail boom
    cv.hline(10, 40, 21, c(hi))
    cv.poly([(4, 14), (12, 14), (14, 24), (8, 24)], c(body))  # the fin
    cv.ellipse(54, 27, 19, 11, c(body))  # the cabin
    cv.ellipse(54, 24, 17, 7, c(hi))
    if not wreck:
        cv.poly([(58, 18), (68, 19), (72, 27), (58, 27)], c("blue_light"))  # canopy glass
        cv.px(66, 21, c("white"))
        cv.rect(38, 29, 34, 2, c("white"))  # a white flank stripe
    cv.rect(58, 36, 5, 3, c("steel"))  # searchlight
    cv.px(62, 37, c("tracer") if not wreck else c("grey"))
    cv.line(44, 37, 40, 42, c("steel_dark"))  # skid struts and skids
    cv.line(62, 37, 64, 42, c("steel_dark"))
    cv.hline(34, 72, 42, c("steel") if not wreck else c("grey"))
    cv.rect(50, 12, 6, 4, c(dark))  # the rotor's mast
    if wreck:
        cv.line(30, 13, 52, 12, c("grey"))
        cv.line(56, 12, 66, 6, c("grey"))
        for k in range(6):
            cv.px(40 + k * 5, 20 + (k % 3) * 4, c("red_dark") if k % 2 else c("amber"))
    else:
        span = (44, 30, 38)[frame % 3]
        cv.hline(53 - span, 53 + span, 11, c("steel"))
        cv.hline(53 - span // 2, 53 + span // 2, 10, c("chrome"))
        a = frame * 2 * math.pi / 3
        cv.line(7 + math.cos(a) * 5, 16 + math.sin(a) * 5, 7 - math.cos(a) * 5, 16 - math.sin(a) * 5, c("chrome"))
        cv.px(73, 30, c("red") if frame % 2 else c("blue_light"))  # beacon
    cv.outline(c("ink"))
    return cv


def vehicle_sheets(d: Path) -> list[Path]:
    written = []
    for name, size, origin, fn in (("swat_van", (128, 64), (64, 63), swat_van),
                                   ("pickup", (112, 48), (56, 47), pickup)):
        sh = Sheet(name, size, origin)
        sh.add("drive", [fn(0), fn(1)], 80)
        sh.add("idle", [fn(0)], [1000], loop=False)
        written.extend(sh.write(d))
    for model, kind in (("sedan", "car_a"), ("wagon", "car_b"), ("lorry", "truck")):
        sh = Sheet(f"traffic_{model}", (96, 32), (48, 31))
        sh.add("drive", [traffic_car(0, kind), traffic_car(1, kind)], 70)
        sh.add("idle", [traffic_car(0, kind)], [1000], loop=False)
        written.extend(sh.write(d))
    heli = Sheet("helicopter", (96, 48), (48, 24))
    heli.add("fly", [helicopter(i) for i in range(3)], 50)
    heli.add("dive", [helicopter(i) for i in range(3)], 35)
    heli.add("wreck", [helicopter(0, wreck=True)], [1000], loop=False)
    written.extend(heli.write(d))
    return written


# --- tiles ------------------------------------------------------------------------------------------
def _asphalt(cv: Canvas, seed: int, y0: int = 0, y1: int = S) -> None:
    for y in range(y0, y1):
        for x in range(S):
            v = hash01(x, y, seed)
            cv.px(x, y, c("grey_dark") if v < 0.8 else c("grey") if v < 0.95 else c("leather_hi"))


def p_road_far(cv: Canvas) -> None:
    """The far lane (drawn behind the deck's edge): a kerb line at the top, a dashed divider low down."""
    _asphalt(cv, 301)
    cv.hline(0, 15, 0, c("concrete"))
    cv.hline(0, 15, 1, c("sodium"))
    cv.hline(2, 9, 13, c("white"))
    cv.hline(2, 9, 14, c("concrete_hi"))


def p_road_near(cv: Canvas) -> None:
    """The deck's near edge (solid): the near lane's line on top, then the concrete lip of the deck."""
    _asphalt(cv, 302, 0, 4)
    cv.hline(0, 15, 0, c("grey"))
    cv.hline(0, 15, 3, c("white"))
    concrete(cv, 303, y0=4)
    cv.hline(0, 15, 4, c("concrete_hi"))
    cv.hline(0, 15, 15, c("grey_dark"))


def p_deck_face(cv: Canvas) -> None:
    """The deck's side: a concrete beam, lit orange from above."""
    concrete(cv, 304)
    cv.hline(0, 15, 0, c("concrete_hi"))
    for x in (3, 11):
        cv.px(x, 6, c("sodium"))


def p_girder(cv: Canvas) -> None:
    """Steel under the deck: a plate girder with rivets."""
    cv.rect(0, 0, 16, 16, c("steel_dark"))
    cv.hline(0, 15, 0, c("steel"))
    cv.hline(0, 15, 15, c("ink"))
    for x in range(1, 16, 5):
        cv.px(x, 3, c("chrome"))
        cv.px(x, 12, c("chrome"))
    cv.vline(8, 1, 14, c("blue_dark"))


def p_pillar(cv: Canvas) -> None:
    """A pier of the viaduct, in the dark below the deck."""
    cv.rect(2, 0, 12, 16, c("grey"))
    cv.vline(2, 0, 15, c("concrete"))
    cv.vline(13, 0, 15, c("grey_dark"))
    for y in range(0, 16, 4):
        cv.px(6 + (y // 4) % 3, y + 1, c("grey_light"))


def p_parapet(cv: Canvas) -> None:
    """The far parapet behind the far lane: a concrete wall with a steel rail."""
    cv.rect(0, 6, 16, 10, c("concrete"))
    cv.hline(0, 15, 6, c("concrete_hi"))
    cv.hline(0, 15, 15, c("grey"))
    cv.hline(0, 15, 2, c("steel"))
    cv.hline(0, 15, 3, c("steel_dark"))
    for x in (0, 8):
        cv.vline(x, 2, 6, c("steel_dark"))
    cv.px(4, 11, c("sodium"))


def p_lamp(cv: Canvas) -> None:
    """A sodium lamp's head on its arm, burning orange."""
    cv.rect(2, 5, 12, 3, c("steel_dark"))
    cv.hline(2, 13, 5, c("steel"))
    cv.rect(3, 8, 8, 2, c("sodium"))
    cv.hline(4, 9, 10, c("gold"))
    cv.vline(13, 5, 15, c("steel_dark"))
    for x in range(3, 11):
        if hash01(x, 11, 5) < 0.5:
            cv.px(x, 12, c("amber"))


def p_lamp_pole(cv: Canvas) -> None:
    cv.rect(12, 0, 2, 16, c("steel_dark"))
    cv.vline(12, 0, 15, c("steel"))


def p_gantry(cv: Canvas) -> None:
    """A sign gantry's truss across the road."""
    cv.hline(0, 15, 2, c("steel"))
    cv.hline(0, 15, 13, c("steel"))
    for x in range(0, 16, 8):
        cv.line(x, 2, x + 7, 13, c("steel_dark"))
        cv.line(x + 7, 2, x, 13, c("steel_dark"))


def p_sign(cv: Canvas) -> None:
    """A green direction sign: an arrow and lines of (unreadable) lettering."""
    cv.rect(0, 0, 16, 16, c("green_dark"))
    cv.hline(0, 15, 0, c("white"))
    cv.hline(0, 15, 15, c("white"))
    for y in (4, 8):
        for x in range(2, 14):
            if hash01(x // 2, y, 7) < 0.6:
                cv.px(x, y, c("white"))
    cv.vline(8, 11, 13, c("white"))
    cv.poly([(6, 11), (10, 11), (8, 9)], c("white"))


def p_gate(cv: Canvas) -> None:
    """The steel mill's gate: corrugated steel, hazard paint at the foot (solid)."""
    cv.rect(0, 0, 16, 16, c("rust"))
    for x in range(0, 16, 3):
        cv.vline(x, 0, 15, c("brown"))
    cv.hline(0, 15, 0, c("amber"))


def p_gate_stripe(cv: Canvas) -> None:
    """A boom barrier's stripes (solid)."""
    for x in range(16):
        for y in range(16):
            cv.px(x, y, c("gold") if ((x + y) // 4) % 2 else c("ink"))


def p_mill_sign(cv: Canvas) -> None:
    """The mill's sign over its gate: a lit panel with a ladle mark (no lettering)."""
    cv.rect(0, 0, 16, 16, c("brown_dark"))
    cv.hline(0, 15, 0, c("orange"))
    cv.hline(0, 15, 15, c("orange"))
    cv.poly([(4, 5), (12, 5), (10, 11), (6, 11)], c("molten"))
    cv.hline(4, 11, 5, c("gold"))


# --- backdrop ---------------------------------------------------------------------------------------
def bg_sky(cv: Canvas) -> None:
    """Night over the industrial edge of town: ink overhead, a sodium-orange haze along the horizon."""
    gradient(cv, [(0.0, "ink"), (0.35, "night"), (0.65, "haze"), (0.85, "amber"), (1.0, "orange")])
    rng = Rng(77)
    for _ in range(60):
        x, y = rng.randint(0, W - 1), rng.randint(0, 120)
        cv.px(x, y, c("white") if rng.random() < 0.3 else c("blue_light"))


def bg_far(cv: Canvas) -> None:
    """The horizon: refinery stacks and gas flares, cooling towers, the steel mill's sheds and furnace glow."""
    base = 300
    cv.rect(0, base, W, H - base, c("night"))
    rng = Rng(12)
    x = 0
    while x < W:  # low sheds
        w = rng.randint(30, 70)
        h = rng.randint(20, 50)
        cv.rect(x, base - h, w, h, c("navy"))
        cv.hline(x, x + w - 1, base - h, c("blue_dark"))
        for _k in range(rng.randint(1, 4)):
            wx = x + rng.randint(2, max(3, w - 6))
            cv.rect(wx, base - h + 6, 3, 2, c("sodium"))
        x += w
    for sx in (70, 96, 250, 262, 480, 600):  # stacks with their warning lamps
        h = 90 + int(hash01(sx, 1, 3) * 60)
        cv.rect(sx, base - h, 7, h, c("blue_dark"))
        cv.px(sx + 3, base - h - 1, c("red"))
        for y in range(base - h, base, 14):
            cv.hline(sx, sx + 6, y, c("navy"))
    for tx in (150, 390):  # cooling towers
        for y in range(base - 80, base):
            t = (y - (base - 80)) / 80
            half = 22 - 8 * math.sin(t * math.pi * 0.8)
            cv.hline(int(tx - half), int(tx + half), y, c("navy"))
    # the steel mill: long sheds and a furnace's glow through its doors
    cv.rect(420, base - 70, 160, 70, c("night"))
    cv.poly([(420, base - 70), (500, base - 95), (580, base - 70)], c("night"))
    cv.rect(450, base - 30, 20, 30, c("molten"))
    cv.rect(452, base - 28, 16, 26, c("gold"))
    cv.rect(520, base - 24, 26, 24, c("orange"))
    for fx, fy in ((112, 150), (330, 170)):  # gas flares
        cv.disc(fx, fy, 4, c("orange"))
        cv.disc(fx, fy - 2, 2, c("gold"))
        cv.rect(fx - 1, fy + 3, 3, base - fy - 3, c("blue_dark"))


def bg_near(cv: Canvas) -> None:
    """Nearer: pylons striding along the road, their cables sagging between them."""
    for k in range(3):
        px0 = 60 + k * 220
        top = 140
        cv.line(px0, 360, px0 + 20, top, c("navy"))
        cv.line(px0 + 40, 360, px0 + 20, top, c("navy"))
        for y in range(top + 20, 360, 30):
            cv.hline(px0 + int((y - top) * 20 / 220) - 2, px0 + 40 - int((y - top) * 20 / 220) + 2, y, c("navy"))
        cv.hline(px0 - 6, px0 + 46, top + 16, c("navy"))
        cv.px(px0 + 20, top - 1, c("red"))
    for k in range(3):  # the cables
        x0 = 60 + k * 220 - 6
        for x in range(0, 220):
            y = 156 + int(18 * math.sin(x / 220 * math.pi))
            cv.px((x0 + x) % W, y, c("blue_dark"))


# --- the story picture -------------------------------------------------------------------------------
def story(src: Path) -> Canvas:
    """Beat 12: the van on the elevated freeway at night, the helicopter's searchlight on it, the tanker's
    headlights far behind; the steel mill glowing on the horizon."""
    sw, sh = 320, 180
    cv = Canvas(sw, sh, c("night"))
    for y in range(sh):
        t = y / sh
        col = "ink" if t < 0.3 else "night" if t < 0.55 else "haze" if t < 0.7 else "amber"
        cv.hline(0, sw - 1, y, c(col))
    cv.rect(230, 100, 70, 26, c("night"))  # the mill
    cv.rect(250, 110, 10, 16, c("molten"))
    cv.rect(275, 114, 12, 12, c("orange"))
    for sx in (40, 52, 180):
        cv.rect(sx, 70, 4, 56, c("navy"))
        cv.px(sx + 1, 69, c("red"))
    deck = 134
    cv.rect(0, deck, sw, 8, c("grey_dark"))  # the deck and its lanes
    cv.hline(0, sw - 1, deck, c("sodium"))
    for x in range(0, sw, 16):
        cv.hline(x, x + 7, deck + 4, c("white"))
    cv.rect(0, deck + 8, sw, 6, c("concrete"))
    cv.hline(0, sw - 1, deck + 8, c("concrete_hi"))
    for px0 in (30, 150, 270):
        cv.rect(px0, deck + 14, 12, sh - deck - 14, c("grey"))
    for lx in (20, 120, 220):  # sodium lamps
        cv.vline(lx, 86, deck - 1, c("steel_dark"))
        cv.hline(lx, lx + 8, 86, c("steel_dark"))
        cv.rect(lx + 5, 87, 4, 2, c("sodium"))
    van = swat_van(0)
    cv.blit(van, 150, deck - 62)
    heli = helicopter(1)
    # the searchlight's cone onto the van
    for y in range(52, deck - 4):
        t = (y - 52) / (deck - 56)
        x0, x1 = 196 - int(4 + t * 26), 196 + int(4 + t * 26)
        for x in range(x0, x1 + 1):
            if (x + y) % 2 == 0 and cv.get(x, y) in (c("ink"), c("night"), c("haze"), c("amber")):
                cv.px(x, y, c("sodium"))
    cv.blit(heli, 150, 16)
    for x, y in ((18, deck - 8), (26, deck - 8)):  # the tanker's headlights, far behind
        cv.disc(x, y, 2, c("tracer"))
    cv.rect(0, deck - 22, 24, 18, c("steel_dark"))
    return cv


def build(src: Path, out: Path) -> list[Path]:
    written = vehicle_sheets(out / "sprites")
    table = parse_table(src / "art" / "tiles_pursuit.txt")
    painters = {tile: globals()[f"p_{tile}"] for tile, _ in table}
    written += build_tileset("pursuit", table, painters, out, skip_flags=("decor",))
    for name, fn in (("sky", bg_sky), ("far", bg_far), ("near", bg_near)):
        cv = Canvas(W, H, T if name != "sky" else c("night"))
        fn(cv)
        written.append(cv.save(out / "backgrounds" / f"pursuit_{name}.png"))
    written.append(story(src).save(out / "story" / "pursuit.png"))
    return written
