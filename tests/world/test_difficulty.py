"""The difficulty table: Normal is the game as tuned (and as the demo was recorded), Hard is harder than Easy
in the simulation itself, and every number that varies lives in one table."""

from __future__ import annotations

import dataclasses

import pytest

from game.difficulty import DIFFICULTIES, EASY, HARD, NORMAL, by_name, next_difficulty
from game.input.actions import Action, InputSnapshot
from tests.world.conftest import obj, press, run, settle

# The module constants the entities held before the table (t800, humans, projectiles, the T-1000's
# tuning): Normal must be these exactly, types included (the state hash tells 11 from 11.0).
OLD_CONSTANTS = {"player_health": 12, "player_lives": 3, "thug_health": 4.0, "cop_health": 3.0, "thug_damage": 1,
                 "bullet_damage": 1, "cop_aim_time": 0.85, "cop_fire_cooldown": 2.4, "blade_damage": 1.0,
                 "t1000_speed": 1.0, "boss_health": 1.0, "score_percent": 100,
                 "reform_delay": 1.6}  # the T-1000's SHATTER_LIE_TIME before it moved to the table


def test_normal_is_the_game_as_tuned():
    for name, old in OLD_CONSTANTS.items():
        value = getattr(NORMAL, name)
        assert value == old and type(value) is type(old), name
    # (tests/scenes/test_records_and_attract.py replays the shipped demo, made before the table, to its hash)


def test_the_table_has_casual_easy_normal_and_hard_and_every_field_for_each():
    assert list(DIFFICULTIES) == ["casual", "easy", "normal", "hard"]
    for d in DIFFICULTIES.values():
        for f in dataclasses.fields(d):
            assert getattr(d, f.name) is not None
        assert 1 <= d.player_health <= 12  # the HUD has room for 12 segments a player
    assert by_name("HARD") is HARD and by_name(None) is NORMAL
    assert next_difficulty("hard", 1) == "casual" and next_difficulty("casual", -1) == "hard"
    with pytest.raises(ValueError, match="casual, easy, normal, hard"):
        by_name("nightmare")


def test_a_world_is_normal_unless_told(arena):
    w = arena()
    assert w.difficulty is NORMAL and w.player.health == 12 and w.player.lives == 3
    w = arena(difficulty="hard")
    assert w.difficulty is HARD and (w.player.health, w.player.lives) == (HARD.player_health, HARD.player_lives)


def _beside_a_thug(arena, difficulty):
    w = arena(objects=[obj(3, "thug", 64 + 20, 160, facing="left")], difficulty=difficulty)
    return w, next(e for e in w.entities if e.kind == "thug")


def _damage_taken(arena, difficulty, objects, seconds: float) -> float:
    """The player stands still among ``objects`` for ``seconds``: the damage of every hit that lands."""
    w = arena(objects=objects, difficulty=difficulty)
    landed = []
    hit = w.player.hit

    def counted(world, damage, source_x, **kw):
        if hit(world, damage, source_x, **kw):
            landed.append(damage)
            return True
        return False

    w.player.hit = counted
    run(w, InputSnapshot(), round(60 * seconds))
    return sum(landed)


def test_the_same_input_takes_more_damage_the_harder_it_is(arena):
    across = [obj(3, "cop", 64 + 150, 160, facing="left")]  # aims, fires, cools down: quicker when harder
    taken = [_damage_taken(arena, d, across, 8) for d in (EASY, NORMAL, HARD)]
    assert 0 < taken[0] < taken[1] < taken[2]
    beside = [obj(3, "thug", 64 + 20, 160, facing="left")]  # swings as often everywhere; hits harder on Hard
    taken = [_damage_taken(arena, d, beside, 3) for d in (EASY, NORMAL, HARD)]
    assert 0 < taken[0] <= taken[1] < taken[2]


def test_a_thug_needs_more_punches_on_hard_than_on_easy(arena):
    punches = {}
    for d in (EASY, NORMAL, HARD):
        w, thug = _beside_a_thug(arena, d)
        settle(w, 5)
        n = 0
        while not thug.is_down and n < 8:
            run(w, [press(Action.INTERACT)] + [InputSnapshot()] * 30)
            n += 1
        assert thug.is_down, d.name
        punches[d.name] = n
    assert punches["easy"] < punches["hard"]
    assert punches["easy"] <= punches["normal"] <= punches["hard"]


def test_points_are_worth_the_difficultys_percentage(arena):
    for d, knockout in ((EASY, 150), (NORMAL, 300), (HARD, 450)):
        w, thug = _beside_a_thug(arena, d)
        thug.hit(w, 99, w.player.x, lethal=False, melee=True)  # knocked out: 300 points at Normal
        assert w.stats.score == knockout, d.name


def test_a_cop_draws_quicker_on_hard(arena):
    shot_at = {}
    for d in (EASY, HARD):
        w = arena(objects=[obj(3, "cop", 64 + 150, 160, facing="left")], difficulty=d)
        frames = 0
        while not any(e.kind == "bullet" for e in w.entities) and frames < 240:
            run(w, InputSnapshot())
            frames += 1
        shot_at[d.name] = frames
    assert shot_at["hard"] < shot_at["easy"] < 240


def test_the_t1000_closes_in_faster_on_hard(arena):
    closed = {}
    for d in (EASY, NORMAL, HARD):
        w = arena(objects=[obj(3, "t1000", 560, 160, droplets=60)], difficulty=d)
        (t,) = w.t1000s
        x0 = t.x
        run(w, InputSnapshot(), 150)
        closed[d.name] = x0 - t.x
    assert 0 < closed["easy"] < closed["normal"] < closed["hard"]


def _frames_shattered(arena, difficulty) -> int:
    """Freeze a T-1000, shatter it with a shot, and count the updates its shards lie before thawing."""
    from game.timestep import DT

    w = arena(objects=[obj(3, "t1000", 400, 160, droplets=60)], difficulty=difficulty)
    (t,) = w.t1000s
    t.command("sleep")
    for _ in range(60):
        if t.body.frozen:
            break
        t.freeze(w, (t.x, t.y - 24), 40, 0.9)
        w.step(DT, InputSnapshot())
    assert t.body.frozen, difficulty.name
    t.shoot(w, (t.x - 4, t.y - 24), (1.0, 0.0), 1.0)
    assert t.body.shards
    frames = 0
    while t.body.shards and frames < 600:
        w.step(DT, InputSnapshot())
        frames += 1
    return frames


def test_the_t1000_reforms_sooner_and_cuts_deeper_the_harder_it_is(arena):
    assert EASY.reform_delay > NORMAL.reform_delay > HARD.reform_delay
    assert EASY.blade_damage < NORMAL.blade_damage < HARD.blade_damage
    lie = {d.name: _frames_shattered(arena, d) for d in (EASY, NORMAL, HARD)}
    for d in (EASY, NORMAL, HARD):  # the shards lie for the table's time, to the update
        assert abs(lie[d.name] - round(d.reform_delay * 60)) <= 1, (d.name, lie)
    beside = [obj(3, "t1000", 64 + 30, 160, facing="left", droplets=60)]
    for d in (EASY, HARD):  # every swing that lands deals the table's damage
        w = arena(objects=beside, difficulty=d)
        landed = []
        hit = w.player.hit

        def counted(world, damage, source_x, _hit=hit, _landed=landed, **kw):
            if _hit(world, damage, source_x, **kw):
                _landed.append(damage)
                return True
            return False

        w.player.hit = counted
        run(w, InputSnapshot(), 240)
        assert landed and set(landed) == {d.blade_damage}, d.name


def test_casual_never_runs_out_of_continues():
    from game.difficulty import CASUAL, UNLIMITED
    from game.run import Run

    run = Run("arcade", CASUAL)
    assert CASUAL.continues == UNLIMITED and run.unlimited_continues
    for _ in range(20):
        run.use_continue()
    assert run.can_continue and run.continues_used == 20
    assert CASUAL.t1000_speed < EASY.t1000_speed and CASUAL.reform_delay > EASY.reform_delay
