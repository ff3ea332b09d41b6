"""Cyberdyne at night: the people of the break-in and the siege, and what they throw.

- ``ally``: Sarah, John or Dyson with the T-800.  An ally follows him (John's legs and
  catch-up rules: game/entities/john.py), is never hit by his shots, and can be sent
  somewhere (``send``), given a job to do there (``task``: Dyson's combination, the
  charges), called back (``follow``) or shot (``wound``: Dyson, holding the dead-man
  switch).  Tear gas makes one choke, and a choking ally does no work.
- ``night_guard``: the lobby's guard.  He is *held*, never hurt: a punch or a shot and his
  hands go up and he sits down by the desk.  He is out of the fight (``down``) from then on.
- ``swat``: a SWAT officer.  He advances on the T-800, aims (the telegraph), fires a short
  burst and lobs tear gas.  The T-800's hits wound or disarm him (``no_kill``), never kill.
  With ``entry = window`` he comes in through the glass.
- ``tear_gas``: a canister that arcs, lands and hisses a cloud.  It cannot hurt a machine,
  but people in it choke; a punch next to one throws it back where it came from.
- ``vault_door``: the vault in the corridor's back wall, opened by ``open_door``.
- ``parked_van``: the SWAT van by the lobby doors (scenery; the exit is drawn over it).

Tuning numbers are the constants below.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.entities.base import Entity
from game.entities.hero import PLAYED_KIND, playing
from game.entities.humans import KNOCKOUT_SCORE, Cop, Human
from game.entities.john import John
from game.entities.projectiles import Bullet
from game.entities.setpiece import _area, _named, _needs_area
from game.level.data import LevelObject, Rect
from game.level.kinds import FACING, FLAG, Kind, Look, Number, OneOf, declare
from game.level.script import Action, Arg, Ref, action
from game.world.physics import PROP_FILTER

if TYPE_CHECKING:
    from game.entities.setpiece import SetPiece
    from game.world.world import World

# --- allies ----------------------------------------------------------------------------------------
ALLIES = ("dyson", "sarah", "john")
ALLY_GAP = {"dyson": 30.0, "sarah": 54.0, "john": 42.0}  # px behind the T-800 each keeps (no heap of people)
ALLY_HEIGHT = {"dyson": 38.0, "sarah": 38.0, "john": 30.0}
WORK_REACH = 8.0  # px from the job's spot at which an ally starts work

# --- the night guard --------------------------------------------------------------------------------
GUARD_SIGHT = 200.0

# --- SWAT --------------------------------------------------------------------------------------------
SWAT_TOUGHNESS = 1.2  # times a patrol officer's health (vests)
SWAT_SIGHT = 300.0
SWAT_WALK = 60.0
SWAT_HOLD = 150.0  # px: closer than this he stops advancing and fights from where he is
SWAT_HUNT = 900.0  # px: out of sight but this near, he moves up on the T-800 (up the stairs too)
BURST = 3  # rounds a burst
BURST_GAP = 0.14  # s between the rounds of a burst
GAS_FIRST = 2.5  # s after he first sees the T-800 before his first canister
GAS_COOLDOWN = 9.0  # s between canisters
GAS_RANGE = (90.0, 260.0)  # px: near enough to throw, far enough not to gas himself
THROW_TIME = 0.45  # s: the wind-up of a throw (the canister leaves at its end)
WINDOW_JUMP = (150.0, -140.0)  # px/s in through the glass (forward, up)
CHOKE_TIME = 3.0  # s a person caught in the gas coughs, eyes shut (no shooting, no work)

# --- tear gas ------------------------------------------------------------------------------------------
GAS_GRAVITY = 900.0
GAS_THROW = (210.0, -260.0)  # px/s: a lob
GAS_BACK = (250.0, -280.0)  # px/s: punched back
GAS_TIME = 7.0  # s it hisses
GAS_RADIUS = 40.0  # px: the cloud
GAS_FX_EVERY = 4  # updates between puffs


# === allies ==========================================================================================
class Ally(John):
    """Sarah, John or Dyson: follows the T-800, sent or set to work by the set pieces."""

    kind = "ally"
    escort = False  # not the Mall's John: the HUD's escort block and the autopilot's waiting leave them be

    def __init__(self, world: World, x: float, y: float, who: str, facing: int = 1, gap: float | None = None) -> None:
        self.HEIGHT = ALLY_HEIGHT[who]  # before the body is made
        super().__init__(world, x, y, facing=facing, waiting=False)
        self.who = who
        self.kind = f"ally_{who}"
        self.gap = ALLY_GAP[who] if gap is None else float(gap)
        self.task_left = 0.0
        self.task_total = 0.0
        self.task_flag: str | None = None
        self.choke = 0.0

    @property
    def is_down(self) -> bool:
        return self.mode == "down"

    @property
    def working(self) -> bool:
        return (self.mode == "task" and self.task_left > 0 and self.choke <= 0
                and abs(self.goal_x - self.x) <= WORK_REACH)

    def send(self, x: float) -> None:
        if self.mode != "down":
            self.mode = "sent"
            self.goal_x = x

    def task(self, x: float, seconds: float, flag: str) -> None:
        """Go to ``x`` and work there ``seconds`` (not while choking), then set ``flag`` and wait."""
        if self.mode == "down":
            return
        self.mode = "task"
        self.goal_x = x
        self.task_left = self.task_total = float(seconds)
        self.task_flag = flag

    def follow(self) -> None:
        if self.mode in ("sent", "task", "wait"):
            self.mode = "follow"

    def wound(self, world: World) -> None:
        """Shot (Dyson at the end): down where he stands, for good."""
        self.mode = "down"
        self.set_state("down")
        self.set_velocity(vx=0.0)
        world.sound("hurt")
        world.fx("hit", self.x, self.y - 24, self.facing)

    def hit(self, world: World, damage: float, source_x: float, *, lethal: bool = True, melee: bool = False) -> bool:
        """Nothing the T-800 does hurts an ally (his fists and shots pass him); the police never aim at one."""
        return False

    def gas(self, world: World) -> None:
        if self.mode != "down":
            if self.choke <= 0:
                world.emit("choke", self.x, self.y)
            self.choke = CHOKE_TIME

    def update(self, world: World, dt: float) -> None:
        Entity.update(self, world, dt)
        self.invulnerable = max(0.0, self.invulnerable - dt)
        self.hurt = max(0.0, self.hurt - dt)
        self.duck = max(0.0, self.duck - dt)
        self.choke = max(0.0, self.choke - dt)
        leader = world.nearest_player(self.x, self.y)
        played = playing(world, self.who)
        self.kind = PLAYED_KIND if played is not None else f"ally_{self.who}"
        if played is not None:  # a player plays her (co-op): she is him; she steps back in when he leaves
            self.place(played.x, played.y)
            self.set_velocity(vx=0.0, vy=0.0)
            return
        if self.mode == "down":
            self.approach_vx(0.0, 900.0, dt)
            self.set_state("down")
            return
        if self.choke > 0:
            self.approach_vx(0.0, 900.0, dt)
            self.set_state("choke")
            return
        if self.mode in ("sent", "task"):
            if abs(self.goal_x - self.x) > WORK_REACH:
                self._move_to(world, self.goal_x, leader, dt)
                return
            self.approach_vx(0.0, 900.0, dt)
            if self.mode == "task" and self.task_left > 0:
                self.set_state("work")
                self.task_left = max(0.0, self.task_left - dt)
                if self.task_left <= 0 and self.task_flag and world.script is not None:
                    world.script.flags.add(self.task_flag)
                    world.sound("checkpoint")
            else:
                self.facing = 1 if leader.x > self.x else -1
                self.set_state("idle")
            return
        if leader.state == "dead":
            self.approach_vx(0.0, 900.0, dt)
            self.set_state("idle")
            return
        self._watch_shots(world)
        if self.duck > 0:
            self.approach_vx(0.0, 1800.0, dt)
            self.set_state("duck")
            return
        self._move_to(world, leader.x - leader.facing * self.gap, leader, dt)
        self._keep_up(world, leader, dt)

    def hash_state(self) -> tuple:
        return (*super().hash_state(), round(self.task_left, 4), round(self.choke, 4))


# === the night guard =================================================================================
class NightGuard(Human):
    """The lobby's night guard: looks up, reaches for the phone; any blow or shot and he is held
    (hands up, then sitting by the desk), never hurt and never a casualty."""

    kind = "night_guard"
    SIGHT = GUARD_SIGHT
    down_states = (*Human.down_states, "held")

    def full_health(self, world: World) -> float:
        return 1.0

    def hit(self, world: World, damage: float, source_x: float, *, lethal: bool, melee: bool = False) -> bool:
        if self.is_down:
            return False
        self.hold(world, source_x)
        return True

    def hold(self, world: World, source_x: float) -> None:
        """Hands up: held at gunpoint (a shot goes over his head), out of the fight, unhurt."""
        self.facing = 1 if source_x > self.x else -1
        self.set_state("held")
        self.set_velocity(vx=0.0)
        self.shape.filter = PROP_FILTER
        world.stats.knockouts += 1
        world.add_score(KNOCKOUT_SCORE, self.x, self.y - 40)
        world.sound("knockout")
        world.show_caption("GUARD: Okay! Okay... don't shoot.", 2.5)

    def think(self, world: World, dt: float) -> None:
        self.approach_vx(0.0, 600.0, dt)
        if self.sees_player(world):
            p = world.nearest_player(self.x, self.y)
            self.facing = 1 if p.x > self.x else -1
            self.set_state("alert")
        elif self.state != "alert":
            self.set_state("idle")


# === SWAT ==============================================================================================
class Swat(Cop):
    """A SWAT officer: advances, aims, fires a burst, lobs tear gas.  Wounded or disarmed, never killed,
    by the T-800 (the map's ``no_kill``)."""

    kind = "swat"
    SIGHT = SWAT_SIGHT
    WALK_SPEED = SWAT_WALK
    melee_down_state = "disarmed"

    def __init__(self, world: World, x: float, y: float, facing: int = -1, entry: str = "") -> None:
        super().__init__(world, x, y, facing)
        self.entry = entry
        self.burst = 0
        self.gas_clock = GAS_FIRST
        self.seen = False
        self.choke = 0.0

    def full_health(self, world: World) -> float:
        return world.difficulty.cop_health * SWAT_TOUGHNESS

    def added(self, world: World) -> None:
        if self.entry == "window":  # through the glass, from the rope outside
            self.set_velocity(vx=self.facing * WINDOW_JUMP[0], vy=WINDOW_JUMP[1])
            self.stun = 0.4
            world.sound("glass")
            for k in range(3):
                world.fx("glass", self.x - self.facing * 6, self.y - 8 - k * 12, self.facing)

    def gas(self, world: World) -> None:
        if not self.is_down:
            if self.choke <= 0:
                world.emit("choke", self.x, self.y)
            self.choke = CHOKE_TIME
            self.burst = 0
            if self.state in ("aim", "shoot", "throw"):
                self.set_state("idle")

    def think(self, world: World, dt: float) -> None:
        p = world.nearest_player(self.x, self.y)
        if self.choke > 0:  # doubled up, eyes shut: no shooting, no throwing
            self.choke = max(0.0, self.choke - dt)
            self.approach_vx(0.0, 600.0, dt)
            self.set_state("choke")
            return
        if self.state == "aim":
            self.approach_vx(0.0, 800.0, dt)
            if self.state_time >= self.aim_time(world):
                self.set_state("shoot")
                self.burst = BURST
                self._round(world)
            return
        if self.state == "shoot":
            self.approach_vx(0.0, 800.0, dt)
            if self.burst > 0 and self.state_time >= BURST_GAP * (BURST - self.burst + 1):
                self._round(world)
            if self.burst <= 0 and self.state_time > BURST_GAP * BURST + 0.2:
                self.set_state("idle")
                self.cooldown = world.difficulty.cop_fire_cooldown * 1.2
            return
        if self.state == "throw":
            self.approach_vx(0.0, 800.0, dt)
            if self.state_time >= THROW_TIME:
                world.add(TearGas(self.x + self.facing * 10, self.y - 30, self.facing * GAS_THROW[0], GAS_THROW[1]))
                world.sound("pump")
                self.gas_clock = GAS_COOLDOWN
                self.set_state("idle")
            return
        if self.sees_player(world):
            self.seen = True
            self.facing = 1 if p.x > self.x else -1
            distance = abs(p.x - self.x)
            self.gas_clock = max(0.0, self.gas_clock - dt)
            if self.gas_clock <= 0 and GAS_RANGE[0] < distance < GAS_RANGE[1]:
                self.set_state("throw")
            elif self.cooldown <= 0 and distance < self.SIGHT:
                self.set_state("aim")
            elif distance > SWAT_HOLD:
                self.walk_toward(world, p.x, self.WALK_SPEED, dt)
            else:
                self.approach_vx(0.0, 600.0, dt)
                self.set_state("idle")
        elif p.state != "dead" and abs(p.x - self.x) < SWAT_HUNT:
            self.walk_toward(world, p.x, self.WALK_SPEED, dt)  # moving up on him: up the stairs, round the cover
        else:
            self.approach_vx(0.0, 600.0, dt)
            self.set_state("idle")

    def _round(self, world: World) -> None:
        self.burst -= 1
        mx, my = self.x + self.facing * 16, self.y - 27
        world.add(Bullet(mx, my, self.facing))
        world.sound("pistol")
        world.fx("muzzle_flash", mx, my, self.facing)

    def collapse(self, world: World, *, lethal: bool, melee: bool) -> None:
        super().collapse(world, lethal=lethal, melee=melee)
        if not lethal or melee:  # the rifle goes down with him (drawn on the floor beside him)
            world.fx("spark", self.x + self.facing * 12, self.y - 4, self.facing)

    def hash_state(self) -> tuple:
        return (*super().hash_state(), self.burst, round(self.gas_clock, 4), round(self.choke, 4))


# === tear gas ===========================================================================================
class TearGas(Entity):
    """A canister: arcs, bounces off walls, lands and hisses a cloud for GAS_TIME seconds.  People in
    the cloud choke (the T-800 is a machine: it does not); a punch beside it throws it back."""

    kind = "tear_gas"

    def __init__(self, x: float, y: float, vx: float, vy: float) -> None:
        super().__init__(x, y)
        self.vx, self.vy = vx, vy
        self.state = "fly"
        self.left = GAS_TIME
        self.facing = 1 if vx >= 0 else -1
        self.thrown_back = 0

    def hurtbox(self) -> tuple[float, float, float, float]:
        return (self.x - 8, self.y - 20, 16, 20)

    def hit(self, world: World, damage: float, source_x: float, *, lethal: bool, melee: bool = False) -> bool:
        """A punch beside it: it flies back the way the fist went."""
        if not melee:
            return False
        away = 1 if self.x >= source_x else -1
        self.vx, self.vy = away * GAS_BACK[0], GAS_BACK[1]
        self.facing = away
        self.state = "fly"
        self.thrown_back += 1
        world.sound("punch")
        world.emit("gas_back", self.x, self.y)
        return True

    def update(self, world: World, dt: float) -> None:
        super().update(world, dt)
        if self.state == "fly":
            self.vy += GAS_GRAVITY * dt
            nx = self.x + self.vx * dt
            if world.solid_at(nx, self.y - 6):  # a wall: it bounces back off it
                self.vx = -self.vx * 0.3
                nx = self.x
            ny = self.y + self.vy * dt
            if self.vy > 0 and world.ground_below(nx, ny, 4.0):
                self.vx = self.vy = 0.0
                self.state = "hiss"
                world.sound("gas_hiss")
                for _ in range(8):  # rest on the floor's surface, not in it
                    if not world.solid_at(nx, ny - 1):
                        break
                    ny -= 1.0
            self.x, self.y = nx, ny
            w, h = world.level.pixel_size
            if self.y > h + 32 or not 0 <= self.x <= w:
                self.alive = False
            return
        self.left -= dt
        if self.left <= 0:
            self.alive = False
            return
        if world.frame % GAS_FX_EVERY == 0:
            k = (world.frame // GAS_FX_EVERY) % 5
            world.fx("gas", self.x + (k - 2) * GAS_RADIUS / 3, self.y - 8 - (k % 3) * 10, self.facing)
        for e in world.entities:
            if e.alive and hasattr(e, "gas") and abs(e.x - self.x) < GAS_RADIUS and -GAS_RADIUS < e.y - self.y < 24:
                e.gas(world)

    def hash_state(self) -> tuple:
        return (self.kind, round(self.x, 2), round(self.y, 2), self.state, round(self.left, 4), self.thrown_back)


# === scenery =============================================================================================
class VaultDoor(Entity):
    """The vault's round door in the corridor's back wall: shut until ``open_door`` opens it."""

    kind = "vault_door"

    def __init__(self, obj: LevelObject) -> None:
        super().__init__(obj.rect.center[0], obj.rect.bottom)
        self.rect: Rect = obj.rect
        self.obj = obj
        self.closed = True
        self.state = "closed"

    def open(self, world: World) -> None:
        if self.closed:
            self.closed = False
            self.set_state("open")
            world.sound("debris")
            world.add_shake(2.0)

    def hash_state(self) -> tuple:
        return (self.kind, self.obj.id, self.closed)


class ParkedVan(Entity):
    """The SWAT van parked by the lobby doors: the way out of Cyberdyne (scenery)."""

    kind = "parked_van"


# === set-piece words ======================================================================================
@action
class Task(Action):
    """Send an ally to the middle of the event's area (or the named area) to work there that many
    seconds (not while choking on gas); when it is done, set the flag."""

    word = "task"
    args = (Arg("name", Ref(kinds=("ally",))), Arg("seconds", Number(above=0, at_most=600)),
            Arg("flag", Ref(space="flag", defines=True)), Arg("area", Ref(area=True), optional=True))

    def problem(self, event) -> str | None:
        return _needs_area(event, self.area)

    def run(self, world: World, event: SetPiece) -> None:
        x = _area(world, event, self.area).center[0]
        for e in _named(world, self.name):
            if hasattr(e, "task"):
                e.task(x, float(self.seconds), str(self.flag))


@action
class Follow(Action):
    """Call an ally (sent somewhere, or done with a task) back to the T-800's side."""

    word = "follow"
    args = (Arg("name", Ref(kinds=("ally",))),)

    def run(self, world: World, event: SetPiece) -> None:
        for e in _named(world, self.name):
            if hasattr(e, "follow"):
                e.follow()


@action
class Wound(Action):
    """Shoot an ally down where he stands (Dyson at the end); he stays down."""

    word = "wound"
    args = (Arg("name", Ref(kinds=("ally",))),)

    def run(self, world: World, event: SetPiece) -> None:
        for e in _named(world, self.name):
            if hasattr(e, "wound"):
                e.wound(world)


# === declarations ==========================================================================================
_ALLY_ANIMS = {"run": ("run", "walk"), "duck": ("duck", "idle"), "work": ("work", "idle"), "choke": ("choke", "hurt"),
               "down": ("down", "hurt"), "hurt": ("hurt", "idle")}
declare(Kind("ally", required={"who": OneOf(ALLIES)},
             optional={"facing": FACING, "dormant": FLAG, "gap": Number(at_least=0, at_most=200)},
             make=lambda w, o: Ally(w, *o.feet, str(o.prop("who")), facing=o.facing, gap=o.prop("gap")),
             look=Look(sheet="dyson_lab", anims=_ALLY_ANIMS),
             doc="Sarah, John or Dyson with the T-800: follows him; send, task, follow and wound move them."))
declare(Kind("ally_dyson", in_maps=False, look=Look(sheet="dyson_lab", anims=_ALLY_ANIMS)))
declare(Kind("ally_sarah", in_maps=False, look=Look(sheet="sarah", anims=_ALLY_ANIMS)))
declare(Kind("ally_john", in_maps=False, look=Look(sheet="john", anims=_ALLY_ANIMS)))
declare(Kind("night_guard", optional={"facing": FACING, "dormant": FLAG},
             make=lambda w, o: NightGuard(w, *o.feet, facing=o.facing), autopilot=frozenset({"punch"}),
             look=Look(sheet="night_guard", anims={"dead": ("held",), "wounded": ("held",), "down": ("held",),
                                                   "hurt": ("alert", "idle")}),
             doc="The night guard: held (hands up) by a punch or a shot, never hurt."))
declare(Kind("swat", optional={"facing": FACING, "dormant": FLAG, "entry": OneOf(("door", "window"))},
             make=lambda w, o: Swat(w, *o.feet, facing=o.facing, entry=str(o.prop("entry", "door"))),
             autopilot=frozenset({"wound"}),
             look=Look(sheet="swat", anims={"dead": ("wounded",), "hurt": ("hurt", "aim"), "idle": ("idle", "aim"),
                                            "shoot": ("shoot", "aim"), "choke": ("choke", "hurt")},
                       warn=("aim", "throw")),
             doc="A SWAT officer: advances, fires bursts, lobs tear gas; wounded or disarmed, never killed."))
declare(Kind("tear_gas", in_maps=False, autopilot=frozenset({"throw_back"}), look=Look(drawer="tear_gas")))
declare(Kind("vault_door", area=True, make=lambda w, o: VaultDoor(o), look=Look(drawer="vault_door"),
             doc="The vault's round door in a back wall (the area is the door): open_door opens it."))
declare(Kind("parked_van", optional={"facing": FACING},
             make=lambda w, o: _van(o), look=Look(sheet="swat_van", anims={"idle": ("idle",)}),
             doc="The SWAT van parked outside (scenery), placed where its wheels meet the ground."))


def _van(o: LevelObject) -> ParkedVan:
    van = ParkedVan(*o.feet)
    van.facing = o.facing
    return van
