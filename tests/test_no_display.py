"""Starting the game where no window can open: one line naming the driver, a non-zero exit."""

from __future__ import annotations

import os
import subprocess
import sys


def _game(tmp_path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "SDL_VIDEODRIVER": "nonexistent", "SDL_AUDIODRIVER": "dummy",
           "JUDGMENT_DAY_HOME": str(tmp_path / "home")}
    return subprocess.run([sys.executable, "-m", "game", *args], capture_output=True, text=True, timeout=120, env=env)


def test_a_video_driver_that_does_not_exist_is_one_line_not_a_traceback(tmp_path):
    result = _game(tmp_path, "--level", "freeway", "--frames", "1")
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert "Traceback" not in result.stderr + result.stdout
    assert len(lines) == 1, result.stderr
    assert "no display could be opened" in lines[0] and "'nonexistent'" in lines[0]


def test_headless_needs_no_display(tmp_path):
    result = _game(tmp_path, "--headless", "--level", "freeway", "--frames", "3")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("level=freeway ")
