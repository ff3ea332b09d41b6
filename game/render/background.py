"""Parallax backdrops: assets/backgrounds/<set>_{sky,far,near}.png scroll slower than the level.

A map with an ``underground_below`` property (px) draws <set>_under.png below that line instead:
a culvert wall, anchored to the ground line, so underground parts never show the sky.
"""

from __future__ import annotations

import pygame

from game import assets
from game.render import prepared

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
        self.opaque: list[bool] = []
        for suffix, fx, fy in LAYERS:
            try:
                image = assets.image("backgrounds", f"{name}_{suffix}.png")
            except assets.AssetError:
                continue
            # Drawn every frame, full screen: copied (opaque) or run-length encoded (clear holes).
            self.opaque.append(prepared.alpha_kind(image) == prepared.OPAQUE)
            self.layers.append((prepared.for_blitting(image), fx, fy))

    def surfaces(self) -> list[pygame.Surface]:
        return [image for image, _, _ in self.layers]

    def _y(self, image: pygame.Surface, fy: float, oy: float, level_h: float, sh: int) -> float:
        # Anchor the backdrop's bottom to the bottom of the view at the level's floor.
        return sh - image.get_height() - (max(0.0, level_h - sh) - oy) * fy

    def covers(self, surface: pygame.Surface, oy: float, level_h: float) -> bool:
        """Does the first backdrop hide every pixel of ``surface`` (so clearing it first is wasted)?"""
        if not self.layers or not self.opaque[0]:
            return False
        image, _, fy = self.layers[0]
        sh = surface.get_height()
        y = round(self._y(image, fy, oy, level_h, sh))
        return y <= 0 and y + image.get_height() >= sh

    def draw(self, surface: pygame.Surface, ox: float, oy: float, level_h: float) -> None:
        sw, sh = surface.get_size()
        for image, fx, fy in self.layers:
            iw = image.get_width()
            x = -((ox * fx) % iw)
            y = self._y(image, fy, oy, level_h, sh)
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
