"""The hospital's elevator ride: the T-1000 on the car's roof, stabbing blades down through it.

A ``roof_blades`` area is the inside of the car, from its ceiling to its floor.  Woken (it is placed
``dormant`` and a set piece wakes it when the doors close), it picks where the player nearest to it
stands, and after a tell (the roof bulges there and drips liquid metal) a blade comes down through
the ceiling to the floor at that spot.  Whoever is under it is cut; whoever moved off the drip in
time is not.  So a player keeps moving, one step ahead of the drip, until ``until`` (a flag) is set:
the doors open and the ride is over.  Tuning numbers are the constants below.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.entities.triggers import Area
from game.level.kinds import FLAG, TEXT, Kind, Look, declare
from game.world.physics import CT

if TYPE_CHECKING:
    from game.world.world import World

STAB_TELL = 0.6  # s the roof bulges and drips over the spot before the blade comes through
STAB_TIME = 0.3  # s the blade is down (the only time it cuts)
STAB_REST = 0.35  # s between a blade pulled back up and the next tell
STAB_WIDTH = 12.0  # px: the blade's width at the ceiling (it tapers to a point at the floor)
STAB_EDGE = 10.0  # px kept between a stab and the car's walls


class RoofBlades(Area):
    """The T-1000 on the roof of the car (see the module's docstring)."""

    kind = "roof_blades"
    once = False
    SENSOR_TYPE = CT.TRIGGER

    def __init__(self, obj) -> None:
        super().__init__(obj)
        self.until = obj.prop("until")
        self.phase = "rest"  # rest / tell / stab
        self.phase_time = 0.0
        self.spot: float | None = None  # x of the stab being told or made
        self.stabs = 0
        self.hits = 0

    def enter(self, world: World) -> None:
        pass  # it watches whoever is inside every update (``update``), not only the first time

    def update(self, world: World, dt: float) -> None:
        super().update(world, dt)
        self.phase_time += dt
        if world.flag(self.until):
            self.phase, self.spot = "rest", None
            return
        if self.phase == "rest":
            inside = self.players_inside()
            if self.phase_time >= STAB_REST and inside:
                p = min(inside, key=lambda q: abs(q.x - self.rect.center[0]))
                r = self.rect
                self.spot = max(r.x + STAB_EDGE, min(r.right - STAB_EDGE, p.x))
                self.phase, self.phase_time = "tell", 0.0
                world.sound("melt")
        elif self.phase == "tell" and self.phase_time >= STAB_TELL:
            self.phase, self.phase_time = "stab", 0.0
            self.stabs += 1
            world.sound("blade")
            world.add_shake(2.0)
        elif self.phase == "stab":
            for p in self.players_inside():
                bx, by, bw, bh = p.hurtbox()
                if bx - STAB_WIDTH / 2 < self.spot < bx + bw + STAB_WIDTH / 2 and p.hit(
                        world, world.difficulty.blade_damage, self.spot):
                    self.hits += 1
            if self.phase_time >= STAB_TIME:
                self.phase, self.phase_time = "rest", 0.0

    def threat_x(self) -> float | None:
        """Where a blade is coming down or is down (the scripted player steps off it), or None."""
        return self.spot if self.phase in ("tell", "stab") else None

    def hash_state(self) -> tuple:
        return (self.kind, self.obj.id, self.phase, round(self.phase_time, 4), self.spot, self.stabs)


declare(Kind("roof_blades", area=True, make=lambda w, o: RoofBlades(o), look=Look(drawer="roof_blades"),
             optional={"dormant": FLAG, "until": TEXT}, autopilot=frozenset({"dodge"}),
             doc="The inside of the elevator car with the T-1000 on its roof: woken, it drips over where a player "
                 "stands, then stabs a blade down through the ceiling there, until the flag ``until`` is set."))
