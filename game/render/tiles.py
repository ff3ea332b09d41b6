"""Tile layers pre-drawn into chunks once per level, so a frame blits a handful of surfaces."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.level.data import LevelData

CHUNK = 256  # px


class TileLayerView:
    def __init__(self, level: LevelData, layer_index: int, tile_cache: dict) -> None:
        layer = level.layers[layer_index]
        self.front = layer.front
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
        if pygame.display.get_surface() is not None:
            self.chunks = {k: c.convert_alpha() for k, c in self.chunks.items()}

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
        views = [TileLayerView(level, i, cache) for i in range(len(level.layers))]
        self.back = [v for v in views if not v.front]
        self.front = [v for v in views if v.front]
        self.tile_cache = cache
