"""Small hand-drawn test maps: an ASCII picture becomes a real .tmx with the game's tileset."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.input.actions import Action, InputSnapshot
from game.level import load_level
from game.timestep import DT
from game.world.world import World
from tests.maps import tmx_text

GIDS = {"#": 2, "=": 7, "H": 9, "^": 24, "|": 23, ".": 0}


def make_map(tmp_path: Path, rows: list[str], objects: list[str]) -> Path:
    h, w = len(rows), len(rows[0])
    data = ",\n".join(",".join(str(GIDS[c]) for c in row) for row in rows)
    text = tmx_text(w, h, data, "".join(objects))
    path = tmp_path / "arena.tmx"
    path.write_text(text)
    return path


def obj(oid: int, kind: str, x: float, y: float, w: float = 0, h: float = 0, name: str = "", **props) -> str:
    size = f' width="{w}" height="{h}"' if w else ""
    ps = "".join(f'<property name="{k}" value="{v}"/>' if not isinstance(v, bool)
                 else f'<property name="{k}" type="bool" value="{str(v).lower()}"/>' for k, v in props.items())
    inner = (f"<properties>{ps}</properties>" if ps else "") + ("" if w else "<point/>")
    named = f' name="{name}"' if name else ""
    return f'<object id="{oid}"{named} type="{kind}" x="{x}" y="{y}"{size}>{inner}</object>'


FLAT = ["." * 40] * 10 + ["#" * 40] * 2  # ground top at y = 160


@pytest.fixture
def arena(tmp_path):
    """Build a world from rows + extra objects; the player starts at tile x=4 on the ground."""

    def build(rows=None, objects=(), start_x=64, seed=1, players=1, difficulty=None) -> World:
        rows = rows or FLAT
        ground_y = next(i for i, r in enumerate(rows) if "#" in r[int(start_x // 16)]) * 16
        objs = [obj(1, "player_start", start_x, ground_y), obj(2, "exit", (len(rows[0]) - 2) * 16, ground_y - 32, 16, 32)]
        objs += list(objects)
        return World(load_level(make_map(tmp_path, rows, objs)), seed=seed, players=players, difficulty=difficulty)

    return build


def press(*actions: Action, held: tuple = ()) -> InputSnapshot:
    return InputSnapshot.of(set(actions) | set(held), set(actions))


def hold(*actions: Action) -> InputSnapshot:
    return InputSnapshot.of(set(actions))


def run(world: World, snaps, frames: int | None = None) -> None:
    if isinstance(snaps, InputSnapshot):
        snaps = [snaps] * (frames or 1)
    for s in snaps:
        world.step(DT, s)
        world.drain_events()


def only(world: World, kind: str):
    """The one entity of ``kind`` in ``world`` (a test map that places one)."""
    (entity,) = [e for e in world.entities if e.kind == kind]
    return entity


def settle(world: World, frames: int = 30) -> None:
    run(world, InputSnapshot(), frames)
