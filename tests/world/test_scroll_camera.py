"""The view as a rule: a level that scrolls by itself pushes a player who stops, crushes one
pinned against a wall, loses what falls behind; two players share one screen."""

from __future__ import annotations

from pathlib import Path

from game.input.actions import Action, InputSnapshot
from game.level import load_level
from game.timestep import DT
from game.world.camera import EDGE
from game.world.world import World
from tests.driving import run_until
from tests.maps import tmx_text

SCROLL_MAP = Path(__file__).with_name("scroll.tmx")
IDLE = InputSnapshot()
WALL_X = 40 * 16  # the 48 px wall the map puts across the way


def _world(players: int = 1) -> World:
    return World(load_level(SCROLL_MAP), seed=3, players=players)


def test_a_player_who_stops_is_pushed_along_by_the_view():
    w = _world()
    p = w.player
    start_x = p.x
    run_until(lambda: w.step(DT, IDLE), lambda: w.camera.x > 200, 60 * 10, "w.camera.x > 200")
    assert w.camera.scrolling
    assert p.state != "dead" and p.lives == 3
    assert p.x > start_x + 100  # carried along without a key pressed
    assert p.x - p.WIDTH / 2 >= w.camera.x + EDGE - 0.5  # and never left behind the edge


def test_a_player_pinned_against_a_wall_by_the_view_loses_a_life_and_comes_back_in_view():
    w = _world()
    p = w.player
    run_until(lambda: w.step(DT, IDLE), lambda: p.state == "dead", 60 * 20, "p.state == 'dead'")
    assert p.lives == 2 and w.stats.deaths == 1
    assert p.x + p.WIDTH / 2 <= WALL_X + 1  # crushed on the near side of the wall
    run_until(lambda: w.step(DT, IDLE), lambda: p.state != "dead", 60 * 5, "p.state != 'dead'")
    assert w.camera.x + EDGE <= p.x <= w.camera.x + w.camera.view_w - EDGE  # back where the view is
    assert p.x > WALL_X  # past the wall that pinned him, on the ground
    assert w.ground_below(p.x, p.y, p.WIDTH - 4)


def test_a_player_who_jumps_the_wall_keeps_his_lives_and_the_view_stops_at_the_area_end():
    w = _world()
    p = w.player

    def play() -> None:
        near = WALL_X - 40 < p.x < WALL_X
        snap = InputSnapshot(Action.RIGHT.bit | (Action.JUMP.bit if near else 0),
                             Action.JUMP.bit if near and p.on_ground(w) else 0)
        w.step(DT, snap)

    run_until(play, lambda: p.x > WALL_X + 200, 60 * 20, "p.x > WALL_X + 200")
    assert p.lives == 3 and p.state != "dead"
    run_until(lambda: w.step(DT, IDLE), lambda: not w.camera.scrolling, 60 * 20, "not w.camera.scrolling")
    assert abs(w.camera.x + w.camera.view_w - 1440) < 1.0  # the chase area's right edge


def test_what_falls_behind_the_scrolling_view_is_gone():
    w = _world()
    (pickup,) = [e for e in w.entities if e.kind == "pickup"]
    run_until(lambda: w.step(DT, IDLE), lambda: not pickup.alive, 60 * 5, "not pickup.alive")
    w.step(DT, IDLE)  # the world clears out what is gone at its next update
    assert pickup not in w.entities and w.stats.score == 0  # gone, not taken


def _flat_map(tmp_path: Path, w: int = 200, h: int = 23) -> Path:
    """An open floor, a screen high, with room to run."""
    rows = [",".join(["0"] * w)] * (h - 3) + [",".join(["1"] * w)] + [",".join(["2"] * w)] * 2
    start = '<object id="1" type="player_start" x="400" y="320"><point/></object>'
    exit_ = f'<object id="2" type="exit" x="{w * 16 - 32}" y="288" width="16" height="32"/>'
    path = tmp_path / "flat.tmx"
    path.write_text(tmx_text(w, h, ",\n".join(rows), start + exit_))
    return path


def test_two_players_stay_on_one_screen_and_the_view_frames_both(tmp_path):
    w = World(load_level(_flat_map(tmp_path)), seed=7, players=2)
    one, two = w.players
    right = InputSnapshot(Action.RIGHT.bit, 0)
    for _ in range(60 * 8):
        w.step(DT, [IDLE, right])
        assert two.x - one.x <= w.camera.view_w - 2 * EDGE + 0.5
    assert two.x - one.x > w.camera.view_w / 2  # he did get away from his partner, up to the leash
    for p in (one, two):
        assert w.camera.x + EDGE - 1 <= p.x <= w.camera.x + w.camera.view_w - EDGE + 1


def test_the_scrolling_run_is_the_same_every_time():
    def run() -> str:
        w = _world()
        for i in range(60 * 12):
            w.step(DT, InputSnapshot(Action.RIGHT.bit if (i // 50) % 3 else 0, 0))
        return w.state_hash()

    assert run() == run()
