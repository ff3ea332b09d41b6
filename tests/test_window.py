"""The window a player gets by default: the biggest sharp picture that leaves the desktop usable."""

from __future__ import annotations

import os

import pygame
import pytest

from game.app import APP_NAME, DESKTOP_MARGIN, window_scale_for
from game.render import INTERNAL_SIZE


@pytest.mark.parametrize(("desktop", "scale"), [((1920, 1080), 2), ((2560, 1440), 3), ((1366, 768), 1),
                                                 ((3840, 2160), 5), ((1280, 720), 1), ((800, 600), 1)])
def test_the_default_window_leaves_room_for_a_title_bar_and_a_taskbar(desktop, scale):
    assert window_scale_for(*desktop) == scale
    if scale > 1:  # (1x is the smallest there is, even on a tiny screen)
        w, h = INTERNAL_SIZE[0] * scale, INTERNAL_SIZE[1] * scale
        assert w + DESKTOP_MARGIN[0] <= desktop[0] and h + DESKTOP_MARGIN[1] <= desktop[1]


def test_the_auto_window_is_sized_to_fit_and_named_for_the_game(app):
    desktop_w, desktop_h = pygame.display.get_desktop_sizes()[0]
    w, h = pygame.display.get_window_size()
    assert (w, h) == (INTERNAL_SIZE[0] * window_scale_for(desktop_w, desktop_h),
                      INTERNAL_SIZE[1] * window_scale_for(desktop_w, desktop_h))
    assert os.environ["SDL_VIDEO_X11_WMCLASS"] == APP_NAME  # taskbars show the game, not "__main__.py"
