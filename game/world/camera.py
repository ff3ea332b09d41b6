"""The view: what part of the level the players see, decided by the simulation.

The world owns its camera because in an arcade game the view is a rule, not
just a picture: a level that scrolls by itself pushes whoever lags behind and
crushes a player it pins against a wall, and two players are kept in one frame.
Maps drive it (``camera_lock`` and ``camera_scroll`` areas, set-piece actions);
the play scene only draws what it says, interpolating between the previous and
the current position for smooth frames.

Modes, in order of precedence:

- **scroll**: the view moves right at a set speed until its right edge reaches
  ``scroll_until``; players are held inside it (pushed from the left edge,
  held at the right one) and a player the left edge pins against a wall loses
  a life.  Kinds that set ``LOST_BEHIND_SCROLL`` fall off the left edge and
  are gone.
- **lock**: the view holds an area (an arena, a set piece).
- **follow**: a dead zone and a look-ahead around player one, or the middle of
  both players, who are kept within one screen of each other.

Only +, -, * and comparisons are used, so the view (and what it does to the
players) is the same on every machine.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pymunk

from game.level.data import Rect
from game.world.physics import Cat, shape_filter

if TYPE_CHECKING:
    from game.world.world import World

VIEW_SIZE = (640, 360)  # px the player sees (the internal resolution the screen is scaled from)
DEAD_ZONE = (40.0, 36.0)  # half-size in px: the player moves this far before the camera does
LOOK_AHEAD = 56.0  # px shown ahead of the way the player faces
FOLLOW = 7.0  # 1/s: how quickly the camera catches up
LOCK_FOLLOW = 5.0
SCREEN_Y = 0.72  # where the player's chest sits, as a fraction of the view height
EDGE = 24.0  # px: how close to a view edge a held player may come
LOST_MARGIN = 64.0  # px behind the left edge past which a LOST_BEHIND_SCROLL thing is gone
CRUSH_QUERY = shape_filter(Cat.ALL, Cat.WORLD | Cat.BARS)


class Camera:
    """Where the view is (``x, y``: its top-left in level pixels) and which rule moves it."""

    def __init__(self, view_w: int, view_h: int, level_w: int, level_h: int) -> None:
        self.view_w, self.view_h = view_w, view_h
        self.level_w, self.level_h = level_w, level_h
        self.x = 0.0
        self.y = 0.0
        self.prev = (0.0, 0.0)
        self.focus_x = 0.0
        self.lock: Rect | None = None  # an area the view holds
        self.scroll_speed = 0.0  # px/s; 0: not scrolling
        self.scroll_until = 0.0  # level x the view's right edge scrolls to

    # --- what maps and set pieces ask for -----------------------------------------------------
    def start_scroll(self, speed: float, until: float) -> None:
        """Scroll right at ``speed`` px/s until the view's right edge reaches ``until``."""
        self.scroll_speed = float(speed)
        self.scroll_until = min(float(until), float(self.level_w))

    def stop_scroll(self) -> None:
        self.scroll_speed = 0.0
        self.focus_x = self.x + self.view_w / 2

    @property
    def scrolling(self) -> bool:
        return self.scroll_speed > 0

    # --- each update --------------------------------------------------------------------------
    def snap_to(self, x: float, y: float) -> None:
        self.x, self.y = self._clamp(x - self.view_w / 2, y - self.view_h * SCREEN_Y)
        self.focus_x = x
        self.prev = (self.x, self.y)

    def direct(self, world: World, dt: float, *, frozen: bool = False) -> None:
        """The once-per-update move: follow, hold or scroll, then keep the players in view.

        ``frozen`` (hit-stop, a finished level): a scroll waits, so nobody is pushed while
        the world stands still; a follow keeps easing towards the players."""
        players = world.living_players()
        if self.scrolling and frozen:
            self.prev = (self.x, self.y)
            return
        if self.scrolling:
            self._scroll(world, players, dt)
            return
        if not players:
            self.prev = (self.x, self.y)
            return
        if len(players) == 1:
            p = players[0]
            self.update(p.x, p.y - 20, p.facing, dt, self.lock)
            return
        mid_x = sum(p.x for p in players) / len(players)
        mid_y = sum(p.y for p in players) / len(players)
        self.update(mid_x, mid_y - 20, 0, dt, self.lock)
        self._leash(world, players)
        # Easing and the dead zone lag behind the middle: never so far that a player is cut off.
        lo = max(p.x + p.WIDTH / 2 for p in players) + EDGE - self.view_w
        hi = min(p.x - p.WIDTH / 2 for p in players) - EDGE
        if lo <= hi:
            self.x, self.y = self._clamp(min(max(self.x, lo), hi), self.y)

    def update(self, target_x: float, target_y: float, facing: int, dt: float, lock=None) -> None:
        """Follow a point with a dead zone and a look-ahead, inside ``lock`` if given."""
        self.prev = (self.x, self.y)
        want = target_x + facing * LOOK_AHEAD
        if abs(want - self.focus_x) > DEAD_ZONE[0]:
            self.focus_x += (want - self.focus_x) - DEAD_ZONE[0] * (1 if want > self.focus_x else -1)
        goal_x = self.focus_x - self.view_w / 2
        goal_y = self._goal_y(target_y)
        bounds = (lock.x, lock.y, lock.w, lock.h) if lock is not None else None
        goal_x, goal_y = self._clamp(goal_x, goal_y, bounds)
        k = min(1.0, (LOCK_FOLLOW if lock else FOLLOW) * dt)
        self.x += (goal_x - self.x) * k
        self.y += (goal_y - self.y) * k
        self.x, self.y = self._clamp(self.x, self.y)

    def offset(self, alpha: float) -> tuple[float, float]:
        """The view's top-left for drawing, ``alpha`` of the way from the last update to this one."""
        px, py = self.prev
        return (px + (self.x - px) * alpha, py + (self.y - py) * alpha)

    # --- rules ---------------------------------------------------------------------------------
    def _goal_y(self, target_y: float) -> float:
        goal_y = target_y - self.view_h * SCREEN_Y
        if abs(target_y - (self.y + self.view_h * SCREEN_Y)) < DEAD_ZONE[1]:
            goal_y = self.y
        return goal_y

    def _scroll(self, world: World, players: list, dt: float) -> None:
        self.prev = (self.x, self.y)
        self.x = max(self.x, min(self.x + self.scroll_speed * dt, self.scroll_until - self.view_w))
        if players:
            mid_y = sum(p.y for p in players) / len(players) - 20
            goal_y = self._clamp(self.x, self._goal_y(mid_y))[1]
            self.y += (goal_y - self.y) * min(1.0, FOLLOW * dt)
        self.x, self.y = self._clamp(self.x, self.y)
        left, right = self.x + EDGE, self.x + self.view_w - EDGE
        for p in players:
            if getattr(p, "vehicle", None) is not None:
                continue  # riding: the vehicle is pushed by nothing but its own motor
            hw = p.WIDTH / 2
            if p.x - hw < left:
                self._push(world, p, left + hw)
            elif p.x + hw > right:
                p.place_x(right - hw)
        for e in world.entities:
            if e.alive and getattr(e, "LOST_BEHIND_SCROLL", False) and e.x < self.x - LOST_MARGIN:
                e.alive = False  # scrolled away: gone, not killed (no score, no casualty)
        if self.x + self.view_w >= self.scroll_until - 0.5:
            self.stop_scroll()

    def _push(self, world: World, p, x: float) -> None:
        """Move a lagging player up to the left edge, or crush one that a wall holds back."""
        hw = p.WIDTH / 2
        box = pymunk.BB(x - hw + 1, p.y - p.HEIGHT + 2, x + hw - 1, p.y - 3)
        walls = [q for q in world.space.bb_query(box, CRUSH_QUERY)
                 if not q.sensor and q.body.body_type == pymunk.Body.STATIC]  # a vehicle is not a wall
        if walls:
            p.lose_life(world)
            world.add_shake(6.0)
            world.fx("hit", p.x, p.y - p.HEIGHT / 2, 1)
            return
        p.place_x(x)

    def _leash(self, world: World, players: list) -> None:
        """Two players stay within one screen of each other: whoever walks off is held back."""
        left, right = min(players, key=lambda p: p.x), max(players, key=lambda p: p.x)
        span = self.view_w - 2 * EDGE - (left.WIDTH + right.WIDTH) / 2
        excess = (right.x - left.x) - span
        if excess <= 0:
            return
        out_r, out_l = right.vx > 0, left.vx < 0
        share_r = 1.0 if out_r and not out_l else 0.0 if out_l and not out_r else 0.5
        right.place_x(right.x - excess * share_r)
        left.place_x(left.x + excess * (1.0 - share_r))

    def respawn_spot(self, world: World, player, point: tuple[float, float]) -> tuple[float, float]:
        """Where a player comes back: ``point`` (the last checkpoint), unless the view has moved on.

        With a partner still fighting, a point a screen away (or outside the brawl the partner
        is locked in) would strand him: he drops in beside the partner instead.  A scroll that
        has left the point behind puts him on the ground a quarter into the view.
        """
        partners = [p for p in world.living_players() if p is not player]
        if partners:
            mate = partners[0]
            arena = world.arena
            stranded = abs(point[0] - mate.x) > self.view_w - 2 * EDGE - player.WIDTH
            if stranded or (arena is not None and not arena.rect.contains(point[0], point[1] - 1)):
                point = (mate.x, mate.y)
        if not self.scrolling or point[0] > self.x + EDGE * 2:
            return point
        x = self.x + self.view_w / 4
        hit = world.space.segment_query_first((x, self.y), (x, float(self.level_h)), 0, CRUSH_QUERY)
        if hit is None or hit.shape.sensor:
            return point
        return (x, hit.point.y)

    def _clamp(self, x: float, y: float, bounds=None) -> tuple[float, float]:
        """Keep the view inside ``bounds`` (a locked area), then inside the level.

        A locked area smaller than the view is centred in it.
        """
        if bounds is not None:
            bx, by, bw, bh = bounds
            x = bx + (bw - self.view_w) / 2 if bw < self.view_w else min(max(x, bx), bx + bw - self.view_w)
            y = by + (bh - self.view_h) / 2 if bh < self.view_h else min(max(y, by), by + bh - self.view_h)
        x = min(max(x, 0.0), max(0.0, float(self.level_w) - self.view_w))
        y = min(max(y, 0.0), max(0.0, float(self.level_h) - self.view_h))
        return x, y

    def hash_state(self) -> tuple:
        """What of the view changes the run (a scroll pushes players); follow does not."""
        return (round(self.x, 2), self.scroll_speed, self.scroll_until) if self.scrolling else ()
