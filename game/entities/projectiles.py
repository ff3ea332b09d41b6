"""Bullets fired at the T-800. Stepped by hand with a ray per update: fast, exact, no tunnelling."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.entities.base import Entity

if TYPE_CHECKING:
    from game.world.world import World

BULLET_SPEED = 330.0  # px/s: slow enough to see and jump over
BULLET_LIFE = 1.6
BULLET_DAMAGE = 1


class Bullet(Entity):
    kind = "bullet"

    def __init__(self, x: float, y: float, direction: int) -> None:
        super().__init__(x, y)
        self.facing = direction
        self.state = "fly"

    def update(self, world: World, dt: float) -> None:
        super().update(world, dt)
        nx = self.x + self.facing * BULLET_SPEED * dt
        if not world.line_of_sight((self.x, self.y), (nx, self.y)):
            world.fx("spark", nx, self.y, -self.facing)
            self.alive = False
            return
        x0, x1 = min(self.x, nx), max(self.x, nx)
        for p in world.players:
            bx, by, bw, bh = p.hurtbox()
            if x0 < bx + bw and x1 > bx and by < self.y < by + bh:
                if p.hit(world, BULLET_DAMAGE, self.x):
                    world.fx("spark", p.x, self.y, -self.facing)
                    world.sound("hit_metal")
                self.alive = False
                return
        self.x = nx
        if self.state_time > BULLET_LIFE:
            self.alive = False
