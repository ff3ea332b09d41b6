"""Shared helpers: a T-1000 in the arena, stepped like the world steps it."""

from __future__ import annotations

import os
import random

import pytest

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")

from game.t1000 import T1000  # noqa: E402
from game.t1000.arena import build_arena, build_course  # noqa: E402
from game.world.physics import PHYSICS_SUBSTEPS, new_space  # noqa: E402

DT = 1 / 60


class Rig:
    def __init__(self, seed: int = 1, x: float = 80.0, n: int = 300, course: dict | None = None, **arena) -> None:
        self.space = new_space()
        self.arena = build_course(self.space, **course) if course is not None else build_arena(self.space, **arena)
        self.body = T1000(self.space, (x, self.arena.floor_y - 22), rng=random.Random(seed), n_droplets=n)
        self.frame = 0

    def step(self, frames: int = 1, target=None) -> None:
        for _ in range(frames):
            self.body.update(DT, target)
            for _ in range(PHYSICS_SUBSTEPS):
                self.space.step(DT / PHYSICS_SUBSTEPS)
            self.frame += 1
            census = self.body.census()  # counted from the space, the shards and the melt tally
            assert not census.problems, (self.frame, census.problems)

    def run_until(self, cond, max_frames: int, target=None) -> int:
        for f in range(max_frames):
            if cond():
                return f
            self.step(1, target)
        return -1


@pytest.fixture
def rig() -> Rig:
    return Rig(step=False, door=False, bars=False, molten=False)
