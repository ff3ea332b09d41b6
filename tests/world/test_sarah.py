"""Sarah Connor, the second player character, driven like a player: her feel against the T-800's,
her roll, punch, crouch and hiding, the sedative and the rifle with its laser sight."""

from __future__ import annotations

import pytest

from game.entities.hero import TUNING
from game.entities.sarah import Sarah
from game.entities.t800 import T800
from game.input.actions import Action, InputSnapshot
from game.level import load_level
from game.world.world import World
from tests.world.conftest import FLAT, hold, make_map, obj, press, run, settle


@pytest.fixture
def level(tmp_path):
    """A world from rows + objects; the start (tile x=4, on the ground) takes ``start`` properties."""

    def build(rows=None, objects=(), start_x=64, players=1, **start) -> World:
        rows = rows or FLAT
        ground_y = next(i for i, r in enumerate(rows) if "#" in r[int(start_x // 16)]) * 16
        objs = [obj(1, "player_start", start_x, ground_y, **start),
                obj(2, "exit", (len(rows[0]) - 2) * 16, ground_y - 32, 16, 32), *objects]
        return World(load_level(make_map(tmp_path, rows, objs)), players=players)

    return build


def _run_distance(w: World, frames: int = 60) -> float:
    settle(w)
    x0 = w.player.x
    run(w, hold(Action.RIGHT), frames)
    return w.player.x - x0


def _jump_height(w: World) -> float:
    settle(w)
    ground, top = w.player.y, w.player.y
    for s in [press(Action.JUMP)] + [hold(Action.JUMP)] * 60:
        run(w, [s])
        top = min(top, w.player.y)
    return ground - top


# --- who plays --------------------------------------------------------------------------------
def test_a_start_that_says_sarah_spawns_sarah_and_the_default_is_the_t800(level):
    assert type(level().player) is T800
    w = level(character="sarah")
    assert type(w.player) is Sarah and w.player.kind == "sarah"
    assert w.player.health == w.difficulty.sarah_health < w.difficulty.player_health  # no armour


def test_player_two_plays_the_same_unless_the_start_names_character2(level):
    w = level(character="sarah", players=2)
    assert [type(p) for p in w.players] == [Sarah, Sarah]
    w = level(character="sarah", character2="t800", players=2)
    assert [type(p) for p in w.players] == [Sarah, T800]
    w = level(character="sarah")
    assert type(w.join()) is Sarah  # dropping in later: the same rule


def test_a_start_arms_her_as_it_says(level):
    w = level(character="sarah", weapon="rifle", ammo=5)
    assert (w.player.weapon, w.player.rounds) == ("rifle", 5)
    w = level(character="sarah", weapon="sedative")
    assert w.player.weapon == "sedative" and w.player.doses > 0
    assert level(character="sarah").player.weapon == "none"


# --- her feel ---------------------------------------------------------------------------------
def test_she_runs_faster_and_jumps_lower_than_the_t800(level):
    t800_run, sarah_run = _run_distance(level()), _run_distance(level(character="sarah"))
    assert sarah_run > t800_run * 1.1
    assert sarah_run > TUNING["sarah"].run_speed * 0.8
    t800_jump, sarah_jump = _jump_height(level()), _jump_height(level(character="sarah"))
    assert 32 < sarah_jump < t800_jump * 0.9  # still clears two tiles


def _first(w: World, kind: str):
    return next(e for e in w.entities if e.kind == kind)


# --- the roll and the crouch ------------------------------------------------------------------
def _facing_a_cop(level, start_x=64):
    w = level(character="sarah", objects=[obj(3, "cop", 64 + 200, 160, facing="left")], start_x=start_x)
    settle(w, 10)
    return w, _first(w, "cop")


def _bullet_near(w: World, p, gap: float) -> None:
    """Stand still until the cop's round is ``gap`` px away."""
    for _ in range(600):
        bullets = [e for e in w.entities if e.kind == "bullet"]
        if bullets and bullets[0].x - p.x < gap:
            return
        run(w, InputSnapshot())
    pytest.fail("the cop never fired")


def test_a_round_that_hits_her_standing_passes_through_her_roll(level):
    w, _cop = _facing_a_cop(level)
    p = w.player
    _bullet_near(w, p, 30)
    run(w, InputSnapshot(), 20)
    assert p.health < w.difficulty.sarah_health  # standing there, she is hit

    w, _cop = _facing_a_cop(level)
    p = w.player
    _bullet_near(w, p, 30)
    bullet = next(e for e in w.entities if e.kind == "bullet")
    run(w, press(Action.ROLL, held=(Action.RIGHT,)))  # roll into it
    assert p.state == "roll" and p.evading
    run(w, hold(Action.RIGHT), 8)
    assert bullet.alive and bullet.x < p.x  # it flew on through her
    assert p.health == w.difficulty.sarah_health


def test_crouched_she_ducks_a_pistol_round(level):
    w, _cop = _facing_a_cop(level)
    p = w.player
    run(w, hold(Action.DOWN), 5)
    assert p.crouching and p.hurtbox()[3] < p.HEIGHT
    for _ in range(400):
        run(w, hold(Action.DOWN))
        bullets = [e for e in w.entities if e.kind == "bullet"]
        if bullets and bullets[0].x < p.x - 20:
            break
    else:
        pytest.fail("no round went past")
    assert p.health == w.difficulty.sarah_health


def test_a_thug_swing_during_the_roll_does_nothing(level):
    w = level(character="sarah", objects=[obj(3, "thug", 64 + 30, 160, facing="left")])
    p, thug = w.player, None
    thug = _first(w, "thug")
    for _ in range(300):  # wait for his wind-up, then roll through the swing
        run(w, InputSnapshot())
        if thug.state == "attack" and thug.state_time >= thug.WINDUP - 0.1:
            break
    run(w, press(Action.ROLL, held=(Action.RIGHT,)))
    run(w, hold(Action.RIGHT), 15)
    assert p.health == w.difficulty.sarah_health and p.x > thug.x  # through and past him


def test_crouching_in_a_hiding_spot_hides_her_from_a_thug(level):
    spot = obj(4, "hiding_spot", 40, 120, 48, 40)
    w = level(character="sarah", objects=[obj(3, "thug", 64 + 120, 160, facing="left"), spot])
    p, thug = w.player, _first(w, "thug")
    run(w, hold(Action.DOWN), 40)
    assert p.crouching and p.hiding
    assert not thug.sees_player(w) and thug.state == "idle" and abs(thug.x - (64 + 120)) < 1
    run(w, InputSnapshot(), 5)  # standing up in the shadow: seen
    assert not p.hiding and thug.sees_player(w)
    w = level(character="sarah", objects=[obj(3, "thug", 64 + 120, 160, facing="left")])
    run(w, hold(Action.DOWN), 40)  # crouched in the open: no hiding
    assert w.player.crouching and not w.player.hiding


def test_she_stays_crouched_under_a_low_ceiling_and_stands_where_there_is_room(level):
    rows = ["." * 40] * 7 + ["." * 8 + "#" * 6 + "." * 26] + ["." * 40] * 2 + ["#" * 40] * 2  # a slab, 32 px of room
    w = level(character="sarah", rows=rows)
    p = w.player
    settle(w, 10)
    run(w, press(Action.ROLL, held=(Action.RIGHT,)))
    run(w, hold(Action.RIGHT), 30)  # rolled in under the slab (32 px of room: crouched, not standing)
    assert 8 * 16 < p.x < 14 * 16 and p.crouching
    run(w, hold(Action.RIGHT), 120)  # creeps out the far side, then stands
    run(w, InputSnapshot(), 5)
    assert p.x > 14 * 16 and not p.crouching


# --- her hands ---------------------------------------------------------------------------------
def test_her_punch_knocks_a_guard_out_and_nobody_dies(level):
    w = level(character="sarah", objects=[obj(3, "guard", 64 + 24, 160, facing="left")])
    guard = _first(w, "guard")
    for _ in range(10):
        run(w, press(Action.INTERACT))
        run(w, InputSnapshot(), 20)
        if guard.is_down:
            break
    assert guard.state == "down" and w.stats.knockouts == 1 and w.stats.casualties == 0


def test_a_blow_from_the_shadows_puts_a_man_down_at_once(level):
    spot = obj(4, "hiding_spot", 40, 120, 48, 40)
    w = level(character="sarah", objects=[obj(3, "guard", 64 + 18, 160, facing="left"), spot])
    guard = _first(w, "guard")
    run(w, hold(Action.DOWN), 10)
    assert w.player.hiding
    run(w, press(Action.INTERACT, held=(Action.DOWN,)))
    run(w, hold(Action.DOWN), 20)
    assert guard.state == "down" and w.stats.knockouts == 1 and w.stats.casualties == 0


def test_the_sedative_knocks_out_at_once_one_dose_each(level):
    w = level(character="sarah", weapon="sedative", ammo=2, objects=[obj(3, "thug", 64 + 20, 160, facing="left")])
    p, thug = w.player, _first(w, "thug")
    run(w, press(Action.FIRE))
    run(w, InputSnapshot(), 20)
    assert thug.state == "down" and p.doses == 1 and w.stats.knockouts == 1 and w.stats.casualties == 0
    run(w, press(Action.FIRE))  # a jab at the air wastes nothing
    run(w, InputSnapshot(), 20)
    assert p.doses == 1


CEILING = ["." * 40] * 2 + ["." * 6 + "#" * 34] + ["." * 40] * 7 + ["#" * 40] * 2  # a ceiling's underside at y = 48


def test_the_rifle_planted_up_right_fires_up_right_and_the_laser_ends_on_the_ceiling(level):
    w = level(character="sarah", weapon="rifle", rows=CEILING)
    p = w.player
    settle(w, 10)
    x = p.x
    run(w, hold(Action.AIM, Action.RIGHT, Action.UP), 10)
    assert abs(p.x - x) < 0.5 and p.state == "aim_uf"
    mx, my, ex, ey = p.laser
    assert abs(ey - 48) < 1.5  # on the ceiling's underside...
    assert abs((ex - mx) - (my - ey)) < 2  # ...at 45 degrees up and to the right
    assert w.solid_at(ex + 2, ey - 2)
    w.step(1 / 60, InputSnapshot.of({Action.AIM, Action.RIGHT, Action.UP}, {Action.FIRE}))
    tracers = [e[1:] for e in w.drain_events() if e[0] == "tracer"]
    assert len(tracers) == 1 and p.rounds == 11
    tx0, ty0, tx1, ty1 = tracers[0]
    assert tx1 > tx0 and ty1 < ty0 and abs((tx1 - tx0) - (ty0 - ty1)) < 2 and abs(ty1 - 48) < 1.5


def test_a_rifle_round_in_a_person_is_a_casualty_and_the_laser_rests_on_him(level):
    w = level(character="sarah", weapon="rifle", objects=[obj(3, "thug", 64 + 150, 160, facing="left")])
    p, thug = w.player, _first(w, "thug")
    run(w, hold(Action.AIM), 5)
    mx, my, ex, ey = p.laser
    assert abs(ey - my) < 0.5 and abs(ex - (thug.x - thug.WIDTH / 2)) < 3  # the dot is on him
    run(w, press(Action.FIRE, held=(Action.AIM,)))
    assert thug.state == "dead" and w.stats.casualties == 1


def test_the_laser_is_down_without_the_rifle_and_the_trigger_can_be_locked(level):
    w = level(character="sarah")
    run(w, hold(Action.AIM), 5)
    assert w.player.laser is None
    w = level(character="sarah", weapon="rifle", objects=[obj(3, "thug", 64 + 150, 160, facing="left")])
    w.player.trigger_locked = True  # a set piece's: Sarah's hands shake
    run(w, press(Action.FIRE, held=(Action.AIM,)))
    assert w.player.rounds == 12 and w.stats.casualties == 0


def test_the_freeway_demo_still_replays_to_its_hash():
    from game import assets
    from game.headless import run_level
    from game.input.replay import Recording, ReplaySource

    demo = Recording.load(assets.asset_path("demo", "freeway.json"))
    result = run_level(demo.level, seed=demo.seed, frames=len(demo.frames), source=ReplaySource(demo))
    assert result.state_hash == demo.meta["hash"]


def test_the_autopilot_plays_freeway_as_sarah():
    from game.headless import run_level
    from game.input.autopilot import Autopilot

    result = run_level("freeway", source=Autopilot, character="sarah", frames=60 * 120)
    assert result.outcome == "completed" and result.casualties == 0


def test_level_select_reads_who_a_map_starts_you_as(tmp_path):
    from game.level.loader import level_character
    from game.scenes.options import ACTION_HELP
    from game.scenes.records import _who

    rows = FLAT
    path = make_map(tmp_path, rows, [obj(1, "player_start", 64, 160, character="sarah"),
                                     obj(2, "exit", 600, 128, 16, 32)])
    assert level_character(path) == "sarah"
    assert _who("freeway") == "T-800"
    assert "Sarah" in ACTION_HELP[Action.ROLL] and "crouch" in ACTION_HELP[Action.DOWN]  # the controls screen
