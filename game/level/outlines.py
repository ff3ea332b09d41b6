"""Solid outlines from Tiled: ``solid`` objects on object layers and collision shapes drawn on tiles.

Tiles are square; ramps, slopes and rocks are not.  A designer draws them as
polylines and polygons (an object of class ``solid``) or gives a tile its
own collision shapes in Tiled's tile collision editor.  Here they are read
and checked, each problem one line naming the file, the layer and the
object, because a degenerate outline would otherwise become a shape pymunk
cannot collide with, or one a wheel falls through, found only in play.
Turning outlines into physics shapes is the world's work (game/world/geometry.py).
"""

from __future__ import annotations

from game.level.data import LevelError, Outline
from game.world import exact as E

MIN_SEGMENT = 0.5  # px: closer points are one point (a double click in Tiled)
MIN_AREA = 1.0  # px^2: a polygon thinner than this is a line, not a solid
Point = tuple[float, float]


def object_outline(place: str, obj) -> Outline:
    """The outline of a ``solid`` object (pytmx object): its polygon, polyline or rectangle."""
    points = getattr(obj, "points", None)
    if points is not None:
        closed = bool(getattr(obj, "closed", False))
        pts = [(float(p[0]), float(p[1])) for p in points]
    else:
        w, h = float(obj.width or 0), float(obj.height or 0)
        if w <= 0 or h <= 0:
            raise LevelError(f"{place}: a solid must be a polygon, a polyline or a rectangle with a size")
        x, y = float(obj.x), float(obj.y)
        pts, closed = [(x, y), (x + w, y), (x + w, y + h), (x, y + h)], True
    rotation = float(getattr(obj, "rotation", 0) or 0)
    if rotation:
        pts = rotated(pts, (float(obj.x), float(obj.y)), rotation)
    return checked(place, pts, closed)


def tile_outline(place: str, collider, col: int, row: int, size: int, flags) -> Outline:
    """One collision shape drawn on a tile, placed at the tile's cell (and flipped as the cell is)."""
    points = getattr(collider, "points", None)
    if points is not None:
        pts = [(float(p[0]), float(p[1])) for p in points]
        closed = bool(getattr(collider, "closed", False))
    else:
        x, y, w, h = (float(collider.x), float(collider.y), float(collider.width or 0), float(collider.height or 0))
        if w <= 0 or h <= 0:
            raise LevelError(f"{place}: a collision shape must be a polygon, a polyline or a rectangle with a size")
        pts, closed = [(x, y), (x + w, y), (x + w, y + h), (x, y + h)], True
    rotation = float(getattr(collider, "rotation", 0) or 0)
    if rotation:
        pts = rotated(pts, (float(collider.x), float(collider.y)), rotation)
    if flags is not None:
        if getattr(flags, "flipped_diagonally", False):
            pts = [(y, x) for x, y in pts]
        if getattr(flags, "flipped_horizontally", False):
            pts = [(size - x, y) for x, y in pts]
        if getattr(flags, "flipped_vertically", False):
            pts = [(x, size - y) for x, y in pts]
    outline = checked(place, [(x + col * size, y + row * size) for x, y in pts], closed)
    return Outline(outline.points, outline.closed, drawn=False)


def rotated(points: list[Point], origin: Point, degrees: float) -> list[Point]:
    """Tiled's rotation (clockwise on screen, about the object's origin), with the game's exact trig."""
    a = degrees * E.PI / 180.0
    c, s = E.cos(a), E.sin(a)
    ox, oy = origin
    return [(ox + c * (x - ox) - s * (y - oy), oy + s * (x - ox) + c * (y - oy)) for x, y in points]


def checked(place: str, points: list[Point], closed: bool) -> Outline:
    """``points`` without repeats, or one line saying why they make no solid."""
    pts: list[Point] = []
    for p in points:
        if not pts or _far(p, pts[-1]):
            pts.append(p)
    if closed and len(pts) > 1 and not _far(pts[0], pts[-1]):
        pts.pop()
    if not closed:
        if len(pts) < 2:
            raise LevelError(f"{place}: polyline has {len(pts)} distinct point{'s' if len(pts) != 1 else ''}; "
                             "it needs at least 2")
        return Outline(tuple(pts), False)
    if len(pts) < 3:
        raise LevelError(f"{place}: polygon has {len(pts)} distinct points; it needs at least 3")
    if _self_crossing(pts):
        raise LevelError(f"{place}: polygon crosses itself; draw it as one loop (or as several polygons)")
    if abs(signed_area(pts)) < MIN_AREA:
        raise LevelError(f"{place}: polygon is degenerate (no area: its points lie on one line)")
    return Outline(tuple(pts), True)


def signed_area(pts: list[Point] | tuple[Point, ...]) -> float:
    """The area, positive when the points run clockwise on screen (y down)."""
    n = len(pts)
    return 0.5 * sum(pts[i][0] * pts[(i + 1) % n][1] - pts[(i + 1) % n][0] * pts[i][1] for i in range(n))


def _far(a: Point, b: Point) -> bool:
    return abs(a[0] - b[0]) > MIN_SEGMENT or abs(a[1] - b[1]) > MIN_SEGMENT


def _cross(o: Point, a: Point, b: Point) -> float:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def _segments_cross(p1: Point, p2: Point, q1: Point, q2: Point) -> bool:
    d1, d2 = _cross(q1, q2, p1), _cross(q1, q2, p2)
    d3, d4 = _cross(p1, p2, q1), _cross(p1, p2, q2)
    return ((d1 > 0) != (d2 > 0)) and ((d3 > 0) != (d4 > 0)) and 0 not in (d1, d2, d3, d4)


def _self_crossing(pts: list[Point]) -> bool:
    """Do two edges that are not neighbours cross?  (n^2, and designers' polygons are small.)"""
    n = len(pts)
    edges = [(pts[i], pts[(i + 1) % n]) for i in range(n)]
    for i in range(n):
        for j in range(i + 2, n):
            if i == 0 and j == n - 1:
                continue  # neighbours through the closing edge
            if _segments_cross(*edges[i], *edges[j]):
                return True
    return False
