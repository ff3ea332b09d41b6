"""A level's rank, S to D, from how it was played: time, score, damage taken and casualties.

The rule, in one place.  Each of four things earns points:

- **time**: 2 at or under the level's par time, 1 within half as long again, else 0;
- **score**: 2 at or over par score, 1 at half of it, else 0 (points are compared as
  Normal would count them, so an Easy run is not ranked down for its cheaper points);
- **damage taken** (health points lost, a lost life counting whatever was left of
  the bar): 2 at or under par damage, 1 within three times it, else 0;
- **casualties**: 2 for none, 0 for one, -4 for two or more (a bloody run).

S needs 7 of the 8 and no casualties at all; A needs 6, B 4, C 2; below that D.
So a slow, bloody run is D however it scored, and nobody is an S with a body count.

The pars come from the map's properties (``par_seconds``, ``par_score``,
``par_damage``) so a level designer can set them; the defaults suit a level of a
few minutes.
"""

from __future__ import annotations

from dataclasses import dataclass

RANKS = ("S", "A", "B", "C", "D")  # best first
DEFAULT_PAR_SECONDS = 180
DEFAULT_PAR_SCORE = 5000
DEFAULT_PAR_DAMAGE = 6
FPS = 60  # updates a second of game time (game.timestep)


@dataclass(frozen=True)
class Par:
    seconds: int = DEFAULT_PAR_SECONDS
    score: int = DEFAULT_PAR_SCORE
    damage: int = DEFAULT_PAR_DAMAGE

    @classmethod
    def of(cls, properties: dict) -> Par:
        """The pars a map names, the defaults for any it does not (check-levels validates them)."""
        def whole(name: str, default: int) -> int:
            value = properties.get(name, default)
            return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else default

        return cls(whole("par_seconds", DEFAULT_PAR_SECONDS), whole("par_score", DEFAULT_PAR_SCORE),
                   whole("par_damage", DEFAULT_PAR_DAMAGE))


def points(par: Par, *, frames: int, score: int, damage: float, casualties: int, score_percent: int = 100) -> int:
    seconds = frames / FPS
    time_pts = 2 if seconds <= par.seconds else 1 if seconds <= par.seconds * 1.5 else 0
    normal_score = score * 100 / max(1, score_percent)
    score_pts = 2 if normal_score >= par.score else 1 if normal_score * 2 >= par.score else 0
    damage_pts = 2 if damage <= par.damage else 1 if damage <= par.damage * 3 else 0
    casualty_pts = 2 if casualties == 0 else 0 if casualties == 1 else -4
    return time_pts + score_pts + damage_pts + casualty_pts


def rank(par: Par, *, frames: int, score: int, damage: float, casualties: int, score_percent: int = 100) -> str:
    """The letter for one finished level (see the module's rule)."""
    total = points(par, frames=frames, score=score, damage=damage, casualties=casualties, score_percent=score_percent)
    if total >= 7 and casualties == 0:
        return "S"
    if total >= 6:
        return "A"
    if total >= 4:
        return "B"
    if total >= 2:
        return "C"
    return "D"


def better(a: str | None, b: str | None) -> str | None:
    """The better of two ranks (None: none yet)."""
    if a not in RANKS:
        return b if b in RANKS else None
    if b not in RANKS:
        return a
    return a if RANKS.index(a) <= RANKS.index(b) else b


def of_world(world) -> str:
    """The rank of a finished level in play."""
    s = world.stats
    return rank(Par.of(world.level.properties), frames=s.frames, score=s.score, damage=s.damage,
                casualties=s.casualties, score_percent=world.difficulty.score_percent)
