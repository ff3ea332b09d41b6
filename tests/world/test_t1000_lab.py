"""The T-1000 lab as a player meets it: level triggers drive the liquid metal."""

from __future__ import annotations

from game.input.actions import Action, InputSnapshot
from game.level import load_level
from game.level.loader import find_level
from game.t1000.body import LOOSE
from game.world.world import World
from tests.driving import run_until
from tests.world.conftest import hold, run

GATE_X = 40 * 16  # the barred gate between the player's side and the T-1000's


def _lab() -> World:
    return World(load_level(find_level("t1000_lab")), seed=3)


def test_it_waits_behind_the_bars_while_the_player_reads():
    w = _lab()
    (t1000,) = w.t1000s
    x0 = t1000.x
    run(w, InputSnapshot(), 240)
    assert abs(t1000.x - x0) < 8
    assert t1000.body.brain.dormant


def test_walking_up_to_the_gate_wakes_it_and_it_flows_through_the_bars():
    w = _lab()
    (t1000,) = w.t1000s
    run_until(lambda: run(w, hold(Action.RIGHT)), lambda: w.player.x >= 35.5 * 16, 5 * 60,
              "the player walking up to the gate")
    assert not t1000.body.brain.dormant
    for _ in range(15 * 60):
        run(w, InputSnapshot())
        if t1000.x < GATE_X - 16:
            break
    assert t1000.x < GATE_X - 16  # on the player's side of the bars
    pos = t1000.body.pos[t1000.body.where <= LOOSE]  # in the body or flowing loose
    assert len(pos) == t1000.body.n
    assert (pos[:, 0] < GATE_X).mean() > 0.9  # the metal came with it, not left in the bars
