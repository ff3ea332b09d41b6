"""The steel mill's press line: a blow crushes a T-800 under the head and splatters liquid metal,
a player who waits for the head to lift runs under unhurt; the belts carry whoever stands on them."""

from __future__ import annotations

from game.input.actions import Action, InputSnapshot
from tests.world.conftest import hold, obj, run

# A press whose head comes down 2 s into the run and stays down 0.6 s of its 3 s cycle; the area is
# the column under it, from the housing (y = 16) to the ground (y = 160), 48 px wide at x = 160..208.
PRESS = dict(period=3.0, duty=0.2, offset=1.0)


def _press(x: float = 160) -> str:
    return obj(3, "press", x, 16, 48, 144, **PRESS)


def _press_of(w):
    (p,) = [e for e in w.entities if e.kind == "press"]
    return p


def test_a_t800_under_the_press_is_hurt_by_the_blow_and_not_before(arena):
    w = arena(objects=[_press()], start_x=184)  # standing right under it
    press, hero = _press_of(w), w.player
    full = hero.health
    frames = 0
    while not press.live:
        assert hero.health == full, "hurt while the head was still up"
        run(w, InputSnapshot(), 1)
        frames += 1
    assert 118 <= frames <= 122  # the blow lands when the cycle says (2 s in)
    assert hero.health < full


def test_the_lamp_warns_before_the_blow(arena):
    w = arena(objects=[_press()], start_x=64)
    press = _press_of(w)
    warned = False
    while not press.live:
        warned |= press.warning
        run(w, InputSnapshot(), 1)
    assert warned


def _run_under_after(arena, moment) -> tuple:
    """A T-800 standing clear of the press waits until ``moment(press)`` holds, then runs right under
    it and on: (the press, the hero, his health before)."""
    w = arena(objects=[_press()], start_x=64)
    press, hero = _press_of(w), w.player
    full = hero.health
    while not moment(press):
        run(w, InputSnapshot(), 1)
    run(w, hold(Action.RIGHT), 90)
    return press, hero, full


def test_waiting_for_the_head_to_lift_then_running_under_is_safe(arena):
    """The player's way through: stand clear through the blow, go when it lifts."""
    seen = []
    press, hero, full = _run_under_after(arena, lambda p: seen.append(p.live) or (any(seen) and not p.live))
    assert hero.x > press.rect.right + 10, "did not get past"
    assert hero.health == full


def test_running_under_as_it_comes_down_costs_health(arena):
    press, hero, full = _run_under_after(arena, lambda p: p.warning)  # under the head just as it falls
    assert hero.health < full


def test_the_blow_splatters_the_t1000_under_it_and_not_one_beside_it(arena):
    w = arena(objects=[_press(), obj(4, "t1000", 184, 160, droplets=120),
                       obj(5, "t1000", 400, 160, droplets=120)], start_x=32)
    press = _press_of(w)
    under, beside = sorted(w.t1000s, key=lambda t: t.x)
    for t in (under, beside):
        t.command("sleep")
    run(w, InputSnapshot(), 60)  # poured in and standing
    while not press.live:
        assert under.body.counts()[1] == 0  # nothing loose before the blow
        run(w, InputSnapshot(), 1)
    assert under.body.counts()[1] > 60, "the blow threw most of it loose"
    assert beside.body.counts()[1] == 0


# --- the belts ------------------------------------------------------------------------------------
def _belt(x: float = 96, w: float = 320, speed: float = -45) -> str:
    return obj(6, "conveyor", x, 160, w, 6, speed=speed)


def test_standing_on_a_belt_carries_the_player_at_its_speed(arena):
    w = arena(objects=[_belt()], start_x=300)
    hero = w.player
    run(w, InputSnapshot(), 20)  # settle onto it
    x0 = hero.x
    run(w, InputSnapshot(), 60)
    assert -50 < hero.x - x0 < -40  # a second at 45 px/s, to the left
    assert hero.state == "idle"  # carried, not running


def test_walking_against_a_belt_is_slow_and_with_it_fast(arena):
    w = arena(objects=[_belt()], start_x=200)
    hero = w.player
    run(w, InputSnapshot(), 10)
    x0 = hero.x
    run(w, hold(Action.RIGHT), 40)
    against = hero.x - x0
    x0 = hero.x
    run(w, hold(Action.LEFT), 40)
    with_it = x0 - hero.x
    assert 0 < against < with_it
    assert with_it - against > 30  # the belt adds its speed one way and takes it the other


def test_off_the_belt_nothing_carries(arena):
    w = arena(objects=[_belt(x=300, w=100)], start_x=100)
    hero = w.player
    run(w, InputSnapshot(), 20)
    x0 = hero.x
    run(w, InputSnapshot(), 60)
    assert hero.x == x0
