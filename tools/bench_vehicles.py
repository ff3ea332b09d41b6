"""The update cost of the canal's truck chase at its busiest: the autopilot rides canal.tmx and
every update's simulation time is measured (p50 / p99 / worst), overall and while the tow truck is in play.

    python tools/bench_vehicles.py [--frames 3000]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")

from game.input.autopilot import Autopilot  # noqa: E402
from game.level import load_level  # noqa: E402
from game.level.loader import find_level  # noqa: E402
from game.timestep import DT  # noqa: E402
from game.world.world import World  # noqa: E402


def _pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))] if xs else 0.0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--frames", type=int, default=3000)
    args = ap.parse_args()
    world = World(load_level(find_level("canal")), seed=1)
    pilot = Autopilot(world)
    every, chase = [], []
    for _ in range(args.frames):
        snap = pilot.next_frame()
        t0 = time.perf_counter()
        world.step(DT, snap)
        ms = (time.perf_counter() - t0) * 1000
        world.drain_events()
        every.append(ms)
        if any(e.kind == "tow_truck" for e in world.entities):
            chase.append(ms)
        if world.outcome:
            break
    for name, xs in (("all updates", every), ("truck chase", chase)):
        print(f"{name:12s} n={len(xs):5d} p50={_pct(xs, 0.5):.3f} ms p99={_pct(xs, 0.99):.3f} ms "
              f"max={max(xs, default=0):.3f} ms")


if __name__ == "__main__":
    main()
