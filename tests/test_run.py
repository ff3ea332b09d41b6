"""A run: levels report into it, lives carry over, the table gets the total, continues are counted and cost."""

from __future__ import annotations

import pygame
import pytest

from game.difficulty import EASY, HARD, NORMAL
from game.run import CONTINUE_COST, Run
from game.scenes.play import PlayScene
from game.scenes.records import HighScoreScene, InitialsScene
from game.scenes.results import GameOverScene, LevelCompleteScene
from game.scenes.story import StoryScene
from game.scenes.title import TitleScene
from tests.driving import run_until, step, tap
from tests.screen import colour, row, shows, text_at


class _World:
    """What a run reads of a finished level."""

    def __init__(self, score, lives=3, outcome="completed", frames=600, casualties=0, knockouts=0, deaths=0):
        from game.world.world import Stats

        self.stats = Stats(score, casualties, knockouts, deaths, frames)
        self.outcome = outcome
        self.player = type("P", (), {"lives": lives})()


# --- the rules --------------------------------------------------------------------------------------
def test_a_run_banks_each_level_and_carries_its_lives():
    run = Run("story", "normal")
    assert (run.lives, run.continues_left, run.score) == (3, 3, 0)
    run.level_over("freeway", _World(1200, lives=2, knockouts=4, frames=3000))
    run.level_over("mall", _World(800, lives=1, casualties=1, deaths=1))
    assert run.score == 2000 and run.lives == 1 and run.frames == 3600 and run.casualties == 1
    first = run.results[0]
    assert (first.level, first.score, first.frames, first.knockouts, first.outcome) == ("freeway", 1200, 3000, 4,
                                                                                          "completed")


def test_a_continue_resets_the_lives_forfeits_the_attempt_and_costs_points():
    run = Run("story", NORMAL)
    run.level_over("freeway", _World(5000, lives=1))
    run.level_over("mall", _World(700, outcome="game_over"))
    assert run.lives == 0 and run.score == 5700  # giving up now would take the failed attempt's points too
    run.use_continue()
    assert run.lives == NORMAL.player_lives and run.continues_left == 2 and run.continues_used == 1
    assert run.score == 5000 - CONTINUE_COST
    run.level_over("mall", _World(300, outcome="game_over"))
    run.use_continue()
    run.level_over("mall", _World(100, outcome="game_over"))
    run.use_continue()
    assert run.continues_left == 0 and not run.can_continue
    assert run.score == 5000 - 3 * CONTINUE_COST
    with pytest.raises(ValueError):
        run.use_continue()


def test_a_continue_never_takes_the_total_below_zero():
    run = Run("story", EASY)
    run.level_over("freeway", _World(400, outcome="game_over"))
    run.use_continue()
    assert run.score == 0
    run.level_over("freeway", _World(900))
    assert run.score == 900  # what a continue took is gone, not owed


def test_each_difficulty_starts_its_own_lives_and_continues():
    for d in (EASY, NORMAL, HARD):
        run = Run("story", d.name)
        assert run.difficulty is d and run.lives == d.player_lives and run.continues_left == d.continues
    assert EASY.continues > NORMAL.continues > HARD.continues
    with pytest.raises(ValueError):
        Run("versus")


# --- played through the app --------------------------------------------------------------------------
def _finish(app, score: int, *, lives: int | None = None, outcome: str = "completed", next_level=None):
    """End the level in play as if the player had got there: this score, these lives, this ending."""
    play = app.stack.top
    assert isinstance(play, PlayScene)
    world = play.world
    world.stats.score = score
    if lives is not None:
        world.player.lives = lives
    world.next_level = next_level
    world.outcome = outcome
    want = LevelCompleteScene if outcome == "completed" else GameOverScene
    run_until(lambda: step(app), lambda: isinstance(app.stack.top, want), 200, f"the {want.__name__}")
    step(app, frames=40)  # past the results screen's guard against a held button
    return world


def test_two_levels_of_a_run_add_up_and_the_table_gets_the_total(app):
    for _ in range(3):  # Play, Story, slot 1 (a new story)
        tap(app, pygame.K_RETURN)
    assert isinstance(app.stack.top, StoryScene)
    tap(app, pygame.K_ESCAPE)
    assert app.run is not None and app.run.mode == "story" and app.run.difficulty is NORMAL
    step(app, frames=30)
    _finish(app, 1200, lives=2, next_level="t1000_lab")
    screen = app.render()
    white, gold = colour("white"), colour("gold")
    row(screen, "SCORE", "0001200", white)
    row(screen, "RUN TOTAL", "0001200", gold)
    tap(app, pygame.K_RETURN)  # Continue: on to the next level
    play = app.stack.top
    assert isinstance(play, PlayScene) and play.level_name == "t1000_lab"
    assert play.world.player.lives == 2  # carried over, not a fresh three
    step(app, frames=10)
    _finish(app, 800)
    screen = app.render()
    row(screen, "SCORE", "0000800", white)
    row(screen, "RUN TOTAL", "0002000", gold)
    assert [r.level for r in app.run.results] == ["freeway", "t1000_lab"]
    tap(app, pygame.K_RETURN)  # the run is over: the total, not the last level's 800, goes to the table
    assert isinstance(app.stack.top, InitialsScene) and app.stack.top.score == 2000
    text_at(app.render(), "0002000", white, scale=2)
    for _ in range(3):
        tap(app, pygame.K_RETURN)
    assert isinstance(app.stack.top, HighScoreScene)
    assert ("AAA", 2000) in app.progress.table("story")
    step(app, frames=20)
    tap(app, pygame.K_RETURN)
    assert isinstance(app.stack.top, TitleScene) and app.run is None


def test_giving_up_after_a_game_over_enters_the_whole_run(app):
    app.new_game(intro=False)
    _finish(app, 3000, next_level="t1000_lab")
    tap(app, pygame.K_RETURN)
    _finish(app, 500, outcome="game_over")
    screen = app.render()
    text_at(screen, "SCORE 0000500", colour("gold"))
    text_at(screen, "RUN TOTAL 0003500", colour("gold"))
    tap(app, pygame.K_DOWN)
    tap(app, pygame.K_RETURN)  # Give up
    assert isinstance(app.stack.top, InitialsScene) and app.stack.top.score == 3500


def test_continues_count_down_and_run_out(app):
    app.settings.difficulty = "hard"  # one continue
    app.new_game(intro=False)
    assert app.run.difficulty is HARD
    step(app, frames=5)
    _finish(app, 2500, outcome="game_over")
    screen = app.render()
    text_at(screen, "Continue", colour("gold"))
    assert shows(screen, f"Continue (1 left): this level again with {HARD.player_lives} lives; costs this "
                         f"attempt's score and {CONTINUE_COST} more.", colour("steel"))
    tap(app, pygame.K_RETURN)  # Continue
    play = app.stack.top
    assert isinstance(play, PlayScene) and play.level_name == "freeway" and play.world.difficulty is HARD
    assert play.world.player.lives == HARD.player_lives and play.world.stats.score == 0
    assert app.run.continues_left == 0 and app.run.continues_used == 1
    step(app, frames=5)
    _finish(app, 1800, outcome="game_over")
    screen = app.render()
    assert not shows(screen, "Continue", colour("gold")) and not shows(screen, "Continue", colour("white"))
    text_at(screen, "No continues left.", colour("steel"))
    text_at(screen, "Give up", colour("gold"))  # the only choice
    text_at(screen, "RUN TOTAL 0001800", colour("gold"))  # the first attempt forfeit; nothing to pay from
    tap(app, pygame.K_RETURN)
    assert isinstance(app.stack.top, InitialsScene) and app.stack.top.score == 1800


def test_restarting_a_level_keeps_the_lives_it_was_entered_with(app):
    app.new_game(intro=False)
    _finish(app, 100, lives=1, next_level="t1000_lab")
    tap(app, pygame.K_RETURN)
    play = app.stack.top
    play.world.player.lives = 0  # nearly done for ...
    app.start_level(play.level_name, seed=play.seed)  # ... so Restart level from the pause menu
    assert app.stack.top.world.player.lives == 1  # no free lives that way
    assert len(app.run.results) == 1  # and the abandoned attempt is not a result


def test_a_new_game_is_a_new_run(app):
    app.new_game(intro=False)
    first = app.run
    _finish(app, 100, outcome="game_over")
    app.quit_to_title()
    assert app.run is None
    app.new_game("freeway", intro=False)  # Level select
    assert app.run is not first and app.run.results == [] and app.run.continues_used == 0
