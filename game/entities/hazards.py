"""The Freeway's hazards: live cables in the storm water, falling concrete, traffic overhead."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pymunk

from game.entities.base import Entity
from game.entities.triggers import Area
from game.level.kinds import FACING, Kind, Look, Number, declare
from game.world import exact as E
from game.world.physics import CT, PROP_FILTER

if TYPE_CHECKING:
    from game.world.world import World

WIRE_DAMAGE = 3
WIRE_WARNING = 0.5  # s of crackle at the cable end before each pulse
PULSE_LEAD = 0.35  # s before a pulse that the scripted player already keeps out (``pulse_soon``)
DEBRIS_DAMAGE = 3
DEBRIS_WARNING = 0.6  # s of rumble and dust before the concrete falls
TRAFFIC_SPEED = 260.0


def cycle_phase(world: World, period: float, offset: float) -> float:
    """Seconds into a cycle of ``period`` now (level time plus ``offset``): a cable's pulse, a look out of
    a window.  What the scripted player reads to time a crossing."""
    return ((world.frame / 60.0) + offset) % period


def quiet_for(world: World, period: float, offset: float, busy: float) -> float:
    """Seconds until the next ``busy`` stretch at the start of each cycle (0 during one): how long a
    crossing may take before somebody looks out of the window again, or the dog lifts its head."""
    phase = cycle_phase(world, period, offset)
    return 0.0 if phase < busy else period - phase


class LiveWire(Area):
    """A snapped power cable arcing in the water: deadly in rhythm, safe between pulses."""

    kind = "live_wire"
    once = False
    SENSOR_TYPE = CT.HAZARD

    def __init__(self, obj) -> None:
        super().__init__(obj)
        self.period = float(obj.prop("period", 2.4))
        self.duty = float(obj.prop("duty", 0.45))
        self.offset = float(obj.prop("offset", 0.0))
        self.live = False
        self.warning = False

    WARNING = WIRE_WARNING  # s before each pulse that ``warning`` holds (the cable end crackles)

    def beat(self, world: World, dt: float) -> tuple[float, bool]:
        """Advance the rhythm to this update: ``live`` during the pulse, ``warning`` in its last
        ``WARNING`` seconds before, so a player can time the crossing.  (phase in s, was it live)."""
        self.state_time += dt
        phase = ((world.frame * dt) + self.offset) % self.period
        was = self.live
        self.live = phase < self.period * self.duty
        self.warning = not self.live and self.period - phase < self.WARNING
        return phase, was

    def update(self, world: World, dt: float) -> None:
        _, was = self.beat(world, dt)
        if self.live and not was and self._near_player(world):
            world.sound("electric")
        if self.live:
            self.state = "live"
            if world.frame % 6 == 0:
                x = self.rect.x + world.rng.uniform(0, self.rect.w)
                world.fx("spark", x, self.rect.bottom - world.rng.uniform(0, 6), 1)
            for p in self.players_inside():
                p.hit(world, WIRE_DAMAGE, self.rect.center[0])
        else:
            self.state = "idle"

    def pulse_soon(self, world: World) -> bool:
        """A pulse is about to start (the scripted player's cue to stay out): its last PULSE_LEAD before."""
        return cycle_phase(world, self.period, self.offset) > self.period - PULSE_LEAD

    def _near_player(self, world: World) -> bool:
        return any(abs(p.x - self.rect.center[0]) < 360 for p in world.players)

    def hash_state(self) -> tuple:
        return (self.kind, self.obj.id, self.live)


class DebrisTrigger(Area):
    """Walk in and the cracked ceiling gives way: a warning rumble, then chunks of concrete."""

    kind = "debris"

    def __init__(self, obj) -> None:
        super().__init__(obj)
        self.count = int(obj.prop("count", 4))
        self.timer = -1.0

    def enter(self, world: World) -> None:
        self.timer = DEBRIS_WARNING
        world.sound("debris")
        world.add_shake(3.0)
        for i in range(4):
            world.fx("dust", self.rect.x + (i + 0.5) * self.rect.w / 4, self.rect.y + 4, 1)

    def update(self, world: World, dt: float) -> None:
        super().update(world, dt)
        if self.timer < 0:
            return
        self.timer -= dt
        if self.timer < 0:
            for i in range(self.count):
                x = self.rect.x + (i + 0.5) * self.rect.w / self.count + world.rng.uniform(-4, 4)
                world.add(Chunk(world, x, self.rect.y + 6, world.rng.uniform(-2, 2)))
            world.sound("debris")

    def hash_state(self) -> tuple:
        return (self.kind, self.obj.id, self.fired, round(self.timer, 3))


class Chunk(Entity):
    """A block of concrete with a real body: it falls, hurts on the way down, then lies as rubble."""

    kind = "chunk"
    LOST_BEHIND_SCROLL = True

    def __init__(self, world: World, x: float, y: float, spin: float) -> None:
        super().__init__(x, y)
        self.size = 10.0
        self.body = pymunk.Body(40.0, pymunk.moment_for_box(40.0, (self.size, self.size)))
        self.body.position = (x, y)
        self.body.angular_velocity = spin
        self.shape = pymunk.Poly.create_box(self.body, (self.size, self.size), radius=0.5)
        self.shape.friction = 0.8
        self.shape.collision_type = CT.HAZARD
        self.shape.filter = PROP_FILTER
        self.angle = 0.0
        self.prev_angle = 0.0
        world.add_body_entity(self, self.body, self.shape)

    def begin_step(self) -> None:
        super().begin_step()
        self.prev_angle = self.angle

    def after_physics(self, world: World) -> None:
        self.x, self.y = self.body.position
        self.angle = self.body.angle
        if self.body.velocity.y > 120 and self.state != "rest":
            for p in world.players:
                bx, by, bw, bh = p.hurtbox()
                if bx - 5 < self.x < bx + bw + 5 and by - 5 < self.y < by + bh:
                    p.hit(world, DEBRIS_DAMAGE, self.x)
        elif self.state_time > 0.3 and abs(self.body.velocity.y) < 5:
            if self.state != "rest":
                world.fx("dust", self.x, self.y + 5, 1)
            self.state = "rest"

    def remove(self, world: World) -> None:
        world.remove_body_entity(self.body, self.shape)

    def hash_state(self) -> tuple:
        return (self.kind, round(self.x, 2), round(self.y, 2), round(self.angle, 3))


class Traffic(Area):
    """Cars rushing along the freeway deck overhead: the roar, the shake, dust sifting down."""

    kind = "traffic"
    once = False

    def __init__(self, obj) -> None:
        super().__init__(obj)
        self.interval = float(obj.prop("interval", 2.2))
        self.direction = 1 if obj.prop("direction", "right") == "right" else -1
        self.cars: list[list[float]] = []  # [x, variant]
        self.next_car = 0.0

    def update(self, world: World, dt: float) -> None:
        self.state_time += dt
        self.next_car -= dt
        if self.next_car <= 0:
            self.next_car = self.interval * world.rng.uniform(0.6, 1.4)
            start = self.rect.x - 96 if self.direction > 0 else self.rect.right
            self.cars.append([start, float(world.rng.randrange(3))])
        p = world.nearest_player(self.rect.center[0])
        for car in self.cars:
            before = car[0]
            car[0] += self.direction * TRAFFIC_SPEED * dt
            if min(before, car[0]) <= p.x <= max(before, car[0]) + 96:
                if abs(p.y - self.rect.bottom) < 260:
                    world.sound("car_pass")
                    world.add_shake(1.5)
        self.cars = [c for c in self.cars if self.rect.x - 120 < c[0] < self.rect.right + 120]

    def hash_state(self) -> tuple:
        return (self.kind, self.obj.id, tuple(round(c[0], 1) for c in self.cars))


def pulse(t: float) -> float:
    """0..1 flicker used by the renderer for arcs."""
    return 0.5 + 0.5 * E.sin(t * 37.0)


declare(Kind("live_wire", area=True, make=lambda w, o: LiveWire(o), look=Look(drawer="live_wire"),
             autopilot=frozenset({"wait_out"}), optional={
                 "period": Number(above=0, at_most=60),  # seconds per cycle; the phase is taken modulo it
                 "duty": Number(at_least=0, at_most=1),  # the live fraction of each cycle
                 "offset": Number(at_least=0, at_most=60),  # seconds into the cycle at the start
             }))
declare(Kind("debris", area=True, make=lambda w, o: DebrisTrigger(o),
             optional={"count": Number(whole=True, at_least=1, at_most=32)}))  # chunks, each a body
declare(Kind("chunk", in_maps=False, look=Look(drawer="chunk")))
declare(Kind("traffic", area=True, make=lambda w, o: Traffic(o), look=Look(drawer="traffic"), optional={
    "interval": Number(above=0, at_most=60),  # seconds between cars
    "direction": FACING,
}))
declare(Kind("molten", area=True, doc="Molten steel: built into the level's geometry (game/world/geometry.py)."))
