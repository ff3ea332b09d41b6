"""The object types a level designer may place in Tiled, the properties each takes, and their values.

This table is the single list the loader, the checker and the world agree
on; add a kind here first, then teach the world to spawn it.

Every property the game reads has a spec that turns what Tiled wrote into
the value the game uses, or says what was expected.  The loader runs each
such property of every object (and of the map, its layers and tiles)
through its spec, so a value the game cannot play with (a ``speed`` of
"fast", a ``period`` of 0) stops the level at load time with one line,
instead of crashing it minutes into play.  Numbers are accepted from
Tiled's int and float properties and from string properties that hold a
number, because a custom property left as the default type "string" is
the commonest slip in Tiled.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from game.t1000.brain import ORDERS

PICKUP_ITEMS = ("shells", "health", "life", "nitrogen", "score")
FACINGS = ("left", "right")


@dataclass(frozen=True)
class Text:
    """Non-empty text: a level name, a caption, comma-separated object names."""

    @property
    def expected(self) -> str:
        return "some text"

    def parse(self, value: object) -> str:
        if isinstance(value, bool) or not isinstance(value, str | int | float) or not str(value).strip():
            raise ValueError(value)
        return str(value)


@dataclass(frozen=True)
class OneOf:
    """One word from a fixed list (a facing, a pickup item, a T-1000 order)."""

    values: tuple[str, ...]

    @property
    def expected(self) -> str:
        return f"one of {', '.join(self.values)}"

    def parse(self, value: object) -> str:
        if not isinstance(value, str) or value not in self.values:
            raise ValueError(value)
        return value


@dataclass(frozen=True)
class Flag:
    """True or false, from a Tiled bool or from text, so a string "false" does not count as true."""

    @property
    def expected(self) -> str:
        return "true or false"

    def parse(self, value: object) -> bool:
        if isinstance(value, bool):
            return value
        word = str(value).strip().lower() if isinstance(value, str | int) else None
        if word in ("true", "1"):
            return True
        if word in ("false", "0"):
            return False
        raise ValueError(value)


@dataclass(frozen=True)
class Number:
    """A finite number, whole if ``whole``, within the bounds the game can play with.

    ``above`` is an exclusive lower bound (a period of exactly 0 divides by
    zero), ``at_least`` and ``at_most`` are inclusive.
    """

    whole: bool = False
    above: float | None = None
    at_least: float | None = None
    at_most: float | None = None

    @property
    def expected(self) -> str:
        bounds = [f"{sign} {limit:g}" for sign, limit in
                  ((">", self.above), (">=", self.at_least), ("<=", self.at_most)) if limit is not None]
        noun = "a whole number" if self.whole else "a number"
        return f"{noun} {' and '.join(bounds)}" if bounds else noun

    def parse(self, value: object) -> int | float:
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise ValueError(value)
        try:
            if isinstance(value, str):  # a Tiled string property: " 3 ", "2.5"; a whole one written whole
                number = int(value) if self.whole else float(value)
            elif isinstance(value, float) and self.whole:  # a Tiled float holding a whole number will do
                number = int(value) if value.is_integer() else math.nan
            else:
                number = value if self.whole else float(value)
        except OverflowError:
            raise ValueError(value) from None
        if isinstance(number, float) and not math.isfinite(number):
            raise ValueError(value)
        if ((self.above is not None and number <= self.above)
                or (self.at_least is not None and number < self.at_least)
                or (self.at_most is not None and number > self.at_most)):
            raise ValueError(value)
        return number


Spec = Text | OneOf | Flag | Number

TEXT = Text()
FLAG = Flag()
FACING = OneOf(FACINGS)

# kind -> {"required": {property: spec}, "optional": {property: spec}}.  The ranges are what the
# entities can play (see game/world/spawn.py and game/entities/), not what a designer might like.
KINDS: dict[str, dict[str, dict[str, Spec]]] = {
    "player_start": {"required": {}, "optional": {"facing": FACING}},
    "exit": {"required": {}, "optional": {"next": TEXT}},
    "checkpoint": {"required": {}, "optional": {}},
    "thug": {"required": {}, "optional": {"dormant": FLAG, "facing": FACING}},
    "cop": {"required": {}, "optional": {"dormant": FLAG, "facing": FACING}},
    "t1000": {"required": {}, "optional": {
        "dormant": FLAG,
        # Fewer than 50 droplets make no recognisable figure; each is a physics body (1000 cost ~4 ms a frame).
        "droplets": Number(whole=True, at_least=50, at_most=1000),
        # Multiplies its tuned walking and running pace; 0 or less would stand it still or turn it round.
        "speed": Number(above=0, at_most=3),
    }},
    "pickup": {"required": {"item": OneOf(PICKUP_ITEMS)}, "optional": {
        "dormant": FLAG,
        "amount": Number(whole=True, at_least=1, at_most=100_000),  # shells, health, lives or points
    }},
    "story": {"required": {"text": TEXT}, "optional": {"seconds": Number(above=0, at_most=60)}},
    "camera_lock": {"required": {}, "optional": {}},
    "spawner": {"required": {"targets": TEXT}, "optional": {}},
    "arena": {"required": {}, "optional": {"targets": TEXT, "text": TEXT}},
    "t1000_order": {"required": {"targets": TEXT, "order": OneOf(ORDERS)}, "optional": {}},
    "live_wire": {"required": {}, "optional": {
        "period": Number(above=0, at_most=60),  # seconds per cycle; the phase is taken modulo it
        "duty": Number(at_least=0, at_most=1),  # the live fraction of each cycle
        "offset": Number(at_least=0, at_most=60),  # seconds into the cycle at the start
    }},
    "debris": {"required": {}, "optional": {"count": Number(whole=True, at_least=1, at_most=32)}},  # chunks, each a body
    "traffic": {"required": {}, "optional": {
        "interval": Number(above=0, at_most=60),  # seconds between cars
        "direction": FACING,
    }},
    "molten": {"required": {}, "optional": {}},
}

# Kinds that are areas the player walks into (they need a width and height).
AREA_KINDS = {"story", "camera_lock", "arena", "spawner", "t1000_order", "live_wire", "debris", "traffic", "molten", "exit", "checkpoint"}

# Properties of the map itself and of its tile layers that the game reads; others are kept as they are.
MAP_PROPERTIES: dict[str, Spec] = {
    "title": TEXT,
    "next": TEXT,
    "music": TEXT,
    "background": TEXT,
    "intro": TEXT,
    "par_seconds": Number(whole=True, at_least=1),
    "no_kill": FLAG,
}
LAYER_PROPERTIES: dict[str, Spec] = {"collision": FLAG, "front": FLAG}

# Properties of the tiles in a tileset: what a tile is to the physics, and a name the renderer looks up.
TILE_FLAGS = ("solid", "one_way", "ladder", "bars", "hazard", "water")
TILE_PROPERTIES: dict[str, Spec] = {"name": TEXT, **{flag: FLAG for flag in TILE_FLAGS}}
