"""Screenshots of the Steel Mill's set pieces, as the player sees them (run under Xvfb on a server).

    xvfb-run -a python tools/mill_shots.py [OUT_DIR]

Plays levels/steel_mill.tmx with the scripted player (the autopilot) and saves the view, HUD
included, at 2x when each set piece happens: the gate and the spill, the T-1000 frozen, shattered
and reforming, the hunt under the ladles, the press line, the crane bay's swinging hooks, the Sarah disguise (both Sarahs on screen), the
shutdown, Sarah alone with it, the emergency power, the launcher, the vat and the melt.  Also a shot every
``--every`` frames (0: none) for a look at the whole way through.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame  # noqa: E402

from game.input.autopilot import Autopilot  # noqa: E402
from game.input.bindings import Bindings, control_hints  # noqa: E402
from game.level import load_level  # noqa: E402
from game.level.loader import find_level  # noqa: E402
from game.render.hud import draw_boss_bars, draw_hud  # noqa: E402
from game.render.world_view import WorldView  # noqa: E402
from game.timestep import DT  # noqa: E402
from game.world.camera import VIEW_SIZE  # noqa: E402
from game.world.world import World  # noqa: E402


def shot(world: World, view: WorldView, path: Path) -> None:
    surface = pygame.Surface(VIEW_SIZE)
    view.draw(surface, world, world.camera.offset(1.0), 1.0)
    draw_hud(surface, world, control_hints(Bindings(), False))  # captions name the default keys, as in play
    draw_boss_bars(surface, world)
    pygame.image.save(pygame.transform.scale_by(surface, 2), str(path))
    print(path, "frame", world.frame)


def moments(world: World):
    """(name, test) pairs: a shot the first frame each test holds (a few frames late where a look
    needs time to develop)."""
    boss = world.t1000s[0]
    p = world.player
    vat = next(o for o in world.level.objects if o.name == "vat_room").rect

    def sarahs():
        real = [e for e in world.entities if e.kind == "wounded_sarah" and e.alive]
        return real and boss.body.form == "sarah" and boss.body.state == "liquid" and abs(boss.x - p.x) < 200

    return [
        ("01_gate", lambda: world.frame == 90),
        ("02_frozen", lambda: boss.body.state == "frozen"),
        ("03_shattered", lambda: boss.body.state == "shattered"),
        ("04_reforming", lambda: boss.body.state == "reforming"),
        ("05_ladles", lambda: 980 < p.x < 1010),
        ("06_catwalks", lambda: 1400 < p.x < 1430),
        ("06_pouring_floor", lambda: any(e.kind == "ladle" and e.live and abs(e.rect.center[0] - p.x) < 90
                                         and e.rect.x > 1700 for e in world.entities)),
        ("06_presses", lambda: any(e.kind == "press" and e.live and abs(e.rect.center[0] - p.x) < 120
                                   for e in world.entities)),
        ("06_crane_bay", lambda: any(e.kind == "hook" and e.live and abs(e.claw()[0] - p.x) < 70 for e in world.entities)),
        ("06_grate_ambush", lambda: any(e.kind == "hook" for e in world.entities) and 60 < boss.x - p.x < 220
         and 3300 < p.x < 3900),
        ("06_fire_door", lambda: world.script.shown_timer is not None and world.script.shown_timer[0] == "door"
         and abs(boss.x - p.x) < 90),
        ("07_two_sarahs", sarahs),
        ("08_shutdown", lambda: getattr(p, "shutdown", 0) > 0.5),
        ("08_sarah_alone", lambda: world.player.kind == "sarah" and abs(boss.x - world.player.x) < 120),
        ("09_emergency", lambda: getattr(p, "emergency", 0) > 0 and p.emergency < p.emergency_full - 1),
        ("10_launcher", lambda: p.grenades > 0),
        ("11_melting", lambda: boss.body.state == "melting" and boss.x >= vat.x),  # in the vat, not a ladle's pour
        ("12_gone", lambda: not boss.alive),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default="shots/mill")
    parser.add_argument("--every", type=int, default=0, help="also a shot every N frames")
    parser.add_argument("--frames", type=int, default=60 * 150)
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    pygame.init()
    pygame.display.set_mode((1, 1))
    world = World(load_level(find_level("steel_mill")), seed=1)
    view = WorldView(world)
    pilot = Autopilot(world)
    todo = moments(world)
    late: list[tuple[int, str]] = []
    for _ in range(args.frames):
        world.step(DT, pilot.next_frame())
        for name, test in list(todo):
            if test():
                todo.remove((name, test))
                late.append((world.frame + 12, name))
        for at, name in list(late):
            if world.frame >= at:
                late.remove((at, name))
                shot(world, view, out / f"{name}.png")
        if args.every and world.frame % args.every == 0:
            shot(world, view, out / f"every_{world.frame:05d}.png")
        if world.outcome:
            break
    print("outcome", world.outcome, "missed", [name for name, _ in todo])
    disguise(out)
    return 0


def disguise(out: Path) -> None:
    """The Sarah set piece as a careful player meets it: walk in, stop, watch both come."""
    from game.input.actions import Action, InputSnapshot

    world = World(load_level(find_level("steel_mill")), seed=1)
    view = WorldView(world)
    boss = world.t1000s[0]
    p = world.player
    (cp,) = [o for o in world.level.objects if o.name == "cp_sarah"]  # the checkpoint before the disguise
    p.place(cp.x + 132, p.y)
    world.camera.snap_to(p.x, p.y)
    boss.relocate(p.x - 200, p.y)
    pilot = Autopilot(world)
    for _ in range(600):
        if world.find("sarah"):
            break
        world.step(DT, pilot.next_frame())
    left = InputSnapshot.of({Action.LEFT})
    for k in range(150):
        world.step(DT, left if k < 20 else InputSnapshot())  # a step back, to watch
        if k in (70, 140):
            shot(world, view, out / f"07_disguise_{k}.png")


if __name__ == "__main__":
    sys.exit(main())
