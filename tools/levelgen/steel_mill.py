"""First-draft blockout of level 8, the Steel Mill (the finale); writes levels/steel_mill.tmx.

    python tools/levelgen/steel_mill.py [--force]

The map it writes is the level's source from then on (edit it in Tiled); this script
is kept to show how the draft was laid out, section by section.  (The map has since moved
onto its own tileset, mill.tsx, gained the Sarah disguise and lost its exit: it no longer
matches this draft, which still names the freeway's tiles.)

A. the gate (0-44): the crashed nitrogen tanker leaks a pool across the floor.  The
   T-1000 walks in after you and freezes in it; a shot shatters it; the mill's heat
   thaws the shards and they crawl back together.  Played, not a cut-scene.
B. the hunt (46-128): catwalks, ladles pouring molten steel in rhythm, steam vents;
   the T-1000 respects them too (a pour melts what it falls through, steam scatters it).
   It slides under a grate as a puddle, swings blades when it is close.
C. down (128-160): on the foundry floor the T-1000 beats the T-800 down (its boss
   phase changes: a set piece).  Emergency power: the screen goes red, a heartbeat,
   and the crippled T-800 must reach the grenade launcher before the power runs out.
D. the vat (160-199): grenades throw the T-1000 back, toward the edge; the last one
   sends it into the molten steel, where it melts and never comes back.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tools.levelgen.tmx import Grid, Obj, write_tmx  # noqa: E402

W, H = 200, 30
F = 25  # the floor's top row
T = 16
VAT = (183, 194)  # the vat: a pit in the floor, molten steel at its bottom
LAUNCHER_X = 163


def px(t: float) -> float:
    return t * T


def build():
    ground, back, front = Grid(W, H), Grid(W, H), Grid(W, H)
    ground.fill(0, F, W - 1, H - 1, "concrete_fill")
    ground.fill(0, 0, W - 1, 1, "girder")
    ground.fill(0, 0, 0, H - 1, "concrete_fill")
    ground.fill(W - 1, 0, W - 1, H - 1, "concrete_fill")

    # A. the gate: a loading bay, the tanker on its side, the spill.
    ground.fill(42, F - 2, 43, F - 1, "crate")

    # B. the hunt: catwalks over the floor, ladders up, crates to vault, a grate the metal slides under.
    ground.fill(52, F - 6, 66, F - 6, "grate")
    for y in range(F - 6, F):
        ground.set(51, y, "ladder")
    ground.fill(70, F - 1, 71, F - 1, "crate")
    ground.fill(80, F - 9, 96, F - 9, "grate")
    for y in range(F - 9, F):
        ground.set(79, y, "ladder")
    ground.fill(100, F - 2, 101, F - 1, "crate")
    ground.fill(106, F - 5, 116, F - 5, "grate")
    ground.fill(120, F - 1, 121, F - 1, "crate")

    # C. the foundry floor: a step down, the launcher's platform beyond a low wall.
    ground.fill(142, F - 1, 143, F - 1, "crate")
    ground.fill(150, F - 2, 150, F - 1, "crate")

    # D. the vat: the pit, its rim, the wall behind it.
    ground.fill(VAT[0], F, VAT[1] - 1, F + 2, None)
    ground.fill(VAT[0], F + 3, VAT[1] - 1, H - 1, "girder")
    ground.fill(VAT[1], F - 8, W - 1, F - 1, "concrete_fill")

    for y in range(1, H):
        for x in range(W):
            if ground.get(x, y) == 2 and not ground.get(x, y - 1):
                ground.set(x, y, "concrete_top")
    for x in range(1, W - 1):
        for y in range(2, F):
            if not ground.get(x, y):
                back.set(x, y, "wall_back")
    for x in range(6, W - 2, 14):
        back.set(x, 4, "lamp")
    for x in (30, 90, 140, 180):
        back.set(x, F - 3, "sign_warning")
    for x in range(56, 64, 2):
        back.set(x, F - 1, "barrel")
    for x in range(2, W - 1, 24):
        for y in range(2, F):
            if not ground.get(x, y):
                back.set(x, y, "pillar")
    for x in range(1, W - 1):
        if not ground.get(x, 2):
            front.set(x, 2, "deck_rail")

    ents = [
        Obj("player_start", px(3), px(F), props={"facing": "right"}),
        Obj("tanker_wreck", px(14), px(F), props={"facing": "right"}),
        Obj("t1000", px(38), px(F), name="boss", props={
            "droplets": 300, "boss": True, "health": 100, "phases": 3, "title": "T-1000", "molten_only": True}),
        Obj("pickup", px(46), px(F), props={"item": "shells", "amount": 12}),
        Obj("pickup", px(59), px(F - 6), props={"item": "health"}),
        Obj("pickup", px(88), px(F - 9), props={"item": "shells", "amount": 16}),
        Obj("pickup", px(110), px(F - 5), props={"item": "nitrogen", "amount": 4}),
        Obj("pickup", px(126), px(F), props={"item": "health"}),
        Obj("pickup", px(LAUNCHER_X), px(F), props={"item": "launcher", "amount": 8}),
        Obj("pickup", px(LAUNCHER_X - 6), px(F), props={"item": "health"}),
    ]
    trig = [
        # A. the gate
        Obj("nitrogen_spill", px(18), px(F) - 8, px(12), 8, name="spill"),
        Obj("story", px(1), px(F - 8), px(6), px(8), props={
            "text": "The tanker is leaking liquid nitrogen across the floor. Let the T-1000 walk into it, "
                    "then shoot ({fire}).", "seconds": 6.0}),
        Obj("event", px(6), px(F - 8), px(4), px(8), name="wake_boss", props={
            "cond1": "players_inside", "act1": "t1000_order boss hunt"}),
        Obj("event", 0, 0, name="frozen", props={
            "cond1": "t1000_state boss frozen", "act1": 'caption "It froze solid. Shoot it! ({fire})" 3'}),
        Obj("event", 0, 0, name="shattered", props={
            "cond1": "t1000_state boss shattered",
            "act1": 'caption "In pieces... but the heat of the mill is thawing them." 3'}),
        Obj("event", 0, 0, name="reforming", props={
            "cond1": "t1000_state boss reforming", "act1": 'caption "It is pulling itself back together. Go!" 3',
            "act2": "set_flag reformed"}),
        Obj("checkpoint", px(44), px(F - 6), px(2), px(6)),
        # B. the hunt
        Obj("ladle", px(62), px(F - 12), px(1), px(12), props={"period": 3.0, "duty": 0.4, "offset": 0.0}),
        Obj("steam", px(74), px(F - 4), px(1), px(4), props={"period": 2.6, "duty": 0.35, "offset": 1.0}),
        Obj("ladle", px(92), px(F - 12), px(1), px(3), props={"period": 3.2, "duty": 0.4, "offset": 1.5}),
        Obj("ladle", px(104), px(F - 12), px(1), px(12), props={"period": 2.8, "duty": 0.4, "offset": 0.7}),
        Obj("t1000_order", px(96), px(F - 6), px(3), px(6), props={"targets": "boss", "order": "puddle"}),
        Obj("t1000_order", px(114), px(F - 6), px(3), px(6), props={"targets": "boss", "order": "policeman"}),
        Obj("event", px(68), px(F - 6), px(3), px(6), props={
            "cond1": "players_inside", "act1": 'caption "Molten steel pours from the ladles: wait for the pour to stop." 4'}),
        Obj("steam", px(118), px(F - 4), px(1), px(4), props={"period": 2.4, "duty": 0.35, "offset": 0.3}),
        Obj("checkpoint", px(128), px(F - 6), px(2), px(6), name="cp_down"),
        # C. down: the foundry floor (the beating comes with phase two; walking in forces it)
        Obj("event", px(134), px(F - 8), px(2), px(8), name="foundry", props={
            "cond1": "players_inside", "act1": "boss_phase boss 2"}),
        Obj("event", px(176), px(F - 3), px(2), px(3), name="down", props={  # its area: where the T-1000 goes
            "cond1": "boss_phase boss 2",
            "act1": "emergency_power 40",
            "act2": "t1000_order boss sleep",
            "act3": "t1000_move boss",
            "act4": 'caption "SYSTEM FAILURE. Rerouting to emergency power..." 3',
            "act5": "start_timer reboot 3"}),
        Obj("event", 0, 0, name="reboot", props={
            "cond1": "timer_done reboot",
            "act1": 'caption "EMERGENCY POWER. Crippled: reach the grenade launcher before the power runs out." 5'}),
        Obj("event", px(LAUNCHER_X), px(F - 8), px(3), px(8), name="armed", props={
            "cond1": "players_inside", "cond2": "timer_done reboot",
            "act1": "boss_phase boss 3", "act2": "t1000_order boss hunt",
            "act3": 'caption "Grenades ({fire}). Blast it back into the vat!" 4'}),
        # D. the vat
        Obj("camera_lock", px(159), px(F - 19), px(40), px(22), name="vat_room"),
        Obj("molten", px(VAT[0]), px(F + 2), px(VAT[1] - VAT[0]), px(1)),
        Obj("event", 0, 0, name="gone", props={
            "cond1": "killed boss", "act1": 'caption "It is gone. Every drop of it." 4',
            "act2": "start_timer over 4"}),
        Obj("event", 0, 0, name="over", props={"cond1": "timer_done over", "act1": "end_level ending"}),
        # The way out beyond the vat, on the ledge: the level ends (``over``) before anyone needs it.
        Obj("exit", px(196), px(F - 11), px(2), px(3), props={"next": "ending"}),
    ]
    layers = [("back", back, {}), ("ground", ground, {"collision": True}), ("front", front, {"front": True})]
    props = {"title": "Steel Mill", "music": "boss", "background": "freeway", "intro": "steel_mill",
             "next": "ending", "no_kill": True, "par_seconds": 300}
    return layers, [("entities", ents), ("triggers", trig)], props


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description="write levels/steel_mill.tmx from this first draft")
    parser.add_argument("--force", action="store_true", help="overwrite levels/steel_mill.tmx")
    args = parser.parse_args()
    out = ROOT / "levels" / "steel_mill.tmx"
    if out.exists() and not args.force:
        print(f"{out} exists and is edited in Tiled now; use --force to overwrite it")
        return 1
    layers, objects, props = build()
    write_tmx(out, W, H, "../assets/tiles/freeway.tsx", layers, objects, props)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
