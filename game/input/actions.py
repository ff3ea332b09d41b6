"""The player's actions and the per-update snapshot the simulation reads.

The simulation never sees a key or a button, only actions.  A snapshot is
two bit masks (held and newly pressed) so it is cheap, immutable, hashable
and trivially written to a replay file.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class Action(IntEnum):
    LEFT = 0
    RIGHT = 1
    UP = 2
    DOWN = 3
    JUMP = 4
    FIRE = 5
    SWITCH = 6
    INTERACT = 7
    PAUSE = 8
    CONFIRM = 9  # menus: accept (Enter, gamepad A)
    BACK = 10  # menus: go back (Esc, gamepad B)
    LEAVE = 11  # a player leaves the game: sent by the pause menu, never bound to a control
    AIM = 12  # held: plant the feet and aim with the directions (eight ways) instead of walking
    ROLL = 13  # Sarah's dodge roll (the T-800 does not roll)

    @property
    def bit(self) -> int:
        return 1 << self.value

    @property
    def label(self) -> str:
        """The name a player reads on the Controls screen: what the action does in play."""
        return _LABELS.get(self, self.name.replace("_", " ").title())


# Where the action's code name is not what the player calls it (captions and README say punch).
_LABELS = {Action.INTERACT: "Punch", Action.SWITCH: "Switch weapon", Action.AIM: "Aim (hold)",
           Action.ROLL: "Roll (Sarah)"}


# Actions a player may rebind (menu confirm/back follow jump/interact defaults).
# Escape stays on Pause whatever the player does (bindings.RESERVED).
REBINDABLE = (
    Action.LEFT,
    Action.RIGHT,
    Action.UP,
    Action.DOWN,
    Action.JUMP,
    Action.FIRE,
    Action.AIM,
    Action.ROLL,
    Action.SWITCH,
    Action.INTERACT,
    Action.PAUSE,
)


@dataclass(frozen=True, slots=True)
class InputSnapshot:
    """What the player is doing during one fixed update."""

    held: int = 0
    pressed: int = 0

    def is_held(self, action: Action) -> bool:
        return bool(self.held & action.bit)

    def was_pressed(self, action: Action) -> bool:
        return bool(self.pressed & action.bit)

    @property
    def move_x(self) -> int:
        return int(self.is_held(Action.RIGHT)) - int(self.is_held(Action.LEFT))

    @property
    def move_y(self) -> int:
        return int(self.is_held(Action.DOWN)) - int(self.is_held(Action.UP))

    @classmethod
    def of(cls, held: set[Action] | frozenset[Action] = frozenset(),
           pressed: set[Action] | frozenset[Action] = frozenset()) -> InputSnapshot:
        h = 0
        for a in held:
            h |= a.bit
        p = 0
        for a in pressed:
            p |= a.bit
        return cls(h | p, p)


NO_INPUT = InputSnapshot()


def merge(snaps) -> InputSnapshot:
    """One snapshot holding everything in ``snaps``: what a menu hears from every player."""
    held = pressed = 0
    for snap in snaps:
        held |= snap.held
        pressed |= snap.pressed
    return InputSnapshot(held, pressed)
