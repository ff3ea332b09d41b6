"""Every level in the repo loads; broken or incomplete maps give one line naming file, place and problem."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from game import assets
from game.level import LevelError, load_level
from game.level.loader import merge_cells
from tests.maps import tmx_text

LEVELS = sorted(assets.levels_dir().glob("*.tmx"))


@pytest.mark.parametrize("path", LEVELS, ids=[p.stem for p in LEVELS])
def test_every_level_loads(path):
    level = load_level(path)
    assert level.solids, "a level needs ground"
    assert len(level.objects_of("player_start")) == 1
    assert level.objects_of("exit")


def test_freeway_is_a_designed_level():
    level = load_level(assets.levels_dir() / "freeway.tmx")
    kinds = {o.kind for o in level.objects}
    hazards = {"live_wire", "debris", "traffic"} & kinds
    enemies = {"thug", "cop", "t1000"} & kinds
    assert len(hazards) + len(enemies) >= 3 + 2
    assert {"checkpoint", "pickup", "story", "spawner"} <= kinds
    assert level.ladders and level.one_ways and level.hazards
    assert level.pixel_size[0] >= 320 * 16  # minutes of play, not a screen
    assert level.properties["next"] == "mall"


def _map(tmp_path: Path, *, objects: str, data: str | None = None, extra: str = "", tileset: str | None = None) -> Path:
    w, h = 4, 3
    data = data or "0,0,0,0,\n0,0,0,0,\n2,2,2,2"
    text = tmx_text(w, h, data, objects, extra=extra, tileset=tileset)
    path = tmp_path / "broken.tmx"
    path.write_text(text)
    return path


START = '<object id="1" type="player_start" x="8" y="32"><point/></object>'
EXIT = '<object id="2" type="exit" x="40" y="16" width="16" height="16"/>'


def _error(path: Path) -> str:
    with pytest.raises(LevelError) as info:
        load_level(path)
    message = str(info.value)
    assert "\n" not in message and "broken.tmx" in message
    return message


def test_minimal_valid_map_loads(tmp_path):
    level = load_level(_map(tmp_path, objects=START + EXIT))
    assert level.objects_of("exit")[0].rect.w == 16


def test_missing_start(tmp_path):
    assert "no player_start" in _error(_map(tmp_path, objects=EXIT))


def test_missing_exit(tmp_path):
    assert "no exit" in _error(_map(tmp_path, objects=START))


def test_unknown_entity_type_names_layer_and_object(tmp_path):
    msg = _error(_map(tmp_path, objects=START + EXIT + '<object id="7" name="boss" type="terminatrix" x="1" y="1"/>'))
    assert "layer 'entities'" in msg and "object 7 'boss'" in msg and "unknown type 'terminatrix'" in msg


def test_missing_required_property(tmp_path):
    msg = _error(_map(tmp_path, objects=START + EXIT + '<object id="5" type="pickup" x="1" y="1"/>'))
    assert "missing property 'item'" in msg


def _order(target: str, order: str) -> str:
    return (f'<object id="9" type="t1000_order" x="0" y="0" width="16" height="16"><properties>'
            f'<property name="targets" value="{target}"/><property name="order" value="{order}"/>'
            '</properties></object>')


T1000 = '<object id="8" name="liquid" type="t1000" x="40" y="32"><point/></object>'


def test_a_trigger_naming_no_object_is_an_error(tmp_path):
    msg = _error(_map(tmp_path, objects=START + EXIT + T1000 + _order("nobody", "hunt")))
    assert "object 9 (t1000_order)" in msg and "target 'nobody' names no object" in msg


def test_a_t1000_order_must_name_a_t1000_and_a_known_order(tmp_path):
    assert load_level(_map(tmp_path, objects=START + EXIT + T1000 + _order("liquid", "puddle")))
    thug = '<object id="3" name="bruiser" type="thug" x="30" y="32"><point/></object>'
    assert "'bruiser' is not a t1000" in _error(_map(tmp_path, objects=START + EXIT + thug + _order("bruiser", "hunt")))
    assert "'order'" in _error(_map(tmp_path, objects=START + EXIT + T1000 + _order("liquid", "dance")))


def test_tile_outside_tileset(tmp_path):
    msg = _error(_map(tmp_path, objects=START + EXIT, data="0,0,0,0,\n0,0,999,0,\n2,2,2,2"))
    assert "layer 'ground'" in msg and "column 2, row 1" in msg and "gid 999" in msg


def test_broken_xml(tmp_path):
    path = _map(tmp_path, objects=START + EXIT)
    path.write_text(path.read_text()[:300])
    assert "broken XML" in _error(path)


def test_missing_tileset(tmp_path):
    assert "tileset" in _error(_map(tmp_path, objects=START + EXIT, tileset="nowhere.tsx"))


def test_entity_expansion_is_refused(tmp_path):
    bomb = ('<?xml version="1.0"?>\n<!DOCTYPE map [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>\n'
            '<map version="1.10" orientation="orthogonal" width="1" height="1" tilewidth="16" tileheight="16">'
            '<properties><property name="title" value="&b;"/></properties></map>')
    path = tmp_path / "broken.tmx"
    path.write_text(bomb)
    assert "unsafe XML" in _error(path)


def test_merge_cells_makes_few_rectangles():
    cells = {(x, y) for x in range(10) for y in range(3)} | {(20, 0)}
    rects = merge_cells(cells)
    assert len(rects) == 2
    assert sum(r.w * r.h for r in rects) == len(cells) * 256


def test_check_levels_command():
    result = subprocess.run([sys.executable, "-m", "game", "check-levels"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok" in result.stdout


def test_check_levels_reports_a_broken_file(tmp_path):
    path = _map(tmp_path, objects=EXIT)
    result = subprocess.run([sys.executable, "-m", "game", "check-levels", str(path)], capture_output=True, text=True)
    assert result.returncode == 1
    assert "no player_start" in result.stdout
