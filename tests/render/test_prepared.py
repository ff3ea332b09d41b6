"""Drawing faster must not draw differently: flattened, encoded tile chunks and backdrops give the
same pixels as drawing every tile and image the plain way."""

from __future__ import annotations

import numpy as np
import pygame
import pytest

from game import assets
from game.level import load_level
from game.level.loader import find_level
from game.render import INTERNAL_SIZE, prepared
from game.render.background import LAYERS, Parallax
from game.render.tiles import LevelTiles, tile_image

CAMERAS = [(0.0, 0.0), (123.4, 37.6), (1000.5, 200.0), (2555.0, 90.2), (4000.0, 300.0)]


def _tiles_plain(level, surface: pygame.Surface, ox: float, oy: float, front: bool) -> None:
    cache: dict = {}
    ts = level.tile_size
    for layer in level.layers:
        if layer.front != front:
            continue
        for row_i, row in enumerate(layer.gids):
            for col_i, gid in enumerate(row):
                img = tile_image(level, gid, cache) if gid else None
                if img is not None:
                    surface.blit(img.convert_alpha(), (col_i * ts - round(ox), row_i * ts - round(oy)))


def test_flattened_tile_layers_draw_the_same_pixels(display):
    for name in sorted(p.stem for p in assets.levels_dir().glob("*.tmx")):
        level = load_level(find_level(name))
        tiles = LevelTiles(level)
        assert len(tiles.back) <= 1 and len(tiles.front) <= 1  # pixel-art layers flatten into one
        for ox, oy in CAMERAS:
            ox, oy = float(round(ox)), float(round(oy))  # chunks and tiles round alike at whole pixels
            for front in (False, True):
                fast = pygame.Surface(INTERNAL_SIZE).convert()
                plain = pygame.Surface(INTERNAL_SIZE).convert()
                fast.fill((40, 20, 60))
                plain.fill((40, 20, 60))
                for layer in tiles.front if front else tiles.back:
                    layer.draw(fast, ox, oy)
                _tiles_plain(level, plain, ox, oy, front)
                assert np.array_equal(pygame.surfarray.array3d(fast), pygame.surfarray.array3d(plain)), \
                    (name, ox, oy, front)


@pytest.mark.parametrize("name", sorted({p.stem.rsplit("_", 1)[0] for p in assets.asset_path("backgrounds").glob("*_sky.png")}))
def test_prepared_backdrops_draw_the_same_pixels(display, name):
    fast_view = Parallax(name)
    plain = [(assets.image("backgrounds", f"{name}_{s}.png").convert_alpha(), fx, fy) for s, fx, fy in LAYERS]
    assert len(plain) == len(fast_view.layers)
    for ox, oy in CAMERAS:
        a = pygame.Surface(INTERNAL_SIZE).convert()
        b = pygame.Surface(INTERNAL_SIZE).convert()
        fast_view.draw(a, ox, oy, 720)
        fast_view.layers, saved = plain, fast_view.layers
        fast_view.draw(b, ox, oy, 720)
        fast_view.layers = saved
        assert np.array_equal(pygame.surfarray.array3d(a), pygame.surfarray.array3d(b)), (ox, oy)


def test_only_hard_edged_surfaces_are_encoded(display):
    soft = pygame.Surface((4, 4), pygame.SRCALPHA)
    soft.fill((200, 100, 50, 128))
    hard = pygame.Surface((4, 4), pygame.SRCALPHA)
    hard.fill((200, 100, 50, 255), (0, 0, 2, 4))
    solid = pygame.Surface((4, 4), pygame.SRCALPHA)
    solid.fill((1, 2, 3, 255))
    assert prepared.alpha_kind(soft) == prepared.SOFT
    assert prepared.alpha_kind(hard) == prepared.BINARY
    assert prepared.alpha_kind(solid) == prepared.OPAQUE
    assert not prepared.for_blitting(solid).get_flags() & pygame.SRCALPHA
    assert prepared.for_blitting(hard).get_flags() & pygame.RLEACCELOK  # encoded on its first blit
    assert not prepared.for_blitting(soft).get_flags() & (pygame.RLEACCEL | pygame.RLEACCELOK)
