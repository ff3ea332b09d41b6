"""The Steel Mill, the finale, as a player meets it: the spill, the hunt, emergency power, the vat."""

from __future__ import annotations

import pytest

from game.input.actions import InputSnapshot
from game.input.autopilot import Autopilot
from game.level import load_level
from game.level.loader import find_level
from game.world.world import World
from tests.world.conftest import run

ORDER = ("frozen", "shattered", "reforming", "melting")


def _mill(seed: int = 1) -> World:
    return World(load_level(find_level("steel_mill")), seed=seed)


@pytest.fixture(scope="module")
def autopilot_run():
    """One scripted run: the T-1000's state every frame and its census every frame."""
    w = _mill()
    ap = Autopilot(w)
    (boss,) = w.t1000s
    start = boss.body.census()
    states, problems = [], []
    for frame in range(60 * 120):
        w.step(1 / 60, ap.next_frame())
        c = boss.body.census()
        if c.problems or c.free + c.in_shards + c.melted != start.total:
            problems.append((frame, c))
        if not states or states[-1] != boss.body.state:
            states.append(boss.body.state)
        if w.outcome:
            break
    return w, boss, start, states, problems


def test_the_scripted_player_finishes_the_mill_without_casualties(autopilot_run):
    w, boss, *_ = autopilot_run
    assert w.outcome == "completed"
    assert w.stats.casualties == 0
    assert w.next_level == "ending"
    assert not boss.alive


def test_the_t1000_freezes_shatters_reforms_and_melts_in_that_order(autopilot_run):
    _, _, _, states, _ = autopilot_run
    it = iter(states)
    assert all(any(s == want for s in it) for want in ORDER), states


def test_every_droplet_is_accounted_for_every_frame(autopilot_run):
    _, boss, start, _, problems = autopilot_run
    assert start.total == boss.body.n and not start.problems
    assert not problems, problems[:3]
    end = boss.body.census()
    assert end.melted == boss.body.n  # all of it went into the steel: it never comes back


def test_emergency_power_shuts_down_then_restarts_crippled_on_a_clock():
    w = _mill()
    p = w.player
    run(w, InputSnapshot(), 5)
    p.power_down(w, 10.0)
    run(w, InputSnapshot(), 30)
    assert p.state == "shutdown" and p.on_emergency_power and p.emergency == 0
    run(w, InputSnapshot(), 60 * 3)
    assert p.crippled and 0 < p.emergency < 10.0 and p.state != "shutdown"
    lives = p.lives
    run(w, InputSnapshot(), 60 * 11)  # the reserve runs out: down for good, a life lost
    assert p.lives == lives - 1


def test_the_launcher_stops_the_clock_and_arms_grenades():
    w = _mill()
    p = w.player
    run(w, InputSnapshot(), 5)
    p.power_down(w, 10.0)
    run(w, InputSnapshot(), 60 * 4)
    p.arm_launcher(w, 8)
    assert p.weapon == "grenade" and p.grenades == 8 and p.emergency == 0 and not p.on_emergency_power


def test_a_grenade_throws_the_t1000_back_the_way_it_flew():
    from game.entities.mill import Grenade

    w = _mill()
    (boss,) = w.t1000s
    run(w, InputSnapshot(), 10)
    x0 = boss.x
    g = Grenade(boss.x - 40, boss.y - 24, 1, 0)
    w.add(g)
    run(w, InputSnapshot(), 40)
    assert boss.x > x0 + 40


def test_the_boss_phase_change_beats_the_t800_down():
    w = _mill()
    (boss,) = w.t1000s
    run(w, InputSnapshot(), 5)
    boss.enter_phase(w, 2)
    run(w, InputSnapshot(), 3)
    assert w.player.state == "shutdown"
    assert boss.body.brain.dormant


def test_level_select_opens_the_mill_after_the_last_built_level(tmp_path, monkeypatch):
    from game.progress import Progress
    from game.scenes.records import LevelSelectScene

    class App:
        progress = Progress()
        audio = type("A", (), {"play": staticmethod(lambda *a: None)})()
        stack = type("S", (), {"pop": staticmethod(lambda: None)})()

        @staticmethod
        def level_exists(name):
            return name in ("freeway", "mall", "steel_mill")

        @staticmethod
        def new_game(name):
            pass

    app = App()
    scene = LevelSelectScene(app)
    item = scene.menu.items[scene.levels.index("steel_mill")]
    assert not item.enabled
    app.progress.record_finish("mall", 100, 600, 0, "canal")
    scene = LevelSelectScene(app)
    assert scene.menu.items[scene.levels.index("steel_mill")].enabled
