"""The simulation of one level: ``World.step(dt, snapshot)`` is the whole game rule set.

It never reads the clock, the keyboard or the screen: it is handed a fixed
step and one input snapshot, and it reports what happened as ``events``
(sounds, effects, captions) for the scene to present.  Given the same level,
seed and snapshots it always reaches the same state, which is what replays
and the headless tests rely on.
"""

from __future__ import annotations

import hashlib
import logging
import random
from collections.abc import Sequence
from dataclasses import dataclass

import pymunk

from game.difficulty import Difficulty, by_name
from game.entities.base import Entity
from game.input.actions import Action, InputSnapshot
from game.level.data import LevelData, Rect
from game.world import geometry
from game.world.camera import VIEW_SIZE, Camera
from game.world.contacts import Contacts
from game.world.physics import CT, PHYSICS_SUBSTEPS, Cat, new_space, shape_filter

log = logging.getLogger(__name__)

GROUND_QUERY = shape_filter(Cat.ALL, Cat.WORLD | Cat.ONE_WAY | Cat.BARS)
SHOT_QUERY = shape_filter(Cat.PLAYER_SHOT, Cat.WORLD | Cat.BARS | Cat.ENEMY | Cat.DROPLET | Cat.SHARD)
SIGHT_QUERY = shape_filter(Cat.ALL, Cat.WORLD | Cat.BARS)
RIG_GROUPS = 1 << 20  # shape-filter groups from here up belong to rigs (game/world/rig.py)
CAPTION_MIN_SHOW = 2.5  # s a caption stays up before the next may replace it
CAPTION_RUSHED = 1.5  # ... or with two or more lines waiting behind it (the story must not fall behind the play)
TIP_REACH = 320.0  # px: a waiting tip about a place is shown only while a player is within this of it


@dataclass
class Stats:
    score: int = 0
    casualties: int = 0
    knockouts: int = 0
    deaths: int = 0
    frames: int = 0
    damage: float = 0  # health the players lost (a lost life: what was left of the bar); for the rank


MAX_PLAYERS = 2


FEET_REACH = 2.0  # px: a contoured shape this close under a foot is ground


def _under_feet(shape: pymunk.Shape, x: float, feet_y: float, width: float) -> bool:
    """Is ``shape`` itself (not only its bounding box) just under the feet: at the middle or either edge?"""
    for px in (x, x - width / 2, x + width / 2):
        if shape.point_query((px, feet_y + 1)).distance <= FEET_REACH:
            return True
    return False


class World:
    """One level in play, with one or two players (slots 0 and 1), each fed its own input.

    Nothing in the world reads "the" player: enemies, pick-ups, triggers and the
    HUD ask for ``nearest_player`` or go through ``players``, so a second
    player takes part without code of its own.  ``player`` is slot 0, for the
    few places that speak of player one (the results screen, a single-player
    camera).
    """

    def __init__(self, level: LevelData, seed: int = 1, players: int = 1,
                 difficulty: Difficulty | str | None = None, character: str | None = None) -> None:
        if not 1 <= players <= MAX_PLAYERS:
            raise ValueError(f"{players} players: this game takes 1 to {MAX_PLAYERS}")
        self.level = level
        self.difficulty = by_name(difficulty)  # the numbers that vary with it (game.difficulty); Normal
        self.seed = seed
        # Who plays, whatever the map's start says (``--character``); None: as the map says (game/entities/hero.py)
        self.character = character
        self.rng = random.Random(seed)
        self.space = new_space()
        self.shape_owner: dict[pymunk.Shape, Entity] = {}
        self.entities: list[Entity] = []
        self._spawn_queue: list[Entity] = []
        self.events: list[tuple] = []
        self.stats = Stats()
        self.outcome: str | None = None  # "completed" / "game_over"
        self.next_level: str | None = None
        self.music = str(level.properties.get("music", "level"))  # the track playing; set pieces change it
        self.hitstop = 0
        self.shake = 0.0
        self.caption: tuple[str, float] | None = None  # text, seconds left
        self.caption_age = 0.0  # seconds the current caption has been up
        self.caption_notice = False  # the current caption is a notice (CHECKPOINT...): it gives way at once
        # Captions waiting their turn: (text, seconds, the x of the place a tip is about or None, a notice).
        self.caption_queue: list[tuple[str, float, float | None, bool]] = []
        self.arena = None  # the Arena trigger holding the player in a fight, if any
        self.conveyors: list = []  # belts in the floor (game/entities/mill.py): a player on one is carried
        self.no_kill = bool(level.properties.get("no_kill", False))
        self.infinite_lives = False  # practice (Level Training): a death costs no life
        self.frame = 0
        self.t1000s: list = []
        self.t1000_restart: tuple[float, float] | None = None  # a checkpoint's spot for a pursuer (game/entities/john.py)
        self.security = None  # keys carried and the alarm (game/entities/security.py), once anything asks
        self.script = None  # the map's set pieces, timers and flags (game/entities/setpiece.py), if it has events
        self._groups = 0  # shape-filter groups handed to rigs (game/world/rig.py), counted per world
        # Shapes whose bounding box is not their outline (slopes, vehicles): ground tests look at the shape.
        self.contoured: set[pymunk.Shape] = set(geometry.build_static(self.space, level))
        geometry.install_handlers(self)
        self.contacts = Contacts(self)
        from game.world import spawn  # spawn knows every entity module; import late to avoid cycles

        self.players = spawn.populate(self, players)
        self.camera = Camera(*VIEW_SIZE, *level.pixel_size)
        self.camera.snap_to(self.player.x, self.player.y)

    @property
    def camera_lock(self) -> Rect | None:
        """The area the view holds, if any (an arena, a ``camera_lock`` area, a set piece)."""
        return self.camera.lock

    @camera_lock.setter
    def camera_lock(self, area: Rect | None) -> None:
        self.camera.lock = area

    @property
    def player(self):
        """Player one (slot 0)."""
        return self.players[0]

    # --- players ------------------------------------------------------------------------------
    def living_players(self) -> list:
        return [p for p in self.players if p.state != "dead"]

    def nearest_player(self, x: float, y: float | None = None):
        """The living player nearest to (x, y) (by x alone when y is None); if every player is
        down, the nearest one anyway, so callers always get somebody to look at."""
        pool = self.living_players() or self.players
        if len(pool) == 1:
            return pool[0]
        if y is None:
            return min(pool, key=lambda p: abs(p.x - x))
        return min(pool, key=lambda p: (p.x - x) * (p.x - x) + (p.y - y) * (p.y - y))

    def players_in(self, box: tuple[float, float, float, float]) -> list:
        """Living players whose hurtbox overlaps ``box`` (x, y, w, h)."""
        x, y, w, h = box
        out = []
        for p in self.players:
            if p.state == "dead":
                continue
            px, py, pw, ph = p.hurtbox()
            if px < x + w and px + pw > x and py < y + h and py + ph > y:
                out.append(p)
        return out

    def slot_inputs(self, snaps: InputSnapshot | Sequence[InputSnapshot]) -> list[InputSnapshot]:
        """One snapshot per slot: a lone snapshot drives player one, idle input the rest."""
        if isinstance(snaps, InputSnapshot):
            snaps = [snaps]
        snaps = list(snaps)[: len(self.players)]
        return snaps + [InputSnapshot()] * (len(self.players) - len(snaps))

    # --- joining and leaving ------------------------------------------------------------------
    def seat_changes(self, snaps: InputSnapshot | Sequence[InputSnapshot]) -> None:
        """Start pressed on a free seat's controls joins; LEAVE from player two's seat leaves.

        Both arrive as input, so a recording that holds every seat's stream replays them.
        """
        if isinstance(snaps, InputSnapshot):
            return
        for slot, snap in enumerate(list(snaps)[:MAX_PLAYERS]):
            if slot >= len(self.players) and snap.was_pressed(Action.PAUSE) and not self.outcome:
                self.join()
            elif 0 < slot < len(self.players) and snap.was_pressed(Action.LEAVE):
                self.leave(slot)

    def join(self):
        """Player two drops in beside player one (at his checkpoint if he is down), with full lives."""
        from game.entities.hero import make_hero

        mate = self.player
        x, y = mate.respawn_point if mate.state == "dead" else (mate.x - mate.facing * 20, mate.y)
        newcomer = make_hero(self, len(self.players), x, y)
        newcomer.facing = mate.facing
        newcomer.respawn_point = mate.respawn_point
        newcomer.invulnerable = 1.5  # a moment to find his feet
        self.admit(newcomer)
        self.players.append(newcomer)
        self.show_caption(f"PLAYER {newcomer.slot + 1} JOINS", 2.0, notice=True)
        self.sound("checkpoint")
        return newcomer

    def leave(self, slot: int) -> None:
        """A player walks out of the game (player one never does: that is quitting)."""
        leaver = self.players.pop(slot)
        leaver.alive = False  # taken out of the space at the end of this update
        for i, p in enumerate(self.players):
            p.slot = i
        self.show_caption(f"PLAYER {slot + 1} LEFT", 2.0, notice=True)

    # --- entity bookkeeping ------------------------------------------------------------------
    def add(self, entity: Entity) -> Entity:
        """Add an entity after the current update pass (safe to call during updates)."""
        self._spawn_queue.append(entity)
        return entity

    def add_body_entity(self, entity: Entity, body: pymunk.Body, *shapes: pymunk.Shape) -> None:
        self.space.add(body, *shapes)
        for shape in shapes:
            self.shape_owner[shape] = entity

    def remove_body_entity(self, body: pymunk.Body, *shapes: pymunk.Shape) -> None:
        for shape in shapes:
            self.shape_owner.pop(shape, None)
        if body in self.space.bodies:
            self.space.remove(body, *shapes)

    def next_group(self) -> int:
        """A fresh shape-filter group: shapes in one group never collide (a vehicle and its wheels)."""
        self._groups += 1
        return RIG_GROUPS + self._groups

    def admit(self, entity: Entity) -> Entity:
        """Put an entity into play now (level start; ``add`` queues one during an update)."""
        self.entities.append(entity)
        entity.added(self)
        return entity

    def _flush_spawns(self) -> None:
        while self._spawn_queue:
            queue, self._spawn_queue = self._spawn_queue, []
            for entity in queue:
                self.admit(entity)

    def find(self, name: str) -> list[Entity]:
        return [e for e in self.entities + self._spawn_queue if e.name == name]

    # --- presentation hooks -----------------------------------------------------------------
    def emit(self, kind: str, *args) -> None:
        """Tell the presentation something happened: ("sound", name), ("fx", name, x, y), ..."""
        self.events.append((kind, *args))

    def sound(self, name: str) -> None:
        self.emit("sound", name)

    def fx(self, name: str, x: float, y: float, facing: int = 1) -> None:
        self.emit("fx", name, x, y, facing)

    def add_shake(self, amount: float) -> None:
        self.shake = min(12.0, max(self.shake, amount))

    def add_hitstop(self, frames: int) -> None:
        self.hitstop = max(self.hitstop, frames)

    def belt_under(self, x: float, feet_y: float) -> float:
        """The speed (px/s, + to the right) of a conveyor belt under feet at (x, feet_y); 0 off the belts."""
        for belt in self.conveyors:
            if belt.carries(x, feet_y):
                return belt.speed
        return 0.0

    def flag(self, name: str | None) -> bool:
        """Whether a set piece has set the flag ``name`` (``set_flag``); no name: False."""
        return bool(name) and self.script is not None and name in self.script.flags

    def objective(self):
        """The player's current goal, ``(text, area or None)``, if a set piece has set one (``objective``)."""
        return self.script.objective if self.script is not None else None

    def show_caption(self, text: str, seconds: float = 4.0, *, place: float | None = None,
                     notice: bool = False) -> None:
        """Show a line to the player.  One that arrives while another is still young waits its
        turn, so a tip is never wiped before it can be read.  A tip about a ``place`` (a story
        trigger's: what to do here; the x it stands at) is dropped while it waits if the next place's
        tip arrives, or if by its turn every player is more than a screen from that place: a tip about
        the lawn shown at the house would send them the wrong way.  A ``notice`` (CHECKPOINT, a player
        joining) says nothing to read twice: any other line replaces it at once."""
        young = self.caption is not None and self.caption_age < CAPTION_MIN_SHOW
        if young and not (self.caption_notice and not notice):
            if place is not None:
                self.caption_queue = [queued for queued in self.caption_queue if queued[2] is None]
            self.caption_queue.append((text, seconds, place, notice))
        elif self.caption_queue:  # lines already waiting go first: the story is told in the order it happened
            self.caption_queue.append((text, seconds, place, notice))
            self._next_caption()
        else:
            self.caption, self.caption_age, self.caption_notice = (text, seconds), 0.0, notice

    def _next_caption(self) -> None:
        """The next waiting line whose turn has come, past tips about places left behind."""
        while self.caption_queue:
            text, seconds, place, notice = self.caption_queue.pop(0)
            if place is not None and all(abs(p.x - place) > TIP_REACH for p in self.living_players()):
                continue
            self.caption, self.caption_age, self.caption_notice = (text, seconds), 0.0, notice
            return

    def add_score(self, points: int, x: float | None = None, y: float | None = None) -> None:
        """Score ``points`` (worth the difficulty's ``score_percent``: whole points, rounded down)."""
        percent = self.difficulty.score_percent
        if percent != 100:
            points = points * percent // 100
        self.stats.score = max(0, self.stats.score + points)
        if x is not None and points:
            self.emit("score", points, x, y)

    # --- queries ------------------------------------------------------------------------------
    def ground_below(self, x: float, feet_y: float, width: float, *, through_one_way: bool = False,
                     depth: float = 2.0) -> bool:
        """Something to stand on under feet at (x, feet_y), ``width`` wide, within ``depth`` px
        below them (a step down a walker may take is a deeper look)."""
        bb = pymunk.BB(x - width / 2, feet_y - 1, x + width / 2, feet_y + depth)
        for shape in self.space.bb_query(bb, GROUND_QUERY):
            if shape.sensor:
                continue
            if shape.collision_type == CT.ONE_WAY:
                if through_one_way or feet_y > shape.bb.bottom + 3:
                    continue
            if shape in self.contoured and not _under_feet(shape, x, feet_y, width):
                continue  # a slope's bounding box is mostly air
            return True
        return False

    def ground_shape_below(self, x: float, feet_y: float, width: float) -> pymunk.Shape | None:
        """The first solid shape under the feet (as ``ground_below`` finds it), or None."""
        bb = pymunk.BB(x - width / 2, feet_y - 1, x + width / 2, feet_y + 2)
        for shape in self.space.bb_query(bb, GROUND_QUERY):
            if not shape.sensor and (shape not in self.contoured or _under_feet(shape, x, feet_y, width)):
                return shape
        return None

    def solid_at(self, x: float, y: float) -> bool:
        hit = self.space.point_query_nearest((x, y), 0, SIGHT_QUERY)
        return hit is not None and not hit.shape.sensor

    def static_at(self, x: float, y: float) -> bool:
        """The level itself (not a vehicle or anything else that moves) is solid at (x, y)."""
        hit = self.space.point_query_nearest((x, y), 0, SIGHT_QUERY)
        return hit is not None and not hit.shape.sensor and hit.shape.body.body_type == pymunk.Body.STATIC

    def line_of_sight(self, a: tuple[float, float], b: tuple[float, float]) -> bool:
        return not any(not h.shape.sensor for h in self.space.segment_query(a, b, 0, SIGHT_QUERY))

    def raycast_shot(self, start: tuple[float, float], end: tuple[float, float], ignore: Entity | None = None):
        """First thing a bullet from ``start`` to ``end`` hits: (point, entity or None, shape) or None
        (``ignore``: an entity the bullet passes, such as the bike under the rider who fires)."""
        hits = [h for h in self.space.segment_query(start, end, 0.5, SHOT_QUERY)
                if not h.shape.sensor and (ignore is None or self.shape_owner.get(h.shape) is not ignore)]
        if not hits:
            return None
        hit = min(hits, key=lambda h: h.alpha)
        shape = hit.shape
        owner = self.shape_owner.get(shape)
        if owner is None and shape.collision_type in (CT.DROPLET, CT.SHARD):
            owner = self.t1000_at(hit.point)
        return (hit.point, owner, shape)

    def t1000_at(self, point) -> Entity | None:
        best = None
        best_d = 1e18
        for t in self.t1000s:
            if not t.alive:
                continue
            dx, dy = t.x - point[0], t.y - 24 - point[1]
            d = dx * dx + dy * dy
            if d < best_d:
                best, best_d = t, d
        return best

    def entities_in(self, x: float, y: float, w: float, h: float):
        for e in self.entities:
            box = e.hurtbox()
            if e.alive and box and box[0] < x + w and box[0] + box[2] > x and box[1] < y + h and box[1] + box[3] > y:
                yield e

    # --- the step -----------------------------------------------------------------------------
    def step(self, dt: float, snaps: InputSnapshot | Sequence[InputSnapshot]) -> None:
        """One update: ``snaps`` holds one input snapshot per player slot (a lone one for slot 0).

        The camera moves last, from where this update left everybody (it may push players)."""
        if self.outcome:
            self.camera.direct(self, dt, frozen=True)
            return
        self.seat_changes(snaps)
        moved = self._advance(dt, snaps)
        self.camera.direct(self, dt, frozen=not moved)

    def _advance(self, dt: float, snaps: InputSnapshot | Sequence[InputSnapshot]) -> bool:
        """Everything but the camera; False when hit-stop held the world still."""
        snaps = self.slot_inputs(snaps)
        self.frame += 1
        self.stats.frames += 1
        self.shake = max(0.0, self.shake - 30.0 * dt)
        if self.caption:
            text, left = self.caption
            self.caption = (text, left - dt) if left - dt > 0 else None
            self.caption_age += dt
        shortest = CAPTION_MIN_SHOW if len(self.caption_queue) < 2 else CAPTION_RUSHED  # a backlog speeds up
        if self.caption_queue and (self.caption is None or self.caption_age >= shortest
                                   or self.caption_notice):  # a notice never holds up a line that waits
            self._next_caption()
        if self.hitstop > 0:
            self.hitstop -= 1
            for p, snap in zip(self.players, snaps):
                p.buffer_input(snap)
            return False
        self._flush_spawns()
        for e in self.entities:
            e.begin_step()
        for p, snap in zip(self.players, snaps):
            p.control(self, snap, dt)
        for e in self.entities:
            if e.alive:
                e.update(self, dt)
        sub = dt / PHYSICS_SUBSTEPS
        for _ in range(PHYSICS_SUBSTEPS):
            self.space.step(sub)
        for e in self.entities:
            e.after_physics(self)
        self.contacts.dispatch()
        dead = [e for e in self.entities if not e.alive]
        if dead:
            for e in dead:
                e.remove(self)
            self.entities = [e for e in self.entities if e.alive]
        if self.script is not None:  # set pieces read the world as this update left it, in map order
            self.script.update(self, dt)
        self._flush_spawns()
        return True

    def drain_events(self) -> list[tuple]:
        events, self.events = self.events, []
        return events

    def state_hash(self) -> str:
        """A digest of everything that matters; equal hashes mean equal runs."""
        h = hashlib.sha256()
        parts = [self.frame, self.stats.score, self.stats.casualties, self.stats.knockouts, self.stats.deaths,
                 self.outcome, self.rng.getstate()[1][:4]]
        h.update(repr(parts).encode())
        for e in self.entities:
            h.update(repr(e.hash_state()).encode())
        if self.script is not None:
            h.update(repr(self.script.hash_state()).encode())
        if self.camera.scrolling:  # only a scrolling view changes the run
            h.update(repr(self.camera.hash_state()).encode())
        return h.hexdigest()[:16]
