"""Sarah Connor, the second player character, driven like a player: her feel against the T-800's,
her roll, punch, crouch and hiding, the sedative and the rifle with its laser sight."""

from __future__ import annotations

import pytest

from game.entities.hero import TUNING
from game.entities.sarah import Sarah
from game.entities.t800 import T800
from game.input.actions import Action
from game.level import load_level
from game.world.world import World
from tests.world.conftest import FLAT, hold, make_map, obj, press, run, settle


@pytest.fixture
def level(tmp_path):
    """A world from rows + objects; the start (tile x=4, on the ground) takes ``start`` properties."""

    def build(rows=None, objects=(), start_x=64, players=1, **start) -> World:
        rows = rows or FLAT
        ground_y = next(i for i, r in enumerate(rows) if "#" in r[int(start_x // 16)]) * 16
        objs = [obj(1, "player_start", start_x, ground_y, **start),
                obj(2, "exit", (len(rows[0]) - 2) * 16, ground_y - 32, 16, 32), *objects]
        return World(load_level(make_map(tmp_path, rows, objs)), players=players)

    return build


def _run_distance(w: World, frames: int = 60) -> float:
    settle(w)
    x0 = w.player.x
    run(w, hold(Action.RIGHT), frames)
    return w.player.x - x0


def _jump_height(w: World) -> float:
    settle(w)
    ground, top = w.player.y, w.player.y
    for s in [press(Action.JUMP)] + [hold(Action.JUMP)] * 60:
        run(w, [s])
        top = min(top, w.player.y)
    return ground - top


# --- who plays --------------------------------------------------------------------------------
def test_a_start_that_says_sarah_spawns_sarah_and_the_default_is_the_t800(level):
    assert type(level().player) is T800
    w = level(character="sarah")
    assert type(w.player) is Sarah and w.player.kind == "sarah"
    assert w.player.health == w.difficulty.sarah_health < w.difficulty.player_health  # no armour


def test_player_two_plays_the_same_unless_the_start_names_character2(level):
    w = level(character="sarah", players=2)
    assert [type(p) for p in w.players] == [Sarah, Sarah]
    w = level(character="sarah", character2="t800", players=2)
    assert [type(p) for p in w.players] == [Sarah, T800]
    w = level(character="sarah")
    assert type(w.join()) is Sarah  # dropping in later: the same rule


def test_a_start_arms_her_as_it_says(level):
    w = level(character="sarah", weapon="rifle", ammo=5)
    assert (w.player.weapon, w.player.rounds) == ("rifle", 5)
    w = level(character="sarah", weapon="sedative")
    assert w.player.weapon == "sedative" and w.player.doses > 0
    assert level(character="sarah").player.weapon == "none"


# --- her feel ---------------------------------------------------------------------------------
def test_she_runs_faster_and_jumps_lower_than_the_t800(level):
    t800_run, sarah_run = _run_distance(level()), _run_distance(level(character="sarah"))
    assert sarah_run > t800_run * 1.1
    assert sarah_run > TUNING["sarah"].run_speed * 0.8
    t800_jump, sarah_jump = _jump_height(level()), _jump_height(level(character="sarah"))
    assert 32 < sarah_jump < t800_jump * 0.9  # still clears two tiles
