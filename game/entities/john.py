"""John Connor as a person to protect (the Mall): he follows the T-800, runs ahead where the
player points him, ducks when the shotgun fires, and can be hurt.

He is never a puzzle.  He walks and runs on the same floors as the T-800, hops every step
(an escalator's treads are steps) and drops off any ledge after him; if the T-800 still leaves
him behind (a jump John cannot make), he comes along once he is out of sight
(``catchups`` counts how often: the level tests hold it at zero on the designed route).

When the T-1000 has hurt him ``HEALTH`` times it has caught him: the player loses a life, and
John comes back with the T-800 at the checkpoint; the T-1000 is put back where the checkpoint
says (``t1000_restart``) and stands a moment.

Tuning numbers (px, seconds) are the module constants below.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.entities.base import BodyEntity, Entity
from game.entities.humans import HOP_HEIGHT, HOP_SPEED
from game.level.kinds import FACING, FLAG, Kind, Look, declare
from game.world.physics import CT, Cat

if TYPE_CHECKING:
    from game.world.world import World

RUN_SPEED = 140.0  # px/s: a little slower than the T-800 (150), a little quicker than the T-1000's run (135)
WALK_SPEED = 70.0
ACCEL = 900.0
FOLLOW_GAP = 26.0  # px behind the T-800 he keeps
JOIN_DISTANCE = 56.0  # px: the T-800 this near, John stops playing and comes along
SEND_DISTANCE = 176.0  # px ahead of the T-800 that pointing sends him (aim held, no fire)
SEND_POINT_TIME = 0.5  # s the T-800 must point before John goes
HEALTH = 2  # blade hits before the T-1000 has him (a hit or two)
INVULNERABLE_TIME = 1.0
HURT_TIME = 0.45
DUCK_TIME = 0.55  # s he stays down after a shotgun blast near him
DUCK_RADIUS = 260.0
CATCHUP_DISTANCE = 420.0  # px: further than this from the T-800 (off screen), he catches up
CATCHUP_STUCK = 2.5  # s without getting nearer while the T-800 is above him out of reach
T1000_HOLD = 2.5  # s the T-1000 stands after catching him (the restart's head start)


class John(BodyEntity):
    """The escort: follows player one (the nearest living player)."""

    kind = "john"
    human = True
    escort = True
    WIDTH = 12.0
    HEIGHT = 30.0
    MASS = 45.0
    COLLISION_TYPE = CT.ENEMY
    CATEGORY = Cat.ENEMY
    MASK = Cat.WORLD | Cat.ONE_WAY | Cat.BARS  # the T-800's pellets pass him: he is never shot by his protector

    def __init__(self, world: World, x: float, y: float, facing: int = 1, waiting: bool = True) -> None:
        super().__init__(world, x, y)
        self.facing = facing
        self.health = HEALTH
        self.mode = "wait" if waiting else "follow"  # wait (at the arcade) | follow | sent | caught
        self.goal_x = x
        self.send_dir = 1
        self.invulnerable = 0.0
        self.duck = 0.0
        self.hurt = 0.0
        self.point_time = 0.0
        self.stuck = 0.0
        self.catchups = 0
        self.caught_count = 0

    # --- what he is doing ------------------------------------------------------------------
    @property
    def following(self) -> bool:
        return self.mode in ("follow", "sent")

    @property
    def is_down(self) -> bool:
        return self.mode == "caught"

    def status(self) -> str:
        """A word for the HUD."""
        if self.mode == "wait":
            return "ARCADE"
        if self.mode == "caught":
            return "CAUGHT"
        if self.hurt > 0:
            return "HURT"
        if self.duck > 0:
            return "DOWN"
        return "AHEAD" if self.mode == "sent" else "WITH YOU"

    def send(self, x: float) -> None:
        """Run to ``x`` and wait there for the T-800 (a set piece's order, or the player pointing)."""
        if self.mode in ("follow", "sent"):
            self.mode = "sent"
            self.send_dir = 1 if x >= self.x else -1
            self.goal_x = x

    # --- update -----------------------------------------------------------------------------
    def update(self, world: World, dt: float) -> None:
        super().update(world, dt)
        self.invulnerable = max(0.0, self.invulnerable - dt)
        self.hurt = max(0.0, self.hurt - dt)
        self.duck = max(0.0, self.duck - dt)
        leader = world.nearest_player(self.x, self.y)
        if self.mode == "caught":
            self.approach_vx(0.0, ACCEL, dt)
            if leader.state != "dead":  # the T-800 is back at the checkpoint: so is John
                self.place(leader.x - leader.facing * FOLLOW_GAP, leader.y)
                self.health = HEALTH
                self.invulnerable = INVULNERABLE_TIME * 2
                self.mode = "follow"
                self.set_state("idle")
            return
        if leader.state == "dead":  # the T-800 is down (and comes back at the checkpoint): John waits
            self.approach_vx(0.0, ACCEL, dt)
            self.set_state("idle")
            if self.mode != "wait":
                self.mode = "caught"
            return
        if self.mode == "wait":
            self.set_state("play")
            self.approach_vx(0.0, ACCEL, dt)
            if abs(leader.x - self.x) < JOIN_DISTANCE and abs(leader.y - self.y) < 48:
                self.mode = "follow"
                world.show_caption("JOHN: Who are you? ... Come on!", 3.0)
                world.sound("checkpoint")
            return
        self._watch_shots(world)
        self._watch_pointing(world, leader, dt)
        if self.hurt > 0:
            self.set_state("hurt")
            return
        if self.duck > 0:
            self.approach_vx(0.0, ACCEL * 2, dt)
            self.set_state("duck")
            return
        if self.mode == "sent":
            target = self.goal_x
            there = abs(self.goal_x - self.x) < 12
            passed = (leader.x - self.goal_x) * self.send_dir > 0
            if (there and abs(leader.x - self.x) < 40) or passed:
                self.mode = "follow"
        else:
            target = leader.x - leader.facing * FOLLOW_GAP
        self._move_to(world, target, leader, dt)
        self._keep_up(world, leader, dt)

    def _watch_shots(self, world: World) -> None:
        for p in world.players:
            if p.state == "shoot" and p.state_time <= 1e-6 + 1 / 60 and abs(p.x - self.x) < DUCK_RADIUS \
                    and abs(p.y - self.y) < 80:
                self.duck = DUCK_TIME

    def _watch_pointing(self, world: World, leader, dt: float) -> None:
        """The T-800 plants his feet (aim held) and points ahead: John runs there and waits."""
        if leader.planted and leader.aim == (1, 0) and leader.state != "shoot":
            self.point_time += dt
            if self.point_time >= SEND_POINT_TIME and self.mode == "follow":
                self.send(self._reachable(world, leader.x, leader.x + leader.facing * SEND_DISTANCE, leader.y))
        else:
            self.point_time = 0.0

    def _reachable(self, world: World, x0: float, x1: float, feet: float) -> float:
        """How far towards ``x1`` along the floor John could run from ``x0`` (a wall or a drop stops it)."""
        step = 8.0 if x1 > x0 else -8.0
        x = x0
        while (x1 - x) * step > 0:
            nxt = x + step
            if world.solid_at(nxt, feet - 20) or not world.ground_below(nxt, feet, 4.0, depth=HOP_HEIGHT + 4):
                break
            x = nxt
        return x

    def _move_to(self, world: World, target: float, leader, dt: float) -> None:
        dx = target - self.x
        if abs(dx) < 6:
            self.approach_vx(0.0, ACCEL, dt)
            self.facing = 1 if leader.x > self.x else -1
            self.set_state("idle" if self.on_ground(world) else "run")
            return
        direction = 1 if dx > 0 else -1
        self.facing = direction
        speed = RUN_SPEED if abs(dx) > 40 or self.mode == "sent" else WALK_SPEED
        grounded = self.on_ground(world)
        ahead = self.x + direction * (self.WIDTH / 2 + 4)
        if grounded and world.solid_at(ahead, self.y - 8) and not world.solid_at(ahead, self.y - HOP_HEIGHT - 4):
            self.set_velocity(vx=direction * speed, vy=-HOP_SPEED)  # a step, a tread: hop it
        elif grounded and world.solid_at(ahead, self.y - 8) and leader.y < self.y - 8 and abs(leader.x - self.x) < 80:
            self.set_velocity(vx=direction * speed * 0.5, vy=-HOP_SPEED * 1.45)  # a low ledge the T-800 is on
        else:
            self.approach_vx(direction * speed, ACCEL, dt)
        self.set_state("run")

    def _keep_up(self, world: World, leader, dt: float) -> None:
        """Out of sight or stuck below a ledge the T-800 jumped: come along (counted in ``catchups``)."""
        gap = abs(leader.x - self.x) + abs(leader.y - self.y)
        if gap > 80 and abs(self.vx) < 20 and self.mode == "follow":
            self.stuck += dt  # standing while the T-800 is out of reach
        else:
            self.stuck = 0.0
        far = abs(leader.x - self.x) > CATCHUP_DISTANCE or self.stuck > CATCHUP_STUCK
        if far and leader.on_ground(world) and not getattr(leader, "climbing", False):
            self.place(leader.x - leader.facing * FOLLOW_GAP, leader.y)
            self.catchups += 1
            self.stuck = 0.0

    # --- harm ---------------------------------------------------------------------------------
    def hit(self, world: World, damage: float, source_x: float, *, lethal: bool = True, melee: bool = False) -> bool:
        if self.mode in ("wait", "caught") or self.invulnerable > 0 or world.outcome:
            return False
        self.health -= 1 if damage > 0 else 0
        self.invulnerable = INVULNERABLE_TIME
        push = 1 if self.x >= source_x else -1
        self.set_velocity(vx=push * 150.0, vy=-180.0)
        world.sound("hurt")
        world.fx("hit", self.x, self.y - 20, push)
        if self.health > 0:
            self.hurt = HURT_TIME
            world.show_caption("John is hurt! Keep it off him.", 2.5)
            return True
        self.caught(world)
        return True

    def caught(self, world: World) -> None:
        """The T-1000 has him: a life lost, back to the checkpoint with the T-800."""
        self.mode = "caught"
        self.set_state("caught")
        self.caught_count += 1
        world.emit("john_caught", self.x, self.y)
        world.show_caption("The T-1000 has John. Back to the checkpoint!", 3.0)
        leader = world.nearest_player(self.x, self.y)
        leader.lose_life(world)
        restart = getattr(world, "t1000_restart", None)
        for t in world.t1000s:
            if getattr(t, "chases_escort", False):
                if restart is not None:
                    t.relocate(*restart)
                t.daze = max(t.daze, T1000_HOLD)

    def hurtbox(self) -> tuple[float, float, float, float]:
        h = self.HEIGHT * (0.6 if self.duck > 0 else 1.0)
        return (self.x - self.WIDTH / 2, self.y - h, self.WIDTH, h)

    def hash_state(self) -> tuple:
        return (*super().hash_state(), self.mode, self.health, self.catchups, self.caught_count)


class DirtBike(Entity):
    """John's dirt bike, parked at the garage exit: scenery that says where the level ends."""

    kind = "dirt_bike"


def escort_of(world: World):
    """The John in play (None if the level has none)."""
    for e in world.entities:
        if getattr(e, "escort", False) and e.alive:
            return e
    return None


declare(Kind("john", optional={"facing": FACING, "waiting": FLAG, "dormant": FLAG},
             make=lambda w, o: John(w, *o.feet, facing=o.facing, waiting=bool(o.prop("waiting", True))),
             autopilot=frozenset({"escort"}),
             look=Look(sheet="john", anims={"play": ("play", "idle"), "duck": ("duck", "idle"),
                                            "hurt": ("hurt", "idle"), "caught": ("hurt", "idle")}),
             doc="John Connor: waits at the arcade until the T-800 comes near, then follows him."))
declare(Kind("dirt_bike", optional={"facing": FACING},
             make=lambda w, o: _bike(o), look=Look(sheet="dirt_bike", anims={"idle": ("idle",)}),
             doc="John's dirt bike, parked (scenery)."))


def _bike(o) -> DirtBike:
    bike = DirtBike(*o.feet)
    bike.facing = o.facing
    return bike
declare(Kind("marker", doc="A named point other objects refer to (a checkpoint's t1000_restart); nothing in play."))
