"""The T-800: the player's character in the Freeway, Mall and Steel Mill levels.

Arcade feel lives here: coyote time and a jump buffer so jumps forgive a
late or early press, a variable jump height, a shotgun that must be pumped,
melee that knocks people out without killing them, invulnerability after a
hit, and hit-stop plus screen shake on the big moments.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import pymunk

from game.entities.base import BodyEntity
from game.entities.vehicle import Vehicle
from game.input.actions import Action, InputSnapshot
from game.level.kinds import FACING, Kind, Look, declare
from game.world import exact as E
from game.world.physics import CT, Cat, shape_filter

if TYPE_CHECKING:
    from game.world.world import World

# --- tuning (px, seconds) ---------------------------------------------------------------------
RUN_SPEED = 150.0
GROUND_ACCEL = 1600.0
AIR_ACCEL = 1000.0
JUMP_SPEED = 440.0  # about four tiles high
JUMP_CUT = 0.45  # vertical speed kept when jump is released early
COYOTE_TIME = 0.10
JUMP_BUFFER = 0.12
MAX_FALL = 620.0
CLIMB_SPEED = 90.0

# Health and lives vary with the difficulty: ``world.difficulty.player_health`` / ``.player_lives``.
INVULNERABLE_TIME = 1.2
HURT_TIME = 0.35

SHELLS_START = 24
SHELLS_MAX = 60
PELLETS = 6
PELLET_SPREAD_DEG = 9.0
PELLET_RANGE = 230.0
PELLET_DAMAGE = 1.0
SHOT_TIME = 0.18  # recoil pose
PUMP_TIME = 0.42  # then the pump; no shot until it is done
SHOT_KNOCKBACK = 60.0  # px/s pushed back along the ground

MELEE_TIME = 0.36
MELEE_HIT_AT = 0.12
MELEE_REACH = 26.0
MELEE_DAMAGE = 3.0

NITROGEN_RANGE = 90.0
NITROGEN_COLD = 0.9  # per spray burst
NITROGEN_TIME = 0.3

RESPAWN_TIME = 1.6

# The grenade launcher (the Steel Mill): a lobbed grenade that knocks the liquid metal back (game/entities/mill.py).
GRENADES_MAX = 12
GRENADE_TIME = 0.55  # s between grenades (the launcher's pump)

# Emergency power (the Steel Mill's set piece, the ``emergency_power`` action): shut down where it
# stands, then back up crippled, with a reserve of power that runs out unless the launcher is reached.
SHUTDOWN_TIME = 3.0  # s down and dark before the restart
CRIPPLED_SPEED = 0.55  # share of the run speed left to a crippled T-800
CRIPPLED_JUMP = 0.8  # share of the jump left
HEARTBEAT_EVERY = 0.9  # s between the heartbeat's thumps while on emergency power

# Slopes and moving floors (tile floors are flat and still, and keep the simple rules above).
STEEPEST_WALK = -0.64  # the ground normal's y at the steepest walkable slope (about 50 degrees)
FLAT = 1e-3  # a normal this close to straight up is flat ground
LEAVE_SPEED = 40.0  # px/s away from the ground, relative to it, that counts as leaving it
RIDER_MASK = Cat.SENSOR | Cat.PICKUP | Cat.ENEMY_SHOT  # riding: triggers, pick-ups and bullets still reach us
HOP_OFF_SPEED = 260.0  # px/s upward on getting off a vehicle


class T800(BodyEntity):
    kind = "t800"
    WIDTH = 14.0
    HEIGHT = 40.0
    MASS = 120.0
    COLLISION_TYPE = CT.PLAYER
    CATEGORY = Cat.PLAYER
    MASK = Cat.WORLD | Cat.ONE_WAY | Cat.BARS | Cat.SENSOR | Cat.PICKUP | Cat.ENEMY_SHOT | Cat.BARRIER

    def __init__(self, world: World, x: float, y: float) -> None:
        super().__init__(world, x, y)
        self.slot = 0  # which player: 0 = one, 1 = two (set by the spawner)
        self.health = world.difficulty.player_health
        self.lives = world.difficulty.player_lives
        self.shells = SHELLS_START
        self.nitrogen = 0
        self.weapon = "shotgun"
        self.grenades = 0
        self.shutdown = 0.0  # s left shut down (the emergency_power set piece)
        self.emergency = 0.0  # s of emergency power left (0: not on emergency power, or safe: armed)
        self.emergency_full = 0.0  # the reserve a restart (after it ran out) begins with again
        self.crippled = False
        self.emergency_restart = False
        self.heartbeat = 0.0
        self.invulnerable = 0.0
        self.coyote = 0.0
        self.jump_buffer = 0.0
        self.cooldown = 0.0  # until the next shot
        self.action_time = 0.0  # an attack or hurt pose in progress
        self.grounded = False
        self.climbing = False
        self.respawn_point = (x, y)
        self.respawn_timer = 0.0
        self._buffered = 0  # jump pressed during hit-stop
        self._melee_done = False
        self._last_vy = 0.0
        self.aim = (1, 0)  # (forward, up -1 / down +1): where the next shot goes, facing-relative
        self.planted = False  # aim held on the ground: feet stay put, the directions only aim
        self.vehicle: Vehicle | None = None  # the vehicle ridden, if any
        self.thrown_from: Vehicle | None = None  # the vehicle that threw us: we come back on it
        self.ground: tuple | None = None  # (normal, ground velocity) on a slope or a moving floor, else None

    # --- input ----------------------------------------------------------------------------
    def buffer_input(self, snap: InputSnapshot) -> None:
        """Keep a jump pressed during hit-stop so it is not swallowed."""
        if snap.was_pressed(Action.JUMP):
            self._buffered = JUMP_BUFFER

    def control(self, world: World, snap: InputSnapshot, dt: float) -> None:
        if self.state == "dead":
            self._dead(world, dt)
            return
        self.invulnerable = max(0.0, self.invulnerable - dt)
        self.cooldown = max(0.0, self.cooldown - dt)
        self.action_time = max(0.0, self.action_time - dt)
        self.drop_through = max(0.0, self.drop_through - dt)
        if self._emergency(world, dt):
            return
        if self.vehicle is not None:
            self._ride(world, snap)
            return
        was_grounded, fall_speed = self.grounded, self._last_vy
        self.grounded = self.on_ground(world)
        self.ground = self._contoured_ground(world)
        self.ground_normal = None
        self._last_vy = self.vy
        if self.grounded and not was_grounded and fall_speed > 250:
            world.sound("land")
            world.fx("dust", self.x, self.y - 4, self.facing)
            if fall_speed > 520:
                world.add_shake(2.0)
        self.coyote = COYOTE_TIME if self.grounded else max(0.0, self.coyote - dt)
        self.jump_buffer = max(0.0, self.jump_buffer - dt, self._buffered)
        self._buffered = 0
        if snap.was_pressed(Action.JUMP):
            self.jump_buffer = JUMP_BUFFER

        if snap.was_pressed(Action.SWITCH):
            self._switch_weapon(world)
        if snap.was_pressed(Action.INTERACT) and self.action_time <= 0:
            vehicle = self._vehicle_near(world)
            if vehicle is not None:
                self.enter_vehicle(world, vehicle)
                return

        self.planted = snap.is_held(Action.AIM) and self.grounded
        if not self.planted and self._ladder_control(world, snap, dt):
            return

        hurt = self.state == "hurt" and self.action_time > 0
        move = 0 if hurt else snap.move_x
        if move:
            self.facing = move
        self.aim = self._aim_from(snap)
        if self.planted:
            move = 0
        busy = self.state in ("melee", "shoot") and self.action_time > 0 and self.grounded
        if move and self.grounded and not busy and world.level.stairs:
            self._stair_step(world, move)
        target = 0.0 if busy else move * RUN_SPEED * (CRIPPLED_SPEED if self.crippled else 1.0)
        if not hurt:
            if self.ground is not None:
                self._walk_on(self.ground, target, dt)
            else:
                self.approach_vx(target, GROUND_ACCEL if self.grounded else AIR_ACCEL, dt)

        # Jump (with coyote time and buffer); down+jump drops through a platform.
        if self.jump_buffer > 0 and self.coyote > 0 and not hurt:
            if snap.is_held(Action.DOWN) and self._on_one_way(world):
                self.drop_through = 0.25
            else:
                jump = JUMP_SPEED * (CRIPPLED_JUMP if self.crippled else 1.0)
                self.set_velocity(vy=-jump if self.ground is None else self.ground[1][1] - jump)
                world.sound("jump")
            self.ground = None
            self.ground_normal = None
            self.jump_buffer = 0.0
            self.coyote = 0.0
            self.grounded = False
        if not snap.is_held(Action.JUMP) and self.vy < 0 and self.state == "jump":
            self.set_velocity(vy=self.vy * JUMP_CUT)
        if self.vy > MAX_FALL:
            self.set_velocity(vy=MAX_FALL)

        if snap.was_pressed(Action.FIRE) and not hurt:
            self._fire(world)
        if snap.was_pressed(Action.INTERACT) and not hurt and self.action_time <= 0:
            self.set_state("melee")
            self.action_time = MELEE_TIME
            self._melee_done = False
        if self.state == "melee" and not self._melee_done and self.state_time >= MELEE_HIT_AT:
            self._melee_done = True
            self._melee(world)
        self._pick_pose(world)

    def _aim_from(self, snap: InputSnapshot) -> tuple[int, int]:
        """Eight ways: up, or down in the air (on the ground down is for grates and ladders), with
        or without forward; planted, down aims down too, and up or down alone aim straight."""
        up_down = snap.move_y
        if up_down > 0 and not (self.planted or not self.grounded):
            up_down = 0
        forward = 1 if snap.move_x or not up_down else 0
        return (forward, up_down)

    def _pick_pose(self, world: World) -> None:
        if self.action_time > 0 and self.state in ("shoot", "pump", "melee", "hurt", "spray"):
            if self.state == "shoot" and self.action_time <= PUMP_TIME and self.weapon == "shotgun":
                self.set_state("pump")
                world.sound("pump")
            return
        if not self.grounded:
            self.set_state("jump" if self.vy < 0 else "fall")
        elif abs(self.vx - (self.ground[1][0] if self.ground is not None else 0.0)) > 20:
            self.set_state("run")
        else:
            self.set_state("idle")

    # --- slopes and moving floors ------------------------------------------------------------
    def _ground_contact(self) -> tuple | None:
        """The most upward-facing contact under us from the last physics step, as pymunk's platformer
        example reads it: (upward unit normal, the ground's body, the contact point)."""
        best: list = []

        def look(arbiter: pymunk.Arbiter) -> None:
            other = arbiter.shapes[1]
            if other.sensor or not other.filter.categories & (Cat.WORLD | Cat.ONE_WAY | Cat.BARS):
                return
            n = -arbiter.normal  # pymunk's normal points from our shape into the ground
            points = arbiter.contact_point_set.points
            if n.y > STEEPEST_WALK or not points:
                return  # a wall, a ceiling or too steep a slope
            if not best or n.y < best[0].y:
                best[:] = [n, other.body, points[0].point_b]

        self.body.each_arbiter(look)
        return tuple(best) if best else None

    def _contoured_ground(self, world: World) -> tuple | None:
        """On a slope or a moving body (not flat, still tiles): (normal, the ground's velocity there)."""
        contact = self._ground_contact()
        if contact is None:
            if not self.grounded:
                return None
            # Standing on something the last step made no contact with (landing on it this moment):
            # a moving body there still carries us.
            shape = world.ground_shape_below(self.x, self.y, self.WIDTH - 4)
            if shape is None or shape.body.body_type == pymunk.Body.STATIC:
                return None
            contact = (pymunk.Vec2d(0.0, -1.0), shape.body, pymunk.Vec2d(self.x, self.y))
        n, body, point = contact
        still = body.body_type == pymunk.Body.STATIC
        if still and abs(n.x) < FLAT:
            return None  # flat tile ground: the simple rules hold
        gv = (0.0, 0.0) if still else tuple(body.velocity_at_world_point(point))
        if (self.vx - gv[0]) * n.x + (self.vy - gv[1]) * n.y > LEAVE_SPEED:
            return None  # leaving it (a jump)
        if not self.grounded and not world.ground_below(self.x, self.y, self.WIDTH - 4):
            return None
        self.grounded = True
        return ((n.x, n.y), gv)

    def _walk_on(self, ground: tuple, target: float, dt: float) -> None:
        """Run along the ground's surface at ``target`` relative to it, carried by its own motion."""
        (nx, ny), (gx, gy) = ground
        rel = self.vx - gx
        step = GROUND_ACCEL * dt
        rel = min(target, rel + step) if rel < target else max(target, rel - step)
        self.body.velocity = (gx + rel, gy - rel * nx / ny)  # along the surface: no hop, no dig
        self.ground_normal = (nx, ny)

    # --- vehicles ---------------------------------------------------------------------------
    def _vehicle_near(self, world: World) -> Vehicle | None:
        for e in world.entities:
            if isinstance(e, Vehicle) and e.alive and e.mountable and e.driver is None and e.near_seat(self.x, self.y):
                return e
        return None

    def enter_vehicle(self, world: World, vehicle: Vehicle) -> None:
        """Get on: ride at the seat, touching only sensors, pick-ups and bullets, until ``leave_vehicle``."""
        self.vehicle = vehicle
        vehicle.driver = self
        self.shape.filter = shape_filter(Cat.PLAYER, RIDER_MASK, group=vehicle.rig.group)
        self.gravity_scale = 0.0
        self.ground = None
        self.ground_normal = None
        self.climbing = False
        self.set_state("ride")
        self._follow(vehicle)
        world.sound("land")

    def leave_vehicle(self, world: World, hop: bool = False) -> None:
        """Get off, on top of the vehicle (with a hop up when the player chose to)."""
        vehicle, self.vehicle = self.vehicle, None
        if vehicle is None:
            return
        self.thrown_from = None if hop else vehicle  # not by choice: thrown, or down
        vehicle.driver = None
        vehicle.drive(0.0, 0.0)
        self.shape.filter = shape_filter(self.CATEGORY, self.MASK)
        self.gravity_scale = 1.0
        vx, vy = vehicle.seat_velocity()
        top = min(s.bb.bottom for s in vehicle.rig.shapes)  # pymunk's 'bottom' is the smaller y: the top
        self.place(vehicle.seat()[0], top - 1.0)
        self.body.velocity = (vx, vy - (HOP_OFF_SPEED if hop else 0.0))
        if self.state != "dead":
            self.set_state("jump")

    def _ride(self, world: World, snap: InputSnapshot) -> None:
        vehicle = self.vehicle
        if snap.was_pressed(Action.INTERACT):
            self.leave_vehicle(world, hop=True)
            return
        if snap.move_x:
            self.facing = snap.move_x
        vehicle.drive(snap.move_x, -snap.move_y, snap.was_pressed(Action.JUMP))
        self.grounded = vehicle.on_ground
        self.body.velocity = vehicle.seat_velocity()
        if snap.was_pressed(Action.FIRE) and vehicle.spec.rider_visible and self.weapon == "shotgun":
            self.aim = (1, 0)  # one-handed, straight ahead, while the other hand steers
            self.planted = True  # the bike takes the recoil
            self._fire(world, ignore=vehicle)
            self.planted = False
            self.set_state("ride")

    def _follow(self, vehicle: Vehicle) -> None:
        sx, sy = vehicle.seat()
        self.body.position = (sx, sy - self.HEIGHT / 2)
        self.body.velocity = vehicle.seat_velocity()
        self.x, self.y = sx, sy

    def after_physics(self, world: World) -> None:
        if self.vehicle is not None:
            self._follow(self.vehicle)
        else:
            super().after_physics(world)
    def _stair_step(self, world: World, move: int) -> None:
        """An escalator's tread (a ``stair`` tile) one step up ahead: step onto it, as a person climbs
        stairs, without a jump (maps with no stair tiles never get here)."""
        ahead = self.x + move * (self.WIDTH / 2 + 2)
        foot = self.y - 8
        if not world.level.stair_at(ahead, foot):
            return
        top = (foot // world.level.tile_size) * world.level.tile_size
        if world.solid_at(ahead, top - 8) or world.solid_at(self.x, top - self.HEIGHT - 2):
            return  # more than one step, or no headroom
        self.body.position = (self.body.position.x + move * 1.0, top - self.HEIGHT / 2 - 0.5)
        self.set_velocity(vy=0.0)

    def _on_one_way(self, world: World) -> bool:
        return world.ground_below(self.x, self.y, self.WIDTH - 4) and not world.ground_below(
            self.x, self.y, self.WIDTH - 4, through_one_way=True)

    # --- ladders ---------------------------------------------------------------------------
    def _ladder_control(self, world: World, snap: InputSnapshot, dt: float) -> bool:
        level = world.level
        on_ladder = level.ladder_at(self.x, self.y - 4) or level.ladder_at(self.x, self.y - self.HEIGHT / 2)
        below = level.ladder_at(self.x, self.y + 4)
        if not self.climbing:
            wants = (snap.is_held(Action.UP) and on_ladder) or (snap.is_held(Action.DOWN) and below and self.grounded)
            if not wants:
                return False
            self.climbing = True
            self.body.position = (math.floor(self.x / 16) * 16 + 8, self.body.position.y)
            if snap.is_held(Action.DOWN):
                self.drop_through = 0.3
        if snap.was_pressed(Action.JUMP) or not (on_ladder or below):
            self.climbing = False
            self.gravity_scale = 1.0
            if snap.was_pressed(Action.JUMP):
                self.set_velocity(vx=snap.move_x * RUN_SPEED, vy=-JUMP_SPEED * 0.8)
                self.jump_buffer = 0.0
            if not (on_ladder or below) and self.vy < 0:
                self.set_velocity(vy=-JUMP_SPEED * 0.55)  # pop up over the top rung
            return False
        self.gravity_scale = 0.0
        self.drop_through = max(self.drop_through, 0.1) if snap.move_y > 0 else self.drop_through
        self.set_velocity(vx=0.0, vy=snap.move_y * CLIMB_SPEED)
        if snap.move_y > 0 and self.on_ground(world) and not below:
            self.climbing = False
            self.gravity_scale = 1.0
            return False
        self.set_state("climb")
        return True

    # --- emergency power ---------------------------------------------------------------------
    def power_down(self, world: World, reserve: float) -> None:
        """Beaten down (the ``emergency_power`` set piece): out for SHUTDOWN_TIME, then back up
        crippled on ``reserve`` seconds of emergency power, which the grenade launcher stops."""
        if self.state == "dead":
            return
        self.leave_vehicle(world)
        self.shutdown = SHUTDOWN_TIME
        self.emergency_full = reserve
        self.emergency = 0.0
        self.set_state("shutdown")
        self.set_velocity(vx=-self.facing * 120.0, vy=-160.0)
        world.sound("explosion")
        world.add_shake(8.0)
        world.emit("shutdown", self.x, self.y)

    def _emergency(self, world: World, dt: float) -> bool:
        """Shut down (True: no control this update), or count the emergency power down."""
        if self.shutdown > 0:
            self.shutdown = max(0.0, self.shutdown - dt)
            self.invulnerable = max(self.invulnerable, 0.5)
            self.approach_vx(0.0, GROUND_ACCEL, dt)
            self.set_state("shutdown")
            if self.shutdown <= 0:
                self.crippled = True
                self.emergency = self.emergency_full
                self.heartbeat = 0.0
                self.set_state("idle")
                world.sound("reform")
                world.emit("emergency_power", self.x, self.y)
            return True
        if self.emergency > 0:
            self.heartbeat -= dt
            if self.heartbeat <= 0:
                self.heartbeat = HEARTBEAT_EVERY
                world.sound("heartbeat")
            self.emergency = max(0.0, self.emergency - dt)
            if self.emergency <= 0:  # the reserve ran out: down for good, back at the checkpoint
                self.lose_life(world)
                self.emergency_restart = True
        return False

    @property
    def on_emergency_power(self) -> bool:
        return self.shutdown > 0 or self.emergency > 0

    def arm_launcher(self, world: World, grenades: int) -> None:
        """The grenade launcher picked up: armed with it, and the emergency power's clock stops."""
        self.grenades = min(GRENADES_MAX, self.grenades + grenades)
        self.weapon = "grenade"
        if self.emergency > 0:
            self.emergency = 0.0
            world.emit("armed", self.x, self.y)

    # --- weapons ---------------------------------------------------------------------------
    def _switch_weapon(self, world: World) -> None:
        order = ["shotgun"] + (["nitrogen"] if self.nitrogen > 0 else []) + (["grenade"] if self.grenades > 0 else [])
        i = order.index(self.weapon) if self.weapon in order else -1
        self.weapon = order[(i + 1) % len(order)]
        world.sound("menu_move")

    def muzzle(self) -> tuple[float, float]:
        """Where shots leave the barrel, for the aim held (forward: at the chest, as the sprite shows)."""
        forward, up_down = self.aim
        if up_down == 0:
            return (self.x + self.facing * 18, self.y - 25)
        return (self.x + self.facing * (6 + 10 * forward), self.y - 27 + up_down * (13 - 4 * forward))

    def _fire(self, world: World, ignore=None) -> None:
        if self.cooldown > 0 or self.climbing:
            return
        if self.weapon == "nitrogen":
            self._spray(world)
            return
        if self.weapon == "grenade":
            self._launch(world)
            return
        if self.shells <= 0:
            world.sound("menu_back")  # dry click
            self.cooldown = 0.3
            return
        self.shells -= 1
        self.cooldown = SHOT_TIME + PUMP_TIME
        self.set_state("shoot")
        self.action_time = SHOT_TIME + PUMP_TIME
        mx, my = self.muzzle()
        world.sound("shotgun")
        world.fx("muzzle_flash", mx, my, self.facing)
        world.fx("shell_casing", self.x, my + 2, -self.facing)
        world.add_shake(2.5)
        if not self.planted:  # planted feet take the recoil
            self.set_velocity(vx=self.vx - self.facing * SHOT_KNOCKBACK * self.aim[0])
        hits: dict[int, tuple] = {}
        forward, up_down = self.aim
        base = up_down * (45.0 if forward else 90.0)  # degrees below the facing direction
        for i in range(PELLETS):
            angle = math.radians(base + (i - (PELLETS - 1) / 2) / (PELLETS - 1) * 2 * PELLET_SPREAD_DEG
                                 + world.rng.uniform(-1.5, 1.5))
            dx, dy = E.cos(angle) * self.facing, E.sin(angle)
            end = (mx + dx * PELLET_RANGE, my + dy * PELLET_RANGE)
            result = world.raycast_shot((mx, my), end, ignore)
            tip = end
            if result is not None:
                point, owner, _shape = result
                tip = (point.x, point.y)
                if owner is not None:
                    if hasattr(owner, "shoot"):
                        owner.shoot(world, tip, (dx, dy), 1.0)
                    else:
                        n, _ = hits.get(id(owner), (0, owner))
                        hits[id(owner)] = (n + 1, owner)
                else:
                    world.fx("spark", tip[0], tip[1], self.facing)
            world.emit("tracer", mx, my, tip[0], tip[1])
        for count, owner in hits.values():
            if owner.hit(world, PELLET_DAMAGE * count, self.x, lethal=not world.no_kill):
                world.fx("hit", owner.x, owner.y - 24, self.facing)
        if hits:
            world.add_hitstop(3)

    def _spray(self, world: World) -> None:
        self.nitrogen -= 1
        if self.nitrogen <= 0:
            self.weapon = "shotgun"
        self.cooldown = NITROGEN_TIME + 0.2
        self.set_state("spray")
        self.action_time = NITROGEN_TIME
        mx, my = self.muzzle()
        world.sound("freeze")
        for d in range(0, int(NITROGEN_RANGE), 18):
            world.fx("frost_mist", mx + self.facing * d, my + world.rng.uniform(-4, 4), self.facing)
        cx = mx + self.facing * NITROGEN_RANGE / 2
        for t in world.t1000s:
            if abs(t.x - cx) < NITROGEN_RANGE / 2 + 12 and abs(t.y - 24 - my) < 40:
                t.freeze(world, (cx, my), NITROGEN_RANGE / 2 + 12, NITROGEN_COLD)

    def _launch(self, world: World) -> None:
        from game.entities.mill import Grenade

        self.grenades -= 1
        if self.grenades <= 0:
            self.weapon = "shotgun"
        self.cooldown = GRENADE_TIME
        self.set_state("shoot")
        self.action_time = SHOT_TIME
        mx, my = self.muzzle()
        world.sound("grenade_launch")
        world.fx("muzzle_flash", mx, my, self.facing)
        world.add_shake(2.0)
        world.add(Grenade(mx, my, self.facing, self.aim[1]))

    def _melee(self, world: World) -> None:
        x = self.x + (0 if self.facing > 0 else -MELEE_REACH)
        box = (x, self.y - 34, MELEE_REACH, 24)
        world.sound("punch")
        for e in list(world.entities_in(*box)):
            if e is self:
                continue
            if e.hit(world, MELEE_DAMAGE, self.x, lethal=False, melee=True):
                world.fx("hit", e.x, e.y - 26, self.facing)
                world.add_hitstop(5)
                world.add_shake(3.0)

    # --- damage, death, respawn -------------------------------------------------------------
    def hit(self, world: World, damage: float, source_x: float, *, lethal: bool = True, melee: bool = False) -> bool:
        if self.invulnerable > 0 or self.state == "dead" or world.outcome:
            return False
        world.stats.damage += min(damage, self.health)
        self.health -= damage
        self.invulnerable = INVULNERABLE_TIME
        push = 1 if self.x >= source_x else -1
        self.set_velocity(vx=push * 170.0, vy=-220.0)
        self.climbing = False
        self.gravity_scale = 1.0
        world.sound("hurt")
        world.add_shake(5.0)
        world.add_hitstop(4)
        if self.health <= 0:
            self.health = 0
            self._die(world)
        elif self.vehicle is not None:  # a rider takes the blow in the saddle
            self.gravity_scale = 0.0
            self._follow(self.vehicle)
        else:
            self.set_state("hurt")
            self.action_time = HURT_TIME
        return True

    def _die(self, world: World) -> None:
        self.leave_vehicle(world)
        self.set_state("dead")
        if not world.infinite_lives:
            self.lives -= 1
        world.stats.deaths += 1
        self.respawn_timer = RESPAWN_TIME
        world.sound("game_over" if self.lives <= 0 else "hurt")

    def lose_life(self, world: World, respawn_after: float = RESPAWN_TIME) -> None:
        """Down at once, whatever the health: a fall out of the level, a wall the view pins you to."""
        if self.state == "dead":
            return
        world.stats.damage += max(self.health, 0)
        self.health = 0
        self._die(world)
        self.respawn_timer = respawn_after

    def _dead(self, world: World, dt: float) -> None:
        self.approach_vx(0.0, GROUND_ACCEL, dt)
        self.respawn_timer -= dt
        if self.respawn_timer > 0:
            return
        if self.lives <= 0:
            # Out of lives: this player stays down; the game is over when every player is.
            if all(p.lives <= 0 for p in world.players):
                world.outcome = "game_over"
            return
        self.respawn(world)

    def respawn(self, world: World) -> None:
        if self.emergency_restart:  # the reserve ran out: back up on a fresh one
            self.emergency_restart = False
            self.emergency = self.emergency_full
        x, y = world.camera.respawn_spot(world, self, self.respawn_point)
        self.place(x, y)
        self.health = world.difficulty.player_health
        self.shells = max(self.shells, SHELLS_START // 2)
        self.invulnerable = INVULNERABLE_TIME * 1.5
        self.climbing = False
        self.gravity_scale = 1.0
        self.set_state("idle")
        world.emit("respawn", x, y)
        bike, self.thrown_from = self.thrown_from, None
        if bike is not None and bike.alive and bike.driver is None:  # thrown: back in the saddle
            bike.reset(x, y)
            self.enter_vehicle(world, bike)

    def update(self, world: World, dt: float) -> None:
        super().update(world, dt)
        for hazard in world.level.hazards:
            if hazard.overlaps(*self.hurtbox()):
                self.hit(world, 2, hazard.center[0])
        if self.state != "dead":
            for pool in world.level.objects_of("molten"):
                if pool.rect.overlaps(*self.hurtbox()):
                    self.invulnerable = 0.0
                    self.hit(world, self.health, pool.rect.center[0])
                    world.fx("molten_splash", self.x, pool.rect.y, 1)
        w, h = world.level.pixel_size
        if self.y > h + 48 and self.state != "dead":
            self.lose_life(world, respawn_after=0.5)

    def hash_state(self) -> tuple:
        base = (*super().hash_state(), self.health, self.lives, self.shells, self.nitrogen, self.weapon)
        if self.grenades or self.crippled or self.shutdown or self.emergency:  # the Steel Mill's (others unchanged)
            return (*base, self.grenades, round(self.shutdown, 4), round(self.emergency, 4), self.crippled)
        return base


declare(Kind("player_start", optional={"facing": FACING},
             doc="Where player one starts (a second one: player two); the spawner reads it."))
declare(Kind("t800", in_maps=False, look=Look(sheet="t800", anims={"spray": ("shoot",), "dead": ("dead",),
                                                               "ride": ("crawl", "idle"),
                                                               "shutdown": ("dead",)})))
