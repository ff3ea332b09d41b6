"""A guard dog asleep in a yard: the one watcher that hears.

Every other watcher in the game sees (a cone, a light, a window).  The dog
teaches the other half of sneaking: it lies asleep in the yard drawn for it,
and it hears a player who runs or rolls there.  Crept across (crouched,
``down`` held) she makes no sound.  Now and then it stirs in its sleep and
lifts its head (``period``, ``stir``): then it sees anyone in its yard who is
not hiding (crouched in a ``hiding_spot``: the shrubs), and a noise wakes it
into that look at once.  Seen, it barks: the neighbours' lights come on and
she is back at the checkpoint (a life), as a watchman's radio call sends her.

So its yard is crossed shrub to shrub, slowly: creep while it sleeps, be in a
shrub when it lifts its head.  Nobody hurts it (nothing Sarah carries is for a
dog); it never leaves its yard.

Tuning numbers (px, seconds) are the constants below.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.entities.base import Entity
from game.entities.hazards import cycle_phase, quiet_for
from game.entities.triggers import Area
from game.level.data import LevelObject
from game.level.kinds import FACING, Kind, Look, Number, declare

if TYPE_CHECKING:
    from game.world.world import World

QUIET_SPEED = 70.0  # px/s along the ground above which she is heard (a creep is 55, a run 180)
PERIOD = 7.0  # s from one stir to the next (the map's ``period``)
STIR = 2.4  # s it looks about each time (``stir``)
WAKE_TELL = 0.8  # s before it lifts its head that its head starts up (``waking``): the moment to get into a shrub
SEEN_AFTER = 0.35  # s in its sight before it is sure (a step into a shrub in time)
BARK_TIME = 2.0  # s it barks before it settles again
BARK_CAPTION = "The dog goes off like a siren and the lights come on next door. Back over the fence - into the dark."
HEARD_CAPTION = "It heard you! Still - into a shrub."


class GuardDog(Area):
    """A dog asleep in the yard drawn for it (see the module's docstring)."""

    kind = "guard_dog"
    once = False

    def __init__(self, obj: LevelObject) -> None:
        super().__init__(obj)
        self.period = float(obj.prop("period", PERIOD))
        self.stir = float(obj.prop("stir", STIR))
        self.offset = float(obj.prop("offset", 0.0))
        self.facing = obj.facing
        self.lies = float(obj.prop("lies", obj.rect.w / 2))  # px from the yard's left edge
        self.x = obj.rect.x + self.lies
        self.state = "sleep"  # sleep | stir | bark
        self.woken = 0.0  # s of a look a noise has started (on top of the rhythm of its sleep)
        self.seen = 0.0  # s somebody has been in its sight
        self.barks = 0  # how many times it gave somebody away
        self.heard = 0  # how many noises woke it
        self.waking = False  # its head starting up: it looks within WAKE_TELL s

    def looking(self, world: World) -> bool:
        """Head up: stirring in its sleep (its rhythm), woken by a noise, or barking."""
        return self.woken > 0 or self.state == "bark" or \
            cycle_phase(world, self.period, self.offset) < self.stir

    def quiet_for(self, world: World) -> float:
        """Seconds until it next lifts its head (0 while it looks): how long a creep in the open may take."""
        return 0.0 if self.looking(world) else quiet_for(world, self.period, self.offset, self.stir)

    @staticmethod
    def noisy(p) -> bool:
        """Running or rolling on its ground: heard.  Creeping, standing, or in the air: not."""
        return p.state == "roll" or (p.grounded and abs(p.vx) > QUIET_SPEED)

    def update(self, world: World, dt: float) -> None:
        Entity.update(self, world, dt)
        inside = self.players_inside()
        if self.state == "bark":
            if self.state_time >= BARK_TIME:
                self.set_state("sleep")
            self.waking = False
            return
        self.woken = max(0.0, self.woken - dt)
        if not self.looking(world) and any(self.noisy(p) for p in inside):
            self.woken = self.stir
            self.heard += 1
            world.show_caption(HEARD_CAPTION, 2.0)
            world.sound("growl")
        looking = self.looking(world)
        self.set_state("stir" if looking else "sleep")
        self.waking = not looking and self.quiet_for(world) < WAKE_TELL
        seen = [p for p in inside if not p.hiding] if looking else []
        if not seen:
            self.seen = 0.0
            return
        self.seen += dt
        if self.seen >= SEEN_AFTER:
            self._bark(world, seen)

    def _bark(self, world: World, seen: list) -> None:
        self.barks += 1
        self.seen = 0.0
        self.woken = 0.0
        self.set_state("bark")
        world.show_caption(BARK_CAPTION, 3.0)
        world.sound("bark")
        for p in seen:
            p.lose_life(world)

    def lights(self):
        """Its "?" and "!" must read in the dark (game/render/night.py): a little light where they are drawn."""
        if self.state != "sleep" or self.waking:
            yield ("disc", self.x, self.rect.bottom - 32, 16.0, 0.9)

    def hash_state(self) -> tuple:
        return (self.kind, self.obj.id, self.state, round(self.woken, 4), round(self.seen, 4), self.barks, self.heard)


declare(Kind("guard_dog", area=True,
             optional={"period": Number(above=0, at_most=60), "stir": Number(above=0, at_most=60),
                       "offset": Number(at_least=0, at_most=60), "lies": Number(at_least=0, at_most=4000),
                       "facing": FACING},
             make=lambda w, o: GuardDog(o), look=Look(drawer="guard_dog"),
             autopilot=frozenset({"creep"}),
             doc="A dog asleep in its yard (the area; it lies lies px from the left, facing): it hears a player who "
                 "runs or rolls there (creeping is silent) and every period s it stirs for stir s (offset: where "
                 "in the cycle it starts); while its head is up it sees anyone in the yard not hiding in a "
                 "hiding_spot, and barks: a life lost, back to the checkpoint."))
