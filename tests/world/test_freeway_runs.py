"""Freeway end to end, headless: the scripted player finishes it; recorded runs replay exactly."""

from __future__ import annotations

import subprocess
import sys

import pytest

from game.headless import run_level
from game.input.autopilot import Autopilot
from game.input.replay import Recording, ReplayError, ReplaySource

FIVE_MINUTES = 60 * 60 * 5


def test_scripted_player_finishes_freeway():
    seen = {}

    def watch(world) -> None:
        seen["player"] = world.player

    result = run_level("freeway", seed=1, frames=FIVE_MINUTES, source=Autopilot, on_frame=watch)
    assert result.outcome == "completed", result.line()
    assert result.casualties == 0  # it punches people, never shoots them
    p = seen["player"]
    assert p.lives == 3 and p.health >= 12 / 2  # the first level is fair: it ends on the first life, half left
    assert result.frames > 45 * 60  # a designed level: two brawls, the drain, the chase; a person takes minutes


def test_recorded_run_replays_to_the_same_state_twice(tmp_path):
    recording = Recording("freeway", seed=7)
    original = run_level("freeway", seed=7, frames=1800, source=Autopilot, recording=recording)
    path = tmp_path / "run.json"
    recording.save(path)
    loaded = Recording.load(path)
    first = run_level("freeway", seed=loaded.seed, frames=1800, source=ReplaySource(loaded))
    second = run_level("freeway", seed=loaded.seed, frames=1800, source=ReplaySource(Recording.load(path)))
    assert first.state_hash == second.state_hash == original.state_hash
    assert first.frames == original.frames


def test_a_different_seed_or_input_changes_the_hash():
    a = run_level("freeway", seed=1, frames=400, source=Autopilot)
    b = run_level("freeway", seed=1, frames=400)
    assert a.state_hash != b.state_hash


@pytest.mark.parametrize("content, problem", [
    ("{", "not a readable replay"),
    ('{"format": "something-else"}', "not a Judgment Day replay"),
    ('{"format": "judgment-day-replay", "version": 1, "level": "freeway", "seed": 1, "frames": [[1]]}',
     "broken replay"),
])
def test_broken_replay_is_one_line(tmp_path, content, problem):
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(ReplayError) as info:
        Recording.load(path)
    assert problem in str(info.value) and "bad.json" in str(info.value) and "\n" not in str(info.value)


def test_headless_command_prints_one_result_line(tmp_path):
    rec = tmp_path / "r.json"
    out = subprocess.run([sys.executable, "-m", "game", "--headless", "--level", "freeway", "--frames", "300",
                          "--autopilot", "--record", str(rec)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    line = out.stdout.strip().splitlines()[-1]
    assert line.startswith("level=freeway outcome=timeout frames=300 ")
    replay = subprocess.run([sys.executable, "-m", "game", "--headless", "--replay", str(rec)],
                            capture_output=True, text=True)
    assert replay.returncode == 0, replay.stderr
    assert replay.stdout.strip().split("hash=")[1] == line.split("hash=")[1]


def test_headless_command_rejects_a_bad_replay(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("nope")
    out = subprocess.run([sys.executable, "-m", "game", "--headless", "--replay", str(bad)],
                         capture_output=True, text=True)
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and "bad.json" in out.stderr
