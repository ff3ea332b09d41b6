"""Objectives and countdowns on the HUD, and the set-piece words that drive them.

A level with a plan (Cyberdyne: past the guard, up to the lab, the vault, the charges)
shows the player one goal at a time.  Each goal is an ``objective`` action in an event;
the conditions of the event that shows the next one (a flag set, an area reached, a
timer run out...) are what "reaching" the goal means, so goals are reached in order
without any code of their own.  The objective may name an area: the HUD points at it
when it is off screen, and the autopilot (game/input/autopilot.py) heads for it.

``show_timer`` puts a timer's seconds on the HUD (the charges' countdown), ``lose_life``
is what a countdown costs a player still in the wrong place, ``explode`` is the blast
itself, ``sound`` an alarm or a siren.  All of them are plain data in the map; the HUD
reads ``world.script`` and never changes it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.entities.setpiece import _area, _needs_area
from game.level.kinds import TEXT
from game.level.script import Action, Arg, Ref, action

if TYPE_CHECKING:
    from game.entities.setpiece import SetPiece
    from game.world.world import World

EXPLODE_SPACING = 48.0  # px between the bursts of an ``explode`` across its area
EXPLODE_SHAKE = 10.0


@action
class Objective(Action):
    """Show the player's current goal on the HUD (replacing the last one); with an area, the HUD
    points the way to it and the autopilot goes there."""

    word = "objective"
    args = (Arg("text", TEXT), Arg("area", Ref(area=True), optional=True))

    def run(self, world: World, event: SetPiece) -> None:
        area = None if self.area is None else _area(world, event, str(self.area))
        world.script.objective = (str(self.text), area)
        world.sound("checkpoint")
        world.emit("objective", str(self.text))


@action
class ClearObjective(Action):
    """Take the goal off the HUD (the plan is done)."""

    word = "clear_objective"

    def run(self, world: World, event: SetPiece) -> None:
        world.script.objective = None


@action
class ShowTimer(Action):
    """Count that timer's seconds down on the HUD, under ``label`` (until it runs out or ``hide_timer``)."""

    word = "show_timer"
    args = (Arg("name", Ref(space="timer")), Arg("label", TEXT, optional=True))

    def run(self, world: World, event: SetPiece) -> None:
        world.script.shown_timer = (str(self.name), str(self.label or self.name).upper())


@action
class HideTimer(Action):
    """Take the countdown off the HUD."""

    word = "hide_timer"

    def run(self, world: World, event: SetPiece) -> None:
        world.script.shown_timer = None


@action
class Sound(Action):
    """Play a sound of the game's (``assets/sounds/<name>.wav``): an alarm, a siren."""

    word = "sound"
    args = (Arg("name", TEXT),)

    def problem(self, event) -> str | None:
        from game import assets

        if not (assets.asset_path("sounds") / f"{self.name}.wav").exists():
            return f"'{self.name}' is not one of the game's sounds (assets/sounds)"
        return None

    def run(self, world: World, event: SetPiece) -> None:
        world.sound(str(self.name))


@action
class LoseLife(Action):
    """Every living player inside the event's area (or the named area) loses a life, whatever
    the health left: caught by a blast, a fall, a countdown run out.  They come back at their
    checkpoint."""

    word = "lose_life"
    args = (Arg("area", Ref(area=True), optional=True),)

    def problem(self, event) -> str | None:
        return _needs_area(event, self.area)

    def run(self, world: World, event: SetPiece) -> None:
        r = _area(world, event, self.area)
        for p in world.players_in((r.x, r.y, r.w, r.h)):
            p.lose_life(world)


@action
class Explode(Action):
    """A blast across the event's area (or the named area): fire and smoke, the screen shakes.
    It is a sight and a sound; what it costs is another action's (``lose_life``)."""

    word = "explode"
    args = (Arg("area", Ref(area=True), optional=True),)

    def problem(self, event) -> str | None:
        return _needs_area(event, self.area)

    def run(self, world: World, event: SetPiece) -> None:
        r = _area(world, event, self.area)
        x = r.x + EXPLODE_SPACING / 2
        row = 0
        while x < r.right:
            y = r.bottom - 16 - (row % 3) * r.h / 4
            world.fx("explosion", x, y, 1)
            world.fx("fire", x + 8, r.bottom - 8, 1)
            x += EXPLODE_SPACING
            row += 1
        world.sound("explosion")
        world.add_shake(EXPLODE_SHAKE)
        world.add_hitstop(6)
        world.emit("blast", r.center[0], r.center[1])
