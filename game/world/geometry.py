"""Static level geometry in the physics space, and the contact rules that go with it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pymunk

from game.level.data import LevelData, Rect
from game.world.physics import BARS_FILTER, CT, ONE_WAY_FILTER, WORLD_FILTER

if TYPE_CHECKING:
    from game.world.world import World

ONE_WAY_THICKNESS = 4.0


def _box(space: pymunk.Space, rect: Rect, collision_type: int, flt: pymunk.ShapeFilter) -> pymunk.Poly:
    x0, y0, x1, y1 = rect.x, rect.y, rect.right, rect.bottom
    shape = pymunk.Poly(space.static_body, [(x0, y0), (x1, y0), (x1, y1), (x0, y1)])
    shape.friction = 0.9
    shape.elasticity = 0.0
    shape.collision_type = collision_type
    shape.filter = flt
    space.add(shape)
    return shape


def build_static(space: pymunk.Space, level: LevelData) -> None:
    for rect in level.solids:
        _box(space, rect, CT.SOLID, WORLD_FILTER)
    for rect in level.one_ways:
        # Only the top few pixels of a grate or plank carry weight.
        _box(space, Rect(rect.x, rect.y, rect.w, ONE_WAY_THICKNESS), CT.ONE_WAY, ONE_WAY_FILTER)
    for rect in level.bars:
        _box(space, rect, CT.BARS, BARS_FILTER)
    # Molten steel: a sensor the liquid metal melts in (and the T-800 dies in).
    for obj in level.objects_of("molten"):
        pool = _box(space, obj.rect, CT.MOLTEN, WORLD_FILTER)
        pool.sensor = True
    # The map's outer walls, so nothing walks or flows off the edge of the world.
    w, h = level.pixel_size
    for x0, y0, x1, y1 in ((-32, -400, 0, h + 64), (w, -400, w + 32, h + 64)):
        _box(space, Rect(x0, y0, x1 - x0, y1 - y0), CT.SOLID, WORLD_FILTER)


def install_handlers(world: World) -> None:
    """One-way platforms: characters land on them from above and pass through from below."""

    def one_way(arbiter: pymunk.Arbiter, space: pymunk.Space, data) -> None:
        mover_shape, platform = arbiter.shapes
        owner = world.shape_owner.get(mover_shape)
        body = mover_shape.body
        feet = mover_shape.bb.top  # pymunk BB: 'top' is the larger y, i.e. the feet with y down
        dropping = getattr(owner, "drop_through", 0.0) > 0
        if body.velocity.y < -1.0 or feet > platform.bb.bottom + 6 or dropping:
            arbiter.process_collision = False

    for mover in (CT.PLAYER, CT.ENEMY, CT.SHARD):
        world.space.on_collision(mover, CT.ONE_WAY, pre_solve=one_way)
