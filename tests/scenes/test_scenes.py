"""Every scene runs headless and shows what it should: its words, its highlight, its overlay."""

from __future__ import annotations

import numpy as np
import pygame

from game import __version__
from game.input.actions import REBINDABLE, Action
from game.input.bindings import key_label
from game.render import INTERNAL_SIZE
from game.render.text import font
from game.scenes.menu import draw_backdrop
from game.scenes.options import ControlsScene, OptionsScene
from game.scenes.pause import PauseScene
from game.scenes.play import PlayScene
from game.scenes.results import GameOverScene, LevelCompleteScene, MessageScene
from game.scenes.story import StoryScene
from game.scenes.title import TitleScene
from game.settings import load_settings
from tests.driving import key, step, tap
from tests.screen import brightness, colour, pixels, row, shows, text_at


def test_title_shows_the_logo_and_the_main_menu(app):
    assert isinstance(app.stack.top, TitleScene)
    step(app, frames=3)
    title = app.stack.top
    screen = app.render()
    gold, white, steel = colour("gold"), colour("white"), colour("steel")
    ys = [text_at(screen, label, gold if i == 0 else white)[1]
          for i, label in enumerate(["Play", "High scores", "Options", "Quit"])]
    assert ys == sorted(ys) and len(set(ys)) == len(ys)  # one row each, in menu order
    assert not shows(screen, "Play", white)  # the highlight is on the first item only
    text_at(screen, f"v{__version__}", steel)
    # The logo: the top of the screen is not the bare backdrop the title draws it over.
    bare = pygame.Surface(screen.get_size())
    draw_backdrop(bare, title.t * 40.0, veil=110)
    logo = (slice(140, 500), slice(44, 116))
    assert (pixels(screen)[logo] != pixels(bare)[logo]).any(axis=2).mean() > 0.2
    tap(app, pygame.K_DOWN)
    screen = app.render()
    text_at(screen, "Play", white)
    text_at(screen, "High scores", gold)  # the highlight moved with the input


def test_options_screen_shows_its_rows_and_their_values(app):
    app.stack.push(OptionsScene(app))
    step(app, frames=3)
    screen = app.render()
    gold, white = colour("gold"), colour("white")
    text_at(screen, "OPTIONS", gold, scale=2)
    items = app.stack.top.menu.items
    ys = []
    for i, item in enumerate(items):  # each label, and its value to the right; the first highlighted
        c = gold if i == 0 else white
        ys.append(row(screen, *item.text().split("\t"), c) if "\t" in item.text() else text_at(screen, item.text(), c)[1])
    assert ys == sorted(ys) and len(set(ys)) == len(ys)
    assert items[0].text() == "Sound volume\t80%"  # the default
    row(screen, "Sound volume", "80%", gold)
    tap(app, pygame.K_LEFT)  # turn the sound down
    screen = app.render()
    assert app.settings.sound_volume == 0.7
    row(screen, "Sound volume", "70%", gold)  # the screen shows the new value
    assert not shows(screen, "80%", gold)
    tap(app, pygame.K_DOWN)
    screen = app.render()
    text_at(screen, "Sound volume", white)
    text_at(screen, "Music volume", gold)


def test_controls_screen_lists_every_action_and_its_keys(app):
    app.stack.push(ControlsScene(app))
    step(app, frames=3)
    screen = app.render()
    gold, white = colour("gold"), colour("white")
    text_at(screen, "CONTROLS", gold, scale=2)
    keys = app.settings.bindings.keys
    for i, action in enumerate(REBINDABLE):
        c = gold if i == 0 else white
        row(screen, action.label, ", ".join(key_label(k) for k in keys[action]), c)
    text_at(screen, "Device: Keyboard", white)
    text_at(screen, "Back", white)
    assert "Punch" in [a.label for a in REBINDABLE]  # what captions and the README call it
    marker_y = text_at(screen, ">", gold)[1]  # the selected row has a marker, not only a colour
    assert marker_y == row(screen, REBINDABLE[0].label, ", ".join(key_label(k) for k in keys[REBINDABLE[0]]), gold)
    tap(app, pygame.K_DOWN)
    screen = app.render()
    for action, c in ((REBINDABLE[0], white), (REBINDABLE[1], gold)):  # the highlight moved down a row
        row(screen, action.label, ", ".join(key_label(k) for k in keys[action]), c)
    assert text_at(screen, ">", gold)[1] == row(screen, REBINDABLE[1].label,
                                                ", ".join(key_label(k) for k in keys[REBINDABLE[1]]), gold)


def test_story_types_its_words_under_the_picture(app):
    app.stack.push(StoryScene(app, "arrival", then=app.quit_to_title))
    step(app, frames=3)
    story = app.stack.top
    screen = app.render()
    white, steel = colour("white"), colour("steel")
    text_at(screen, "ESC skip   ENTER next", steel)
    words = story.pages[0]["text"]
    first = words.split()[0]
    assert not shows(screen, first, white)  # 3 frames in: still typing the first word
    tap(app, pygame.K_RETURN)  # finish typing the page
    screen = app.render()
    lines = font().wrap(words, 560)
    assert len(lines) > 1
    ys = [text_at(screen, line, white)[1] for line in lines]
    assert ys == sorted(ys)
    # The picture is drawn above the words: not the bare ink the screen is cleared to.
    px = pixels(screen)[:, 12:ys[0] - 10]
    assert (px != colour("ink")).any(axis=2).mean() > 0.3


def test_message_shows_the_problem_over_the_title(app):
    app.stack.push(MessageScene(app, "levels/x.tmx: broken XML (line 3)"))
    step(app, frames=3)
    screen = app.render()
    title_y = text_at(screen, "SOMETHING WENT WRONG", colour("red"))[1]
    line_y = text_at(screen, "levels/x.tmx: broken XML (line 3)", colour("white"))[1]
    ok_y = text_at(screen, "OK", colour("gold"))[1]
    assert title_y < line_y < ok_y
    assert shows(screen, "Quit", colour("white"))  # the title is still drawn beneath the panel
    tap(app, pygame.K_RETURN)
    assert isinstance(app.stack.top, TitleScene)
    assert not shows(app.render(), "SOMETHING WENT WRONG", colour("red"))


def test_game_over_shows_terminated_the_score_and_its_choices(app):
    app.stack.push(GameOverScene(app, "freeway", 1, score=1234))
    step(app, frames=3)
    screen = app.render()
    gold, white = colour("gold"), colour("white")
    text_at(screen, "TERMINATED", colour("red"), scale=3)
    text_at(screen, "SCORE 0001234", gold)  # this attempt's
    text_at(screen, "RUN TOTAL 0000000", gold)  # the run's (nothing banked yet)
    text_at(screen, "Continue (3 left): this level again with 3 lives; costs this attempt's score and 1000 more.",
            colour("steel"))
    text_at(screen, "Continue", gold)
    text_at(screen, "Give up", white)
    tap(app, pygame.K_DOWN)
    screen = app.render()
    text_at(screen, "Continue", white)
    text_at(screen, "Give up", gold)


def test_start_game_goes_through_the_story_into_freeway(app):
    tap(app, pygame.K_RETURN)  # Play
    tap(app, pygame.K_RETURN)  # Story
    tap(app, pygame.K_RETURN)  # slot 1 (empty: a new story)
    assert isinstance(app.stack.top, StoryScene)
    tap(app, pygame.K_ESCAPE)  # skip the story
    assert isinstance(app.stack.top, PlayScene)
    assert app.stack.top.level_name == "freeway"
    step(app, frames=5)
    assert shows(app.render(), "SCORE 0000000", colour("gold"))  # the HUD over the level


def test_the_hud_shows_score_lives_casualties_and_health(app):
    app.start_level("freeway")
    step(app, frames=3)
    play = app.stack.top
    world, player = play.world, play.world.player
    screen = app.render()
    gold, white, red = colour("gold"), colour("white"), colour("red")
    text_at(screen, "SCORE 0000000", gold)
    text_at(screen, "HUMAN CASUALTIES: 0", white)
    text_at(screen, f"x{player.lives}", (255, 255, 255))
    text_at(screen, f"{player.shells:02d}", white)

    def red_in_the_health_bar() -> int:
        hud = pixels(app.render())[:150, :20]  # the top-left corner: health and lives
        return int(np.all(hud == red, axis=2).sum())

    full = red_in_the_health_bar()
    assert full > 0
    world.stats.score = 4321
    world.stats.casualties = 1
    player.lives -= 1
    player.health -= 1
    screen = app.render()
    text_at(screen, "SCORE 0004321", gold)
    assert not shows(screen, "SCORE 0000000", gold)
    text_at(screen, "HUMAN CASUALTIES: 1", red)  # a death is counted, in red
    text_at(screen, f"x{player.lives}", (255, 255, 255))
    assert red_in_the_health_bar() < full  # a segment went dark


def test_pause_menu_and_escape(app):
    app.start_level("freeway")
    step(app, frames=3)
    tap(app, pygame.K_ESCAPE)
    assert isinstance(app.stack.top, PauseScene)
    frame = app.stack.scenes[-2].world.frame
    step(app, frames=10)
    assert app.stack.scenes[-2].world.frame == frame  # frozen while paused
    play = app.stack.scenes[-2]
    level = pygame.Surface(INTERNAL_SIZE)
    play.draw(level, 1.0)  # the frozen level alone, as the pause screen draws it underneath
    screen = app.render()
    text_at(screen, "PAUSED", colour("gold"), scale=2)
    ys = [text_at(screen, "Resume", colour("gold"))[1]]
    ys += [text_at(screen, label, colour("white"))[1] for label in ["Restart level", "Options", "Quit to title"]]
    assert ys == sorted(ys)
    # Outside the menu's panel the level still shows, darkened by the overlay.
    beneath, paused = pixels(level)[:, :100], pixels(screen)[:, :100]
    assert brightness(paused) < 0.7 * brightness(beneath)
    assert np.corrcoef(paused.sum(axis=2).ravel(), beneath.sum(axis=2).ravel())[0, 1] > 0.9
    tap(app, pygame.K_ESCAPE)
    assert isinstance(app.stack.top, PlayScene)


def test_quit_to_title_from_pause(app):
    app.start_level("freeway")
    tap(app, pygame.K_ESCAPE)
    for _ in range(3):
        tap(app, pygame.K_DOWN)
    tap(app, pygame.K_RETURN)
    assert isinstance(app.stack.top, PauseScene)  # a slip costs nothing: it asks again
    text_at(app.render(), "Quit to title? Press again", colour("gold"))
    tap(app, pygame.K_UP)
    tap(app, pygame.K_DOWN)
    screen = app.render()
    text_at(screen, "Quit to title", colour("gold"))  # moving away disarmed it
    assert not shows(screen, "Quit to title? Press again", colour("gold"))
    tap(app, pygame.K_RETURN)
    assert isinstance(app.stack.top, PauseScene)  # so it asks again
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
    screen = app.render()
    white = colour("white")
    text_at(screen, f"{play.world.level.title.upper()} COMPLETE", colour("gold"), scale=2)
    row(screen, "SCORE", f"{play.world.stats.score:07d}", white)
    row(screen, "HUMAN CASUALTIES", "0", white)
    row(screen, "RUN TOTAL", f"{app.run.score:07d}", colour("gold"))  # below the level's rows
    text_at(screen, "No one died. Keep it that way.", white)
    text_at(screen, "Continue", colour("gold"))
    tap(app, pygame.K_RETURN)
    assert isinstance(app.stack.top, StoryScene)  # the Mall's story beat is told...
    tap(app, pygame.K_ESCAPE)
    assert isinstance(app.stack.top, PlayScene)  # ...then the Mall is played, the run's lives carried in
    assert app.stack.top.world.level.name == "mall"
    assert app.stack.top.world.player.lives == app.run.lives


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
