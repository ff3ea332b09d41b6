"""The steel mill: the nitrogen spill, ladles pouring molten steel, steam vents, the launcher's grenades.

Each is a hazard the T-1000 must respect as much as the T-800: the spill freezes
the liquid metal that walks into it, a ladle's pour melts whatever droplets it
falls through (it is molten steel, the same sensor as a pool), steam thaws and
scatters it.  Tuning numbers for each are at the top of this module.

And Sarah, wounded (``wounded_sarah``): the real one, limping, beside the T-1000 wearing her
shape (its ``sarah`` form: it walks in evenly and glints like chrome).  She is a person: a
shot that hits her is a casualty whatever the level's ``no_kill`` says; she stands where she is,
or limps where a set piece ``send``s her.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pymunk

from game.entities.base import Entity
from game.entities.hazards import LiveWire
from game.entities.humans import Human
from game.entities.triggers import Area
from game.level.kinds import FACING, FLAG, Kind, Look, Number, declare
from game.world import exact as E
from game.world.physics import CT, WORLD_FILTER

if TYPE_CHECKING:
    from game.world.world import World

# --- the nitrogen spill -------------------------------------------------------------------------
SPILL_COLD = 3.0  # cold units per second given to the liquid metal inside (it freezes at a mean of 1.5)
SPILL_REACH = 40.0  # px around the body's centre that the cold reaches
SPILL_MIST_EVERY = 14  # updates between wisps of frost over the pool

# --- ladles -------------------------------------------------------------------------------------
LADLE_DAMAGE = 4  # to a T-800 under the pour
LADLE_WARNING = 0.7  # s the ladle tips (a drip, a glow) before the pour

# --- steam vents --------------------------------------------------------------------------------
STEAM_DAMAGE = 1
STEAM_THAW = 2.0  # cold units taken from the liquid metal in the jet, per second
STEAM_SCATTER = 0.35  # the jet's scatter of the liquid metal (T1000.explode strength), once a burst

# --- presses -------------------------------------------------------------------------------------
PRESS_DAMAGE = 4  # to a T-800 under the head while it is down
PRESS_WARNING = 0.6  # s the head shudders and its lamp blinks before the blow
PRESS_DROP = 0.1  # s the head takes to come down (the blow lands at the start of the pulse)
PRESS_RISE = 0.5  # s it takes to go back up after the pulse
PRESS_SCATTER = 0.8  # the blow's splatter of liquid metal under it (T1000.explode strength)

# --- crane hooks -------------------------------------------------------------------------------
HOOK_DAMAGE = 3  # to a T-800 the swinging hook catches
HOOK_RADIUS = 9.0  # px: the hook's block and claw, what strikes
HOOK_GAP = 14.0  # px between the claw's lowest point and the floor (the area's bottom)
HOOK_LANE = 22.0  # px the claw may rise above its lowest point and still strike a standing man
HOOK_SWING = 0.9  # rad: the swing either side of hanging straight down (``swing`` in the map)
HOOK_SCATTER = 0.7  # its blow's splatter of liquid metal (T1000.explode strength)
HOOK_RESTRIKE = 0.8  # s before one hook can splatter the T-1000 again
HOOK_LOOKAHEAD = 2.5  # s ahead the scripted player looks to judge a crossing

# --- conveyor belts ------------------------------------------------------------------------------
BELT_REACH = 3.0  # px above or below the belt's top that feet still count as on it

# --- Sarah, wounded -----------------------------------------------------------------------------
SARAH_HEALTH = 1.0  # one pellet: she is already hurt
LIMP_SPEED = (16.0, 46.0)  # px/s: dragging the bad leg, then the good step
LIMP_STEP = 0.9  # s per step of the limp; the first LIMP_DRAG of it is the drag
LIMP_DRAG = 0.4
SARAH_ARRIVED = 6.0  # px from where she was sent: there

# --- grenades -----------------------------------------------------------------------------------
GRENADE_SPEED = 300.0  # px/s along the aim
GRENADE_LOB = 150.0  # px/s upward added to a level shot: it arcs
GRENADE_GRAVITY = 900.0  # px/s^2
GRENADE_FUSE = 1.4  # s: it bursts when it hits something, or after this
GRENADE_RADIUS = 44.0  # px: what the burst reaches


class NitrogenSpill(Area):
    """The crashed tanker's pool of liquid nitrogen: liquid metal that walks in freezes solid.

    The pool boils off once a frozen T-1000 has been shattered over it (``spent``): the
    reformed metal walks through it after that, as it does in the story.
    """

    kind = "nitrogen_spill"
    once = False

    def __init__(self, obj) -> None:
        super().__init__(obj)
        self.spent = False
        self.froze: set[int] = set()  # ids of the bodies it froze

    def update(self, world: World, dt: float) -> None:
        self.state_time += dt
        r = self.rect
        if world.frame % SPILL_MIST_EVERY == 0:
            world.fx("frost_mist", r.x + world.rng.uniform(0, r.w), r.bottom - world.rng.uniform(2, 10), 1)
        if self.spent:
            return
        for t in world.t1000s:
            if not t.alive:
                continue
            if id(t) in self.froze and t.state in ("shattered", "reforming"):
                self.spent = True
                self.state = "spent"
                return
            if r.x <= t.x <= r.right and r.y - 48 <= t.y <= r.bottom + 4:
                t.freeze(world, (t.x, t.y - 22), SPILL_REACH, SPILL_COLD * dt)
                if t.body.frozen:
                    self.froze.add(id(t))

    def hash_state(self) -> tuple:
        return (self.kind, self.obj.id, self.spent)


class Ladle(LiveWire):
    """A ladle overhead that tips and pours molten steel in rhythm: the pour (the area) burns a
    T-800 under it and melts any liquid metal it falls through."""

    kind = "ladle"
    SENSOR_TYPE = CT.HAZARD
    WARNING = LADLE_WARNING

    def __init__(self, obj) -> None:
        super().__init__(obj)
        self.pour: pymunk.Shape | None = None

    def update(self, world: World, dt: float) -> None:
        _, was = self.beat(world, dt)
        if self.live and not was:
            self._open(world)
            if self._near_player(world):
                world.sound("melt")
        elif was and not self.live:
            self._close(world)
        if self.live:
            self.state = "live"
            if world.frame % 5 == 0:
                world.fx("molten_splash", self.rect.center[0] + world.rng.uniform(-4, 4), self.rect.bottom - 2, 1)
            for p in self.players_inside():
                p.hit(world, LADLE_DAMAGE, self.rect.center[0])
        else:
            self.state = "idle"

    def _open(self, world: World) -> None:
        r = self.rect
        shape = pymunk.Poly(world.space.static_body, [(r.x, r.y), (r.right, r.y), (r.right, r.bottom), (r.x, r.bottom)])
        shape.sensor = True
        shape.collision_type = CT.MOLTEN
        shape.filter = WORLD_FILTER
        world.space.add(shape)
        self.pour = shape

    def _close(self, world: World) -> None:
        if self.pour is not None:
            world.space.remove(self.pour)
            self.pour = None

    def remove(self, world: World) -> None:
        self._close(world)
        super().remove(world)


class SteamVent(LiveWire):
    """A vent in the floor that blasts steam in rhythm: it scalds a T-800 and thaws and scatters
    the liquid metal."""

    kind = "steam"
    WARNING = 0.4  # s of a wisp before each blast

    def update(self, world: World, dt: float) -> None:
        _, was = self.beat(world, dt)
        r = self.rect
        if self.live:
            self.state = "live"
            if world.frame % 4 == 0:
                world.fx("smoke", r.x + world.rng.uniform(0, r.w), r.bottom - world.rng.uniform(0, r.h), 1)
            for p in self.players_inside():
                p.hit(world, STEAM_DAMAGE, r.center[0])
            for t in world.t1000s:
                if t.alive and r.x - 8 <= t.x <= r.right + 8 and r.y <= t.y <= r.bottom + 8:
                    t.body.cold[:] = (t.body.cold - STEAM_THAW * dt).clip(0.0)
                    if not was:
                        t.explode(world, (r.center[0], r.bottom - 4), r.w, STEAM_SCATTER)
            if not was and self._near_player(world):
                world.sound("splash")
        else:
            self.state = "idle"


class Grenade(Entity):
    """A lobbed grenade: arcs, bursts on whatever it hits (or on its fuse) and throws the liquid
    metal back the way the grenade flew."""

    kind = "grenade"

    def __init__(self, x: float, y: float, facing: int, up_down: int) -> None:
        super().__init__(x, y)
        self.facing = facing
        self.vx = facing * GRENADE_SPEED * (0.7 if up_down else 1.0)
        self.vy = up_down * GRENADE_SPEED * 0.7 - GRENADE_LOB
        self.fuse = GRENADE_FUSE
        self.state = "fly"

    def update(self, world: World, dt: float) -> None:
        super().update(world, dt)
        self.vy += GRENADE_GRAVITY * dt
        self.x += self.vx * dt
        self.y += self.vy * dt
        self.fuse -= dt
        hit = world.solid_at(self.x, self.y) or self.fuse <= 0
        for t in world.t1000s:
            if t.alive and abs(t.x - self.x) < 10 and t.y - 46 < self.y < t.y + 2:
                hit = True
        w, h = world.level.pixel_size
        if self.y > h + 32 or self.x < -32 or self.x > w + 32:
            self.alive = False
            return
        if hit:
            self.burst(world)

    def burst(self, world: World) -> None:
        self.alive = False
        world.sound("explosion")
        world.fx("explosion", self.x, self.y, self.facing)
        world.add_shake(6.0)
        world.add_hitstop(3)
        for t in list(world.t1000s):
            if t.alive and abs(t.x - self.x) < GRENADE_RADIUS + 8 and abs(t.y - 22 - self.y) < GRENADE_RADIUS + 16:
                t.grenade(world, (self.x, self.y), GRENADE_RADIUS, 1 if self.vx > 0 else -1)
        world.emit("grenade", self.x, self.y)

    def hash_state(self) -> tuple:
        return (self.kind, round(self.x, 3), round(self.y, 3), round(self.fuse, 4))


class WoundedSarah(Human):
    """The real Sarah in the mill: wounded, limping, shotgun hanging from one hand.

    She never fights and never runs: she stands facing the T-800, or limps to where a set piece
    sends her (``send``), the bad leg dragging (slow, then a quick step: LIMP_*).  Gunfire that
    hits her kills her, a casualty in any level; a punch does nothing (nobody punches Sarah)."""

    kind = "wounded_sarah"
    bystander = True
    WIDTH = 12.0
    HEIGHT = 36.0

    def __init__(self, world: World, x: float, y: float, facing: int = 1) -> None:
        super().__init__(world, x, y, facing)
        self.goal_x: float | None = None
        self.limp_t = 0.0

    def full_health(self, world: World) -> float:
        return SARAH_HEALTH

    def send(self, x: float) -> None:
        """Limp to ``x`` and stay there (the ``send`` set-piece action)."""
        self.goal_x = float(x)

    def hit(self, world: World, damage: float, source_x: float, *, lethal: bool, melee: bool = False) -> bool:
        if melee:
            return False
        return super().hit(world, damage, source_x, lethal=True)

    def think(self, world: World, dt: float) -> None:
        if self.goal_x is not None and abs(self.goal_x - self.x) > SARAH_ARRIVED:
            self.limp_t = (self.limp_t + dt) % LIMP_STEP
            speed = LIMP_SPEED[0] if self.limp_t < LIMP_DRAG else LIMP_SPEED[1]
            self.walk_toward(world, self.goal_x, speed, dt)
            if self.state == "idle":  # a wall or a drop: she waits there
                self.goal_x = None
            return
        self.goal_x = None
        self.approach_vx(0.0, 400.0, dt)
        self.set_state("idle")
        p = world.nearest_player(self.x, self.y)
        if abs(p.x - self.x) > 8:
            self.facing = 1 if p.x > self.x else -1

    def hash_state(self) -> tuple:
        return (*super().hash_state(), round(self.limp_t, 4), self.goal_x)


class Press(LiveWire):
    """A rolling-mill press overhead that slams down in rhythm: while its head is down (the pulse)
    it crushes a T-800 under it, and the blow splatters any liquid metal it lands on, so a chase
    through a line of presses is timed by the player and paid for by the T-1000.  Between blows
    the way under it is open; the head shudders and a lamp blinks before each one."""

    kind = "press"
    SENSOR_TYPE = CT.HAZARD
    WARNING = PRESS_WARNING

    def __init__(self, obj) -> None:
        super().__init__(obj)
        self.head = 0.0  # 0 up in the housing, 1 down on the floor (for the drawer)

    def update(self, world: World, dt: float) -> None:
        phase, was = self.beat(world, dt)
        if self.live:
            self.head = min(1.0, phase / PRESS_DROP)
        else:
            self.head = max(0.0, 1.0 - (phase - self.period * self.duty) / PRESS_RISE)
        r = self.rect
        cx = r.center[0]
        if self.live and not was:
            if self._near_player(world):
                world.sound("press")
                world.add_shake(3.0)
            for side in (-1, 1):
                world.fx("spark", cx + side * r.w / 2, r.bottom - 2, side)
            for t in world.t1000s:
                if t.alive and r.x - 6 <= t.x <= r.right + 6 and r.y <= t.y <= r.bottom + 8:
                    t.explode(world, (cx, r.bottom - 6), r.w, PRESS_SCATTER)
        if self.live:
            self.state = "live"
            for p in self.players_inside():
                p.hit(world, PRESS_DAMAGE, cx)
        else:
            self.state = "idle"


class CraneHook(LiveWire):
    """A crane hook on its chain, swinging across the floor on the overhead line: a pendulum whose
    claw passes through the walking lane twice a swing and clears a standing head in between.  It
    is ``live`` while the claw is low in its area (the stretch of floor it sweeps), so a player
    crosses behind it as it swings away; it knocks a T-800 along its swing and splatters liquid
    metal.  The area is drawn from the rail (its top centre is the pivot) down to the floor (the
    claw swings ``HOOK_GAP`` above it); ``period`` is the time of a full swing there and back."""

    kind = "hook"
    SENSOR_TYPE = CT.HAZARD
    WARNING = 0.0

    def __init__(self, obj) -> None:
        super().__init__(obj)
        self.swing = float(obj.prop("swing", HOOK_SWING))
        self.length = self.rect.h - HOOK_GAP - HOOK_RADIUS
        self.angle = 0.0
        self.restrike = 0.0

    def angle_at(self, seconds: float) -> float:
        """The chain's angle from straight down (rad, + toward +x) at ``seconds`` of level time."""
        return self.swing * E.sin(E.TWO_PI * ((seconds + self.offset) % self.period) / self.period)

    def claw(self, angle: float | None = None) -> tuple[float, float]:
        a = self.angle if angle is None else angle
        s, c = E.sin_cos(a)
        return self.rect.center[0] + self.length * s, self.rect.y + self.length * c

    def low(self, angle: float) -> bool:
        """The claw is down in the lane (where it hits a standing man), not swung up out of it."""
        x, y = self.claw(angle)
        r = self.rect
        return y + HOOK_RADIUS > r.bottom - HOOK_GAP - HOOK_LANE and r.x <= x <= r.right

    def pulse_soon(self, world: World) -> bool:
        """Would a player who set off now, at a run, meet the claw in the lane before he is through?
        (What a person judges by eye at the edge of the swing.)"""
        r = self.rect
        p = world.nearest_player(r.center[0], r.bottom)
        way = 1 if r.center[0] > p.x else -1
        speed = p.TUNING.run_speed
        reach = HOOK_RADIUS + p.WIDTH / 2 + 4
        now = world.frame / 60.0
        t = 0.0
        while t <= HOOK_LOOKAHEAD:
            x = p.x + way * speed * t
            if (x - r.center[0]) * way > r.w / 2 + reach:
                return False  # through and clear
            angle = self.angle_at(now + t)
            if self.low(angle) and abs(self.claw(angle)[0] - x) < reach:
                return True
            t += 1 / 30
        return False

    def update(self, world: World, dt: float) -> None:
        self.state_time += dt
        before = self.angle
        self.angle = self.angle_at(world.frame * dt)
        self.live = self.low(self.angle)
        self.state = "live" if self.live else "idle"
        self.restrike = max(0.0, self.restrike - dt)
        if not self.live:
            return
        hx, hy = self.claw()
        ahead = 1 if self.angle >= before else -1  # the way it swings: the blow carries you along
        for p in world.players:
            box = p.hurtbox()
            if box is None:
                continue
            x, y, w, h = box
            if x - HOOK_RADIUS < hx < x + w + HOOK_RADIUS and y - HOOK_RADIUS < hy < y + h + HOOK_RADIUS:
                if p.hit(world, HOOK_DAMAGE, hx - ahead * 40.0):
                    world.sound("hit_metal")
        if self.restrike > 0:
            return
        for t in world.t1000s:
            if t.alive and abs(t.x - hx) < 16 and hy - 40 <= t.y <= hy + 40:
                t.explode(world, (hx, hy), 24, HOOK_SCATTER)
                world.sound("hit_metal")
                self.restrike = HOOK_RESTRIKE

    def hash_state(self) -> tuple:
        return (self.kind, self.obj.id, self.live, round(self.angle, 5))


class Conveyor(Entity):
    """A belt in the floor that carries whoever stands on it (the area is the belt; ``speed`` px/s,
    negative to the left).  A player on it walks relative to the belt, as on any moving ground, so
    standing still to wait for a press means being carried back toward what follows.  Physics
    bodies (the liquid metal, debris) are not carried: it is the players' ground."""

    kind = "conveyor"

    def __init__(self, obj) -> None:
        super().__init__(obj.rect.x, obj.rect.y)
        self.rect = obj.rect
        self.name = obj.name
        self.speed = float(obj.prop("speed", -40.0))

    def added(self, world: World) -> None:
        world.conveyors.append(self)

    def carries(self, x: float, feet_y: float) -> bool:
        r = self.rect
        return r.x <= x <= r.right and r.y - BELT_REACH <= feet_y <= r.y + BELT_REACH

    def remove(self, world: World) -> None:
        if self in world.conveyors:
            world.conveyors.remove(self)

    def hash_state(self) -> tuple:
        return (self.kind, round(self.x, 2))


_PULSE = {
    "period": Number(above=0, at_most=60),  # seconds per cycle; the phase is taken modulo it
    "duty": Number(at_least=0, at_most=1),  # the pouring (blasting) fraction of each cycle
    "offset": Number(at_least=0, at_most=60),  # seconds into the cycle at the start
}
declare(Kind("nitrogen_spill", area=True, make=lambda w, o: NitrogenSpill(o), look=Look(drawer="spill"),
             doc="Liquid nitrogen on the floor: the T-1000 freezes in it until it is shattered once."))
declare(Kind("ladle", area=True, make=lambda w, o: Ladle(o), look=Look(drawer="ladle"),
             autopilot=frozenset({"wait_out"}), optional=_PULSE,
             doc="The pour of a ladle overhead (draw the area from the ladle's lip to the floor)."))
declare(Kind("steam", area=True, make=lambda w, o: SteamVent(o), look=Look(drawer="steam"),
             autopilot=frozenset({"wait_out"}), optional=_PULSE,
             doc="A steam vent: the area is the jet, from the floor up."))
declare(Kind("press", area=True, make=lambda w, o: Press(o), look=Look(drawer="press"),
             autopilot=frozenset({"wait_out"}), optional=_PULSE,
             doc="A press overhead: the area is the column its head comes down through, from the housing to the floor."))
declare(Kind("hook", area=True, make=lambda w, o: CraneHook(o), look=Look(drawer="hook"),
             autopilot=frozenset({"wait_out"}),
             optional={"period": Number(above=0, at_most=60), "offset": Number(at_least=0, at_most=60),
                       "swing": Number(above=0, at_most=1.4)},
             doc="A crane hook swinging on its chain: draw the area from the rail (the pivot is its top centre) "
                 "down to the floor, as wide as the floor it sweeps; period = one swing there and back."))
declare(Kind("conveyor", area=True, make=lambda w, o: Conveyor(o), look=Look(drawer="conveyor"),
             optional={"speed": Number(at_least=-400, at_most=400)},
             doc="A conveyor belt: draw the area along the floor, its top edge on the floor's surface; speed in px/s (- left)."))
declare(Kind("grenade", in_maps=False, look=Look(drawer="grenade")))
declare(Kind("wounded_sarah", optional={"dormant": FLAG, "facing": FACING},
             make=lambda w, o: WoundedSarah(w, *o.feet, facing=o.facing), autopilot=frozenset({"bystander"}),
             look=Look(sheet="sarah_wounded", anims={"dead": ("down",), "wounded": ("down",), "down": ("down",),
                                                     "hurt": ("hurt", "idle")}),
             doc="Sarah, wounded: stands, or limps where a set piece sends her; a shot that hits her is a casualty."))
declare(Kind("tanker_wreck", optional={"facing": FACING}, look=Look(drawer="tanker"),
             make=lambda w, o: Wreck(*o.feet, o.facing),
             doc="The crashed nitrogen tanker on its side (scenery), placed where its wheels meet the ground."))


class Wreck(Entity):
    """Scenery: the tanker on its side, leaking."""

    kind = "tanker_wreck"

    def __init__(self, x: float, y: float, facing: int) -> None:
        super().__init__(x, y)
        self.facing = facing
        self.state = "idle"

    def update(self, world: World, dt: float) -> None:
        super().update(world, dt)
        if world.frame % 30 == 0:
            world.fx("frost_mist", self.x + self.facing * 60, self.y - 20, self.facing)

    def hash_state(self) -> tuple:
        return (self.kind, round(self.x, 2))
