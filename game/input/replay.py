"""Recording and replaying runs: the input snapshots of every update, as JSON.

A replay is only the player's inputs plus the level and the seed; the
simulation is deterministic, so replaying those inputs reproduces the run
exactly (the tests check the final-state hash).  Snapshots are stored
run-length encoded: ``[held, pressed, repeat]``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from game.input.actions import InputSnapshot
from game.storage import atomic_write_text

FORMAT = "judgment-day-replay"
VERSION = 1


class ReplayError(Exception):
    """A replay file that cannot be used; the message is one readable line."""


@dataclass
class Recording:
    level: str
    seed: int
    frames: list[InputSnapshot] = field(default_factory=list)
    meta: dict = field(default_factory=dict)  # free-form notes, e.g. the expected final hash of a demo

    def add(self, snap: InputSnapshot) -> None:
        self.frames.append(snap)

    def to_json(self) -> dict:
        runs: list[list[int]] = []
        for snap in self.frames:
            if runs and runs[-1][0] == snap.held and runs[-1][1] == snap.pressed:
                runs[-1][2] += 1
            else:
                runs.append([snap.held, snap.pressed, 1])
        data = {"format": FORMAT, "version": VERSION, "level": self.level, "seed": self.seed, "frames": runs}
        if self.meta:
            data["meta"] = self.meta
        return data

    def save(self, path: Path) -> None:
        atomic_write_text(Path(path), json.dumps(self.to_json(), separators=(",", ":")))

    @classmethod
    def load(cls, path: Path) -> Recording:
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ReplayError(f"{path}: replay file not found") from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ReplayError(f"{path}: not a readable replay ({exc})") from None
        try:
            if data.get("format") != FORMAT:
                raise ValueError("not a Judgment Day replay")
            if data.get("version") != VERSION:
                raise ValueError(f"unsupported replay version {data.get('version')}")
            rec = cls(level=str(data["level"]), seed=int(data["seed"]), meta=dict(data.get("meta", {})))
            for held, pressed, count in data["frames"]:
                snap = InputSnapshot(int(held), int(pressed))
                rec.frames.extend([snap] * int(count))
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            raise ReplayError(f"{path}: broken replay ({exc})") from None
        return rec


class ReplaySource:
    """Feeds a recording back one snapshot per update; then reports it is finished."""

    def __init__(self, recording: Recording) -> None:
        self.recording = recording
        self.index = 0

    @property
    def finished(self) -> bool:
        return self.index >= len(self.recording.frames)

    def next_frame(self) -> InputSnapshot:
        if self.finished:
            return InputSnapshot()
        snap = self.recording.frames[self.index]
        self.index += 1
        return snap
