"""The freeway pursuit (level 7) as a player meets it: the van in traffic, the helicopter that comes down on
it, the pickup, the nitrogen tanker hurt only at its weak points.  Headless, fixed step, seeded; driven by
input snapshots (or by the scripted player)."""

from __future__ import annotations

import pytest

from game.entities.pursuit import TANKER_WEAK, Gunner, HeliWreck, Tanker, TrafficCar
from game.entities.vehicle import SPECS, Vehicle
from game.input.actions import NO_INPUT, Action, InputSnapshot
from game.input.autopilot import Autopilot
from game.level import load_level
from game.level.checker import check
from game.level.loader import find_level
from game.progress import CAMPAIGN
from game.timestep import DT
from game.world.world import World
from tests.world.conftest import press

ROAD_Y = 288.0
RIGHT = InputSnapshot.of({Action.RIGHT})


def _world() -> World:
    return World(load_level(find_level("pursuit")), seed=1)


def _step(world: World, snap: InputSnapshot = NO_INPUT, frames: int = 1) -> None:
    for _ in range(frames):
        world.step(DT, snap)
        world.drain_events()


def _one(world: World, kind: str):
    return next(e for e in world.entities if e.kind == kind)


def _into_van(world: World) -> Vehicle:
    """Walk to the van and get in, as a player does."""
    p, van = world.player, _one(world, "swat_van")
    for _ in range(120):
        if van.near_seat(p.x, p.y) and p.grounded:
            break
        _step(world, RIGHT)
    _step(world, press(Action.INTERACT))
    assert p.vehicle is van
    return van


@pytest.fixture(scope="module")
def autopilot_run():
    """One scripted run of the whole level, with what happened along the way."""
    w = _world()
    pilot = Autopilot(w)
    seen = {"crash": None, "rode": [], "heli_shots_by_sarah": 0}
    sarah = next(e for e in w.entities if isinstance(e, Gunner))
    for frame in range(60 * 400):
        heli = next((e for e in w.entities if e.kind == "helicopter"), None)
        before = heli.shots_taken if heli is not None else 0
        shots = sarah.shots
        w.step(DT, pilot.next_frame())
        w.drain_events()
        if heli is not None and sarah.shots > shots and heli.shots_taken > before:
            seen["heli_shots_by_sarah"] += 1
        v = w.player.vehicle
        if v is not None and (not seen["rode"] or seen["rode"][-1] != v.kind):
            seen["rode"].append(v.kind)
        if seen["crash"] is None and any(isinstance(e, HeliWreck) for e in w.entities):
            van = _one(w, "swat_van")
            seen["crash"] = (frame, van.engine_dead, w.player.vehicle)
        if w.outcome:
            break
    return w, seen


def test_the_map_checks_and_sits_between_cyberdyne_and_the_steel_mill():
    path = find_level("pursuit")
    assert check([path]) == []
    level = load_level(path)
    assert level.properties["next"] == "steel_mill" and level.properties["intro"] == "pursuit"
    assert CAMPAIGN.index("pursuit") == CAMPAIGN.index("cyberdyne") + 1
    assert CAMPAIGN.index("steel_mill") == CAMPAIGN.index("pursuit") + 1


def test_the_scripted_player_finishes_the_pursuit_without_casualties(autopilot_run):
    w, seen = autopilot_run
    assert w.outcome == "completed"
    assert w.stats.casualties == 0
    assert w.next_level == "steel_mill"
    assert any(e.kind == "tanker_wreck" for e in w.entities)  # jackknifed and spilled: the mill's opening


def test_the_helicopter_comes_down_on_the_van_and_the_pickup_takes_over(autopilot_run):
    _, seen = autopilot_run
    assert seen["crash"] is not None, "the helicopter never crashed"
    _, van_dead, rider = seen["crash"]
    assert van_dead and rider is None  # the van's engine is dead; everybody was thrown out
    assert seen["rode"] == ["swat_van", "pickup_truck"]
    assert seen["heli_shots_by_sarah"] > 0  # Sarah fired at it from the back doors


def test_running_into_traffic_slows_the_van():
    w = _world()
    van = _into_van(w)
    car = next(e for e in w.entities if isinstance(e, TrafficCar) and e.lane == van.lane)
    speeds = []
    for _ in range(60 * 20):
        speeds.append(van.chassis.velocity.x)
        _step(w, RIGHT)
        if car.crashes:
            break
    assert car.crashes == 1, "the van never reached the car"
    before, after = speeds[-1], van.chassis.velocity.x
    closing = before - car.pre_vx
    assert before > 150 and closing > 60
    assert after < before - closing * 0.6  # most of the speed it closed with is gone
    assert car.chassis.velocity.x > car.pre_vx + 30  # and the car was shoved on


def test_changing_lanes_passes_the_car_without_losing_speed():
    w = _world()
    van = _into_van(w)
    car = next(e for e in w.entities if isinstance(e, TrafficCar) and e.lane == van.lane)
    _step(w, InputSnapshot.of({Action.RIGHT, Action.UP}), 3)  # up: over into the far lane
    assert van.lane == 1
    for _ in range(60 * 20):
        _step(w, RIGHT)
        if van.x > car.x + 150:
            break
    assert van.x > car.x + 150 and car.crashes == 0
    assert van.chassis.velocity.x > 180


def test_a_lane_beside_a_car_is_not_free():
    w = _world()
    van = _into_van(w)
    van_lane = van.lane
    blocker = TrafficCar(w, van.x, ROAD_Y, "sedan", lane=1 - van_lane, throttle=0.0)
    w.admit(blocker)
    blocker._join(w)
    _step(w, InputSnapshot.of({Action.UP}), 5)
    assert van.lane == van_lane  # the other lane is taken beside it: no change


def _pickup_and_tanker(w: World) -> tuple[Vehicle, Tanker]:
    """The pickup with the player at the wheel, and the tanker 200 px behind it in the same lane."""
    van = _into_van(w)
    pickup = Vehicle(w, van.x + 400, ROAD_Y, SPECS["pickup_truck"], "pickup_truck")
    w.admit(pickup)
    _step(w, press(Action.INTERACT))  # out of the van
    _step(w, NO_INPUT, 40)
    w.player.place(pickup.x, ROAD_Y)
    w.player.enter_vehicle(w, pickup)
    tanker = Tanker(w, pickup.x - 200, ROAD_Y)
    w.admit(tanker)
    _step(w)
    return pickup, tanker


def test_the_tanker_takes_a_blast_over_the_shoulder_in_its_cab():
    w = _world()
    pickup, tanker = _pickup_and_tanker(w)
    full = tanker.health
    _step(w, InputSnapshot(Action.AIM.bit | Action.FIRE.bit, Action.FIRE.bit))  # aim held: fire back
    assert tanker.health < full
    assert tanker.shots_taken > 0


@pytest.mark.parametrize("where", ["front tyre", "tank flank", "bumper", "rear tyre", "chassis rail"])
def test_the_tanker_shrugs_off_shots_anywhere_but_its_weak_points(where):
    w = _world()
    tanker = Tanker(w, 2000, ROAD_Y)
    w.admit(tanker)
    _step(w)
    local = {"front tyre": (60, -8), "tank flank": (-20, -35), "bumper": (76, -14), "rear tyre": (-40, -6),
             "chassis rail": (0, -12)}[where]
    full = tanker.health
    for _ in range(20):
        tanker.shoot(w, tanker.point(local), (-1.0, 0.0), 1.0)
    assert tanker.health == full
    assert tanker.shots_taken == 20


@pytest.mark.parametrize("spot", range(len(TANKER_WEAK)))
def test_each_weak_point_of_the_tanker_takes_damage(spot):
    w = _world()
    tanker = Tanker(w, 2000, ROAD_Y)
    w.admit(tanker)
    _step(w)
    x0, y0, x1, y1, damage = TANKER_WEAK[spot]
    full = tanker.health
    tanker.shoot(w, tanker.point(((x0 + x1) / 2, (y0 + y1) / 2)), (-1.0, 0.0), 1.0)
    assert tanker.health == pytest.approx(full - damage)


def test_pursuit_runs_are_deterministic():
    def run() -> str:
        w = _world()
        pilot = Autopilot(w)
        for _ in range(900):
            w.step(DT, pilot.next_frame())
            w.drain_events()
        return w.state_hash()

    assert run() == run()
