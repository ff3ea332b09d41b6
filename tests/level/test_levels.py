"""Every level in the repo loads; broken or incomplete maps give one line naming file, place and problem."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from game import assets
from game.level import LevelError, load_level
from game.level.loader import merge_cells
from game.level.script import MapScripts
from tests.maps import tmx_text

LEVELS = sorted(assets.levels_dir().glob("*.tmx"))


@pytest.mark.parametrize("path", LEVELS, ids=[p.stem for p in LEVELS])
def test_every_level_loads(path):
    level = load_level(path)
    assert level.solids, "a level needs ground"
    assert len(level.objects_of("player_start")) == 1
    assert level.objects_of("exit") or MapScripts(level.objects).ends_level()  # an exit, or a set piece ends it


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


def test_check_levels_warns_about_a_property_the_game_never_reads(tmp_path):
    wire = ('<object id="5" type="live_wire" x="0" y="0" width="16" height="16"><properties>'
            '<property name="peroid" value="2"/></properties></object>')
    path = _map(tmp_path, objects=START + EXIT + wire)
    result = subprocess.run([sys.executable, "-m", "game", "check-levels", str(path)], capture_output=True, text=True)
    assert result.returncode == 0  # it loads and plays: a note, not an error
    assert "property 'peroid' is not read by the game (live_wire reads duty, offset, period)" in result.stdout


def test_check_levels_reports_a_broken_file(tmp_path):
    path = _map(tmp_path, objects=EXIT)
    result = subprocess.run([sys.executable, "-m", "game", "check-levels", str(path)], capture_output=True, text=True)
    assert result.returncode == 1
    assert "no player_start" in result.stdout


# --- every property of every object against its spec in game.level.kinds ---------------------

REQUIRED = {"story": {"text": "Hello"}, "pickup": {"item": "shells"}}


def _thing(kind: str, name: str, value: str, tiled_type: str = "") -> str:
    """Object 5 'thing' of ``kind`` (an area, so any kind fits) with one property under test."""
    props = {**REQUIRED.get(kind, {}), name: value}
    typed = f' type="{tiled_type}"' if tiled_type else ""
    ps = "".join(f'<property name="{k}"{typed if k == name else ""} value="{v}"/>' for k, v in props.items())
    return (f'<object id="5" name="thing" type="{kind}" x="0" y="0" width="16" height="16">'
            f"<properties>{ps}</properties></object>")


@pytest.mark.parametrize(("kind", "name", "value", "tiled_type", "expected"), [
    ("t1000", "speed", "fast", "", "a number > 0 and <= 3"),
    ("t1000", "droplets", "-5", "int", "a whole number >= 50 and <= 1000"),
    ("live_wire", "period", "0.0", "float", "a number > 0"),
    ("live_wire", "duty", "1.5", "", "a number >= 0 and <= 1"),
    ("story", "seconds", "nan", "", "a number > 0"),
    ("pickup", "amount", "2.5", "", "a whole number >= 1"),
    ("debris", "count", "0", "int", "a whole number >= 1"),
    ("traffic", "interval", "-1.5", "float", "a number > 0"),
    ("traffic", "direction", "up", "", "one of left, right"),
    ("thug", "dormant", "maybe", "", "true or false"),
])
def test_a_property_the_game_cannot_use_names_object_property_value_and_expectation(
        tmp_path, kind, name, value, tiled_type, expected):
    msg = _error(_map(tmp_path, objects=START + EXIT + _thing(kind, name, value, tiled_type)))
    assert f"layer 'entities', object 5 'thing' ({kind}): property '{name}' is '{value}', expected {expected}" in msg


def test_an_empty_property_is_named_as_empty(tmp_path):
    msg = _error(_map(tmp_path, objects=START + EXIT + _thing("t1000", "speed", "")))
    assert "property 'speed' is empty, expected a number" in msg


def test_numbers_written_as_tiled_strings_load_as_numbers(tmp_path):
    """Tiled makes a new custom property a string; the game gets the number it holds."""
    wire = _thing("live_wire", "period", " 2.5 ")
    t1000 = _thing("t1000", "droplets", "150").replace('id="5" name="thing"', 'id="6" name="liquid"')
    thug = _thing("thug", "dormant", "false").replace('id="5" name="thing"', 'id="7" name="calm"')
    level = load_level(_map(tmp_path, objects=START + EXIT + wire + t1000 + thug))
    props = {o.kind: o.props for o in level.objects}
    assert props["live_wire"]["period"] == 2.5
    assert props["t1000"]["droplets"] == 150 and isinstance(props["t1000"]["droplets"], int)
    assert props["thug"]["dormant"] is False  # the text "false" must not count as true


def test_a_typed_property_that_does_not_cast_names_the_object(tmp_path):
    msg = _error(_map(tmp_path, objects=START + EXIT + _thing("t1000", "droplets", "fast", "int")))
    assert "object 5 'thing' (t1000): property 'droplets' is 'fast', expected a Tiled int" in msg


def test_an_unknown_property_type_is_named(tmp_path):
    extra = '<properties><property name="par_seconds" type="vector" value="1,2"/></properties>'
    msg = _error(_map(tmp_path, objects=START + EXIT, extra=extra))
    assert "map: property 'par_seconds' has unknown type 'vector'" in msg


def test_map_properties_are_checked_too(tmp_path):
    extra = '<properties><property name="no_kill" value="nope"/></properties>'
    assert "map: property 'no_kill' is 'nope', expected true or false" in _error(
        _map(tmp_path, objects=START + EXIT, extra=extra))


@pytest.mark.parametrize(("name", "value", "expected"), [
    ("intro", "canall", "expected a story scene ("),
    ("outro", "ending_2", "expected a story scene ("),
    ("background", "mal", "expected a backdrop ("),
    ("music", "chase", "expected a music track ("),
])
def test_a_map_naming_a_scene_backdrop_or_track_that_does_not_exist_is_caught(tmp_path, name, value, expected):
    """A typo would otherwise play the level without its story scene, or in the wrong place."""
    extra = f'<properties><property name="{name}" value="{value}"/></properties>'
    msg = _error(_map(tmp_path, objects=START + EXIT, extra=extra))
    assert f"map: property '{name}' is '{value}', {expected}" in msg


def test_every_campaign_level_has_its_story_scene_before_it():
    """The checklist: each level of the campaign opens with an illustrated scene, and its pictures exist."""
    from game.progress import CAMPAIGN

    scenes = assets.json_data("story", "scenes.json")
    for name in CAMPAIGN:
        intro = load_level(assets.levels_dir() / f"{name}.tmx").properties.get("intro")
        assert intro in scenes, f"{name} has no story scene before it"
        for page in scenes[intro]["pages"]:
            assert assets.asset_path("story", f"{page['image']}.png").is_file(), (name, page["image"])


def test_a_value_with_line_breaks_stays_on_one_line(tmp_path):
    thug = ('<object id="5" type="thug" x="0" y="0"><properties>'
            '<property name="facing">left\nright</property></properties></object>')
    assert "'left\\nright'" in _error(_map(tmp_path, objects=START + EXIT + thug))


# --- malformed maps: one line, never a traceback ----------------------------------------------

def _edit(path: Path, old: str, new: str) -> Path:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))
    return path


def test_a_non_numeric_firstgid_is_named(tmp_path):
    path = _edit(_map(tmp_path, objects=START + EXIT), 'firstgid="1"', 'firstgid="x"')
    assert "tileset 'freeway.tsx': firstgid is 'x', expected a whole number >= 1" in _error(path)


def test_check_levels_reports_a_bad_firstgid_without_a_traceback(tmp_path):
    path = _edit(_map(tmp_path, objects=START + EXIT), 'firstgid="1"', 'firstgid="x"')
    result = subprocess.run([sys.executable, "-m", "game", "check-levels", str(path)], capture_output=True, text=True)
    assert result.returncode == 1
    assert "firstgid is 'x'" in result.stdout and "Traceback" not in result.stdout + result.stderr


def test_a_non_numeric_map_width_is_named(tmp_path):
    path = _edit(_map(tmp_path, objects=START + EXIT), 'width="4" height="3" tilewidth', 'width="four" height="3" tilewidth')
    assert "map: width is 'four', expected a whole number >= 1" in _error(path)


def test_a_map_too_large_to_hold_is_refused_before_reading_its_tiles(tmp_path):
    path = _edit(_map(tmp_path, objects=START + EXIT), 'width="4" height="3" tilewidth', 'width="100000" height="100000" tilewidth')
    assert "at most" in _error(path)


@pytest.mark.parametrize(("data", "problem"), [
    ("", "has no tile data"),
    ('<data encoding="csv"></data>', "has 0 tiles of data but the map is 4x3 = 12 tiles"),
    ('<data encoding="csv">0,0,0,0,2,2,2,2</data>', "has 8 tiles of data"),
    ('<data encoding="base64">!!!</data>', "unreadable tile data (not valid base64)"),
    ('<data encoding="base64">AAAA</data>', "unreadable tile data"),
])
def test_a_tile_layer_with_missing_or_short_data_is_named(tmp_path, data, problem):
    path = _map(tmp_path, objects=START + EXIT)
    text = path.read_text()
    start, end = text.index("<data"), text.index("</data>") + len("</data>")
    path.write_text(text[:start] + data + text[end:])
    msg = _error(path)
    assert "layer 'ground'" in msg and problem in msg


@pytest.mark.parametrize("compression", ["zlib", "gzip"])
def test_compressed_tile_data_loads(tmp_path, compression):
    import base64
    import gzip
    import zlib

    raw = b"".join(g.to_bytes(4, "little") for g in [0] * 8 + [2] * 4)
    packed = zlib.compress(raw) if compression == "zlib" else gzip.compress(raw)
    path = _map(tmp_path, objects=START + EXIT)
    text = path.read_text()
    start, end = text.index("<data"), text.index("</data>") + len("</data>")
    path.write_text(text[:start] + f'<data encoding="base64" compression="{compression}">'
                    f"{base64.b64encode(packed).decode()}</data>" + text[end:])
    assert load_level(path).solids


def test_an_object_with_a_negative_size_is_named(tmp_path):
    thug = '<object id="5" name="wide" type="thug" x="0" y="0" width="-16" height="16"/>'
    assert "object 5 'wide' (thug): width is '-16', expected a number >= 0" in _error(_map(tmp_path, objects=START + EXIT + thug))


def test_an_object_with_a_non_numeric_position_is_named(tmp_path):
    thug = '<object id="5" type="thug" x="left" y="0"/>'
    assert "object 5 (thug): x is 'left', expected a number" in _error(_map(tmp_path, objects=START + EXIT + thug))


def test_an_image_layer_is_refused_by_name(tmp_path):
    path = _edit(_map(tmp_path, objects=START + EXIT), "<objectgroup",
                 '<imagelayer id="9" name="sky"><image source="sky.png"/></imagelayer><objectgroup')
    assert "layer 'sky': image layers are not supported" in _error(path)


def test_anything_unforeseen_still_becomes_one_line_with_the_cause_kept(tmp_path, monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("pytmx had a bad day\nsecond line")

    monkeypatch.setattr("game.level.loader.pytmx.TiledMap", explode)
    path = _map(tmp_path, objects=START + EXIT)
    with pytest.raises(LevelError) as info:
        load_level(path)
    assert str(info.value).endswith("broken.tmx: cannot read map (RuntimeError: pytmx had a bad day)")
    assert isinstance(info.value.__cause__, RuntimeError)
