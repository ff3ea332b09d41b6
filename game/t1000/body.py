"""The liquid-metal body: N droplets in a pymunk space, held in a form, scattered, frozen, shattered.

Droplets are tiny circle bodies that touch only the level (they ignore each
other and the characters, see ``DROPLET_FILTER``).  What makes them a body is
done here, once per update, with numpy on all droplets at once:

* shape matching: each attached droplet is pulled toward its slot in the
  target form, placed around the centre of the attached mass, as a velocity
  correction (position-based-dynamics style, so it is stable at any stiffness
  and gravity still acts: the body stands on the floor because its feet do);
* cohesion: weak springs between neighbouring slots;
* a "motor" that steers the mean horizontal velocity to what the brain wants.

Loose droplets (splashed, thawed) flow home on their own: straight at their
goal when near, crawling along the floor when far, hopping when stuck, and
as the last resort after a bounded time they are placed at their goal.
Nothing is ever deleted: every droplet is in the body, loose, inside a shard
or melted, and ``counts()`` adds up to N.

A droplet's pymunk body stays in the space from spawn until it melts (or the
body is removed).  Inside a shard it is "parked": only its circle leaves the
space (a shapeless body costs the broadphase nothing) and each update steers
the body to its place in the shard.  So a shatter never removes N bodies,
and the thaw, which puts the circles back, is spread over a few updates,
shards nearest the gathering point first (``THAW_DROPLETS_PER_UPDATE``).

Positions and velocities are read and written for all droplets in one call
each through ``pymunk.batch`` (experimental, pymunk pinned to 7.x).  The write
covers every body in the space, so the other bodies get back exactly the
velocity just read from them.
"""

from __future__ import annotations

import hashlib
import logging
import math
import random
from dataclasses import dataclass

import numpy as np
import numpy.random  # noqa: F401 - numpy loads it lazily: not on the frame the first body appears
import pymunk
import pymunk.batch as pb

from game.t1000 import shapes
from game.t1000 import tuning as T
from game.t1000.brain import Brain, Intent
from game.world import exact as E
from game.world.physics import CT, DROPLET_FILTER, SHARD_FILTER, Cat, shape_filter

log = logging.getLogger(__name__)

BODY, LOOSE, SHARD, MELTED = 0, 1, 2, 3
STATES = ("liquid", "morph", "splashed", "frozen", "shattered", "reforming", "melting", "dead")
_MOLTEN_QUERY = shape_filter(Cat.ALL, Cat.WORLD)
_FLOOR_QUERY = shape_filter(Cat.ALL, Cat.WORLD | Cat.ONE_WAY)
_stamp = pymunk._chipmunk.lib.cpSpaceGetTimestamp  # counts the space's steps
# Chipmunk's own setter, what ``Body.position = ...`` calls after a Python-level check: a whole
# body moved by hand (``carry``, every frame it clings to a car) calls it for hundreds of droplets.
_set_position = pymunk._chipmunk.lib.cpBodySetPosition
_SHARD_READ = (pb.BodyFields.BODY_ID | pb.BodyFields.POSITION | pb.BodyFields.ANGLE | pb.BodyFields.VELOCITY
               | pb.BodyFields.ANGULAR_VELOCITY)
_READ = pb.BodyFields.BODY_ID | pb.BodyFields.POSITION | pb.BodyFields.VELOCITY


@dataclass(frozen=True)
class Census:
    """A droplet count taken from the physics itself: free (a body and circle in the space), parked in
    shards, melted; ``problems`` names anything that does not add up (empty when all is well)."""

    free: int
    in_shards: int
    melted: int
    problems: tuple[str, ...]

    @property
    def total(self) -> int:
        return self.free + self.in_shards + self.melted


@dataclass
class Shard:
    """A frozen piece: one pymunk polygon carrying the droplets it was made of."""

    body: pymunk.Body
    shape: pymunk.Poly
    droplets: np.ndarray  # indices
    local: np.ndarray  # (k, 2) droplet offsets in the shard's frame

    def local_vertices(self) -> np.ndarray:
        """The polygon's corners in the shard's frame, (m, 2): read once, a shard never changes shape."""
        local = self.__dict__.get("_local_vertices")
        if local is None:
            local = self.__dict__["_local_vertices"] = np.array([tuple(v) for v in self.shape.get_vertices()],
                                                                dtype=float).reshape(-1, 2)
        return local


def _droplet_one_way(arbiter: pymunk.Arbiter, space: pymunk.Space, data) -> None:
    """Droplets land on one-way platforms from above and pass up through them."""
    drop, plat = arbiter.shapes
    if drop.body.velocity.y < -1.0 or drop.body.position.y > plat.bb.bottom + 2:
        arbiter.process_collision = False


# Droplets (body and circle) made while a level loads, never yet in a space: a body that wakes
# mid-level takes its droplets from here instead of building hundreds of pymunk objects on that
# frame.  A droplet is the same whenever it was made (Chipmunk numbers a shape when it is added).
_spare: list[tuple[pymunk.Body, pymunk.Circle]] = []
SPARE_MAX = 2000  # droplets kept ready at most (levels loaded one after another do not pile up more)


def _new_droplet() -> tuple[pymunk.Body, pymunk.Circle]:
    b = pymunk.Body(T.DROPLET_MASS, math.inf)
    s = pymunk.Circle(b, T.DROPLET_RADIUS)
    s.collision_type = CT.DROPLET
    s.filter = DROPLET_FILTER
    s.friction = T.DROPLET_FRICTION
    s.elasticity = T.DROPLET_ELASTICITY
    return b, s


def _take_droplets(n: int) -> list[tuple[pymunk.Body, pymunk.Circle]]:
    k = min(n, len(_spare))
    taken = _spare[len(_spare) - k:]
    del _spare[len(_spare) - k:]
    return taken + [_new_droplet() for _ in range(n - k)]


class T1000:
    """The liquid-metal terminator's body (see the module docstring for how it holds together)."""

    @staticmethod
    def prepare(n_droplets: int) -> None:
        """Sample every form for this many droplets (cached) and make its droplets ready.

        Sampling costs tens of milliseconds and making the droplets' pymunk
        objects about as much; a level calls this while it loads (for each
        body that appears later) so the frame on which a T-1000 appears, or
        first changes form, does not stall.
        """
        T1000._sample_forms(n_droplets)
        need = min(n_droplets, SPARE_MAX - len(_spare))
        _spare.extend(_new_droplet() for _ in range(max(0, need)))

    @staticmethod
    def _sample_forms(n_droplets: int) -> None:
        shapes.policeman(n_droplets)
        for name in shapes.FORMS:
            shapes.slot_pairs(name, n_droplets, T.COHESION_NEIGHBOURS)

    def __init__(self, space: pymunk.Space, position: tuple[float, float], *, rng: random.Random,
                 n_droplets: int = T.N_DROPLETS) -> None:
        self.space = space
        self.rng = rng
        self.np_rng = np.random.default_rng(rng.getrandbits(64))
        self.n = n = int(n_droplets)
        self.facing = 1
        self.speed_scale = 1.0
        self.lie_time = T.SHATTER_LIE_TIME  # s shards lie before thawing (the game sets the difficulty's)
        self.brain = Brain(self)
        self._sample_forms(n)
        self.pm = shapes.policeman(n)
        self.form = "policeman"
        self.assign = np.arange(n)
        self.form_tint = self.pm.tint.copy()  # per droplet: what the disguise paints it
        self.offsets = self._form_offsets(Intent())
        self._pose_facing = self.facing
        self.pairs = shapes.slot_pairs("policeman", n, T.COHESION_NEIGHBOURS)

        self.where = np.zeros(n, dtype=np.int8)
        self.pos = np.asarray(position, dtype=float) + self.offsets
        self.vel = np.zeros((n, 2))
        self.detach_t = np.zeros(n)
        self.stuck_t = np.zeros(n)
        self.best = np.full(n, np.inf)
        self.raw = np.zeros(n)  # 1 = fresh wound: raw chrome, fades to the disguise
        self.cold = np.zeros(n)
        self.anchor = np.asarray(position, dtype=float)
        self.anchor_vel = np.zeros(2)

        self.bodies: list[pymunk.Body] = []
        self.shapes: list[pymunk.Circle] = []
        for (b, s), p in zip(_take_droplets(n), self.pos.tolist()):
            b.position = p
            self.bodies.append(b)
            self.shapes.append(s)
            space.add(b, s)
        self.ids = np.array([b.id for b in self.bodies], dtype=np.uintp)
        space.on_collision(CT.DROPLET, CT.ONE_WAY, pre_solve=_droplet_one_way)

        self.shards: list[Shard] = []
        self.shard_of = np.full(n, -1, dtype=np.int64)  # index into ``shards`` of a parked droplet
        self.shard_local = np.zeros((n, 2))  # its offset in that shard's frame
        self.has_circle = np.ones(n, dtype=bool)  # is the droplet's circle in the space (its body is unless melted)
        self._buf = pb.Buffer()
        self._sbuf = pb.Buffer()  # shards' bodies (``_shard_state``)
        self._shard_ids = np.zeros(0, dtype=np.uintp)
        self._wbuf = pb.Buffer()
        self._rows_key: bytes = b""
        self._rows: np.ndarray | None = None
        self._placed = 0  # counts droplets put somewhere by hand (see ``droplet_positions``)
        self._positions: tuple | None = None
        self._origin: tuple | None = None  # (key, offsets, position) last computed
        self._events: list[tuple[str, float, float]] = []
        self._attack: list[tuple[float, float, float, float]] = []
        self._state = "liquid"
        self.alive = True
        self.frozen = False
        self.reforming = False
        self.reform_t = 0.0
        self.home = np.asarray(position, dtype=float)
        self.shatter_t = 0.0
        self.morph_t = -1.0  # < 0: not morphing
        self.since_melt = math.inf
        self.throes = -1.0  # >= 0: death throes running
        self.melt_pool: pymunk.BB | None = None  # the pool it last melted in (where it dies)
        self.throes_x = 0.0
        self.walk_dist = 0.0
        self.grounded = False  # the mass stood on a floor at the last update
        self.air_t = -1.0  # >= 0: seconds since a leap took off (ballistic until it lands)
        self.intent = Intent()
        self.removed = False
        self.time = 0.0
        self.melt_count = 0
        self.melt_floor = 0  # droplets molten steel cannot take: it keeps at least this many in play (its owner sets it)
        self.relentless = False  # a pursuer runs all the way in (else it walks the last RUN_DISTANCE)
        self.push_vx = 0.0  # px/s: a knock-back driving the mass, in place of the brain's pace (0: none)

    # ------------------------------------------------------------------ batch I/O
    def _in_space(self) -> np.ndarray:
        """Droplets with a body in the space: liquid ones and those parked in shards."""
        return np.nonzero(self.where != MELTED)[0]

    def _liquid(self) -> np.ndarray:
        return np.nonzero(self.where <= LOOSE)[0]

    def _take_out(self, idx: np.ndarray) -> None:
        """Remove droplets' bodies (and their circles, where those are in) from the space."""
        if not len(idx):
            return
        circ = idx[self.has_circle[idx]]
        self.space.remove(*[self.bodies[i] for i in idx.tolist()], *[self.shapes[i] for i in circ.tolist()])
        self.has_circle[idx] = False

    def _park(self) -> None:
        """Droplets that went into shards lose their circles (a shapeless body costs no broadphase)."""
        idx = np.nonzero((self.where == SHARD) & self.has_circle)[0]
        if len(idx):
            self.space.remove(*[self.shapes[i] for i in idx.tolist()])
            self.has_circle[idx] = False

    def _fetch(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """All bodies' (ids, [x, y, vx, vy]) and the rows of our in-space droplets."""
        buf = self._buf
        buf.clear()
        pb.get_space_bodies(self.space, _READ, buf)
        ids = np.frombuffer(buf.int_buf(), dtype=np.uintp)
        data = np.frombuffer(buf.float_buf(), dtype=np.float64).reshape(-1, 4)
        live = self._in_space()
        key = ids.tobytes() + live.tobytes()
        if key != self._rows_key:
            order = np.argsort(ids, kind="stable")
            self._rows = order[np.searchsorted(ids[order], self.ids[live])]
            self._rows_key = key
        return live, data, self._rows

    def _read(self) -> tuple[np.ndarray, np.ndarray]:
        if self.removed:
            return self._in_space(), np.zeros((0, 4))
        live, data, rows = self._fetch()
        d = data[rows]
        self.pos[live] = d[:, 0:2]
        self.vel[live] = d[:, 2:4]
        return live, data

    def _write(self) -> None:
        """Write ``self.vel`` of in-space droplets back (fresh fetch: the set may have changed)."""
        if self.removed:
            return
        live, data, rows = self._fetch()
        if not len(live):
            return
        vel = np.ascontiguousarray(data[:, 2:4])
        v = self.vel[live]
        sp = E.lengths(v)
        over = (sp > T.MAX_SPEED) & (self.where[live] <= LOOSE)  # parked droplets keep up with their shard
        if over.any():
            v[over] *= (T.MAX_SPEED / sp[over])[:, None]
        vel[rows] = v
        flat = vel.ravel()
        self._wbuf.set_float_buf(flat)
        pb.set_space_bodies(self.space, pb.BodyFields.VELOCITY, self._wbuf)

    def droplet_positions(self) -> tuple[np.ndarray, np.ndarray]:
        """(indices, positions) of the liquid droplets (body and loose, not parked in shards),
        as the space has them now (read only).

        Asked several times a frame (the entity's position, drawing, hits); read from the space
        once while nothing can have moved them: no space step (Chipmunk's time stamp), no
        droplet placed by hand (``_placed``), no droplet leaving or joining the liquid (a droplet
        blown out of the body stays liquid: the shots of one blast share one read)."""
        if self.removed:
            live = self._liquid()
            return live, self.pos[live].copy()
        key = (_stamp(self.space._space), self._placed, (self.where <= LOOSE).tobytes())
        cached = self._positions
        if cached is not None and cached[0] == key:
            return cached[1], cached[2].copy()
        live, data, rows = self._fetch()
        m = self.where[live] <= LOOSE
        idx, pos = live[m], data[rows[m], 0:2]
        self._positions = (key, idx, pos)
        return idx, pos.copy()

    # ------------------------------------------------------------------ public properties
    @property
    def state(self) -> str:
        return self._state

    @property
    def position(self) -> tuple[float, float]:
        """Origin of the current form (policeman centre; soles 22 px below) of the main mass."""
        if self.shards and not self.reforming and not (self.where == BODY).any():
            w = np.array([len(s.droplets) for s in self.shards], dtype=float)
            p = self._shard_state()[:, 0:2]
            c = np.array([E.total(p[:, 0] * w), E.total(p[:, 1] * w)]) / E.total(w)
            return (float(c[0]), float(c[1]))
        if self.reforming:
            return (float(self.home[0]), float(self.home[1]))
        live, pos = self.droplet_positions()
        m = self.where[live] == BODY
        if not m.any():
            if not len(live):
                return (float(self.anchor[0]), float(self.anchor[1]))
            c = E.mean_rows(pos)
            return (float(c[0]), float(c[1]))
        # Asked by the entity after the space steps and by the brain before the next ones: the
        # same answer while the droplets (``droplet_positions``' key) and the form stand still.
        key = (self._positions[0], self.where.tobytes()) if self._positions is not None and not self.removed else None
        hit = self._origin
        if key is not None and hit is not None and hit[0] == key and hit[1] is self.offsets:
            return hit[2]
        idx = live[m]
        c = E.mean_rows(pos[m]) - E.mean_rows(self.offsets[idx])
        out = (float(c[0]), float(c[1]))
        if key is not None:
            self._origin = (key, self.offsets, out)
        return out

    def counts(self) -> tuple[int, int, int, int]:
        """(in the body, loose, inside shards, melted): always sums to N."""
        c = np.bincount(self.where, minlength=4)
        return int(c[BODY]), int(c[LOOSE]), int(c[SHARD]), int(c[MELTED])

    def census(self) -> Census:
        """Where every droplet really is, read from the pymunk space, the shard list and the melt
        tally, not from ``where`` (which always has ``n`` entries, so ``counts`` cannot come up short).

        Slower than ``counts`` (it walks the space): for tests and the fuzz tool, not for play.
        """
        bodies, circles = set(self.space.bodies), set(self.space.shapes)
        free = [i for i in range(self.n) if self.bodies[i] in bodies and self.shapes[i] in circles]
        parked: list[int] = []
        lost_shards = 0
        for s in self.shards:
            if s.body in bodies and s.shape in circles:
                parked.extend(int(i) for i in s.droplets)
            else:
                lost_shards += 1
        problems = []
        if lost_shards:
            problems.append(f"{lost_shards} shard(s) listed but not in the space")
        both = set(free) & set(parked)
        if both:
            problems.append(f"{len(both)} droplet(s) both free in the space and inside a shard")
        if len(parked) != len(set(parked)):
            problems.append(f"{len(parked) - len(set(parked))} droplet(s) inside two shards")
        melted_in_space = [i for i in np.nonzero(self.where == MELTED)[0].tolist() if self.bodies[i] in bodies]
        if melted_in_space:
            problems.append(f"{len(melted_in_space)} melted droplet(s) still in the space")
        total = len(free) + len(set(parked)) + self.melt_count
        if total != self.n:
            problems.append(f"{len(free)} free + {len(set(parked))} in shards + {self.melt_count} melted "
                            f"= {total}, not {self.n}")
        return Census(len(free), len(set(parked)), self.melt_count, tuple(problems))

    def emit(self, kind: str, x: float | None = None, y: float | None = None) -> None:
        if x is None or y is None:
            x, y = self.anchor
        self._events.append((kind, float(x), float(y)))

    def drain_events(self) -> list[tuple[str, float, float]]:
        ev, self._events = self._events, []
        return ev

    def attack_boxes(self) -> list[tuple[float, float, float, float]]:
        """The blade's damage frames this update: (x, y, w, h); what they deal is the game's rule."""
        return list(self._attack)

    def state_hash(self) -> str:
        h = hashlib.sha256()
        h.update(self._state.encode())
        h.update(self.where.tobytes())
        _, pos = self.droplet_positions()
        h.update(np.round(pos, 2).tobytes())
        for s in self.shards:
            h.update(np.round(np.array([*s.body.position, s.body.angle]), 2).tobytes())
        return h.hexdigest()

    def hit_test(self, point: tuple[float, float]) -> bool:
        """Is ``point`` inside the liquid (near a droplet) or inside a shard?"""
        for s in self.shards:
            if s.shape.point_query(point).distance <= 0.5:
                return True
        _, pos = self.droplet_positions()
        if not len(pos):
            return False
        d2 = ((pos - np.asarray(point, dtype=float)) ** 2).sum(axis=1)
        reach = T.DROPLET_RADIUS + 2.5
        return bool(d2.min() <= reach * reach)

    # ------------------------------------------------------------------ commands and hits
    def command(self, name: str) -> None:
        """An order (``brain.ORDERS``): take a form ("puddle", "blob", "policeman"), swing a blade,
        "sleep" or "hunt".  Level triggers and tests give them the same way."""
        self.brain.command(name)

    def translate(self, dx: float, dy: float) -> None:
        """Move the whole body (droplets and shards) by (dx, dy), at rest: a level's restart."""
        d = np.array([dx, dy])
        self._shift_droplets(dx, dy)
        for i in self._in_space().tolist():
            self.bodies[i].velocity = (0.0, 0.0)
        for s in self.shards:
            s.body.position = (s.body.position.x + dx, s.body.position.y + dy)
            s.body.velocity = (0.0, 0.0)
        self.pos += d
        self.vel[:] = 0.0
        self.anchor = self.anchor + d
        self.home = self.home + d
        self.anchor_vel = np.zeros(2)
        self.air_t = -1.0

    def _shift_droplets(self, dx: float, dy: float) -> None:
        """Move every in-space droplet by (dx, dy): positions read from the space in one batch,
        each written back through Chipmunk's setter (the same sums, the same bits, as
        ``b.position = (b.position.x + dx, ...)`` per droplet, at a fraction of the cost)."""
        if self.removed:
            return
        live, data, rows = self._fetch()
        if not len(live):
            return
        xy = data[rows, 0:2]
        xs = (xy[:, 0] + dx).tolist()
        ys = (xy[:, 1] + dy).tolist()
        bodies = self.bodies
        for i, x, y in zip(live.tolist(), xs, ys):
            _set_position(bodies[i]._body, (x, y))

    def carry(self, dx: float, dy: float) -> None:
        """Move the whole body (droplets and shards) by (dx, dy) as it moves: what it holds on to
        carries it (a car it clings to), its own motion goes on."""
        d = np.array([dx, dy])
        self._shift_droplets(dx, dy)
        for s in self.shards:
            s.body.position = (s.body.position.x + dx, s.body.position.y + dy)
        self.pos += d
        self.anchor = self.anchor + d
        self.home = self.home + d
        self._placed += 1  # moved by hand: the next read of the positions is a fresh one

    def shoot(self, point: tuple[float, float], direction: tuple[float, float], strength: float = 1.0) -> None:
        """A pellet or bullet: blow droplets out of a small hole; a frozen body shatters."""
        if self._state in ("dead",) or self.removed:
            return
        d = np.asarray(direction, dtype=float)
        d = d / (E.hypot(float(d[0]), float(d[1])) or 1.0)
        p = np.asarray(point, dtype=float)
        for s in self.shards:  # a pellet knocks a shard about
            if s.shape.point_query(tuple(p)).distance <= 1.0:
                s.body.apply_impulse_at_world_point(tuple(d * 60.0 * strength * len(s.droplets)), tuple(p))
        if self.frozen:
            self.shatter(p, d * T.SHOT_SPEED * strength)
            return
        live, pos = self.droplet_positions()
        if not len(live):
            return
        rel = pos - p
        dist = E.lengths(rel)
        m = dist < T.SHOT_RADIUS * max(0.6, math.sqrt(strength))
        if not m.any():
            # Hitscan found us by the bounding area: hit the nearest droplets instead.
            m = dist <= np.partition(dist, min(5, len(dist) - 1))[min(5, len(dist) - 1)]
        idx = live[m]
        fall = (1.0 - dist[m] / (T.SHOT_RADIUS * 2))[:, None]
        radial = rel[m] / np.maximum(dist[m], 0.5)[:, None]
        kick = d * T.SHOT_SPEED * strength * fall + radial * T.SHOT_SPREAD * strength
        kick += E.normal(self.np_rng, 25.0, kick.shape)
        self._detach(idx)
        self._kick(idx, kick)
        self.emit("splash", *p)
        self._update_state()

    def explode(self, center: tuple[float, float], radius: float, strength: float = 1.0) -> None:
        """A blast: everything within ``radius`` is thrown out; a frozen body shatters."""
        if self._state == "dead" or self.removed:
            return
        c = np.asarray(center, dtype=float)
        for s in self.shards:
            r = np.asarray(tuple(s.body.position)) - c
            dd = E.hypot(float(r[0]), float(r[1]))
            if dd < radius:
                s.body.velocity = tuple(np.asarray(tuple(s.body.velocity)) + r / max(dd, 1) * T.EXPLODE_SPEED * strength * (1 - dd / radius))
        if self.frozen:
            self.shatter(c, np.zeros(2), speed=T.SHATTER_SPEED * (1 + strength))
            return
        live, pos = self.droplet_positions()
        rel = pos - c
        dist = E.lengths(rel)
        m = dist < radius
        if not m.any():
            return
        idx = live[m]
        fall = (1.0 - dist[m] / radius)[:, None]
        kick = rel[m] / np.maximum(dist[m], 0.5)[:, None] * T.EXPLODE_SPEED * strength * fall
        kick += E.normal(self.np_rng, 30.0, kick.shape)
        kick[:, 1] -= 60.0 * strength * fall[:, 0]
        self._detach(idx)
        self._kick(idx, kick)
        self.emit("splash", *c)
        self._update_state()

    def add_cold(self, center: tuple[float, float], radius: float, amount: float) -> None:
        """Liquid nitrogen: droplets in range get colder; enough cold freezes the body."""
        if self._state in ("dead", "shattered", "reforming") or self.throes >= 0 or self.removed:
            return
        live, pos = self.droplet_positions()
        if not len(live):
            return
        d2 = ((pos - np.asarray(center, dtype=float)) ** 2).sum(axis=1)
        idx = live[d2 < radius * radius]
        self.cold[idx] = np.minimum(T.MAX_COLD, self.cold[idx] + amount)
        self._check_freeze()
        self._update_state()

    def _check_freeze(self) -> None:
        attached = self.where == BODY
        if self.frozen or self.reforming or self.shards or not attached.any():
            return
        if not self.cold.any():  # no cold anywhere: the mean is 0 (no sum to take)
            return
        if E.mean(self.cold[attached]) >= T.FREEZE_COLD:
            self.frozen = True
            live, pos = self.droplet_positions()
            m = self.where[live] == BODY
            self.pos[live] = pos
            c = E.mean_rows(pos[m])
            self.frozen_offsets = self.offsets.copy()
            self.frozen_offsets[live[m]] = pos[m] - c + E.mean_rows(self.offsets[live[m]])
            self.emit("freeze", *c)

    def _detach(self, idx: np.ndarray) -> None:
        idx = idx[self.where[idx] <= LOOSE]
        self.where[idx] = LOOSE
        self.detach_t[idx] = 0.0
        self.stuck_t[idx] = 0.0
        self.best[idx] = np.inf
        self.raw[idx] = 1.0

    def _kick(self, idx: np.ndarray, kick: np.ndarray) -> None:
        """Add ``kick`` to the velocity of liquid droplets ``idx`` (a blast: one batch write)."""
        if self.removed or not len(idx):
            return
        if len(idx) <= 16:
            for i, (kx, ky) in zip(idx.tolist(), kick.tolist()):
                b = self.bodies[i]
                vx, vy = b.velocity
                b.velocity = (vx + kx, vy + ky)
            return
        live, data, rows = self._fetch()
        vel = np.ascontiguousarray(data[:, 2:4])
        vel[rows[np.searchsorted(live, idx)]] += kick
        self._wbuf.set_float_buf(vel.ravel())
        pb.set_space_bodies(self.space, pb.BodyFields.VELOCITY, self._wbuf)

    # ------------------------------------------------------------------ shatter / thaw
    def shatter(self, point: np.ndarray, push: np.ndarray, speed: float = T.SHATTER_SPEED) -> None:
        """Break the frozen body into polygon shards that carry its droplets."""
        live, pos = self.droplet_positions()
        m = self.where[live] == BODY
        idx = live[m]
        if len(idx) == 0:
            return
        pts = pos[m]
        vel = E.mean_rows(self.vel[idx]) if len(idx) else np.zeros(2)
        k = int(np.clip(round(self.n * T.SHARDS_PER_DROPLET), T.SHARDS_MIN, T.SHARDS_MAX))
        k = min(k, len(idx))
        seeds = pts[self.np_rng.choice(len(idx), size=k, replace=False)]
        # Nearest seed (Voronoi cells): |p - s|^2 = |p|^2 - 2 p.s + |s|^2, and |p|^2 is the same per row.
        dots = pts[:, 0:1] * seeds[None, :, 0] + pts[:, 1:2] * seeds[None, :, 1]  # not BLAS: its sums vary by CPU
        label = np.argmin((seeds * seeds).sum(axis=1)[None, :] - 2.0 * dots, axis=1)
        cnt = np.bincount(label, minlength=k)
        cen = np.stack([np.bincount(label, pts[:, 0], k), np.bincount(label, pts[:, 1], k)], axis=1)
        cen /= np.maximum(cnt, 1)[:, None]
        local_all = pts - cen[label]
        order = np.argsort(label, kind="stable")
        starts = np.concatenate([[0], np.cumsum(cnt)])
        nz = np.nonzero(cnt)[0]
        span = np.zeros((k, 2))
        srt = local_all[order]
        span[nz] = np.maximum.reduceat(srt, starts[nz], axis=0) - np.minimum.reduceat(srt, starts[nz], axis=0)
        thin = (cnt < 3) | (span < 1.0).any(axis=1)
        # Fling: out of the hit point, a push along the shot, a hop; each shard a random spin.
        rng = self.rng
        out = cen - point
        dist = np.maximum(1.0, E.lengths(out))
        fling = speed * np.array([rng.uniform(0.5, 1.0) for _ in range(k)])
        hop = speed * 0.35 * np.array([rng.uniform(0.3, 1.0) for _ in range(k)])
        sv = vel + out / dist[:, None] * fling[:, None] + push[None, :] * np.maximum(0.2, 1 - dist / 40)[:, None]
        sv[:, 1] -= hop
        spin = [rng.uniform(-T.SHATTER_SPIN, T.SHATTER_SPIN) for _ in range(k)]
        moments = T.DROPLET_MASS * (np.bincount(label, (local_all * local_all).sum(axis=1), k) + 1.5 * cnt)
        square = [(-1.5, -1.5), (1.5, -1.5), (1.5, 1.5), (-1.5, 1.5)]
        added: list = []
        for j, c, v, mom in zip(nz.tolist(), cen[nz].tolist(), sv[nz].tolist(), moments[nz].tolist()):
            sel = order[starts[j]:starts[j + 1]]
            local = local_all[sel]
            # The moment is that of the droplets it is made of; the Poly keeps the points' convex hull.
            b = pymunk.Body(T.DROPLET_MASS * len(sel), mom)
            b.position = c
            shape = pymunk.Poly(b, square if thin[j] else local.tolist(), radius=1.0)
            shape.collision_type = CT.SHARD
            shape.filter = SHARD_FILTER
            shape.friction = T.SHARD_FRICTION
            shape.elasticity = T.SHARD_ELASTICITY
            b.velocity = v
            b.angular_velocity = spin[j]
            added += (b, shape)
            self.shards.append(Shard(b, shape, idx[sel], local))
        self.space.add(*added)
        self.where[idx] = SHARD
        self._park()  # at once: left beside the flying shards for even one step, the circles cost more
        self.shard_local[idx] = local_all
        self._index_shards()
        self.frozen = False
        self.shatter_t = 0.0
        self.brain.phase = "idle"
        self.emit("shatter", *point)
        self._update_state()

    def _index_shards(self) -> None:
        self.shard_of[:] = -1
        for j, s in enumerate(self.shards):
            self.shard_of[s.droplets] = j
        self._shard_ids = np.array([s.body.id for s in self.shards], dtype=np.uintp)

    def _shard_state(self) -> np.ndarray:
        """Per shard (``shards`` order): x, y, angle, vx, vy, angular velocity of its body, read
        for all shards in one call (the same numbers the bodies' properties give)."""
        if len(self._shard_ids) != len(self.shards):
            self._index_shards()
        buf = self._sbuf
        buf.clear()
        pb.get_space_bodies(self.space, _SHARD_READ, buf)
        ids = np.frombuffer(buf.int_buf(), dtype=np.uintp)
        data = np.frombuffer(buf.float_buf(), dtype=np.float64).reshape(-1, 6)
        order = np.argsort(ids, kind="stable")
        return data[order[np.searchsorted(ids[order], self._shard_ids)]]

    def shard_outlines(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Every shard's polygon in world px, for drawing: (corners (m, 2) of all shards one after the
        other, where each shard's run starts (len(shards) + 1 entries), each shard's angle).  One read of
        the shards' bodies and a few array operations, instead of a transform call per corner."""
        if not self.shards:
            return np.zeros((0, 2)), np.zeros(1, dtype=np.int64), np.zeros(0)
        st = self._shard_state()
        local = [s.local_vertices() for s in self.shards]
        sizes = np.array([len(v) for v in local], dtype=np.int64)
        starts = np.concatenate([[0], np.cumsum(sizes)])
        corners = np.concatenate(local)
        j = np.repeat(np.arange(len(local)), sizes)
        sn, c = E.sincos(st[:, 2])
        sn, c = sn[j], c[j]
        world = np.stack([st[j, 0] + c * corners[:, 0] - sn * corners[:, 1],
                          st[j, 1] + sn * corners[:, 0] + c * corners[:, 1]], axis=1)
        return world, starts, st[:, 2].copy()

    def _carry_parked(self, dt: float) -> None:
        """Steer droplets parked in shards to their place in the shard (into ``self.vel``)."""
        idx = np.nonzero(self.where == SHARD)[0]
        if not len(idx) or not self.shards:
            return
        st = self._shard_state()
        j = self.shard_of[idx]
        k = st[j]
        sn, c = E.sincos(st[:, 2])  # once per shard, then per droplet: the same numbers
        sn, c = sn[j], c[j]
        lx, ly = self.shard_local[idx, 0], self.shard_local[idx, 1]
        rx, ry = c * lx - sn * ly, sn * lx + c * ly
        goal = np.stack([k[:, 0] + rx, k[:, 1] + ry], axis=1)
        v = np.stack([k[:, 3] - k[:, 5] * ry, k[:, 4] + k[:, 5] * rx], axis=1)
        v += (goal - self.pos[idx]) / dt  # dead-beat: on the spot again after this update's steps
        v[:, 1] -= T.GRAVITY_Y * dt / 4  # what gravity adds over the two substeps
        self.vel[idx] = v

    def _thaw_shards(self) -> None:
        """Shards melt back into droplets where they lie, a few per update; the reform has begun.

        The parked droplet bodies are already at their places in the shards and move with
        them: thawing a shard gives its droplets their circles back and takes the shard out."""
        if not self.reforming:
            self._plan_reform()
        budget = T.THAW_DROPLETS_PER_UPDATE
        done = 0
        while self.shards and (done == 0 or done + len(self.shards[0].droplets) <= budget):
            s = self.shards.pop(0)
            self.space.remove(s.body, s.shape)
            back = s.droplets[~self.has_circle[s.droplets]]
            self.space.add(*[self.shapes[i] for i in back.tolist()])
            self.has_circle[back] = True
            self._detach_indices_from_shard(s.droplets)
            done += len(s.droplets)
        self._index_shards()
        if not self.shards:
            self.cold[:] = 0.0

    def _plan_reform(self) -> None:
        """Choose where the pieces gather and the order the shards melt in, nearest first.  Done the
        update before the first shards melt (each costs about a millisecond at 300 droplets: not both
        in one frame)."""
        self._begin_reform()
        home = self.home
        self.shards.sort(key=lambda s: E.hypot(s.body.position.x - home[0], s.body.position.y - home[1]))

    def _detach_indices_from_shard(self, idx: np.ndarray) -> None:
        self.where[idx] = LOOSE
        self.detach_t[idx] = T.SPLASH_FREE_TIME + T.REJOIN_RAMP
        self.stuck_t[idx] = 0.0
        self.best[idx] = np.inf
        self.raw[idx] = 1.0

    def _begin_reform(self) -> None:
        """Every droplet in play flows to the largest mass, gathers as a blob, then stands up.

        Droplets still parked in shards count where they are (``pos`` is read for them too)."""
        live = self._in_space()
        if not len(live):
            return
        pos = self.pos[live]
        cell = np.floor(pos / T.REFORM_HOME_CELL).astype(np.int64)
        keys, inv, cnt = np.unique(cell, axis=0, return_inverse=True, return_counts=True)
        inv = np.asarray(inv).ravel()
        # Score each cell with its neighbours so a mass across a cell edge still wins.
        score = cnt.astype(float).copy()
        lookup = {tuple(k): n for k, n in zip(keys.tolist(), cnt.tolist())}
        for j, (cx, cy) in enumerate(keys.tolist()):
            score[j] += sum(lookup.get((cx + ox, cy + oy), 0) for ox in (-1, 0, 1) for oy in (-1, 0, 1)) * 0.5
        best = int(np.argmax(score))
        c = E.mean_rows(pos[inv == best])
        # Stand the gathering point on the floor below the mass.
        hit = self.space.segment_query_first(tuple(c - (0, 4)), tuple(c + (0, 200)), 0.0, _FLOOR_QUERY)
        floor_y = hit.point.y if hit is not None and not hit.shape.sensor else c[1] + 2
        self.home = np.array([c[0], floor_y - T.FEET_BELOW_CENTRE - 0.5])
        self.anchor = self.home.copy()
        self.reforming = True
        self.reform_t = 0.0
        self.air_t = -1.0
        self.where[live[self.where[live] == BODY]] = LOOSE
        slots = shapes.blob(self.n)
        slots = slots[: len(live)]  # the first slots are the compact core of the dome
        self.offsets = self.offsets.copy()
        self.offsets[live] = slots[shapes.match(pos - self.home, slots)]
        self.form = "blob"
        self.pairs = np.zeros((0, 2), dtype=np.int64)  # gathering: no springs until it stands up

    # ------------------------------------------------------------------ forms
    def chill(self) -> np.ndarray:
        """Per droplet, 0..1: how near its cold brings it to frozen (1 = as stiff as a frozen body)."""
        return np.clip(self.cold / T.FREEZE_COLD, 0.0, 1.0)

    def _stiffen(self, anim: np.ndarray) -> np.ndarray:
        """Cold parts stop following the walk: they keep the pose they had, in proportion to their chill.

        A sprayed leg stops swinging and a sprayed arm hangs still while the
        rest of the body moves on.  On turning round the whole pose mirrors.
        """
        turned = self.facing != self._pose_facing
        self._pose_facing = self.facing
        if turned or not self.cold.any():  # no cold: no chill anywhere
            return anim
        chill = self.chill()
        if not chill.any():
            return anim
        return anim + (self.offsets - anim) * chill[:, None]

    def _form_offsets(self, intent: Intent) -> np.ndarray:
        if self.form in shapes.PEOPLE:
            run = min(1.0, abs(self.anchor_vel[0]) / T.RUN_SPEED) if hasattr(self, "anchor_vel") else 0.0
            phase = 2 * math.pi * self.walk_dist / T.STRIDE if hasattr(self, "walk_dist") else 0.0
            amp = math.radians(8 + 30 * run) if run > 0.08 else 0.0
            s = E.sin(phase)
            slots = shapes.pose(self.pm, leg=amp * s, arm=-amp * 0.8 * s, front_arm=intent.front_arm,
                                stretch=intent.stretch, lean=0.12 * run, bob=abs(s) * 1.2 * run)
        else:
            slots = shapes.form_points(self.form, self.n)
        if intent.crouch > 0:
            # Gathering for a leap: squat toward the soles and spread (the player's warning).
            k = T.LEAP_SQUASH * intent.crouch
            slots = slots * np.array([1.0 + 0.6 * k, 1.0 - k]) + np.array([0.0, T.FEET_BELOW_CENTRE * k])
        off = slots[self.assign]
        if self.facing < 0:
            off = off * np.array([-1.0, 1.0])
        return off

    def _change_form(self, name: str) -> None:
        """Re-assign droplets to the slots of another form and flow there (state ``morph``)."""
        live, pos = self.droplet_positions()
        if name in shapes.PEOPLE:
            self.pm = shapes.person(name, self.n)  # the layout the walk poses and the disguise paints
        slots = shapes.form_points(name, self.n).copy()
        if self.facing < 0:
            slots[:, 0] *= -1
        rel = self.pos - self.anchor
        rel[live] = pos - self.anchor
        self.assign = shapes.match(rel, slots)
        self.form = name
        self.form_tint = self.pm.tint[self.assign] if name in shapes.PEOPLE else np.full(self.n, shapes.UNIFORM)
        # Springs live between slots; droplet ``i`` sits in slot ``assign[i]``.
        inv = np.empty(self.n, dtype=np.int64)
        inv[self.assign] = np.arange(self.n)
        self.pairs = inv[shapes.slot_pairs(name, self.n, T.COHESION_NEIGHBOURS)]
        self.morph_t = 0.0
        if name not in shapes.PEOPLE:
            self.raw[:] = np.maximum(self.raw, 0.6)

    # ------------------------------------------------------------------ the update
    def update(self, dt: float, target: tuple[float, float] | None) -> None:
        """One 1/60 s update, before the world steps the space."""
        self._attack = []
        if self._state == "dead" or self.removed:
            return
        self.time += dt
        self._read()
        if self.throes < 0:  # once the throes begin, the remnant writhes until it goes under
            self._melt(self._liquid())
        if self._state == "dead":
            return
        self.raw = np.maximum(0.0, self.raw - T.RAW_DECAY * dt)
        self.detach_t += dt
        self.since_melt += dt
        self.cold = np.maximum(0.0, self.cold - T.THAW_RATE * dt)
        if self.frozen:
            att = self.where == BODY
            if not att.any() or E.mean(self.cold[att]) < T.THAW_COLD:
                self.frozen = False  # thawed: flow back from the frozen pose to the form
                self.morph_t = 0.0

        if self.shards:
            self.shatter_t += dt
            if self.shatter_t >= self.lie_time:
                self._thaw_shards()
                self._read()  # rows changed: the thawed droplets' circles are back
            elif self.shatter_t >= self.lie_time - dt and not self.reforming:
                self._plan_reform()
        live = self._liquid()
        if self.shards:
            self._carry_parked(dt)
        if self.throes >= 0:
            self._death_throes(dt, live)
            self._write()
            self._update_state()
            return

        intent = Intent() if self.reforming or self.shards else self.brain.think(dt, target)
        if self.push_vx:
            intent.vx = self.push_vx
        if self.frozen:
            intent.vx *= T.FROZEN_SPEED_SCALE
            intent.front_arm, intent.stretch, intent.attack = None, 1.0, False
        else:  # part frozen: as slow as the cold share of the body
            attached = self.where == BODY
            if attached.any() and self.cold.any():  # (with no cold the factor is exactly 1)
                intent.vx *= 1.0 - (1.0 - T.FROZEN_SPEED_SCALE) * E.mean(self.chill()[attached])
        if not self.reforming and not self.shards and not self.frozen and intent.form != self.form:
            self._change_form(intent.form)
        self.intent = intent

        if len(live):
            self._drive(dt, live, intent)
        if len(live) or self.shards:
            self._write()
        if self.reforming:
            self._reform_progress(dt)
        if self.morph_t >= 0:
            self.morph_t += dt
        self._check_freeze()
        self._update_state()
        if intent.attack and self._state in ("liquid", "morph", "splashed"):
            bx, by, bw, bh = T.BLADE_BOX
            x = self.anchor[0] + (bx if self.facing > 0 else -bx - bw)
            self._attack.append((float(x), float(self.anchor[1] + by), bw, bh))

    def _drive(self, dt: float, live: np.ndarray, intent: Intent) -> None:
        where = self.where[live]
        att = live[where == BODY]
        loose = live[where == LOOSE]
        P, V = self.pos, self.vel
        if self.frozen:
            off = self.frozen_offsets
        elif self.reforming:
            off = self.offsets
        else:
            off = self.offsets = self._stiffen(self._form_offsets(intent))
            self._tint_blade(intent)

        if len(att):
            Pa, Va, Oa = P[att], V[att], off[att]  # gathered once (nothing below moves P before their last use)
            c = E.mean_rows(Pa)
            vc = E.mean_rows(Va)
            anchor = self.home if self.reforming else c - E.mean_rows(Oa)
            self.anchor = anchor
            self.anchor_vel = vc
            self.walk_dist += abs(vc[0]) * dt
            want = vc.copy()
            gff = 0.0
            leap = False
            if not self.reforming:
                want[0] += (intent.vx - vc[0]) * T.MOTOR_GAIN
                floor = None
                if intent.leap > 0 and self.grounded and self.air_t < 0 and not self.frozen:
                    # Take-off: the whole mass at once, straight into a ballistic arc.
                    want[1] = -min(intent.leap, T.LEAP_MAX_SPEED)
                    self.air_t = 0.0
                    leap = True
                    self.emit("leap", anchor[0], anchor[1] + T.FEET_BELOW_CENTRE)
                elif self.air_t >= 0:
                    self.air_t += dt
                    # Airborne: gravity alone; look for a floor only on the way down.
                    if vc[1] > 0 or self.air_t > T.LEAP_MAX_AIR:
                        floor = self._floor_under(anchor, Oa, intent.vx)
                        if floor is not None:
                            self.air_t = -1.0
                else:
                    floor = self._floor_under(anchor, Oa, intent.vx)
                if floor is not None:
                    # Standing: the mass is carried at standing height above the floor (a step
                    # ahead raises it), so the feet never have to hold the body up by themselves.
                    dy = floor - T.FEET_BELOW_CENTRE - anchor[1]
                    want[1] = float(np.clip(dy * T.STAND_GAIN, -T.CLIMB_SPEED, T.CLIMB_SPEED))
                    gff = T.GRAVITY_Y * dt * (1.0 / T.SHAPE_BLEND - 0.5)
                self.grounded = floor is not None
            else:
                want[:] = 0.0
                gff = T.GRAVITY_Y * dt * (1.0 / T.SHAPE_BLEND - 0.5)
            if self.frozen:
                pull, blend = T.RIGID_PULL, 1.0
            elif leap:
                pull, blend = T.SHAPE_PULL, 1.0  # the take-off speed is given in full
            elif intent.flow:
                pull, blend = T.FLOW_PULL, T.SHAPE_BLEND
            elif self.morph_t >= 0:
                k = min(1.0, self.morph_t / T.MORPH_MAX_TIME)
                pull, blend = T.MORPH_PULL + (T.SHAPE_PULL - T.MORPH_PULL) * k, T.SHAPE_BLEND
            else:
                pull, blend = T.SHAPE_PULL, T.SHAPE_BLEND
            goal = anchor + Oa
            if not self.frozen and self.cold.any():
                chill = self.chill()[att]
                if chill.any():  # cold parts hold their shape like a frozen body does
                    ch = chill[:, None]
                    pull, blend = pull + (T.RIGID_PULL - pull) * ch, blend + (1.0 - blend) * ch
            u = want + pull * (goal - Pa) / dt
            u[:, 1] -= gff
            V[att] = Va + blend * (u - Va)
            if not self.frozen and len(self.pairs):
                self._cohesion(dt, off)
            if self.morph_t >= 0:
                err = E.mean(E.lengths(goal - Pa))
                if err < T.MORPH_DONE_ERROR or self.morph_t > T.MORPH_MAX_TIME:
                    self.morph_t = -1.0
        elif not self.reforming:
            # No attached mass (everything blown off): the loose droplets gather where they are.
            self.anchor = E.mean_rows(P[live]) - E.mean_rows(off[live])
            self.anchor_vel = np.zeros(2)

        if len(loose):
            self._flow_home(dt, loose, off)

    def _floor_under(self, anchor: np.ndarray, off: np.ndarray, vx: float) -> float | None:
        """Highest floor under the form's footprint within a step's reach of its soles, or None."""
        x0, x1 = float(off[:, 0].min()), float(off[:, 0].max())
        xs = [anchor[0] + x0 + 1, anchor[0], anchor[0] + x1 - 1]
        if abs(vx) > 1:
            xs.append(anchor[0] + (x1 + 4 if vx > 0 else x0 - 4))
        feet = anchor[1] + T.FEET_BELOW_CENTRE
        best: float | None = None
        for x in xs:
            # From above the centre down: a query that starts inside the floor would miss it.
            for h in self.space.segment_query((x, anchor[1] - 4), (x, feet + T.GROUND_REACH), 0.0, _FLOOR_QUERY):
                if h.shape.sensor or h.shape.collision_type == CT.MOLTEN:
                    continue
                y = h.point.y
                if y < feet - T.STEP_HEIGHT:
                    continue
                if best is None or y < best:
                    best = y
        return best

    def _tint_blade(self, intent: Intent) -> None:
        if intent.front_arm is not None and self.form == "policeman":
            arm = self.pm.part[self.assign] == shapes.ARM_FRONT
            self.raw[arm] = 1.0

    def _cohesion(self, dt: float, off: np.ndarray) -> None:
        i, j = self.pairs[:, 0], self.pairs[:, 1]
        both = (self.where[i] == BODY) & (self.where[j] == BODY)
        i, j = i[both], j[both]
        if not len(i):
            return
        d = self.pos[j] - self.pos[i]
        cur = np.maximum(E.lengths(d), 1e-3)
        rest = E.lengths(off[j] - off[i])
        corr = (T.COHESION_GAIN * 0.5 / dt) * ((cur - rest) / cur)[:, None] * d
        # Each droplet's springs summed in the order np.add.at would (all the i ends, then the j
        # ends, one after another from zero): bincount adds its weights in order too, only faster.
        ends = np.concatenate([i, j])
        push = np.concatenate([corr, -corr])
        dv = np.stack([np.bincount(ends, push[:, 0], self.n), np.bincount(ends, push[:, 1], self.n)], axis=1)
        self.vel += dv

    def _flow_home(self, dt: float, loose: np.ndarray, off: np.ndarray) -> None:
        """Loose droplets go back to their goal: fly when near, crawl when far, hop when stuck."""
        P, V = self.pos, self.vel
        goal = self.anchor + off[loose]
        d = goal - P[loose]
        dist = E.lengths(d)
        t = self.detach_t[loose]
        ramp = np.clip((t - T.SPLASH_FREE_TIME) / T.REJOIN_RAMP, 0.0, 1.0)[:, None]
        # Progress bookkeeping: the bound on how long any droplet may wander.
        better = dist < self.best[loose] - T.STUCK_PROGRESS
        self.best[loose] = np.where(better, dist, self.best[loose])
        self.stuck_t[loose] = np.where(better, 0.0, self.stuck_t[loose] + dt)
        stuck = self.stuck_t[loose]
        near = ((np.abs(d[:, 0]) < T.NEAR_DIST) & (np.abs(d[:, 1]) < 3 * T.NEAR_DIST)) | (stuck > T.STUCK_HOP_TIME)
        v = V[loose]
        av = self.anchor_vel
        u_near = av + T.LOOSE_PULL * d / dt
        u_near[:, 1] -= T.GRAVITY_Y * dt * (1.0 / T.SHAPE_BLEND - 0.5)
        v_near = v + ramp * T.SHAPE_BLEND * (u_near - v)
        crawl_vx = np.sign(d[:, 0]) * np.minimum(T.CRAWL_SPEED, np.abs(d[:, 0]) * 4.0)
        v_far = v.copy()
        v_far[:, 0] += ramp[:, 0] * T.CRAWL_GAIN * (crawl_vx - v[:, 0])
        newv = np.where(near[:, None], v_near, v_far)
        # Hop: stuck droplets jump once in a while (out of a pit, over a lip).
        hop = (stuck > T.STUCK_HOP_TIME) & (np.mod(stuck, 0.5) < dt)
        newv[hop, 1] = -T.HOP_SPEED
        V[loose] = newv
        # Last resort: placed at the goal (bounded, counted, logged).
        tele = stuck > T.STUCK_TELEPORT_TIME
        if tele.any():
            for i, g in zip(loose[tele].tolist(), goal[tele].tolist()):
                self.bodies[i].position = tuple(g)
                self._placed += 1
                self.pos[i] = g
            dist[tele] = 0.0
            V[loose[tele]] = self.anchor_vel
            log.debug("t1000: %d droplets placed home after being stuck", int(tele.sum()))
        join = ((dist < (T.REFORM_JOIN_DIST if self.reforming else T.REJOIN_DIST)) & (t > T.SPLASH_FREE_TIME)) \
            | ((dist < T.LATE_JOIN_DIST) & (t > T.LATE_JOIN_TIME))
        self.where[loose[join]] = BODY

    def _reform_progress(self, dt: float) -> None:
        self.reform_t += dt
        loose = self.where == LOOSE
        if self.reform_t > T.REFORM_MAX_TIME and loose.any():
            idx = np.nonzero(loose)[0]
            for i in idx.tolist():
                self.bodies[i].position = tuple(self.home + self.offsets[i])
                self._placed += 1
            self.where[idx] = BODY
            loose[:] = False
        if not loose.any() and not self.shards and (self.where == BODY).any():
            self.reforming = False
            self.anchor = self.home.copy()
            self._change_form("policeman")
            self.raw[self.where == BODY] = 1.0
            self.emit("reform", self.home[0], self.home[1] + T.FEET_BELOW_CENTRE)

    # ------------------------------------------------------------------ molten steel
    def _molten_shapes(self, pos: np.ndarray) -> list[pymunk.Shape]:
        pts = [pos, self._shard_state()[:, 0:2]] if self.shards else [pos]
        allp = np.concatenate([p for p in pts if len(p)]) if any(len(p) for p in pts) else np.zeros((0, 2))
        if not len(allp):
            return []
        lo, hi = allp.min(axis=0) - 4, allp.max(axis=0) + 4
        bb = pymunk.BB(lo[0], lo[1], hi[0], hi[1])
        return [s for s in self.space.bb_query(bb, _MOLTEN_QUERY) if s.collision_type == CT.MOLTEN]

    def _melt(self, live: np.ndarray) -> None:
        pos = self.pos[live]
        pools = self._molten_shapes(pos)
        if not pools:
            return
        # What the steel may take: everything, or (``melt_floor``: its owner says it is not mortal yet)
        # only what leaves that many droplets in play; the rest of the metal recoils unmelted.
        spare = self.n if not self.melt_floor else sum(self.counts()[:3]) - self.melt_floor
        gone: list[int] = []
        for pool in pools:
            bb = pool.bb
            m = (pos[:, 0] >= bb.left) & (pos[:, 0] <= bb.right) & (pos[:, 1] >= bb.bottom) & (pos[:, 1] <= bb.top)
            for k in np.nonzero(m)[0].tolist():
                if pool.point_query(tuple(pos[k])).distance <= 0:
                    gone.append(int(live[k]))
            for s in list(self.shards):
                if pool.point_query(s.body.position).distance <= 0 and len(s.droplets) <= spare:
                    spare -= len(s.droplets)
                    self._melt_shard(s)
        if gone:
            idx = np.unique(np.array(gone))
            idx = idx[self.where[idx] <= LOOSE][:max(0, spare)]
            if len(idx):
                self.melt_pool = pool.bb
                self._take_out(idx)
                self.where[idx] = MELTED
                self.melt_count += len(idx)
                self.since_melt = 0.0
                c = E.mean_rows(self.pos[idx])
                self.emit("melt", *c)
        self._check_death()

    def _melt_shard(self, s: Shard) -> None:
        self._take_out(s.droplets)
        self.space.remove(s.body, s.shape)
        self.shards.remove(s)
        self._index_shards()
        self.where[s.droplets] = MELTED
        self.melt_count += len(s.droplets)
        self.since_melt = 0.0
        self.emit("melt", *s.body.position)

    def dissolve(self) -> None:
        """Beaten without a pool of steel (a boss out of health): the death throes begin where it
        stands, and after them every droplet is gone, as if it had melted (``counts`` still adds up)."""
        if self.throes < 0 and self._state != "dead" and not self.removed:
            self._begin_throes()
            self._update_state()

    def _check_death(self) -> None:
        body, loose, shard, _ = self.counts()
        if self.throes < 0 and body + loose + shard < T.DEATH_FRACTION * self.n:
            self._begin_throes()

    def _begin_throes(self) -> None:
        self.throes = 0.0
        self.frozen = False
        live = self._liquid()
        x = E.mean(self.pos[live, 0]) if len(live) else float(self.anchor[0])
        if self.melt_pool is not None:
            x = min(max(x, self.melt_pool.left + 6), self.melt_pool.right - 6)
        self.throes_x = x
        self.brain.phase = "idle"
        self.emit("melt", *self.anchor)

    def _death_throes(self, dt: float, live: np.ndarray) -> None:
        """Writhe, sink into the steel, and after a bounded time melt away completely.

        In a pool the remnant rises out of the steel as a twisting column that
        reaches and sinks back, so the player sees the end, not an empty pool.
        """
        self.throes += dt
        if len(live):
            jitter = E.normal(self.np_rng, T.THROES_JITTER, (len(live), 2))
            if self.melt_pool is None:
                jitter[:, 1] = np.abs(jitter[:, 1]) * 0.5 - T.THROES_JITTER * 0.3 * E.sin(self.throes * 9)
                self.vel[live] = self.vel[live] * 0.6 + jitter * 0.4
            else:
                t = self.throes
                k = np.linspace(0.0, 1.0, len(live))  # place up the column
                height = T.THROES_HEIGHT * math.sqrt(max(0.0, 1.0 - t / T.THROES_TIME))
                sway = E.sin_array(t * 7.0 + k * 5.0) * (2.0 + 7.0 * k) + E.sin(t * 13.0) * 2.0 * k
                goal = np.stack([self.throes_x + sway, self.melt_pool.bottom + 8.0 - k * height], axis=1)
                self.vel[live] = (goal - self.pos[live]) * T.THROES_PULL + jitter * 0.15
            self.raw[live] = 1.0
        if self.throes >= T.THROES_TIME:
            for s in list(self.shards):
                self._melt_shard(s)
            idx = self._liquid()
            self._take_out(idx)
            if len(idx):
                self.where[idx] = MELTED
                self.melt_count += len(idx)
                self.emit("melt", *E.mean_rows(self.pos[idx]))
            self.alive = False
            self._state = "dead"
            self.emit("death", *self.anchor)

    # ------------------------------------------------------------------ state
    def _update_state(self) -> None:
        if not self.alive:
            s = "dead"
        elif self.throes >= 0:
            s = "melting"
        elif self.reforming:  # the thaw has begun (the last shards may still be melting)
            s = "reforming"
        elif self.shards:
            s = "shattered"
        elif self.since_melt < T.MELT_STATE_TIME:
            s = "melting"
        elif self.frozen:
            s = "frozen"
        elif (self.where == LOOSE).sum() >= T.SPLASH_MIN:
            s = "splashed"
        elif self.morph_t >= 0:
            s = "morph"
        else:
            s = "liquid"
        self._state = s

    def remove(self) -> None:
        """Take every droplet and shard out of the space (counts keep their meaning)."""
        if self.removed:
            return
        self._take_out(self._in_space())
        for s in self.shards:
            self.space.remove(s.body, s.shape)
        self.removed = True
