"""Art builder: palette, tiles, backgrounds, sprites, font, UI and story pictures.

``build(src, out)`` reads assets/src/palette.txt and assets/src/art/* and writes
PNG/JSON/TSX files under ``out`` (same layout as assets/). Deterministic: the
same sources give byte-identical files.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from .core import load_palette, set_palette, write_json

# Builder modules, in the order they run (each has build(src, out) -> list[Path]).
MODULES = ["tiles", "backgrounds", "characters", "effects", "ui", "story", "vehicles", "mall", "sarah", "canal", "dyson",
           "pursuit", "hospital", "cyberdyne", "mill"]


def build(src: Path, out: Path) -> list[Path]:
    src, out = Path(src), Path(out)
    pal = load_palette(src / "palette.txt")
    set_palette(pal)
    written = [write_json(out / "palette.json", {name: pal.hex(i) for i, name in enumerate(pal.names)})]
    for name in MODULES:
        try:
            module = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"{__name__}.{name}":
                continue  # not written yet
            raise
        written.extend(module.build(src, out))
    return written
