"""A T-1000 boss: health lost with the metal it loses, phases at thresholds, set pieces that read them."""

from __future__ import annotations

from game.entities.liquid import SHATTER_DAMAGE
from game.input.actions import Action, InputSnapshot
from game.timestep import DT
from tests.world.conftest import press
from tests.world.test_setpieces import event_obj, world_with


def boss_world(tmp_path, **props):
    world = world_with(tmp_path, [
        event_obj(3, "t1000", 130, 160, name="boss", boss=True, droplets=300, **props),
        event_obj(4, "event", 20, 20, name="hurt", cond1="boss_health_below boss 80", act1="set_flag hurt"),
        event_obj(5, "event", 20, 20, name="phase2", cond1="boss_phase boss 2", act1='caption "Phase two" 2'),
        event_obj(6, "event", 20, 20, name="beaten", cond1="killed boss", act1="set_flag beaten"),
    ])
    boss = world.t1000s[0]
    boss.command("sleep")  # it stands still and takes it: the test is about the damage, not the fight
    world.player.shells = 99
    return world, boss


def blast(world, events: list, frames: int = 40) -> None:
    """One shotgun blast, then the pump (the events the world emitted are kept in ``events``)."""
    world.step(DT, press(Action.FIRE))
    events += world.drain_events()
    for _ in range(frames):
        world.step(DT, InputSnapshot())
        events += world.drain_events()


def test_shotgun_blasts_take_a_boss_health_and_its_phase_changes_at_the_threshold(tmp_path):
    world, boss = boss_world(tmp_path, health=100, phases=2, title="The T-1000")
    assert (boss.health, boss.phase, boss.phases, boss.title) == (100.0, 1, 2, "The T-1000")
    events: list = []
    healths = [boss.health]
    while boss.health > 50 and len(healths) < 40:
        assert boss.phase == 1 and world.caption is None
        blast(world, events)
        healths.append(boss.health)
    assert 4 <= len(healths) - 1 <= 30, "a boss of 100 takes a handful of blasts, not one and not a box of shells"
    assert all(b < a for a, b in zip(healths, healths[1:])), "every blast that connects costs it health"
    assert boss.phase == 2 and boss.body.speed_scale > boss.base_speed
    assert [e for e in events if e[0] == "boss_phase"] == [("boss_phase", "boss", 2)]
    assert "hurt" in world.script.flags
    assert world.caption is not None and world.caption[0] == "Phase two"  # the set piece read the phase
    counts = boss.body.counts()
    assert sum(counts) == boss.body.n  # nothing of it is lost to the damage


def test_a_frozen_boss_shattered_loses_a_chunk(tmp_path):
    world, boss = boss_world(tmp_path)
    for _ in range(30):
        if boss.body.frozen:
            break
        boss.freeze(world, (boss.x, boss.y - 24), 40, 0.9)
        world.step(DT, InputSnapshot())
    assert boss.body.frozen
    before = boss.health
    boss.shoot(world, (boss.x - 4, boss.y - 24), (1.0, 0.0), 1.0)
    assert boss.body.shards and before - boss.health == SHATTER_DAMAGE


def test_a_boss_out_of_health_dissolves_and_counts_as_killed(tmp_path):
    world, boss = boss_world(tmp_path, health=5)
    events: list = []
    blast(world, events, frames=5)
    assert boss.health == 0 and boss.state == "melting"
    assert any(e[:2] == ("boss_down", "boss") for e in events)
    for _ in range(180):
        world.step(DT, InputSnapshot())
        if not world.t1000s:
            break
    assert not world.t1000s and "beaten" in world.script.flags
    assert world.stats.casualties == 0


def test_a_t1000_that_is_not_a_boss_keeps_no_score_of_health(tmp_path):
    world = world_with(tmp_path, [event_obj(3, "t1000", 130, 160, name="liquid", droplets=300)])
    liquid = world.t1000s[0]
    liquid.command("sleep")
    world.player.shells = 99
    events: list = []
    for _ in range(3):
        blast(world, events)
    assert not liquid.boss and liquid.health == liquid.max_health and liquid.phase == 1
    assert not [e for e in events if e[0].startswith("boss")]
    assert len(liquid.hash_state()) == 3  # the Freeway replay's hash reads the same fields as before
