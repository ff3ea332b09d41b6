"""The T-1000's brain: what it wants this update, decided from the target and the level.

It only reads the body and queries the space; it returns an ``Intent`` and
the body carries it out.  It is deterministic given the body's rng (the only
randomness is the jitter of its attack timing), so replays stay exact.

Walls: a step up to ``STEP_HEIGHT`` the body simply walks up.  A wall taller
than that but no taller than ``LEAP_MAX_HEIGHT`` between it and the target
(the far side of a pit is one) is leapt: a short crouch, then the whole mass
is thrown up just high enough to clear it, with a cooldown after landing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pymunk

from game.t1000 import tuning as T
from game.world import exact as E
from game.world.physics import CT, Cat, shape_filter

if TYPE_CHECKING:
    from game.t1000.body import T1000

# What a level trigger may tell it (see Brain.command).
ORDERS = ("hunt", "sleep", "policeman", "puddle", "blob", "blade", "sarah")
DISGUISES = ("sarah",)  # forms that pass for someone: walked in evenly, never run; dropped to strike

SOLID_PROBE = shape_filter(Cat.ALL, Cat.WORLD)
BARS_PROBE = shape_filter(Cat.ALL, Cat.BARS)


@dataclass
class Intent:
    """What the body should do this update."""

    vx: float = 0.0  # px/s wanted horizontal speed of the main mass
    form: str = "policeman"  # "policeman" | "puddle" | "blob" | a disguise ("sarah")
    flow: bool = False  # loose shape holding (squeezing through bars)
    crouch: float = 0.0  # 0..1 squat before a leap
    leap: float = 0.0  # px/s take-off speed this update (0 = no leap)
    front_arm: float | None = None  # blade arm angle (rad), None = normal swing
    stretch: float = 1.0  # blade arm stretch factor
    attack: bool = False  # blade damage frames this update


def _solid_hit(space: pymunk.Space, a: tuple[float, float], b: tuple[float, float]) -> bool:
    for h in space.segment_query(a, b, 0.5, SOLID_PROBE):
        if not h.shape.sensor and h.shape.collision_type != CT.MOLTEN:
            return True
    return False


def _first_solid(space: pymunk.Space, a: tuple[float, float], b: tuple[float, float]) -> pymunk.Vec2d | None:
    """Nearest point where the segment a->b enters level geometry (sensors and steel don't count)."""
    best = None
    for h in space.segment_query(a, b, 0.0, SOLID_PROBE):
        if not h.shape.sensor and h.shape.collision_type != CT.MOLTEN and (best is None or h.alpha < best.alpha):
            best = h
    return None if best is None else best.point


def wall_ahead(space: pymunk.Space, x: float, feet: float, f: int) -> tuple[float, float] | None:
    """(height above the soles, x of the face) of a wall right ahead too tall to step up, or None.

    The height is ``inf`` when the wall is taller than a leap.  ``x`` is the body's centre,
    ``feet`` its soles, ``f`` the direction (+-1)."""
    face = _first_solid(space, (x, feet - 3), (x + f * T.LEAP_PROBE, feet - 3))
    if face is None:
        return None
    above = feet - T.LEAP_MAX_HEIGHT - 6
    if _first_solid(space, (x, above), (face.x + f * 4, above)) is not None:
        return math.inf, face.x  # too tall (or a ceiling right there)
    top = _first_solid(space, (face.x + f * 2, above), (face.x + f * 2, feet - 1))
    if top is None:
        return None
    height = feet - top.y
    if height <= T.STEP_HEIGHT:
        return None  # a step: the body walks up it
    return (height if height <= T.LEAP_MAX_HEIGHT else math.inf), face.x


def _pour_ahead(space: pymunk.Space, a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Molten steel falling across the way at body height (a ladle's pour: a pool lies lower)."""
    return any(h.shape.collision_type == CT.MOLTEN for h in space.segment_query(a, b, 0.0, SOLID_PROBE))


def _bars_hit(space: pymunk.Space, a: tuple[float, float], b: tuple[float, float]) -> bool:
    return any(h.shape.collision_type == CT.BARS for h in space.segment_query(a, b, 1.0, BARS_PROBE))


class Brain:
    """Pursue, pick a form for the terrain, and swing blade arms with a readable windup."""

    def __init__(self, body: T1000) -> None:
        self.body = body
        self.phase = "idle"  # idle | windup | swing | recover
        self.phase_t = 0.0
        self.phase_len = 0.0
        self.cooldown = 0.0
        self.clear_t = 0.0  # how long the way has been clear for standing up
        self.mode = "policeman"  # policeman | puddle | flow
        self.dormant = False
        self.forced: str | None = None  # a level trigger's form
        self.swings = 0
        self.crouch_t = -1.0  # >= 0: crouching for a leap
        self.leap_speed = 0.0
        self.leap_cooldown = 0.0
        self.leaps = 0

    # --- level triggers -------------------------------------------------------------------------
    def command(self, name: str) -> None:
        if name not in ORDERS:
            raise ValueError(f"unknown T-1000 order {name!r}; expected one of {', '.join(ORDERS)}")
        if name == "sleep":
            self.dormant = True
        elif name == "hunt":
            self.dormant = False
        elif name == "blade":
            self.cooldown = 0.0
            self.forced = None
            self._start("windup")
        elif name == "policeman":
            self.forced = None
            self.mode = "policeman"
        else:
            self.forced = name

    def _start(self, phase: str) -> None:
        self.phase = phase
        self.phase_t = 0.0
        rng = self.body.rng
        self.phase_len = {
            "windup": T.BLADE_WINDUP * rng.uniform(0.9, 1.15),
            "swing": T.BLADE_SWING,
            "recover": T.BLADE_RECOVER,
        }.get(phase, 0.0)

    # --- the decision ---------------------------------------------------------------------------
    def think(self, dt: float, target: tuple[float, float] | None) -> Intent:
        body = self.body
        space = body.space
        x, y = body.position
        intent = Intent()
        self.cooldown = max(0.0, self.cooldown - dt)
        speed_scale = body.speed_scale

        dx = 0.0 if target is None or self.dormant else target[0] - x
        dy = 0.0 if target is None else target[1] - y
        if abs(dx) > 4:
            body.facing = 1 if dx > 0 else -1
        f = body.facing

        # Terrain ahead, probed at head and ankle heights, above and below. (Steps are walked up by
        # the body itself: its anchor follows the floor.)
        ahead = x + f * T.PROBE_AHEAD
        head_blocked = _solid_hit(space, (x, y - 12), (ahead, y - 12))
        low_free = not _solid_hit(space, (x, y + 17), (ahead, y + 17))
        ceiling = _solid_hit(space, (x, y + 10), (x, y - 16))
        bars_near = _bars_hit(space, (x - 14, y), (ahead, y)) or _bars_hit(space, (x - 14, y + 12), (ahead, y + 12))

        moving = abs(dx) > T.STOP_DISTANCE
        if self.forced is None and moving:
            if head_blocked and low_free or (self.mode == "puddle" and ceiling):
                self.mode = "puddle"
                self.clear_t = 0.0
            elif bars_near:
                self.mode = "flow"
                self.clear_t = 0.0
            elif self.mode != "policeman":
                self.clear_t += dt
                if self.clear_t >= T.CLEAR_TIME and not ceiling:
                    self.mode = "policeman"
        elif self.forced is None and self.mode == "puddle" and not ceiling:
            self.clear_t += dt
            if self.clear_t >= T.CLEAR_TIME:
                self.mode = "policeman"

        # A disguise holds until the target is within a blade's reach: then it drops, to strike.
        if self.forced in DISGUISES and target is not None and not self.dormant and abs(dx) < T.BLADE_RANGE \
                and abs(dy) < 30:
            self.forced = None
            self.mode = "policeman"
        # Attack: only as an intact policeman close to the target.
        if self.phase == "idle" and self.mode == "policeman" and self.forced is None and target is not None \
                and not self.dormant and abs(dx) < T.BLADE_RANGE and abs(dy) < 30 and self.cooldown <= 0 \
                and body.state in ("liquid", "morph", "splashed"):
            self._start("windup")
        if self.phase != "idle":
            self._blade(dt, intent)

        if self.forced is not None:
            intent.form = self.forced if self.forced in ("puddle", "blob") + DISGUISES else "policeman"
        elif self.mode == "puddle":
            intent.form = "puddle"
        elif self.mode == "flow":
            intent.form = "blob"
            intent.flow = True
        if self.dormant or not moving or self.phase in ("windup", "swing"):
            intent.vx = 0.0
        else:
            if intent.form == "puddle":
                speed = T.PUDDLE_SPEED
            elif intent.form in DISGUISES:
                speed = T.WALK_SPEED  # in no hurry: it wants to be taken for her
            elif intent.flow:
                speed = T.FLOW_SPEED
            else:
                speed = T.RUN_SPEED if abs(dx) > T.RUN_DISTANCE or body.relentless else T.WALK_SPEED
            intent.vx = math.copysign(speed * speed_scale, dx)
        if intent.vx and _pour_ahead(space, (x + f * 8, y - 12), (x + f * T.PROBE_AHEAD, y - 12)):
            intent.vx = 0.0  # it respects the pour as the T-800 must: it waits for it to stop
        self._leap(dt, intent, x, y, dx, moving)
        return intent

    def _leap(self, dt: float, intent: Intent, x: float, y: float, dx: float, moving: bool) -> None:
        """Over a wall (or out of a pit) taller than a step: crouch, then leap just high enough."""
        body = self.body
        if body.air_t >= 0:  # in the air: the cooldown counts from the landing
            self.leap_cooldown = T.LEAP_COOLDOWN
            if body.anchor_vel[1] < 0:
                intent.vx *= T.LEAP_AIR_VX  # rising along the face: lean on it less
            return
        self.leap_cooldown = max(0.0, self.leap_cooldown - dt)
        able = (moving and not self.dormant and intent.form == "policeman" and not intent.flow
                and self.phase == "idle" and body.grounded and body.state in ("liquid", "morph", "splashed"))
        if self.crouch_t < 0:
            if not moving or intent.form != "policeman" or intent.flow:
                return
            wall = wall_ahead(body.space, x, y + T.FEET_BELOW_CENTRE, body.facing)
            if wall is None or (wall[1] - x) * body.facing > abs(dx):
                return  # nothing to leap, or the target is on this side of it
            if wall[0] > T.LEAP_MAX_HEIGHT or not able or self.leap_cooldown > 0:
                if (wall[1] - x) * body.facing < T.WALL_STANDOFF:
                    intent.vx = 0.0  # can't (or not yet): don't grind the liquid into the wall
                return
            self.crouch_t = 0.0
            self.leap_speed = math.sqrt(2.0 * T.GRAVITY_Y * (wall[0] + T.LEAP_CLEARANCE))
        if not able:
            self.crouch_t = -1.0
            return
        self.crouch_t += dt
        k = min(1.0, self.crouch_t / T.LEAP_WINDUP)
        intent.crouch = E.sin(k * E.HALF_PI)
        if k < 1.0:
            intent.vx = 0.0
            return
        intent.leap = self.leap_speed
        self.crouch_t = -1.0
        self.leap_cooldown = T.LEAP_COOLDOWN
        self.leaps += 1

    def _blade(self, dt: float, intent: Intent) -> None:
        self.phase_t += dt
        k = min(1.0, self.phase_t / self.phase_len) if self.phase_len else 1.0
        up, fwd = math.radians(200), math.radians(75)
        if self.phase == "windup":
            intent.front_arm = up * k
            intent.stretch = 1.0 + (T.BLADE_LENGTH - 1.0) * k
        elif self.phase == "swing":
            intent.front_arm = up + (fwd - up) * k
            intent.stretch = T.BLADE_LENGTH
            intent.attack = True
        elif self.phase == "recover":
            intent.front_arm = fwd * (1 - k)
            intent.stretch = T.BLADE_LENGTH + (1.0 - T.BLADE_LENGTH) * k
        if k >= 1.0:
            if self.phase == "windup":
                self._start("swing")
                self.swings += 1
                self.body.emit("blade")
            elif self.phase == "swing":
                self._start("recover")
            else:
                self.phase = "idle"
                self.cooldown = T.BLADE_COOLDOWN

    def blade_active(self) -> bool:
        return self.phase != "idle"
