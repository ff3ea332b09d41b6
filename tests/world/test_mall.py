"""Level 2, the Mall chase, driven like a player: John as a person to protect, the T-1000 as a
pursuer that cannot be killed here, shoppers in the line of fire, and the whole route."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.entities.crowd import SCARE_RADIUS as SCARE
from game.entities.crowd import Shopper
from game.entities.john import John, escort_of
from game.entities.liquid import LiquidTerminator
from game.input.actions import Action, InputSnapshot
from game.input.autopilot import Autopilot
from game.level.loader import load_level
from game.world.spawn import wake
from game.world.world import World

MALL = Path(__file__).resolve().parents[2] / "levels" / "mall.tmx"
DT = 1 / 60


def held(*actions: Action, pressed: tuple[Action, ...] = ()) -> InputSnapshot:
    return InputSnapshot.of(set(actions), set(pressed))


@pytest.fixture(scope="module")
def mall():
    return load_level(MALL)


def autopilot_run(level, seed: int = 1, frames: int = 60 * 240):
    world = World(level, seed=seed)
    bot = Autopilot(world)
    trace = []
    tracks = [world.music]  # the level's track, then each one a set piece changes to
    for _ in range(frames):
        world.step(DT, bot.next_frame())
        tracks += [e[1] for e in world.drain_events() if e[0] == "music" and e[1] != tracks[-1]]
        john = escort_of(world)
        trace.append((world.player.x, world.player.y, john.x, john.y, john.mode))
        if world.outcome:
            break
    return world, trace, tracks


@pytest.fixture(scope="module")
def finished(mall):
    return autopilot_run(mall)


def test_the_autopilot_finishes_the_mall_with_no_casualties(finished):
    world, _, _ = finished
    assert world.outcome == "completed"
    assert world.stats.casualties == 0
    assert world.next_level == "canal"  # not built yet: the results screen ends the run there


def test_the_music_starts_calm_and_turns_into_the_chase_when_john_is_found(finished):
    world, trace, tracks = finished
    assert tracks == ["mall_calm", "level"]


def test_john_follows_the_t800_up_and_down_every_traversal(finished):
    """The whole route walked: John keeps within a set distance and never needs carrying."""
    world, trace, _ = finished
    john = escort_of(world)
    joined = [t for t in trace if t[4] != "wait"]
    assert joined, "John never joined"
    worst = max(abs(px - jx) + abs(py - jy) for px, py, jx, jy, _ in joined)
    assert worst < 260, worst
    assert john.catchups == 0  # he walked it all: escalators up and down, steps, the corridor
    assert min(jy for *_, jy, _m in joined) <= 18 * 16 + 1  # he was up on the walkway
    # The pursuer is the level's threat: the scripted player, who never fires with anyone in the
    # pellets' cone, may let it reach him once (a life, back at the checkpoint), and no more.
    assert john.caught_count <= 1


def _join(world: World, limit: int = 600) -> John:
    """Run right until John comes along."""
    for _ in range(limit):
        world.step(DT, held(Action.RIGHT))
        john = escort_of(world)
        if john.following:
            return john
    raise AssertionError("John did not join")


def test_john_is_caught_when_the_player_does_nothing(mall):
    world = World(mall, seed=3)
    john = _join(world)
    lives = world.player.lives
    for _ in range(60 * 40):
        world.step(DT, InputSnapshot())
        world.drain_events()
        if john.caught_count:
            break
    assert john.caught_count == 1
    assert world.player.lives == lives - 1
    for _ in range(60 * 3):  # back with the T-800 at the checkpoint
        world.step(DT, InputSnapshot())
    assert john.following and john.health > 0
    assert abs(john.x - world.player.x) < 60


def test_a_blast_opens_a_hole_that_closes_and_knocks_the_t1000_back(mall):
    world = World(mall, seed=5)
    john = _join(world)
    # Into the empty service corridor, the T-1000 at its door behind.
    floor = 28 * 16
    door = next(o for o in mall.objects if o.name == "corridor").rect.x  # where the corridor begins
    world.player.place(door + 22 * 16, floor)
    john.place(door + 20 * 16, floor)
    wake(world, "t1000")
    world.step(DT, InputSnapshot())
    t = next(e for e in world.entities if isinstance(e, LiquidTerminator))
    t.relocate(door + 4 * 16, floor)
    for _ in range(600):  # let it come on until it is in range, facing it
        world.step(DT, held(Action.LEFT) if world.player.facing > 0 else InputSnapshot())
        if abs(t.x - world.player.x) < 100:
            break
    t = next(e for e in world.entities if isinstance(e, LiquidTerminator))
    assert abs(t.x - world.player.x) < 110
    side = 1 if t.x > world.player.x else -1
    x_before = t.x
    intact = t.body.counts()[0]
    world.step(DT, held(Action.RIGHT if side > 0 else Action.LEFT, pressed=(Action.FIRE,)))
    holed = t.body.counts()[0]
    assert holed < intact  # droplets blown out: a hole
    for _ in range(20):
        world.step(DT, InputSnapshot())
    assert (t.x - x_before) * side > 15  # driven back, away from the gun
    for _ in range(60 * 3):
        world.step(DT, InputSnapshot())
        if t.body.counts()[0] == intact:
            break
    assert t.body.counts()[0] == intact  # the hole has closed
    assert t.alive  # and nothing here destroys it


def test_a_shot_through_a_shopper_is_a_casualty(mall):
    world = World(mall, seed=2)
    shopper = min((e for e in world.entities if isinstance(e, Shopper)), key=lambda e: abs(e.x - world.player.x))
    for _ in range(30):
        world.step(DT, InputSnapshot())
    assert world.player.facing == (1 if shopper.x > world.player.x else -1)
    score = world.stats.score
    world.step(DT, held(pressed=(Action.FIRE,)))
    assert world.stats.casualties == 1
    assert shopper.state == "dead"
    assert world.stats.score < score or score == 0


def test_shoppers_panic_at_gunfire(mall):
    world = World(mall, seed=2)
    far = [e for e in world.entities if isinstance(e, Shopper) and 60 < abs(e.x - world.player.x) < SCARE]
    world.step(DT, held(Action.LEFT, pressed=(Action.FIRE,)))  # a blast away from everyone
    for _ in range(5):
        world.step(DT, InputSnapshot())
    assert far and all(s.panic > 0 for s in far)


def _area(level, name: str):
    return next(o for o in level.objects if o.name == name).rect


def _to(world: World, john: John, x: float, floor: float = 28 * 16) -> None:
    """Carry the T-800 and John (at his heels) to ``x`` on the ground floor, the T-1000 kept asleep far behind."""
    for t in world.t1000s:
        t.command("sleep")
    world.player.place(x, floor)
    john.place(x - 24, floor)


def test_the_security_post_is_a_brawl_won_with_fists(mall):
    """Three guards step out from the desk; the way on opens once they are all knocked out, with no
    casualty, and John and the shoppers about do not hold it shut."""
    world = World(mall, seed=4)
    john = _join(world)
    post = _area(mall, "security_post")
    _to(world, john, post.x + 40)
    for _ in range(30):
        world.step(DT, held(Action.RIGHT))
    arena = world.arena
    assert arena is not None and arena.obj.name == "security_post"
    assert sorted(e.kind for e in arena.fighters) == ["guard"] * 3
    for _ in range(60 * 40):  # walk up to each and punch
        standing = arena.standing()
        if not standing:
            break
        g = min(standing, key=lambda e: abs(e.x - world.player.x))
        toward = Action.RIGHT if g.x > world.player.x else Action.LEFT
        near = abs(g.x - world.player.x) < 26
        punch = near and world.frame % 12 == 0
        world.step(DT, held(toward, pressed=(Action.INTERACT,) if punch else ()) if not near or punch
                   else held(toward) if (g.x - world.player.x) * world.player.facing < 0 else InputSnapshot())
        world.drain_events()
    assert not arena.standing() and world.arena is None
    assert world.stats.casualties == 0 and world.stats.knockouts >= 3


def test_the_east_gate_opens_only_when_john_has_jacked_its_panel_and_security_comes_meanwhile(mall):
    world = World(mall, seed=4)
    john = _join(world)
    hold_area = _area(mall, "east_gate_hold")
    gate = world.find("east_gate")[0]
    _to(world, john, hold_area.x + 60)
    world.player.health = 10_000.0  # standing idle through both waves: the guards are another test's
    for _ in range(20):
        world.step(DT, held(Action.RIGHT))
    assert gate.closed and world.camera_lock is hold_area
    assert john.mode == "sent"  # off to the panel by the gate
    frames = 20
    guards, backup = [], []
    while gate.closed and frames < 60 * 40:
        world.step(DT, InputSnapshot())
        world.drain_events()
        frames += 1
        guards = guards or world.find("gate_guard")
        backup = backup or world.find("gate_guard2")
    assert not gate.closed
    assert 60 * 27 < frames < 60 * 29  # the panel's time, no sooner
    assert len(guards) == 2 and len(backup) == 1  # two waves came while he worked
    assert world.camera_lock is None  # the view follows on
    walked = world.player.x
    for _ in range(120):
        world.step(DT, held(Action.RIGHT))
    assert world.player.x > gate.rect.right > walked  # and the way through is clear


def test_the_tow_truck_crashes_into_the_garage_and_runs_at_the_t800(mall):
    """The hand-off to the canal: the shutter behind bursts, the T-1000 is at the wheel of a tow
    truck (a boss bar), and it comes through the garage at the T-800 and John."""
    world = World(mall, seed=4)
    john = _join(world)
    door = world.find("garage_door")[0]
    cue = _area(mall, "truck_in")
    _to(world, john, cue.x - 40)
    door.close(world)
    assert not [e for e in world.entities if e.kind == "tow_truck"]
    for _ in range(40):
        world.step(DT, held(Action.RIGHT))
    trucks = [e for e in world.entities if e.kind == "tow_truck"]
    assert len(trucks) == 1 and trucks[0].title == "T-1000: TOW TRUCK"
    assert not door.closed
    truck = trucks[0]
    start = truck.x
    for _ in range(90):
        world.step(DT, InputSnapshot())
    assert truck.x > door.rect.right and truck.x - start > 200  # through the door, into the garage
