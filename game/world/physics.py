"""Physics conventions shared by every entity: units, collision types and filters.

Units are internal-resolution pixels and seconds, y pointing down (the same as
pygame), so a position in the space is a position on the level map. Tiles are
16 px. Every shape sets a collision type and a filter from here so that the
whole game agrees on who touches whom; nothing else invents numbers.
"""

from __future__ import annotations

from enum import IntEnum

import pymunk

TILE = 16
GRAVITY = (0.0, 1400.0)  # px/s^2; a 48 px tall T-800 falls about like a person
PHYSICS_SUBSTEPS = 2  # each 1/60 s update steps the space twice, at 1/120 s


class CT(IntEnum):
    """pymunk collision types."""

    SOLID = 1  # level geometry
    ONE_WAY = 2  # platforms passable from below (grates, scaffolds)
    PLAYER = 3
    ENEMY = 4
    PLAYER_SHOT = 5
    ENEMY_SHOT = 6
    PICKUP = 7
    TRIGGER = 8
    HAZARD = 9
    DROPLET = 10  # T-1000 liquid droplets
    SHARD = 11  # T-1000 frozen shards
    MOLTEN = 12  # molten steel: destroys droplets
    BARS = 13  # bars and grates: stop bodies, let droplets through
    VEHICLE = 14  # chassis and wheels (game/entities/vehicle.py)


class Cat:
    """Shape-filter category bits."""

    WORLD = 1 << 0
    PLAYER = 1 << 1
    ENEMY = 1 << 2
    PLAYER_SHOT = 1 << 3
    ENEMY_SHOT = 1 << 4
    PICKUP = 1 << 5
    SENSOR = 1 << 6
    DROPLET = 1 << 7
    SHARD = 1 << 8
    BARS = 1 << 9
    ONE_WAY = 1 << 10
    PROP = 1 << 11  # downed people, fallen rubble: rest on the floor, stop nothing
    BARRIER = 1 << 12  # arena walls: hold the T-800 in a fight, nothing else
    ALL = 0xFFFFFFFF


def shape_filter(category: int, mask: int = Cat.ALL, group: int = 0) -> pymunk.ShapeFilter:
    return pymunk.ShapeFilter(group=group, categories=category, mask=mask)


# Ready-made filters.  Droplets ignore bars (so the liquid flows through them)
# and each other (cohesion is springs, not contacts, which keeps it cheap).
WORLD_FILTER = shape_filter(Cat.WORLD)
ONE_WAY_FILTER = shape_filter(Cat.ONE_WAY)
BARS_FILTER = shape_filter(Cat.BARS, Cat.ALL & ~Cat.DROPLET & ~Cat.PLAYER_SHOT & ~Cat.ENEMY_SHOT)
PLAYER_FILTER = shape_filter(Cat.PLAYER, Cat.ALL & ~Cat.PLAYER_SHOT & ~Cat.DROPLET & ~Cat.SHARD)
ENEMY_FILTER = shape_filter(Cat.ENEMY, Cat.WORLD | Cat.ONE_WAY | Cat.BARS | Cat.PLAYER_SHOT | Cat.SENSOR)
# PLAYER_SHOT is in the masks of everything a pellet can hit: no shape carries that
# category, it exists so hitscan queries (category PLAYER_SHOT) find these shapes.
DROPLET_FILTER = shape_filter(Cat.DROPLET, Cat.WORLD | Cat.ONE_WAY | Cat.PLAYER_SHOT)
SHARD_FILTER = shape_filter(Cat.SHARD, Cat.WORLD | Cat.ONE_WAY | Cat.BARS | Cat.SHARD | Cat.PLAYER_SHOT)
SENSOR_FILTER = shape_filter(Cat.SENSOR, Cat.PLAYER | Cat.ENEMY)
PICKUP_FILTER = shape_filter(Cat.PICKUP, Cat.PLAYER)
PROP_FILTER = shape_filter(Cat.PROP, Cat.WORLD | Cat.ONE_WAY | Cat.BARS | Cat.PROP)

# Queries
SOLID_QUERY = shape_filter(Cat.ALL, Cat.WORLD | Cat.BARS)
"""For line-of-sight and hitscan rays: what stops a bullet."""


def add_wall(space: pymunk.Space, x0: float, y0: float, x1: float, y1: float) -> pymunk.Poly:
    """A solid box of level geometry added to the space now (a shutter rolled down, a gate lowered):
    what a set piece puts in the way, and takes back out with ``space.remove`` when it opens."""
    shape = pymunk.Poly(space.static_body, [(x0, y0), (x1, y0), (x1, y1), (x0, y1)])
    shape.friction = 0.9
    shape.collision_type = CT.SOLID
    shape.filter = WORLD_FILTER
    space.add(shape)
    return shape


def new_space() -> pymunk.Space:
    space = pymunk.Space()
    space.gravity = GRAVITY
    space.iterations = 10
    # Hundreds of T-1000 droplets share the space with the level; a spatial
    # hash sized to a droplet keeps broad-phase cost close to linear in them
    # (the default bounding-box tree grows ~3x when the droplets double).  The table is large
    # because a level's long static segments fill thousands of cells: with 5000 buckets their
    # chains collided with the droplets' cells (Freeway's T-1000 stretch: update p99 2.8 -> 2.4 ms).
    space.use_spatial_hash(6.0, 20000)
    return space
