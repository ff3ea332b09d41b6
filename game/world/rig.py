"""A rig: the bodies, shapes and constraints of one entity, in and out of the space together.

A vehicle is a chassis, wheels, joints and springs; leaving one wheel or a
spring behind when the vehicle is removed would leave a body the level keeps
simulating (and that a replay's hash then depends on).  So an entity that
owns more than one body builds a ``Rig`` and adds and removes it as one.
The world's ``shape_owner`` learns the owner of every shape, and its
``contoured`` set the shapes whose bounding box is not their outline (a
tilted chassis), which ground tests must look at shape by shape.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pymunk

if TYPE_CHECKING:
    from game.entities.base import Entity
    from game.world.world import World



class Rig:
    """Bodies, shapes and constraints owned by ``owner``.  Shapes in one rig never collide with each
    other (a shared filter group), nor with a rider who joins the group (see ``group``)."""

    def __init__(self, owner: Entity) -> None:
        self.owner = owner
        self.bodies: list[pymunk.Body] = []
        self.shapes: list[pymunk.Shape] = []
        self.constraints: list[pymunk.Constraint] = []
        self.group = 0  # set from the world when added (per world, so runs number groups alike)
        self.in_space = False

    def body(self, body: pymunk.Body) -> pymunk.Body:
        self.bodies.append(body)
        return body

    def shape(self, shape: pymunk.Shape) -> pymunk.Shape:
        self.shapes.append(shape)
        return shape

    def constraint(self, constraint: pymunk.Constraint) -> pymunk.Constraint:
        self.constraints.append(constraint)
        return constraint

    def add(self, world: World) -> None:
        """Into the space: bodies, then shapes, then constraints, always in the order they were made
        (pymunk is deterministic for a given insertion order)."""
        if self.in_space:
            return
        self.group = world.next_group()
        for shape in self.shapes:
            f = shape.filter
            shape.filter = pymunk.ShapeFilter(group=self.group, categories=f.categories, mask=f.mask)
            world.shape_owner[shape] = self.owner
            world.contoured.add(shape)
        world.space.add(*self.bodies, *self.shapes, *self.constraints)
        self.in_space = True

    def remove(self, world: World) -> None:
        """Out of the space, all of it; safe to call twice."""
        if not self.in_space:
            return
        for shape in self.shapes:
            world.shape_owner.pop(shape, None)
            world.contoured.discard(shape)
        world.space.remove(*self.constraints, *self.shapes, *self.bodies)
        self.in_space = False
