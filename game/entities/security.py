"""Security: locked doors and the keys that open them, barred gates, people who keep watch with a
sight cone, and the alarm they raise.  Built for Pescadero (the hospital) and usable in any level.

- **Keys** (``pickup`` with ``item = keys`` / ``keycard``) are the team's: whichever player walks
  into one, every player carries it (``Security.keys``).  A watchman may carry one (``carries``)
  and drops it when he is knocked out.
- **Doors** (``door``, a rectangle over a doorway) are solid while shut.  A player who walks up
  to one opens it if it needs no key or the team carries its ``key``.  With ``lockdown = true``
  the alarm slams it shut and holds it shut while it rings.
- **Security gates** (``security_gate``) are doors made of bars: people stop at them, bullets
  fly through the gaps, and the liquid metal flows between the bars (its droplets ignore bars,
  as the T-1000 Lab's barred tiles; the T-1000's brain takes the "flow" form when it meets
  them).  ``open_door`` / ``close_door`` set pieces open and shut doors and gates.
- **Watchmen** (``orderly``, ``ward_guard``) patrol and look ahead in a cone: a player in the
  cone whom no wall hides (and who is not ``hiding``, Sarah crouched in a shadow) is noticed
  (a "!" over his head, a short time to get out of sight), then the alarm.  Alerted, he comes
  for the player with his fists or baton.  A blow from behind an unaware watchman knocks him
  out at once; nobody here dies: a knock-out is never a casualty.
- **The alarm** is the world's (``world.security``): it rings ``ALARM_TIME`` seconds after the
  last sighting, closes the lockdown doors, and set pieces react to it (``alarm`` condition;
  ``raise_alarm``, ``quiet_alarm`` actions).  It never ends the level.

Tuning numbers (px, seconds) are the constants below.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pymunk

from game.entities.base import Entity
from game.entities.dyson import Family
from game.entities.humans import Human
from game.level.data import LevelObject, Rect
from game.level.kinds import FACING, FLAG, KEY_ITEMS, Kind, Look, Number, OneOf, declare
from game.level.script import Action, Arg, Condition, Ref, action, condition
from game.world.contacts import Sensing, add_box_sensor, remove_sensors
from game.world.physics import BARS_FILTER, CT, WORLD_FILTER

if TYPE_CHECKING:
    from game.world.world import World

# --- the alarm ----------------------------------------------------------------------------------
ALARM_TIME = 14.0  # s it rings after the last time a watchman saw a player
SIREN_EVERY = 1.1  # s between two wails of the siren while it rings

# --- doors and gates ----------------------------------------------------------------------------
DOOR_REACH = 5.0  # px either side of a door within which a player walking up opens it
BAR_PITCH = 8.0  # px from one bar of a gate to the next
BAR_WIDTH = 3.0  # px: the gaps (5 px) let nobody through; the liquid metal flows through them
KEY_NAMES = {"keys": "the orderly's keys", "keycard": "a key card"}

# --- watchmen -----------------------------------------------------------------------------------
EYE_HEIGHT = 32.0  # px above the feet
CONE_SLOPE = 0.5  # the cone's half-width per px of distance (about 27 degrees either side)
CONE_FLARE = 8.0  # px: the cone's half-width at the eyes
NOTICE_TIME = 0.8  # s a player must stay in plain view before the alarm (twice as quick up close)
NOTICE_CLOSE = 56.0  # px: closer than this, noticed twice as quickly
NOTICE_FADE = 0.6  # the notice drains at this share of its rise once the player is out of sight
LOOK_TIME = 1.8  # s a watchman stares after losing sight of a player
PATROL_PAUSE = 1.4  # s he stands at each end of his beat
CHASE_LOST = 3.0  # s without sight of the player before a chase gives up
REACH = 22.0  # px of his swing
WINDUP = 0.5  # s of wind-up ("!"): time to step out of it or strike first
RECOVER = 0.4  # s after the swing


class Security(Entity):
    """The keys the team carries and the alarm (``world.security``, made when first needed)."""

    kind = "security"

    def __init__(self) -> None:
        super().__init__(0.0, 0.0)
        self.keys: set[str] = set()
        self.alarm_left = 0.0  # s the alarm still rings (0: quiet)
        self.alarms = 0  # how many times it was raised
        self.siren = 0.0

    @property
    def ringing(self) -> bool:
        return self.alarm_left > 0

    def raise_alarm(self, world: World, seconds: float = ALARM_TIME, x: float | None = None,
                    y: float | None = None) -> None:
        """Ring (or keep ringing) for at least ``seconds``; the first ring shuts the lockdown doors."""
        if not self.ringing:
            self.alarms += 1
            self.siren = 0.0
            world.show_caption(f"ALARM! Guards are coming and the doors lock. {what_now(world, 'Get out of sight.')}",
                               3.0)
            world.emit("alarm", x if x is not None else world.player.x, y if y is not None else world.player.y)
            for door in _doors(world):
                if door.lockdown:
                    door.lock_down(world)
        self.alarm_left = max(self.alarm_left, float(seconds))

    def quiet(self, world: World) -> None:
        if not self.ringing:
            return
        self.alarm_left = 0.0
        world.emit("alarm_over")
        world.show_caption("The alarm stops.", 2.0)
        for door in _doors(world):
            door.locked_down = False

    def update(self, world: World, dt: float) -> None:
        super().update(world, dt)
        if self.alarm_left > 0:
            self.siren -= dt
            if self.siren <= 0:
                self.siren = SIREN_EVERY
                world.sound("alarm")
            self.alarm_left = 0.0 if self.alarm_left <= dt * 1.5 else self.alarm_left - dt
            if self.alarm_left <= 0:
                self.alarm_left = 1e-9  # ``quiet`` does the rest, as a set piece's would
                self.quiet(world)

    def hash_state(self) -> tuple:
        return (self.kind, tuple(sorted(self.keys)), round(self.alarm_left, 4), self.alarms)


def what_now(world: World, otherwise: str) -> str:
    """What to do about the alarm: the level's objective if it has set one (a way out of the lockdown, as
    the hospital's fuse box), else ``otherwise`` (hide)."""
    goal = world.objective()
    return f"{goal[0]}." if goal is not None else otherwise


def security_of(world: World) -> Security:
    """The world's keys and alarm, brought into play the first time anything asks."""
    if world.security is None:
        world.security = Security()
        world.add(world.security)
    return world.security


def alarm_ringing(world: World) -> bool:
    return world.security is not None and world.security.ringing


def take_key(world: World, item: str) -> None:
    """A player picked up ``keys`` or a ``keycard``: the whole team carries it now."""
    security_of(world).keys.add(item)
    world.sound("keys")
    world.show_caption(f"You have {KEY_NAMES.get(item, item)}.", 2.0)


def _doors(world: World) -> list[Door]:
    return [e for e in world.entities + world._spawn_queue if isinstance(e, Door)]


# --- doors and gates ----------------------------------------------------------------------------
class Door(Sensing, Entity):
    """A door over a doorway (the object's rectangle): solid while shut; see the module docstring."""

    kind = "door"
    FILTER = WORLD_FILTER
    COLLISION_TYPE = CT.SOLID

    def __init__(self, obj: LevelObject) -> None:
        super().__init__(obj.rect.center[0], obj.rect.bottom)
        self.init_sensing()
        self.obj = obj
        self.rect: Rect = obj.rect
        self.name = obj.name
        self.key: str | None = obj.prop("key")
        self.locked = bool(obj.prop("locked", False))  # no key opens it: only a set piece (open_door)
        self.lockdown = bool(obj.prop("lockdown", False))
        self.locked_down = False  # the alarm holds it shut
        self.is_open = True
        self.want_shut = not bool(obj.prop("open", False))
        self.shapes: list[pymunk.Shape] = []
        self.told = False
        self.state = "open"

    def added(self, world: World) -> None:
        r = self.rect
        add_box_sensor(world, self, Rect(r.x - DOOR_REACH, r.y, r.w + 2 * DOOR_REACH, r.h), CT.TRIGGER)
        if self.want_shut:
            self._shut(world, quietly=True)

    def remove(self, world: World) -> None:
        remove_sensors(world, self)
        for shape in self.shapes:
            if shape in world.space.shapes:
                world.space.remove(shape)
        self.shapes.clear()

    def _pieces(self) -> list[tuple[float, float, float, float]]:
        r = self.rect
        return [(r.x, r.y, r.right, r.bottom)]

    def _blocked(self, world: World) -> bool:
        """Somebody stands in the doorway: it waits rather than shut on them."""
        r = self.rect
        return bool(world.players_in((r.x, r.y, r.w, r.h))) or any(
            hasattr(e, "body") and not getattr(e, "is_down", False) for e in world.entities_in(r.x, r.y, r.w, r.h))

    def _shut(self, world: World, quietly: bool = False) -> None:
        if not self.is_open:
            return
        if not quietly and self._blocked(world):
            self.want_shut = True  # shuts as soon as the doorway is clear
            return
        for x0, y0, x1, y1 in self._pieces():
            shape = pymunk.Poly(world.space.static_body, [(x0, y0), (x1, y0), (x1, y1), (x0, y1)])
            shape.friction = 0.9
            shape.collision_type = self.COLLISION_TYPE
            shape.filter = self.FILTER
            world.space.add(shape)
            self.shapes.append(shape)
        self.is_open = False
        self.want_shut = False
        self.set_state("shut")
        if not quietly:
            world.sound("door_shut")

    def open(self, world: World) -> None:
        self.want_shut = False
        if self.is_open:
            return
        for shape in self.shapes:
            world.space.remove(shape)
        self.shapes.clear()
        self.is_open = True
        self.set_state("open")
        world.sound("door_open")
        world.emit("door_open", self.x, self.y)

    def close(self, world: World) -> None:
        self._shut(world)

    def lock_down(self, world: World) -> None:
        self.locked_down = True
        self._shut(world)

    def update(self, world: World, dt: float) -> None:
        super().update(world, dt)
        if self.want_shut and self.is_open:
            self._shut(world)
        if self.is_open:
            return
        visitors = [p for p in self.touching if p.state != "dead"]
        if not visitors:
            return
        if self.locked_down:
            self._tell(world, f"Locked down while the alarm rings. {what_now(world, 'Hide, and wait it out.')}")
            return
        if self.locked:
            return  # nothing to say: it does not open, and a set piece says why
        if self.key is None or self.key in security_of(world).keys:
            self.open(world)
        else:
            self._tell(world, f"Locked. {KEY_NAMES.get(self.key, self.key).capitalize()} would open it.")

    def _tell(self, world: World, text: str) -> None:
        if not self.told:
            self.told = True
            world.show_caption(text, 2.5)
            world.sound("locked")

    def on_leave(self, world: World, other: Entity) -> None:
        if not self.touching:
            self.told = False  # next time, say it again

    def hash_state(self) -> tuple:
        return (self.kind, self.obj.id, self.is_open, self.want_shut, self.locked_down)


class SecurityGate(Door):
    """A gate of bars: people stop at it, shots and the liquid metal pass between the bars."""

    kind = "security_gate"
    FILTER = BARS_FILTER
    COLLISION_TYPE = CT.BARS

    def _pieces(self) -> list[tuple[float, float, float, float]]:
        r = self.rect
        n = max(1, int(r.w // BAR_PITCH))
        pitch = r.w / n
        return [(r.x + pitch * (i + 0.5) - BAR_WIDTH / 2, r.y, r.x + pitch * (i + 0.5) + BAR_WIDTH / 2, r.bottom)
                for i in range(n)]

    def _blocked(self, world: World) -> bool:
        return bool(world.players_in((self.rect.x, self.rect.y, self.rect.w, self.rect.h))) or any(
            getattr(e, "human", False) and not e.is_down
            for e in world.entities_in(self.rect.x, self.rect.y, self.rect.w, self.rect.h))

    def bar_xs(self) -> list[float]:
        """Where the bars stand (the renderer draws them there)."""
        return [(x0 + x1) / 2 for x0, _, x1, _ in self._pieces()]


DOOR_PROPERTIES = {
    "key": OneOf(KEY_ITEMS),  # what opens it (none: anybody walking up to it)
    "open": FLAG,  # open from the start
    "locked": FLAG,  # no key opens it: only a set piece's open_door
    "lockdown": FLAG,  # the alarm shuts it and holds it shut while it rings
}
declare(Kind("door", area=True, optional=DOOR_PROPERTIES, make=lambda w, o: Door(o), look=Look(drawer="door"),
             doc="A door over a doorway: shut, it opens to a player who walks up with its key (keys, keycard; "
                 "none: to anybody). lockdown: the alarm shuts it while it rings."))
declare(Kind("security_gate", area=True, optional=DOOR_PROPERTIES, make=lambda w, o: SecurityGate(o),
             look=Look(drawer="security_gate"),
             doc="A gate of bars: people stop at it; shots and the T-1000's liquid metal pass between the bars."))


# --- watchmen -----------------------------------------------------------------------------------
class Watchman(Human):
    """A person on watch: patrols a beat, sees ahead in a cone, notices, raises the alarm, comes
    for the player; knocked out at once by a blow he never saw coming."""

    kind = "watchman"
    WALK_SPEED = 40.0
    CHASE_SPEED = 95.0
    SIGHT = 150.0  # px: how far the cone reaches
    DAMAGE_SCALE = 1  # times the difficulty's thug_damage

    def __init__(self, world: World, x: float, y: float, facing: int = -1, patrol: float = 0.0,
                 carries: str | None = None, alert: bool = False) -> None:
        super().__init__(world, x, y, facing)
        self.home_facing = facing
        self.patrol = float(patrol)
        self.carries = carries
        self.mode = "patrol"  # patrol | notice | look | chase
        self.notice = 0.0  # 0..1: how sure he is that he saw somebody
        self.pause = 0.0
        self.lost = 0.0
        self.target_x = x
        self._struck = False
        if alert:
            self.mode = "chase"
            self.target_x = world.nearest_player(x, y).x

    def full_health(self, world: World) -> float:
        return world.difficulty.thug_health

    @property
    def aware(self) -> bool:
        """Looking for trouble (noticing or chasing): a blow from him comes; one at him is a fight."""
        return self.mode in ("notice", "chase") or self.state == "attack"

    # --- sight ------------------------------------------------------------------------------
    def eye(self) -> tuple[float, float]:
        return (self.x + self.facing * 3, self.y - EYE_HEIGHT)

    def spotted(self, world: World):
        """The first player in his cone whom no wall hides and who is not hiding, or None."""
        if self.is_down:
            return None
        ex, ey = self.eye()
        for p in world.players:
            if p.state == "dead" or getattr(p, "hiding", False):
                continue
            px, py, pw, ph = p.hurtbox()
            tx = px + pw / 2
            ahead = (tx - ex) * self.facing
            if ahead <= 0 or ahead > self.SIGHT:
                continue
            half = CONE_FLARE + CONE_SLOPE * ahead
            for ty in (py + 4, py + ph / 2):  # the head, or the middle of the body
                if abs(ty - ey) <= half and world.line_of_sight((ex, ey), (tx, ty)):
                    return p
        return None

    def sees_player(self, world: World) -> bool:
        return self.spotted(world) is not None

    # --- thinking ---------------------------------------------------------------------------
    def think(self, world: World, dt: float) -> None:
        if self.state == "attack":
            self._swing(world, dt)
            return
        seen = self.spotted(world)
        if seen is not None and getattr(seen, "hostage", None) is not None:  # the doctor, a needle at his neck:
            self.mode, self.notice, self.pause = "look", 0.0, LOOK_TIME  # he stands back, hands off his radio
            self.facing = 1 if seen.x > self.x else -1
            self._stand(dt)
            self.set_state("idle")
            return
        if seen is not None:
            self.target_x = seen.x
            self.lost = 0.0
            if self.mode == "chase" or alarm_ringing(world):
                self._alert(world)
            else:
                close = abs(seen.x - self.x) < NOTICE_CLOSE
                self.notice = min(1.0, self.notice + dt / NOTICE_TIME * (2.0 if close else 1.0))
                self.mode = "notice"
                if self.notice >= 1.0:
                    self._alert(world)
        else:
            self.notice = max(0.0, self.notice - dt / NOTICE_TIME * NOTICE_FADE)
            if self.mode == "notice" and self.notice <= 0:
                self.mode, self.pause = "look", LOOK_TIME
            elif self.mode == "chase":
                self.lost += dt
                if self.lost > CHASE_LOST:
                    self.mode, self.pause = "look", LOOK_TIME
        if self.mode == "chase":
            p = world.nearest_player(self.x, self.y)
            if seen is not None and abs(p.x - self.x) < REACH + 4 and abs(p.y - self.y) < 30 and self.cooldown <= 0:
                self.facing = 1 if p.x > self.x else -1
                self.set_state("attack")
                self._struck = False
                world.sound("blade")
                self.approach_vx(0.0, 800.0, dt)
                return
            if abs(self.target_x - self.x) > 6:
                self.walk_toward(world, self.target_x, self.CHASE_SPEED, dt)
            else:
                self._stand(dt)
            return
        if self.mode == "notice":
            self._stand(dt)
            self.set_state("notice")
            return
        if self.mode == "look":
            self._stand(dt)
            self.pause -= dt
            if self.pause <= 0:
                self.mode = "patrol"
            return
        self._patrol(world, dt)

    def _alert(self, world: World) -> None:
        if self.mode != "chase":
            world.sound("shout")
        self.mode = "chase"
        self.notice = 1.0
        security_of(world).raise_alarm(world, ALARM_TIME, self.x, self.y)

    def _stand(self, dt: float) -> None:
        self.approach_vx(0.0, 600.0, dt)
        self.set_state("idle")

    def _patrol(self, world: World, dt: float) -> None:
        if self.patrol <= 0:
            if abs(self.x - self.home_x) > 8:
                self.walk_toward(world, self.home_x, self.WALK_SPEED, dt)
            else:
                self._stand(dt)
                self.facing = self.home_facing
            return
        if self.pause > 0:
            self.pause -= dt
            self._stand(dt)
            if self.pause <= 0:
                self.facing = -self.facing
            return
        end = self.home_x + self.facing * self.patrol
        if (end - self.x) * self.facing <= 2:
            self.pause = PATROL_PAUSE
            self._stand(dt)
            return
        self.walk_toward(world, end, self.WALK_SPEED, dt)
        if self.state == "idle":  # a wall or a ledge: turn here
            self.pause = PATROL_PAUSE

    def _swing(self, world: World, dt: float) -> None:
        self.approach_vx(0.0, 800.0, dt)
        if self.state_time >= WINDUP and not self._struck:
            self._struck = True
            box = (self.x + (0 if self.facing > 0 else -REACH), self.y - 34, REACH, 26)
            for victim in world.players_in(box):
                victim.hit(world, world.difficulty.thug_damage * self.DAMAGE_SCALE, self.x)
        if self.state_time >= WINDUP + RECOVER:
            self.set_state("idle")
            self.cooldown = 0.7

    # --- being hit --------------------------------------------------------------------------
    def hit(self, world: World, damage: float, source_x: float, *, lethal: bool, melee: bool = False) -> bool:
        if self.is_down:
            return False
        if melee and not self.aware:
            damage = max(damage, self.health)  # from behind, unseen: out at once
        landed = super().hit(world, damage, source_x, lethal=lethal, melee=melee)
        if landed and not self.is_down:
            self.target_x = world.nearest_player(self.x, self.y).x
            self.facing = 1 if self.target_x > self.x else -1
            self._alert(world)
        return landed

    def collapse(self, world: World, *, lethal: bool, melee: bool) -> None:
        super().collapse(world, lethal=lethal, melee=melee)
        self.mode = "patrol"
        self.notice = 0.0
        if self.carries:
            from game.entities.pickups import Pickup

            world.add(Pickup(self.x - self.facing * 10, self.y, self.carries))
            self.carries = None

    def hash_state(self) -> tuple:
        return (*super().hash_state(), self.mode, round(self.notice, 4), self.carries)


class Orderly(Watchman):
    """A night orderly in whites: a short beat, a heavy shove."""

    kind = "orderly"
    WALK_SPEED = 36.0
    CHASE_SPEED = 90.0
    SIGHT = 140.0


class WardGuard(Watchman):
    """A hospital security guard: a longer look, a baton."""

    kind = "ward_guard"
    WALK_SPEED = 44.0
    CHASE_SPEED = 100.0
    SIGHT = 170.0


def _watchman(cls):
    def make(world: World, o: LevelObject) -> Watchman:
        return cls(world, *o.feet, facing=o.facing, patrol=float(o.prop("patrol", 0.0)), carries=o.prop("carries"),
                   alert=bool(o.prop("alert", False)))
    return make


WATCHMAN_PROPERTIES = {
    "dormant": FLAG,
    "facing": FACING,
    "patrol": Number(at_least=0, at_most=2000),  # px either side of where he stands that he walks (0: stands)
    "carries": OneOf(KEY_ITEMS),  # dropped when he is knocked out
    "alert": FLAG,  # comes for the player at once (one the alarm woke)
}
_WATCH_ANIMS = {"dead": ("down",), "wounded": ("down",), "hurt": ("hurt", "idle"), "notice": ("idle",),
                "attack": ("attack",)}
declare(Kind("orderly", optional=WATCHMAN_PROPERTIES, make=_watchman(Orderly),
             autopilot=frozenset({"sneak", "punch"}),
             look=Look(sheet="orderly", anims=_WATCH_ANIMS, drawer="sight_cone", warn=("attack", "notice")),
             doc="A night orderly: patrols (patrol px), sees ahead in a cone, raises the alarm; knocked out, "
                 "never killed; drops what he carries."))
declare(Kind("ward_guard", optional=WATCHMAN_PROPERTIES, make=_watchman(WardGuard),
             autopilot=frozenset({"sneak", "punch"}),
             look=Look(sheet="guard", anims=_WATCH_ANIMS, drawer="sight_cone", warn=("attack", "notice")),
             doc="A hospital guard: as an orderly, with a longer look and a baton."))
declare(Kind("security", in_maps=False))


# --- set-piece words ------------------------------------------------------------------------------
@condition
class Alarm(Condition):
    """The alarm is ringing."""

    word = "alarm"

    def holds(self, world: World, event) -> bool:
        return alarm_ringing(world)


@condition
class HasKey(Condition):
    """The team carries that key (``keys`` or ``keycard``)."""

    word = "has_key"
    args = (Arg("item", OneOf(KEY_ITEMS)),)

    def holds(self, world: World, event) -> bool:
        return world.security is not None and self.item in world.security.keys


@action
class RaiseAlarm(Action):
    """Ring the alarm (for that many seconds; else its usual time): lockdown doors shut."""

    word = "raise_alarm"
    args = (Arg("seconds", Number(above=0, at_most=600), optional=True, default=ALARM_TIME),)

    def run(self, world: World, event) -> None:
        security_of(world).raise_alarm(world, float(self.seconds))


@action
class QuietAlarm(Action):
    """Stop the alarm: lockdown doors may be opened again."""

    word = "quiet_alarm"

    def run(self, world: World, event) -> None:
        if world.security is not None:
            world.security.quiet(world)


@action
class OpenDoor(Action):
    """Open that door or gate (a lock or a lockdown does not hold it), or a ``vault_door`` (Cyberdyne)."""

    word = "open_door"
    args = (Arg("name", Ref(kinds=("door", "security_gate", "vault_door"))),)

    def run(self, world: World, event) -> None:
        for e in world.find(str(self.name)):
            if isinstance(e, Door) or getattr(e, "kind", "") == "vault_door":
                e.open(world)


@action
class CloseDoor(Action):
    """Shut that door or gate (as soon as nobody stands in the doorway)."""

    word = "close_door"
    args = (Arg("name", Ref(kinds=("door", "security_gate"))),)

    def run(self, world: World, event) -> None:
        for e in world.find(str(self.name)):
            if isinstance(e, Door):
                e.close(world)


# --- the doctor: a way past the guards ------------------------------------------------------------
HOSTAGE_OFFSET = 15.0  # px in front of Sarah that she holds the doctor


class Doctor(Family):
    """The doctor on his night round, his nose in his notes: he sees nobody.  A blow or the needle from
    behind does not knock him out: Sarah takes him hostage, and he walks in front of her while she holds
    him (``captor``); a watchman who sees them stands back: no notice, no alarm (``Watchman.think``).
    ``send`` lets him go: he runs to that spot and stays there, hands up.  Shot, he is a casualty."""

    kind = "doctor"
    bystander = True
    WIDTH = 12.0
    HEIGHT = 40.0

    def __init__(self, world: World, x: float, y: float, facing: int = -1, roam: float = 0.0) -> None:
        super().__init__(world, x, y, facing, roam)
        self.captor = None

    def hit(self, world: World, damage: float, source_x: float, *, lethal: bool, melee: bool = False) -> bool:
        if not melee or self.is_down:
            return super().hit(world, damage, source_x, lethal=lethal, melee=melee)
        if self.captor is not None or self.mode != "home":
            return False
        captor = min(world.living_players(), key=lambda p: abs(p.x - self.x), default=None)
        if captor is None or not hasattr(captor, "hostage"):  # only Sarah takes hostages; a T-800's blow fells him
            return super().hit(world, damage, source_x, lethal=lethal, melee=melee)
        self.captor, captor.hostage = captor, self
        self.set_state("held")
        world.sound("shout")
        world.show_caption(HOSTAGE_CAPTION, 4.0)
        world.emit("hostage", self.name, self.x, self.y)
        return True

    @property
    def spoken_for(self) -> bool:
        """Held hostage, or let go: nobody is to lay a hand on him now (the scripted player walks past)."""
        return self.captor is not None or self.mode != "home"

    def send(self, x: float) -> None:
        """Let go of him: he runs to ``x`` and stays there, hands up."""
        self._let_go()
        super().send(x)

    def _let_go(self) -> None:
        if self.captor is not None:
            self.captor.hostage = None
            self.captor = None

    def think(self, world: World, dt: float) -> None:
        c = self.captor
        if c is not None:
            if c.state == "dead" or c.vehicle is not None:
                self._let_go()
            else:
                self.place(c.x + c.facing * HOSTAGE_OFFSET, c.y)
                self.facing = -c.facing  # he backs along in front of her, the needle at his neck
                self.set_state("held")
                return
        super().think(world, dt)

    def hash_state(self) -> tuple:
        return (*super().hash_state(), self.captor is not None)


HOSTAGE_CAPTION = "The needle at his neck. SARAH: Nobody moves! Walk him to the door - the guards will not touch you."


@condition
class Hostage(Condition):
    """A player holds that person hostage (the doctor, a needle at his neck)."""

    word = "hostage"
    args = (Arg("name", Ref(kinds=("doctor",))),)

    def holds(self, world: World, event) -> bool:
        return any(getattr(e, "captor", None) is not None for e in world.entities if e.name == self.name)


declare(Kind("doctor", optional={"facing": FACING, "dormant": FLAG, "roam": Number(at_least=0, at_most=2000)},
             make=lambda w, o: Doctor(w, *o.feet, facing=o.facing, roam=float(o.prop("roam", 0.0))),
             autopilot=frozenset({"punch"}),
             look=Look(sheet="doctor", anims={"run": ("walk",), "plead": ("held",), "hurt": ("hurt", "idle"),
                                              "dead": ("down",), "wounded": ("down",)}),
             doc="The doctor on his round (roam: px either side): sees nobody; Sarah's blow from behind takes him "
                 "hostage (watchmen who see them stand back); send lets him go; shot, a casualty."))
