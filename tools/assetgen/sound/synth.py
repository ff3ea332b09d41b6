"""Offline DSP for the sound builder: oscillators, envelopes, filters, reverb.

Everything works on float64 numpy arrays at ``SR`` Hz. Randomness only ever comes
from a ``numpy.random.Generator`` passed in by the caller, so renders are repeatable.

A *layer* is one voice described by a dict of parameters (parsed from the text
sources, see ``assets/src/sound/README.txt``)::

    wave     sine | tri | saw | square | pulse | noise | crackle | metal
    f        frequency in Hz, or a sweep "start>end" / "start>end@seconds"
    ratio    multiplies f (handy for instruments: ratio=2 plays an octave up)
    a hold d sus r   envelope: attack, hold, exponential decay time-constant,
             level it decays towards, release after the gate (all seconds)
    dur      gate length (seconds); instruments use the note length if absent
    amp      level
    lp hp bp q       state-variable filters; cut-offs may be sweeps
    vib=rate:semitones   am=rate:depth   lfo=sine|square|tri|saw (shape of both)
    fm=ratio:index   (index may be a sweep) phase modulation of the oscillator
    uni=voices:cents detuned unison;  pw pulse width;  dens crackle density/s
    partials=1,2.76,...  pdecay   inharmonic partials for wave=metal
    drive    tanh saturation
    at       start offset (seconds) inside the effect
    rep=count:interval  jit (0..1 timing/level randomness)  pj (pitch jitter, semitones)
"""

from __future__ import annotations

import math
import re

import numpy as np

SR = 22050

Sweep = tuple[float, float, "float | None"]

DEFAULT_PARTIALS = (1.0, 2.756, 5.404, 8.933, 13.344, 18.64)


# ---------------------------------------------------------------- parameter curves


NOTE_RE = re.compile(r"^([A-G])([#b]?)(-?\d)$")
SEMITONE = {"C": 0, "D": 2, "E": 4, "F": 5, "G": 7, "A": 9, "B": 11}


def note_number(letter: str, accidental: str, octave: str) -> int:
    return SEMITONE[letter] + {"#": 1, "b": -1, "": 0}[accidental] + 12 * (int(octave) + 1)


def note_hz(number: int) -> float:
    return 440.0 * 2.0 ** ((number - 69) / 12.0)


def number(text: str) -> float:
    """A float, or a note name such as ``A4`` / ``Eb3`` given as its frequency in Hz."""
    m = NOTE_RE.match(text)
    return note_hz(note_number(*m.groups())) if m else float(text)


def parse_value(text: str) -> float | Sweep:
    """``"440"`` -> 440.0; ``"800>200"`` or ``"800>200@0.3"`` -> a sweep tuple."""
    if ">" not in text:
        return number(text)
    start, _, rest = text.partition(">")
    end, _, secs = rest.partition("@")
    return (number(start), number(end), float(secs) if secs else None)


def curve(spec: float | Sweep, n: int, gate: float) -> np.ndarray:
    """Per-sample values of a parameter: constant, or an exponential (log-linear) sweep."""
    if not isinstance(spec, tuple):
        return np.full(n, float(spec))
    start, end, secs = spec
    span = secs if secs else max(gate, 1.0 / SR)
    u = np.clip(np.arange(n) / SR / span, 0.0, 1.0)
    if start > 0 and end > 0:
        return start * (end / start) ** u
    return start + (end - start) * u


def scale(spec: float | Sweep, factor: float) -> float | Sweep:
    if isinstance(spec, tuple):
        return (spec[0] * factor, spec[1] * factor, spec[2])
    return spec * factor


# ---------------------------------------------------------------- oscillators


def _lfo(shape: str, rate: float, t: np.ndarray) -> np.ndarray:
    ph = (rate * t) % 1.0
    if shape == "square":
        return np.where(ph < 0.5, 1.0, -1.0)
    if shape == "tri":
        return 1.0 - 4.0 * np.abs(ph - 0.5)
    if shape == "saw":
        return 2.0 * ph - 1.0
    return np.sin(2 * np.pi * ph)


def _blep(ph: np.ndarray, dt: np.ndarray) -> np.ndarray:
    """PolyBLEP residual that smooths the step of a naive sawtooth at phase 0."""
    out = np.zeros_like(ph)
    lo = ph < dt
    x = ph[lo] / dt[lo]
    out[lo] = x + x - x * x - 1.0
    hi = ph > 1.0 - dt
    x = (ph[hi] - 1.0) / dt[hi]
    out[hi] = x * x + x + x + 1.0
    return out


def _saw(ph: np.ndarray, dt: np.ndarray) -> np.ndarray:
    return 2.0 * ph - 1.0 - _blep(ph, dt)


def _tone(wave: str, cycles: np.ndarray, dt: np.ndarray, pw: float, pm: np.ndarray | None):
    """One oscillator from its running phase in cycles (``pm``: extra phase, cycles)."""
    if pm is not None:
        cycles = cycles + pm
    ph = cycles % 1.0
    if wave == "sine":
        return np.sin(2 * np.pi * ph)
    if wave == "tri":
        return 1.0 - 4.0 * np.abs(ph - 0.5)
    dt = np.clip(dt, 1e-6, 0.5)
    if wave == "saw":
        return _saw(ph, dt)
    width = 0.5 if wave == "square" else pw
    return _saw(ph, dt) - _saw((ph + width) % 1.0, dt)


def oscillator(p: dict, freq: np.ndarray, rng: np.random.Generator, gate: float) -> np.ndarray:
    n = len(freq)
    wave = p.get("wave", "sine")
    t = np.arange(n) / SR
    if wave == "noise":
        return rng.uniform(-1.0, 1.0, n)
    if wave == "crackle":
        dens = float(p.get("dens", 200.0))
        hits = rng.random(n) < dens / SR
        return rng.uniform(-1.0, 1.0, n) * hits * 4.0
    if wave == "metal":
        ratios = p.get("partials", DEFAULT_PARTIALS)
        pdecay = float(p.get("pdecay", 0.0))
        out = np.zeros(n)
        for k, ratio in enumerate(ratios):
            start = rng.random()
            cyc = np.cumsum(freq * ratio) / SR + start
            part = np.sin(2 * np.pi * (cyc % 1.0)) / math.sqrt(k + 1.0)
            if pdecay:
                part *= np.exp(-t * pdecay * ratio)
            out += part
        return out / 1.8

    pm = None
    if "fm" in p:
        ratio, index = p["fm"]
        mod_cyc = np.cumsum(freq * ratio) / SR
        pm = curve(index, n, gate) * np.sin(2 * np.pi * (mod_cyc % 1.0)) / (2 * np.pi)
    pw = float(p.get("pw", 0.3))
    voices, cents = p.get("uni", (1, 0.0))
    voices = int(voices)
    out = np.zeros(n)
    for v in range(voices):
        det = 0.0 if voices == 1 else cents * (2.0 * v / (voices - 1) - 1.0)
        f = freq * 2.0 ** (det / 1200.0)
        start = 0.0 if voices == 1 else rng.random()
        cyc = np.cumsum(f) / SR + start
        out += _tone(wave, cyc, f / SR, pw, pm)
    return out / math.sqrt(voices)


# ---------------------------------------------------------------- envelope & filters


def envelope(n: int, gate_n: int, p: dict) -> np.ndarray:
    a = float(p.get("a", 0.0))
    hold = float(p.get("hold", 0.0))
    d = float(p.get("d", 0.0))
    sus = float(p.get("sus", 0.0 if d else 1.0))
    r = float(p.get("r", 0.005))
    t = np.arange(n) / SR
    env = np.ones(n)
    if a > 0:
        env = np.minimum(t / a, 1.0) ** 1.5
    if d > 0:
        after = np.maximum(t - a - hold, 0.0)
        env = env * (sus + (1.0 - sus) * np.exp(-after / d))
    gate_t = gate_n / SR
    if r > 0:
        rel = np.clip(1.0 - (t - gate_t) / r, 0.0, 1.0)
        env = env * rel * rel
    else:
        env[gate_n:] = 0.0
    return env


def svf(x: np.ndarray, cutoff: np.ndarray, q: float, mode: str) -> np.ndarray:
    """Topology-preserving state-variable filter with a per-sample cut-off."""
    fc = np.clip(cutoff, 10.0, SR * 0.45)
    g = np.tan(np.pi * fc / SR)
    k = 1.0 / max(q, 0.05)
    a1 = 1.0 / (1.0 + g * (g + k))
    a2 = g * a1
    a3 = g * a2
    xs = x.tolist()
    a1s, a2s, a3s = a1.tolist(), a2.tolist(), a3.tolist()
    band = [0.0] * len(xs)
    low = [0.0] * len(xs)
    ic1 = ic2 = 0.0
    for i, v0 in enumerate(xs):
        v3 = v0 - ic2
        v1 = a1s[i] * ic1 + a2s[i] * v3
        v2 = ic2 + a2s[i] * ic1 + a3s[i] * v3
        ic1 = 2.0 * v1 - ic1
        ic2 = 2.0 * v2 - ic2
        band[i] = v1
        low[i] = v2
    if mode == "lp":
        return np.asarray(low)
    if mode == "bp":
        return np.asarray(band)
    return x - k * np.asarray(band) - np.asarray(low)


def filters(x: np.ndarray, p: dict, gate: float) -> np.ndarray:
    q = float(p.get("q", 0.707))
    for mode in ("hp", "lp", "bp"):
        if mode in p:
            x = svf(x, curve(p[mode], len(x), gate), q, mode)
    return x


def drive(x: np.ndarray, amount: float) -> np.ndarray:
    return np.tanh(amount * x) / math.tanh(amount) if amount > 0 else x


# ---------------------------------------------------------------- one layer


def render_layer(
    p: dict,
    rng: np.random.Generator,
    freq: float | None = None,
    gate: float | None = None,
) -> np.ndarray:
    """Render one layer; ``freq``/``gate`` come from a note when the layer has no f/dur."""
    gate = float(p["dur"]) if "dur" in p else (gate if gate is not None else 0.2)
    gate_n = max(1, round(gate * SR))
    r = float(p.get("r", 0.005))
    n = gate_n + round(r * SR) + 1
    if "f" in p:
        fspec = p["f"]
    else:
        fspec = freq if freq is not None else 220.0
    fspec = scale(fspec, float(p.get("ratio", 1.0)))
    pj = p.get("_pitch", 1.0)
    f = curve(fspec, n, gate) * pj
    t = np.arange(n) / SR
    shape = p.get("lfo", "sine")
    if "vib" in p:
        rate, depth = p["vib"]
        f = f * 2.0 ** (depth * _lfo(shape, rate, t) / 12.0)
    x = oscillator(p, f, rng, gate)
    if "drive" in p:
        x = drive(x, float(p["drive"]))
    x = filters(x, p, gate)
    if "am" in p:
        rate, depth = p["am"]
        x = x * (1.0 - depth * (0.5 + 0.5 * _lfo(shape, rate, t)))
    return x * envelope(n, gate_n, p) * float(p.get("amp", 1.0))


def place(buf: np.ndarray, x: np.ndarray, start: int) -> np.ndarray:
    """Add ``x`` into ``buf`` at ``start``, growing ``buf`` if needed; return the buffer."""
    end = start + len(x)
    if end > len(buf):
        buf = np.concatenate([buf, np.zeros(end - len(buf))])
    buf[start:end] += x
    return buf


# ---------------------------------------------------------------- time effects


def comb(x: np.ndarray, delay: int, fb: float) -> np.ndarray:
    """y[n] = x[n] + fb * y[n - delay], computed a delay-sized block at a time."""
    y = x.copy()
    for i in range(delay, len(y), delay):
        j = min(i + delay, len(y))
        y[i:j] += fb * y[i - delay : j - delay]
    return y


def allpass(x: np.ndarray, delay: int, g: float) -> np.ndarray:
    u = -g * x
    u[delay:] += x[:-delay]
    return comb(u, delay, g)


DAMP_KERNEL = np.array([1.0, 2.0, 3.0, 2.0, 1.0]) / 9.0


def reverb(x: np.ndarray, mix: float, size: float = 1.0) -> np.ndarray:
    """A small Schroeder reverb (four combs, two all-passes), then a gentle low-pass."""
    if mix <= 0:
        return x
    wet = np.zeros_like(x)
    for d, g in ((557, 0.80), (593, 0.79), (641, 0.78), (677, 0.77)):
        wet += comb(x, max(1, round(d * size)), g)
    wet = allpass(wet, 277, 0.5)
    wet = allpass(wet, 113, 0.5)
    wet = np.convolve(wet, DAMP_KERNEL, mode="same")
    return x + mix * wet * 0.18


def echo(x: np.ndarray, delay: int, fb: float, mix: float) -> np.ndarray:
    if mix <= 0 or delay <= 0:
        return x
    d = np.zeros_like(x)
    d[delay:] = x[:-delay]
    return x + mix * comb(d, delay, fb)


# ---------------------------------------------------------------- output


def to_pcm16(x: np.ndarray) -> bytes:
    ints = np.clip(np.round(x * 32767.0), -32767, 32767).astype("<i2")
    return ints.tobytes()
