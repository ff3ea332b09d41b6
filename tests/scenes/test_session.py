"""A player's session: what the command line sets, what gets recorded, how a demo ends, the intro."""

from __future__ import annotations

import subprocess
import sys

import pygame
import pytest

from game.app import App
from game.input.replay import Recording
from game.scenes.play import PlayScene
from game.scenes.story import StoryScene
from game.scenes.title import TitleScene
from game.settings import Settings, load_settings, save_settings, settings_path
from tests.driving import key, step, tap


def _app(**kw) -> App:
    app = App(mute=True, **kw)
    app.start()
    pygame.event.clear()
    return app


def test_record_without_a_level_records_the_level_the_player_plays(display, tmp_path):
    out = tmp_path / "run.json"
    app = _app(record_path=str(out))
    for _ in range(3):  # Play, Story, slot 1: the story first
        tap(app, pygame.K_RETURN)
    tap(app, pygame.K_ESCAPE)  # skip it
    assert isinstance(app.stack.top, PlayScene)
    step(app, key(pygame.K_RIGHT), frames=90)
    app.save_recording()  # what quitting the game does
    rec = Recording.load(out)
    assert rec.level == "freeway" and len(rec.frames) >= 90


def test_restarting_records_the_new_attempt(display, tmp_path):
    out = tmp_path / "run.json"
    app = _app(record_path=str(out))
    app.start_level("freeway")
    step(app, frames=200)
    app.start_level("freeway", seed=app.stack.top.seed)  # Restart level
    step(app, frames=30)
    app.save_recording()
    assert len(Recording.load(out).frames) == 30


def test_command_line_scale_and_fullscreen_are_not_saved_over_the_players_choice(display):
    mine = Settings(scale=2, fullscreen=False)
    save_settings(mine)
    app = _app(scale=4, fullscreen=False)
    assert app.settings.scale == 4  # this session
    app.save_settings()
    assert load_settings()[0].scale == 2  # the saved choice stays
    app.settings.scale = 3  # the player picks 3x in Options
    app.save_settings()
    assert load_settings()[0].scale == 3


@pytest.mark.parametrize("bad", ["-1", "9", "big"])
def test_a_bad_scale_on_the_command_line_is_one_line(bad):
    done = subprocess.run([sys.executable, "-m", "game", "--scale", bad, "--headless", "--frames", "1"],
                          capture_output=True, text=True)
    assert done.returncode == 2
    assert "--scale" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize("event", [
    pygame.event.Event(pygame.KEYDOWN, key=pygame.K_z, mod=0),  # not bound to anything
    pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=1, pos=(10, 10)),
    pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, instance_id=0, button=pygame.CONTROLLER_BUTTON_LEFTSHOULDER),
], ids=["unbound key", "mouse click", "pad shoulder"])
def test_any_input_ends_the_demo(app, event):
    assert app.start_attract()
    step(app, frames=30)
    step(app, event)
    assert isinstance(app.stack.top, TitleScene)


def test_level_select_plays_the_maps_intro_story_then_the_level(app):
    app.start_level("freeway", intro=True)  # what Level select does
    assert isinstance(app.stack.top, StoryScene)
    tap(app, pygame.K_ESCAPE)
    assert isinstance(app.stack.top, PlayScene) and app.stack.top.level_name == "freeway"
    app.start_level("freeway")  # a restart goes straight in
    assert isinstance(app.stack.top, PlayScene)


def test_a_broken_settings_file_and_a_broken_save_are_both_reported(display, user_home):
    from game.progress import progress_path

    for path in (settings_path(), progress_path()):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("{ not json")
    app = App(mute=True)
    assert app.notice and str(settings_path().name) in app.notice and progress_path().name in app.notice
    for path in (settings_path(), progress_path()):  # and nothing is lost: both kept for a look
        assert path.with_name(path.name + ".bak").read_text() == "{ not json"
