"""Shared drawing kit for the art builders: the palette, an indexed canvas, PNG and sheet writers.

Every image is drawn as a grid of palette indices (-1 = transparent) and only
turned into RGBA when written, so nothing outside the palette can slip in.
PNGs are written by hand (zlib level 9, no timestamps) so rebuilds are
byte-identical.
"""

from __future__ import annotations

import json
import math
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

T = -1  # transparent index

BAYER4 = np.array([[0, 8, 2, 10], [12, 4, 14, 6], [3, 11, 1, 9], [15, 7, 13, 5]], dtype=float) / 16.0 + 1 / 32


@dataclass
class Palette:
    names: list[str]
    rgb: list[tuple[int, int, int]]
    chars: dict[str, int]

    def __getitem__(self, name: str) -> int:
        return self.names.index(name)

    def idx(self, name_or_char: str) -> int:
        if name_or_char in self.names:
            return self.names.index(name_or_char)
        return self.chars[name_or_char]

    def hex(self, i: int) -> str:
        r, g, b = self.rgb[i]
        return f"#{r:02x}{g:02x}{b:02x}"


def load_palette(path: Path) -> Palette:
    names, rgb, chars = [], [], {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("# ") or line == "#":
            continue
        parts = line.split()
        name, hx = parts[0], parts[1]
        chars[parts[2] if len(parts) > 2 else name[0]] = len(names)
        names.append(name)
        rgb.append(tuple(int(hx[i:i + 2], 16) for i in (1, 3, 5)))
    return Palette(names, rgb, chars)


_PAL: Palette | None = None


def set_palette(p: Palette) -> None:
    global _PAL
    _PAL = p


def P() -> Palette:
    assert _PAL is not None, "palette not loaded"
    return _PAL


def c(name: str) -> int:
    """Palette index of a colour name (or a grid char)."""
    return P().idx(name)


# --- PNG ------------------------------------------------------------------------------------
def _chunk(tag: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)


def write_png(path: Path, rgba: np.ndarray) -> Path:
    h, w, _ = rgba.shape
    raw = b"".join(b"\x00" + rgba[y].tobytes() for y in range(h))
    data = b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0))
    data += _chunk(b"IDAT", zlib.compress(raw, 9)) + _chunk(b"IEND", b"")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def write_json(path: Path, obj) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, indent=1, sort_keys=False) + "\n", encoding="utf-8")
    return path


def to_rgba(a: np.ndarray) -> np.ndarray:
    lut = np.zeros((len(P().rgb) + 1, 4), dtype=np.uint8)
    for i, (r, g, b) in enumerate(P().rgb):
        lut[i] = (r, g, b, 255)
    lut[-1] = (0, 0, 0, 0)
    return lut[a]


# --- canvas ---------------------------------------------------------------------------------
class Canvas:
    """A grid of palette indices with a few pixel-art drawing helpers."""

    def __init__(self, w: int, h: int, fill: int = T) -> None:
        self.w, self.h = w, h
        self.a = np.full((h, w), fill, dtype=np.int16)

    def copy(self) -> Canvas:
        cv = Canvas(self.w, self.h)
        cv.a = self.a.copy()
        return cv

    def px(self, x: int, y: int, col: int) -> None:
        x, y = int(x), int(y)
        if 0 <= x < self.w and 0 <= y < self.h:
            self.a[y, x] = col

    def get(self, x: int, y: int) -> int:
        if 0 <= x < self.w and 0 <= y < self.h:
            return int(self.a[y, x])
        return T

    def rect(self, x: int, y: int, w: int, h: int, col: int) -> None:
        x0, y0, x1, y1 = max(0, x), max(0, y), min(self.w, x + w), min(self.h, y + h)
        if x1 > x0 and y1 > y0:
            self.a[y0:y1, x0:x1] = col

    def hline(self, x0: int, x1: int, y: int, col: int) -> None:
        self.rect(min(x0, x1), y, abs(x1 - x0) + 1, 1, col)

    def vline(self, x: int, y0: int, y1: int, col: int) -> None:
        self.rect(x, min(y0, y1), 1, abs(y1 - y0) + 1, col)

    def line(self, x0: float, y0: float, x1: float, y1: float, col: int) -> None:
        x0, y0, x1, y1 = round(x0), round(y0), round(x1), round(y1)
        dx, dy = abs(x1 - x0), -abs(y1 - y0)
        sx, sy = (1 if x0 < x1 else -1), (1 if y0 < y1 else -1)
        err = dx + dy
        while True:
            self.px(x0, y0, col)
            if x0 == x1 and y0 == y1:
                break
            e2 = 2 * err
            if e2 >= dy:
                err += dy
                x0 += sx
            if e2 <= dx:
                err += dx
                y0 += sy

    def mask_fill(self, mask: np.ndarray, col: int) -> None:
        self.a[mask] = col

    def disc(self, cx: float, cy: float, r: float, col: int) -> None:
        self.mask_fill(disc_mask(self.w, self.h, cx, cy, r), col)

    def ellipse(self, cx: float, cy: float, rx: float, ry: float, col: int) -> None:
        yy, xx = np.mgrid[0:self.h, 0:self.w]
        m = ((xx + 0.5 - cx) / max(rx, 0.01)) ** 2 + ((yy + 0.5 - cy) / max(ry, 0.01)) ** 2 <= 1.0
        self.mask_fill(m, col)

    def poly(self, pts: list[tuple[float, float]], col: int) -> None:
        self.mask_fill(poly_mask(self.w, self.h, pts), col)

    def blit(self, other: Canvas | np.ndarray, x: int, y: int) -> None:
        src = other.a if isinstance(other, Canvas) else other
        h, w = src.shape
        for yy in range(h):
            ty = y + yy
            if not 0 <= ty < self.h:
                continue
            for xx in range(w):
                v = src[yy, xx]
                tx = x + xx
                if v != T and 0 <= tx < self.w:
                    self.a[ty, tx] = v

    def outline(self, col: int, diagonal: bool = False) -> None:
        """Ring the opaque shape with ``col`` on its transparent 4- (or 8-) neighbours."""
        m = self.a != T
        ring = np.zeros_like(m)
        ring[1:, :] |= m[:-1, :]
        ring[:-1, :] |= m[1:, :]
        ring[:, 1:] |= m[:, :-1]
        ring[:, :-1] |= m[:, 1:]
        if diagonal:
            ring[1:, 1:] |= m[:-1, :-1]
            ring[:-1, :-1] |= m[1:, 1:]
            ring[1:, :-1] |= m[:-1, 1:]
            ring[:-1, 1:] |= m[1:, :-1]
        self.a[ring & ~m] = col

    def flip_h(self) -> Canvas:
        cv = Canvas(self.w, self.h)
        cv.a = self.a[:, ::-1].copy()
        return cv

    def replace(self, old: int, new: int) -> None:
        self.a[self.a == old] = new

    def rgba(self) -> np.ndarray:
        return to_rgba(self.a)

    def save(self, path: Path) -> Path:
        return write_png(path, self.rgba())


def disc_mask(w: int, h: int, cx: float, cy: float, r: float) -> np.ndarray:
    yy, xx = np.mgrid[0:h, 0:w]
    return (xx + 0.5 - cx) ** 2 + (yy + 0.5 - cy) ** 2 <= r * r


def seg_mask(w: int, h: int, x0: float, y0: float, x1: float, y1: float, r: float) -> np.ndarray:
    """Pixels whose centre lies within r of the segment (a capsule)."""
    yy, xx = np.mgrid[0:h, 0:w]
    px, py = xx + 0.5, yy + 0.5
    dx, dy = x1 - x0, y1 - y0
    ll = dx * dx + dy * dy
    if ll == 0:
        t = np.zeros_like(px)
    else:
        t = np.clip(((px - x0) * dx + (py - y0) * dy) / ll, 0, 1)
    qx, qy = x0 + t * dx, y0 + t * dy
    return (px - qx) ** 2 + (py - qy) ** 2 <= r * r


def poly_mask(w: int, h: int, pts: list[tuple[float, float]]) -> np.ndarray:
    yy, xx = np.mgrid[0:h, 0:w]
    px, py = xx + 0.5, yy + 0.5
    inside = np.zeros((h, w), dtype=bool)
    n = len(pts)
    for i in range(n):
        x0, y0 = pts[i]
        x1, y1 = pts[(i + 1) % n]
        if y0 == y1:
            continue
        cond = (py >= min(y0, y1)) & (py < max(y0, y1))
        xint = x0 + (py - y0) * (x1 - x0) / (y1 - y0)
        inside ^= cond & (px < xint)
    return inside


def shade_mask(mask: np.ndarray, ramp: tuple[int, int, int], light=(-1, -1)) -> np.ndarray:
    """Colour a mask with a 3-tone ramp (dark, base, light): lit on the light-facing edge,
    dark on the far edge. Returns an index array (T outside the mask)."""
    out = np.full(mask.shape, T, dtype=np.int16)
    out[mask] = ramp[1]
    lx, ly = light
    lit = mask & ~_shift(mask, lx, ly)
    far = mask & ~_shift(mask, -lx, -ly)
    out[far] = ramp[0]
    out[lit] = ramp[2]
    return out


def _shift(mask: np.ndarray, dx: int, dy: int) -> np.ndarray:
    """mask value at (x+dx, y+dy), False outside."""
    h, w = mask.shape
    out = np.zeros_like(mask)
    ys = slice(max(0, -dy), min(h, h - dy))
    yd = slice(max(0, dy), min(h, h + dy))
    xs = slice(max(0, -dx), min(w, w - dx))
    xd = slice(max(0, dx), min(w, w + dx))
    out[ys, xs] = mask[yd, xd]
    return out


def dither_pick(x: int, y: int, t: float) -> bool:
    """Ordered (Bayer 4x4) threshold: True where a pixel takes the second colour at mix t."""
    return t > BAYER4[y % 4, x % 4]


def hash01(*v: int) -> float:
    """Deterministic pseudo-random value in [0, 1) from integers."""
    h = 2166136261
    for k in v:
        h = ((h ^ (int(k) & 0xFFFFFFFF)) * 16777619) & 0xFFFFFFFF
        h ^= h >> 13
        h = (h * 1274126177) & 0xFFFFFFFF
    return (h & 0xFFFFFF) / float(0x1000000)


class Rng:
    """A tiny seeded RNG (so output never depends on Python's random module version)."""

    def __init__(self, seed: int) -> None:
        self.s = (seed * 2654435761 + 12345) & 0xFFFFFFFF or 1

    def random(self) -> float:
        x = self.s
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
        self.s = x & 0xFFFFFFFF
        return self.s / 4294967296.0

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def uniform(self, a: float, b: float) -> float:
        return a + (b - a) * self.random()

    def choice(self, seq):
        return seq[int(self.random() * len(seq))]


# --- grids ----------------------------------------------------------------------------------
def parse_grids(path: Path) -> dict[str, np.ndarray]:
    """Read a text file of named pixel grids:

        == name
        ..kkk..
        .kfffk.

    one char per pixel, '.' or ' ' transparent, other chars from palette.txt.
    """
    grids: dict[str, list[str]] = {}
    cur = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("=="):
            cur = line[2:].strip()
            grids[cur] = []
        elif line.startswith(";"):
            continue
        elif cur is not None and line.strip():
            grids[cur].append(line.rstrip())
    out = {}
    for name, rows in grids.items():
        w = max(len(r) for r in rows)
        a = np.full((len(rows), w), T, dtype=np.int16)
        for y, r in enumerate(rows):
            for x, ch in enumerate(r):
                if ch not in ". ":
                    a[y, x] = P().chars[ch]
        out[name] = a
    return out


# --- sprite sheets --------------------------------------------------------------------------
@dataclass
class Anim:
    name: str
    frames: list[Canvas]
    durations: list[int]
    loop: bool = True


@dataclass
class Sheet:
    name: str
    frame_size: tuple[int, int]
    origin: tuple[int, int]
    anims: list[Anim] = field(default_factory=list)

    def add(self, name: str, frames: list[Canvas], ms, loop: bool = True) -> None:
        if isinstance(ms, int):
            ms = [ms] * len(frames)
        assert len(ms) == len(frames)
        self.anims.append(Anim(name, frames, list(ms), loop))

    def write(self, out_dir: Path) -> list[Path]:
        fw, fh = self.frame_size
        cols = max(len(a.frames) for a in self.anims)
        sheet = Canvas(fw * cols, fh * len(self.anims))
        meta = {"frame_size": [fw, fh], "origin": list(self.origin), "animations": {}}
        for row, anim in enumerate(self.anims):
            for i, fr in enumerate(anim.frames):
                assert (fr.w, fr.h) == (fw, fh), (self.name, anim.name, fr.w, fr.h)
                sheet.a[row * fh:(row + 1) * fh, i * fw:(i + 1) * fw] = fr.a
            meta["animations"][anim.name] = {
                "row": row, "frames": len(anim.frames), "durations_ms": anim.durations, "loop": anim.loop}
        return [sheet.save(out_dir / f"{self.name}.png"), write_json(out_dir / f"{self.name}.json", meta)]


def rot(x: float, y: float, deg: float) -> tuple[float, float]:
    a = math.radians(deg)
    return x * math.cos(a) - y * math.sin(a), x * math.sin(a) + y * math.cos(a)
