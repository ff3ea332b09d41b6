"""A level's ``outro``: its own story scene when it is won (Dyson's house: the T-800 shows its arm),
then the results; the intro of the next level follows from there as ever."""

from __future__ import annotations


def test_dyson_won_plays_the_reveal_then_the_results(app):
    import pygame

    from game.scenes.results import LevelCompleteScene
    from game.scenes.story import StoryScene
    from tests.driving import step, tap

    app.new_game("dyson", intro=False)
    play = app.stack.top
    play.world.outcome = "completed"
    play.world.next_level = "cyberdyne"
    app.level_finished(play)
    assert isinstance(app.stack.top, StoryScene)
    assert app.stack.top.pages[0]["image"] == "reveal"  # the skin cut away, the metal under it
    step(app, frames=2)
    tap(app, pygame.K_ESCAPE)  # skipped: on to the results
    assert isinstance(app.stack.top, LevelCompleteScene)


def test_a_level_without_an_outro_goes_straight_to_its_results(app):
    from game.scenes.results import LevelCompleteScene

    app.new_game("freeway", intro=False)
    play = app.stack.top
    play.world.outcome, play.world.next_level = "completed", "mall"
    app.level_finished(play)
    assert isinstance(app.stack.top, LevelCompleteScene)
