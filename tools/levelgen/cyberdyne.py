"""First-draft blockout of level 6, Cyberdyne (break-in and siege); writes levels/cyberdyne.tmx
(tileset assets/tiles/cyberdyne.tsx).

    python tools/levelgen/cyberdyne.py [--force]

The map it writes is the level's source from then on (edit it in Tiled); this script
is kept to show how the draft was laid out, section by section.  The objectives on the
HUD lead through it in order (each event's conditions are what reaching a goal means):

A. the lot and the lobby (0-99): the SWAT van is parked by the doors (the way out, later).
   The night guard must be held (a punch or a shot: his hands go up) before he reaches the
   phone, or building security comes; Dyson's key card opens the security door.
B. the stairwell and the corridor (100-165): up the stairs; Dyson keys the vault's
   combination while the T-800 holds the top of the stairs against SWAT coming up them (they
   lob tear gas: it chokes Dyson, and a punch throws a canister back).  The arm and the chip.
C. the lab (166-206): Dyson sets the charges while SWAT come in through the windows; then the
   minigun, and the police cars in the lot below the window bay are shredded (they burn).
D. the escape: Dyson is shot and holds the dead-man switch; the countdown runs while the T-800
   runs down the stairs, through the lobby (SWAT waiting) and into the van.  Still inside when
   it ends: a life, back at the lab's checkpoint, the countdown again.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tools.levelgen.tmx import Grid, Obj, write_tmx  # noqa: E402

W, H = 250, 40
T = 16
G = 34  # the ground floor's (and the lots') surface row
U = 18  # the upper floor's surface row
ROOF = 8  # the upper floor's ceiling row
FRONT = 36  # the tower's front wall (the lobby doors)
DOOR = 84  # the security door
STAIRS = 100  # the first tread
TOP = 130  # where the upper floor begins (the stairs' top)
VAULT = (149, 154)  # the vault door, in the corridor's back wall
LAB = 166  # the glass partition into the lab
WINDOWS = 199  # the lab's window bay
EDGE = 207  # the balcony's edge; the fire-escape ladder down to the lot
RIGHT_WALL = W - 1

TILES = {name: i for i, name in enumerate(line.split()[1] for line in (
    ROOT / "assets" / "src" / "art" / "tiles_cyberdyne.txt").read_text().splitlines()
    if line.split(";")[0].strip())}


class CyGrid(Grid):
    def set(self, x: int, y: int, tile: str | None) -> None:
        if 0 <= x < self.w and 0 <= y < self.h:
            self.cells[y][x] = 0 if tile is None else TILES[tile] + 1


def px(tiles: float) -> float:
    return tiles * T


def build() -> tuple[list, list, dict]:
    ground, back, front = CyGrid(W, H), CyGrid(W, H), CyGrid(W, H)

    # --- the lots, either side ----------------------------------------------------------------
    for x0, x1 in ((0, FRONT - 1), (EDGE, RIGHT_WALL)):
        ground.fill(x0, G, x1, G, "asphalt")
        ground.fill(x0, G + 1, x1, H - 1, "asphalt_fill")
        for x in range(x0 + 4, x1, 12):
            back.set(x, G - 6, "lot_lamp")
        for x in range(x0 + 2, x1, 6):
            back.set(x, G - 1, "parking_line")
    ground.fill(0, 0, 0, G - 1, "concrete_wall")
    ground.fill(RIGHT_WALL, 0, RIGHT_WALL, G - 1, "concrete_wall")
    ground.fill(0, G, FRONT - 1, G, "asphalt")

    # --- the tower: its skin above the lobby doors, the roof, the floors -----------------------------
    ground.fill(FRONT, 0, FRONT + 1, U + 1, "facade")
    for x in range(FRONT + 2, EDGE):
        for y in range(0, ROOF):
            back.set(x, y, "tower_glass")
    ground.fill(FRONT + 2, ROOF, EDGE - 1, ROOF, "ceiling")
    ground.fill(FRONT, G, STAIRS - 1, G, "floor_top")
    ground.fill(FRONT, G + 1, EDGE - 1, H - 1, "floor_fill")
    ground.fill(FRONT + 2, U, 95, U, "ceiling")  # the lobby's ceiling (the offices above are out of reach)
    ground.fill(FRONT + 2, U + 1, 95, U + 1, "ceiling")
    for x in range(FRONT + 2, 96):
        for y in range(ROOF + 1, U):
            back.set(x, y, "office_wall" if (x + y) % 9 else "window_night")

    # A. the lobby: a two-storey atrium of glass, the desk, the emblem, the security door.
    for y in range(U + 2, G):
        back.set(FRONT, y, "glass_door")
        back.set(FRONT + 1, y, "glass_door")
    for x in range(FRONT + 2, DOOR):
        for y in range(U + 2, G):
            if y < U + 8:
                back.set(x, y, "mullion" if x % 4 == 0 else "window_night")
            else:
                back.set(x, y, "office_wall")
    for x in range(FRONT + 4, DOOR, 8):
        back.set(x, U + 8, "ceiling_lamp")
    back.fill(55, G - 7, 56, G - 6, "logo_panel")
    back.fill(58, G - 1, 61, G - 1, "desk")
    back.set(61, G - 2, "monitor")
    back.fill(74, G - 3, 75, G - 1, "glass_door")
    back.set(DOOR - 1, G - 4, "keypad")
    for x in range(DOOR, STAIRS):
        for y in range(U + 2, G):
            back.set(x, y, "office_wall")
    back.set(DOOR + 4, G - 5, "exit_sign")

    # B. the stairwell: treads of two tiles rising one row, solid underneath.
    for k in range(TOP - STAIRS >> 1):
        row = G - 1 - k
        for x in (STAIRS + 2 * k, STAIRS + 2 * k + 1):
            ground.set(x, row, "stair")
            ground.fill(x, row + 1, x, G - 1, "floor_fill")
            back.set(x, row - 1, "stair_rail")
    for x in range(96, TOP):
        for y in range(ROOF + 1, G):
            if not ground.get(x, y) and not back.get(x, y):
                back.set(x, y, "office_wall")
    # the upper floor: the landing, the corridor with the vault, the lab, the window bay
    ground.fill(TOP, U, EDGE - 1, U, "floor_top")
    ground.fill(TOP, U + 1, EDGE - 1, U + 1, "floor_fill")
    ground.fill(EDGE - 2, U + 2, EDGE - 1, G - 1, "facade")  # the tower's side, over the right lot
    for x in range(TOP, EDGE - 2):
        for y in range(U + 2, G):
            back.set(x, y, "tower_glass")  # the floors below, out of reach: the tower's glass
    for x in range(TOP, LAB):
        for y in range(ROOF + 1, U):
            back.set(x, y, "office_wall")
        back.set(x, ROOF + 1, "duct")
    for x in range(145, 159):
        for y in range(ROOF + 2, U):
            back.set(x, y, "vault_wall")
    back.set(147, U - 4, "keypad")
    back.fill(VAULT[0] - 1, U - 1, VAULT[1], U - 1, "hazard_stripe")
    for x in range(TOP + 4, LAB, 8):
        back.set(x, ROOF + 2, "ceiling_lamp")
    for y in range(ROOF + 1, U):
        back.set(LAB, y, "glass_door")
    # C. the lab: racks, benches, workstations; then the window bay and the balcony over the lot
    for x in range(LAB + 1, WINDOWS):
        for y in range(ROOF + 1, U):
            back.set(x, y, "office_wall")
    for x in range(168, 172):
        back.set(x, ROOF + 3, "server_top")
        for y in range(ROOF + 4, U):
            back.set(x, y, "server_rack")
    for x in (175, 176, 177, 178, 186, 187, 188, 189):
        back.set(x, U - 1, "monitor" if x % 2 else "lab_bench")
    for x in range(192, 196):
        back.set(x, ROOF + 3, "server_top")
        for y in range(ROOF + 4, U):
            back.set(x, y, "server_rack")
    for x in range(LAB + 3, WINDOWS, 7):
        back.set(x, ROOF + 1, "ceiling_lamp")
    for x in (WINDOWS, WINDOWS + 1):
        for y in range(ROOF + 1, U):
            back.set(x, y, "broken_glass" if (x + y) % 3 == 0 else "window_night")
    for x in range(WINDOWS + 2, EDGE):
        for y in range(ROOF + 1, U):
            back.set(x, y, "window_night" if x % 3 else "mullion")
    for y in range(U, G):
        ground.set(EDGE, y, "ladder")  # the fire escape: back up from the lot
    ground.set(EDGE, U, None)
    ground.set(EDGE, U, "ladder")
    back.fill(EDGE + 1, G - 1, EDGE + 1, G - 1, "hazard_stripe")

    ents = [
        Obj("player_start", px(26), px(G), props={"facing": "right", "character2": "sarah"}),
        Obj("parked_van", px(9), px(G), props={"facing": "right"}),
        Obj("ally", px(23), px(G), name="dyson", props={"who": "dyson", "facing": "right"}),
        Obj("ally", px(20), px(G), name="sarah", props={"who": "sarah", "facing": "right"}),
        Obj("ally", px(18), px(G), name="john", props={"who": "john", "facing": "right"}),
        Obj("night_guard", px(62), px(G), name="guard", props={"facing": "left"}),
        Obj("guard", px(72), px(G), name="backup", props={"facing": "left", "dormant": True}),
        Obj("guard", px(76), px(G), name="backup", props={"facing": "left", "dormant": True}),
        Obj("pickup", px(90), px(G), props={"item": "shells", "amount": 12}),
        # B. SWAT coming up the stairs, in waves while the vault is being opened
        Obj("swat", px(STAIRS + 1), px(G), name="stairs_team", props={"facing": "right", "dormant": True}),
        Obj("swat", px(STAIRS - 3), px(G), name="stairs_team", props={"facing": "right", "dormant": True}),
        Obj("pickup", px(TOP + 2), px(U), props={"item": "health"}),
        Obj("pickup", px(143), px(U), props={"item": "shells", "amount": 12}),
        Obj("pickup", px(151.5), px(U), name="relics", props={"item": "chip", "dormant": True}),
        # C. SWAT through the windows, the minigun, the cars in the lot
        Obj("swat", px(WINDOWS + 1), px(U), name="window_team",
            props={"facing": "left", "entry": "window", "dormant": True}),
        Obj("swat", px(WINDOWS + 3), px(U), name="window_team",
            props={"facing": "left", "entry": "window", "dormant": True}),
        Obj("pickup", px(182), px(U), props={"item": "shells", "amount": 12}),
        Obj("pickup", px(LAB + 2), px(U), props={"item": "health"}),
        Obj("pickup", px(WINDOWS - 3), px(U), name="minigun", props={"item": "minigun", "dormant": True}),
        Obj("police_car", px(EDGE + 12.5), px(G), name="cars", props={"facing": "left", "dormant": True, "health": 40}),
        Obj("police_car", px(EDGE + 19), px(G), name="cars", props={"facing": "left", "dormant": True, "health": 40}),
        Obj("police_car", px(RIGHT_WALL - 5), px(G), name="late_car",
            props={"facing": "left", "dormant": True, "throttle": -0.5, "health": 40}),
        # D. the lobby on the way out
        Obj("swat", px(46), px(G), name="lobby_team", props={"facing": "right", "dormant": True}),
        Obj("swat", px(52), px(G), name="lobby_team", props={"facing": "right", "dormant": True}),
        Obj("swat", px(70), px(G), name="lobby_team", props={"facing": "right", "dormant": True}),
        Obj("pickup", px(DOOR + 3), px(G), props={"item": "health"}),
    ]
    full_up = px(U - ROOF - 1)  # the upper floor's rooms, floor to ceiling
    full_down = px(G - U - 2)  # the lobby's
    trig = [
        # A. the lot and the lobby
        Obj("story", px(22), px(G - 10), px(4), px(10), props={
            "text": "Cyberdyne Systems, two in the morning. Dyson's key card gets us in. "
                    "The night guard must not reach the phone: hold him, don't hurt him.", "seconds": 5.0}),
        Obj("event", px(24), px(G - 10), px(4), px(10), name="plan", props={
            "cond1": "players_inside", "act1": 'objective "Get past the night guard" guard_post'}),
        Obj("event", px(52), px(U + 2), px(16), full_down, name="guard_post", props={
            "cond1": "players_inside", "cond2": "not down guard",
            "act1": 'caption "The guard has seen you. Punch ({interact}) and he puts his hands up." 3',
            "act2": "start_timer guard_phone 6"}),
        Obj("event", 0, 0, name="guard_alarm", props={
            "cond1": "timer_done guard_phone", "cond2": "not down guard",
            "act1": 'caption "He reached the phone! Building security, from the back office." 3',
            "act2": "sound alarm", "act3": "wake backup"}),
        Obj("event", 0, 0, name="guard_held", props={
            "cond1": "down guard",
            "act1": 'caption "DYSON: My card opens the security door. Cover me." 3',
            "act2": "task dyson 2 card_read card_reader"}),
        Obj("event", px(DOOR - 2), px(G - 6), px(2), px(6), name="card_reader", props={
            "cond1": "flag_set card_read",
            "act1": "open_door lobby_door", "act2": "follow dyson",
            "act3": 'objective "Up the stairs to the lab" lab_entry'}),
        Obj("door", px(DOOR), px(U + 2), px(1), full_down, name="lobby_door", props={"locked": True}),
        Obj("checkpoint", px(DOOR + 2), px(G - 4), px(2), px(4)),
        # B. the stairs and the vault
        Obj("checkpoint", px(TOP + 1), px(U - 4), px(2), px(4), name="cp_top"),
        # the view holds the top of the stairs and the vault together: what comes up, and Dyson
        Obj("camera_lock", px(116), px(ROOF), px(40), px(23), name="stairs_view"),
        Obj("event", px(136), px(ROOF + 1), px(4), full_up, name="lab_entry", props={
            "cond1": "players_inside", "cond2": "flag_set card_read",
            "act1": 'objective "Hold the stairs: Dyson is opening the vault" hold_stairs',
            "act2": "task dyson 26 vault_open vault_keypad",
            "act3": 'caption "DYSON: The vault. Give me half a minute, and keep them off me." 3',
            "act4": "sound alarm", "act5": "start_timer wave 4"}),
        Obj("event", px(139), px(ROOF + 1), px(5), full_up, name="hold_stairs", props={
            "cond1": "timer_done wave", "cond2": "flag_set card_read",
            "act1": 'caption "SWAT on the stairs! Shots ({fire}) only wound them. Tear gas chokes Dyson: '
                    'punch ({interact}) a canister to throw it back." 5',
            "act2": "spawn stairs_team", "act3": "start_timer wave 9"}),
        # the next team comes up once the last is down (and a moment has passed): no pile of officers
        Obj("event", px(146), px(ROOF + 1), px(3), full_up, name="vault_keypad", props={
            "cond1": "timer_done wave", "cond2": "down stairs_team", "cond3": "not flag_set vault_open",
            "act1": "spawn stairs_team", "act2": "start_timer wave 9", "repeat": True}),
        Obj("vault_door", px(VAULT[0]), px(U - 6), px(VAULT[1] - VAULT[0]), px(6), name="vault"),
        Obj("event", px(VAULT[0]), px(ROOF + 1), px(VAULT[1] - VAULT[0]), full_up, name="vault_spot", props={
            "cond1": "flag_set vault_open",
            "act1": "open_door vault", "act2": "wake relics", "act3": "follow dyson",
            "act4": 'caption "DYSON: It\'s open. The arm... and the chip. Take them." 3',
            "act5": 'objective "Take the arm and the chip" vault_spot'}),
        # C. the lab: the charges, the windows, the cars
        Obj("checkpoint", px(LAB + 2), px(U - 4), px(2), px(4), name="cp_lab"),
        Obj("event", px(180), px(ROOF + 1), px(6), full_up, name="hold_lab", props={
            "cond1": "down relics",
            "act1": 'objective "Hold the lab: Dyson is setting the charges" hold_lab',
            "act2": "task dyson 18 charges_set lab_bench",
            "act3": 'caption "DYSON: The lab has to go too. Let me set the charges." 3',
            "act4": "start_timer window_wave 5", "act5": "wake cars", "act6": "sound siren"}),
        Obj("event", 0, 0, name="roof_team", props={
            "cond1": "timer_done window_wave",
            "act1": 'caption "They are coming in through the windows!" 2.5',
            "act2": "spawn window_team", "act3": "start_timer window_wave 8"}),
        Obj("event", px(171), px(ROOF + 1), px(3), full_up, name="lab_bench", props={
            "cond1": "timer_done window_wave", "cond2": "down window_team", "cond3": "not flag_set escape",
            "act1": "spawn window_team", "act2": "start_timer window_wave 8", "repeat": True}),
        Obj("event", px(EDGE - 3), px(ROOF + 1), px(3), full_up, name="balcony_edge", props={
            "cond1": "flag_set charges_set",
            "act1": "wake minigun", "act2": "follow dyson",
            "act3": 'caption "SARAH: Take the minigun! The police cars in the lot: keep their heads down." 4',
            "act4": 'objective "Shred the police cars: at the edge hold {aim}, down and forward, fire held ({fire})"'
                    ' balcony_edge'}),
        # the window bay's view takes in the lot below (the cars are there)
        Obj("camera_lock", px(EDGE - 21), px(14), px(40), px(22), name="lot_view"),
        Obj("event", 0, 0, name="late_car_in", props={
            "cond1": "down cars", "act1": "wake late_car",
            "act2": 'caption "Another patrol car, coming in fast!" 2.5'}),
        # D. Dyson is hit; the countdown; the escape
        Obj("event", 0, 0, name="dyson_down", props={
            "cond1": "down late_car", "cond2": "flag_set charges_set",
            "act1": "wound dyson", "act2": "set_flag escape",
            "act3": 'caption "Dyson is hit! DYSON: Go... I\'ll hold the switch. GO!" 4',
            "act4": "start_timer blast 40", "act5": 'show_timer blast "detonation"',
            "act6": 'objective "Out: down the stairs, through the lobby, into the SWAT van" van',
            "act7": "wake lobby_team", "act8": "wake van"}),
        Obj("event", px(FRONT), px(ROOF + 1), px(EDGE - FRONT), px(G - ROOF - 1), name="building", props={
            "cond1": "timer_done blast", "cond2": "players_inside", "cond3": "not flag_set blasted",
            "act1": "explode lab", "act2": "lose_life",
            "act3": 'caption "Caught in the blast. Faster: Dyson holds the switch again." 3',
            "act4": "start_timer blast 40", "repeat": True}),
        Obj("event", px(TOP), px(ROOF + 1), px(EDGE - TOP), full_up, name="lab", props={
            "cond1": "timer_done blast", "cond2": "not players_inside building",
            "act1": "explode", "act2": "set_flag blasted", "act3": "hide_timer",
            "act4": 'caption "Behind you, the lab goes up in a ball of fire." 3'}),
        # almost at the van: Dyson lets go of the switch, the tower's front blows out over the lot
        Obj("event", px(13), px(G - 6), px(10), px(6), name="getaway", props={
            "cond1": "players_inside", "cond2": "flag_set escape", "cond3": "not flag_set blasted",
            "act1": "explode tower_front", "act2": "set_flag blasted", "act3": "hide_timer",
            "act4": 'caption "Dyson lets go of the switch. The lab goes up behind you." 3'}),
        Obj("event", px(FRONT - 3), px(4), px(9), px(U - 4), name="tower_front", props={
            "cond1": "timer_done blast", "cond2": "flag_set blasted", "act1": "explode"}),
        Obj("exit", px(5), px(G - 4), px(8), px(4), name="van", props={"next": "pursuit", "dormant": True}),
    ]
    layers = [("back", back, {}), ("ground", ground, {"collision": True}), ("front", front, {"front": True})]
    props = {"title": "Cyberdyne", "next": "pursuit", "music": "cyberdyne", "background": "cyberdyne",
             "intro": "cyberdyne", "no_kill": True, "par_seconds": 330, "par_score": 9000, "par_damage": 8}
    return layers, [("entities", ents), ("triggers", trig)], props


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description="write levels/cyberdyne.tmx from this first draft")
    parser.add_argument("--force", action="store_true", help="overwrite levels/cyberdyne.tmx")
    args = parser.parse_args()
    out = ROOT / "levels" / "cyberdyne.tmx"
    if out.exists() and not args.force:
        print(f"{out} exists and is edited in Tiled now; use --force to overwrite it")
        return 1
    layers, objects, props = build()
    write_tmx(out, W, H, "../assets/tiles/cyberdyne.tsx", layers, objects, props)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
