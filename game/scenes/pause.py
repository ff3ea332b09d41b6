"""The pause menu over a frozen level: resume, restart, options, quit to title."""

from __future__ import annotations

import pygame

from game import assets
from game.input.actions import Action, InputSnapshot
from game.render.text import font
from game.scenes.base import Scene
from game.scenes.menu import Item, Menu, draw_panel


class PauseScene(Scene):
    draws_below = True

    def __init__(self, app, play) -> None:
        super().__init__(app)
        self.play = play
        self.menu = Menu([
            Item("Resume", self.resume),
            Item("Restart level", self.restart),
            Item("Options", self.options),
            Item("Quit to title", app.quit_to_title),
        ], on_back=self.resume)
        self.menu.sound = app.audio.play
        app.audio.pause_all(True)

    def resume(self) -> None:
        self.app.audio.pause_all(False)
        self.app.stack.pop()

    def restart(self) -> None:
        self.app.audio.pause_all(False)
        self.app.start_level(self.play.level_name, seed=self.play.seed)

    def options(self) -> None:
        from game.scenes.options import OptionsScene

        self.app.stack.push(OptionsScene(self.app))

    def fixed_update(self, dt: float, snap: InputSnapshot) -> None:
        if snap.was_pressed(Action.PAUSE):
            self.resume()
            return
        self.menu.update(snap)

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        veil = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
        veil.fill((*assets.color("ink", (10, 12, 24)), 150))
        surface.blit(veil, (0, 0))
        rect = pygame.Rect(0, 0, 220, 110)
        rect.center = (surface.get_width() // 2, surface.get_height() // 2)
        draw_panel(surface, rect)
        font().draw(surface, "PAUSED", (rect.centerx, rect.top + 12), assets.color("gold", (255, 210, 90)),
                    align="center", scale=2)
        self.menu.draw(surface, rect.centerx, rect.top + 44)
