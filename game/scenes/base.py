"""Scenes and the scene stack.

The top scene gets every fixed update and its input snapshot; ``draw`` may be
called any number of times and must not change anything.  A scene pushed
over another (pause over play) can ask for the one below to be drawn first,
so menus appear over a frozen game.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.input.actions import InputSnapshot

if TYPE_CHECKING:
    from game.app import App


class Scene:
    draws_below = False  # draw the scene underneath first (overlays)
    music: str | None = None  # None: leave whatever is playing

    def __init__(self, app: App) -> None:
        self.app = app

    def enter(self) -> None:
        """Became the top scene (pushed, or the one above was popped)."""
        if self.music:
            self.app.audio.play_music(self.music)

    def fixed_update(self, dt: float, snap: InputSnapshot) -> None:
        pass

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        pass

    def on_focus_lost(self) -> None:
        pass

    def on_device_lost(self) -> None:
        pass


class SceneStack:
    def __init__(self) -> None:
        self.scenes: list[Scene] = []

    @property
    def top(self) -> Scene | None:
        return self.scenes[-1] if self.scenes else None

    def push(self, scene: Scene) -> None:
        self.scenes.append(scene)
        scene.enter()

    def pop(self) -> Scene | None:
        scene = self.scenes.pop() if self.scenes else None
        if self.top is not None:
            self.top.enter()
        return scene

    def replace(self, scene: Scene) -> None:
        if self.scenes:
            self.scenes.pop()
        self.push(scene)

    def reset(self, scene: Scene) -> None:
        """Drop everything and start again from ``scene`` (quit to title)."""
        self.scenes.clear()
        self.push(scene)

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        start = len(self.scenes) - 1
        while start > 0 and self.scenes[start].draws_below:
            start -= 1
        for scene in self.scenes[start:]:
            scene.draw(surface, alpha)
