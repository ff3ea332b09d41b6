"""Security (game/entities/security.py), driven like a player on small maps: watchmen's sight
cones and walls, the alarm and the doors it shuts, keys, knock-outs that are never casualties,
the barred gate the liquid metal flows through, and the police car that carries the T-1000."""

from __future__ import annotations

from game.entities.liquid import LiquidTerminator
from game.entities.security import Door, SecurityGate, Watchman
from game.entities.vehicle import Vehicle
from game.input.actions import Action, InputSnapshot
from tests.world.conftest import hold, obj, press, run, settle

GROUND = 160  # FLAT's ground line
IDLE = InputSnapshot()
# A column of wall two tiles wide at x 224..256, floor to ceiling.
WALLED = ["." * 14 + "##" + "." * 24] * 10 + ["#" * 40] * 2


def _one(world, cls):
    return next(e for e in world.entities if isinstance(e, cls))


def _watchman(x=300, facing="left", **props):
    return obj(10, "ward_guard", x, GROUND, facing=facing, **props)


# --- sight ---------------------------------------------------------------------------------------
def test_a_guard_sees_a_player_in_his_cone_notices_then_raises_the_alarm(arena):
    world = arena(objects=[_watchman(x=200)], start_x=96)  # 104 px in front of him
    guard = _one(world, Watchman)
    run(world, IDLE, 5)
    assert guard.sees_player(world)
    assert guard.mode == "notice" and world.security is None or not world.security.ringing
    run(world, IDLE, 60)
    assert world.security is not None and world.security.ringing
    assert guard.mode == "chase"


def test_a_guard_does_not_see_through_a_wall_nor_behind_him_nor_beyond_his_cone(arena):
    world = arena(rows=WALLED, objects=[_watchman(x=300)], start_x=96)  # the wall stands between them
    guard = _one(world, Watchman)
    run(world, IDLE, 120)
    assert not guard.sees_player(world) and world.security is None
    behind = arena(objects=[_watchman(x=200, facing="left")], start_x=260)
    run(behind, IDLE, 120)
    assert not _one(behind, Watchman).sees_player(behind) and behind.security is None
    far = arena(objects=[_watchman(x=600)], start_x=96)  # 500 px: out of his reach
    run(far, IDLE, 120)
    assert not _one(far, Watchman).sees_player(far) and far.security is None


def test_stepping_out_of_the_cone_in_time_lets_the_notice_fade(arena):
    world = arena(objects=[_watchman(x=200)], start_x=60)  # 140 px: seen, but not up close
    guard = _one(world, Watchman)
    run(world, IDLE, 20)
    assert guard.mode == "notice"
    run(world, hold(Action.LEFT), 30)  # back out of his reach before he is sure
    run(world, IDLE, 240)
    assert world.security is None or world.security.alarms == 0
    assert guard.mode in ("look", "patrol")


# --- the alarm and doors -------------------------------------------------------------------------
def test_the_alarm_shuts_lockdown_doors_and_they_open_again_once_it_is_quiet(arena):
    door = obj(11, "door", 320, GROUND - 48, 16, 48, name="ward_door", open=True, lockdown=True)
    world = arena(objects=[_watchman(x=200), door], start_x=96)
    d = _one(world, Door)
    assert d.is_open and not world.solid_at(328, GROUND - 20)
    run(world, IDLE, 80)  # seen: the alarm
    assert world.security.ringing
    assert not d.is_open and d.locked_down and world.solid_at(328, GROUND - 20)
    world.security.quiet(world)
    assert not d.locked_down and not d.is_open  # quiet: shut, but it opens to a player again
    world.player.place(300, GROUND)
    guard = _one(world, Watchman)
    guard.alive = False  # (out of the way)
    run(world, hold(Action.RIGHT), 40)
    assert d.is_open and world.player.x > 330


def test_a_locked_door_stops_the_player_until_the_team_has_its_key(arena):
    door = obj(11, "door", 240, GROUND - 48, 16, 48, key="keycard")
    card = obj(12, "pickup", 160, GROUND, item="keycard")
    world = arena(objects=[door], start_x=96)
    run(world, hold(Action.RIGHT), 90)
    assert world.player.x < 240  # stopped at the door
    world2 = arena(objects=[door, card], start_x=96)
    run(world2, hold(Action.RIGHT), 90)
    assert "keycard" in world2.security.keys
    assert _one(world2, Door).is_open and world2.player.x > 260


def test_the_raise_alarm_action_and_the_alarm_condition(arena):
    events = [obj(20, "event", 0, 0, name="trip", cond1="players_inside", act1="raise_alarm 5"),
              obj(21, "event", 0, 0, name="react", cond1="alarm", act1="set_flag rang"),
              obj(22, "event", 0, 0, name="after", cond1="flag_set rang", cond2="not alarm", act1="set_flag over")]
    events[0] = obj(20, "event", 0, 0, 640, 192, name="trip", cond1="players_inside", act1="raise_alarm 5")
    world = arena(objects=events)
    settle(world, 5)
    assert world.security.ringing and "rang" in world.script.flags
    settle(world, 60 * 6)
    assert not world.security.ringing and "over" in world.script.flags


# --- knock-outs, never casualties ----------------------------------------------------------------
def test_a_punch_from_behind_knocks_a_guard_out_at_once_and_he_drops_his_keys(arena):
    world = arena(objects=[_watchman(x=120, facing="right", carries="keys")], start_x=96)
    guard = _one(world, Watchman)
    run(world, hold(Action.RIGHT), 6)
    run(world, press(Action.INTERACT), 1)
    run(world, IDLE, 30)
    assert guard.is_down and guard.state == "down"
    assert world.stats.casualties == 0 and world.stats.knockouts == 1
    assert world.security is None or not world.security.ringing  # he never saw her
    run(world, hold(Action.RIGHT), 60)
    assert world.security is not None and "keys" in world.security.keys


def test_a_guard_face_to_face_takes_several_punches_and_is_still_only_knocked_out(arena):
    world = arena(objects=[_watchman(x=120, facing="left")], start_x=96)
    guard = _one(world, Watchman)
    for _ in range(20):
        if guard.is_down:
            break
        run(world, press(Action.INTERACT), 1)
        run(world, IDLE, 24)
    assert guard.is_down and guard.state == "down"
    assert world.stats.casualties == 0 and world.stats.knockouts == 1


def test_gunfire_in_a_no_kill_level_only_wounds_a_guard(arena):
    world = arena(objects=[_watchman(x=160, facing="left")], start_x=96)
    world.no_kill = True  # the hospital's map says so (after John's order)
    guard = _one(world, Watchman)
    for _ in range(10):
        if guard.is_down:
            break
        run(world, press(Action.FIRE), 1)
        run(world, IDLE, 40)
    assert guard.is_down and guard.state == "wounded"
    assert world.stats.casualties == 0


# --- the barred gate --------------------------------------------------------------------------------
def test_the_t1000_flows_through_the_gate_bars_and_the_t800_cannot(arena):
    gate = obj(11, "security_gate", 320, GROUND - 64, 16, 64, name="gate", locked=True)
    t1000 = obj(12, "t1000", 440, GROUND, name="t1000", droplets=150)
    world = arena(objects=[gate, t1000], start_x=96)
    g = _one(world, SecurityGate)
    assert not g.is_open and len(g.shapes) == 2  # two bars, a gap between them narrower than anybody
    run(world, hold(Action.RIGHT), 180)
    p = world.player
    assert p.x < 320 and p.state != "dead"  # held at the bars
    t = _one(world, LiquidTerminator)
    crossed = False
    for _ in range(60 * 8):
        run(world, IDLE, 1)
        if t.x < 310:
            crossed = True
            break
    assert crossed, t.x
    assert t.body.counts()[0] + t.body.counts()[1] > 0.9 * t.body.n  # it came through whole (nothing lost)


# --- the police car -------------------------------------------------------------------------------
CAR_MAP = ["." * 120] * 10 + ["#" * 120] * 2


def test_the_police_car_reverses_and_steers_with_the_t1000_holding_on(arena):
    car = obj(11, "police_car", 400, GROUND, facing="left")
    t1000 = obj(12, "t1000", 300, GROUND, name="t1000", droplets=150, speed=1.4, clings=True)
    world = arena(rows=CAR_MAP, objects=[car, t1000], start_x=410)
    v, p, t = _one(world, Vehicle), world.player, _one(world, LiquidTerminator)
    run(world, press(Action.INTERACT), 1)
    assert p.vehicle is v
    for _ in range(60 * 4):  # it runs at the car and leaps on
        run(world, IDLE, 1)
        if t.hang_on is v:
            break
    assert t.hang_on is v
    x0 = v.x
    gaps = []
    for _ in range(90):  # reverse: the car faces left and backs away to the right
        run(world, hold(Action.RIGHT), 1)
        gaps.append(abs(t.x - v.x))
    assert v.x > x0 + 150 and v.facing == -1
    x1 = v.x
    for _ in range(150):  # then brake and drive back the other way
        run(world, hold(Action.LEFT), 1)
        gaps.append(abs(t.x - v.x))
    assert v.chassis.velocity.x < -60 and v.x < x1
    assert t.hang_on is v and max(gaps) < 60  # it rode along all the way
    assert abs(t.y - (v.y - 16)) < 12  # on the hood



def test_the_t800_in_the_back_seat_blasts_the_clinging_t1000_off_and_it_must_run_the_car_down(arena):
    """The hospital's escape: with the T-800 boarded, the T-1000 on the hood gets a moment, then a
    blast out of the window throws it off behind; without him aboard it rides on (the test above)."""
    from game.entities.dyson import GUNNER_GRACE

    car = obj(11, "police_car", 400, GROUND, facing="left")
    t1000 = obj(12, "t1000", 300, GROUND, name="t1000", droplets=150, speed=1.4, clings=True)
    ally = obj(13, "t800_ally", 430, GROUND, name="t800", facing="left")
    world = arena(rows=CAR_MAP, objects=[car, t1000, ally], start_x=410)
    v, t = _one(world, Vehicle), _one(world, LiquidTerminator)
    (t800,) = world.find("t800")
    run(world, press(Action.INTERACT), 1)
    t800.board(world)
    assert v.passengers == [t800] and not t800.alive  # inside the car, out of the scene
    for _ in range(60 * 4):
        run(world, IDLE, 1)
        if t.hang_on is v:
            break
    assert t.hang_on is v
    held = 0
    while t.hang_on is v and held < 60 * 3:
        run(world, hold(Action.RIGHT), 1)
        held += 1
    assert t.hang_on is None, "it rode on with the T-800 aboard"
    assert abs(held / 60 - GUNNER_GRACE) < 0.1  # he fired once it had had its moment
    run(world, hold(Action.RIGHT), 30)
    assert v.x - t.x > 80  # thrown off behind the car as it backs away


def test_a_t1000_leaps_on_only_where_the_map_says_it_clings(arena):
    car = obj(11, "police_car", 400, GROUND, facing="left")
    t1000 = obj(12, "t1000", 300, GROUND, name="t1000", droplets=150, speed=1.4)  # no ``clings``
    world = arena(rows=CAR_MAP, objects=[car, t1000], start_x=410)
    t = _one(world, LiquidTerminator)
    run(world, press(Action.INTERACT), 1)
    for _ in range(60 * 4):
        run(world, IDLE, 1)
        assert t.hang_on is None  # the canal's and the mall's T-1000s never ride the player's bike

# --- Sarah: the sedative, and hiding from a cone ---------------------------------------------------
def _sarah_world(tmp_path, objects, start_x=96, weapon="none"):
    from game.level import load_level
    from game.world.world import World
    from tests.world.conftest import FLAT, make_map

    objs = [obj(1, "player_start", start_x, GROUND, character="sarah", weapon=weapon),
            obj(2, "exit", 38 * 16, GROUND - 32, 16, 32), *objects]
    return World(load_level(make_map(tmp_path, FLAT, objs)), seed=1)


def test_sarahs_sedative_puts_a_guard_who_sees_her_to_sleep_a_knockout_not_a_casualty(tmp_path):
    world = _sarah_world(tmp_path, [_watchman(x=118, facing="left")], weapon="sedative")
    guard = _one(world, Watchman)
    assert world.player.kind == "sarah"
    run(world, IDLE, 3)
    assert guard.sees_player(world)  # face to face: no sneaking here
    run(world, press(Action.FIRE), 1)
    run(world, IDLE, 30)
    assert guard.is_down and guard.state == "down"
    assert world.stats.casualties == 0 and world.stats.knockouts == 1


def test_sarah_crouched_in_a_hiding_spot_is_not_seen_in_the_cone(tmp_path):
    spot = obj(12, "hiding_spot", 80, GROUND - 48, 32, 48)
    world = _sarah_world(tmp_path, [spot, _watchman(x=200)], start_x=96)
    guard = _one(world, Watchman)
    run(world, hold(Action.DOWN), 90)
    assert world.player.hiding and not guard.sees_player(world)
    assert world.security is None or not world.security.ringing
    run(world, IDLE, 10)  # stands up: in plain view again
    assert guard.sees_player(world)


def test_sarahs_broom_handle_reaches_a_man_her_fist_cannot_and_hits_harder(tmp_path):
    """The cell's broom: walked into, it is hers (and says which key swings it); her blow then lands
    at a distance where a bare fist falls short, and takes more out of him."""
    from game.entities.sarah import BROOM_DAMAGE, BROOM_REACH

    def blow(with_broom: bool):
        objects = [_watchman(x=96 + 30, facing="left")]  # 30 px ahead: past a fist, inside the broom's reach
        if with_broom:
            objects.append(obj(11, "pickup", 96, GROUND, item="broom"))
        world = _sarah_world(tmp_path, objects, start_x=96)
        guard = _one(world, Watchman)
        sarah = world.player
        run(world, IDLE, 2)
        assert sarah.broom == with_broom
        if with_broom:
            assert world.caption and "{interact}" in world.caption[0]
        health = guard.health
        run(world, press(Action.INTERACT), 1)
        run(world, IDLE, 30)
        return health - guard.health, sarah

    bare, sarah = blow(False)
    assert bare == 0 and sarah.melee_reach() < 30  # the fist falls short
    broom, sarah = blow(True)
    assert sarah.melee_reach() == BROOM_REACH > 30
    assert broom >= min(BROOM_DAMAGE, 1) and broom > bare
    assert sarah.sheet == "sarah_broom"  # drawn with it in her hand


def test_a_blow_takes_the_doctor_hostage_and_the_guard_who_sees_them_stands_back(tmp_path):
    """The doctor is nobody's knock-out: Sarah's blow takes him hostage, a needle at his neck. He walks in
    front of her, and a guard with them in his cone neither notices nor raises the alarm; she cannot strike
    with her hands full. Sent, he is let go."""
    from game.entities.security import Doctor

    doctor = obj(11, "doctor", 96 + 16, GROUND, name="doc", facing="right")
    world = _sarah_world(tmp_path, [doctor, _watchman(x=400, facing="left")], start_x=96)
    doc, guard, sarah = _one(world, Doctor), _one(world, Watchman), world.player
    run(world, IDLE, 2)
    run(world, press(Action.INTERACT), 1)
    run(world, IDLE, 30)
    assert doc.captor is sarah and sarah.hostage is doc and not doc.is_down
    assert world.stats.knockouts == 0 and world.stats.casualties == 0
    for _ in range(100):  # walk him right up to the guard, in plain view
        run(world, hold(Action.RIGHT), 1)
        assert 0 < doc.x - sarah.x < 20  # in front of her
    assert guard.sees_player(world) and guard.mode != "chase"
    assert world.security is None or not world.security.ringing
    health = guard.health
    run(world, press(Action.INTERACT), 1)
    run(world, IDLE, 30)
    assert guard.health == health  # her hands are full
    doc.send(sarah.x - 60)
    run(world, IDLE, 60)
    assert doc.captor is None and sarah.hostage is None and doc.x < sarah.x
