"""Choosing what to play: the modes (Story, Arcade, Level Training, Boss Rush, the Lab) and the
Story's three save slots, each showing the level it reached and its score."""

from __future__ import annotations

import pygame

from game import assets
from game.difficulty import by_name
from game.input.actions import InputSnapshot
from game.modes import boss_rush_levels
from game.progress import CAMPAIGN
from game.render.text import font
from game.scenes.base import Scene
from game.scenes.menu import Item, Menu, draw_screen
from game.slots import SLOTS, load_slot

BLURBS = {
    "story": "The campaign with its story, saved to a slot.",
    "arcade": "The campaign for score. No story, a few credits.",
    "training": "Any level reached, from any checkpoint. Infinite lives.",
    "boss_rush": "Every T-1000 encounter, back to back.",
    "lab": "The liquid-metal sandbox.",
}


class PlayMenuScene(Scene):
    def __init__(self, app) -> None:
        super().__init__(app)
        progress = app.progress
        lab_open = app.level_exists("t1000_lab") and progress.is_unlocked("t1000_lab")
        rush_open = progress.story_finished and bool(boss_rush_levels())
        self.modes = ["story", "arcade", "training", "boss_rush", "lab"]
        self.menu = Menu([
            Item("Story", lambda: app.stack.push(SlotSelectScene(app))),
            Item("Arcade", lambda: app.new_game(CAMPAIGN[0], mode="arcade")),
            Item("Level Training", self.training),
            Item("Boss Rush" if rush_open else "Boss Rush (finish the story)", self.boss_rush, enabled=rush_open),
            Item("T-1000 Lab" if lab_open else "T-1000 Lab (finish Freeway)",
                 lambda: app.new_game("t1000_lab", mode="lab"), enabled=lab_open),
            Item("Back", app.stack.pop),
        ], on_back=app.stack.pop)
        self.menu.sound = app.audio.play

    def training(self) -> None:
        from game.scenes.records import LevelSelectScene

        self.app.stack.push(LevelSelectScene(self.app))

    def boss_rush(self) -> None:
        self.app.new_game(boss_rush_levels()[0], mode="boss_rush")

    def fixed_update(self, dt: float, snap: InputSnapshot) -> None:
        self.menu.update(snap)

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        rect = draw_screen(surface, "PLAY", (300, 30 + 16 * len(self.menu.items)))
        self.menu.draw(surface, rect.centerx, rect.top + 14, spacing=16)
        f = font()
        steel = assets.color("steel")
        if self.menu.index < len(self.modes):
            f.draw(surface, BLURBS[self.modes[self.menu.index]], (rect.centerx, rect.bottom + 14), steel,
                   align="center")
        difficulty = by_name(self.app.settings.difficulty).label
        f.draw(surface, f"Difficulty: {difficulty} (Options)", (rect.centerx, 330), steel, align="center")


def _slot_label(number: int, slot) -> str:
    from game.scenes.records import _title

    if slot.empty:
        return f"Slot {number}\tEmpty: new story"
    where = "Finished: new story" if slot.finished else _title(slot.level)
    return f"Slot {number}\t{where}  {slot.score:07d}  {by_name(slot.difficulty).label}"


class SlotSelectScene(Scene):
    """Three Story slots: choosing one resumes its story at the level it reached (an empty or
    finished one starts a new story at the difficulty chosen in Options).  The slots are read
    once, here (drawing reads no files); a damaged one reads as empty and its one line is shown."""

    def __init__(self, app) -> None:
        super().__init__(app)
        items, self.notices = [], []
        for n in SLOTS:
            slot, warning = load_slot(n)
            if warning:
                self.notices.append(f"Slot {n} was damaged and is empty now (the file was kept).")
            items.append(Item(_slot_label(n, slot), lambda n=n: app.start_story(n)))
        self.menu = Menu([*items, Item("Back", app.stack.pop)], on_back=app.stack.pop)
        self.menu.sound = app.audio.play

    def fixed_update(self, dt: float, snap: InputSnapshot) -> None:
        self.menu.update(snap)

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        rect = draw_screen(surface, "STORY", (460, 30 + 16 * len(self.menu.items)))
        self.menu.draw(surface, rect.centerx, rect.top + 14, spacing=16, width=380)
        f = font()
        for i, line in enumerate(self.notices):
            f.draw(surface, line, (rect.centerx, rect.bottom + 12 + i * 12), assets.color("red"), align="center")
        f.draw(surface, "Your story is saved after every level.", (rect.centerx, 330),
               assets.color("steel"), align="center")
