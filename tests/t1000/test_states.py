"""Each state of the liquid body and the transitions between them."""

from __future__ import annotations

import numpy as np

from game.t1000 import tuning as T
from game.t1000.body import BODY
from tests.t1000.conftest import Rig


def test_stands_in_form_on_the_floor(rig):
    rig.step(60)
    assert rig.body.state == "liquid"
    _, pos = rig.body.droplet_positions()
    height = pos[:, 1].max() - pos[:, 1].min()
    assert 38 < height < 48
    assert pos[:, 1].max() <= rig.arena.floor_y  # nothing sinks into the floor
    assert rig.body.counts() == (300, 0, 0, 0)


def test_walks_and_runs_toward_target(rig):
    rig.step(30)
    x0 = rig.body.position[0]
    rig.step(60, (x0 + 60, 270))
    walked = rig.body.position[0] - x0
    assert 20 < walked < 70
    x1 = rig.body.position[0]
    rig.step(60, (x1 + 400, 270))
    ran = rig.body.position[0] - x1
    assert ran > walked * 1.5
    assert rig.body.facing == 1
    _, pos = rig.body.droplet_positions()
    assert pos[:, 1].max() - pos[:, 1].min() > 36  # still standing while running


def test_shot_splashes_and_the_hole_closes(rig):
    rig.step(30)
    x, y = rig.body.position
    for k in range(6):  # a shotgun blast: six pellets
        rig.body.shoot((x - 2, y - 10 + 4 * k), (1.0, 0.0), 1.0)
    assert rig.body.state == "splashed"
    loose = rig.body.counts()[1]
    assert loose >= 20
    rig.step(6)
    _, pos = rig.body.droplet_positions()
    assert (pos[:, 0] > x + 12).sum() >= 10  # metal thrown out of the back
    frames = rig.run_until(lambda: rig.body.state == "liquid", 120)
    assert 0 <= frames < 90
    rig.step(20)
    # closed: every droplet close to its slot again
    live, pos = rig.body.droplet_positions()
    err = np.hypot(*(rig.body.anchor + rig.body.offsets[live] - pos).T)
    assert (err > 6).sum() <= 3


def test_morph_to_puddle_passes_under_door_and_stands_up():
    r = Rig(x=200, step=False, bars=False, molten=False)
    r.step(20)
    door_x = r.arena.door[2]
    f = r.run_until(lambda: r.body.position[0] > door_x + 40, 60 * 10, (door_x + 80, 270))
    assert f >= 0, r.body.position
    seen = r.body.intent
    assert seen is not None
    r.step(120, (door_x + 80, 270))
    assert r.body.form == "policeman"
    _, pos = r.body.droplet_positions()
    assert (pos[:, 0] > door_x).all()
    assert pos[:, 1].max() - pos[:, 1].min() > 36


def test_set_shape_puddle_morphs_and_is_flat(rig):
    rig.step(20)
    rig.body.set_shape("puddle")
    rig.step(1)
    assert rig.body.state == "morph"
    rig.run_until(lambda: rig.body.state == "liquid", 120)
    rig.step(30)
    assert rig.body.state == "liquid"
    _, pos = rig.body.droplet_positions()
    assert pos[:, 1].max() - pos[:, 1].min() <= 9
    rig.body.set_shape("policeman")
    rig.run_until(lambda: rig.body.state == "liquid", 180)
    rig.step(30)
    _, pos = rig.body.droplet_positions()
    assert pos[:, 1].max() - pos[:, 1].min() > 36


def test_blade_has_windup_then_attack_boxes(rig):
    rig.step(30)
    x, y = rig.body.position
    target = (x + 25, y)
    first_box = None
    for f in range(90):
        rig.step(1, target)
        if rig.body.attack_boxes() and first_box is None:
            first_box = f
    assert first_box is not None and first_box >= int(T.BLADE_WINDUP * 60 * 0.85)
    kinds = [e[0] for e in rig.body.drain_events()]
    assert "blade" in kinds


def test_freeze_is_rigid_and_slow_then_thaws(rig):
    rig.step(30)
    x, y = rig.body.position
    rig.body.add_cold((x, y), 60, 0.9)
    assert rig.body.state != "frozen"
    rig.body.add_cold((x, y), 60, 0.9)
    assert rig.body.state == "frozen"
    assert "freeze" in [e[0] for e in rig.body.drain_events()]
    rig.step(60, (x + 300, y))
    assert rig.body.position[0] - x < 12  # slow
    frames = rig.run_until(lambda: rig.body.state != "frozen", 60 * 10)
    assert frames >= 0
    rig.run_until(lambda: rig.body.state == "liquid", 120)
    assert rig.body.state == "liquid"


def test_frozen_hit_shatters_into_shards_holding_droplets(rig):
    rig.step(30)
    x, y = rig.body.position
    rig.body.add_cold((x, y), 60, 2.0)
    rig.body.shoot((x - 3, y), (1, 0), 1.0)
    assert rig.body.state == "shattered"
    b, lo, sh, m = rig.body.counts()
    assert sh > 250 and b == 0
    assert T.SHARDS_MIN <= len(rig.body.shards) <= T.SHARDS_MAX
    assert sum(len(s.droplets) for s in rig.body.shards) == sh
    assert "shatter" in [e[0] for e in rig.body.drain_events()]
    rig.step(20)
    spread = np.ptp([s.body.position.x for s in rig.body.shards])
    assert spread > 30  # they fly


def test_shattered_body_reforms_within_bounded_time(rig):
    rig.step(30)
    x, y = rig.body.position
    rig.body.add_cold((x, y), 60, 2.0)
    rig.body.explode((x, y), 40, 1.0)
    assert rig.body.state == "shattered"
    f = rig.run_until(lambda: rig.body.state == "reforming", 60 * 3)
    assert f >= 0
    f = rig.run_until(lambda: rig.body.state in ("morph", "liquid"), int(60 * 6))
    assert f >= 0, rig.body.counts()
    assert rig.body.counts() == (300, 0, 0, 0)
    assert "reform" in [e[0] for e in rig.body.drain_events()]
    rig.run_until(lambda: rig.body.state == "liquid", 120)
    _, pos = rig.body.droplet_positions()
    assert pos[:, 1].max() - pos[:, 1].min() > 36


def test_flows_through_bars_to_reach_target():
    r = Rig(x=290, step=False, door=False, molten=False)
    bars = r.arena.bars_x
    goal = bars[-1] + 60
    f = r.run_until(lambda: r.body.position[0] > goal - 16, 60 * 12, (goal, 270))
    assert f >= 0, r.body.position
    r.step(90, (goal, 270))
    _, pos = r.body.droplet_positions()
    assert (pos[:, 0] > bars[-1]).all()
    assert r.body.counts()[0] == 300
    assert r.body.form == "policeman"


def test_molten_pool_melts_and_kills():
    r = Rig(x=420, step=False, door=False, bars=False)
    pool = r.arena.pool
    events = []
    died = -1
    for f in range(60 * 12):
        r.step(1, ((pool[0] + pool[2]) / 2, pool[1]))
        events += r.body.drain_events()
        if r.body.state == "melting" and died < 0:
            assert any(e[0] == "melt" for e in events)
        if not r.body.alive:
            died = f
            break
    assert died >= 0
    assert r.body.state == "dead"
    assert r.body.counts() == (0, 0, 0, 300)
    assert [e[0] for e in events].count("death") == 1


def test_remove_takes_everything_out(rig):
    rig.step(10)
    n_before = len(rig.space.bodies)
    rig.body.remove()
    assert len(rig.space.bodies) == n_before - 300
    assert sum(rig.body.counts()) == 300
    assert (rig.body.where == BODY).sum() == 300
