"""First-draft blockout of the T-1000 lab arena; writes levels/t1000_lab.tmx.

    python tools/levelgen/t1000_lab.py [--force]

A sandbox for the liquid-metal body: shotgun shells and liquid nitrogen to
freeze and shatter it, a barred gate it flows through, a low duct it crawls
under as a puddle, and a pool of molten steel to finish it in.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tools.levelgen.tmx import Grid, Obj, generator_main  # noqa: E402

W, H = 64, 23
FLOOR = 19
T = 16


def px(t: float) -> float:
    return t * T


def build():
    ground, back = Grid(W, H), Grid(W, H)
    ground.fill(0, FLOOR, W - 1, H - 1, "concrete_fill")
    ground.fill(0, 0, W - 1, 1, "girder")
    ground.fill(0, 0, 0, H - 1, "concrete_fill")
    ground.fill(W - 1, 0, W - 1, H - 1, "concrete_fill")
    # The barred gate: the player cannot pass; the liquid can.
    for y in range(10, FLOOR):
        ground.set(40, y, "bars")
    ground.fill(39, 2, 41, 9, "concrete_fill")
    # A low duct on the right: a puddle passes under, a man does not.
    ground.fill(50, 2, 52, FLOOR - 2, "concrete_fill")
    # Molten steel pit on the left.
    ground.fill(8, FLOOR, 13, FLOOR + 1, None)
    ground.fill(8, FLOOR + 2, 13, FLOOR + 2, "girder")
    # Platforms for the player.
    ground.fill(18, 14, 24, 14, "grate")
    ground.fill(28, 10, 33, 10, "grate")
    for y in range(10, FLOOR):
        ground.set(27, y, "ladder")
    for y in range(1, H):
        for x in range(W):
            if ground.get(x, y) == 2 and not ground.get(x, y - 1):
                ground.set(x, y, "concrete_top")
    for x in range(1, W - 1):
        for y in range(2, FLOOR):
            if not ground.get(x, y):
                back.set(x, y, "wall_back")
    for x in (6, 22, 36, 46, 58):
        back.set(x, 4, "lamp")
    back.set(16, FLOOR - 2, "sign_warning")
    back.set(44, FLOOR - 3, "wall_graffiti")

    ents = [
        Obj("player_start", px(30), px(FLOOR), props={"facing": "right"}),
        Obj("t1000", px(46), px(FLOOR), name="t1000", props={"droplets": 300}),
        Obj("pickup", px(20), px(14), props={"item": "nitrogen", "amount": 6}),
        Obj("pickup", px(30), px(10), props={"item": "shells", "amount": 20}),
        Obj("pickup", px(24), px(FLOOR), props={"item": "nitrogen", "amount": 6}),
        Obj("pickup", px(17), px(FLOOR), props={"item": "shells", "amount": 20}),
        Obj("pickup", px(32), px(10), props={"item": "health"}),
    ]
    trig = [
        Obj("story", px(26), px(2), px(8), px(FLOOR - 2), props={
            "text": "T-1000 LAB. It waits behind the bars until you come near. Shoot it ({fire}), freeze it "
                    "with nitrogen ({switch} to switch, {fire} to spray), shatter it, and watch it reform. Lure it "
                    "into the molten steel to finish it.", "seconds": 8.0}),
        # It stands still while the player reads and arms; the gate or the pit wakes it.
        Obj("t1000_order", px(26), px(2), px(8), px(FLOOR - 2), props={"targets": "t1000", "order": "sleep"}),
        Obj("t1000_order", px(35), px(2), px(4), px(FLOOR - 2), props={"targets": "t1000", "order": "hunt"}),
        Obj("t1000_order", px(2), px(2), px(14), px(FLOOR - 2), props={"targets": "t1000", "order": "hunt"}),
        Obj("molten", px(8), px(FLOOR), px(6), px(2)),
        Obj("exit", px(1), px(FLOOR - 3), px(2), px(3)),
    ]
    layers = [("back", back, {}), ("ground", ground, {"collision": True})]
    props = {"title": "T-1000 Lab", "music": "boss", "background": "freeway"}
    return layers, [("entities", ents), ("triggers", trig)], props


if __name__ == "__main__":
    sys.exit(generator_main("t1000_lab", W, H, build))
