"""A set piece that cannot run stops at load with one line naming file, layer, object and property."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from game.level import LevelError, load_level
from game.level.script import actions, conditions, parse_action, parse_condition
from tests.world.conftest import FLAT, make_map
from tests.world.test_setpieces import event_obj

BASE = [
    event_obj(1, "player_start", 64, 160),
    event_obj(2, "exit", 600, 128, 16, 32),
    event_obj(3, "thug", 300, 160, name="bruiser", dormant=True),
    event_obj(4, "t1000", 400, 160, name="liquid", droplets=60),
    event_obj(5, "t1000", 450, 160, name="boss", droplets=60, boss=True, phases=2),
    event_obj(6, "story", 100, 100, 32, 32, name="zone", text="Hi"),
    event_obj(7, "event", 20, 20, name="starter", act1="start_timer alarm 3", act2="set_flag door_open"),
]


def _error(tmp_path, **props) -> str:
    path = make_map(tmp_path, FLAT, BASE + [event_obj(9, "event", 30, 30, name="scene", **props)])
    with pytest.raises(LevelError) as info:
        load_level(path)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: layer 'entities', object 9 'scene' (event): "), message
    return message


@pytest.mark.parametrize(("props", "expected"), [
    ({"act1": "spwan bruiser"}, "property 'act1': unknown action 'spwan' (did you mean 'spawn'?)"),
    ({"act1": "end_level", "cond1": "flag_sett door_open"}, "property 'cond1': unknown condition 'flag_sett'"),
    ({"act1": "players_inside"}, "property 'act1': unknown action 'players_inside' ('players_inside' is a "
                                 "condition: it belongs in a cond property)"),
    ({"act1": "start_timer alarm"}, "property 'act1': 'start_timer' takes 2 arguments (start_timer name seconds), "
                                    "got 1"),
    ({"act1": "caption Get down 3"}, "'caption' takes 1 to 2 arguments (caption text [seconds]), got 3; "
                                     "put text with spaces in quotes"),
    ({"act1": "unlock_camera now"}, "'unlock_camera' takes 0 arguments"),
    ({"act1": "start_timer alarm soon"}, "property 'act1': 'start_timer' seconds is 'soon', expected a number > 0"),
    ({"act1": "t1000_order liquid dance"}, "'t1000_order' order is 'dance', expected one of hunt, sleep"),
    ({"act1": "end_level", "cond1": "boss_phase boss 9"}, "'boss_phase' phase is '9', expected a whole number"),
    ({"act1": 'caption "never closed'}, "property 'act1': has a quote that is never closed"),
    ({"act1": "wake nobody"}, "property 'act1': target 'nobody' names no object"),
    ({"act1": "t1000_order bruiser hunt"}, "property 'act1': target 'bruiser' is not a t1000"),
    ({"act1": "wake liquid"}, "property 'act1': target 'liquid' is not dormant (set dormant = true on it)"),
    ({"act1": "boss_phase liquid 2"}, "property 'act1': target 'liquid' is not a boss (set boss = true on its t1000)"),
    ({"act1": "lock_camera bruiser"}, "property 'act1': target 'bruiser' is not an area"),
    ({"act1": "end_level", "cond1": "timer_done alrm"}, "property 'cond1': timer 'alrm' is never started"),
    ({"act1": "end_level", "cond1": "not flag_set door"}, "property 'cond1': flag 'door' is never set"),
    ({"act1": "end_level", "cond1": "players_inside"}, "property 'cond1': 'players_inside' needs an area"),
    ({"act1": "end_level", "cond2": "not"}, "property 'cond2': is empty"),
    ({"cond1": "timer_done alarm"}, "an event needs at least one action (act1, act2, ...)"),
])
def test_a_bad_condition_or_action_is_one_line_naming_the_property(tmp_path, props, expected):
    assert expected in _error(tmp_path, **props)


def test_a_caption_with_line_breaks_is_reported_on_one_line(tmp_path):
    message = _error(tmp_path, act1="caption 'first\nsecond' 2 3 4")
    assert "got 4" in message


def test_a_good_event_names_what_the_map_has(tmp_path):
    path = make_map(tmp_path, FLAT, BASE + [event_obj(
        9, "event", 30, 30, name="scene", cond1="timer_done alarm", cond2="not flag_set door_open",
        cond3="players_inside zone", cond4="boss_health_below boss 50", cond5="t1000_state liquid frozen",
        act1='caption "Two words" 2.5', act2="wake bruiser", act3="boss_phase boss 2", act4="lock_camera zone",
        act5="end_level mall")])
    level = load_level(path)
    assert level.objects[-1].props["act1"] == 'caption "Two words" 2.5'


def test_the_words_parse_their_typed_arguments():
    step = parse_action('caption "Stay down, {interact}" 2')
    assert (step.text, step.seconds) == ("Stay down, {interact}", 2.0)
    assert parse_action("caption Hello").seconds == 4.0
    cond = parse_condition("not boss_health_below boss 25")
    assert cond.negated and (cond.name, cond.percent) == ("boss", 25.0)
    for table in (conditions(), actions()):
        for word, cls in table.items():
            assert cls.word == word and cls.__doc__, f"{word} needs a docstring"


def test_the_readme_lists_every_condition_and_action():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for word in [*conditions(), *actions()]:
        assert f"`{word}" in readme, f"README's level-designer section does not list '{word}'"


def test_check_levels_prints_the_one_line(tmp_path):
    path = make_map(tmp_path, FLAT, BASE + [event_obj(9, "event", 30, 30, name="scene", act1="wake nobody")])
    result = subprocess.run([sys.executable, "-m", "game", "check-levels", str(path)], capture_output=True, text=True)
    assert result.returncode == 1
    lines = [line for line in result.stdout.splitlines() if "scene" in line]
    assert len(lines) == 1 and "property 'act1': target 'nobody' names no object" in lines[0]
