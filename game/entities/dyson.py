"""Dyson's house at night: Miles Dyson at his desk, his wife and son, the T-800 come to talk, the glass.

The scene is one of restraint.  Dyson is the target of a single shot that must
wound, not kill.  He may be up from his desk, pacing the study (``pace``): a
man on his feet has no shoulder to take, and the player waits, the dot kept off
his family, until a set piece sends him back to sit.  Seated, the hit zone is his shoulder (a band of his body's outline,
``SHOULDER`` below, as the laser dot shows it); a shot anywhere else on him
kills him, a human casualty, and the story cannot go on without him: Sarah is
back at the checkpoint and he is back at his desk, but the casualty stays on
the count.  His wife and son are people like any other: a shot is a casualty, and the
laser's dot on them or on the wall beside them is seen (``sees_dot``): the house wakes, and
Sarah is back at the checkpoint.
Once he is wounded they run to him (a set piece ``send`` s them) and kneel
there, pleading; the set piece that sees them (``in_view``) holds Sarah's fire.

The T-800 who arrives with John is not a fighter here: he walks where a set
piece sends him and cannot be hurt.  Glass panes stop people but not shots,
and a set piece breaks them (``break_glass``).

Tuning numbers (px, seconds) are the constants below.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pymunk

from game.entities.base import BodyEntity, Entity
from game.entities.hero import PLAYED_KIND, playing
from game.entities.humans import HOP_HEIGHT, HOP_SPEED, Human
from game.level.data import LevelObject
from game.level.kinds import FACING, FLAG, Kind, Look, Number, declare
from game.level.script import Action, Arg, Ref, action
from game.world.physics import CT, Cat, shape_filter

if TYPE_CHECKING:
    from game.world.world import World

# --- Dyson ------------------------------------------------------------------------------------
DESK_HEIGHT = 34.0  # px: seated, his body from the floor to the top of his head
# The shoulder: a band of heights (px above his feet, as negative y) on his outline, per pose: the
# seated figure's shoulder is 22 px up (tools/assetgen/art/characters.py, DYSON_SEAT), a little lower
# leaning back.
SHOULDER = {"sit": (-25.0, -19.0), "lean": (-24.0, -18.0)}
SIT_TIME = 3.2  # s bent over the keyboard ...
LEAN_TIME = 1.8  # ... then leaning back to think: the shoulder moves
SEATED = ("sit", "lean")  # the poses with a shoulder to aim at: on his feet, any hit may kill him
PACE_WALK = 26.0  # px/s: up from his desk, pacing the study, thinking (the map's ``pace``: how far)
PACE_PAUSE = 1.8  # s at each end of his pacing
RETRY_CAPTION = "No - not like this. Judgment Day is not one man's fault. Again."
RETRY_DELAY = 1.2  # s between killing him and being back at the checkpoint
FAMILY_RUN = 120.0  # px/s: the wife and son running to him
FAMILY_WALK = 38.0
FAMILY_ROAM = 40.0  # px either side of where they were placed that they potter about
FAMILY_PAUSE = 2.2  # s they stand before turning round
DOT_SEEN = 10.0  # px around one of them within which the laser's dot is seen (on them, or on the wall beside them)
DOT_NOTICE = 0.5  # s the dot must stay there before they take it in (a sweep across them goes unseen)
DOT_CAPTION = "A red dot on the wall. DYSON'S WIFE: Miles... there's someone out there! - The house is awake. Back."
ALLY_RUN = 130.0  # px/s: the T-800 walking in
ALLY_ACCEL = 900.0
GUNNER_GRACE = 1.2  # s the T-1000 clings to the car before the T-800 in the back can get a shot at it
GUNNER_COOLDOWN = 1.0  # s between his blasts (pumping the shotgun in a back seat)

GLASS_FILTER = shape_filter(Cat.BARS, Cat.ALL & ~Cat.DROPLET & ~Cat.PLAYER_SHOT & ~Cat.ENEMY_SHOT)
SHARDS = 7  # bursts of broken glass down a pane


class Dyson(Human):
    """Miles Dyson at his desk.  ``on_shot`` (a round's point) decides: the shoulder wounds, the rest kills."""

    kind = "dyson"
    WIDTH = 14.0
    HEIGHT = DESK_HEIGHT
    MASS = 80.0

    def __init__(self, world: World, x: float, y: float, facing: int = 1, pace: float = 0.0) -> None:
        super().__init__(world, x, y, facing)
        self.home = (x, y)
        self.home_facing = facing
        self.pace = pace  # px he paces away from his desk (the way he faces) until sent back to it
        self.mode = "pace" if pace > 0 else "desk"
        self.pause = 0.0
        self.state = "walk" if pace > 0 else "sit"
        self.deaths = 0  # times he was killed (and the scene played again)
        self.retry = 0.0  # s until Sarah is sent back to the checkpoint after killing him

    def full_health(self, world: World) -> float:
        return 1.0

    # --- where he may be hit ----------------------------------------------------------------
    AIM_TOLERANCE = 2.5  # px from the shoulder's middle that a round still takes the shoulder (the band is 6)

    def zone_at(self, point) -> str:
        """"shoulder" where ``point`` (on his outline) is his shoulder, else "body" (all of him, on his feet)."""
        if self.state not in SEATED:
            return "body"
        low, high = SHOULDER.get(self.state, SHOULDER["sit"])
        return "shoulder" if low <= point[1] - self.y <= high else "body"

    def aim_point(self, toward: float | None = None) -> tuple[float, float] | None:
        """The middle of the shoulder on the side facing ``toward`` (his back when not given); none while
        he is on his feet."""
        if self.is_down or self.state not in SEATED:
            return None
        low, high = SHOULDER.get(self.state, SHOULDER["sit"])
        side = (-self.facing if toward is None else (1 if toward > self.x else -1)) * self.WIDTH / 2
        return (self.x + side, self.y + (low + high) / 2)

    # --- shots ------------------------------------------------------------------------------
    def on_shot(self, world: World, point, shooter, damage: float) -> bool:
        """A round at ``point`` on his outline: the shoulder wounds him, anywhere else kills him."""
        if self.is_down:
            return False
        self.collapse(world, lethal=self.zone_at(point) != "shoulder", melee=False)
        return True

    def hit(self, world: World, damage: float, source_x: float, *, lethal: bool, melee: bool = False) -> bool:
        """A blow, or a shot that says nowhere in particular (pellets): a punch knocks him out, a shot kills."""
        if self.is_down:
            return False
        self.collapse(world, lethal=lethal and not melee, melee=melee)
        return True

    def collapse(self, world: World, *, lethal: bool, melee: bool) -> None:
        super().collapse(world, lethal=lethal, melee=melee)
        if lethal:
            self.deaths += 1
            self.retry = RETRY_DELAY
            world.show_caption(RETRY_CAPTION, 3.5)

    # --- update -----------------------------------------------------------------------------
    def update(self, world: World, dt: float) -> None:
        if self.state == "dead":
            if self.retry > 0:  # a moment to see what she has done, then back to the checkpoint
                self.retry -= dt
                if self.retry <= 0:
                    for p in world.living_players():
                        p.lose_life(world)
            elif world.living_players():
                self._back_at_desk()  # Sarah is back at the checkpoint: the scene plays again
        super().update(world, dt)

    def _back_at_desk(self) -> None:
        self.mode = "desk"
        self.place(*self.home)
        self.facing = self.home_facing
        self.health = 1.0
        self.shape.filter = shape_filter(self.CATEGORY, self.MASK)
        self.set_state("sit")

    def send(self, x: float) -> None:
        """Sent (``send``): he stops pacing and goes back to his desk, to sit (wherever the set piece points)."""
        self.mode = "desk"

    def think(self, world: World, dt: float) -> None:
        if self.mode == "pace":
            self._pace(world, dt)
            return
        if self.state not in SEATED and abs(self.x - self.home_x) > 3:
            self.walk_toward(world, self.home_x, PACE_WALK * 2, dt)
            return
        self.approach_vx(0.0, 600.0, dt)
        if self.state not in SEATED:
            self.facing = self.home_facing
            self.set_state("sit")
        if self.state == "sit" and self.state_time >= SIT_TIME:
            self.set_state("lean")
        elif self.state == "lean" and self.state_time >= LEAN_TIME:
            self.set_state("sit")

    def _pace(self, world: World, dt: float) -> None:
        """Up and down between his desk and ``pace`` px along, stopping a while at each end."""
        if self.pause > 0:
            self.pause -= dt
            self.approach_vx(0.0, 600.0, dt)
            self.set_state("idle")
            return
        far = self.home_x + self.home_facing * self.pace
        goal = far if self.facing == self.home_facing else self.home_x
        if abs(goal - self.x) < 3:
            self.pause = PACE_PAUSE
            self.facing = -self.facing
            return
        self.walk_toward(world, goal, PACE_WALK, dt)

    def hash_state(self) -> tuple:
        return (*super().hash_state(), self.deaths, round(self.retry, 4), self.mode, round(self.pause, 4))


# --- his wife and son -------------------------------------------------------------------------
class Family(Human):
    """Dyson's wife or son: at home about the house; sent (``send``) they run to him and plead."""

    kind = "dyson_wife"
    bystander = True
    WIDTH = 12.0
    HEIGHT = 36.0
    melee_down_state = "down"

    def __init__(self, world: World, x: float, y: float, facing: int = -1, roam: float = FAMILY_ROAM) -> None:
        super().__init__(world, x, y, facing)
        self.roam = roam
        self.mode = "home"  # home | visit | sent | plead
        self.visit_left = 0.0  # s more they stand where a visit took them
        self.goal_x = x
        self.pause = 0.0
        self.dot_time = 0.0  # s a laser's dot has been on them or beside them

    def full_health(self, world: World) -> float:
        return 1.0  # a shot is a casualty

    @property
    def pleading(self) -> bool:
        return self.mode == "plead" and not self.is_down

    def send(self, x: float) -> None:
        """Run to ``x`` (Dyson's side), then kneel there and plead."""
        if not self.is_down:
            self.mode = "sent"
            self.goal_x = x

    def visit(self, x: float, seconds: float) -> None:
        """Walk over to ``x`` (his desk: a coffee, a word), stand there ``seconds``, then potter on."""
        if self.mode == "home" and not self.is_down:
            self.mode = "visit"
            self.goal_x = x
            self.visit_left = seconds

    def sees_dot(self, world: World) -> bool:
        """A laser's dot on them or on the wall beside them: at home and awake, they see it."""
        for p in world.living_players():
            laser = getattr(p, "laser", None)
            if laser is not None and abs(laser[2] - self.x) < self.WIDTH / 2 + DOT_SEEN \
                    and self.y - self.HEIGHT - DOT_SEEN < laser[3] < self.y + 2:
                return True
        return False

    def think(self, world: World, dt: float) -> None:
        at_home = self.mode in ("home", "visit")  # about the house, nothing yet to fear: the dot is news
        self.dot_time = self.dot_time + dt if at_home and not self.is_down and self.sees_dot(world) else 0.0
        if self.dot_time >= DOT_NOTICE:
            self.dot_time = 0.0
            world.show_caption(DOT_CAPTION, 3.5)
            world.sound("spotted")
            for p in world.living_players():  # the house wakes: the shot is lost, back into the dark
                p.lose_life(world)
        if self.mode == "plead":
            self.approach_vx(0.0, 600.0, dt)
            p = world.nearest_player(self.x, self.y)
            self.facing = 1 if p.x > self.x else -1
            self.set_state("plead")
            return
        if self.mode == "sent":
            if abs(self.goal_x - self.x) < 10:
                self.mode = "plead"
                return
            self.walk_toward(world, self.goal_x, FAMILY_RUN, dt)
            if self.state == "walk":
                self.set_state("run")
            return
        if self.mode == "visit":
            if abs(self.goal_x - self.x) > 4:
                self.walk_toward(world, self.goal_x, FAMILY_WALK, dt)
                return
            self.approach_vx(0.0, 600.0, dt)
            self.set_state("idle")
            self.visit_left -= dt
            if self.visit_left <= 0:
                self.mode = "home"
                self.facing = 1 if self.home_x > self.x else -1  # back the way she came
            return
        # At home: potter from one end of their patch to the other, stopping a while at each.
        if self.pause > 0:
            self.pause -= dt
            self.approach_vx(0.0, 600.0, dt)
            self.set_state("idle")
            return
        end = self.home_x + self.facing * self.roam
        if abs(end - self.x) < 4 or self.roam <= 0:
            self.pause = FAMILY_PAUSE
            self.facing = -self.facing
            return
        self.walk_toward(world, end, FAMILY_WALK, dt)
        if self.state == "idle":  # a wall or a drop: turn round
            self.pause = FAMILY_PAUSE
            self.facing = -self.facing

    def hash_state(self) -> tuple:
        return (*super().hash_state(), self.mode, round(self.goal_x, 2), round(self.dot_time, 3),
                round(self.visit_left, 3))


class Son(Family):
    kind = "dyson_son"
    WIDTH = 11.0
    HEIGHT = 28.0


# --- the T-800 and John, come to talk ----------------------------------------------------------
class Ally(BodyEntity):
    """The T-800 as a companion, not the player: stands, walks where a set piece sends it, and
    cannot be hurt (bullets pass it; nobody here would fire at it).  ``JohnAlly`` is John so."""

    kind = "t800_ally"
    character = "t800"  # the player character he is (``hero.playing``)
    WIDTH = 14.0
    HEIGHT = 40.0
    MASS = 120.0
    MASK = Cat.WORLD | Cat.ONE_WAY | Cat.BARS

    def __init__(self, world: World, x: float, y: float, facing: int = 1) -> None:
        super().__init__(world, x, y)
        self.facing = facing
        self.goal_x: float | None = None
        self.clung = 0.0  # s the T-1000 has clung to the car he rides in (``ride_along``)
        self.gun_cooldown = 0.0

    def send(self, x: float) -> None:
        self.goal_x = x

    def board(self, world: World) -> None:
        """Into the car (``board``): the companion rides along inside it, out of the scene (the car
        nearest him that somebody drives or will: it carries him, ``ride_along``)."""
        if not self.alive:
            return
        from game.entities.vehicle import Vehicle

        world.sound("door_shut")
        self.alive = False
        cars = [e for e in world.entities if isinstance(e, Vehicle) and e.alive and e.mountable]
        if cars:
            min(cars, key=lambda v: abs(v.x - self.x)).passengers.append(self)

    def ride_along(self, world: World, car, dt: float) -> None:
        """In the back seat.  The T-800 shoots out of the window at the T-1000 clinging to the car:
        a moment after it takes hold (``GUNNER_GRACE``: it gets a swing at the driver), a blast
        knocks it off, back the way the car came; then it has to run the car down again."""
        if self.character != "t800":
            return
        self.gun_cooldown = max(0.0, self.gun_cooldown - dt)
        for t in world.t1000s:
            if t.hang_on is not car or not t.alive:
                continue
            self.clung += dt
            if self.clung < GUNNER_GRACE or self.gun_cooldown > 0:
                return
            away = 1 if t.x > car.x else -1
            world.sound("shotgun")
            world.fx("muzzle_flash", car.x + away * 20, car.y - 22, away)
            t.shoot(world, (t.x - away * 4, t.y - 24), (away * 1.0, 0.0), 1.0)
            t.let_go(away)
            self.clung, self.gun_cooldown = 0.0, GUNNER_COOLDOWN
            return
        self.clung = 0.0

    def hash_state(self) -> tuple:
        if self.alive:  # walking in the scene: as it always hashed
            return super().hash_state()
        return (*super().hash_state(), round(self.clung, 4), round(self.gun_cooldown, 4))  # riding in a car

    def update(self, world: World, dt: float) -> None:
        super().update(world, dt)
        played = playing(world, self.character) if self.character else None
        self.kind = PLAYED_KIND if played is not None else type(self).kind
        if played is not None:  # a player plays him (co-op): not drawn; steps back in where he leaves
            self.place(played.x, played.y)
            self.set_velocity(vx=0.0, vy=0.0)
            return
        if self.goal_x is None or abs(self.goal_x - self.x) < 6:
            self.goal_x = None
            self.approach_vx(0.0, ALLY_ACCEL, dt)
            self.set_state("idle")
            return
        direction = 1 if self.goal_x > self.x else -1
        self.facing = direction
        ahead = self.x + direction * (self.WIDTH / 2 + 4)
        if world.solid_at(ahead, self.y - 8) and not world.solid_at(ahead, self.y - HOP_HEIGHT - 4) \
                and self.on_ground(world):
            self.set_velocity(vy=-HOP_SPEED)  # a step
        self.approach_vx(direction * ALLY_RUN, ALLY_ACCEL, dt)
        self.set_state("run")


class JohnAlly(Ally):
    kind = "john_ally"
    character = ""  # nobody plays John
    WIDTH = 12.0
    HEIGHT = 30.0
    MASS = 45.0


@action
class Board(Action):
    """The companions of that name (``t800_ally``, ``john_ally``) get into the car: they ride along
    inside it, out of the scene (the hospital's police car)."""

    word = "board"
    args = (Arg("name", Ref(kinds=("t800_ally", "john_ally"))),)

    def run(self, world: World, event) -> None:
        for e in world.find(str(self.name)):
            if isinstance(e, Ally):
                e.board(world)


# --- glass ------------------------------------------------------------------------------------
class Glass(Entity):
    """A pane of glass (a rectangle): people cannot pass it, bullets and sight do; ``break_glass``
    shatters it and the way is open."""

    kind = "glass"

    def __init__(self, obj: LevelObject) -> None:
        super().__init__(obj.rect.center[0], obj.rect.bottom)
        self.obj = obj
        self.rect = obj.rect
        self.name = obj.name
        self.state = "whole"
        self.shape: pymunk.Shape | None = None

    def added(self, world: World) -> None:
        r = self.rect
        self.shape = pymunk.Poly(world.space.static_body, [(r.x, r.y), (r.right, r.y), (r.right, r.bottom),
                                                           (r.x, r.bottom)])
        self.shape.collision_type = CT.SOLID
        self.shape.filter = GLASS_FILTER
        self.shape.friction = 0.5
        world.space.add(self.shape)

    @property
    def broken(self) -> bool:
        return self.state == "broken"

    def shatter(self, world: World) -> None:
        if self.broken:
            return
        self.set_state("broken")
        self._take_out(world)
        world.sound("glass")
        r = self.rect
        for k in range(SHARDS):
            world.fx("glass", r.center[0], r.y + r.h * (k + 0.5) / SHARDS, 1)

    def _take_out(self, world: World) -> None:
        if self.shape is not None and self.shape in world.space.shapes:
            world.space.remove(self.shape)
        self.shape = None

    def remove(self, world: World) -> None:
        self._take_out(world)

    def hash_state(self) -> tuple:
        return (self.kind, self.obj.id, self.state)


def _dyson(w: World, o: LevelObject) -> Dyson:
    return Dyson(w, *o.feet, facing=o.facing, pace=float(o.prop("pace", 0.0)))


def _family(cls):
    def make(w: World, o: LevelObject) -> Family:
        return cls(w, *o.feet, facing=o.facing, roam=float(o.prop("roam", FAMILY_ROAM)))
    return make


FAMILY_ANIMS = {"run": ("run", "walk"), "plead": ("plead", "idle"), "hurt": ("hurt", "idle"), "dead": ("down",),
                "wounded": ("down",)}
ROAM = Number(at_least=0, at_most=2000)

declare(Kind("dyson", optional={"facing": FACING, "dormant": FLAG, "pace": ROAM}, make=_dyson, autopilot=frozenset({"snipe"}),
             look=Look(sheet="dyson", anims={"lean": ("lean", "sit"), "hurt": ("wounded",), "dead": ("dead", "wounded"),
                                             "down": ("wounded",)}),
             doc="Miles Dyson at his desk: a shot on his shoulder wounds him, anywhere else kills him (a casualty, "
                 "and the scene plays again from the checkpoint). pace: px he paces away from the desk (the way "
                 "he faces) until a set piece sends him back to sit; on his feet there is no shoulder to take."))
declare(Kind("dyson_wife", optional={"facing": FACING, "dormant": FLAG, "roam": ROAM}, make=_family(Family),
             autopilot=frozenset({"bystander"}), look=Look(sheet="dyson_wife", anims=FAMILY_ANIMS),
             doc="Dyson's wife: about the house (roam: px either side); sent, she runs to him and pleads."))
declare(Kind("dyson_son", optional={"facing": FACING, "dormant": FLAG, "roam": ROAM}, make=_family(Son),
             autopilot=frozenset({"bystander"}), look=Look(sheet="dyson_son", anims=FAMILY_ANIMS),
             doc="Dyson's son: about the house (roam: px either side); sent, he runs to his father and pleads."))
declare(Kind("t800_ally", optional={"facing": FACING, "dormant": FLAG},
             make=lambda w, o: Ally(w, *o.feet, facing=o.facing),
             look=Look(sheet="t800", anims={"run": ("run",), "idle": ("idle",)}),
             doc="The T-800 as a companion (not a player): walks where a set piece sends it; cannot be hurt."))
declare(Kind("john_ally", optional={"facing": FACING, "dormant": FLAG},
             make=lambda w, o: JohnAlly(w, *o.feet, facing=o.facing),
             look=Look(sheet="john", anims={"run": ("run",), "idle": ("idle",)}),
             doc="John as a companion (not an escort): walks where a set piece sends him; cannot be hurt."))
declare(Kind("glass", area=True, make=lambda w, o: Glass(o), look=Look(drawer="glass"),
             doc="A pane of glass: stops people, not bullets; break_glass shatters it."))
