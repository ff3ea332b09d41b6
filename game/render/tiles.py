"""Tile layers pre-drawn into chunks once per level, so a frame blits a handful of surfaces.

The layers drawn one right after the other (all the back ones, all the
front ones) are flattened into one set of chunks when that changes no pixel
(pixel art: every pixel opaque or clear), and each chunk is made ready for
fast blitting (``game.render.prepared``).
"""

from __future__ import annotations

from pathlib import Path

import pygame

from game.level.data import LevelData
from game.render import prepared

CHUNK = 256  # px


class TileLayerView:
    def __init__(self, level: LevelData, layer_index: int, tile_cache: dict, *, finish: bool = True) -> None:
        layer = level.layers[layer_index]
        self.front = layer.front
        self.names = [layer.name]
        ts = level.tile_size
        w, h = level.pixel_size
        self.chunks: dict[tuple[int, int], pygame.Surface] = {}
        for row_i, row in enumerate(layer.gids):
            for col_i, gid in enumerate(row):
                if not gid:
                    continue
                img = tile_image(level, gid, tile_cache)
                if img is None:
                    continue
                x, y = col_i * ts, row_i * ts
                key = (x // CHUNK, y // CHUNK)
                chunk = self.chunks.get(key)
                if chunk is None:
                    cw = min(CHUNK, w - key[0] * CHUNK)
                    ch = min(CHUNK, h - key[1] * CHUNK)
                    chunk = self.chunks[key] = pygame.Surface((cw, ch), pygame.SRCALPHA)
                chunk.blit(img, (x - key[0] * CHUNK, y - key[1] * CHUNK))
        if finish:
            self.finish()

    def finish(self) -> None:
        """Convert the chunks for drawing (after any merging: merged chunks are still plain)."""
        self.chunks = {k: prepared.for_blitting(c) for k, c in self.chunks.items()}

    def binary(self) -> bool:
        """Every pixel of every chunk opaque or clear (layers like that flatten exactly)."""
        return all(prepared.alpha_kind(c) != prepared.SOFT for c in self.chunks.values())

    def absorb(self, upper: TileLayerView) -> None:
        """Draw ``upper`` (a layer drawn right after this one) into this layer's chunks."""
        for key, chunk in upper.chunks.items():
            mine = self.chunks.get(key)
            if mine is None:
                self.chunks[key] = chunk.copy()
            else:
                mine.blit(chunk, (0, 0))
        self.names += upper.names

    def draw(self, surface: pygame.Surface, ox: float, oy: float) -> None:
        sw, sh = surface.get_size()
        c0, c1 = int(ox // CHUNK), int((ox + sw) // CHUNK)
        r0, r1 = int(oy // CHUNK), int((oy + sh) // CHUNK)
        blits = []
        for cx in range(c0, c1 + 1):
            for cy in range(r0, r1 + 1):
                chunk = self.chunks.get((cx, cy))
                if chunk is not None:
                    blits.append((chunk, (round(cx * CHUNK - ox), round(cy * CHUNK - oy))))
        surface.fblits(blits)


def tile_image(level: LevelData, gid: int, cache: dict) -> pygame.Surface | None:
    if gid in cache:
        return cache[gid]
    entry = level.tile_images.get(gid)
    if entry is None:
        cache[gid] = None
        return None
    filename, rect, flags = entry
    path = Path(filename)
    if not path.is_absolute():
        path = level.path.parent / path
    sheet_key = ("sheet", str(path.resolve()))
    if sheet_key not in cache:
        cache[sheet_key] = pygame.image.load(str(path))
    img = cache[sheet_key].subsurface(pygame.Rect(rect)).copy()
    if flags is not None and any(flags):
        if getattr(flags, "flipped_diagonally", False):
            img = pygame.transform.rotate(pygame.transform.flip(img, True, False), 90)
        img = pygame.transform.flip(img, bool(getattr(flags, "flipped_horizontally", False)),
                                    bool(getattr(flags, "flipped_vertically", False)))
    cache[gid] = img
    return img


class LevelTiles:
    def __init__(self, level: LevelData) -> None:
        cache: dict = {}
        views = [TileLayerView(level, i, cache, finish=False) for i in range(len(level.layers))]
        self.back = _flatten([v for v in views if not v.front])
        self.front = _flatten([v for v in views if v.front])
        for v in self.back + self.front:
            v.finish()
        self.tile_cache = cache

    def surfaces(self) -> list[pygame.Surface]:
        return [c for v in self.back + self.front for c in v.chunks.values()]


def _flatten(views: list[TileLayerView]) -> list[TileLayerView]:
    """Layers drawn back to back, as few as gives the same pixels (pixel-art layers: one)."""
    out: list[TileLayerView] = []
    for v in views:
        if out and out[-1].binary() and v.binary():
            out[-1].absorb(v)
        else:
            out.append(v)
    return out
