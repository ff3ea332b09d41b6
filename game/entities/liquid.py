"""The T-1000 as a level entity: connects the liquid-metal body (game.t1000) to the world.

The body itself knows only physics and shapes; this adapter gives it a
target (the T-800), turns its blade swings into damage, forwards shotgun
pellets and nitrogen to it, and turns its events into sounds and effects.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from game.entities.base import Entity
from game.level.kinds import FLAG, Kind, Look, Number, declare
from game.t1000 import T1000

if TYPE_CHECKING:
    from game.world.world import World

CHASE_DROPLETS = 300
EVENT_SOUNDS = {
    "splash": "splash", "reform": "reform", "freeze": "freeze", "shatter": "shatter",
    "melt": "melt", "blade": "blade", "death": "explosion",
}
EVENT_FX = {"splash": "spark", "shatter": "frost_mist", "melt": "molten_splash", "freeze": "frost_mist"}
FEET_BELOW_CENTRE = 22.0


class LiquidTerminator(Entity):
    kind = "t1000"
    prepare = staticmethod(T1000.prepare)  # warm its forms at level load (see T1000.prepare)

    def __init__(self, world: World, x: float, y: float, droplets: int = CHASE_DROPLETS,
                 speed: float | None = None) -> None:
        super().__init__(x, y)
        self.body = T1000(world.space, (x, y - FEET_BELOW_CENTRE), rng=random.Random(world.rng.getrandbits(32)),
                          n_droplets=droplets)
        if speed is not None and hasattr(self.body, "speed_scale"):
            self.body.speed_scale = speed
        world.t1000s.append(self)
        self.state = self.body.state

    def update(self, world: World, dt: float) -> None:
        super().update(world, dt)
        p = world.nearest_player(self.x, self.y)
        target = None if p.state == "dead" else (p.x, p.y - 20)
        self.body.update(dt, target)
        for x, y, w, h, damage in self.body.attack_boxes():
            for victim in world.players_in((x, y, w, h)):
                victim.hit(world, damage, x + w / 2)
        self.state = self.body.state
        for kind, ex, ey in self.body.drain_events():
            if kind in EVENT_SOUNDS:
                world.sound(EVENT_SOUNDS[kind])
            if kind in EVENT_FX:
                world.fx(EVENT_FX[kind], ex, ey, 1)
        if not self.body.alive:
            self.alive = False
            world.add_score(5000, self.x, self.y - 40)

    def after_physics(self, world: World) -> None:
        cx, cy = self.body.position
        self.x, self.y = cx, cy + FEET_BELOW_CENTRE
        self.facing = self.body.facing

    def shoot(self, world: World, point, direction, strength: float) -> None:
        self.body.shoot(point, direction, strength)
        world.add_score(10)

    def freeze(self, world: World, center, radius: float, amount: float) -> None:
        self.body.add_cold(center, radius, amount)

    def explode(self, world: World, center, radius: float, strength: float) -> None:
        self.body.explode(center, radius, strength)

    def command(self, name: str) -> None:
        self.body.command(name)

    def hurtbox(self) -> tuple[float, float, float, float]:
        return (self.x - 8, self.y - 44, 16, 44)

    def remove(self, world: World) -> None:
        self.body.remove()
        if self in world.t1000s:
            world.t1000s.remove(self)

    def hash_state(self) -> tuple:
        return (self.kind, self.body.state, self.body.state_hash())


def _make(world: World, obj) -> LiquidTerminator:
    speed = obj.prop("speed")
    return LiquidTerminator(world, *obj.feet, int(obj.prop("droplets", CHASE_DROPLETS)),
                            None if speed is None else float(speed))


declare(Kind("t1000", make=_make, prepare=lambda o: LiquidTerminator.prepare(int(o.prop("droplets", CHASE_DROPLETS))),
             look=Look(drawer="t1000"), autopilot=frozenset({"blast"}), optional={
    "dormant": FLAG,
    # Fewer than 50 droplets make no recognisable figure; each is a physics body (1000 cost ~4 ms a frame).
    "droplets": Number(whole=True, at_least=50, at_most=1000),
    # Multiplies its tuned walking and running pace; 0 or less would stand it still or turn it round.
    "speed": Number(above=0, at_most=3),
}))
