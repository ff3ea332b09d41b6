"""Short-lived visual effects: sprite-animated bursts, shotgun tracers, floating score numbers.

They are presentation only: the world announces them as events and they
live here, in the scene, never in the simulation.  Each kind is a handful of
fields in a list, updated and drawn in one pass.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game import assets
from game.render import sprites
from game.render.text import font

TRACER_TIME = 0.07
POPUP_TIME = 0.9
MAX_EFFECTS = 300


@dataclass
class Burst:
    name: str
    x: float
    y: float
    facing: int
    t: float = 0.0
    vx: float = 0.0
    vy: float = 0.0


GLARING = ("muzzle_flash", "explosion", "hit")  # bursts that flash the screen
SOFT_FLASH_ALPHA = 110


class Effects:
    def __init__(self) -> None:
        self.bursts: list[Burst] = []
        self.tracers: list[list[float]] = []  # x0, y0, x1, y1, age
        self.popups: list[list] = []  # text, x, y, age
        self.flash = 0.0
        self._sheet = None

    @property
    def sheet(self):
        if self._sheet is None:
            self._sheet = sprites.sheet("fx")
        return self._sheet

    def handle(self, event: tuple) -> None:
        kind = event[0]
        if kind == "fx":
            _, name, x, y, facing = event
            if len(self.bursts) < MAX_EFFECTS:
                b = Burst(name, x, y, facing)
                if name == "shell_casing":
                    b.vx, b.vy = facing * 60.0, -120.0
                elif name in ("smoke", "dust", "frost_mist", "gas"):
                    b.vy = -12.0
                self.bursts.append(b)
        elif kind == "tracer":
            _, x0, y0, x1, y1 = event
            self.tracers.append([x0, y0, x1, y1, 0.0])
        elif kind == "score":
            _, points, x, y = event
            self.popups.append([f"{points:+d}", x, y, 0.0])
        elif kind == "casualty":
            self.popups.append(["HUMAN CASUALTY", event[1], event[2] - 50, 0.0])
            self.flash = 0.15

    def update(self, dt: float) -> None:
        alive = []
        for b in self.bursts:
            b.t += dt
            if b.vx or b.vy:
                b.x += b.vx * dt
                b.y += b.vy * dt
                if b.name == "shell_casing":
                    b.vy += 700 * dt
            anim = self.sheet.get(b.name, "spark")
            if anim.loop and b.t < 1.0 or b.t < anim.length:
                alive.append(b)
        self.bursts = alive
        for tr in self.tracers:
            tr[4] += dt
        self.tracers = [t for t in self.tracers if t[4] < TRACER_TIME]
        for p in self.popups:
            p[3] += dt
            p[2] -= 24 * dt
        self.popups = [p for p in self.popups if p[3] < POPUP_TIME]
        self.flash = max(0.0, self.flash - dt)

    def draw(self, surface: pygame.Surface, ox: float, oy: float, *, reduced_flashing: bool = False) -> None:
        tracer = assets.color("tracer", (255, 226, 150))
        for x0, y0, x1, y1, _age in self.tracers:
            pygame.draw.line(surface, tracer, (x0 - ox, y0 - oy), (x1 - ox, y1 - oy))
        for b in self.bursts:
            # Reduced flashing: the bright one-frame bursts are drawn see-through, not at full glare.
            alpha = SOFT_FLASH_ALPHA if reduced_flashing and b.name in GLARING else None
            self.sheet.draw(surface, b.name, b.t, b.x - ox, b.y - oy, b.facing, "spark", alpha=alpha)
        f = font()
        gold = assets.color("gold", (255, 210, 90))
        red = assets.color("red", (220, 60, 50))
        for text, x, y, _age in self.popups:
            f.draw(surface, text, (x - ox, y - oy), red if text.startswith(("-", "HUMAN")) else gold, align="center")
