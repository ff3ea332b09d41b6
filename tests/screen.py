"""What is on screen: find text the game drew (with its own bitmap font), measure regions.

Text is looked up by rendering it with ``game.render.text.font()`` in the colour the scene
uses and searching the frame for that exact glyph pattern, so a screen that draws nothing,
the wrong words or the wrong colour (a menu's highlight) does not match.
"""

from __future__ import annotations

import numpy as np
import pygame

from game import assets
from game.render.text import font


def pixels(surface: pygame.Surface) -> np.ndarray:
    """The surface as an int array indexed [x, y, rgb]."""
    return pygame.surfarray.array3d(surface).astype(int)


def colour(name: str) -> tuple[int, int, int]:
    """A palette colour, as the scenes ask for it."""
    return tuple(assets.color(name))


def find_text(surface: pygame.Surface, text: str, color, *, scale: int = 1) -> list[tuple[int, int]]:
    """Top-left corners where ``text`` is drawn in ``color`` at ``scale`` (every glyph pixel exact)."""
    glyphs = font().render(text, color, scale)
    ink = pygame.surfarray.array_alpha(glyphs) == 255
    xs, ys = np.nonzero(ink)
    assert len(xs), f"{text!r} has no visible glyphs"
    want = pygame.surfarray.array3d(glyphs).astype(int)[xs, ys]  # (k, 3)
    screen = pixels(surface)
    sw, sh = screen.shape[:2]
    w, h = ink.shape
    # Candidates: where the first glyph pixel's colour is, shifted back to the text's corner.
    cx, cy = np.nonzero(np.all(screen == want[0], axis=2))
    cx, cy = cx - xs[0], cy - ys[0]
    keep = (cx >= 0) & (cy >= 0) & (cx + w <= sw) & (cy + h <= sh)
    cx, cy = cx[keep], cy[keep]
    found = []
    for start in range(0, len(cx), 2048):  # bounded memory however common the colour is
        bx, by = cx[start:start + 2048], cy[start:start + 2048]
        got = screen[bx[:, None] + xs[None, :], by[:, None] + ys[None, :]]  # (n, k, 3)
        hit = np.all(got == want[None], axis=(1, 2))
        found += [(int(x), int(y)) for x, y in zip(bx[hit], by[hit])]
    # A block of solid colour would match any text in it: the gaps between strokes must differ.
    gaps_x, gaps_y = np.nonzero(~ink)
    real = []
    for x, y in found:
        gaps = screen[x + gaps_x, y + gaps_y]
        if not len(gaps) or np.all(gaps == want[0], axis=1).mean() < 0.5:
            real.append((x, y))
    return real


def shows(surface: pygame.Surface, text: str, color, *, scale: int = 1) -> bool:
    return bool(find_text(surface, text, color, scale=scale))


def text_at(surface: pygame.Surface, text: str, color, *, scale: int = 1) -> tuple[int, int]:
    """Where ``text`` is drawn (exactly once); fails the test, naming the text, if it is not."""
    spots = find_text(surface, text, color, scale=scale)
    assert len(spots) == 1, f"{text!r} in {color} drawn {len(spots)} times, expected once"
    return spots[0]


def brightness(array: np.ndarray) -> float:
    """Mean of r + g + b over an [x, y, rgb] array."""
    return float(array.sum(axis=-1).mean())


def row(surface: pygame.Surface, left: str, right: str, color, *, scale: int = 1) -> int:
    """The y of a line showing ``left`` with ``right`` further along it (a label and its value)."""
    lefts = find_text(surface, left, color, scale=scale)
    rights = find_text(surface, right, color, scale=scale)
    ys = [ly for lx, ly in lefts if any(ry == ly and rx > lx for rx, ry in rights)]
    assert len(ys) == 1, f"{left!r} ... {right!r} in {color}: {len(ys)} such lines, expected one"
    return ys[0]
