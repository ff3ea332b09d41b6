"""Every scene runs for a few frames headless; menus respond to the same actions as play."""

from __future__ import annotations

import pygame
import pytest

from game.input.actions import Action
from game.scenes.options import ControlsScene, OptionsScene
from game.scenes.pause import PauseScene
from game.scenes.play import PlayScene
from game.scenes.results import GameOverScene, LevelCompleteScene, MessageScene
from game.scenes.story import StoryScene
from game.scenes.title import TitleScene
from game.settings import load_settings
from tests.driving import key, step, tap


def test_title_is_first_and_draws(app):
    assert isinstance(app.stack.top, TitleScene)
    step(app, frames=3)
    surface = app.render()
    assert len(set(surface.get_at((x, y))[:3] for x in range(0, 640, 37) for y in range(0, 360, 23))) > 5


@pytest.mark.parametrize("make", [
    lambda app: OptionsScene(app),
    lambda app: ControlsScene(app),
    lambda app: StoryScene(app, "arrival", then=app.quit_to_title),
    lambda app: MessageScene(app, "levels/x.tmx: broken XML (line 3)"),
    lambda app: GameOverScene(app, "freeway", 1),
], ids=["options", "controls", "story", "message", "game_over"])
def test_scene_smoke(app, make):
    app.stack.push(make(app))
    step(app, frames=3)
    tap(app, pygame.K_DOWN)
    step(app, frames=2)


def test_start_game_goes_through_the_story_into_freeway(app):
    tap(app, pygame.K_RETURN)  # "Start game"
    assert isinstance(app.stack.top, StoryScene)
    tap(app, pygame.K_ESCAPE)  # skip the story
    assert isinstance(app.stack.top, PlayScene)
    assert app.stack.top.level_name == "freeway"
    step(app, frames=5)


def test_pause_menu_and_escape(app):
    app.start_level("freeway")
    step(app, frames=3)
    tap(app, pygame.K_ESCAPE)
    assert isinstance(app.stack.top, PauseScene)
    frame = app.stack.scenes[-2].world.frame
    step(app, frames=10)
    assert app.stack.scenes[-2].world.frame == frame  # frozen while paused
    tap(app, pygame.K_ESCAPE)
    assert isinstance(app.stack.top, PlayScene)


def test_quit_to_title_from_pause(app):
    app.start_level("freeway")
    tap(app, pygame.K_ESCAPE)
    for _ in range(3):
        tap(app, pygame.K_DOWN)
    tap(app, pygame.K_RETURN)
    assert isinstance(app.stack.top, PauseScene)  # a slip costs nothing: it asks again
    tap(app, pygame.K_UP)
    tap(app, pygame.K_DOWN)
    tap(app, pygame.K_RETURN)
    assert isinstance(app.stack.top, PauseScene)  # moving away disarmed it
    tap(app, pygame.K_RETURN)
    assert isinstance(app.stack.top, TitleScene) and len(app.stack.scenes) == 1


def test_losing_focus_or_the_gamepad_pauses(app):
    app.start_level("freeway")
    step(app, pygame.event.Event(pygame.WINDOWFOCUSLOST))
    assert isinstance(app.stack.top, PauseScene)
    tap(app, pygame.K_ESCAPE)
    step(app, pygame.event.Event(pygame.CONTROLLERDEVICEREMOVED, instance_id=7))
    assert isinstance(app.stack.top, PauseScene)


def test_broken_level_shows_one_line_and_returns_to_title(app, tmp_path):
    bad = tmp_path / "bad.tmx"
    bad.write_text("<map><layer")
    app.start_level(str(bad))
    assert isinstance(app.stack.top, MessageScene)
    assert isinstance(app.stack.scenes[0], TitleScene)
    assert any("bad.tmx" in line for line in app.stack.top.lines)
    tap(app, pygame.K_RETURN)
    assert isinstance(app.stack.top, TitleScene)


def test_level_complete_screen(app):
    app.start_level("freeway")
    play = app.stack.top
    play.world.outcome = "completed"
    play.world.next_level = "mall"
    app.level_finished(play)
    assert isinstance(app.stack.top, LevelCompleteScene)
    step(app, frames=40)
    tap(app, pygame.K_RETURN)
    assert isinstance(app.stack.top, StoryScene)  # no Mall level yet, but its story beat is told
    tap(app, pygame.K_ESCAPE)
    assert isinstance(app.stack.top, TitleScene)  # then the run ends


def test_rebinding_in_the_controls_screen_is_saved(app):
    app.stack.push(ControlsScene(app))
    for _ in range(4):  # LEFT, RIGHT, UP, DOWN, [JUMP]
        tap(app, pygame.K_DOWN)
    tap(app, pygame.K_RETURN)
    assert app.stack.top.waiting == Action.JUMP
    tap(app, pygame.K_x)
    assert app.settings.bindings.keys[Action.JUMP][0] == "x"
    saved, _ = load_settings()
    assert saved.bindings.keys[Action.JUMP][0] == "x"
    pygame.event.post(key(pygame.K_x))
    app.process_events()
    assert app.input.next_frame().was_pressed(Action.JUMP)
