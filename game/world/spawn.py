"""Level objects -> entities, through each kind's own factory (``Kind.make`` in game/level/kinds.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.entities.hero import Hero, make_hero
from game.level.kinds import KINDS

if TYPE_CHECKING:
    from game.world.world import World


PLAYER_TWO_BEHIND = 20.0  # px: player two starts this far behind player one when the map has one start


def populate(world: World, players: int = 1) -> list[Hero]:
    """Create the players and every non-dormant object; remember the dormant ones by name.

    Player one starts at the first ``player_start``; player two at the second
    if the map has one, else just behind player one.  The start says who plays
    (``character``: the T-800 unless it says Sarah; ``character2`` for player two).
    """
    world.dormant = {}
    starts = world.level.objects_of("player_start")
    team: list[Hero] = []
    for slot in range(players):
        start = starts[min(slot, len(starts) - 1)]
        facing = start.facing if start.prop("facing") else 1
        x, y = start.feet
        if slot >= len(starts):
            x -= facing * PLAYER_TWO_BEHIND * slot
        player = make_hero(world, slot, x, y)  # who, as the start says (game/entities/hero.py)
        player.facing = facing
        world.admit(player)
        team.append(player)
    for obj in world.level.objects:
        kind = KINDS[obj.kind]
        if kind.make is None:
            continue  # player_start, molten (geometry) and the like
        if obj.prop("dormant", False):
            world.dormant.setdefault(obj.name, []).append(obj)
            if kind.prepare is not None:
                kind.prepare(obj)  # at load, so waking it later costs no frame
            continue
        entity = kind.make(world, obj)
        entity.name = obj.name
        world.admit(entity)
    return team


def wake(world: World, name: str) -> None:
    for obj in world.dormant.pop(name, []):
        entity = KINDS[obj.kind].make(world, obj)
        entity.name = obj.name
        world.add(entity)
