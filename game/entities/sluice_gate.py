"""The canal's sluice gate: a gap that closes on a rider with the tow truck at his back.

A flood gate across the canal (its area: from the lintel down to the floor) stays up until a set piece
starts it down (``close_shutter``); it lowers steadily, solid down to its edge, so a rider must be under
it before the gap is gone.  Its edge coming down on somebody, or the truck pinning a rider against the
shut gate, costs a life; the truck rams a shut gate off its runners (it bursts), so a retry finds the
way open.  Tuning numbers are the constants below.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pymunk

from game.entities.base import Entity
from game.entities.tow_truck import TowTruck
from game.level.kinds import Kind, Look, Number, declare
from game.world.physics import add_wall

if TYPE_CHECKING:
    from game.level.data import LevelObject
    from game.world.world import World

SLUICE_DROP = 3.8  # s the gate takes to come all the way down once a set piece starts it (close_shutter)
PINNED_GAP = 80.0  # px between the truck's bumper and the shut gate: a rider between them is crushed


class SluiceGate(Entity):
    """A steel flood gate across the canal (its area: from the lintel down to the floor): open until a set
    piece starts it down (``close_shutter``); it then lowers steadily, solid down to its edge, so a rider
    must be under it before the gap is gone; its edge coming down on somebody puts him out of the level (a
    life). The tow truck rams a shut gate off its runners (it bursts): the way is open again."""

    kind = "sluice_gate"

    def __init__(self, obj: LevelObject) -> None:
        super().__init__(obj.rect.center[0], obj.rect.bottom)
        self.obj = obj
        self.rect = obj.rect
        self.name = obj.name
        self.drop = float(obj.prop("drop", SLUICE_DROP))
        self.lowered = 0.0  # px of gate below the lintel
        self.closing = False
        self.burst = False
        self.shape: pymunk.Poly | None = None
        self.state = "open"

    @property
    def closed(self) -> bool:
        return self.lowered >= self.rect.h and not self.burst

    def close(self, world: World) -> None:
        if not self.closing and not self.burst:
            self.closing = True
            self.set_state("closing")
            world.sound("alarm")

    def open(self, world: World) -> None:
        self._burst(world, quiet=True)

    def edge(self) -> float:
        """The y of the gate's lower edge now."""
        return self.rect.y + self.lowered

    def update(self, world: World, dt: float) -> None:
        super().update(world, dt)
        if not self.closing or self.burst:
            return
        if self.lowered < self.rect.h:
            before = self.edge()
            self.lowered = min(self.rect.h, self.lowered + self.rect.h * dt / self.drop)
            self._reshape(world)
            r = self.rect
            for p in world.living_players():  # under the edge as it comes down: crushed
                bx, by, bw, bh = p.hurtbox()
                if bx < r.right and bx + bw > r.x and by < self.edge() and by + bh > before:
                    p.lose_life(world)
            if self.lowered >= r.h:
                self.set_state("shut")
                world.sound("crash")
                world.add_shake(4.0)
        for e in world.entities:  # a truck about to hit it rams it off its runners (before the physics stops it)
            if isinstance(e, TowTruck) and e.alive and self.lowered > 0 and abs(e.x - self.x) < 160:
                bumper = e.point((e.spec.chassis[0][2], -20.0))[0]
                gap = (self.rect.x - bumper) if e.facing > 0 else (bumper - self.rect.right)
                if -self.rect.w < gap < 6.0 + abs(e.chassis.velocity.x) * dt * 3:
                    self._burst(world)
                elif self.closed and gap < PINNED_GAP:  # a rider caught between the truck and the shut gate is
                    caught = [p for p in world.living_players()  # crushed; with nobody between, it shoves through
                              if 0 < (p.x - bumper) * e.facing and 0 < (self.x - p.x) * e.facing and p.y > self.rect.y]
                    for p in caught:
                        p.lose_life(world)
                    if not caught:
                        self._burst(world)

    def _reshape(self, world: World) -> None:
        self._drop_shape(world)
        r = self.rect
        if self.lowered < 1.0:
            return
        self.shape = add_wall(world.space, r.x, r.y, r.right, self.edge())

    def _drop_shape(self, world: World) -> None:
        if self.shape is not None and self.shape in world.space.shapes:
            world.space.remove(self.shape)
        self.shape = None

    def _burst(self, world: World, quiet: bool = False) -> None:
        if self.burst:
            return
        self.burst = True
        self.closing = False
        self._drop_shape(world)
        self.set_state("burst")
        if not quiet:
            world.sound("crash")
            world.add_shake(8.0)
            for i in range(4):
                world.fx("spark", self.x, self.rect.bottom - 12 - i * 14, 1)
            world.emit("gate_burst", self.name, self.x, self.y)

    def remove(self, world: World) -> None:
        self._drop_shape(world)

    def hash_state(self) -> tuple:
        return (self.kind, self.obj.id, round(self.lowered, 3), self.burst)


declare(Kind("sluice_gate", area=True, make=lambda w, o: SluiceGate(o), look=Look(drawer="sluice_gate"),
             optional={"drop": Number(above=0, at_most=30)},
             doc="A flood gate across the canal (from its lintel to the floor): close_shutter starts it down over "
                 "``drop`` seconds, solid to its edge (under the edge as it comes down: a life); the tow truck "
                 "rams a shut gate off its runners."))
