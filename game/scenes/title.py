"""The title screen: the logo over the night freeway, and the main menu (Play opens the modes)."""

from __future__ import annotations

import math

import pygame

from game import __version__, assets
from game.input.actions import InputSnapshot
from game.render.text import font
from game.scenes.base import Scene
from game.scenes.menu import Item, Menu, draw_backdrop

ATTRACT_AFTER = 25.0  # s of no input on the title before the demo plays


class TitleScene(Scene):
    music = "title"

    def __init__(self, app) -> None:
        super().__init__(app)
        self.menu = Menu([
            Item("Play", self.play),
            Item("High scores", self.high_scores),
            Item("Options", self.options),
            Item("Quit", app.quit),
        ], on_back=self._to_quit)
        self.menu.sound = app.audio.play
        self.t = 0.0
        self.idle = 0.0

    def enter(self) -> None:
        super().enter()
        self.idle = 0.0

    def play(self) -> None:
        """The modes: Story, Arcade, Level Training, Boss Rush, the Lab."""
        from game.scenes.play_menu import PlayMenuScene

        self.app.stack.push(PlayMenuScene(self.app))

    def high_scores(self) -> None:
        from game.scenes.records import HighScoreScene

        self.app.stack.push(HighScoreScene(self.app))

    def _to_quit(self) -> None:
        """Esc on the title moves to Quit (a second Esc-then-Enter leaves), as arcade ports do."""
        self.menu.index = len(self.menu.items) - 1

    def options(self) -> None:
        from game.scenes.options import OptionsScene

        self.app.stack.push(OptionsScene(self.app))

    def fixed_update(self, dt: float, snap: InputSnapshot) -> None:
        self.t += dt
        self.idle = 0.0 if snap.held or snap.pressed else self.idle + dt
        if self.idle >= ATTRACT_AFTER:
            self.idle = 0.0
            if self.app.start_attract():
                return
        self.menu.update(snap)

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        draw_backdrop(surface, self.t * 40.0, veil=110)
        cx = surface.get_width() // 2
        try:
            logo = assets.image("ui", "logo.png")
            bob = round(math.sin(self.t * 1.5) * 2)
            surface.blit(logo, logo.get_rect(midtop=(cx, 40 + bob)))
        except assets.AssetError:
            font().draw(surface, "JUDGMENT DAY", (cx, 60), assets.color("chrome", (200, 210, 230)),
                        align="center", scale=4)
        self.menu.draw(surface, cx, 190, spacing=16)
        f = font()
        f.draw(surface, "An original fan retelling. All art, sound and code made for this game.",
               (cx, surface.get_height() - 24), assets.color("steel", (120, 130, 150)), align="center")
        f.draw(surface, f"v{__version__}", (surface.get_width() - 6, surface.get_height() - 12),
               assets.color("steel", (120, 130, 150)), align="right")
