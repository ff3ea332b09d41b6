"""Choosing the difficulty: in Options (saved), for a session on the command line, and in a recording."""

from __future__ import annotations

import json
import subprocess
import sys

import pygame
import pytest

from game.app import App
from game.difficulty import HARD, NORMAL
from game.headless import run_level
from game.input.actions import InputSnapshot
from game.input.autopilot import Autopilot
from game.input.replay import Recording, ReplayError, ReplaySource
from game.scenes.options import OptionsScene
from game.settings import Settings, load_settings, save_settings, settings_path
from tests.driving import key, step, tap
from tests.screen import colour, row, shows


def test_options_sets_the_difficulty_and_saves_it(app):
    app.stack.push(OptionsScene(app))
    options = app.stack.top
    at = next(i for i, item in enumerate(options.menu.items) if item.text().startswith("Difficulty"))
    step(app, frames=2)
    row(app.render(), "Difficulty", "Normal", colour("white"))
    for _ in range(at):
        tap(app, pygame.K_DOWN)
    screen = app.render()
    row(screen, "Difficulty", "Normal", colour("gold"))
    tap(app, pygame.K_RIGHT)
    screen = app.render()
    row(screen, "Difficulty", "Hard", colour("gold"))
    assert not shows(screen, "Normal", colour("gold"))
    tap(app, pygame.K_RIGHT)
    row(app.render(), "Difficulty", "Casual", colour("gold"))  # round again
    tap(app, pygame.K_RIGHT)
    row(app.render(), "Difficulty", "Easy", colour("gold"))
    tap(app, pygame.K_LEFT)
    tap(app, pygame.K_LEFT)
    tap(app, pygame.K_ESCAPE)  # leaving saves
    assert load_settings()[0].difficulty == "hard"
    app.new_game(intro=False)
    assert app.run.difficulty is HARD and app.stack.top.world.difficulty is HARD
    assert app.stack.top.world.player.health == HARD.player_health


def test_a_damaged_difficulty_in_the_settings_file_is_reported_and_kept(display):
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"version": 1, "difficulty": "nightmare"}))
    settings, warning = load_settings()
    assert settings.difficulty == "normal" and "difficulty" in warning
    assert path.with_name(path.name + ".bak").exists()


def test_the_command_line_difficulty_is_for_this_session_only(display):
    save_settings(Settings(difficulty="easy"))
    app = App(mute=True, difficulty="hard")
    app.start()
    pygame.event.clear()
    app.new_game(intro=False)
    assert app.run.difficulty is HARD
    app.save_settings()
    assert load_settings()[0].difficulty == "easy"  # the player's own choice stays


def test_difficulty_on_the_command_line_and_a_bad_one():
    done = subprocess.run([sys.executable, "-m", "game", "--headless", "--level", "freeway", "--frames", "30",
                           "--difficulty", "Hard"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert " difficulty=hard " in done.stdout.strip().splitlines()[-1]
    bad = subprocess.run([sys.executable, "-m", "game", "--headless", "--frames", "1", "--difficulty", "nightmare"],
                         capture_output=True, text=True)
    assert bad.returncode == 2
    lines = bad.stderr.strip().splitlines()
    assert len(lines) == 1 and "--difficulty" in lines[0] and "easy, normal, hard" in lines[0]
    assert "Traceback" not in bad.stderr


def test_a_recording_made_on_hard_replays_on_hard(tmp_path):
    path = tmp_path / "hard.json"
    rec = Recording("freeway", 1, difficulty="hard")
    made = run_level("freeway", frames=420, source=Autopilot, recording=rec, difficulty="hard")
    rec.save(path)
    back = Recording.load(path)
    assert back.difficulty == "hard"
    again = run_level(back.level, seed=back.seed, frames=len(back.frames), source=ReplaySource(back),
                      difficulty=back.difficulty)
    assert again.state_hash == made.state_hash and again.difficulty == "hard"
    normal = run_level(back.level, seed=back.seed, frames=len(back.frames), source=ReplaySource(back))
    assert normal.state_hash != made.state_hash  # the difficulty is part of the run: played at Normal it differs


def test_the_game_replays_at_the_recorded_difficulty_whatever_is_chosen(app, tmp_path):
    rec = Recording("freeway", 1, difficulty="hard")
    rec.frames = [InputSnapshot()] * 30
    rec.save(tmp_path / "r.json")
    assert app.difficulty is NORMAL
    app.start_level("freeway", replay=Recording.load(tmp_path / "r.json"))
    assert app.stack.top.world.difficulty is HARD


def test_playing_on_hard_with_record_records_hard(display, tmp_path):
    out = tmp_path / "run.json"
    app = App(mute=True, record_path=str(out), difficulty="hard")
    app.start()
    pygame.event.clear()
    app.new_game(intro=False)
    step(app, key(pygame.K_RIGHT), frames=30)
    app.save_recording()
    assert Recording.load(out).difficulty == "hard"


def test_an_older_recording_without_a_difficulty_plays_at_normal(tmp_path):
    rec = Recording("freeway", 3, difficulty="hard")
    data = rec.to_json()
    assert data["version"] == 3 and data["difficulty"] == "hard"
    del data["difficulty"]
    data["version"] = 2  # as the game wrote them before difficulties
    (tmp_path / "v2.json").write_text(json.dumps(data))
    assert Recording.load(tmp_path / "v2.json").difficulty == "normal"
    data["version"] = 3  # a format-3 file must say
    (tmp_path / "v3.json").write_text(json.dumps(data))
    with pytest.raises(ReplayError, match="no difficulty"):
        Recording.load(tmp_path / "v3.json")
    (tmp_path / "odd.json").write_text(json.dumps(dict(data, difficulty="nightmare")))
    with pytest.raises(ReplayError, match="unknown difficulty"):
        Recording.load(tmp_path / "odd.json")
    (tmp_path / "v4.json").write_text(json.dumps(dict(data, version=4, difficulty="hard")))
    with pytest.raises(ReplayError, match="newer game"):
        Recording.load(tmp_path / "v4.json")
