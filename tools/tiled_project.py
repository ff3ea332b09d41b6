"""Write levels/judgment-day.tiled-project from the kinds the game declares (game/level/kinds.py).

    python tools/tiled_project.py           # write the project file
    python tools/tiled_project.py --check   # exit 1 if the file is not what the kinds say (a test runs this)

Open the project in Tiled (File > Open File or Project) and every kind is a
class in the object Class list, each with its properties typed (a number
is an int or a float, a flag a bool, a word from a list an enum with a
drop-down), so a designer picks instead of typing.  The file is generated:
change a kind in the code, then run this.  Tiled only shows the members'
values as placeholders; what the game uses when a property is left unset
is the kind's own default, and ``check-levels`` still checks every value.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

PROJECT = ROOT / "levels" / "judgment-day.tiled-project"
COMPATIBILITY = 1100  # Tiled 1.10, the version the level checklist names

# Object colours in Tiled, by what a kind is (ARGB, as Tiled writes them).
COLOURS = {"event": "#ffb45ad2", "area": "#ff3c78d8", "hazard": "#ffe08a2c", "person": "#ffe06666",
           "t1000": "#ffc8d2e6", "point": "#ff6aa84f"}


def _colour(kind) -> str:
    if kind.name in COLOURS:
        return COLOURS[kind.name]
    if "wait_out" in kind.autopilot or kind.name in ("debris", "traffic", "molten"):
        return COLOURS["hazard"]
    if "punch" in kind.autopilot:
        return COLOURS["person"]
    return COLOURS["area"] if kind.area else COLOURS["point"]


def build() -> dict:
    """The project as Tiled writes it: an enum per list of words, a class per placeable kind."""
    from game.level.kinds import KINDS, Flag, Number, OneOf, Text

    enums: dict[tuple[str, ...], str] = {}  # values -> enum name (the first property that uses them)
    for kind in KINDS.placeable():
        for prop, spec in kind.properties.items():
            if isinstance(spec, OneOf) and spec.values not in enums:
                enums[spec.values] = prop if prop not in enums.values() else f"{kind.name}_{prop}"
    types: list[dict] = []
    for values, name in sorted(enums.items(), key=lambda item: item[1]):
        types.append({"id": len(types) + 1, "name": name, "type": "enum", "storageType": "string",
                      "values": list(values), "valuesAsFlags": False})
    for kind in KINDS.placeable():
        members = []
        for prop, spec in kind.properties.items():
            if isinstance(spec, OneOf):
                member = {"name": prop, "type": "string", "propertyType": enums[spec.values], "value": spec.values[0]}
            elif isinstance(spec, Flag):
                member = {"name": prop, "type": "bool", "value": False}
            elif isinstance(spec, Number):
                member = {"name": prop, "type": "int", "value": 0} if spec.whole else \
                    {"name": prop, "type": "float", "value": 0}
            elif isinstance(spec, Text):
                member = {"name": prop, "type": "string", "value": ""}
            else:
                raise TypeError(f"{kind.name}.{prop}: no Tiled type for {type(spec).__name__}")
            members.append(member)
        types.append({"id": len(types) + 1, "name": kind.name, "type": "class", "useAs": ["object"],
                      "color": _colour(kind), "drawFill": kind.area,
                      "members": sorted(members, key=lambda m: m["name"])})  # Tiled keeps them by name
    return {
        "automappingRulesFile": "",
        "commands": [],
        "compatibilityVersion": COMPATIBILITY,
        "extensionsPath": "extensions",
        "folders": [".", "../assets/tiles"],
        "properties": [],
        "propertyTypes": types,
    }


def render() -> str:
    return json.dumps(build(), indent=4, sort_keys=True) + "\n"


def stale(path: Path = PROJECT) -> str | None:
    """Why ``path`` is not what the kinds say (None: it is up to date)."""
    if not path.is_file():
        return f"{path} is missing; run python tools/tiled_project.py"
    if path.read_text(encoding="utf-8") != render():
        return f"{path} is out of date with game/level/kinds.py; run python tools/tiled_project.py"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="write the Tiled project file from the game's kinds")
    parser.add_argument("--check", action="store_true", help="exit 1 if the project file is out of date")
    args = parser.parse_args(argv)
    if args.check:
        problem = stale()
        print(problem or f"{PROJECT.relative_to(ROOT)} is up to date")
        return 1 if problem else 0
    PROJECT.write_text(render(), encoding="utf-8")
    print(f"wrote {PROJECT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
