"""What every player character shares: the hero's body and the arcade feel of moving it.

The T-800 (game/entities/t800.py) and Sarah Connor (game/entities/sarah.py) are
both ``Hero``: they run, jump with coyote time and a jump buffer (a late or an
early press still jumps), cut a jump short by letting go, climb ladders, walk
slopes and ride moving floors, drop through grates with down + jump, get on
and off vehicles, take hits with knock-back and a moment of invulnerability,
lose lives and come back at the checkpoint, and aim eight ways (hold Aim to
plant the feet).  What differs between them is numbers, in one table
(``TUNING``, a row per character), and what their hands do: a subclass
supplies its weapons (``_fire``), its pick-ups (``take``) and its poses.

A level picks who you play: the ``player_start`` object's ``character``
(``t800`` unless it says ``sarah``); player two plays ``character2`` if the
start names one, else the same character (``character_for``).
"""

from __future__ import annotations

import importlib
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pymunk

from game.entities.base import BodyEntity
from game.entities.vehicle import Vehicle
from game.input.actions import Action, InputSnapshot
from game.level.kinds import FACING, Kind, Number, OneOf, declare
from game.world.physics import CT, Cat, shape_filter

if TYPE_CHECKING:
    from game.world.world import World


@dataclass(frozen=True)
class HeroTuning:
    """One character's feel (px, seconds, px/s).  Health and lives vary with the difficulty instead:
    ``game/difficulty.py`` (``player_health`` for the T-800, ``sarah_health`` for Sarah)."""

    width: float  # the body's collision box
    height: float
    mass: float
    run_speed: float
    ground_accel: float
    air_accel: float
    jump_speed: float  # straight up at take-off
    jump_cut: float  # share of the rising speed kept when jump is let go early
    coyote_time: float  # s after running off a ledge that a jump still counts
    jump_buffer: float  # s a jump pressed before landing is remembered
    max_fall: float
    climb_speed: float
    invulnerable_time: float  # s after a hit
    hurt_time: float  # s of the hurt pose (no control)
    knockback: tuple[float, float]  # (sideways, up) speed a hit throws the hero
    respawn_time: float  # s down before coming back
    melee_time: float  # s a punch takes
    melee_hit_at: float  # s into it that it lands
    melee_reach: float
    melee_damage: float  # never lethal: a punched person is knocked out
    hop_off_speed: float  # px/s upward on getting off a vehicle
    # Sarah's moves (zero / None: the character has no such move)
    crouch_height: float | None = None  # the body's height crouched (smaller than standing)
    crouch_speed: float = 0.0  # creeping along crouched
    roll_speed: float = 0.0  # the dodge roll's burst along the ground
    roll_time: float = 0.0  # s it lasts, every frame of it invulnerable
    roll_cooldown: float = 0.0  # s after one before the next


# The characters side by side: Sarah is lighter, quicker and jumps lower; she rolls and crouches.
TUNING: dict[str, HeroTuning] = {
    "t800": HeroTuning(width=14.0, height=40.0, mass=120.0, run_speed=150.0, ground_accel=1600.0, air_accel=1000.0,
                       jump_speed=440.0,  # about four tiles high
                       jump_cut=0.45, coyote_time=0.10, jump_buffer=0.12, max_fall=620.0, climb_speed=90.0,
                       invulnerable_time=1.2, hurt_time=0.35, knockback=(170.0, 220.0), respawn_time=1.6,
                       melee_time=0.36, melee_hit_at=0.12, melee_reach=26.0, melee_damage=3.0, hop_off_speed=260.0),
    "sarah": HeroTuning(width=12.0, height=36.0, mass=60.0, run_speed=180.0, ground_accel=2000.0, air_accel=1200.0,
                        jump_speed=390.0,  # about three tiles high
                        jump_cut=0.45, coyote_time=0.10, jump_buffer=0.12, max_fall=620.0, climb_speed=110.0,
                        invulnerable_time=1.4, hurt_time=0.30, knockback=(200.0, 240.0), respawn_time=1.6,
                        melee_time=0.30, melee_hit_at=0.10, melee_reach=22.0, melee_damage=2.0, hop_off_speed=260.0,
                        crouch_height=22.0, crouch_speed=55.0, roll_speed=300.0, roll_time=0.38, roll_cooldown=0.25),
}

# Who a level may put in the player's hands (``player_start``'s ``character``), and where each lives.
CHARACTERS: dict[str, tuple[str, str]] = {"t800": ("game.entities.t800", "T800"),
                                          "sarah": ("game.entities.sarah", "Sarah")}
DEFAULT_CHARACTER = "t800"

# Slopes and moving floors (tile floors are flat and still, and keep the simple rules).
STEEPEST_WALK = -0.64  # the ground normal's y at the steepest walkable slope (about 50 degrees)
FLAT = 1e-3  # a normal this close to straight up is flat ground
LEAVE_SPEED = 40.0  # px/s away from the ground, relative to it, that counts as leaving it
RIDER_MASK = Cat.SENSOR | Cat.PICKUP | Cat.ENEMY_SHOT  # riding: triggers, pick-ups and bullets still reach us
DRY_CLICK_TIME = 0.3  # s after a pull on an empty gun before the next


class Hero(BodyEntity):
    """A player character.  Subclasses set ``TUNING`` (a row of the table above) and ``kind``."""

    kind = "hero"
    TUNING: HeroTuning = TUNING["t800"]
    COLLISION_TYPE = CT.PLAYER
    CATEGORY = Cat.PLAYER
    MASK = Cat.WORLD | Cat.ONE_WAY | Cat.BARS | Cat.SENSOR | Cat.PICKUP | Cat.ENEMY_SHOT | Cat.BARRIER
    ACTION_STATES = ("melee", "hurt")  # poses an action holds until its time is up (``_pick_pose``)

    def __init_subclass__(cls, **kw) -> None:
        super().__init_subclass__(**kw)
        t = cls.TUNING
        cls.WIDTH, cls.HEIGHT, cls.MASS = t.width, t.height, t.mass

    def __init__(self, world: World, x: float, y: float) -> None:
        super().__init__(world, x, y)
        self.weapon = "none"  # what fire uses (each character names its own)
        self.slot = 0  # which player: 0 = one, 1 = two (set by the spawner)
        self.health = self.full_health(world)
        self.lives = world.difficulty.player_lives
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
        self.gunning = False  # riding in its gunner's seat (a second player: aims and fires, never drives)
        self.thrown_from: Vehicle | None = None  # the vehicle that threw us: we come back on it
        self.ground: tuple | None = None  # (normal, ground velocity) on a slope or a moving floor, else None

    # --- what a character supplies -----------------------------------------------------------
    def full_health(self, world: World) -> int:
        """A full bar (it varies with the difficulty)."""
        return world.difficulty.player_health

    @property
    def evading(self) -> bool:
        """In the middle of a dodge (Sarah's roll): hits and bullets pass through."""
        return False

    @property
    def hiding(self) -> bool:
        """Out of sight in a ``hiding_spot`` (Sarah crouched in the shadows): sight ignores her."""
        return False

    @property
    def crouching(self) -> bool:
        return False

    def _speed_scale(self) -> float:
        return 1.0

    def _jump_scale(self) -> float:
        return 1.0

    def _held_down(self, world: World, dt: float) -> bool:
        """True: no control this update (the T-800 shut down)."""
        return False

    def _special_move(self, world: World, snap: InputSnapshot, dt: float, hurt: bool) -> bool:
        """A move of the character's own that owns the body this update (Sarah's roll): True."""
        return False

    def _switch_weapon(self, world: World) -> None:
        """The switch-weapon button."""

    def _fire(self, world: World, ignore=None) -> None:
        """The fire button."""

    def _fire_from_saddle(self, world: World, vehicle: Vehicle) -> None:
        """The fire button while riding."""

    def _action_pose(self, world: World) -> None:
        """An action pose in progress may turn into the next (the shotgun's pump after the shot)."""

    def take(self, world: World, item: str, amount: int) -> bool:
        """A pick-up touched: True if the hero takes it (it is then used up)."""
        if item == "health":
            full = self.full_health(world)
            if self.health >= full:
                return False
            self.health = min(full, self.health + amount)
        elif item == "life":
            self.lives += amount
        elif item not in ("score", "chip"):  # points: any hero takes them ("chip": Cyberdyne's arm and CPU)
            return False
        return True

    def ammo(self, weapon: str) -> int:
        """How many shots (shells, grenades, rounds, doses) of ``weapon`` the hero carries (0: none)."""
        return 0

    def power_down(self, world: World, reserve: float) -> None:
        """The ``emergency_power`` set piece: only a machine has emergency power (the T-800)."""

    def _on_respawn(self, world: World) -> None:
        """Back at the checkpoint: restock what the character carries."""

    def equip(self, start) -> None:
        """Armed as the level's ``player_start`` object says (Sarah's ``weapon`` and ``ammo``)."""

    # --- input ----------------------------------------------------------------------------
    def buffer_input(self, snap: InputSnapshot) -> None:
        """Keep a jump pressed during hit-stop so it is not swallowed."""
        if snap.was_pressed(Action.JUMP):
            self._buffered = self.TUNING.jump_buffer

    def control(self, world: World, snap: InputSnapshot, dt: float) -> None:
        t = self.TUNING
        if self.state == "dead":
            self._dead(world, dt)
            return
        self.invulnerable = max(0.0, self.invulnerable - dt)
        self.cooldown = max(0.0, self.cooldown - dt)
        self.action_time = max(0.0, self.action_time - dt)
        self.drop_through = max(0.0, self.drop_through - dt)
        if self._held_down(world, dt):
            return
        if self.vehicle is not None:
            self._ride(world, snap)
            return
        was_grounded, fall_speed = self.grounded, self._last_vy
        self.grounded = self.on_ground(world)
        self.ground = self._contoured_ground(world)
        if self.ground is None and self.grounded:
            belt = world.belt_under(self.x, self.y)
            if belt:
                self.ground = ((0.0, -1.0), (belt, 0.0))  # a belt is moving ground, like a truck's bed
        self.ground_normal = None
        self._last_vy = self.vy
        if self.grounded and not was_grounded and fall_speed > 250:
            world.sound("land")
            world.fx("dust", self.x, self.y - 4, self.facing)
            if fall_speed > 520:
                world.add_shake(2.0)
        self.coyote = t.coyote_time if self.grounded else max(0.0, self.coyote - dt)
        self.jump_buffer = max(0.0, self.jump_buffer - dt, self._buffered)
        self._buffered = 0
        if snap.was_pressed(Action.JUMP):
            self.jump_buffer = t.jump_buffer

        if snap.was_pressed(Action.SWITCH):
            self._switch_weapon(world)
        if snap.was_pressed(Action.INTERACT) and self.action_time <= 0:
            near = self._vehicle_near(world)
            if near is not None:
                self.enter_vehicle(world, *near)
                return

        self.planted = snap.is_held(Action.AIM) and self.grounded
        if not self.planted and self._ladder_control(world, snap, dt):
            return

        hurt = self.state == "hurt" and self.action_time > 0
        if self._special_move(world, snap, dt, hurt):
            return
        move = 0 if hurt else snap.move_x
        if move:
            self.facing = move
        self.aim = self._aim_from(snap)
        if self.planted:
            move = 0
        busy = self.state in ("melee", "shoot") and self.action_time > 0 and self.grounded
        if move and self.grounded and not busy and world.level.stairs:
            self._stair_step(world, move)
        speed = t.crouch_speed if self.crouching else t.run_speed
        target = 0.0 if busy else move * speed * self._speed_scale()
        if not hurt:
            if self.ground is not None:
                self._walk_on(self.ground, target, dt)
            else:
                self.approach_vx(target, t.ground_accel if self.grounded else t.air_accel, dt)

        # Jump (with coyote time and buffer); down+jump drops through a platform.
        if self.jump_buffer > 0 and self.coyote > 0 and not hurt:
            if snap.is_held(Action.DOWN) and self._on_one_way(world):
                self.drop_through = 0.25
            else:
                jump = t.jump_speed * self._jump_scale()
                self.set_velocity(vy=-jump if self.ground is None else self.ground[1][1] - jump)
                world.sound("jump")
            self.ground = None
            self.ground_normal = None
            self.jump_buffer = 0.0
            self.coyote = 0.0
            self.grounded = False
        if not snap.is_held(Action.JUMP) and self.vy < 0 and self.state == "jump":
            self.set_velocity(vy=self.vy * t.jump_cut)
        if self.vy > t.max_fall:
            self.set_velocity(vy=t.max_fall)

        if snap.was_pressed(Action.FIRE) and not hurt:
            self._fire(world)
        if snap.was_pressed(Action.INTERACT) and not hurt and self.action_time <= 0:
            self._start_melee(world)
        if self.state in ("melee", "jab") and not self._melee_done and self.state_time >= t.melee_hit_at:
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

    def dry_click(self, world: World) -> None:
        """The trigger pulled on an empty gun: a click, and a moment before it can be pulled again."""
        world.sound("menu_back")
        self.cooldown = DRY_CLICK_TIME

    def aim_vector(self) -> tuple[float, float]:
        """The aim as a unit direction in the world (x right, y down)."""
        forward, up_down = self.aim
        dx, dy = forward * self.facing, up_down
        if dx and dy:
            return (dx * math.sqrt(0.5), dy * math.sqrt(0.5))
        return (float(dx), float(dy))

    def _pick_pose(self, world: World) -> None:
        if self.action_time > 0 and self.state in self.ACTION_STATES:
            self._action_pose(world)
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
        step = self.TUNING.ground_accel * dt
        rel = min(target, rel + step) if rel < target else max(target, rel - step)
        self.body.velocity = (gx + rel, gy - rel * nx / ny)  # along the surface: no hop, no dig
        self.ground_normal = (nx, ny)

    # --- vehicles ---------------------------------------------------------------------------
    def _vehicle_near(self, world: World) -> tuple[Vehicle, bool] | None:
        """A vehicle to get on here: its driver's seat if free, else (True) its free gunner's seat
        while another player drives it (where a second player rides in a vehicle stretch)."""
        for e in world.entities:
            if not (isinstance(e, Vehicle) and e.alive and e.mountable):
                continue
            if e.driver is None and e.near_seat(self.x, self.y):
                return e, False
            if e.driver in world.players and e.driver is not self and e.gunner_free() and e.near_gunner_seat(self.x, self.y):
                return e, True
        return None

    def enter_vehicle(self, world: World, vehicle: Vehicle, gunner: bool = False) -> None:
        """Get on: ride at the seat, touching only sensors, pick-ups and bullets, until ``leave_vehicle``.
        In the gunner's seat the hero aims eight ways and fires his own weapon while another drives."""
        self.vehicle = vehicle
        self.gunning = gunner
        if gunner:
            vehicle.gunner_player = self
        else:
            vehicle.driver = self
        self.shape.filter = shape_filter(Cat.PLAYER, RIDER_MASK, group=vehicle.rig.group)
        self.gravity_scale = 0.0
        self.ground = None
        self.ground_normal = None
        self.climbing = False
        self.set_state("idle" if gunner else "ride")
        self._follow(vehicle)
        world.sound("land")

    def leave_vehicle(self, world: World, hop: bool = False) -> None:
        """Get off, on top of the vehicle (with a hop up when the player chose to)."""
        vehicle, self.vehicle = self.vehicle, None
        if vehicle is None:
            return
        self.thrown_from = None if hop or self.gunning else vehicle  # not by choice: thrown, or down
        if self.gunning:
            vehicle.gunner_player = None
            self.gunning = False
        else:
            vehicle.driver = None
            vehicle.drive(0.0, 0.0)
        self.shape.filter = shape_filter(self.CATEGORY, self.MASK)
        self.gravity_scale = 1.0
        vx, vy = vehicle.seat_velocity()
        top = min(s.bb.bottom for s in vehicle.rig.shapes)  # pymunk's 'bottom' is the smaller y: the top
        self.place(vehicle.seat()[0], top - 1.0)
        self.body.velocity = (vx, vy - (self.TUNING.hop_off_speed if hop else 0.0))
        if self.state != "dead":
            self.set_state("jump")

    def _ride(self, world: World, snap: InputSnapshot) -> None:
        vehicle = self.vehicle
        if snap.was_pressed(Action.INTERACT):
            self.leave_vehicle(world, hop=True)
            return
        if self.gunning:
            self._gun(world, snap, vehicle)
            return
        if snap.move_x:
            self.facing = snap.move_x
        vehicle.drive(snap.move_x, -snap.move_y, snap.was_pressed(Action.JUMP))
        self.grounded = vehicle.on_ground
        self.body.velocity = vehicle.seat_velocity()
        if snap.was_pressed(Action.FIRE):
            self._fire_from_saddle(world, vehicle)

    def _gun(self, world: World, snap: InputSnapshot, vehicle: Vehicle) -> None:
        """The gunner's seat: the directions aim (eight ways, down too: he is braced), fire shoots the
        hero's own weapon past the vehicle, switch changes weapon; the driver does the driving."""
        if snap.move_x:
            self.facing = snap.move_x
        self.grounded = True
        self.planted = True  # braced in the seat: down aims down, nothing walks
        self.aim = self._aim_from(snap)
        self.body.velocity = vehicle.seat_velocity()
        if snap.was_pressed(Action.SWITCH):
            self._switch_weapon(world)
        if snap.was_pressed(Action.FIRE):
            self._fire(world, ignore=vehicle)
        self.ground = (None, self.body.velocity)  # stand on the vehicle: its speed is not a run
        self._pick_pose(world)  # the planted aim and shot poses, as on foot
        self.ground = None

    def _follow(self, vehicle: Vehicle) -> None:
        sx, sy = vehicle.gunner_seat() if self.gunning else vehicle.seat()
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
        t = self.TUNING
        level = world.level
        on_ladder = level.ladder_at(self.x, self.y - 4) or level.ladder_at(self.x, self.y - self.HEIGHT / 2)
        below = level.ladder_at(self.x, self.y + 4)
        if not self.climbing:
            wants = (snap.is_held(Action.UP) and on_ladder) or (snap.is_held(Action.DOWN) and below and self.grounded)
            if not wants:
                return False
            self.climbing = True
            self._start_climb(world)
            self.body.position = (math.floor(self.x / 16) * 16 + 8, self.body.position.y)
            if snap.is_held(Action.DOWN):
                self.drop_through = 0.3
        if snap.was_pressed(Action.JUMP) or not (on_ladder or below):
            self.climbing = False
            self.gravity_scale = 1.0
            if snap.was_pressed(Action.JUMP):
                self.set_velocity(vx=snap.move_x * t.run_speed, vy=-t.jump_speed * 0.8)
                self.jump_buffer = 0.0
            if not (on_ladder or below) and self.vy < 0:
                self.set_velocity(vy=-t.jump_speed * 0.55)  # pop up over the top rung
            return False
        self.gravity_scale = 0.0
        self.drop_through = max(self.drop_through, 0.1) if snap.move_y > 0 else self.drop_through
        self.set_velocity(vx=0.0, vy=snap.move_y * t.climb_speed)
        if snap.move_y > 0 and self.on_ground(world) and not below:
            self.climbing = False
            self.gravity_scale = 1.0
            return False
        self.set_state("climb")
        return True

    def _start_climb(self, world: World) -> None:
        """Onto a ladder (Sarah stands up from a crouch first)."""

    # --- melee ------------------------------------------------------------------------------
    def _start_melee(self, world: World) -> None:
        self.set_state("melee")
        self.action_time = self.TUNING.melee_time
        self._melee_done = False

    def melee_reach(self) -> float:
        """How far ahead the blow lands (a hero's row; Sarah's broom handle reaches further)."""
        return self.TUNING.melee_reach

    def _melee(self, world: World) -> None:
        """The blow lands: everyone in reach is hit, never lethally (a knock-out, not a casualty)."""
        reach = self.melee_reach()
        x = self.x + (0 if self.facing > 0 else -reach)
        box = (x, self.y - 34, reach, 24)
        world.sound("punch")
        for e in list(world.entities_in(*box)):
            if e is self:
                continue
            if e.hit(world, self._melee_damage(world, e), self.x, lethal=False, melee=True):
                world.fx("hit", e.x, e.y - 26, self.facing)
                world.add_hitstop(5)
                world.add_shake(3.0)

    def _melee_damage(self, world: World, target) -> float:
        return self.TUNING.melee_damage

    # --- damage, death, respawn -------------------------------------------------------------
    def hit(self, world: World, damage: float, source_x: float, *, lethal: bool = True, melee: bool = False) -> bool:
        if self.invulnerable > 0 or self.evading or self.state == "dead" or world.outcome:
            return False
        t = self.TUNING
        world.stats.damage += min(damage, self.health)
        self.health -= damage
        self.invulnerable = t.invulnerable_time
        push = 1 if self.x >= source_x else -1
        self.set_velocity(vx=push * t.knockback[0], vy=-t.knockback[1])
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
            self.action_time = t.hurt_time
        return True

    def _die(self, world: World) -> None:
        self.leave_vehicle(world)
        self.set_state("dead")
        if not world.infinite_lives:
            self.lives -= 1
        world.stats.deaths += 1
        self.respawn_timer = self.TUNING.respawn_time
        world.sound("game_over" if self.lives <= 0 else "hurt")

    def lose_life(self, world: World, respawn_after: float | None = None) -> None:
        """Down at once, whatever the health: a fall out of the level, a wall the view pins you to."""
        if self.state == "dead":
            return
        world.stats.damage += max(self.health, 0)
        self.health = 0
        self._die(world)
        self.respawn_timer = self.TUNING.respawn_time if respawn_after is None else respawn_after

    def _dead(self, world: World, dt: float) -> None:
        self.approach_vx(0.0, self.TUNING.ground_accel, dt)
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
        x, y = world.camera.respawn_spot(world, self, self.respawn_point)
        self.place(x, y)
        self.health = self.full_health(world)
        self._on_respawn(world)
        self.invulnerable = self.TUNING.invulnerable_time * 1.5
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
        return (*super().hash_state(), self.health, self.lives)


# --- who plays ---------------------------------------------------------------------------------
def hero_class(character: str) -> type[Hero]:
    module, name = CHARACTERS[character]
    return getattr(importlib.import_module(module), name)


PLAYED_KIND = "companion_played"  # what such a companion is while he steps back: nothing drawn, no role
declare(Kind(PLAYED_KIND, in_maps=False))


def playing(world: World, character: str):
    """The player who plays ``character`` (``t800``, ``sarah``), if any.  A companion who is that
    character (Cyberdyne's Sarah, the hospital's T-800) steps back while a player plays him in
    co-op: there is never a second one of anybody on screen."""
    return next((p for p in world.players if p.kind == character), None)


def character_for(world: World, slot: int) -> str:
    """Who plays in ``slot``: ``world.character`` if the game was told (``--character``), else the map's
    ``player_start``: ``character`` for player one, ``character2`` (else the same) for player two."""
    if getattr(world, "character", None):
        return world.character
    starts = world.level.objects_of("player_start")
    if not starts:
        return DEFAULT_CHARACTER
    first = starts[0]
    one = first.prop("character", DEFAULT_CHARACTER)
    if slot == 0:
        return one
    start = starts[min(slot, len(starts) - 1)]
    return first.prop("character2") or (start.prop("character", one) if start is not first else one)


def make_hero(world: World, slot: int, x: float, y: float) -> Hero:
    """The hero who plays in ``slot``, standing at (x, y), readied from the map's start."""
    hero = hero_class(character_for(world, slot))(world, x, y)
    hero.slot = slot
    starts = world.level.objects_of("player_start")
    if starts:
        hero.equip(starts[min(slot, len(starts) - 1)])
    return hero


declare(Kind("player_start", optional={
    "facing": FACING,
    "character": OneOf(tuple(CHARACTERS)),
    "character2": OneOf(tuple(CHARACTERS)),
    "weapon": OneOf(("none", "sedative", "rifle")),
    "ammo": Number(whole=True, at_least=0, at_most=999),
}, doc="Where player one starts (a second one: player two); the spawner reads it. `character` is who you "
       "play (t800, the default, or sarah); player two plays `character2` if given, else the same. "
       "`weapon` (none, sedative, rifle) and `ammo` (doses or rounds) arm Sarah for the level."))
