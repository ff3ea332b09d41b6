"""What the world view shows a player: hazards that can kill are drawn where they are."""

from __future__ import annotations

import numpy as np
import pygame

from game import assets
from game.level import load_level
from game.level.loader import find_level
from game.render import INTERNAL_SIZE
from game.render.molten import SURFACE_DROP
from game.render.world_view import WorldView
from game.world.world import World


def _frame(world: World, view: WorldView, cam: tuple[float, float]) -> np.ndarray:
    surface = pygame.Surface(INTERNAL_SIZE)
    view.draw(surface, world, cam, 1.0)
    return pygame.surfarray.array3d(surface).astype(int)


def test_molten_steel_glows_where_the_pool_is_and_moves(display):
    world = World(load_level(find_level("t1000_lab")), seed=1)
    (pool,) = world.level.objects_of("molten")
    view = WorldView(world)
    cam = (0.0, pool.rect.bottom - INTERNAL_SIZE[1] + 40)
    before = _frame(world, view, cam)
    x0, x1 = int(pool.rect.x - cam[0]), int(pool.rect.right - cam[0])
    y0, y1 = int(pool.rect.y - cam[1]), int(pool.rect.bottom - cam[1])
    steel = before[x0:x1, y0:y1]
    top = steel[:, SURFACE_DROP + 3:SURFACE_DROP + 12]  # just under the crust
    assert ((top[..., 0] > 180) & (top[..., 2] < 90)).mean() > 0.8  # orange to yellow
    outside = before[x1 + 40:x1 + 120, y0:y1]
    assert ((outside[..., 0] > 180) & (outside[..., 2] < 90)).mean() < 0.05
    world.frame += 30  # drawing follows the world's clock: the surface is alive
    assert (_frame(world, view, cam)[x0:x1, y0:y1] != steel).any()


def test_a_live_cable_lights_the_water_it_hangs_in(display):
    world = World(load_level(find_level("freeway")), seed=1)
    wire = [e for e in world.entities if e.kind == "live_wire"][0]
    view = WorldView(world)
    cam = (wire.rect.x - 200, wire.rect.y - 200)
    x0, x1 = int(wire.rect.x - cam[0]) + 12, int(wire.rect.right - cam[0]) - 12
    y0, y1 = int(wire.rect.y - cam[1]), int(wire.rect.bottom - cam[1])

    def water_brightness() -> float:
        return float(_frame(world, view, cam)[x0:x1, y0:y1].sum())

    wire.live, wire.warning = False, False
    off = water_brightness()
    wire.live = True
    assert water_brightness() > off * 1.2


def test_reduced_flashing_keeps_warnings_steady_and_softens_flashes(display):
    from game.render.effects import Effects

    world = World(load_level(find_level("freeway")), seed=1)
    wire = [e for e in world.entities if e.kind == "live_wire"][0]
    view = WorldView(world)
    cam = (wire.rect.x - 200, wire.rect.y - 200)
    wire.live, wire.warning = False, True

    def crackle_frames(reduced: bool) -> list[bool]:
        seen = []
        for frame in range(12):
            world.frame = frame
            surface = pygame.Surface(INTERNAL_SIZE)
            view.draw(surface, world, cam, 1.0, reduced_flashing=reduced)
            line = view._water_line(wire.rect)
            x0, x1 = int(wire.rect.x - cam[0]), int(wire.rect.right - cam[0])
            px = pygame.surfarray.array3d(surface)[x0:x1, int(line - cam[1]) - 10:int(line - cam[1]) - 2]
            seen.append(bool(((px[..., 2] > 200) & (px[..., 1] > 180)).any()))  # electric blue or white
        return seen

    assert len(set(crackle_frames(False))) == 2  # flickers on and off
    assert all(crackle_frames(True))  # steady: still there to warn, but not strobing

    def flash_brightness(reduced: bool) -> int:
        effects = Effects()
        effects.handle(("fx", "muzzle_flash", 100, 100, 1))
        surface = pygame.Surface((200, 200))
        effects.draw(surface, 0, 0, reduced_flashing=reduced)
        return int(pygame.surfarray.array3d(surface).sum())

    assert 0 < flash_brightness(True) < 0.7 * flash_brightness(False)


def test_player_two_is_drawn_in_other_colours(display):
    """Two Terminators side by side: player two's jacket is green, player one's is not."""
    world = World(load_level(find_level("freeway")), seed=1, players=2)
    one, two = world.players
    two.place(one.x + 60, one.y)
    view = WorldView(world)
    cam = (one.x - 100, one.y - 150)
    frame = _frame(world, view, cam)

    def greenish(p) -> float:
        x, y = int(p.x - cam[0]), int(p.y - cam[1])
        box = frame[x - 10:x + 10, y - 40:y - 12]
        return float(((box[..., 1] > box[..., 0]) & (box[..., 1] > box[..., 2] + 10)).sum())

    assert greenish(two) > 40
    assert greenish(one) < greenish(two) / 4


def test_a_cops_shot_is_telegraphed_and_the_round_is_seen(display, tmp_path):
    """A "!" over an aiming cop, then a bright streak for the round (it used to be a small yellow dot)."""
    from game.input.actions import InputSnapshot
    from game.timestep import DT
    from tests.world.conftest import make_map, obj

    rows = ["." * 40] * 10 + ["#" * 40] * 2
    path = make_map(tmp_path, rows, [obj(1, "player_start", 64, 160), obj(2, "exit", 600, 128, 16, 32),
                                     obj(3, "cop", 264, 160, facing="left")])
    world = World(load_level(path), seed=1)
    view = WorldView(world)
    cop = next(e for e in world.entities if e.kind == "cop")
    gold = np.array(assets.color("gold"))
    seen_warning = False
    for _ in range(40):
        world.step(DT, InputSnapshot())
        if cop.state == "aim":
            above = _frame(world, view, (0.0, 0.0))[int(cop.x) - 6:int(cop.x) + 6, int(cop.y) - 64:int(cop.y) - 44]
            seen_warning |= bool((np.abs(above - gold).sum(axis=2) < 60).any())
    assert seen_warning
    while not any(e.kind == "bullet" for e in world.entities):
        world.step(DT, InputSnapshot())
    world.step(DT, InputSnapshot())
    bullet = next(e for e in world.entities if e.kind == "bullet")
    frame = _frame(world, view, (0.0, 0.0))
    streak = frame[int(bullet.x) - 14:int(bullet.x) + 14, int(bullet.y) - 2:int(bullet.y) + 3]
    assert (streak.sum(axis=2) > 600).sum() >= 12  # at least a dozen bright pixels along its path
