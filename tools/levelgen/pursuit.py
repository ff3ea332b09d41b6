"""First-draft blockout of level 7, the freeway pursuit; writes levels/pursuit.tmx (tileset: pursuit.tsx).

    python tools/levelgen/pursuit.py [--force]

The map it writes is the level's source from then on (edit it in Tiled).  An elevated two-lane freeway
at night, north-east out of town towards the steel mill, section by section:

A. the van (0-420): the T-800 gets into the SWAT van; traffic in both lanes teaches the lanes (up / down)
   and what running into a car costs.  A gap of two cars side by side teaches braking.
B. the helicopter (420-1000): the T-1000 comes after them in a police helicopter.  Sarah fires from the
   back doors; its searchlight locks on before each burst (change speed); it swoops ahead low (the
   T-800's shots from the window).  Shot to pieces it pulls back, smoking; at the bridge (1000) it dives
   into the van: the van is a wreck and everybody is thrown out.
C. the pickup (1000): a pickup stops ahead (``wake_near``); get in.
D. the tanker (on to the mill's gate at 1760): a liquid-nitrogen tanker comes up from behind, the T-1000 at
   the wheel.  Keep it
   close enough for Sarah in the bed, change lanes when its horn blares, shoot back over your shoulder.
   Only its cab and its tank's valves take damage.  Shot through, it jackknifes at the steel mill's gate
   and spills its nitrogen: on to the Steel Mill.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tools.assetgen.art.tiles import parse_table  # noqa: E402
from tools.levelgen.tmx import Obj, write_tmx  # noqa: E402

W, H = 1760, 24
R = 18  # the deck's top row (the near lane runs on it)
T = 16
ROAD_Y = R * T
IDS = {name: i for i, (name, _) in enumerate(parse_table(ROOT / "assets" / "src" / "art" / "tiles_pursuit.txt"))}


class Grid:
    def __init__(self) -> None:
        self.cells = [[0] * W for _ in range(H)]

    def set(self, x: int, y: int, tile: str | None) -> None:
        if 0 <= x < W and 0 <= y < H:
            self.cells[y][x] = 0 if tile is None else IDS[tile] + 1

    def fill(self, x0: int, y0: int, x1: int, y1: int, tile: str | None) -> None:
        for y in range(y0, y1 + 1):
            for x in range(x0, x1 + 1):
                self.set(x, y, tile)


def px(t: float) -> float:
    return t * T


# Traffic: (tile, lane, model).  Near is lane 0 (drawn in front), far lane 1.  The near lane runs a little
# quicker than the far one (LANE_THROTTLE), so two cars side by side come apart and the pattern of gaps laid
# out here is the one the player meets.
LANE_THROTTLE = {"near": 0.55, "far": 0.45}
TRAFFIC = [
    (40, "near", "sedan"), (75, "far", "wagon"), (110, "near", "lorry"),
    (150, "far", "sedan"), (185, "near", "wagon"),
    (222, "near", "sedan"), (224, "far", "sedan"),  # side by side: ease off and wait for the gap
    (270, "far", "lorry"), (305, "near", "sedan"), (345, "far", "wagon"),
    (380, "near", "lorry"),
    (470, "far", "sedan"), (540, "near", "wagon"), (620, "far", "lorry"),
    (700, "near", "sedan"), (780, "far", "wagon"), (860, "near", "lorry"),
    (940, "far", "sedan"),
    (1130, "near", "sedan"), (1230, "far", "lorry"), (1330, "near", "wagon"),
    (1430, "far", "sedan"), (1530, "near", "lorry"), (1620, "far", "wagon"),
]


def build():
    ground, back, front = Grid(), Grid(), Grid()
    ground.fill(0, R, W - 1, R, "road_near")
    ground.fill(0, R + 1, W - 1, R + 1, "deck_face")
    back.fill(0, R - 1, W - 1, R - 1, "road_far")
    back.fill(0, R - 2, W - 1, R - 2, "parapet")
    back.fill(0, R + 2, W - 1, R + 2, "girder")
    for x in range(6, W, 22):  # the viaduct's piers
        back.fill(x, R + 3, x + 1, H - 1, "pillar")
    for x in range(12, W - 20, 24):  # sodium lamps along the far parapet
        back.fill(x, R - 7, x, R - 3, "lamp_pole")
        back.set(x, R - 8, "lamp")
    for x in (60, 300, 600, 900, 1200, 1500, W - 60):  # sign gantries over the road
        back.fill(x, R - 11, x + 9, R - 11, "gantry")
        back.fill(x + 3, R - 10, x + 6, R - 9, "sign")
        back.fill(x, R - 10, x, R - 2, "lamp_pole")
        back.fill(x + 9, R - 10, x + 9, R - 2, "lamp_pole")
    # the steel mill's gate at the end of the road: a barrier, then the gate itself (solid)
    back.fill(W - 16, R - 3, W - 9, R - 3, "gate_stripe")
    back.fill(W - 9, R - 12, W - 6, R - 11, "mill_sign")
    ground.fill(W - 6, 0, W - 1, R - 1, "gate")

    entities = [
        Obj("player_start", px(3), ROAD_Y, props={"facing": "right"}),
        Obj("swat_van", px(9), ROAD_Y, name="van", props={"facing": "right"}),
        Obj("gunner", px(6), ROAD_Y, name="sarah"),
        Obj("helicopter", px(400), px(6), name="heli",
            props={"dormant": True, "title": "T-1000: POLICE HELICOPTER"}),
        Obj("pickup_truck", px(20), ROAD_Y, name="pickup", props={"facing": "right", "dormant": True}),
        Obj("tanker", px(30), ROAD_Y, name="tanker",
            props={"facing": "right", "dormant": True, "title": "T-1000: NITROGEN TANKER"}),
    ]
    for tile, lane, model in TRAFFIC:
        entities.append(Obj("traffic_car", px(tile), ROAD_Y, props={"model": model, "lane": lane,
                                                                    "throttle": LANE_THROTTLE[lane]}))
    for tile, item in ((200, "shells"), (430, "health"), (700, "health"), (960, "shells"), (1060, "health"),
                       (1250, "shells"), (1450, "health"), (1650, "shells")):
        entities.append(Obj("pickup", px(tile), ROAD_Y - 20, props={"item": item}))
    triggers = [
        Obj("story", 0, px(R - 8), px(14), px(8), props={
            "text": "Night, the freeway out of town. Into the van: {interact}. {right} drives, {left} brakes.",
            "seconds": 5.0}),
        Obj("checkpoint", px(24), ROAD_Y - 48, 32, 48),
        Obj("story", px(28), px(R - 8), px(3), px(8), props={
            "text": "Traffic ahead: {up} and {down} change lanes. Run into a car and you lose your speed.",
            "seconds": 5.0}),
        Obj("story", px(205), px(R - 8), px(3), px(8), props={
            "text": "Both lanes blocked: ease off with {left} and wait for a gap.", "seconds": 4.0}),
        Obj("checkpoint", px(420), ROAD_Y - 48, 32, 48),
        Obj("event", px(440), px(R - 8), px(3), px(8), name="heli_in", props={
            "cond1": "players_inside", "act1": "wake heli",
            "act2": "caption \"A police helicopter - the T-1000 is flying it! Sarah fires from the back doors.\" 5",
            "act3": "start_timer heli_tip 6"}),
        Obj("event", 0, 0, 16, 16, name="heli_tip", props={
            "cond1": "timer_done heli_tip", "cond2": "not flag_set crashed",
            "act1": "caption \"Its searchlight locks on before it fires: change speed! When it swoops ahead, "
                    "{fire} from the window.\" 6"}),
        Obj("event", px(1000), px(R - 8), px(3), px(8), name="bridge", props={
            "cond1": "players_inside", "act1": "dive heli"}),
        Obj("event", 16, 0, 16, 16, name="crash", props={
            "cond1": "killed heli", "act1": "set_flag crashed", "act2": "wake_near pickup 320",
            "act3": "caption \"It came down on the van! Everybody out - the pickup ahead: {interact}.\" 5",
            "act4": "start_timer tanker_in 9"}),
        Obj("event", 32, 0, 16, 16, name="tanker_in", props={
            "cond1": "timer_done tanker_in", "act1": "wake_near tanker -640",
            "act2": "caption \"A tanker of liquid nitrogen - the T-1000 is at the wheel!\" 4",
            "act3": "start_timer tanker_tip 5"}),
        Obj("event", 48, 0, 16, 16, name="tanker_tip", props={
            "cond1": "timer_done tanker_tip",
            "act1": "caption \"Sarah aims at its cab and tank: keep it close. When its horn blares, change lanes! "
                    "{aim} + {fire} shoots back.\" 7"}),
        Obj("checkpoint", px(1040), ROAD_Y - 48, 32, 48),
        Obj("checkpoint", px(1280), ROAD_Y - 48, 32, 48),
        Obj("checkpoint", px(1520), ROAD_Y - 48, 32, 48),
        Obj("story", px(W - 40), px(R - 8), px(3), px(8), props={
            "text": "The steel mill's gate. No way through: finish it here!", "seconds": 4.0}),
        Obj("event", 64, 0, 16, 16, name="spill", props={
            "cond1": "killed tanker",
            "act1": "caption \"It jackknifes at the mill's gate - the tank splits, and the nitrogen pours out.\" 5",
            "act2": "start_timer into_mill 4"}),
        Obj("event", 80, 0, 16, 16, name="into_mill", props={
            "cond1": "timer_done into_mill", "act1": "end_level steel_mill"}),
        Obj("exit", px(W - 4), ROAD_Y - 64, 32, 64, props={"next": "steel_mill"}),
    ]
    props = {"title": "Freeway Pursuit", "next": "steel_mill", "music": "pursuit", "background": "pursuit",
             "intro": "pursuit", "no_kill": True, "par_seconds": 300, "par_score": 14000, "par_damage": 8}
    layers = [("back", back, {}), ("ground", ground, {"collision": True}), ("front", front, {"front": True})]
    return layers, [("entities", entities), ("triggers", triggers)], props


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description="write levels/pursuit.tmx from this first draft")
    parser.add_argument("--force", action="store_true", help="overwrite levels/pursuit.tmx")
    args = parser.parse_args()
    out = ROOT / "levels" / "pursuit.tmx"
    if out.exists() and not args.force:
        print(f"{out} exists and is edited in Tiled now; use --force to overwrite it")
        return 1
    layers, objects, props = build()
    write_tmx(out, W, H, "../assets/tiles/pursuit.tsx", [(n, g, p) for n, g, p in layers], objects, props)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
