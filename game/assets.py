"""Where the game's files are (a checkout or a PyInstaller bundle) and loading them once.

Images are cached by path.  ``convert_alpha`` needs a display mode; headless
runs set a tiny one (see ``game.app.init_display``), and when there is none
at all the plain surface is kept, which draws correctly, only slower.
"""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path

import pygame


def root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def asset_path(*parts: str) -> Path:
    return root().joinpath("assets", *parts)


def levels_dir() -> Path:
    return root() / "levels"


class AssetError(Exception):
    """An asset is missing or unreadable; the message is one readable line."""


def _prepare(surface: pygame.Surface) -> pygame.Surface:
    if pygame.display.get_init() and pygame.display.get_surface() is not None:
        return surface.convert_alpha()
    return surface


@cache
def image(*parts: str) -> pygame.Surface:
    path = asset_path(*parts)
    try:
        return _prepare(pygame.image.load(str(path)))
    except (FileNotFoundError, pygame.error) as exc:
        raise AssetError(f"{path}: cannot load image ({exc})") from None


@cache
def json_data(*parts: str) -> dict:
    path = asset_path(*parts)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise AssetError(f"{path}: cannot load ({exc})") from None


@cache
def palette() -> dict[str, tuple[int, int, int]]:
    """Named colours of the one game palette (assets/palette.json)."""
    try:
        data = json_data("palette.json")
    except AssetError:
        return {}
    return {name: tuple(int(h[i:i + 2], 16) for i in (1, 3, 5)) for name, h in data.items()}


def color(name: str, fallback: tuple[int, int, int] = (255, 255, 255)) -> tuple[int, int, int]:
    return palette().get(name, fallback)


def clear_caches() -> None:
    """Forget loaded surfaces (after the display mode changes)."""
    image.cache_clear()
    from game.render import sprites  # local: render depends on assets, not the reverse

    sprites.clear_cache()
