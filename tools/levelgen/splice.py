"""Splice a new section into a finished Tiled map: insert columns, shift what lies past them, paint
tiles and add objects, keeping the map valid for Tiled 1.10 (layer widths, object ids,
``nextobjectid``).  For a designer's one-off script that lengthens a level whose ``.tmx`` is
already the source (the blockout scripts write only a first draft)::

    from tools.levelgen.splice import TiledMap
    m = TiledMap.load("levels/dyson.tmx")
    m.insert_columns(20, 48)                      # 48 empty columns at column 20 (copies of column 19)
    m.set("front", 30, 24, m.gid("hedge"))        # paint
    m.add_object("triggers", "hiding_spot", 480, 352, 48, 48, name="bush")
    m.save()

Objects whose x is at or past the inserted columns move right with them; an area that straddles the
cut is widened.  Only CSV tile data is handled (what Tiled and tools/levelgen/tmx.py write).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path


class TiledMap:
    def __init__(self, path: Path, tree: ET.ElementTree) -> None:
        self.path = Path(path)
        self.tree = tree
        self.root = tree.getroot()
        self.tile = int(self.root.get("tilewidth"))
        self.layers: dict[str, list[list[int]]] = {}
        for layer in self.root.iter("layer"):
            text = layer.find("data").text.strip()
            self.layers[layer.get("name")] = [[int(v) for v in row.rstrip(",").split(",")]
                                              for row in text.splitlines()]
        self._names = self._tile_names()

    @classmethod
    def load(cls, path) -> TiledMap:
        return cls(Path(path), ET.parse(path))

    @property
    def width(self) -> int:
        return int(self.root.get("width"))

    @property
    def height(self) -> int:
        return int(self.root.get("height"))

    def _tile_names(self) -> dict[str, int]:
        """Tile name -> gid, from the tileset's source list (assets/src/art/tiles_<set>.txt)."""
        ts = self.root.find("tileset")
        first = int(ts.get("firstgid"))
        stem = Path(ts.get("source")).stem
        src = Path(__file__).resolve().parents[2] / "assets" / "src" / "art" / f"tiles_{stem}.txt"
        names = {}
        if src.exists():
            for line in src.read_text().splitlines():
                parts = line.split()
                if len(parts) >= 2 and parts[0].isdigit():
                    names[parts[1]] = int(parts[0]) + first
        return names

    def gid(self, name: str | None) -> int:
        return 0 if name is None else self._names[name]

    # --- tiles ----------------------------------------------------------------------------------
    def insert_columns(self, at: int, n: int, copy_from: int | None = None) -> None:
        """Insert ``n`` columns before column ``at``; each layer's new cells copy column ``copy_from``
        (default ``at - 1``, so floors and walls run on).  Objects at or past the cut move right."""
        src = at - 1 if copy_from is None else copy_from
        for rows in self.layers.values():
            for row in rows:
                row[at:at] = [row[src] if 0 <= src < len(row) else 0] * n
        self.root.set("width", str(self.width + n))
        for layer in self.root.iter("layer"):
            layer.set("width", str(self.width))
        cut, shift = at * self.tile, n * self.tile
        for obj in self.root.iter("object"):
            x = float(obj.get("x", 0))
            w = float(obj.get("width", 0))
            if x >= cut:
                obj.set("x", _num(x + shift))
            elif w and x + w > cut:
                obj.set("width", _num(w + shift))

    def set(self, layer: str, x: int, y: int, gid: int) -> None:
        self.layers[layer][y][x] = gid

    def get(self, layer: str, x: int, y: int) -> int:
        return self.layers[layer][y][x]

    def fill(self, layer: str, x0: int, y0: int, x1: int, y1: int, gid: int) -> None:
        """Fill the inclusive rectangle of cells."""
        for y in range(y0, y1 + 1):
            for x in range(x0, x1 + 1):
                self.layers[layer][y][x] = gid

    # --- objects --------------------------------------------------------------------------------
    def group(self, name: str) -> ET.Element:
        return next(g for g in self.root.iter("objectgroup") if g.get("name") == name)

    def find(self, name: str) -> list[ET.Element]:
        return [o for o in self.root.iter("object") if o.get("name") == name]

    def objects(self, kind: str | None = None) -> list[ET.Element]:
        return [o for o in self.root.iter("object") if kind is None or o.get("type") == kind]

    def add_object(self, group: str, kind: str, x: float, y: float, w: float = 0, h: float = 0, name: str = "",
                   props: dict | None = None) -> ET.Element:
        """An object (a point when ``w``/``h`` are 0) with the next free id, at the end of ``group``."""
        oid = int(self.root.get("nextobjectid"))
        self.root.set("nextobjectid", str(oid + 1))
        obj = ET.SubElement(self.group(group), "object", {"id": str(oid)})
        if name:
            obj.set("name", name)
        obj.set("type", kind)
        obj.set("x", _num(x))
        obj.set("y", _num(y))
        if w or h:
            obj.set("width", _num(w))
            obj.set("height", _num(h))
        if props:
            self.set_props(obj, props)
        if not (w or h):
            ET.SubElement(obj, "point")
        return obj

    @staticmethod
    def set_props(obj: ET.Element, props: dict) -> None:
        """Set (or replace) ``props`` on an object, typed as Tiled types them."""
        holder = obj.find("properties")
        if holder is None:
            holder = ET.Element("properties")
            obj.insert(0, holder)
        for key, value in props.items():
            for old in [p for p in holder if p.get("name") == key]:
                holder.remove(old)
            if value is None:
                continue
            attrs = {"name": key}
            if isinstance(value, bool):
                attrs["type"], text = "bool", "true" if value else "false"
            elif isinstance(value, int):
                attrs["type"], text = "int", str(value)
            elif isinstance(value, float):
                attrs["type"], text = "float", repr(value)
            else:
                text = str(value)
            attrs["value"] = text
            ET.SubElement(holder, "property", attrs)
        if not len(holder):
            obj.remove(holder)

    def remove_object(self, obj: ET.Element) -> None:
        for g in self.root.iter("objectgroup"):
            if obj in list(g):
                g.remove(obj)

    # --- writing --------------------------------------------------------------------------------
    def save(self, path=None) -> None:
        for layer in self.root.iter("layer"):
            rows = self.layers[layer.get("name")]
            lines = [",".join(str(v) for v in row) for row in rows]
            layer.find("data").text = "\n" + ",\n".join(lines) + "\n  "
        ET.indent(self.tree, space=" ")
        for layer in self.root.iter("layer"):  # ET.indent re-indents text-free nodes only; keep Tiled's CSV look
            rows = self.layers[layer.get("name")]
            layer.find("data").text = "\n" + ",\n".join(",".join(str(v) for v in row) for row in rows) + "\n  "
        out = Path(path or self.path)
        self.tree.write(out, encoding="UTF-8", xml_declaration=True)
        text = out.read_text()
        text = text.replace("<?xml version='1.0' encoding='UTF-8'?>", '<?xml version="1.0" encoding="UTF-8"?>')
        out.write_text(text.replace(" />", "/>").rstrip("\n") + "\n")


def _num(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else repr(float(v))
