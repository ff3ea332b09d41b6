"""The player's progress: unlocked levels, best results per level, a high-score table per mode,
the best rank per level and mode, and whether the story has been finished (it opens Boss Rush).

(Story save slots are files of their own: ``game.slots``.)

Saved atomically as JSON in the user's data folder.  A save that cannot be
read is moved aside as ``progress.json.bak`` (a later one as ``progress.json.1.bak``,
and so on; see ``game.storage``), reported in one line, and play goes on from a
fresh save: the old file is never overwritten or deleted.  Numbers must be whole,
finite and within ``MAX_COUNT``: ``1e400`` (infinity) or a score of thousands of
digits makes the save damaged, not the game crash.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from game.modes import SCORED
from game.rank import RANKS, better
from game.settings import data_dir
from game.storage import atomic_write_json, load_or_defaults

CAMPAIGN = ["freeway", "mall", "canal", "hospital", "dyson", "cyberdyne", "pursuit", "steel_mill"]
TABLE_SIZE = 10
INITIALS_LENGTH = 3
DEFAULT_TABLE = [("T8H", 50000), ("SCN", 40000), ("JCN", 30000), ("MBD", 20000), ("CYB", 10000)]
MAX_COUNT = 10**12  # the largest score or frame count a save may hold (a 60 Hz game: 500 years of frames)


def progress_path() -> Path:
    return data_dir() / "progress.json"


@dataclass
class Best:
    score: int = 0
    frames: int = 0  # fastest finish
    casualties: int = -1  # fewest; -1 = never finished


@dataclass
class Progress:
    unlocked: list[str] = field(default_factory=lambda: [CAMPAIGN[0]])
    best: dict[str, Best] = field(default_factory=dict)
    tables: dict[str, list[tuple[str, int]]] = field(default_factory=lambda: {m: list(DEFAULT_TABLE) for m in SCORED})
    ranks: dict[str, dict[str, str]] = field(default_factory=dict)  # mode -> level -> best rank
    story_finished: bool = False  # the campaign (as far as this build has it) played to its end in Story

    # --- rules --------------------------------------------------------------------------------
    def is_unlocked(self, level: str) -> bool:
        return level in self.unlocked

    @staticmethod
    def unlocked_by(level: str) -> str | None:
        """The level whose finish opens ``level`` (the one before it; the lab opens after the first)."""
        if level in CAMPAIGN:
            i = CAMPAIGN.index(level)
            return CAMPAIGN[i - 1] if i > 0 else None
        return CAMPAIGN[0]

    def record_finish(self, level: str, score: int, frames: int, casualties: int, next_level: str | None) -> bool:
        """Remember a finished level; unlock the next. Returns True if anything improved."""
        best = self.best.setdefault(level, Best())
        improved = False
        if score > best.score:
            best.score, improved = score, True
        if best.frames == 0 or frames < best.frames:
            best.frames, improved = frames, True
        if best.casualties < 0 or casualties < best.casualties:
            best.casualties, improved = casualties, True
        for unlock in (next_level, "t1000_lab"):
            if unlock and unlock not in self.unlocked:
                self.unlocked.append(unlock)
                improved = True
        return improved

    def table(self, mode: str) -> list[tuple[str, int]]:
        """The high-score table of ``mode`` (a mode without one has an empty table)."""
        return self.tables.get(mode, [])

    def qualifies(self, mode: str, score: int) -> bool:
        if mode not in SCORED:
            return False
        table = self.table(mode)
        return score > 0 and (len(table) < TABLE_SIZE or score > table[-1][1])

    def add_score(self, mode: str, initials: str, score: int) -> int:
        """Insert into the mode's table; returns the 0-based place, or -1 if it did not make it."""
        if not self.qualifies(mode, score):
            return -1
        table = self.tables.setdefault(mode, [])
        initials = (initials.upper() + "AAA")[:INITIALS_LENGTH]
        place = next((i for i, (_, s) in enumerate(table) if score > s), len(table))
        table.insert(place, (initials, score))
        del table[TABLE_SIZE:]
        return place

    def best_rank(self, level: str, mode: str | None = None) -> str | None:
        """The best rank on ``level`` in ``mode``, or in any mode when None."""
        modes = [mode] if mode is not None else list(self.ranks)
        best = None
        for m in modes:
            best = better(best, self.ranks.get(m, {}).get(level))
        return best

    def record_rank(self, mode: str, level: str, rank: str) -> bool:
        """Remember ``rank`` if it beats the best so far; True if it did."""
        ranks = self.ranks.setdefault(mode, {})
        if better(rank, ranks.get(level)) == rank and ranks.get(level) != rank:
            ranks[level] = rank
            return True
        return False

    # --- persistence --------------------------------------------------------------------------
    def to_json(self) -> dict:
        return {
            "version": 2,
            "unlocked": list(self.unlocked),
            "best": {k: {"score": b.score, "frames": b.frames, "casualties": b.casualties} for k, b in self.best.items()},
            "tables": {m: [[i, s] for i, s in t] for m, t in self.tables.items()},
            "ranks": {m: dict(r) for m, r in self.ranks.items()},
            "story_finished": self.story_finished,
        }

    @classmethod
    def from_json(cls, data) -> Progress:
        if not isinstance(data, dict):
            raise ValueError("top level must be an object")
        p = cls()
        unlocked = data.get("unlocked", p.unlocked)
        if not isinstance(unlocked, list) or not all(isinstance(u, str) for u in unlocked):
            raise ValueError("unlocked must be a list of level names")
        p.unlocked = list(dict.fromkeys([CAMPAIGN[0], *unlocked]))
        best = data.get("best", {})
        if not isinstance(best, dict):
            raise ValueError("best must be an object")
        for level, b in best.items():
            try:
                p.best[level] = Best(_count(b["score"], 0), _count(b["frames"], 0), _count(b["casualties"], -1))
            except (KeyError, TypeError, ValueError, OverflowError):
                raise ValueError(f"best result for '{_shown(level)}' is malformed") from None
        tables = data.get("tables")
        if tables is None and "table" in data:  # version 1: one table, the campaign's
            tables = {"story": data["table"]}
        if tables is not None:
            if not isinstance(tables, dict):
                raise ValueError("tables must be an object")
            for mode, table in tables.items():
                if mode not in SCORED:
                    continue  # a mode this version does not score: left out
                p.tables[mode] = _table(table, mode)
        ranks = data.get("ranks", {})
        if not isinstance(ranks, dict) or not all(
                isinstance(r, dict) and all(isinstance(k, str) and v in RANKS for k, v in r.items())
                for r in ranks.values()):
            raise ValueError("ranks must map each mode to levels and their ranks (S, A, B, C or D)")
        p.ranks = {str(m): dict(r) for m, r in ranks.items()}
        finished = data.get("story_finished", False)
        if not isinstance(finished, bool):
            raise ValueError("story_finished must be true or false")
        p.story_finished = finished
        return p


def _table(table, mode: str) -> list[tuple[str, int]]:
    try:
        rows = [(str(i)[:INITIALS_LENGTH], _count(s, 0)) for i, s in table][:TABLE_SIZE]
    except (TypeError, ValueError, OverflowError):
        raise ValueError(f"high-score table of {_shown(mode)} is malformed") from None
    rows.sort(key=lambda row: -row[1])
    return rows


def _count(value, low: int) -> int:
    """A whole number as saved (``int()`` as ever: 12.0 and "12" read as 12), held to low-MAX_COUNT.

    ``int(1e400)`` raises OverflowError, ``int(nan)`` ValueError; the callers make both "malformed".
    """
    number = int(value)
    if not low <= number <= MAX_COUNT:
        raise ValueError(f"{low}-{MAX_COUNT}")
    return number


def _shown(name: object, limit: int = 40) -> str:
    text = str(name).replace("\n", " ")
    return text if len(text) <= limit else text[:limit - 3] + "..."


def load_progress(path: Path | None = None) -> tuple[Progress, str | None]:
    return load_or_defaults(path or progress_path(), "save file", Progress.from_json, Progress)


def save_progress(progress: Progress, path: Path | None = None) -> None:
    atomic_write_json(path or progress_path(), progress.to_json())
