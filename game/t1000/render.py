"""Draw the T-1000 as liquid chrome: a metaball field turned into a shaded surface.

How: every droplet adds a small pre-rendered radial falloff "stamp" into a
scratch surface covering the body's bounding box (``Surface.fblits`` with
``BLEND_RGB_ADD``, all in C).  The three channels carry three fields at once:

* red   = density (the metaball field itself),
* green = density of raw droplets (fresh wounds, blades, loose metal),
* blue  = density weighted by the disguise tint (0 uniform, 1/2 dark, 1 skin).

Then numpy, in place on the scratch pixels: threshold red into the
silhouette, take the field's gradient as a surface normal, and colour it:
a reflected sky-to-ground gradient with a bright horizon band and specular
highlights for chrome, the patrol uniform where the body is intact, frost
while frozen, a molten glow while melting.  Ratios green/red and blue/red
blend those looks smoothly, so nothing is ever drawn as separate circles.

The renderer only reads the body (positions through a read-only batch
query); its own sparkle counter is the only thing it changes.
"""

from __future__ import annotations

import math

import numpy as np
import pygame

from game.t1000 import shapes
from game.t1000.body import LOOSE

STAMP_R = 5  # px radius of a body droplet's field
LOOSE_R = 4  # px radius of a loose droplet's field (denser: a lone bead still shows)
BODY_PEAK = 30.0  # field units at a body droplet's centre (interior sums well past the threshold)
LOOSE_PEAK = 120.0
THRESHOLD = 60  # field value of the surface
RAW_LEVELS = 4
COLD_LEVELS = 4  # steps of a droplet's chill in the frost pass
# Blue/red ratio the shader reads for each disguise tint code of ``shapes``
# (uniform -> navy, dark -> cap, hair, belt and shoes, skin -> face and hands).
_TINT_RATIO = {shapes.UNIFORM: 0.0, shapes.DARK: 0.5, shapes.SKIN: 1.0}
TINT_CODES = tuple(_TINT_RATIO[code] for code in range(len(_TINT_RATIO)))

# Colours (RGB)
SKY_TOP = np.array([120, 150, 205], np.float32)
SKY_LOW = np.array([215, 232, 250], np.float32)
HORIZON = np.array([255, 255, 255], np.float32)
GROUND_HI = np.array([70, 66, 78], np.float32)
GROUND_LO = np.array([28, 30, 44], np.float32)
NAVY = np.array([34, 44, 92], np.float32)
DARK = np.array([16, 17, 26], np.float32)
SKIN = np.array([222, 176, 140], np.float32)
FROST_LO = np.array([120, 170, 200], np.float32)
FROST_HI = np.array([235, 250, 255], np.float32)
MOLTEN_LO = np.array([150, 40, 10], np.float32)
MOLTEN_HI = np.array([255, 210, 90], np.float32)
EDGE = np.array([22, 26, 40], np.float32)
LIGHT = np.array([-0.45, -0.75, 0.5], np.float32) / np.linalg.norm([-0.45, -0.75, 0.5])


def _env_table(n: int = 256) -> np.ndarray:
    """Chrome environment: what a normal pointing at ``t`` (0 = up, 1 = down) reflects."""
    t = np.linspace(0.0, 1.0, n, dtype=np.float32)[:, None]
    sky = SKY_TOP + (SKY_LOW - SKY_TOP) * np.clip(t / 0.45, 0, 1)
    band = np.exp(-((t - 0.5) / 0.05) ** 2)
    ground = GROUND_HI + (GROUND_LO - GROUND_HI) * np.clip((t - 0.5) / 0.35, 0, 1)
    out = np.where(t < 0.5, sky, ground)
    out = out + (HORIZON - out) * band * 0.9
    return out.astype(np.float32)


def _stamp(radius: int, peak: float, raw: float, tint: float) -> pygame.Surface:
    size = radius * 2 + 1
    yy, xx = np.mgrid[-radius:radius + 1, -radius:radius + 1].astype(np.float32)
    r2 = (xx * xx + yy * yy) / (radius * radius + 0.5)
    f = np.clip(1.0 - r2, 0.0, 1.0) ** 2 * peak
    surf = pygame.Surface((size, size))
    px = pygame.surfarray.pixels3d(surf)
    px[..., 0] = np.round(f.T).astype(np.uint8)
    px[..., 1] = np.round((f * raw).T).astype(np.uint8)
    px[..., 2] = np.round((f * tint).T).astype(np.uint8)
    del px
    return surf


class T1000Renderer:
    """Draws a ``T1000`` body onto a surface; fast enough to call every frame."""

    def __init__(self) -> None:
        self.env = _env_table()
        # Stamps by (tint, raw level) for body droplets, and one for loose droplets.
        self.stamps = [_stamp(STAMP_R, BODY_PEAK, lvl / (RAW_LEVELS - 1), tint)
                       for tint in TINT_CODES for lvl in range(RAW_LEVELS)]
        self.loose_stamp = _stamp(LOOSE_R, LOOSE_PEAK, 1.0, 0.0)
        # Cold: red = density x chill, so cold field / density is the local share of frozen metal.
        self.cold_stamps = [_stamp(STAMP_R, BODY_PEAK * lvl / (COLD_LEVELS - 1), 0.0, 0.0)
                            for lvl in range(COLD_LEVELS)]
        self.scratch = pygame.Surface((64, 64))
        self.cold_scratch = pygame.Surface((64, 64))
        self.frame = 0

    # ------------------------------------------------------------------ public
    def draw(self, surface: pygame.Surface, body, offset: tuple[float, float] = (0.0, 0.0)) -> None:
        """Draw ``body`` with the camera's top-left at ``offset`` (world px)."""
        self.frame += 1
        state = body.state
        if state == "dead":
            return
        ox, oy = offset
        for shard in body.shards:
            self._draw_shard(surface, shard, ox, oy)
        live, pos = body.droplet_positions()
        if len(live):
            self._draw_liquid(surface, body, live, pos, ox, oy, state)

    # ------------------------------------------------------------------ liquid
    def _draw_liquid(self, surface, body, live, pos, ox, oy, state) -> None:
        sx = np.rint(pos[:, 0] - ox).astype(np.int32)
        sy = np.rint(pos[:, 1] - oy).astype(np.int32)
        sw, sh = surface.get_size()
        pad = STAMP_R + 1
        x0 = max(int(sx.min()) - pad, 0)
        y0 = max(int(sy.min()) - pad, 0)
        x1 = min(int(sx.max()) + pad + 1, sw)
        y1 = min(int(sy.max()) + pad + 1, sh)
        if x1 - x0 < 2 or y1 - y0 < 2:
            return
        w, h = x1 - x0, y1 - y0
        if self.scratch.get_width() < w or self.scratch.get_height() < h:
            self.scratch = pygame.Surface((max(w, self.scratch.get_width()), max(h, self.scratch.get_height())))
        scratch = self.scratch
        scratch.fill((0, 0, 0), (0, 0, w, h))

        where = body.where[live]
        loose = where == LOOSE
        raw_lvl = np.clip(np.rint(body.raw[live] * (RAW_LEVELS - 1)), 0, RAW_LEVELS - 1).astype(np.int32)
        tint = body.form_tint[live].astype(np.int32) if body.form == "policeman" else np.zeros(len(live), np.int32)
        disguise = state in ("liquid", "morph", "splashed")
        if not disguise or body.form != "policeman":
            raw_lvl[:] = RAW_LEVELS - 1
        kind = tint * RAW_LEVELS + raw_lvl
        stamps = self.stamps
        bx = sx - x0
        by = sy - y0
        seq = [(self.loose_stamp, (x - LOOSE_R, y - LOOSE_R)) if lo else (stamps[k], (x - STAMP_R, y - STAMP_R))
               for k, x, y, lo in zip(kind.tolist(), bx.tolist(), by.tolist(), loose.tolist())]
        scratch.fblits(seq, pygame.BLEND_RGB_ADD)
        cold = None
        if state not in ("frozen", "melting"):
            lvl = np.rint(body.chill()[live] * (COLD_LEVELS - 1)).astype(np.int32)
            if lvl.any():
                cold = self._cold_field(bx, by, lvl, w, h)

        px = pygame.surfarray.pixels3d(scratch)
        view = px[:w, :h]
        field = view[..., 0]
        mask = field > THRESHOLD
        # Shade only the pixels inside the silhouette (1-D arrays): a splash's box is mostly empty.
        xi, yi = np.nonzero(mask)
        if not len(xi):
            del field, view, px
            return
        # Pseudo height and its gradient -> normal (central differences, zero at the box edge).
        hgt = np.sqrt(np.clip((field.astype(np.float32) - THRESHOLD) / (255.0 - THRESHOLD), 0.0, 1.0))
        hp = np.pad(hgt, 1)
        gx = hp[xi + 2, yi + 1] - hp[xi, yi + 1]
        gy = hp[xi + 1, yi + 2] - hp[xi + 1, yi]
        gx[(xi == 0) | (xi == w - 1)] = 0.0
        gy[(yi == 0) | (yi == h - 1)] = 0.0
        hm = hgt[xi, yi]
        ny = -gy * 2.2
        nx = -gx * 2.2
        inv = 1.0 / np.sqrt(nx * nx + ny * ny + 1.0)
        nx *= inv
        ny *= inv
        nz = inv
        # Screen height within the box adds the "big" reflection: top of the body sees sky.
        rows = yi.astype(np.float32) / max(1, h - 1)
        t = np.clip(0.5 + 0.42 * ny + 0.25 * (rows - 0.45), 0.0, 1.0)
        if state in ("reforming", "splashed", "melting"):
            t = np.clip(t + 0.06 * np.sin((xi.astype(np.float32) + self.frame * 0.7) * 0.35), 0, 1)
        col = self.env[(t * 255).astype(np.int32)]
        spec = np.clip(nx * LIGHT[0] + ny * LIGHT[1] + nz * LIGHT[2], 0.0, 1.0)
        spec = spec ** 24
        edge = hm < 0.10

        if state == "frozen":
            lum = (col.mean(axis=1, keepdims=True) / 255.0)
            col = FROST_LO + (FROST_HI - FROST_LO) * lum
            sparkle = ((xi * 73 + yi * 151 + (self.frame // 6) * 31) % 97) == 0
            col[sparkle & ~edge] = 255.0
        elif state == "melting":
            lum = (col.mean(axis=1, keepdims=True) / 255.0)
            glow = 0.55 + 0.45 * math.sin(self.frame * 0.4)
            col = MOLTEN_LO + (MOLTEN_HI - MOLTEN_LO) * np.clip(lum * glow + 0.2, 0, 1)
        elif disguise:
            red = field[xi, yi].astype(np.float32)
            green = view[xi, yi, 1].astype(np.float32)
            blue = view[xi, yi, 2].astype(np.float32)
            rawf = np.clip(green / red * 1.4, 0.0, 1.0)[:, None]
            tintf = np.clip(blue / red, 0.0, 1.0)[:, None]
            # 0 navy uniform, ~0.5 dark (cap, hair, belt, shoes), 1 skin; borders read as seams.
            cloth = np.where(tintf < 0.5, NAVY + (DARK - NAVY) * np.clip(tintf * 3.3, 0, 1),
                             DARK + (SKIN - DARK) * np.clip((tintf - 0.62) * 2.7, 0, 1))
            lam = np.clip(nx * LIGHT[0] + ny * LIGHT[1] + nz * LIGHT[2], 0.0, 1.0)[:, None]
            cloth = cloth * (0.55 + 0.6 * lam) + 40.0 * spec[:, None] * (1 - tintf)
            col = cloth + (col - cloth) * rawf
            spec = spec * rawf[:, 0]
        if cold is not None:  # sprayed parts frost over, the rest stays as it was
            cf = np.clip(cold[xi, yi] / np.maximum(field[xi, yi].astype(np.float32), 1.0), 0.0, 1.0)[:, None]
            lum = col.mean(axis=1, keepdims=True) / 255.0
            frost = FROST_LO + (FROST_HI - FROST_LO) * np.clip(lum + 0.25, 0.0, 1.0)
            col = col + (frost - col) * np.clip(cf * 1.3, 0.0, 1.0)
        col = col + (255.0 - col) * spec[:, None]
        col[edge] = col[edge] * 0.35 + EDGE * 0.65
        out = np.clip(col, 1.0, 255.0).astype(np.uint8)
        view[~mask] = 0
        view[xi, yi] = out
        del field, view, px
        scratch.set_colorkey((0, 0, 0))
        surface.blit(scratch, (x0, y0), (0, 0, w, h))
        scratch.set_colorkey(None)

    def _cold_field(self, bx: np.ndarray, by: np.ndarray, lvl: np.ndarray, w: int, h: int) -> np.ndarray:
        """Density x chill over the body's box, as float32 (only droplets with some chill)."""
        if self.cold_scratch.get_width() < w or self.cold_scratch.get_height() < h:
            self.cold_scratch = pygame.Surface((max(w, self.cold_scratch.get_width()),
                                                max(h, self.cold_scratch.get_height())))
        scratch = self.cold_scratch
        scratch.fill((0, 0, 0), (0, 0, w, h))
        stamps = self.cold_stamps
        scratch.fblits([(stamps[k], (x - STAMP_R, y - STAMP_R))
                        for k, x, y in zip(lvl.tolist(), bx.tolist(), by.tolist()) if k],
                       pygame.BLEND_RGB_ADD)
        red = pygame.surfarray.pixels_red(scratch)
        out = red[:w, :h].astype(np.float32)
        del red
        return out

    # ------------------------------------------------------------------ shards
    def _draw_shard(self, surface, shard, ox, oy) -> None:
        pts = [(x - ox, y - oy) for x, y in shard.world_vertices()]
        if len(pts) < 3:
            return
        ang = shard.body.angle
        k = 0.5 + 0.5 * math.cos(ang * 1.7)
        base = FROST_LO + (FROST_HI - FROST_LO) * (0.35 + 0.45 * k)
        pygame.draw.polygon(surface, base.astype(int).tolist(), pts)
        # Edge highlight: bright on the top-facing edges, darker below.
        n = len(pts)
        cx = sum(p[0] for p in pts) / n
        cy = sum(p[1] for p in pts) / n
        for i in range(n):
            a, b = pts[i], pts[(i + 1) % n]
            mx, my = (a[0] + b[0]) / 2 - cx, (a[1] + b[1]) / 2 - cy
            c = (250, 255, 255) if my < 0 or mx < -1 else (70, 100, 130)
            pygame.draw.line(surface, c, a, b)
        if (self.frame // 5 + int(cx)) % 9 == 0:
            surface.set_at((int(cx), int(cy)), (255, 255, 255))
