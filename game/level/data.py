"""What a loaded level is: geometry in pixels and the objects a designer placed in Tiled."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from game.world.physics import TILE


class LevelError(Exception):
    """A level file that cannot be played. The message is one line naming file, place and problem."""


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def center(self) -> tuple[float, float]:
        return (self.x + self.w / 2, self.y + self.h / 2)

    def contains(self, px: float, py: float) -> bool:
        return self.x <= px < self.right and self.y <= py < self.bottom

    def overlaps(self, x: float, y: float, w: float, h: float) -> bool:
        return x < self.right and x + w > self.x and y < self.bottom and y + h > self.y


@dataclass(frozen=True)
class LevelObject:
    """An object from an object layer: its ``kind`` is the Tiled type/class."""

    id: int
    kind: str
    name: str
    rect: Rect
    props: dict = field(default_factory=dict)
    layer: str = ""

    @property
    def x(self) -> float:
        return self.rect.x

    @property
    def y(self) -> float:
        return self.rect.y

    def prop(self, name: str, default=None):
        return self.props.get(name, default)

    @property
    def feet(self) -> tuple[float, float]:
        """Where a character placed by this object stands: the bottom middle (a point: the point)."""
        return (self.rect.center[0], self.rect.bottom)

    @property
    def facing(self) -> int:
        """+1 for ``facing = right``, -1 for left (the default)."""
        return 1 if self.props.get("facing", "left") == "right" else -1

    def targets(self) -> list[str]:
        """The object names in its comma-separated ``targets`` property (spawners, arenas, orders)."""
        return [t.strip() for t in str(self.props.get("targets", "")).split(",") if t.strip()]


@dataclass(frozen=True)
class Outline:
    """Solid ground that is not a whole tile: a slope, a ramp, a rock.

    ``points`` are map pixels.  A ``closed`` outline is a polygon (filled
    solid); an open one is a polyline, a surface of thin segments (a ramp's
    deck).  Drawn in Tiled as an object of class ``solid`` or as a collision
    shape of a tile; the loader has checked it (no degenerate ones reach here).
    """

    points: tuple[tuple[float, float], ...]
    closed: bool
    drawn: bool = True  # a ``solid`` object is drawn by the renderer; a tile's shape has the tile's art


@dataclass
class TileLayer:
    name: str
    gids: list[list[int]]  # [row][col], 0 = empty
    parallax: tuple[float, float] = (1.0, 1.0)
    front: bool = False  # drawn over the characters
    visible: bool = True


@dataclass
class LevelData:
    name: str
    path: Path
    width: int  # tiles
    height: int
    tile_size: int = TILE
    title: str = ""
    properties: dict = field(default_factory=dict)
    layers: list[TileLayer] = field(default_factory=list)
    tile_images: dict[int, tuple] = field(default_factory=dict)  # gid -> (file, rect, flags)
    tile_names: dict[str, int] = field(default_factory=dict)  # tileset "name" property -> gid
    solids: list[Rect] = field(default_factory=list)
    one_ways: list[Rect] = field(default_factory=list)
    bars: list[Rect] = field(default_factory=list)
    hazards: list[Rect] = field(default_factory=list)
    water: list[Rect] = field(default_factory=list)
    ladders: set[tuple[int, int]] = field(default_factory=set)
    outlines: list[Outline] = field(default_factory=list)  # slopes and shapes: ``solid`` objects, tile colliders
    stairs: set[tuple[int, int]] = field(default_factory=set)  # treads a walker steps up (also solid)
    objects: list[LevelObject] = field(default_factory=list)
    _by_kind: dict = field(default_factory=dict, init=False, repr=False, compare=False)  # objects_of's index
    _by_kind_of: tuple = field(default=(None, -1), init=False, repr=False, compare=False)  # (list indexed, its length)

    @property
    def pixel_size(self) -> tuple[int, int]:
        return (self.width * self.tile_size, self.height * self.tile_size)

    def objects_of(self, kind: str) -> list[LevelObject]:
        """The objects of ``kind``, in map order (indexed once: asked every frame)."""
        indexed, count = self._by_kind_of
        if indexed is not self.objects or count != len(self.objects):
            self._by_kind = {}
            for o in self.objects:
                self._by_kind.setdefault(o.kind, []).append(o)
            self._by_kind_of = (self.objects, len(self.objects))
        return list(self._by_kind.get(kind, ()))

    def stair_at(self, px: float, py: float) -> bool:
        return (int(px // self.tile_size), int(py // self.tile_size)) in self.stairs

    def ladder_at(self, px: float, py: float) -> bool:
        return (int(px // self.tile_size), int(py // self.tile_size)) in self.ladders
