"""Aiming in eight directions: hold Aim to plant the feet, and the directions point the shotgun."""

from __future__ import annotations

from game.input.actions import Action, InputSnapshot
from tests.world.conftest import FLAT, hold, obj, run

CATWALK = ["." * 40] * 5 + ["..==========" + "." * 28] + ["." * 40] * 4 + ["#" * 40] * 2  # a grate at y = 80


def _press(*actions: Action, also: tuple[Action, ...] = ()) -> InputSnapshot:
    return InputSnapshot.of(set(actions), set(also))


def _tracers(world) -> list[tuple[float, float, float, float]]:
    return [e[1:] for e in world.drain_events() if e[0] == "tracer"]


def test_a_shot_fired_up_right_from_a_planted_stance_travels_up_right(arena):
    w = arena(rows=FLAT)
    p = w.player
    run(w, InputSnapshot(), 10)
    x = p.x
    run(w, hold(Action.AIM, Action.RIGHT, Action.UP), 20)  # planted: the feet stay put
    assert abs(p.x - x) < 0.5
    w.step(1 / 60, _press(Action.AIM, Action.RIGHT, Action.UP, also=(Action.FIRE,)))
    tracers = _tracers(w)
    assert len(tracers) == 6
    for mx, my, tx, ty in tracers:
        dx, dy = tx - mx, ty - my
        assert dx > 0 and dy < 0 and 0.5 < -dy / dx < 2.0  # up and to the right, about 45 degrees
    assert abs(p.x - x) < 0.5  # no recoil slide when planted


def test_a_shot_down_from_a_catwalk_hits_a_man_below(arena):
    w = arena(rows=CATWALK, objects=[obj(3, "thug", 104, 160, facing="left")])
    thug = next(e for e in w.entities if e.kind == "thug")
    p = w.player
    p.place(100, 80)
    run(w, hold(Action.AIM), 10)
    assert p.grounded and abs(p.y - 80) < 1  # standing on the grate, above him
    health = thug.health
    w.step(1 / 60, _press(Action.AIM, Action.DOWN, also=(Action.FIRE,)))
    tracers = _tracers(w)
    assert all(ty > my + 40 for _mx, my, _tx, ty in tracers)  # straight down through the grate
    assert thug.health < health


def test_without_aim_the_shotgun_fires_ahead_as_before(arena):
    w = arena(rows=FLAT)
    run(w, InputSnapshot(), 10)
    w.step(1 / 60, _press(also=(Action.FIRE,)))
    for mx, my, tx, ty in _tracers(w):
        assert tx - mx > 150 and abs(ty - my) < 0.2 * (tx - mx)
