"""``python -m game bench`` prints what a level is judged by: the frame figures, the worst window, and
the frames of each T-1000 state apart (the steel mill's shatter and reform).  Figures, not timing
asserts: this only checks that the lines a reader looks for are there."""

from __future__ import annotations

from game import bench


def test_bench_prints_the_frame_figures_and_each_t1000_state(capsys):
    bench.main(["--level", "t1000_lab", "--frames", "150", "--cpu"])
    out = capsys.readouterr().out
    assert "level t1000_lab: 150 frames" in out
    assert "frame  p50" in out and "worst 1% window" in out
    assert "T-1000 liquid" in out  # the lab's T-1000 stands in its liquid state at the start
    assert "headless:" in out
