"""The canal's vehicles, driven like a player (input snapshots) or like a script (``drive``):
headless, fixed step, seeded.  Uses tests/world/vehicle_ramp.tmx (a polyline ramp) and levels/canal.tmx."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from game.entities.tow_truck import Junk
from game.entities.vehicle import SPECS, Vehicle, Wheel
from game.input.actions import NO_INPUT, Action, InputSnapshot
from game.input.autopilot import Autopilot
from game.level import load_level
from game.level.checker import check
from game.level.data import LevelObject, Rect
from game.timestep import DT
from game.world.world import World

RAMP = Path(__file__).parent / "vehicle_ramp.tmx"
CANAL = Path(__file__).resolve().parents[2] / "levels" / "canal.tmx"


def _step(world: World, frames: int = 1) -> None:
    for _ in range(frames):
        world.step(DT, NO_INPUT)
        world.drain_events()


def _ramp_world() -> World:
    return World(load_level(RAMP), seed=1)


def _bike(world: World) -> Vehicle:
    return next(e for e in world.entities if e.kind == "motorcycle")


def test_canal_checks_and_is_in_the_campaign_after_the_mall():
    from game.progress import CAMPAIGN

    assert check([CANAL]) == []
    assert CAMPAIGN.index("canal") == CAMPAIGN.index("mall") + 1


def test_a_bike_in_neutral_on_a_slope_rolls_down():
    world = _ramp_world()
    bike = _bike(world)
    bike.reset(440, 272 - 64 * 120 / 160)  # on the ramp's deck, three quarters up
    bike.driver = object()  # somebody sits on it with no foot on the brake (a ridden bike coasts)
    start = bike.x
    _step(world, 90)
    assert bike.x < start - 40


def test_full_throttle_climbs_the_ramp():
    world = _ramp_world()
    bike = _bike(world)
    bike.reset(250, 272)
    bike.drive(1.0)
    top = 272.0
    for _ in range(120):
        bike.drive(1.0)
        _step(world)
        top = min(top, bike.y)
    assert top < 272 - 50  # up the ramp (rising 64 px) and over its top


def test_a_truck_rammed_into_barrels_scatters_them(tmp_path):
    world = _ramp_world()
    junk = Junk(world, LevelObject(99, "barrels", "stack", Rect(1500, 240, 52, 32)),
                "barrel")
    world.admit(junk)
    truck = next(e for e in world.entities if e.kind == "truck")
    for _ in range(150):
        truck.drive(1.0)
        _step(world)
    assert truck.x > 1500
    assert junk.scattered() > 40


def test_the_tow_truck_cannot_pass_the_bike_without_pushing_it():
    world = _ramp_world()
    bike = _bike(world)
    bike.reset(700, 272)
    truck = next(e for e in world.entities if e.kind == "truck")
    truck.reset(560, 272)
    pushed = False
    for _ in range(240):
        truck.drive(1.0)
        _step(world)
        assert truck.x < bike.x, "passed through the bike"
        pushed = pushed or bike.x > 720
    assert pushed


def test_the_vehicle_is_reusable_as_a_police_car():
    police = replace(SPECS["truck"], sprite="police_car", chassis=((-40.0, -22.0, 42.0, -10.0), (-18.0, -32.0, 20.0, -22.0)),
                     chassis_mass=500.0, wheels=(Wheel(-26.0, -8.0, 8.0, True), Wheel(28.0, -8.0, 8.0, True)),
                     top_speed=300.0, drive_torque=900000.0, seat=(0.0, -12.0))
    world = _ramp_world()
    car = Vehicle(world, 600, 272, police, "truck")
    world.admit(car)
    _step(world, 30)
    assert all(car.wheels_down)
    x0 = car.x
    for _ in range(120):
        car.drive(1.0)
        _step(world)
    assert car.x - x0 > 250 and abs(car.tilt()) < 0.3


# --- the level itself: its own ramps, its set pieces, the scripted player ---------------------------

def _canal_world() -> World:
    """The canal with its first update run: the start's set piece has put John on his dirt bike."""
    world = World(load_level(CANAL), seed=1)
    world.step(DT, NO_INPUT)
    world.drain_events()
    return world


def _ramps(level) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    """Every segment of the level's solid outlines that rises to the right (a ramp the way the level
    runs), as ((x0, y0), (x1, y1)) with x0 < x1; vertical faces are walls, not ramps."""
    found = []
    for outline in level.outlines:
        pts = list(outline.points) + ([outline.points[0]] if outline.closed else [])
        for a, b in zip(pts, pts[1:]):
            (x0, y0), (x1, y1) = sorted((a, b))
            if x1 - x0 > 16 and y1 < y0:
                found.append(((x0, y0), (x1, y1)))
    return found


def _steepest_ramp(level):
    return max(_ramps(level), key=lambda s: (s[0][1] - s[1][1]) / (s[1][0] - s[0][0]))


def test_full_throttle_climbs_the_steepest_ramp_of_the_canal():
    for kind in ("trail_bike", "motorcycle"):
        world = World(load_level(CANAL), seed=1)
        (x0, y0), (x1, y1) = _steepest_ramp(world.level)
        assert (y0 - y1) / (x1 - x0) > 0.35  # the big ramp: over 19 degrees
        bike = Vehicle(world, x0 - 120, y0, SPECS[kind], kind)
        world.admit(bike)
        bike.driver = object()
        top = y0
        for _ in range(150):
            bike.drive(1.0)
            _step(world)
            top = min(top, bike.y)
        assert top < y1 + 12, f"{kind} stalled at {bike.x:.0f},{bike.y:.0f} under the top at {x1},{y1}"


def _jump_big_ramp(lean_policy) -> tuple[World, Vehicle, list[float]]:
    """John rides full throttle off the big ramp (the steepest one), leaning in the air as told."""
    world = _canal_world()
    bike = world.player.vehicle
    (x0, y0), _ = _steepest_ramp(world.level)
    bike.reset(x0 - 260, y0)
    landings = []
    air = 0
    for _ in range(60 * 4):
        held = {Action.RIGHT}
        if not bike.on_ground:
            held |= lean_policy(bike)
        world.step(DT, InputSnapshot.of(held))
        world.drain_events()
        if world.player.state == "dead":
            break
        air = air + 1 if not bike.on_ground else (landings.append(bike.x) or 0) if air > 10 else 0
    return world, bike, landings


def test_a_jump_from_the_big_ramp_lands_upright_with_the_right_lean():
    def level_it(bike):  # as a rider does: nose up, lean forward; nose down, lean back
        tilt = bike.tilt()
        return {Action.UP} if tilt > 0.08 else {Action.DOWN} if tilt < -0.08 else set()

    world, bike, landings = _jump_big_ramp(level_it)
    assert landings, "never left the ramp"
    assert world.player.state == "ride" and world.player.vehicle is bike
    assert abs(bike.tilt()) < 0.3
    assert bike.chassis.velocity.x > 200  # a good landing keeps the speed


def test_a_jump_from_the_big_ramp_throws_the_rider_with_the_wrong_lean():
    world, bike, _ = _jump_big_ramp(lambda bike: {Action.DOWN})  # pushing the nose down all the way
    assert world.player.state == "dead"
    assert world.stats.deaths == 1


def test_john_rides_first_unarmed_then_the_t800_takes_over_behind_the_truck():
    world = _canal_world()
    p = world.player
    assert p.kind == "john_rider" and p.vehicle.kind == "trail_bike"
    shells = p.shells
    world.step(DT, InputSnapshot.of({Action.FIRE}, {Action.FIRE}))
    world.step(DT, InputSnapshot.of({Action.INTERACT}, {Action.INTERACT}))
    assert p.shells == shells and p.vehicle is not None  # no gun, and he stays on his bike
    bot = Autopilot(world)
    seen = []
    for _ in range(60 * 60):
        world.step(DT, bot.next_frame())
        world.drain_events()
        if p.kind not in seen:
            seen.append(p.kind)
        if p.kind == "t800":
            break
    assert seen == ["john_rider", "t800"]
    truck = next(e for e in world.entities if e.kind == "tow_truck")
    assert p.vehicle.kind == "motorcycle" and truck.x > p.x  # the T-800 comes up behind the truck
    john = next(e for e in world.entities if e.kind == "trail_bike")
    assert john.driver is None and john.rider_kind == "john_rider"  # John rides on ahead...
    for _ in range(60 * 3):
        world.step(DT, bot.next_frame())
        world.drain_events()
    assert not any(e.kind == "trail_bike" for e in world.entities)  # ...out of sight


def test_a_thrown_john_finds_the_truck_behind_him_again():
    """The truck chasing John is put back at his checkpoint's ``t1000_restart``, not left ahead of him."""
    world = _canal_world()
    bot = Autopilot(world)
    while world.t1000_restart is None:
        world.step(DT, bot.next_frame())
        world.drain_events()
    truck = next(e for e in world.entities if e.kind == "tow_truck")
    spot = world.t1000_restart
    world.player.lose_life(world)
    for _ in range(150):
        world.step(DT, NO_INPUT)
        world.drain_events()
        if world.player.state == "ride":
            break
    world.step(DT, NO_INPUT)  # the truck's driver sees him back
    assert world.player.state == "ride"
    assert truck.x < world.player.x - 200 and abs(truck.x - spot[0]) < 20


def test_the_autopilot_finishes_the_canal_with_no_casualties():
    from game.headless import run_level

    result = run_level("canal", source=Autopilot, frames=60 * 240)
    assert result.outcome == "completed", result.line()
    assert result.casualties == 0


def test_the_t1000_walks_out_of_the_burning_wreck_with_flames_on_it():
    """The crash under the overpass: the wreck burns, the T-1000 walks out of the fire as droplets
    with flames riding on them (fire drawn where its metal is), and the level ends."""
    world = _canal_world()
    pilot = Autopilot(world)
    flames_on_metal = 0
    for _ in range(60 * 240):
        world.step(DT, pilot.next_frame())
        fires = [e for e in world.drain_events() if e[0] == "fx" and e[1] == "fire"]
        for t in world.t1000s:
            live, pos = t.body.droplet_positions()
            if not len(live) or not fires:
                continue
            x0, y0 = pos.min(axis=0)
            x1, y1 = pos.max(axis=0)
            flames_on_metal += sum(1 for _, _, x, y, _ in fires if x0 <= x <= x1 and y0 - 8 <= y <= y1)
        if world.outcome:
            break
    assert world.outcome == "completed"
    assert flames_on_metal >= 10


def test_the_t1000_walks_out_of_the_wreck_wherever_the_truck_burned():
    """Shot to a wreck early, far short of the overpass, the truck burns where it stops: the T-1000
    comes out of that fire, on screen, not from a spot the map fixed."""
    world = _canal_world()
    pilot = Autopilot(world)
    truck = None
    for _ in range(60 * 120):
        world.step(DT, pilot.next_frame())
        truck = next((e for e in world.entities if e.kind == "tow_truck"), None)
        if world.player.kind == "t800" and truck is not None:
            break
    assert truck is not None and world.player.kind == "t800"
    truck.hurt(world, truck.health + 1)  # every tyre and the cab at once
    wreck = None
    for _ in range(60 * 20):
        world.step(DT, pilot.next_frame())
        wreck = wreck or next((e for e in world.entities if e.kind == "truck_wreck"), None)
        if world.t1000s:
            break
    assert wreck is not None and world.t1000s
    t = world.t1000s[0]
    assert abs(t.x - wreck.x) < 40 and t.burning > 0
    assert abs(t.x - world.player.x) < 640  # in view, or nearly


def _tailing_the_truck_at_its_tell() -> tuple[World, Vehicle]:
    """The canal played by the scripted player until the truck first hauls its tow hook forward (its tell),
    with the T-800 on his motorcycle close behind it."""
    world = _canal_world()
    bot = Autopilot(world)
    truck = None
    for _ in range(60 * 90):
        world.step(DT, bot.next_frame())
        world.drain_events()
        truck = truck or next((e for e in world.entities if e.kind == "tow_truck"), None)
        if truck is not None and truck.hook == "tell" and world.player.kind == "t800":
            return world, truck
    raise AssertionError("the truck never swung its hook")


def _ride_out_the_swing(world: World, truck, keys) -> bool:
    """Ride with ``keys(gap)`` held each update until the swing is over; whether the hook struck."""
    p = world.player
    for _ in range(120):
        held = keys(truck.x - p.x)
        world.step(DT, InputSnapshot.of(held, held))
        world.drain_events()
        if truck.hook == "recover":
            break
    assert truck.hook == "recover"
    return truck.hook_hit


def test_the_tow_hook_strikes_a_rider_tailing_the_truck():
    world, truck = _tailing_the_truck_at_its_tell()
    health = world.player.health
    # Stay on its tail: throttle while further than a bike's length behind it, brake when nearer.
    struck = _ride_out_the_swing(world, truck, lambda gap: {Action.RIGHT} if gap > 105 else {Action.LEFT})
    assert struck and world.player.health < health


def test_dropping_back_at_the_hooks_rattle_keeps_clear_of_it():
    world, truck = _tailing_the_truck_at_its_tell()
    health = world.player.health
    struck = _ride_out_the_swing(world, truck, lambda gap: {Action.LEFT} if gap < 230 else set())
    assert not struck and world.player.health == health


def _at_the_sluice_alarm():
    """The scripted player (John) up to the sluice gate's alarm: the gate has just started down."""
    world = _canal_world()
    bot = Autopilot(world)
    gate = next(e for e in world.entities if e.kind == "sluice_gate")
    for _ in range(60 * 60):
        world.step(DT, bot.next_frame())
        world.drain_events()
        if gate.closing:
            return world, bot, gate
    raise AssertionError("the sluice gate never started down")


def test_full_throttle_beats_the_sluice_gate_and_the_truck_rams_it_open():
    world, bot, gate = _at_the_sluice_alarm()
    p = world.player
    lives, under = p.lives, None
    truck = next(e for e in world.entities if e.kind == "tow_truck")
    for _ in range(60 * 4):
        world.step(DT, bot.next_frame())
        world.drain_events()
        if under is None and p.x > gate.rect.right:
            under = gate.rect.h - gate.lowered  # the gap he rode through
    assert under is not None and 0 < under < gate.rect.h  # it was coming down as he went under
    assert p.lives == lives and gate.burst and truck.alive and truck.mode != "wrecked"


def test_a_rider_who_brakes_at_the_sluice_alarm_is_shut_in_with_the_truck():
    world, bot, gate = _at_the_sluice_alarm()
    p = world.player
    lives = p.lives
    for _ in range(60 * 15):  # brakes: the gate comes all the way down ahead of him, the truck behind
        world.step(DT, InputSnapshot.of({Action.LEFT}, set()))
        world.drain_events()
        if p.lives < lives:
            break
    assert p.lives < lives and p.x < gate.rect.x  # shut in against the gate: the truck got him
    while p.state == "dead":
        world.step(DT, NO_INPUT)
        world.drain_events()
    assert gate.burst  # the truck rammed it off its runners: the way is open on the retry
