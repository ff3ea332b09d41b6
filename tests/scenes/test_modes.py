"""The modes, played like a player from the title: Story resumes from its slot after a restart,
Arcade skips the story, Boss Rush runs its encounters in order, Level Training starts at a
checkpoint with infinite lives, and each mode writes its own high-score table."""

from __future__ import annotations

import pygame

from game import modes
from game.app import App
from game.scenes.play import PlayScene
from game.scenes.play_menu import PlayMenuScene, SlotSelectScene
from game.scenes.records import (
    CheckpointSelectScene,
    HighScoreScene,
    InitialsScene,
    LevelSelectScene,
)
from game.scenes.results import LevelCompleteScene
from game.scenes.story import StoryScene
from game.scenes.title import TitleScene
from game.slots import load_slot, slot_path
from tests.driving import run_until, step, tap
from tests.screen import colour, row, shows, text_at


def _finish(app, score: int, next_level=None):
    """The level in play is finished with ``score`` (as if the player reached its exit)."""
    play = app.stack.top
    assert isinstance(play, PlayScene)
    play.world.stats.score = score
    play.world.next_level = next_level
    play.world.outcome = "completed"
    run_until(lambda: step(app), lambda: isinstance(app.stack.top, LevelCompleteScene), 200, "the results")
    step(app, frames=40)  # past the results screen's guard against a held button


def _choose(app, label: str) -> None:
    """Move the top menu's highlight to ``label`` and confirm it, as a player would with the keys."""
    menu = app.stack.top.menu
    for _ in range(len(menu.items)):
        if menu.items[menu.index].text().startswith(label):
            break
        tap(app, pygame.K_DOWN)
    assert menu.items[menu.index].text().startswith(label), f"no {label!r} to choose"
    tap(app, pygame.K_RETURN)


def _fresh_app() -> App:
    app = App(mute=True)
    app.start()
    pygame.event.clear()
    return app


def test_story_resumes_at_the_last_level_reached_after_a_restart(app):
    _choose(app, "Play")
    assert isinstance(app.stack.top, PlayMenuScene)
    _choose(app, "Story")
    assert isinstance(app.stack.top, SlotSelectScene)
    assert shows(app.render(), "Empty: new story", colour("white"))
    _choose(app, "Slot 2")
    assert isinstance(app.stack.top, StoryScene)  # a new story begins with its story scene
    tap(app, pygame.K_ESCAPE)
    assert app.stack.top.level_name == "freeway" and app.run.slot == 2
    _finish(app, 1200, next_level="t1000_lab")
    assert load_slot(2)[0].level == "t1000_lab"  # saved as the level is finished
    # The game is quit and started again: a new App reads the saved slot.
    again = _fresh_app()
    _choose(again, "Play")
    _choose(again, "Story")
    screen = again.render()
    row(screen, "Slot 2", "T-1000 Lab  0001200  Normal", colour("white"))
    row(screen, "Slot 1", "Empty: new story", colour("gold"))
    _choose(again, "Slot 2")
    play = again.stack.top
    assert isinstance(play, PlayScene) and play.level_name == "t1000_lab"
    assert again.run.mode == "story" and again.run.score == 1200  # the story's score goes on from there


def test_arcade_skips_the_story_scenes(app):
    _choose(app, "Play")
    _choose(app, "Arcade")
    play = app.stack.top
    assert isinstance(play, PlayScene) and play.level_name == "freeway"  # Freeway's intro is not told
    assert app.run.mode == "arcade"
    _finish(app, 900, next_level="t1000_lab")
    tap(app, pygame.K_RETURN)
    assert isinstance(app.stack.top, PlayScene) and app.stack.top.level_name == "t1000_lab"
    from game.scenes.story import story_exists

    assert story_exists("arrival") and not app.level_exists("arrival")  # a story with no level of its name
    _finish(app, 600, next_level="arrival")  # where Story would tell the next chapter ...
    tap(app, pygame.K_RETURN)
    assert isinstance(app.stack.top, InitialsScene)  # ... Arcade goes straight to the scores
    assert app.stack.top.mode == "arcade" and app.stack.top.score == 1500


def test_boss_rush_opens_with_the_story_and_runs_its_encounters_in_order(app, monkeypatch):
    assert modes.boss_rush_levels() == ["steel_mill", "t1000_lab"]  # the campaign's boss fights, then the Lab
    _choose(app, "Play")
    text_at(app.render(), "Boss Rush (finish the story)", colour("steel"))  # locked on a fresh save
    app.stack.pop()
    import game.scenes.play_menu as play_menu

    for module in (modes, play_menu):  # two short encounters, for the test's sake
        monkeypatch.setattr(module, "boss_rush_levels", lambda: ["t1000_lab", "freeway"])
    app.progress.story_finished = True
    _choose(app, "Play")
    _choose(app, "Boss Rush")
    assert app.run.mode == "boss_rush"
    assert [app.stack.top.level_name] == ["t1000_lab"]
    _finish(app, 5000, next_level=None)
    tap(app, pygame.K_RETURN)
    assert isinstance(app.stack.top, PlayScene) and app.stack.top.level_name == "freeway"  # no story between
    _finish(app, 3000, next_level="mall")  # the map's next is not Boss Rush's
    tap(app, pygame.K_RETURN)
    assert isinstance(app.stack.top, InitialsScene) and app.stack.top.score == 8000
    assert [r.level for r in app.run.results] == ["t1000_lab", "freeway"]


def test_level_training_starts_at_a_checkpoint_with_infinite_lives_and_no_table(app):
    _choose(app, "Play")
    _choose(app, "Level Training")
    assert isinstance(app.stack.top, LevelSelectScene)
    _choose(app, "Freeway")
    assert isinstance(app.stack.top, CheckpointSelectScene)
    _choose(app, "Checkpoint 2")
    play = app.stack.top
    assert isinstance(play, PlayScene) and app.run.mode == "training"
    player = play.world.player
    assert abs(player.x - (1616 + 16)) < 24  # at the second checkpoint
    lives = player.lives
    player.lose_life(play.world)
    assert player.state == "dead"
    run_until(lambda: step(app), lambda: player.state != "dead", 600, "the respawn")
    assert player.lives == lives  # back at the checkpoint, no life spent
    assert abs(player.x - (1616 + 16)) < 48
    _finish(app, 99999, next_level="mall")
    assert app.progress.best_rank("freeway", "training") is not None
    tap(app, pygame.K_RETURN)
    assert isinstance(app.stack.top, TitleScene)  # no initials: practice goes to no table
    assert all(score != 99999 for m in modes.SCORED for _, score in app.progress.table(m))


def test_each_mode_writes_its_own_table_and_the_screen_flips_between_them(app):
    app.new_game(mode="arcade")
    app.finish_run(777777)
    for _ in range(3):
        tap(app, pygame.K_RETURN)
    scores = app.stack.top
    assert isinstance(scores, HighScoreScene)
    assert app.progress.table("arcade")[0] == ("AAA", 777777)
    assert all(score != 777777 for _, score in app.progress.table("story"))
    step(app, frames=30)
    screen = app.render()
    text_at(screen, "ARCADE", colour("white"))
    assert any(shows(screen, "0777777", c) for c in (colour("gold"), colour("white")))
    tap(app, pygame.K_RIGHT)  # the next mode's table
    screen = app.render()
    text_at(screen, "BOSS RUSH", colour("white"))
    assert not shows(screen, "0777777", colour("white")) and not shows(screen, "0777777", colour("gold"))
    tap(app, pygame.K_LEFT)
    tap(app, pygame.K_LEFT)
    text_at(app.render(), "STORY", colour("white"))
    from game.progress import load_progress

    saved = load_progress()[0]
    assert saved.table("arcade")[0] == ("AAA", 777777) and saved.table("story")[0][1] != 777777


def test_the_results_screen_shows_the_rank_and_progress_keeps_the_best(app):
    app.new_game(mode="arcade")
    play = app.stack.top
    play.world.stats.frames = 60 * 60  # a minute: well under Freeway's par
    _finish(app, 9000, next_level="t1000_lab")
    screen = app.render()
    text_at(screen, "RANK", colour("gold"))
    text_at(screen, "S", colour("gold"), scale=3)
    assert app.progress.best_rank("freeway", "arcade") == "S"
    app.progress.record_rank("arcade", "freeway", "C")
    assert app.progress.best_rank("freeway", "arcade") == "S"  # the best is kept
    assert app.progress.best_rank("freeway", "story") is None  # per mode


def test_a_damaged_slot_is_one_line_and_an_empty_slot(app):
    path = slot_path(3)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"level": "freeway", "score": "lots"}')
    _choose(app, "Play")
    _choose(app, "Story")
    screen = app.render()
    row(screen, "Slot 3", "Empty: new story", colour("white"))
    text_at(screen, "Slot 3 was damaged and is empty now (the file was kept).", colour("red"))
    assert path.with_name("slot3.json.bak").exists() and not path.exists()


def test_a_level_training_recording_replays_from_its_checkpoint_with_infinite_lives(app, tmp_path):
    from game.headless import run_level
    from game.input.replay import Recording, replay_sources
    from tests.driving import key

    app.record_path = tmp_path / "training.json"
    _choose(app, "Play")
    _choose(app, "Level Training")
    _choose(app, "Freeway")
    _choose(app, "Checkpoint 2")
    play = app.stack.top
    step(app, key(pygame.K_d), frames=90)
    step(app, key(pygame.K_d, down=False), frames=2)
    app.save_recording()
    recording = Recording.load(app.record_path)
    assert recording.start.checkpoint == 1 and recording.start.infinite_lives
    seen = {}
    result = run_level(recording.level, seed=recording.seed, frames=len(recording.frames),
                       sources=replay_sources(recording), players=recording.players,
                       difficulty=recording.difficulty, start=recording.start,
                       on_frame=lambda w: seen.setdefault("first_x", w.player.x))
    assert abs(seen["first_x"] - (1616 + 16)) < 24  # the replay begins at the checkpoint, as the player did
    assert result.frames == play.world.frame and result.state_hash == play.world.state_hash()
