"""The canal chase: the T-1000's tow truck (a vehicle with an AI driver and a boss's health), the
barrels and fences it smashes through (loose bodies), and the burning wreck it leaves.

The truck is a ``Vehicle`` like any other (the same rig, the same ``drive(throttle, lean, jump)``);
only its driver is a script.  It keeps ahead of the rider chasing it and brake-checks him, swings its
tow hook back at a rider tailing it, rams a rider who gets in front of it, and pins whoever it catches
against a wall (the canal's sluice gate, game/entities/sluice_gate.py, is rammed open).  Its weak
points are its tyres and the cab's window: the shotgun's pellets that land there count, the rest spark
off the steel.  Out of health (or head first into an overpass) it loses control, crashes and burns; a
``killed`` condition on its name then holds.  Every tuning number is in ``TRUCK`` below; what varies
with the difficulty is in game/difficulty.py (``boss_health``, ``truck_ram_damage``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import pymunk

from game.entities.base import Entity
from game.entities.vehicle import SPECS, Vehicle, VehicleSpec
from game.level.kinds import FACING, FLAG, TEXT, Kind, Look, Number, declare
from game.world import exact as E
from game.world.physics import CT, Cat, shape_filter

if TYPE_CHECKING:
    from game.level.data import LevelObject
    from game.world.world import World


@dataclass(frozen=True)
class TruckTuning:
    health: float = 100.0  # a boss's health (times the difficulty's boss_health)
    lead: float = 170.0  # px it likes to keep ahead of a rider behind it
    follow_gain: float = 1 / 90.0  # throttle per px of being off its lead
    cruise: float = 0.55  # throttle at its lead
    brake_every: float = 5.0  # s between brake-checks
    brake_tell: float = 0.6  # s it slows (brake lights, a horn) before it reverses: the rider's cue
    brake_time: float = 0.9  # s in reverse
    brake_reach: float = 190.0  # px: it brake-checks a rider at most this far behind it
    ram_speed: float = 60.0  # px/s closing speed at which a touch hurts the rider
    ram_cooldown: float = 0.8  # s between two hurts of one ram
    tyre_damage: float = 4.0  # per pellet in a tyre
    driver_damage: float = 5.0  # per pellet through the cab's window
    body_damage: float = 0.5  # per pellet on the steel
    weak_reach: float = 7.0  # px around a tyre's rim that counts as the tyre
    slowest: float = 0.6  # share of its pace left with its health gone (shot tyres)
    crash_drop: float = 140.0  # px/s lost in one update against the level: a crash (an overpass)
    edge_depth: float = 40.0  # px: a drop deeper than this ahead of the front wheel is jumped
    rush: float = 4.0  # s at full throttle once woken (off the bridge, into the canal, ahead of the rider)
    wreck_burn: float = 2.5  # s a wrecked truck rolls on before it blows up anyway
    stuck_flipped: float = 2.0  # s on its roof before it blows up
    pursue_far: float = 230.0  # px: a rider further ahead than this, it pushes its engine past its top speed...
    pursue_boost: float = 1.7  # ...by this much (it looms just behind a fleeing rider, never lost far back)
    headroom: float = 46.0  # px above the road it needs: a lower beam ahead (the last overpass)...
    beam_sight: float = 110.0  # ...seen this far ahead of the front wheel: it floors it, and crashes and burns
    # The tow hook: the T-1000 flings the hook off the boom's tip back at a rider tailing the truck.  Angles are
    # the chain's swing from hanging straight down, + toward the truck's rear.
    hook_every: float = 4.5  # s between two swings at a rider tailing it
    hook_sight: float = 230.0  # px: a rider at most this far behind the truck draws a swing
    hook_tell: float = 0.7  # s the hook is hauled forward, rattling, before it swings: the rider's cue to drop back
    hook_swing: float = 0.45  # s the hook flies back along its arc (the only time it hurts)
    hook_recover: float = 0.8  # s it takes to reel the hook back in
    hook_tip: tuple[float, float] = (-4.0, -50.0)  # sprite px: the boom's tip, where the chain hangs from
    hook_hang: float = 14.0  # px of chain while it hangs
    hook_reach: float = 150.0  # px of chain at the end of the swing (it reaches a rider at the truck's lead)
    hook_ground: float = 46.0  # px below the boom's tip the hook may reach: it skims the road, never into it
    hook_ease: float = 0.35  # share of its throttle during the tell: it slows to let a tailing rider close in
    hook_wind: float = -0.6  # rad: where the tell hauls it to (forward, over the bed)
    hook_fling: float = 1.9  # rad: where the swing ends (back, up behind the truck)
    hook_radius: float = 7.0  # px around the hook that strike a rider
    hook_damage: float = 1.5  # times the difficulty's truck_ram_damage: a steel hook hits harder than a shove


TRUCK = TruckTuning()


class TowTruck(Vehicle):
    """The T-1000 at the wheel of a tow truck: a boss with a health bar, driven by ``think``."""

    mountable = False
    tow_hook = True  # it has the boom and hook it swings (a cousin on another rig may not)
    LOST_CONTROL = "Tyres gone, driver hit: it has lost control!"  # the caption when its health runs out
    HOOK_WARNING = "The tow hook! When it rattles up over the bed, drop back ({left}): it swings out behind."

    def __init__(self, world: World, x: float, y: float, facing: int = 1, *, health: float = TRUCK.health,
                 title: str = "", spec: VehicleSpec | None = None, kind: str = "tow_truck") -> None:
        # ``spec`` and ``kind``: a cousin (the pursuit's nitrogen tanker) reuses the boss and its ram on its own rig.
        super().__init__(world, x, y, spec or SPECS["truck"], kind, facing=facing)
        self.boss = True
        self.max_health = self.health = float(health) * world.difficulty.boss_health
        self.phases = 1
        self.phase = 1
        self.title = title or "TOW TRUCK"
        self.mode = "chase"  # chase / tell / reverse / wrecked
        self.mode_time = 0.0
        self.brake_clock = TRUCK.brake_every * 0.6
        self.ram_cooldown = 0.0
        self.last_vx = 0.0
        self.last_vy = 0.0
        self.flipped_time = 0.0
        self.shots_taken = 0
        self.rush = TRUCK.rush
        self.stalled = 0.0
        self.rider_down = False  # the rider it chases is down: on his respawn it is put back (a checkpoint's spot)
        self.hook = "hang"  # hang / tell / swing / recover: the tow hook's attack
        self.hook_time = 0.0
        self.hook_clock = TRUCK.hook_every
        self.hook_hit = False  # this swing has struck someone already
        self.hook_told = False  # the first swing's caption has been shown

    # --- the driver -------------------------------------------------------------------------------
    def think(self, world: World, dt: float) -> None:
        self.mode_time += dt
        f = self.facing
        if self.mode == "wrecked":
            self.drive(f * 1.0)  # the dead foot on the pedal
            return
        p = world.nearest_player(self.x, self.y)
        pace = TRUCK.slowest + (1.0 - TRUCK.slowest) * self.health / self.max_health
        self.top_speed = self.spec.top_speed
        if p.state == "dead":
            self.rider_down = True
        elif self.rider_down:
            self.rider_down = False
            if world.t1000_restart is not None:  # where the last checkpoint says it waits for him
                self.reset(*world.t1000_restart)
                self.mode, self.rush, self.brake_clock = "chase", 0.0, TRUCK.brake_every
                self.hook, self.hook_clock = "hang", TRUCK.hook_every
        if not self.on_ground:  # in the air: keep it level, as a driver would with the wheel and the gas
            tilt = self.tilt() * f  # + : nose down
            self.drive(self.throttle, 1.0 if tilt > 0.05 else -1.0 if tilt < -0.05 else 0.0)
            return
        self.stalled = self.stalled + dt if abs(self.chassis.velocity.x) < 10.0 and self.mode == "chase" else 0.0
        if self._edge_ahead(world) or self.stalled > 1.2:  # a drop ahead (the bridge's end): jump it flat, nose up
            self.drive(f * 1.0, 0.6, jump=True)
            return
        if self.rush > 0:
            self.rush -= dt
            self.drive(f * 1.0)
            return
        if p.state == "dead":
            self.drive(f * TRUCK.cruise * 0.5)
            return
        if self._low_ahead(world):  # an overpass's low beam: the T-1000 floors it and tries to go through
            self.drive(f * 1.0)
            return
        ahead = (p.x - self.x) * f  # + : the player is ahead of the truck
        if ahead > 0:  # in front of it: run him down
            self.mode = "chase"
            if ahead > TRUCK.pursue_far:
                self.top_speed = self.spec.top_speed * TRUCK.pursue_boost
            self.drive(f * pace)
            return
        self._swing_hook(world, dt, -ahead)
        self.brake_clock -= dt
        if self.mode == "chase":
            error = -ahead - TRUCK.lead  # + : too far ahead of him, ease off
            throttle = max(0.0, min(1.0, TRUCK.cruise - error * TRUCK.follow_gain))
            if self.hook == "tell":
                throttle *= TRUCK.hook_ease
            self.drive(f * throttle * pace)
            if self.brake_clock <= 0 and -ahead < TRUCK.brake_reach and self.on_ground:
                self.mode, self.mode_time = "tell", 0.0
                world.sound("siren")
        elif self.mode == "tell":
            self.drive(0.0)  # brakes on: it slows hard
            if self.mode_time >= TRUCK.brake_tell:
                self.mode, self.mode_time = "reverse", 0.0
        elif self.mode == "reverse":
            self.drive(-f * pace)
            if self.mode_time >= TRUCK.brake_time:
                self.mode, self.mode_time = "chase", 0.0
                self.brake_clock = TRUCK.brake_every

    # --- the tow hook ---------------------------------------------------------------------------------
    def _swing_hook(self, world: World, dt: float, behind: float) -> None:
        """Every few seconds a rider tailing the truck draws the hook: hauled forward with a rattle (the
        tell), flung back in an arc over the tail (a hit on whoever is there), then reeled in."""
        self.hook_time += dt
        if self.hook == "hang":
            self.hook_clock -= dt
            if self.hook_clock <= 0 and 0 < behind < TRUCK.hook_sight and self.mode == "chase" and self.on_ground:
                self.hook, self.hook_time, self.hook_hit = "tell", 0.0, False
                world.sound("keys")  # the chain's rattle
                if not self.hook_told:
                    self.hook_told = True
                    world.show_caption(self.HOOK_WARNING, 3.5)
        elif self.hook == "tell" and self.hook_time >= TRUCK.hook_tell:
            self.hook, self.hook_time = "swing", 0.0
            world.sound("blade")
        elif self.hook == "swing":
            if not self.hook_hit:
                self._hook_strike(world)
            if self.hook_time >= TRUCK.hook_swing:
                self.hook, self.hook_time = "recover", 0.0
        elif self.hook == "recover" and self.hook_time >= TRUCK.hook_recover:
            self.hook, self.hook_time, self.hook_clock = "hang", 0.0, TRUCK.hook_every

    def hook_chain(self) -> tuple[float, float]:
        """The chain now: (swing angle in rad, + toward the tail; length in px), from the hook's phase."""
        t = TRUCK
        if self.hook == "tell":
            k = min(1.0, self.hook_time / t.hook_tell)
            return t.hook_wind * k, t.hook_hang + (40.0 - t.hook_hang) * k
        if self.hook == "swing":
            k = min(1.0, self.hook_time / t.hook_swing)
            k = k * (2.0 - k)  # flung: fast out, slowing at the end of the chain
            angle = t.hook_wind + (t.hook_fling - t.hook_wind) * k
            length = 40.0 + (t.hook_reach - 40.0) * min(1.0, 1.6 * k)  # all its chain out by the time it is low
            down = E.cos(angle)
            if down * length > t.hook_ground:  # the chain pays out as it swings up: it skims the road
                length = t.hook_ground / down
            return angle, length
        if self.hook == "recover":
            k = min(1.0, self.hook_time / t.hook_recover)
            return t.hook_fling * (1.0 - k), t.hook_reach + (t.hook_hang - t.hook_reach) * k
        return 0.0, t.hook_hang

    def hook_point(self) -> tuple[float, float]:
        """Where the hook is, in the world, now (the chain hangs from the boom's tip)."""
        angle, length = self.hook_chain()
        tx, ty = TRUCK.hook_tip
        return self.point((tx - length * E.sin(angle), ty + length * E.cos(angle)))

    def _hook_strike(self, world: World) -> None:
        hx, hy = self.hook_point()
        r = TRUCK.hook_radius
        for p in world.players:
            if p.state == "dead":
                continue
            bx, by, bw, bh = p.hurtbox()
            if bx - r < hx < bx + bw + r and by - r < hy < by + bh + r:
                if p.hit(world, world.difficulty.truck_ram_damage * TRUCK.hook_damage, self.x):
                    self.hook_hit = True
                    world.sound("hit_metal")
                    world.fx("spark", hx, hy, -self.facing)
                    world.add_shake(6.0)

    def _low_ahead(self, world: World) -> bool:
        """Something solid across the road ahead lower than TRUCK.headroom (the last overpass's beam)."""
        front = max(self.wheels, key=lambda b: b.position.x * self.facing)
        x = front.position.x + self.facing * TRUCK.beam_sight
        ground = front.position.y + self.spec.wheels[0].radius
        return world.solid_at(x, ground - TRUCK.headroom + 4) and not world.solid_at(x, ground - 8)

    def _edge_ahead(self, world: World) -> bool:
        """The front wheel is about to roll off a drop deeper than TRUCK.edge_depth."""
        front = max(self.wheels, key=lambda b: b.position.x * self.facing)
        speed = self.chassis.velocity.x * self.facing
        if speed < 60.0:
            return False
        x = front.position.x + self.facing * (14.0 + speed * 0.05)
        bottom = front.position.y + self.spec.wheels[0].radius
        return not world.ground_below(x, bottom, 6.0, depth=TRUCK.edge_depth)

    def update(self, world: World, dt: float) -> None:
        self.think(world, dt)
        self.ram_cooldown = max(0.0, self.ram_cooldown - dt)
        super().update(world, dt)

    def after_physics(self, world: World) -> None:
        super().after_physics(world)
        vx = self.chassis.velocity.x
        if self.mode != "wrecked":
            self._ram(world)
            if self.chassis_down and abs(self.last_vx) - abs(vx) > TRUCK.crash_drop and abs(self.tilt()) < 1.0 \
                    and self.last_vy < TRUCK.crash_drop:  # head on, not a hard landing from a drop
                self.wreck(world)  # head first into something that does not move: an overpass
                self.explode(world)
            elif self.stalled > 1.0 and self._low_ahead(world):  # crept up to the beam: wedged under it
                self.wreck(world)
                self.explode(world)
        elif self.mode_time > 0.25 and (abs(self.last_vx) - abs(vx) > TRUCK.crash_drop * 0.5
                                        or self.mode_time >= TRUCK.wreck_burn
                                        or (self.mode_time > 0.8 and abs(vx) < 15.0)):  # stuck against it
            self.explode(world)
        self.flipped_time = self.flipped_time + 1 / 60 if abs(self.tilt()) > 1.6 else 0.0
        if self.flipped_time > TRUCK.stuck_flipped and self.alive:
            self.wreck(world)
            self.explode(world)
        self.last_vx = vx
        self.last_vy = self.chassis.velocity.y

    def _ram(self, world: World) -> None:
        """Whatever of a player it shoves hard (a rider's bike, a man on foot) hurts him."""
        if self.ram_cooldown > 0:
            return
        victims = []
        for body in (self.chassis, *self.wheels):
            def touch(arbiter: pymunk.Arbiter) -> None:
                owner = world.shape_owner.get(arbiter.shapes[1])
                if owner is None or owner is self:
                    return
                rider = getattr(owner, "driver", None) if isinstance(owner, Vehicle) else owner
                if rider is None or rider not in world.players or rider.state == "dead":
                    return
                other_vx = owner.chassis.velocity.x if isinstance(owner, Vehicle) else owner.body.velocity.x
                toward = 1 if owner.x > self.x else -1
                closing = (self.chassis.velocity.x - other_vx) * toward
                if closing > TRUCK.ram_speed or (self.mode == "reverse" and closing > TRUCK.ram_speed * 0.5):
                    victims.append(rider)

            body.each_arbiter(touch)
        for rider in dict.fromkeys(victims):
            if rider.hit(world, world.difficulty.truck_ram_damage, self.x):
                world.sound("hit_metal")
                world.add_shake(5.0)
                self.ram_cooldown = TRUCK.ram_cooldown

    # --- damage -------------------------------------------------------------------------------------
    def shoot(self, world: World, point, direction, power: float) -> None:
        """A pellet lands at ``point``: a weak point takes it (a hit), the steel sparks."""
        px, py = point
        damage, weak = self.weak_damage(px, py)
        world.fx("hit" if weak else "spark", px, py, self.facing)
        if weak:
            world.sound("hit_metal")
        self.shots_taken += 1
        self.hurt(world, damage * power)

    def weak_damage(self, px: float, py: float) -> tuple[float, bool]:
        """What a pellet at (px, py) does: (damage, whether it found a weak point): a tyre, the cab's
        window, or the steel."""
        for wheel, spec in zip(self.wheels, self.spec.wheels):
            dx, dy = px - wheel.position.x, py - wheel.position.y
            if dx * dx + dy * dy <= (spec.radius + TRUCK.weak_reach) ** 2:
                return TRUCK.tyre_damage, True
        local = self.chassis.world_to_local((px, py))
        if 20.0 <= local.x * self.facing <= 60.0 and local.y <= -30.0:  # the cab, above the door line
            return TRUCK.driver_damage, True
        return TRUCK.body_damage, False

    def hurt(self, world: World, amount: float) -> None:
        if self.health <= 0 or amount <= 0 or self.mode == "wrecked":
            return
        self.health = max(0.0, self.health - amount)
        if self.health <= 0:
            world.show_caption(self.LOST_CONTROL, 3.0)
            self.wreck(world)

    def wreck(self, world: World) -> None:
        """Out of control: the truck rolls on until it hits something, then burns."""
        if self.mode == "wrecked":
            return
        self.health = 0.0
        self.mode, self.mode_time = "wrecked", 0.0
        world.emit("boss_down", self.name, self.x, self.y)

    def explode(self, world: World) -> None:
        if not self.alive:
            return
        self.alive = False
        world.sound("explosion")
        world.add_shake(10.0)
        world.add_hitstop(6)
        for i in range(5):
            world.fx("explosion", self.x + (i - 2) * 22, self.y - 24 - (i % 2) * 12, self.facing)
        world.add_score(5000, self.x, self.y - 60)
        wreck = Wreck(self.x, self.y, self.angle, self.facing)
        wreck.name = self.name + "_wreck" if self.name else ""
        world.add(wreck)
        self.set_state("dead")

    def remove(self, world: World) -> None:
        super().remove(world)

    def hash_state(self) -> tuple:
        return (*super().hash_state(), round(self.health, 3), self.mode, round(self.brake_clock, 3), self.hook,
                round(self.hook_clock, 3))


class Wreck(Entity):
    """The burnt-out tow truck: no body, just flames for a while and smoke after."""

    kind = "truck_wreck"

    def __init__(self, x: float, y: float, angle: float, facing: int) -> None:
        super().__init__(x, y)
        self.angle = self.prev_angle = angle
        self.facing = facing
        self.set_state("burning")

    def update(self, world: World, dt: float) -> None:
        super().update(world, dt)
        if world.frame % 6 == 0:
            k = (world.frame // 6) % 5
            world.fx("fire" if self.state_time < 12.0 else "smoke", self.x - 40 + k * 20, self.y - 20 - (k % 2) * 10,
                     self.facing)


# --- loose junk: barrels and fences ----------------------------------------------------------------

JUNK_FILTER = shape_filter(Cat.PROP, Cat.WORLD | Cat.ONE_WAY | Cat.BARS | Cat.PROP)  # vehicles are WORLD


@dataclass(frozen=True)
class JunkPiece:
    w: float
    h: float
    mass: float
    friction: float


CRUSH_MASS = 300.0  # kg of chassis: a vehicle this heavy crushes the junk it rolls over (the truck, not a bike)
CRUSH_FRAMES = 12  # updates under or against it before a piece is flattened and gone
JUNK = {
    "barrel": JunkPiece(12.0, 16.0, 5.0, 0.5),
    "plank": JunkPiece(4.0, 26.0, 5.0, 0.6),  # a fence is upright planks side by side
}


class Junk(Entity):
    """A stack of barrels or a fence: loose bodies that a vehicle scatters (people walk through them)."""

    kind = "junk"

    def __init__(self, world: World, obj: LevelObject, piece: str) -> None:
        r = obj.rect
        super().__init__(r.center[0], r.bottom)
        self.kind = "barrels" if piece == "barrel" else "fence"
        self.piece = piece
        spec = JUNK[piece]
        self.bodies: list[pymunk.Body] = []
        self.shapes: list[pymunk.Shape] = []
        gap = 1.0 if piece == "barrel" else 6.0
        cols = max(1, int((r.w + gap) // (spec.w + gap)))
        rows = max(1, int(r.h // spec.h)) if piece == "barrel" else 1
        for row in range(rows):
            n = cols - row  # a pyramid
            if n <= 0:
                break
            x0 = r.center[0] - (n * spec.w + (n - 1) * gap) / 2 + spec.w / 2
            for c in range(n):
                body = pymunk.Body(spec.mass, pymunk.moment_for_box(spec.mass, (spec.w, spec.h)))
                body.position = (x0 + c * (spec.w + gap), r.bottom - spec.h / 2 - row * spec.h - 0.05)
                shape = pymunk.Poly.create_box(body, (spec.w, spec.h), radius=0.3)
                shape.friction = spec.friction
                shape.elasticity = 0.1
                shape.collision_type = CT.HAZARD
                shape.filter = JUNK_FILTER
                self.bodies.append(body)
                self.shapes.append(shape)
        self.home = [tuple(b.position) for b in self.bodies]
        self.pressed = [0] * len(self.bodies)  # updates each piece has spent under or against a heavy vehicle
        self.crushed = 0

    def update(self, world: World, dt: float) -> None:
        """A piece a heavy vehicle runs over or shoves along for a moment is crushed flat and gone:
        wheels climb what is smaller than they are, not a drum, and a truck must not wedge on one."""
        super().update(world, dt)
        for i, body in enumerate(self.bodies):
            if self.pressed[i] < 0:
                continue
            heavy = False

            def touch(arbiter: pymunk.Arbiter) -> None:
                nonlocal heavy
                owner = world.shape_owner.get(arbiter.shapes[1])
                heavy = heavy or (isinstance(owner, Vehicle) and owner.spec.chassis_mass >= CRUSH_MASS)

            body.each_arbiter(touch)
            self.pressed[i] = self.pressed[i] + 1 if heavy else 0
            if self.pressed[i] >= CRUSH_FRAMES:
                self.pressed[i] = -1
                self.crushed += 1
                world.remove_body_entity(body, self.shapes[i])
                world.fx("dust", body.position.x, body.position.y + JUNK[self.piece].h / 2, 1)
                world.sound("debris")

    def added(self, world: World) -> None:
        for body, shape in zip(self.bodies, self.shapes):
            world.add_body_entity(self, body, shape)

    def remove(self, world: World) -> None:
        for body, shape, pressed in zip(self.bodies, self.shapes, self.pressed):
            if pressed >= 0:
                world.remove_body_entity(body, shape)

    def scattered(self) -> float:
        """How far, on average, the pieces have moved from where they stood (px)."""
        total = 0.0
        for body, (hx, hy) in zip(self.bodies, self.home):
            dx, dy = body.position.x - hx, body.position.y - hy
            total += (dx * dx + dy * dy) ** 0.5
        return total / max(1, len(self.bodies))

    def hash_state(self) -> tuple:
        return (self.kind, self.piece, self.crushed,
                tuple((round(b.position.x, 1), round(b.position.y, 1)) for b in self.bodies))


def _make_truck(world: World, obj: LevelObject) -> TowTruck:
    return TowTruck(world, *obj.feet, facing=obj.facing if obj.prop("facing") else 1,
                    health=float(obj.prop("health", TRUCK.health)), title=str(obj.prop("title", "")))


declare(Kind("tow_truck", optional={"facing": FACING, "dormant": FLAG, "health": Number(above=0, at_most=10000),
                                    "title": TEXT},
             make=_make_truck, look=Look(drawer="vehicle"), autopilot=frozenset({"gun_down"}),
             doc="The T-1000's tow truck: an AI driver that keeps ahead, brake-checks and rams; a boss whose "
                 "tyres and cab window take the shotgun. Out of health or into an overpass, it crashes and burns."))
declare(Kind("truck_wreck", in_maps=False, look=Look(drawer="wreck")))
declare(Kind("barrels", area=True, make=lambda w, o: Junk(w, o, "barrel"), look=Look(drawer="junk"),
             doc="A stack of loose barrels filling the area (a pyramid): vehicles scatter them, people walk past."))
declare(Kind("fence", area=True, make=lambda w, o: Junk(w, o, "plank"), look=Look(drawer="junk"),
             doc="A board fence across the area's width: loose planks a vehicle smashes through."))
