"""Load a Tiled ``.tmx`` map into ``LevelData``, refusing anything a player could trip on.

Every check names the file, the layer and the object (or tile) and says what
is wrong, in one line, because the same messages are what a level designer
sees from ``python -m game check-levels`` and what a player sees instead of a
traceback.  The XML is read with defusedxml first: a map from outside the
project must not be able to expand entities into gigabytes.
"""

from __future__ import annotations

import base64
import gzip
import zlib
from pathlib import Path
from xml.etree.ElementTree import Element

import defusedxml.ElementTree as SafeET
import pytmx
from defusedxml import DefusedXmlException

from game import assets
from game.level.data import LevelData, LevelError, LevelObject, Rect, TileLayer
from game.level.kinds import AREA_KINDS, KINDS
from game.world.physics import TILE

TILE_FLAGS = ("solid", "one_way", "ladder", "bars", "hazard", "water")
SURFACE_FLAGS = ("water",)  # flags read from any tile layer, not only collision layers
_GID_MASK = 0x1FFFFFFF


def find_level(name: str) -> Path:
    """A level by name (``freeway``) from the game's levels folder, or a path to a .tmx file."""
    path = Path(name)
    if path.suffix == ".tmx" and path.exists():
        return path
    candidate = assets.levels_dir() / f"{name}.tmx"
    if not candidate.exists():
        raise LevelError(f"{candidate}: no such level '{name}'")
    return candidate


def load_level(path: Path) -> LevelData:
    path = Path(path)
    root = _parse_xml(path)
    _check_map_xml(path, root)
    try:
        tmx = pytmx.TiledMap(str(path))
    except LevelError:
        raise
    except Exception as exc:  # pytmx raises many kinds; all mean the same to a player
        raise LevelError(f"{_show(path)}: cannot read map ({_one_line(exc)})") from None
    return _build(path, tmx)


# --- raw XML checks ---------------------------------------------------------------------

def _parse_xml(path: Path) -> Element:
    try:
        return SafeET.parse(str(path)).getroot()
    except FileNotFoundError:
        raise LevelError(f"{_show(path)}: file not found") from None
    except DefusedXmlException as exc:
        raise LevelError(f"{_show(path)}: refused unsafe XML ({type(exc).__name__})") from None
    except SafeET.ParseError as exc:
        raise LevelError(f"{_show(path)}: broken XML ({exc})") from None
    except OSError as exc:
        raise LevelError(f"{_show(path)}: cannot read ({exc.strerror})") from None


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
    max_gid = 0
    for ts in root.findall("tileset"):
        first = int(ts.get("firstgid", "1"))
        node = ts
        source = ts.get("source")
        if source:
            ts_path = path.parent / source
            if not ts_path.exists():
                raise LevelError(f"{where}: tileset '{source}' not found")
            node = _parse_xml(ts_path)
        count = int(node.get("tilecount", "0"))
        image = node.find("image")
        if image is not None and not (path.parent / (Path(source).parent if source else Path()) / image.get("source", "")).exists():
            raise LevelError(f"{where}: tileset image '{image.get('source')}' not found")
        max_gid = max(max_gid, first + count - 1)
    for layer in root.iter("layer"):
        name = layer.get("name", "?")
        width = int(layer.get("width", "0"))
        data = layer.find("data")
        if data is None:
            raise LevelError(f"{where}: layer '{name}' has no tile data")
        for i, raw in enumerate(_decode_layer(where, name, data)):
            gid = raw & _GID_MASK
            if gid > max_gid:
                col, row = (i % width, i // width) if width else (i, 0)
                raise LevelError(
                    f"{where}: layer '{name}', tile at column {col}, row {row}: gid {gid} is outside "
                    f"the tilesets (1-{max_gid})"
                )


def _decode_layer(where: str, name: str, data: Element) -> list[int]:
    encoding = data.get("encoding")
    text = (data.text or "").strip()
    try:
        if encoding == "csv":
            return [int(v) for v in text.replace("\n", "").split(",") if v.strip()]
        if encoding == "base64":
            raw = base64.b64decode(text)
            compression = data.get("compression")
            if compression == "zlib":
                raw = zlib.decompress(raw)
            elif compression == "gzip":
                raw = gzip.decompress(raw)
            elif compression:
                raise ValueError(f"unsupported compression '{compression}'")
            return [int.from_bytes(raw[i:i + 4], "little") for i in range(0, len(raw), 4)]
        if encoding is None:
            return [int(t.get("gid", "0")) for t in data.findall("tile")]
        raise ValueError(f"unsupported encoding '{encoding}'")
    except (ValueError, zlib.error, OSError) as exc:
        raise LevelError(f"{where}: layer '{name}': unreadable tile data ({_one_line(exc)})") from None


# --- building level data ----------------------------------------------------------------

def _build(path: Path, tmx: pytmx.TiledMap) -> LevelData:
    where = _show(path)
    props = dict(tmx.properties or {})
    level = LevelData(
        name=path.stem,
        path=path,
        width=tmx.width,
        height=tmx.height,
        title=str(props.get("title", path.stem.replace("_", " ").title())),
        properties=props,
    )
    for gid, img in enumerate(tmx.images):
        if img:
            filename, rect, flags = img
            level.tile_images[gid] = (str(filename), tuple(rect), flags)
            name = (tmx.get_tile_properties_by_gid(gid) or {}).get("name")
            if name and name not in level.tile_names:
                level.tile_names[name] = gid

    cells: dict[str, set[tuple[int, int]]] = {flag: set() for flag in TILE_FLAGS}
    for layer in tmx.visible_layers:
        if isinstance(layer, pytmx.TiledTileLayer):
            lprops = layer.properties or {}
            gids = [list(row) for row in layer.data]
            level.layers.append(
                TileLayer(name=layer.name, gids=gids, front=bool(lprops.get("front", False)))
            )
            # Collision flags count on collision layers; water is a surface, often drawn in front.
            flags = TILE_FLAGS if lprops.get("collision", False) else SURFACE_FLAGS
            for y, row in enumerate(gids):
                for x, gid in enumerate(row):
                    if gid:
                        tprops = tmx.get_tile_properties_by_gid(gid) or {}
                        for flag in flags:
                            if tprops.get(flag):
                                cells[flag].add((x, y))
        elif isinstance(layer, pytmx.TiledObjectGroup):
            for obj in layer:
                level.objects.append(_object(where, layer.name, obj))
    if not any(lyr for lyr in tmx.layers if isinstance(lyr, pytmx.TiledTileLayer) and (lyr.properties or {}).get("collision")):
        raise LevelError(f"{where}: no tile layer has the property collision=true, so nothing is solid")

    # The top rung of a ladder is something to stand on, like a platform.
    tops = {(x, y) for x, y in cells["ladder"] if (x, y - 1) not in cells["ladder"]}
    level.solids = merge_cells(cells["solid"])
    level.one_ways = merge_cells(cells["one_way"] | tops)
    level.bars = merge_cells(cells["bars"])
    level.hazards = merge_cells(cells["hazard"])
    level.water = merge_cells(cells["water"])
    level.ladders = cells["ladder"]
    _check_objects(where, level)
    return level


def _object(where: str, layer: str, obj) -> LevelObject:
    kind = (obj.type or getattr(obj, "class", None) or "").strip()
    label = f"object {obj.id}" + (f" '{obj.name}'" if obj.name else "")
    if not kind:
        raise LevelError(f"{where}: layer '{layer}', {label}: has no type (set its Class in Tiled)")
    if kind not in KINDS:
        raise LevelError(f"{where}: layer '{layer}', {label}: unknown type '{kind}'")
    spec = KINDS[kind]
    props = dict(obj.properties or {})
    for name in spec["required"]:
        if name not in props:
            raise LevelError(f"{where}: layer '{layer}', {label} ({kind}): missing property '{name}'")
    for name, value in props.items():
        allowed = spec["required"].get(name, spec["optional"].get(name))
        if isinstance(allowed, tuple) and value not in allowed:
            raise LevelError(
                f"{where}: layer '{layer}', {label} ({kind}): property '{name}' is '{value}', "
                f"expected one of {', '.join(allowed)}"
            )
    w, h = float(obj.width or 0), float(obj.height or 0)
    if kind in AREA_KINDS and (w <= 0 or h <= 0):
        raise LevelError(f"{where}: layer '{layer}', {label} ({kind}): must be a rectangle with a size")
    return LevelObject(id=int(obj.id), kind=kind, name=obj.name or "", rect=Rect(float(obj.x), float(obj.y), w, h),
                       props=props, layer=layer)


def _check_objects(where: str, level: LevelData) -> None:
    starts = level.objects_of("player_start")
    if not starts:
        raise LevelError(f"{where}: no player_start object")
    if len(starts) > 1:
        raise LevelError(f"{where}: {len(starts)} player_start objects; there must be exactly one")
    if not level.objects_of("exit"):
        raise LevelError(f"{where}: no exit object")
    w, h = level.pixel_size
    kinds_by_name: dict[str, set[str]] = {}
    for o in level.objects:
        if o.name:
            kinds_by_name.setdefault(o.name, set()).add(o.kind)
    for obj in level.objects:
        what = f"{where}: layer '{obj.layer}', object {obj.id} ({obj.kind})"
        if not (0 <= obj.x <= w and 0 <= obj.y <= h):
            raise LevelError(f"{what}: outside the map")
        for target in obj.targets():
            if target not in kinds_by_name:
                raise LevelError(f"{what}: target '{target}' names no object")
            if obj.kind == "t1000_order" and "t1000" not in kinds_by_name[target]:
                raise LevelError(f"{what}: target '{target}' is not a t1000")


def merge_cells(cells: set[tuple[int, int]]) -> list[Rect]:
    """Merge tile cells into few rectangles: horizontal runs, then equal runs stacked.

    Fewer, larger static shapes make the physics cheaper and stop bodies
    catching on the seams between neighbouring tiles.
    """
    out: list[tuple[int, int, int, int]] = []  # x0, y0, x1 (exclusive), y1 (exclusive)
    if not cells:
        return []
    max_y = max(y for _, y in cells)
    open_runs: dict[tuple[int, int], int] = {}
    for y in range(0, max_y + 2):
        row_runs: list[tuple[int, int]] = []
        xs = sorted(x for x, yy in cells if yy == y)
        start = prev = None
        for x in xs:
            if start is None:
                start = prev = x
            elif x == prev + 1:
                prev = x
            else:
                row_runs.append((start, prev + 1))
                start = prev = x
        if start is not None:
            row_runs.append((start, prev + 1))
        still_open: dict[tuple[int, int], int] = {}
        for run in row_runs:
            still_open[run] = open_runs.pop(run, y)
        for (x0, x1), y0 in open_runs.items():
            out.append((x0, y0, x1, y))
        open_runs = still_open
    return [Rect(x0 * TILE, y0 * TILE, (x1 - x0) * TILE, (y1 - y0) * TILE) for x0, y0, x1, y1 in sorted(out)]


def _show(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:160]
