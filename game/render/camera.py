"""A camera that follows the player with a dead zone and a look-ahead, clamped to the level.

It is moved once per fixed update by the play scene (so it is as smooth and
reproducible as the simulation) and only read when drawing, where its
previous and current positions are interpolated.
"""

from __future__ import annotations

DEAD_ZONE = (40.0, 36.0)  # half-size in px: the player moves this far before the camera does
LOOK_AHEAD = 56.0  # px shown ahead of the way the player faces
FOLLOW = 7.0  # 1/s: how quickly the camera catches up
LOCK_FOLLOW = 5.0
SCREEN_Y = 0.72  # where the player's chest sits, as a fraction of the view height


class Camera:
    def __init__(self, view_w: int, view_h: int, level_w: int, level_h: int) -> None:
        self.view_w, self.view_h = view_w, view_h
        self.level_w, self.level_h = level_w, level_h
        self.x = 0.0
        self.y = 0.0
        self.prev = (0.0, 0.0)
        self.focus_x = 0.0

    def snap_to(self, x: float, y: float) -> None:
        self.x, self.y = self._clamp(x - self.view_w / 2, y - self.view_h * SCREEN_Y)
        self.focus_x = x
        self.prev = (self.x, self.y)

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

    def update(self, target_x: float, target_y: float, facing: int, dt: float, lock=None) -> None:
        self.prev = (self.x, self.y)
        # Dead zone around the focus point so small moves do not drag the view.
        want = target_x + facing * LOOK_AHEAD
        if abs(want - self.focus_x) > DEAD_ZONE[0]:
            self.focus_x += (want - self.focus_x) - DEAD_ZONE[0] * (1 if want > self.focus_x else -1)
        goal_x = self.focus_x - self.view_w / 2
        goal_y = target_y - self.view_h * SCREEN_Y
        cy = self.y + self.view_h * SCREEN_Y
        if abs(target_y - cy) < DEAD_ZONE[1]:
            goal_y = self.y
        bounds = (lock.x, lock.y, lock.w, lock.h) if lock is not None else None
        goal_x, goal_y = self._clamp(goal_x, goal_y, bounds)
        k = min(1.0, (LOCK_FOLLOW if lock else FOLLOW) * dt)
        self.x += (goal_x - self.x) * k
        self.y += (goal_y - self.y) * k
        self.x, self.y = self._clamp(self.x, self.y)

    def offset(self, alpha: float) -> tuple[float, float]:
        px, py = self.prev
        return (px + (self.x - px) * alpha, py + (self.y - py) * alpha)
