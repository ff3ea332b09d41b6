"""First-draft blockout of level 2, the Mall chase; writes levels/mall.tmx (tileset assets/tiles/mall.tsx).

    python tools/levelgen/mall.py [--force]

The map it writes is the level's source from then on (edit it in Tiled); this script
is kept to show how the draft was laid out, section by section:

A. the arcade hall (0-47): shoppers, a guard, John at a machine.  He joins; the T-1000
   walks in at the entrance behind you.
B. the escalators and the upper walkway (48-147): up one escalator, along the walkway
   over the concourse (the T-1000 takes whichever level it finds), down the other.
C. the service corridor (150-205): pipes and concrete.  John runs for the far door while
   the two machines shoot it out; the shutter comes down behind you both, and the liquid
   metal flows under it.
D. the parking garage (206-270): John's dirt bike at the far end is the way out.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tools.levelgen.tmx import Grid, Obj, write_tmx  # noqa: E402

W, H = 272, 34
T = 16
G = 28  # row of the ground floor's surface
U = 18  # row of the upper walkway
CEIL = 7  # the mall's ceiling
CORRIDOR = (150, 205)
CORRIDOR_CEIL = 20

# Tile ids in assets/tiles/mall.tsx (assets/src/art/tiles_mall.txt).
MALL_TILES = {name: i for i, name in enumerate((
    "floor_top", "floor_fill", "walkway", "glass_rail", "escalator", "escalator_rail", "store_wall",
    "storefront_a", "storefront_b", "storefront_c", "neon_red", "neon_blue", "shutter", "shutter_bottom",
    "arcade_cabinet", "arcade_base", "planter", "pipe", "corridor_wall", "concrete", "garage_pillar",
    "exit_sign", "ceiling", "lamp_glow"))}


class MallGrid(Grid):
    def set(self, x: int, y: int, tile: str | None) -> None:
        if 0 <= x < self.w and 0 <= y < self.h:
            self.cells[y][x] = 0 if tile is None else MALL_TILES[tile] + 1


def px(tiles: float) -> float:
    return tiles * T


def escalator(ground: MallGrid, back: MallGrid, x0: int, rising: bool) -> None:
    """Ten treads, two tiles each, from the ground floor to the walkway (left to right up, or down)."""
    for k in range(10):
        row = G - 1 - k
        x = x0 + 2 * k if rising else x0 + 18 - 2 * k
        ground.fill(x, row, x + 1, row, "escalator")
        back.fill(x, row - 1, x + 1, row - 1, "escalator_rail")


def build() -> tuple[list, list, dict]:
    ground, back, front = MallGrid(W, H), MallGrid(W, H), MallGrid(W, H)

    # Floors everywhere; the mall's ceiling over the shops.
    ground.fill(0, G, W - 1, G, "floor_top")
    ground.fill(0, G + 1, W - 1, H - 1, "floor_fill")
    ground.fill(0, CEIL, CORRIDOR[0] - 1, CEIL, "ceiling")
    for x in range(0, CORRIDOR[0]):
        for y in range(CEIL + 1, G):
            back.set(x, y, "store_wall")

    # --- A. arcade hall --------------------------------------------------------------------
    for x in range(4, 46, 8):  # shopfronts along the back wall, neon over them
        for dx in range(5):
            tile = ("storefront_a", "storefront_b", "storefront_c")[(x // 8) % 3]
            back.fill(x + dx, G - 5, x + dx, G - 2, tile)
            back.set(x + dx, G - 7, "neon_red" if (x // 8) % 2 else "neon_blue")
    for x in range(30, 46, 2):  # the arcade's cabinets
        back.set(x, G - 2, "arcade_cabinet")
        back.set(x, G - 1, "arcade_base")
    ground.set(18, G - 1, "planter")

    # --- B. escalators and the walkway -----------------------------------------------------------
    escalator(ground, back, 48, rising=True)
    ground.fill(68, U, 127, U, "walkway")
    for x in range(68, 128):
        back.set(x, U - 1, "glass_rail")
    escalator(ground, back, 128, rising=False)
    for x in range(70, 126, 7):  # upper shops
        for dx in range(4):
            back.fill(x + dx, U - 5, x + dx, U - 2, ("storefront_b", "storefront_c", "storefront_a")[(x // 7) % 3])
            back.set(x + dx, U - 7, "neon_blue" if (x // 7) % 2 else "neon_red")
    for x in range(72, 124, 9):  # lower shops under the walkway
        for dx in range(5):
            back.fill(x + dx, G - 5, x + dx, G - 2, ("storefront_c", "storefront_a", "storefront_b")[(x // 9) % 3])
        back.set(x + 2, U + 2, "lamp_glow")
    ground.set(96, G - 1, "planter")
    ground.set(110, U - 1, "planter")

    # --- C. service corridor ---------------------------------------------------------------------
    c0, c1 = CORRIDOR
    ground.fill(c0, CEIL, c1, CORRIDOR_CEIL, "concrete")
    for x in range(c0, c1 + 1):
        for y in range(CORRIDOR_CEIL + 1, G):
            back.set(x, y, "corridor_wall")
        back.set(x, CORRIDOR_CEIL + 1, "pipe")
        back.set(x, CORRIDOR_CEIL + 3, "pipe" if x % 5 else None)
    for x in range(c0 + 6, c1, 12):
        back.set(x, CORRIDOR_CEIL + 2, "lamp_glow")
    ground.set(172, G - 1, "concrete")  # a step of concrete, and pipes to hop
    ground.set(186, G - 1, "concrete")
    back.set(c1 - 3, G - 4, "exit_sign")

    # --- D. parking garage -----------------------------------------------------------------------
    ground.fill(c1 + 1, CEIL, W - 1, CEIL + 2, "concrete")
    for x in range(c1 + 1, W):
        for y in range(CEIL + 3, G):
            back.set(x, y, "corridor_wall" if y < G - 8 else None)
    for x in range(c1 + 8, W, 14):
        for y in range(CEIL + 3, G):
            back.set(x, y, "garage_pillar")
    back.set(W - 8, G - 5, "exit_sign")
    ground.fill(c1 + 1, G, W - 1, G, "concrete")

    ents = [
        Obj("player_start", px(3), px(G), props={"facing": "right"}),
        Obj("shopper", px(10), px(G), props={"facing": "right"}),
        Obj("shopper", px(22), px(G), props={"facing": "left", "outfit": "b"}),
        Obj("guard", px(26), px(G), props={"facing": "left"}),
        Obj("john", px(40), px(G), name="john", props={"facing": "left", "waiting": True}),
        Obj("pickup", px(44), px(G), props={"item": "shells"}),
        Obj("t1000", px(12), px(G), name="t1000", props={
            "dormant": True, "target": "john", "unkillable": True, "speed": 1.15}),
        Obj("shopper", px(80), px(U), props={"facing": "right", "outfit": "b"}),
        Obj("shopper", px(102), px(U), props={"facing": "left"}),
        Obj("shopper", px(84), px(G), props={"facing": "left"}),
        Obj("shopper", px(112), px(G), props={"facing": "right", "outfit": "b"}),
        Obj("pickup", px(118), px(U), props={"item": "health"}),
        Obj("pickup", px(160), px(G), props={"item": "shells"}),
        Obj("guard", px(232), px(G), props={"facing": "left"}),
        Obj("pickup", px(222), px(G), props={"item": "score"}),
        Obj("dirt_bike", px(264), px(G), props={"facing": "right"}),
        Obj("marker", px(30), px(G), name="restart_hall"),
        Obj("marker", px(100), px(G), name="restart_walkway"),
        Obj("marker", px(138), px(G), name="restart_corridor"),
        Obj("marker", px(190), px(G), name="restart_garage"),
    ]
    full = px(G - CEIL - 1)
    trig = [
        Obj("story", px(1), px(CEIL + 1), px(8), full, props={
            "text": "The Galleria, closing time. John Connor is somewhere in the arcade.", "seconds": 4.5}),
        Obj("story", px(22), px(CEIL + 1), px(2), full, props={
            "text": "Mall security. Fists ({interact}), not the shotgun: there are people everywhere.", "seconds": 4.0}),
        Obj("event", px(30), px(CEIL + 1), px(16), full, name="found_john", props={
            "cond1": "following john",
            "act1": 'caption "A policeman at the entrance. It is here for John. RUN - blast it ({fire}) to buy time." 5',
            "act2": "wake t1000"}),
        Obj("checkpoint", px(46), px(G - 3), px(2), px(3), props={"t1000_restart": "restart_hall"}),
        Obj("story", px(56), px(CEIL + 1), px(2), full, props={
            "text": "Escalator up. John keeps to your heels; hold {aim} and he runs ahead where you point.",
            "seconds": 4.0}),
        Obj("checkpoint", px(70), px(U - 3), px(2), px(3), props={"t1000_restart": "restart_walkway"}),
        Obj("checkpoint", px(152), px(G - 3), px(2), px(3), props={"t1000_restart": "restart_corridor"}),
        Obj("event", px(154), px(CORRIDOR_CEIL + 1), px(6), px(G - CORRIDOR_CEIL - 1), name="corridor", props={
            "cond1": "players_inside", "cond2": "following john",
            "act1": 'caption "Service corridor. John, run for the door! Hold it off him." 4',
            "act2": "send john corridor_end"}),
        Obj("event", px(196), px(CORRIDOR_CEIL + 1), px(8), px(G - CORRIDOR_CEIL - 1), name="corridor_end", props={
            "cond1": "escort_inside john", "act1": 'caption "JOHN: Come on, come on - through here!" 2.5'}),
        Obj("shutter", px(205), px(CORRIDOR_CEIL + 1), px(1), px(G - CORRIDOR_CEIL - 1), name="garage_door"),
        Obj("event", px(207), px(CEIL + 3), px(10), px(G - CEIL - 3), name="into_garage", props={
            "cond1": "players_inside", "cond2": "escort_inside john",
            "act1": "close_shutter garage_door",
            "act2": 'caption "Shutter down. It will not hold it for long." 3'}),
        Obj("checkpoint", px(212), px(G - 3), px(2), px(3), props={"t1000_restart": "restart_garage"}),
        Obj("story", px(240), px(CEIL + 3), px(2), px(G - CEIL - 3), props={
            "text": "John's dirt bike. Get him on it!", "seconds": 3.0}),
        Obj("exit", px(260), px(G - 4), px(8), px(4), props={"next": "canal", "escort": "john"}),
    ]
    layers = [
        ("back", back, {}),
        ("ground", ground, {"collision": True}),
        ("front", front, {"front": True}),
    ]
    objects = [("entities", ents), ("triggers", trig)]
    props = {"title": "Mall Chase", "next": "canal", "music": "level", "background": "mall",
             "intro": "mall", "par_seconds": 180}
    return layers, objects, props


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description="write levels/mall.tmx from this first draft")
    parser.add_argument("--force", action="store_true", help="overwrite levels/mall.tmx")
    args = parser.parse_args()
    out = ROOT / "levels" / "mall.tmx"
    if out.exists() and not args.force:
        print(f"{out} exists and is edited in Tiled now; use --force to overwrite it")
        return 1
    layers, objects, props = build()
    write_tmx(out, W, H, "../assets/tiles/mall.tsx", layers, objects, props)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
