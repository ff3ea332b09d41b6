"""Level objects -> entities.  One table from Tiled type to constructor, used for every level."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from game.entities import hazards, triggers
from game.entities.humans import Cop, Thug
from game.entities.liquid import CHASE_DROPLETS, LiquidTerminator
from game.entities.pickups import Pickup
from game.entities.t800 import T800
from game.level.data import LevelObject

if TYPE_CHECKING:
    from game.entities.base import Entity
    from game.world.world import World


def _facing(obj: LevelObject) -> int:
    return 1 if obj.prop("facing", "left") == "right" else -1


def _feet(obj: LevelObject) -> tuple[float, float]:
    """Characters stand on the bottom edge of their object (a point: on the point)."""
    return (obj.rect.center[0], obj.rect.bottom)


def _droplets(obj: LevelObject) -> int:
    return int(obj.prop("droplets", CHASE_DROPLETS))


def _t1000(world: World, obj: LevelObject) -> Entity:
    x, y = _feet(obj)
    speed = obj.prop("speed")
    return LiquidTerminator(world, x, y, _droplets(obj),
                            None if speed is None else float(speed))


FACTORIES: dict[str, Callable[[World, LevelObject], Entity]] = {
    "thug": lambda w, o: Thug(w, *_feet(o), facing=_facing(o)),
    "cop": lambda w, o: Cop(w, *_feet(o), facing=_facing(o)),
    "t1000": _t1000,
    "pickup": lambda w, o: Pickup(*_feet(o), o.prop("item"), o.prop("amount")),
    "checkpoint": lambda w, o: triggers.Checkpoint(o),
    "exit": lambda w, o: triggers.Exit(o),
    "story": lambda w, o: triggers.StoryTrigger(o),
    "camera_lock": lambda w, o: triggers.CameraLock(o),
    "spawner": lambda w, o: triggers.Spawner(o),
    "arena": lambda w, o: triggers.Arena(o),
    "t1000_order": lambda w, o: triggers.T1000Order(o),
    "live_wire": lambda w, o: hazards.LiveWire(o),
    "debris": lambda w, o: hazards.DebrisTrigger(o),
    "traffic": lambda w, o: hazards.Traffic(o),
}


PLAYER_TWO_BEHIND = 20.0  # px: player two starts this far behind player one when the map has one start


def populate(world: World, players: int = 1) -> list[T800]:
    """Create the players and every non-dormant object; remember the dormant ones by name.

    Player one starts at the first ``player_start``; player two at the second
    if the map has one, else just behind player one.
    """
    world.dormant = {}
    starts = world.level.objects_of("player_start")
    team: list[T800] = []
    for slot in range(players):
        start = starts[min(slot, len(starts) - 1)]
        facing = _facing(start) if start.prop("facing") else 1
        x, y = _feet(start)
        if slot >= len(starts):
            x -= facing * PLAYER_TWO_BEHIND * slot
        player = T800(world, x, y)
        player.slot = slot
        player.facing = facing
        world.admit(player)
        team.append(player)
    for obj in world.level.objects:
        factory = FACTORIES.get(obj.kind)
        if factory is None:
            continue  # player_start, molten (geometry) and the like
        if obj.prop("dormant", False):
            world.dormant.setdefault(obj.name, []).append(obj)
            if obj.kind == "t1000":
                LiquidTerminator.prepare(_droplets(obj))
            continue
        entity = factory(world, obj)
        entity.name = obj.name
        world.admit(entity)
    return team


def wake(world: World, name: str) -> None:
    for obj in world.dormant.pop(name, []):
        entity = FACTORIES[obj.kind](world, obj)
        entity.name = obj.name
        world.add(entity)
