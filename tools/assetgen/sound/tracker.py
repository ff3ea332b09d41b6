"""Music: tracker-like ``assets/src/sound/music/<name>.trk`` files rendered as seamless loops.

Sections:

``[song]``
    ``set bpm=.. subdiv=..`` (beats per minute, steps per beat), ``set drive=..``
    (master saturation) and one or more ``order`` lines
    listing patterns in play order; ``A+D`` plays patterns A and D together.
``[inst name]``
    ``layer`` lines as for effects (without ``f`` the layer plays the note's pitch, and
    without ``dur`` it lasts as long as the note), plus ``set`` for the channel:
    ``amp``, ``gate`` (fraction of the note length held), ``verb``, ``size``,
    ``echo=steps:feedback:mix``.
``[pattern name]``
    ``<inst> token token ...``, one token per step: a note (``C2``, ``Eb3``, ``F#4``,
    a chord ``A2+C3+E3``, ``!`` suffix for an accent), ``x`` drum hit (``X`` accent,
    ``o`` soft), ``-`` hold the previous note, ``.`` rest, ``|`` ignored (bar line).
    Several lines for the same instrument continue one another.

The song is rendered once, with ``TAIL_S`` seconds of room after it for notes, echoes and
reverb to ring out; that tail is then folded back over the start (what rings past the end
of the loop sounds over its beginning, as it will when the loop repeats), so the loop has
no seam. One pass instead of three copies keeps a long song quick to build.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field

import numpy as np

from . import mix, synth
from .synth import SR
from .textfmt import Section, layer_params, parse_params

NOTE_RE = re.compile(r"^([A-G])([#b]?)(-?\d)(!?)$")
DRUM_VEL = {"x": 0.75, "X": 1.0, "o": 0.45}
NOTE_VEL, ACCENT_VEL = 0.8, 1.0
MIN_ATTACK = 0.0025
TAIL_S = 4.0  # how long echoes and reverb may ring past the end before they are cut


def midi(token: str) -> tuple[int, bool]:
    m = NOTE_RE.match(token)
    if not m:
        raise ValueError(f"bad note {token!r}")
    letter, acc, octave, accent = m.groups()
    return synth.note_number(letter, acc, octave), bool(accent)


@dataclass
class Instrument:
    name: str
    layers: list[dict] = field(default_factory=list)
    settings: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Event:
    inst: str
    step: int
    steps: int
    notes: tuple[int, ...]  # empty for a drum hit
    vel: float


def parse_track(tokens: list[str]) -> tuple[list[tuple], int]:
    """Tokens of one channel -> ([(step, length in steps, notes, velocity)], steps)."""
    tokens = [t for t in tokens if t != "|"]
    events: list[list] = []
    current: list | None = None
    for step, tok in enumerate(tokens):
        if tok == "-":
            if current is not None:
                current[1] += 1
            continue
        current = None
        if tok == ".":
            continue
        if tok in DRUM_VEL:
            current = [step, 1, (), DRUM_VEL[tok]]
        else:
            parsed = [midi(part) for part in tok.split("+")]
            vel = ACCENT_VEL if any(acc for _, acc in parsed) else NOTE_VEL
            current = [step, 1, tuple(n for n, _ in parsed), vel]
        events.append(current)
    return [tuple(e) for e in events], len(tokens)


def render(name: str, sections: list[Section]) -> np.ndarray:
    song: dict = {}
    order: list[str] = []
    insts: dict[str, Instrument] = {}
    patterns: dict[str, dict[str, list[str]]] = {}
    for sec in sections:
        if sec.kind == "song":
            for tokens in sec.lines:
                if tokens[0] == "set":
                    song.update(parse_params(tokens[1:]))
                    if "gain" in song:
                        raise ValueError(f"{name}: levels come from the mix table (mix.py), not gain")
                elif tokens[0] == "order":
                    order.extend(tokens[1:])
                else:
                    raise ValueError(f"{name} [song]: unknown line {tokens!r}")
        elif sec.kind == "inst":
            inst = insts.setdefault(sec.name, Instrument(sec.name))
            for tokens in sec.lines:
                if tokens[0] == "set":
                    inst.settings.update(parse_params(tokens[1:]))
                elif tokens[0] == "layer":
                    inst.layers.append(layer_params(tokens[1:]))
                else:
                    raise ValueError(f"{name} [inst {sec.name}]: unknown line {tokens!r}")
        elif sec.kind == "pattern":
            pat = patterns.setdefault(sec.name, {})
            for tokens in sec.lines:
                pat.setdefault(tokens[0], []).extend(tokens[1:])
        else:
            raise ValueError(f"{name}: unknown section [{sec.kind}]")

    step_sec = 60.0 / float(song.get("bpm", 120.0)) / float(song.get("subdiv", 4.0))
    events: list[Event] = []
    pos = 0
    for entry in order:
        entry_len = 0
        lengths = set()
        for pname in entry.split("+"):
            if pname not in patterns:
                raise ValueError(f"{name}: order uses unknown pattern {pname}")
            for inst_name, tokens in patterns[pname].items():
                if inst_name not in insts:
                    raise ValueError(f"{name}: pattern {pname} uses unknown instrument {inst_name}")
                parsed, length = parse_track(tokens)
                lengths.add(length)
                entry_len = max(entry_len, length)
                for step, steps, notes, vel in parsed:
                    events.append(Event(inst_name, pos + step, steps, notes, vel))
        if len(lengths) > 1:
            raise ValueError(f"{name}: {entry} mixes channels of lengths {sorted(lengths)}")
        pos += entry_len
    loop_n = round(pos * step_sec * SR)

    tail_n = round(TAIL_S * SR)
    total = np.zeros(loop_n + tail_n)
    for inst in insts.values():
        bus = np.zeros(loop_n)
        cache: dict[tuple, np.ndarray] = {}
        gate_frac = float(inst.settings.get("gate", 1.0))
        for ev in (e for e in events if e.inst == inst.name):
            key = (ev.steps, ev.notes, ev.vel)
            if key not in cache:
                cache[key] = render_note(name, inst, ev, ev.steps * step_sec * gate_frac)
            bus = synth.place(bus, cache[key], round(ev.step * step_sec * SR))
        bus = np.concatenate([bus, np.zeros(tail_n)])  # room for echoes and reverb to ring out
        s = inst.settings
        if "echo" in s:
            steps, fb, emix = s["echo"]
            bus = synth.echo(bus, round(steps * step_sec * SR), fb, emix)
        if "verb" in s:
            bus = synth.reverb(bus, float(s["verb"]), float(s.get("size", 1.0)))
        total = synth.place(total, bus * float(s.get("amp", 1.0)), 0)
    out = fold(total, loop_n)
    out = out - out.mean()
    if "drive" in song:
        out = synth.drive(out, float(song["drive"]))
    return mix.master(name, out, loop=True)


def fold(x: np.ndarray, n: int) -> np.ndarray:
    """Wrap ``x`` onto ``n`` samples: whatever rings on past the end sounds over the start."""
    x = np.concatenate([x, np.zeros(-len(x) % n)])
    return x.reshape(-1, n).sum(axis=0)


def render_note(song: str, inst: Instrument, ev: Event, gate: float) -> np.ndarray:
    seed = zlib.crc32(f"{song}:{inst.name}:{ev.steps}:{ev.notes}:{ev.vel}".encode())
    rng = np.random.default_rng(seed)
    out = np.zeros(0)
    for note in ev.notes or (None,):
        freq = None if note is None else synth.note_hz(note)
        for p in inst.layers:
            # a note never starts on a full-scale sample, so nothing clicks (seam included)
            p = dict(p, a=max(float(p.get("a", 0.0)), MIN_ATTACK))
            x = synth.render_layer(p, rng, freq, gate)
            start = round(float(p.get("at", 0.0)) * SR)
            out = synth.place(out, x, start)
    return out * ev.vel
