"""Sound effects: ``[sfx name]`` sections of ``assets/src/sound/sfx.txt``.

Lines are ``layer <wave> ...`` (one voice, see ``synth``) and ``set ...`` for the whole
effect: ``len`` (seconds; default: until the
last layer ends), ``loop`` (cross-fade seconds; makes the effect loop seamlessly,
needs ``len`` and layers that run ``loop`` seconds past it), ``hp``/``lp`` (filters on
the mix), ``drive``, ``echo=seconds:feedback:mix``, ``verb`` (reverb mix), ``size``.
There is no level setting: every effect is mastered to its category's loudness in ``mix``.
Layers may also use ``rep``, ``jit``, ``pj`` and ``rd`` (level factor per repeat).
"""

from __future__ import annotations

import zlib

import numpy as np

from . import mix, synth
from .synth import SR
from .textfmt import Section, layer_params, parse_params


def render(section: Section) -> np.ndarray:
    rng = np.random.default_rng(zlib.crc32(section.name.encode()))
    settings: dict = {}
    buf = np.zeros(0)
    for tokens in section.lines:
        if tokens[0] == "set":
            settings.update(parse_params(tokens[1:]))
            continue
        if tokens[0] != "layer":
            raise ValueError(f"[sfx {section.name}]: unknown line {' '.join(tokens)!r}")
        p = layer_params(tokens[1:])
        count, interval = p.get("rep", (1, 0.0))
        jit = float(p.get("jit", 0.0))
        pj = float(p.get("pj", 0.0))
        rd = float(p.get("rd", 1.0))
        at = float(p.get("at", 0.0))
        for k in range(int(count)):
            start = at + k * interval
            level = rd**k
            q = dict(p)
            if jit and k:
                start += jit * interval * rng.uniform(-0.5, 0.5)
            if jit:
                level *= 1.0 - jit * rng.random()
            if pj:
                q["_pitch"] = 2.0 ** (pj * rng.uniform(-1.0, 1.0) / 12.0)
            buf = synth.place(buf, synth.render_layer(q, rng) * level, round(max(0.0, start) * SR))
    return finish(section.name, buf, settings)


def finish(name: str, buf: np.ndarray, s: dict) -> np.ndarray:
    if "gain" in s:
        raise ValueError(f"[sfx {name}]: levels come from the mix table (mix.py), not set gain")
    loop = float(s.get("loop", 0.0))
    length = round(float(s["len"]) * SR) if "len" in s else None
    tail = 0.0
    if "verb" in s:
        tail += 0.8 * float(s.get("size", 1.0))
    if "echo" in s:
        tail += 0.6
    if not loop:
        buf = np.concatenate([buf, np.zeros(round(tail * SR))])
    gate = len(buf) / SR
    if "drive" in s:
        buf = synth.drive(buf, float(s["drive"]))
    for mode in ("hp", "lp"):
        if mode in s:
            buf = synth.svf(
                buf, synth.curve(s[mode], len(buf), gate), float(s.get("q", 0.707)), mode
            )
    if "echo" in s:
        delay, fb, wet = s["echo"]
        buf = synth.echo(buf, round(delay * SR), fb, wet)
    if "verb" in s:
        buf = synth.reverb(buf, float(s["verb"]), float(s.get("size", 1.0)))

    if loop:
        if length is None:
            raise ValueError("a looping effect needs len")
        x = round(loop * SR)
        if len(buf) < length + x:
            raise ValueError("looping effect: layers must run len + loop seconds")
        w = np.linspace(0.0, 1.0, x, endpoint=False)
        out = buf[:length].copy()
        out[:x] = buf[:x] * w + buf[length : length + x] * (1.0 - w)
    else:
        out = buf[:length] if length is not None else buf
        peak = np.max(np.abs(out)) if len(out) else 0.0
        loud = np.nonzero(np.abs(out) > peak * 1e-3)[0]
        if len(loud):
            out = out[: loud[-1] + 1]
        out = out.copy()
        fade = min(len(out), round(0.008 * SR))
        out[len(out) - fade :] *= np.linspace(1.0, 0.0, fade)
        fade_in = min(len(out), round(0.0015 * SR))  # no click on the very first sample
        out[:fade_in] *= np.linspace(0.0, 1.0, fade_in, endpoint=False)
    if float(np.max(np.abs(out))) <= 0:
        raise ValueError(f"[sfx {name}]: silent effect")
    return mix.master(name, out, loop=bool(loop))
