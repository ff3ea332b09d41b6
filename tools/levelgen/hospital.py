"""First-draft blockout of level 4, the hospital (Pescadero); writes levels/hospital.tmx
(tileset assets/tiles/hospital.tsx).

    python tools/levelgen/hospital.py [--force]

The map it writes is the level's source from then on (edit it in Tiled); this script is kept
to show how the draft was laid out, section by section:

A. the cell block (0-27): Sarah's cell, its barred door picked open; the night orderly at his
   desk with his back to her and the ward's keys on his belt.
B. the ward corridor (28-89): the locked ward door (the keys), an orderly walking his beat,
   a dark recess to wait in, a lockdown door, the nurses' station and its guard with the key card.
C. the security wing (90-129): the key-card door, a guard on a long beat, barred windows.
D. the elevator lobby (130-163): the elevator opens on John and the T-800; the T-1000 comes
   up the stairs behind; the barred security gate shuts behind Sarah, and the liquid metal
   pours through the bars.
E. the garage (164-235): the patrol car parked nose-in, the police at the ramp; it backs out
   with the T-1000 clinging to it.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tools.levelgen.tmx import Grid, Obj, write_tmx  # noqa: E402

W, H = 236, 24
T = 16
G = 20  # the floor's surface row
CEIL = 12  # the ceiling's row (the corridors are seven tiles tall)
GARAGE = 164

# Tile ids in assets/tiles/hospital.tsx (assets/src/art/tiles_hospital.txt).
HOSPITAL_TILES = {name: i for i, name in enumerate((
    "floor_top", "floor_fill", "wall_tile", "wall_band", "wall_low", "ceiling", "fluorescent", "bars",
    "cell_wall", "cot", "window", "concrete", "shadow", "garage_wall", "garage_pillar", "garage_floor",
    "elevator", "elevator_top", "sign_exit", "desk", "pipe", "lamp", "gurney", "stairs_sign"))}


class HospitalGrid(Grid):
    def set(self, x: int, y: int, tile: str | None) -> None:
        if 0 <= x < self.w and 0 <= y < self.h:
            self.cells[y][x] = 0 if tile is None else HOSPITAL_TILES[tile] + 1


def px(tiles: float) -> float:
    return tiles * T


def ward_wall(back: HospitalGrid, x0: int, x1: int) -> None:
    """White tile above a green stripe and wainscot, fluorescent tubes every ten tiles."""
    for x in range(x0, x1 + 1):
        for y in range(CEIL + 1, G):
            back.set(x, y, "wall_tile" if y < G - 3 else ("wall_band" if y == G - 3 else "wall_low"))
        if x % 10 == 5:
            back.set(x, CEIL + 1, "fluorescent")


def build() -> tuple[list, list, dict]:
    ground, back, front = HospitalGrid(W, H), HospitalGrid(W, H), HospitalGrid(W, H)
    ground.fill(0, G, W - 1, G, "floor_top")
    ground.fill(0, G + 1, W - 1, H - 1, "floor_fill")
    ground.fill(0, CEIL - 1, GARAGE - 1, CEIL, "concrete")
    ground.fill(0, CEIL, GARAGE - 1, CEIL, "ceiling")
    # The floor above, seen in section through the slab: dark wards, barred windows, a tube or two lit.
    for x in range(0, GARAGE):
        for y in range(0, CEIL - 1):
            back.set(x, y, "wall_tile" if y < CEIL - 4 else ("wall_band" if y == CEIL - 4 else "wall_low"))
        back.set(x, 5, "ceiling")
        if x % 9 == 4:
            back.set(x, CEIL - 6, "window")
        if x % 23 == 11:
            back.set(x, 6, "fluorescent")
    ground.fill(0, 0, 0, G - 1, "concrete")  # the west wall
    ground.fill(GARAGE - 1, 0, GARAGE - 1, CEIL, "concrete")  # the garage's end wall over the corridor
    ward_wall(back, 1, GARAGE - 1)

    # --- A. the cell block --------------------------------------------------------------------
    for x in range(1, 10):
        for y in range(CEIL + 1, G):
            back.set(x, y, "cell_wall")
    back.set(3, G - 1, "cot")
    back.set(4, G - 1, "cot")
    back.set(7, CEIL + 3, "window")
    for y in range(CEIL + 1, G - 3):  # the cell's barred front over its barred door
        ground.set(10, y, "bars")
    back.set(20, G - 1, "desk")
    back.set(16, CEIL + 1, "fluorescent")
    # --- B. the ward corridor -----------------------------------------------------------------
    ground.fill(26, CEIL + 1, 26, G - 4, "concrete")  # over the ward door
    for x in (40, 41):  # a dark recess behind a cabinet: out of sight
        for y in range(G - 3, G):
            back.set(x, y, "shadow")
    back.set(46, G - 1, "gurney")
    ground.fill(62, CEIL + 1, 62, G - 4, "concrete")  # over the lockdown door
    back.set(76, G - 1, "desk")  # the nurses' station
    back.set(77, G - 1, "desk")
    back.set(78, CEIL + 4, "stairs_sign")
    ground.fill(90, CEIL + 1, 90, G - 4, "concrete")  # over the key-card door
    # --- C. the security wing -----------------------------------------------------------------
    for x in (98, 108, 118):
        back.set(x, CEIL + 3, "window")
    for x in (112, 113):
        for y in range(G - 3, G):
            back.set(x, y, "shadow")
    back.set(104, CEIL + 2, "pipe")
    back.set(105, CEIL + 2, "pipe")
    back.set(106, CEIL + 2, "pipe")
    # --- D. the elevator lobby ----------------------------------------------------------------
    for x in (146, 147):
        back.set(x, G - 4, "elevator_top")
        for y in range(G - 3, G):
            back.set(x, y, "elevator")
    back.set(134, CEIL + 4, "stairs_sign")
    for y in range(CEIL + 1, G - 4):  # bars over the security gate
        ground.set(160, y, "bars")
    # --- E. the garage ------------------------------------------------------------------------
    ground.fill(GARAGE, 0, W - 1, 5, "concrete")
    ground.fill(GARAGE, G, W - 1, G, "garage_floor")
    for x in range(GARAGE, W):
        for y in range(6, G):
            back.set(x, y, "garage_wall" if y < G - 6 else None)
    for x in range(GARAGE + 6, W, 12):
        for y in range(6, G):
            back.set(x, y, "garage_pillar")
    back.set(W - 6, G - 5, "sign_exit")

    ents = [
        Obj("player_start", px(5), px(G), props={"facing": "right", "character": "sarah", "weapon": "none"}),
        Obj("orderly", px(19), px(G), name="night_orderly", props={"facing": "right", "carries": "keys"}),
        Obj("orderly", px(48), px(G), name="ward_orderly", props={"facing": "left", "patrol": 56.0}),
        Obj("pickup", px(44), px(G), props={"item": "health"}),
        Obj("pickup", px(34), px(G), props={"item": "sedative", "amount": 3}),
        Obj("ward_guard", px(82), px(G), name="desk_guard", props={"facing": "left", "patrol": 40.0,
                                                                   "carries": "keycard"}),
        Obj("ward_guard", px(110), px(G), name="wing_guard", props={"facing": "right", "patrol": 72.0}),
        Obj("orderly", px(124), px(G), name="wing_orderly", props={"facing": "right"}),
        # Woken by the alarm (see the "alarm" event): they come running from the stairs.
        Obj("ward_guard", px(70), px(G), name="reinforcements", props={"dormant": True, "alert": True,
                                                                        "facing": "left"}),
        Obj("ward_guard", px(128), px(G), name="reinforcements", props={"dormant": True, "alert": True,
                                                                         "facing": "left"}),
        Obj("t1000", px(131), px(G), name="t1000", props={"dormant": True, "unkillable": True, "speed": 1.05,
                                                          "droplets": 260}),
        Obj("police_car", px(190), px(G), props={"facing": "left", "start_delay": 3.0}),
        Obj("cop", px(222), px(G), props={"facing": "left"}),
        Obj("cop", px(228), px(G), props={"facing": "left"}),
        Obj("pickup", px(170), px(G), props={"item": "health"}),
        Obj("marker", px(140), px(G), name="t1000_lobby"),
    ]
    full_h = px(G - CEIL - 1)
    top = px(CEIL + 1)
    trig = [
        # A. the cell
        Obj("security_gate", px(10), px(G - 3), px(1), px(3), name="cell_door", props={"locked": True}),
        Obj("event", px(1), top, px(8), full_h, name="wake_up", props={
            "cond1": "players_inside",
            "act1": 'caption "Pescadero State Hospital, the small hours. A bent paper clip, hidden for weeks..." 3',
            "act2": "start_timer lock 3"}),
        Obj("event", px(1), top, px(8), full_h, name="lock_picked", props={
            "cond1": "timer_done lock", "act1": "open_door cell_door",
            "act2": 'caption "The lock gives. The orderly has his back to you: {interact} from behind knocks him '
                    'out before he turns." 5'}),
        Obj("story", px(12), top, px(2), full_h, props={
            "text": "A man who faces you sees you in his cone. Stay out of it; behind him, you are nobody.",
            "seconds": 4.0}),
        Obj("door", px(26), px(G - 3), px(1), px(3), name="ward_door", props={"key": "keys", "lockdown": True}),
        Obj("checkpoint", px(28), px(G - 3), px(2), px(3)),
        # B. the ward corridor
        Obj("story", px(32), top, px(2), full_h, props={
            "text": "An orderly walks his beat. Crouch ({down}) in the dark recess and he looks straight past you; "
                    "slip up behind him when he turns. The syringe ({fire}) puts a man to sleep at once.",
            "seconds": 6.0}),
        Obj("hiding_spot", px(40), px(G - 3), px(2), px(3), name="recess"),
        Obj("hiding_spot", px(112), px(G - 3), px(2), px(3), name="wing_recess"),
        Obj("door", px(62), px(G - 3), px(1), px(3), name="ward_lockdown", props={"open": True, "lockdown": True}),
        Obj("checkpoint", px(64), px(G - 3), px(2), px(3)),
        Obj("story", px(68), top, px(2), full_h, props={
            "text": "The guard at the nurses' station carries the key card.", "seconds": 3.5}),
        Obj("door", px(90), px(G - 3), px(1), px(3), name="wing_door", props={"key": "keycard", "lockdown": True}),
        Obj("checkpoint", px(92), px(G - 3), px(2), px(3)),
        # The alarm, wherever it is raised: more guards, from the stairs, and the music turns.
        Obj("event", px(0), px(0), name="alarm_guards", props={"cond1": "alarm", "act1": "wake reinforcements"}),
        Obj("event", px(0), px(0), name="alarm_music", props={
            "cond1": "alarm", "cond2": "not flag_set lobby", "act1": "music boss", "act2": "set_flag chased",
            "repeat": True}),
        Obj("event", px(0), px(0), name="alarm_quiet", props={
            "cond1": "not alarm", "cond2": "flag_set chased", "cond3": "not flag_set lobby",
            "act1": "music hospital", "act2": "clear_flag chased", "repeat": True}),
        # D. the lobby: John and the T-800; the T-1000; the gate
        Obj("checkpoint", px(132), px(G - 3), px(2), px(3), props={"t1000_restart": "t1000_lobby"}),
        Obj("event", px(140), top, px(6), full_h, name="elevator", props={
            "cond1": "players_inside",
            "act1": 'caption "The elevator opens: John - and the machine that hunted you in 1984. JOHN: Mom! '
                    'It is here to help us. Come ON!" 4',
            "act2": "wake t1000",
            "act3": 'caption "A policeman on the stairs. Not a policeman. RUN - through the gate!" 3',
            "act4": "music boss", "act5": "set_flag lobby"}),
        Obj("security_gate", px(160), px(G - 4), px(1), px(4), name="gate", props={"open": True, "locked": True}),
        Obj("event", px(162), top, px(2), full_h, name="gate_shut", props={
            "cond1": "players_inside", "act1": "close_door gate",
            "act2": 'caption "Gate shut. It walks into the bars - and pours through them." 3'}),
        # E. the garage
        Obj("checkpoint", px(166), px(G - 3), px(2), px(3), props={"t1000_restart": "t1000_lobby"}),
        Obj("story", px(176), px(6), px(2), px(G - 6), props={
            "text": "The patrol car! {interact}: get in. It is parked nose in: back it out, hold {right}.",
            "seconds": 4.5}),
        Obj("event", px(184), px(6), px(12), px(G - 6), name="car_stalls", props={
            "cond1": "players_inside", "cond2": "flag_set lobby",
            "act1": 'caption "The engine turns over... and over... COME ON!" 2'}),
        Obj("exit", px(W - 6), px(G - 4), px(5), px(4), props={"next": "dyson"}),
    ]
    layers = [
        ("back", back, {}),
        ("ground", ground, {"collision": True}),
        ("front", front, {"front": True}),
    ]
    objects = [("entities", ents), ("triggers", trig)]
    props = {"title": "Pescadero", "next": "dyson", "music": "hospital", "background": "hospital",
             "intro": "hospital", "no_kill": True, "par_seconds": 300}
    return layers, objects, props


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description="write levels/hospital.tmx from this first draft")
    parser.add_argument("--force", action="store_true", help="overwrite levels/hospital.tmx")
    args = parser.parse_args()
    out = ROOT / "levels" / "hospital.tmx"
    if out.exists() and not args.force:
        print(f"{out} exists and is edited in Tiled now; use --force to overwrite it")
        return 1
    layers, objects, props = build()
    write_tmx(out, W, H, "../assets/tiles/hospital.tsx", layers, objects, props)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
