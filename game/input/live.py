"""Live input: pygame keyboard and game-controller events -> one snapshot per update.

Gamepads may be plugged in or pulled out at any time.  SDL reports a new pad
by *device index* but later events (buttons, removal) by *instance id*, so
pads are kept by instance id.  Losing a pad sets ``device_lost`` so the
level can pause rather than let the player die with no controls; the frame in
which a pad is lost carries no new presses (from before or after the removal),
so a button that went down with it cannot answer the pause menu the removal
opens (Start or A would close it again in the same update).
"""

from __future__ import annotations

import logging

import pygame

from game.input.actions import InputSnapshot
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

    def __init__(self, bindings: Bindings) -> None:
        self.bindings = bindings
        self._held: set[str] = set()  # "key:<name>" / "pad:<control>"
        self._pressed = 0
        self._pads: dict[int, object] = {}
        self.device_lost = False
        self._presses_dropped = False  # a pad was lost this frame: no new presses until next_frame

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
        log.info("gamepad connected: %s", pad.name)

    @property
    def pad_count(self) -> int:
        return len(self._pads)

    # --- events -------------------------------------------------------------------------
    def handle_event(self, event: pygame.event.Event) -> None:
        et = event.type
        if et == pygame.KEYDOWN:
            self._press("key:" + pygame.key.name(event.key))
        elif et == pygame.KEYUP:
            self._release("key:" + pygame.key.name(event.key))
        elif et == pygame.CONTROLLERBUTTONDOWN:
            name = _BUTTON_NAMES.get(event.button)
            if name:
                self._press("pad:" + name)
        elif et == pygame.CONTROLLERBUTTONUP:
            name = _BUTTON_NAMES.get(event.button)
            if name:
                self._release("pad:" + name)
        elif et == pygame.CONTROLLERAXISMOTION:
            self._axis(event.axis, event.value)
        elif et == pygame.CONTROLLERDEVICEADDED:
            self._open_pad(event.device_index)
        elif et == pygame.CONTROLLERDEVICEREMOVED:
            self._pads.pop(getattr(event, "instance_id", -1), None)
            self._held = {c for c in self._held if not c.startswith("pad:")}
            self.device_lost = True
            self._pressed = 0
            self._presses_dropped = True
            log.info("gamepad disconnected")
        elif et in (pygame.WINDOWFOCUSLOST,):
            self._held.clear()

    def _axis(self, axis: int, value: int) -> None:
        name = _AXIS_NAMES.get(axis)
        if name is None:
            return
        if name.startswith("trigger"):
            control = "pad:" + name
            if value >= TRIGGER_ON:
                self._press(control)
            elif value < AXIS_OFF:
                self._release(control)
            return
        neg, pos = "pad:" + axis_control(name, -1), "pad:" + axis_control(name, 1)
        if value <= -AXIS_ON:
            self._press(neg)
            self._release(pos)
        elif value >= AXIS_ON:
            self._press(pos)
            self._release(neg)
        elif abs(value) < AXIS_OFF:
            self._release(neg)
            self._release(pos)

    def _press(self, control: str) -> None:
        if control in self._held:
            return
        self._held.add(control)
        if self._presses_dropped:
            return
        for action in self._actions(control):
            self._pressed |= action.bit

    def _release(self, control: str) -> None:
        self._held.discard(control)

    def _actions(self, control: str):
        device, _, name = control.partition(":")
        if device == "key":
            return self.bindings.actions_for_key(name)
        return self.bindings.actions_for_pad(name)

    # --- snapshots ----------------------------------------------------------------------
    def next_frame(self) -> InputSnapshot:
        """The snapshot for one update; newly-pressed actions are reported once."""
        held = 0
        for control in self._held:
            for action in self._actions(control):
                held |= action.bit
        snap = InputSnapshot(held | self._pressed, self._pressed)
        self._pressed = 0
        self._presses_dropped = False
        return snap

    def clear(self) -> None:
        """Forget everything held (after a scene change, so a held key does not leak into it)."""
        self._held.clear()
        self._pressed = 0

    def hold_until_released(self, device: str, control: str) -> None:
        """Count a control that is down right now as held, so it is no new press until let go.

        The rebinding screen takes the press itself; without this, a stick the
        player is still pushing keeps sending motion, and the next event would
        press the newly bound action in the menu.
        """
        self._held.add(("key:" if device == "keys" else "pad:") + control)
