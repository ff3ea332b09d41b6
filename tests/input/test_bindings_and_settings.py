"""Rebinding is saved and loaded; bad settings files are set aside, never lost."""

from __future__ import annotations

import json
import os

import pytest

from game.input.actions import Action
from game.settings import Settings, load_settings, save_settings, settings_path
from game.storage import atomic_write_json


def test_rebinding_is_saved_and_loaded():
    s = Settings()
    outcome = s.bindings.rebind(Action.FIRE, "space")
    assert outcome.moved_from == [Action.JUMP]  # the clash is reported...
    assert "space" not in s.bindings.keys[Action.JUMP]  # ...and resolved
    s.bindings.rebind(Action.JUMP, "x", device="keys")
    s.bindings.rebind(Action.FIRE, "rightshoulder", device="pad")
    save_settings(s)
    loaded, warning = load_settings()
    assert warning is None
    assert loaded.bindings.keys[Action.FIRE][0] == "space"
    assert loaded.bindings.keys[Action.JUMP][0] == "x"
    assert loaded.bindings.pad[Action.FIRE][0] == "rightshoulder"


def test_reset_to_defaults():
    s = Settings()
    s.bindings.rebind(Action.JUMP, "z")
    s.bindings.reset()
    assert s.bindings.keys[Action.JUMP] == ["space", "k"]


@pytest.mark.parametrize("content", ["{not json", json.dumps({"sound_volume": "loud"}), json.dumps([1, 2])])
def test_corrupt_settings_give_defaults_a_warning_and_a_backup(content):
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_text(content)
    settings, warning = load_settings()
    assert settings == Settings()
    assert warning and str(path) in warning and "\n" not in warning
    backup = path.with_name("settings.json.bak")
    assert backup.read_text() == content
    assert not path.exists()


def test_interrupted_write_leaves_the_old_file_intact(monkeypatch):
    s = Settings(sound_volume=0.3)
    save_settings(s)
    before = settings_path().read_text()

    def crash(*args, **kwargs):
        raise OSError("power cut")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        save_settings(Settings(sound_volume=0.9))
    assert settings_path().read_text() == before
    assert [p.name for p in settings_path().parent.iterdir()] == ["settings.json"]  # no temp files left


def test_atomic_write_creates_folders(tmp_path):
    target = tmp_path / "a" / "b" / "c.json"
    atomic_write_json(target, {"x": 1})
    assert json.loads(target.read_text()) == {"x": 1}
