"""The T-800: the player's character in the Freeway, Mall and Steel Mill levels.

How he moves is the hero's (game/entities/hero.py: coyote time, the jump
buffer, variable jumps, ladders, slopes, vehicles, hits and respawns) with his
own row of ``TUNING``; here are his hands: a shotgun that must be pumped,
liquid nitrogen, the grenade launcher, and the Steel Mill's emergency power.
Melee knocks people out without killing them.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from game.entities.hero import TUNING, Hero
from game.entities.vehicle import Vehicle
from game.input.actions import Action, InputSnapshot
from game.level.kinds import Kind, Look, declare
from game.world import exact as E

if TYPE_CHECKING:
    from game.world.world import World

# --- tuning (px, seconds) ---------------------------------------------------------------------
# How he moves is his row of the heroes' table (game/entities/hero.py); the names below are kept for
# the code and the tests that speak of them.
MOVES = TUNING["t800"]
RUN_SPEED = MOVES.run_speed
GROUND_ACCEL = MOVES.ground_accel
JUMP_SPEED = MOVES.jump_speed
COYOTE_TIME = MOVES.coyote_time
JUMP_BUFFER = MOVES.jump_buffer
INVULNERABLE_TIME = MOVES.invulnerable_time
RESPAWN_TIME = MOVES.respawn_time
# Health and lives vary with the difficulty: ``world.difficulty.player_health`` / ``.player_lives``.

SHELLS_START = 24
SHELLS_MAX = 60
PELLETS = 6
PELLET_SPREAD_DEG = 9.0
PELLET_RANGE = 230.0
PELLET_DAMAGE = 1.0
SHOT_TIME = 0.18  # recoil pose
PUMP_TIME = 0.42  # then the pump; no shot until it is done
SHOT_KNOCKBACK = 60.0  # px/s pushed back along the ground

NITROGEN_RANGE = 90.0
NITROGEN_COLD = 0.9  # per spray burst
NITROGEN_TIME = 0.3

# The grenade launcher (the Steel Mill): a lobbed grenade that knocks the liquid metal back (game/entities/mill.py).
GRENADES_MAX = 12
GRENADES_RESTOCK = 8  # grenades a T-800 who had the launcher comes back with after a death
GRENADE_TIME = 0.55  # s between grenades (the launcher's pump)

# Emergency power (the Steel Mill's set piece, the ``emergency_power`` action): shut down where it
# stands, then back up crippled, with a reserve of power that runs out unless the launcher is reached.
SHUTDOWN_TIME = 3.0  # s down and dark before the restart
CRIPPLED_SPEED = 0.55  # share of the run speed left to a crippled T-800
CRIPPLED_JUMP = 0.8  # share of the jump left
CRIPPLED_HEALTH = 0.34  # share of his full health he comes back up on (the last fight is on a knife's edge)
HEARTBEAT_EVERY = 0.9  # s between the heartbeat's thumps while on emergency power

# The minigun (Cyberdyne): held fire is a stream of rounds in a cone, the feet planted; it shreds cars.
MINIGUN_MAX = 600
MINIGUN_INTERVAL = 0.05  # s between rounds (20 a second)
MINIGUN_SPREAD_DEG = 9.0  # each round within this many degrees of the aim
MINIGUN_RANGE = 460.0
MINIGUN_DAMAGE = 1.0  # per round (a police car has 40)
MINIGUN_SOUND_EVERY = 0.6  # s: the length of the minigun's sound, a loop of shots


# Who the T-800's player is, as a rider (the ``play_as`` set piece: John on his dirt bike first, then the
# T-800): the kind whose look he wears, and whether he carries the guns and may get off a vehicle.
RIDERS = {"t800": ("t800", True, True), "john": ("john_rider", False, False)}


class T800(Hero):
    kind = "t800"
    TUNING = MOVES
    ACTION_STATES = ("shoot", "pump", "melee", "hurt", "spray")

    def __init__(self, world: World, x: float, y: float) -> None:
        super().__init__(world, x, y)
        self.shells = SHELLS_START
        self.nitrogen = 0
        self.weapon = "shotgun"
        self.grenades = 0
        self.launcher = False  # he has had the grenade launcher (he comes back with it after a death)
        self.minigun = 0  # rounds (the minigun pick-up)
        self.spinning = 0.0  # s the minigun has been firing without a pause (0: not firing)
        self.shutdown = 0.0  # s left shut down (the emergency_power set piece)
        self.emergency = 0.0  # s of emergency power left (0: not on emergency power, or safe: armed)
        self.emergency_full = 0.0  # the reserve a restart (after it ran out) begins with again
        self.crippled = False
        self.emergency_restart = False
        self.heartbeat = 0.0
        self.rider = "t800"  # who is played (RIDERS): ``play_as`` changes it
        self.armed = True
        self.may_dismount = True

    def play_as(self, world: World, rider: str, vehicle: Vehicle | None = None) -> None:
        """From now on the player is ``rider`` (RIDERS), in the saddle of ``vehicle`` if given, keeping
        the speed of the ride he leaves; that ride goes on ahead, ridden by the one he was."""
        old, was = self.vehicle, self.kind
        self.rider = rider
        self.kind, self.armed, self.may_dismount = RIDERS[rider]
        if vehicle is None or vehicle is old:
            return
        velocity = old.chassis.velocity if old is not None else None
        if old is not None:
            self.leave_vehicle(world)
            self.thrown_from = None
            old.rider_kind = was  # he rides on out of sight
        if velocity is not None:
            for body in vehicle.rig.bodies:
                body.velocity = velocity
        self.enter_vehicle(world, vehicle)

    def _ride(self, world: World, snap: InputSnapshot) -> None:
        if not self.may_dismount and snap.was_pressed(Action.INTERACT):  # John stays on his bike
            snap = InputSnapshot(snap.held & ~Action.INTERACT.bit, snap.pressed & ~Action.INTERACT.bit)
        self.firing_back = snap.is_held(Action.AIM)  # aim held while driving: shots go back over the shoulder
        super()._ride(world, snap)

    def _speed_scale(self) -> float:
        return CRIPPLED_SPEED if self.crippled else 1.0

    def _jump_scale(self) -> float:
        return CRIPPLED_JUMP if self.crippled else 1.0

    def _action_pose(self, world: World) -> None:
        if self.state == "shoot" and self.action_time <= PUMP_TIME and self.weapon == "shotgun":
            self.set_state("pump")
            world.sound("pump")

    def _fire_from_saddle(self, world: World, vehicle: Vehicle) -> None:
        window = vehicle.spec.gun is not None  # a closed cab with a window to shoot out of (the van, the pickup)
        if (vehicle.spec.rider_visible or window) and self.weapon == "shotgun" and self.armed:
            self.aim = (1, 0)  # one-handed, straight ahead, while the other hand steers
            self.planted = True  # the vehicle takes the recoil
            facing = self.facing
            if getattr(self, "firing_back", False):  # back over the shoulder, at what chases us
                self.facing = -vehicle.facing
            self._fire(world, ignore=vehicle)
            self.facing = facing
            self.planted = False
            self.set_state("ride")

    def ammo(self, weapon: str) -> int:
        return {"shotgun": self.shells, "nitrogen": self.nitrogen, "grenade": self.grenades,
                "minigun": self.minigun}.get(weapon, 0)

    def take(self, world: World, item: str, amount: int) -> bool:
        if item == "shells":
            if self.shells >= SHELLS_MAX:
                return False
            self.shells = min(SHELLS_MAX, self.shells + amount)
        elif item == "nitrogen":
            self.nitrogen += amount
            self.weapon = "nitrogen"
        elif item == "launcher":  # grenades (the Steel Mill): also stops the emergency power's clock
            self.arm_launcher(world, amount)
        elif item == "minigun":  # Cyberdyne: a weapon for the one level, in hand at once
            self.arm_minigun(world, amount)
        else:
            return super().take(world, item, amount)
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

    def _held_down(self, world: World, dt: float) -> bool:
        """Shut down (True: no control this update), or count the emergency power down."""
        if self.shutdown > 0:
            self.shutdown = max(0.0, self.shutdown - dt)
            self.invulnerable = max(self.invulnerable, 0.5)
            self.approach_vx(0.0, GROUND_ACCEL, dt)
            self.set_state("shutdown")
            if self.shutdown <= 0:
                self.crippled = True
                # what the bar through him left: he comes back up on a share of his health
                self.health = min(self.health, max(1, math.ceil(self.full_health(world) * CRIPPLED_HEALTH)))
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
        self.launcher = True
        self.weapon = "grenade"
        if self.emergency > 0:
            self.emergency = 0.0
            world.emit("armed", self.x, self.y)

    # --- weapons ---------------------------------------------------------------------------
    def arm_minigun(self, world: World, rounds: int) -> None:
        """The minigun picked up: carried from now on, in hand at once."""
        self.minigun = min(MINIGUN_MAX, self.minigun + rounds)
        self.weapon = "minigun"

    def _switch_weapon(self, world: World) -> None:
        order = ["shotgun"] + (["nitrogen"] if self.nitrogen > 0 else []) + (["grenade"] if self.grenades > 0 else []) \
            + (["minigun"] if self.minigun > 0 else [])
        i = order.index(self.weapon) if self.weapon in order else -1
        self.weapon = order[(i + 1) % len(order)]
        world.sound("menu_move")

    def muzzle(self) -> tuple[float, float]:
        """Where shots leave the barrel, for the aim held (forward: at the chest, as the sprite shows)."""
        forward, up_down = self.aim
        vehicle = self.vehicle
        if vehicle is not None and vehicle.spec.gun is not None:  # out of the cab's window
            return vehicle.point(vehicle.spec.gun)
        if up_down == 0:
            return (self.x + self.facing * 18, self.y - 25)
        return (self.x + self.facing * (6 + 10 * forward), self.y - 27 + up_down * (13 - 4 * forward))

    def _special_move(self, world: World, snap: InputSnapshot, dt: float, hurt: bool) -> bool:
        """The minigun fires while fire is held (a press is enough for the other guns)."""
        if self.weapon == "minigun" and snap.is_held(Action.FIRE) and not hurt and self.armed:
            if snap.move_x:
                self.facing = snap.move_x
            self.aim = self._aim_from(snap)
            self._minigun(world, dt)
        else:
            self.spinning = 0.0
        return False

    def _minigun(self, world: World, dt: float) -> None:
        """A round every MINIGUN_INTERVAL in a cone about the aim.  People it hits are hit like a
        pellet's (wounded where the T-800 may not kill); vehicles that take damage are shredded."""
        if self.climbing:
            return
        if self.minigun <= 0:
            self.weapon = "shotgun"
            self.spinning = 0.0
            self.dry_click(world)
            return
        if self.spinning <= 0 or (self.spinning // MINIGUN_SOUND_EVERY) != ((self.spinning + dt) // MINIGUN_SOUND_EVERY):
            world.sound("minigun")
        self.spinning += dt
        self.set_state("shoot")
        self.action_time = max(self.action_time, 0.1)  # planted while it fires: the pose holds, the feet stay
        if self.cooldown > 0:
            return
        self.minigun -= 1
        self.cooldown = MINIGUN_INTERVAL - dt / 2  # whole updates: every third at 60 Hz
        forward, up_down = self.aim
        mx, my = self.muzzle()
        base = up_down * (45.0 if forward else 90.0)
        angle = math.radians(base + world.rng.uniform(-MINIGUN_SPREAD_DEG, MINIGUN_SPREAD_DEG))
        dx, dy = E.cos(angle) * self.facing, E.sin(angle)
        end = (mx + dx * MINIGUN_RANGE, my + dy * MINIGUN_RANGE)
        result = world.raycast_shot((mx, my), end, self.vehicle)
        tip = end
        if result is not None:
            point, owner, _shape = result
            tip = (point.x, point.y)
            if owner is None:
                world.fx("spark", tip[0], tip[1], self.facing)
            elif hasattr(owner, "shoot"):
                owner.shoot(world, tip, (dx, dy), 0.5)
            elif owner.hit(world, MINIGUN_DAMAGE, self.x, lethal=not world.no_kill):
                world.fx("hit", tip[0], tip[1], self.facing)
        world.emit("tracer", mx, my, tip[0], tip[1])
        if world.frame % 2 == 0:
            world.fx("muzzle_flash", mx, my, self.facing)
            world.fx("shell_casing", self.x, my + 2, -self.facing)
        world.add_shake(1.2)

    def _fire(self, world: World, ignore=None) -> None:
        if self.cooldown > 0 or self.climbing or not self.armed:
            return
        if self.weapon == "minigun":
            return  # it fires while fire is held (``_special_move``)
        if self.weapon == "nitrogen":
            self._spray(world)
            return
        if self.weapon == "grenade":
            self._launch(world)
            return
        if self.shells <= 0:
            self.dry_click(world)
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

    # --- down and back ------------------------------------------------------------------------
    def _on_respawn(self, world: World) -> None:
        if self.emergency_restart:  # the reserve ran out: back up on a fresh one
            self.emergency_restart = False
            self.emergency = self.emergency_full
        self.shells = max(self.shells, SHELLS_START // 2)
        if self.launcher:  # back at the vat armed: a death in the last fight must not end the run unarmed
            self.grenades = max(self.grenades, GRENADES_RESTOCK)
            self.weapon = "grenade"

    def hash_state(self) -> tuple:
        base = (*super().hash_state(), self.shells, self.nitrogen, self.weapon)
        if self.grenades or self.crippled or self.shutdown or self.emergency:  # the Steel Mill's (others unchanged)
            base = (*base, self.grenades, round(self.shutdown, 4), round(self.emergency, 4), self.crippled)
        if self.minigun:  # Cyberdyne's
            base = (*base, self.minigun, round(self.spinning, 4))
        return base


declare(Kind("john_rider", in_maps=False, look=Look(sheet="john_rider", anims={"dead": ("down",), "jump": ("ride",),
                                                                             "fall": ("ride",), "idle": ("ride",)}),
             doc="John, played (``play_as john``): on his dirt bike, no gun."))
declare(Kind("t800", in_maps=False, look=Look(sheet="t800", anims={"spray": ("shoot",), "dead": ("dead",),
                                                               "ride": ("ride", "crawl", "idle"),
                                                               "shutdown": ("dead",)})))
