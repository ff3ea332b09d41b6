"""People the T-800 meets: street thugs and police officers.

The game's theme is a mechanic: a person downed by a melee blow is knocked
out or disarmed and lives; a person downed by gunfire, in a level where the
T-800 has not yet been ordered not to kill, is a casualty the HUD counts and
the ending remembers.  Where the order holds (``no_kill``) the T-800 aims to
wound, and gunfire only wounds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.entities.base import BodyEntity
from game.entities.projectiles import Bullet
from game.level.kinds import FACING, FLAG, Kind, Look, declare
from game.world.physics import PROP_FILTER

if TYPE_CHECKING:
    from game.world.world import World

KNOCKOUT_SCORE = 300
WOUND_SCORE = 100
CASUALTY_PENALTY = -1000
HOP_HEIGHT = 16.0  # px: a crate, a barrel or a step is hopped, anything taller stops a walker
HOP_SPEED = 300.0  # px/s up: clears HOP_HEIGHT with room to spare


class Human(BodyEntity):
    human = True
    LOST_BEHIND_SCROLL = True
    solid_to_shots = True
    WIDTH = 14.0
    HEIGHT = 38.0
    WALK_SPEED = 50.0
    SIGHT = 220.0
    down_states = ("down", "wounded", "disarmed", "dead")

    def __init__(self, world: World, x: float, y: float, facing: int = -1) -> None:
        super().__init__(world, x, y)
        self.health = self.full_health(world)
        self.facing = facing
        self.home_x = x
        self.cooldown = 0.0
        self.stun = 0.0

    def full_health(self, world: World) -> float:
        raise NotImplementedError

    @property
    def is_down(self) -> bool:
        return self.state in self.down_states

    def sees_player(self, world: World) -> bool:
        p = world.nearest_player(self.x, self.y)
        if p.state == "dead" or p.hiding or abs(p.x - self.x) > self.SIGHT or abs(p.y - self.y) > 64:
            return False
        return world.line_of_sight((self.x, self.y - 30), (p.x, p.y - 30))

    def hit(self, world: World, damage: float, source_x: float, *, lethal: bool, melee: bool = False) -> bool:
        if self.is_down:
            return False
        self.health -= damage
        push = 1 if self.x >= source_x else -1
        self.set_velocity(vx=push * (160 if melee else 90), vy=-120)
        self.stun = 0.35
        world.sound("enemy_hurt" if not melee else "punch")
        if self.health > 0:
            self.set_state("hurt")
            return True
        self.collapse(world, lethal=lethal, melee=melee)
        return True

    def collapse(self, world: World, *, lethal: bool, melee: bool) -> None:
        if melee:
            self.set_state(self.melee_down_state)
            world.stats.knockouts += 1
            world.add_score(KNOCKOUT_SCORE, self.x, self.y - 40)
            world.sound("knockout")
        elif lethal:
            self.set_state("dead")
            world.stats.casualties += 1
            world.add_score(CASUALTY_PENALTY, self.x, self.y - 40)
            world.emit("casualty", self.x, self.y)
        else:
            self.set_state("wounded")
            world.add_score(WOUND_SCORE, self.x, self.y - 40)
        # Downed people stay on the floor but no longer stop shots.
        self.shape.filter = PROP_FILTER

    melee_down_state = "down"

    def update(self, world: World, dt: float) -> None:
        super().update(world, dt)
        self.cooldown = max(0.0, self.cooldown - dt)
        self.stun = max(0.0, self.stun - dt)
        if self.is_down or self.stun > 0:
            self.approach_vx(0.0, 400.0, dt)
            return
        if self.state == "hurt":
            self.set_state("idle")
        self.think(world, dt)

    def think(self, world: World, dt: float) -> None:
        raise NotImplementedError

    def walk_toward(self, world: World, target_x: float, speed: float, dt: float) -> None:
        direction = 1 if target_x > self.x else -1
        self.facing = direction
        # Stop at ledges rather than walking off into the storm drain; hop a crate or a step
        # (so nobody can hide behind one), stop at a real wall.
        ahead = self.x + direction * (self.WIDTH / 2 + 4)
        blocked = world.solid_at(ahead, self.y - 10)
        if blocked and not world.solid_at(ahead, self.y - HOP_HEIGHT - 4) and self.on_ground(world):
            self.set_velocity(vx=direction * speed, vy=-HOP_SPEED)
            self.set_state("walk")
            return
        if blocked or not world.ground_below(ahead, self.y, 4.0, depth=HOP_HEIGHT + 4):  # a step down is fine
            self.approach_vx(0.0, 600.0, dt)
            self.set_state("idle")
            return
        self.approach_vx(direction * speed, 600.0, dt)
        self.set_state("walk")

    def hash_state(self) -> tuple:
        return (*super().hash_state(), self.health)


class Thug(Human):
    """A street punk with a length of chain: walks up and swings, with a readable wind-up."""

    kind = "thug"
    WALK_SPEED = 70.0
    REACH = 22.0
    WINDUP = 0.5  # the wind-up a new player can read and step out of

    def full_health(self, world: World) -> float:
        return world.difficulty.thug_health

    def think(self, world: World, dt: float) -> None:
        p = world.nearest_player(self.x, self.y)
        if self.state == "attack":
            if self.state_time >= self.WINDUP and not getattr(self, "_struck", False):
                self._struck = True
                box = (self.x + (0 if self.facing > 0 else -self.REACH), self.y - 34, self.REACH, 26)
                for victim in world.players_in(box):
                    victim.hit(world, world.difficulty.thug_damage, self.x)
            if self.state_time >= self.WINDUP + 0.35:
                self.set_state("idle")
                self.cooldown = 0.6
            self.approach_vx(0.0, 800.0, dt)
            return
        if self.sees_player(world):
            if abs(p.x - self.x) < self.REACH + 6 and self.cooldown <= 0:
                self.facing = 1 if p.x > self.x else -1
                self.set_state("attack")
                self._struck = False
                world.sound("blade")
            else:
                self.walk_toward(world, p.x, self.WALK_SPEED, dt)
        else:
            self.approach_vx(0.0, 600.0, dt)
            self.set_state("idle")


class Cop(Human):
    """A patrol officer who takes the T-800 for an armed criminal: aims (a telegraph), then fires."""

    kind = "cop"
    SIGHT = 260.0
    melee_down_state = "disarmed"

    def full_health(self, world: World) -> float:
        return world.difficulty.cop_health

    def aim_time(self, world: World) -> float:
        """How long the aim, the telegraph ("!" and a muzzle glint), lasts: time to jump or close in."""
        return world.difficulty.cop_aim_time

    def think(self, world: World, dt: float) -> None:
        p = world.nearest_player(self.x, self.y)
        if self.state == "aim":
            self.approach_vx(0.0, 800.0, dt)
            if self.state_time >= self.aim_time(world):
                self.set_state("shoot")
                mx, my = self.x + self.facing * 14, self.y - 27
                world.add(Bullet(mx, my, self.facing))
                world.sound("pistol")
                world.fx("muzzle_flash", mx, my, self.facing)
                self.cooldown = world.difficulty.cop_fire_cooldown
            return
        if self.state == "shoot":
            if self.state_time > 0.25:
                self.set_state("idle")
            return
        if self.sees_player(world):
            self.facing = 1 if p.x > self.x else -1
            distance = abs(p.x - self.x)
            if self.cooldown <= 0 and distance < self.SIGHT:
                self.set_state("aim")
            elif distance > 150:
                self.walk_toward(world, p.x, self.WALK_SPEED, dt)
            else:
                self.approach_vx(0.0, 600.0, dt)
                self.set_state("idle")
        else:
            self.approach_vx(0.0, 600.0, dt)
            self.set_state("idle")


declare(Kind("thug", optional={"dormant": FLAG, "facing": FACING},
             make=lambda w, o: Thug(w, *o.feet, facing=o.facing), autopilot=frozenset({"punch"}),
             look=Look(sheet="thug", anims={"dead": ("down",), "hurt": ("hurt", "idle")})))
declare(Kind("cop", optional={"dormant": FLAG, "facing": FACING},
             make=lambda w, o: Cop(w, *o.feet, facing=o.facing), autopilot=frozenset({"punch"}),
             look=Look(sheet="cop", anims={"dead": ("wounded",), "hurt": ("aim", "idle")}, warn=("aim",))))
