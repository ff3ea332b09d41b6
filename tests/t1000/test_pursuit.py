"""Pursuit over pits and walls taller than a step: the body leaps (up to 3 tiles), and only when it must."""

from __future__ import annotations

from game.t1000 import tuning as T
from tests.t1000.conftest import Rig

STAND_Y = 300.0 - T.FEET_BELOW_CENTRE  # centre of a body standing on the course's floor


def _chase(r: Rig, goal_x: float, target, max_frames: int) -> tuple[int, list[str]]:
    """Step toward ``target`` until the body stands on the floor beyond ``goal_x``; frames taken, events."""
    events: list[str] = []

    def past() -> bool:
        x, y = r.body.position
        return x > goal_x and abs(y - STAND_Y) < 4 and r.body.grounded

    for f in range(max_frames):
        if past():
            return f, events
        r.step(1, target)  # Rig.step asserts body + loose + shards + melted == N every frame
        events += [e[0] for e in r.body.drain_events()]
    return -1, events


def test_leaps_out_of_a_rebar_pit_to_reach_the_target():
    r = Rig(x=120, course={"pit_depth": 32.0})  # Freeway's rebar pit: 3 tiles wide, 2 deep
    x0, _, x1, bottom = r.arena.pit
    f, events = _chase(r, x1 + 24, (560.0, 280.0), 60 * 6)
    assert f >= 0, (r.body.position, r.body.counts())
    assert r.body.brain.leaps >= 1 and "leap" in events
    assert r.body.counts() == (300, 0, 0, 0)
    r.step(60, (560.0, 280.0))
    _, pos = r.body.droplet_positions()
    assert pos[:, 1].max() <= r.arena.floor_y + 1  # nothing left behind in the pit
    assert pos[:, 1].max() - pos[:, 1].min() > 36  # standing again


def test_leaps_a_40px_wall_to_reach_the_target():
    r = Rig(x=200, course={"wall_height": 40.0})
    wx0, top, wx1, _ = r.arena.wall
    f, events = _chase(r, wx1 + 16, (560.0, 280.0), 60 * 6)
    assert f >= 0, (r.body.position, r.body.counts())
    assert events.count("leap") >= 1
    assert r.body.counts() == (300, 0, 0, 0)


def test_leap_is_announced_by_a_crouch_and_then_cools_down():
    r = Rig(x=200, course={"wall_height": 40.0})
    crouch_frames = 0
    took_off = -1
    for f in range(60 * 4):
        r.step(1, (560.0, 280.0))
        if r.body.intent.leap > 0:
            took_off = f
            break
        crouch_frames = crouch_frames + 1 if r.body.intent.crouch > 0 else 0
    assert took_off >= 0
    assert crouch_frames >= int(T.LEAP_WINDUP * 60) - 1  # the player sees it gather itself first
    assert r.body.intent.vx == 0.0 or crouch_frames > 0
    landed = r.run_until(lambda: r.body.air_t < 0, 60, (560.0, 280.0))
    assert landed >= 0
    assert r.body.brain.leap_cooldown > 0


def test_no_leap_over_a_wall_taller_than_three_tiles():
    r = Rig(x=200, course={"wall_height": 64.0})
    wx0 = r.arena.wall[0]
    r.step(60 * 4, (560.0, 280.0))
    assert r.body.brain.leaps == 0
    assert r.body.position[0] < wx0
    assert r.body.counts() == (300, 0, 0, 0)
    assert r.body.state == "liquid"


def test_no_leap_out_of_the_pit_when_the_target_is_in_it():
    r = Rig(x=120, course={"pit_depth": 32.0})
    x0, _, x1, bottom = r.arena.pit
    target = ((x0 + x1) / 2 + 10, bottom - 20)
    r.step(60 * 4, target)
    x, y = r.body.position
    assert x0 < x < x1 and y > r.arena.floor_y  # went down to it and stays there
    assert r.body.brain.leaps == 0
