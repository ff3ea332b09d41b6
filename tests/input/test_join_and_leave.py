"""A second player drops in with Start on a free pad and leaves from the pause menu; both arrive
as input, so recordings replay them."""

from __future__ import annotations

import pygame

from game.headless import run_level
from game.input.actions import Action, InputSnapshot
from game.input.bindings import Bindings
from game.input.live import LiveInput
from game.input.replay import Recording, replay_sources
from game.level import load_level
from game.level.loader import find_level
from game.scenes.pause import PauseScene
from game.scenes.play import PlayScene
from game.timestep import DT
from game.world.world import World
from tests.driving import key, pad_button, step, tap

IDLE = InputSnapshot()
START = InputSnapshot(Action.PAUSE.bit, Action.PAUSE.bit)
LEAVE = InputSnapshot(Action.LEAVE.bit, Action.LEAVE.bit)
RIGHT = InputSnapshot(Action.RIGHT.bit, 0)


def test_start_on_a_free_seat_joins_beside_player_one_and_leave_takes_him_out():
    w = World(load_level(find_level("freeway")), seed=3)
    for _ in range(30):
        w.step(DT, [RIGHT, IDLE])
    assert len(w.players) == 1  # an idle seat is nobody
    w.step(DT, [IDLE, START])
    one, two = w.players
    assert two.slot == 1 and abs(two.x - one.x) <= 24 and two.lives == one.lives
    for _ in range(20):
        w.step(DT, [IDLE, RIGHT])
    assert two.x > one.x  # his own input moves him
    shapes = len(w.space.shapes)
    w.step(DT, [IDLE, LEAVE])
    w.step(DT, [IDLE, IDLE])
    assert w.players == [one] and two not in w.entities
    assert len(w.space.shapes) < shapes  # his body left the space with him


def test_a_run_where_player_two_joins_and_leaves_replays_exactly():
    def script(slot: int):
        frame = iter(range(10 ** 6))

        class Hands:
            def next_frame(self) -> InputSnapshot:
                i = next(frame)
                if slot == 0:
                    return RIGHT if i % 90 < 60 else IDLE
                return START if i == 100 else LEAVE if i == 400 else RIGHT if 100 < i < 400 else IDLE
        return Hands()

    recording = Recording("freeway", seed=5, players=1, seats=2)
    first = run_level("freeway", seed=5, frames=600, sources=[script(0), script(1)], recording=recording)
    again = run_level("freeway", seed=5, frames=600, sources=replay_sources(recording))
    assert first.state_hash == again.state_hash
    loaded = Recording.load(_saved(recording))
    assert loaded.players == 1 and len(loaded.streams) == 2


def _saved(recording: Recording):
    import tempfile
    from pathlib import Path

    path = Path(tempfile.mkdtemp()) / "run.json"
    recording.save(path)
    return path


def test_a_pads_first_press_in_play_decides_whose_it_is(display):
    live = LiveInput(Bindings())
    live.start_play(1)
    live.free_seat = True
    live.handle_event(pad_button(pygame.CONTROLLER_BUTTON_A, pad=3))  # player one playing on a pad
    live.free_seat = True
    live.handle_event(pad_button(pygame.CONTROLLER_BUTTON_START, pad=4))  # somebody else wants in
    live.next_frame()
    one, two = live.slot_frames
    assert one.was_pressed(Action.JUMP) and not one.was_pressed(Action.PAUSE)
    assert two.was_pressed(Action.PAUSE)


def test_a_friend_joins_with_start_and_leaves_from_the_pause_menu(app):
    app.start_level("freeway")
    scene = app.stack.top
    step(app, frames=3)
    step(app, pad_button(pygame.CONTROLLER_BUTTON_START, pad=7))
    step(app, pad_button(pygame.CONTROLLER_BUTTON_START, down=False, pad=7), frames=2)
    assert app.stack.top is scene and len(scene.world.players) == 2  # joined, not paused
    tap(app, pygame.K_ESCAPE)
    pause = app.stack.top
    assert isinstance(pause, PauseScene)
    assert [item.text() for item in pause.menu.items][1] == "Player 2 leaves"
    tap(app, pygame.K_DOWN)
    tap(app, pygame.K_RETURN)
    step(app, frames=2)
    assert app.stack.top is scene and len(scene.world.players) == 1
    x = scene.world.player.x
    step(app, pad_button(pygame.CONTROLLER_BUTTON_DPAD_LEFT, pad=7), frames=20)  # his pad drives nobody now
    assert abs(scene.world.player.x - x) < 1.0
    step(app, pad_button(pygame.CONTROLLER_BUTTON_DPAD_LEFT, down=False, pad=7))
    step(app, pad_button(pygame.CONTROLLER_BUTTON_START, pad=7), frames=2)  # and Start brings him back
    assert isinstance(app.stack.top, PlayScene) and len(scene.world.players) == 2
    step(app, key(pygame.K_ESCAPE))
