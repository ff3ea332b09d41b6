"""No sound card: one line from the game, none of ALSA's, and play goes on.

A player on Linux without an audio device used to see 16 ``ALSA lib ...`` lines before
the game's own message. ``AUDIODEV`` naming a device that does not exist makes ALSA fail
the same noisy way on any Linux machine, sound card or not, so the test is repeatable.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys

import pytest

from game.native_stderr import native_stderr_to_log


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ALSA is Linux's")
def test_no_audio_device_is_one_line_and_no_alsa_noise(tmp_path):
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "alsa",
           "AUDIODEV": "judgment-day-no-such-device", "JUDGMENT_DAY_HOME": str(tmp_path / "home"),
           "PYTHONWARNINGS": "ignore"}  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-m", "game", "--frames", "5", "--screenshot", str(tmp_path / "shot.png")],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "shot.png").exists()  # played on without sound
    assert "ALSA lib" not in result.stderr
    assert result.stderr.count("no audio device") == 1, result.stderr


@pytest.mark.skipif(os.name != "posix", reason="the guard only acts on POSIX")
def test_guard_sends_native_stderr_to_the_log_and_restores_it(capfd, caplog):
    caplog.set_level(logging.DEBUG, logger="game.native_stderr")
    with native_stderr_to_log("audio"):
        os.write(2, b"ALSA lib pcm.c:2666:(snd_pcm_open_noupdate) Unknown PCM default\n")
    os.write(2, b"after the block\n")
    err = capfd.readouterr().err
    assert "ALSA lib" not in err
    assert "after the block" in err  # fd 2 is the terminal again
    assert any("audio: ALSA lib pcm.c" in r.getMessage() for r in caplog.records)


def test_guard_restores_stderr_when_the_block_raises(capfd):
    with pytest.raises(RuntimeError), native_stderr_to_log():
        raise RuntimeError("no device")
    os.write(2, b"still here\n")
    assert "still here" in capfd.readouterr().err
