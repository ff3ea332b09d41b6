"""Illustrated story scenes between levels: a picture, a few lines typed out, skippable.

The words live in assets/story/scenes.json (written for this game from the
story beats in shared/STORY.md), the pictures beside them.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game import assets
from game.input.actions import Action, InputSnapshot
from game.render.text import font
from game.scenes.base import Scene

CHARS_PER_SECOND = 40.0


def story_exists(story_id: str | None) -> bool:
    if not story_id:
        return False
    try:
        return story_id in assets.json_data("story", "scenes.json")
    except assets.AssetError:
        return False


class StoryScene(Scene):
    music = "title"

    def __init__(self, app, story_id: str, then: Callable[[], None]) -> None:
        super().__init__(app)
        data = assets.json_data("story", "scenes.json")[story_id]
        self.pages: list[dict] = data["pages"]
        self.page = 0
        self.t = 0.0
        self.then = then

    def _image(self) -> pygame.Surface | None:
        name = self.pages[self.page].get("image")
        if not name:
            return None
        try:
            return assets.image("story", f"{name}.png")
        except assets.AssetError:
            return None

    def fixed_update(self, dt: float, snap: InputSnapshot) -> None:
        self.t += dt
        if snap.was_pressed(Action.PAUSE) or snap.was_pressed(Action.BACK):
            self.then()  # skip the whole scene
            return
        if snap.was_pressed(Action.CONFIRM) or snap.was_pressed(Action.JUMP) or snap.was_pressed(Action.FIRE):
            text = self.pages[self.page]["text"]
            if self.t * CHARS_PER_SECOND < len(text):
                self.t = len(text) / CHARS_PER_SECOND  # finish typing first
            elif self.page + 1 < len(self.pages):
                self.page += 1
                self.t = 0.0
            else:
                self.then()

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        surface.fill(assets.color("ink", (10, 12, 24)))
        image = self._image()
        if image is not None:
            big = pygame.transform.scale(image, (image.get_width() * 2 * 0.75, image.get_height() * 2 * 0.75))
            surface.blit(big, big.get_rect(midtop=(surface.get_width() // 2, 12)))
        f = font()
        text = self.pages[self.page]["text"][: int(self.t * CHARS_PER_SECOND)]
        for i, line in enumerate(f.wrap(text, 560)):
            f.draw(surface, line, (40, 296 + i * 11), assets.color("white", (240, 240, 232)))
        f.draw(surface, "ESC skip   ENTER next", (surface.get_width() - 8, surface.get_height() - 12),
               assets.color("steel", (120, 130, 150)), align="right")
