"""Sensors: triggers, pick-ups, cables and bullets answer whoever touches them, either player."""

from __future__ import annotations

from game.entities.projectiles import Bullet
from game.input.actions import InputSnapshot
from tests.world.conftest import obj, settle

IDLE = [InputSnapshot(), InputSnapshot()]


def _step(world, frames: int = 1) -> None:
    for _ in range(frames):
        world.step(1 / 60, IDLE)
        world.drain_events()


def test_player_two_alone_fires_a_checkpoint_and_the_sensor_knows_who_is_inside(arena):
    w = arena(objects=[obj(3, "checkpoint", 320, 128, 32, 32)], players=2)
    one, two = w.players
    cp = next(e for e in w.entities if e.kind == "checkpoint")
    _step(w, 5)
    assert cp.touching == [] and not cp.fired
    two.place(336, 160)
    _step(w, 2)
    assert cp.touching == [two] and cp.fired
    assert one.respawn_point == (336.0, 160.0)
    two.place(100, 160)
    _step(w, 2)
    assert cp.touching == []  # it left: on_leave kept the list right


def test_a_pickup_goes_to_the_player_who_walks_into_it(arena):
    w = arena(objects=[obj(3, "pickup", 200, 160, item="health")], players=2)
    one, two = w.players
    one.health = two.health = 1
    two.place(200, 160)
    _step(w, 3)
    assert two.health > 1 and one.health == 1
    assert not any(e.kind == "pickup" for e in w.entities)
    assert not any(s.sensor and s.collision_type == 7 for s in w.space.shapes)  # its sensor left with it


def test_a_bullet_stops_on_player_two_and_hurts_only_him(arena):
    w = arena(players=2)
    one, two = w.players
    two.place(300, 160)
    settle(w, 5)
    w.add(Bullet(260, 160 - 27, 1))
    health = (one.health, two.health)
    _step(w, 30)
    assert one.health == health[0] and two.health < health[1]
    assert not any(e.kind == "bullet" for e in w.entities)


def test_a_live_cable_hurts_any_player_standing_in_it(arena):
    w = arena(objects=[obj(3, "live_wire", 288, 128, 64, 32, period=1.0, duty=1.0)], players=2)
    one, two = w.players
    two.place(320, 160)
    health = two.health
    _step(w, 10)
    assert two.health < health and one.health == health
