"""The Tiled project in levels/ declares every kind the game knows, generated so it cannot go stale."""

from __future__ import annotations

import json

from game.level.kinds import KINDS, Flag, Number, OneOf
from tools import tiled_project


def test_the_project_file_is_up_to_date_with_the_kinds():
    assert tiled_project.stale() is None, "run: python tools/tiled_project.py"


def test_every_placeable_kind_is_a_class_with_its_typed_properties():
    project = json.loads(tiled_project.PROJECT.read_text(encoding="utf-8"))
    types = {t["name"]: t for t in project["propertyTypes"]}
    classes = {name for name, t in types.items() if t["type"] == "class"}
    assert classes == {k.name for k in KINDS.placeable()}
    assert "bullet" not in classes  # only in play, never in a map
    for kind in KINDS.placeable():
        cls = types[kind.name]
        assert cls["useAs"] == ["object"] and cls["drawFill"] == kind.area
        members = {m["name"]: m for m in cls["members"]}
        assert set(members) == set(kind.properties), kind.name
        for prop, spec in kind.properties.items():
            m = members[prop]
            if isinstance(spec, OneOf):
                enum = types[m["propertyType"]]
                assert enum["type"] == "enum" and enum["values"] == list(spec.values) and m["value"] in spec.values
            elif isinstance(spec, Flag):
                assert m["type"] == "bool"
            elif isinstance(spec, Number):
                assert m["type"] == ("int" if spec.whole else "float")
            else:
                assert m["type"] == "string"
    assert {"cond1", "act8", "repeat"} <= {m["name"] for m in types["event"]["members"]}
    assert {"boss", "health", "phases", "title"} <= {m["name"] for m in types["t1000"]["members"]}


def test_a_stale_project_is_caught(tmp_path):
    stale = tmp_path / "old.tiled-project"
    stale.write_text(tiled_project.render().replace('"repeat"', '"repeats"'), encoding="utf-8")
    assert "out of date" in tiled_project.stale(stale)
    assert "missing" in tiled_project.stale(tmp_path / "none.tiled-project")
