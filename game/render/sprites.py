"""Sprite sheets with named animations (assets/sprites/<name>.png + .json), loaded once.

A sheet's JSON gives the frame size, the origin (the pixel that sits on the
entity's position, the feet for characters) and, per animation, its row,
frame count, per-frame durations and whether it loops.  Characters are drawn
facing right; left-facing frames are flipped once and cached.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game import assets


@dataclass
class Animation:
    frames: list[pygame.Surface]
    flipped: list[pygame.Surface]
    durations: list[float]  # seconds
    loop: bool

    @property
    def length(self) -> float:
        return sum(self.durations)

    def index_at(self, t: float) -> int:
        total = self.length
        if total <= 0:
            return 0
        if self.loop:
            t %= total
        elif t >= total:
            return len(self.frames) - 1
        for i, d in enumerate(self.durations):
            if t < d:
                return i
            t -= d
        return len(self.frames) - 1

    def frame(self, t: float, facing: int = 1) -> pygame.Surface:
        i = self.index_at(t)
        return self.frames[i] if facing >= 0 else self.flipped[i]


class SpriteSheet:
    def __init__(self, name: str) -> None:
        meta = assets.json_data("sprites", f"{name}.json")
        sheet = assets.image("sprites", f"{name}.png")
        self.name = name
        fw, fh = meta["frame_size"]
        self.frame_size = (fw, fh)
        self.origin = tuple(meta.get("origin", (fw // 2, fh - 1)))
        self.animations: dict[str, Animation] = {}
        for anim_name, spec in meta["animations"].items():
            row, count = spec["row"], spec["frames"]
            frames = [sheet.subsurface(pygame.Rect(i * fw, row * fh, fw, fh)) for i in range(count)]
            durations = [d / 1000.0 for d in spec.get("durations_ms", [100] * count)]
            self.animations[anim_name] = Animation(
                frames=frames,
                flipped=[pygame.transform.flip(f, True, False) for f in frames],
                durations=durations,
                loop=bool(spec.get("loop", True)),
            )

    def get(self, anim: str, *fallbacks: str) -> Animation:
        for name in (anim, *fallbacks, "idle"):
            if name in self.animations:
                return self.animations[name]
        return next(iter(self.animations.values()))

    def draw(self, surface: pygame.Surface, anim: str, t: float, x: float, y: float, facing: int = 1,
             *fallbacks: str, alpha: int | None = None) -> None:
        image = self.get(anim, *fallbacks).frame(t, facing)
        ox, oy = self.origin
        if facing < 0:
            ox = self.frame_size[0] - 1 - ox
        if alpha is not None:
            image = image.copy()
            image.set_alpha(alpha)
        surface.blit(image, (round(x - ox), round(y - oy)))


_sheets: dict[str, SpriteSheet] = {}


def sheet(name: str) -> SpriteSheet:
    if name not in _sheets:
        _sheets[name] = SpriteSheet(name)
    return _sheets[name]


def preload() -> None:
    """Load every sheet now (a level calls this while it loads), so no frame in play pays for
    reading and flipping a sheet the first time something wearing it appears."""
    for meta in sorted(assets.asset_path("sprites").glob("*.json")):
        try:
            sheet(meta.stem)
        except (assets.AssetError, KeyError, ValueError):
            continue  # not a sheet this build can draw: the draw that asks for it reports it


def clear_cache() -> None:
    _sheets.clear()
