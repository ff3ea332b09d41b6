"""Contacts: sensor shapes tell the entities that own them who came in and who left.

Triggers, pick-ups, live cables and bullets own pymunk *sensor* shapes; the
world installs one collision handler per pair of collision types in
``SENSED`` below.  A second player, a vehicle or a thrown object that carries
the right collision type and filter then takes part with no code of its own:
nothing scans for "the" player.

pymunk reports contacts in the middle of a step, when the space must not be
changed, so the handlers only queue what happened.  The world calls
``dispatch`` after the physics step, and the queue is handed out in the order
pymunk produced it (the same on every run): ``on_enter`` may add walls,
remove the sensor or end the level.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pymunk

from game.level.data import Rect
from game.world.physics import CT, SENSOR_FILTER

if TYPE_CHECKING:
    from game.entities.base import Entity
    from game.world.world import World

# (sensor's collision type, visitor's collision type): the contacts the game listens to.
SENSED: tuple[tuple[int, int], ...] = (
    (CT.TRIGGER, CT.PLAYER),  # areas: checkpoints, exits, story, arenas, camera locks
    (CT.PICKUP, CT.PLAYER),
    (CT.HAZARD, CT.PLAYER),  # live cables
    (CT.ENEMY_SHOT, CT.PLAYER),  # bullets
)


class Sensing:
    """Mixin for an entity with sensors: ``touching`` lists who is inside, in order of arrival.

    A visitor with several shapes (or one touching two of our sensors) enters
    once and leaves when its last contact ends.
    """

    def init_sensing(self) -> None:
        self.touching: list[Entity] = []
        self._contacts: dict[Entity, int] = {}
        self.sensors: list[pymunk.Shape] = []

    def on_enter(self, world: World, other: Entity) -> None:
        """``other`` has come in (after the physics step)."""

    def on_leave(self, world: World, other: Entity) -> None:
        """``other`` has left (or was taken out of the space)."""


def add_box_sensor(world: World, owner: Sensing, rect: Rect, collision_type: int,
                   flt: pymunk.ShapeFilter = SENSOR_FILTER) -> pymunk.Shape:
    """A static sensor over ``rect`` that reports to ``owner``."""
    shape = pymunk.Poly(world.space.static_body,
                        [(rect.x, rect.y), (rect.right, rect.y), (rect.right, rect.bottom), (rect.x, rect.bottom)])
    return _add(world, owner, shape, collision_type, flt, None)


def add_body_sensor(world: World, owner: Sensing, body: pymunk.Body, shape: pymunk.Shape, collision_type: int,
                    flt: pymunk.ShapeFilter) -> pymunk.Shape:
    """A sensor on a moving body of the owner's own (added to the space with it)."""
    return _add(world, owner, shape, collision_type, flt, body)


def _add(world: World, owner: Sensing, shape: pymunk.Shape, collision_type: int, flt: pymunk.ShapeFilter,
         body: pymunk.Body | None) -> pymunk.Shape:
    shape.sensor = True
    shape.collision_type = collision_type
    shape.filter = flt
    if body is None:
        world.space.add(shape)
    else:
        world.space.add(body, shape)
    world.shape_owner[shape] = owner
    owner.sensors.append(shape)
    return shape


def remove_sensors(world: World, owner: Sensing) -> None:
    """Take the owner's sensors out of the space (its visitors get no ``on_leave``: it is gone)."""
    bodies = {s.body for s in owner.sensors if s.body is not world.space.static_body}
    for shape in owner.sensors:
        world.shape_owner.pop(shape, None)
        if shape in world.space.shapes:
            world.space.remove(shape)
    for body in bodies:
        if body in world.space.bodies:
            world.space.remove(body)
    owner.sensors.clear()
    owner.touching.clear()
    owner._contacts.clear()


class Contacts:
    """The world's queue of sensor contacts (see the module docstring)."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.queue: list[tuple[bool, pymunk.Shape, pymunk.Shape]] = []
        for sensor_type, visitor_type in SENSED:
            world.space.on_collision(sensor_type, visitor_type, begin=self._begin, separate=self._separate)

    def _pair(self, arbiter: pymunk.Arbiter) -> tuple[pymunk.Shape, pymunk.Shape]:
        a, b = arbiter.shapes  # on removal pymunk may hand them over the other way round
        return (a, b) if a.sensor else (b, a)

    def _begin(self, arbiter: pymunk.Arbiter, space: pymunk.Space, data) -> None:
        self.queue.append((True, *self._pair(arbiter)))

    def _separate(self, arbiter: pymunk.Arbiter, space: pymunk.Space, data) -> None:
        self.queue.append((False, *self._pair(arbiter)))

    def dispatch(self) -> None:
        """Hand the queued contacts to their sensors' owners, in the order they happened."""
        world = self.world
        while self.queue:
            queue, self.queue = self.queue, []
            for entering, sensor, visitor_shape in queue:
                owner = world.shape_owner.get(sensor)
                visitor = world.shape_owner.get(visitor_shape)
                if owner is None or visitor is None:
                    continue  # already removed
                count = owner._contacts.get(visitor, 0)
                if entering:
                    owner._contacts[visitor] = count + 1
                    if count == 0:
                        owner.touching.append(visitor)
                        owner.on_enter(world, visitor)
                elif count > 0:
                    if count == 1:
                        del owner._contacts[visitor]
                        owner.touching.remove(visitor)
                        owner.on_leave(world, visitor)
                    else:
                        owner._contacts[visitor] = count - 1
