"""Set pieces as data: an event object's conditions and actions run the scene, no Python of its own.

tests/world/set_piece.tmx is the example: walking into the area shows a
caption, starts a timer and wakes a dormant thug; when the thug is down and
the timer has run out, the level ends.  Its exit is walled off, so only the
set piece can end it.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import quoteattr

import pytest

from game.headless import run_level
from game.input.actions import Action, InputSnapshot
from game.input.autopilot import Autopilot
from game.level import load_level
from game.level.checker import check
from game.timestep import DT
from game.world.world import World
from tests.world.conftest import FLAT, hold, make_map, run, settle

SET_PIECE = Path(__file__).with_name("set_piece.tmx")
WALL_X = 33 * 16  # the wall before the exit


def event_obj(oid: int, kind: str, x: float, y: float, w: float = 0, h: float = 0, name: str = "", **props) -> str:
    """An object whose property values may hold quotes (captions)."""
    size = f' width="{w}" height="{h}"' if w else ""
    ps = "".join(f'<property name="{k}" type="bool" value="{str(v).lower()}"/>' if isinstance(v, bool)
                 else f"<property name={quoteattr(k)} value={quoteattr(str(v))}/>" for k, v in props.items())
    inner = (f"<properties>{ps}</properties>" if ps else "") + ("" if w else "<point/>")
    named = f" name={quoteattr(name)}" if name else ""
    return f'<object id="{oid}"{named} type="{kind}" x="{x}" y="{y}"{size}>{inner}</object>'


def world_with(tmp_path, objects: list[str], rows=None) -> World:
    base = [event_obj(1, "player_start", 64, 160, facing="right"), event_obj(2, "exit", 600, 128, 16, 32)]
    return World(load_level(make_map(tmp_path, rows or FLAT, base + objects)))


def test_the_set_piece_map_checks_clean():
    warnings: list[str] = []
    assert check([SET_PIECE], warnings) == [] and warnings == []


def test_the_autopilot_finishes_the_set_piece_headless():
    seen: dict = {"captions": [], "max_x": 0.0}

    def watch(world):
        if world.caption and world.caption[0] not in seen["captions"]:
            seen["captions"].append(world.caption[0])
        seen["max_x"] = max(seen["max_x"], world.player.x)
        seen["world"] = world

    result = run_level(str(SET_PIECE), source=Autopilot, frames=60 * 60, on_frame=watch)
    assert result.outcome == "completed" and result.casualties == 0
    world = seen["world"]
    assert seen["captions"][0].startswith("Somebody is coming") and "Clear." in seen["captions"]
    assert world.script.timers["alarm"] == 0 and all(e.is_down for e in world.find("bruiser"))
    assert seen["max_x"] < WALL_X  # it never reached the exit: the set piece ended the level
    again = run_level(str(SET_PIECE), source=Autopilot, frames=60 * 60)
    assert (again.frames, again.state_hash) == (result.frames, result.state_hash)


def test_nothing_happens_before_the_player_walks_in():
    world = World(load_level(SET_PIECE))
    settle(world, 120)
    assert world.caption is None and not world.find("bruiser") and "alarm" not in world.script.timers
    assert world.outcome is None


def test_an_event_fires_once_unless_it_repeats(tmp_path):
    area = {"cond1": "players_inside", "act1": "set_flag inside"}
    counter = {"cond1": "flag_set inside", "act1": "clear_flag inside"}
    world = world_with(tmp_path, [
        event_obj(3, "event", 96, 96, 480, 64, name="once", **area),
        event_obj(4, "event", 96, 96, 480, 64, name="again", repeat=True, **area),
        event_obj(5, "event", 20, 20, name="reset", repeat=True, **counter),
    ])
    once, again = world.find("once")[0], world.find("again")[0]
    for _ in range(2):  # walk in and back out, twice
        run(world, hold(Action.RIGHT), 40)
        assert world.player.x > 110
        run(world, hold(Action.LEFT), 40)
        assert world.player.x < 85
    assert once.fired == 1 and again.fired == 2


def test_conditions_hold_together_and_not_turns_one_round(tmp_path):
    world = world_with(tmp_path, [
        event_obj(3, "event", 20, 20, name="arm", act1="start_timer fuse 0.5"),
        event_obj(4, "event", 20, 20, name="early", cond1="not timer_done fuse", act1="set_flag early"),
        event_obj(5, "event", 20, 20, name="late", cond1="timer_done fuse", cond2="flag_set early",
                  act1='caption "Boom" 1'),
    ])
    run(world, InputSnapshot(), 1)
    assert world.script.flags == {"early"} and world.caption is None
    run(world, InputSnapshot(), 29)
    assert world.caption is None
    run(world, InputSnapshot(), 2)
    assert world.caption == ("Boom", pytest.approx(1.0, abs=2 * DT))


def test_lock_and_unlock_the_camera_and_order_a_t1000(tmp_path):
    world = world_with(tmp_path, [
        event_obj(3, "t1000", 400, 160, name="liquid", droplets=60),
        event_obj(4, "event", 96, 96, 64, 64, name="hold", cond1="players_inside",
                  act1="lock_camera", act2="t1000_order liquid puddle", act3="start_timer free 1"),
        event_obj(5, "event", 20, 20, name="free", cond1="timer_done free", act1="unlock_camera"),
    ])
    run(world, hold(Action.RIGHT), 30)
    hold_area = world.find("hold")[0].rect
    assert world.camera_lock is hold_area
    assert world.t1000s[0].body.brain.forced == "puddle"
    run(world, InputSnapshot(), 60)
    assert world.camera_lock is None


def test_spawn_brings_a_new_copy_each_time_and_down_is_not_killed(tmp_path):
    world = world_with(tmp_path, [
        event_obj(3, "thug", 300, 160, name="wave", dormant=True),
        event_obj(4, "event", 20, 20, name="first", act1="spawn wave", act2="spawn wave"),
        event_obj(5, "event", 20, 20, name="all_down", cond1="down wave", act1="set_flag down"),
        event_obj(6, "event", 20, 20, name="all_dead", cond1="killed wave", act1="set_flag dead"),
    ])
    run(world, InputSnapshot(), 2)
    wave = world.find("wave")
    assert len(wave) == 2 and "down" not in world.script.flags
    for thug in wave:
        thug.hit(world, 99, 0, lethal=False, melee=True)  # knocked out, not killed
    run(world, InputSnapshot(), 2)
    assert "down" in world.script.flags and "dead" not in world.script.flags and world.stats.casualties == 0


def test_a_map_without_events_has_no_script():
    from game import assets

    world = World(load_level(assets.levels_dir() / "freeway.tmx"))
    assert world.script is None


def test_a_music_action_changes_the_track_and_a_typo_in_a_track_stops_the_level_at_load(tmp_path):
    world = world_with(tmp_path, [
        event_obj(3, "event", 20, 20, name="arm", act1="start_timer calm 0.2"),
        event_obj(4, "event", 20, 20, name="chase", cond1="timer_done calm", act1="music boss"),
    ])
    assert world.music == "level"  # the map names none: the level theme
    run(world, InputSnapshot(), 5)
    assert world.music == "level"
    heard = []
    for _ in range(20):
        world.step(DT, InputSnapshot())
        heard += [e for e in world.drain_events() if e[0] == "music"]
    assert world.music == "boss" and heard == [("music", "boss")]  # the play scene hears it once
    with pytest.raises(Exception, match="bos"):
        world_with(tmp_path, [event_obj(3, "event", 20, 20, name="typo", act1="music bos")])


def test_a_shut_shutter_holds_the_way_until_open_shutter_rolls_it_up(tmp_path):
    """A map's shutter can start shut (``shut``); a set piece's ``open_shutter`` clears the way."""
    world = world_with(tmp_path, [
        event_obj(3, "shutter", 224, 48, 16, 112, name="gate", shut=True),
        event_obj(4, "event", 20, 20, name="jack", cond1="timer_done jack", act1="open_shutter gate"),
        event_obj(5, "event", 96, 96, 64, 64, name="panel", cond1="players_inside", act1="start_timer jack 3"),
    ])
    run(world, hold(Action.RIGHT), 120)
    assert world.player.x < 224  # walked up to it and stopped
    assert world.find("gate")[0].closed
    run(world, hold(Action.RIGHT), 100)
    gate = world.find("gate")[0]
    assert not gate.closed and gate.state == "raised"
    assert world.player.x > 260  # and through
