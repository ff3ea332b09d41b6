"""Frame cost of the T-1000: physics update + 2 space substeps + drawing to 640x360.

    python tools/bench_t1000.py [frames]

For N = 150, 300, 600 and each state (walking, splashed, frozen, shattered,
reforming) prints p50/p99 in ms, then the 600/300 cost ratio per state.
"""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pygame  # noqa: E402

from game.t1000 import T1000  # noqa: E402
from game.t1000.arena import build_arena  # noqa: E402
from game.t1000.render import T1000Renderer  # noqa: E402
from game.world.physics import PHYSICS_SUBSTEPS, new_space  # noqa: E402

DT = 1 / 60
STATES = ("walking", "splashed", "frozen", "shattered", "reforming")


def _prepare(n: int, state: str):
    space = new_space()
    arena = build_arena(space, step=False, door=False, bars=False, molten=False)
    body = T1000(space, (200.0, arena.floor_y - 22), rng=random.Random(1), n_droplets=n)
    target = [(600.0, 270.0)]

    def step(k: int = 1) -> None:
        for _ in range(k):
            body.update(DT, target[0])
            for _ in range(PHYSICS_SUBSTEPS):
                space.step(DT / PHYSICS_SUBSTEPS)

    step(30)

    def poke(frame: int) -> None:
        x, y = body.position
        if state == "splashed" and frame % 20 == 0:
            for k in range(6):
                body.shoot((x - 2, y - 10 + 4 * k), (1.0, 0.0), 1.0)
        elif state == "frozen" and frame % 20 == 0:
            body.add_cold((x, y), 60, 2.0)
        elif state in ("shattered", "reforming") and body.state not in (state,):
            if body.state in ("liquid", "morph", "splashed"):
                body.add_cold((x, y), 60, 2.0)
                body.shoot((x, y), (1, 0), 1.0)

    if state == "frozen":
        poke(0)
    if state == "reforming":
        target[0] = None
        x, y = body.position
        body.add_cold((x, y), 60, 2.0)
        body.shoot((x, y), (1, 0), 1.0)
        while body.state != "reforming":
            step()
    if state == "shattered":
        x, y = body.position
        body.add_cold((x, y), 60, 2.0)
        body.shoot((x, y), (1, 0), 1.0)
    return body, step, poke


def bench(n: int, state: str, frames: int) -> tuple[float, float]:
    body, step, poke = _prepare(n, state)
    renderer = T1000Renderer()
    surf = pygame.Surface((640, 360))
    times = []
    for f in range(frames):
        if state in ("shattered", "reforming") and body.state != state:
            body, step, poke = _prepare(n, state)
        if state in ("splashed", "frozen"):
            poke(f)
        t0 = time.perf_counter()
        step()
        surf.fill((14, 18, 38))
        renderer.draw(surf, body, (0, 0))
        times.append((time.perf_counter() - t0) * 1000)
        body.drain_events()
    times.sort()
    return times[len(times) // 2], times[min(len(times) - 1, int(len(times) * 0.99))]


def main(argv: list[str]) -> int:
    frames = int(argv[1]) if len(argv) > 1 else 300
    results: dict[tuple[int, str], tuple[float, float]] = {}
    print(f"{'N':>4} {'state':<10} {'p50 ms':>7} {'p99 ms':>7}")
    for n in (150, 300, 600):
        for state in STATES:
            p50, p99 = bench(n, state, frames)
            results[(n, state)] = (p50, p99)
            print(f"{n:>4} {state:<10} {p50:7.2f} {p99:7.2f}")
    print("cost ratio N=600 / N=300 (p50):")
    for state in STATES:
        print(f"  {state:<10} {results[(600, state)][0] / results[(300, state)][0]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
