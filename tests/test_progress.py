"""Progress and high scores: unlocking, the table, safe saving, damaged saves kept."""

from __future__ import annotations

import os

import pytest

from game.progress import CAMPAIGN, Progress, load_progress, progress_path, save_progress


def test_finishing_a_level_unlocks_the_next_and_keeps_bests():
    p = Progress()
    assert p.is_unlocked("freeway") and not p.is_unlocked("mall")
    assert p.record_finish("freeway", 9000, 7200, 2, "mall")
    assert p.is_unlocked("mall") and p.is_unlocked("t1000_lab")
    p.record_finish("freeway", 5000, 6000, 0, "mall")
    best = p.best["freeway"]
    assert (best.score, best.frames, best.casualties) == (9000, 6000, 0)
    save_progress(p)
    loaded, warning = load_progress()
    assert warning is None and loaded.is_unlocked("mall") and loaded.best["freeway"].frames == 6000


def test_high_score_table_orders_and_caps():
    p = Progress()
    assert p.add_score("story", "abc", 45000) == 1
    assert p.table("story")[1] == ("ABC", 45000)
    for i in range(20):
        p.add_score("story", "ZZZ", 100 + i)
    assert len(p.table("story")) == 10
    assert not p.qualifies("story", 1)
    assert p.table("arcade")[1] != ("ABC", 45000)  # each mode its own table
    assert not p.qualifies("training", 10**9)  # practice goes to no table


@pytest.mark.parametrize("content", ["{{{", '{"unlocked": 5}', '{"best": {"freeway": {"score": "x"}}}'])
def test_corrupt_save_is_kept_as_bak_and_play_goes_on(content):
    path = progress_path()
    path.parent.mkdir(parents=True)
    path.write_text(content)
    progress, warning = load_progress()
    assert progress.unlocked == [CAMPAIGN[0]]
    assert warning and "progress.json" in warning and "\n" not in warning
    assert path.with_name("progress.json.bak").read_text() == content
    save_progress(progress)  # and the next save works
    assert load_progress()[1] is None


def test_interrupted_save_leaves_the_old_file(monkeypatch):
    p = Progress()
    p.record_finish("freeway", 100, 100, 0, "mall")
    save_progress(p)
    before = progress_path().read_text()
    monkeypatch.setattr(os, "replace", lambda *a, **k: (_ for _ in ()).throw(OSError("crash")))
    p.record_finish("mall", 100, 100, 0, "canal")
    with pytest.raises(OSError):
        save_progress(p)
    assert progress_path().read_text() == before
