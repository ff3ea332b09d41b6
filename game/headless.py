"""Running a level with no window: as fast as the machine allows, for tests, CI and benchmarks."""

from __future__ import annotations

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

    def line(self) -> str:
        return (f"level={self.level} outcome={self.outcome} frames={self.frames} score={self.score} "
                f"casualties={self.casualties} hash={self.state_hash}")


def run_level(level: str, *, seed: int = 1, frames: int = 60 * 60 * 10, source=None, recording=None,
              on_frame=None) -> RunResult:
    """Step a level until it ends, the source runs out, or ``frames`` updates have passed.

    ``source`` is anything with ``next_frame()`` (a replay, the autopilot) or a
    callable taking the world and returning it; none means nobody touches the controls.
    """
    world = World(load_level(find_level(level)), seed=seed)
    if isinstance(source, type) or (callable(source) and not hasattr(source, "next_frame")):
        source = source(world)  # a factory such as the Autopilot class: it needs the world to look at
    outcome = "timeout"
    for _ in range(frames):
        snap = source.next_frame() if source is not None else InputSnapshot()
        if recording is not None:
            recording.add(snap)
        world.step(DT, snap)
        world.drain_events()
        if on_frame is not None:
            on_frame(world)
        if world.outcome:
            outcome = world.outcome
            break
        if source is not None and getattr(source, "finished", False) and not hasattr(source, "world"):
            outcome = "replay_end"
            break
    return RunResult(level, outcome, world.frame, world.stats.score, world.stats.casualties, world.state_hash())
