"""Settings and saves that would crash the start-up: defaults, the file kept aside, one line.

Each content here once raised out of ``load_settings``/``load_progress`` (a
RecursionError, Python's ValueError for too many integer digits, an
OverflowError from ``int(inf)``) or let a NaN volume through.  And a second
damaged file must not overwrite the first one's backup.
"""

from __future__ import annotations

import json
import os

import pytest

from game.progress import Progress, load_progress, progress_path
from game.settings import Settings, load_settings, settings_path
from game.storage import backup_path

HUGE = "9" * 5000  # more digits than Python turns into an int (int_max_str_digits, 4300)
DEEP = "[" * 100_000 + "]" * 100_000
DEEP_INSIDE = '{"best": ' + '{"a": ' * 100_000 + "1" + "}" * 100_000 + "}"

SETTINGS_CASES = {
    "5000-digit volume": '{"version": 1, "sound_volume": ' + HUGE + "}",
    "nested 100000 deep": DEEP,
    "1e400 volume": '{"version": 1, "music_volume": 1e400}',
    "NaN volume": '{"version": 1, "sound_volume": NaN}',
    "-Infinity volume": '{"version": 1, "sound_volume": -Infinity}',
}
PROGRESS_CASES = {
    "5000-digit score": '{"best": {"freeway": {"score": ' + HUGE + ', "frames": 1, "casualties": 0}}}',
    "nested 100000 deep": DEEP,
    "nested 100000 deep inside": DEEP_INSIDE,
    "1e400 score": '{"best": {"freeway": {"score": 1e400, "frames": 1, "casualties": 0}}}',
    "1e400 in the table": '{"table": [["ABC", 1e400]]}',
    "NaN frames": '{"best": {"freeway": {"score": 1, "frames": NaN, "casualties": 0}}}',
    "4000-digit score": '{"table": [["ABC", ' + "9" * 4000 + "]]}",
}


def _write(path, content: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content)


def _check_kept(path, content: str, warning: str | None) -> None:
    assert warning and str(path) in warning and "\n" not in warning and len(warning) < 400
    assert not path.exists()
    assert path.with_name(path.name + ".bak").read_text() == content


@pytest.mark.parametrize("content", SETTINGS_CASES.values(), ids=SETTINGS_CASES.keys())
def test_damaged_settings_give_defaults_and_are_kept(content):
    path = settings_path()
    _write(path, content)
    settings, warning = load_settings()
    assert settings == Settings()
    _check_kept(path, content, warning)


@pytest.mark.parametrize("content", PROGRESS_CASES.values(), ids=PROGRESS_CASES.keys())
def test_damaged_progress_gives_a_fresh_save_and_is_kept(content):
    path = progress_path()
    _write(path, content)
    progress, warning = load_progress()
    assert progress == Progress()
    _check_kept(path, content, warning)


def test_a_volume_out_of_range_is_still_held_to_0_1():
    _write(settings_path(), '{"version": 1, "sound_volume": 7, "music_volume": -' + "9" * 4000 + "}")
    settings, warning = load_settings()
    assert warning is None and (settings.sound_volume, settings.music_volume) == (1.0, 0.0)


@pytest.mark.parametrize("which", ["settings", "progress"])
def test_the_game_starts_on_damaged_files(app_factory, which):
    path = settings_path() if which == "settings" else progress_path()
    _write(path, SETTINGS_CASES["nested 100000 deep"])
    app = app_factory()
    assert app.notice and path.name in app.notice and "\n" not in app.notice
    assert path.with_name(path.name + ".bak").read_text() == DEEP


@pytest.fixture
def app_factory(display):
    from game.app import App

    return lambda: App(mute=True)


# --- a second damaged file keeps the first one's backup --------------------------------------

@pytest.mark.parametrize("which", ["settings", "progress"])
def test_every_damaged_copy_is_kept(which):
    path, load = (settings_path(), load_settings) if which == "settings" else (progress_path(), load_progress)
    contents = ["{first damaged copy", json.dumps([2, "second"]), "third\x00"]
    warnings = []
    for content in contents:
        _write(path, content)
        warnings.append(load()[1])
    kept = [path.with_name(f"{path.name}.bak"), path.with_name(f"{path.name}.1.bak"),
            path.with_name(f"{path.name}.2.bak")]
    assert [k.read_text() for k in kept] == contents
    assert [k.name in w for k, w in zip(kept, warnings)] == [True] * 3  # each warning names its copy
    assert sorted(os.listdir(path.parent)) == sorted(k.name for k in kept)


def test_backup_names_skip_every_taken_name(tmp_path):
    path = tmp_path / "settings.json"
    assert backup_path(path).name == "settings.json.bak"
    (tmp_path / "settings.json.bak").write_text("a")
    (tmp_path / "settings.json.1.bak").write_text("b")
    assert backup_path(path).name == "settings.json.2.bak"
