"""The freeway pursuit (level 7): traffic in two lanes, the police helicopter, Sarah at the back, the tanker.

Everything on the road is a ``Vehicle`` (game/entities/vehicle.py) driven by the same three words:

- ``traffic_car``: a sedan, a wagon or a lorry at a steady throttle in its lane, a loose body.  It waits
  out of play until a player comes within reach behind it (so a long freeway costs nothing), and is gone
  once far behind.  Whoever runs into one loses most of the speed he closed with: a collision with
  traffic slows the van (and the tanker), so the way through is to change lanes.
- ``helicopter``: the T-1000 at the controls of a police helicopter.  It follows the van above and behind,
  its searchlight locking on before each burst; now and then it swoops ahead, low, and fires head-on (the
  T-800's chance).  Out of health it pulls back, smoking; told to (``dive``: the map says where) it crashes
  into the vehicle a player drives: the engine is dead, the riders are thrown out, a set piece takes them to
  the next ride.
- ``gunner``: Sarah in the gunner's seat of the vehicle a player drives (``VehicleSpec.gunner``), firing
  bursts at the helicopter or the tanker, wherever they are; she climbs into the next ride with a seat.
- ``tanker``: the T-1000 at the wheel of a liquid-nitrogen tanker: the canal's tow truck's cousin
  (``TowTruck``: the boss, its health, its ram).  It trails the ride in its lane, sounds its horn and lunges;
  change lanes and it overshoots and must brake to drop back.  Only its cab and its tank take damage (the
  cab's windscreen, the valves at either end of the tank); everything else sparks.  Out of health it
  jackknifes and spills its nitrogen (the Steel Mill begins with the wreck).

Set-piece words of this level: ``dive`` and ``wake_near`` (README lists them).  Every tuning number is in
the blocks of constants below; what varies with the difficulty comes from game/difficulty.py
(``boss_health``, ``bullet_damage``, ``truck_ram_damage``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import pymunk

from game.entities.base import Entity
from game.entities.mill import Wreck as TankerWreck
from game.entities.tow_truck import TowTruck
from game.entities.vehicle import LANES, Vehicle, VehicleSpec, Wheel, install_lanes
from game.level.kinds import FACING, FLAG, KINDS, TEXT, Kind, Look, Number, OneOf, declare
from game.level.script import Action, Arg, Ref, action
from game.world import exact as E
from game.world.physics import CT, Cat, shape_filter

if TYPE_CHECKING:
    from game.level.data import LevelObject
    from game.world.world import World


# --- traffic ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TrafficTuning:
    throttle: float = 0.5  # the steady throttle of a car the map does not set (top speed 200: about 100 px/s)
    wake_reach: float = 720.0  # px: a parked car joins the road when a player is this close behind it
    gone_behind: float = 900.0  # px behind every player: gone
    crash_kick: float = 20.0  # px/s a car is knocked forward in one update: a crash (not a nudge)
    crash_keep: float = 0.3  # share of the closing speed the vehicle that runs into a car keeps
    daze_time: float = 1.2  # s a car that was hit coasts before it drives on
    daze_throttle: float = 0.15


TRAFFIC = TrafficTuning()


def _car(sprite: str, chassis, mass: float, wheels) -> VehicleSpec:
    return VehicleSpec(sprite=sprite, chassis=chassis, chassis_mass=mass, wheels=wheels, wheel_mass=15.0,
                       sag=2.0, travel=3.0, damping_ratio=0.7, top_speed=200.0, drive_torque=500000.0,
                       brake_torque=150000.0, jump_speed=0.0, lean_air=0.0, lean_ground=0.0, lean_max_spin=1.0,
                       seat=(0.0, -6.0), rider_visible=False, mount_reach=0.0, throw_angle=4.0)


# Traffic's sheets (assets/sprites/traffic_<model>.png, 96x32, origin at the bottom middle) come from the
# same drawings as the freeway's traffic overhead (tools/assetgen/art/pursuit.py).
TRAFFIC_SPECS: dict[str, VehicleSpec] = {
    "sedan": _car("traffic_sedan", ((-34.0, -12.0, 34.0, -4.0), (-14.0, -18.0, 14.0, -12.0)), 450.0,
                  (Wheel(-22.0, -5.0, 5.0, True), Wheel(22.0, -5.0, 5.0, True))),
    "wagon": _car("traffic_wagon", ((-38.0, -11.0, 38.0, -4.0), (-22.0, -19.0, 10.0, -11.0)), 500.0,
                  (Wheel(-26.0, -5.0, 5.0, True), Wheel(26.0, -5.0, 5.0, True))),
    "lorry": _car("traffic_lorry", ((-42.0, -25.0, 20.0, -6.0), (22.0, -23.0, 42.0, -6.0)), 1200.0,
                  (Wheel(-32.0, -5.0, 5.0, True), Wheel(-20.0, -5.0, 5.0, True), Wheel(32.0, -5.0, 5.0, True))),
}


class TrafficCar(Vehicle):
    """A car in its lane at a steady throttle: a loose body that whoever runs into it must shove."""

    mountable = False

    def __init__(self, world: World, x: float, y: float, model: str, facing: int = 1,
                 throttle: float = TRAFFIC.throttle, lane: int = 0) -> None:
        super().__init__(world, x, y, TRAFFIC_SPECS[model], "traffic_car", facing=facing, lane=lane)
        self.model = model
        self.cruise = throttle
        self.dazed = 0.0
        self.pre_vx = 0.0  # its speed before this update's physics (a crash is the jump from it)
        self.blocked = False
        self.crashes = 0  # how many vehicles have run into it (tests, and the crunch's cue)

    def added(self, world: World) -> None:
        """Parked out of play until a player comes near (``update``)."""

    def begin_step(self) -> None:
        super().begin_step()
        self.pre_vx = self.chassis.velocity.x

    def _join(self, world: World) -> None:
        self.rig.add(world)
        group = getattr(world, "traffic_group", 0) or world.next_group()
        world.traffic_group = group  # traffic shares a group: cars pass through each other, never pile up
        for shape in self.rig.shapes:
            f = shape.filter
            shape.filter = pymunk.ShapeFilter(group=group, categories=f.categories, mask=f.mask)
        install_lanes(world)

    def update(self, world: World, dt: float) -> None:
        players = world.living_players()
        if not self.rig.in_space:
            if any(-200.0 < self.x - p.x < TRAFFIC.wake_reach for p in players):
                self._join(world)
            else:
                return
        if players and all(p.x - self.x > TRAFFIC.gone_behind for p in players):
            self.alive = False  # left behind: gone, not wrecked
            return
        if world.frame % 10 == 0:
            self.blocked = self._stopped_ahead(world)
        if self.blocked and not self.change_lane(world, 1 - self.lane):
            self.drive(0.0)  # a wreck or a parked car ahead and no way round: wait
        elif self.dazed > 0:
            self.dazed -= dt
            self.drive(self.facing * TRAFFIC.daze_throttle)
        else:
            self.drive(self.facing * self.cruise)
        super().update(world, dt)

    def _stopped_ahead(self, world: World) -> bool:
        """A vehicle in our lane just ahead that is not going our way as fast as we are (a wreck, a parked car)."""
        front = self.x + self.facing * 40.0
        for e in world.entities:
            if isinstance(e, Vehicle) and e is not self and e.lane == self.lane and e.rig.in_space \
                    and not isinstance(e, TrafficCar):
                rear = min(s.bb.left for s in e.rig.shapes) if self.facing > 0 else max(s.bb.right for s in e.rig.shapes)
                room = (rear - front) * self.facing
                if -30.0 < room < 60.0 and e.chassis.velocity.x * self.facing < self.chassis.velocity.x * self.facing:
                    return True
        return False

    def after_physics(self, world: World) -> None:
        if not self.rig.in_space:
            return
        super().after_physics(world)
        struck: list[Vehicle] = []
        for body in (self.chassis, *self.wheels):
            def touch(arbiter: pymunk.Arbiter) -> None:
                other = world.shape_owner.get(arbiter.shapes[1])
                if isinstance(other, Vehicle) and not isinstance(other, TrafficCar) and other.lane == self.lane \
                        and other not in struck:
                    struck.append(other)

            body.each_arbiter(touch)
        for other in struck:
            toward = 1 if self.x > other.x else -1  # from the other vehicle towards us
            kick = (self.chassis.velocity.x - self.pre_vx) * toward
            if kick > TRAFFIC.crash_kick and self.dazed <= 0 and other.chassis.velocity.x * toward > 0:
                # it ran into us (not we into a wreck): how fast it closed, from the kick and the masses
                mine = sum(b.mass for b in self.rig.bodies)
                theirs = sum(b.mass for b in other.rig.bodies)
                self.crash(world, other, kick * (mine + theirs) / theirs, toward)

    def crash(self, world: World, other: Vehicle, closing: float, toward: int) -> None:
        """``other`` ran into us: it keeps a little of the speed it closed with, we are shoved on and coast."""
        vx = self.pre_vx
        for body in other.rig.bodies:
            v = body.velocity
            body.velocity = (vx + toward * closing * TRAFFIC.crash_keep, v.y)
        for body in self.rig.bodies:
            v = body.velocity
            body.velocity = (vx + toward * closing * 0.6, v.y)
        self.dazed = TRAFFIC.daze_time
        self.crashes += 1
        world.sound("crash")
        world.add_shake(4.0)
        world.fx("spark", (self.x + other.x) / 2, self.y - 10, -toward)
        world.fx("dust", (self.x + other.x) / 2, self.y - 4, -toward)

    def hash_state(self) -> tuple:
        if not self.rig.in_space:
            return (self.kind, self.model, round(self.x, 1), "parked")
        return (*super().hash_state(), round(self.dazed, 3))


LANE_WORDS = ("near", "far")


def _make_traffic(world: World, obj: LevelObject) -> TrafficCar:
    return TrafficCar(world, *obj.feet, str(obj.prop("model", "sedan")),
                      facing=obj.facing if obj.prop("facing") else 1,
                      throttle=float(obj.prop("throttle", TRAFFIC.throttle)),
                      lane=LANE_WORDS.index(str(obj.prop("lane", "near"))))


declare(Kind("traffic_car", optional={"model": OneOf(tuple(TRAFFIC_SPECS)), "lane": OneOf(LANE_WORDS),
                                      "throttle": Number(at_least=0, at_most=1), "facing": FACING,
                                      "dormant": FLAG},
             make=_make_traffic, look=Look(drawer="vehicle"),
             doc="Freeway traffic: a sedan, wagon or lorry driving at a steady throttle in its lane (near or far), "
                 "from when a player comes within reach behind it. Running into one costs most of your speed."))


# --- the helicopter --------------------------------------------------------------------------------

@dataclass(frozen=True)
class HeliTuning:
    health: float = 80.0  # (times the difficulty's boss_health)
    shot_damage: float = 1.0  # per pellet or round that hits it
    trail: tuple[float, float] = (-140.0, -150.0)  # px from the vehicle it follows: behind and above
    strafe: tuple[float, float] = (230.0, -52.0)  # ahead and low, facing back at it (in the T-800's line)
    retreat: tuple[float, float] = (-300.0, -260.0)  # shot to pieces: it pulls back, smoking, until it dives
    sway: float = 26.0  # px it drifts about its spot
    speed: float = 330.0  # px/s at most
    gain: float = 2.2  # 1/s: how hard it closes on its spot
    fire_every: float = 3.0  # s between bursts
    tell: float = 0.7  # s its searchlight locks on before a burst (the cue to change speed)
    burst: int = 3
    burst_gap: float = 0.14  # s between rounds of a burst
    round_speed: float = 300.0  # px/s
    strafe_every: float = 11.0  # s between swoops ahead
    strafe_time: float = 4.5  # s it stays ahead
    dive_speed: float = 420.0  # px/s into the van
    crash_reach: float = 30.0  # px from the van's roof at which it hits
    box: tuple[float, float, float, float] = (-30.0, -12.0, 30.0, 10.0)  # its hull, about its middle


HELI = HeliTuning()
HELI_FILTER = shape_filter(Cat.ENEMY, Cat.PLAYER_SHOT)  # found by shots, touches nothing


def _ride_of(p) -> Entity:
    return getattr(p, "vehicle", None) or p


class Helicopter(Entity):
    """The T-1000 flying a police helicopter: a boss in the air, its hull a body only shots find."""

    kind = "helicopter"

    def __init__(self, world: World, x: float, y: float, *, health: float = HELI.health, title: str = "") -> None:
        super().__init__(x, y)
        self.boss = True
        self.max_health = self.health = float(health) * world.difficulty.boss_health
        self.phases = self.phase = 1
        self.title = title or "POLICE HELICOPTER"
        self.mode = "trail"  # trail / strafe / retreat / dive
        self.mode_time = 0.0
        self.fire_clock = HELI.fire_every * 0.6
        self.aiming = 0.0  # s of the searchlight's lock left before the burst
        self.rounds = 0  # rounds of the burst still to fire
        self.round_clock = 0.0
        self.strafe_clock = HELI.strafe_every * 0.7
        self.angle = self.prev_angle = 0.0
        self.body = pymunk.Body(body_type=pymunk.Body.KINEMATIC)
        self.body.position = (x, y)
        x0, y0, x1, y1 = HELI.box
        self.shape = pymunk.Poly(self.body, [(x0, y0), (x1, y0), (x1, y1), (x0, y1)])
        self.shape.collision_type = CT.ENEMY
        self.shape.filter = HELI_FILTER
        self.shots_taken = 0

    def added(self, world: World) -> None:
        world.add_body_entity(self, self.body, self.shape)

    def remove(self, world: World) -> None:
        world.remove_body_entity(self.body, self.shape)

    def begin_step(self) -> None:
        super().begin_step()
        self.prev_angle = self.angle

    # --- flying -------------------------------------------------------------------------------
    def update(self, world: World, dt: float) -> None:
        super().update(world, dt)
        self.mode_time += dt
        p = world.nearest_player(self.x, self.y)
        ride = _ride_of(p)
        if self.mode == "dive":
            self._dive(world, ride)
            return
        self.strafe_clock -= dt
        if self.mode == "trail" and self.strafe_clock <= 0 and p.state != "dead":
            self.mode, self.mode_time = "strafe", 0.0
        elif self.mode == "strafe" and self.mode_time > HELI.strafe_time:
            self.mode, self.mode_time = "trail", 0.0
            self.strafe_clock = HELI.strafe_every
        ox, oy = {"strafe": HELI.strafe, "retreat": HELI.retreat}.get(self.mode, HELI.trail)
        t = world.frame / 60.0
        gx = ride.x + ox + HELI.sway * E.sin(t * 0.9)
        gy = ride.y + oy + HELI.sway * 0.4 * E.sin(t * 1.7)
        vx = ride.chassis.velocity.x if isinstance(ride, Vehicle) else 0.0
        want_x = vx + (gx - self.x) * HELI.gain
        want_y = (gy - self.y) * HELI.gain
        self._fly(want_x, want_y)
        self.facing = -1 if self.mode == "strafe" else 1
        if p.state != "dead" and self.mode != "retreat":
            self._gun(world, p, ride, dt)

    def _fly(self, vx: float, vy: float) -> None:
        speed = E.hypot(vx, vy)
        if speed > HELI.speed:
            vx, vy = vx * HELI.speed / speed, vy * HELI.speed / speed
        self.body.velocity = (vx, vy)

    def _gun(self, world: World, p, ride, dt: float) -> None:
        """Searchlight on (the tell), then a burst at where the ride will be."""
        if self.rounds > 0:
            self.round_clock -= dt
            if self.round_clock <= 0:
                self._fire(world, p, ride)
                self.rounds -= 1
                self.round_clock = HELI.burst_gap
            return
        if self.aiming > 0:
            self.aiming -= dt
            if self.aiming <= 0:
                self.rounds, self.round_clock = HELI.burst, 0.0
            return
        self.fire_clock -= dt
        if self.fire_clock <= 0 and abs(ride.x - self.x) < 420:
            self.fire_clock = HELI.fire_every
            self.aiming = HELI.tell
            world.sound("searchlight")

    def _fire(self, world: World, p, ride) -> None:
        tx, ty = p.x, p.y - 20
        dx, dy = tx - self.x, ty - self.y
        dist = max(1.0, E.hypot(dx, dy))
        if isinstance(ride, Vehicle):  # lead the ride: aim where it will be when the round gets there
            v = ride.chassis.velocity
            flight = dist / HELI.round_speed
            dx, dy = dx + v.x * flight, dy + v.y * flight
            dist = max(1.0, E.hypot(dx, dy))
        vx, vy = dx / dist * HELI.round_speed, dy / dist * HELI.round_speed
        world.add(HeliRound(self.x, self.y + 8, vx, vy))
        world.sound("pistol")
        world.fx("muzzle_flash", self.x + (6 if vx > 0 else -6), self.y + 8, 1 if vx > 0 else -1)

    def dive(self, world: World) -> None:
        """Into the van: the T-1000 flies it into what the players ride (the ``dive`` set piece)."""
        if self.mode != "dive":
            self.mode, self.mode_time = "dive", 0.0
            self.rounds = 0
            self.aiming = 0.0
            world.sound("siren")
            world.show_caption("It is diving at you!", 2.5)

    def _dive(self, world: World, ride) -> None:
        if isinstance(ride, Vehicle):
            tx, ty = ride.point((-20.0, -50.0))
            v = ride.chassis.velocity
        else:
            tx, ty, v = ride.x, ride.y - 30, pymunk.Vec2d(0, 0)
        dx, dy = tx - self.x, ty - self.y
        dist = max(1.0, E.hypot(dx, dy))
        self.body.velocity = (v.x + dx / dist * HELI.dive_speed, v.y + dy / dist * HELI.dive_speed)
        ground = world.ground_below(self.x, self.y + 14, 20)
        if dist < HELI.crash_reach or ground or self.mode_time > 4.0:
            self.crash(world, ride if isinstance(ride, Vehicle) and dist < HELI.crash_reach * 3 else None)

    def crash(self, world: World, ride: Vehicle | None) -> None:
        """It comes down on the van: the van is a wreck, its riders thrown out; the helicopter burns."""
        if not self.alive:
            return
        self.alive = False
        self.health = 0.0
        world.sound("explosion")
        world.sound("crash")
        world.add_shake(12.0)
        world.add_hitstop(8)
        for i in range(5):
            world.fx("explosion", self.x + (i - 2) * 16, self.y + (i % 2) * 10, 1)
        world.add_score(4000, self.x, self.y - 30)
        world.emit("boss_down", self.name, self.x, self.y)
        x, y = self.x, self.y
        if ride is not None:
            ride.engine_dead = True
            ride.mountable = False
            driver = ride.driver
            if driver is not None:
                driver.leave_vehicle(world, hop=True)
            x, y = ride.point((-40.0, -52.0))
        wreck = HeliWreck(x, y)
        world.add(wreck)

    # --- damage --------------------------------------------------------------------------------
    def shoot(self, world: World, point, direction, power: float) -> None:
        world.fx("hit", point[0], point[1], self.facing)
        world.sound("hit_metal")
        self.shots_taken += 1
        if self.mode in ("dive", "retreat"):
            return
        self.health = max(0.0, self.health - HELI.shot_damage * power)
        if self.health <= 0:  # it pulls back, smoking, and comes back for one last run (``dive``)
            self.mode, self.mode_time = "retreat", 0.0
            self.rounds, self.aiming = 0, 0.0
            world.show_caption("It's hit - it pulls back, smoking. It will be back...", 3.0)

    def gunner_aim(self, x: float, y: float) -> tuple[float, float] | None:
        """Where a gunner aims at it: the cockpit."""
        return (self.x + self.facing * 10, self.y) if self.mode not in ("dive", "retreat") else None

    def after_physics(self, world: World) -> None:
        p = self.body.position
        self.x, self.y = p.x, p.y
        self.angle = max(-0.35, min(0.35, self.body.velocity.x / HELI.speed * 0.3 * self.facing)) * self.facing
        self.set_state("dive" if self.mode == "dive" else "aim" if self.aiming > 0 else "fly")
        if world.frame % 24 == 0 and any(abs(pl.x - self.x) < 500 for pl in world.players):
            world.sound("rotor")
        if self.health < self.max_health * 0.4 and world.frame % 8 == 0:
            world.fx("smoke", self.x - self.facing * 20, self.y - 4, self.facing)

    def hurtbox(self) -> tuple[float, float, float, float]:
        x0, y0, x1, y1 = HELI.box
        return (self.x + x0, self.y + y0, x1 - x0, y1 - y0)

    def hash_state(self) -> tuple:
        return (self.kind, round(self.x, 2), round(self.y, 2), self.mode, round(self.health, 3),
                round(self.fire_clock, 3), self.rounds)


class HeliRound(Entity):
    """A round from the helicopter: a straight line at its speed; it hurts whoever drives what it meets
    (the steel of a van stops nothing of it: the T-800 is the one it is aimed at), and stops on the road."""

    kind = "heli_round"
    LIFE = 2.0

    def __init__(self, x: float, y: float, vx: float, vy: float) -> None:
        super().__init__(x, y)
        self.vx, self.vy = vx, vy
        self.facing = 1 if vx >= 0 else -1

    def update(self, world: World, dt: float) -> None:
        super().update(world, dt)
        nx, ny = self.x + self.vx * dt, self.y + self.vy * dt
        hit = world.space.segment_query_first((self.x, self.y), (nx, ny), 0.5, shape_filter(Cat.ALL, Cat.WORLD))
        if hit is not None and not hit.shape.sensor and hit.shape.body.body_type == pymunk.Body.STATIC:
            world.fx("spark", hit.point.x, hit.point.y, -self.facing)
            self.alive = False
            return
        self.x, self.y = nx, ny
        for p in world.living_players():
            ride = getattr(p, "vehicle", None)
            if ride is not None:
                inside = any(s.point_query((nx, ny)).distance <= 1.0 for s in ride.rig.shapes)
            else:
                bx, by, bw, bh = p.hurtbox()
                inside = bx <= nx <= bx + bw and by <= ny <= by + bh
            if inside:
                if p.hit(world, world.difficulty.bullet_damage, self.x - self.vx):
                    world.fx("spark", nx, ny, -self.facing)
                    world.sound("hit_metal")
                self.alive = False
                return
        if self.state_time > self.LIFE:
            self.alive = False

    def hash_state(self) -> tuple:
        return (self.kind, round(self.x, 2), round(self.y, 2))


class HeliWreck(Entity):
    """The helicopter burning on the road where it came down (scenery)."""

    kind = "heli_wreck"

    def __init__(self, x: float, y: float) -> None:
        super().__init__(x, y)
        self.set_state("burning")

    def update(self, world: World, dt: float) -> None:
        super().update(world, dt)
        if world.frame % 7 == 0:
            k = (world.frame // 7) % 4
            world.fx("fire" if self.state_time < 10.0 else "smoke", self.x - 24 + k * 16, self.y - 6 - (k % 2) * 8, 1)


def _make_heli(world: World, obj: LevelObject) -> Helicopter:
    return Helicopter(world, *obj.feet, health=float(obj.prop("health", HELI.health)),
                      title=str(obj.prop("title", "")))


declare(Kind("helicopter", optional={"dormant": FLAG, "health": Number(above=0, at_most=10000), "title": TEXT},
             make=_make_heli, look=Look(drawer="helicopter"), autopilot=frozenset({"gun_down"}),
             doc="The T-1000's police helicopter: follows the players' ride above and behind, fires bursts after its "
                 "searchlight locks on, swoops ahead low now and then; out of health (or told to `dive`) it crashes "
                 "into the ride. A boss (health, title); place it where it enters, make it dormant and wake it."))
declare(Kind("heli_round", in_maps=False, look=Look(drawer="heli_round")))
declare(Kind("heli_wreck", in_maps=False, look=Look(drawer="heli_wreck")))


# --- Sarah in the gunner's seat ------------------------------------------------------------------

@dataclass(frozen=True)
class GunnerTuning:
    reach: float = 330.0  # px she fires at
    every: float = 1.5  # s between bursts
    burst: int = 3
    gap: float = 0.12  # s between the rounds of a burst
    spread: float = 0.05  # rad either way
    power: float = 1.0  # what a round of hers does, as a pellet of the shotgun does 1
    muzzle: tuple[float, float] = (12.0, -26.0)  # from her feet, facing the target


GUNNER = GunnerTuning()


class Gunner(Entity):
    """Sarah (or whoever the map names) riding the gunner's seat of the vehicle a player drives, firing
    bursts at the bosses (what has ``gunner_aim``) within reach.  With no seat to sit in she waits where
    she was thrown; when a player drives a vehicle with a gunner's seat again, she climbs in."""

    kind = "gunner"

    def __init__(self, x: float, y: float, sheet: str = "sarah_rifle") -> None:
        super().__init__(x, y)
        self.sheet = sheet
        self.vehicle: Vehicle | None = None
        self.clock = GUNNER.every
        self.rounds = 0
        self.round_clock = 0.0
        self.target: Entity | None = None
        self.aim_key = "f"  # which way the rifle points, as her sheet names it: f, uf, u, df
        self.shots = 0
        self.player_has_seat = False  # a player rides in her seat (co-op): she neither shows nor fires

    @property
    def depth(self) -> float:
        return self.vehicle.depth + 0.01 if self.vehicle is not None else 0.0

    def _seat(self, world: World) -> Vehicle | None:
        for p in world.players:
            v = getattr(p, "vehicle", None)
            if v is not None and v.spec.gunner is not None and not v.engine_dead and v.alive:
                return v
        return None

    def update(self, world: World, dt: float) -> None:
        super().update(world, dt)
        seat = self._seat(world)
        self.player_has_seat = seat is not None and seat.gunner_player is not None
        if self.player_has_seat:  # a second player took her seat: she is the one he plays; she waits on board
            self.vehicle = seat
            self.x, self.y = seat.gunner_seat()
            self.prev_pos = (self.x, self.y)
            self.rounds = 0
            self.set_state("idle")
            return
        if seat is None:
            if self.vehicle is not None:  # thrown out of the wreck: down beside it
                x, _ = self.vehicle.point(self.vehicle.spec.gunner)
                self.x, self.y = x, self.vehicle.y
                self.vehicle = None
                world.fx("dust", self.x, self.y, self.facing)
            self.set_state("idle")
            self.rounds = 0
            return
        if seat is not self.vehicle:
            self.vehicle = seat
            world.fx("dust", self.x, self.y, self.facing)
            world.sound("land")
        self.x, self.y = seat.point(seat.spec.gunner)
        self.prev_pos = self.prev_pos if abs(self.prev_pos[0] - self.x) < 40 else (self.x, self.y)
        target, aim = self._target(world)
        self.target = target
        if target is None:
            self.facing = -seat.facing
            self.set_state("idle")
            self.rounds = 0
            self.clock = max(self.clock - dt, GUNNER.every * 0.3)
            return
        self.facing = 1 if aim[0] > self.x else -1
        dx, dy = abs(aim[0] - self.x), aim[1] - (self.y + GUNNER.muzzle[1])
        self.aim_key = "u" if dy < -dx * 2.5 else "uf" if dy < -dx * 0.4 else "df" if dy > dx * 0.4 else "f"
        if self.rounds > 0:
            self.round_clock -= dt
            if self.round_clock <= 0:
                self._fire(world, aim)
                self.rounds -= 1
                self.round_clock = GUNNER.gap
            self.set_state("shoot")
            return
        self.clock -= dt
        if self.clock <= 0:
            self.clock = GUNNER.every
            self.rounds, self.round_clock = GUNNER.burst, 0.0
        self.set_state("aim")

    def _target(self, world: World):
        best, best_aim, best_d = None, None, GUNNER.reach * GUNNER.reach
        mx, my = self.x, self.y + GUNNER.muzzle[1]
        for e in world.entities:
            aim_at = getattr(e, "gunner_aim", None)
            if aim_at is None or not e.alive:
                continue
            aim = aim_at(mx, my)
            if aim is None:
                continue
            d = (aim[0] - mx) ** 2 + (aim[1] - my) ** 2
            if d < best_d:
                best, best_aim, best_d = e, aim, d
        return best, best_aim

    def muzzle(self) -> tuple[float, float]:
        return (self.x + self.facing * GUNNER.muzzle[0], self.y + GUNNER.muzzle[1])

    def _fire(self, world: World, aim: tuple[float, float]) -> None:
        mx, my = self.muzzle()
        dx, dy = aim[0] - mx, aim[1] - my
        dist = max(1.0, E.hypot(dx, dy))
        s, c = E.sin_cos(world.rng.uniform(-GUNNER.spread, GUNNER.spread))
        ux, uy = (dx * c - dy * s) / dist, (dx * s + dy * c) / dist
        end = (mx + ux * GUNNER.reach * 1.2, my + uy * GUNNER.reach * 1.2)
        result = world.raycast_shot((mx, my), end, self.vehicle)
        tip = end
        if result is not None:
            point, owner, _shape = result
            tip = (point.x, point.y)
            if owner is not None and hasattr(owner, "shoot"):
                owner.shoot(world, tip, (ux, uy), GUNNER.power)
            else:
                world.fx("spark", tip[0], tip[1], self.facing)
        self.shots += 1
        world.emit("tracer", mx, my, tip[0], tip[1])
        world.fx("muzzle_flash", mx, my, self.facing)
        world.sound("rifle")

    def hash_state(self) -> tuple:
        return (self.kind, round(self.x, 2), round(self.y, 2), self.state, round(self.clock, 3), self.rounds)


declare(Kind("gunner", optional={"sheet": TEXT},
             make=lambda w, o: Gunner(*o.feet, sheet=str(o.prop("sheet", "sarah_rifle"))),
             look=Look(drawer="gunner"),
             doc="Sarah in the gunner's seat (VehicleSpec.gunner) of whatever a player drives: she fires bursts at "
                 "the helicopter and the tanker within reach, and climbs into the next ride that has the seat."))


# --- the tanker ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TankerTuning:
    health: float = 160.0  # (times the difficulty's boss_health)
    trail: float = 110.0  # px it likes between its bumper and the back of the ride ahead
    gain: float = 1 / 120.0  # throttle per px off that
    cruise: float = 0.75
    lane_delay: float = 0.9  # s before it follows the ride into its lane
    lunge_every: float = 5.5  # s between lunges (less once it is below half its health)
    tell: float = 1.0  # s of horn before it lunges: the cue to change lanes (or to floor it)
    lunge: float = 1.6  # s at full throttle
    drop_back: float = 40.0  # px: ahead of the ride (it overshot), it brakes until this far behind again
    cab_damage: float = 1.0  # per pellet in the cab (the windscreen, the T-1000 behind it)
    tank_damage: float = 0.8  # per pellet on a valve of the tank
    respawn_behind: float = 560.0  # px behind a player back from a lost life that it comes on again
    jackknife_spin: float = 1.8  # rad/s it slews as it goes


TANKER = TankerTuning()
TANKER_SPEC = VehicleSpec(
    sprite="tanker",  # assets/sprites/tanker.png, 160x64: the tank, its valves at both ends, the cab in front
    chassis=((-76.0, -18.0, 76.0, -10.0), (-74.0, -52.0, 40.0, -18.0), (44.0, -44.0, 76.0, -18.0)),
    chassis_mass=2300.0,
    wheels=(Wheel(-60.0, -8.0, 8.0, True), Wheel(-40.0, -8.0, 8.0, True), Wheel(20.0, -8.0, 8.0, True),
            Wheel(60.0, -8.0, 8.0, False)),
    wheel_mass=40.0,
    sag=3.0, travel=4.0, damping_ratio=0.75,
    top_speed=290.0, drive_torque=2400000.0, brake_torque=1200000.0,
    jump_speed=0.0, lean_air=2.0, lean_ground=0.0, lean_max_spin=1.0,
    seat=(58.0, -18.0), rider_visible=False, mount_reach=0.0, throw_angle=4.0, engine="engine_truck",
)
# Its weak points, in sprite px facing right: (x0, y0, x1, y1, damage).  Anything else sparks off.
TANKER_WEAK = (
    (44.0, -45.0, 78.0, -26.0, TANKER.cab_damage),  # the cab: windscreen and the face of it
    (12.0, -56.0, 44.0, -44.0, TANKER.tank_damage),  # the tank's front valves, over the cab's roof
    (-78.0, -44.0, -60.0, -22.0, TANKER.tank_damage),  # the tank's rear valves
)


class Tanker(TowTruck):
    """The T-1000 at the wheel of a liquid-nitrogen tanker: the tow truck's boss and ram on its own rig,
    with its own driver (``think``), its own weak points and its own end (a jackknife and a spill)."""

    LOST_CONTROL = "Cab and tank shot through: the tanker jackknifes!"
    tow_hook = False

    def __init__(self, world: World, x: float, y: float, facing: int = 1, *, health: float = TANKER.health,
                 title: str = "") -> None:
        super().__init__(world, x, y, facing, health=health, title=title or "NITROGEN TANKER",
                         spec=TANKER_SPEC, kind="tanker")
        self.lunge_clock = TANKER.lunge_every
        self.lane_clock = 0.0
        self.rush = 0.0
        self.saw_dead = False

    def think(self, world: World, dt: float) -> None:
        self.mode_time += dt
        f = self.facing
        if self.mode == "wrecked":
            self.drive(0.0)  # brakes locked: it slews and goes over
            return
        if not self.on_ground:
            tilt = self.tilt() * f
            self.drive(self.throttle, 1.0 if tilt > 0.05 else -1.0 if tilt < -0.05 else 0.0)
            return
        p = world.nearest_player(self.x, self.y)
        if p.state == "dead":
            self.saw_dead = True
            self.drive(0.0)
            return
        ride = _ride_of(p)
        if self.saw_dead:  # he is back at a checkpoint: come on again from behind him, out of sight
            self.saw_dead = False
            self.mode, self.mode_time = "chase", 0.0
            self.reset(ride.x - f * TANKER.respawn_behind, ride.y)
            return
        ahead = (ride.x - self.x) * f
        rear = 60.0 if isinstance(ride, Vehicle) else 8.0
        gap = ahead - 76.0 - rear  # + : room between our bumper and the back of the ride
        lane = ride.lane if isinstance(ride, Vehicle) else 0
        if gap < -TANKER.drop_back - 140.0:  # overshot (he changed lanes as we lunged): brake, drop back
            self.mode = "chase"
            self.drive(0.0)
            return
        if lane != self.lane and self.mode != "lunge":
            self.lane_clock += dt
            if self.lane_clock >= TANKER.lane_delay and self.change_lane(world, lane):
                self.lane_clock = 0.0
        else:
            self.lane_clock = 0.0
        pace = 0.8 + 0.2 * self.health / self.max_health
        if gap > TANKER.trail * 3:  # left behind: flat out to catch up
            self.drive(f * 1.0)
            return
        every = TANKER.lunge_every * (0.7 if self.health < self.max_health / 2 else 1.0)
        if self.mode not in ("tell", "lunge"):
            self.mode = "chase"
            throttle = max(0.0, min(1.0, TANKER.cruise + (gap - TANKER.trail) * TANKER.gain))
            self.drive(f * throttle * pace)
            self.lunge_clock -= dt
            if self.lunge_clock <= 0 and 0 < gap < TANKER.trail * 2 and lane == self.lane:
                self.mode, self.mode_time = "tell", 0.0
                world.sound("horn")
        elif self.mode == "tell":
            throttle = max(0.0, min(1.0, TANKER.cruise + (gap - TANKER.trail) * TANKER.gain))
            self.drive(f * throttle * pace)
            if self.mode_time >= TANKER.tell:
                self.mode, self.mode_time = "lunge", 0.0
        else:  # the lunge
            self.drive(f * 1.0)
            if self.mode_time >= TANKER.lunge:
                self.mode, self.mode_time = "chase", 0.0
                self.lunge_clock = every

    def _ram(self, world: World) -> None:
        if self.mode in ("tell", "lunge"):  # a nudge while it trails is a shove, not a ram
            super()._ram(world)

    def weak_damage(self, px: float, py: float) -> tuple[float, bool]:
        local = self.chassis.world_to_local((px, py))
        lx, ly = local.x * self.facing, local.y
        for x0, y0, x1, y1, damage in TANKER_WEAK:
            if x0 <= lx <= x1 and y0 <= ly <= y1:
                return damage, True
        return 0.0, False

    def gunner_aim(self, x: float, y: float) -> tuple[float, float] | None:
        """A gunner aims at the nearer weak point: the cab or the front valves from ahead, the rear ones from behind."""
        if self.mode == "wrecked":
            return None
        ahead_of_us = (x - self.x) * self.facing > 0
        x0, y0, x1, y1, _ = TANKER_WEAK[0] if ahead_of_us and y > self.y - 40 else \
            TANKER_WEAK[1] if ahead_of_us else TANKER_WEAK[2]
        return self.point(((x0 + x1) / 2, (y0 + y1) / 2))

    def wreck(self, world: World) -> None:
        if self.mode == "wrecked":
            return
        super().wreck(world)
        self.chassis.angular_velocity = -self.facing * TANKER.jackknife_spin
        world.sound("horn")
        world.add_shake(6.0)

    def explode(self, world: World) -> None:
        """The jackknife ends on its side, split open: the nitrogen pours out (the Steel Mill's opening)."""
        if not self.alive:
            return
        self.alive = False
        world.sound("crash")
        world.sound("freeze")
        world.add_shake(10.0)
        world.add_hitstop(6)
        for i in range(7):
            world.fx("frost_mist", self.x + (i - 3) * 22, self.y - 18 - (i % 2) * 12, self.facing)
        world.fx("explosion", self.x + self.facing * 60, self.y - 30, self.facing)
        world.add_score(8000, self.x, self.y - 60)
        wreck = TankerWreck(self.x, self.y, self.facing)
        wreck.name = self.name + "_wreck" if self.name else ""
        world.add(wreck)
        self.set_state("dead")

    def hash_state(self) -> tuple:
        return (*super().hash_state(), self.lane, round(self.lunge_clock, 3))


def _make_tanker(world: World, obj: LevelObject) -> Tanker:
    return Tanker(world, *obj.feet, facing=obj.facing if obj.prop("facing") else 1,
                  health=float(obj.prop("health", TANKER.health)), title=str(obj.prop("title", "")))


declare(Kind("tanker", optional={"facing": FACING, "dormant": FLAG, "health": Number(above=0, at_most=10000),
                                 "title": TEXT},
             make=_make_tanker, look=Look(drawer="vehicle"), autopilot=frozenset({"gun_down"}),
             doc="The T-1000's liquid-nitrogen tanker: trails the players' ride in its lane, sounds its horn and "
                 "lunges; a boss hurt only in the cab and at the tank's valves. Out of health it jackknifes and "
                 "spills (a `killed` condition on its name then holds)."))


# --- set-piece words --------------------------------------------------------------------------------

@action
class Dive(Action):
    """The helicopter of that name dives into what a player rides, now, whatever its health."""

    word = "dive"
    args = (Arg("name", Ref(kinds=("helicopter",))),)

    def run(self, world: World, event) -> None:
        for e in world.find(str(self.name)):
            if isinstance(e, Helicopter) and e.alive:
                e.dive(world)


ROAD_QUERY = shape_filter(Cat.ALL, Cat.WORLD | Cat.ONE_WAY)


@action
class WakeNear(Action):
    """Bring the dormant objects of that name into play ``offset`` px from player one (+ ahead, - behind),
    on the ground there, clear of traffic: what comes after him wherever he is (the next ride, a pursuer)."""

    word = "wake_near"
    args = (Arg("name", Ref(dormant=True)), Arg("offset", Number(at_least=-3000, at_most=3000)))

    def run(self, world: World, event) -> None:
        p = world.player
        step = 40.0 if float(self.offset) >= 0 else -40.0
        x = p.x + float(self.offset)
        for obj in world.dormant.pop(str(self.name), []):
            entity = KINDS[obj.kind].make(world, obj)
            entity.name = obj.name
            lane = 0
            for _ in range(40):  # along the road until a lane is clear there
                y = _road_y(world, x, p.y)
                free = [] if y is None else [k for k in range(LANES) if _clear(world, x, y, k)]
                if free:
                    lane = free[0]
                    break
                x += step
            y = _road_y(world, x, p.y)
            if y is not None:
                if isinstance(entity, Vehicle):
                    entity.lane = entity.lane_shift = entity.prev_lane_shift = lane
                    entity.reset(x, y)
                elif hasattr(entity, "place"):
                    entity.place(x, y)
                else:
                    entity.x, entity.y = x, y
                    entity.prev_pos = (x, y)
            world.add(entity)


def _road_y(world: World, x: float, near_y: float) -> float | None:
    """The top of the level's own ground under x (not a vehicle's roof), looking down from above ``near_y``."""
    start = near_y - 160.0
    while True:
        hit = world.space.segment_query_first((x, start), (x, float(world.level.pixel_size[1])), 0, ROAD_QUERY)
        if hit is None:
            return None
        if not hit.shape.sensor and hit.shape.body.body_type == pymunk.Body.STATIC:
            return hit.point.y
        start = hit.point.y + 1.0


def _clear(world: World, x: float, y: float, lane: int) -> bool:
    """No vehicle in ``lane`` within a long vehicle's length of x on the road at y."""
    for e in world.entities:
        if isinstance(e, Vehicle) and e.alive and e.rig.in_space and e.lane == lane and abs(e.x - x) < 170 \
                and abs(e.y - y) < 60:
            return False
    return True


__all__ = ["LANES", "Gunner", "Helicopter", "Tanker", "TrafficCar"]
