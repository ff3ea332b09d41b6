"""Player two in the story: who he plays is who the story has at hand (Sarah in the pursuit and at
Cyberdyne, the T-800 where player one is Sarah: the hospital, Dyson's house), and the Sarah the level had steps back while he plays her.
In a vehicle stretch player one drives and player two climbs into the gunner's seat, rides along,
aims eight ways and fires past the vehicle.  Driven like two players, headless."""

from __future__ import annotations

from game.entities.pursuit import Gunner
from game.input.actions import NO_INPUT, Action, InputSnapshot
from game.level import load_level
from game.level.loader import find_level
from game.timestep import DT
from game.world.world import World

RIGHT = InputSnapshot.of({Action.RIGHT})


def _step(world: World, one=NO_INPUT, two=NO_INPUT, frames: int = 1) -> list[tuple]:
    events = []
    for _ in range(frames):
        world.step(DT, [one, two])
        events += world.drain_events()
    return events


def _tap(action: Action) -> InputSnapshot:
    return InputSnapshot.of({action}, {action})


def _boarded() -> tuple[World, object]:
    world = World(load_level(find_level("pursuit")), seed=1, players=2)
    one, two = world.players
    van = next(e for e in world.entities if e.kind == "swat_van")
    for _ in range(240):
        if van.near_seat(one.x, one.y) and one.grounded:
            break
        _step(world, RIGHT, RIGHT if not van.near_gunner_seat(two.x, two.y) else NO_INPUT)
    _step(world, _tap(Action.INTERACT))
    assert one.vehicle is van and not one.gunning
    for _ in range(120):
        if van.near_gunner_seat(two.x, two.y) and two.grounded:
            break
        _step(world, NO_INPUT, RIGHT)
    _step(world, NO_INPUT, _tap(Action.INTERACT))
    return world, van


def test_player_two_rides_in_the_gunner_seat_while_player_one_drives():
    world, van = _boarded()
    one, two = world.players
    assert two.vehicle is van and two.gunning and van.gunner_player is two and van.driver is one
    sarah = next(e for e in world.entities if isinstance(e, Gunner))
    _step(world, frames=2)
    assert sarah.player_has_seat  # she gives up her seat to the player (and does not fire)
    x0 = two.x
    _step(world, RIGHT, frames=90)  # player one drives; player two's hands are off the wheel
    assert two.x > x0 + 60 and two.vehicle is van
    gx, gy = van.gunner_seat()
    assert abs(two.x - gx) < 1.0 and abs(two.y - gy) < 1.0


def test_the_gunner_aims_up_and_fires_past_the_vehicle():
    world, van = _boarded()
    one, two = world.players
    up_right = InputSnapshot.of({Action.UP, Action.RIGHT})
    _step(world, NO_INPUT, up_right, frames=3)
    events = _step(world, NO_INPUT, InputSnapshot.of({Action.UP, Action.RIGHT, Action.FIRE}, {Action.FIRE}))
    events += _step(world, NO_INPUT, up_right, frames=2)
    tracers = [e for e in events if e[0] == "tracer"]
    assert tracers, "a shot from the gunner's seat"
    for _, x0, y0, x1, y1 in tracers:
        assert x1 > x0 + 20 and y1 < y0 - 20  # up and right, not stopped by the van he rides
    assert van.driver is one  # firing never takes the wheel


def test_interact_climbs_out_of_the_seat_and_sarah_takes_it_back():
    world, van = _boarded()
    two = world.players[1]
    sarah = next(e for e in world.entities if isinstance(e, Gunner))
    _step(world, NO_INPUT, _tap(Action.INTERACT))
    _step(world, frames=30)
    assert two.vehicle is None and not two.gunning and van.gunner_player is None
    assert not sarah.player_has_seat and sarah.vehicle is van


def test_player_two_is_who_the_story_has_at_hand():
    from game.entities.sarah import Sarah
    from game.entities.t800 import T800

    for level, one, two in (("pursuit", T800, Sarah), ("hospital", Sarah, T800), ("cyberdyne", T800, Sarah),
                            ("dyson", Sarah, T800), ("freeway", T800, T800)):
        world = World(load_level(find_level(level)), seed=1, players=2)
        assert [type(p) for p in world.players] == [one, two], level


def test_the_sarah_a_level_has_steps_back_while_player_two_plays_her():
    world = World(load_level(find_level("cyberdyne")), seed=1)
    sarah = next(e for e in world.entities if getattr(e, "who", None) == "sarah")
    _step(world, frames=5)
    assert sarah.kind == "ally_sarah"  # alone, the T-800 has her with him
    _step(world, NO_INPUT, _tap(Action.PAUSE))  # player two drops in: he is Sarah
    two = world.players[1]
    _step(world, NO_INPUT, RIGHT, frames=40)
    assert sarah.kind == "companion_played" and abs(sarah.x - two.x) < 8  # not drawn, and with him: no second Sarah
    _step(world, NO_INPUT, InputSnapshot.of(pressed={Action.LEAVE}))
    _step(world, frames=5)
    assert len(world.players) == 1 and sarah.kind == "ally_sarah"  # he left: she is back where he was


def test_the_hospitals_t800_steps_back_while_player_two_plays_him():
    from game.entities.dyson import Ally

    world = World(load_level(find_level("hospital")), seed=1, players=2)
    ally = Ally(world, world.players[0].x + 200, world.players[0].y)
    world.add(ally)
    _step(world, frames=3)
    assert ally.kind == "companion_played"  # player two is the T-800: no second one at the elevator


def test_at_dysons_player_two_is_the_t800_who_comes_with_john():
    from game.world.spawn import wake

    world = World(load_level(find_level("dyson")), seed=1, players=2)
    wake(world, "t800")  # what the level's set piece does when the car pulls up
    wake(world, "john")
    _step(world, frames=3)
    t800 = next(e for e in world.entities if type(e).kind == "t800_ally")
    john = next(e for e in world.entities if type(e).kind == "john_ally")
    assert t800.kind == "companion_played"  # played by player two: never a second T-800 at the house
    assert john.kind == "john_ally"  # nobody plays John
