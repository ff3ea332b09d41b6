"""Screenshots of the T-1000 in each state, for eyeballing the liquid-chrome look.

    python tools/t1000_screens.py [out_dir]     (default /tmp/t1000_screens)

Headless: renders off-screen on the night-blue background at 3x scale.  Also
``lineup_1x.png`` and ``lineup_3x.png``: the T-1000 disguised, walking, with the
blade out, frozen and as a puddle, each next to a real cop, at 1x and 3x.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pygame  # noqa: E402

from game.t1000 import T1000  # noqa: E402
from game.t1000.arena import build_arena, build_course  # noqa: E402
from game.t1000.render import T1000Renderer  # noqa: E402
from game.world.physics import PHYSICS_SUBSTEPS, new_space  # noqa: E402

DT = 1 / 60
BG = (14, 18, 38)
FLOOR = (40, 44, 70)
VIEW = (160, 90)  # px cropped around the body
SCALE = 3


class Scene:
    def __init__(self, seed: int = 3, course: dict | None = None, x: float = 120.0) -> None:
        self.space = new_space()
        if course is not None:
            self.arena = build_course(self.space, **course)
        else:
            self.arena = build_arena(self.space, step=False, door=False, bars=False, molten=False)
        self.body = T1000(self.space, (x, self.arena.floor_y - 22), rng=random.Random(seed))
        self.renderer = T1000Renderer()

    def run(self, frames: int, target=None) -> None:
        for _ in range(frames):
            self.body.update(DT, target)
            for _ in range(PHYSICS_SUBSTEPS):
                self.space.step(DT / PHYSICS_SUBSTEPS)

    def view(self, centre: tuple[float, float] | None = None) -> pygame.Surface:
        """The VIEW-sized crop around the body, at 1x."""
        cx, cy = centre or self.body.position
        ox, oy = cx - VIEW[0] / 2, cy - VIEW[1] / 2 - 4
        surf = pygame.Surface(VIEW)
        surf.fill(BG)
        fy = self.arena.floor_y - oy
        pygame.draw.rect(surf, FLOOR, (0, fy, VIEW[0], VIEW[1] - fy))
        for box in (self.arena.wall, self.arena.pit):
            if box is not None:
                x0, y0, x1, y1 = box
                colour = BG if box is self.arena.pit else FLOOR
                pygame.draw.rect(surf, colour, (x0 - ox, y0 - oy, x1 - x0, y1 - y0))
        self.renderer.draw(surf, self.body, (ox, oy))
        return surf

    def shot(self, path: Path, centre: tuple[float, float] | None = None) -> pygame.Surface:
        surf = self.view(centre)
        pygame.image.save(pygame.transform.scale(surf, (VIEW[0] * SCALE, VIEW[1] * SCALE)), str(path))
        return surf


def with_cop(view: pygame.Surface, label: str) -> pygame.Surface:
    """A lineup cell: the T-1000 crop with a real cop (its idle frame) standing 40 px to its left."""
    from game.render import sprites
    from game.render.text import font

    cell = view.copy()
    floor = VIEW[1] / 2 + 4 + 22  # the body's soles in the crop (see Scene.view)
    sprites.sheet("cop").draw(cell, "idle", 0.0, VIEW[0] / 2 - 40, floor, 1)
    font().draw(cell, label, (4, 3), (200, 200, 210))
    return cell


def lineup(cells: list[pygame.Surface], out: Path) -> None:
    sheet = pygame.Surface((VIEW[0] * len(cells), VIEW[1]))
    for i, cell in enumerate(cells):
        sheet.blit(cell, (i * VIEW[0], 0))
    pygame.image.save(sheet, str(out / "lineup_1x.png"))
    pygame.image.save(pygame.transform.scale_by(sheet, SCALE), str(out / "lineup_3x.png"))


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "/tmp/t1000_screens")
    out.mkdir(parents=True, exist_ok=True)
    pygame.display.init()
    cells = []
    s = Scene()
    s.run(30)
    cells.append(with_cop(s.shot(out / "standing.png"), "disguised"))
    s.run(50, (400.0, 278.0))
    cells.append(with_cop(s.shot(out / "walking.png"), "walking"))
    s.run(40, (900.0, 278.0))
    s.shot(out / "running.png")
    x, y = s.body.position
    for k in range(6):
        s.body.shoot((x - 2, y - 8 + 3 * k - 6), (1.0, 0.05 * (k - 3)), 1.0)
    s.run(4, None)
    s.shot(out / "shotgun_hit.png")
    s.run(60, None)
    s.body.command("blade")
    s.run(26, None)
    cells.append(with_cop(s.shot(out / "blade_windup.png"), "blade up"))
    s.run(8, None)
    cells.append(with_cop(s.shot(out / "blade_swing.png"), "blade swing"))
    s.run(60, None)
    s.body.command("puddle")
    s.run(60, None)
    cells.append(with_cop(s.shot(out / "puddle.png"), "puddle"))
    s.body.command("policeman")
    s.run(60, None)
    # One burst of nitrogen on the upper body: that part frosts and stiffens, the legs still walk.
    x, y = s.body.position
    s.body.add_cold((x + 4, y - 14), 9, 3.0)
    s.run(20, (x + 300, y))
    s.shot(out / "part_frozen.png")
    s.run(200, None)  # thawed again
    x, y = s.body.position
    s.body.add_cold((x, y), 60, 2.0)
    s.run(10, None)
    cells.append(with_cop(s.shot(out / "frozen.png"), "frozen"))
    lineup(cells, out)
    x, y = s.body.position
    s.body.shoot((x - 4, y - 6), (1.0, 0.0), 1.0)
    s.run(3, None)
    s.shot(out / "shattered_flying.png", (x, y))
    s.run(60, None)
    s.shot(out / "shattered.png", (x, y))
    s.run(50, None)
    s.shot(out / "reforming.png", (x, y))
    s.run(60, None)
    s.shot(out / "reforming_late.png", (x, y))
    s.run(200, None)
    s.shot(out / "reformed.png")
    # Leaping a 40 px wall on the way to the target: the crouch (warning), then the arc.
    w = Scene(course={"wall_height": 40.0}, x=330.0)
    target = (560.0, 278.0)
    centre = (410.0, 270.0)
    for _ in range(60 * 3):
        w.run(1, target)
        if w.body.intent.crouch > 0.9:
            w.shot(out / "leap_crouch.png", centre)
            break
    for _ in range(60):
        if w.body.brain.leaps and w.body.air_t >= 0.12:
            break
        w.run(1, target)
    w.shot(out / "leap_air.png", (centre[0], centre[1] - 20))
    print(f"saved to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
