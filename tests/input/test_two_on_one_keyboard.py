"""Two players on one keyboard: player two's half (the arrows and the keys around them) joins with
his Enter, the halves never drive the same player, and each player's keys are rebound on the
Controls screen and kept in the settings."""

from __future__ import annotations

import pygame

from game.input.actions import Action
from game.input.bindings import DEFAULT_KEYS, DEFAULT_KEYS_TWO, REBINDABLE, Bindings
from game.scenes.options import ControlsScene
from game.scenes.pause import PauseScene
from game.scenes.play import PlayScene
from game.settings import Settings
from tests.driving import key, step, tap


def test_the_two_halves_share_no_key_but_the_arrows_player_one_keeps_as_spares():
    one = {k for a in REBINDABLE for k in DEFAULT_KEYS[a]}
    two = {k for a in REBINDABLE for k in DEFAULT_KEYS_TWO[a]}
    assert one & two == {"left", "right", "up", "down"}
    for action in (Action.LEFT, Action.RIGHT, Action.UP, Action.DOWN):
        assert len(DEFAULT_KEYS[action]) >= 2  # WASD is left to player one when player two takes the arrows


def test_enter_joins_player_two_on_the_keyboard_and_each_half_drives_its_own_player(app):
    app.start_level("freeway")
    scene = app.stack.top
    step(app, frames=3)
    step(app, key(pygame.K_LEFT), frames=10)  # alone, player one steers with the arrows too
    alone = scene.world.player
    assert alone.x < alone.respawn_point[0] - 5
    step(app, key(pygame.K_LEFT, down=False))
    tap(app, pygame.K_RETURN)  # player two's Start
    step(app, frames=2)
    assert app.stack.top is scene and len(scene.world.players) == 2
    one, two = scene.world.players
    x1, x2 = one.x, two.x
    step(app, key(pygame.K_d), key(pygame.K_LEFT), frames=30)
    assert one.x > x1 + 20  # D: player one's
    assert two.x < x2 - 20  # the left arrow: player two's now, not player one's
    frames = app.input.slot_frames
    assert frames[0].is_held(Action.RIGHT) and not frames[0].is_held(Action.LEFT)
    assert frames[1].is_held(Action.LEFT) and not frames[1].is_held(Action.RIGHT)
    step(app, key(pygame.K_d, down=False), key(pygame.K_LEFT, down=False))

    tap(app, pygame.K_ESCAPE)  # player two leaves from the pause menu...
    assert isinstance(app.stack.top, PauseScene)
    tap(app, pygame.K_DOWN)
    tap(app, pygame.K_RETURN)
    step(app, frames=2)
    assert app.stack.top is scene and len(scene.world.players) == 1
    x = one.x
    step(app, key(pygame.K_LEFT), frames=10)  # ...and the arrows are player one's again
    assert one.x < x - 5


def test_a_game_for_two_without_a_pad_splits_the_keyboard(app):
    app.players = 2
    app.start_level("freeway")
    scene = app.stack.top
    assert isinstance(scene, PlayScene) and len(scene.world.players) == 2
    one, two = scene.world.players
    x1, x2 = one.x, two.x
    step(app, key(pygame.K_a), key(pygame.K_RIGHT), frames=30)
    assert one.x < x1 - 20 and two.x > x2 + 20


def _controls(app) -> ControlsScene:
    scene = ControlsScene(app)
    app.stack.push(scene)
    return scene


def _select(app, scene: ControlsScene, row) -> None:
    while scene.rows[scene.index] != row:
        tap(app, pygame.K_DOWN)


def test_the_controls_screen_rebinds_player_twos_keys_and_they_are_saved(app, tmp_path, monkeypatch):
    scene = _controls(app)
    _select(app, scene, "player")
    tap(app, pygame.K_RETURN)
    assert scene.player == 1
    _select(app, scene, Action.FIRE)
    tap(app, pygame.K_RETURN)  # waiting for a key
    assert scene.waiting == Action.FIRE
    step(app, key(pygame.K_m))
    step(app, key(pygame.K_m, down=False))
    assert app.settings.bindings_two.keys[Action.FIRE][0] == "m"
    assert "m" not in app.settings.bindings.keys[Action.FIRE]  # player one's are untouched
    saved = Settings.from_json(app.settings.to_json())
    assert saved.bindings_two.keys[Action.FIRE][0] == "m"
    assert saved.bindings.keys == app.settings.bindings.keys


def test_escape_stays_player_ones_and_never_reaches_player_twos_table():
    damaged = Bindings.for_player(1).to_json()
    damaged["keys"]["pause"] = ["escape", "return"]  # written by hand, or by an older version
    two = Bindings.from_json(damaged, player=1)
    assert two.keys[Action.PAUSE] == ["return"]
    assert "escape" in Bindings.from_json(Bindings().to_json()).keys[Action.PAUSE]


def test_the_readme_controls_table_names_both_players_keys():
    from pathlib import Path

    from game.input.bindings import key_label

    readme = Path(__file__).resolve().parents[2].joinpath("README.md").read_text(encoding="utf-8")
    table = readme[readme.index("| action | keyboard, player 1 | keyboard, player 2 |"):readme.index("Every action")]
    rows = [row for row in table.splitlines()[2:] if row.startswith("|")]
    for defaults, column in ((DEFAULT_KEYS, 1), (DEFAULT_KEYS_TWO, 2)):
        cells = " ".join(row.split("|")[column + 1] for row in rows)
        assert "arrows" in cells.lower()  # the movement row names the arrow keys, not four labels
        for action in REBINDABLE:
            if action not in (Action.LEFT, Action.RIGHT, Action.UP, Action.DOWN):
                assert key_label(defaults[action][0]).lower() in cells.lower(), (column, action)
