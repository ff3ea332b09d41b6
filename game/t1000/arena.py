"""Small test arenas for the T-1000: floor, walls, a step, a low door, bars and a molten pool;
and a course with a pit or a wall taller than a step (``build_course``).

Tests and tools build them into a fresh space; the real levels come from Tiled.
Everything is a static shape with the level's collision types and filters,
so the body meets exactly what it meets in a level.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pymunk

from game.world.physics import BARS_FILTER, CT, WORLD_FILTER

FLOOR_Y = 300.0
WIDTH = 640.0
HEIGHT = 360.0


@dataclass
class Arena:
    """Where things are, for tests to aim at."""

    floor_y: float = FLOOR_Y
    left: float = 16.0
    right: float = WIDTH - 16.0
    step: tuple[float, float, float, float] | None = None  # x0, y0, x1, y1
    door: tuple[float, float, float, float] | None = None  # the wall above the gap
    bars_x: list[float] = field(default_factory=list)
    pool: tuple[float, float, float, float] | None = None
    pit: tuple[float, float, float, float] | None = None  # x0, floor y, x1, bottom y
    wall: tuple[float, float, float, float] | None = None  # x0, top y, x1, floor y
    shapes: list[pymunk.Shape] = field(default_factory=list)


def _box(space: pymunk.Space, arena: Arena, x0: float, y0: float, x1: float, y1: float,
         ct: int = CT.SOLID, flt: pymunk.ShapeFilter = WORLD_FILTER, sensor: bool = False) -> pymunk.Poly:
    s = pymunk.Poly(space.static_body, [(x0, y0), (x1, y0), (x1, y1), (x0, y1)])
    s.friction = 0.9
    s.collision_type = ct
    s.filter = flt
    s.sensor = sensor
    space.add(s)
    arena.shapes.append(s)
    return s


def build_arena(space: pymunk.Space, *, step: bool = True, door: bool = True, bars: bool = True,
                molten: bool = True) -> Arena:
    """Left to right: open floor, a 16 px step (x 150-200), a door with a 12 px gap (x 260-276),
    bars 6 px apart (x 340-376), a molten pool in a pit (x 460-540), walls at both ends."""
    a = Arena()
    fy = FLOOR_Y
    _box(space, a, -32, -200, a.left, HEIGHT + 40)
    _box(space, a, a.right, -200, WIDTH + 32, HEIGHT + 40)
    if molten:
        _box(space, a, a.left, fy, 460, HEIGHT + 40)
        _box(space, a, 460, fy + 40, 540, HEIGHT + 40)  # pit bottom under the steel
        _box(space, a, 540, fy, a.right, HEIGHT + 40)
        a.pool = (460.0, fy + 6, 540.0, fy + 40)
        _box(space, a, *a.pool, ct=CT.MOLTEN, sensor=True)
    else:
        _box(space, a, a.left, fy, a.right, HEIGHT + 40)
    if step:
        a.step = (150.0, fy - 16, 200.0, fy)
        _box(space, a, *a.step)
    if door:
        a.door = (260.0, -200.0, 276.0, fy - 12)
        _box(space, a, *a.door)
    if bars:
        _box(space, a, 330, fy - 110, 386, fy - 80)  # the header the bars hang from
        for k in range(7):
            x = 340.0 + 6.0 * k
            a.bars_x.append(x)
            s = pymunk.Segment(space.static_body, (x, fy - 80), (x, fy), 1.0)
            s.collision_type = CT.BARS
            s.filter = BARS_FILTER
            s.friction = 0.5
            space.add(s)
            a.shapes.append(s)
    return a


def build_course(space: pymunk.Space, *, pit_depth: float | None = None, pit_width: float = 48.0,
                 wall_height: float | None = None, wall_width: float = 32.0) -> Arena:
    """Open floor with a pit (x 240 on, like Freeway's rebar pits: 3 tiles wide) and/or a wall
    (x 400 on) standing on it; walls at both ends."""
    a = Arena()
    fy = FLOOR_Y
    _box(space, a, -32, -200, a.left, HEIGHT + 40)
    _box(space, a, a.right, -200, WIDTH + 32, HEIGHT + 40)
    if pit_depth:
        x0, x1 = 240.0, 240.0 + pit_width
        _box(space, a, a.left, fy, x0, HEIGHT + 40)
        _box(space, a, x0, fy + pit_depth, x1, HEIGHT + 40)
        _box(space, a, x1, fy, a.right, HEIGHT + 40)
        a.pit = (x0, fy, x1, fy + pit_depth)
    else:
        _box(space, a, a.left, fy, a.right, HEIGHT + 40)
    if wall_height:
        a.wall = (400.0, fy - wall_height, 400.0 + wall_width, fy)
        _box(space, a, *a.wall)
    return a
