"""Things the players pick up by walking into them (each hero says what it takes: ``Hero.take``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.entities.base import Entity
from game.level.data import Rect
from game.level.kinds import FLAG, KEY_ITEMS, PICKUP_ITEMS, Kind, Look, Number, OneOf, declare
from game.world import exact as E
from game.world.contacts import Sensing, add_box_sensor, remove_sensors
from game.world.physics import CT, PICKUP_FILTER

if TYPE_CHECKING:
    from game.world.world import World

DEFAULT_AMOUNT = {"shells": 8, "health": 4, "life": 1, "nitrogen": 3, "score": 500, "launcher": 8,
                  "sedative": 2, "rifle": 6, "broom": 1,  # Sarah's: doses of the sedative, the rifle (or rounds), a broom handle
                  "keys": 1, "keycard": 1,  # the team's keys (game/entities/security.py)
                  "minigun": 400, "chip": 2000}  # Cyberdyne's: the minigun's rounds; the arm and the CPU: points
SOUND = {"health": "health", "life": "health"}


class Pickup(Sensing, Entity):
    """Taken by the first living player whose body touches it (and who can use it)."""

    kind = "pickup"
    SIZE = 14.0
    LOST_BEHIND_SCROLL = True

    def __init__(self, x: float, y: float, item: str, amount: int | None = None) -> None:
        super().__init__(x, y)
        self.init_sensing()
        self.item = item
        self.amount = DEFAULT_AMOUNT[item] if amount is None else amount
        self.state = item

    @property
    def bob(self) -> float:
        return E.sin(self.state_time * 4.0) * 2.0

    def hurtbox(self) -> tuple[float, float, float, float]:
        return (self.x - self.SIZE / 2, self.y - self.SIZE, self.SIZE, self.SIZE)

    def update(self, world: World, dt: float) -> None:
        super().update(world, dt)
        for p in self.touching:
            if p.state != "dead":
                self.apply(world, p)
                if not self.alive:
                    return

    def added(self, world: World) -> None:
        add_box_sensor(world, self, Rect(*self.hurtbox()), CT.PICKUP, PICKUP_FILTER)

    def remove(self, world: World) -> None:
        remove_sensors(world, self)

    def apply(self, world: World, p) -> None:
        if self.item in KEY_ITEMS:  # the team's, whoever walks into them (game/entities/security.py)
            from game.entities.security import take_key

            take_key(world, self.item)
            world.emit("pickup", self.item, self.x, self.y)
            self.alive = False
            return
        if not p.take(world, self.item, self.amount):
            return  # full up, or nothing this player can use (Sarah has no use for shells)
        # "chip": the old terminator's arm and CPU (Cyberdyne's vault), worth points like "score"
        world.add_score(self.amount if self.item in ("score", "chip") else 50, self.x, self.y - 16)
        world.sound(SOUND.get(self.item, "pickup"))
        world.emit("pickup", self.item, self.x, self.y)
        self.alive = False


declare(Kind("pickup", required={"item": OneOf(PICKUP_ITEMS)}, look=Look(drawer="pickup"),
             make=lambda w, o: Pickup(*o.feet, o.prop("item"), o.prop("amount")), optional={
                 "dormant": FLAG,
                 "amount": Number(whole=True, at_least=1, at_most=100_000),  # shells, health, lives or points
             }))
