"""The ending: after the Steel Mill, the story scene, then the run's totals, the credits, the scores."""

from __future__ import annotations

from game.run import LevelResult, Run
from game.scenes.ending import CreditsScene, EndingScene, casualty_words, ending_lines


def _run(casualties: int = 0) -> Run:
    run = Run()
    run.results.append(LevelResult("freeway", 12000, 60 * 200, 0, 3, 1, "completed"))
    run.results.append(LevelResult("steel_mill", 30000, 60 * 300 + 30, casualties, 0, 2, "completed"))
    return run


def test_the_ending_names_the_runs_total_score_time_and_casualties():
    rows = dict(ending_lines(_run()))
    assert rows["TOTAL SCORE"] == "0042000"
    assert rows["TIME"] == "8:20.50"
    assert rows["HUMAN CASUALTIES"] == "0"


def test_the_ending_has_its_own_words_for_no_casualties():
    assert "Not one life" in casualty_words(0)
    assert "Not one life" not in casualty_words(2) and "2" in casualty_words(2)


def test_after_the_mill_the_story_then_the_totals_then_the_credits_then_the_scores(app):
    import pygame

    from game.scenes.records import InitialsScene
    from game.scenes.results import LevelCompleteScene
    from game.scenes.story import StoryScene
    from tests.driving import step, tap
    from tests.screen import colour, shows

    app.start_level("steel_mill")
    play = app.stack.top
    play.world.stats.score = 77000
    play.world.outcome = "completed"
    play.world.next_level = "ending"
    app.level_finished(play)
    assert isinstance(app.stack.top, LevelCompleteScene)
    step(app, frames=40)
    tap(app, pygame.K_RETURN)
    assert isinstance(app.stack.top, StoryScene)  # the T-800 lowered into the steel, a thumbs up
    assert app.stack.top.pages[0]["image"] == "farewell"
    tap(app, pygame.K_ESCAPE)
    assert isinstance(app.stack.top, EndingScene)
    step(app, frames=30)
    screen = app.render()
    assert shows(screen, "TOTAL SCORE", colour("gold"))
    assert shows(screen, f"{app.run.score:07d}", colour("gold"))
    assert shows(screen, casualty_words(0), colour("white"))
    step(app, frames=40)
    tap(app, pygame.K_RETURN)
    assert isinstance(app.stack.top, CreditsScene)
    step(app, frames=40)
    tap(app, pygame.K_RETURN)
    assert isinstance(app.stack.top, InitialsScene)  # 77000 makes the table
