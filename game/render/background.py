"""Parallax backdrops: assets/backgrounds/<set>_{sky,far,near}.png scroll slower than the level."""

from __future__ import annotations

import pygame

from game import assets

LAYERS = (("sky", 0.05, 0.0), ("far", 0.2, 0.05), ("near", 0.45, 0.15))


class Parallax:
    def __init__(self, name: str) -> None:
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
