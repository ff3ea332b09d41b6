"""Mass is conserved through any sequence of hits, and the same inputs give the same body."""

from __future__ import annotations

import random

import pytest

from tests.t1000.conftest import Rig


def _torment(seed: int, frames: int = 60 * 14) -> tuple[Rig, list[str]]:
    r = Rig(seed=seed, x=380)
    rng = random.Random(seed * 7 + 1)
    hashes = []
    pool = r.arena.pool
    for f in range(frames):
        b = r.body
        x, y = b.position
        roll = rng.random()
        if roll < 0.05:
            b.shoot((x + rng.uniform(-6, 6), y + rng.uniform(-18, 18)), (rng.choice((-1, 1)), rng.uniform(-0.3, 0.3)), 1.0)
        elif roll < 0.06:
            b.add_cold((x, y), 60, rng.uniform(0.5, 1.5))
        elif roll < 0.065:
            b.explode((x + rng.uniform(-10, 10), y), rng.uniform(20, 50), rng.uniform(0.5, 1.5))
        target = ((pool[0] + pool[2]) / 2, pool[1]) if f > frames // 2 else (rng.uniform(40, 440), 270)
        r.step(1, target)  # Rig.step asserts the census (from the space itself) balances every frame
        if f % 30 == 0:
            hashes.append(b.state_hash())
        b.drain_events()
    return r, hashes


@pytest.mark.parametrize("seed", [5, 6, 7])
def test_conservation_under_random_abuse(seed):
    r, _ = _torment(seed)
    census = r.body.census()
    assert census.problems == () and census.total == r.body.n
    assert census.melted > 0  # the second half walks it into the steel
    body, loose, shards, melted = r.body.counts()  # the body's own bookkeeping agrees with the space
    assert (body + loose, shards, melted) == (census.free, census.in_shards, census.melted)


def test_same_seed_same_hash():
    _, h1 = _torment(11, 60 * 6)
    _, h2 = _torment(11, 60 * 6)
    assert h1 == h2
    _, h3 = _torment(12, 60 * 6)
    assert h1 != h3


def test_counts_track_every_state():
    r = Rig(step=False, door=False, bars=False, molten=False)
    r.step(20)
    x, y = r.body.position
    r.body.shoot((x, y), (1, 0), 1.0)
    assert r.body.census().total == 300 and r.body.counts()[1] > 0
    r.step(60)
    r.body.add_cold((x, y), 60, 2.0)
    r.body.shoot((x, y), (1, 0), 1.0)
    r.step(1)
    assert r.body.census().in_shards > 0 and r.body.census().problems == ()
    r.step(200)
    assert r.body.counts()[3] == 0


def test_shards_that_land_in_the_steel_melt_and_are_counted():
    r = Rig(seed=2, x=445, step=False, door=False, bars=False)
    pool = r.arena.pool
    r.step(30)
    x, y = r.body.position
    r.body.add_cold((x, y), 60, 2.0)
    r.body.explode((x - 14, y), 40, 1.0)  # blown to the right, over the pit
    assert r.body.state == "shattered"
    shards_before = len(r.body.shards)
    melted_shards = 0
    for _ in range(60 * 3):
        before = len(r.body.shards)
        r.step(1)  # Rig.step asserts body + loose + shards + melted == N every frame
        if len(r.body.shards) < before and r.body.state == "shattered":
            melted_shards += before - len(r.body.shards)
    assert melted_shards > 0, (shards_before, pool)
    assert r.body.counts()[3] > 0
    assert sum(r.body.counts()) == r.body.n
