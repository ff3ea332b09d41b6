"""Live input: pygame keyboard and game-controller events -> snapshots per update.

Gamepads may be plugged in or pulled out at any time.  SDL reports a new pad
by *device index* but later events (buttons, removal) by *instance id*, so
pads are kept by instance id, and every held control remembers its device.
That is what gives each player slot its own devices, and each device reads its
own player's bindings.  The keyboard is player one's, except for player two's
half of it (``bindings.DEFAULT_KEYS_TWO``: the arrows and the keys around them)
once player two has joined on it by pressing his Enter: from then on every key
in player two's table drives player two (``KEYBOARD_TWO``), until he leaves.
A pad is player one's from its first press, unless that press is Start while a
second player could join: then it is player two's, and the Start joins him
(``free_seat``; a second player who leaves puts his pad or his keys on the
bench until their Start joins again).  A game started for two gives the first
pad to player two, or player two's keys when there is no pad.  Menus answer
every device.

Losing a pad sets ``device_lost`` (and ``lost_slot``) so the level can pause
rather than let a player die with no controls; only that pad's controls are
let go, so the other player's held keys are untouched.  The frame in which a
pad is lost carries no new presses (from before or after the removal), so a
button that went down with it cannot answer the pause menu the removal opens
(Start or A would close it again in the same update).
"""

from __future__ import annotations

import logging

import pygame

from game.input.actions import Action, InputSnapshot, merge
from game.input.bindings import PAD_AXES, PAD_BUTTONS, Bindings, axis_control

log = logging.getLogger(__name__)

AXIS_ON = 16000  # of 32767: a stick pushed about halfway counts as held
AXIS_OFF = 9000  # hysteresis so a stick resting near the threshold does not flicker
TRIGGER_ON = 12000
CAPTURE_AXIS = round(0.6 * 32767)  # rebinding wants a deliberate push, not a stick resting off-centre

_BUTTON_NAMES = {v: k for k, v in PAD_BUTTONS.items()}
_AXIS_NAMES = {v: k for k, v in PAD_AXES.items()}


def pressed_control(event: pygame.event.Event) -> tuple[str, str] | None:
    """The ``(device, control)`` a press in ``event`` names, as the bindings name it, else None.

    For the rebinding screen: a key, a pad button, or a stick or trigger pushed
    past ``CAPTURE_AXIS`` ("leftx-", "triggerright").  ``device`` is "keys" or "pad".
    """
    if event.type == pygame.KEYDOWN:
        return "keys", pygame.key.name(event.key)
    if event.type == pygame.CONTROLLERBUTTONDOWN:
        name = _BUTTON_NAMES.get(event.button)
        return ("pad", name) if name else None
    if event.type == pygame.CONTROLLERAXISMOTION and abs(event.value) > CAPTURE_AXIS:
        axis = _AXIS_NAMES.get(event.axis)
        return ("pad", axis_control(axis, event.value)) if axis else None
    return None


def _controller_module():
    try:
        from pygame._sdl2 import controller
    except ImportError:  # pragma: no cover - very old pygame builds
        return None
    return controller


class LiveInput:
    """Turns device events into action snapshots; the only place that knows about devices."""

    KEYBOARD = -1  # the keyboard's device id; pads use their SDL instance ids (0 and up)
    KEYBOARD_TWO = -2  # player two's half of the keyboard, once he has joined on it

    def __init__(self, bindings: Bindings, bindings_two: Bindings | None = None) -> None:
        self.bindings = bindings
        self.tables = (bindings, bindings_two if bindings_two is not None else Bindings.for_player(1))
        self._held: set[tuple[int, str]] = set()  # (device, "key:<name>" / "pad:<control>")
        self._pressed: dict[int, int] = {}  # device -> action bits newly pressed since the last frame
        self._pads: dict[int, object] = {}
        self._pad_order: list[int] = []  # instance ids in the order the pads came
        self.pad_slot: dict[int, int] = {}  # pad -> the slot it drives, or BENCHED; none yet: player one's
        self.seats = 1  # snapshots per update in ``slot_frames`` (2 in play: a second player may join)
        self.free_seat = False  # a Start from a new pad joins now (the play scene says so each update)
        self._pad_for_two = False  # a game started for two: the first pad is player two's
        self._keys_for_want_of_pad = False  # ...and until one comes, player two plays on the keyboard
        self.device_lost = False
        self.lost_slot: int | None = None  # whose pad went, for the pause screen
        self._presses_dropped = False  # a pad was lost this frame: no new presses until next_frame
        self.slot_frames: list[InputSnapshot] = [InputSnapshot()]  # this update's snapshot per slot

    # --- devices ------------------------------------------------------------------------
    def open_pads(self) -> None:
        """Open every game controller already connected (call once after pygame.init)."""
        ctl = _controller_module()
        if ctl is None:
            return
        try:
            ctl.init()
            for index in range(ctl.get_count()):
                if ctl.is_controller(index):
                    self._open_pad(index)
        except pygame.error as exc:
            log.info("game controllers unavailable: %s", exc)

    def _open_pad(self, device_index: int) -> None:
        ctl = _controller_module()
        if ctl is None:
            return
        try:
            pad = ctl.Controller(device_index)
        except (pygame.error, IndexError) as exc:
            log.warning("could not open gamepad %s: %s", device_index, exc)
            return
        instance_id = pad.as_joystick().get_instance_id()
        self._pads[instance_id] = pad
        self._known_pad(instance_id)
        log.info("gamepad connected: %s", pad.name)

    @property
    def pad_count(self) -> int:
        return len(self._pads)

    def _known_pad(self, instance_id: int) -> None:
        if instance_id not in self._pad_order:
            self._pad_order.append(instance_id)
            if self._pad_for_two and self.pad_slot.get(self.KEYBOARD_TWO) == 1 and self._keys_for_want_of_pad:
                self.pad_slot.pop(self.KEYBOARD_TWO)  # he had the keys only until a pad came
                self._held = {(d, c) for d, c in self._held if d != self.KEYBOARD_TWO}
            self._keys_for_want_of_pad = False
            if self._pad_for_two and 1 not in self.pad_slot.values() and instance_id not in self.pad_slot:
                self.pad_slot[instance_id] = 1  # a game for two: the first pad that comes is player two's

    BENCHED = -1  # a pad whose player left: it drives nobody until its Start joins again

    def slot_of(self, device: int) -> int:
        """Which player a device drives (BENCHED: nobody); the keyboard and unclaimed pads, player one."""
        if device == self.KEYBOARD:
            return 0
        if device == self.KEYBOARD_TWO:
            return self.pad_slot.get(device, self.BENCHED)
        return self.pad_slot.get(device, 0)

    @property
    def keyboard_two(self) -> bool:
        """Player two plays on his half of the keyboard."""
        return self.pad_slot.get(self.KEYBOARD_TWO) == 1

    def _bindings_of(self, device: int) -> Bindings:
        """The bindings a device reads: player two's for his keys and his pad (or a benched pad)."""
        if device == self.KEYBOARD:
            return self.tables[0]
        return self.tables[1] if self.slot_of(device) in (1, self.BENCHED) else self.tables[0]

    def start_play(self, players: int) -> None:
        """A level begins with ``players`` in it: two seats, and a game for two gives player two a pad
        (or, with no pad, his half of the keyboard)."""
        self.seats = 2
        self._pad_for_two = players > 1
        if players > 1 and 1 not in self.pad_slot.values():
            free = [p for p in self._pad_order if self.pad_slot.get(p) != 0] or self._pad_order
            if free:
                self.pad_slot[free[0]] = 1
            else:
                self.pad_slot[self.KEYBOARD_TWO] = 1
                self._keys_for_want_of_pad = True

    def bench(self, slot: int) -> None:
        """That player left: his pads drive nobody until one of them presses Start again."""
        for pad, s in list(self.pad_slot.items()):
            if s == slot:
                self.pad_slot[pad] = self.BENCHED
        self._held = {(d, c) for d, c in self._held if self.slot_of(d) != self.BENCHED}

    def _claim(self, pad: int, control: str) -> None:
        """A pad's first press in play decides whose it is (see the module's docstring)."""
        state = self.pad_slot.get(pad)
        if state not in (None, self.BENCHED) or not self.free_seat:
            return
        if Action.PAUSE in self._actions_in(self.tables[1], control) and 1 not in self.pad_slot.values():
            self.pad_slot[pad] = 1
        elif state is None:
            self.pad_slot[pad] = 0

    # --- events -------------------------------------------------------------------------
    def handle_event(self, event: pygame.event.Event) -> None:
        et = event.type
        kb = self.KEYBOARD
        if et == pygame.KEYDOWN:
            control = "key:" + pygame.key.name(event.key)
            self._press(self._key_device(control), control)
        elif et == pygame.KEYUP:
            control = "key:" + pygame.key.name(event.key)
            self._release(kb, control)
            self._release(self.KEYBOARD_TWO, control)
        elif et == pygame.CONTROLLERBUTTONDOWN:
            name = _BUTTON_NAMES.get(event.button)
            if name:
                self._press(self._pad_of(event), "pad:" + name)
        elif et == pygame.CONTROLLERBUTTONUP:
            name = _BUTTON_NAMES.get(event.button)
            if name:
                self._release(self._pad_of(event), "pad:" + name)
        elif et == pygame.CONTROLLERAXISMOTION:
            self._axis(self._pad_of(event), event.axis, event.value)
        elif et == pygame.CONTROLLERDEVICEADDED:
            self._open_pad(event.device_index)
        elif et == pygame.CONTROLLERDEVICEREMOVED:
            pad = getattr(event, "instance_id", -2)
            slot = self.slot_of(pad)
            self.lost_slot = slot if slot != self.BENCHED else None
            self._pads.pop(pad, None)
            self.pad_slot.pop(pad, None)
            if pad in self._pad_order:
                self._pad_order.remove(pad)
            self._held = {(d, c) for d, c in self._held if d != pad}  # that pad's controls only
            self.device_lost = True
            self._pressed = {}
            self._presses_dropped = True
            log.info("gamepad disconnected (%s)", "nobody's" if slot == self.BENCHED else f"player {slot + 1}'s")
        elif et in (pygame.WINDOWFOCUSLOST,):
            self._held.clear()

    def _key_device(self, control: str) -> int:
        """Whose a key is: player two's if it is in his table and he plays on the keyboard, or if it
        is his Start while his seat is free (that press joins him); else player one's."""
        two = self.tables[1]
        if self.keyboard_two and self._actions_in(two, control):
            return self.KEYBOARD_TWO
        if (self.free_seat and 1 not in self.pad_slot.values() and (self.KEYBOARD_TWO, control) not in self._held
                and Action.PAUSE in self._actions_in(two, control)):
            self.pad_slot[self.KEYBOARD_TWO] = 1
            return self.KEYBOARD_TWO
        return self.KEYBOARD

    def _pad_of(self, event: pygame.event.Event) -> int:
        pad = int(getattr(event, "instance_id", 0))
        self._known_pad(pad)
        return pad

    def _axis(self, pad: int, axis: int, value: int) -> None:
        name = _AXIS_NAMES.get(axis)
        if name is None:
            return
        if name.startswith("trigger"):
            control = "pad:" + name
            if value >= TRIGGER_ON:
                self._press(pad, control)
            elif value < AXIS_OFF:
                self._release(pad, control)
            return
        neg, pos = "pad:" + axis_control(name, -1), "pad:" + axis_control(name, 1)
        if value <= -AXIS_ON:
            self._press(pad, neg)
            self._release(pad, pos)
        elif value >= AXIS_ON:
            self._press(pad, pos)
            self._release(pad, neg)
        elif abs(value) < AXIS_OFF:
            self._release(pad, neg)
            self._release(pad, pos)

    def _press(self, device: int, control: str) -> None:
        if (device, control) in self._held:
            return
        if device >= 0:
            self._claim(device, control)
        self._held.add((device, control))
        if self._presses_dropped:
            return
        for action in self._actions(device, control):
            self._pressed[device] = self._pressed.get(device, 0) | action.bit

    def _release(self, device: int, control: str) -> None:
        self._held.discard((device, control))

    def _actions(self, device: int, control: str):
        return self._actions_in(self._bindings_of(device), control)

    @staticmethod
    def _actions_in(bindings: Bindings, control: str):
        kind, _, name = control.partition(":")
        if kind == "key":
            return bindings.actions_for_key(name)
        return bindings.actions_for_pad(name)

    # --- snapshots ----------------------------------------------------------------------
    def next_frame(self) -> InputSnapshot:
        """The snapshot for one update, every device at once (menus); newly-pressed actions are
        reported once.  The same update's snapshot per player slot is left in ``slot_frames``."""
        seats = max(1, self.seats)
        held = [0] * (seats + 1)  # the last: benched pads, which only menus hear
        pressed = [0] * (seats + 1)
        for device, control in self._held:
            slot = self.slot_of(device)
            for action in self._actions(device, control):
                held[min(slot, seats - 1)] |= action.bit
        for device, bits in self._pressed.items():
            pressed[min(self.slot_of(device), seats - 1)] |= bits
        frames = [InputSnapshot(h | p, p) for h, p in zip(held, pressed)]
        self.slot_frames = frames[:seats]
        self._pressed = {}
        self._presses_dropped = False
        self.free_seat = False  # until the play scene says so again
        return merge(frames)

    def clear(self) -> None:
        """Forget everything held (after a scene change, so a held key does not leak into it)."""
        self._held.clear()
        self._pressed = {}
        self.slot_frames = [InputSnapshot()] * max(1, self.seats)

    def hold_until_released(self, device: str, control: str, pad: int = 0, player: int = 0) -> None:
        """Count a control that is down right now as held, so it is no new press until let go.

        The rebinding screen takes the press itself; without this, a stick the
        player is still pushing keeps sending motion, and the next event would
        press the newly bound action in the menu.
        """
        if device == "keys":
            self._held.add((self.KEYBOARD_TWO if player == 1 and self.keyboard_two else self.KEYBOARD, "key:" + control))
        else:  # ``pad``: the instance id of the pad that pressed it
            self._held.add((pad, "pad:" + control))
