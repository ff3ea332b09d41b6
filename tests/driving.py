"""Drive the real App like a player: events go through pygame's queue, then the app steps."""

from __future__ import annotations

from collections.abc import Callable

import pygame
import pytest


def step(app, *events, frames: int = 1, draw: bool = True) -> None:
    """Post ``events``, then run ``frames`` updates (each drawn, as the real loop does)."""
    for event in events:
        pygame.event.post(event)
    for _ in range(frames):
        app.process_events()
        app.update()
        if draw:
            app.render()


def key(k: int, down: bool = True) -> pygame.event.Event:
    return pygame.event.Event(pygame.KEYDOWN if down else pygame.KEYUP, key=k, mod=0)


def tap(app, k: int) -> None:
    """Press and release a key, a frame each."""
    step(app, key(k))
    step(app, key(k, down=False))


def pad_button(button: int, down: bool = True, pad: int = 0) -> pygame.event.Event:
    """A button on the pad whose SDL instance id is ``pad``."""
    kind = pygame.CONTROLLERBUTTONDOWN if down else pygame.CONTROLLERBUTTONUP
    return pygame.event.Event(kind, instance_id=pad, button=button)


def press_pad(app, button: int) -> None:
    """Press and release a pad button, a frame each."""
    step(app, pad_button(button))
    step(app, pad_button(button, down=False))


def run_until(advance: Callable[[], object], done: Callable[[], bool], max_steps: int, what: str) -> int:
    """``while not done(): advance()``, but a regression fails the test instead of hanging it.

    Returns how many times ``advance`` ran; fails naming ``what`` after ``max_steps``.
    """
    for steps in range(max_steps + 1):
        if done():
            return steps
        if steps < max_steps:
            advance()
    pytest.fail(f"{what}: not reached in {max_steps} steps")
