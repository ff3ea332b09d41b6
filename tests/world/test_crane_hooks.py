"""The steel mill's crane bay: a hook swinging on its chain strikes a T-800 in the lane as its claw
sweeps through and throws him along the swing; standing clear of its sweep is safe, and so is
crossing behind it as it swings away; it splatters liquid metal it swings into."""

from __future__ import annotations

from game.entities.mill import HOOK_GAP, HOOK_RADIUS
from game.input.actions import Action, InputSnapshot
from tests.world.conftest import hold, obj, only, run

# A hook hung from the rail at y = 0 over the floor (y = 160), pivot x = 280, sweeping x = 200..360;
# a full swing there and back takes 3 s.
HOOK = dict(period=3.0, offset=0.0, swing=0.9)


def _hook(x: float = 200) -> str:
    return obj(3, "hook", x, 0, 160, 160, **HOOK)


def test_the_claw_hangs_just_above_the_floor_and_clears_a_head_at_the_top_of_its_swing(arena):
    w = arena(objects=[_hook()])
    hook = only(w, "hook")
    x, y = hook.claw(0.0)
    assert x == 280 and abs(160 - (y + HOOK_RADIUS) - HOOK_GAP) < 1e-6
    assert hook.low(0.0)
    assert not hook.low(0.9) and not hook.low(-0.9)  # swung up: over a standing man's head


def test_a_t800_in_the_lane_is_struck_as_the_claw_swings_through_and_thrown_along_its_swing(arena):
    w = arena(objects=[_hook()], start_x=300)
    hook, hero = only(w, "hook"), w.player
    full = hero.health
    for _ in range(60 * 3):
        before = hook.angle
        run(w, InputSnapshot(), 1)
        if hero.health < full:
            break
    assert hero.health < full, "the claw swung through him and missed"
    way = 1 if hook.angle > before else -1
    assert hero.body.velocity.x * way > 100  # knocked along the swing, not back against it


def test_standing_clear_of_its_sweep_is_safe(arena):
    w = arena(objects=[_hook()], start_x=150)
    hero = w.player
    full = hero.health
    run(w, InputSnapshot(), 60 * 6)
    assert hero.health == full


def test_crossing_when_the_swing_leaves_room_is_safe_and_crossing_into_it_is_not(arena):
    """The judgement the scripted player makes at the edge of the sweep (and a person makes by eye)."""
    def cross(when) -> tuple[float, float, float]:
        w = arena(objects=[_hook()], start_x=130)
        hook, hero = only(w, "hook"), w.player
        full = hero.health
        run(w, InputSnapshot(), 30)
        for _ in range(60 * 4):
            if when(hook, w):
                break
            run(w, InputSnapshot(), 1)
        run(w, hold(Action.RIGHT), 110)
        return hero.x, hero.health, full

    x, health, full = cross(lambda h, w: not h.live and not h.pulse_soon(w))
    assert x > 370 and health == full
    x, health, full = cross(lambda h, w: h.pulse_soon(w) and not h.live and h.angle < -0.6)
    assert health < full


def test_the_hook_splatters_the_t1000_it_swings_into(arena):
    w = arena(objects=[_hook(), obj(4, "t1000", 280, 160, droplets=120)], start_x=32)
    (t,) = w.t1000s
    t.command("sleep")
    hook = only(w, "hook")
    loose = 0
    for _ in range(60 * 3):
        run(w, InputSnapshot(), 1)
        loose = max(loose, t.body.counts()[1])
        if loose:
            break
    assert hook.live and loose > 20, "the claw swung through it and nothing came loose"
