"""The game's bitmap font (assets/font): crisp at the internal resolution, tinted per use."""

from __future__ import annotations

from collections import OrderedDict

import pygame

from game import assets

RENDERED_KEEP = 256  # rendered strings kept for reuse


class BitmapFont:
    def __init__(self) -> None:
        meta = assets.json_data("font", "font.json")
        self.sheet = assets.image("font", "font.png")
        self.cell = tuple(meta["cell"])
        self.first = int(meta.get("first", 32))
        self.columns = int(meta.get("columns", 16))
        self.advance = list(meta.get("advance", [self.cell[0]] * 95))
        self._tinted: dict[tuple, pygame.Surface] = {}
        # Rendered strings, most recently used last: the HUD redraws the same few every frame.
        self._rendered: OrderedDict[tuple, pygame.Surface] = OrderedDict()
        self.height = self.cell[1]

    def _glyph_rect(self, ch: str) -> pygame.Rect | None:
        code = ord(ch) - self.first
        if not 0 <= code < len(self.advance):
            code = ord("?") - self.first
        cw, chh = self.cell
        return pygame.Rect((code % self.columns) * cw, (code // self.columns) * chh, cw, chh)

    def width(self, text: str, scale: int = 1) -> int:
        total = 0
        for ch in text:
            code = ord(ch) - self.first
            total += self.advance[code] if 0 <= code < len(self.advance) else self.cell[0]
        return total * scale

    def _tinted_sheet(self, color: tuple[int, int, int]) -> pygame.Surface:
        key = tuple(color)
        if key not in self._tinted:
            sheet = self.sheet.copy()
            sheet.fill((*color, 255), special_flags=pygame.BLEND_RGBA_MULT)
            self._tinted[key] = sheet
        return self._tinted[key]

    def render(self, text: str, color=(255, 255, 255), scale: int = 1) -> pygame.Surface:
        """``text`` in ``color`` (a shared surface: blit it, do not draw on it)."""
        key = (text, tuple(color), scale)
        surf = self._rendered.get(key)
        if surf is not None:
            self._rendered.move_to_end(key)
            return surf
        surf = self._render(text, color, scale)
        self._rendered[key] = surf
        if len(self._rendered) > RENDERED_KEEP:
            self._rendered.popitem(last=False)
        return surf

    def _render(self, text: str, color, scale: int) -> pygame.Surface:
        surf = pygame.Surface((max(1, self.width(text)), self.cell[1]), pygame.SRCALPHA)
        sheet = self._tinted_sheet(color)
        x = 0
        for ch in text:
            rect = self._glyph_rect(ch)
            surf.blit(sheet, (x, 0), rect)
            code = ord(ch) - self.first
            x += self.advance[code] if 0 <= code < len(self.advance) else self.cell[0]
        if scale != 1:
            surf = pygame.transform.scale(surf, (surf.get_width() * scale, surf.get_height() * scale))
        return surf

    def draw(self, surface: pygame.Surface, text: str, pos: tuple[float, float], color=(255, 255, 255),
             *, scale: int = 1, align: str = "left", shadow: tuple[int, int, int] | None = (8, 10, 24)) -> pygame.Rect:
        img = self.render(text, color, scale)
        x, y = pos
        if align == "center":
            x -= img.get_width() / 2
        elif align == "right":
            x -= img.get_width()
        if shadow is not None:
            surface.blit(self.render(text, shadow, scale), (round(x) + scale, round(y) + scale))
        return surface.blit(img, (round(x), round(y)))

    def wrap(self, text: str, max_width: int, scale: int = 1) -> list[str]:
        lines: list[str] = []
        for paragraph in text.split("\n"):
            line = ""
            for word in paragraph.split():
                trial = f"{line} {word}".strip()
                if self.width(trial, scale) <= max_width or not line:
                    line = trial
                else:
                    lines.append(line)
                    line = word
            lines.append(line)
        return lines


_font: BitmapFont | None = None


def font() -> BitmapFont:
    global _font
    if _font is None:
        _font = BitmapFont()
    return _font
