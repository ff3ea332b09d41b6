"""The HUD reads whichever hero plays: the T-800's shells, Sarah's doses or rifle rounds."""

from __future__ import annotations

import pygame

from game.level import load_level
from game.render import INTERNAL_SIZE
from game.render.hud import draw_hud
from game.world.world import World
from tests.screen import colour, shows
from tests.world.conftest import FLAT, make_map
from tests.world.test_setpieces import event_obj


def _world(tmp_path, **start) -> World:
    objects = [event_obj(1, "player_start", 64, 160, facing="right", **start), event_obj(2, "exit", 600, 128, 16, 32)]
    return World(load_level(make_map(tmp_path, FLAT, objects)))


def _hud(world) -> pygame.Surface:
    surface = pygame.Surface(INTERNAL_SIZE)
    draw_hud(surface, world)
    return surface


def test_the_hud_names_sarahs_weapon_and_what_is_left_of_it(display, tmp_path):
    (tmp_path / "rifle").mkdir()
    (tmp_path / "sedative").mkdir()
    rifle = _world(tmp_path / "rifle", character="sarah", weapon="rifle", ammo=7)
    assert shows(_hud(rifle), "RIFLE 7", colour("white"))
    sedated = _world(tmp_path / "sedative", character="sarah", weapon="sedative", ammo=2)
    assert shows(_hud(sedated), "SEDATIVE 2", colour("white"))
