"""Write a contact sheet of every animation frame of every sprite sheet, labelled, at 1x and 3x.

    python tools/contact_sheet.py [out.png]      # default /tmp/contact_sheet.png

Each sheet gets a title line; each animation a row: its name, then every frame
at 1x (on a dark checker so transparency shows) and again at 3x.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SPRITES = ROOT / "assets" / "sprites"
BG = (30, 34, 56)
CHECK = ((40, 46, 74), (48, 54, 84))
TEXT = (240, 240, 232)
LABEL_W = 120
PAD = 6


def checker(size: tuple[int, int], cell: int) -> pygame.Surface:
    s = pygame.Surface(size)
    for y in range(0, size[1], cell):
        for x in range(0, size[0], cell):
            s.fill(CHECK[(x // cell + y // cell) % 2], (x, y, cell, cell))
    return s


def render(out: Path) -> Path:
    pygame.font.init()
    font = pygame.font.Font(None, 18)
    blocks = []  # (surface) per sheet
    for meta_path in sorted(SPRITES.glob("*.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        sheet = pygame.image.load(str(meta_path.with_suffix(".png")))
        fw, fh = meta["frame_size"]
        rows = []
        for name, spec in sorted(meta["animations"].items(), key=lambda kv: kv[1]["row"]):
            n = spec["frames"]
            w1 = n * (fw + 2)
            w3 = n * (fw * 3 + 4)
            row = pygame.Surface((LABEL_W + w1 + PAD * 2 + w3, fh * 3 + 4))
            row.fill(BG)
            loop = "loop" if spec["loop"] else "once"
            row.blit(font.render(f"{name} ({n}, {loop})", True, TEXT), (2, 2))
            row.blit(font.render(" ".join(str(d) for d in spec["durations_ms"]), True, (150, 160, 190)), (2, 18))
            for i in range(n):
                frame = sheet.subsurface(pygame.Rect(i * fw, spec["row"] * fh, fw, fh))
                x1 = LABEL_W + i * (fw + 2)
                row.blit(checker((fw, fh), 4), (x1, 2))
                row.blit(frame, (x1, 2))
                x3 = LABEL_W + w1 + PAD + i * (fw * 3 + 4)
                row.blit(checker((fw * 3, fh * 3), 6), (x3, 2))
                row.blit(pygame.transform.scale_by(frame, 3), (x3, 2))
                # origin marker at 3x
                ox, oy = meta["origin"]
                pygame.draw.line(row, (255, 60, 60), (x3 + ox * 3 - 2, 2 + oy * 3 + 1), (x3 + ox * 3 + 4, 2 + oy * 3 + 1))
            rows.append(row)
        title = font.render(f"{meta_path.stem}  frame {fw}x{fh}  origin {meta['origin']}", True, (255, 210, 90))
        width = max(r.get_width() for r in rows + [title])
        height = title.get_height() + 4 + sum(r.get_height() + 2 for r in rows)
        block = pygame.Surface((width, height))
        block.fill(BG)
        block.blit(title, (2, 2))
        y = title.get_height() + 4
        for r in rows:
            block.blit(r, (0, y))
            y += r.get_height() + 2
        blocks.append(block)
    width = max(b.get_width() for b in blocks) + 2 * PAD
    height = sum(b.get_height() + PAD for b in blocks) + PAD
    page = pygame.Surface((width, height))
    page.fill((16, 18, 32))
    y = PAD
    for b in blocks:
        page.blit(b, (PAD, y))
        y += b.get_height() + PAD
    out.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(page, str(out))
    return out


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out = Path(argv[0]) if argv else Path("/tmp/contact_sheet.png")
    print(f"wrote {render(out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
