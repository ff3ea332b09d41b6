"""The storm canal at night: the canal tileset (assets/tiles/canal.png + canal.tsx), its parallax
backdrop (assets/backgrounds/canal_{sky,far,near}.png), John on his dirt bike as the player sees
him (the ``john_rider`` sheet: ride, hurt, down) and the story picture before the level
(assets/story/canal.png).

Tile order and flags come from assets/src/art/tiles_canal.txt; each tile is drawn by the ``k_<name>``
function below.  Dry poured concrete under sodium light: a pale floor with a dark drain groove and
puddles that catch the orange lamps, the sloped far bank with made-up tags sprayed on it, overpass
decks on bell-capped pillars, chain-link along the top.
"""

from __future__ import annotations

from pathlib import Path

from .backgrounds import gradient, skyline
from .characters import character_sheet
from .core import Canvas, Rng, T, c, dither_pick, hash01, parse_grids
from .figure import GROUND, Pose
from .tiles import build_tileset, concrete, parse_table

S = 16
W, H = 640, 360


def n(x: int, y: int, seed: int) -> float:
    return hash01(x, y, seed)


def _sodium_wash(cv: Canvas, seed: int, strength: float) -> None:
    """A few pixels warmed by the lamps: orange dither on the top rows."""
    for y in range(S):
        for x in range(S):
            if n(x, y, seed) < strength * (1 - y / S):
                cv.px(x, y, c("amber"))


# --- tiles -------------------------------------------------------------------------------------
def k_floor(cv: Canvas) -> None:
    """The canal's floor: pale poured concrete, a bright worn lip, the lamps' warmth on it."""
    concrete(cv, 201, base="concrete", dark="grey_light", light="concrete_hi")
    cv.hline(0, 15, 0, c("concrete_hi"))
    cv.hline(0, 15, 1, c("concrete"))
    for x in range(S):
        if n(x, 0, 202) < 0.2:
            cv.px(x, 1, c("sodium"))
    cv.hline(0, 15, 15, c("grey_light"))


def k_floor_groove(cv: Canvas) -> None:
    """The low-flow channel down the middle of the floor: a dark groove with a wet line."""
    k_floor(cv)
    cv.hline(0, 15, 5, c("grey"))
    cv.hline(0, 15, 6, c("water_dark"))
    cv.hline(0, 15, 7, c("grey"))
    for x in range(0, 16, 5):
        cv.px(x + 1, 6, c("water_hi"))


def k_floor_puddle(cv: Canvas) -> None:
    """A shallow puddle on the floor: it mirrors the sodium lamps as streaks of orange."""
    k_floor(cv)
    for x in range(1, 15):
        cv.px(x, 0, c("water_hi") if x % 5 else c("sodium"))
    cv.hline(2, 13, 1, c("water"))
    cv.hline(4, 11, 2, c("water_dark"))
    cv.px(6, 1, c("orange"))
    cv.px(7, 1, c("sodium"))


def k_fill(cv: Canvas) -> None:
    concrete(cv, 205, base="grey_light", dark="grey", light="concrete")


def k_fill_deep(cv: Canvas) -> None:
    concrete(cv, 206, base="grey", dark="grey_dark", light="grey_light")


def k_bank(cv: Canvas) -> None:
    """The far bank behind the floor (decor): big slanted slabs, seams every 8 px, darker low down."""
    concrete(cv, 207, base="steel_dark", dark="navy", light="grey_light")
    cv.line(0, 15, 15, 0, c("grey"))
    for y in range(0, S, 8):
        cv.hline(0, 15, y, c("navy"))


def k_bank_stain(cv: Canvas) -> None:
    """Water streaks down the bank from the last storm."""
    k_bank(cv)
    for x in (4, 11):
        for y in range(S):
            if n(x, y, 208) < 0.85 - y / 40:
                cv.px(x, y, c("navy"))


def k_bank_top(cv: Canvas) -> None:
    """The top of the bank: a coping lip, chain-link above it against the sky."""
    for y in range(8, S):
        for x in range(S):
            cv.px(x, y, c("steel_dark") if n(x, y, 209) > 0.1 else c("navy"))
    cv.hline(0, 15, 8, c("concrete"))
    cv.hline(0, 15, 9, c("grey_light"))
    cv.vline(2, 0, 7, c("steel"))
    for y in range(0, 8):
        for x in range(S):
            if (x + y) % 4 == 0 or (x - y) % 4 == 0:
                cv.px(x, y, c("steel_dark"))
    cv.hline(0, 15, 0, c("steel"))


def _tag(cv: Canvas, seed: int, colours: tuple[str, str], shape: int) -> None:
    """A made-up spray-paint tag on the bank: bubbly strokes, an outline, drips."""
    k_bank(cv)
    fill, edge = c(colours[0]), c(colours[1])
    pts = {
        0: [(2, 5, 6, 12), (6, 12, 9, 4), (9, 4, 13, 11)],  # a zigzag
        1: [(2, 10, 4, 4), (4, 4, 8, 9), (8, 9, 10, 4), (10, 4, 13, 10)],  # a W
        2: [(3, 4, 3, 12), (3, 8, 12, 8), (12, 4, 12, 12)],  # an H-ish glyph
        3: [(2, 12, 7, 3), (7, 3, 13, 12), (4, 9, 11, 9)],  # an A-ish glyph
    }[shape]
    for x0, y0, x1, y1 in pts:
        cv.line(x0, y0 + 1, x1, y1 + 1, edge)
        cv.line(x0 + 1, y0, x1 + 1, y1, edge)
    for x0, y0, x1, y1 in pts:
        cv.line(x0, y0, x1, y1, fill)
    for x in range(2, 14, 3):
        if n(x, seed, 210) < 0.5:
            cv.vline(x, 12, 12 + int(n(x, seed, 211) * 3), fill)


def k_tag_a(cv: Canvas) -> None:
    _tag(cv, 1, ("red", "ink"), 0)


def k_tag_b(cv: Canvas) -> None:
    _tag(cv, 2, ("green", "ink"), 1)


def k_tag_c(cv: Canvas) -> None:
    _tag(cv, 3, ("electric", "navy"), 2)


def k_tag_d(cv: Canvas) -> None:
    _tag(cv, 4, ("gold", "red_dark"), 3)


def k_culvert(cv: Canvas) -> None:
    """A storm drain's mouth in the bank: a dark round hole with a concrete ring."""
    k_bank(cv)
    cv.disc(7.5, 9, 7.5, c("concrete"))
    cv.disc(7.5, 9, 6, c("ink"))
    cv.disc(7.5, 10, 4, c("night"))
    cv.hline(2, 13, 15, c("water_dark"))
    for x in range(3, 13, 4):
        cv.px(x, 15, c("water_hi"))


def k_lamp_head(cv: Canvas) -> None:
    """A sodium lamp's head on its arm (decor), the glass burning orange."""
    cv.hline(0, 9, 4, c("steel_dark"))
    cv.rect(8, 3, 7, 3, c("grey"))
    cv.hline(9, 13, 6, c("sodium"))
    cv.hline(10, 12, 7, c("gold"))
    for y in range(8, S):
        for x in range(4, 16):
            d = abs(x - 11) / max(1, y - 6)
            if d < 1.0 and dither_pick(x, y, 0.35 - (y - 8) * 0.03):
                cv.px(x, y, c("amber"))


def k_lamp_pole(cv: Canvas) -> None:
    cv.vline(1, 0, 15, c("steel_dark"))
    cv.vline(2, 0, 15, c("grey"))


def k_lamp_glow(cv: Canvas) -> None:
    """The pool of sodium light a lamp throws on the bank (decor, over bank tiles)."""
    k_bank(cv)
    for y in range(S):
        for x in range(S):
            d = ((x - 7.5) ** 2 + (y * 0.6) ** 2) ** 0.5
            if dither_pick(x, y, 0.45 - d / 18):
                cv.px(x, y, c("amber"))


def k_deck(cv: Canvas) -> None:
    """An overpass deck (solid): road on top, a warm lit edge, the slab's dark face."""
    cv.rect(0, 0, 16, 16, c("grey"))
    cv.hline(0, 15, 0, c("concrete_hi"))
    cv.hline(0, 15, 1, c("grey_light"))
    for x in range(0, 16, 8):
        cv.hline(x + 1, x + 4, 3, c("gold"))
    cv.rect(0, 5, 16, 11, c("steel_dark"))
    cv.hline(0, 15, 5, c("grey_light"))
    cv.hline(0, 15, 15, c("ink"))
    for x in range(0, 16, 4):
        cv.vline(x, 7, 13, c("navy"))


def k_deck_under(cv: Canvas) -> None:
    """Under an overpass (decor): girders in shadow."""
    cv.rect(0, 0, 16, 16, c("night"))
    cv.rect(0, 0, 16, 4, c("navy"))
    cv.vline(3, 4, 15, c("navy"))
    cv.vline(12, 4, 15, c("navy"))
    cv.line(3, 4, 12, 15, c("ink"))


def k_rail(cv: Canvas) -> None:
    """A bridge railing (decor, drawn in front)."""
    cv.hline(0, 15, 6, c("steel"))
    cv.hline(0, 15, 7, c("steel_dark"))
    for x in range(0, 16, 4):
        cv.vline(x + 1, 8, 15, c("steel_dark"))
    cv.hline(0, 15, 15, c("grey"))


def k_pillar(cv: Canvas) -> None:
    """An overpass pillar (decor), a sodium edge on its left."""
    cv.rect(2, 0, 12, 16, c("grey_dark"))
    cv.vline(2, 0, 15, c("amber"))
    cv.vline(3, 0, 15, c("grey"))
    cv.vline(13, 0, 15, c("ink"))
    for y in range(0, 16, 5):
        if n(y, 0, 214) < 0.6:
            cv.px(6 + int(n(y, 1, 214) * 5), y, c("grey"))


def k_pillar_cap(cv: Canvas) -> None:
    """The bell-shaped cap under a deck."""
    for y in range(S):
        inset = min(7, y // 2)
        cv.hline(2 - 2 + max(0, 2 - inset // 3), 13 + min(2, 2 - inset // 3), y, c("grey_dark"))
    cv.hline(0, 15, 0, c("grey"))
    cv.rect(2, 8, 12, 8, c("grey_dark"))
    cv.vline(2, 8, 15, c("amber"))


def k_street(cv: Canvas) -> None:
    """Asphalt at street level (solid): dark with a kerb line."""
    for y in range(S):
        for x in range(S):
            v = n(x, y, 215)
            cv.px(x, y, c("grey_dark") if v > 0.12 else c("grey"))
    cv.hline(0, 15, 0, c("grey_light"))
    cv.hline(0, 15, 1, c("grey"))


def k_earth(cv: Canvas) -> None:
    """Packed earth under the street (solid)."""
    for y in range(S):
        for x in range(S):
            v = n(x, y, 216)
            cv.px(x, y, c("brown_dark") if v > 0.2 else c("brown") if v > 0.05 else c("olive"))


def k_sign(cv: Canvas) -> None:
    """A warning plate on the bank: a yellow diamond with a wave (flood) symbol, no words."""
    k_bank(cv)
    cv.poly([(8, 1), (15, 8), (8, 15), (1, 8)], c("ink"))
    cv.poly([(8, 2), (14, 8), (8, 14), (2, 8)], c("gold"))
    for x in range(4, 13):
        cv.px(x, 8 + (1 if (x // 2) % 2 else 0), c("ink"))
        cv.px(x, 10 + (1 if (x // 2) % 2 else 0), c("ink"))


def k_low_beam(cv: Canvas) -> None:
    """A low concrete beam under the last overpass (solid): hazard stripes on its face."""
    cv.rect(0, 0, 16, 16, c("grey"))
    cv.hline(0, 15, 0, c("concrete"))
    for x in range(S):
        for y in range(10, 15):
            cv.px(x, y, c("gold") if ((x + y) // 3) % 2 else c("ink"))
    cv.hline(0, 15, 15, c("ink"))


# --- backdrop ------------------------------------------------------------------------------------
def bg_sky(cv: Canvas) -> None:
    """Night over the city: dithered blue to a sodium haze low down, stars, the skyline."""
    gradient(cv, [(0.0, "ink"), (0.3, "night"), (0.6, "navy"), (0.85, "haze"), (1.0, "amber")])
    rng = Rng(301)
    for _ in range(120):
        x, y = rng.randint(0, W - 1), rng.randint(0, 170)
        cv.px(x, y, c("white") if rng.random() > 0.8 else c("steel"))
    skyline(cv)


def bg_far(cv: Canvas) -> None:
    """Overpasses crossing the canal far off, on bell-capped pillars, each with its sodium lamps."""
    for k, (deck, thick) in enumerate(((150, 12), (206, 16))):
        col, edge = ("blue_dark", "blue") if k == 0 else ("navy", "blue_dark")
        for px0 in range(30 + k * 50, W + 30, 140 + k * 40):
            x0 = px0 % W
            for y in range(deck + thick, H):
                for x in range(x0, x0 + 10 + k * 4):
                    cv.px(x % W, y, c(col))
            cv.hline(x0 - 5, x0 + 15 + k * 4, deck + thick, c(col))
        cv.rect(0, deck, W, thick, c(col))
        cv.hline(0, W - 1, deck, c(edge))
        for lx in range(20 + k * 37, W, 96):
            cv.vline(lx, deck - 18, deck - 1, c("steel_dark"))
            cv.hline(lx, lx + 5, deck - 18, c("steel_dark"))
            cv.px(lx + 5, deck - 17, c("sodium"))
            cv.px(lx + 6, deck - 17, c("gold"))
            for dy in range(1, 6):
                for dx in range(-dy, dy + 1):
                    if dither_pick(lx + 5 + dx, deck - 17 + dy, 0.25):
                        cv.px((lx + 5 + dx) % W, deck - 17 + dy, c("amber"))
        for x in range(7 + k * 31, W, 71):  # cars' lights crossing
            cv.px(x, deck - 2, c("tracer"))
            cv.px(x + 5, deck - 2, c("red"))
    for y in range(H - 30, H):  # the city's glow at the bottom
        for x in range(W):
            if dither_pick(x, y, (y - (H - 30)) / 40):
                cv.px(x, y, c("haze"))


def bg_near(cv: Canvas) -> None:
    """The far bank of the canal, seen across it: a sloped concrete wall with tags, lamps and a fence."""
    top = 210
    for x in range(W):
        slope_top = top + (x % 160) // 40  # slab joints make the top line step a little
        for y in range(slope_top, H):
            v = n(x, y, 311)
            cv.px(x, y, c("blue_dark") if v > 0.08 else c("navy"))
        cv.px(x, slope_top, c("steel"))
        if x % 40 == 0:
            cv.vline(x, slope_top, H - 1, c("navy"))
    for x in range(W):  # chain-link on top
        for y in range(top - 14, top):
            if (x + y) % 5 == 0 or (x - y) % 5 == 0:
                cv.px(x, y, c("steel_dark"))
        if x % 32 == 0:
            cv.vline(x, top - 16, top, c("steel"))
    # made-up tags in faded paint: bubbly loops
    rng = Rng(313)
    for k in range(6):
        gx, gy = 40 + k * 104 + rng.randint(-10, 10), top + 40 + rng.randint(0, 40)
        col = ("red_dark", "green_dark", "haze", "rust", "denim", "olive")[k]
        for i in range(5):
            cv.ellipse(gx + i * 9, gy + (i % 2) * 3, 6, 9, c(col))
        for i in range(5):
            cv.ellipse(gx + i * 9, gy + (i % 2) * 3, 3, 5, c("blue_dark"))
        cv.hline(gx - 6, gx + 44, gy + 12, c(col))
    # sodium lamps on the top, their light spilled down the slope
    for lx in range(70, W, 213):
        cv.vline(lx, top - 46, top, c("steel_dark"))
        cv.hline(lx, lx + 10, top - 46, c("steel_dark"))
        cv.rect(lx + 8, top - 47, 5, 2, c("grey"))
        cv.hline(lx + 9, lx + 11, top - 45, c("sodium"))
        for y in range(top - 44, top + 40):
            spread = (y - (top - 44)) * 0.3
            for x in range(int(lx + 10 - spread), int(lx + 11 + spread)):
                if dither_pick(x, y, 0.12 - (y - top + 44) * 0.0012 - abs(x - lx - 10) * 0.004):
                    cv.px(x % W, y, c("amber"))
    for y in range(H - 20, H):  # the canal floor's far edge, dark
        cv.hline(0, W - 1, y, c("night") if y > H - 16 else c("navy"))


# --- John on his bike, as the player --------------------------------------------------------------
def john_rider(heads) -> object:
    """John astride the dirt bike (the bike itself is the vehicle's sprite): the origin is the footpeg,
    where the vehicle's ``seat`` is. Crouched forward over the bars; flinching; thrown off."""
    sh, draw = character_sheet("john_rider", heads, style="john")
    ride = [ride_pose(k) for k in (0, 1)]
    sh.add("ride", [draw(p) for p in ride], 110)
    hurt = [Pose(hip=(19, 40), lean=-10, ff=(25, GROUND + 1), bf=(23, GROUND + 1), fh=(31, 31), bh=(29, 30),
                 head_dx=-1)]
    sh.add("hurt", [draw(p) for p in hurt], 200, loop=False)
    down = [Pose(hip=(20, 40), lean=-40, ff=(30, GROUND), bf=(28, GROUND), fh=(12, 38), bh=(10, 40)),
            Pose(hip=(26, 43), lean=-85, ff=(38, GROUND), bf=(40, GROUND), fh=(12, GROUND), bh=(14, GROUND),
                 head_dy=3)]
    sh.add("down", [draw(p) for p in down], [120, 900], loop=False)
    return sh


# --- the story picture --------------------------------------------------------------------------
def story_picture(heads) -> Canvas:
    """The storm canal from its floor: John on the dirt bike riding hard toward us, his headlight on the
    wet concrete; behind and above him the tow truck bursts through the bridge railing and comes down
    into the canal.  Drawn at 160x90 at sprite size, then doubled (one pixel scale, as the mall's)."""
    import numpy as np

    from .story import H as SH
    from .story import W as SW
    from .story import vgrad
    from .vehicles import dirt_bike, tow_truck

    w, h = SW // 2, SH // 2
    cv = Canvas(SW, SH, c("night"))
    vgrad(cv, 0, SH, [(0.0, "ink"), (0.45, "night"), (0.8, "navy"), (1.0, "haze")])
    cv = _crop(cv, w, h)
    rng = Rng(331)
    for _ in range(40):
        cv.px(rng.randint(0, w - 1), rng.randint(0, 30), c("steel") if rng.random() > 0.3 else c("white"))
    floor, street = 74, 46
    # the far bank: a sloped concrete wall from the street down to the floor, a made-up tag on it
    for x in range(w):
        for y in range(street, floor):
            cv.px(x, y, c("blue_dark") if n(x, y, 333) > 0.1 else c("navy"))
        if x % 20 == 0:
            cv.vline(x, street, floor - 1, c("navy"))
    cv.hline(0, w - 1, street, c("steel"))
    for x in range(w):  # chain-link along the top
        for y in range(street - 7, street):
            if (x + y) % 4 == 0 or (x - y) % 4 == 0:
                cv.px(x, y, c("steel_dark"))
    for i in range(4):
        cv.ellipse(112 + i * 7, 56 + (i % 2) * 2, 4, 6, c("red_dark"))
        cv.ellipse(112 + i * 7, 56 + (i % 2) * 2, 2, 3, c("blue_dark"))
    # a sodium lamp on the bank, its light down the slope
    cv.vline(146, street - 24, street, c("steel_dark"))
    cv.hline(140, 146, street - 24, c("steel_dark"))
    cv.hline(139, 142, street - 23, c("sodium"))
    for y in range(street - 22, floor + 12):
        spread = (y - street + 22) * 0.35
        for x in range(int(140 - spread), int(142 + spread)):
            if 0 <= x < w and dither_pick(x, y, 0.12 - (y - street + 22) * 0.0015):
                cv.px(x, y, c("amber"))
    # the canal floor: pale poured concrete, the dark drain groove, puddles catching the lamp
    cv.rect(0, floor, w, h - floor, c("concrete"))
    for y in range(floor, h):
        for x in range(w):
            if dither_pick(x, y, 0.25 + 0.4 * (y - floor) / (h - floor)):
                cv.px(x, y, c("grey"))
    cv.hline(0, w - 1, floor, c("concrete_hi"))
    cv.rect(0, 80, w, 2, c("grey_dark"))
    for px0, pw in ((12, 18), (128, 22), (70, 10)):
        cv.ellipse(px0 + pw / 2, 86, pw / 2, 2, c("navy"))
        cv.hline(px0 + 3, px0 + pw - 4, 86, c("amber"))
    # the bridge over the canal, its railing burst where the truck comes through
    deck = 38
    cv.rect(0, deck, 78, 7, c("grey_dark"))
    cv.hline(0, 77, deck, c("concrete_hi"))
    cv.rect(0, deck + 7, 78, 2, c("ink"))
    for x in (8, 50):  # its pillars, down to the canal floor
        cv.rect(x, deck + 9, 7, floor - deck - 9, c("grey_dark"))
        cv.vline(x, deck + 9, floor - 1, c("concrete"))
    for x in range(0, 30, 4):
        cv.vline(x, deck - 5, deck - 1, c("steel"))
    cv.hline(0, 30, deck - 5, c("steel"))
    cv.line(44, deck - 5, 52, deck - 12, c("steel"))  # the railing bent outward
    cv.line(66, deck - 4, 74, deck + 2, c("steel"))
    for _ in range(8):  # debris falling
        cv.px(60 + rng.randint(0, 24), deck + 8 + rng.randint(0, 24), c("concrete_hi"))
    # the tow truck, nose down off the deck: sheared rows give it the tilt of a truck going over
    truck = tow_truck(0)
    tilted = Canvas(truck.w, truck.h + 40)
    for x in range(truck.w):
        dy = max(0, (x - 70) * 0.45)
        tilted.a[int(dy):int(dy) + truck.h, x] = truck.a[:, x]
    cv.blit(tilted, -44, deck - truck.h + 1)
    for k in range(6):  # headlight beams from the truck's nose
        cv.line(79, deck - 3 + k, 100 + k * 3, floor - 2 + k, c("gold") if k % 2 else c("sodium"))
    # John on the dirt bike on the canal floor, riding right, leaning over the bars
    bike = dirt_bike(1)
    rider = draw_figure_john(heads)
    cv.blit(bike, 88, floor + 6 - bike.h)
    cv.blit(rider, 88 + 4, floor + 6 - bike.h - 12)
    for k in range(5):  # his headlight on the concrete ahead
        cv.line(139, floor - 12, 160, floor - 16 + k * 4, c("gold"))
    out = Canvas(SW, SH)
    out.a = np.kron(cv.a, np.ones((2, 2), dtype=np.int16))
    return out


def _crop(cv: Canvas, w: int, h: int) -> Canvas:
    """The top-left ``w`` x ``h`` of a canvas, as a canvas (a full-size gradient cropped to the half-size picture)."""
    out = Canvas(w, h)
    out.a = cv.a[::2, ::2][:h, :w].copy()
    return out


def ride_pose(k: int) -> Pose:
    """John riding, frame ``k`` of two: crouched forward over the bars, bobbing with the bike."""
    return Pose(hip=(20, 40 - k * 0.5), lean=28, ff=(25, GROUND + 1), bf=(23, GROUND + 1), fh=(33, 33 + k),
                bh=(31, 34 + k))


def draw_figure_john(heads) -> Canvas:
    """John as the ``john_rider`` sheet draws him riding (its first frame), for the story picture."""
    from .characters import STYLES
    from .figure import draw_figure

    return draw_figure(STYLES["john"], ride_pose(0), heads)


def build(src: Path, out: Path) -> list[Path]:
    table = parse_table(src / "art" / "tiles_canal.txt")
    painters = {tile: globals()[f"k_{tile}"] for tile, _ in table}
    written = build_tileset("canal", table, painters, out, skip_flags=("decor",))
    for name, fn in (("sky", bg_sky), ("far", bg_far), ("near", bg_near)):
        cv = Canvas(W, H, T if name != "sky" else c("night"))
        fn(cv)
        written.append(cv.save(out / "backgrounds" / f"canal_{name}.png"))
    heads = parse_grids(src / "art" / "heads.txt")
    written.extend(john_rider(heads).write(out / "sprites"))
    written.append(story_picture(heads).save(out / "story" / "canal.png"))
    return written
