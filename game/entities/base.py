"""The two shapes of entity: plain ones (triggers, pick-ups) and ones with a pymunk body.

An entity is updated once per fixed step with the world and the step length,
never with the clock or the keyboard.  ``prev_pos`` is remembered each step
so the renderer can interpolate between two simulation states.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import pymunk

from game.world.physics import CT, Cat, shape_filter

if TYPE_CHECKING:
    from game.world.world import World


class Entity:
    kind = "entity"
    solid_to_shots = False  # does a hitscan ray stop on it
    human = False
    escort = False  # the one the players protect (John)
    bystander = False  # an innocent in the way (shoppers, Dyson's family): no brawl waits on them
    LOST_BEHIND_SCROLL = False  # left behind by a scrolling view, it is gone (game/world/camera.py)

    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y
        self.prev_pos = (x, y)
        self.alive = True
        self.facing = 1
        self.state = "idle"
        self.state_time = 0.0
        self.name = ""

    @property
    def pos(self) -> tuple[float, float]:
        return (self.x, self.y)

    def set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_time = 0.0

    def begin_step(self) -> None:
        self.prev_pos = (self.x, self.y)

    def added(self, world: World) -> None:
        """The entity has joined the world (put sensors or bodies of its own into the space here)."""

    def update(self, world: World, dt: float) -> None:
        self.state_time += dt

    def after_physics(self, world: World) -> None:
        """Read back whatever the physics step moved."""

    def remove(self, world: World) -> None:
        """Take anything this entity put into the physics space back out."""

    def hurtbox(self) -> tuple[float, float, float, float] | None:
        return None

    def hit(self, world: World, damage: float, source_x: float, *, lethal: bool, melee: bool = False) -> bool:
        """Take a hit; return True if it connected."""
        return False

    def on_shot(self, world: World, point: tuple[float, float], shooter: Entity, damage: float) -> bool:
        """A single aimed round (Sarah's rifle) struck this at ``point``: True if it connected.

        A person struck is a casualty (a lethal hit); a kind that is more than that overrides this
        (Dyson's shoulder: a wound, not a kill).  Shotgun pellets do not come here (``hit``)."""
        return self.hit(world, damage, shooter.x, lethal=True)

    def hash_state(self) -> tuple:
        return (self.kind, round(self.x, 2), round(self.y, 2), self.state)


class BodyEntity(Entity):
    """An upright character held by a pymunk body that never rotates.

    Width/height describe the collision box; ``x, y`` is the feet centre, the
    point sprites are drawn from.  Gravity is scaled per body so climbing and
    hit-stun can switch it off without touching the space.
    """

    WIDTH = 16.0
    HEIGHT = 40.0
    MASS = 80.0
    COLLISION_TYPE = CT.ENEMY
    CATEGORY = Cat.ENEMY
    MASK = Cat.WORLD | Cat.ONE_WAY | Cat.BARS | Cat.PLAYER_SHOT

    def __init__(self, world: World, x: float, y: float) -> None:
        super().__init__(x, y)
        self.body = pymunk.Body(self.MASS, float("inf"))
        self.body.position = (x, y - self.HEIGHT / 2)
        self._gravity_scale = 1.0  # the space's own gravity: Chipmunk's built-in integrator, no callback
        hw, hh = self.WIDTH / 2, self.HEIGHT / 2
        self.shape = pymunk.Poly.create_box(self.body, (self.WIDTH - 2, self.HEIGHT - 2), radius=1.0)
        self.shape.friction = 0.0
        self.shape.collision_type = self.COLLISION_TYPE
        self.shape.filter = shape_filter(self.CATEGORY, self.MASK)
        del hw, hh
        self.drop_through = 0.0  # seconds left falling through one-way platforms
        # The slope or moving floor stood on (its upward unit normal), or None: on flat, still ground
        # and in the air gravity pulls straight down as ever; on a slope only its part into the
        # surface pulls, so standing still stays still instead of sliding down.
        self._ground_normal: tuple[float, float] | None = None
        world.add_body_entity(self, self.body, self.shape)

    # Plain gravity (scale 1, no slope underfoot) is Chipmunk's own integrator: the same arithmetic
    # as ``_velocity_func`` then, without a call into Python per body per step.  Anything else
    # goes through ``_velocity_func``.
    @property
    def gravity_scale(self) -> float:
        return self._gravity_scale

    @gravity_scale.setter
    def gravity_scale(self, scale: float) -> None:
        self._gravity_scale = float(scale)
        self._pick_velocity_func()

    @property
    def ground_normal(self) -> tuple[float, float] | None:
        return self._ground_normal

    @ground_normal.setter
    def ground_normal(self, normal: tuple[float, float] | None) -> None:
        self._ground_normal = normal
        self._pick_velocity_func()

    def _pick_velocity_func(self) -> None:
        plain = self._gravity_scale == 1.0 and self._ground_normal is None
        if plain != (self.body.velocity_func is pymunk.Body.update_velocity):
            self.body.velocity_func = pymunk.Body.update_velocity if plain else self._velocity_func

    def _velocity_func(self, body: pymunk.Body, gravity, damping: float, dt: float) -> None:
        scale = self._gravity_scale
        gx, gy = gravity[0] * scale, gravity[1] * scale
        n = self._ground_normal
        if n is not None:
            into = gx * n[0] + gy * n[1]
            gx, gy = n[0] * into, n[1] * into
        pymunk.Body.update_velocity(body, (gx, gy), damping, dt)

    @property
    def vx(self) -> float:
        return self.body.velocity.x

    @property
    def vy(self) -> float:
        return self.body.velocity.y

    def place(self, x: float, y: float) -> None:
        """Put the entity's feet at (x, y) at once, at rest (a respawn, a partner pulled into an arena)."""
        self.body.position = (x, y - self.HEIGHT / 2)
        self.body.velocity = (0, 0)
        self.x, self.y = x, y
        self.prev_pos = (x, y)

    def place_x(self, x: float) -> None:
        """Move the entity sideways to ``x`` at once, stopping its sideways motion (held by the view)."""
        self.body.position = (x, self.body.position.y)
        self.set_velocity(vx=0.0)
        self.x = x

    def set_velocity(self, vx: float | None = None, vy: float | None = None) -> None:
        v = self.body.velocity
        self.body.velocity = (v.x if vx is None else vx, v.y if vy is None else vy)

    def approach_vx(self, target: float, accel: float, dt: float) -> None:
        v = self.body.velocity
        vx = v.x
        step = accel * dt
        if vx < target:
            vx = min(target, vx + step)
        else:
            vx = max(target, vx - step)
        # Most calls find it there already (a person at rest, down or standing): no write then.  The
        # sign test keeps the bits a write would leave (a -0.0 becomes 0.0).
        if vx != v.x or math.copysign(1.0, v.x) != math.copysign(1.0, vx):
            self.body.velocity = (vx, v.y)

    def after_physics(self, world: World) -> None:
        p = self.body.position
        self.x, self.y = p.x, p.y + self.HEIGHT / 2

    def on_ground(self, world: World) -> bool:
        """Standing on something: a thin box under the feet touches solid ground or a platform."""
        if self.body.velocity.y < -1.0:
            return False
        return world.ground_below(self.x, self.y, self.WIDTH - 4, through_one_way=self.drop_through > 0)

    def hurtbox(self) -> tuple[float, float, float, float]:
        return (self.x - self.WIDTH / 2, self.y - self.HEIGHT, self.WIDTH, self.HEIGHT)

    def remove(self, world: World) -> None:
        world.remove_body_entity(self.body, self.shape)

    def hash_state(self) -> tuple:
        v = self.body.velocity
        return (self.kind, round(self.x, 2), round(self.y, 2), round(v.x, 2), round(v.y, 2), self.state)
