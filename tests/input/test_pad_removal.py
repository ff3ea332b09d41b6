"""Pulling out a gamepad always pauses, even when a button went down in the same frame.

The press used to reach the pause menu the removal had just opened: Start
(pause) or A (confirm "Resume") closed it again in the same update, and the
level ran on with nobody at the controls.
"""

from __future__ import annotations

import pygame
import pytest

from game.input.actions import Action
from game.input.bindings import Bindings
from game.input.live import LiveInput
from game.scenes.pause import PauseScene
from game.scenes.play import PlayScene
from tests.driving import key, pad_button, step

REMOVED = pygame.event.Event(pygame.CONTROLLERDEVICEREMOVED, instance_id=0)


@pytest.mark.parametrize("button", [pygame.CONTROLLER_BUTTON_START, pygame.CONTROLLER_BUTTON_A,
                                    pygame.CONTROLLER_BUTTON_B], ids=["start", "a", "b"])
@pytest.mark.parametrize("order", ["press_then_removal", "removal_then_press"])
def test_a_press_and_the_pads_removal_in_one_frame_still_pause(app, button, order):
    app.start_level("freeway")
    step(app, frames=2)
    assert isinstance(app.stack.top, PlayScene)
    events = [pad_button(button), REMOVED] if order == "press_then_removal" else [REMOVED, pad_button(button)]
    step(app, *events)
    assert isinstance(app.stack.top, PauseScene)
    step(app, pad_button(button, down=False), frames=3)  # and it stays paused
    assert isinstance(app.stack.top, PauseScene)


def test_a_removal_while_paused_is_not_undone_by_a_press_in_the_same_frame(app):
    app.start_level("freeway")
    step(app, key(pygame.K_ESCAPE))
    step(app, key(pygame.K_ESCAPE, down=False))
    assert isinstance(app.stack.top, PauseScene)
    step(app, pad_button(pygame.CONTROLLER_BUTTON_START), REMOVED)
    assert isinstance(app.stack.top, PauseScene)


def test_the_pause_menu_answers_the_next_frames_press(app):
    """Only the frame of the removal is dropped: the player can resume at once afterwards."""
    app.start_level("freeway")
    step(app, REMOVED)
    assert isinstance(app.stack.top, PauseScene)
    step(app, key(pygame.K_ESCAPE))
    assert isinstance(app.stack.top, PlayScene)


def test_the_live_input_reports_no_press_in_the_frame_a_pad_is_lost(display):
    live = LiveInput(Bindings())
    for event in (pad_button(pygame.CONTROLLER_BUTTON_START), REMOVED, key(pygame.K_RETURN)):
        live.handle_event(event)
    snap = live.next_frame()
    assert live.device_lost and snap.pressed == 0
    live.handle_event(key(pygame.K_p))
    assert live.next_frame().was_pressed(Action.PAUSE)  # the next frame's presses count again
