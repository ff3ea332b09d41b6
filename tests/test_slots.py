"""Story save slots: written atomically (a crash mid-write keeps the old save), damaged ones are
one line and an empty slot; the assist's slower clock runs 3 updates for every 4."""

from __future__ import annotations

import os

import pytest

from game.slots import Slot, load_slot, save_slot, slot_path
from game.timestep import FixedStepper


def test_a_slot_round_trips():
    save_slot(1, Slot("t1000_lab", 4200, "hard"))
    slot, warning = load_slot(1)
    assert warning is None and not slot.empty
    assert (slot.level, slot.score, slot.difficulty, slot.finished) == ("t1000_lab", 4200, "hard", False)
    assert load_slot(2)[0].empty  # no file: an empty slot, no warning
    assert load_slot(2)[1] is None


def test_a_crash_mid_write_leaves_the_old_save_whole(monkeypatch):
    save_slot(1, Slot("freeway", 100))
    before = slot_path(1).read_bytes()

    def power_cut(*args, **kwargs):
        raise OSError("power cut")

    with monkeypatch.context() as patched:
        patched.setattr(os, "replace", power_cut)  # the write got as far as the temporary file
        with pytest.raises(OSError):
            save_slot(1, Slot("t1000_lab", 99999))
    assert slot_path(1).read_bytes() == before
    assert load_slot(1)[0].level == "freeway"
    assert [p.name for p in slot_path(1).parent.iterdir()] == ["slot1.json"]  # no temporary file left behind


@pytest.mark.parametrize("content", ["{{{", "[]", '{"level": "freeway", "score": -5}', '{"level": 3, "score": 1}',
                                     '{"level": "freeway", "score": 1, "difficulty": "insane"}'])
def test_a_damaged_slot_is_one_line_and_defaults(content):
    path = slot_path(2)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content)
    slot, warning = load_slot(2)
    assert slot.empty and slot.level == "freeway" and slot.score == 0
    assert warning is not None and "\n" not in warning and "save slot 2" in warning
    assert path.with_name("slot2.json.bak").read_text() == content  # kept, not lost


class FakeClock:
    """Real time in exact steps: 144 displayed frames a second, as a 144 Hz monitor would give."""

    def __init__(self, fps: int = 144) -> None:
        self.frame = 1.0 / fps

    def frames(self, seconds: int):
        return [self.frame] * (round(seconds / self.frame))


@pytest.mark.parametrize("fps", [60, 144, 240])
def test_the_assist_runs_three_updates_for_every_four(fps):
    clock = FakeClock(fps)
    full, slow = FixedStepper(), FixedStepper(time_scale=0.75)
    updates_full = sum(full.advance(dt) for dt in clock.frames(8))
    updates_slow = sum(slow.advance(dt) for dt in clock.frames(8))
    assert abs(updates_full - 480) <= 1  # 60 a second
    assert abs(updates_slow - 360) <= 1  # 45 a second: three for every four
    assert abs(updates_slow * 4 - updates_full * 3) <= 4


def test_the_app_runs_at_the_speed_the_options_say(app):
    counted = []
    app.update = lambda: counted.append(1)
    for speed, want in ((100, 240), (75, 180)):
        app.settings.game_speed = speed
        counted.clear()
        for _ in range(4 * 120):  # four real seconds at 120 displayed frames a second
            app.frame(1 / 120)
        assert abs(len(counted) - want) <= 1, speed
