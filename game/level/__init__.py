"""Tiled maps -> level data -> a world: loading, checking and the rules a level must follow."""

from game.level.data import LevelData, LevelError, LevelObject
from game.level.loader import find_level, load_level

__all__ = ["LevelData", "LevelError", "LevelObject", "find_level", "load_level"]
