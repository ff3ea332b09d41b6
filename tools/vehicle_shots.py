"""Screenshots of the vehicle test map, to see that vehicles read as vehicles (run under Xvfb on a server).

    xvfb-run -a python tools/vehicle_shots.py [OUT_DIR]

Plays tests/world/vehicle_ramp.tmx the way its tests do (walk to the bike,
get on, ride up the ramp and over the top; a truck carrying the T-800 on its
bed) and saves the world as WorldView draws it, at 2x: ``bike_parked.png``,
``bike_air.png``, ``bike_landed.png``, ``truck_carry.png``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame  # noqa: E402

from game.input.actions import Action, InputSnapshot  # noqa: E402
from game.level import load_level  # noqa: E402
from game.render.world_view import WorldView  # noqa: E402
from game.timestep import DT  # noqa: E402
from game.world.world import World  # noqa: E402

MAP = ROOT / "tests" / "world" / "vehicle_ramp.tmx"
VIEW = (480, 270)


def shot(world: World, view: WorldView, centre: tuple[float, float], path: Path) -> None:
    surface = pygame.Surface(VIEW)
    cam = (centre[0] - VIEW[0] / 2, max(0.0, min(world.level.pixel_size[1] - VIEW[1], centre[1] - VIEW[1] / 2)))
    view.draw(surface, world, cam, 1.0)
    pygame.image.save(pygame.transform.scale_by(surface, 2), str(path))
    print(path)


def main(out: Path) -> None:
    pygame.init()
    pygame.display.set_mode((1, 1))
    out.mkdir(parents=True, exist_ok=True)
    world = World(load_level(MAP), seed=1)
    view = WorldView(world)
    p = world.player
    bike = next(e for e in world.entities if e.kind == "motorcycle")
    right = InputSnapshot.of({Action.RIGHT})
    while not bike.near_seat(p.x, p.y):
        world.step(DT, right)
    shot(world, view, (bike.x + 60, bike.y - 40), out / "bike_parked.png")
    world.step(DT, InputSnapshot.of({Action.INTERACT}, {Action.INTERACT}))
    airborne = landed = False
    for _ in range(60 * 6):
        held = {Action.RIGHT}
        if not bike.on_ground:  # keep it level in the air, as a player would
            held.add(Action.UP if bike.angle > 0.05 else Action.DOWN if bike.angle < -0.05 else Action.RIGHT)
        world.step(DT, InputSnapshot.of(held))
        if bike.airborne_frames == 8 and not airborne:
            airborne = True
            shot(world, view, (bike.x, bike.y - 40), out / "bike_air.png")
        if airborne and bike.on_ground and not landed and bike.x > 640:
            landed = True
            shot(world, view, (bike.x, bike.y - 40), out / "bike_landed.png")
            break
    truck = next(e for e in world.entities if e.kind == "truck")
    world = World(load_level(MAP), seed=1)
    view = WorldView(world)
    truck = next(e for e in world.entities if e.kind == "truck")
    world.player.place(truck.x - 45, truck.y - 24)
    truck.drive(0.6)
    for _ in range(90):
        world.step(DT, InputSnapshot())
    shot(world, view, (truck.x, truck.y - 40), out / "truck_carry.png")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("shots"))
