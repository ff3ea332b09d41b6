"""Set pieces made of data: the ``event`` object, and every condition and action it may carry.

The grammar, the registry and the load-time checks are in game/level/script.py.
Here each condition and action is a small registered class: its word, its
typed arguments, and what it reads or does in play.  Add one by writing a
class beside these with ``@condition`` or ``@action``; the loader and ``check-levels``
take it from there (and a test asks for it in the README's table of words).

Set pieces run inside ``World.step``: after every entity has updated and the
physics has stepped, the world's ``Script`` counts its timers down, then asks
each event, in map order, whether all its conditions hold; an event whose
conditions have come to hold runs its actions in number order.  Nothing
here reads the clock or the input, so a replay runs a set piece the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.entities.base import Entity
from game.entities.hero import CHARACTERS, hero_class
from game.level.data import LevelObject, Rect
from game.level.kinds import FLAG, KINDS, TEXT, TRACK, Kind, Number, OneOf, declare
from game.level.script import (
    ACTION_PROPS,
    CONDITION_PROPS,
    Action,
    Arg,
    Condition,
    Ref,
    action,
    condition,
    event_lines,
)
from game.t1000.body import STATES
from game.t1000.brain import ORDERS

if TYPE_CHECKING:
    from game.world.world import World

T1000_STATES = tuple(s for s in STATES if s != "dead")  # a destroyed one is gone: ask ``killed``
SECONDS = Number(above=0, at_most=3600)
CAPTION_SECONDS = Number(above=0, at_most=60)
PERCENT = Number(above=0, at_most=100)
PHASE = Number(whole=True, at_least=1, at_most=5)
HERO_WEAPONS = ("none", "sedative", "rifle")  # what ``control`` may put in a new hero's hands (Sarah's)
SCROLL_SPEED = Number(above=0, at_most=600)  # px/s: a brisk run is about 150


class Script:
    """What the map's set pieces share: timers, flags, the camera lock they set, in one place the
    world steps and hashes (``world.script``; None in a map without events)."""

    def __init__(self) -> None:
        self.pieces: list[SetPiece] = []
        self.timers: dict[str, float] = {}  # name -> seconds left (0: done)
        self.flags: set[str] = set()
        self.locked: Rect | None = None
        self.objective: tuple[str, Rect | None] | None = None  # the HUD's current goal (game/entities/objectives.py)
        self.shown_timer: tuple[str, str] | None = None  # (timer, label) the HUD counts down
        # ``control``: each hero set aside while another is played, by character, with the one who
        # stepped out of play for the hero now played (or None): (hero, stand-in)
        self.bench: dict[str, tuple[Entity, Entity | None]] = {}

    def update(self, world: World, dt: float) -> None:
        for name, left in self.timers.items():
            if left > 0:
                self.timers[name] = 0.0 if left <= dt * 1.5 else left - dt  # whole steps: no float drift
        for piece in list(self.pieces):
            piece.evaluate(world)

    def hash_state(self) -> tuple:
        state = (tuple((k, round(v, 4)) for k, v in self.timers.items()), tuple(sorted(self.flags)),
                 None if self.locked is None else tuple(vars(self.locked).values()))
        if self.objective is not None or self.shown_timer is not None:  # maps without objectives hash as before
            state = (*state, None if self.objective is None else self.objective[0], self.shown_timer)
        if self.bench:  # and without a hero set aside (``control``)
            state = (*state, tuple(sorted(self.bench)))
        return state


class SetPiece(Entity):
    """An ``event`` object: when all its conditions hold, it runs its actions.

    It fires once; with ``repeat = true`` it fires again each time its
    conditions come to hold after not holding (entering an area again, a
    flag set again), never on every update while they hold.
    """

    kind = "event"

    def __init__(self, obj: LevelObject) -> None:
        super().__init__(obj.rect.center[0], obj.rect.bottom)
        self.obj = obj
        self.rect = obj.rect
        self.name = obj.name
        conds, acts = event_lines(obj)  # checked at load, so this cannot fail here
        self.conditions = [c for _, c in conds]
        self.actions = [a for _, a in acts]
        self.repeat = bool(obj.prop("repeat", False))
        self.fired = 0
        self.held = False

    def added(self, world: World) -> None:
        if world.script is None:
            world.script = Script()
        world.script.pieces.append(self)

    def remove(self, world: World) -> None:
        if world.script is not None and self in world.script.pieces:
            world.script.pieces.remove(self)

    def evaluate(self, world: World) -> None:
        if self.fired and not self.repeat:
            return
        holds = all(c.holds(world, self) != c.negated for c in self.conditions)
        if holds and not self.held:
            self.fired += 1
            for a in self.actions:
                a.run(world, self)
                if world.outcome:
                    break
        self.held = holds

    def hash_state(self) -> tuple:
        return (self.kind, self.obj.id, self.fired, self.held)


# --- helpers the words share ------------------------------------------------------------------

def _named(world: World, name: str) -> list[Entity]:
    return world.find(name)


def _dormant(world: World, name: str) -> bool:
    return name in world.dormant


def _area(world: World, event: SetPiece, name: str | None) -> Rect:
    """The event's own rectangle, or the first object of that name with a size."""
    if name is None:
        return event.rect
    return next(o.rect for o in world.level.objects if o.name == name and o.rect.w > 0 and o.rect.h > 0)


def _needs_area(event: LevelObject, arg: str | None) -> str | None:
    if arg is None and not (event.rect.w > 0 and event.rect.h > 0):
        return "needs an area: draw the event as a rectangle, or name an area"
    return None


def _bosses(world: World, name: str) -> list:
    found = [t for t in (*world.t1000s, *world.entities) if t.name == name and getattr(t, "boss", False) and t.alive]
    return list(dict.fromkeys(found))


def _gone_for_good(world: World, name: str, bosses: list) -> bool:
    """A boss of that name was in play and none is left: it was destroyed."""
    return not bosses and not _dormant(world, name) and not _named(world, name)


# --- conditions -------------------------------------------------------------------------------

@condition
class PlayersInside(Condition):
    """A living player is inside the event's area (or the named area)."""

    word = "players_inside"
    args = (Arg("area", Ref(area=True), optional=True),)

    def problem(self, event: LevelObject) -> str | None:
        return _needs_area(event, self.area)

    def holds(self, world: World, event: SetPiece) -> bool:
        r = _area(world, event, self.area)
        return bool(world.players_in((r.x, r.y, r.w, r.h)))


@condition
class Inside(Condition):
    """Something of that name in play (a vehicle, a person) is inside the event's area (or the named area)."""

    word = "inside"
    args = (Arg("name", Ref()), Arg("area", Ref(area=True), optional=True))

    def problem(self, event: LevelObject) -> str | None:
        return _needs_area(event, self.area)

    def holds(self, world: World, event: SetPiece) -> bool:
        r = _area(world, event, self.area)
        return any(e.alive and r.contains(e.x, e.y - 1) for e in _named(world, str(self.name)))


@condition
class T1000State(Condition):
    """A T-1000 of that name is in that state (frozen, shattered, melting...)."""

    word = "t1000_state"
    args = (Arg("name", Ref(kinds=("t1000",))), Arg("state", OneOf(T1000_STATES)))

    def holds(self, world: World, event: SetPiece) -> bool:
        return any(t.name == self.name and t.alive and t.state == self.state for t in world.t1000s)


@condition
class TimerDone(Condition):
    """The timer of that name was started and has run out."""

    word = "timer_done"
    args = (Arg("name", Ref(space="timer")),)

    def holds(self, world: World, event: SetPiece) -> bool:
        return world.script.timers.get(self.name, 1.0) <= 0


@condition
class FlagSet(Condition):
    """The flag of that name is set."""

    word = "flag_set"
    args = (Arg("name", Ref(space="flag")),)

    def holds(self, world: World, event: SetPiece) -> bool:
        return world.flag(self.name)


@condition
class Down(Condition):
    """Everyone of that name in play is out of the fight: knocked out, disarmed, wounded, killed,
    or (a T-1000) destroyed.  Not before one has been woken or spawned."""

    word = "down"
    args = (Arg("name", Ref()),)

    def holds(self, world: World, event: SetPiece) -> bool:
        named = _named(world, self.name)
        if not named:
            return not _dormant(world, self.name)  # never brought into play is not down; gone is
        return all(not e.alive or getattr(e, "is_down", False) for e in named)


@condition
class Killed(Condition):
    """Everyone of that name is dead (a human casualty) or, a T-1000, destroyed.  A person
    knocked out is not killed: use ``down`` for "out of the fight"."""

    word = "killed"
    args = (Arg("name", Ref()),)

    def holds(self, world: World, event: SetPiece) -> bool:
        named = _named(world, self.name)
        if not named:
            return not _dormant(world, self.name)
        return all(not e.alive or e.state == "dead" for e in named)


@condition
class BossHealthBelow(Condition):
    """The boss of that name has less than that percentage of its health left (destroyed: 0)."""

    word = "boss_health_below"
    args = (Arg("name", Ref(kinds=("t1000",), boss=True)), Arg("percent", PERCENT))

    def holds(self, world: World, event: SetPiece) -> bool:
        bosses = _bosses(world, self.name)
        if not bosses:
            return _gone_for_good(world, self.name, bosses)
        return any(b.health * 100 < self.percent * b.max_health for b in bosses)


@condition
class BossPhase(Condition):
    """The boss of that name has reached that phase (a destroyed boss has reached them all)."""

    word = "boss_phase"
    args = (Arg("name", Ref(kinds=("t1000",), boss=True)), Arg("phase", PHASE))

    def holds(self, world: World, event: SetPiece) -> bool:
        bosses = _bosses(world, self.name)
        if not bosses:
            return _gone_for_good(world, self.name, bosses)
        return any(b.phase >= self.phase for b in bosses)


@condition
class Following(Condition):
    """John (the escort of that name) has joined the T-800 and is with him (not waiting, not caught)."""

    word = "following"
    args = (Arg("name", Ref(kinds=("john",))),)

    def holds(self, world: World, event: SetPiece) -> bool:
        return any(getattr(e, "following", False) for e in _named(world, self.name))


@condition
class EscortInside(Condition):
    """John (the escort of that name) is inside the event's area (or the named area)."""

    word = "escort_inside"
    args = (Arg("name", Ref(kinds=("john",))), Arg("area", Ref(area=True), optional=True))

    def problem(self, event: LevelObject) -> str | None:
        return _needs_area(event, self.area)

    def holds(self, world: World, event: SetPiece) -> bool:
        r = _area(world, event, self.area)
        return any(getattr(e, "following", False) and r.contains(e.x, e.y - 1) for e in _named(world, self.name))


@condition
class Wounded(Condition):
    """Everyone of that name in play is wounded: shot and down, but alive (not knocked out, not killed)."""

    word = "wounded"
    args = (Arg("name", Ref()),)

    def holds(self, world: World, event: SetPiece) -> bool:
        named = _named(world, self.name)
        return bool(named) and all(e.alive and e.state == "wounded" for e in named)


@condition
class InView(Condition):
    """One of that name is on screen, alive, and a living player can see them (no wall between)."""

    word = "in_view"
    args = (Arg("name", Ref()),)

    def holds(self, world: World, event: SetPiece) -> bool:
        cam = world.camera
        for e in _named(world, self.name):
            if not e.alive or not (cam.x <= e.x <= cam.x + cam.view_w and cam.y <= e.y - 20 <= cam.y + cam.view_h):
                continue
            eyes = (e.x, e.y - getattr(e, "HEIGHT", 30.0) * 0.8)
            if any(world.line_of_sight((p.x, p.y - 30), eyes) for p in world.living_players()):
                return True
        return False


# --- actions ----------------------------------------------------------------------------------

@action
class Caption(Action):
    """Show a line (``{fire}``, ``{interact}``... become the player's own keys) for that many seconds."""

    word = "caption"
    args = (Arg("text", TEXT), Arg("seconds", CAPTION_SECONDS, optional=True, default=4.0))

    def run(self, world: World, event: SetPiece) -> None:
        world.show_caption(str(self.text), float(self.seconds))


@action
class Music(Action):
    """Change the level's music to that track (a calm mall turning into a chase, a boss's next phase)."""

    word = "music"
    args = (Arg("track", TRACK),)

    def run(self, world: World, event: SetPiece) -> None:
        world.music = str(self.track)
        world.emit("music", world.music)


@action
class T1000Order(Action):
    """Give the T-1000s of that name an order: hunt, sleep, a form (puddle, blob, policeman), blade."""

    word = "t1000_order"
    args = (Arg("name", Ref(kinds=("t1000",))), Arg("order", OneOf(ORDERS)))

    def run(self, world: World, event: SetPiece) -> None:
        for t in world.t1000s:
            if t.name == self.name:
                t.command(str(self.order))


@action
class LockCamera(Action):
    """Hold the camera on the event's area (or the named area)."""

    word = "lock_camera"
    args = (Arg("area", Ref(area=True), optional=True),)

    def problem(self, event: LevelObject) -> str | None:
        return _needs_area(event, self.area)

    def run(self, world: World, event: SetPiece) -> None:
        world.script.locked = world.camera_lock = _area(world, event, self.area)


@action
class UnlockCamera(Action):
    """Let the camera follow again (only a lock an event set: an arena keeps its own)."""

    word = "unlock_camera"

    def run(self, world: World, event: SetPiece) -> None:
        if world.script.locked is not None and world.camera_lock is world.script.locked:
            world.camera_lock = None
        world.script.locked = None


@action
class ScrollCamera(Action):
    """Scroll the view right by itself at ``speed`` px/s, to the right edge of the event's area
    (or the named area): laggards are pushed, a player pinned against a wall loses a life."""

    word = "scroll_camera"
    args = (Arg("speed", SCROLL_SPEED), Arg("area", Ref(area=True), optional=True))

    def problem(self, event: LevelObject) -> str | None:
        return _needs_area(event, self.area)

    def run(self, world: World, event: SetPiece) -> None:
        world.camera.start_scroll(float(self.speed), _area(world, event, self.area).right)


@action
class StopCamera(Action):
    """Stop a scroll where the view is; the camera follows the players again."""

    word = "stop_camera"

    def run(self, world: World, event: SetPiece) -> None:
        world.camera.stop_scroll()


@action
class StartTimer(Action):
    """Start (or restart) the timer of that name; ``timer_done`` holds when it runs out."""

    word = "start_timer"
    args = (Arg("name", Ref(space="timer", defines=True)), Arg("seconds", SECONDS))

    def run(self, world: World, event: SetPiece) -> None:
        world.script.timers[str(self.name)] = float(self.seconds)


@action
class SetFlag(Action):
    """Set the flag of that name (``flag_set`` holds from now on)."""

    word = "set_flag"
    args = (Arg("name", Ref(space="flag", defines=True)),)

    def run(self, world: World, event: SetPiece) -> None:
        world.script.flags.add(str(self.name))


@action
class ClearFlag(Action):
    """Clear the flag of that name."""

    word = "clear_flag"
    args = (Arg("name", Ref(space="flag")),)

    def run(self, world: World, event: SetPiece) -> None:
        world.script.flags.discard(str(self.name))


@action
class Wake(Action):
    """Bring the dormant objects of that name into play (once; as a spawner does)."""

    word = "wake"
    args = (Arg("name", Ref(dormant=True)),)

    def run(self, world: World, event: SetPiece) -> None:
        from game.world.spawn import wake

        wake(world, str(self.name))


@action
class Spawn(Action):
    """Bring a new copy of each dormant object of that name into play (each time it runs: waves)."""

    word = "spawn"
    args = (Arg("name", Ref(dormant=True)),)

    def run(self, world: World, event: SetPiece) -> None:
        for obj in world.level.objects:
            kind = KINDS[obj.kind]
            if obj.name == self.name and obj.prop("dormant", False) and kind.make is not None:
                entity = kind.make(world, obj)
                entity.name = obj.name
                world.add(entity)


SENDABLE = ("john", "dyson", "dyson_wife", "dyson_son", "t800_ally", "john_ally", "ally", "wounded_sarah", "doctor")  # the kinds that walk where they are sent


@action
class Send(Action):
    """Send John (the escort of that name) running to the middle of the event's area (or the
    named area), to wait there for the T-800; or another who goes where sent (``SENDABLE``)."""

    word = "send"
    args = (Arg("name", Ref(kinds=SENDABLE)), Arg("area", Ref(area=True), optional=True))

    def problem(self, event: LevelObject) -> str | None:
        return _needs_area(event, self.area)

    def run(self, world: World, event: SetPiece) -> None:
        x = _area(world, event, self.area).center[0]
        for e in _named(world, self.name):
            if hasattr(e, "send"):
                e.send(x)


@action
class Visit(Action):
    """Walk one who visits (Dyson's wife or son) over to the middle of the event's area (or the named
    area) to stand there that many seconds, a coffee at his desk, then potter on about the house."""

    word = "visit"
    args = (Arg("name", Ref(kinds=("dyson_wife", "dyson_son"))), Arg("seconds", SECONDS),
            Arg("area", Ref(area=True), optional=True))

    def problem(self, event: LevelObject) -> str | None:
        return _needs_area(event, self.area)

    def run(self, world: World, event: SetPiece) -> None:
        x = _area(world, event, self.area).center[0]
        for e in _named(world, self.name):
            if hasattr(e, "visit"):
                e.visit(x, float(self.seconds))


class _ShutterAction(Action):
    """Roll the shutter of that name down or up (``move`` names the Shutter's method)."""

    args = (Arg("name", Ref(kinds=("shutter", "sluice_gate"))),)
    move = ""

    def run(self, world: World, event: SetPiece) -> None:
        for e in _named(world, self.name):
            getattr(e, self.move)(world)


@action
class CloseShutter(_ShutterAction):
    """Roll down the shutter of that name: solid but for a gap at the floor the liquid metal flows under
    (a sluice gate: start it down, a gap that closes)."""

    word = "close_shutter"
    move = "close"


@action
class OpenShutter(_ShutterAction):
    """Roll the shutter of that name back up: the way through is clear again."""

    word = "open_shutter"
    move = "open"


@action
class HoldFire(Action):
    """From now on the players' triggers do nothing and their hands shake (a scene of restraint):
    every player's ``trigger_locked`` is set, and stays set."""

    word = "hold_fire"

    def run(self, world: World, event: SetPiece) -> None:
        for p in world.players:
            p.trigger_locked = True


@action
class BreakGlass(Action):
    """Shatter the glass panes of that name (``glass``): the way through is open."""

    word = "break_glass"
    args = (Arg("name", Ref(kinds=("glass",))),)

    def run(self, world: World, event: SetPiece) -> None:
        for e in _named(world, self.name):
            if hasattr(e, "shatter"):
                e.shatter(world)


@action
class EndLevel(Action):
    """The level is won, as at an exit (``next``: the level that follows, as an exit's)."""

    word = "end_level"
    args = (Arg("next", TEXT, optional=True),)

    def run(self, world: World, event: SetPiece) -> None:
        world.outcome = "completed"
        world.next_level = None if self.next is None else str(self.next)
        world.sound("level_complete")


@action
class SetBossPhase(Action):
    """Put the boss of that name into that phase now (its health stays as it is)."""

    word = "boss_phase"
    args = (Arg("name", Ref(kinds=("t1000",), boss=True)), Arg("phase", PHASE))

    def run(self, world: World, event: SetPiece) -> None:
        for boss in _bosses(world, str(self.name)):
            boss.enter_phase(world, int(self.phase))


@action
class EmergencyPower(Action):
    """The T-1000 beats the T-800 down: every player shuts down a few seconds, then restarts
    crippled on that many seconds of emergency power; the grenade launcher stops the clock, and a
    T-800 whose power runs out loses a life (and restarts at the checkpoint on a fresh reserve)."""

    word = "emergency_power"
    args = (Arg("seconds", SECONDS),)

    def run(self, world: World, event: SetPiece) -> None:
        for p in world.living_players():
            p.power_down(world, float(self.seconds))


@action
class T1000Move(Action):
    """Put the T-1000s of that name, standing, at the bottom middle of the event's area (or the
    named area): where it went while nobody could see (the screen dark, the T-800 shut down)."""

    word = "t1000_move"
    args = (Arg("name", Ref(kinds=("t1000",))), Arg("area", Ref(area=True), optional=True))

    def problem(self, event: LevelObject) -> str | None:
        return _needs_area(event, self.area)

    def run(self, world: World, event: SetPiece) -> None:
        r = _area(world, event, self.area)
        for t in world.t1000s:
            if t.name == self.name and t.alive:
                t.relocate(r.center[0], r.bottom)


@action
class T1000Burn(Action):
    """Set the T-1000s of that name alight for that many seconds: flames ride on the metal, which
    feels nothing.  With a wreck burning in play (the canal's tow truck), it is put in the nearest
    fire, so it walks out of it wherever that burned.  A T-1000 woken by the same event burns too."""

    word = "t1000_burn"
    args = (Arg("name", Ref(kinds=("t1000",))), Arg("seconds", SECONDS))

    def run(self, world: World, event: SetPiece) -> None:
        fires = [e for e in world.entities if e.state == "burning"]  # wrecks burning where they stopped
        for t in world.find(str(self.name)):  # the spawn queue too: woken by this event's last action
            t.burning = float(self.seconds)  # the name is a T-1000's (checked when the map loads)
            if fires:
                t.relocate(min(fires, key=lambda e: abs(e.x - t.x)).x, t.y)


@action
class PlayAs(Action):
    """Player one becomes ``john`` (rides, no gun) or the ``t800``, in the saddle of the named vehicle
    if given (woken if dormant) at the speed of the ride he leaves, which rides on ahead out of sight."""

    word = "play_as"
    args = (Arg("character", OneOf(("john", "t800"))),
            Arg("vehicle", Ref(kinds=("motorcycle", "trail_bike", "truck")), optional=True))

    def run(self, world: World, event: SetPiece) -> None:
        vehicle = None
        if self.vehicle is not None:
            for obj in world.dormant.pop(str(self.vehicle), []):  # woken now: ridden this update
                entity = KINDS[obj.kind].make(world, obj)
                entity.name = obj.name
                world.admit(entity)
            vehicle = next((e for e in _named(world, str(self.vehicle)) if e.alive and e.driver is None), None)
        p = world.player
        if hasattr(p, "play_as"):
            p.play_as(world, str(self.character), vehicle)
        world.emit("play_as", str(self.character))


declare(Kind("event", make=lambda w, o: SetPiece(o), optional={
    **{prop: TEXT for prop in CONDITION_PROPS},
    **{prop: TEXT for prop in ACTION_PROPS},
    "repeat": FLAG,
}, doc="A set piece: conditions cond1..cond8 and actions act1..act8 (game/level/script.py)."))


@action
class Control(Action):
    """Hand player one over to another hero, and back: ``control sarah sarah rifle 6`` makes player one
    a Sarah (that ``character``) standing where the object named ``sarah`` stands (that person steps
    out of play while she is played), holding that weapon with that ammo; the hero played until then
    stays where he lies, out of the player's hands (his own clocks wait).  ``control t800`` hands back
    to the T-800 set aside, and the hero played meanwhile makes way for the one who stepped out."""

    word = "control"
    args = (Arg("character", OneOf(tuple(CHARACTERS))), Arg("name", Ref(), optional=True),
            Arg("weapon", OneOf(HERO_WEAPONS), optional=True, default="none"),
            Arg("ammo", Number(whole=True, at_least=0, at_most=999), optional=True, default=0))

    def run(self, world: World, event: SetPiece) -> None:
        script, now = world.script, world.players[0]
        character = str(self.character)
        if now.kind == character:
            return
        back = script.bench.pop(character, None)
        if back is not None:  # the hero set aside before takes over again
            hero, stand_in = back
            now.alive = False  # the hero played meanwhile leaves the world at the end of the next update
            if stand_in is not None:
                stand_in.place(now.x, now.y)
                stand_in.facing = now.facing
                world.add_body_entity(stand_in, stand_in.body, stand_in.shape)
                world.add(stand_in)
        else:
            spot = next((e for e in _named(world, str(self.name)) if e.alive), None) if self.name else None
            x, y = (spot.x, spot.y) if spot is not None else (now.x, now.y)
            hero = hero_class(character)(world, x, y)
            hero.name = str(self.name) if spot is not None else ""
            hero.facing = spot.facing if spot is not None else now.facing
            if self.weapon != "none" and hasattr(hero, "arm"):
                hero.arm(str(self.weapon), int(self.ammo))
            hero.respawn_point = (x, y)
            world.add(hero)
            if spot is not None:  # the person the hero is steps out of play while played
                spot.remove(world)
                world.entities.remove(spot)
            script.bench[now.kind] = (now, spot)
        hero.slot = 0
        world.players[0] = hero
        world.emit("control", character)
