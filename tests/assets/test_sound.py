"""The synthesised sound effects and music loops: present, decodable, audible, clean loops."""

from __future__ import annotations

import os
import sys
import wave
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
SOUNDS = ROOT / "assets" / "sounds"
MUSIC = ROOT / "assets" / "music"

SRC = ROOT / "assets" / "src" / "sound"
sys.path.insert(0, str(ROOT))
from tools.assetgen.sound.textfmt import read_sections  # noqa: E402

# Every effect and song the sources define (one list, theirs: a new level's sounds need no edit here).
SOUND_NAMES = [section.name for section in read_sections(SRC / "sfx.txt")]
LOOPING_SOUNDS = ["minigun", "engine_bike", "engine_truck", "siren", "engine_bike_mid", "engine_bike_high",
                  "engine_truck_high"]
MUSIC_NAMES = sorted(p.stem for p in (SRC / "music").glob("*.trk"))
CORE = ["shotgun", "pump", "jump", "hurt", "punch", "knockout", "splash", "shatter", "melt", "rifle", "roll",
        "menu_move", "menu_select", "menu_back", "checkpoint", "game_over", "level_complete"]


def test_the_sources_define_every_core_sound_and_the_three_base_tracks() -> None:
    assert set(CORE) <= set(SOUND_NAMES)
    assert {"title", "level", "boss"} <= set(MUSIC_NAMES)


ALL_FILES = [SOUNDS / f"{n}.wav" for n in SOUND_NAMES] + [MUSIC / f"{n}.wav" for n in MUSIC_NAMES]
LOOP_FILES = [SOUNDS / f"{n}.wav" for n in LOOPING_SOUNDS] + [
    MUSIC / f"{n}.wav" for n in MUSIC_NAMES
]

FULL_SCALE = 32767


def read(path: Path) -> np.ndarray:
    with wave.open(str(path), "rb") as w:
        assert w.getnchannels() == 1, "mono"
        assert w.getsampwidth() == 2, "16-bit"
        assert w.getframerate() == 22050
        frames = w.readframes(w.getnframes())
    return np.frombuffer(frames, dtype="<i2").astype(np.float64)


def ids(paths: list[Path]) -> list[str]:
    return [f"{p.parent.name}/{p.stem}" for p in paths]


@pytest.mark.parametrize("path", ALL_FILES, ids=ids(ALL_FILES))
def test_file_decodes_and_is_audible(path: Path) -> None:
    assert path.exists(), f"{path} missing: run python tools/build_assets.py"
    x = read(path)
    assert len(x) > 0.02 * 22050
    rms = float(np.sqrt(np.mean(x * x)))
    assert rms > 0.02 * FULL_SCALE, f"too quiet: rms {rms:.0f}"


@pytest.mark.parametrize("path", ALL_FILES, ids=ids(ALL_FILES))
def test_no_clipping(path: Path) -> None:
    x = read(path)
    clipped = np.abs(x) >= FULL_SCALE - 1
    # no two consecutive samples pinned at full scale
    assert not np.any(clipped[1:] & clipped[:-1]), "clipping run"


@pytest.mark.parametrize("path", [MUSIC / f"{n}.wav" for n in MUSIC_NAMES], ids=MUSIC_NAMES)
def test_music_is_a_modest_loop(path: Path) -> None:
    seconds = len(read(path)) / 22050
    assert 12.0 <= seconds <= 100.0


@pytest.mark.parametrize("path", LOOP_FILES, ids=ids(LOOP_FILES))
def test_loop_seam_does_not_click(path: Path) -> None:
    """Played end-to-start, the jump across the seam is no bigger than the signal's own steps.

    "Own steps": four times the median sample-to-sample step of the whole file, or the
    largest step within 5 ms either side of the seam (noisy or sawtooth content has big
    natural steps; a click stands out against both).
    """
    x = read(path)
    step = np.abs(np.diff(x))
    seam = abs(x[0] - x[-1])
    near = int(0.005 * 22050)
    allowed = max(4.0 * float(np.median(step)), float(step[:near].max()), float(step[-near:].max()))
    assert seam <= allowed + 2.0, f"seam jump {seam:.0f} > {allowed:.0f}"
    # and no fade-out / fade-in around the seam: similar level on both sides
    edge = int(0.1 * 22050)
    head = np.sqrt(np.mean(x[:edge] ** 2))
    tail = np.sqrt(np.mean(x[-edge:] ** 2))
    assert 0.25 < head / tail < 4.0


def test_sounds_load_in_the_mixer() -> None:
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    import pygame

    try:
        pygame.mixer.init(frequency=22050, size=-16, channels=2, buffer=512)
    except pygame.error as exc:
        pytest.skip(f"no mixer here: {exc}")
    try:
        for path in ALL_FILES:
            sound = pygame.mixer.Sound(str(path))
            expected = len(read(path)) / 22050
            assert sound.get_length() == pytest.approx(expected, rel=0.02, abs=0.01)
        pygame.mixer.music.load(str(MUSIC / "title.wav"))
    finally:
        pygame.mixer.quit()


def test_synthesis_is_repeatable() -> None:
    sys.path.insert(0, str(ROOT))
    from tools.assetgen.sound import sfx, synth
    from tools.assetgen.sound.textfmt import read_sections

    sections = read_sections(ROOT / "assets" / "src" / "sound" / "sfx.txt")
    assert sorted(s.name for s in sections) == sorted(SOUND_NAMES)
    for section in sections[:6]:
        assert synth.to_pcm16(sfx.render(section)) == synth.to_pcm16(sfx.render(section))
