"""The fuzz tool plays every level with random hands and catches what it is there to catch."""

from __future__ import annotations

import math

import pytest

from game.world.world import World
from tools.fuzz import ROOT, FranticHands, _check, fuzz, main

LEVELS = sorted(f.stem for f in (ROOT / "levels").glob("*.tmx"))  # every level, as CI fuzzes them


def test_the_level_list_is_the_levels_folder():
    assert {"freeway", "t1000_lab", "mall"} <= set(LEVELS)


@pytest.mark.parametrize("level", LEVELS)
def test_a_short_frantic_run_of_every_level_finds_nothing(level):
    report = fuzz(level, seed=3, frames=600, players=1)
    assert report.problems == [] and report.frames == 600


def test_two_seats_join_and_leave_under_random_hands():
    report = fuzz("freeway", seed=4, frames=900, players=2)
    assert report.problems == []


def test_the_random_hands_are_seeded_not_timed():
    import random

    one, two = FranticHands(random.Random(5), 0), FranticHands(random.Random(5), 0)
    frames = [one.next_frame() for _ in range(300)]
    assert frames == [two.next_frame() for _ in range(300)]
    assert len({f.held for f in frames}) > 5 and any(f.pressed for f in frames)  # and frantic


def test_a_body_gone_to_nan_is_reported_with_its_frame(monkeypatch):
    step = World.step

    def broken(self, dt, snaps):
        step(self, dt, snaps)
        if self.frame == 50:
            self.player.body.position = (math.nan, 10.0)

    monkeypatch.setattr(World, "step", broken)
    report = fuzz("freeway", seed=1, frames=60)
    assert report.problems and "frame 50" in report.problems[0] and "t800" in report.problems[0]
    assert "not finite" in report.problems[0]


def test_a_melted_droplet_left_in_the_space_is_reported():
    """The sabotage the conservation checks must catch: a droplet counted as melted, still in the space."""
    from game.level import load_level
    from game.level.loader import find_level
    from game.t1000.body import MELTED

    world = World(load_level(find_level("t1000_lab")), seed=2)
    for _ in range(30):
        world.step(1 / 60, [])
    assert _check(world, "lab", {}) == []
    body = world.t1000s[0].body
    body.where[0] = MELTED  # melted on the books...
    body.melt_count += 1  # ...but its body never taken out of the space
    problems = _check(world, "lab", {})
    assert any("melted droplet(s) still in the space" in p for p in problems), problems


def test_a_crash_in_the_simulation_is_one_line_and_the_exit_status_says_so(monkeypatch, capsys):
    def crash(self, dt, snaps):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(World, "step", crash)
    assert main(["--level", "freeway", "--frames", "10"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("freeway seed 1 frame 1: ZeroDivisionError: boom")


def _lab_world():
    from game.level import load_level
    from game.level.loader import find_level

    world = World(load_level(find_level("t1000_lab")), seed=2)
    for _ in range(30):
        world.step(1 / 60, [])
    assert _check(world, "lab", {}) == []
    return world


def test_a_droplet_lost_from_the_space_is_reported():
    """The census counts from the space: a droplet whose body and circle vanish is one short."""
    world = _lab_world()
    body = world.t1000s[0].body
    world.space.remove(body.shapes[5], body.bodies[5])
    problems = _check(world, "lab", {})
    assert any("not 300" in p for p in problems), problems


def test_a_droplet_dropped_from_its_shard_is_reported():
    """The other sabotage: a frozen body shattered, and one parked droplet forgotten by its shard."""
    world = _lab_world()
    t = world.t1000s[0]
    x, y = t.body.position
    t.body.add_cold((x, y), 80, 3.0)
    t.body.shoot((x, y), (1, 0), 1.0)
    assert t.body.shards and _check(world, "lab", {}) == []
    shard = t.body.shards[0]
    shard.droplets, shard.local = shard.droplets[1:], shard.local[1:]
    problems = _check(world, "lab", {})
    assert any("not 300" in p for p in problems), problems
