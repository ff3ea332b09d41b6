"""Story save slots: three files, each the level a story has reached and its score so far.

A Story run is saved to its slot whenever a level is finished (the next level
is then the one "reached"), so quitting, a crash or a power cut resumes there
with the score banked.  Each slot is its own file (``slot1.json`` ...) in the
data folder, written atomically by ``game.storage``: a crash mid-write leaves
the previous save whole.  A damaged slot file is moved aside, reported in one
line, and the slot reads as empty.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from game.difficulty import DEFAULT, DIFFICULTIES
from game.progress import CAMPAIGN, MAX_COUNT
from game.settings import data_dir
from game.storage import atomic_write_json, load_or_defaults

SLOTS = (1, 2, 3)


def slot_path(number: int) -> Path:
    return data_dir() / f"slot{number}.json"


@dataclass
class Slot:
    level: str = CAMPAIGN[0]  # the level to play next (the last one reached)
    score: int = 0  # the run total banked so far
    difficulty: str = DEFAULT  # the story is played on at the difficulty it began with
    finished: bool = False  # played to the end of the campaign (choosing it again starts over)
    empty: bool = True  # no story in it yet (a fresh or damaged file)

    def to_json(self) -> dict:
        return {"version": 1, "level": self.level, "score": self.score, "difficulty": self.difficulty,
                "finished": self.finished}

    @classmethod
    def from_json(cls, data) -> Slot:
        if not isinstance(data, dict):
            raise ValueError("top level must be an object")
        level, score = data.get("level"), data.get("score")
        if not isinstance(level, str) or not level or len(level) > 64:
            raise ValueError("level must be a level name")
        if isinstance(score, bool) or not isinstance(score, int) or not 0 <= score <= MAX_COUNT:
            raise ValueError(f"score must be a whole number from 0 to {MAX_COUNT}")
        difficulty = data.get("difficulty", DEFAULT)
        if difficulty not in DIFFICULTIES:
            raise ValueError(f"difficulty must be one of {', '.join(DIFFICULTIES)}")
        finished = data.get("finished", False)
        if not isinstance(finished, bool):
            raise ValueError("finished must be true or false")
        return cls(level, score, difficulty, finished, empty=False)


def load_slot(number: int) -> tuple[Slot, str | None]:
    """The slot (empty if there is no file), and a one-line warning if its file was damaged."""
    return load_or_defaults(slot_path(number), f"save slot {number}", Slot.from_json, Slot)


def save_slot(number: int, slot: Slot) -> None:
    slot.empty = False
    atomic_write_json(slot_path(number), slot.to_json())
