"""The freeway tileset: 32 procedurally drawn 16x16 tiles + a Tiled 1.10 external tileset (.tsx).

The tile order and properties are read from assets/src/art/tiles_freeway.txt;
each tile is drawn by the function of the same name below. Light comes from
the top-left; decor tiles sit on background layers and are drawn a step darker.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import quoteattr

from .core import Canvas, T, c, hash01

S = 16


def n(x: int, y: int, seed: int) -> float:
    return hash01(x, y, seed)


# --- shared textures ------------------------------------------------------------------------
def concrete(cv: Canvas, seed: int, base="grey", dark="grey_dark", light="grey_light", y0: int = 0) -> None:
    for y in range(y0, S):
        for x in range(S):
            v = n(x, y, seed)
            col = base
            if v < 0.05:
                col = dark
            elif v > 0.965 and n(x + 1, y, seed) > 0.5:
                col = light
            cv.px(x, y, c(col))
    # a faint slab joint and a couple of pores in clusters
    for k in range(3):
        px, py = int(n(k, 1, seed) * 14) + 1, int(n(k, 2, seed) * (S - y0 - 2)) + y0 + 1
        cv.px(px, py, c(dark))
        cv.px(px + 1, py, c("ink") if k == 0 else c(dark))


def t_concrete_top(cv: Canvas) -> None:
    concrete(cv, 11)
    cv.hline(0, 15, 0, c("concrete_hi"))
    cv.hline(0, 15, 1, c("concrete"))
    for x in range(S):
        if n(x, 0, 5) < 0.25:
            cv.px(x, 1, c("grey_light"))
        if n(x, 3, 5) < 0.15:
            cv.px(x, 0, c("concrete"))
    cv.hline(0, 15, 2, c("grey_light"))
    cv.hline(0, 15, 3, c("grey"))


def t_concrete_fill(cv: Canvas) -> None:
    concrete(cv, 12)


def t_concrete_edge_left(cv: Canvas) -> None:
    concrete(cv, 13)
    cv.vline(0, 0, 15, c("concrete"))
    cv.vline(1, 0, 15, c("grey_light"))


def t_concrete_edge_right(cv: Canvas) -> None:
    concrete(cv, 14)
    cv.vline(15, 0, 15, c("ink"))
    cv.vline(14, 0, 15, c("grey_dark"))


def t_drain_wall(cv: Canvas) -> None:
    cv.rect(0, 0, S, S, c("grey_dark"))
    for row, (y0, off) in enumerate(((0, 0), (8, 8))):
        for bx in range(-8, 16, 16):
            x0 = bx + off
            for y in range(y0, y0 + 7):
                for x in range(x0, x0 + 15):
                    if 0 <= x < S:
                        v = n(x, y, 20 + row)
                        cv.px(x, y, c("steel_dark") if v > 0.12 else c("grey"))
            cv.hline(x0, x0 + 14, y0, c("steel"))
            cv.vline(x0, y0, y0 + 6, c("steel"))
            cv.hline(x0 + 1, x0 + 14, y0 + 6, c("navy"))
    # wet streaks running down
    for x in (4, 11):
        for y in range(2, 15):
            if n(x, y, 23) < 0.7:
                cv.px(x, y, c("water_dark"))
    cv.px(11, 14, c("green_dark"))
    cv.px(4, 15, c("green_dark"))


def t_drain_floor(cv: Canvas) -> None:
    concrete(cv, 30, base="steel_dark", dark="navy", light="grey")
    cv.hline(0, 15, 0, c("water_hi"))
    cv.hline(0, 15, 1, c("water"))
    for x in range(S):
        if n(x, 1, 31) < 0.3:
            cv.px(x, 0, c("frost_dark"))
        if n(x, 2, 31) < 0.5:
            cv.px(x, 2, c("water_dark"))
    cv.px(5, 0, c("frost"))
    cv.px(12, 0, c("frost"))


def t_grate(cv: Canvas) -> None:
    cv.hline(0, 15, 0, c("chrome"))
    cv.hline(0, 15, 1, c("steel"))
    cv.hline(0, 15, 2, c("steel_dark"))
    for y in range(3, 6):
        for x in range(S):
            if x % 4 in (0, 1) or y == 5:
                cv.px(x, y, c("steel_dark") if x % 4 == 1 or y == 5 else c("steel"))
    cv.hline(0, 15, 6, c("ink"))
    for x in (0, 8):
        cv.px(x + 2, 1, c("white"))


def t_scaffold_plank(cv: Canvas) -> None:
    cv.hline(0, 15, 0, c("tan"))
    cv.rect(0, 1, S, 3, c("brown"))
    cv.hline(0, 15, 4, c("brown_dark"))
    cv.hline(0, 15, 5, c("ink"))
    for x in range(S):
        if n(x, 2, 40) < 0.2:
            cv.px(x, 2, c("brown_dark"))
    cv.px(2, 2, c("steel"))
    cv.px(13, 2, c("steel"))
    cv.vline(7, 1, 4, c("brown_dark"))


def ladder(cv: Canvas, rail: str, rail_shade: str, rung: str, rung_shade: str, rungs=(2, 7, 12)) -> None:
    """A ladder tile: two rails, a rung every five pixels (each level paints it in its own colours)."""
    for x0 in (2, 12):
        cv.vline(x0, 0, 15, c(rail))
        cv.vline(x0 + 1, 0, 15, c(rail_shade))
    for y in rungs:
        cv.hline(4, 11, y, c(rung))
        cv.hline(4, 11, y + 1, c(rung_shade))


def t_ladder(cv: Canvas) -> None:
    ladder(cv, "steel", "steel_dark", "chrome", "steel_dark")


def t_scaffold_pole(cv: Canvas) -> None:
    cv.vline(7, 0, 15, c("steel"))
    cv.vline(8, 0, 15, c("steel_dark"))
    cv.rect(6, 5, 4, 3, c("steel_dark"))
    cv.hline(6, 9, 5, c("steel"))
    # diagonal brace, behind
    for i in range(S):
        if not 6 <= i <= 9:
            cv.px(i, 15 - i, c("navy"))


def t_water_top(cv: Canvas) -> None:
    for y in range(3, S):
        for x in range(S):
            cv.px(x, y, c("water") if (x + y) % 2 or y < 8 else c("water_dark"))
    for x in range(S):
        crest = 3 + (1 if (x // 4) % 2 else 0)
        cv.px(x, crest, c("water_hi"))
        if crest == 4:
            cv.px(x, 3, T)
    cv.px(3, 3, c("frost"))
    cv.px(11, 4, c("frost"))
    cv.px(6, 7, c("water_hi"))
    cv.px(13, 9, c("water_hi"))


def t_water_deep(cv: Canvas) -> None:
    for y in range(S):
        for x in range(S):
            cv.px(x, y, c("water_dark") if (x + y) % 2 or y > 8 else c("water"))
    cv.px(4, 3, c("water_hi"))
    cv.px(10, 6, c("water"))
    cv.px(11, 6, c("water"))


def t_pillar_cap(cv: Canvas) -> None:
    concrete(cv, 50, base="concrete", dark="grey", light="concrete_hi")
    cv.hline(0, 15, 0, c("concrete_hi"))
    cv.hline(0, 15, 5, c("grey"))
    cv.hline(0, 15, 6, c("grey_dark"))
    for y in range(7, S):
        cv.px(0, y, c("grey_light"))
        cv.px(15, y, c("grey_dark"))
    cv.vline(1, 7, 15, c("concrete"))


def t_pillar(cv: Canvas) -> None:
    concrete(cv, 51, base="grey_light", dark="grey", light="concrete")
    cv.vline(0, 0, 15, c("concrete_hi"))
    cv.vline(1, 0, 15, c("concrete"))
    for x in (12, 13):
        cv.vline(x, 0, 15, c("grey"))
    cv.vline(14, 0, 15, c("grey_dark"))
    cv.vline(15, 0, 15, c("ink"))
    for y in range(S):
        if n(5, y, 52) < 0.5:
            cv.px(6, y, c("grey"))


def t_deck_under(cv: Canvas) -> None:
    cv.rect(0, 0, S, S, c("grey_dark"))
    for y in range(S):
        for x in range(S):
            if n(x, y, 60) < 0.1:
                cv.px(x, y, c("navy"))
    for x0 in (2, 10):
        cv.rect(x0, 0, 4, S, c("grey"))
        cv.vline(x0, 0, 15, c("grey_light"))
        cv.vline(x0 + 3, 0, 15, c("leather"))
    cv.hline(0, 15, 15, c("ink"))


def t_deck_rail(cv: Canvas) -> None:
    cv.hline(0, 15, 0, c("chrome"))
    cv.hline(0, 15, 1, c("steel"))
    cv.hline(0, 15, 2, c("steel_dark"))
    for x0 in (1, 9):
        cv.rect(x0, 3, 2, 5, c("steel"))
        cv.vline(x0 + 1, 3, 7, c("steel_dark"))
    cv.hline(0, 15, 5, c("steel_dark"))
    concrete(cv, 61, base="grey_light", dark="grey", light="concrete", y0=8)
    cv.hline(0, 15, 8, c("concrete_hi"))
    cv.hline(0, 15, 13, c("grey"))
    cv.hline(0, 15, 14, c("grey_dark"))
    cv.hline(0, 15, 15, c("ink"))


def t_pipe_h(cv: Canvas) -> None:
    rows = ["steel", "steel", "steel_dark", "steel_dark", "navy", "ink"]
    for i, col in enumerate(rows):
        cv.hline(0, 15, 5 + i, c(col))
    cv.hline(0, 15, 5, c("steel"))
    cv.rect(6, 4, 3, 8, c("steel_dark"))
    cv.vline(6, 4, 11, c("steel"))
    cv.px(7, 5, c("chrome"))
    cv.px(12, 9, c("rust"))
    cv.px(13, 9, c("rust"))


def t_pipe_v(cv: Canvas) -> None:
    cols = ["steel", "steel", "steel_dark", "steel_dark", "navy", "ink"]
    for i, col in enumerate(cols):
        cv.vline(5 + i, 0, 15, c(col))
    cv.rect(4, 6, 8, 3, c("steel_dark"))
    cv.hline(4, 11, 6, c("steel"))
    cv.px(5, 7, c("chrome"))
    cv.px(8, 12, c("rust"))
    cv.px(8, 13, c("rust"))


def t_fence(cv: Canvas) -> None:
    for y in range(S):
        for x in range(S):
            if (x + y) % 6 == 0 or (x - y) % 6 == 0:
                cv.px(x, y, c("steel_dark"))
    cv.hline(0, 15, 0, c("steel"))
    cv.hline(0, 15, 1, c("navy"))


def t_barrel(cv: Canvas) -> None:
    cv.rect(2, 1, 12, 15, c("red_dark"))
    cv.rect(3, 1, 3, 15, c("rust"))
    cv.vline(4, 1, 15, c("red"))
    cv.vline(12, 1, 15, c("brown_dark"))
    cv.vline(13, 1, 15, c("ink"))
    for y in (1, 6, 11):
        cv.hline(2, 13, y, c("brown_dark"))
    cv.hline(2, 13, 0, c("ink"))
    cv.vline(1, 1, 15, c("ink"))
    cv.vline(14, 1, 15, c("ink"))
    cv.hline(3, 12, 1, c("rust"))
    cv.px(8, 8, c("gold"))
    cv.px(9, 8, c("amber"))


def t_sign_warning(cv: Canvas) -> None:
    cv.vline(7, 10, 15, c("steel_dark"))
    cv.vline(8, 10, 15, c("navy"))
    for y in range(10):
        half = y if y < 5 else 9 - y
        cv.hline(7 - half, 8 + half, y + 0, c("amber"))
        if 0 < y < 9:
            cv.hline(8 - half, 7 + half, y, c("gold") if half > 0 else c("amber"))
    cv.vline(7, 2, 5, c("ink"))
    cv.px(7, 7, c("ink"))
    cv.vline(8, 3, 5, c("brown_dark"))


def t_wall_graffiti(cv: Canvas) -> None:
    t_wall_back(cv)
    # original scribbles: a loop, a zig-zag and a star, no letters
    for i in range(10):
        x = 2 + i
        y = 5 + (i % 4 if i % 8 < 4 else 3 - i % 4)
        cv.px(x, y, c("red"))
        cv.px(x, y + 1, c("red_dark"))
    for i in range(12):
        cv.px(3 + i, 11 + (1 if i % 3 == 0 else 0), c("green"))
    cv.px(12, 2, c("frost_dark"))
    cv.px(11, 3, c("frost_dark"))
    cv.px(13, 3, c("frost_dark"))
    cv.px(12, 4, c("frost_dark"))
    cv.px(12, 3, c("frost"))


def t_bars(cv: Canvas) -> None:
    for x0 in (1, 6, 11):
        cv.vline(x0, 0, 15, c("chrome"))
        cv.vline(x0 + 1, 0, 15, c("steel"))
        cv.vline(x0 + 2, 0, 15, c("steel_dark"))
    cv.rect(0, 6, 16, 2, c("steel_dark"))
    cv.hline(0, 15, 6, c("steel"))


def t_rebar_spikes(cv: Canvas) -> None:
    for i, (x, top) in enumerate(((2, 3), (6, 1), (10, 4), (13, 2))):
        for y in range(top, 12):
            cv.px(x, y, c("rust") if y > top else c("chrome"))
            cv.px(x + 1, y, c("brown_dark") if y > top + 1 else c("steel"))
        cv.px(x, top + 4 + i % 3, c("amber"))
    for y in range(11, S):
        for x in range(S):
            cv.px(x, y, c("grey") if n(x, y, 70) > 0.3 else c("grey_dark"))
    cv.hline(0, 15, 11, c("grey_light"))


def _rocks(cv: Canvas, seed: int, top: int) -> None:
    centers = [(int(n(k, 0, seed) * 16), top + int(n(k, 1, seed) * (S - top)), 2 + int(n(k, 2, seed) * 3))
               for k in range(9)]
    for y in range(S):
        for x in range(S):
            best, which = 99.0, -1
            for k, (cx, cy, r) in enumerate(centers):
                for wrap in (-16, 0, 16):
                    d = ((x - cx - wrap) ** 2 + (y - cy) ** 2) ** 0.5 / r
                    if d < best:
                        best, which = d, k
            if y < top and best > 1.0:
                continue
            tone = ("grey", "grey_light", "steel_dark", "concrete")[which % 4]
            col = tone
            if best > 0.85:
                col = "grey_dark"
            cv.px(x, y, c(col))
    # light on the top-left of each rock
    a = cv.a.copy()
    for y in range(1, S):
        for x in range(1, S):
            if a[y, x] != T and a[y, x] != c("grey_dark") and (a[y - 1, x] in (T, c("grey_dark"))):
                cv.px(x, y, c("concrete_hi") if a[y, x] in (c("concrete"), c("grey_light")) else c("concrete"))


def t_crate(cv: Canvas) -> None:
    cv.rect(0, 0, S, S, c("brown"))
    for y in (0, 5, 10):
        cv.hline(0, 15, y, c("tan"))
        cv.hline(0, 15, y + 4, c("brown_dark"))
    cv.rect(0, 0, 2, S, c("brown_dark"))
    cv.rect(14, 0, 2, S, c("brown_dark"))
    cv.vline(0, 0, 15, c("tan"))
    for i in range(12):
        cv.px(2 + i, 13 - i, c("tan"))
        cv.px(2 + i, 14 - i, c("brown_dark"))
    cv.vline(15, 0, 15, c("ink"))
    cv.hline(0, 15, 15, c("ink"))


def t_rubble_top(cv: Canvas) -> None:
    _rocks(cv, 80, 5)
    for x in range(S):
        y = 4 + int(2 * n(x // 3, 0, 81))
        for yy in range(y):
            cv.px(x, yy, T)


def t_rubble_fill(cv: Canvas) -> None:
    _rocks(cv, 82, 0)


def t_drain_outlet(cv: Canvas) -> None:
    t_wall_back(cv)
    cv.disc(8, 8, 8, c("steel_dark"))
    cv.disc(8, 8, 7, c("grey"))
    cv.disc(7.5, 7.5, 6.5, c("grey_light"))
    cv.disc(8.5, 8.5, 6, c("ink"))
    cv.disc(8.5, 8.5, 4.5, c("night"))
    for y in range(11, 16):
        cv.px(8, y, c("water_hi") if y % 2 else c("water"))
    cv.px(9, 13, c("water"))


def t_lamp(cv: Canvas) -> None:
    # a cobra-head street lamp on an arm, its sodium glow spilling below
    cv.vline(2, 1, 15, c("steel_dark"))
    cv.vline(3, 1, 15, c("navy"))
    cv.line(3, 2, 7, 1, c("steel_dark"))
    cv.poly([(7, 0), (15, 1), (15, 4), (8, 4)], c("grey"))
    cv.hline(7, 14, 0, c("steel"))
    cv.hline(9, 14, 4, c("gold"))
    cv.hline(10, 13, 5, c("sodium"))
    for y in range(6, 16):
        for x in range(7, 16):
            d = abs(x - 11.5) - (y - 5) * 0.35
            if d < 1.5 and (x + y) % 2 == 0 and y < 6 + 10 * (1 - abs(x - 11.5) / 5):
                cv.px(x, y, c("amber") if y > 9 else c("orange"))


def t_wall_back(cv: Canvas) -> None:
    for y in range(S):
        for x in range(S):
            v = n(x, y, 90)
            cv.px(x, y, c("navy") if v > 0.1 else c("night"))
    cv.hline(0, 15, 7, c("night"))
    cv.vline(11, 0, 6, c("night"))
    cv.vline(4, 8, 15, c("night"))
    cv.px(2, 3, c("steel_dark"))
    cv.px(13, 12, c("steel_dark"))


def t_girder(cv: Canvas) -> None:
    cv.hline(0, 15, 0, c("steel"))
    cv.rect(0, 1, S, 2, c("rust"))
    cv.hline(0, 15, 3, c("brown_dark"))
    cv.rect(0, 4, S, 8, c("red_dark"))
    for x0 in (2, 10):
        cv.disc(x0 + 2, 8, 2.2, c("ink"))
    cv.px(0, 4, c("rust"))
    for x in (0, 8):
        cv.vline(x, 4, 11, c("rust"))
        cv.vline(x + 1, 4, 11, c("brown_dark"))
    cv.hline(0, 15, 12, c("rust"))
    cv.rect(0, 13, S, 2, c("brown"))
    cv.hline(0, 15, 15, c("ink"))
    for x in (2, 6, 10, 14):
        cv.px(x, 1, c("amber"))
        cv.px(x, 13, c("amber"))


def t_concrete_slope_dummy(cv: Canvas) -> None:
    concrete(cv, 95, base="grey", dark="grey_dark", light="grey")
    path = [(3, 0), (4, 2), (6, 3), (6, 5), (8, 7), (9, 9), (8, 11), (10, 13), (11, 15)]
    for (x0, y0), (x1, y1) in zip(path, path[1:]):
        cv.line(x0, y0, x1, y1, c("ink"))
    cv.line(6, 5, 2, 8, c("grey_dark"))
    cv.line(9, 9, 13, 8, c("grey_dark"))


def t_road_fill_crack(cv: Canvas) -> None:
    """The fill with a hairline crack wandering across it (placed here and there under the road)."""
    concrete(cv, 12)
    path = [(0, 9), (3, 8), (5, 9), (8, 7), (10, 8), (13, 6), (15, 7)]
    for (x0, y0), (x1, y1) in zip(path, path[1:]):
        cv.line(x0, y0, x1, y1, c("grey_dark"))
    cv.line(8, 7, 9, 4, c("grey_dark"))
    cv.px(5, 10, c("ink"))


def t_road_fill_patch(cv: Canvas) -> None:
    """A square of newer, darker repair work with a lighter seam round it."""
    concrete(cv, 12)
    for y in range(4, 12):
        for x in range(3, 13):
            if n(x, y, 77) < 0.55:
                cv.px(x, y, c("grey_dark"))
    cv.hline(3, 12, 3, c("grey_dark"))
    cv.hline(3, 12, 12, c("grey_light"))


def t_road_fill_deep(cv: Canvas) -> None:
    """Deeper in the deck, in shadow: a darker band so the floor is not a flat grey wall."""
    concrete(cv, 13, base="grey_dark", dark="steel_dark", light="grey")


def parse_table(path: Path) -> list[tuple[str, dict[str, bool]]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split(";")[0].strip()
        if not line:
            continue
        parts = line.split()
        rows.append((parts[1], {flag: True for flag in parts[2:]}))
    return rows


def build_tileset(name: str, table: list[tuple[str, dict[str, bool]]], painters: dict, out: Path,
                  skip_flags: tuple[str, ...] = ()) -> list[Path]:
    """Paint each tile of ``table`` (``painters[tile name]``) into ``tiles/<name>.png`` and write
    the Tiled tileset ``tiles/<name>.tsx`` with each tile's name and flags as properties."""
    cols = 8
    rows = (len(table) + cols - 1) // cols
    sheet = Canvas(cols * S, rows * S)
    for i, (tile, _flags) in enumerate(table):
        cv = Canvas(S, S)
        painters[tile](cv)
        sheet.blit(cv, (i % cols) * S, (i // cols) * S)
    png = sheet.save(out / "tiles" / f"{name}.png")
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<tileset version="1.10" tiledversion="1.10.2" name="{name}" tilewidth="{S}" tileheight="{S}" '
        f'tilecount="{len(table)}" columns="{cols}">',
        f' <image source="{name}.png" width="{sheet.w}" height="{sheet.h}"/>',
    ]
    for i, (tile, flags) in enumerate(table):
        lines.append(f' <tile id="{i}">')
        lines.append("  <properties>")
        lines.append(f'   <property name="name" value={quoteattr(tile)}/>')
        for flag in flags:
            if flag not in skip_flags:
                lines.append(f'   <property name="{flag}" type="bool" value="true"/>')
        lines.append("  </properties>")
        lines.append(" </tile>")
    lines.append("</tileset>")
    tsx = out / "tiles" / f"{name}.tsx"
    tsx.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [png, tsx]


def build(src: Path, out: Path) -> list[Path]:
    table = parse_table(src / "art" / "tiles_freeway.txt")
    return build_tileset("freeway", table, {tile: globals()[f"t_{tile}"] for tile, _ in table}, out)
