"""Areas a level designer draws in Tiled that react when the T-800 walks in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.entities.base import Entity
from game.level.data import LevelObject, Rect

if TYPE_CHECKING:
    from game.world.world import World


class Area(Entity):
    """An invisible rectangle that fires ``enter`` once, the first time the player is inside."""

    kind = "area"
    once = True

    def __init__(self, obj: LevelObject) -> None:
        super().__init__(obj.rect.x, obj.rect.bottom)
        self.rect: Rect = obj.rect
        self.obj = obj
        self.name = obj.name
        self.fired = False

    def player_inside(self, world: World) -> bool:
        p = world.player
        return p.state != "dead" and self.rect.overlaps(*p.hurtbox())

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
        p = world.player
        p.respawn_point = (self.rect.center[0], self.rect.bottom)
        world.sound("checkpoint")
        world.emit("checkpoint", self.rect.center[0], self.rect.bottom)
        world.show_caption("CHECKPOINT", 2.0)
        world.add_score(250)


class Exit(Area):
    kind = "exit"

    def enter(self, world: World) -> None:
        world.outcome = "completed"
        world.next_level = self.obj.prop("next")
        world.sound("level_complete")


class StoryTrigger(Area):
    kind = "story"

    def enter(self, world: World) -> None:
        world.show_caption(str(self.obj.prop("text")), float(self.obj.prop("seconds", 4.5)))


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


class Spawner(Area):
    """Wakes the dormant objects it names (comma-separated ``targets``)."""

    kind = "spawner"

    def enter(self, world: World) -> None:
        from game.world.spawn import wake

        for target in str(self.obj.prop("targets")).split(","):
            wake(world, target.strip())
