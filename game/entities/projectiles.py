"""Bullets fired at the T-800: moved by hand with a ray per update against walls (no tunnelling
at 5.5 px an update); a sensor on each finds the player it hits."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pymunk

from game.entities.base import Entity
from game.level.kinds import Kind, Look, declare
from game.world.contacts import Sensing, add_body_sensor, remove_sensors
from game.world.physics import CT, Cat, shape_filter

if TYPE_CHECKING:
    from game.world.world import World

BULLET_SPEED = 330.0  # px/s: slow enough to see and jump over
BULLET_LIFE = 1.6  # s; its damage varies with the difficulty (world.difficulty.bullet_damage)


BULLET_FILTER = shape_filter(Cat.ENEMY_SHOT, Cat.PLAYER)


class Bullet(Sensing, Entity):
    """A pistol round: a small sensor on a body moved by hand, stopped by walls or by a player."""

    kind = "bullet"

    def __init__(self, x: float, y: float, direction: int) -> None:
        super().__init__(x, y)
        self.init_sensing()
        self.facing = direction
        self.state = "fly"
        self.body = pymunk.Body(body_type=pymunk.Body.KINEMATIC)
        self.body.position = (x, y)

    def added(self, world: World) -> None:
        add_body_sensor(world, self, self.body, pymunk.Circle(self.body, 1.5), CT.ENEMY_SHOT, BULLET_FILTER)

    def remove(self, world: World) -> None:
        remove_sensors(world, self)

    def on_enter(self, world: World, p) -> None:
        if not self.alive or p.evading:
            return  # a dodge roll: the round flies on through
        if p.hit(world, world.difficulty.bullet_damage, self.x - self.facing):
            world.fx("spark", p.x, self.y, -self.facing)
            world.sound("hit_metal")
        self.alive = False

    def update(self, world: World, dt: float) -> None:
        super().update(world, dt)
        nx = self.x + self.facing * BULLET_SPEED * dt
        if not world.line_of_sight((self.x, self.y), (nx, self.y)):
            world.fx("spark", nx, self.y, -self.facing)
            self.alive = False
            return
        self.x = nx
        self.body.position = (nx, self.y)
        if self.state_time > BULLET_LIFE:
            self.alive = False


declare(Kind("bullet", in_maps=False, look=Look(drawer="tracer")))  # a bright streak, seen against the night
