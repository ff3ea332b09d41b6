"""Input as data: device events become one immutable snapshot of actions per update."""

from game.input.actions import Action, InputSnapshot

__all__ = ["Action", "InputSnapshot"]
