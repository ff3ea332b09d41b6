"""The HUD shows a boss's name and health while it is in play, and nothing there when there is none."""

from __future__ import annotations

import numpy as np
import pygame

from game.render import INTERNAL_SIZE
from game.render.hud import BOSS_BAR_BOTTOM, BOSS_BAR_WIDTH, active_bosses, draw_hud
from tests.world.test_setpieces import event_obj, world_with


def _hud(world) -> np.ndarray:
    surface = pygame.Surface(INTERNAL_SIZE)
    surface.fill((0, 0, 0))
    draw_hud(surface, world)
    return pygame.surfarray.array3d(surface).astype(int)


def _bar_region(frame: np.ndarray) -> np.ndarray:
    w, h = INTERNAL_SIZE
    x0 = w // 2 - BOSS_BAR_WIDTH // 2
    return frame[x0 - 2:x0 + BOSS_BAR_WIDTH + 2, h - BOSS_BAR_BOTTOM - 20:h - BOSS_BAR_BOTTOM + 4]


def test_a_boss_has_a_labelled_health_bar_that_follows_its_health(display, tmp_path):
    (tmp_path / "plain").mkdir()
    (tmp_path / "boss").mkdir()
    plain = world_with(tmp_path / "plain", [event_obj(3, "t1000", 400, 160, name="liquid", droplets=60)])
    boss_world = world_with(tmp_path / "boss", [
        event_obj(3, "t1000", 400, 160, name="liquid", droplets=60, boss=True, phases=2, title="T-1000")])
    boss = boss_world.t1000s[0]
    assert active_bosses(plain) == [] and active_bosses(boss_world) == [boss]
    without = _bar_region(_hud(plain))
    full = _bar_region(_hud(boss_world))
    assert not without.any(), "no bar where there is no boss"
    assert (full != without).any()
    boss.health = boss.max_health / 4
    quarter = _bar_region(_hud(boss_world))
    assert (quarter != full).any(), "the bar shows the health left"
    boss.alive = False
    assert not _bar_region(_hud(boss_world)).any(), "a boss gone takes its bar with it"


def test_the_hud_only_reads_the_boss(display, tmp_path):
    world = world_with(tmp_path, [event_obj(3, "t1000", 400, 160, name="liquid", droplets=60, boss=True)])
    before = world.state_hash()
    _hud(world)
    assert world.state_hash() == before
