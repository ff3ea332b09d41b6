"""The mix: how loud every effect and music loop is, declared in one table, and the mastering
step that puts each sound at its category's level when it is built.

Why here and not in the game: the mixer in ``game/audio.py`` only scales the whole effects
bus and the music (the player's two volume sliders). The balance *between* sounds is
decided once, at the source, so that anyone can check it on the built files with
``python tools/sound_levels.py`` and a test can hold it (tests/assets/test_sound.py).

The rule of the mix: the player's weapons and the T-1000's big moments (freeze, shatter,
reform, melt, metal being hit) are the loudest things in a scene; hits, pick-ups and the
interface sit below them; the music below that; ambient loops (engines, the siren, traffic
passing overhead) well below everything, as a bed.

Loudness here is the RMS of the loudest 300 ms of a file, in dBFS (a full-scale sine reads
-3 dB): for a loop it is simply its RMS; for a one-shot it is what the ear hears at the hit,
whatever the length of its tail. Each sound is scaled to its category's ``LOUDNESS`` and a
transparent look-ahead limiter keeps its peaks under ``CEILING_DB``.
"""

from __future__ import annotations

import numpy as np

from .synth import SR

# category -> target loudness (dBFS, RMS of the loudest 300 ms)
LOUDNESS: dict[str, float] = {
    "weapon": -12.0,  # the player's guns and the nitrogen
    "t1000": -12.0,  # the liquid metal's big moments
    "combat": -15.0,  # hits, punches, reloading, enemies' guns, hazards
    "jingle": -15.0,  # game over, level complete
    "pickup": -17.0,  # pick-ups, checkpoints
    "ui": -19.0,  # menus, movement foley
    "music": -16.0,  # music loops (the player's music slider scales them further)
    "ambient": -27.0,  # engine loops, the siren, traffic: a bed under everything
}

# sound (file stem) -> category. Every effect in sfx.txt and every song must be listed.
CATEGORY: dict[str, str] = {
    # weapon
    "shotgun": "weapon", "minigun": "weapon", "grenade_launch": "weapon", "rifle": "weapon",
    # t1000
    "freeze": "t1000", "shatter": "t1000", "reform": "t1000", "melt": "t1000",
    "hit_metal": "t1000", "splash": "t1000", "explosion": "t1000",
    # combat
    "pump": "combat", "pistol": "combat", "roll": "combat", "punch": "combat", "hurt": "combat", "enemy_hurt": "combat",
    "knockout": "combat", "blade": "combat", "electric": "combat", "debris": "combat", "heartbeat": "combat",
    "glass": "combat", "spotted": "combat", "bark": "combat", "growl": "combat",
    "crash": "combat", "horn": "combat", "searchlight": "combat",
    "door_shut": "combat", "press": "combat", "shout": "combat", "alarm": "combat", "syringe": "combat", "gas_hiss": "combat",
    # jingle
    "game_over": "jingle", "level_complete": "jingle",
    # pickup
    "pickup": "pickup", "health": "pickup", "checkpoint": "pickup", "keys": "pickup",
    # ui
    "menu_move": "ui", "menu_select": "ui", "menu_back": "ui", "jump": "ui", "land": "ui", "switch": "ui",
    "door_open": "ui", "locked": "ui",
    # ambient
    "engine_bike": "ambient", "engine_truck": "ambient", "siren": "ambient", "car_pass": "ambient",
    "engine_bike_mid": "ambient", "engine_bike_high": "ambient", "engine_truck_high": "ambient",
    "rotor": "ambient",
    # music
    "title": "music", "level": "music", "boss": "music", "canal": "music", "dyson": "music", "pursuit": "music", "hospital": "music",
    "cyberdyne": "music", "mall_calm": "music",
    "mill_hunt": "music", "mill_disguise": "music", "mill_heartbeat": "music", "mill_vat": "music",
}  # fmt: skip

# Louder-than-this categories must beat every ambient loop by MARGIN_DB (RMS, whole file).
FOREGROUND = ("weapon", "t1000")
MARGIN_DB = 6.0
CEILING_DB = -1.0  # no sample above this: headroom for the mixer's sum and for resampling
WINDOW_S = 0.3
MAX_LIMIT_DB = 12.0  # never squash a sound harder than this to reach its level


def db(ratio: float) -> float:
    return 20.0 * float(np.log10(max(ratio, 1e-12)))


def undb(value: float) -> float:
    return float(10.0 ** (value / 20.0))


def rms_db(x: np.ndarray) -> float:
    """Whole-file RMS, dBFS (``x`` in -1..1)."""
    return db(float(np.sqrt(np.mean(np.square(x))))) if len(x) else -240.0


def peak_db(x: np.ndarray) -> float:
    return db(float(np.max(np.abs(x)))) if len(x) else -240.0


def loudness_db(x: np.ndarray) -> float:
    """RMS of the loudest ``WINDOW_S`` seconds, dBFS (the whole file if shorter)."""
    n = round(WINDOW_S * SR)
    if len(x) <= n:
        return rms_db(x)
    energy = np.concatenate([[0.0], np.cumsum(np.square(x))])
    return db(float(np.sqrt(np.max(energy[n:] - energy[:-n]) / n)))


def limit(
    x: np.ndarray, ceiling: float, *, loop: bool = False, half_window: int = round(0.004 * SR)
) -> np.ndarray:
    """Zero-latency look-ahead limiter: no sample of the result exceeds ``ceiling``.

    The gain each sample needs is min-filtered over +-``half_window`` and then averaged over
    the same span; every value in that average is at most the gain needed at the centre
    sample, so the peak is held without clipping, and the gain moves smoothly (no clicks).
    A ``loop`` is treated as circular, so its seam stays seamless.
    """
    need = np.minimum(1.0, ceiling / np.maximum(np.abs(x), 1e-12))
    if need.min() >= 1.0:
        return x
    w = half_window
    pad = {"mode": "wrap"} if loop else {"mode": "constant", "constant_values": 1.0}
    windows = np.lib.stride_tricks.sliding_window_view(np.pad(need, w, **pad), 2 * w + 1)
    held = windows.min(axis=1)
    c = np.concatenate([[0.0], np.cumsum(np.pad(held, w, **pad))])
    gain = (c[2 * w + 1 :] - c[: -(2 * w + 1)]) / (2 * w + 1)
    return x * np.minimum(gain, need)


def category(name: str) -> str:
    if name not in CATEGORY:
        raise ValueError(f"{name}: no mix category (add it to CATEGORY in tools/assetgen/sound/mix.py)")
    return CATEGORY[name]


def master(name: str, x: np.ndarray, *, loop: bool = False) -> np.ndarray:
    """Scale ``x`` to its category's loudness; limit its peaks to ``CEILING_DB``."""
    target = LOUDNESS[category(name)]
    ceiling = undb(CEILING_DB)
    x = x / float(np.max(np.abs(x)))
    gain = undb(target - loudness_db(x))
    gain = min(gain, undb(MAX_LIMIT_DB) * ceiling)
    out = limit(x * gain, ceiling, loop=loop)
    for _ in range(4):  # the limiter took some level off: make it up (converges quickly)
        short = target - loudness_db(out)
        if short < 0.05 or gain >= undb(MAX_LIMIT_DB) * ceiling:
            break
        gain = min(gain * undb(short), undb(MAX_LIMIT_DB) * ceiling)
        out = limit(x * gain, ceiling, loop=loop)
    return out
