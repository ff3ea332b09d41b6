"""Level 4, the hospital (Pescadero), finished by the scripted player: nobody dies, the watchmen
are knocked out (never killed), the T-1000 pours through the gate and rides the police car out."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.entities.security import SecurityGate
from game.input.autopilot import Autopilot
from game.level.checker import check
from game.level.loader import load_level
from game.world.world import World

HOSPITAL = Path(__file__).resolve().parents[2] / "levels" / "hospital.tmx"
DT = 1 / 60


@pytest.fixture(scope="module")
def finished():
    world = World(load_level(HOSPITAL), seed=1)
    bot = Autopilot(world)
    seen = {"clung": False, "past_gate": False, "gate_shut": False}
    gate_x = None
    for _ in range(60 * 400):
        world.step(DT, bot.next_frame())
        for event in world.drain_events():
            if event[0] == "t1000_clings":
                seen["clung"] = True
        gate = next((e for e in world.entities if isinstance(e, SecurityGate) and e.name == "gate"), None)
        if gate is not None:
            gate_x = gate.rect.x
            seen["gate_shut"] |= not gate.is_open
            if not gate.is_open:
                seen["past_gate"] |= any(t.x > gate.rect.right + 8 for t in world.t1000s)
        if world.outcome:
            break
    return world, seen, gate_x


def test_the_map_checks_clean():
    assert check([HOSPITAL]) == []


def test_the_autopilot_breaks_out_with_no_casualties(finished):
    world, _, _ = finished
    assert world.outcome == "completed"
    assert world.stats.casualties == 0
    assert world.stats.knockouts >= 4  # the orderlies and guards it came up behind
    assert world.next_level == "dyson"


def test_the_t1000_pours_through_the_shut_gate_and_rides_the_car(finished):
    _, seen, gate_x = finished
    assert gate_x is not None and seen["gate_shut"]
    assert seen["past_gate"], "the T-1000 never came through the bars"
    assert seen["clung"], "the T-1000 never caught the police car"
