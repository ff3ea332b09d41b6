"""Tiny Tiled maps written on the fly, so tests can describe a level in a few lines."""

from __future__ import annotations

from game import assets

TILESET = assets.asset_path("tiles", "freeway.tsx")


def tmx_text(w: int, h: int, data: str, objects: str, *, extra: str = "", tileset: str | None = None) -> str:
    """A one-layer map (the collision layer ``ground``) plus one object layer ``entities``."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<map version="1.10" orientation="orthogonal" renderorder="right-down" width="{w}" height="{h}" tilewidth="16" tileheight="16" infinite="0">
 {extra}
 <tileset firstgid="1" source="{tileset or TILESET.as_posix()}"/>
 <layer id="1" name="ground" width="{w}" height="{h}">
  <properties><property name="collision" type="bool" value="true"/></properties>
  <data encoding="csv">{data}</data>
 </layer>
 <objectgroup id="2" name="entities">{objects}</objectgroup>
</map>
"""
