"""Which keys and gamepad controls trigger which actions; saved as JSON in the settings.

Keys are stored by pygame's key *names* ("space", "left ctrl") rather than
codes so the settings file is readable and survives SDL upgrades.  Gamepad
controls use the SDL game-controller names ("a", "dpleft", "leftx-",
"triggerright"): the layout every supported pad is mapped to.  A stick
direction is the axis name plus "-" or "+"; a trigger is just its axis name.
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
    Action.AIM: ["left shift", "i"],
    Action.ROLL: ["c", "u"],
    Action.SWITCH: ["l", "q"],
    Action.INTERACT: ["e"],
    Action.PAUSE: ["escape", "p"],
    Action.CONFIRM: ["return", "space", "k"],
    Action.BACK: ["escape", "backspace"],
}

# Player two's half of the keyboard: the arrows and the keys around them (Right Shift, Right Ctrl,
# / . ,) or the numeric keypad, so two players share one keyboard without sharing a key.  Player
# one keeps the arrows as a spare while he plays alone; once player two joins on the keyboard (his
# Enter), every key in this table is player two's (``LiveInput``), and player one steers with WASD.
DEFAULT_KEYS_TWO: dict[Action, list[str]] = {
    Action.LEFT: ["left", "[4]"],
    Action.RIGHT: ["right", "[6]"],
    Action.UP: ["up", "[8]"],
    Action.DOWN: ["down", "[5]"],
    Action.JUMP: ["right shift", "[0]"],
    Action.FIRE: ["right ctrl", "[1]"],
    Action.AIM: ["/", "[2]"],
    Action.SWITCH: [".", "[3]"],
    Action.INTERACT: [",", "[.]"],
    Action.ROLL: ["'", "[+]"],
    Action.PAUSE: ["return", "enter"],
    Action.CONFIRM: ["return", "enter"],
    Action.BACK: ["backspace"],
}

DEFAULT_PAD: dict[Action, list[str]] = {
    Action.LEFT: ["dpleft", "leftx-"],
    Action.RIGHT: ["dpright", "leftx+"],
    Action.UP: ["dpup", "lefty-"],
    Action.DOWN: ["dpdown", "lefty+"],
    Action.JUMP: ["a"],
    Action.FIRE: ["x", "triggerright"],
    Action.AIM: ["leftshoulder"],
    Action.ROLL: ["rightshoulder"],
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


# Controls nobody can rebind, so no set of bindings can lock the player in:
# Escape always pauses a level and backs out of menus, and the pad's Back
# (View/Select) button is kept free.  While the controls screen waits for a new
# control, pressing either cancels instead (pad B and Start cannot be the cancel
# button: they are ordinary bindings, Interact and Pause by default).
RESERVED: dict[str, dict[str, tuple[Action, ...]]] = {
    "keys": {"escape": (Action.PAUSE, Action.BACK)},
    "pad": {"back": ()},
}

MAX_CONTROLS = 3  # per action and device: enough for a main and two spares, and the row stays readable


def axis_control(axis: str, value: float) -> str:
    """The binding name for pushing ``axis`` towards ``value``: "leftx-", "lefty+", "triggerright"."""
    if axis.startswith("trigger"):
        return axis
    return axis + ("-" if value < 0 else "+")


def pad_control_names() -> list[str]:
    """Every gamepad control a player can bind, in a stable order."""
    names = [b for b in PAD_BUTTONS if b not in RESERVED["pad"]]
    for axis in PAD_AXES:
        names += dict.fromkeys([axis_control(axis, -1), axis_control(axis, 1)])  # a trigger has one
    return names


# How the controls screen names pad controls: what is printed on a pad, not SDL's names.
PAD_LABELS = {
    "leftshoulder": "LB", "rightshoulder": "RB", "triggerleft": "LT", "triggerright": "RT",
    "leftstick": "L3", "rightstick": "R3", "start": "Start", "back": "Back", "guide": "Guide",
    "dpup": "D-pad up", "dpdown": "D-pad down", "dpleft": "D-pad left", "dpright": "D-pad right",
    "leftx-": "L-stick left", "leftx+": "L-stick right", "lefty-": "L-stick up", "lefty+": "L-stick down",
    "rightx-": "R-stick left", "rightx+": "R-stick right", "righty-": "R-stick up", "righty+": "R-stick down",
}


# Keys whose pygame names read badly on a screen: what is printed on the key, or its name.
KEY_LABELS = {"return": "Enter", "escape": "Esc", "enter": "Num Enter", "/": "Slash", ".": "Period", ",": "Comma",
              ";": "Semicolon", "'": "Quote", "-": "Minus", "=": "Equals"}


def key_label(name: str) -> str:
    """A key or pad control as a player reads it ("Space", "Left Ctrl", "LB", "L-stick left")."""
    if name in PAD_LABELS:
        return PAD_LABELS[name]
    if name in KEY_LABELS:
        return KEY_LABELS[name]
    if len(name) == 3 and name[0] == "[" and name[2] == "]":
        return f"Num {name[1]}"  # pygame's keypad names: "[0]" .. "[9]", "[.]"
    return name.upper() if len(name) == 1 else name.title()


def control_hints(bindings: Bindings, with_pad: bool) -> dict[str, str]:
    """Each rebindable action's main control as a player reads it ("E", or "E / B" with a pad),
    by lower-case action name: what the "{interact}" in a caption becomes."""
    hints = {}
    for action in REBINDABLE:
        labels = [key_label(c) for c in bindings.keys.get(action, [])[:1]]
        if with_pad:
            labels += [key_label(c) for c in bindings.pad.get(action, [])[:1]]
        hints[action.name.lower()] = " / ".join(labels) or "unbound"
    return hints


def join_keys(bindings_two: Bindings, with_pad: bool) -> str:
    """What player two presses to drop in: his Start key, and his pad's Start when a pad is there."""
    return control_hints(bindings_two, with_pad)["pause"]


@dataclass
class RebindOutcome:
    """What a rebind did to *other* actions, so the options screen can tell the player."""

    moved_from: list[Action] = field(default_factory=list)  # lost the control, still have others
    swapped: list[tuple[Action, str]] = field(default_factory=list)  # lost it, got this one in exchange
    unbound: list[Action] = field(default_factory=list)  # lost it and had nothing to get back


PLAYERS = 2  # players with bindings of their own


@dataclass
class Bindings:
    """One player's controls: his keys and his pad's buttons.  ``player`` 0 or 1 picks the defaults."""

    keys: dict[Action, list[str]] = field(default_factory=lambda: {a: list(v) for a, v in DEFAULT_KEYS.items()})
    pad: dict[Action, list[str]] = field(default_factory=lambda: {a: list(v) for a, v in DEFAULT_PAD.items()})
    player: int = 0

    @classmethod
    def for_player(cls, player: int) -> Bindings:
        """Player one's or player two's default controls (their pads are laid out alike)."""
        keys = DEFAULT_KEYS_TWO if player == 1 else DEFAULT_KEYS
        return cls({a: list(v) for a, v in keys.items()}, {a: list(v) for a, v in DEFAULT_PAD.items()}, player)

    # --- lookups used by the live input source -------------------------------------------
    def actions_for_key(self, key_name: str) -> list[Action]:
        return [a for a, names in self.keys.items() if key_name in names]

    def actions_for_pad(self, control: str) -> list[Action]:
        return [a for a, names in self.pad.items() if control in names]

    # --- remapping ---------------------------------------------------------------------
    def table(self, device: str) -> dict[Action, list[str]]:
        """The bindings of one device: "keys" or "pad"."""
        return self.keys if device == "keys" else self.pad

    @staticmethod
    def is_reserved(control: str, device: str) -> bool:
        """True for the controls a player cannot rebind (see ``RESERVED``)."""
        return control in RESERVED[device]

    def conflicts(self, action: Action, control: str, device: str = "keys") -> list[Action]:
        """Other rebindable actions already using ``control`` on ``device``."""
        table = self.table(device)
        return [a for a in REBINDABLE if a != action and control in table.get(a, [])]

    def rebind(self, action: Action, control: str, device: str = "keys") -> RebindOutcome:
        """Make ``control`` the binding of ``action`` on ``device``, replacing what it had there.

        Two things stay: a reserved control (Escape stays on Pause) and, on a
        pad, a stick direction (rebinding Left to a shoulder button must not
        take the left stick's steering away; a stick is not a button).

        A control bound to another gameplay action would make two actions fire
        at once, so it is taken from them.  If that leaves one with nothing on
        this device, the two actions swap: it gets ``action``'s previous main
        control.  Swapping beats refusing (the player asked for this control)
        and beats leaving it unbound (a control that does nothing is easy to
        miss until a level needs it).  Whatever happened is returned so the
        screen can say so.
        """
        if self.is_reserved(control, device):
            raise ValueError(f"{control!r} is reserved and cannot be rebound")
        table = self.table(device)
        previous = [c for c in table.get(action, []) if c != control]
        outcome = RebindOutcome()
        for other in self.conflicts(action, control, device):
            table[other] = [c for c in table[other] if c != control]
            spare = next((c for c in previous if not self.is_reserved(c, device)), None)
            if table[other]:
                outcome.moved_from.append(other)
            elif spare is not None:
                previous.remove(spare)
                table[other] = [spare]
                outcome.swapped.append((other, spare))
            else:
                outcome.unbound.append(other)
        kept = [c for c in previous if self.is_reserved(c, device) or (device == "pad" and _is_stick(c))]
        table[action] = self._capped([control, *kept], device)
        return outcome

    def _capped(self, controls: list[str], device: str) -> list[str]:
        """At most ``MAX_CONTROLS``, dropping from the end (the oldest spares) but never a reserved one."""
        kept = list(controls)
        for control in reversed(controls):
            if len(kept) <= MAX_CONTROLS:
                break
            if not self.is_reserved(control, device):
                kept.remove(control)
        return kept

    def _restore_reserved(self) -> None:
        """Put reserved controls back on player one's actions, and keep them off player two's.

        Older versions let Pause be rebound away from Escape; a settings file
        saved then must not leave the player unable to pause.  Nothing else in
        the file is changed, so every other binding the player made still works.
        Escape is player one's: were it player two's too, it would stop pausing
        for player one whenever player two plays on the keyboard.
        """
        if self.player != 0:
            for device, reserved in RESERVED.items():
                for controls in self.table(device).values():
                    controls[:] = [c for c in controls if c not in reserved]
            return
        for device, reserved in RESERVED.items():
            table = self.table(device)
            for control, actions in reserved.items():
                for action in actions:
                    if control not in table.setdefault(action, []):
                        table[action].append(control)

    def reset(self) -> None:
        fresh = Bindings.for_player(self.player)
        self.keys, self.pad = fresh.keys, fresh.pad

    # --- persistence -------------------------------------------------------------------
    def to_json(self) -> dict:
        return {
            "keys": {a.name.lower(): list(v) for a, v in self.keys.items()},
            "pad": {a.name.lower(): list(v) for a, v in self.pad.items()},
        }

    @classmethod
    def from_json(cls, data: dict, player: int = 0) -> Bindings:
        """Read saved bindings; unknown actions are ignored, missing ones keep the player's defaults."""
        b = cls.for_player(player)
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
                if action not in DEFAULT_KEYS:
                    continue  # not a control a player binds (LEAVE comes from the pause menu)
                if not isinstance(controls, list) or not all(isinstance(c, str) for c in controls):
                    raise ValueError(f"bindings.{table_name}.{name} must be a list of names")
                table[action] = list(controls)
        b._restore_reserved()
        return b


def _is_stick(control: str) -> bool:
    """A stick direction ("leftx-", "righty+"), as opposed to a button or a trigger."""
    return control[:-1] in ("leftx", "lefty", "rightx", "righty") and control[-1] in "+-"
