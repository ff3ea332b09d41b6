"""Night: lights the renderer cuts out of a dark map, and security lights that give an intruder away.

A map with the ``darkness`` property (0 to 1) is drawn under a veil of night
(game/render/lighting.py); a ``light`` object is a lit window, a lamp or a
pool's glow that the veil leaves clear.  Lights are scenery: the simulation
never reads them, the renderer asks each entity for its ``lights()``.

A ``floodlight`` watches the area drawn for it.  Walk in and it snaps on;
stay in it a moment longer and the people inside see you (``spotted``: a life
lost, back to the checkpoint) - unless she is hiding (crouched in a ``hiding_spot``:
the shadows in its light).  Its lamp, at the top middle of the area, goes out for
good with a shot: the way to cross its ground unseen.  With
``lamp = false`` it is light from the windows instead, always on and out of
reach of a bullet; ``until`` names a flag that ends its watch (once the house
is awake there is nothing left to give away).  A window light with a ``period``
is somebody who looks out now and then: it watches only for the first
``duty`` share of each cycle (brighter while they look), so it is crossed
between looks.

Tuning numbers (seconds, px) are the constants below.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pymunk

from game.entities.base import Entity
from game.entities.hazards import cycle_phase, quiet_for
from game.entities.triggers import Area
from game.level.data import LevelObject, Rect
from game.level.kinds import FACING, FLAG, TEXT, Kind, Look, Number, declare
from game.world.physics import CT, Cat, shape_filter

if TYPE_CHECKING:
    from game.world.world import World

GRACE = 0.75  # s in a lit floodlight's area before the people inside see you: time to step back out
LIT_TIME = 4.0  # s a tripped lamp stays on after the last intruder left its area
LAMP_RADIUS = 5.0  # px: the lamp's glass, what a shot must hit
LAMP_LIGHT = 70.0  # px: the bright disc round a lit lamp
SPOTTED_CAPTION = "Spotted. A face at the window - back into the dark."
BROKEN_SCORE = 150

# What a shot can hit but nothing can touch: only hitscan queries (category PLAYER_SHOT) find it.
SHOOTABLE_ONLY = shape_filter(Cat.ENEMY, Cat.PLAYER_SHOT)


class Light(Entity):
    """A light in a dark map: a rectangle (a lit window, a pool's glow) or a point with a ``radius``.
    ``strength`` is how much of the night it lifts (1: all of it)."""

    kind = "light"

    def __init__(self, obj: LevelObject) -> None:
        super().__init__(*obj.rect.center)
        r = obj.rect
        self.strength = float(obj.prop("strength", 1.0))
        if r.w > 0 and r.h > 0:
            self.shape = ("rect", r.x, r.y, r.w, r.h, self.strength)
        else:
            self.shape = ("disc", r.x, r.y, float(obj.prop("radius", 48.0)), self.strength)

    def lights(self):
        yield self.shape

    def hash_state(self) -> tuple:
        return (self.kind, round(self.x, 2), round(self.y, 2))


class Floodlight(Area):
    """A security light over the area drawn for it (see the module's docstring)."""

    kind = "floodlight"
    once = False

    def __init__(self, obj: LevelObject) -> None:
        super().__init__(obj)
        self.has_lamp = bool(obj.prop("lamp", True))
        self.until = obj.prop("until")
        self.period = float(obj.prop("period", 0.0))  # s per look out of the window (0: always watching)
        self.duty = float(obj.prop("duty", 0.5))  # the share of each period spent looking out
        self.offset = float(obj.prop("offset", 0.0))
        self.lamp = (self.rect.center[0], self.rect.y)
        self.state = "off" if self.has_lamp else "on"
        self.watch = 0.0  # s an intruder has been in the light
        self.lit = 0.0  # s the tripped lamp stays on
        self.spotted = 0  # how many times it gave somebody away
        self.lamp_shape: pymunk.Shape | None = None

    def added(self, world: World) -> None:
        super().added(world)
        if self.has_lamp:
            self.lamp_shape = pymunk.Circle(world.space.static_body, LAMP_RADIUS, self.lamp)
            self.lamp_shape.filter = SHOOTABLE_ONLY
            self.lamp_shape.collision_type = CT.SOLID
            world.space.add(self.lamp_shape)
            world.shape_owner[self.lamp_shape] = self

    def remove(self, world: World) -> None:
        super().remove(world)
        self._drop_lamp(world)

    def _drop_lamp(self, world: World) -> None:
        if self.lamp_shape is not None:
            world.shape_owner.pop(self.lamp_shape, None)
            if self.lamp_shape in world.space.shapes:
                world.space.remove(self.lamp_shape)
            self.lamp_shape = None

    def watching(self, world: World) -> bool:
        """Still on watch: not shot out, and the flag that ends its watch (``until``) not yet set."""
        return self.state != "broken" and not world.flag(self.until) and self.looking(world)

    def looking(self, world: World) -> bool:
        """Somebody is at the window now (always, for a light without a ``period``)."""
        if self.period <= 0:
            return True
        return cycle_phase(world, self.period, self.offset) < self.duty * self.period

    def quiet_for(self, world: World) -> float:
        """Seconds until somebody looks out again (0 while they look; always quiet without a ``period``)."""
        if self.period <= 0:
            return float("inf")
        return quiet_for(world, self.period, self.offset, self.duty * self.period)

    def update(self, world: World, dt: float) -> None:
        Entity.update(self, world, dt)
        if self.period > 0:
            self.set_state("look" if self.looking(world) else "on")
        if not self.watching(world):
            self.watch = 0.0
            return
        inside = [p for p in self.players_inside() if not p.hiding]  # crouched in a shadow: unseen
        if inside:
            if self.state == "off":
                self.set_state("on")
                world.sound("switch")
            self.lit = LIT_TIME
            self.watch += dt
            if self.watch >= GRACE:
                self._spot(world, inside)
            return
        self.watch = 0.0
        if self.has_lamp and self.state == "on":
            self.lit -= dt
            if self.lit <= 0:
                self.set_state("off")

    def _spot(self, world: World, inside: list) -> None:
        """Seen: whoever stands in the light is back at the checkpoint; the lamp goes dark again."""
        self.spotted += 1
        self.watch = 0.0
        world.show_caption(SPOTTED_CAPTION, 3.0)
        world.sound("spotted")
        for p in inside:
            p.lose_life(world)
        if self.has_lamp:
            self.set_state("off")

    # --- a shot puts the lamp out ---------------------------------------------------------------
    AIM_TOLERANCE = LAMP_RADIUS  # px from the aim point a round still puts it out

    def aim_point(self, toward: float | None = None) -> tuple[float, float] | None:
        """Where a shot must go (the autopilot's ``snipe`` role): the lamp, while it burns."""
        return self.lamp if self.state != "broken" and self.has_lamp else None

    def on_shot(self, world: World, point, shooter, damage: float) -> bool:
        if self.state == "broken":
            return False
        self._break(world)
        return True

    def hit(self, world: World, damage: float, source_x: float, *, lethal: bool, melee: bool = False) -> bool:
        if melee or self.state == "broken":
            return False
        self._break(world)
        return True

    def _break(self, world: World) -> None:
        if self.state == "broken":
            return
        self.set_state("broken")
        self._drop_lamp(world)
        world.sound("glass")
        world.fx("glass", self.lamp[0], self.lamp[1], 1)
        world.add_score(BROKEN_SCORE, *self.lamp)

    @property
    def is_down(self) -> bool:
        return self.state == "broken"

    def lights(self):
        r = self.rect
        if self.period > 0:  # a window somebody looks out of: its light on the lawn, brighter while they look
            yield ("rect", r.x, r.y, r.w, r.h, 0.75 if self.state == "look" else 0.3)
        elif self.state == "on":
            yield ("disc", self.lamp[0], self.lamp[1] + 4, LAMP_LIGHT, 1.0)
            yield ("rect", r.x, r.y, r.w, r.h, 0.85)

    def hash_state(self) -> tuple:
        return (self.kind, self.obj.id, self.state, round(self.watch, 4), round(self.lit, 4), self.spotted)


declare(Kind("light", optional={"radius": Number(above=0, at_most=2000), "strength": Number(above=0, at_most=1),
                                "dormant": FLAG},
             make=lambda w, o: Light(o),
             doc="A light in a dark map (the map's darkness property): a rectangle (a lit window, a pool) or a point "
                 "with a radius; strength 0-1. Scenery: the renderer leaves it clear of the night."))
declare(Kind("floodlight", area=True, optional={"lamp": FLAG, "until": TEXT, "dormant": FLAG,
                                              "period": Number(above=0, at_most=60), "duty": Number(above=0, at_most=1),
                                              "offset": Number(at_least=0, at_most=60)},
             make=lambda w, o: Floodlight(o), look=Look(drawer="floodlight"), autopilot=frozenset({"snipe", "keep_out"}),
             doc="A security light watching its area: a player who lingers in it while lit is spotted (a life lost). "
                 "A shot at its lamp (the area's top middle) puts it out; lamp = false: light from windows, always "
                 "on; until: a flag that ends its watch; period/duty/offset: a window somebody looks out of now "
                 "and then (it watches only while they look)."))


# --- a police cruiser on its rounds --------------------------------------------------------------
CRUISE_SPEED = 55.0  # px/s: a slow roll along the street, the spotlight working the hedges
CRUISE_WAIT = 2.5  # s it idles at each end of its route before it turns round
BEAM_NEAR, BEAM_FAR = 26.0, 150.0  # px ahead of the car's middle where its spotlight's pool begins and ends
BEAM_GRACE = 0.3  # s in the beam before the officer inside sees you (a step into a gateway in time)
CRUISER_CAPTION = "The spotlight finds you. A voice on the loudspeaker - back down the hill, into the dark."


class Cruiser(Entity):
    """A police cruiser rolling along the street on its rounds (its area: the route, the street level at
    the area's bottom), its spotlight a pool of light on the road ahead of it.  A player standing in the
    pool a moment (``BEAM_GRACE``) is seen: a life lost, back to the checkpoint; crouched in a hiding
    spot she is not.  It idles at each end of the route, then turns round."""

    kind = "cruiser"

    def __init__(self, obj: LevelObject) -> None:
        r = obj.rect
        facing = obj.facing if obj.prop("facing") else -1
        super().__init__(r.right if facing < 0 else r.x, r.bottom)
        self.obj = obj
        self.rect = r
        self.name = obj.name
        self.facing = facing
        self.wait = 0.0
        self.beam_time = 0.0
        self.spotted = 0
        self.state = "drive"

    def beam(self) -> tuple[float, float]:
        """The spotlight's pool on the road: its near and far x (near < far whichever way it faces)."""
        a, b = self.x + self.facing * BEAM_NEAR, self.x + self.facing * BEAM_FAR
        return (min(a, b), max(a, b))

    def reach(self) -> Rect:
        """Where its spotlight can fall: its route (the area) and a beam's length beyond either end."""
        r = self.rect
        return Rect(r.x - BEAM_FAR, r.y, r.w + 2 * BEAM_FAR, r.h)

    def in_beam(self, world: World) -> list:
        lo, hi = self.beam()
        seen = []
        for p in world.living_players():
            if getattr(p, "hiding", False):
                continue
            bx, by, bw, bh = p.hurtbox()
            if bx + bw > lo and bx < hi and by + bh > self.rect.bottom - 60:
                seen.append(p)
        return seen

    def threat(self, x: float) -> bool:
        """Whether the beam is on ``x`` now or will sweep over it as the car rolls on (the autopilot's cue
        to hide)."""
        lo, hi = self.beam()
        ahead = (x - self.x) * self.facing
        return lo - 20 < x < hi + 20 or 0 < ahead < BEAM_FAR + CRUISE_SPEED * 2.5

    def update(self, world: World, dt: float) -> None:
        super().update(world, dt)
        r = self.rect
        if self.wait > 0:
            self.wait -= dt
            self.set_state("idle")
            if self.wait <= 0:
                self.facing = -self.facing
        else:
            self.set_state("drive")
            self.x += self.facing * CRUISE_SPEED * dt
            end = r.x if self.facing < 0 else r.right
            if (self.x - end) * self.facing >= 0:
                self.x = end
                self.wait = CRUISE_WAIT
        seen = self.in_beam(world)
        self.beam_time = self.beam_time + dt if seen else 0.0
        if self.beam_time >= BEAM_GRACE:
            self.beam_time = 0.0
            self.spotted += 1
            world.show_caption(CRUISER_CAPTION, 3.0)
            world.sound("siren")
            for p in seen:
                p.lose_life(world)

    def lights(self):
        lo, hi = self.beam()
        yield ("rect", lo, self.rect.bottom - 48, hi - lo, 48, 0.8)
        yield ("disc", self.x + self.facing * 30, self.rect.bottom - 20, 22.0, 0.9)

    def hash_state(self) -> tuple:
        return (self.kind, self.obj.id, round(self.x, 3), self.facing, round(self.wait, 4),
                round(self.beam_time, 4), self.spotted)


declare(Kind("cruiser", area=True, optional={"facing": FACING},
             make=lambda w, o: Cruiser(o), look=Look(drawer="cruiser"), autopilot=frozenset({"hide_from"}),
             doc="A police cruiser on its rounds along its area (the route; the road at the area's bottom), "
                 "starting at the end it faces away from: its spotlight's pool on the road ahead sees a player "
                 "who stands in it a moment (a life lost) unless she is hiding; it idles at each end, then turns."))
