"""``python -m game bench``: play Freeway with the scripted player, drawing every frame off-screen.

Prints the update+draw time per frame (p50, p99, max, in ms), the worst 1%
window of the run (the mean of the worst run of consecutive frames, a hitch
that p99 alone would hide, and where in the run it was), the same figures for
the frames spent in each state of the level's T-1000s (the steel mill's shatter
and reform are its heaviest moments: a level is judged at those), and how many times
faster than real time the simulation runs with no drawing at all.  The first
second is left out of max and of the worst window: it pays for warming up
(first blits, the first frames' allocations), which a loading screen hides.
Figures, not assertions: compare before and after a change on the same machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


WARMUP_FRAMES = 60  # the first second: not counted in max and the worst window


def _worst_window(values: list[float], width: int) -> tuple[float, int]:
    """(mean, first index) of the ``width`` consecutive values with the largest mean."""
    width = max(1, min(width, len(values)))
    acc = sum(values[:width])
    best, at = acc, 0
    for i in range(width, len(values)):
        acc += values[i] - values[i - width]
        if acc > best:
            best, at = acc, i - width + 1
    return best / width, at


def _by_t1000_state(total: list[float], states: list[frozenset[str]], skip: int) -> None:
    """Frame figures over the frames in which a T-1000 was in each state (a frame with two T-1000s
    counts for both states), in the order of ``game.t1000.body.STATES``; max leaves out the warm-up."""
    from game.t1000.body import STATES

    for state in STATES:
        frames = [i for i, seen in enumerate(states) if state in seen]
        if not frames:
            continue
        values = [total[i] for i in frames]
        late = [total[i] for i in frames if i >= skip] or values
        print(f"  T-1000 {state:10s} {len(values):5d} frames: p50 {statistics.median(values):6.2f} ms   "
              f"p99 {_percentile(values, 0.99):6.2f} ms   max {max(late):6.2f} ms")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="judgment-day bench")
    parser.add_argument("--level", default="freeway")
    parser.add_argument("--frames", type=int, default=3600)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cpu", action="store_true",
                        help="time with this process's CPU clock, not the wall clock (a busy machine "
                             "then costs nothing; what the process itself waits for is not counted)")
    args = parser.parse_args(argv)
    clock = time.process_time if args.cpu else time.perf_counter
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

    import pygame

    from game import memory
    from game.headless import run_level
    from game.input.autopilot import Autopilot
    from game.level import load_level
    from game.level.loader import find_level
    from game.render import INTERNAL_SIZE
    from game.render.effects import Effects
    from game.render.hud import draw_hud
    from game.render.world_view import WorldView
    from game.timestep import DT
    from game.world.world import World

    pygame.init()
    pygame.display.set_mode((64, 36))
    surface = pygame.Surface(INTERNAL_SIZE).convert()
    world = World(load_level(find_level(args.level)), seed=args.seed)
    bot = Autopilot(world)
    view = WorldView(world)
    effects = Effects()
    view.warm(surface)  # as the play scene does while the level loads
    memory.level_loaded()
    update_ms: list[float] = []
    draw_ms: list[float] = []
    states: list[frozenset[str]] = []  # the T-1000s' states in each frame
    for _ in range(args.frames):
        t0 = clock()
        world.step(DT, bot.next_frame())
        for event in world.drain_events():
            if event[0] != "sound":
                effects.handle(event)
        effects.update(DT)
        t1 = clock()
        view.draw(surface, world, world.camera.offset(1.0), 1.0, effects)
        draw_hud(surface, world)
        t2 = clock()
        update_ms.append((t1 - t0) * 1000)
        draw_ms.append((t2 - t1) * 1000)
        states.append(frozenset(t.body.state for t in world.t1000s))
        if world.outcome:
            break
    total = [u + d for u, d in zip(update_ms, draw_ms)]
    frames = len(total)
    print(f"level {args.level}: {frames} frames rendered at {INTERNAL_SIZE[0]}x{INTERNAL_SIZE[1]} "
          f"(outcome: {world.outcome or 'running'}; {'CPU' if args.cpu else 'wall'} clock)")
    skip = WARMUP_FRAMES if frames > 2 * WARMUP_FRAMES else 0
    for name, values in (("update", update_ms), ("draw", draw_ms), ("frame", total)):
        late = values[skip:]
        worst = max(range(len(late)), key=late.__getitem__)
        print(f"  {name:6s} p50 {statistics.median(values):6.2f} ms   p99 {_percentile(values, 0.99):6.2f} ms   "
              f"max {late[worst]:6.2f} ms (frame {worst + skip + 1})")
    late = total[skip:]
    width = max(1, len(total) // 100)
    mean, at = _worst_window(late, width)
    print(f"  worst 1% window: {width} frames from frame {at + skip + 1} ({(at + skip) / 60:.1f} s), "
          f"mean {mean:.2f} ms, max {max(late[at:at + width]):.2f} ms")
    print(f"  max before frame {skip + 1} (warming up, not counted): {max(total[:skip], default=0.0):.2f} ms")
    _by_t1000_state(total, states, skip)
    print(f"  frame budget used at p99: {_percentile(total, 0.99) / (1000 / 60) * 100:.0f}% of 16.7 ms")

    t0 = clock()
    result = run_level(args.level, seed=args.seed, frames=args.frames, source=Autopilot)
    elapsed = clock() - t0
    print(f"  headless: {result.frames} updates in {elapsed:.2f} s = {result.frames / 60 / elapsed:.1f}x real time "
          f"({result.outcome})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
