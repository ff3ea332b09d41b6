"""Judgment Day: a 2D arcade action game retelling Terminator 2."""

import os as _os

__version__ = "0.1.0"

# pygame prints a banner on import; a game's console output is for the player's results.
_os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
