"""Options: volumes, display and comfort settings, the difficulty, and the controls screen. Saved on leaving."""

from __future__ import annotations

import pygame

from game import assets
from game.difficulty import by_name, next_difficulty
from game.input.actions import REBINDABLE, Action, InputSnapshot
from game.input.bindings import Bindings, RebindOutcome, key_label
from game.input.live import pressed_control
from game.render.text import font
from game.scenes.base import Scene
from game.scenes.menu import Item, Menu, draw_screen
from game.settings import GAME_SPEEDS


def _onoff(value: bool) -> str:
    return "On" if value else "Off"


class OptionsScene(Scene):
    draws_below = False

    def __init__(self, app) -> None:
        super().__init__(app)
        s = app.settings
        self.menu = Menu([
            Item(lambda: f"Sound volume\t{round(s.sound_volume * 100)}%", on_adjust=self._sound),
            Item(lambda: f"Music volume\t{round(s.music_volume * 100)}%", on_adjust=self._music),
            Item(lambda: f"Fullscreen\t{_onoff(s.fullscreen)}", on_adjust=lambda d: app.toggle_fullscreen()),
            Item(lambda: f"Window scale\t{'Auto' if s.scale == 0 else f'{s.scale}x'}", on_adjust=self._scale),
            Item(lambda: f"Screen shake\t{_onoff(s.screen_shake)}", on_adjust=lambda d: self._flip("screen_shake")),
            Item(lambda: f"Reduced flashing\t{_onoff(s.reduced_flashing)}",
                 on_adjust=lambda d: self._flip("reduced_flashing")),
            Item(lambda: f"Vsync\t{_onoff(s.vsync)}", on_adjust=self._vsync),
            Item(lambda: f"Difficulty\t{by_name(s.difficulty).label}", on_adjust=self._difficulty),
            Item(lambda: f"Game speed (assist)\t{s.game_speed}%", on_adjust=self._speed),
            Item("Controls", lambda: app.stack.push(ControlsScene(app))),
            Item("Back", self.back),
        ], on_back=self.back)
        self.menu.sound = app.audio.play

    def _sound(self, d: int) -> None:
        s = self.app.settings
        s.sound_volume = round(min(1.0, max(0.0, s.sound_volume + d * 0.1)), 2)
        self.app.audio.set_volumes(s.sound_volume, s.music_volume)

    def _music(self, d: int) -> None:
        s = self.app.settings
        s.music_volume = round(min(1.0, max(0.0, s.music_volume + d * 0.1)), 2)
        self.app.audio.set_volumes(s.sound_volume, s.music_volume)

    def _scale(self, d: int) -> None:
        """Auto, then 1x up to the largest window that fits this screen, and round again."""
        s = self.app.settings
        s.scale = (s.scale + d) % (self.app.largest_scale() + 1)
        self.app.apply_display()

    def _vsync(self, d: int) -> None:
        self._flip("vsync")
        self.app.apply_display()

    def _difficulty(self, d: int) -> None:
        """Casual, Easy, Normal, Hard and round again; a run already going keeps the one it began at."""
        s = self.app.settings
        s.difficulty = next_difficulty(s.difficulty, d)

    def _speed(self, d: int) -> None:
        """100% or the 75% assist; the app's clock takes it up at once (``App.run``)."""
        s = self.app.settings
        s.game_speed = GAME_SPEEDS[(GAME_SPEEDS.index(s.game_speed) + d) % len(GAME_SPEEDS)]

    def _flip(self, name: str) -> None:
        setattr(self.app.settings, name, not getattr(self.app.settings, name))

    def back(self) -> None:
        self.app.save_settings()
        self.app.stack.pop()

    def fixed_update(self, dt: float, snap: InputSnapshot) -> None:
        self.menu.update(snap)

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        rect = draw_screen(surface, "OPTIONS", (300, 202))
        cx = rect.centerx
        self.menu.draw(surface, cx, rect.top + 14, spacing=16, width=220)
        font().draw(surface, "LEFT/RIGHT change   ESC back", (cx, 330), assets.color("steel", (120, 130, 150)),
                    align="center")


# While the controls screen waits for a new control it takes every device event.
_DEVICE_EVENTS = (pygame.KEYDOWN, pygame.KEYUP, pygame.CONTROLLERBUTTONDOWN, pygame.CONTROLLERBUTTONUP,
                  pygame.CONTROLLERAXISMOTION)


def describe_rebind(action: Action, control: str, outcome: RebindOutcome) -> str:
    """One line telling the player what a rebind did, including to any other action it touched."""
    name = key_label(control)
    if outcome.moved_from:
        parts = [f"{name} moved from {', '.join(a.label for a in outcome.moved_from)} to {action.label}"]
    else:
        parts = [f"{action.label}: {name}"]
    parts += [f"{other.label} swapped to {key_label(given)}" for other, given in outcome.swapped]
    parts += [f"{other.label} now unbound!" for other in outcome.unbound]
    return "; ".join(parts)


# What each action does, shown under the list for the highlighted row: both heroes' moves (the T-800's, Sarah's).
ACTION_HELP = {
    Action.LEFT: "Move. Sarah is quicker and lighter than the T-800.",
    Action.RIGHT: "Move. Sarah is quicker and lighter than the T-800.",
    Action.UP: "Climb a ladder; aim up.",
    Action.DOWN: "Climb down; with Jump, drop through a grate. Sarah: hold to crouch (in a shadow, hide; creeping is silent).",
    Action.JUMP: "Jump; hold it to jump higher. Sarah jumps lower than the T-800.",
    Action.FIRE: "Fire. Sarah: the level's weapon, a sedative jab or the rifle.",
    Action.AIM: "Hold: plant your feet and aim eight ways (Sarah's rifle: its laser sight).",
    Action.ROLL: "Sarah's dodge roll: blows and bullets pass through her.",
    Action.SWITCH: "Switch weapon (shotgun, nitrogen, grenades; Sarah's sedative and rifle).",
    Action.INTERACT: "Punch: knocks out, never kills (Sarah: further with a broom; a doctor, hostage). Next to a vehicle: get on or off.",
    Action.PAUSE: "Pause.",
}


class ControlsScene(Scene):
    """Rebind each action of each player, for the keyboard or the gamepad.

    Player two's keyboard controls are his half of the keyboard (see
    ``bindings.DEFAULT_KEYS_TWO``); a key both players have is player two's
    once he plays on the keyboard, and the notice line says so when a rebind
    makes one.

    A clash takes the control from the other action (swapping if it would be
    left with none) and the notice line says so.  Esc and the pad's Back button
    always cancel a rebind, whichever device is being set up, so a player
    without that device is never stuck waiting.
    """

    wants_raw_input = True

    def __init__(self, app) -> None:
        super().__init__(app)
        self.player = 0  # whose controls: 0 player one, 1 player two
        self.device = "keys"
        self.index = 0
        self.waiting: Action | None = None
        self.notice = ""
        self.rows: list[Action | str] = [*REBINDABLE, "player", "device", "reset", "back"]

    @property
    def bindings(self) -> Bindings:
        return self.app.settings.bindings_of(self.player)

    def raw_event(self, event: pygame.event.Event) -> bool:
        """While waiting for a new control, take the next press on the chosen device. True if consumed."""
        if self.waiting is None:
            return False
        pressed = pressed_control(event)
        if pressed is not None:
            device, control = pressed
            if Bindings.is_reserved(control, device):
                self._stop_waiting("Cancelled")
            elif device == self.device:
                self._stop_waiting(self.bind(self.waiting, control))
                self.app.input.hold_until_released(device, control, getattr(event, "instance_id", 0), self.player)
        return event.type in _DEVICE_EVENTS

    def _stop_waiting(self, notice: str) -> None:
        """Back to the list; keys let go of while waiting never reached the live input, so forget them."""
        self.waiting = None
        self.notice = notice
        self.app.input.clear()

    def bind(self, action: Action, control: str) -> str:
        """Rebind on the current player's device and save; returns the line that tells the player what
        changed (and, for a key the other player has too, whose it is when both play on the keyboard)."""
        outcome = self.bindings.rebind(action, control, self.device)
        self.app.save_settings()
        line = describe_rebind(action, control, outcome)
        other = self.app.settings.bindings_of(1 - self.player)
        if self.device == "keys" and other.actions_for_key(control):
            line += f"; P{2 - self.player} has it too (P2's when P2 plays on the keys)"
        return line

    def fixed_update(self, dt: float, snap: InputSnapshot) -> None:
        if self.waiting is not None:
            return
        if snap.was_pressed(Action.UP):
            self.index = (self.index - 1) % len(self.rows)
        elif snap.was_pressed(Action.DOWN):
            self.index = (self.index + 1) % len(self.rows)
        elif snap.was_pressed(Action.BACK):
            self.app.stack.pop()
        elif snap.was_pressed(Action.CONFIRM) or snap.was_pressed(Action.LEFT) or snap.was_pressed(Action.RIGHT):
            row = self.rows[self.index]
            if row == "player":
                self.player = 1 - self.player
                self.notice = ""
            elif row == "device":
                self.device = "pad" if self.device == "keys" else "keys"
            elif row == "reset":
                self.bindings.reset()
                self.app.save_settings()
                self.notice = f"Player {self.player + 1}'s controls reset to defaults"
            elif row == "back":
                self.app.stack.pop()
            elif snap.was_pressed(Action.CONFIRM):
                self.waiting = row
                what = "key" if self.device == "keys" else "button, stick or trigger"
                self.notice = f"Press a {what} for {row.label}"

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        rect = draw_screen(surface, f"CONTROLS - PLAYER {self.player + 1}", (360, 250), title_y=20, panel_top=46)
        f = font()
        cx = rect.centerx
        gold = assets.color("gold")
        white = assets.color("white")
        table = self.bindings.table(self.device)
        spacing = min(17, 232 // len(self.rows))
        for i, row in enumerate(self.rows):
            y = rect.top + 10 + i * spacing
            colour = gold if i == self.index else white
            if i == self.index:  # a marker as the other menus have, not only a colour
                f.draw(surface, ">", (rect.left + 8, y), gold)
            if isinstance(row, Action):
                f.draw(surface, row.label, (rect.left + 20, y), colour)
                text = "..." if self.waiting == row else ", ".join(key_label(c) for c in table.get(row, []))
                f.draw(surface, text, (rect.right - 20, y), colour, align="right")
            else:
                label = {"player": f"Player: {self.player + 1}",
                         "device": f"Device: {'Keyboard' if self.device == 'keys' else 'Gamepad'}",
                         "reset": "Reset to defaults", "back": "Back"}[row]
                label = f"> {label} <" if i == self.index else label
                f.draw(surface, label, (cx, y), colour, align="center")
        row = self.rows[self.index]
        if self.notice:
            f.draw(surface, self.notice, (cx, 318), white, align="center")
        elif isinstance(row, Action) and row in ACTION_HELP:
            f.draw(surface, ACTION_HELP[row], (cx, 318), assets.color("steel", (120, 130, 150)), align="center")
        hint = "ESC / pad BACK cancel" if self.waiting is not None else "ENTER rebind   ESC back"
        f.draw(surface, hint, (cx, 336), assets.color("steel", (120, 130, 150)), align="center")
