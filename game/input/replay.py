"""Recording and replaying runs: the input snapshots of every update, as JSON.

A replay is only the player's inputs plus the level and the seed; the
simulation is deterministic, so replaying those inputs reproduces the run
exactly (the tests check the final-state hash).  Each player slot has its
own stream of snapshots; a stream is stored run-length encoded:
``[held, pressed, repeat]``.

"Exactly" holds for the code that recorded the run: the simulation gives the
same bits on every machine (see ``game.world.exact``), but a new version of
the game, or of the physics library, may move a droplet by a hair and the
run drifts apart.  So every recording names the versions that made it, and
one from other versions is refused with one line rather than played wrong.

A recording also names the difficulty it was played at (``game.difficulty``),
and plays back at it.  Format 3 added that field; a format-2 file (no
difficulty: there was only Normal) still plays, at Normal.  It keeps how the
level began (``start``: the lives carried in, Level Training's checkpoint and
infinite lives; ``game.modes.LevelStart``), left out when the level began
plainly, and a replay begins the level the same way.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from game import __version__
from game.difficulty import DEFAULT as DEFAULT_DIFFICULTY
from game.difficulty import by_name
from game.input.actions import InputSnapshot
from game.modes import LevelStart
from game.storage import atomic_write_text

FORMAT = "judgment-day-replay"
VERSION = 3  # 3: "difficulty"
READS = (2, 3)  # format versions this game plays back (2: before difficulties; it played at Normal)
# What a replay must match to play back (the simulation's code and its physics);
# numpy and Python are kept for the record: the simulation's results do not depend on them.
MUST_MATCH = ("judgment-day", "pymunk")
MAX_FRAMES = 60 * 60 * 60 * 4  # four hours of play: a longer file is damaged, not a run


def versions() -> dict[str, str]:
    """The versions this run's simulation is made of."""
    import numpy
    import pymunk

    return {"judgment-day": __version__, "pymunk": pymunk.version, "numpy": numpy.__version__,
            "python": ".".join(str(n) for n in sys.version_info[:3])}


class ReplayError(Exception):
    """A replay file that cannot be used; the message is one readable line."""


@dataclass
class Recording:
    level: str
    seed: int
    players: int = 1  # players at the start
    streams: list[list[InputSnapshot]] = field(default_factory=list)  # one per seat (player slot)
    meta: dict = field(default_factory=dict)  # free-form notes, e.g. the expected final hash of a demo
    seats: int = 0  # input streams kept: 2 when a second player may join mid-run (0: one per player)
    difficulty: str = DEFAULT_DIFFICULTY  # the name it was played at (game.difficulty)
    start: LevelStart = field(default_factory=LevelStart)  # how the level began (lives, checkpoint...)

    def __post_init__(self) -> None:
        self.difficulty = by_name(self.difficulty).name
        self.seats = max(self.seats, self.players)
        while len(self.streams) < self.seats:
            self.streams.append([])

    @property
    def frames(self) -> list[InputSnapshot]:
        """Player one's stream: as long as the run."""
        return self.streams[0]

    @frames.setter
    def frames(self, snaps: list[InputSnapshot]) -> None:
        self.streams[0] = snaps

    def add(self, snaps: InputSnapshot | Sequence[InputSnapshot]) -> None:
        """One update's input: a snapshot per slot (a lone one for a one-player run)."""
        if isinstance(snaps, InputSnapshot):
            snaps = [snaps]
        for stream, snap in zip(self.streams, snaps):
            stream.append(snap)

    def to_json(self) -> dict:
        streams = []
        for stream in self.streams:
            runs: list[list[int]] = []
            for snap in stream:
                if runs and runs[-1][0] == snap.held and runs[-1][1] == snap.pressed:
                    runs[-1][2] += 1
                else:
                    runs.append([snap.held, snap.pressed, 1])
            streams.append(runs)
        data = {"format": FORMAT, "version": VERSION, "versions": versions(), "level": self.level,
                "seed": self.seed, "players": self.players, "difficulty": self.difficulty, "streams": streams}
        if self.start.to_json():
            data["start"] = self.start.to_json()
        if self.meta:
            data["meta"] = self.meta
        return data

    def save(self, path: Path) -> None:
        atomic_write_text(Path(path), json.dumps(self.to_json(), separators=(",", ":")))

    @classmethod
    def load(cls, path: Path) -> Recording:
        path = Path(path)
        try:
            if path.exists() and not path.is_file():
                raise ReplayError(f"{path}: not a regular file")
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ReplayError(f"{path}: replay file not found") from None
        except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise ReplayError(f"{path}: not a readable replay ({_first_line(exc)})") from None
        try:
            if data.get("format") != FORMAT:
                raise ValueError("not a Judgment Day replay")
            if data.get("version") not in READS:
                newer = isinstance(data.get("version"), int) and data["version"] > VERSION
                raise ValueError(f"unsupported replay format version {data.get('version')}, "
                                 f"made by {'a newer' if newer else 'an older'} game")
            made, here = data.get("versions"), versions()
            if not isinstance(made, dict):
                raise ValueError("no versions recorded")
            differ = [f"{k} {made.get(k)} (this is {here[k]})" for k in MUST_MATCH if made.get(k) != here[k]]
            if differ:
                raise ReplayError(f"{path}: recorded with {', '.join(differ)}; a replay plays back only "
                                  f"on the versions that made it")
            players = int(data.get("players", 1))
            if not 1 <= players <= len(data["streams"]) <= 2:
                raise ValueError(f"{players} players with {len(data['streams'])} input streams")
            if data["version"] >= 3 and not isinstance(data.get("difficulty"), str):
                raise ValueError("no difficulty recorded")
            rec = cls(level=str(data["level"]), seed=int(data["seed"]), players=players,
                      meta=dict(data.get("meta", {})), seats=len(data["streams"]),
                      difficulty=data.get("difficulty", DEFAULT_DIFFICULTY),
                      start=LevelStart.from_json(data.get("start", {})))
            for stream, runs in zip(rec.streams, data["streams"]):
                for held, pressed, count in runs:
                    held, pressed, count = int(held), int(pressed), int(count)
                    if not (0 <= held < 1 << 32 and 0 <= pressed < 1 << 32 and count > 0):
                        raise ValueError(f"frame run {[held, pressed, count]} out of range")
                    if len(stream) + count > MAX_FRAMES:
                        raise ValueError(f"longer than {MAX_FRAMES} frames")
                    stream.extend([InputSnapshot(held, pressed)] * count)
        except (AttributeError, KeyError, TypeError, ValueError, OverflowError) as exc:
            raise ReplayError(f"{path}: broken replay ({_first_line(exc)})") from None
        return rec


def _first_line(exc: BaseException) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0][:160]


class ReplaySource:
    """Feeds one player slot of a recording back, one snapshot per update; then reports it is finished."""

    def __init__(self, recording: Recording, slot: int = 0) -> None:
        self.recording = recording
        self.stream = recording.streams[slot]
        self.index = 0

    @property
    def finished(self) -> bool:
        return self.index >= len(self.stream)

    def next_frame(self) -> InputSnapshot:
        if self.finished:
            return InputSnapshot()
        snap = self.stream[self.index]
        self.index += 1
        return snap


def replay_sources(recording: Recording) -> list[ReplaySource]:
    """One source per seat the recording kept (a second player who joined mid-run included)."""
    return [ReplaySource(recording, slot) for slot in range(len(recording.streams))]
