"""Rebuild every generated PNG and WAV under assets/ from its source in assets/src/.

    python tools/build_assets.py           # rebuild in place
    python tools/build_assets.py --check   # build to a temp folder, list stale files, exit 1 if any

Every builder in BUILDERS is run in order; see tools/assetgen/__init__.py.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

SRC = ROOT / "assets" / "src"
OUT = ROOT / "assets"
BUILDERS = ["tools.assetgen.art", "tools.assetgen.sound"]


def build_all(out: Path) -> list[Path]:
    """Run every builder into ``out``; return the files written, relative to ``out``."""
    written: list[Path] = []
    for name in BUILDERS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue  # a builder not written yet
            raise
        for path in module.build(SRC, out):
            written.append(Path(path).resolve().relative_to(out.resolve()))
    return written


def stale_files() -> list[Path]:
    """Files whose committed bytes differ from a fresh build (or are missing)."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp_root = Path(tmp)
        stale = []
        for rel in build_all(tmp_root):
            committed = OUT / rel
            if not committed.exists() or committed.read_bytes() != (tmp_root / rel).read_bytes():
                stale.append(rel)
        return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only report files that are out of date")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_files()
        for rel in stale:
            print(f"stale: assets/{rel}")
        print("assets up to date" if not stale else f"{len(stale)} asset(s) out of date: run python tools/build_assets.py")
        return 1 if stale else 0
    written = build_all(OUT)
    print(f"built {len(written)} files under assets/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
