"""Vehicles, slopes and moving ground on tests/world/vehicle_ramp.tmx, played through input snapshots
as a player would (or through ``drive``, as a level's script would): headless, fixed step, seeded."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.entities.vehicle import Vehicle
from game.input.actions import NO_INPUT, Action, InputSnapshot
from game.level import load_level
from game.level.checker import check
from game.timestep import DT
from game.world.world import World
from tests.maps import tmx_text
from tests.world.conftest import obj, press

MAP = Path(__file__).parent / "vehicle_ramp.tmx"
RAMP_TOP_Y = 208.0  # the polyline ramp rises from y 272 at x 320 to y 208 at x 480
GROUND_Y = 272.0


def _world() -> World:
    return World(load_level(MAP), seed=1)


def _step(world: World, snap: InputSnapshot = NO_INPUT, frames: int = 1) -> None:
    for _ in range(frames):
        world.step(DT, snap)
        world.drain_events()


def _vehicle(world: World, kind: str) -> Vehicle:
    return next(e for e in world.entities if e.kind == kind)


def test_the_map_loads_and_checks_with_its_ramp_rock_and_vehicles():
    assert check([MAP]) == []
    level = load_level(MAP)
    assert [o.closed for o in level.outlines] == [False, True]  # the polyline ramp, the concave rock
    world = _world()
    assert {"motorcycle", "truck"} <= {e.kind for e in world.entities}


def test_a_player_rides_the_bike_up_the_ramp_over_the_top_and_lands_on_its_wheels():
    world = _world()
    p, bike = world.player, _vehicle(world, "motorcycle")
    right = InputSnapshot.of({Action.RIGHT})
    for _ in range(120):  # walk up to the bike (people walk past vehicles, they do not push them)
        if bike.near_seat(p.x, p.y):
            break
        _step(world, right)
    assert bike.near_seat(p.x, p.y) and abs(bike.x - 128) < 1
    _step(world, press(Action.INTERACT))
    assert p.vehicle is bike and bike.driver is p and p.state == "ride"

    most_air, highest, landed_at = 0, GROUND_Y, None
    for frame in range(60 * 5):
        held = {Action.RIGHT}
        if not bike.on_ground:  # in the air a player keeps it level with up and down
            if bike.angle > 0.05:
                held.add(Action.UP)
            elif bike.angle < -0.05:
                held.add(Action.DOWN)
        _step(world, InputSnapshot.of(held))
        most_air = max(most_air, bike.airborne_frames)
        if bike.x > 480:
            highest = min(highest, bike.y)
        if most_air >= 10 and all(bike.wheels_down):
            landed_at = frame
            break
    assert most_air >= 10  # it left the ramp's top: no wheel touched anything for a while
    assert highest < RAMP_TOP_Y  # and rose above it
    assert landed_at is not None
    _step(world, right, 20)  # rolls on, on both wheels, upright
    assert all(bike.wheels_down)
    assert abs(bike.angle) < 0.52  # within 30 degrees, not flipped
    assert bike.x > 560 and abs(bike.y - GROUND_Y) < 3
    assert p.vehicle is bike and p.state == "ride" and p.health > 0
    assert (round(p.x), round(p.y)) == tuple(round(v) for v in bike.seat())

    _step(world, press(Action.INTERACT))  # and gets off
    assert p.vehicle is None and bike.driver is None
    _step(world, InputSnapshot(), 60)
    assert p.grounded and p.state != "dead"


def test_a_player_on_the_truck_bed_is_carried_without_input():
    world = _world()
    p, truck = world.player, _vehicle(world, "truck")
    _step(world, frames=20)
    p.place(truck.x - 45, truck.y - 24)  # on the flat bed, behind the crane's box
    _step(world, frames=20)
    assert p.grounded
    offset = p.x - truck.x
    start_x, truck_start = p.x, truck.x
    truck.drive(0.6)  # a script at the wheel
    for _ in range(180):
        _step(world)
        assert abs(p.x - truck.x - offset) < 3, "slid along the bed"
        assert abs(p.y - (truck.y - 24)) < 3, "fell off the bed"
    assert truck.x - truck_start > 200
    assert p.x - start_x == pytest.approx(truck.x - truck_start, abs=3)
    assert p.state == "idle"  # standing, not running: the bed does the moving


def test_a_vehicle_leaves_the_space_as_one_rig():
    world = _world()
    truck = _vehicle(world, "truck")
    before = (len(world.space.bodies), len(world.space.shapes), len(world.space.constraints))
    rig = truck.rig
    assert len(rig.bodies) == 4 and len(rig.constraints) == 9  # chassis, 3 wheels; groove, spring, motor each
    assert all(world.shape_owner[s] is truck for s in rig.shapes)
    truck.alive = False
    _step(world)
    assert truck not in world.entities
    after = (len(world.space.bodies), len(world.space.shapes), len(world.space.constraints))
    assert after == (before[0] - len(rig.bodies), before[1] - len(rig.shapes), before[2] - len(rig.constraints))
    assert not any(b in world.space.bodies for b in rig.bodies)
    assert not any(c in world.space.constraints for c in rig.constraints)
    assert not any(s in world.shape_owner or s in world.contoured for s in rig.shapes)
    rig.remove(world)  # twice is harmless


def test_a_polyline_slope_is_walked_up_and_stood_on():
    world = _world()
    p = world.player
    p.place(300, GROUND_Y)
    right = InputSnapshot.of({Action.RIGHT})
    heights = []
    for _ in range(70):
        _step(world, right)
        heights.append(p.y)
        if 330 < p.x < 470:
            assert p.grounded and p.state == "run"
    assert p.x > 460 and p.y < RAMP_TOP_Y + 8  # near the top, about 60 px up
    assert all(b <= a + 0.01 for a, b in zip(heights, heights[1:]))  # climbing all the way, never a hop
    assert world.ground_below(p.x, p.y, p.WIDTH - 4)
    # Standing still on the slope stays still (no sliding down).
    p.place(400, GROUND_Y - 80 * 64 / 160)
    _step(world, InputSnapshot(), 30)
    x, y = p.x, p.y
    _step(world, InputSnapshot(), 60)
    assert p.grounded and abs(p.x - x) < 0.5 and abs(p.y - y) < 0.5
    # In the air beside the ramp, its bounding box is not ground.
    assert not world.ground_below(340, 230, 10)


def _broken(tmp_path: Path, shape: str) -> Path:
    rows = ["0," * 39 + "0"] * 10 + ["2," * 39 + "2"] * 2
    objects = (obj(1, "player_start", 64, 160) + obj(2, "exit", 600, 128, 16, 32)
               + f'<object id="3" name="bad" type="solid" x="200" y="160">{shape}</object>')
    path = tmp_path / "broken.tmx"
    path.write_text(tmx_text(40, 12, ",\n".join(rows), objects))
    return path


@pytest.mark.parametrize("shape, words", [
    ('<polyline points="0,0"/>', "polyline has 1 distinct point"),
    ('<polyline points="0,0 0.2,0.1"/>', "polyline has 1 distinct point"),
    ('<polygon points="0,0 10,0"/>', "polygon has 2 distinct points"),
    ('<polygon points="0,0 10,0 20,0 30,0"/>', "polygon is degenerate"),
    ('<polygon points="0,0 10,10 10,0 0,10"/>', "polygon crosses itself"),
    ('<polyline points="0,0 ten,4"/>', "is not two numbers"),
    ("<ellipse/>", "a solid must be a polygon, a polyline or a rectangle"),
])
def test_a_broken_outline_is_one_line_naming_the_file_and_object(tmp_path, shape, words):
    problems = check([_broken(tmp_path, shape)])
    assert len(problems) == 1
    line = problems[0]
    assert "\n" not in line and "broken.tmx" in line and "object 3 'bad'" in line and words in line


def test_tile_collision_shapes_become_slopes(tmp_path):
    """A tile given a collision shape in Tiled's tile editor is ground of that shape wherever it is placed."""
    tsx = tmp_path / "slopes.tsx"
    image = Path(__file__).resolve().parents[2] / "assets" / "tiles" / "freeway.png"
    tsx.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" name="slopes" tilewidth="16" tileheight="16" tilecount="2" columns="2">
 <image source="{image.as_posix()}" width="32" height="16"/>
 <tile id="0"><properties><property name="solid" type="bool" value="true"/></properties></tile>
 <tile id="1"><objectgroup><object id="1" x="0" y="0"><polygon points="0,16 16,0 16,16"/></object></objectgroup></tile>
</tileset>""")
    rows = [[0] * 20 for _ in range(10)] + [[1] * 20 for _ in range(2)]
    rows[9][10] = 2  # a slope tile on the ground, rising to the right
    path = tmp_path / "tiles.tmx"
    path.write_text(tmx_text(20, 12, ",\n".join(",".join(map(str, r)) for r in rows),
                             obj(1, "player_start", 64, 160) + obj(2, "exit", 280, 128, 16, 32),
                             tileset=tsx.as_posix()))
    level = load_level(path)
    assert [o.points for o in level.outlines] == [((160.0, 160.0), (176.0, 144.0), (176.0, 160.0))]
    world = World(level, seed=1)
    assert world.ground_below(172, 148, 4) and not world.ground_below(162, 148, 2)


def test_vehicle_runs_are_deterministic():
    def run() -> str:
        world = _world()
        truck = _vehicle(world, "truck")
        truck.drive(1.0)
        snaps = [InputSnapshot.of({Action.RIGHT})] * 30 + [press(Action.INTERACT)] + [
            InputSnapshot.of({Action.RIGHT, Action.UP})] * 150
        for s in snaps:
            _step(world, s)
        return world.state_hash()

    assert run() == run()
