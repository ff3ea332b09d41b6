"""Parallax backdrops: assets/backgrounds/<set>_{sky,far,near}.png scroll slower than the level.

A map with an ``underground_below`` property (px) draws <set>_under.png below that line instead:
a culvert wall, anchored to the ground line, so underground parts never show the sky.
"""

from __future__ import annotations

import pygame

from game import assets

LAYERS = (("sky", 0.05, 0.0), ("far", 0.2, 0.05), ("near", 0.45, 0.15))
UNDER_FX = 0.6  # horizontal scroll of the underground wall (it is nearer than the city, behind the level)


class Parallax:
    def __init__(self, name: str, underground: float | None = None) -> None:
        self.under: pygame.Surface | None = None
        self.ground_line = 0.0
        if underground is not None:
            try:
                self.under = assets.image("backgrounds", f"{name}_under.png")
                self.ground_line = float(underground)
            except assets.AssetError:
                self.under = None
        self.layers: list[tuple[pygame.Surface, float, float]] = []
        for suffix, fx, fy in LAYERS:
            try:
                self.layers.append((assets.image("backgrounds", f"{name}_{suffix}.png"), fx, fy))
            except assets.AssetError:
                continue

    def draw(self, surface: pygame.Surface, ox: float, oy: float, level_h: float) -> None:
        sw, sh = surface.get_size()
        for image, fx, fy in self.layers:
            iw, ih = image.get_size()
            x = -((ox * fx) % iw)
            # Anchor the backdrop's bottom to the bottom of the view at the level's floor.
            y = sh - ih - (max(0.0, level_h - sh) - oy) * fy
            blits = []
            while x < sw:
                blits.append((image, (round(x), round(y))))
                x += iw
            surface.fblits(blits)
        if self.under is not None:
            self._draw_under(surface, ox, oy)

    def _draw_under(self, surface: pygame.Surface, ox: float, oy: float) -> None:
        sw, sh = surface.get_size()
        top = round(self.ground_line - oy)
        if top >= sh:
            return
        image = self.under
        iw, ih = image.get_size()
        y = top if top >= 0 else top + (-top // ih) * ih
        blits = []
        while y < sh:
            x = -((ox * UNDER_FX) % iw)
            while x < sw:
                blits.append((image, (round(x), y)))
                x += iw
            y += ih
        surface.fblits(blits)
