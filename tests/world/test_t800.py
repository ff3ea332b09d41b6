"""The T-800's feel, driven frame by frame like a player: jumps, forgiveness windows, weapons."""

from __future__ import annotations

from game.entities import t800
from game.input.actions import Action, InputSnapshot
from tests.driving import run_until
from tests.world.conftest import hold, obj, press, run, settle


def test_stands_on_the_ground(arena):
    w = arena()
    settle(w, 60)
    assert w.player.grounded
    assert abs(w.player.y - 160) < 1.5


def test_runs_right(arena):
    w = arena()
    settle(w)
    x0 = w.player.x
    run(w, hold(Action.RIGHT), 60)
    assert w.player.x - x0 > t800.RUN_SPEED * 0.8
    assert w.player.facing == 1


def _apex(w, snaps) -> float:
    top = w.player.y
    for s in snaps:
        run(w, [s])
        top = min(top, w.player.y)
    return 160 - top


def test_full_jump_is_about_four_tiles_and_release_cuts_it(arena):
    w = arena()
    settle(w)
    full = _apex(w, [press(Action.JUMP)] + [hold(Action.JUMP)] * 60)
    w2 = arena()
    settle(w2)
    short = _apex(w2, [press(Action.JUMP)] + [hold(Action.JUMP)] * 3 + [InputSnapshot()] * 60)
    assert 56 <= full <= 80
    assert short < full * 0.6


def test_jump_buffer_jumps_on_landing(arena):
    w = arena()
    settle(w)
    run(w, [press(Action.JUMP)] + [hold(Action.JUMP)] * 10 + [InputSnapshot()])
    # Fall until just above the ground, press jump in the air: it happens on landing.
    run_until(lambda: run(w, [InputSnapshot()]), lambda: w.player.vy > 0 and 160 - w.player.y < 6, 120,
              "falling to just above the ground")  # else the press below lands on the ground
    run(w, [press(Action.JUMP)])
    rose = False
    for _ in range(int(t800.JUMP_BUFFER * 60)):
        run(w, [hold(Action.JUMP)])
        rose = rose or w.player.vy < -100
    assert rose


def test_coyote_time_allows_a_late_jump(arena):
    rows = ["." * 40] * 10 + ["#" * 10 + "." * 30] * 2
    w = arena(rows=rows, start_x=120)
    settle(w)
    for _ in range(60):  # run off the edge
        run(w, [hold(Action.RIGHT)])
        if not w.player.grounded:
            break
    run(w, [hold(Action.RIGHT)] * 2)
    assert not w.player.grounded
    run(w, [press(Action.JUMP, held=(Action.RIGHT,))])
    run(w, [hold(Action.JUMP, Action.RIGHT)])
    assert w.player.vy < -200


def test_shotgun_uses_shells_and_must_be_pumped(arena):
    w = arena()
    settle(w)
    shells = w.player.shells
    run(w, [press(Action.FIRE)])
    assert w.player.shells == shells - 1
    run(w, [InputSnapshot(), press(Action.FIRE)])  # too soon: still pumping
    assert w.player.shells == shells - 1
    run(w, InputSnapshot(), int((t800.SHOT_TIME + t800.PUMP_TIME) * 60) + 1)
    run(w, [press(Action.FIRE)])
    assert w.player.shells == shells - 2


def test_punch_knocks_a_thug_out_no_casualty(arena):
    w = arena(objects=[obj(3, "thug", 64 + 20, 160, facing="left")])
    settle(w, 5)
    for _ in range(6):
        run(w, [press(Action.INTERACT)] + [InputSnapshot()] * 30)
    thug = next(e for e in w.entities if e.kind == "thug")
    assert thug.state == "down"
    assert w.stats.knockouts == 1 and w.stats.casualties == 0


def test_shotgun_on_a_person_is_a_casualty(arena):
    w = arena(objects=[obj(3, "cop", 64 + 60, 160, facing="left")])
    settle(w, 2)
    for _ in range(4):
        run(w, [press(Action.FIRE)] + [InputSnapshot()] * 40)
    cop = next(e for e in w.entities if e.kind == "cop")
    assert cop.state == "dead"
    assert w.stats.casualties == 1


def test_spikes_hurt_and_death_costs_a_life(arena):
    rows = ["." * 40] * 10 + ["#" * 8 + "^" * 4 + "#" * 28, "#" * 40]
    w = arena(rows=rows)
    settle(w)
    run(w, hold(Action.RIGHT), 90)
    assert w.player.health < w.difficulty.player_health
    w.player.health = 1
    w.player.invulnerable = 0
    run(w, hold(Action.RIGHT), 5)
    run(w, InputSnapshot(), 200)
    assert w.player.lives == w.difficulty.player_lives - 1
    assert w.player.health == w.difficulty.player_health


def test_ladder_climb(arena):
    rows = ["." * 40] * 4 + ["....H====" + "." * 31] + ["....H" + "." * 35] * 5 + ["#" * 40] * 2
    w = arena(rows=rows, start_x=72)
    settle(w)
    run(w, hold(Action.UP), 90)
    assert w.player.y < 100
    settle(w, 60)
    assert abs(w.player.y - 64) < 1.5  # standing on the platform at the top
    run(w, hold(Action.DOWN), 90)  # and back down
    assert w.player.y > 100


def test_a_brawl_is_won_without_knocking_down_john_or_a_shopper(arena):
    """An arena waits for the foes inside it, never for the escort or a bystander caught in it."""
    w = arena(objects=[
        obj(3, "arena", 32, 32, 640, 128, targets="brawler"),
        obj(4, "thug", 200, 160, name="brawler", facing="left"),
        obj(5, "shopper", 260, 160, facing="left"),
        obj(6, "john", 96, 160, name="john", waiting=False),
    ])
    run(w, hold(Action.RIGHT), 20)
    assert w.arena is not None and w.camera_lock is not None
    fighters = w.arena.fighters
    assert [e.kind for e in fighters] == ["thug"]
    fighters[0].hit(w, 99, w.player.x, lethal=False, melee=True)
    run(w, InputSnapshot(), 2)
    assert w.arena is None  # the way on is open: John and the shopper still stand
