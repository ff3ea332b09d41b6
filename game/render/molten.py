"""Molten steel: the pools a level marks with ``molten`` objects, drawn as glowing liquid.

The pool kills the T-800 and melts the T-1000, so it has to read as deadly
at a glance, not as a floor: a bright wavering crust a few pixels below the
rim, slag drifting on it, bubbles that swell and pop, and a heat glow that
lights the wall above.  Everything moves with the world's frame counter,
so a replay looks the same and drawing never changes the simulation.

Draw it in two passes: ``draw_glow`` behind the characters (light on the
wall) and ``draw`` in front of them, so whatever falls in sinks out of sight.
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np
import pygame

from game import assets

SURFACE_DROP = 6  # px the steel sits below the pool's top edge (the rim of the pit)
GLOW_HEIGHT = 48  # px of wall lit above the steel
GLOW_SPREAD = 12  # px the glow reaches past either end of the pool
FLICKER_LEVELS = 4
CRUST_PERIOD = 480  # frames (8 s) after which the crust's two waves are back where they began
# The crust's waves: (px of pool per radian, radians per frame).  Whole turns per period, so the
# whole animation can be drawn once, while the level loads, and blitted a frame at a time.
CRUST_WAVES = ((0.21, 3 * 2 * math.pi / CRUST_PERIOD, 1.2), (0.07, -2 * 2 * math.pi / CRUST_PERIOD, 1.0))
CRUST_HEIGHT = 6  # px: the crust's rows, from its highest crest to the steel below


def _colour(name: str) -> tuple[int, int, int]:
    return assets.color(name)


def _bath(w: int, h: int) -> pygame.Surface:
    """The body of the steel below the crust: hot bands with dithered edges, darker deep down."""
    bands = [(0, "gold"), (2, "orange"), (6, "molten"), (13, "amber"), (22, "rust"), (30, "red_dark")]
    surf = pygame.Surface((w, h))
    for i, (top, name) in enumerate(bands):
        nxt = bands[i + 1][0] if i + 1 < len(bands) else h
        surf.fill(_colour(name), (0, top, w, max(0, nxt - top)))
        if i + 1 < len(bands) and nxt < h:  # a checker row so bands blend like pixel art
            below = _colour(bands[i + 1][1])
            for x in range(i % 2, w, 2):
                surf.set_at((x, nxt - 1), below)
    return surf


@lru_cache(maxsize=8)
def _crust_frames(pool_x: float, w: int) -> tuple[pygame.Surface, ...]:
    """Every frame of a pool's crust, one period: two slow waves along the steel's top, the crests
    white-hot.  Black is the colour key (no crust colour is black).  Kept for the process: a level
    loaded again (a restart, the next run) does not draw them again."""
    crust, hot, white = _colour("orange"), _colour("gold"), _colour("tracer")
    xs = np.arange(0, w, 2)
    frames = []
    for f in range(CRUST_PERIOD):
        lift = sum(amp * np.sin((pool_x + xs) * k + f * speed) for k, speed, amp in CRUST_WAVES)
        surf = pygame.Surface((w, CRUST_HEIGHT))
        surf.set_colorkey((0, 0, 0))
        for x, up in zip(xs.tolist(), lift.tolist()):
            y = 2 - round(up)
            pygame.draw.line(surf, crust, (x, y + 1), (x + 1, 2))
            surf.fill(white if up > 1.3 else hot, (x, y, 2, 1))
        frames.append(surf)
    return tuple(frames)


def _glow(w: int, level: int) -> pygame.Surface:
    """Additive heat light rising from the steel (``level`` = flicker step).

    Strongest at the steel and over the middle of the pool, fading upward and
    past its ends, in a few flat steps that suit the pixel look.
    """
    k = 0.55 + 0.15 * level / (FLICKER_LEVELS - 1)
    width = w + 2 * GLOW_SPREAD
    x = np.arange(width, dtype=np.float32) // 2 * 2  # pairs of columns, as pixel art
    edge = np.minimum(1.0, np.minimum(x, width - 1 - x) / (2 * GLOW_SPREAD))
    up = (np.arange(GLOW_HEIGHT, dtype=np.float32) / GLOW_HEIGHT) ** 2
    fade = np.round(np.outer(edge, up) * k * 8) / 8  # (width, height)
    rgb = fade[..., None] * np.asarray(_colour("molten"), np.float32) * 0.45
    return pygame.surfarray.make_surface(rgb.astype(np.uint8))


class MoltenPools:
    """Draws every molten pool of a level; surfaces are built once per pool size."""

    def __init__(self, level) -> None:
        self.rects = [obj.rect for obj in level.objects_of("molten")]
        self._baths: dict[tuple[int, int], pygame.Surface] = {}
        # Made now, while the level loads, so no frame in play pays for them.
        self._glows = {(int(r.w), level): _glow(int(r.w), level) for r in self.rects for level in range(FLICKER_LEVELS)}
        self._crusts = {(r.x, int(r.w)): _crust_frames(r.x, int(r.w)) for r in self.rects if r.w > 0}

    def _visible(self, surface: pygame.Surface, ox: float, oy: float):
        sw, sh = surface.get_size()
        for r in self.rects:
            if r.right >= ox - 16 and r.x <= ox + sw + 16 and r.bottom >= oy and r.y - GLOW_HEIGHT <= oy + sh:
                yield r

    def draw_glow(self, surface: pygame.Surface, frame: int, ox: float, oy: float) -> None:
        for r in self._visible(surface, ox, oy):
            level = (frame // 6 + int(r.x)) % FLICKER_LEVELS
            top = r.y + SURFACE_DROP - GLOW_HEIGHT
            surface.blit(self._glows[(int(r.w), level)], (round(r.x - GLOW_SPREAD - ox), round(top - oy)),
                         special_flags=pygame.BLEND_RGB_ADD)

    def draw(self, surface: pygame.Surface, frame: int, ox: float, oy: float) -> None:
        for r in self._visible(surface, ox, oy):
            self._draw_pool(surface, r, frame, ox, oy)

    def _draw_pool(self, surface: pygame.Surface, r, frame: int, ox: float, oy: float) -> None:
        w, h = int(r.w), int(r.h) - SURFACE_DROP
        if h <= 0 or w <= 0:
            return
        x0, top = round(r.x - ox), round(r.y + SURFACE_DROP - oy)
        key = (w, h)
        if key not in self._baths:
            self._baths[key] = _bath(w, h)
        surface.blit(self._baths[key], (x0, top + 2))

        # The crust: a slow double wave, brightest at its crests (drawn while the level loaded).
        crust = self._crusts.get((r.x, w))
        if crust is not None:
            surface.blit(crust[frame % CRUST_PERIOD], (x0, top))

        # Slag: dark flakes that drift along the surface and wrap round.
        slag = _colour("rust")
        for k in range(max(1, w // 20)):
            sx = (k * 37 + frame * (1 + k % 3) // 5) % max(1, w - 4)
            surface.fill(slag, (x0 + sx, top + 4 + (k * 5) % 4, 3 + k % 2, 1))

        # Bubbles: each swells for a while at its own spot, then pops in a spit of sparks.
        hot, white = _colour("gold"), _colour("tracer")
        for k in range(max(1, w // 24)):
            period = 70 + (k * 23) % 50
            cycle, phase = divmod(frame + k * 41, period)
            bx = x0 + 4 + (k * 53 + cycle * 29) % max(1, w - 8)
            if phase < period - 8:
                radius = 1 + 2 * phase // (period - 8)
                pygame.draw.circle(surface, hot, (bx, top + 3), radius)
                surface.set_at((bx - 1, top + 3 - radius), white)
            else:
                rise = phase - (period - 8)
                for dx in (-2, 0, 2):
                    surface.set_at((bx + dx * (1 + rise // 3), top + 1 - rise - abs(dx)), hot)
