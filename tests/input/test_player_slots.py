"""Each player slot has its own devices: the keyboard for player one, the first pad for player
two; a pad pulled out pauses the game and lets go of that pad's controls only."""

from __future__ import annotations

import pygame

from game.input.actions import Action
from game.input.bindings import Bindings
from game.input.live import LiveInput
from game.scenes.pause import PauseScene
from game.scenes.play import PlayScene
from tests.driving import key, pad_button, step
from tests.screen import colour, shows

P2_PAD = 5  # an SDL instance id: pads are known by it, not by their order in the system list
RIGHT = pygame.K_d  # player one's right (the arrows are player two's while he has no pad: game/input/bindings.py)
DPAD_RIGHT = pygame.CONTROLLER_BUTTON_DPAD_RIGHT


def _removed(pad: int) -> pygame.event.Event:
    return pygame.event.Event(pygame.CONTROLLERDEVICEREMOVED, instance_id=pad)


def _live(players: int) -> LiveInput:
    live = LiveInput(Bindings())
    live.start_play(players)
    return live


def test_with_two_players_the_keyboard_drives_one_and_the_first_pad_two(display):
    live = _live(2)
    live.handle_event(key(RIGHT))
    live.handle_event(pad_button(pygame.CONTROLLER_BUTTON_A, pad=P2_PAD))
    menu = live.next_frame()
    one, two = live.slot_frames
    assert one.is_held(Action.RIGHT) and not one.is_held(Action.JUMP)
    assert two.was_pressed(Action.JUMP) and not two.is_held(Action.RIGHT)
    assert menu.is_held(Action.RIGHT) and menu.was_pressed(Action.JUMP)  # menus hear everybody


def test_with_one_player_every_device_drives_him(display):
    live = _live(1)
    live.handle_event(pad_button(DPAD_RIGHT, pad=P2_PAD))
    live.next_frame()
    assert live.slot_frames[0].is_held(Action.RIGHT) and live.slot_frames[1].held == 0


def test_pulling_player_twos_pad_lets_go_of_his_controls_only(display):
    live = _live(2)
    live.handle_event(key(RIGHT))
    live.handle_event(pad_button(DPAD_RIGHT, pad=P2_PAD))
    live.next_frame()
    live.handle_event(_removed(P2_PAD))
    assert live.device_lost and live.lost_slot == 1
    live.next_frame()
    one, two = live.slot_frames
    assert one.is_held(Action.RIGHT)  # player one's key is still down
    assert two.held == 0


def test_pulling_player_twos_pad_pauses_and_player_one_plays_on_with_his_keys(app):
    app.players = 2
    app.start_level("freeway")
    scene = app.stack.top
    assert isinstance(scene, PlayScene) and len(scene.world.players) == 2
    one, two = scene.world.players
    step(app, key(RIGHT), pad_button(DPAD_RIGHT, pad=P2_PAD), frames=30)
    assert one.x > one.respawn_point[0] + 20 and two.x > two.respawn_point[0] + 20  # each on his own device
    step(app, _removed(P2_PAD))
    assert isinstance(app.stack.top, PauseScene)
    assert shows(app.render(), "PLAYER 2'S CONTROLLER DISCONNECTED", colour("white"))
    assert app.input.slot_frames[0].is_held(Action.RIGHT)  # player one's input untouched
    step(app, key(pygame.K_ESCAPE))  # resume
    step(app, key(pygame.K_ESCAPE, down=False))
    assert app.stack.top is scene
    x1 = one.x
    step(app, frames=20)
    assert one.x > x1 + 20  # still holding right
    assert app.input.slot_frames[1].held == 0  # nobody at player two's controls
