"""Level 4, the hospital (Pescadero), finished by the scripted player: nobody dies, the watchmen
are knocked out (never killed), the T-1000 pours through the gate and rides the police car out."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.entities.security import SecurityGate
from game.input.autopilot import Autopilot
from game.level.checker import check
from game.level.loader import load_level
from game.world.world import World

HOSPITAL = Path(__file__).resolve().parents[2] / "levels" / "hospital.tmx"
DT = 1 / 60


@pytest.fixture(scope="module")
def finished():
    world = World(load_level(HOSPITAL), seed=1)
    bot = Autopilot(world)
    seen = {"clung": False, "past_gate": False, "gate_shut": False, "met": None, "allies_at_shut": None,
            "boarded": False, "office_card": False, "cling_at": []}
    gate_x = None
    for _ in range(60 * 400):
        world.step(DT, bot.next_frame())
        allies = [e for e in world.entities if e.kind in ("t800_ally", "john_ally")]
        if allies and seen["met"] is None:
            seen["met"] = max(abs(e.x - world.player.x) for e in allies)
        if world.security is not None and "keycard" in world.security.keys:
            seen["office_card"] = True
        seen["boarded"] |= seen["met"] is not None and not allies
        for event in world.drain_events():
            if event[0] == "t1000_clings":
                seen["clung"] = True
                seen["cling_at"].append(world.player.x)
        gate = next((e for e in world.entities if isinstance(e, SecurityGate) and e.name == "gate"), None)
        if gate is not None:
            gate_x = gate.rect.x
            if not gate.is_open and not seen["gate_shut"]:
                seen["allies_at_shut"] = [e.x > gate.rect.right for e in world.entities
                                          if e.kind in ("t800_ally", "john_ally")]
            seen["gate_shut"] |= not gate.is_open
            if not gate.is_open:
                seen["past_gate"] |= any(t.x > gate.rect.right + 8 for t in world.t1000s)
        if world.outcome:
            break
    return world, seen, gate_x


def test_the_map_checks_clean():
    assert check([HOSPITAL]) == []


def test_the_autopilot_breaks_out_with_no_casualties(finished):
    world, _, _ = finished
    assert world.outcome == "completed"
    assert world.stats.casualties == 0
    assert world.stats.knockouts >= 4  # the orderlies and guards it came up behind
    assert world.next_level == "dyson"


def test_the_t1000_pours_through_the_shut_gate_and_rides_the_car(finished):
    _, seen, gate_x = finished
    assert gate_x is not None and seen["gate_shut"]
    assert seen["past_gate"], "the T-1000 never came through the bars"
    assert seen["clung"], "the T-1000 never caught the police car"


def test_john_and_the_t800_meet_sarah_at_the_elevator_and_board_the_car(finished):
    world, seen, _ = finished
    assert seen["met"] is not None and seen["met"] < 160, "the companions never stepped out beside Sarah"
    assert seen["allies_at_shut"] == [True, True], "the gate shut before both companions were through"
    assert seen["boarded"], "the companions never got into the police car"


def test_the_key_card_comes_from_the_duty_office(finished):
    world, seen, _ = finished
    assert seen["office_card"]
    assert not any(o.prop("carries") == "keycard" for o in world.level.objects_of("ward_guard"))
    office = next(o for o in world.level.objects if o.name == "office_door")
    card = next(o for o in world.level.objects_of("pickup") if o.prop("item") == "keycard")
    assert card.rect.x > office.rect.right


def test_a_crouched_sarah_in_the_linen_cupboard_is_unseen_where_the_cones_cross():
    """Both corridor guards look into the cupboard's shadow; crouched in it, neither sees her; standing, one does."""
    from game.entities.security import WardGuard
    from game.input.actions import Action, InputSnapshot

    world = World(load_level(HOSPITAL), seed=1)
    spot = next(o for o in world.level.objects if o.name == "linen_cupboard").rect
    guards = [e for e in world.entities if isinstance(e, WardGuard) and e.name.startswith("corridor_")]
    assert len(guards) == 2
    p = world.player
    p.place(spot.center[0], spot.bottom)
    for _ in range(10):
        world.step(DT, InputSnapshot.of({Action.DOWN}))
    assert p.hiding
    for g in guards:  # each standing where his beat ends nearest her, facing her
        g.place(spot.center[0] - 100 if g.name == "corridor_west" else spot.center[0] + 100, spot.bottom)
        g.facing = 1 if g.x < spot.center[0] else -1
        assert not g.sees_player(world)
    for _ in range(5):
        world.step(DT, InputSnapshot())
    assert not p.hiding
    assert any(g.spotted(world) is p for g in guards)


def test_the_records_floor_is_a_way_over_the_ward_rounds():
    """The service ladder by the long-stay ward takes Sarah up through its hatch to the records floor;
    the one past the ward brings her down again beyond it, and the night orderly's rounds never begin."""
    from game.input.actions import Action, InputSnapshot

    world = World(load_level(HOSPITAL), seed=1)
    level = world.level
    ladder_cols = sorted({x for x, _ in level.ladders})
    assert len(ladder_cols) == 2
    up_x, down_x = (c * level.tile_size + level.tile_size / 2 for c in ladder_cols)
    floor_y = next(o for o in level.objects if o.kind == "player_start").rect.y
    p = world.player
    p.place(up_x, floor_y)
    world.camera.snap_to(p.x, p.y)
    for _ in range(240):  # climb
        world.step(DT, InputSnapshot.of({Action.UP}))
        if not p.climbing and p.grounded and p.y < floor_y - 100:
            break
    upper_y = p.y
    assert floor_y - upper_y > 100, "still below the slab"
    for _ in range(600):  # along the records floor to the far hatch
        world.step(DT, InputSnapshot.of({Action.RIGHT}))
        if abs(p.x - down_x) < 3:
            break
    assert abs(p.x - down_x) < 3 and abs(p.y - upper_y) < 2, "did not cross the records floor"
    for _ in range(240):  # down the far ladder
        world.step(DT, InputSnapshot.of({Action.DOWN}))
        if p.grounded and not p.climbing and abs(p.y - floor_y) < 2:
            break
    assert abs(p.y - floor_y) < 2 and p.x > 1600
    assert "rounds" not in world.script.timers  # the ward below never knew
    rounds = [e for e in world.entities if e.name == "rounds_orderly"]
    assert not rounds  # still dormant: never woken


def _riding_the_elevator():
    """The scripted player up to the moment the elevator's doors close on all three of them."""
    world = World(load_level(HOSPITAL), seed=1)
    bot = Autopilot(world)
    for _ in range(60 * 120):
        world.step(DT, bot.next_frame())
        world.drain_events()
        blades = next((e for e in world.entities if e.kind == "roof_blades"), None)
        if blades is not None:
            return world, bot, blades
    raise AssertionError("the elevator's doors never closed")


def test_in_the_elevator_the_t1000_on_the_roof_stabs_where_sarah_stands():
    from game.input.actions import NO_INPUT

    world, _, blades = _riding_the_elevator()
    p = world.player
    shutters = {e.name: e for e in world.entities if e.kind == "shutter"}
    assert shutters["car_in"].closed and shutters["car_out"].closed
    (t1000,) = world.t1000s
    assert t1000.y < blades.rect.y  # up on the roof
    health = p.health
    for _ in range(60 * 3):  # she stands still: the drip is over her, then the blade
        world.step(DT, NO_INPUT)
        world.drain_events()
    assert blades.stabs >= 2 and blades.hits >= 1 and p.health < health


def test_stepping_off_the_drip_keeps_sarah_whole_and_the_doors_open_on_the_garage():
    world, bot, blades = _riding_the_elevator()
    p = world.player
    health = p.health
    out = next(e for e in world.entities if e.kind == "shutter" and e.name == "car_out")
    frames = 0
    while out.closed and frames < 60 * 15:
        world.step(DT, bot.next_frame())
        world.drain_events()
        frames += 1
    assert not out.closed and 60 * 11 <= frames <= 60 * 13  # the ride's 12 s
    assert blades.stabs >= 6 and blades.hits == 0 and p.health == health
    (t1000,) = world.t1000s
    assert blades.rect.x <= t1000.x <= blades.rect.right  # it pours down into the car behind them
    stabs = blades.stabs
    for _ in range(60):
        world.step(DT, bot.next_frame())
        world.drain_events()
    assert blades.stabs == stabs and blades.threat_x() is None  # the roof is quiet once the doors open


def test_the_doctor_walks_sarah_through_the_security_station_and_nobody_is_hurt():
    world = World(load_level(HOSPITAL), seed=1)
    bot = Autopilot(world)
    door = next(e for e in world.entities if getattr(e, "name", "") == "station_door")
    guards = [e for e in world.entities if getattr(e, "name", "") == "station_guard"]
    held = opened = False
    for _ in range(60 * 90):
        world.step(DT, bot.next_frame())
        world.drain_events()
        p = world.player
        held |= getattr(p, "hostage", None) is not None
        opened |= held and door.is_open
        if opened and p.x > door.rect.right + 40:
            break
    assert held and opened and not door.is_open  # it swung shut behind her
    assert len(guards) == 2 and all(not g.is_down for g in guards)
    assert world.security is None or not world.security.ringing
    assert world.stats.casualties == 0


def _at_the_fuse_box():
    """The scripted player up to the moment she sets to the fuse box in the lockdown."""
    world = World(load_level(HOSPITAL), seed=1)
    bot = Autopilot(world)
    door = next(e for e in world.entities if getattr(e, "name", "") == "lock_door")
    for _ in range(60 * 120):
        world.step(DT, bot.next_frame())
        world.drain_events()
        if "pry" in world.script.timers:
            return world, bot, door
    raise AssertionError("she never reached the fuse box")


def test_the_lockdown_shuts_the_door_ahead_until_she_holds_the_fuse_box_and_pulls_the_fuse():
    world, bot, door = _at_the_fuse_box()
    assert world.security.ringing and not door.is_open  # the alarm slammed it
    knockouts = world.stats.knockouts
    rang_till = None
    for frame in range(60 * 28):
        world.step(DT, bot.next_frame())
        world.drain_events()
        if rang_till is None and not world.security.ringing:
            rang_till = frame
        if world.player.x > door.rect.right + 40:
            break
    assert rang_till is not None and 60 * 14 <= rang_till <= 60 * 16  # the box holds out its 15 s
    assert door.is_open or world.player.x > door.rect.right  # and then it lets her through
    woken = [e for e in world.entities if getattr(e, "name", "") in ("lock_wave1", "lock_wave2", "lock_wave3")]
    assert len(woken) == 6 and all(e.is_down for e in woken)  # three waves, from both sides
    assert world.stats.knockouts >= knockouts + 6 and world.stats.casualties == 0


def test_a_sarah_who_only_levers_at_the_box_is_beaten_down():
    from game.input.actions import NO_INPUT

    world, _, door = _at_the_fuse_box()
    p = world.player
    health, lives = p.health, p.lives
    for _ in range(60 * 8):
        world.step(DT, NO_INPUT)
        world.drain_events()
    assert p.lives < lives or p.health <= health - 2
    assert not door.is_open


def test_on_the_ramp_out_it_drops_from_the_deck_ahead_and_clings_again(finished):
    world, seen, _ = finished
    ambush = next(o for o in world.level.objects if o.name == "ambush").rect
    late = [x for x in seen["cling_at"] if x > ambush.right]
    assert len(seen["cling_at"]) >= 2 and late  # it was thrown off behind, and met them ahead
    assert world.player.lives == world.difficulty.player_lives  # the T-800 blasts it off before it kills her


def test_a_grab_from_the_hood_takes_at_most_one_off_the_driver_even_on_hard():
    """On Hard a blade is 2 of Sarah's 4: through the windscreen the car takes the worst of it, so the
    stalled car's grab cannot all but finish her before she can move."""
    from game.entities.liquid import DRIVER_BLOW

    world = World(load_level(HOSPITAL), seed=1, difficulty="hard")
    bot = Autopilot(world)
    drops = []
    health = None
    for _ in range(60 * 200):
        world.step(DT, bot.next_frame())
        world.drain_events()
        p = world.player
        hood = any(t.hang_on is not None for t in world.t1000s)
        if health is not None and p.health < health and hood and getattr(p, "vehicle", None) is not None:
            drops.append(health - p.health)
        health = p.health
        if len(drops) >= 2 or world.outcome:
            break
    assert world.difficulty.blade_damage > DRIVER_BLOW
    assert drops and all(d <= DRIVER_BLOW for d in drops)


def test_the_fuse_is_pulled_only_by_sarah_at_the_box_and_a_death_there_still_finishes():
    from game.input.actions import NO_INPUT

    world, bot, door = _at_the_fuse_box()
    world.player.lose_life(world)  # cut down at the box: back at the checkpoint, the box still forced
    for _ in range(60 * 17):  # she stays back there while the box's time runs out
        world.step(DT, NO_INPUT)
        world.drain_events()
    assert world.script.timers["pry"] <= 0
    assert world.security.ringing and not door.is_open  # nobody at the box: nobody pulled the fuse
    for _ in range(60 * 200):
        world.step(DT, bot.next_frame())
        world.drain_events()
        if world.outcome:
            break
    assert world.outcome == "completed" and world.stats.casualties == 0
