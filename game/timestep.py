"""Fixed-step game clock.

The simulation always advances in steps of exactly ``DT`` so that a run is
reproducible frame for frame; rendering happens once per display frame with
``alpha`` telling how far we are towards the next step.  A slow frame never
makes the simulation take a huge step: catch-up is capped at ``max_steps``
and the rest of the backlog is dropped (the game slows down instead of
spiralling).

``time_scale`` is the assist "game speed" (Options): at 0.75 the stepper
counts only three quarters of the real time that passed, so the app runs 45
updates a real second instead of 60.  Each update is still exactly ``DT`` of
game time: the simulation, its replays and its state hashes are the same at
any speed; only the wall clock between updates is longer.
"""

from __future__ import annotations

UPDATES_PER_SECOND = 60
DT = 1.0 / UPDATES_PER_SECOND
MAX_FRAME_TIME = 0.25  # s; longer frames (a drag of the window, a breakpoint) are clipped


class FixedStepper:
    def __init__(self, dt: float = DT, max_steps: int = 5, time_scale: float = 1.0) -> None:
        self.dt = dt
        self.max_steps = max_steps
        self.time_scale = time_scale  # game seconds per real second (1.0, or 0.75 with the slow assist)
        self.accumulator = 0.0

    def advance(self, elapsed: float) -> int:
        """Add real elapsed seconds; return how many fixed steps to run now."""
        self.accumulator += min(max(elapsed, 0.0), MAX_FRAME_TIME) * self.time_scale
        steps = int(self.accumulator / self.dt)
        if steps > self.max_steps:
            steps = self.max_steps
            self.accumulator = 0.0
        else:
            self.accumulator -= steps * self.dt
        return steps

    @property
    def alpha(self) -> float:
        """Fraction of a step left over, for interpolated drawing."""
        return min(self.accumulator / self.dt, 1.0)
