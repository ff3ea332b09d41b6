"""``python -m game check-levels``: validate every level (or the files named) and say what is wrong."""

from __future__ import annotations

import sys
from pathlib import Path

from game import assets
from game.level.data import LevelData, LevelError
from game.level.kinds import KINDS
from game.level.loader import load_level


def check(paths: list[Path], warnings: list[str] | None = None) -> list[str]:
    """Problems (the level will not load), one line each; ``warnings`` collects what merely looks wrong."""
    problems = []
    for path in paths:
        try:
            level = load_level(path)
        except LevelError as exc:
            problems.append(str(exc))
            continue
        if warnings is not None:
            warnings.extend(unread_properties(path, level))
    return problems


def unread_properties(path: Path, level: LevelData) -> list[str]:
    """Object properties the game never reads: allowed (designers leave notes), but usually a typo."""
    lines = []
    for obj in level.objects:
        known = KINDS[obj.kind].properties
        for name in sorted(set(obj.props) - set(known)):
            reads = ", ".join(sorted(known)) or "no properties"
            label = f"object {obj.id}" + (f" '{obj.name}'" if obj.name else "")
            lines.append(f"warning: {path}: layer '{obj.layer}', {label} ({obj.kind}): property '{name}' "
                         f"is not read by the game ({obj.kind} reads {reads})")
    return lines


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or sorted(assets.levels_dir().glob("*.tmx"))
    warnings: list[str] = []
    problems = check(paths, warnings)
    for line in problems + warnings:
        print(line)
    print(f"checked {len(paths)} level(s): {'ok' if not problems else f'{len(problems)} with problems'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
