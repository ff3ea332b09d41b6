"""First-draft blockout of level 5, Dyson's house; writes levels/dyson.tmx (tileset assets/tiles/dyson.tsx).

    python tools/levelgen/dyson.py [--force]

The map it writes is the level's source from then on (edit it in Tiled); this script
is kept to show how the draft was laid out, section by section:

A. the road and the garden steps (0-20): Sarah leaves the car and climbs into the dark.
B. the lawn (20-50): hedges to hop and a security light on a pole over the far end of the lawn.
   Walk into its light and the house sees you; shoot the lamp out from the dark first (the aim
   the whole level asks for, on something that is not a person).
C. the pool (50-70): down the pool's side into the water, across its floor, up the steps.
D. the terrace (70-84): the study below, through the glass: Dyson at his desk, his back to the
   window.  Stand at the edge, aim down and forward, walk the laser dot onto his shoulder, fire.
   The yard under the terrace is in the windows' light until he is hit.
E. the house (84-128): the glass wall gone, the family kneeling by him; Sarah cannot fire.  John
   and the T-800 come in behind her; the T-800 shows Dyson its arm; out by the front door with John.

The geometry of the shot (E's numbers): the terrace's surface is row GARDEN, the house's floor
HOUSE rows below it, the glass wall at column GLASS and Dyson's back 24 px inside it, so a
45-degree line from a rifle held on the terrace edge passes over the edge, through the glass
under the roof, and reaches his shoulder, wherever on the rifle the muzzle is.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tools.levelgen.tmx import Grid, Obj, write_tmx  # noqa: E402

W, H = 132, 34
T = 16
ROAD = 30  # row of the road's surface
GARDEN = 25  # row of the lawn, the pool deck and the terrace
HOUSE = 29  # row of the house's floor (and the yard under the terrace)
ROOF = 23  # the house's roof slab; the rooms are rows ROOF+1 .. HOUSE-1
POOL = (52, 69)  # the pool's walls; water between them, rows GARDEN+1 .. GARDEN+4
TERRACE_END = 84  # first column past the terrace: the yard, then the glass
GLASS = 86  # the house's west wall of glass
EAST = 127  # the house's east wall
LAMP_ROW = 15  # the floodlight's lamp: the top of its area

# Tile ids in assets/tiles/dyson.tsx (assets/src/art/tiles_dyson.txt).
DYSON_TILES = {name: i for i, name in enumerate((
    "grass_top", "soil", "stone_top", "stone", "deck_top", "deck_fill", "pool_wall", "water_top", "water",
    "floor", "slab", "hedge", "glass_dark", "window_lit", "wall_in", "bookshelf", "desk", "computer", "sofa",
    "plant", "lamp", "palm_trunk", "palm_top", "tree", "fence", "pole", "diving_board", "rail", "kitchen",
    "door", "painting", "pool_step"))}


class DysonGrid(Grid):
    def set(self, x: int, y: int, tile: str | None) -> None:
        if 0 <= x < self.w and 0 <= y < self.h:
            self.cells[y][x] = 0 if tile is None else DYSON_TILES[tile] + 1


def px(tiles: float) -> float:
    return tiles * T


def column(g: DysonGrid, x: int, top: int, top_tile: str, fill: str) -> None:
    g.set(x, top, top_tile)
    g.fill(x, top + 1, x, H - 1, fill)


def palm(back: DysonGrid, x: int, ground: int, height: int) -> None:
    back.fill(x, ground - height, x, ground - 1, "palm_trunk")
    back.set(x, ground - height - 1, "palm_top")


def build() -> tuple[list, list, dict]:
    back, ground, front = DysonGrid(W, H), DysonGrid(W, H), DysonGrid(W, H)

    # --- A. the road, the garden steps ------------------------------------------------------------
    for x in range(0, 12):
        column(ground, x, ROAD, "slab", "slab")
    for k, x in enumerate(range(12, 20, 2)):  # four stone steps up to the lawn
        for dx in (0, 1):
            column(ground, x + dx, ROAD - 1 - k, "stone_top", "stone")
    for x in range(0, 12):
        back.set(x, ROAD - 1, "fence" if x % 5 else None)
    back.set(4, ROAD - 1, "lamp")

    # --- B. the lawn --------------------------------------------------------------------------------
    for x in range(20, 50):
        column(ground, x, GARDEN, "grass_top", "soil")
    for x in range(20, 50):
        back.set(x, GARDEN - 1, "fence" if x % 7 else None)
        back.set(x, GARDEN - 2, "tree" if (x // 3) % 3 == 0 else None)
    ground.set(28, GARDEN - 1, "hedge")
    ground.set(31, GARDEN - 1, "hedge")
    ground.set(32, GARDEN - 1, "hedge")
    palm(back, 24, GARDEN, 6)
    palm(back, 31, GARDEN, 8)
    back.fill(43, LAMP_ROW + 1, 43, GARDEN - 1, "pole")  # the floodlight's pole

    # --- C. the pool --------------------------------------------------------------------------------
    p0, p1 = POOL
    for x in range(50, 84):
        column(ground, x, GARDEN, "deck_top", "deck_fill")
    for x in range(p0 + 1, p1):  # the basin: walls, floor, water
        for y in range(GARDEN, GARDEN + 5):
            ground.set(x, y, None)
        ground.set(x, GARDEN + 5, "pool_wall")
        front.set(x, GARDEN + 1, "water_top")
        front.fill(x, GARDEN + 2, x, GARDEN + 4, "water")
    ground.fill(p0, GARDEN + 1, p0, GARDEN + 5, "pool_wall")
    ground.fill(p1, GARDEN + 1, p1, GARDEN + 5, "pool_wall")
    for k in range(4):  # steps out at the far end
        ground.set(p1 - 1 - k, GARDEN + 1 + k, "pool_step")
        ground.fill(p1 - 1 - k, GARDEN + 2 + k, p1 - 1 - k, GARDEN + 4, "pool_wall")
    ground.set(p0 + 1, GARDEN, "diving_board")  # the board, out over the water
    ground.set(p0 + 2, GARDEN, "diving_board")
    palm(back, 74, GARDEN, 7)
    for x in range(76, TERRACE_END):
        back.set(x, GARDEN - 1, "rail")

    # --- D. the terrace's edge, the yard below ------------------------------------------------------
    for x in range(TERRACE_END - 2, TERRACE_END):
        ground.fill(x, GARDEN + 1, x, H - 1, "stone")
    for x in range(TERRACE_END, GLASS):
        column(ground, x, HOUSE, "grass_top", "soil")
        back.fill(x, GARDEN, x, HOUSE - 1, "stone")  # the yard is a pit between the wall and the house
        back.set(x, GARDEN - 1, "rail")

    # --- E. the house -------------------------------------------------------------------------------
    ground.fill(GLASS, ROOF, EAST, ROOF, "slab")
    for x in range(GLASS, EAST + 1):
        column(ground, x, HOUSE, "floor", "slab")
    ground.fill(EAST, ROOF, EAST, HOUSE - 1, "slab")
    for x in range(GLASS + 1, EAST):
        for y in range(ROOF + 1, HOUSE):
            back.set(x, y, "wall_in")
    back.fill(GLASS, ROOF + 1, GLASS, HOUSE - 1, "wall_in")  # seen through the glass (the pane draws itself)
    back.set(GLASS + 2, HOUSE - 1, "desk")  # the study: the desk in front of him
    back.set(GLASS + 3, HOUSE - 1, "desk")
    back.set(GLASS + 3, HOUSE - 2, "computer")
    back.fill(GLASS + 5, HOUSE - 3, GLASS + 5, HOUSE - 1, "bookshelf")
    back.fill(GLASS + 6, HOUSE - 3, GLASS + 6, HOUSE - 1, "bookshelf")
    for x in (98, 99, 100):  # the living room
        back.set(x, HOUSE - 1, "sofa")
    back.set(99, HOUSE - 3, "painting")
    back.set(94, HOUSE - 1, "plant")
    back.set(106, HOUSE - 1, "plant")
    for x in range(111, 118):  # the kitchen
        back.set(x, HOUSE - 1, "kitchen")
    back.set(120, HOUSE - 3, "painting")
    back.fill(124, HOUSE - 3, 124, HOUSE - 1, "door")
    for x in range(GLASS, EAST + 1):  # the glass under the eaves, seen from the terrace
        back.set(x, ROOF - 1, None)
    for x in range(EAST + 1, W):
        column(ground, x, HOUSE, "slab", "slab")

    ents = [
        Obj("player_start", px(3), px(ROAD), props={"facing": "right", "character": "sarah", "weapon": "rifle",
                                                    "ammo": 8}),
        Obj("dyson", px(GLASS) + 31, px(HOUSE), name="dyson", props={"facing": "right"}),
        Obj("dyson_son", px(98), px(HOUSE), name="dyson_son", props={"facing": "left", "roam": 56.0}),
        # His wife goes between the kitchen and his desk: while she stands behind his chair she is in the line.
        Obj("dyson_wife", px(100), px(HOUSE), name="dyson_wife", props={"facing": "left", "roam": 200.0}),
        Obj("john_ally", px(77), px(GARDEN), name="john", props={"facing": "right", "dormant": True}),
        Obj("t800_ally", px(75), px(GARDEN), name="t800", props={"facing": "right", "dormant": True}),
        Obj("pickup", px(46), px(GARDEN), props={"item": "score"}),
        Obj("pickup", px(60), px(GARDEN + 5), props={"item": "score"}),
        Obj("pickup", px(72), px(GARDEN), props={"item": "health"}),
    ]
    room = (px(ROOF + 1), px(HOUSE - ROOF - 1))
    lights = [
        Obj("light", px(GLASS), room[0], px(EAST - GLASS), room[1], name="house", props={"strength": 0.95}),
        Obj("light", px(TERRACE_END), px(ROOF + 1), px(GLASS - TERRACE_END), px(HOUSE - ROOF - 1),
            name="window_spill", props={"strength": 0.6}),
        Obj("light", px(GLASS + 3) + 8, px(HOUSE - 2), name="desk_lamp", props={"radius": 40.0, "strength": 1.0}),
        Obj("light", px(p0 + 1), px(GARDEN + 1), px(p1 - p0 - 1), px(4), name="pool", props={"strength": 0.55}),
        Obj("light", px(4) + 8, px(ROAD - 1), name="street_lamp", props={"radius": 48.0, "strength": 0.7}),
    ]
    full = (px(GARDEN - 8), px(8))
    trig = [
        Obj("story", px(1), px(ROAD - 8), px(6), px(8), props={
            "text": "Dyson's house, in the hills above the city. Sarah goes the rest of the way on foot, "
                    "in the dark.", "seconds": 4.5}),
        Obj("checkpoint", px(21), px(GARDEN - 3), px(2), px(3)),
        Obj("story", px(26), *full[:1], px(2), full[1], props={
            "text": "A security light over the lawn. Stay out of its light - or put it out from the dark: hold "
                    "{aim} to plant your feet, {up} to aim high, {fire} to shoot.", "seconds": 6.0}),
        Obj("floodlight", px(38), px(LAMP_ROW), px(11), px(GARDEN - LAMP_ROW), name="lawn_light"),
        Obj("story", px(50), *full[:1], px(2), full[1], props={
            "text": "The pool. Down into it, across, and up the steps at the far end.", "seconds": 3.5}),
        Obj("checkpoint", px(71), px(GARDEN - 3), px(2), px(3)),
        Obj("story", px(76), *full[:1], px(2), full[1], props={
            "text": "Dyson, at his desk, his back to the glass. Hold {aim} and {down}: aim down and forward. "
                    "Walk the dot onto his shoulder. Wound him. Hit him anywhere else and he dies.",
            "seconds": 7.0}),
        Obj("floodlight", px(TERRACE_END), px(ROOF + 1), px(GLASS - TERRACE_END), px(HOUSE - ROOF - 1),
            name="windows", props={"lamp": False, "until": "dyson_wounded"}),
        Obj("glass", px(GLASS), px(ROOF + 1), px(1), px(HOUSE - ROOF - 1), name="study_glass"),
        # The events near Dyson are drawn where the people they send end up: his son kneels at the
        # middle of the_shot, his wife at arrival's, the T-800 stands at reveal's.
        Obj("event", px(GLASS + 1), px(ROOF + 1), px(4), px(HOUSE - ROOF - 1), name="the_shot", props={
            "cond1": "wounded dyson",
            "act1": "set_flag dyson_wounded",
            "act2": "break_glass study_glass",
            "act3": "send dyson_son",
            "act4": "send dyson_wife arrival",
            "act5": 'caption "The glass comes down. He is hit - alive. Go in."'}),
        Obj("event", px(GLASS), px(ROOF + 1), px(16), px(HOUSE - ROOF - 1), name="the_choice", props={
            "cond1": "players_inside", "cond2": "wounded dyson", "cond3": "in_view dyson_son",
            "act1": "hold_fire",
            "act2": "lock_camera house",
            "act3": 'caption "DYSON\'S SON: Don\'t hurt my dad! Please!" 3',
            "act4": 'caption "Her hands shake. Not like this. Not in front of his son - she cannot fire." 4',
            "act5": "start_timer arrival 4"}),
        Obj("event", px(GLASS + 3), px(ROOF + 1), px(4), px(HOUSE - ROOF - 1), name="arrival", props={
            "cond1": "timer_done arrival",
            "act1": "wake john", "act2": "wake t800", "act3": "send t800 reveal", "act4": "send john",
            "act5": 'caption "JOHN: Mom! Mom, stop - we didn\'t come here for this." 3.5',
            "act6": "start_timer reveal 6"}),
        Obj("event", px(GLASS + 5), px(ROOF + 1), px(4), px(HOUSE - ROOF - 1), name="reveal", props={
            "cond1": "timer_done reveal",
            "act1": 'caption "T-800: Show him. - It cuts the skin from its arm. Under it, metal." 4',
            "act2": 'caption "DYSON: ...Cyberdyne. Everything is at Cyberdyne. I\'ll get you in." 4',
            "act3": "start_timer leave 7"}),
        Obj("event", px(0), px(0), name="leave", props={
            "cond1": "timer_done leave",
            "act1": 'caption "Out by the front door ({right}). Cyberdyne, tonight." 3',
            "act2": "unlock_camera", "act3": "wake front_door", "act4": "send john front_door",
            "act5": "send t800 front_door"}),
        Obj("exit", px(122), px(HOUSE - 4), px(4), px(4), name="front_door",
            props={"next": "cyberdyne", "dormant": True}),
    ]
    layers = [
        ("back", back, {}),
        ("ground", ground, {"collision": True}),
        ("front", front, {"front": True}),
    ]
    objects = [("entities", ents), ("lights", lights), ("triggers", trig)]
    props = {"title": "Dyson's House", "next": "cyberdyne", "music": "dyson", "background": "dyson",
             "intro": "dyson", "outro": "reveal", "darkness": 0.72, "par_seconds": 210, "par_score": 2500,
             "par_damage": 3}
    return layers, objects, props


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description="write levels/dyson.tmx from this first draft")
    parser.add_argument("--force", action="store_true", help="overwrite levels/dyson.tmx")
    args = parser.parse_args()
    out = ROOT / "levels" / "dyson.tmx"
    if out.exists() and not args.force:
        print(f"{out} exists and is edited in Tiled now; use --force to overwrite it")
        return 1
    layers, objects, props = build()
    write_tmx(out, W, H, "../assets/tiles/dyson.tsx", layers, objects, props)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
