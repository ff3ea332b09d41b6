"""The same inputs give the same run on every machine.

A processor with other SIMD units, or a C library that picks other code
paths, must not move a single droplet.  We cannot borrow another machine in a
test, but we can make this one behave like an older one: numpy's optional
CPU features switched off (``NPY_DISABLE_CPU_FEATURES``) and glibc's FMA and
AVX variants of its maths hidden (``GLIBC_TUNABLES``).  The shipped demo and a
T-1000 torture run must give the same hashes there as here.
"""

from __future__ import annotations

import json
import math
import os
import random
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from game.world import exact as E

ROOT = Path(__file__).resolve().parents[2]


def _torment_hash(seed: int = 3, frames: int = 60 * 12) -> str:
    """Shoot, freeze, shatter, blow up and melt a T-1000: every path of its update."""
    from tests.t1000.conftest import Rig

    r = Rig(seed=seed, x=380)
    rng = random.Random(seed)
    pool = r.arena.pool
    for f in range(frames):
        b = r.body
        x, y = b.position
        if f % 40 == 10:
            b.shoot((x + rng.uniform(-6, 6), y + rng.uniform(-18, 18)), (rng.choice((-1, 1)), 0.2), 1.0)
        elif f % 150 == 60:
            b.add_cold((x, y), 60, 3.0)
        elif f % 150 == 61:
            b.shoot((x, y), (1, 0), 1.0)  # frozen: it shatters
        elif f % 97 == 30:
            b.explode((x + 8, y), 40, 1.0)
        target = ((pool[0] + pool[2]) / 2, pool[1]) if f > frames * 2 // 3 else (rng.uniform(40, 440), 270)
        r.step(1, target)
        b.drain_events()
    return r.body.state_hash()


def _demo_hash() -> str:
    from game import assets
    from game.headless import run_level
    from game.input.replay import Recording, ReplaySource

    demo = Recording.load(assets.asset_path("demo", "freeway.json"))
    return run_level(demo.level, seed=demo.seed, frames=len(demo.frames), source=ReplaySource(demo)).state_hash


def probe() -> dict[str, str]:
    return {"demo": _demo_hash(), "t1000": _torment_hash()}


def _plain_machine_env() -> dict[str, str]:
    """This machine made to look like a plain x86-64 (or other) processor to numpy and glibc."""
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    try:
        from numpy._core import _multiarray_umath as umath
    except ImportError:  # numpy 1.x
        from numpy.core import _multiarray_umath as umath
    optional = [f for f in umath.__cpu_dispatch__ if umath.__cpu_features__.get(f)]
    env["NPY_DISABLE_CPU_FEATURES"] = " ".join(optional)
    env["GLIBC_TUNABLES"] = "glibc.cpu.hwcaps=-AVX2,-FMA,-FMA4,-AVX,-AVX512F,-AVX512DQ"
    return env


def test_a_recorded_run_gives_the_same_hash_with_cpu_features_switched_off():
    here = probe()
    out = subprocess.run(
        [sys.executable, "-c", "import json; from tests.world.test_determinism import probe; print(json.dumps(probe()))"],
        cwd=ROOT, env=_plain_machine_env(), capture_output=True, text=True, timeout=300,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    there = json.loads(out.stdout.strip().splitlines()[-1])
    assert there == here


def test_the_exact_trigonometry_matches_the_c_library_closely():
    xs = np.linspace(-400.0, 400.0, 40001)
    s, c = E.sincos(xs)
    assert np.max(np.abs(s - np.sin(xs))) < 1e-14
    assert np.max(np.abs(c - np.cos(xs))) < 1e-14
    # One function for floats and arrays: the very same bits either way.
    for i in range(0, len(xs), 997):
        assert E.sin(float(xs[i])) == s[i] and E.cos(float(xs[i])) == c[i]
    assert E.sin(0.0) == 0.0 and E.cos(0.0) == 1.0
    assert E.sin(E.HALF_PI) == pytest.approx(1.0, abs=1e-16)


def test_exact_sums_do_not_depend_on_order():
    rng = random.Random(4)
    values = [rng.uniform(-1e6, 1e6) * 10 ** rng.randint(-8, 8) for _ in range(2001)]
    a = np.array(values)
    assert E.total(a) == E.total(a[::-1]) == math.fsum(values)
    pts = a[:2000].reshape(-1, 2)
    assert np.array_equal(E.mean_rows(pts), E.mean_rows(pts[::-1]))
    assert E.mean(a) == E.mean(a[::-1])


def test_exact_noise_is_centred_bounded_and_reproducible():
    rng = np.random.default_rng(9)
    n = E.normal(rng, 2.0, (20000, 2))
    assert abs(float(n.mean())) < 0.05 and abs(float(n.std()) - 2.0) < 0.05
    assert np.all(np.abs(n) <= 2.0 * 2 * math.sqrt(3.0))
    assert np.array_equal(n, E.normal(np.random.default_rng(9), 2.0, (20000, 2)))


def test_nearest_neighbours_break_ties_the_same_way_everywhere():
    d = np.array([[0.0, 1.0, 1.0, 1.0, 2.0], [1.0, 1.0, 0.0, 1.0, 1.0]])
    assert E.nearest_k(d, 3).tolist() == [[0, 1, 2], [2, 0, 1]]
