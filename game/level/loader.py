"""Load a Tiled ``.tmx`` map into ``LevelData``, refusing anything a player could trip on.

Every check names the file, the layer and the object (or tile) and says what
is wrong, in one line, because the same messages are what a level designer
sees from ``python -m game check-levels`` and what a player sees instead of a
traceback.  The XML is read with defusedxml first: a map from outside the
project must not be able to expand entities into gigabytes.
"""

from __future__ import annotations

import base64
import binascii
import errno
import math
import os
import stat
import zlib
from pathlib import Path
from xml.etree.ElementTree import Element

import defusedxml.ElementTree as SafeET
import pytmx
from defusedxml import DefusedXmlException

from game import assets
from game.level.data import LevelData, LevelError, LevelObject, Rect, TileLayer
from game.level.kinds import (
    FLAG,
    KINDS,
    LAYER_PROPERTIES,
    MAP_PROPERTIES,
    TILE_FLAGS,
    TILE_PROPERTIES,
    Number,
    Spec,
)
from game.level.outlines import object_outline, tile_outline
from game.level.script import MapScripts
from game.world.physics import TILE

SURFACE_FLAGS = ("water",)  # flags read from any tile layer, not only collision layers
_GID_MASK = 0x1FFFFFFF
LAYER_TAGS = ("layer", "objectgroup", "imagelayer", "group")
MAX_MAP_TILES = 1_000_000  # per layer (width x height); freeway is 340x34, so this is ~85 freeways

ONE_OR_MORE = Number(whole=True, at_least=1)  # map and layer sizes in tiles, a tileset's first gid
ZERO_OR_MORE = Number(whole=True, at_least=0)  # ids, gids, tile counts
# Attributes pytmx casts (and raises on) for layers of any kind and for objects.
LAYER_ATTRIBUTES: dict[str, Spec] = {
    "opacity": Number(at_least=0, at_most=1),
    "visible": FLAG,
    "offsetx": Number(whole=True),  # pytmx reads offsets as whole pixels
    "offsety": Number(whole=True),
}
OBJECT_ATTRIBUTES: dict[str, Spec] = {
    "id": ZERO_OR_MORE,
    "x": Number(),
    "y": Number(),
    "width": Number(at_least=0),
    "height": Number(at_least=0),
    "rotation": Number(),
    "gid": ZERO_OR_MORE,
    "visible": FLAG,
}
# Tiled property types and how a typed value must cast (pytmx raises a bare error on one that does not).
TILED_PROPERTY_TYPES = {"string": str, "bool": FLAG.parse, "int": int, "float": float, "object": int,
                        "color": str, "file": str, "enum": str}


def find_level(name: str) -> Path:
    """A level by name (``freeway``) from the game's levels folder, or a path to a .tmx file.

    Anything that looks like a path (a ``.tmx`` name, or a folder in it) is
    returned as it is, whether or not it exists: ``load_level`` then says what
    is wrong with it (missing, a link loop, not a regular file) in one line.
    """
    path = Path(name)
    if path.suffix == ".tmx" or len(path.parts) > 1:
        return path
    candidate = assets.levels_dir() / f"{name}.tmx"
    if not candidate.exists():
        raise LevelError(f"{candidate}: no such level '{name}'")
    return candidate


def load_level(path: Path) -> LevelData:
    """Read and check a map; every failure is a ``LevelError`` of one line naming the file.

    The specific checks below also name the place and the problem.  Anything
    they did not foresee (pytmx raises many kinds of exception) still becomes
    one line, with the original kept as ``__cause__`` for a developer: a player
    must never see a traceback because of a map.
    """
    path = Path(path)
    try:
        root = _parse_xml(path)
        _check_map_xml(path, root)
        return _build(path, pytmx.TiledMap(str(path.absolute())))  # absolute: image paths pytmx joins stay right
    except LevelError:
        raise
    except Exception as exc:
        raise LevelError(f"{_show(path)}: cannot read map ({type(exc).__name__}: {_one_line(exc)})") from exc


def level_title(path: Path) -> str | None:
    """The map's ``title`` property, read without loading the level (menus list levels by it).

    None when the file has no title or cannot be read: a broken map is
    reported when it is started, a menu only needs a name to show.
    """
    try:
        root = _parse_xml(path)
    except LevelError:
        return None
    for prop in root.iterfind("properties/property"):
        if prop.get("name") == "title" and prop.get("value"):
            return prop.get("value")
    return None


def level_character(path: Path) -> str | None:
    """Who the map starts you as (its first ``player_start``'s ``character``: ``t800`` unless it says),
    read without loading the level, for the menus; None when the file cannot be read."""
    try:
        root = _parse_xml(path)
    except LevelError:
        return None
    for obj in root.iterfind("objectgroup/object"):
        if (obj.get("type") or obj.get("class")) == "player_start":
            for prop in obj.iterfind("properties/property"):
                if prop.get("name") == "character" and prop.get("value"):
                    return prop.get("value")
            break
    return "t800"


# --- raw XML checks ---------------------------------------------------------------------
# pytmx trusts the XML: a bad number or an unknown property type surfaces as a bare
# ValueError or KeyError naming neither place nor attribute, so the XML is checked first.

def _parse_xml(path: Path) -> Element:
    try:
        with _open_regular_file(path) as file:
            return SafeET.parse(file).getroot()
    except DefusedXmlException as exc:
        raise LevelError(f"{_show(path)}: refused unsafe XML ({type(exc).__name__})") from None
    except SafeET.ParseError as exc:
        raise LevelError(f"{_show(path)}: broken XML ({exc})") from None
    except OSError as exc:
        raise LevelError(f"{_show(path)}: cannot read ({exc.strerror})") from None


def _open_regular_file(path: Path):
    """The file opened for reading, or one line saying why not.

    Only a regular file is read: a FIFO would block forever waiting for a
    writer and a device such as /dev/zero never ends.  The file is opened
    without blocking and checked with fstat, so what is checked is what is read.
    """
    where = _show(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise LevelError(f"{where}: file not found") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise LevelError(f"{where}: symbolic link loop (the link leads back to itself)") from None
        if exc.errno == errno.EISDIR or os.path.isdir(path):
            raise LevelError(f"{where}: is a folder, not a map file") from None
        raise LevelError(f"{where}: cannot read ({exc.strerror})") from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise LevelError(f"{where}: not a regular file ({_file_kind(mode)})")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _file_kind(mode: int) -> str:
    for test, kind in ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a device"),
                       (stat.S_ISBLK, "a device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return kind
    return "a special file"


def _check_map_xml(path: Path, root: Element) -> None:
    where = _show(path)
    if root.tag != "map":
        raise LevelError(f"{where}: not a Tiled map (root element <{root.tag}>)")
    if root.get("orientation", "orthogonal") != "orthogonal":
        raise LevelError(f"{where}: only orthogonal maps are supported")
    if root.get("infinite", "0") == "1":
        raise LevelError(f"{where}: infinite maps are not supported; set a fixed map size in Tiled")
    if (root.get("tilewidth"), root.get("tileheight")) != (str(TILE), str(TILE)):
        raise LevelError(f"{where}: tiles must be {TILE}x{TILE} px")
    size = (_attribute(f"{where}: map", root, "width", ONE_OR_MORE),
            _attribute(f"{where}: map", root, "height", ONE_OR_MORE))
    if size[0] * size[1] > MAX_MAP_TILES:
        raise LevelError(f"{where}: map is {size[0]}x{size[1]} = {size[0] * size[1]} tiles; at most "
                         f"{MAX_MAP_TILES} tiles (width x height) are supported")
    _check_xml_properties(f"{where}: map", root)
    max_gid = _check_tilesets(path, where, root)
    _check_layers(path, where, root, size, max_gid)


def _check_tilesets(path: Path, where: str, root: Element) -> int:
    """Check each tileset the map uses; the highest gid they cover."""
    max_gid = 0
    for ts in root.findall("tileset"):
        source = ts.get("source")
        place = f"{where}: tileset '{_quote(Path(source).name if source else ts.get('name', '?'))}'"
        first = _attribute(place, ts, "firstgid", ONE_OR_MORE)
        node = ts
        if source:
            ts_path = path.parent / source
            if not ts_path.is_file():
                raise LevelError(f"{where}: tileset '{source}' not found")
            node = _parse_xml(ts_path)
            if node.tag != "tileset":
                raise LevelError(f"{place}: not a Tiled tileset (root element <{node.tag}>)")
        count = _attribute(place, node, "tilecount", ZERO_OR_MORE, default="0")
        image = node.find("image")
        if image is not None and not (path.parent / (Path(source).parent if source else Path()) / image.get("source", "")).is_file():
            raise LevelError(f"{where}: tileset image '{image.get('source', '')}' not found")
        _check_xml_properties(place, node)
        for tile in node.findall("tile"):
            _attribute(f"{place}, tile", tile, "id", ZERO_OR_MORE)
            _check_xml_properties(f"{place}, tile {tile.get('id')}", tile)
        max_gid = max(max_gid, first + count - 1)
    return max_gid


def _check_layers(path: Path, where: str, root: Element, size: tuple[int, int], max_gid: int) -> None:
    """Every layer, group and object: numbers pytmx can read, tile data that fills the map."""
    for node in _layer_nodes(root):
        name = node.get("name", "?")
        place = f"{where}: layer '{_quote(name)}'"
        _check_attributes(place, node, LAYER_ATTRIBUTES)
        _check_xml_properties(place, node)
        if node.tag == "imagelayer":
            raise LevelError(f"{place}: image layers are not supported (the map property 'background' "
                             "names the backdrop)")
        if node.tag == "layer":
            _check_tile_layer(place, node, size, max_gid)
        for obj in node.findall("object"):
            _check_object_xml(path, place, obj)


def _layer_nodes(parent: Element):
    """The map's layers in order, those inside groups too (not the collision shapes of tiles)."""
    for node in parent:
        if node.tag in LAYER_TAGS:
            yield node
            if node.tag == "group":
                yield from _layer_nodes(node)


def _check_tile_layer(place: str, layer: Element, size: tuple[int, int], max_gid: int) -> None:
    layer_size = (_attribute(place, layer, "width", ONE_OR_MORE), _attribute(place, layer, "height", ONE_OR_MORE))
    if layer_size != size:
        raise LevelError(f"{place}: is {layer_size[0]}x{layer_size[1]} tiles but the map is {size[0]}x{size[1]}")
    data = layer.find("data")
    if data is None:
        raise LevelError(f"{place}: has no tile data")
    width, height = size
    gids = _decode_layer(place, data, width * height)
    if len(gids) != width * height:
        raise LevelError(f"{place}: has {len(gids)} tiles of data but the map is {width}x{height} "
                         f"= {width * height} tiles")
    for i, raw in enumerate(gids):
        gid = raw & _GID_MASK
        if gid > max_gid:
            raise LevelError(
                f"{place}, tile at column {i % width}, row {i // width}: gid {gid} is outside "
                f"the tilesets (1-{max_gid})"
            )


def _decode_layer(place: str, data: Element, tiles: int) -> list[int]:
    """The layer's gids as written; compressed data is inflated no further than the map needs,
    so a small file cannot unpack into gigabytes."""
    encoding = data.get("encoding")
    text = (data.text or "").strip()
    try:
        if encoding == "csv":
            return [int(v) for v in text.replace("\n", "").split(",") if v.strip()]
        if encoding == "base64":
            try:
                raw = base64.b64decode("".join(text.split()), validate=True)
            except binascii.Error:
                raise ValueError("not valid base64") from None
            compression = data.get("compression")
            if compression in ("zlib", "gzip"):
                # wbits 47 reads zlib and gzip headers alike
                raw = zlib.decompressobj(wbits=47).decompress(raw, 4 * tiles + 4)
            elif compression:
                raise ValueError(f"unsupported compression '{compression}'")
            if len(raw) % 4:
                raise ValueError(f"{len(raw)} bytes is not a whole number of tiles")
            return [int.from_bytes(raw[i:i + 4], "little") for i in range(0, len(raw), 4)]
        if encoding is None:
            return [int(t.get("gid", "0")) for t in data.findall("tile")]
        raise ValueError(f"unsupported encoding '{encoding}'")
    except (ValueError, zlib.error) as exc:
        raise LevelError(f"{place}: unreadable tile data ({_one_line(exc)})") from None


def _check_object_xml(path: Path, layer_place: str, obj: Element) -> None:
    kind = (obj.get("type") or obj.get("class") or "").strip()
    place = f"{layer_place}, {_object_label(obj.get('id', '?'), obj.get('name'))}" + (f" ({_quote(kind)})" if kind else "")
    _check_attributes(place, obj, OBJECT_ATTRIBUTES)
    if kind == "solid" and (obj.find("ellipse") is not None or obj.find("point") is not None):
        raise LevelError(f"{place}: a solid must be a polygon, a polyline or a rectangle")
    for tag in ("polygon", "polyline"):
        for node in obj.findall(tag):
            _check_points(f"{place}: {tag}", node.get("points"))
    template = obj.get("template")
    if template and not (path.parent / template).is_file():
        raise LevelError(f"{place}: template '{_quote(template)}' not found")
    _check_xml_properties(place, obj)


def _check_points(place: str, text: str | None) -> None:
    """A polygon's or polyline's ``points``: pairs "x,y" of finite numbers (pytmx raises a bare error)."""
    for pair in (text or "").split():
        xy = pair.split(",")
        try:
            ok = len(xy) == 2 and all(math.isfinite(float(v)) for v in xy)
        except ValueError:
            ok = False
        if not ok:
            raise LevelError(f"{place}: point '{_quote(pair)}' is not two numbers x,y")


def _check_xml_properties(place: str, node: Element) -> None:
    """The custom properties written on ``node``: a type pytmx knows and a value it can cast."""
    for props in node.findall("properties"):
        for prop in props.findall("property"):
            name = _quote(prop.get("name", "?"))
            kind = prop.get("type", "string")
            if kind == "class":
                raise LevelError(f"{place}: property '{name}' is a class property; only plain "
                                 "properties are supported")
            if kind not in TILED_PROPERTY_TYPES:
                raise LevelError(f"{place}: property '{name}' has unknown type '{_quote(kind)}' "
                                 f"(expected one of {', '.join(TILED_PROPERTY_TYPES)})")
            if kind in ("bool", "int", "float", "object"):
                value = prop.get("value")
                try:
                    TILED_PROPERTY_TYPES[kind](value)
                except (ValueError, TypeError):
                    shown = "empty" if not value else f"'{_quote(value)}'"
                    raise LevelError(f"{place}: property '{name}' is {shown}, expected a Tiled {kind}") from None


def _attribute(place: str, node: Element, name: str, spec: Spec, default: str | None = None) -> object:
    """An XML attribute as ``spec`` reads it, or one line naming it, its value and what was expected."""
    value = node.get(name, default)
    if value is None:
        raise LevelError(f"{place}: missing {name}")
    return _parsed(place, name, value, spec)


def _check_attributes(place: str, node: Element, specs: dict[str, Spec]) -> None:
    """The optional XML attributes in ``specs`` that ``node`` has."""
    for name, spec in specs.items():
        if node.get(name) is not None:
            _attribute(place, node, name, spec)


# --- building level data ----------------------------------------------------------------

def _build(path: Path, tmx: pytmx.TiledMap) -> LevelData:
    where = _show(path)
    props = _parsed_properties(f"{where}: map", dict(tmx.properties or {}), MAP_PROPERTIES)
    level = LevelData(
        name=path.stem,
        path=path,
        width=tmx.width,
        height=tmx.height,
        title=str(props.get("title", path.stem.replace("_", " ").title())),
        properties=props,
    )
    tiles = {gid: _parsed_properties(f"{where}: tileset tile {_quote(tile.get('id', '?'))}", dict(tile),
                                     TILE_PROPERTIES)
             for gid, tile in (tmx.tile_properties or {}).items()}
    for gid, img in enumerate(tmx.images):
        if img:
            filename, rect, flags = img
            level.tile_images[gid] = (str(filename), tuple(rect), flags)
            name = tiles.get(gid, {}).get("name")
            if name and name not in level.tile_names:
                level.tile_names[name] = gid

    # Cells by flag, kept as {row: {columns}}: a million-tile map stays cheap to collect and merge.
    rows: dict[str, dict[int, set[int]]] = {flag: {} for flag in TILE_FLAGS}
    has_collision = False
    for layer in tmx.layers:
        if isinstance(layer, pytmx.TiledTileLayer):
            lprops = _parsed_properties(f"{where}: layer '{_quote(layer.name)}'", dict(layer.properties or {}),
                                        LAYER_PROPERTIES)
            collision = lprops.get("collision", False)
            has_collision = has_collision or collision
            if not layer.visible:
                continue
            gids = [list(row) for row in layer.data]
            level.layers.append(TileLayer(name=layer.name, gids=gids, front=lprops.get("front", False)))
            # Collision flags count on collision layers; water is a surface, often drawn in front.
            flags = TILE_FLAGS if collision else SURFACE_FLAGS
            flags_of = {gid: [flag for flag in flags if tprops.get(flag)] for gid, tprops in tiles.items()}
            flags_of = {gid: fs for gid, fs in flags_of.items() if fs}
            if collision:
                _tile_outlines(where, layer.name, gids, tiles, level)
            if not flags_of:
                continue
            for y, row in enumerate(gids):
                for x, gid in enumerate(row):
                    if gid in flags_of:
                        for flag in flags_of[gid]:
                            rows[flag].setdefault(y, set()).add(x)
        elif isinstance(layer, pytmx.TiledObjectGroup) and layer.visible:
            for obj in layer:
                if (obj.type or getattr(obj, "class", None) or "").strip() == "solid":
                    place = f"{where}: layer '{_quote(layer.name)}', {_object_label(obj.id, obj.name)} (solid)"
                    level.outlines.append(object_outline(place, obj))
                else:
                    level.objects.append(_object(where, layer.name, obj))
    if not has_collision:
        raise LevelError(f"{where}: no tile layer has the property collision=true, so nothing is solid")

    # The top rung of a ladder is something to stand on, like a platform.
    ladders = rows["ladder"]
    one_ways = {y: set(xs) for y, xs in rows["one_way"].items()}
    for y, xs in ladders.items():
        tops = xs - ladders.get(y - 1, set())
        if tops:
            one_ways.setdefault(y, set()).update(tops)
    solid = {y: set(xs) for y, xs in rows["solid"].items()}
    for y, xs in rows["stair"].items():  # a tread is solid ground a walker steps up onto
        solid.setdefault(y, set()).update(xs)
    level.solids = merge_rows(solid)
    level.one_ways = merge_rows(one_ways)
    level.bars = merge_rows(rows["bars"])
    level.hazards = merge_rows(rows["hazard"])
    level.water = merge_rows(rows["water"])
    level.ladders = {(x, y) for y, xs in ladders.items() for x in xs}
    level.stairs = {(x, y) for y, xs in rows["stair"].items() for x in xs}
    _check_objects(where, level)
    return level


def _tile_outlines(where: str, layer: str, gids: list[list[int]], tiles: dict, level: LevelData) -> None:
    """The collision shapes drawn on tiles (Tiled's tile collision editor), placed at every cell of a
    collision layer that holds such a tile.  A tile flagged ``solid`` is a whole square already, so
    its drawn shapes are not added again."""
    shaped = {gid: props["colliders"] for gid, props in tiles.items()
              if props.get("colliders") is not None and not props.get("solid")}
    if not shaped:
        return
    for row, cells in enumerate(gids):
        for col, gid in enumerate(cells):
            if gid not in shaped:
                continue
            flags = level.tile_images.get(gid, (None, None, None))[2]
            for collider in shaped[gid]:
                place = (f"{where}: layer '{_quote(layer)}', tile at column {col}, row {row}: collision shape "
                         f"{_quote(collider.id)}")
                level.outlines.append(tile_outline(place, collider, col, row, level.tile_size, flags))


def _object(where: str, layer: str, obj) -> LevelObject:
    kind = (obj.type or getattr(obj, "class", None) or "").strip()
    place = f"{where}: layer '{_quote(layer)}', {_object_label(obj.id, obj.name)}"
    if not kind:
        raise LevelError(f"{place}: has no type (set its Class in Tiled)")
    if kind not in KINDS or not KINDS[kind].in_maps:
        raise LevelError(f"{place}: unknown type '{_quote(kind)}'")
    place = f"{place} ({kind})"
    spec = KINDS[kind]
    raw = dict(obj.properties or {})
    for name in spec.required:
        if name not in raw:
            raise LevelError(f"{place}: missing property '{name}'")
    props = _parsed_properties(place, raw, spec.properties)
    w, h = float(obj.width or 0), float(obj.height or 0)
    if spec.area and (w <= 0 or h <= 0):
        raise LevelError(f"{place}: must be a rectangle with a size")
    return LevelObject(id=int(obj.id), kind=kind, name=obj.name or "", rect=Rect(float(obj.x), float(obj.y), w, h),
                       props=props, layer=layer)


def _parsed_properties(place: str, props: dict, specs: dict[str, Spec]) -> dict:
    """``props`` with each property that ``specs`` knows turned into the value the game uses.

    Properties the table does not know are kept as they are: designers leave
    notes on objects, and a new property may reach a map before its spec.
    """
    return {name: _parsed(place, f"property '{_quote(name)}'", value, specs[name]) if name in specs else value
            for name, value in props.items()}


def _parsed(place: str, what: str, value: object, spec: Spec) -> object:
    """``value`` as ``spec`` reads it, or one line: the place, which value, what it is, what was expected."""
    try:
        return spec.parse(value)
    except ValueError:
        shown = "empty" if value is None or (isinstance(value, str) and not value.strip()) else f"'{_quote(value)}'"
        raise LevelError(f"{place}: {what} is {shown}, expected {spec.expected}") from None


def _check_objects(where: str, level: LevelData) -> None:
    starts = level.objects_of("player_start")
    if not starts:
        raise LevelError(f"{where}: no player_start object")
    if len(starts) > 1:
        raise LevelError(f"{where}: {len(starts)} player_start objects; there must be exactly one")
    scripts = MapScripts(level.objects)
    if not level.objects_of("exit") and not scripts.ends_level():
        raise LevelError(f"{where}: no exit object (nor an event whose end_level action ends the level)")
    w, h = level.pixel_size
    kinds_by_name: dict[str, set[str]] = {}
    for o in level.objects:
        if o.name:
            kinds_by_name.setdefault(o.name, set()).add(o.kind)
    for obj in level.objects:
        what = f"{where}: layer '{_quote(obj.layer)}', {_object_label(obj.id, obj.name)} ({obj.kind})"
        if not (0 <= obj.x <= w and 0 <= obj.y <= h):
            raise LevelError(f"{what}: outside the map")
        for target in obj.targets():
            if target not in kinds_by_name:
                raise LevelError(f"{what}: target '{_quote(target)}' names no object")
            if obj.kind == "t1000_order" and "t1000" not in kinds_by_name[target]:
                raise LevelError(f"{what}: target '{_quote(target)}' is not a t1000")
        problem = scripts.problem(obj)  # an event's conditions and actions (game/level/script.py)
        if problem:
            raise LevelError(f"{what}: {problem}")


def merge_cells(cells: set[tuple[int, int]]) -> list[Rect]:
    """Merge tile cells (column, row) into few rectangles; see ``merge_rows``."""
    rows: dict[int, set[int]] = {}
    for x, y in cells:
        rows.setdefault(y, set()).add(x)
    return merge_rows(rows)


def merge_rows(rows: dict[int, set[int]]) -> list[Rect]:
    """Merge tile cells, given as {row: {columns}}, into few rectangles: horizontal runs,
    then equal runs in consecutive rows stacked into one.

    Fewer, larger static shapes make the physics cheaper and stop bodies
    catching on the seams between neighbouring tiles; a map that is solid
    wall to wall becomes one shape.  Each cell is visited once (plus a sort
    per row), so a million-tile map merges in well under a second.  The
    rectangles come out sorted by (x0, y0, x1, y1), the order the physics
    space is filled in.
    """
    out: list[tuple[int, int, int, int]] = []  # x0, y0, x1 (exclusive), y1 (exclusive)
    open_runs: dict[tuple[int, int], int] = {}  # run (x0, x1) -> the row it started on
    last_y: int | None = None
    for y in sorted(y for y, xs in rows.items() if xs):
        if last_y is not None and y != last_y + 1:  # a gap of empty rows closes every run
            out.extend((x0, y0, x1, last_y + 1) for (x0, x1), y0 in open_runs.items())
            open_runs = {}
        still_open: dict[tuple[int, int], int] = {}
        xs = sorted(rows[y])
        start = prev = xs[0]
        for x in xs[1:]:
            if x != prev + 1:
                still_open[(start, prev + 1)] = open_runs.pop((start, prev + 1), y)
                start = x
            prev = x
        still_open[(start, prev + 1)] = open_runs.pop((start, prev + 1), y)
        out.extend((x0, y0, x1, y) for (x0, x1), y0 in open_runs.items())
        open_runs = still_open
        last_y = y
    if last_y is not None:
        out.extend((x0, y0, x1, last_y + 1) for (x0, x1), y0 in open_runs.items())
    return [Rect(x0 * TILE, y0 * TILE, (x1 - x0) * TILE, (y1 - y0) * TILE) for x0, y0, x1, y1 in sorted(out)]


def _show(path: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(Path.cwd()))
    except (ValueError, OSError, RuntimeError):  # elsewhere, unresolvable, or a symlink loop (RuntimeError)
        return str(path)


def _object_label(oid: object, name: str | None) -> str:
    return f"object {_quote(oid)}" + (f" '{_quote(name)}'" if name else "")


def _quote(value: object, limit: int = 40) -> str:
    """A designer's text for a one-line message: line breaks shown as \\n, long text cut short."""
    text = str(value).replace("\r", "").replace("\n", "\\n")
    return text if len(text) <= limit else text[:limit - 3] + "..."


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:160]
