"""Judgment Day: a 2D arcade action game retelling Terminator 2."""

__version__ = "0.1.0"
