"""A replay file from elsewhere is refused with one line, never played wrong and never a crash."""

from __future__ import annotations

import json
import os

import pytest

from game.input.actions import InputSnapshot
from game.input.replay import Recording, ReplayError, versions


def _saved(tmp_path, **changes) -> tuple:
    rec = Recording("freeway", seed=3)
    rec.frames = [InputSnapshot(2, 2), InputSnapshot(2, 0)]
    path = tmp_path / "run.json"
    data = rec.to_json()
    data.update(changes)
    path.write_text(json.dumps(data))
    return path, data


def _refused(path) -> str:
    with pytest.raises(ReplayError) as err:
        Recording.load(path)
    message = str(err.value)
    assert "\n" not in message and str(path) in message
    return message


def test_a_recording_keeps_the_versions_that_made_it_and_plays_back_on_them(tmp_path):
    path, data = _saved(tmp_path)
    assert data["versions"] == versions() and data["versions"]["judgment-day"]
    rec = Recording.load(path)
    assert [s.held for s in rec.frames] == [2, 2]


def test_a_recording_from_another_game_or_physics_version_is_refused(tmp_path):
    other = dict(versions(), **{"judgment-day": "0.0.1"})
    path, _ = _saved(tmp_path, versions=other)
    assert "judgment-day 0.0.1" in _refused(path)
    other = dict(versions(), pymunk="6.9.0")
    path, _ = _saved(tmp_path, versions=other)
    assert "pymunk 6.9.0" in _refused(path)


def test_numpy_and_python_versions_are_kept_for_the_record_only(tmp_path):
    path, _ = _saved(tmp_path, versions=dict(versions(), numpy="1.26.0", python="3.10.0"))
    assert len(Recording.load(path).frames) == 2


def test_an_old_format_recording_without_versions_is_refused(tmp_path):
    path, data = _saved(tmp_path, version=1)
    assert "older game" in _refused(path)
    data.pop("versions")
    data["version"] = 2
    path.write_text(json.dumps(data))
    assert "no versions" in _refused(path)


def test_damaged_replays_give_one_line(tmp_path):
    path, data = _saved(tmp_path)
    cases = {
        "huge_run.json": dict(data, streams=[[[0, 0, 10**12]]]),
        "huge_int.json": None,
        "deep.json": None,
        "streams.json": dict(data, players=2),
    }
    (tmp_path / "huge_run.json").write_text(json.dumps(cases["huge_run.json"]))
    (tmp_path / "huge_int.json").write_text(json.dumps(dict(data, seed=0)).replace('"seed": 0', '"seed": ' + "9" * 5000))
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    (tmp_path / "streams.json").write_text(json.dumps(cases["streams.json"]))
    for name in cases:
        _refused(tmp_path / name)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_given_as_a_replay_is_refused_not_waited_on(tmp_path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    assert "not a regular file" in _refused(fifo)


def test_a_damaged_start_names_the_field(tmp_path):
    path, data = _saved(tmp_path)
    for start, field in (({"lives": "three"}, "start.lives"), ({"checkpoint": -1}, "start.checkpoint"),
                         ({"infinite_lives": "yes"}, "start.infinite_lives"), ([1], "start must be")):
        path.write_text(json.dumps(dict(data, start=start)))
        assert field in _refused(path)
