"""A vertical menu driven by action snapshots: up/down to move, confirm to choose, left/right to adjust."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pygame

from game import assets
from game.input.actions import Action, InputSnapshot
from game.render.text import font


@dataclass
class Item:
    label: Callable[[], str] | str
    on_select: Callable[[], None] | None = None
    on_adjust: Callable[[int], None] | None = None  # -1 / +1 from left/right
    enabled: bool = True

    def text(self) -> str:
        return self.label() if callable(self.label) else self.label


class Menu:
    def __init__(self, items: list[Item], on_back: Callable[[], None] | None = None) -> None:
        self.items = items
        self.index = 0
        self.on_back = on_back
        self.sound: Callable[[str], None] = lambda name: None

    def update(self, snap: InputSnapshot) -> None:
        if snap.was_pressed(Action.UP):
            self._move(-1)
        elif snap.was_pressed(Action.DOWN):
            self._move(1)
        item = self.items[self.index]
        if item.on_adjust and (snap.was_pressed(Action.LEFT) or snap.was_pressed(Action.RIGHT)):
            item.on_adjust(-1 if snap.was_pressed(Action.LEFT) else 1)
            self.sound("menu_move")
        elif snap.was_pressed(Action.CONFIRM) or snap.was_pressed(Action.JUMP):
            if item.on_select and item.enabled:
                self.sound("menu_select")
                item.on_select()
            elif item.on_adjust:
                item.on_adjust(1)
                self.sound("menu_move")
        elif (snap.was_pressed(Action.BACK) or snap.was_pressed(Action.PAUSE)) and self.on_back:
            self.sound("menu_back")
            self.on_back()

    def _move(self, step: int) -> None:
        for _ in range(len(self.items)):
            self.index = (self.index + step) % len(self.items)
            if self.items[self.index].enabled:
                break
        self.sound("menu_move")

    def draw(self, surface: pygame.Surface, center_x: int, top: int, spacing: int = 14, scale: int = 1,
             width: int = 240) -> None:
        """Items centred; an item whose text has a tab shows label left and value right in ``width``."""
        f = font()
        white = assets.color("white", (240, 240, 232))
        gold = assets.color("gold", (255, 210, 90))
        grey = assets.color("steel", (90, 96, 110))
        for i, item in enumerate(self.items):
            y = top + i * spacing
            selected = i == self.index
            colour = gold if selected else (white if item.enabled else grey)
            text = item.text()
            if "\t" in text:
                label, value = text.split("\t", 1)
                left, right = center_x - width // 2, center_x + width // 2
                f.draw(surface, label, (left, y), colour, scale=scale)
                f.draw(surface, value, (right, y), colour, align="right", scale=scale)
                if selected:
                    f.draw(surface, ">", (left - 10 * scale, y), gold, scale=scale)
                    if item.on_adjust:
                        f.draw(surface, "<", (right - f.width(value, scale) - 8 * scale, y), gold, scale=scale)
                        f.draw(surface, ">", (right + 4 * scale, y), gold, scale=scale)
                continue
            f.draw(surface, text, (center_x, y), colour, align="center", scale=scale)
            if selected:
                w = f.width(text, scale)
                f.draw(surface, ">", (center_x - w / 2 - 10 * scale, y), gold, scale=scale)
                f.draw(surface, "<", (center_x + w / 2 + 4 * scale, y), gold, scale=scale)


_backdrop = None


def draw_backdrop(surface: pygame.Surface, scroll: float = 0.0, veil: int = 150) -> None:
    """The night freeway behind every menu, dimmed so text reads over it."""
    global _backdrop
    from game.render.background import Parallax

    if _backdrop is None:
        _backdrop = Parallax("freeway")
    surface.fill(assets.color("night", (12, 16, 36)))
    _backdrop.draw(surface, scroll, 0.0, surface.get_height())
    shade = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
    shade.fill((*assets.color("ink", (10, 12, 24)), veil))
    surface.blit(shade, (0, 0))


def draw_panel(surface: pygame.Surface, rect: pygame.Rect) -> None:
    """A dark translucent panel with a steel frame (the 9-slice panel art when available)."""
    try:
        panel = assets.image("ui", "panel.png")
    except assets.AssetError:
        panel = None
    shade = pygame.Surface(rect.size, pygame.SRCALPHA)
    shade.fill((*assets.color("ink", (10, 12, 24)), 215))
    surface.blit(shade, rect)
    if panel is None:
        pygame.draw.rect(surface, assets.color("steel", (120, 130, 150)), rect, 1)
        return
    c = panel.get_width() // 3
    pw, ph = panel.get_size()
    # corners
    for sx, dx in ((0, rect.left), (pw - c, rect.right - c)):
        for sy, dy in ((0, rect.top), (ph - c, rect.bottom - c)):
            surface.blit(panel, (dx, dy), (sx, sy, c, c))
    # edges
    top_edge = panel.subsurface((c, 0, pw - 2 * c, c))
    bottom_edge = panel.subsurface((c, ph - c, pw - 2 * c, c))
    left_edge = panel.subsurface((0, c, c, ph - 2 * c))
    right_edge = panel.subsurface((pw - c, c, c, ph - 2 * c))
    iw, ih = rect.width - 2 * c, rect.height - 2 * c
    if iw > 0:
        surface.blit(pygame.transform.scale(top_edge, (iw, c)), (rect.left + c, rect.top))
        surface.blit(pygame.transform.scale(bottom_edge, (iw, c)), (rect.left + c, rect.bottom - c))
    if ih > 0:
        surface.blit(pygame.transform.scale(left_edge, (c, ih)), (rect.left, rect.top + c))
        surface.blit(pygame.transform.scale(right_edge, (c, ih)), (rect.right - c, rect.top + c))


def draw_screen(surface: pygame.Surface, title: str, panel: tuple[int, int], *, title_y: int = 30,
                panel_top: int = 66) -> pygame.Rect:
    """A full-screen menu page: the backdrop, a gold title, and an empty panel to fill (returned)."""
    draw_backdrop(surface)
    cx = surface.get_width() // 2
    font().draw(surface, title, (cx, title_y), assets.color("gold"), align="center", scale=2)
    rect = pygame.Rect(0, 0, *panel)
    rect.midtop = (cx, panel_top)
    draw_panel(surface, rect)
    return rect
