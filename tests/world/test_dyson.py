"""Dyson's house, as a player meets it: the security light, the shot that must wound, the family
that stops her hand, John and the T-800 at the end.  Driven with input snapshots (the autopilot
where it stands in for a player walking up; a player's own keys for the shots that matter)."""

from __future__ import annotations

import pytest

from game.entities.dyson import Dyson, Family
from game.entities.night import Floodlight
from game.input.actions import Action, InputSnapshot
from game.input.autopilot import Autopilot
from game.level import load_level
from game.level.loader import find_level
from game.timestep import DT
from game.world.world import World
from tests.driving import run_until

AIM_DOWN = {Action.AIM, Action.RIGHT, Action.DOWN}  # planted, the rifle down and forward


def _house() -> World:
    return World(load_level(find_level("dyson")), seed=1)


def _lawn_light_named(w: World, name: str) -> Floodlight:
    return next(e for e in w.entities if isinstance(e, Floodlight) and e.name == name)


def _lawn_light(w: World) -> Floodlight:
    return _lawn_light_named(w, "lawn_light")


def _one(w: World, cls):
    return next(e for e in w.entities if type(e) is cls)


def _step(w: World, held=frozenset(), pressed=frozenset(), frames: int = 1) -> list[tuple]:
    events = []
    for _ in range(frames):
        w.step(DT, InputSnapshot.of(set(held), set(pressed)))
        events += w.drain_events()
    return events


def _sounds(events) -> list[str]:
    return [e[1] for e in events if e[0] == "sound"]


def _until_lined_up(w: World, ap: Autopilot, target) -> None:
    """Let the autopilot walk up and line the laser up on ``target`` (its next frame would fire)."""
    p = w.player

    def ready() -> bool:
        point = target.aim_point(p.x)
        return (p.planted and p.laser is not None and p.cooldown <= 0 and point is not None
                and abs(p.laser[2] - point[0]) <= target.AIM_TOLERANCE
                and abs(p.laser[3] - point[1]) <= target.AIM_TOLERANCE)

    run_until(lambda: w.step(DT, ap.next_frame()), ready, 60 * 100, "lined up on the shot")
    ap.prev_held = 0


@pytest.fixture(scope="module")
def autopilot_run():
    """One scripted run, noting when each beat of the scene happens."""
    w = _house()
    ap = Autopilot(w)
    dyson, lamp = _one(w, Dyson), _lawn_light(w)
    beats: dict[str, int] = {}
    for frame in range(60 * 120):
        w.step(DT, ap.next_frame())
        for name, happened in (("lamp", lamp.state == "broken"), ("wounded", dyson.state == "wounded"),
                               ("held", getattr(w.player, "trigger_locked", False)),
                               ("arrival", bool(w.find("t800"))), ("exit", not w.dormant.get("front_door"))):
            if happened and name not in beats:
                beats[name] = frame
        if w.outcome:
            break
    return w, beats


def test_the_scripted_player_finishes_the_house_without_casualties(autopilot_run):
    w, beats = autopilot_run
    assert w.outcome == "completed" and w.stats.casualties == 0
    assert w.next_level == "cyberdyne"
    assert w.player.kind == "sarah" and w.stats.deaths == 0


def test_the_scene_plays_in_order_lamp_wound_restraint_arrival_exit(autopilot_run):
    _, beats = autopilot_run
    order = ["lamp", "wounded", "held", "arrival", "exit"]
    assert all(name in beats for name in order), beats
    assert [beats[n] for n in order] == sorted(beats[n] for n in order), beats


def test_a_shoulder_hit_wounds_dyson_and_moves_the_level_on():
    w = _house()
    ap = Autopilot(w)
    dyson = _one(w, Dyson)
    _until_lined_up(w, ap, dyson)
    rounds = w.player.rounds
    events = _step(w, AIM_DOWN, {Action.FIRE}) + _step(w, AIM_DOWN, frames=30)
    assert w.player.rounds == rounds - 1 and "rifle" in _sounds(events)
    assert dyson.alive and dyson.state == "wounded"
    assert w.stats.casualties == 0
    assert "dyson_wounded" in w.script.flags
    assert next(e for e in w.entities if e.kind == "glass").broken  # the way in is open
    assert all(f.mode in ("sent", "plead") for f in w.entities if isinstance(f, Family))  # they run to him


def test_a_shot_anywhere_else_on_dyson_is_a_casualty_and_the_scene_plays_again():
    w = _house()
    ap = Autopilot(w)
    dyson, p = _one(w, Dyson), w.player
    _until_lined_up(w, ap, dyson)
    for _ in range(10):  # a step back: the line falls lower on his back, below the shoulder
        _step(w, {Action.LEFT}, frames=2)
        _step(w, AIM_DOWN, frames=6)
        if dyson.zone_at(p.laser[2:]) == "body":
            break
    assert p.laser is not None and dyson.zone_at(p.laser[2:]) == "body" and abs(p.laser[2] - dyson.x) <= 8
    _step(w, AIM_DOWN, {Action.FIRE}, frames=1)
    _step(w, frames=2)
    assert w.stats.casualties == 1 and dyson.state == "dead"
    run_until(lambda: _step(w), lambda: p.state == "dead", 60 * 3, "the story cannot go on without him")
    run_until(lambda: _step(w), lambda: p.state != "dead", 60 * 5, "Sarah back at the checkpoint")
    _step(w, frames=2)
    assert dyson.state in ("sit", "lean") and dyson.alive and w.stats.casualties == 1


def test_a_shot_at_his_wife_in_the_line_is_a_casualty():
    w = _house()
    ap = Autopilot(w)
    dyson, p = _one(w, Dyson), w.player
    wife = next(e for e in w.entities if e.kind == "dyson_wife")
    _until_lined_up(w, ap, dyson)

    def on_her() -> bool:  # the laser's dot is on her: she is the first thing in its line
        if p.laser is None:
            return False
        hit = w.raycast_shot(p.laser[:2], (p.laser[2] + p.laser[2] - p.laser[0], p.laser[3] + p.laser[3] - p.laser[1]))
        return hit is not None and hit[1] is wife

    run_until(lambda: _step(w, AIM_DOWN), on_her, 60 * 40, "his wife walks into the line of fire")
    _step(w, AIM_DOWN, {Action.FIRE})
    _step(w, AIM_DOWN, frames=2)
    assert w.stats.casualties == 1 and wife.state == "dead"
    assert dyson.state in ("sit", "lean")  # the round stopped in her


def test_the_trigger_does_nothing_once_the_family_is_in_view():
    w = _house()
    ap = Autopilot(w)
    p = w.player
    run_until(lambda: w.step(DT, ap.next_frame()), lambda: getattr(p, "trigger_locked", False), 60 * 100,
              "the family in view")
    son = next(e for e in w.entities if e.kind == "dyson_son")
    choice = next(e for e in w.script.pieces if e.name == "the_choice")
    assert son.alive and choice.rect.overlaps(*p.hurtbox())  # at the house, the boy before her
    rounds, casualties = p.rounds, w.stats.casualties
    w.drain_events()
    events = []
    for _ in range(6):  # she turns to them, aims and pulls the trigger, again and again
        events += _step(w, {Action.AIM, Action.LEFT}, frames=10)
        events += _step(w, {Action.AIM, Action.LEFT}, {Action.FIRE})
        events += _step(w, {Action.AIM}, frames=20)
    assert p.rounds == rounds and w.stats.casualties == casualties
    assert "rifle" not in _sounds(events) and not any(e[0] == "tracer" for e in events)
    assert any(e[0] == "trigger_locked" for e in events)  # her hands shake
    assert all(f.alive and f.state != "dead" for f in w.entities if isinstance(f, Family))


def test_the_rifle_fires_before_the_family_is_in_view():
    """The lock is the scene's, not the rifle's: out on the road the same keys fire a round."""
    w = _house()
    p = w.player
    rounds = p.rounds
    events = _step(w, {Action.AIM, Action.RIGHT}, frames=5) + _step(w, {Action.AIM, Action.RIGHT}, {Action.FIRE})
    assert p.rounds == rounds - 1 and "rifle" in _sounds(events)


def test_walking_into_the_security_light_gives_her_away():
    w = _house()
    p = w.player
    lamp = _lawn_light(w)
    p.place(lamp.rect.x - 60, lamp.rect.bottom)  # on the lawn, past the hedges
    run_until(lambda: _step(w, {Action.RIGHT}), lambda: lamp.state == "on", 60 * 20, "into the light")
    run_until(lambda: _step(w, {Action.RIGHT}), lambda: p.state == "dead", 60 * 2, "spotted")
    assert lamp.spotted == 1 and w.stats.casualties == 0


def test_a_shot_puts_the_lamp_out_and_the_lawn_is_dark():
    w = _house()
    ap = Autopilot(w)
    lamp = _lawn_light(w)
    _until_lined_up(w, ap, lamp)
    _step(w, {Action.AIM, Action.RIGHT, Action.UP}, {Action.FIRE}, frames=1)
    assert lamp.state == "broken" and not list(lamp.lights())
    p = w.player
    deaths = w.stats.deaths
    run_until(lambda: _step(w, {Action.RIGHT}), lambda: p.x > lamp.rect.right, 60 * 10, "across the lawn")
    assert w.stats.deaths == deaths and lamp.spotted == 0


def test_the_night_is_drawn_with_its_lights_cut_out():
    import os

    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    import pygame

    from game.render.world_view import WorldView

    pygame.init()
    screen = pygame.Surface((640, 360))
    w = _house()
    view = WorldView(w)
    house = next(e for e in w.entities if e.name == "house")
    _, x, y, width, height, _ = house.shape
    w.camera.snap_to(x + width / 2, y + height)
    cam = w.camera.offset(1.0)
    view.draw(screen, w, cam, 1.0)
    veil = view.night.veil
    view.draw(screen, w, cam, 1.0)
    assert view.night.veil is veil  # made once, not per frame
    lit = veil.get_at((round(x + width / 2 - cam[0]), round(y + height / 2 - cam[1]))).a
    dark = veil.get_at((round(x + width / 2 - cam[0]), round(y - 120 - cam[1]))).a  # the sky over the roof
    assert lit < 40 < dark


def _path_light(w: World) -> Floodlight:
    return next(e for e in w.entities if isinstance(e, Floodlight) and e.name == "path_lights")


def test_the_garden_path_light_cannot_be_shot_out_and_a_walk_down_it_is_spotted():
    w = _house()
    light, p = _path_light(w), w.player
    assert light.aim_point(p.x) is None and light.watching(w)
    p.place(light.rect.x - 24, light.rect.bottom)
    run_until(lambda: _step(w, {Action.RIGHT}), lambda: p.state == "dead", 60 * 5, "spotted on the path")
    assert light.spotted == 1


def test_a_crouched_sarah_crosses_the_lit_path_from_shrub_to_shrub_unseen():
    """Run to each shrub, crouch in it ({down}) until hidden, run on: the light never gives her away."""
    w = _house()
    light, p = _path_light(w), w.player
    shrubs = sorted((o.rect for o in w.level.objects_of("hiding_spot") if light.rect.contains(*o.rect.center)),
                    key=lambda r: r.x)
    assert len(shrubs) >= 4
    p.place(light.rect.x - 24, light.rect.bottom)
    for shrub in shrubs:
        run_until(lambda: _step(w, {Action.RIGHT}), lambda s=shrub: s.contains(p.x, p.y - 2), 60 * 3,
                  "to the shrub")
        _step(w, {Action.DOWN}, frames=20)
        assert p.hiding and light.watch == 0
    run_until(lambda: _step(w, {Action.RIGHT}), lambda: p.x > light.rect.right, 60 * 3, "off the path")
    assert p.state != "dead" and light.spotted == 0 and w.stats.deaths == 0


def test_the_patrol_on_the_street_spots_a_sarah_who_walks_up_his_beat():
    """Walking straight up the street into his flashlight: he notices, the alarm goes out on his radio, and
    she is back at the checkpoint (a life), nobody hurt."""
    w = _house()
    p = w.player
    (patrol,) = [e for e in w.entities if e.name == "patrolman"]
    lives = p.lives
    run_until(lambda: _step(w, {Action.RIGHT}), lambda: p.lives < lives, 60 * 30, "spotted by the patrol")
    assert w.stats.casualties == 0 and not patrol.is_down


def test_the_scripted_player_comes_up_behind_the_patrol_and_knocks_him_out(autopilot_run):
    w, _ = autopilot_run
    (patrol,) = [e for e in w.entities if e.name == "patrolman"]
    assert patrol.is_down and w.stats.knockouts >= 1 and w.stats.deaths == 0


def test_the_laser_dot_on_his_wife_is_seen_and_the_house_wakes(tmp_path):
    """The dot is the only thing anyone inside sees: held on her (or the wall by her), she sees it, and
    Sarah is back in the dark (a life), nobody hurt. Aimed away from her, nothing happens."""
    from tests.world.conftest import FLAT, make_map, obj

    def house(wife_x):
        objs = [obj(1, "player_start", 96, 160, character="sarah", weapon="rifle", ammo=4),
                obj(2, "exit", 38 * 16, 128, 16, 32), obj(3, "dyson_wife", wife_x, 160, facing="left", roam=0)]
        return World(load_level(make_map(tmp_path, FLAT, objs)), seed=1)

    w = house(200)
    p = w.player
    lives = p.lives
    _step(w, {Action.AIM, Action.RIGHT}, frames=10)  # planted, the rifle level: the beam ends on her...
    assert p.lives == lives  # ...a moment before she takes it in
    _step(w, {Action.AIM, Action.RIGHT}, frames=40)
    assert p.lives == lives - 1 and w.stats.casualties == 0
    w = house(200)
    p = w.player
    _step(w, {Action.AIM, Action.RIGHT, Action.UP}, frames=60)  # up at the sky: nobody sees a thing
    assert p.lives == lives and p.laser is not None


def test_the_cruisers_spotlight_sees_a_sarah_in_the_road_but_not_one_crouched_in_a_gateway(tmp_path):
    from game.entities.night import Cruiser
    from tests.world.conftest import FLAT, make_map, obj

    def street(hide: bool):
        objs = [obj(1, "player_start", 96, 160, character="sarah", weapon="rifle", ammo=4),
                obj(2, "exit", 38 * 16, 128, 16, 32), obj(3, "cruiser", 40, 96, 420, 64, facing="left")]
        if hide:
            objs.append(obj(4, "hiding_spot", 80, 112, 32, 48))
        return World(load_level(make_map(tmp_path, FLAT, objs)), seed=1)

    w = street(hide=False)
    p, car = w.player, _one(w, Cruiser)
    lives, x0 = p.lives, car.x
    run_until(lambda: _step(w), lambda: p.lives < lives, 60 * 12, "the spotlight finds her")
    assert car.x < x0 and car.spotted == 1 and w.stats.casualties == 0
    w = street(hide=True)
    p, car = w.player, _one(w, Cruiser)
    _step(w, {Action.DOWN}, frames=60 * 14)  # crouched in the gateway while it rolls past, turns and comes back
    assert p.hiding and p.lives == lives and car.spotted == 0
    assert car.facing > 0  # it rolled past her to the end of its round and turned back


def test_the_boy_at_the_pool_house_window_sees_only_while_he_looks_out(tmp_path):
    """A window light with a period: somebody who looks out now and then. Standing in its light between
    looks she is unseen; when he looks out again, she is seen (a life) unless she has moved on."""
    from tests.world.conftest import FLAT, make_map, obj

    def lawn():
        objs = [obj(1, "player_start", 120, 160, character="sarah", weapon="rifle", ammo=4),
                obj(2, "exit", 38 * 16, 128, 16, 32),
                obj(3, "floodlight", 80, 64, 160, 96, name="window", lamp=False, period=4.8, duty=0.45, offset=2.2)]
        return World(load_level(make_map(tmp_path, FLAT, objs)), seed=1)

    w = lawn()
    p, window = w.player, _lawn_light_named(w, "window")
    lives = p.lives
    assert not window.looking(w) and 2.4 < window.quiet_for(w) < 2.7
    _step(w, frames=60 * 2)  # in his light, but he is at his game
    assert p.lives == lives
    run_until(lambda: _step(w), lambda: p.lives < lives, 60 * 3, "he looks out and sees her")
    assert window.spotted == 1
    w = lawn()
    p = w.player
    _step(w, {Action.RIGHT}, frames=60 * 2)  # out of his light before he looks
    _step(w, frames=60 * 4)
    assert p.lives == lives and p.x > 240


def _yard(tmp_path, start_x: float, *, shrub: bool = False, **dog):
    """A flat yard with a dog asleep in it (x 160-480, lying in the middle) and, if asked, a shrub where she starts."""
    from tests.world.conftest import FLAT, make_map, obj

    objs = [obj(1, "player_start", start_x, 160, character="sarah", weapon="rifle", ammo=4),
            obj(2, "exit", 38 * 16, 128, 16, 32),
            obj(3, "guard_dog", 160, 64, 320, 96, name="dog", facing="left", **dog)]
    if shrub:
        objs.append(obj(4, "hiding_spot", start_x - 24, 112, 48, 48))
    return World(load_level(make_map(tmp_path, FLAT, objs)), seed=1)


def _dog(w: World):
    from game.entities.dog import GuardDog

    return _one(w, GuardDog)


def test_the_dog_hears_a_run_across_its_yard_but_not_a_creep(tmp_path):
    w = _yard(tmp_path, 100, period=30, stir=2, offset=3)  # asleep for the next 25 s but for a noise
    p, dog = w.player, _dog(w)
    lives = p.lives
    assert not dog.looking(w) and dog.quiet_for(w) > 20
    run_until(lambda: _step(w, {Action.RIGHT}), lambda: p.lives < lives, 60 * 4, "heard, then seen")
    assert dog.heard == 1 and dog.barks == 1 and w.stats.casualties == 0
    w = _yard(tmp_path, 100, period=30, stir=2, offset=3)
    p, dog = w.player, _dog(w)
    run_until(lambda: _step(w, {Action.DOWN, Action.RIGHT}), lambda: p.x > 500, 60 * 9, "crept across")
    assert dog.heard == 0 and dog.barks == 0 and p.lives == lives


def test_when_the_dog_lifts_its_head_it_sees_her_in_the_open_but_not_in_a_shrub(tmp_path):
    for shrub in (False, True):
        w = _yard(tmp_path, 300, shrub=shrub, period=4, stir=1.5, offset=2)  # asleep 2 s, then it looks
        p, dog = w.player, _dog(w)
        lives = p.lives
        _step(w, {Action.DOWN}, frames=60 * 2 - 10)  # crouched and still: no sound
        assert p.lives == lives and not dog.looking(w)
        _step(w, {Action.DOWN}, frames=60 * 2)  # it lifts its head
        assert dog.heard == 0
        if shrub:
            assert p.hiding and p.lives == lives and dog.barks == 0
        else:
            assert p.lives < lives and dog.barks == 1


def test_the_scripted_player_creeps_past_the_neighbours_dog_shrub_to_shrub(autopilot_run):
    w, _ = autopilot_run
    dog = _dog(w)
    assert dog.heard == 0 and dog.barks == 0 and w.outcome == "completed"


def test_dyson_paces_the_study_with_no_shoulder_to_take_until_he_sits():
    w = _house()
    ap = Autopilot(w)
    dyson = _one(w, Dyson)
    run_until(lambda: w.step(DT, ap.next_frame()), lambda: "he_sits" in w.script.timers, 60 * 100,
              "on the terrace, watching the study")
    xs = set()
    for _ in range(60 * 6):  # watching him pace
        w.step(DT, ap.next_frame())
        xs.add(round(dyson.x))
        assert dyson.state not in ("sit", "lean") and dyson.aim_point(w.player.x) is None
        assert dyson.zone_at((dyson.x, dyson.y - 22)) == "body"  # where his shoulder is when seated: a kill
    assert max(xs) - min(xs) > 40 and dyson.state != "wounded"  # up and down the study; no shot taken
    run_until(lambda: w.step(DT, ap.next_frame()), lambda: dyson.state in ("sit", "lean"), 60 * 12, "he sits")
    assert abs(dyson.x - dyson.home_x) < 4 and dyson.aim_point(w.player.x) is not None
    wife = _one(w, Family)
    assert abs(wife.x - dyson.x) < 16  # with a coffee at his shoulder: the scripted player holds off
    gone = []  # how far she was from him when the shot was taken
    frames = run_until(lambda: (gone.append(abs(wife.x - dyson.x)), w.step(DT, ap.next_frame())),
                       lambda: dyson.state == "wounded", 60 * 12, "the shot")
    assert frames > 60 * 4 and gone[-1] > 20  # only once she is on her way back to the kitchen
    assert w.stats.casualties == 0


def test_a_dot_lined_up_on_his_shoulder_while_his_wife_stands_there_is_seen():
    w = _house()
    ap = Autopilot(w)
    dyson, wife, p = _one(w, Dyson), _one(w, Family), w.player
    run_until(lambda: w.step(DT, ap.next_frame()), lambda: dyson.state == "sit", 60 * 120, "he sits")
    assert abs(wife.x - dyson.x) < 16
    ap._watched_spot = lambda point: False  # a player who lines up the shot with her right there
    lives = p.lives
    _until_lined_up(w, ap, dyson)
    run_until(lambda: _step(w, AIM_DOWN), lambda: p.lives < lives, 40, "she sees the dot")
    assert dyson.state == "sit" and w.stats.casualties == 0


def test_no_checkpoint_lies_where_the_cruisers_light_can_fall():
    """Back at a checkpoint she must not stand in the spotlight before she can move (it idles at the ends
    of its round, its pool on the road beyond)."""
    from game.entities.night import Cruiser

    w = _house()
    (car,) = [e for e in w.entities if isinstance(e, Cruiser)]
    reach = car.reach()
    for cp in w.level.objects_of("checkpoint"):
        r = cp.rect
        assert r.right <= reach.x or r.x >= reach.right or r.bottom < reach.y, cp


def test_back_at_the_checkpoint_after_the_street_the_scripted_player_still_gets_past_the_cruiser():
    w = _house()
    ap = Autopilot(w)
    p = w.player
    run_until(lambda: w.step(DT, ap.next_frame()), lambda: p.x > 1300, 60 * 30, "into the cruiser's street")
    p.lose_life(w)
    lives = p.lives
    run_until(lambda: w.step(DT, ap.next_frame()), lambda: p.x > 2200, 60 * 60, "past the cruiser")
    assert p.lives == lives
