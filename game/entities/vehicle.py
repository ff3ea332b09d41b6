"""Wheeled vehicles: a chassis on sprung wheels, a motor on the driven wheels, lean in the air.

The motorcycle escape and the tow truck in the canal need vehicles that
behave like bodies, not like sprites sliding along the floor: they climb
ramps, leave the top, turn over if landed badly, and carry whoever stands on
them.  So each vehicle is a small pymunk rig (game/world/rig.py): a chassis
of convex pieces, each wheel a circle on a groove joint (the suspension's
travel) with a damped spring, and a ``SimpleMotor`` per driven wheel.

Whoever drives (a player's controls, a level's script, a map's ``throttle``)
speaks the same three words, ``drive(throttle, lean, jump)``, so an AI driver
needs no code of its own.  Every tuning number is in the ``SPECS`` table
below, in sprite pixels measured from the sprite's origin (the point between
the wheels on the ground), x forward for a vehicle facing right, y up negative.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pymunk

from game.entities.base import Entity
from game.level.kinds import FACING, FLAG, Kind, Look, Number, declare
from game.world.physics import CT, GRAVITY, Cat, shape_filter
from game.world.rig import Rig

if TYPE_CHECKING:
    from game.level.data import LevelObject
    from game.world.world import World

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in sprite px from the origin (y up is negative)
VEHICLE_FILTER = shape_filter(Cat.WORLD, Cat.ALL)  # solid to everything: people stand on it, shots stop on it
GROUND_CATS = Cat.WORLD | Cat.ONE_WAY | Cat.BARS  # what a wheel counts as ground
LANDING_AIRTIME = 12  # updates in the air that make touching down a landing
LANDING_SETTLE = 15  # updates a good landing's spin is damped for...
LANDING_DAMP = 0.5  # ...keeping this share of it each update
RIDE_OFF = 160.0  # px past the view's far edge at which a vehicle ridden on ahead by a non-player is gone
# Lanes (the freeway pursuit): a road seen from the side has a near lane (0) and a far lane (1).  Vehicles in
# different lanes pass each other; the far lane is drawn LANE_RISE px higher, behind.  A vehicle whose spec has
# ``lanes`` changes lane with up / down on the ground, taking LANE_TIME, if the other lane is clear beside it.
LANES = 2
LANE_TIME = 0.3  # s to move across
LANE_RISE = 14.0  # px the far lane is drawn above the near one
LANE_CLEARANCE = 10.0  # px kept clear before and behind a vehicle changing into a lane


@dataclass(frozen=True)
class Wheel:
    x: float
    y: float  # the wheel's centre at rest, loaded
    radius: float
    driven: bool


@dataclass(frozen=True)
class VehicleSpec:
    """One kind of vehicle: its shape, masses, suspension, engine and handling, all in one place."""

    sprite: str
    chassis: tuple[Box, ...]  # convex pieces of the body
    chassis_mass: float  # kg (the game's mass unit; the T-800 is 120)
    wheels: tuple[Wheel, ...]
    wheel_mass: float
    sag: float  # px the springs settle under the vehicle's weight
    travel: float  # px each wheel may move up or down from rest
    damping_ratio: float  # of critical damping
    top_speed: float  # px/s at the wheel rim, full throttle
    drive_torque: float  # per driven wheel
    brake_torque: float  # per wheel, parked or coasting with nobody's foot down
    jump_speed: float  # px/s added upward to every body of the rig
    lean_air: float  # rad/s^2 of lean with the wheels off the ground
    lean_ground: float  # rad/s^2 of lean on the ground (a bike's wheelie; a truck's 0)
    lean_max_spin: float  # rad/s lean will not spin it past
    seat: tuple[float, float]  # where the rider's feet are
    rider_visible: bool  # a bike's rider is seen; a truck's driver is in the cab
    mount_reach: float  # px from the seat within which a player can get on
    wheel_friction: float = 1.4
    # A landing on the roof or the tank: the chassis touching the ground turned past this many radians
    # throws the rider off (a life lost, back at the checkpoint on the same vehicle).  A truck's cab never does.
    throw_angle: float = 1.25
    engine: str = ""  # the engine sound's name (assets/sounds), pitched by the throttle; "" for none
    # Arcade forgiveness: a landing (after LANDING_AIRTIME in the air) within this many radians of upright
    # settles on its springs instead of bucking over; beyond it, physics alone decides.  0: none.
    landing_window: float = 0.0
    # A closed cab's driver shoots one-handed out of this window (sprite px, as ``seat``); None: only a
    # visible rider shoots (from the saddle), a driver in a cab without a window gun does not.
    gun: tuple[float, float] | None = None
    # The gunner's seat: where a second person rides and shoots from (Sarah at the van's back doors, in the
    # pickup's bed; see game/entities/pursuit.py ``Gunner``).  None: no such seat.  A second player may take
    # it one day: whoever sits there fires from this point, in any direction, while the driver drives.
    gunner: tuple[float, float] | None = None
    lanes: bool = False  # up / down on the ground change lanes (a freeway), rather than doing nothing
    autopilot_drives: bool = False  # the scripted player gets in and drives it (as it rides any bike)
    # Damage (0: it takes none; a map's ``health`` gives one some).  Out of health it stops and burns for
    # ``burn_time`` s, then blows up and stays where it is, a burnt-out wreck, "down" to the set pieces.
    health: float = 0.0
    burn_time: float = 3.0


SPECS: dict[str, VehicleSpec] = {
    # John's dirt bike (assets/sprites/dirt_bike.png, 64x48): lighter and a little slower than the Harley,
    # quick to hop and to lean; a boy's trail bike, so the truck behind it is always close.
    "trail_bike": VehicleSpec(
        sprite="dirt_bike",
        chassis=((-10.0, -24.0, 12.0, -18.0), (-6.0, -18.0, 8.0, -11.0)),
        chassis_mass=45.0,
        wheels=(Wheel(-14.0, -7.0, 7.0, True), Wheel(14.0, -7.0, 7.0, False)),
        wheel_mass=6.0,
        sag=3.0, travel=5.0, damping_ratio=0.6,
        top_speed=300.0, drive_torque=380000.0, brake_torque=30000.0,
        jump_speed=330.0,
        lean_air=22.0, lean_ground=6.0, lean_max_spin=5.0,
        seat=(0.0, -10.0), rider_visible=True, mount_reach=22.0, engine="engine_bike", landing_window=0.6,
    ),
    # The T-800's Harley (assets/sprites/motorcycle.png, 64x48, origin at the bottom middle).
    "motorcycle": VehicleSpec(
        sprite="motorcycle",
        chassis=((-13.0, -27.0, 13.0, -20.0), (-9.0, -20.0, 9.0, -11.0)),
        chassis_mass=70.0,
        wheels=(Wheel(-16.0, -8.0, 8.0, True), Wheel(16.0, -8.0, 8.0, False)),
        wheel_mass=8.0,
        sag=3.0, travel=4.0, damping_ratio=0.6,
        top_speed=340.0, drive_torque=450000.0, brake_torque=40000.0,
        jump_speed=330.0,
        lean_air=20.0, lean_ground=6.0, lean_max_spin=5.0,
        seat=(-4.0, -7.0), rider_visible=True, mount_reach=22.0, engine="engine_bike", landing_window=0.6,
    ),
    # The T-1000's tow truck (assets/sprites/tow_truck.png, 128x64): a flat bed, a crane box, the cab.
    "truck": VehicleSpec(
        sprite="tow_truck",
        chassis=((-56.0, -23.0, 58.0, -14.0), (-34.0, -31.0, 6.0, -23.0), (20.0, -41.0, 58.0, -23.0)),
        chassis_mass=700.0,
        wheels=(Wheel(-42.0, -8.0, 8.0, True), Wheel(-20.0, -8.0, 8.0, True), Wheel(40.0, -8.0, 8.0, True)),
        wheel_mass=30.0,
        sag=3.0, travel=4.0, damping_ratio=0.7,
        top_speed=240.0, drive_torque=1600000.0, brake_torque=400000.0,
        jump_speed=260.0,  # only its AI driver jumps it (off a bridge's edge); a player's truck hops too
        lean_air=5.0, lean_ground=0.0, lean_max_spin=2.0,
        seat=(38.0, -23.0), rider_visible=False, mount_reach=30.0, throw_angle=4.0, engine="engine_truck",
    ),
    # The SWAT van of the freeway pursuit (assets/sprites/swat_van.png, 128x64): a tall steel box on two axles,
    # heavy, slow and sturdy: traffic it hits slows it, it shrugs off what a bike would not.  The T-800 drives
    # and shoots out of the driver's window; Sarah rides the gunner's seat at the open back doors.
    "swat_van": VehicleSpec(
        sprite="swat_van",
        chassis=((-56.0, -22.0, 56.0, -12.0), (-56.0, -50.0, 34.0, -22.0), (34.0, -40.0, 56.0, -22.0)),
        chassis_mass=1400.0,
        wheels=(Wheel(-36.0, -9.0, 9.0, True), Wheel(38.0, -9.0, 9.0, True)),
        wheel_mass=40.0,
        sag=3.0, travel=4.0, damping_ratio=0.75,
        top_speed=215.0, drive_torque=2600000.0, brake_torque=900000.0,
        jump_speed=330.0,  # a hop that clears a car's roof: how the van weaves through traffic
        lean_air=3.0, lean_ground=0.0, lean_max_spin=1.5,
        seat=(30.0, -12.0), rider_visible=False, mount_reach=40.0, throw_angle=4.0, engine="engine_truck",
        gun=(44.0, -34.0), gunner=(-54.0, -12.0), lanes=True,
    ),
    # The pickup taken over on the freeway (assets/sprites/pickup.png, 112x48): lighter and quicker than the
    # van; Sarah rides in the open bed.
    "pickup_truck": VehicleSpec(
        sprite="pickup",
        chassis=((-50.0, -20.0, 50.0, -10.0), (-50.0, -26.0, -6.0, -20.0), (-6.0, -38.0, 24.0, -20.0),
                 (24.0, -28.0, 50.0, -20.0)),
        chassis_mass=900.0,
        wheels=(Wheel(-32.0, -8.0, 8.0, True), Wheel(32.0, -8.0, 8.0, True)),
        wheel_mass=30.0,
        sag=3.0, travel=4.0, damping_ratio=0.7,
        top_speed=235.0, drive_torque=1800000.0, brake_torque=600000.0,
        jump_speed=340.0,
        lean_air=4.0, lean_ground=0.0, lean_max_spin=2.0,
        seat=(8.0, -10.0), rider_visible=False, mount_reach=36.0, throw_angle=4.0, engine="engine_truck",
        gun=(20.0, -32.0), gunner=(-30.0, -20.0), lanes=True,
    ),
    # The patrol car of the hospital's garage (assets/sprites/police_car.png, 96x48): low and quick, as
    # fast backwards as forwards (it leaves the garage in reverse); the driver sits behind the wheel.
    "police_car": VehicleSpec(
        sprite="police_car",
        chassis=((-42.0, -16.0, 42.0, -7.0), (-20.0, -25.0, 18.0, -16.0)),
        chassis_mass=450.0,
        wheels=(Wheel(-30.0, -7.0, 7.0, True), Wheel(30.0, -7.0, 7.0, True)),
        wheel_mass=20.0,
        sag=2.5, travel=3.5, damping_ratio=0.7,
        top_speed=300.0, drive_torque=1100000.0, brake_torque=300000.0,
        jump_speed=0.0,
        lean_air=4.0, lean_ground=0.0, lean_max_spin=2.0,
        seat=(4.0, -9.0), rider_visible=False, mount_reach=34.0, throw_angle=4.0, engine="engine_truck",
        autopilot_drives=True,
    ),
}
BLAST_RADIUS = 64.0  # px: a vehicle blowing up hurts a player this near
BLAST_DAMAGE = 3
BURN_FX_EVERY = 5  # updates between the flames of a burning vehicle


class Vehicle(Entity):
    """A vehicle in play: ``x, y`` is the sprite's origin on the chassis, ``angle`` the chassis's."""

    kind = "vehicle"
    mountable = True  # a player may get on (the T-1000's truck: no)

    def __init__(self, world: World, x: float, y: float, spec: VehicleSpec, kind: str, facing: int = 1,
                 throttle: float = 0.0, lane: int = 0, start_delay: float = 0.0, hull: float | None = None) -> None:
        super().__init__(x, y)
        self.lane = lane  # 0 near, 1 far (see LANES); only vehicles in one lane collide
        self.lane_shift = self.prev_lane_shift = float(lane)  # where it is drawn between the lanes, 0..1
        self.kind = kind
        self.spec = spec
        self.facing = facing
        self.angle = 0.0
        self.prev_angle = 0.0
        self.throttle = 0.0  # -1..1, screen direction: + drives right
        self.lean = 0.0  # -1..1: + lifts the nose
        self._jump = False
        self.driver = None  # the player riding, if any
        self.gunner_player = None  # a player in the gunner's seat (``spec.gunner``), if any
        self.passengers: list = []  # companions who got in (``board``): each rides along (``ride_along``)
        self.rider_kind = ""  # nobody's player riding: the kind whose look rides it anyway (John riding on ahead)
        self.top_speed = spec.top_speed  # px/s at full throttle now (a driver script may push it past the spec)
        self.cranking = float(start_delay)  # s the engine turns over, once somebody drives, before it catches
        self.hinted = False  # the "get on" caption has been shown
        self.engine_dead = False  # wrecked (something came down on it): it neither drives nor hops, brakes hold
        self.rig = Rig(self)
        f = facing
        self.chassis = self.rig.body(pymunk.Body())  # mass and moment come from the shapes
        self.chassis.position = (x, y)
        piece_mass = spec.chassis_mass / len(spec.chassis)
        for x0, y0, x1, y1 in spec.chassis:
            xs = sorted((x0 * f, x1 * f))
            piece = pymunk.Poly(self.chassis, [(xs[0], y0), (xs[1], y0), (xs[1], y1), (xs[0], y1)], radius=0.5)
            self._solid(piece, friction=0.8).mass = piece_mass
        load = (spec.chassis_mass + spec.wheel_mass * len(spec.wheels)) * GRAVITY[1] / len(spec.wheels)
        stiffness = load / spec.sag
        damping = spec.damping_ratio * 2.0 * math.sqrt(stiffness * load / GRAVITY[1])  # of the load on a wheel
        self.wheels: list[pymunk.Body] = []
        self.motors: list[pymunk.SimpleMotor] = []
        self.brakes: list[pymunk.SimpleMotor] = []
        for w in spec.wheels:
            wx = w.x * f
            body = self.rig.body(pymunk.Body(spec.wheel_mass, pymunk.moment_for_circle(spec.wheel_mass, 0, w.radius)))
            body.position = (x + wx, y + w.y)
            self._solid(pymunk.Circle(body, w.radius), friction=spec.wheel_friction)
            self.wheels.append(body)
            # Suspension: the wheel slides on a short vertical groove and a spring holds it down.
            self.rig.constraint(pymunk.GrooveJoint(self.chassis, body, (wx, w.y - spec.travel),
                                                   (wx, w.y + spec.travel), (0, 0)))
            top = w.y - spec.travel - 12.0
            self.rig.constraint(pymunk.DampedSpring(self.chassis, body, (wx, top), (0, 0),
                                                    (w.y - top) + spec.sag, stiffness, damping))
            brake = self.rig.constraint(pymunk.SimpleMotor(self.chassis, body, 0.0))
            if w.driven:
                self.motors.append(brake)
            else:
                self.brakes.append(brake)
        # What gunfire it takes before it burns (``spec.health``, or the map's ``health``; 0: none).  Not
        # ``health``: the bosses at the wheel (the tow truck, the tanker) keep their own.
        self.hull_max = spec.health if hull is None else float(hull)
        self.hull = self.hull_max
        self.burning = 0.0  # s until a burning vehicle blows up
        self.wrecked = False  # blown up: a burnt-out shell where it stopped
        self.wheels_down = [False] * len(self.wheels)
        self._free = [not w.driven for w in spec.wheels]
        self.chassis_down = False  # the body itself (not a wheel) touches the ground
        self.airborne_frames = 0
        self.settling = 0  # updates left of a good landing's settling
        self.drive(throttle)

    def _solid(self, shape: pymunk.Shape, friction: float) -> pymunk.Shape:
        shape.friction = friction
        shape.elasticity = 0.0
        shape.collision_type = CT.VEHICLE
        shape.filter = VEHICLE_FILTER
        return self.rig.shape(shape)

    # --- the driver's interface ------------------------------------------------------------
    def drive(self, throttle: float = 0.0, lean: float = 0.0, jump: bool = False) -> None:
        """What the driver does this update (and after, until told otherwise): ``throttle`` -1..1
        (+ drives right), ``lean`` -1..1 (+ lifts the nose), ``jump`` a hop if a wheel is down."""
        self.throttle = max(-1.0, min(1.0, float(throttle)))
        self.lean = max(-1.0, min(1.0, float(lean)))
        self._jump = self._jump or bool(jump)

    @property
    def on_ground(self) -> bool:
        return any(self.wheels_down)

    def seat(self) -> tuple[float, float]:
        """Where the rider's feet are, in the world, now."""
        return self.point(self.spec.seat)

    def point(self, local: tuple[float, float]) -> tuple[float, float]:
        """A point given in sprite px (as the SPECS are, facing right) in the world, now."""
        p = self.chassis.local_to_world((local[0] * self.facing, local[1]))
        return (p.x, p.y)

    def seat_velocity(self) -> tuple[float, float]:
        sx, sy = self.spec.seat
        v = self.chassis.velocity_at_local_point((sx * self.facing, sy))
        return (v.x, v.y)

    def tilt(self) -> float:
        """The chassis's angle from upright, -pi..pi (positive: turned clockwise on screen)."""
        a = math.fmod(self.chassis.angle, 2 * math.pi)
        if a > math.pi:
            a -= 2 * math.pi
        elif a < -math.pi:
            a += 2 * math.pi
        return a

    def reset(self, x: float, y: float) -> None:
        """Put the whole rig back at rest, upright, with its wheels' ground point at (x, y): a thrown
        rider comes back at the checkpoint on the same vehicle."""
        f = self.facing  # the shapes are built for one facing
        self.chassis.angle = 0.0  # the angle first: pymunk turns a body about its centre of gravity
        self.chassis.position = (x, y)
        for body, w in zip(self.wheels, self.spec.wheels):
            body.angle = 0.0
            body.position = (x + w.x * f, y + w.y)
        for body in self.rig.bodies:
            body.velocity = (0.0, 0.0)
            body.angular_velocity = 0.0
        self.x, self.y, self.angle = x, y, 0.0
        self.prev_pos, self.prev_angle = (x, y), 0.0
        self.airborne_frames = 0
        self.drive(0.0, 0.0)

    # --- damage -----------------------------------------------------------------------------
    @property
    def is_down(self) -> bool:
        """Out of the fight: burning or burnt out (only a vehicle that takes damage ever is)."""
        return self.hull_max > 0 and self.hull <= 0

    def hit(self, world: World, damage: float, source_x: float, *, lethal: bool = True, melee: bool = False) -> bool:
        """Gunfire tears into a vehicle that takes damage (``hull``); fists do nothing to it."""
        if self.hull_max <= 0 or melee or self.hull <= 0:
            return False
        self.hull = max(0.0, self.hull - damage)
        world.fx("spark", self.x + world.rng.uniform(-30, 30), self.y - world.rng.uniform(8, 26), -self.facing)
        world.sound("hit_metal")
        if self.hull <= 0:
            self.catch_fire(world)
        return True

    def catch_fire(self, world: World) -> None:
        """Out of health: the rider is thrown clear, it stops dead and burns, then blows up."""
        if self.driver is not None:
            self.driver.leave_vehicle(world, hop=True)
        self.mountable = False
        self.drive(0.0, 0.0)
        self.burning = self.spec.burn_time
        world.sound("explosion")
        world.fx("explosion", self.x, self.y - 20, self.facing)
        world.add_shake(4.0)
        world.add_score(500, self.x, self.y - 40)
        world.emit("vehicle_burning", self.x, self.y)

    def _burn(self, world: World, dt: float) -> None:
        self.throttle = 0.0
        if world.frame % BURN_FX_EVERY == 0:
            k = (world.frame // BURN_FX_EVERY) % 5
            w = self.spec.chassis[0][2] - self.spec.chassis[0][0]
            world.fx("fire" if not self.wrecked else "smoke", self.x - w / 2 + k * w / 4, self.y - 22 - (k % 2) * 8,
                     self.facing)
        if self.wrecked or self.burning <= 0:
            return
        self.burning = max(0.0, self.burning - dt)
        if self.burning <= 0:
            self.wrecked = True
            world.sound("explosion")
            world.add_shake(8.0)
            world.add_hitstop(4)
            for i in range(3):
                world.fx("explosion", self.x + (i - 1) * 26, self.y - 20 - (i % 2) * 10, self.facing)
            for p in world.players_in((self.x - BLAST_RADIUS, self.y - BLAST_RADIUS, 2 * BLAST_RADIUS, BLAST_RADIUS)):
                p.hit(world, BLAST_DAMAGE, self.x)
            world.emit("vehicle_wrecked", self.x, self.y)

    def near_seat(self, x: float, y: float) -> bool:
        sx, sy = self.seat()
        return abs(x - sx) <= self.spec.mount_reach and -48.0 <= y - sy <= 40.0

    def gunner_free(self) -> bool:
        return self.spec.gunner is not None and self.gunner_player is None and not self.engine_dead

    def gunner_seat(self) -> tuple[float, float]:
        """Where a gunner's feet are, in the world, now (the driver's seat if the vehicle has none)."""
        return self.point(self.spec.gunner) if self.spec.gunner is not None else self.seat()

    def near_gunner_seat(self, x: float, y: float) -> bool:
        """Close enough to climb into the gunner's seat: anywhere along the vehicle, at its height."""
        sx, sy = self.gunner_seat()
        return (self.spec.gunner is not None and abs(x - sx) <= self.spec.mount_reach + 40.0
                and -48.0 <= y - sy <= 48.0)

    # --- life -------------------------------------------------------------------------------
    def added(self, world: World) -> None:
        self.rig.add(world)
        if self.spec.lanes or self.lane:
            install_lanes(world)

    def remove(self, world: World) -> None:
        if self.driver is not None:
            self.driver.leave_vehicle(world)
        if self.gunner_player is not None:
            self.gunner_player.leave_vehicle(world)
        self.rig.remove(world)

    def begin_step(self) -> None:
        super().begin_step()
        self.prev_angle = self.angle
        self.prev_lane_shift = self.lane_shift

    @property
    def depth(self) -> float:
        """Drawing order: the far lane behind the near one."""
        return -self.lane_shift

    def lane_clear(self, world: World, lane: int) -> bool:
        """No other vehicle in ``lane`` beside this one (its length and LANE_CLEARANCE either side)."""
        lo = min(s.bb.left for s in self.rig.shapes) - LANE_CLEARANCE
        hi = max(s.bb.right for s in self.rig.shapes) + LANE_CLEARANCE
        for e in world.entities:
            if e is not self and isinstance(e, Vehicle) and e.alive and e.lane == lane and e.rig.in_space \
                    and abs(e.y - self.y) < 80:
                if min(s.bb.left for s in e.rig.shapes) < hi and max(s.bb.right for s in e.rig.shapes) > lo:
                    return False
        return True

    def change_lane(self, world: World, lane: int) -> bool:
        """Move into ``lane`` if it is clear beside us (True), else stay (a horn: False)."""
        lane = max(0, min(LANES - 1, lane))
        if lane == self.lane:
            return True
        if not self.lane_clear(world, lane):
            return False
        self.lane = lane
        install_lanes(world)
        return True

    def update(self, world: World, dt: float) -> None:
        super().update(world, dt)
        spec = self.spec
        if self.engine_dead:
            self.throttle, self._jump = 0.0, False
        if self.cranking > 0 and self.driver is not None:
            self.cranking = max(0.0, self.cranking - dt)
            if self.cranking <= 0:
                world.sound("pump")  # the engine catches
        stalled = self.cranking > 0
        for passenger in self.passengers:
            passenger.ride_along(world, self, dt)
        if self.hull_max > 0 and self.hull <= 0:
            self._burn(world, dt)
        for motor in self.motors:
            if self.throttle and not stalled:
                # A motor's rate is the chassis's spin minus the wheel's; a wheel rolling right spins
                # clockwise on screen (positive, y down), so driving right is a negative rate.
                motor.rate = -self.throttle * self.top_speed / spec.wheels[0].radius
                motor.max_force = spec.drive_torque * abs(self.throttle)
            else:
                motor.rate = 0.0
                motor.max_force = spec.brake_torque
        for brake in self.brakes:
            brake.rate = 0.0
            brake.max_force = 0.0 if self.driver is not None or self.throttle else spec.brake_torque
        lean_accel = spec.lean_ground if self.on_ground else spec.lean_air
        if self.lean and lean_accel:
            # + lean lifts the nose: counter-clockwise on screen (negative angle, y down) facing right.
            push = -self.lean * self.facing
            w = self.chassis.angular_velocity
            if w * push < spec.lean_max_spin:
                # The whole rig turns (the wheels swing round with the chassis), as a rider throwing his
                # weight turns the bike: spinning the chassis alone, the wheels' joints soak most of it up.
                dw = push * lean_accel * dt
                self.chassis.angular_velocity = w + dw
                c = self.chassis.position
                for wheel in self.wheels:
                    rx, ry = wheel.position.x - c.x, wheel.position.y - c.y
                    v = wheel.velocity
                    wheel.velocity = (v.x - dw * ry, v.y + dw * rx)
        if self._jump and self.on_ground and spec.jump_speed:
            for body in self.rig.bodies:
                v = body.velocity
                body.velocity = (v.x, v.y - spec.jump_speed)
            world.sound("jump")
        self._jump = False
        if spec.lanes and self.lean and self.on_ground and abs(self.lane_shift - self.lane) < 0.5:
            want = 1 if self.lean > 0 else 0  # up: over to the far lane; down: back to the near one
            if want != self.lane and not self.change_lane(world, want) and self.driver is not None \
                    and world.frame % 30 == 0:
                world.sound("horn")
        step = dt / LANE_TIME
        self.lane_shift = min(self.lane, self.lane_shift + step) if self.lane_shift < self.lane \
            else max(self.lane, self.lane_shift - step)
        if self.rider_kind and self.driver is None:  # ridden on by somebody the player no longer plays
            self.drive(self.facing * 1.0, 0.0, False)
            cam = world.camera
            if self.x > cam.x + cam.view_w + RIDE_OFF or self.x < cam.x - RIDE_OFF:
                self.alive = False  # out of sight ahead: gone on his way
            return
        if not self.hinted and self.driver is None and self.mountable:
            for p in world.players:
                if p.state != "dead" and getattr(p, "vehicle", None) is None and self.near_seat(p.x, p.y):
                    self.hinted = True
                    verb = "ride" if spec.rider_visible else "drive"
                    world.show_caption(f"{{interact}}: {verb}. {{interact}} again to get off.", 3.0)
                    break

    def after_physics(self, world: World) -> None:
        p = self.chassis.position
        self.x, self.y = p.x, p.y
        self.angle = self.chassis.angle
        for i, wheel in enumerate(self.wheels):
            down = False

            def touch(arbiter: pymunk.Arbiter) -> None:
                nonlocal down
                other = arbiter.shapes[1]
                if not other.sensor and other.filter.categories & GROUND_CATS and other.body is not self.chassis:
                    down = True

            wheel.each_arbiter(touch)
            self.wheels_down[i] = down
        if not self.on_ground and self.spec.landing_window:
            # In the air a free wheel keeps rolling at the ground speed it will land at (a real one's spin
            # barely changes; one that scraped a ramp's lip would otherwise land skidding, and flip the bike).
            vx = self.chassis.velocity.x
            for wheel, w, brake in zip(self.wheels, self.spec.wheels, self._free):
                if brake:
                    wheel.angular_velocity = vx / w.radius
        if self.on_ground and self.airborne_frames >= LANDING_AIRTIME and abs(self.tilt()) < self.spec.landing_window:
            self.settling = LANDING_SETTLE  # a landing within the window: it settles instead of bucking
        self.airborne_frames = 0 if self.on_ground else self.airborne_frames + 1
        if self.settling:
            self.settling -= 1
            self.chassis.angular_velocity *= LANDING_DAMP
        hull = False

        def scrape(arbiter: pymunk.Arbiter) -> None:
            nonlocal hull
            other = arbiter.shapes[1]
            if not other.sensor and other.filter.categories & GROUND_CATS and world.shape_owner.get(other) is None:
                hull = True

        self.chassis.each_arbiter(scrape)
        self.chassis_down = hull
        self.set_state("drive" if abs(self.chassis.velocity.x) > 10.0 else "idle")
        resting = hull or self.airborne_frames > 60 or abs(self.chassis.velocity.y) < 5.0  # on its side, on junk
        if self.driver is not None and resting and abs(self.tilt()) > self.spec.throw_angle:
            self.throw_rider(world)
        if self.spec.engine and (self.driver is not None or self.throttle):
            world.emit("engine", self.spec.engine, id(self) & 0xFFFF, abs(self.throttle),
                       min(1.0, abs(self.chassis.velocity.x) / self.spec.top_speed))

    def throw_rider(self, world: World) -> None:
        """A bad landing: the rider is thrown (a life; back at the checkpoint on this vehicle)."""
        rider = self.driver
        if rider is None:
            return
        world.sound("hit_metal")
        world.fx("dust", self.x, self.y - 8, self.facing)
        world.add_shake(6.0)
        rider.lose_life(world)

    def wheel_states(self) -> list[tuple[float, float, float, float]]:
        """Each wheel as (x, y, radius, angle) in the world, for the renderer and tests."""
        return [(w.position.x, w.position.y, s.radius, w.angle) for w, s in zip(self.wheels, self.spec.wheels)]

    def hash_state(self) -> tuple:
        v = self.chassis.velocity
        state = (self.kind, round(self.x, 2), round(self.y, 2), round(self.angle, 3), round(v.x, 2), round(v.y, 2),
                 tuple(round(w.angle, 2) for w in self.wheels), self.state)
        if self.spec.lanes or self.lane or self.engine_dead:
            state = (*state, self.lane, self.engine_dead)
        if self.passengers:  # only a car with companions aboard (others hash as they always have)
            state = (*state, tuple(p.hash_state() for p in self.passengers))
        if self.hull_max > 0:  # only vehicles that take damage (others hash as they always have)
            state = (*state, round(self.hull, 3), round(self.burning, 4), self.wrecked)
        return state


def install_lanes(world: World) -> None:
    """Vehicles in different lanes pass each other (installed once per world, by the first vehicle with lanes)."""
    if getattr(world, "lanes_installed", False):
        return
    world.lanes_installed = True
    owner = world.shape_owner

    def same_lane(arbiter: pymunk.Arbiter, space: pymunk.Space, data) -> None:
        a, b = arbiter.shapes
        va, vb = owner.get(a), owner.get(b)
        if va is not None and vb is not None and getattr(va, "lane", 0) != getattr(vb, "lane", 0):
            arbiter.process_collision = False

    world.space.on_collision(CT.VEHICLE, CT.VEHICLE, pre_solve=same_lane)


def _make(kind: str):
    def make(world: World, obj: LevelObject) -> Vehicle:
        x, y = obj.feet
        return Vehicle(world, x, y, SPECS[kind], kind, facing=obj.facing if obj.prop("facing") else 1,
                       throttle=float(obj.prop("throttle", 0.0)), start_delay=float(obj.prop("start_delay", 0.0)),
                       hull=obj.prop("health"))

    return make


VEHICLE_PROPERTIES = {
    "facing": FACING,
    "dormant": FLAG,
    "throttle": Number(at_least=-1, at_most=1),  # driven by nobody: a steady throttle from the start (0: parked)
    "start_delay": Number(at_least=0, at_most=10),  # s the engine turns over once a player gets in, before it goes
    "health": Number(at_least=0, at_most=10000),  # gunfire it takes before it burns (0, the default: none)
}
for _name in SPECS:
    declare(Kind(_name, optional=VEHICLE_PROPERTIES, make=_make(_name), look=Look(drawer="vehicle"),
                 # "shred": one that takes damage (a map's ``health``) is shredded from an objective's spot
                 autopilot=frozenset({"ride", "shred"}) if SPECS[_name].rider_visible or SPECS[_name].gun
                 or SPECS[_name].autopilot_drives else frozenset({"shred"}),
                 doc=f"A {_name} a player can get on ({{interact}}) and drive; placed by its wheels' ground point."))
