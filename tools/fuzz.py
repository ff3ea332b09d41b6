"""Random hands on the real simulation: frantic input, checked every frame.

    python tools/fuzz.py --level freeway --seed 7 --frames 20000
    python tools/fuzz.py --all --frames 5000          # every level in levels/ (what CI runs)
    python tools/fuzz.py --level tests/world/scroll.tmx --players 2

A seeded random player holds directions for a while and lets go, spams jump,
fire, punch and weapon switch, plants to aim, presses pause, and (with two
seats) drops a second player in and out.  Player one's hands hand over to the
autopilot for stretches, so the mashing happens all along the level, not only
on its first screen.  After every update it checks that

- nothing raised;
- every pymunk body's position and velocity are finite;
- every moving body is inside the map (with a margin), or comes back soon
  (a fall out of the level costs a life and a respawn; a body that stays
  outside for two seconds is reported);
- every T-1000's droplets are all accounted for, counted from the space
  itself (``T1000.census``).

When a level ends (won or lost) the next seed starts it again, so a long run
keeps playing.  Each problem is one line naming the level, seed and frame;
the exit status is 1 if there was any.  The random player uses its own
seeded generator and never the clock, so a failure replays exactly.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import sys
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

from game.input.actions import Action, InputSnapshot  # noqa: E402
from game.input.autopilot import Autopilot  # noqa: E402
from game.level import load_level  # noqa: E402
from game.level.loader import find_level  # noqa: E402
from game.timestep import DT  # noqa: E402
from game.world.world import World  # noqa: E402

MARGIN = 160.0  # px outside the map a body may be (knocked off, flying debris) and still count as in it
OUTSIDE_LIMIT = 120  # updates a body may stay outside the map before it is reported
MAX_PROBLEMS = 20  # stop listing after this many: the first ones say what is wrong

DIRECTIONS = (Action.LEFT, Action.RIGHT, Action.UP, Action.DOWN)
TAPS = ((Action.JUMP, 0.12), (Action.FIRE, 0.08), (Action.INTERACT, 0.06), (Action.SWITCH, 0.03),
        (Action.PAUSE, 0.004))


class FranticHands:
    """One seat's random player: holds change every few frames, sometimes one long hold.

    Given a ``guide`` (player one's autopilot), it hands over to it for stretches, so a run gets
    deep into the level (blind mashing rarely leaves the first screen) and mashes again there.
    """

    GUIDED = (240, 600)  # updates the guide plays for, at a time
    MASHED = (60, 240)  # updates of mashing between

    def __init__(self, rng: random.Random, seat: int, guide=None) -> None:
        self.rng = rng
        self.seat = seat
        self.held = 0
        self.left = 0
        self.guide = guide
        self.guided = 0  # updates left with the guide at the controls
        self.mashing = rng.randint(*self.MASHED)

    def next_frame(self) -> InputSnapshot:
        rng = self.rng
        if self.guide is not None:
            guided = self.guide.next_frame()  # it keeps its own view of the world either way
            if self.guided > 0:
                self.guided -= 1
                if self.guided == 0:
                    self.mashing = rng.randint(*self.MASHED)
                return guided
            self.mashing -= 1
            if self.mashing <= 0:
                self.guided = rng.randint(*self.GUIDED)
        if self.left <= 0:
            self.held = 0
            long_hold = rng.random() < 0.05
            for action in DIRECTIONS:
                if rng.random() < (0.5 if action in (Action.LEFT, Action.RIGHT) else 0.2):
                    self.held |= action.bit
            if rng.random() < 0.15:
                self.held |= Action.AIM.bit
            if rng.random() < 0.3:
                self.held |= Action.JUMP.bit
            self.left = rng.randint(200, 600) if long_hold else rng.randint(2, 40)
        self.left -= 1
        pressed = 0
        for action, chance in TAPS:
            if rng.random() < chance:
                pressed |= action.bit
        if self.seat > 0 and rng.random() < 0.002:
            pressed |= Action.LEAVE.bit  # a second player walks out (the pause menu's choice)
        return InputSnapshot(self.held | pressed, pressed)


@dataclass
class FuzzReport:
    level: str
    frames: int = 0
    worlds: int = 0
    problems: list[str] = field(default_factory=list)

    def line(self) -> str:
        verdict = "ok" if not self.problems else f"{len(self.problems)} problem(s)"
        return f"fuzz {self.level}: {self.frames} frames over {self.worlds} run(s): {verdict}"


def _check(world: World, where: str, outside: dict[int, int]) -> list[str]:
    """Every body finite and in the map (or soon back), every T-1000 droplet accounted for."""
    problems = []
    w, h = world.level.pixel_size
    seen = set()
    for body in world.space.bodies:
        key = id(body)
        seen.add(key)
        x, y = body.position
        vx, vy = body.velocity
        if not all(math.isfinite(v) for v in (x, y, vx, vy, body.angle)):
            owner = _owner(world, body)
            problems.append(f"{where}: a body of {owner} is not finite: position ({x}, {y}), velocity ({vx}, {vy})")
            continue
        if body.body_type == body.STATIC:
            continue
        if -MARGIN <= x <= w + MARGIN and -MARGIN * 4 <= y <= h + MARGIN:
            outside.pop(key, None)
            continue
        outside[key] = outside.get(key, 0) + 1
        if outside[key] == OUTSIDE_LIMIT:
            problems.append(f"{where}: a body of {_owner(world, body)} has been outside the "
                            f"{w}x{h} map for {OUTSIDE_LIMIT} updates, at ({x:.0f}, {y:.0f})")
    for key in list(outside):
        if key not in seen:
            del outside[key]  # taken out of the space: accounted for
    for t in world.t1000s:
        body = getattr(t, "body", None)
        if body is not None and hasattr(body, "census") and not body.removed:
            census = body.census()
            problems += [f"{where}: T-1000 '{t.name or 't1000'}': {p}" for p in census.problems]
    return problems


def _owner(world: World, body) -> str:
    for shape in body.shapes:
        entity = world.shape_owner.get(shape)
        if entity is not None:
            return entity.kind
    for t in world.t1000s:
        if body in getattr(getattr(t, "body", None), "bodies", ()):
            return "a T-1000 droplet"
    return "something"


def fuzz(level: str, seed: int, frames: int, players: int = 1, seats: int = 2, guided: bool = True) -> FuzzReport:
    """Play ``frames`` updates of ``level`` with random hands (player one's taking the autopilot's
    way for stretches when ``guided``); return what went wrong, if anything."""
    path = find_level(level)
    data = load_level(path)
    report = FuzzReport(Path(level).stem if path.suffix else level)
    run_seed = seed
    while report.frames < frames and len(report.problems) < MAX_PROBLEMS:
        rng = random.Random(run_seed * 7919 + 17)
        world = World(data, seed=run_seed, players=players)
        guide = Autopilot(world, 0) if guided else None
        hands = [FranticHands(rng, seat, guide if seat == 0 else None) for seat in range(max(seats, players))]
        report.worlds += 1
        outside: dict[int, int] = {}
        while report.frames < frames and not world.outcome:
            where = f"{report.level} seed {run_seed} frame {world.frame + 1}"
            try:
                world.step(DT, [h.next_frame() for h in hands])
                world.drain_events()
            except Exception as exc:  # the very thing the fuzzer is for
                tb = traceback.extract_tb(exc.__traceback__)[-1]
                report.problems.append(f"{where}: {type(exc).__name__}: {exc} "
                                       f"(at {Path(tb.filename).name}:{tb.lineno})")
                break
            report.frames += 1
            report.problems += _check(world, where, outside)
            if len(report.problems) >= MAX_PROBLEMS:
                break
        run_seed += 1
    return report


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Random input through the real simulation, checked every frame.")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--level", help="a level name (freeway) or a .tmx path")
    which.add_argument("--all", action="store_true", help="every level in levels/")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--frames", type=int, default=5000, help="updates per level (default 5000)")
    p.add_argument("--players", type=int, choices=(1, 2), default=1, help="players at the start")
    args = p.parse_args(argv)
    levels = [args.level] if args.level else sorted(f.stem for f in (ROOT / "levels").glob("*.tmx"))
    failed = False
    for level in levels:
        start = time.perf_counter()
        report = fuzz(level, args.seed, args.frames, players=args.players)
        for problem in report.problems:
            print(problem)
        print(f"{report.line()} in {time.perf_counter() - start:.1f} s")
        failed |= bool(report.problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
