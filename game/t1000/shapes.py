"""Target shapes ("forms") for the liquid body, as droplet slots relative to an origin.

Every form shares one origin: the centre of the standing policeman, with the
soles at ``y = +FEET_BELOW_CENTRE``, so ``T1000.position`` means the same
thing in every form and a level's feet-on-floor maths keeps working.

The policeman is built from parts (torso, head, cap, arms, legs) sampled
separately, each with a pivot.  Poses are joint rotations of those same slots,
so slot ``k`` is always the same bit of the body: walking, running and blade
arms are a continuous re-posing of the target (cheap, no re-assignment),
while changing to another form (puddle, blob) re-assigns droplets to slots.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from game.t1000.tuning import FEET_BELOW_CENTRE
from game.world import exact as E

# Part ids and tints (tints are what the renderer paints the disguise with).
TORSO, HEAD, CAP, ARM_BACK, ARM_FRONT, LEG_BACK, LEG_FRONT = range(7)
UNIFORM, SKIN, DARK = 0, 1, 2

SHOULDER = (0.0, -8.0)
HIP = (0.0, 3.0)
FORMS = ("policeman", "puddle", "blob", "sarah")
# The forms that are people: built from the same parts (``CAP`` is the hair of a bare head), posed
# by ``pose`` as they walk.  Any but the policeman is a disguise (the level's order takes it).
PEOPLE = ("policeman", "sarah")

# Each part: (kind, params, area weight). Capsule = (x0, y0, x1, y1, r); box = (x0, y0, x1, y1).
_PARTS: dict[int, tuple[str, tuple[float, ...]]] = {
    TORSO: ("box", (-5.5, -10.5, 5.5, 4.0)),
    HEAD: ("capsule", (0.8, -15.5, 0.8, -14.5, 4.2)),
    CAP: ("box", (-4.0, -22.0, 6.5, -18.6)),
    ARM_BACK: ("capsule", (-0.5, -8.0, -0.5, 5.0, 2.2)),
    ARM_FRONT: ("capsule", (0.5, -8.0, 0.5, 5.0, 2.2)),
    LEG_BACK: ("capsule", (-1.5, 3.0, -1.5, FEET_BELOW_CENTRE - 2.4, 2.4)),
    LEG_FRONT: ("capsule", (1.5, 3.0, 1.5, FEET_BELOW_CENTRE - 2.4, 2.4)),
}
# Sarah Connor (the disguise of the Steel Mill): slighter than the policeman, bare-headed, her hair
# falling to the shoulders at the back of the head.
_SARAH_PARTS: dict[int, tuple[str, tuple[float, ...]]] = {
    TORSO: ("box", (-4.5, -10.5, 4.5, 4.0)),
    HEAD: ("capsule", (0.8, -16.0, 0.8, -15.0, 4.0)),
    CAP: ("capsule", (-2.2, -19.0, -3.0, -10.5, 2.3)),
    ARM_BACK: ("capsule", (-0.5, -8.0, -0.5, 5.0, 1.9)),
    ARM_FRONT: ("capsule", (0.5, -8.0, 0.5, 5.0, 1.9)),
    LEG_BACK: ("capsule", (-1.5, 3.0, -1.5, FEET_BELOW_CENTRE - 2.4, 2.2)),
    LEG_FRONT: ("capsule", (1.5, 3.0, 1.5, FEET_BELOW_CENTRE - 2.4, 2.2)),
}


@dataclass(frozen=True)
class Policeman:
    """Rest layout of the policeman: slot offsets, the part and tint of each slot."""

    base: np.ndarray  # (N, 2) float, facing right
    part: np.ndarray  # (N,) int
    tint: np.ndarray  # (N,) int


def _inside(kind: str, p: tuple[float, ...], xy: np.ndarray) -> np.ndarray:
    x, y = xy[:, 0], xy[:, 1]
    if kind == "box":
        x0, y0, x1, y1 = p
        return (x >= x0) & (x <= x1) & (y >= y0) & (y <= y1)
    x0, y0, x1, y1, r = p
    d = np.array([x1 - x0, y1 - y0])
    ll = float(d[0] * d[0] + d[1] * d[1]) or 1.0
    t = np.clip(((x - x0) * d[0] + (y - y0) * d[1]) / ll, 0.0, 1.0)
    return (x - (x0 + t * d[0])) ** 2 + (y - (y0 + t * d[1])) ** 2 <= r * r


def _grid(x0: float, y0: float, x1: float, y1: float, step: float = 0.5) -> np.ndarray:
    xs = np.arange(x0, x1 + 1e-6, step)
    ys = np.arange(y0, y1 + 1e-6, step)
    gx, gy = np.meshgrid(xs, ys)
    return np.stack([gx.ravel(), gy.ravel()], axis=1)


def _farthest_points(cands: np.ndarray, count: int) -> np.ndarray:
    """Pick ``count`` well spread points (deterministic farthest-point sampling)."""
    count = min(count, len(cands))
    if count <= 0:
        return np.zeros((0, 2))
    centre = E.mean_rows(cands)
    first = int(np.argmin(((cands - centre) ** 2).sum(axis=1)))
    chosen = [first]
    dist = ((cands - cands[first]) ** 2).sum(axis=1)
    for _ in range(count - 1):
        k = int(np.argmax(dist))
        chosen.append(k)
        dist = np.minimum(dist, ((cands - cands[k]) ** 2).sum(axis=1))
    return cands[np.array(chosen)]


def _part_area(kind: str, p: tuple[float, ...]) -> float:
    if kind == "box":
        return (p[2] - p[0]) * (p[3] - p[1])
    length = E.hypot(p[2] - p[0], p[3] - p[1])
    return 2 * p[4] * length + math.pi * p[4] * p[4]


def _police_tint(k: int, chosen: np.ndarray) -> np.ndarray:
    tint = np.full(len(chosen), UNIFORM)
    if k == HEAD:
        tint[:] = SKIN
        tint[chosen[:, 0] < -1.5] = DARK  # hair at the back of the head
    elif k == CAP:
        tint[:] = DARK
    elif k == ARM_FRONT:
        tint[chosen[:, 1] > 3.5] = SKIN  # the near hand (the far one is behind the body)
    elif k in (LEG_BACK, LEG_FRONT):
        tint[chosen[:, 1] > FEET_BELOW_CENTRE - 3.5] = DARK  # shoes
    elif k == TORSO:
        tint[(chosen[:, 1] > 1.2) & (chosen[:, 1] < 3.0)] = DARK  # belt
    return tint


def _sarah_tint(k: int, chosen: np.ndarray) -> np.ndarray:
    """A dark vest over bare arms, dark hair, trousers (UNIFORM), boots."""
    tint = np.full(len(chosen), UNIFORM)
    if k in (HEAD, ARM_BACK, ARM_FRONT):
        tint[:] = SKIN
    elif k in (CAP, TORSO):
        tint[:] = DARK
    elif k in (LEG_BACK, LEG_FRONT):
        tint[chosen[:, 1] > FEET_BELOW_CENTRE - 3.5] = DARK  # boots
    return tint


@lru_cache(maxsize=8)
def policeman(n: int) -> Policeman:
    """Sample the policeman with ``n`` slots spread over the parts by area."""
    return _person(n, _PARTS, _police_tint)


@lru_cache(maxsize=8)
def sarah(n: int) -> Policeman:
    """Sarah Connor's figure (the disguise), sampled as the policeman is: the same parts and joints."""
    return _person(n, _SARAH_PARTS, _sarah_tint)


def person(name: str, n: int) -> Policeman:
    """The layout of one of ``PEOPLE``."""
    return sarah(n) if name == "sarah" else policeman(n)


def _person(n: int, parts_of: dict, tint_of) -> Policeman:
    areas = {k: _part_area(*v) for k, v in parts_of.items()}
    total = sum(areas.values())
    counts = {k: max(3, int(round(n * a / total))) for k, a in areas.items()}
    counts[TORSO] += n - sum(counts.values())  # the torso absorbs the rounding
    pts, parts, tints = [], [], []
    for k, (kind, p) in parts_of.items():
        cands = _grid(-8, -23, 8, FEET_BELOW_CENTRE)
        cands = cands[_inside(kind, p, cands)]
        chosen = _farthest_points(cands, counts[k])
        pts.append(chosen)
        parts.append(np.full(len(chosen), k))
        tints.append(tint_of(k, chosen))
    base = np.concatenate(pts)
    part = np.concatenate(parts)
    tint = np.concatenate(tints)
    if len(base) < n:  # tiny n: repeat slots so every droplet has one
        extra = np.arange(n - len(base)) % len(base)
        base, part, tint = (np.concatenate([a, a[extra]]) for a in (base, part, tint))
    return Policeman(base[:n].copy(), part[:n].copy(), tint[:n].copy())


_LIMBS = (LEG_FRONT, LEG_BACK, ARM_BACK, ARM_FRONT)  # the jointed parts, in ``_Rig`` order


@dataclass(frozen=True)
class _Rig:
    """A layout's limbs gathered once: their slots one part after another, each with its pivot."""

    limbs: np.ndarray  # slot indices: the front leg's, the back leg's, the back arm's, the front arm's
    bounds: tuple[int, ...]  # where each part's run starts in ``limbs`` (and the end)
    pivot_x: np.ndarray  # per limb slot
    pivot_y: np.ndarray
    upper: np.ndarray  # slot indices of everything above the hips


_rigs: dict[int, tuple[Policeman, _Rig]] = {}


def _rig(pm: Policeman) -> _Rig:
    hit = _rigs.get(id(pm))
    if hit is not None and hit[0] is pm:
        return hit[1]
    runs = [np.nonzero(pm.part == k)[0] for k in _LIMBS]
    pivots = [HIP, HIP, SHOULDER, SHOULDER]
    bounds = tuple(np.cumsum([0] + [len(r) for r in runs]).tolist())
    rig = _Rig(np.concatenate(runs), bounds,
               np.concatenate([np.full(len(r), p[0]) for r, p in zip(runs, pivots)]),
               np.concatenate([np.full(len(r), p[1]) for r, p in zip(runs, pivots)]),
               np.nonzero(~np.isin(pm.part, (LEG_BACK, LEG_FRONT)))[0])
    if len(_rigs) > 16:
        _rigs.clear()
    _rigs[id(pm)] = (pm, rig)
    return rig


def pose(pm: Policeman, *, leg: float = 0.0, arm: float = 0.0, front_arm: float | None = None,
         stretch: float = 1.0, lean: float = 0.0, bob: float = 0.0) -> np.ndarray:
    """Policeman slots in a pose (facing right).

    ``leg``/``arm``: swing angles in radians (front leg forward, back leg back;
    arms opposite).  ``front_arm`` overrides the front arm angle (the blade),
    ``stretch`` lengthens and thins it into a blade.  ``lean`` shears the
    upper body forward (running), ``bob`` lifts the upper body in px.
    """
    # All four limbs in one pass: each swings about its pivot by its own angle (positive swings a
    # hanging limb forward, +x); a limb at angle 0 is left exactly as it is.
    out = pm.base.copy()
    rig = _rig(pm)
    b = rig.bounds
    pts = out[rig.limbs]
    if stretch != 1.0:  # the front arm lengthens and thins about the shoulder first
        arm_pts = pts[b[3]:b[4]]
        local = arm_pts - SHOULDER
        local[:, 1] *= stretch  # along the hanging arm
        local[:, 0] *= 0.75 / math.sqrt(stretch)  # thinner edge
        arm_pts[:] = local + SHOULDER
    angles = (leg, -leg, arm, -arm if front_arm is None else front_arm)
    c = np.ones(len(pts))
    s = np.zeros(len(pts))
    turned = np.zeros(len(pts), dtype=bool)
    for g, ang in enumerate(angles):
        if ang:
            s[b[g]:b[g + 1]], c[b[g]:b[g + 1]] = E.sin_cos(ang)
            turned[b[g]:b[g + 1]] = True
    if turned.any():
        x = pts[:, 0] - rig.pivot_x
        y = pts[:, 1] - rig.pivot_y
        rx = rig.pivot_x + c * x + s * y
        ry = rig.pivot_y - s * x + c * y
        pts[turned, 0] = rx[turned]
        pts[turned, 1] = ry[turned]
    out[rig.limbs] = pts
    if lean or bob:
        upper = rig.upper
        out[upper, 0] += -(out[upper, 1] - HIP[1]) * lean
        out[upper, 1] -= bob
    return out


def _area_fill(n: int, kind: str, p: tuple[float, ...], bounds: tuple[float, float, float, float]) -> np.ndarray:
    cands = _grid(*bounds, step=0.5)
    cands = cands[_inside(kind, p, cands)]
    return _farthest_points(cands, n)


def _body_area() -> float:
    return sum(_part_area(*v) for k, v in _PARTS.items() if k not in (ARM_BACK, LEG_BACK))


@lru_cache(maxsize=8)
def puddle(n: int) -> np.ndarray:
    """A flat pool about 8 px high resting on the floor: slides under doors."""
    h = 7.0
    w = max(16.0, _body_area() / h)
    r = h / 2
    y = FEET_BELOW_CENTRE - r
    pts = _area_fill(n, "capsule", (-w / 2 + r, y, w / 2 - r, y, r), (-w / 2 - 1, y - r - 1, w / 2 + 1, y + r + 1))
    return _pad(pts, n)


@lru_cache(maxsize=8)
def blob(n: int) -> np.ndarray:
    """A free dome of liquid resting on the floor (gathering, squeezing through bars)."""
    r = math.sqrt(_body_area() / math.pi) * 1.1
    cy = FEET_BELOW_CENTRE - r
    pts = _area_fill(n, "capsule", (0.0, cy, 0.0, cy, r), (-r - 1, cy - r - 1, r + 1, cy + r + 1))
    pts[:, 1] = np.minimum(pts[:, 1] * 1.0 + (pts[:, 1] - cy) * -0.25 + 0.25 * r, FEET_BELOW_CENTRE - 1)
    return _pad(pts, n)


def _pad(pts: np.ndarray, n: int) -> np.ndarray:
    if len(pts) >= n:
        return pts[:n].copy()
    extra = np.arange(n - len(pts)) % max(1, len(pts))
    return np.concatenate([pts, pts[extra]])


def form_points(name: str, n: int) -> np.ndarray:
    """Rest slots of a named form (a person in the standing pose)."""
    if name == "puddle":
        return puddle(n)
    if name == "blob":
        return blob(n)
    return person(name, n).base


def match(rel: np.ndarray, slots: np.ndarray, bands: int = 12) -> np.ndarray:
    """Assign droplets (positions relative to the form origin) to slots, one each.

    Both sets are split into the same number of horizontal bands by y rank and
    paired by x rank inside each band: O(n log n), no crossings to speak of,
    good enough for a liquid to flow into a new form without tangling.
    Returns ``assign`` with ``slots[assign[i]]`` the slot of droplet ``i``.
    """
    n = len(rel)
    order_d = np.lexsort((rel[:, 0], rel[:, 1]))
    order_s = np.lexsort((slots[:, 0], slots[:, 1]))
    assign = np.empty(n, dtype=np.int64)
    edges = np.linspace(0, n, bands + 1).astype(int)
    for a, b in zip(edges[:-1], edges[1:]):
        d = order_d[a:b]
        s = order_s[a:b]
        d = d[np.argsort(rel[d, 0], kind="stable")]
        s = s[np.argsort(slots[s, 0], kind="stable")]
        assign[d] = s
    return assign


@lru_cache(maxsize=16)
def slot_pairs(name: str, n: int, k: int) -> np.ndarray:
    """Cohesion springs between the rest slots of a form (cached: O(n^2) once per form and n)."""
    return neighbour_pairs(form_points(name, n), k)


def neighbour_pairs(pts: np.ndarray, k: int) -> np.ndarray:
    """Cohesion springs: each slot tied to its ``k`` nearest, as unique (i, j) pairs."""
    n = len(pts)
    if n < 2:
        return np.zeros((0, 2), dtype=np.int64)
    d = ((pts[:, None, :] - pts[None, :, :]) ** 2).sum(axis=2)
    np.fill_diagonal(d, np.inf)
    k = min(k, n - 1)
    nn = E.nearest_k(d, k)
    i = np.repeat(np.arange(n), k)
    j = nn.ravel()
    pairs = np.stack([np.minimum(i, j), np.maximum(i, j)], axis=1)
    return np.unique(pairs, axis=0)
