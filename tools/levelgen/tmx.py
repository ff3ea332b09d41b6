"""A tiny writer for Tiled maps, used to block out a level's first draft in code.

After the first draft the ``.tmx`` in ``levels/`` is the source of truth:
open it in Tiled and edit it there.  The blockout scripts refuse to
overwrite an existing map unless asked with ``--force``.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import quoteattr

# Tile ids in assets/tiles/freeway.tsx (gid = id + 1).
TILES = {
    "concrete_top": 0, "concrete_fill": 1, "concrete_edge_left": 2, "concrete_edge_right": 3,
    "drain_wall": 4, "drain_floor": 5, "grate": 6, "scaffold_plank": 7, "ladder": 8, "scaffold_pole": 9,
    "water_top": 10, "water_deep": 11, "pillar_cap": 12, "pillar": 13, "deck_under": 14, "deck_rail": 15,
    "pipe_h": 16, "pipe_v": 17, "fence": 18, "barrel": 19, "sign_warning": 20, "wall_graffiti": 21,
    "bars": 22, "rebar_spikes": 23, "crate": 24, "rubble_top": 25, "rubble_fill": 26, "drain_outlet": 27,
    "lamp": 28, "wall_back": 29, "girder": 30, "concrete_crack": 31,
}


@dataclass
class Obj:
    kind: str
    x: float
    y: float
    w: float = 0
    h: float = 0
    name: str = ""
    props: dict = field(default_factory=dict)


class Grid:
    def __init__(self, w: int, h: int) -> None:
        self.w, self.h = w, h
        self.cells = [[0] * w for _ in range(h)]

    def set(self, x: int, y: int, tile: str | None) -> None:
        if 0 <= x < self.w and 0 <= y < self.h:
            self.cells[y][x] = 0 if tile is None else TILES[tile] + 1

    def get(self, x: int, y: int) -> int:
        if 0 <= x < self.w and 0 <= y < self.h:
            return self.cells[y][x]
        return 0

    def fill(self, x0: int, y0: int, x1: int, y1: int, tile: str | None) -> None:
        """Fill the inclusive rectangle."""
        for y in range(y0, y1 + 1):
            for x in range(x0, x1 + 1):
                self.set(x, y, tile)


def _prop(name: str, value) -> str:
    if isinstance(value, bool):
        return f'<property name="{name}" type="bool" value="{str(value).lower()}"/>'
    if isinstance(value, int):
        return f'<property name="{name}" type="int" value="{value}"/>'
    if isinstance(value, float):
        return f'<property name="{name}" type="float" value="{value}"/>'
    return f'<property name="{name}" value={quoteattr(str(value))}/>'


def _props(props: dict, indent: str) -> str:
    if not props:
        return ""
    inner = "".join(f"{indent} {_prop(k, v)}\n" for k, v in props.items())
    return f"{indent}<properties>\n{inner}{indent}</properties>\n"


def write_tmx(path: Path, w: int, h: int, tileset: str, layers: list[tuple[str, Grid, dict]],
              object_layers: list[tuple[str, list[Obj]]], props: dict) -> None:
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n',
           f'<map version="1.10" tiledversion="1.10.2" orientation="orthogonal" renderorder="right-down" '
           f'width="{w}" height="{h}" tilewidth="16" tileheight="16" infinite="0" nextlayerid="{len(layers) + len(object_layers) + 1}" '
           f'nextobjectid="{sum(len(o) for _, o in object_layers) + 1}">\n',
           _props(props, " "),
           f' <tileset firstgid="1" source="{tileset}"/>\n']
    lid = 1
    for name, grid, lprops in layers:
        out.append(f' <layer id="{lid}" name="{name}" width="{w}" height="{h}">\n')
        out.append(_props(lprops, "  "))
        rows = [",".join(str(v) for v in row) for row in grid.cells]
        out.append('  <data encoding="csv">\n' + ",\n".join(rows) + "\n  </data>\n </layer>\n")
        lid += 1
    oid = 1
    for name, objs in object_layers:
        out.append(f' <objectgroup id="{lid}" name="{name}">\n')
        lid += 1
        for o in objs:
            attrs = f'id="{oid}"' + (f' name={quoteattr(o.name)}' if o.name else "") + f' type="{o.kind}" x="{o.x:g}" y="{o.y:g}"'
            if o.w or o.h:
                attrs += f' width="{o.w:g}" height="{o.h:g}"'
            oid += 1
            body = _props(o.props, "   ")
            if not (o.w or o.h):
                body += "   <point/>\n"
            out.append(f"  <object {attrs}>\n{body}  </object>\n")
        out.append(" </objectgroup>\n")
    out.append("</map>\n")
    path.write_text("".join(out), encoding="utf-8")


def generator_main(name: str, w: int, h: int, build: Callable[[], tuple[list, list, dict]]) -> int:
    """The command line every level generator shares: write ``levels/<name>.tmx``, never over edits."""
    parser = argparse.ArgumentParser(description=f"write levels/{name}.tmx from this first draft")
    parser.add_argument("--force", action="store_true", help=f"overwrite levels/{name}.tmx")
    args = parser.parse_args()
    out = Path(__file__).resolve().parents[2] / "levels" / f"{name}.tmx"
    if out.exists() and not args.force:
        print(f"{out} exists and is edited in Tiled now; use --force to overwrite it")
        return 1
    layers, objects, props = build()
    write_tmx(out, w, h, "../assets/tiles/freeway.tsx", layers, objects, props)
    print(f"wrote {out}")
    return 0
