"""The game modes: what each one plays, in what order, and what it keeps.

One table says how the modes differ, so the app and the scenes ask it rather
than testing mode names here and there:

- **Story**: the campaign with its story scenes, saved to one of three slots
  (``game.slots``) so it resumes at the last level reached.
- **Arcade**: the campaign for score; no story scenes; the continues are the
  difficulty's (one credit count).
- **Level Training**: any level reached, from any of its checkpoints, with
  infinite lives; ranks are remembered, no score goes to a table.
- **Boss Rush**: every T-1000 encounter back to back (``boss_rush_levels``);
  opens once the story is finished.
- **T-1000 Lab**: the liquid-metal sandbox (opens after the first level).

Every mode with ``table`` keeps its own high-score table in ``game.progress``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class Mode:
    name: str  # as saved: a key of the progress file's tables and ranks
    label: str  # as shown
    story_scenes: bool  # intros between levels and the story of what comes after the last one
    table: bool  # the run's total goes to this mode's high-score table
    infinite_lives: bool = False  # a death costs no life (practice)
    campaign: bool = False  # plays the campaign's levels in story order (a level's ``next``)


MODES: dict[str, Mode] = {m.name: m for m in (
    Mode("story", "Story", story_scenes=True, table=True, campaign=True),
    Mode("arcade", "Arcade", story_scenes=False, table=True, campaign=True),
    Mode("training", "Level Training", story_scenes=False, table=False, infinite_lives=True),
    Mode("boss_rush", "Boss Rush", story_scenes=False, table=True),
    Mode("lab", "T-1000 Lab", story_scenes=False, table=False),
)}
SCORED = [m.name for m in MODES.values() if m.table]  # the modes with a high-score table, in menu order

# The T-1000 encounters of Boss Rush beyond the campaign's own boss fights, in the order they come.
BOSS_RUSH_EXTRA = ["t1000_lab"]


def mode(name: str) -> Mode:
    found = MODES.get(name)
    if found is None:
        raise ValueError(f"unknown mode {name!r} (one of {', '.join(MODES)})")
    return found


@cache
def _has_boss(level: str) -> bool:
    """Does the map hold a ``t1000`` object with ``boss = true``?  (Read once per level.)"""
    from game import assets
    from game.level import LevelError, load_level

    path = assets.levels_dir() / f"{level}.tmx"
    if not path.exists():
        return False
    try:
        data = load_level(path)
    except (LevelError, OSError):
        return False
    return any(bool(o.prop("boss", False)) for o in data.objects_of("t1000"))


def boss_rush_levels() -> list[str]:
    """Every T-1000 encounter, back to back: the campaign's levels with a boss T-1000, in story
    order, then ``BOSS_RUSH_EXTRA``.  Only levels that exist in this build are listed."""
    from game import assets
    from game.progress import CAMPAIGN

    found = [name for name in CAMPAIGN if _has_boss(name)]
    found += [name for name in BOSS_RUSH_EXTRA if (assets.levels_dir() / f"{name}.tmx").exists()]
    return list(dict.fromkeys(found))


def next_level(mode_name: str, level: str, map_next: str | None) -> str | None:
    """The level a finished ``level`` leads to in this mode (None: the run ends there).

    The campaign follows the map's ``next``; Boss Rush its list; a training or lab run
    is one level.  The name may be a level not built yet (its story is told in Story).
    """
    m = mode(mode_name)
    if m.campaign:
        return map_next
    if m.name == "boss_rush":
        order = boss_rush_levels()
        if level in order and order.index(level) + 1 < len(order):
            return order[order.index(level) + 1]
    return None


def checkpoint_count(level: str) -> int:
    """How many checkpoints ``level``'s map has (Level Training offers each as a start)."""
    from game import assets
    from game.level import LevelError, load_level

    try:
        return len(load_level(assets.levels_dir() / f"{level}.tmx").objects_of("checkpoint"))
    except (LevelError, OSError):
        return 0


@dataclass(frozen=True)
class LevelStart:
    """How a level began besides its map, seed and difficulty: the lives the run carried into it,
    Level Training's checkpoint and infinite lives.  A recording keeps it, so a replay begins
    the level exactly as the player did (``game.input.replay``)."""

    lives: int | None = None  # None: the difficulty's lives
    checkpoint: int | None = None  # None: the level's start
    infinite_lives: bool = False

    def apply(self, world) -> None:
        if self.lives is not None:
            for p in world.players:
                p.lives = self.lives
        world.infinite_lives = self.infinite_lives
        if self.checkpoint is not None:
            start_at_checkpoint(world, self.checkpoint)

    def to_json(self) -> dict:
        return {k: v for k, v in (("lives", self.lives), ("checkpoint", self.checkpoint),
                                  ("infinite_lives", self.infinite_lives)) if v not in (None, False)}

    @classmethod
    def from_json(cls, data: object) -> LevelStart:
        """Raises ValueError, naming the field, for anything a recording could not have written."""
        if not isinstance(data, dict):
            raise ValueError("start must be an object")
        out = {}
        for name in ("lives", "checkpoint"):
            value = data.get(name)
            if value is not None:
                if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 999:
                    raise ValueError(f"start.{name} must be a whole number from 0 to 999")
                out[name] = value
        infinite = data.get("infinite_lives", False)
        if not isinstance(infinite, bool):
            raise ValueError("start.infinite_lives must be true or false")
        return cls(**out, infinite_lives=infinite)


def start_at_checkpoint(world, index: int) -> None:
    """Put the players at the level's ``index``-th checkpoint (left to right) as if they had just
    touched it (without its points): it and those before it are spent, and a death comes back there."""
    areas = sorted((e for e in world.entities if e.kind == "checkpoint"), key=lambda e: e.rect.x)
    if not 0 <= index < len(areas):
        return
    for area in areas[: index + 1]:
        area.fired = True
    x, y = areas[index].rect.center[0], areas[index].rect.bottom
    for p in world.players:
        p.respawn_point = (x, y)
        p.place(x - 20 * p.slot, y)
    world.camera.snap_to(x, y)
