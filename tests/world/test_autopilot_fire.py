"""The scripted player's line of fire: a pellet that misses the T-1000 flies on, so it never fires with
a person standing in the pellets' cone, short of the target or past it (the mall's shoppers and guards).
These runs are the proof the campaign's 'casualties=0' rests on."""

from __future__ import annotations

from game.entities.t800 import PELLET_RANGE
from game.input.actions import Action
from game.input.autopilot import Autopilot
from tests.world.conftest import obj


def _shots(world, frames: int = 120) -> list[bool]:
    """Each time the scripted player fires (the T-1000 held asleep where it stands): was anyone
    standing ahead of the muzzle within the pellets' reach?"""
    pilot = Autopilot(world)
    shots = []
    for _ in range(frames):
        for t in world.t1000s:
            t.command("sleep")
        snap = pilot.next_frame()
        if snap.is_held(Action.FIRE):
            p = world.player
            shots.append(any(e.human and not e.is_down and e.state != "cower"
                             and 0 < (e.x - p.x) * p.facing < PELLET_RANGE + 24 for e in world.entities))
        world.step(1 / 60, snap)
    return shots


def _world(arena, *people):
    return arena(objects=[obj(3, "t1000", 124, 160, name="liquid", droplets=60, unkillable=True), *people])


def test_it_blasts_the_t1000_with_nobody_in_the_way(arena):
    assert _shots(_world(arena))


def test_it_never_fires_toward_a_shopper_past_the_t1000(arena):
    world = _world(arena, obj(4, "shopper", 300, 160, facing="left"))
    shots = _shots(world)
    assert not any(shots)
    assert world.stats.casualties == 0


def test_it_never_fires_toward_a_guard_past_the_t1000(arena):
    world = _world(arena, obj(4, "guard", 290, 160, facing="left"))
    assert not any(_shots(world))
    assert world.stats.casualties == 0


def test_a_shopper_beyond_the_pellets_reach_does_not_stop_it(arena):
    assert _shots(_world(arena, obj(4, "shopper", 560, 160, facing="left")))
