"""High-score initials with a gamepad, the table, level select, and the attract mode on the title."""

from __future__ import annotations

import pygame

from game.scenes.play import PlayScene
from game.scenes.records import HighScoreScene, InitialsScene, LevelSelectScene
from game.scenes.title import ATTRACT_AFTER, TitleScene
from game.timestep import DT
from tests.driving import press_pad, step
from tests.screen import colour, find_text, row, shows, text_at


def test_entering_initials_with_a_gamepad(app):
    app.finish_run(999999)
    assert isinstance(app.stack.top, InitialsScene)
    screen = app.render()
    gold, white = colour("gold"), colour("white")
    text_at(screen, "NEW HIGH SCORE", gold, scale=2)
    text_at(screen, "0999999", white, scale=2)
    assert len(find_text(screen, "A", gold, scale=4)) == 1  # the letter being chosen
    assert len(find_text(screen, "A", white, scale=4)) == 2
    press_pad(app, pygame.CONTROLLER_BUTTON_DPAD_DOWN)  # A -> space (wraps round)
    press_pad(app, pygame.CONTROLLER_BUTTON_DPAD_DOWN)  # -> 9
    screen = app.render()
    text_at(screen, "9", gold, scale=4)  # the screen follows the pad
    assert len(find_text(screen, "A", white, scale=4)) == 2
    press_pad(app, pygame.CONTROLLER_BUTTON_A)  # next letter
    press_pad(app, pygame.CONTROLLER_BUTTON_DPAD_UP)  # B
    press_pad(app, pygame.CONTROLLER_BUTTON_DPAD_RIGHT)
    for _ in range(2):
        press_pad(app, pygame.CONTROLLER_BUTTON_DPAD_UP)  # C
    press_pad(app, pygame.CONTROLLER_BUTTON_A)
    assert isinstance(app.stack.top, HighScoreScene)
    assert app.progress.table("story")[0] == ("9BC", 999999)
    from game.progress import load_progress

    assert load_progress()[0].table("story")[0] == ("9BC", 999999)  # saved
    step(app, frames=30)
    screen = app.render()
    text_at(screen, "HIGH SCORES", gold, scale=2)
    # The new entry tops the table; it flashes between gold and white.
    y = next(y for c in (gold, white) for _, y in find_text(screen, "9BC", c))
    assert any(row_y == y for c in (gold, white) for _, row_y in find_text(screen, "0999999", c))
    initials, score = app.progress.table("story")[1]  # the old first, now second, below it
    assert row(screen, initials, f"{score:07d}", white) > y
    press_pad(app, pygame.CONTROLLER_BUTTON_A)
    assert isinstance(app.stack.top, TitleScene)


def test_a_low_score_skips_the_initials(app):
    for _ in range(10):
        app.progress.add_score("story", "ZZZ", 1000)
    app.finish_run(5)
    assert isinstance(app.stack.top, TitleScene)


def test_level_select_lists_locked_and_unlocked(app):
    app.stack.push(LevelSelectScene(app))
    scene = app.stack.top
    assert scene.levels[0] == "freeway" and "t1000_lab" in scene.levels
    freeway, lab = (scene.menu.items[scene.levels.index(name)] for name in ("freeway", "t1000_lab"))
    assert freeway.enabled and not lab.enabled
    step(app, frames=2)
    screen = app.render()
    gold, white = colour("gold"), colour("white")
    text_at(screen, "LEVEL TRAINING", gold, scale=2)
    text_at(screen, "Freeway", gold)  # the first level, chosen
    text_at(screen, "T-1000 Lab  (finish Freeway)", colour("steel"))  # greyed out, saying how to open it
    text_at(screen, "Back", white)
    app.progress.record_finish("freeway", 100, 100, 0, "mall")
    app.stack.pop()
    app.stack.push(LevelSelectScene(app))
    scene = app.stack.top
    assert scene.menu.items[scene.levels.index("t1000_lab")].enabled
    step(app, frames=2)
    screen = app.render()
    row(screen, "Freeway", "0000100  0:01  casualties 0  rank -", gold)  # the best run beside the name
    text_at(screen, "T-1000 Lab", white)
    assert not shows(screen, "T-1000 Lab  (finish Freeway)", colour("steel"))


def test_attract_mode_starts_when_idle_and_stops_on_input(app):
    frames = int(ATTRACT_AFTER / DT) + 2
    step(app, frames=frames - 3)
    assert isinstance(app.stack.top, TitleScene)
    step(app, frames=5)
    demo = app.stack.top
    assert isinstance(demo, PlayScene) and demo.attract and demo.source is not None
    x0 = demo.world.player.x
    banner = []
    for _ in range(20):  # 2 s, looked at every 0.1 s
        step(app, frames=6)
        banner.append(shows(app.render(), "DEMO - PRESS ANY BUTTON", colour("gold"), scale=2))
    assert demo.world.player.x > x0 + 50  # the demo is playing itself
    assert 5 <= sum(banner) <= 15  # and says so, blinking
    step(app, pygame.event.Event(pygame.KEYDOWN, key=pygame.K_a, mod=0))
    assert isinstance(app.stack.top, TitleScene)


def test_shipped_demo_is_in_sync_with_the_simulation():
    from game import assets
    from game.headless import run_level
    from game.input.replay import Recording, ReplaySource

    demo = Recording.load(assets.asset_path("demo", "freeway.json"))
    result = run_level(demo.level, seed=demo.seed, frames=len(demo.frames), source=ReplaySource(demo))
    assert result.state_hash == demo.meta["hash"], "the simulation changed: run python tools/record_demo.py"


def test_escape_out_of_initials_still_keeps_the_score(app):
    from tests.driving import tap

    app.finish_run(888888)
    assert isinstance(app.stack.top, InitialsScene)
    tap(app, pygame.K_ESCAPE)
    assert isinstance(app.stack.top, HighScoreScene)
    assert any(score == 888888 for _, score in app.progress.table("story"))
