"""The canal's vehicles, driven like a player (input snapshots) or like a script (``drive``):
headless, fixed step, seeded.  Uses tests/world/vehicle_ramp.tmx (a polyline ramp) and levels/canal.tmx."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from game.entities.tow_truck import Junk
from game.entities.vehicle import SPECS, Vehicle, Wheel
from game.input.actions import NO_INPUT
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
