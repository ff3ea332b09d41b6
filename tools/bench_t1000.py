"""Frame cost of the T-1000, as the game pays it: hits + update + 2 space substeps + drawing.

    python tools/bench_t1000.py [frames] [--hash DIM] [--n 150,300,600] [--states walking,frozen] [--cpu]

For N = 150, 300, 600 and each state (walking, splashed, frozen, shattered,
reforming) prints p50/p99 in ms of one 1/60 s frame, then the N=600 / N=300
cost ratio per state, and checks the targets (p99 <= 3 ms at N=300, ratio
<= 2.2).  ``--cpu`` times with the process's CPU clock instead of the wall
clock: on a machine busy with other work, what the body itself costs.

One timed frame is what ``World.step`` + ``WorldView.draw`` spend on the body:
the hits of that frame (``shoot`` / ``add_cold`` are called from the
player's update), ``T1000.update``, ``PHYSICS_SUBSTEPS`` steps of the space
at ``DT / PHYSICS_SUBSTEPS``, the entity's ``after_physics`` read of
``position``, draining the events, and drawing the body onto a 640x360
surface (the internal resolution).  Only setting a state up is untimed; it ends
as a level load does (``game.memory.level_loaded``), so the collector does not
walk the set-up's objects in a timed frame, which the game never does either.
Frames are filed under the state the body was in when the frame began,
except the frame whose shot shatters the frozen body, which is filed under
"shattered" (it is the start of that state); so the thaw frame counts as
"shattered" too.

The space is the game's own (``game.world.physics.new_space``, a spatial hash
sized to a droplet); ``--hash DIM`` re-sizes that hash to ``DIM`` px cells to
compare cell sizes.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pygame  # noqa: E402

from game import memory  # noqa: E402
from game.t1000 import T1000  # noqa: E402
from game.t1000.arena import build_arena  # noqa: E402
from game.t1000.render import T1000Renderer  # noqa: E402
from game.world.physics import PHYSICS_SUBSTEPS, new_space  # noqa: E402

DT = 1 / 60
STATES = ("walking", "splashed", "frozen", "shattered", "reforming")
SIZES = (150, 300, 600)
P99_LIMIT_MS = 3.0  # at N = 300
RATIO_LIMIT = 2.2  # N = 600 over N = 300
CLOCK = time.perf_counter  # or time.process_time (--cpu)
HASH_COUNT = 5000  # cells of the spatial hash with --hash (Chipmunk: about 10x the shapes)


class Scenario:
    """One body in the test arena, driven into ``state``; ``frame()`` returns a timed frame or None."""

    def __init__(self, n: int, state: str, renderer: T1000Renderer, surf: pygame.Surface,
                 hash_dim: float | None, seed: int) -> None:
        self.state = state
        self.space = new_space()
        arena = build_arena(self.space, step=False, door=False, bars=False, molten=False)
        if hash_dim:
            self.space.use_spatial_hash(hash_dim, HASH_COUNT)
        self.floor = arena.floor_y
        self.body = T1000(self.space, (200.0, arena.floor_y - 22), rng=random.Random(seed), n_droplets=n)
        self.renderer, self.surf = renderer, surf
        self.target: tuple[float, float] | None = (600.0, arena.floor_y - 30)
        self.f = 0
        self._step(30)
        x, y = self.body.position
        if state in ("frozen", "shattered", "reforming"):
            self.body.add_cold((x, y), 60, 2.0)
        if state == "reforming":
            self.target = None
            self.body.shoot((x, y), (1.0, 0.0), 1.0)
            while self.body.state != "reforming":
                self._step()
        self.body.drain_events()
        memory.level_loaded()  # what the game does once a level is built: the set-up is not collected mid-run

    def _step(self, k: int = 1) -> None:
        for _ in range(k):
            self.body.update(DT, self.target)
            for _ in range(PHYSICS_SUBSTEPS):
                self.space.step(DT / PHYSICS_SUBSTEPS)

    def _hits(self) -> bool:
        """This frame's hits (timed: the game calls them inside the frame). True if the state starts here."""
        body, f = self.body, self.f
        x, y = body.position
        if self.state == "splashed" and f % 20 == 0:
            for k in range(6):  # a shotgun blast: six pellets
                body.shoot((x - 2, y - 10 + 4 * k), (1.0, 0.0), 1.0)
        elif self.state == "frozen" and f % 20 == 0:
            body.add_cold((x, y), 60, 2.0)
        elif self.state == "shattered" and f == 0:
            body.shoot((x, y), (1.0, 0.0), 1.0)
            return True
        return False

    def frame(self) -> float | None:
        body = self.body
        if self.target is not None and abs(self.target[0] - body.position[0]) < 40:
            # Keep it walking: turn the target round at the ends of the arena.
            self.target = (40.0 if self.target[0] > 320 else 600.0, self.target[1])
        before = body.state
        t0 = CLOCK()
        started = self._hits()
        self._step()
        body.position  # noqa: B018 - the entity's after_physics read
        body.drain_events()
        self.surf.fill((14, 18, 38))
        self.renderer.draw(self.surf, body, (0.0, 0.0))
        ms = (CLOCK() - t0) * 1000
        self.f += 1
        wanted = {"walking": ("liquid", "morph")}.get(self.state, (self.state,))
        return ms if started or before in wanted else None

    def over(self) -> bool:
        s = self.body.state
        if self.state in ("shattered", "reforming"):
            return self.f > 0 and s != self.state
        if self.state == "frozen":
            return s != "frozen"
        return False


def bench(n: int, state: str, frames: int, hash_dim: float | None = None) -> tuple[float, float]:
    renderer = T1000Renderer()
    surf = pygame.Surface((640, 360))
    times: list[float] = []
    seed = 1
    sc = Scenario(n, state, renderer, surf, hash_dim, seed)
    while len(times) < frames:
        ms = sc.frame()
        if ms is not None:
            times.append(ms)
        if sc.over() or sc.f > 20 * frames:
            seed += 1
            sc = Scenario(n, state, renderer, surf, hash_dim, seed)
    times.sort()
    return times[len(times) // 2], times[min(len(times) - 1, int(len(times) * 0.99))]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("frames", nargs="?", type=int, default=300, help="timed frames per N and state")
    ap.add_argument("--hash", type=float, default=None, metavar="DIM", help="use a spatial hash of cell DIM px")
    ap.add_argument("--n", default=",".join(map(str, SIZES)), help="droplet counts, comma separated")
    ap.add_argument("--states", default=",".join(STATES))
    ap.add_argument("--cpu", action="store_true", help="time with the process's CPU clock, not the wall clock")
    args = ap.parse_args(argv[1:])
    global CLOCK
    CLOCK = time.process_time if args.cpu else time.perf_counter
    sizes = [int(v) for v in args.n.split(",")]
    states = [s for s in args.states.split(",") if s]
    results: dict[tuple[int, str], tuple[float, float]] = {}
    print(f"{'N':>4} {'state':<10} {'p50 ms':>7} {'p99 ms':>7}" + (f"   (spatial hash {args.hash:g} px)" if args.hash else ""))
    for n in sizes:
        for state in states:
            p50, p99 = bench(n, state, args.frames, args.hash)
            results[(n, state)] = (p50, p99)
            print(f"{n:>4} {state:<10} {p50:7.2f} {p99:7.2f}", flush=True)
    ok = True
    if 300 in sizes:
        print(f"p99 at N=300 (limit {P99_LIMIT_MS:g} ms):")
        for state in states:
            p99 = results[(300, state)][1]
            ok &= p99 <= P99_LIMIT_MS
            print(f"  {state:<10} {p99:5.2f}  {'ok' if p99 <= P99_LIMIT_MS else 'OVER'}")
    if 300 in sizes and 600 in sizes:
        print(f"cost ratio N=600 / N=300 (limit {RATIO_LIMIT:g} on p50):")
        print(f"  {'state':<10} {'p50':>5} {'p99':>5}")
        for state in states:
            a, b = results[(300, state)], results[(600, state)]
            r50, r99 = b[0] / a[0], b[1] / a[1]
            ok &= r50 <= RATIO_LIMIT
            print(f"  {state:<10} {r50:5.2f} {r99:5.2f}  {'ok' if r50 <= RATIO_LIMIT else 'OVER'}")
    print("all targets met" if ok else "targets NOT met")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
