"""The controls screen, driven like a player through pygame's event queue.

Esc (and the pad's Back button) always gets the player out; every pad control,
sticks and triggers included, can be bound; a rebind keeps the action's other
controls; a clash never leaves another action silently without a control.
"""

from __future__ import annotations

import pygame
import pytest

from game.input.actions import Action
from game.input.bindings import MAX_CONTROLS, Bindings
from game.scenes.options import ControlsScene
from game.scenes.pause import PauseScene
from game.settings import load_settings, settings_path
from game.storage import atomic_write_json
from tests.driving import key, press_pad, run_until, step, tap


def axis(which, value):
    return pygame.event.Event(pygame.CONTROLLERAXISMOTION, instance_id=0, axis=which, value=value)


def open_controls(app, device="keys") -> ControlsScene:
    """Options > Controls, switching the device row to Gamepad with the keyboard if asked."""
    scene = ControlsScene(app)
    app.stack.push(scene)
    if device == "pad":
        select(app, scene, "device")
    assert scene.device == device
    return scene


def move_to(app, scene, row):
    run_until(lambda: tap(app, pygame.K_DOWN), lambda: scene.rows[scene.index] == row, len(scene.rows),
              f"moving down to the {row} row")


def select(app, scene, row):
    move_to(app, scene, row)
    tap(app, pygame.K_RETURN)


def start_rebinding(app, scene, action):
    select(app, scene, action)
    assert scene.waiting == action


# --- 1. Esc always gets the player out ------------------------------------------------------------

def test_keyboard_escape_cancels_waiting_for_a_gamepad_control(app):
    scene = open_controls(app, "pad")
    start_rebinding(app, scene, Action.FIRE)
    tap(app, pygame.K_ESCAPE)
    assert scene.waiting is None and scene.notice == "Cancelled"
    assert app.settings.bindings.pad[Action.FIRE] == ["x", "triggerright"]
    tap(app, pygame.K_ESCAPE)  # and a second Esc leaves the screen
    assert app.stack.top is not scene


@pytest.mark.parametrize("device", ["keys", "pad"])
def test_pad_back_button_cancels_a_rebind_on_either_device(app, device):
    scene = open_controls(app, device)
    start_rebinding(app, scene, Action.FIRE)
    before = list(getattr(app.settings.bindings, device)[Action.FIRE])
    press_pad(app, pygame.CONTROLLER_BUTTON_BACK)
    assert scene.waiting is None and scene.notice == "Cancelled"
    assert getattr(app.settings.bindings, device)[Action.FIRE] == before


def test_after_cancelling_enter_chooses_again(app):
    scene = open_controls(app)
    start_rebinding(app, scene, Action.JUMP)
    tap(app, pygame.K_ESCAPE)
    tap(app, pygame.K_RETURN)  # the Enter released while waiting must not stay "held"
    assert scene.waiting == Action.JUMP


def test_escape_still_pauses_after_pause_is_rebound_twice(app):
    scene = open_controls(app)
    start_rebinding(app, scene, Action.PAUSE)
    tap(app, pygame.K_m)
    start_rebinding(app, scene, Action.PAUSE)
    tap(app, pygame.K_n)
    assert app.settings.bindings.keys[Action.PAUSE] == ["n", "escape"]  # N replaced M; Escape stays
    app.start_level("freeway")
    step(app, frames=3)
    tap(app, pygame.K_ESCAPE)
    assert isinstance(app.stack.top, PauseScene)
    tap(app, pygame.K_n)  # the new key resumes, like any pause key
    assert not isinstance(app.stack.top, PauseScene)
    tap(app, pygame.K_n)
    assert isinstance(app.stack.top, PauseScene)


def test_a_settings_file_that_lost_escape_still_pauses(display):
    """Older versions saved Pause without Escape; such a file loads, keeps its choices, and Esc pauses."""
    from game.app import App

    atomic_write_json(settings_path(), {"version": 1, "sound_volume": 0.3,
                                        "bindings": {"keys": {"pause": ["n", "m"]}, "pad": {}}})
    app = App(mute=True)
    app.start()
    assert app.notice is None and app.settings.sound_volume == 0.3
    assert app.settings.bindings.keys[Action.PAUSE][:2] == ["n", "m"]
    pygame.event.clear()
    app.start_level("freeway")
    step(app, frames=3)
    tap(app, pygame.K_ESCAPE)
    assert isinstance(app.stack.top, PauseScene)


def test_reserved_controls_cannot_be_bound():
    bindings = Bindings()
    with pytest.raises(ValueError):
        bindings.rebind(Action.FIRE, "escape")
    with pytest.raises(ValueError):
        bindings.rebind(Action.FIRE, "back", device="pad")


# --- 2. gamepad rebinding reaches every control ---------------------------------------------------

def test_sticks_and_triggers_can_be_bound(app):
    scene = open_controls(app, "pad")
    start_rebinding(app, scene, Action.SWITCH)
    step(app, axis(pygame.CONTROLLER_AXIS_RIGHTX, 12000))  # a nudge is not a choice
    assert scene.waiting == Action.SWITCH
    step(app, axis(pygame.CONTROLLER_AXIS_RIGHTX, 30000), axis(pygame.CONTROLLER_AXIS_RIGHTX, 0))
    assert app.settings.bindings.pad[Action.SWITCH][0] == "rightx+"

    start_rebinding(app, scene, Action.INTERACT)
    step(app, axis(pygame.CONTROLLER_AXIS_TRIGGERLEFT, 32767), axis(pygame.CONTROLLER_AXIS_TRIGGERLEFT, 0))
    assert app.settings.bindings.pad[Action.INTERACT][0] == "triggerleft"
    assert load_settings()[0].bindings.pad[Action.INTERACT][0] == "triggerleft"

    pygame.event.post(axis(pygame.CONTROLLER_AXIS_TRIGGERLEFT, 32767))
    pygame.event.post(axis(pygame.CONTROLLER_AXIS_RIGHTX, 30000))
    app.process_events()
    snap = app.input.next_frame()
    assert snap.was_pressed(Action.INTERACT) and snap.was_pressed(Action.SWITCH)


def test_a_stick_still_pushed_after_it_is_captured_does_not_press_the_new_action(app):
    scene = open_controls(app, "pad")
    start_rebinding(app, scene, Action.DOWN)
    step(app, axis(pygame.CONTROLLER_AXIS_RIGHTY, 25000), axis(pygame.CONTROLLER_AXIS_RIGHTY, 32767))
    step(app, frames=2)
    assert app.settings.bindings.pad[Action.DOWN][0] == "righty+"
    assert scene.rows[scene.index] == Action.DOWN  # the cursor stayed on the row just rebound
    step(app, axis(pygame.CONTROLLER_AXIS_RIGHTY, 0))
    step(app, axis(pygame.CONTROLLER_AXIS_RIGHTY, 30000))  # a fresh push is a press
    assert scene.rows[scene.index] == Action.JUMP


def test_rebinding_left_to_a_shoulder_replaces_the_dpad_but_keeps_the_stick(app):
    scene = open_controls(app, "pad")
    start_rebinding(app, scene, Action.LEFT)
    press_pad(app, pygame.CONTROLLER_BUTTON_LEFTSHOULDER)
    assert app.settings.bindings.pad[Action.LEFT] == ["leftshoulder", "leftx-"]
    tap(app, pygame.K_ESCAPE)
    pygame.event.post(axis(pygame.CONTROLLER_AXIS_LEFTX, -30000))
    app.process_events()
    assert app.input.next_frame().is_held(Action.LEFT)


def test_a_rebind_replaces_but_escape_stays_on_pause():
    bindings = Bindings()
    bindings.rebind(Action.FIRE, "m")
    assert bindings.keys[Action.FIRE] == ["m"]  # J and left Ctrl are gone: a rebind replaces
    for name in ("m", "n", "o"):
        bindings.rebind(Action.PAUSE, name)
    assert bindings.keys[Action.PAUSE] == ["o", "escape"]
    for name in ("leftshoulder", "rightshoulder"):
        bindings.rebind(Action.LEFT, name, device="pad")
    assert bindings.pad[Action.LEFT] == ["rightshoulder", "leftx-"]
    assert all(len(controls) <= MAX_CONTROLS for controls in bindings.pad.values())


def test_taking_another_actions_only_key_swaps_them_and_says_so(app):
    scene = open_controls(app)
    start_rebinding(app, scene, Action.FIRE)
    tap(app, pygame.K_e)  # E was Punch's only key
    keys = app.settings.bindings.keys
    assert keys[Action.FIRE] == ["e"]
    assert keys[Action.INTERACT] == ["j"]
    assert "Punch" in scene.notice and "J" in scene.notice
    tap(app, pygame.K_ESCAPE)
    pygame.event.post(key(pygame.K_j))
    app.process_events()
    snap = app.input.next_frame()
    assert snap.was_pressed(Action.INTERACT) and not snap.was_pressed(Action.FIRE)


def test_taking_another_actions_only_pad_button_swaps_them(app):
    scene = open_controls(app, "pad")
    start_rebinding(app, scene, Action.JUMP)
    press_pad(app, pygame.CONTROLLER_BUTTON_B)  # B was Punch's only button
    assert app.settings.bindings.pad[Action.JUMP] == ["b"]
    assert app.settings.bindings.pad[Action.INTERACT] == ["a"]
    assert "Punch" in scene.notice


def test_an_action_left_unbound_is_reported(app):
    app.settings.bindings.keys[Action.PAUSE] = ["escape"]  # nothing Pause could hand over
    scene = open_controls(app)
    start_rebinding(app, scene, Action.PAUSE)
    tap(app, pygame.K_e)
    assert app.settings.bindings.keys[Action.INTERACT] == []
    assert "Punch now unbound" in scene.notice


def test_taking_a_spare_key_only_moves_it(app):
    scene = open_controls(app)
    start_rebinding(app, scene, Action.FIRE)
    tap(app, pygame.K_SPACE)
    assert app.settings.bindings.keys[Action.JUMP] == ["k"]
    assert scene.notice == "Space moved from Jump to Fire"


def test_pad_controls_are_named_as_printed_on_a_pad():
    from game.input.bindings import key_label, pad_control_names

    assert key_label("leftshoulder") == "LB" and key_label("leftx-") == "L-stick left"
    assert key_label("space") == "Space" and key_label("a") == "A"
    assert all(key_label(name) != name.title() or len(name) == 1 or name in ("start", "guide")
               for name in pad_control_names())  # no raw SDL names on screen


def test_captions_name_the_players_own_controls():
    from game.input.bindings import control_hints
    from game.render.hud import fill_controls

    b = Bindings()
    text = "Punch with {interact}; {fire} shoots."
    assert fill_controls(text, control_hints(b, with_pad=False)) == "Punch with E; J shoots."
    b.rebind(Action.INTERACT, "f")
    assert fill_controls(text, control_hints(b, with_pad=True)) == "Punch with F / B; J / X shoots."
