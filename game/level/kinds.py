"""The object types a level designer may place in Tiled, the properties each takes, and their values.

Each kind is declared once, beside its entity (``declare(Kind(...))``): its
Tiled schema, its factory, its look and what the autopilot should know.  This
module holds the declaration types and the table the loader, the checker, the
world, the renderer and the Tiled project all read.

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
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.entities.base import Entity
    from game.level.data import LevelObject
    from game.world.world import World

KEY_ITEMS = ("keys", "keycard")  # carried by the team, they open doors (game/entities/security.py)
PICKUP_ITEMS = ("shells", "health", "life", "nitrogen", "score", "launcher", "sedative", "rifle", "broom", *KEY_ITEMS, "minigun", "chip")
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
class Listed:
    """A name the game's assets must hold (a music track, a story scene, a backdrop): read from the
    assets when asked, so a typo is caught when the level loads, not met as silence, a level with no
    scene or the wrong place."""

    what: str  # "a music track"
    names: Callable[[], list[str]]  # the names there are, sorted

    @property
    def expected(self) -> str:
        return f"{self.what} ({', '.join(self.names())})"

    def parse(self, value: object) -> str:
        if not isinstance(value, str) or value not in self.names():
            raise ValueError(value)
        return value


def _music() -> list[str]:
    from game import assets

    return sorted(p.stem for p in assets.asset_path("music").glob("*.wav"))


def _scenes() -> list[str]:
    from game import assets

    return sorted(assets.json_data("story", "scenes.json"))


def _backdrops() -> list[str]:
    from game import assets

    return sorted(p.stem.removesuffix("_sky") for p in assets.asset_path("backgrounds").glob("*_sky.png"))


TRACK = Listed("a music track", _music)  # a loop in assets/music (built from assets/src/sound/music/<name>.trk)
STORY = Listed("a story scene", _scenes)  # a key of assets/story/scenes.json
BACKDROP = Listed("a backdrop", _backdrops)  # parallax layers assets/backgrounds/<name>_{sky,far,near}.png


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


Spec = Text | OneOf | Flag | Number | Listed

TEXT = Text()
FLAG = Flag()
FACING = OneOf(FACINGS)

@dataclass(frozen=True)
class Look:
    """How the renderer draws a kind: a character sheet with, per state, the animation to show
    (and fallbacks); or the name of one of the renderer's own drawers ("pickup", "t1000", ...)."""

    sheet: str | None = None
    anims: dict[str, tuple[str, ...]] = field(default_factory=dict)
    drawer: str | None = None
    warn: tuple[str, ...] = ()  # states that wind up an attack: a "!" over the head says it is coming


# What the scripted player (game/input/autopilot.py) should know about a kind.
AUTOPILOT_ROLES = frozenset({
    "punch",  # a person in the way: walk up and knock them out (never shoot)
    "wait_out",  # a hazard that pulses: wait at its edge until the pulse has passed
    "blast",  # the T-1000: a shotgun blast when it comes too close
    "escort",  # John: wait for him when he lags, keep the T-1000 off him
    "bystander",  # a shopper: never fire while one stands in the line of fire
    "ride",  # a vehicle to get on and ride to the exit (leaning level in the air, hopping what is in the way)
    "gun_down",  # a vehicle to shoot from the saddle while keeping clear of it (the canal's tow truck)
    "snipe",  # a shot at one spot (``aim_point()``): plant, line the aim up through it, fire; nothing else
    "keep_out",  # an area that must not be entered while it ``watching(world)`` (a floodlight's light)
    "sneak",  # a watchman with a sight cone: keep out of it while he faces you, come up behind him
    "wound",  # an armed officer in a no_kill level: turn and fire on him (a wound, never a kill)
    "throw_back",  # a tear-gas canister hissing near: walk up and punch it back
    "shred",  # a vehicle to shred with the minigun from the objective's spot (the lot's police cars)
    "dodge",  # a blow coming down at one spot (``threat_x()``): step off it (the elevator roof's blades)
    "hide_from",  # a moving light (``threat(x)``): crouch in the nearest hiding spot of its area until it has passed
    "creep",  # a sleeper that hears (a dog in its yard): cross crouched, hiding spot to hiding spot, between its looks (``quiet_for``)
})


@dataclass(frozen=True)
class Kind:
    """Everything the game knows about one kind of object, in one declaration.

    ``required`` and ``optional`` are its Tiled properties and their specs (the
    loader and ``check-levels`` read them, tools/tiled_project.py turns them into
    Tiled classes); ``make`` builds its entity (None: the world reads the object
    itself, like ``player_start``; ``prepare`` readies a dormant one at load so
its waking costs no frame); ``look`` says how it is drawn; ``autopilot``
    what the scripted player should do about it (``AUTOPILOT_ROLES``).  Kinds
    with ``in_maps=False`` exist only in play (a bullet, a chunk of concrete).
    Declare a kind in the module of its entity with ``declare(Kind(...))``.
    """

    name: str
    required: dict[str, Spec] = field(default_factory=dict)
    optional: dict[str, Spec] = field(default_factory=dict)
    area: bool = False  # placed as a rectangle with a size (a trigger), not a point
    make: Callable[[World, LevelObject], Entity] | None = None
    prepare: Callable[[LevelObject], None] | None = None  # load-time work for a dormant one (see spawn)
    look: Look | None = None
    autopilot: frozenset[str] = frozenset()
    in_maps: bool = True
    doc: str = ""

    @property
    def properties(self) -> dict[str, Spec]:
        return {**self.required, **self.optional}


_DECLARED: dict[str, Kind] = {}


def declare(kind: Kind) -> Kind:
    """Add a kind to the game (at import of its entity's module)."""
    if kind.name in _DECLARED and _DECLARED[kind.name] is not kind:
        raise ValueError(f"kind '{kind.name}' is declared twice")
    unknown = set(kind.autopilot) - AUTOPILOT_ROLES
    if unknown:
        raise ValueError(f"kind '{kind.name}': unknown autopilot roles {sorted(unknown)}")
    _DECLARED[kind.name] = kind
    return kind


class _Kinds(Mapping[str, Kind]):
    """Every declared kind by name.  The declarations live beside their entities; the first
    look-up imports every module of ``game.entities`` so the table is always complete."""

    def _all(self) -> dict[str, Kind]:
        if not _LOADED:
            _LOADED.append(True)
            import importlib
            import pkgutil

            import game.entities

            for info in sorted(pkgutil.iter_modules(game.entities.__path__), key=lambda m: m.name):
                importlib.import_module(f"game.entities.{info.name}")
        return _DECLARED

    def __getitem__(self, name: str) -> Kind:
        return self._all()[name]

    def __iter__(self):
        return iter(sorted(self._all()))

    def __len__(self) -> int:
        return len(self._all())

    def placeable(self) -> list[Kind]:
        """The kinds a level designer may place, by name."""
        return [self[name] for name in self if self[name].in_maps]


_LOADED: list[bool] = []
KINDS = _Kinds()


# Properties of the map itself and of its tile layers that the game reads; others are kept as they are.
MAP_PROPERTIES: dict[str, Spec] = {
    "title": TEXT,
    "next": TEXT,
    "music": TRACK,
    "background": BACKDROP,
    "intro": STORY,  # the story scene played before the level (in the modes that have scenes)
    "outro": STORY,  # a story scene played when the level is won, before its results
    "darkness": Number(at_least=0, at_most=1),  # night over the map: 0 none, 1 black but for its lights
    "par_seconds": Number(whole=True, at_least=1),  # the rank's pars (game.rank): time, ...
    "par_score": Number(whole=True, at_least=1),  # ... score (as Normal counts it) ...
    "par_damage": Number(whole=True, at_least=1),  # ... and health lost
    "no_kill": FLAG,
    # px: the ground line; below it the backdrop is the level's underground wall (<background>_under.png)
    # instead of the sky and the city, so a drain or a cellar never shows the skyline.
    "underground_below": Number(whole=True, at_least=0),
}
LAYER_PROPERTIES: dict[str, Spec] = {"collision": FLAG, "front": FLAG}

# Properties of the tiles in a tileset: what a tile is to the physics, and a name the renderer looks up.
TILE_FLAGS = ("solid", "one_way", "ladder", "bars", "hazard", "water", "stair")
TILE_PROPERTIES: dict[str, Spec] = {"name": TEXT, **{flag: FLAG for flag in TILE_FLAGS}}


# Geometry, not an entity: the loader turns these objects into ``LevelData.outlines`` (game/level/outlines.py)
# and the world into static shapes (game/world/geometry.py), so it is declared here rather than beside an entity.
declare(Kind("solid", doc="Solid ground of any shape: a polyline (a ramp's deck, a slope: thin segments) or a "
                          "polygon or rectangle (filled). Characters walk on its slopes; vehicles drive on it."))
