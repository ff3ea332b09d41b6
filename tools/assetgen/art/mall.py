"""The Galleria at closing time: the mall tileset (assets/tiles/mall.png + mall.tsx) and its
parallax backdrop (assets/backgrounds/mall_{sky,far,near}.png).

Tile order and flags come from assets/src/art/tiles_mall.txt; each tile is drawn by the
``m_<name>`` function below.  Bright and busy: polished floor, glass balustrades, neon over
the storefronts, the arcade's cabinets; then the service corridor's pipes and bare concrete
and the garage's painted pillars.
"""

from __future__ import annotations

from pathlib import Path

from .backgrounds import gradient
from .core import Canvas, T, c, hash01
from .tiles import build_tileset, concrete, parse_table

S = 16
W, H = 640, 360


def n(x: int, y: int, seed: int) -> float:
    return hash01(x, y, seed)


# --- tiles -------------------------------------------------------------------------------------
def m_floor_top(cv: Canvas) -> None:
    """Polished terrazzo with a bright lip: the floor you walk on."""
    for y in range(S):
        for x in range(S):
            v = n(x, y, 41)
            cv.px(x, y, c("tan") if v < 0.7 else (c("concrete_hi") if v < 0.9 else c("brown")))
    cv.hline(0, 15, 0, c("white"))
    cv.hline(0, 15, 1, c("concrete_hi"))
    cv.hline(0, 15, 2, c("brown"))
    for x in (3, 11):
        cv.px(x, 1, c("white"))


def m_floor_fill(cv: Canvas) -> None:
    concrete(cv, 43, base="brown", dark="brown_dark", light="tan")


def m_walkway(cv: Canvas) -> None:
    """The upper walkway's slab: floor on top, a lit fascia under it."""
    m_floor_top(cv)
    cv.rect(0, 6, 16, 10, c("steel_dark"))
    cv.hline(0, 15, 6, c("chrome"))
    cv.hline(0, 15, 14, c("ink"))
    for x in range(0, 16, 4):
        cv.px(x + 1, 10, c("gold"))


def m_glass_rail(cv: Canvas) -> None:
    """A glass balustrade: a chrome handrail, pale panes (decor, in front of the walkway's edge)."""
    cv.hline(0, 15, 0, c("chrome"))
    cv.hline(0, 15, 1, c("steel"))
    for y in range(2, 16):
        for x in range(16):
            if (x + y) % 7 == 0:
                cv.px(x, y, c("frost"))
            elif y % 2 == 0 and x % 2 == 0:
                cv.px(x, y, c("frost_dark"))
    cv.vline(0, 1, 15, c("steel"))


def m_escalator(cv: Canvas) -> None:
    """An escalator tread (a stair): ribbed steel, a rubber edge, the truss below."""
    cv.rect(0, 0, 16, 16, c("steel_dark"))
    cv.hline(0, 15, 0, c("gold"))
    cv.hline(0, 15, 1, c("chrome"))
    for x in range(0, 16, 2):
        cv.vline(x, 2, 5, c("steel"))
    cv.hline(0, 15, 6, c("ink"))
    for y in range(7, 16):
        for x in range(16):
            if (x - y) % 8 == 0 or (x + y) % 8 == 0:
                cv.px(x, y, c("steel"))


def m_escalator_rail(cv: Canvas) -> None:
    """The black rubber handrail and glass side of an escalator (decor, drawn behind)."""
    cv.hline(0, 15, 2, c("ink"))
    cv.hline(0, 15, 3, c("leather"))
    for y in range(4, 16):
        for x in range(16):
            if (x + 2 * y) % 9 == 0:
                cv.px(x, y, c("frost_dark"))


def m_store_wall(cv: Canvas) -> None:
    for y in range(S):
        for x in range(S):
            cv.px(x, y, c("blue_dark") if n(x, y, 47) > 0.06 else c("navy"))
    cv.vline(15, 0, 15, c("navy"))


def _storefront(cv: Canvas, tint: str, seed: int) -> None:
    """Shop glass, lit from inside: shelves and goods in the window."""
    cv.rect(0, 0, 16, 16, c("haze"))
    for y in (5, 11):
        cv.hline(0, 15, y, c("steel_dark"))
    for x in range(1, 15):
        if n(x, 1, seed) < 0.6:
            h = 1 + int(n(x, 2, seed) * 3)
            cv.vline(x, 5 - h, 4, c(tint))
        if n(x, 3, seed) < 0.5:
            cv.vline(x, 9, 10, c(tint if n(x, 4, seed) < 0.5 else "white"))
    cv.line(2, 15, 12, 1, c("white"))
    cv.vline(0, 0, 15, c("chrome"))


def m_storefront_a(cv: Canvas) -> None:
    _storefront(cv, "red", 51)


def m_storefront_b(cv: Canvas) -> None:
    _storefront(cv, "gold", 53)


def m_storefront_c(cv: Canvas) -> None:
    _storefront(cv, "green", 55)


def m_neon_red(cv: Canvas) -> None:
    """A neon sign's run of tubing with its glow."""
    cv.rect(0, 0, 16, 16, c("ink"))
    cv.rect(0, 4, 16, 8, c("red_dark"))
    cv.hline(0, 15, 7, c("red"))
    cv.hline(0, 15, 8, c("white"))
    for x in range(0, 16, 5):
        cv.vline(x, 5, 10, c("red"))


def m_neon_blue(cv: Canvas) -> None:
    cv.rect(0, 0, 16, 16, c("ink"))
    cv.rect(0, 4, 16, 8, c("blue"))
    cv.hline(0, 15, 7, c("electric"))
    cv.hline(0, 15, 8, c("white"))
    for x in range(2, 16, 6):
        cv.disc(x + 1, 8, 2, c("electric"))


def m_shutter(cv: Canvas) -> None:
    """A roll-down security shutter (solid): slats of ribbed steel."""
    for y in range(S):
        col = c("steel") if y % 4 else c("steel_dark")
        cv.hline(0, 15, y, col)
        if y % 4 == 1:
            cv.hline(0, 15, y, c("chrome"))
    cv.vline(0, 0, 15, c("ink"))
    cv.vline(15, 0, 15, c("ink"))


def m_shutter_bottom(cv: Canvas) -> None:
    """The shutter's bottom bar with its handle, a hand's breadth off the floor."""
    m_shutter(cv)
    cv.rect(0, 11, 16, 5, c("grey_dark"))
    cv.hline(0, 15, 11, c("gold"))
    cv.rect(6, 13, 4, 2, c("ink"))


def m_gate_panel(cv: Canvas) -> None:
    """The shutter's control box beside the east gate: a keypad and a lamp John can jack."""
    cv.rect(2, 1, 12, 14, c("ink"))
    cv.rect(3, 2, 10, 12, c("grey_dark"))
    cv.rect(4, 3, 8, 3, c("navy"))
    cv.hline(5, 9, 4, c("green"))
    for row in range(3):
        for col in range(3):
            cv.px(5 + 2 * col, 8 + 2 * row, c("chrome"))
    cv.px(11, 9, c("red"))
    cv.vline(8, 14, 15, c("steel_dark"))


def m_desk_top(cv: Canvas) -> None:
    """The security desk's top: a CCTV monitor glowing over the counter (decor)."""
    cv.rect(3, 2, 10, 8, c("ink"))
    cv.rect(4, 3, 8, 6, c("blue_dark"))
    for y in range(3, 9, 2):
        cv.hline(4, 11, y, c("navy"))
    cv.px(6, 5, c("electric"))
    cv.px(9, 6, c("electric"))
    cv.rect(7, 10, 2, 3, c("steel_dark"))
    cv.rect(0, 13, 16, 3, c("tan"))
    cv.hline(0, 15, 13, c("gold"))


def m_desk_front(cv: Canvas) -> None:
    """The security desk's front panel with its badge (decor: people walk past it)."""
    cv.rect(0, 0, 16, 16, c("brown_dark"))
    cv.hline(0, 15, 0, c("ink"))
    cv.rect(5, 4, 6, 6, c("navy"))
    cv.rect(6, 5, 4, 4, c("gold"))
    cv.px(7, 6, c("navy"))
    cv.px(8, 7, c("navy"))
    cv.hline(1, 14, 14, c("ink"))


def m_arcade_cabinet(cv: Canvas) -> None:
    """An arcade machine's glowing screen (decor, two tiles tall with the base below)."""
    cv.rect(1, 0, 14, 16, c("ink"))
    cv.rect(3, 2, 10, 8, c("navy"))
    for x in range(4, 12):
        if n(x, 5, 61) < 0.5:
            cv.px(x, 4 + int(n(x, 6, 61) * 4), c("electric"))
    cv.px(6, 8, c("gold"))
    cv.px(9, 6, c("red"))
    cv.hline(1, 14, 0, c("red"))
    cv.rect(2, 12, 12, 3, c("steel_dark"))
    cv.px(5, 13, c("red"))
    cv.px(9, 13, c("gold"))
    cv.px(10, 13, c("electric"))


def m_arcade_base(cv: Canvas) -> None:
    cv.rect(1, 0, 14, 16, c("ink"))
    cv.rect(2, 1, 12, 14, c("blue_dark"))
    cv.rect(6, 6, 4, 3, c("gold"))
    cv.vline(1, 0, 15, c("red_dark"))
    cv.vline(14, 0, 15, c("red_dark"))


def m_planter(cv: Canvas) -> None:
    """A planter box with a palm's fronds (solid: a step a person hops)."""
    cv.rect(0, 6, 16, 10, c("brown_dark"))
    cv.hline(0, 15, 6, c("tan"))
    for x in range(16):
        if n(x, 0, 67) < 0.6:
            cv.vline(x, int(n(x, 1, 67) * 4), 5, c("green" if n(x, 2, 67) < 0.5 else "green_dark"))


def m_pipe(cv: Canvas) -> None:
    """Service corridor: a run of pipe."""
    cv.rect(0, 4, 16, 7, c("rust"))
    cv.hline(0, 15, 5, c("amber"))
    cv.hline(0, 15, 10, c("brown_dark"))
    cv.rect(7, 3, 2, 9, c("steel"))


def m_corridor_wall(cv: Canvas) -> None:
    concrete(cv, 71, base="grey_dark", dark="ink", light="grey")
    cv.hline(0, 15, 12, c("amber"))


def m_concrete(cv: Canvas) -> None:
    """Bare concrete (solid): the corridor's and the garage's floors and walls."""
    concrete(cv, 73)
    cv.hline(0, 15, 0, c("concrete_hi"))


def m_garage_pillar(cv: Canvas) -> None:
    cv.rect(3, 0, 10, 16, c("grey"))
    cv.vline(3, 0, 15, c("grey_light"))
    cv.vline(12, 0, 15, c("grey_dark"))
    for y in range(0, 16, 8):
        cv.rect(3, y, 10, 3, c("gold"))
        cv.rect(3, y + 1, 10, 1, c("ink"))


def m_exit_sign(cv: Canvas) -> None:
    cv.rect(1, 4, 14, 8, c("green_dark"))
    cv.rect(2, 5, 12, 6, c("green"))
    cv.line(4, 8, 11, 8, c("white"))
    cv.line(9, 6, 11, 8, c("white"))
    cv.line(9, 10, 11, 8, c("white"))


def m_ceiling(cv: Canvas) -> None:
    """The mall's ceiling (solid) with a strip of light."""
    cv.rect(0, 0, 16, 16, c("navy"))
    cv.hline(0, 15, 15, c("steel_dark"))
    cv.rect(2, 12, 12, 2, c("white"))
    cv.hline(2, 13, 14, c("frost"))


def m_lamp_glow(cv: Canvas) -> None:
    """A pool of light on the wall (decor)."""
    for y in range(S):
        for x in range(S):
            d = ((x - 7.5) ** 2 + (y - 2) ** 2) ** 0.5
            if d < 7 and n(x, y, 79) < 0.7 - d / 12:
                cv.px(x, y, c("gold"))


# --- backdrop ------------------------------------------------------------------------------------
def bg_sky(cv: Canvas) -> None:
    """The atrium's skylight at night: deep blue through a grid of glass."""
    gradient(cv, [(0.0, "ink"), (0.4, "night"), (1.0, "navy")])
    for x in range(0, W, 40):
        cv.vline(x, 0, H - 1, c("blue_dark"))
    for y in range(0, H, 40):
        cv.hline(0, W - 1, y, c("blue_dark"))


def bg_far(cv: Canvas) -> None:
    """The far side of the atrium: two tiers of lit shopfronts, signs in neon."""
    for tier, base in ((0, 150), (1, 260)):
        cv.rect(0, base - 70, W, 80, c("blue_dark"))
        cv.hline(0, W - 1, base + 8, c("steel"))
        for k in range(16):
            x = k * 40 + 4
            tint = ("red", "gold", "green", "electric")[(k + tier) % 4]
            cv.rect(x, base - 46, 32, 48, c("haze"))
            for i in range(32):
                if hash01(k, i, tier) < 0.5:
                    cv.vline(x + i, base - 30 + int(hash01(i, k, 7) * 10), base - 20, c(tint))
            cv.rect(x + 4, base - 62, 24, 8, c("ink"))
            cv.hline(x + 6, x + 25, base - 58, c(tint))
    cv.rect(0, 300, W, 60, c("navy"))


def bg_near(cv: Canvas) -> None:
    """Columns and hanging banners close by, a little darker."""
    for k in range(4):
        x = k * 160 + 60
        cv.rect(x, 0, 18, H, c("navy"))
        cv.vline(x, 0, H - 1, c("blue"))
        cv.rect(x + 24, 40, 26, 70, c(("red_dark", "blue", "green_dark", "rust")[k]))
        cv.hline(x + 24, x + 49, 40, c("gold"))


def build(src: Path, out: Path) -> list[Path]:
    table = parse_table(src / "art" / "tiles_mall.txt")
    painters = {tile: globals()[f"m_{tile}"] for tile, _ in table}
    written = build_tileset("mall", table, painters, out, skip_flags=("decor",))
    for name, fn in (("sky", bg_sky), ("far", bg_far), ("near", bg_near)):
        cv = Canvas(W, H, T if name != "sky" else c("night"))
        fn(cv)
        written.append(cv.save(out / "backgrounds" / f"mall_{name}.png"))
    return written
