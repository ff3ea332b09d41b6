"""First-draft blockout of level 1, Freeway; writes levels/freeway.tmx.

    python tools/levelgen/freeway.py [--force]

The map it writes is the level's source from then on (edit it in Tiled);
this script is kept to show how the draft was laid out, section by section.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tools.levelgen.tmx import Grid, Obj, generator_main  # noqa: E402

W, H = 340, 34
T = 16
GROUND = 22  # row of the street surface under the freeway
DECK = (6, 8)  # rows of the freeway deck overhead (traffic drives on top)
DRAIN = (104, 167)  # storm-drain channel, columns
DRAIN_FLOOR = 31


def px(tiles: float) -> float:
    return tiles * T


def build() -> tuple[list, list, dict]:
    ground = Grid(W, H)
    back = Grid(W, H)
    front = Grid(W, H)

    # The freeway deck overhead, the whole way along.
    ground.fill(0, DECK[0], W - 1, DECK[1], "deck_under")
    for x in range(W):
        ground.set(x, DECK[0], "deck_rail")

    # The street under the freeway.
    ground.fill(0, GROUND, W - 1, H - 1, "concrete_fill")

    # --- A. arrival lot (0-44): crates, two thugs by a fire barrel ---------------------------
    ground.set(18, GROUND - 1, "crate")
    ground.fill(38, GROUND - 1, 38, GROUND - 1, "barrel")

    # --- B. underpass (44-100): scaffold with a ladder, a raised slab ----------------------
    ground.fill(56, 18, 62, 18, "scaffold_plank")
    ground.fill(58, 14, 64, 14, "scaffold_plank")
    for y in range(14, GROUND):
        ground.set(57, y, "ladder")
    for y in range(15, GROUND):
        back.set(63, y, "scaffold_pole")
        back.set(59, y, "scaffold_pole")
    ground.fill(88, GROUND - 3, 99, GROUND - 1, "concrete_fill")
    ground.set(86, GROUND - 1, "barrel")

    # --- C. storm drain (104-167): a drop, water, live cables, spikes, grates -------------
    x0, x1 = DRAIN
    ground.fill(x0, GROUND, x1, DRAIN_FLOOR - 1, None)
    ground.fill(x0, DRAIN_FLOOR, x1, DRAIN_FLOOR, "drain_floor")
    ground.fill(x0, DRAIN_FLOOR + 1, x1, H - 1, "drain_wall")
    ground.fill(117, 27, 129, 27, "grate")
    ground.fill(143, 27, 153, 27, "grate")
    ground.fill(135, DRAIN_FLOOR - 1, 136, DRAIN_FLOOR - 1, "rebar_spikes")
    # steps back up to the street
    ground.fill(158, 28, 161, DRAIN_FLOOR - 1, "drain_wall")
    ground.fill(162, 25, 165, DRAIN_FLOOR - 1, "drain_wall")
    ground.fill(166, GROUND, x1, DRAIN_FLOOR - 1, "drain_wall")
    for x in range(x0, x1 + 1):
        if not ground.get(x, DRAIN_FLOOR - 1):
            front.set(x, DRAIN_FLOOR - 1, "water_top")
        for y in range(GROUND, DRAIN_FLOOR):
            if not ground.get(x, y):
                back.set(x, y, "wall_back")
    for x in (110, 131, 150):
        back.set(x, 25, "drain_outlet")
    for x in (114, 139, 155):
        back.set(x, 27, "wall_graffiti")
    back.set(121, 23, "sign_warning")
    for x in range(x0, x1 + 1):
        back.set(x, GROUND, "pipe_h" if x % 9 else "pipe_v")

    # --- E. the retaining wall (172-230): steps up, cops on top, falling concrete ----------
    ground.set(183, GROUND - 1, "crate")
    ground.fill(185, GROUND - 3, 190, GROUND - 1, "concrete_fill")
    ground.fill(191, GROUND - 6, 200, GROUND - 1, "concrete_fill")
    ground.set(222, GROUND - 1, "barrel")

    # --- F. the chase (232-340): barrels, pits of rebar, crates, a slab, the outlet --------
    ground.set(246, GROUND - 1, "barrel")
    for pit in ((252, 254), (300, 302)):
        ground.fill(pit[0], GROUND, pit[1], GROUND + 2, None)
        ground.fill(pit[0], GROUND + 2, pit[1], GROUND + 2, "rebar_spikes")
    ground.fill(290, GROUND - 2, 291, GROUND - 1, "crate")
    ground.fill(310, GROUND - 2, 318, GROUND - 1, "concrete_fill")
    ground.fill(336, GROUND - 8, W - 1, GROUND - 1, "concrete_fill")
    back.set(334, GROUND - 2, "drain_outlet")

    # Surface tiles: a lit top edge wherever concrete meets air; rubble under the slabs.
    for y in range(1, H):
        for x in range(W):
            gid = ground.get(x, y)
            if gid and gid - 1 == 1 and not ground.get(x, y - 1):
                ground.set(x, y, "concrete_top")
            elif gid and gid - 1 == 4 and not ground.get(x, y - 1):
                ground.set(x, y, "drain_floor")
    for x in range(0, W, 23):
        if ground.get(x, GROUND + 2) == 2:
            ground.set(x, GROUND + 2, "concrete_crack")

    # Freeway pillars in the background, lamps and fences along the street.
    for x in range(6, W, 14):
        if DRAIN[0] - 1 <= x <= DRAIN[1] + 1:
            continue
        back.set(x, DECK[1] + 1, "pillar_cap")
        back.set(x + 1, DECK[1] + 1, "pillar_cap")
        for y in range(DECK[1] + 2, GROUND):
            back.set(x, y, "pillar")
            back.set(x + 1, y, "pillar")
    for x in range(11, W, 28):
        back.set(x, GROUND - 3, "lamp")
    for x in list(range(20, 32)) + list(range(70, 84)) + list(range(205, 228)) + list(range(262, 280)):
        if not back.get(x, GROUND - 1):
            back.set(x, GROUND - 1, "fence")
            back.set(x, GROUND - 2, "fence")
    for x in range(W):
        if not back.get(x, DECK[1] + 1):
            back.set(x, DECK[1] + 1, "pipe_h")

    ents = [
        Obj("player_start", px(4), px(GROUND), props={"facing": "right"}),
        Obj("pickup", px(18.5), px(GROUND - 1), props={"item": "shells"}),
        Obj("thug", px(27), px(GROUND), props={"facing": "left"}),
        Obj("thug", px(35), px(GROUND), props={"facing": "left"}),
        Obj("pickup", px(47), px(GROUND), props={"item": "score"}),
        Obj("pickup", px(61), px(14), props={"item": "health"}),
        Obj("pickup", px(63), px(14), props={"item": "life"}),
        Obj("cop", px(79), px(GROUND), props={"facing": "left"}),
        Obj("cop", px(96), px(GROUND - 3), props={"facing": "left"}),
        Obj("pickup", px(93), px(GROUND - 3), props={"item": "shells"}),
        Obj("pickup", px(123), px(27), props={"item": "score"}),
        Obj("thug", px(141), px(DRAIN_FLOOR), props={"facing": "left"}),
        Obj("pickup", px(148), px(27), props={"item": "health"}),
        Obj("pickup", px(175), px(GROUND), props={"item": "shells"}),
        Obj("cop", px(194), px(GROUND - 6), props={"facing": "left"}),
        Obj("cop", px(199), px(GROUND - 6), props={"facing": "left"}),
        Obj("pickup", px(197), px(GROUND - 6), props={"item": "score"}),
        Obj("thug", px(216), px(GROUND), props={"facing": "left"}),
        Obj("thug", px(224), px(GROUND), props={"facing": "left"}),
        Obj("pickup", px(229), px(GROUND), props={"item": "health"}),
        Obj("t1000", px(212), px(GROUND), name="t1000", props={"dormant": True, "speed": 1.5}),
        # Brawls: people who come in from both sides once the T-800 is in the arena.
        Obj("thug", px(45), px(GROUND), name="lot_gang", props={"dormant": True, "facing": "left"}),
        Obj("thug", px(49), px(GROUND), name="lot_gang", props={"dormant": True, "facing": "left"}),
        Obj("thug", px(84), px(GROUND), name="underpass_gang", props={"dormant": True, "facing": "left"}),
        Obj("thug", px(76), px(GROUND), name="underpass_gang", props={"dormant": True, "facing": "left"}),
        Obj("cop", px(98), px(GROUND - 3), name="underpass_gang", props={"dormant": True, "facing": "left"}),
        Obj("cop", px(281), px(GROUND), props={"facing": "left"}),
        Obj("pickup", px(314), px(GROUND - 2), props={"item": "score"}),
    ]
    full = px(GROUND - DECK[1] - 1)
    trig = [
        Obj("story", px(1), px(DECK[1] + 1), px(10), full, props={
            "text": "Los Angeles, 1995. Find John Connor before the other one does.", "seconds": 5.0}),
        Obj("story", px(44), px(DECK[1] + 1), px(3), full, props={
            "text": "Punching ({interact}) knocks people out; the shotgun ({fire}) is for machines.", "seconds": 4.0}),
        Obj("arena", px(10), px(DECK[1] + 1), px(40), full, props={
            "targets": "lot_gang",
            "text": "They want a fight with the stranger. Put them down alive: punch with {interact}."}),
        Obj("arena", px(60), px(DECK[1] + 1), px(40), full, props={
            "targets": "underpass_gang", "text": "Boxed in. Fists ({interact}), not the shotgun."}),
        Obj("debris", px(70), px(DECK[1] + 1), px(6), full, props={"count": 4}),
        Obj("story", px(100), px(DECK[1] + 1), px(3), full, props={
            "text": "Storm drain. Live cables in the water - time your crossing.", "seconds": 4.0}),
        Obj("live_wire", px(119), px(28), px(8), px(3), props={"period": 2.2, "duty": 0.45}),
        Obj("live_wire", px(145), px(28), px(7), px(3), props={"period": 2.6, "duty": 0.4, "offset": 1.1}),
        Obj("checkpoint", px(53), px(GROUND - 3), px(2), px(3)),
        Obj("checkpoint", px(101), px(GROUND - 3), px(2), px(3)),
        Obj("checkpoint", px(171), px(GROUND - 3), px(2), px(3)),
        Obj("debris", px(205), px(DECK[1] + 1), px(6), full, props={"count": 5}),
        Obj("spawner", px(232), px(DECK[1] + 1), px(2), full, props={"targets": "t1000"}),
        Obj("story", px(232), px(DECK[1] + 1), px(2), full, props={
            "text": "A patrolman walks out of the dark. It is not a man. RUN.", "seconds": 4.5}),
        Obj("live_wire", px(262), px(GROUND - 2), px(4), px(2), props={"period": 2.0, "duty": 0.35}),
        Obj("traffic", 0, px(DECK[0] - 3), px(W), px(3), props={"interval": 2.4, "direction": "right"}),
        Obj("exit", px(331), px(GROUND - 4), px(4), px(4), props={"next": "mall"}),
    ]
    layers = [
        ("back", back, {}),
        ("ground", ground, {"collision": True}),
        ("front", front, {"front": True}),
    ]
    objects = [("entities", ents), ("triggers", trig)]
    props = {"title": "Freeway", "next": "mall", "music": "level", "background": "freeway",
             "intro": "arrival", "par_seconds": 240}
    return layers, objects, props


if __name__ == "__main__":
    sys.exit(generator_main("freeway", W, H, build))
