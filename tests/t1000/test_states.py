"""Each state of the liquid body and the transitions between them."""

from __future__ import annotations

import numpy as np
import pytest

from game.t1000 import tuning as T
from game.t1000.body import BODY, LOOSE
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


def test_a_puddle_order_morphs_it_flat(rig):
    rig.step(20)
    rig.body.command("puddle")
    rig.step(1)
    assert rig.body.state == "morph"
    rig.run_until(lambda: rig.body.state == "liquid", 120)
    rig.step(30)
    assert rig.body.state == "liquid"
    _, pos = rig.body.droplet_positions()
    assert pos[:, 1].max() - pos[:, 1].min() <= 9
    rig.body.command("policeman")
    assert rig.run_until(lambda: rig.body.state == "liquid", 180) >= 0
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


def _walked(r, frames: int = 60) -> float:
    x, y = r.body.position
    r.step(frames, (x + 400, y))
    return r.body.position[0] - x


def test_a_sprayed_part_frosts_and_stiffens_while_the_rest_still_walks():
    control, sprayed = (Rig(step=False, door=False, bars=False, molten=False) for _ in range(2))
    for r in (control, sprayed):
        r.step(30)
    x, y = sprayed.body.position
    sprayed.body.add_cold((x + 4, y - 14), 9, 3.0)  # one burst on the head and shoulders
    chill = sprayed.body.chill()
    assert sprayed.body.state != "frozen"
    assert 0.1 < (chill > 0.9).mean() < 0.5  # a part, not the whole body
    d_control, d_sprayed = _walked(control), _walked(sprayed)
    assert d_sprayed > 15  # it still walks on its legs
    assert d_sprayed < 0.85 * d_control  # but slower
    # The frozen part holds its shape: its droplets barely move relative to each other.
    cold = chill > 0.9
    before = sprayed.body.droplet_positions()[1][cold]
    sprayed.step(20, (x + 400, y))
    after = sprayed.body.droplet_positions()[1][cold]
    drift = (after - after.mean(axis=0)) - (before - before.mean(axis=0))
    assert np.abs(drift).mean() < 1.0


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


def test_death_throes_rise_out_of_the_steel_where_the_player_sees_them():
    r = Rig(x=420, step=False, door=False, bars=False)
    pool = r.arena.pool
    centre = ((pool[0] + pool[2]) / 2, pool[1])
    seen = []
    for _ in range(60 * 12):
        r.step(1, centre)
        if r.body.state == "melting":
            live, pos = r.body.droplet_positions()
            seen.append((len(live), float(pos[:, 1].min()) if len(live) else None))
        if not r.body.alive:
            break
    assert not r.body.alive
    writhing = [top for n, top in seen if n > 0]
    assert len(writhing) >= int(0.8 * 60 * T.THROES_TIME)  # in play for the whole throes
    # In the first half it stands well clear of the steel (pool[1] is its rim, y grows downward).
    first_half = writhing[: len(writhing) // 2]
    assert sum(top < pool[1] - 16 for top in first_half) > 0.6 * len(first_half)


def test_remove_takes_everything_out(rig):
    rig.step(10)
    n_before = len(rig.space.bodies)
    rig.body.remove()
    assert len(rig.space.bodies) == n_before - 300
    assert sum(rig.body.counts()) == 300
    assert (rig.body.where == BODY).sum() == 300


def _scatter(hit) -> tuple[int, float]:
    """How many droplets a hit tears loose, and how tall a spray they make (8 frames on)."""
    r = Rig(step=False, door=False, bars=False, molten=False)
    r.step(30)
    x, y = r.body.position
    hit(r.body, x, y)
    r.step(8)
    live, pos = r.body.droplet_positions()
    loose = pos[r.body.where[live] == LOOSE]
    return len(loose), float(np.ptp(loose[:, 1]))


def test_an_explosion_scatters_more_of_the_metal_and_every_way():
    def blast(body, x, y):  # a shotgun blast: six pellets from the left
        for k in range(6):
            body.shoot((x - 2, y - 14 + 3 * k), (1.0, 0.05 * (k - 3)), 1.0)

    def grenade(body, x, y):
        body.explode((x - 10, y), 40, 1.0)

    (shot_n, shot_h), (bang_n, bang_h) = _scatter(blast), _scatter(grenade)
    assert bang_n > 2 * shot_n
    assert bang_h > 1.3 * shot_h  # up and down as well as away


@pytest.mark.parametrize("where", ["on a step's edge", "over a small pit"])
def test_shards_scattered_over_uneven_ground_still_reform(where):
    if where == "on a step's edge":
        r = Rig(x=200, door=False, bars=False, molten=False)  # the 16 px step ends at x 200
    else:
        r = Rig(x=264, course={"pit_depth": 16.0})  # a pit at x 240-288, 16 px deep
    r.step(40)
    x, y = r.body.position
    r.body.add_cold((x, y), 60, 2.0)
    r.body.explode((x, y + 10), 40, 1.0)
    assert r.body.state == "shattered"
    r.step(60)
    rest = [s.body.position.y for s in r.body.shards]
    floor = r.arena.floor_y
    if where == "on a step's edge":
        assert min(rest) < floor - 10 < floor - 4 < max(rest)  # some on the step, some below it
    else:
        assert max(rest) > floor + 4  # some down in the pit
    f = r.run_until(lambda: r.body.state in ("morph", "liquid"), 60 * 8)
    assert f >= 0, (where, r.body.counts())
    assert r.body.counts() == (300, 0, 0, 0)  # every droplet found its way back


def test_steel_takes_no_more_than_the_melt_floor_allows_and_all_of_it_once_lifted():
    """A molten_only boss before its last phase (the mill's hunt) walks through a ladle's pour: the
    steel takes metal from it down to its owner's ``melt_floor`` and no further, so the hunt cannot
    end at the pouring floor; lifted (the vat, the last phase), the same steel melts it away."""
    r = Rig(x=420, step=False, door=False, bars=False)
    pool = r.arena.pool
    floor = r.body.n // 2
    r.body.melt_floor = floor
    for _ in range(60 * 8):
        r.step(1, ((pool[0] + pool[2]) / 2, pool[1]))
    body, loose, shard, melted = r.body.counts()
    assert r.body.alive and melted > 0  # it lost metal...
    assert body + loose + shard == floor  # ...down to the floor, not a droplet more
    assert body + loose + shard + melted == r.body.n
    r.body.melt_floor = 0
    for _ in range(60 * 12):
        r.step(1, ((pool[0] + pool[2]) / 2, pool[1]))
        if not r.body.alive:
            break
    assert not r.body.alive and r.body.counts()[3] == r.body.n
