"""Running a level with no window: as fast as the machine allows, for tests, CI and benchmarks."""

from __future__ import annotations

import inspect
from dataclasses import dataclass

from game.input.actions import InputSnapshot
from game.level import load_level
from game.level.loader import find_level
from game.timestep import DT
from game.world.world import World


@dataclass
class RunResult:
    level: str
    outcome: str  # completed / game_over / timeout / replay_end
    frames: int
    score: int
    casualties: int
    state_hash: str
    difficulty: str = "normal"

    def line(self) -> str:
        return (f"level={self.level} outcome={self.outcome} frames={self.frames} score={self.score} "
                f"casualties={self.casualties} difficulty={self.difficulty} hash={self.state_hash}")


def run_level(level: str, *, seed: int = 1, frames: int = 60 * 60 * 10, source=None, recording=None,
              on_frame=None, players: int = 1, sources=None, difficulty=None, character=None,
              start=None) -> RunResult:
    """Step a level until it ends, the sources run out, or ``frames`` updates have passed.

    ``source`` drives player one; ``sources`` (a list, one per slot) drives each
    player of a ``players``-player world.  A source is anything with
    ``next_frame()`` (a replay, the autopilot) or a callable taking the world and
    the slot and returning one; none means nobody touches that player's controls.
    ``difficulty`` (a name or a ``game.difficulty.Difficulty``) is Normal unless given; ``character``
    (``t800``, ``sarah``) plays whatever the map's start says; ``start`` (a ``game.modes.LevelStart``:
    a replay's) begins the level as the recorded run did.
    """
    world = World(load_level(find_level(level)), seed=seed, players=players, difficulty=difficulty,
                  character=character)
    if start is not None:
        start.apply(world)
    slots = list(sources) if sources is not None else [source]
    slots += [None] * (players - len(slots))
    slots = [_made(s, world, slot) for slot, s in enumerate(slots)]
    replays = [s for s in slots if s is not None and not hasattr(s, "world")]
    outcome = "timeout"
    for _ in range(frames):
        snaps = [s.next_frame() if s is not None else InputSnapshot() for s in slots]
        if recording is not None:
            recording.add(snaps)
        world.step(DT, snaps)
        world.drain_events()
        if on_frame is not None:
            on_frame(world)
        if world.outcome:
            outcome = world.outcome
            break
        if replays and all(getattr(s, "finished", False) for s in replays):
            outcome = "replay_end"
            break
    return RunResult(level, outcome, world.frame, world.stats.score, world.stats.casualties, world.state_hash(),
                     world.difficulty.name)


def _made(source, world: World, slot: int):
    """A factory such as the Autopilot class needs the world (and its slot) to look at."""
    if isinstance(source, type) or (callable(source) and not hasattr(source, "next_frame")):
        takes_slot = len(inspect.signature(source).parameters) >= 2
        return source(world, slot) if takes_slot else source(world)
    return source
