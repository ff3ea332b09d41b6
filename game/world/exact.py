"""Arithmetic the simulation may use: the same bits on every CPU.

A replay recorded on one machine must reproduce on another, so every number
the simulation computes has to come out bit for bit the same everywhere.
IEEE 754 promises that only for the basic operations: ``+ - * /`` and
``sqrt``, correctly rounded, each on its own.  Everything else varies:

* numpy's ``sin``, ``cos``, ``exp``, ``log`` and ``hypot`` pick SIMD kernels
  per processor (AVX-512 ones differ in the last bits from the scalar ones);
* ``math.sin`` & co. call the C library, and glibc picks FMA variants of
  them at run time on processors that have FMA;
* float ``x ** y`` in Python calls the C library's ``pow``;
* numpy reductions (``sum``, ``mean``) and ``@`` (BLAS) choose their
  summation order per build and processor;
* ``np.random.Generator.normal`` uses ``exp`` and ``log`` in its tails;
* ``argpartition`` and unstable sorts break ties by SIMD path.

So the simulation uses the functions here instead.  Trigonometry is a
range reduction and a polynomial made of basic operations only; sums are
``math.fsum`` (correctly rounded, so the order cannot matter); the normal
noise is a sum of uniforms.  Elementwise numpy ``+ - * /``, ``sqrt``,
comparisons, ``rint``/``floor``, ``minimum``/``maximum``, ``bincount``,
``add.at``, ``cumsum``, stable sorts and ``argmin``/``argmax`` are exact or
order-fixed, and stay.  ``tests/world/test_exact.py`` checks these against
the C library and runs a recorded replay with numpy's optional CPU features
switched off.

Rendering and menus may use anything: they never feed back into the state.
"""

from __future__ import annotations

import math

import numpy as np

PI = math.pi
TWO_PI = 2.0 * math.pi
HALF_PI = 0.5 * math.pi
# pi/2 split in two (Cody and Waite): q * _PIO2_HI is exact for |q| < 2**20, so the
# reduced argument keeps its precision for any angle a game produces.
_PIO2_HI = 1.57079632673412561417e00
_PIO2_LO = 6.07710050650619224932e-11
_INV_PIO2 = 6.36619772367581382433e-01

# Taylor coefficients; on |r| <= pi/4 the first omitted term is below 1e-16.
_SIN = (1.0, -1.0 / 6, 1.0 / 120, -1.0 / 5040, 1.0 / 362880, -1.0 / 39916800,
        1.0 / 6227020800, -1.0 / 1307674368000)
_COS = (1.0, -1.0 / 2, 1.0 / 24, -1.0 / 720, 1.0 / 40320, -1.0 / 3628800,
        1.0 / 479001600, -1.0 / 87178291200, 1.0 / 20922789888000)


def _poly(coeffs: tuple[float, ...], z):
    """Horner's rule in z; works on floats and on numpy arrays alike."""
    acc = coeffs[-1]
    for c in coeffs[-2::-1]:
        acc = acc * z + c
    return acc


def _reduced(x: float) -> tuple[float, float, int]:
    q = round(x * _INV_PIO2)
    r = (x - q * _PIO2_HI) - q * _PIO2_LO
    z = r * r
    return r * _poly(_SIN, z), _poly(_COS, z), q & 3


def sin(x: float) -> float:
    s, c, q = _reduced(float(x))
    return (s, c, -s, -c)[q]


def cos(x: float) -> float:
    s, c, q = _reduced(float(x))
    return (c, -s, -c, s)[q]


def sin_cos(x: float) -> tuple[float, float]:
    """(sin(x), cos(x)) of one number, reduced once: the same values as ``sin`` and ``cos``."""
    s, c, q = _reduced(float(x))
    return (s, c, -s, -c)[q], (c, -s, -c, s)[q]


def sincos(a: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(sin, cos) of every element of ``a``."""
    a = np.asarray(a, dtype=float)
    q = np.rint(a * _INV_PIO2)
    r = (a - q * _PIO2_HI) - q * _PIO2_LO
    z = r * r
    s = r * _poly(_SIN, z)
    c = _poly(_COS, z)
    quad = q.astype(np.int64) & 3
    sin_out = np.choose(quad, (s, c, -s, -c))
    cos_out = np.choose(quad, (c, -s, -c, s))
    return sin_out, cos_out


def sin_array(a: np.ndarray) -> np.ndarray:
    return sincos(a)[0]


def hypot(x: float, y: float) -> float:
    return math.sqrt(x * x + y * y)


def lengths(v: np.ndarray) -> np.ndarray:
    """Length of every row of an (n, 2) array."""
    x, y = v[..., 0], v[..., 1]
    return np.sqrt(x * x + y * y)


def total(a: np.ndarray) -> float:
    """Sum of a 1-D array, correctly rounded (so independent of summation order)."""
    return math.fsum(np.asarray(a, dtype=float).ravel().tolist())


def mean(a: np.ndarray) -> float:
    a = np.asarray(a, dtype=float).ravel()
    return math.fsum(a.tolist()) / len(a)


def mean_rows(a: np.ndarray) -> np.ndarray:
    """Mean of the rows of an (n, 2) array: the centre of a set of points."""
    a = np.asarray(a, dtype=float)
    n = len(a)
    return np.array([math.fsum(a[:, 0].tolist()) / n, math.fsum(a[:, 1].tolist()) / n])


def normal(rng: np.random.Generator, sigma: float, shape: tuple[int, ...]) -> np.ndarray:
    """Noise shaped like a normal distribution (mean 0, deviation ``sigma``).

    The sum of four uniforms (Irwin-Hall) has variance 1/3; it is bounded at
    about 3.5 sigma, which for splashes and jitter is a virtue.  Only the
    generator's raw doubles and basic arithmetic are used.
    """
    u = rng.random((4, *shape))
    return ((u[0] + u[1]) + (u[2] + u[3]) - 2.0) * (sigma * _SQRT3)


_SQRT3 = math.sqrt(3.0)


def nearest_k(d: np.ndarray, k: int) -> np.ndarray:
    """Per row, the column indices of the ``k`` smallest values, ties to the lower index.

    ``argpartition`` would be faster but breaks ties by SIMD path; a stable sort
    gives one answer everywhere.
    """
    return np.argsort(d, axis=1, kind="stable")[:, :k]
