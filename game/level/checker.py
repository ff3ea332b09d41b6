"""``python -m game check-levels``: validate every level (or the files named) and say what is wrong."""

from __future__ import annotations

import sys
from pathlib import Path

from game import assets
from game.level.data import LevelError
from game.level.loader import load_level


def check(paths: list[Path]) -> list[str]:
    problems = []
    for path in paths:
        try:
            load_level(path)
        except LevelError as exc:
            problems.append(str(exc))
    return problems


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or sorted(assets.levels_dir().glob("*.tmx"))
    problems = check(paths)
    for line in problems:
        print(line)
    print(f"checked {len(paths)} level(s): {'ok' if not problems else f'{len(problems)} with problems'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
