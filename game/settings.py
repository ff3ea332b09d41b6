"""The player's settings: where they live, their defaults, and loading/saving them safely.

Settings live in the user's config folder (platformdirs); progress and logs
in the data folder.  ``JUDGMENT_DAY_HOME`` overrides both (tests, portable
installs).  Nothing is read or written at import time.
"""

from __future__ import annotations

import logging
import math
import os
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from game.difficulty import DEFAULT as DEFAULT_DIFFICULTY
from game.difficulty import DIFFICULTIES
from game.input.bindings import Bindings
from game.storage import atomic_write_json, finite_number, load_or_defaults

log = logging.getLogger(__name__)

APP_NAME = "judgment-day"
GAME_SPEEDS = (100, 75)  # percent of full speed; 75: the assist that gives the player more time to react


def config_dir() -> Path:
    home = os.environ.get("JUDGMENT_DAY_HOME")
    if home:
        return Path(home) / "config"
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    home = os.environ.get("JUDGMENT_DAY_HOME")
    if home:
        return Path(home) / "data"
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def settings_path() -> Path:
    return config_dir() / "settings.json"


@dataclass
class Settings:
    bindings: Bindings = field(default_factory=Bindings)  # player one's
    bindings_two: Bindings = field(default_factory=lambda: Bindings.for_player(1))  # player two's
    sound_volume: float = 0.8
    music_volume: float = 0.6
    fullscreen: bool = False
    scale: int = 0  # 0 = largest integer scale that fits the screen
    vsync: bool = True
    screen_shake: bool = True
    reduced_flashing: bool = False
    difficulty: str = DEFAULT_DIFFICULTY  # a name in game.difficulty.DIFFICULTIES; a new run starts at it
    game_speed: int = 100  # percent, one of GAME_SPEEDS: 75 is the slow-down assist (game.timestep)

    def bindings_of(self, player: int) -> Bindings:
        """Player one's (0) or player two's (1) controls."""
        return self.bindings_two if player == 1 else self.bindings

    def to_json(self) -> dict:
        return {
            "version": 1,
            "bindings": self.bindings.to_json(),
            "bindings_two": self.bindings_two.to_json(),
            "sound_volume": self.sound_volume,
            "music_volume": self.music_volume,
            "fullscreen": self.fullscreen,
            "scale": self.scale,
            "vsync": self.vsync,
            "screen_shake": self.screen_shake,
            "reduced_flashing": self.reduced_flashing,
            "difficulty": self.difficulty,
            "game_speed": self.game_speed,
        }

    @classmethod
    def from_json(cls, data: dict) -> Settings:
        if not isinstance(data, dict):
            raise ValueError("top level must be an object")
        s = cls()
        if "bindings" in data:
            s.bindings = Bindings.from_json(data["bindings"])
        if "bindings_two" in data:
            s.bindings_two = Bindings.from_json(data["bindings_two"], player=1)
        for name in ("sound_volume", "music_volume"):
            if name in data:
                # Infinity (1e400) and NaN make the file damaged; a finite number is held to 0-1
                # (compared before float(): a 4,000-digit integer does not fit a float).
                value = finite_number(data[name], name, -math.inf, math.inf)
                setattr(s, name, 0.0 if value < 0 else 1.0 if value > 1 else float(value))
        for name in ("fullscreen", "vsync", "screen_shake", "reduced_flashing"):
            if name in data:
                if not isinstance(data[name], bool):
                    raise ValueError(f"{name} must be true or false")
                setattr(s, name, data[name])
        if "scale" in data:
            if not isinstance(data["scale"], int) or isinstance(data["scale"], bool) or not 0 <= data["scale"] <= 8:
                raise ValueError("scale must be a whole number from 0 to 8")
            s.scale = data["scale"]
        if "difficulty" in data:
            if not isinstance(data["difficulty"], str) or data["difficulty"] not in DIFFICULTIES:
                raise ValueError(f"difficulty must be one of {', '.join(DIFFICULTIES)}")
            s.difficulty = data["difficulty"]
        if "game_speed" in data:
            if data["game_speed"] not in GAME_SPEEDS or isinstance(data["game_speed"], bool):
                raise ValueError(f"game_speed must be one of {', '.join(map(str, GAME_SPEEDS))}")
            s.game_speed = int(data["game_speed"])
        return s


def load_settings(path: Path | None = None) -> tuple[Settings, str | None]:
    """Load settings; a missing file gives defaults, a corrupt one defaults plus a warning line."""
    return load_or_defaults(path or settings_path(), "settings file", Settings.from_json, Settings)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    atomic_write_json(path or settings_path(), settings.to_json())
