"""Every test runs headless, with its own empty config/data folder and the repo's assets."""

from __future__ import annotations

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame  # noqa: E402
import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def user_home(tmp_path, monkeypatch):
    """Settings, saves and logs go to a temporary folder, never the developer's own."""
    monkeypatch.setenv("JUDGMENT_DAY_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


@pytest.fixture
def display():
    """A (dummy) display, for tests that load images or draw."""
    pygame.init()
    surface = pygame.display.set_mode((640, 360))
    yield surface


@pytest.fixture
def app(display):
    from game.app import App

    application = App(mute=True)
    application.start()
    pygame.event.clear()  # the dummy video driver queues focus events when the window opens
    yield application
