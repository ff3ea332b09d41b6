"""The mall's people: shoppers who browse and panic, and the security guard who wants a word.

Shoppers are bystanders.  They stroll near where they were placed; a shotgun blast near
them, or the liquid metal coming close, sends them running away from it; one with nowhere
to run cowers on the floor (below the line of fire).  A pellet that hits one standing is
a casualty: the HUD counts it, the score pays for it, the results remember it.

The guard walks up and swings his baton like a thug: fists put him down, alive.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.entities.humans import Human, Thug
from game.level.kinds import FACING, FLAG, Kind, Look, OneOf, declare
from game.world.physics import PROP_FILTER, shape_filter

if TYPE_CHECKING:
    from game.world.world import World

# --- shoppers (px, seconds) ----------------------------------------------------------------------
SHOPPER_HEALTH = 1.0  # one pellet: a shot through a crowd kills
STROLL_SPEED = 28.0
STROLL_RANGE = 40.0  # px either side of where they were placed
FLEE_SPEED = 115.0
PANIC_TIME = 3.5  # s of running after the last scare
SCARE_RADIUS = 300.0  # px from a shotgun blast
T1000_SCARE = 110.0  # px from the liquid metal
COWER_TIME = 2.0  # s down on the floor once cornered
GONE_DISTANCE = 900.0  # px from every player: a shopper who ran that far has left the mall
LOOKS = ("a", "b")  # two outfits (sheets shopper_a and shopper_b)


class Shopper(Human):
    kind = "shopper"
    bystander = True  # never a foe: a brawl is won without knocking one down
    WIDTH = 13.0
    HEIGHT = 36.0
    LOST_BEHIND_SCROLL = True

    def __init__(self, world: World, x: float, y: float, facing: int = -1, outfit: str = "a") -> None:
        super().__init__(world, x, y, facing)
        self.outfit = outfit
        self.panic = 0.0
        self.flee_dir = 1
        self.cower = 0.0
        self.stroll_dir = facing
        self.pause = world.rng.uniform(0.5, 2.0)
        self.kind = f"shopper_{outfit}" if outfit != "a" else "shopper"

    def full_health(self, world: World) -> float:
        return SHOPPER_HEALTH

    def scare(self, source_x: float) -> None:
        if self.is_down:
            return
        if self.panic <= 0:
            self.flee_dir = 1 if self.x >= source_x else -1
        self.panic = PANIC_TIME

    def think(self, world: World, dt: float) -> None:
        self.panic = max(0.0, self.panic - dt)
        for p in world.players:
            if p.state == "shoot" and p.state_time <= 1 / 60 + 1e-6 and abs(p.x - self.x) < SCARE_RADIUS \
                    and abs(p.y - self.y) < 120:
                self.scare(p.x)
        for t in world.t1000s:
            if abs(t.x - self.x) < T1000_SCARE and abs(t.y - self.y) < 40:
                self.scare(t.x)
        if self.cower > 0:
            self.cower -= dt
            self.approach_vx(0.0, 600.0, dt)
            self.set_state("cower")
            if self.cower <= 0:
                self.shape.filter = self._standing_filter
            return
        if self.panic > 0:
            was, was_t = self.state, self.state_time
            self.walk_toward(world, self.x + self.flee_dir * 64, FLEE_SPEED, dt)
            if self.state == "idle":  # a wall or a drop: nowhere to run
                self.cower = COWER_TIME
                self.shape.filter = PROP_FILTER  # flat on the floor: shots fly over
                self.set_state("cower")
            else:
                self.state, self.state_time = "panic", (was_t if was == "panic" else 0.0)
            if all(abs(p.x - self.x) > GONE_DISTANCE for p in world.players):
                self.alive = False
            return
        # Browsing: stroll a little, stop and look, turn back.
        self.pause -= dt
        if self.pause > 0:
            self.approach_vx(0.0, 400.0, dt)
            self.set_state("idle")
            return
        if abs(self.x + self.stroll_dir * 8 - self.home_x) > STROLL_RANGE:
            self.stroll_dir = -self.stroll_dir
            self.pause = world.rng.uniform(0.8, 2.4)
            return
        self.walk_toward(world, self.x + self.stroll_dir * 16, STROLL_SPEED, dt)
        if self.state == "idle":
            self.stroll_dir = -self.stroll_dir
            self.pause = world.rng.uniform(0.8, 2.4)

    @property
    def _standing_filter(self):
        return shape_filter(self.CATEGORY, self.MASK)

    def hash_state(self) -> tuple:
        return (*super().hash_state(), round(self.panic, 3))


class Guard(Thug):
    """Mall security: a baton instead of a chain, the same readable wind-up; fists, not the shotgun."""

    kind = "guard"
    WALK_SPEED = 60.0


def _shopper(world: World, obj) -> Shopper:
    return Shopper(world, *obj.feet, facing=obj.facing, outfit=str(obj.prop("outfit", "a")))


_SHOPPER_ANIMS = {"panic": ("run", "walk"), "cower": ("cower", "hurt"), "dead": ("down",), "down": ("down",),
                  "wounded": ("down",), "hurt": ("hurt", "idle")}
declare(Kind("shopper", optional={"dormant": FLAG, "facing": FACING, "outfit": OneOf(LOOKS)}, make=_shopper,
             autopilot=frozenset({"bystander"}), look=Look(sheet="shopper_a", anims=_SHOPPER_ANIMS),
             doc="A shopper: strolls, panics at gunfire and the T-1000; a pellet through one is a casualty."))
# The second outfit is the same person in play; a kind of its own only so the renderer picks its sheet.
declare(Kind("shopper_b", in_maps=False, autopilot=frozenset({"bystander"}),
             look=Look(sheet="shopper_b", anims=_SHOPPER_ANIMS)))
declare(Kind("guard", optional={"dormant": FLAG, "facing": FACING},
             make=lambda w, o: Guard(w, *o.feet, facing=o.facing), autopilot=frozenset({"punch"}),
             look=Look(sheet="guard", anims={"dead": ("down",), "hurt": ("hurt", "idle"), "wounded": ("down",)},
                       warn=("attack",))))
