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

    def __init__(self, app, play, reason: str | None = None) -> None:
        super().__init__(app)
        self.play = play
        self.reason = reason  # why the game paused by itself (a controller pulled out), shown under the menu
        self.armed: str | None = None  # a run-ending choice waiting for its second press
        items = [
            Item("Resume", self.resume),
            Item(lambda: self._label("Restart level"), lambda: self._confirm("Restart level", self.restart)),
            Item("Options", self.options),
            Item(lambda: self._label("Quit to title"), lambda: self._confirm("Quit to title", app.quit_to_title)),
        ]
        if len(play.world.players) > 1:  # co-op: player two may drop out (and back in with Start)
            items.insert(1, Item("Player 2 leaves", self.player_two_leaves))
        self.menu = Menu(items, on_back=self.resume)
        self.menu.sound = app.audio.play
        app.audio.pause_all(True)

    def resume(self) -> None:
        self.app.audio.pause_all(False)
        self.app.stack.pop()

    def player_two_leaves(self) -> None:
        self.play.leaving = 1  # handed to the world as player two's input on the next update
        self.resume()

    def _label(self, name: str) -> str:
        return f"{name}? Press again" if self.armed == name else name

    def _confirm(self, name: str, action) -> None:
        """Restart and Quit throw the run away: they take a second press, so a slip costs nothing."""
        if self.armed == name:
            action()
        else:
            self.armed = name

    def restart(self) -> None:
        self.app.audio.pause_all(False)
        self.app.start_level(self.play.level_name, seed=self.play.seed)

    def options(self) -> None:
        from game.scenes.options import OptionsScene

        self.app.stack.push(OptionsScene(self.app))

    def fixed_update(self, dt: float, snap: InputSnapshot) -> None:
        if snap.was_pressed(Action.PAUSE) and not snap.was_pressed(Action.CONFIRM):
            self.resume()  # a press that is Confirm too (a pad's Start, player two's Enter) picks the item
            return
        index = self.menu.index
        self.menu.update(snap)
        if self.menu.index != index:
            self.armed = None  # moving away cancels

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        veil = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
        veil.fill((*assets.color("ink", (10, 12, 24)), 150))
        surface.blit(veil, (0, 0))
        rect = pygame.Rect(0, 0, 240, 54 + 14 * len(self.menu.items))
        rect.center = (surface.get_width() // 2, surface.get_height() // 2)
        draw_panel(surface, rect)
        font().draw(surface, "PAUSED", (rect.centerx, rect.top + 12), assets.color("gold", (255, 210, 90)),
                    align="center", scale=2)
        self.menu.draw(surface, rect.centerx, rect.top + 44)
        if self.reason:
            font().draw(surface, self.reason, (rect.centerx, rect.bottom + 10), assets.color("white", (240, 240, 240)),
                        align="center")
