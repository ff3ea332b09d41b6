"""A run: one game, from choosing to play to the high-score table.

A run is started when a new game starts (Start game, Level select, the T-1000
Lab, or a level named on the command line) and every level the player plays in
it reports into it: its result (score, time, casualties, knock-outs, deaths,
outcome), the lives the T-800 carries into the next level, the continues used.
Its total score, not the last level's, is what the high-score table is given.

The rules, in one place:

- A run keeps the difficulty it began at (``game.difficulty``); changing it in
  Options applies from the next run.  The run starts with the difficulty's
  ``player_lives`` and ``continues``.
- A finished level banks its score and hands its lives on to the next level.
  Restarting a level from the pause menu throws the attempt away: the level
  begins again with the lives it was entered with, and nothing is recorded.
- A game over records the attempt.  Giving up ends the run with the total,
  the failed attempt's points included.
- A **continue** (while any are left; Casual has no limit) starts the level again with a full stock
  of the difficulty's lives.  It costs score: the failed attempt's points are
  forfeit, and ``CONTINUE_COST`` more comes off the run total (never below 0).
- A run has a mode (``game.modes``): it decides where a finished level leads
  and which table the total goes to.  A Story run resumed from a save slot
  starts with the slot's score ``carried``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from game.difficulty import NORMAL, UNLIMITED, Difficulty, by_name
from game.modes import MODES

CONTINUE_COST = 1000  # points off the run total for each continue used (as far as the total goes)


@dataclass
class LevelResult:
    """How one attempt at a level ended."""

    level: str
    score: int
    frames: int
    casualties: int
    knockouts: int
    deaths: int
    outcome: str  # "completed" / "game_over"
    continued: bool = False  # a continue was used on this game over: its points do not count
    rank: str | None = None  # a finished level's rank (game.rank)

    @property
    def counts(self) -> bool:
        return not self.continued

    @classmethod
    def of(cls, level: str, world) -> LevelResult:
        s = world.stats
        return cls(level, s.score, s.frames, s.casualties, s.knockouts, s.deaths, world.outcome or "game_over")


@dataclass
class Run:
    mode: str = "story"
    difficulty: Difficulty = NORMAL
    players: int = 1
    lives: int = -1  # carried into the next level; -1: the difficulty's starting lives
    continues_left: int | None = None  # None: the difficulty's continues (UNLIMITED: no end to them)
    continues_used: int = 0
    results: list[LevelResult] = field(default_factory=list)
    paid: int = 0  # points the continues have taken off the total
    carried: int = 0  # the score a resumed Story brings from its save slot
    slot: int | None = None  # Story: the save slot (1-3) this run is saved to
    checkpoint: int | None = None  # Level Training: the checkpoint its level starts from (None: the start)

    def __post_init__(self) -> None:
        self.difficulty = by_name(self.difficulty)
        if self.mode not in MODES:
            raise ValueError(f"unknown mode {self.mode!r} (one of {', '.join(MODES)})")
        if self.lives < 0:
            self.lives = self.difficulty.player_lives
        if self.continues_left is None:
            self.continues_left = self.difficulty.continues

    # --- figures ---------------------------------------------------------------------------------
    @property
    def score(self) -> int:
        """The run total: every counted attempt's score, less what continues cost."""
        return max(0, self.carried + sum(r.score for r in self.results if r.counts) - self.paid)

    @property
    def frames(self) -> int:
        return sum(r.frames for r in self.results)

    @property
    def casualties(self) -> int:
        return sum(r.casualties for r in self.results)

    @property
    def last(self) -> LevelResult | None:
        return self.results[-1] if self.results else None

    @property
    def can_continue(self) -> bool:
        return self.continues_left > 0 or self.continues_left == UNLIMITED

    @property
    def unlimited_continues(self) -> bool:
        return self.continues_left == UNLIMITED

    # --- what happens ----------------------------------------------------------------------------
    def level_over(self, level: str, world) -> LevelResult:
        """Record how a level ended (``world.outcome``); a finished one hands its lives on."""
        result = LevelResult.of(level, world)
        self.results.append(result)
        self.lives = world.player.lives if result.outcome == "completed" else 0
        return result

    def use_continue(self) -> None:
        """Spend a continue after a game over: full lives, the failed attempt forfeit, CONTINUE_COST paid."""
        if not self.can_continue:
            raise ValueError("no continues left")
        if self.last is not None and self.last.outcome == "game_over":
            self.last.continued = True
        self.paid += min(CONTINUE_COST, self.score)
        if not self.unlimited_continues:
            self.continues_left -= 1
        self.continues_used += 1
        self.lives = self.difficulty.player_lives
