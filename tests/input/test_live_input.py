"""Keyboard and gamepad events, posted through pygame's own event queue, drive the same actions."""

from __future__ import annotations

import pygame

from game.input.actions import Action
from game.input.bindings import Bindings
from game.input.live import LiveInput


def _pump(live: LiveInput, *events: pygame.event.Event):
    pygame.event.clear()
    for event in events:
        pygame.event.post(event)
    for event in pygame.event.get():
        live.handle_event(event)
    return live.next_frame()


def test_keyboard_and_gamepad_give_the_same_actions(display):
    live = LiveInput(Bindings())
    by_key = _pump(live, pygame.event.Event(pygame.KEYDOWN, key=pygame.K_SPACE, mod=0))
    assert by_key.was_pressed(Action.JUMP) and by_key.is_held(Action.JUMP)
    _pump(live, pygame.event.Event(pygame.KEYUP, key=pygame.K_SPACE, mod=0))

    by_pad = _pump(live, pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, instance_id=0,
                                            button=pygame.CONTROLLER_BUTTON_A))
    assert by_pad.was_pressed(Action.JUMP) and by_pad.is_held(Action.JUMP)
    assert by_pad.held & ~Action.CONFIRM.bit == by_key.held & ~Action.CONFIRM.bit


def test_pressed_is_reported_once_held_stays(display):
    live = LiveInput(Bindings())
    first = _pump(live, pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RIGHT, mod=0))
    second = _pump(live)
    assert first.was_pressed(Action.RIGHT)
    assert not second.was_pressed(Action.RIGHT) and second.is_held(Action.RIGHT)
    third = _pump(live, pygame.event.Event(pygame.KEYUP, key=pygame.K_RIGHT, mod=0))
    assert not third.is_held(Action.RIGHT)


def test_stick_and_trigger_map_to_actions(display):
    live = LiveInput(Bindings())
    snap = _pump(live,
                 pygame.event.Event(pygame.CONTROLLERAXISMOTION, instance_id=0,
                                    axis=pygame.CONTROLLER_AXIS_LEFTX, value=-30000),
                 pygame.event.Event(pygame.CONTROLLERAXISMOTION, instance_id=0,
                                    axis=pygame.CONTROLLER_AXIS_TRIGGERRIGHT, value=32000))
    assert snap.is_held(Action.LEFT) and snap.was_pressed(Action.FIRE)
    # A stick resting near the threshold does not flicker (hysteresis), centred releases.
    snap = _pump(live, pygame.event.Event(pygame.CONTROLLERAXISMOTION, instance_id=0,
                                          axis=pygame.CONTROLLER_AXIS_LEFTX, value=-12000))
    assert snap.is_held(Action.LEFT)
    snap = _pump(live, pygame.event.Event(pygame.CONTROLLERAXISMOTION, instance_id=0,
                                          axis=pygame.CONTROLLER_AXIS_LEFTX, value=0))
    assert not snap.is_held(Action.LEFT)


def test_pulling_the_pad_out_releases_its_buttons_and_flags_it(display):
    live = LiveInput(Bindings())
    _pump(live, pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, instance_id=3, button=pygame.CONTROLLER_BUTTON_DPAD_RIGHT))
    snap = _pump(live, pygame.event.Event(pygame.CONTROLLERDEVICEREMOVED, instance_id=3))
    assert live.device_lost
    assert not snap.is_held(Action.RIGHT)


def test_rebound_key_drives_the_action(display):
    bindings = Bindings()
    bindings.rebind(Action.JUMP, "up")
    live = LiveInput(bindings)
    snap = _pump(live, pygame.event.Event(pygame.KEYDOWN, key=pygame.K_UP, mod=0))
    assert snap.was_pressed(Action.JUMP)
    assert not snap.is_held(Action.UP)  # taken from UP: one key, one gameplay action
