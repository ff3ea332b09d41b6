"""Which keys and gamepad controls trigger which actions; saved as JSON in the settings.

Keys are stored by pygame's key *names* ("space", "left ctrl") rather than
codes so the settings file is readable and survives SDL upgrades.  Gamepad
controls use the SDL game-controller names ("a", "dpleft", "leftx-",
"triggerright"): the layout every supported pad is mapped to.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pygame

from game.input.actions import REBINDABLE, Action

DEFAULT_KEYS: dict[Action, list[str]] = {
    Action.LEFT: ["left", "a"],
    Action.RIGHT: ["right", "d"],
    Action.UP: ["up", "w"],
    Action.DOWN: ["down", "s"],
    Action.JUMP: ["space", "k"],
    Action.FIRE: ["j", "left ctrl"],
    Action.SWITCH: ["l", "q"],
    Action.INTERACT: ["e"],
    Action.PAUSE: ["escape", "p"],
    Action.CONFIRM: ["return", "space", "k"],
    Action.BACK: ["escape", "backspace"],
}

DEFAULT_PAD: dict[Action, list[str]] = {
    Action.LEFT: ["dpleft", "leftx-"],
    Action.RIGHT: ["dpright", "leftx+"],
    Action.UP: ["dpup", "lefty-"],
    Action.DOWN: ["dpdown", "lefty+"],
    Action.JUMP: ["a"],
    Action.FIRE: ["x", "triggerright"],
    Action.SWITCH: ["y"],
    Action.INTERACT: ["b"],
    Action.PAUSE: ["start"],
    Action.CONFIRM: ["a", "start"],
    Action.BACK: ["b"],
}

PAD_BUTTONS: dict[str, int] = {
    "a": pygame.CONTROLLER_BUTTON_A,
    "b": pygame.CONTROLLER_BUTTON_B,
    "x": pygame.CONTROLLER_BUTTON_X,
    "y": pygame.CONTROLLER_BUTTON_Y,
    "back": pygame.CONTROLLER_BUTTON_BACK,
    "guide": pygame.CONTROLLER_BUTTON_GUIDE,
    "start": pygame.CONTROLLER_BUTTON_START,
    "leftstick": pygame.CONTROLLER_BUTTON_LEFTSTICK,
    "rightstick": pygame.CONTROLLER_BUTTON_RIGHTSTICK,
    "leftshoulder": pygame.CONTROLLER_BUTTON_LEFTSHOULDER,
    "rightshoulder": pygame.CONTROLLER_BUTTON_RIGHTSHOULDER,
    "dpup": pygame.CONTROLLER_BUTTON_DPAD_UP,
    "dpdown": pygame.CONTROLLER_BUTTON_DPAD_DOWN,
    "dpleft": pygame.CONTROLLER_BUTTON_DPAD_LEFT,
    "dpright": pygame.CONTROLLER_BUTTON_DPAD_RIGHT,
}
PAD_AXES: dict[str, int] = {
    "leftx": pygame.CONTROLLER_AXIS_LEFTX,
    "lefty": pygame.CONTROLLER_AXIS_LEFTY,
    "rightx": pygame.CONTROLLER_AXIS_RIGHTX,
    "righty": pygame.CONTROLLER_AXIS_RIGHTY,
    "triggerleft": pygame.CONTROLLER_AXIS_TRIGGERLEFT,
    "triggerright": pygame.CONTROLLER_AXIS_TRIGGERRIGHT,
}


def pad_control_names() -> list[str]:
    """Every gamepad control a player can bind, in a stable order."""
    names = list(PAD_BUTTONS)
    for axis in PAD_AXES:
        if axis.startswith("trigger"):
            names.append(axis)
        else:
            names += [axis + "-", axis + "+"]
    return names


def key_label(name: str) -> str:
    return name.upper() if len(name) == 1 else name.title()


@dataclass
class Bindings:
    keys: dict[Action, list[str]] = field(default_factory=lambda: {a: list(v) for a, v in DEFAULT_KEYS.items()})
    pad: dict[Action, list[str]] = field(default_factory=lambda: {a: list(v) for a, v in DEFAULT_PAD.items()})

    # --- lookups used by the live input source -------------------------------------------
    def actions_for_key(self, key_name: str) -> list[Action]:
        return [a for a, names in self.keys.items() if key_name in names]

    def actions_for_pad(self, control: str) -> list[Action]:
        return [a for a, names in self.pad.items() if control in names]

    # --- remapping ---------------------------------------------------------------------
    def conflicts(self, action: Action, control: str, device: str = "keys") -> list[Action]:
        """Other rebindable actions already using ``control`` on ``device``."""
        table = self.keys if device == "keys" else self.pad
        return [a for a in REBINDABLE if a != action and control in table.get(a, [])]

    def rebind(self, action: Action, control: str, device: str = "keys", *, swap: bool = True) -> list[Action]:
        """Make ``control`` the primary binding of ``action``.

        A control bound to another gameplay action would make two actions fire
        at once, so by default it is taken away from them (the player is told
        which ones, from the returned list).
        """
        table = self.keys if device == "keys" else self.pad
        taken = self.conflicts(action, control, device)
        if swap:
            for other in taken:
                table[other] = [c for c in table[other] if c != control]
        current = [c for c in table.get(action, []) if c != control]
        table[action] = [control, *current[:1]]
        return taken

    def reset(self) -> None:
        fresh = Bindings()
        self.keys, self.pad = fresh.keys, fresh.pad

    # --- persistence -------------------------------------------------------------------
    def to_json(self) -> dict:
        return {
            "keys": {a.name.lower(): list(v) for a, v in self.keys.items()},
            "pad": {a.name.lower(): list(v) for a, v in self.pad.items()},
        }

    @classmethod
    def from_json(cls, data: dict) -> Bindings:
        """Read saved bindings; unknown actions are ignored, missing ones keep defaults."""
        b = cls()
        if not isinstance(data, dict):
            raise ValueError("bindings must be an object")
        for table_name, table in (("keys", b.keys), ("pad", b.pad)):
            saved = data.get(table_name, {})
            if not isinstance(saved, dict):
                raise ValueError(f"bindings.{table_name} must be an object")
            for name, controls in saved.items():
                try:
                    action = Action[name.upper()]
                except KeyError:
                    continue
                if not isinstance(controls, list) or not all(isinstance(c, str) for c in controls):
                    raise ValueError(f"bindings.{table_name}.{name} must be a list of names")
                table[action] = list(controls)
        return b
