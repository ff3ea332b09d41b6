"""Engine sound: a vehicle's loops crossfade with its revs, fade out when it stops being heard, and
cost nothing without a sound device.  Runs on SDL's dummy audio driver (a mixer with no speakers)."""

from __future__ import annotations

import pygame
import pytest

from game.audio import ENGINE_CHANNELS, Audio


@pytest.fixture()
def audio():
    a = Audio(sound_volume=1.0)
    if not a.available:
        pytest.skip("no mixer, not even SDL's dummy one")
    yield a
    a.stop_engines()
    pygame.mixer.quit()


def _volumes(audio, key) -> list[float]:
    return [round(ch.get_volume(), 2) for ch in audio._engines[key][1]]


def test_the_loop_heard_follows_the_throttle(audio):
    audio.engine("bike", "engine_bike", 0.0, 0.0)  # idle: the low loop alone
    idle = _volumes(audio, "bike")
    assert len(idle) == 3 and idle[0] > 0 and idle[2] == 0
    audio.engine("bike", "engine_bike", 1.0, 1.0)  # flat out: the high loop alone, louder
    flat_out = _volumes(audio, "bike")
    assert flat_out[0] == 0 and flat_out[2] > idle[0]
    audio.engine("bike", "engine_bike", 1.0, 0.3)  # pulling away: between, two loops mixed
    assert sum(v > 0 for v in _volumes(audio, "bike")) == 2


def test_an_engine_not_heard_for_a_frame_lets_its_channels_go(audio):
    audio.engine("bike", "engine_bike", 0.5, 0.5)
    audio.engine("truck", "engine_truck", 0.5, 0.5)  # two bands: the truck has no _mid loop
    assert len(audio._engines["truck"][1]) == 2
    audio.engines_heard()
    audio.engine("truck", "engine_truck", 0.5, 0.5)
    audio.engines_heard()  # the bike was not heard in this frame
    assert set(audio._engines) == {"truck"}
    audio.engine("police", "engine_bike", 0.5, 0.5)  # a new one takes the freed channels
    assert len(audio._engines) == 2
    assert audio.engine("third", "engine_bike", 0.5, 0.5) is None and len(audio._engines) <= ENGINE_CHANNELS // 3


def test_without_a_device_engines_are_silent_and_harmless():
    a = Audio(enabled=False)
    a.engine("bike", "engine_bike", 1.0, 1.0)
    a.engines_heard()
    a.stop_engines()
    assert not a._engines
