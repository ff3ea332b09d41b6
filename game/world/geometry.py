"""Static level geometry in the physics space, and the contact rules that go with it.

Tiles become merged boxes; the outlines a designer drew (``solid`` objects and
tile collision shapes, game/level/outlines.py) become segments and convex
polygons in the same category and collision type, so everything that stands
on tiles stands on slopes too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pymunk

from game.level.data import LevelData, Outline, Rect
from game.level.outlines import signed_area
from game.world.physics import BARS_FILTER, CT, ONE_WAY_FILTER, WORLD_FILTER

if TYPE_CHECKING:
    from game.world.world import World

ONE_WAY_THICKNESS = 4.0
RISING = 40.0  # px/s upward, relative to a vehicle, at which a person passes up through it
SEGMENT_RADIUS = 2.0  # px: a polyline's thickness either side; thick enough that a wheel at speed cannot slip through


def _box(space: pymunk.Space, rect: Rect, collision_type: int, flt: pymunk.ShapeFilter) -> pymunk.Poly:
    x0, y0, x1, y1 = rect.x, rect.y, rect.right, rect.bottom
    shape = pymunk.Poly(space.static_body, [(x0, y0), (x1, y0), (x1, y1), (x0, y1)])
    shape.friction = 0.9
    shape.elasticity = 0.0
    shape.collision_type = collision_type
    shape.filter = flt
    space.add(shape)
    return shape


def _ground(shape: pymunk.Shape) -> pymunk.Shape:
    shape.friction = 0.9
    shape.elasticity = 0.0
    shape.collision_type = CT.SOLID
    shape.filter = WORLD_FILTER
    return shape


def outline_shapes(space: pymunk.Space, outline: Outline) -> list[pymunk.Shape]:
    """An outline as static shapes: a polyline as segments joined smoothly (``set_neighbors`` stops a
    wheel or a box catching on a joint), a polygon as one convex piece or, when concave, triangles."""
    pts = outline.points
    if not outline.closed:
        segs = [_ground(pymunk.Segment(space.static_body, a, b, SEGMENT_RADIUS)) for a, b in zip(pts, pts[1:])]
        for i, seg in enumerate(segs):
            seg.set_neighbors(pts[max(0, i - 1)], pts[min(len(pts) - 1, i + 2)])
        return segs
    pieces = [list(pts)] if _convex(pts) else triangles(pts)
    return [_ground(pymunk.Poly(space.static_body, piece)) for piece in pieces]


def _turn(o, a, b) -> float:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def _convex(pts) -> bool:
    n = len(pts)
    turns = [_turn(pts[i], pts[(i + 1) % n], pts[(i + 2) % n]) for i in range(n)]
    return all(t >= 0 for t in turns) or all(t <= 0 for t in turns)


def triangles(pts) -> list[list[tuple[float, float]]]:
    """Ear clipping: a simple polygon (the loader refused crossing ones) as triangles.  O(n^3) at
    worst, fine for the few dozen points a designer draws; the same order every run."""
    ring = list(pts) if signed_area(pts) > 0 else list(reversed(pts))  # clockwise on screen: turns > 0
    out = []
    while len(ring) > 3:
        n = len(ring)
        for i in range(n):
            a, b, c = ring[i - 1], ring[i], ring[(i + 1) % n]
            if _turn(a, b, c) <= 0:
                continue  # a reflex (or flat) corner is no ear
            if any(_inside(p, a, b, c) for p in ring if p not in (a, b, c)):
                continue
            out.append([a, b, c])
            del ring[i]
            break
        else:  # numerically stuck (near-flat corners): drop the flattest corner and go on
            del ring[min(range(n), key=lambda i: abs(_turn(ring[i - 1], ring[i], ring[(i + 1) % n])))]
    if abs(signed_area(ring)) > 0:
        out.append(ring)
    return out


def _inside(p, a, b, c) -> bool:
    return _turn(a, b, p) >= 0 and _turn(b, c, p) >= 0 and _turn(c, a, p) >= 0


def build_static(space: pymunk.Space, level: LevelData) -> list[pymunk.Shape]:
    """Fill the space with the level; returns the shapes whose bounding box is not their outline
    (slopes), which ground tests must look at shape by shape (``World.ground_below``)."""
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
    contoured = []
    for outline in level.outlines:  # after the tiles, so a map without outlines fills the space as before
        shapes = outline_shapes(space, outline)
        space.add(*shapes)
        contoured.extend(shapes)
    return contoured


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

    def stand_on_only(arbiter: pymunk.Arbiter, space: pymunk.Space, data) -> None:
        """People walk past a parked bike or truck (an arcade game's vehicles are not walls), but land
        and stand on one: only a contact that holds them up from below, feet near its top, counts."""
        person, part = arbiter.shapes
        feet = person.bb.top  # the larger y: the feet
        up = -arbiter.normal  # from the vehicle towards the person
        points = arbiter.contact_point_set.points
        sunk = any(feet - p.point_b.y > 8.0 for p in points)  # walked in from the side
        rising = any(person.body.velocity.y - part.body.velocity_at_world_point(p.point_b).y < -RISING
                     for p in points)  # jumping up through it
        if up.y > -0.5 or sunk or rising:
            arbiter.process_collision = False

    for person in (CT.PLAYER, CT.ENEMY):
        world.space.on_collision(person, CT.VEHICLE, pre_solve=stand_on_only)
