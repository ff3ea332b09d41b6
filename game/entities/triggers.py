"""Areas a level designer draws in Tiled that react when the T-800 walks in."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pymunk

from game.entities.base import Entity
from game.level.data import LevelObject, Rect
from game.level.kinds import FLAG, TEXT, Kind, Look, Number, OneOf, declare
from game.t1000.brain import ORDERS
from game.world.contacts import Sensing, add_box_sensor, remove_sensors
from game.world.physics import CT, Cat, add_wall, shape_filter

if TYPE_CHECKING:
    from game.world.world import World


# Arena walls: only the T-800 bumps into them; no query for sight, ground or shots sees them.
ARENA_WALL_FILTER = shape_filter(Cat.BARRIER, Cat.PLAYER)


class Area(Sensing, Entity):
    """An invisible rectangle that fires ``enter`` once, the first time a player is inside.

    Its sensor keeps ``touching`` up to date (see game/world/contacts.py): a
    player, whichever slot, counts by walking in; nothing here looks for one.
    """

    kind = "area"
    once = True
    SENSOR_TYPE = CT.TRIGGER

    def __init__(self, obj: LevelObject) -> None:
        super().__init__(obj.rect.x, obj.rect.bottom)
        self.init_sensing()
        self.rect: Rect = obj.rect
        self.obj = obj
        self.name = obj.name
        self.fired = False

    def added(self, world: World) -> None:
        add_box_sensor(world, self, self.rect, self.SENSOR_TYPE)

    def remove(self, world: World) -> None:
        remove_sensors(world, self)

    def players_inside(self) -> list[Entity]:
        """Living players whose body overlaps the area."""
        return [p for p in self.touching if p.state != "dead"]

    def player_inside(self, world: World) -> bool:
        return bool(self.players_inside())

    def update(self, world: World, dt: float) -> None:
        super().update(world, dt)
        if self.fired and self.once:
            return
        if self.player_inside(world):
            self.fired = True
            self.enter(world)

    def enter(self, world: World) -> None:
        raise NotImplementedError

    def hash_state(self) -> tuple:
        return (self.kind, self.obj.id, self.fired)


class Checkpoint(Area):
    kind = "checkpoint"

    def enter(self, world: World) -> None:
        for p in world.players:  # the whole team comes back here
            p.respawn_point = (self.rect.center[0], self.rect.bottom)
        world.sound("checkpoint")
        world.emit("checkpoint", self.rect.center[0], self.rect.bottom)
        world.show_caption("CHECKPOINT", 2.0, notice=True)
        world.add_score(250)
        restart = self.obj.prop("t1000_restart")
        if restart:  # where a pursuing T-1000 is put back if it catches John after this checkpoint
            spot = next((o for o in world.level.objects if o.name == restart), None)
            if spot is not None:
                world.t1000_restart = spot.feet


class Exit(Area):
    """The way out; with ``escort`` (John's object name... any name), only with that person beside you."""

    kind = "exit"
    ESCORT_NEAR = 72.0  # px: how close the escort must be

    def update(self, world: World, dt: float) -> None:
        escort = self.obj.prop("escort")
        if escort and not self.fired and self.player_inside(world):
            people = [e for e in world.find(str(escort)) if e.alive]
            if not any(abs(e.x - p.x) < self.ESCORT_NEAR and abs(e.y - p.y) < 48
                       for e in people for p in self.players_inside()):
                if not getattr(self, "_told", False):
                    self._told = True
                    world.show_caption("Not without John.", 2.0)
                return
        super().update(world, dt)

    def enter(self, world: World) -> None:
        world.outcome = "completed"
        world.next_level = self.obj.prop("next")
        world.sound("level_complete")


class StoryTrigger(Area):
    kind = "story"

    def enter(self, world: World) -> None:
        world.show_caption(str(self.obj.prop("text")), float(self.obj.prop("seconds", 4.5)), place=self.rect.center[0])


class CameraLock(Area):
    """While the player is inside, the camera holds this rectangle (an arena or a set piece)."""

    kind = "camera_lock"
    once = False

    def update(self, world: World, dt: float) -> None:
        inside = self.player_inside(world)
        if inside:
            world.camera_lock = self.rect
        elif world.camera_lock is self.rect:
            world.camera_lock = None


class Arena(Area):
    """A brawl: the camera locks, the way on and back closes, and it opens when nobody is left standing.

    On entry it wakes the dormant people it names (``targets``) and counts
    every person standing inside its rectangle but John and the bystanders.  Invisible walls at its
    left and right edges stop only the T-800, so the fight stays on screen
    while bullets, debris and the liquid metal pass as before.  Keep the
    rectangle one screen wide (40 tiles) so its walls are the screen edges.
    The walls stand ``INSET`` inside those edges: a body against one still
    shows its whole sprite (gun and all), never half of it.
    """

    kind = "arena"
    WALL = 8.0
    INSET = 20.0  # px: half a character's sprite is 24, half its body 8 (and contact slop)

    def __init__(self, obj: LevelObject) -> None:
        super().__init__(obj)
        self.fighters: list[Entity] = []
        self.walls: list[pymunk.Shape] = []
        self.cleared = False

    def enter(self, world: World) -> None:
        from game.world.spawn import wake

        targets = self.obj.targets()
        for target in targets:
            wake(world, target)
        world._flush_spawns()
        self.fighters = [e for e in world.entities if e.human and not e.is_down
                         and not e.escort and not e.bystander  # John at your heels, a shopper: not foes
                         and (e.name in targets or self.rect.contains(e.x, e.y - 1))]
        r = self.rect
        for x in (r.x + self.INSET - self.WALL, r.right - self.INSET):
            wall = pymunk.Poly(world.space.static_body,
                               [(x, r.y), (x + self.WALL, r.y), (x + self.WALL, r.bottom), (x, r.bottom)])
            wall.collision_type = CT.SOLID
            wall.filter = ARENA_WALL_FILTER
            world.space.add(wall)
            self.walls.append(wall)
        for p in world.living_players():  # a partner left outside is brought in before the walls close
            if not self.wholly_inside(p):
                edge = r.x + self.INSET + p.WIDTH if p.x < r.center[0] else r.right - self.INSET - p.WIDTH
                p.place(edge, p.y)
        world.camera_lock = r
        world.arena = self
        world.show_caption(str(self.obj.prop("text", "Nobody leaves. Nobody dies.")), 3.0)
        world.sound("checkpoint")

    def player_inside(self, world: World) -> bool:
        """A player wholly inside, so the walls close behind the T-800 and never on top of it."""
        return any(self.wholly_inside(p) for p in world.living_players())

    def wholly_inside(self, p) -> bool:
        """Inside the walls-to-be, so they never close on top of a body."""
        x, y, w, h = p.hurtbox()
        return (self.rect.contains(x, y + h / 2) and self.rect.contains(x + w, y + h / 2)
                and self.rect.x + self.INSET <= x and x + w <= self.rect.right - self.INSET)

    @property
    def holding(self) -> bool:
        return self.fired and not self.cleared

    def standing(self) -> list[Entity]:
        return [e for e in self.fighters if e.alive and not e.is_down]

    def update(self, world: World, dt: float) -> None:
        super().update(world, dt)
        if not self.holding:
            return
        if not self.standing():
            self.release(world)
            world.show_caption("GO  >>", 2.0, notice=True)
            world.sound("checkpoint")
            world.add_score(500)
        elif world.living_players() and not super().player_inside(world):
            # The T-800 came back at a checkpoint outside: open up; the fight starts again on entry.
            self.release(world)
            self.cleared = self.fired = False

    def release(self, world: World) -> None:
        self.cleared = True
        world.space.remove(*self.walls)
        self.walls.clear()
        if world.camera_lock is self.rect:
            world.camera_lock = None
        if world.arena is self:
            world.arena = None

    def hash_state(self) -> tuple:
        return (self.kind, self.obj.id, self.fired, self.cleared)


class CameraScroll(Area):
    """When a player walks in, the view scrolls right by itself at ``speed`` px/s until its right
    edge meets this area's: a chase the players cannot dawdle in (see game/world/camera.py)."""

    kind = "camera_scroll"

    def enter(self, world: World) -> None:
        world.camera.start_scroll(float(self.obj.prop("speed")), self.rect.right)


class Spawner(Area):
    """Wakes the dormant objects it names (comma-separated ``targets``)."""

    kind = "spawner"

    def enter(self, world: World) -> None:
        from game.world.spawn import wake

        for target in self.obj.targets():
            wake(world, target)


class T1000Order(Area):
    """Tells the T-1000s it names (``targets``) what to do when the T-800 walks in.

    ``order`` is one of ``game.t1000.brain.ORDERS``: a form to hold
    ("puddle", "blob"; "policeman" lets it choose again), "blade" for a
    swing now, "sleep" to stand still and "hunt" to pursue again.  A T-1000
    not yet woken by a spawner does not hear it.
    """

    kind = "t1000_order"

    def enter(self, world: World) -> None:
        targets = set(self.obj.targets())
        for t1000 in world.t1000s:
            if t1000.name in targets:
                t1000.command(str(self.obj.prop("order")))


declare(Kind("checkpoint", area=True, optional={"t1000_restart": TEXT}, make=lambda w, o: Checkpoint(o),
             look=Look(drawer="checkpoint")))
declare(Kind("exit", area=True, optional={"next": TEXT, "escort": TEXT, "dormant": FLAG}, make=lambda w, o: Exit(o),
             look=Look(drawer="exit")))
declare(Kind("story", area=True, required={"text": TEXT}, optional={"seconds": Number(above=0, at_most=60)},
             make=lambda w, o: StoryTrigger(o)))
declare(Kind("camera_lock", area=True, make=lambda w, o: CameraLock(o)))
declare(Kind("camera_scroll", area=True, required={"speed": Number(above=0, at_most=600)},
             make=lambda w, o: CameraScroll(o)))
declare(Kind("spawner", area=True, required={"targets": TEXT}, make=lambda w, o: Spawner(o)))
declare(Kind("arena", area=True, optional={"targets": TEXT, "text": TEXT}, make=lambda w, o: Arena(o)))
declare(Kind("t1000_order", area=True, required={"targets": TEXT, "order": OneOf(ORDERS)},
             make=lambda w, o: T1000Order(o)))


# --- a roll-down security shutter ---------------------------------------------------------------
SHUTTER_GAP = 16.0  # px left under a closed shutter: nobody walks under it; liquid metal flows under it
SHUTTER_DROP_TIME = 0.5  # s it takes to roll down (drawn; it is solid at once)
SHUTTER_RAISE_TIME = 1.2  # s it takes to roll back up (drawn; the way is open at once)


class Shutter(Entity):
    """A shutter over a doorway (a rectangle): open until a set piece closes it (``close_shutter``),
    then solid down to a hand's breadth off the floor, until one raises it again (``open_shutter``)."""

    kind = "shutter"

    def __init__(self, obj: LevelObject) -> None:
        super().__init__(obj.rect.center[0], obj.rect.bottom)
        self.obj = obj
        self.rect = obj.rect
        self.name = obj.name
        self.closed = False
        self.shape: pymunk.Poly | None = None
        self.state = "open"
        self._start_closed = bool(obj.prop("shut", False))

    def added(self, world: World) -> None:
        if self._start_closed:
            self.close(world)
            self.state_time = SHUTTER_DROP_TIME

    def close(self, world: World) -> None:
        if self.closed:
            return
        r = self.rect
        self.shape = add_wall(world.space, r.x, r.y, r.right, r.bottom - SHUTTER_GAP)
        self.closed = True
        self.set_state("closed")
        world.sound("debris")
        world.add_shake(2.0)

    def open(self, world: World) -> None:
        """Roll it back up: the way is clear at once, the slats are drawn rising (state "raised")."""
        if not self.closed:
            return
        self.remove(world)
        self.shape = None
        self.closed = False
        self.set_state("raised")
        world.sound("debris")

    def remove(self, world: World) -> None:
        if self.shape is not None and self.shape in world.space.shapes:
            world.space.remove(self.shape)

    def hash_state(self) -> tuple:
        return (self.kind, self.obj.id, self.closed)


declare(Kind("shutter", area=True, optional={"shut": FLAG}, make=lambda w, o: Shutter(o),
             look=Look(drawer="shutter"),
             doc="A roll-down shutter over a doorway; closed (by close_shutter, or from the start: shut) it leaves "
                 "a gap only the liquid metal flows under, until open_shutter rolls it back up."))
