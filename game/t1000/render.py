"""Draw the T-1000 as liquid chrome: a metaball field turned into a shaded surface.

How: every droplet adds a small pre-rendered radial falloff "stamp" into a
scratch surface covering the body's bounding box (``Surface.fblits`` with
``BLEND_RGB_ADD``, all in C).  Two channels carry two fields at once:

* red   = density (the metaball field itself),
* green = density of raw droplets (fresh wounds, blades, loose metal).

Then numpy, in place on the scratch pixels: threshold red into the
silhouette, take the field's gradient as a surface normal, and colour it:
a reflected sky-to-ground gradient with a bright horizon band and specular
highlights for chrome, frost while frozen, a molten glow while melting.  The
ratio green/red blends chrome into the disguise, so nothing is ever drawn as
separate circles.

The disguise (the patrol uniform where the body is intact) is drawn like the
game's pixel-art sprites, so it reads at 1x on the dark night: a few flat
palette tones per material instead of smooth gradients, a 1 px light rim
where the silhouette faces the sky (top and left edges), the material's
darkest tone on the edges facing away, a face shaded darker at its rim with
a hint of ear and eye, and a chrome glint sweeping over the uniform now and
then (a hint that it is metal).  Which material a pixel shows comes from a
second "material" scratch of low-peak stamps, one weight per material per
channel (shirt, trousers, dark in one half of it; skin, sleeve, cap in the
other): the heaviest weight wins, so the parts have crisp borders.  The
density field saturates at 255 inside the body, so a ratio to it could not
tell materials apart there; the material weights stay below saturation.
The hand and the face's eye and ear are too small for that (a handful of
droplets): they are drawn at their droplets' centre.

While the body holds the policeman's shape (intact, not splashed, not
changing form) the disguise is the ``t1000_cop`` sprite sheet drawn where the
droplets stand: legs that walk in step with the body's stride, the arm that
becomes a blade (a frame per arm angle, the blade drawn from the hand as the
arm stretches), the leap's crouch and flight.  Fresh wounds and loose metal
are drawn over it as liquid chrome, a sprayed part frosts over on the
sprite's own pixels, and a frozen body is the last pose in frost.  Everything
else (splashes, changing form, shards, reforming, melting) is the metaball
surface.  A settled puddle is a thin spreading film that shimmers.

The renderer only reads the body (positions through a read-only batch
query); its own counters and per-body memory of the last pose drawn are the
only things it changes.
"""

from __future__ import annotations

import math

import numpy as np
import pygame

from game import assets
from game.t1000 import shapes
from game.t1000.body import BODY, LOOSE
from game.t1000.tuning import FEET_BELOW_CENTRE, RUN_SPEED, STRIDE

STAMP_R = 5  # px radius of a body droplet's field
LOOSE_R = 4  # px radius of a loose droplet's field (denser: a lone bead still shows)
BODY_PEAK = 30.0  # field units at a body droplet's centre (interior sums well past the threshold)
LOOSE_PEAK = 120.0
THRESHOLD = 60  # field value of the surface
RAW_LEVELS = 4
COLD_LEVELS = 4  # steps of a droplet's chill in the frost pass
MAT_BUDGET = 2400.0  # material stamp peak x droplet count: keeps the material weights unsaturated

# Disguise materials (index into the tone ramps) and the tones of a ramp.
SHIRT, TROUSERS, DARKS, SKINS, SLEEVE, CAP = range(6)
MAT_GROUPS = ((SHIRT, TROUSERS, DARKS), (SKINS, SLEEVE, CAP))  # material scratch k, its channels
# Weight multipliers before the heaviest material wins: the thin parts (hair, visor, belt, the sleeve
# over the torso) hold their own against the bulk around them.
MAT_BIAS = np.array([1.0, 1.0, 2.2, 1.3, 3.5, 1.2], np.float32)
_MAT_GROUP = np.array([k for k, group in enumerate(MAT_GROUPS) for _ in group], np.int8)  # -> scratch half
HAND = (1.0, 1.5, 0.5)  # the near hand, drawn at its droplets' centre: half width, half height, y offset
VISOR = (2.0, -19.6)  # cap slots in front of and below this (rest pose, facing right): the black visor
EDGE_TONE, SHADOW, BASE, LIT, RIM = range(5)
LIT_ABOVE = 0.66  # Lambert term above which a pixel takes the lit tone
SHADOW_BELOW = 0.36  # ... and below which the shadow tone
RAW_STEPS = (0.25, 0.65)  # raw share for half and full chrome in the disguise (crisp wounds)
GLINT_PERIOD = 170  # frames between chrome glints over the uniform
GLINT_FRAMES = 26  # frames a glint takes to sweep over the body

# The sprite disguise (assets/sprites/t1000_cop, drawn by tools/assetgen/art/characters.py), and the
# sheet of each other person it can pass for (a form in shapes.PEOPLE: t1000_sarah, art/mill.py).
SHEET = "t1000_cop"
SHEETS = {"policeman": SHEET, "sarah": "t1000_sarah"}
SHOULDER_PX = (22.5 - 24.0, 16.7 - 47.0)  # the near shoulder from the sheet's origin (the feet), facing right
ARM_PX = 15.0  # shoulder to hand in the blade frames
ARM_LEN = 13.0  # shoulder to hand of the body's own arm (game/t1000/shapes.py), before stretching
BLADE_STEP = 25  # degrees between the blade frames (0 = hanging, 200 = over the head)
INTACT = 0.85  # share of droplets in the body for the sprite to stand for it
WOUND_RAW = 0.3  # raw share from which a droplet shows as chrome over the sprite
FROZEN_MEMORY = 30  # frames: a body that froze this soon after its sprite was drawn freezes in that pose
PUDDLE_SPREAD = 40  # frames a settled puddle takes to spread to its full width

# Colours (RGB) of the metal's own looks (the disguise takes the game's palette)
SKY_TOP = np.array([120, 150, 205], np.float32)
SKY_LOW = np.array([215, 232, 250], np.float32)
HORIZON = np.array([255, 255, 255], np.float32)
GROUND_HI = np.array([70, 66, 78], np.float32)
GROUND_LO = np.array([28, 30, 44], np.float32)
FROST_LO = np.array([120, 170, 200], np.float32)
FROST_HI = np.array([235, 250, 255], np.float32)
EDGE_LIT, EDGE_DARK = (250, 255, 255), (70, 100, 130)  # a shard's top-facing edges catch the light
MOLTEN_LO = np.array([150, 40, 10], np.float32)
MOLTEN_HI = np.array([255, 210, 90], np.float32)
EDGE = np.array([22, 26, 40], np.float32)
CHROME_RIM = np.array([236, 244, 255], np.float32)
LIGHT = np.array([-0.45, -0.75, 0.5], np.float32) / np.linalg.norm([-0.45, -0.75, 0.5])

# Palette names (assets/palette.json) and a fallback for each, read at renderer construction.
_PALETTE = {
    "ink": (10, 12, 24), "police": (26, 40, 80), "police_hi": (52, 80, 140), "blue_light": (90, 120, 180),
    "leather": (36, 32, 42), "steel_dark": (58, 64, 88), "steel": (112, 124, 150),
    "skin_dark": (138, 84, 56), "skin": (200, 138, 100), "skin_light": (236, 184, 144),
    "chrome": (184, 196, 216), "frost_dark": (74, 156, 192), "blue": (52, 72, 126), "denim": (58, 90, 138),
    "blue_dark": (34, 44, 90), "navy": (22, 28, 60), "night": (12, 16, 36), "white": (240, 240, 232),
}


def _env_table(n: int = 256) -> np.ndarray:
    """Chrome environment: what a normal pointing at ``t`` (0 = up, 1 = down) reflects."""
    t = np.linspace(0.0, 1.0, n, dtype=np.float32)[:, None]
    sky = SKY_TOP + (SKY_LOW - SKY_TOP) * np.clip(t / 0.45, 0, 1)
    band = np.exp(-((t - 0.5) / 0.05) ** 2)
    ground = GROUND_HI + (GROUND_LO - GROUND_HI) * np.clip((t - 0.5) / 0.35, 0, 1)
    out = np.where(t < 0.5, sky, ground)
    out = out + (HORIZON - out) * band * 0.9
    return out.astype(np.float32)


def _stamp(radius: int, peak: float, green: float = 0.0, blue: float = 0.0, red: float = 1.0) -> pygame.Surface:
    """A radial falloff of ``peak`` at the centre, scaled per channel by ``red``/``green``/``blue``."""
    size = radius * 2 + 1
    yy, xx = np.mgrid[-radius:radius + 1, -radius:radius + 1].astype(np.float32)
    r2 = (xx * xx + yy * yy) / (radius * radius + 0.5)
    f = (np.clip(1.0 - r2, 0.0, 1.0) ** 2 * peak).T
    surf = pygame.Surface((size, size))
    px = pygame.surfarray.pixels3d(surf)
    px[..., 0] = np.round(f * red).astype(np.uint8)
    px[..., 1] = np.round(f * green).astype(np.uint8)
    px[..., 2] = np.round(f * blue).astype(np.uint8)
    del px
    return surf


def _centre(sel: np.ndarray, bx: np.ndarray, by: np.ndarray, least: int) -> tuple[float, float] | None:
    """Mean box position of the selected droplets, or None if fewer than ``least``."""
    if np.count_nonzero(sel) < least:
        return None
    return float(bx[sel].mean()), float(by[sel].mean())


def _mix(a, b, k: float) -> np.ndarray:
    a = np.asarray(a, np.float32)
    return a + (np.asarray(b, np.float32) - a) * k


class T1000Renderer:
    """Draws a ``T1000`` body onto a surface; fast enough to call every frame."""

    def __init__(self) -> None:
        self.env = _env_table()
        # Stamps by raw level for body droplets, and one for loose droplets.
        self.stamps = [_stamp(STAMP_R, BODY_PEAK, lvl / (RAW_LEVELS - 1)) for lvl in range(RAW_LEVELS)]
        self.loose_stamp = _stamp(LOOSE_R, LOOSE_PEAK, 1.0)
        # Cold: red = density x chill, so cold field / density is the local share of frozen metal.
        self.cold_stamps = [_stamp(STAMP_R, BODY_PEAK * lvl / (COLD_LEVELS - 1)) for lvl in range(COLD_LEVELS)]
        self._mat_stamps: dict[int, list[pygame.Surface]] = {}
        self.scratch = pygame.Surface((64, 64))
        self.cold_scratch = pygame.Surface((64, 64))
        self.mat_scratch = pygame.Surface((128, 64))
        self._mat_key: tuple[np.ndarray, np.ndarray] | None = None
        self._mat_droplets: tuple[np.ndarray, ...] = ()
        self.frame = 0
        self._palette_tones()
        self._last: dict[int, tuple[str, int, int, int]] = {}  # per body: anim, frame, facing, when drawn
        self._puddle_since: dict[int, int] = {}
        self._puddles: dict[int, pygame.Surface] = {}
        self.sprite_scratch = pygame.Surface((48, 48), pygame.SRCALPHA)
        self.field_scratch = pygame.Surface((64, 64))
        self._load_sheet()

    def _load_sheet(self) -> None:
        """Each disguise's frames and their frosted copies, made once (a person whose sheet is
        missing is drawn as liquid metal)."""
        self.sheet = None
        self.sheets: dict[str, tuple] = {}  # form -> (sheet, frosted frames by animation)
        try:
            from game.render import sprites
        except (assets.AssetError, ImportError):
            return
        for form, name in SHEETS.items():
            try:
                sheet = sprites.sheet(name)
            except (assets.AssetError, KeyError, FileNotFoundError, pygame.error):
                continue
            frost = {}
            for anim_name in ("idle", "walk", "run", "blade", "crouch", "leap"):
                if anim_name in sheet.animations:
                    anim = sheet.get(anim_name)
                    frost[anim_name] = ([self._frosted(f) for f in anim.frames],
                                        [self._frosted(f) for f in anim.flipped])
            self.sheets[form] = (sheet, frost)
        if "policeman" in self.sheets:
            self.sheet, self.frost = self.sheets["policeman"]

    def _frosted(self, frame: pygame.Surface) -> pygame.Surface:
        """A frame in frost: its shading kept as pale ice tones, a bright rim on top, a deep edge below."""
        out = frame.copy()
        rgb = pygame.surfarray.pixels3d(out)
        alpha = pygame.surfarray.pixels_alpha(out)
        m = alpha > 0
        lum = rgb.astype(np.float32).mean(axis=2, keepdims=True) / 255.0
        col = FROST_LO + (FROST_HI - FROST_LO) * np.clip(lum * 1.1 + 0.2, 0.0, 1.0)
        mp = np.pad(m, 1)
        lit = m & (~mp[1:-1, :-2] | ~mp[:-2, 1:-1])
        away = m & ~lit & (~mp[1:-1, 2:] | ~mp[2:, 1:-1])
        col[lit] = FROST_HI
        col[away] = self.frost_edge
        # a few frozen facets: every third pixel on a diagonal a shade lighter
        xs, ys = np.nonzero(m & ~lit & ~away)
        facet = ((xs + ys) % 5 == 0) & ((xs * 3 + ys) % 7 < 2)
        col[xs[facet], ys[facet]] += (FROST_HI - col[xs[facet], ys[facet]]) * 0.6
        rgb[m] = np.clip(col[m], 0, 255).astype(np.uint8)
        del rgb, alpha
        return out

    def _palette_tones(self) -> None:
        """The disguise's tone ramps (material x tone -> RGB) from the game's palette."""
        c = {name: np.array(assets.color(name, fb), np.float32) for name, fb in _PALETTE.items()}
        # The T-1000's own uniform (as its sprite, tools/assetgen/art/characters.py): a pale steel-blue
        # shirt over dark trousers, lighter than the real cops' navy.
        police, hi, light = c["blue"], c["denim"], c["blue_light"]
        shirt = [c["blue_dark"], police, _mix(police, hi, 0.6), hi, light]
        trousers = [c["night"], c["navy"], _mix(c["navy"], c["blue_dark"], 0.5), c["blue_dark"],
                    _mix(c["blue_dark"], police, 0.6)]
        sleeve = [c["blue_dark"], police, _mix(police, hi, 0.4), _mix(hi, light, 0.3), light]
        cap = [c["ink"], _mix(c["ink"], police, 0.6), _mix(police, hi, 0.15), _mix(police, hi, 0.55),
               _mix(hi, light, 0.5)]
        dark = [c["ink"], _mix(c["ink"], c["leather"], 0.5), c["leather"], _mix(c["leather"], c["steel_dark"], 0.7),
                _mix(c["steel_dark"], c["steel"], 0.5)]
        skin = [_mix(c["skin_dark"], c["skin"], 0.15), c["skin_dark"], c["skin"], c["skin_light"], c["skin_light"]]
        self.ramps = np.stack([np.stack(r) for r in (shirt, trousers, dark, skin, sleeve, cap)]).astype(np.float32)
        self.skin_shade = self.ramps[SKINS, SHADOW]
        self.eye = c["ink"]
        self.glint = (c["chrome"], _mix(hi, light, 0.6))  # centre of the sweep, its two sides
        self.frost_edge = c["frost_dark"]
        self.blade_cols = tuple(tuple(int(v) for v in c[k]) for k in ("steel", "chrome", "white"))
        self.puddle_cols = tuple(tuple(int(v) for v in x) for x in (c["steel_dark"], c["steel"], c["blue_light"],
                                                                   c["navy"]))

    def _material_stamps(self, n: int) -> list[pygame.Surface]:
        """Low-peak stamps by material, each into its channel (red, green, blue) of its scratch half."""
        stamps = self._mat_stamps.get(n)
        if stamps is None:
            unit = [(1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0)] * 2
            peak = min(max(round(MAT_BUDGET / max(n, 1)), 4), 16)
            stamps = [_stamp(STAMP_R, peak, g, b, r) for r, g, b in unit]
            self._mat_stamps[n] = stamps
        return stamps

    # ------------------------------------------------------------------ public
    def draw(self, surface: pygame.Surface, body, offset: tuple[float, float] = (0.0, 0.0)) -> None:
        """Draw ``body`` with the camera's top-left at ``offset`` (world px)."""
        self.frame += 1
        state = body.state
        if state == "dead":
            return
        ox, oy = offset
        if body.shards:
            self._draw_shards(surface, body, ox, oy)
        live, pos = body.droplet_positions()
        if not len(live):
            return
        if body.form in self.sheets and state in ("liquid", "frozen"):
            if self._draw_disguise(surface, body, live, pos, ox, oy, state):
                return
        if body.form == "puddle" and state == "liquid" and self._draw_puddle(surface, body, live, pos, ox, oy):
            return
        self._draw_liquid(surface, body, live, pos, ox, oy, state)

    # ------------------------------------------------------------------ the sprite disguise
    @staticmethod
    def _origin(body, live, pos, in_body) -> tuple[float, float]:
        """The form's origin (the policeman's centre) from the droplets in the body, as ``T1000.position``."""
        idx = live[in_body]
        c = pos[in_body].mean(axis=0) - body.offsets[idx].mean(axis=0)
        return float(c[0]), float(c[1])

    def _pose(self, body, frost) -> tuple[str, int]:
        """Which frame of the sheet shows what the body is doing (``frost``: the sheet's frames by
        animation; a name it lacks means the liquid metal shows instead)."""
        intent = body.intent
        if body.air_t >= 0:
            return "leap", 0
        if intent.crouch > 0.3:
            return "crouch", 0
        if intent.front_arm is not None:
            k = round(math.degrees(intent.front_arm) / BLADE_STEP)
            return "blade", int(min(max(k, 0), len(frost["blade"][0]) - 1)) if "blade" in frost else 0
        run = abs(float(body.anchor_vel[0])) / RUN_SPEED
        phase = (body.walk_dist / STRIDE) % 1.0
        if run < 0.08:
            return "idle", (self.frame // 40) % len(frost["idle"][0])
        name = "walk" if run < 0.6 else "run"
        n = len(frost[name][0])
        return name, int(phase * n) % n

    def _draw_disguise(self, surface, body, live, pos, ox, oy, state) -> bool:
        in_body = body.where[live] == BODY
        if in_body.sum() < INTACT * body.n:
            return False
        key = id(body)
        facing = 1 if body.facing >= 0 else -1
        sheet, frost = self.sheets[body.form]
        if state == "frozen":
            last = self._last.get(key)
            if last is None or self.frame - last[3] > FROZEN_MEMORY or last[0] not in frost:
                return False
            name, idx, facing, _ = last
            self._last[key] = (name, idx, facing, self.frame)
            image = frost[name][0 if facing > 0 else 1][idx]
        else:
            if body.morph_t >= 0:
                return False
            name, idx = self._pose(body, frost)
            if name not in frost:
                return False
            self._last[key] = (name, idx, facing, self.frame)
            anim = sheet.get(name)
            image = anim.frames[idx] if facing > 0 else anim.flipped[idx]
        cx, cy = self._origin(body, live, pos, in_body)
        fw, fh = sheet.frame_size
        gx, gy = sheet.origin
        if facing < 0:
            gx = fw - 1 - gx
        x = round(cx - ox - gx)
        y = round(cy + FEET_BELOW_CENTRE - oy - gy)
        if state == "frozen":
            surface.blit(image, (x, y))
            self._sparkle(surface, image, x, y)
            return True
        chill = body.chill()[live]
        glint = self.frame % GLINT_PERIOD - (GLINT_PERIOD - GLINT_FRAMES)
        if (chill > 0.05).any() or glint >= 0:
            image = self._tinted(image, body, live, pos, chill, x + ox, y + oy, glint, facing,
                                 all_cloth=body.form != "policeman")
        surface.blit(image, (x, y))
        if name == "blade":
            self._draw_blade(surface, body.intent, cx - ox, cy + FEET_BELOW_CENTRE - oy, facing)
        wound = (body.raw[live] >= WOUND_RAW) | (body.where[live] == LOOSE)
        if name == "blade":  # the stretched arm is the blade drawn above, not a wound
            wound &= body.pm.part[body.assign[live]] != shapes.ARM_FRONT
        if np.count_nonzero(wound) >= 3:
            self._draw_liquid(surface, body, live[wound], pos[wound], ox, oy, "wound")
        return True

    def _sparkle(self, surface, image, x, y) -> None:
        """Now and then a glint of ice on the frozen figure."""
        fw, fh = image.get_size()
        for k in range(3):
            h = (self.frame // 6) * 31 + k * 977
            px, py = 14 + h % 20, 6 + (h // 20) % 38
            if image.get_at((px, py)).a:
                surface.set_at((x + px, y + py), (255, 255, 255))

    def _draw_blade(self, surface, intent, fx, fy, facing) -> None:
        """The arm's stretch beyond the hand, as a tapering chrome blade."""
        a = float(intent.front_arm)
        reach = ARM_LEN * float(intent.stretch) + 2.2
        length = reach - ARM_PX
        if length < 1.0:
            return
        d = (math.sin(a) * facing, math.cos(a))
        n = (-d[1], d[0])
        sx, sy = fx + SHOULDER_PX[0] * facing, fy + SHOULDER_PX[1]
        hx, hy = sx + d[0] * (ARM_PX + 1), sy + d[1] * (ARM_PX + 1)
        tx, ty = hx + d[0] * length, hy + d[1] * length
        w = 1.6
        pts = [(hx + n[0] * w, hy + n[1] * w), (tx, ty), (hx - n[0] * w, hy - n[1] * w)]
        pygame.draw.polygon(surface, self.blade_cols[1], pts)
        pygame.draw.line(surface, self.blade_cols[2], pts[0], pts[1])
        pygame.draw.line(surface, self.blade_cols[0], pts[2], pts[1])
        pygame.draw.line(surface, self.blade_cols[2], (hx, hy), (tx, ty))

    def _tinted(self, image, body, live, pos, chill, x0, y0, glint, facing, all_cloth=False) -> pygame.Surface:
        """The frame with its sprayed parts frosted and a chrome glint sweeping over it (in a scratch):
        over the blue of the patrol uniform, or (``all_cloth``) over everything but bare skin."""
        out = self.sprite_scratch
        out.fill((0, 0, 0, 0))
        out.blit(image, (0, 0))
        w, h = out.get_size()
        rgb = pygame.surfarray.pixels3d(out)
        alpha = pygame.surfarray.pixels_alpha(out)
        xi, yi = np.nonzero(alpha)
        col = rgb[xi, yi].astype(np.float32)
        if (chill > 0.05).any():
            bx = np.rint(pos[:, 0] - x0).astype(np.int32)
            by = np.rint(pos[:, 1] - y0).astype(np.int32)
            lvl = np.rint(chill * (COLD_LEVELS - 1)).astype(np.int32)
            cold = self._field(bx, by, lvl, w, h)
            dens = self._field(bx, by, np.full(len(bx), COLD_LEVELS - 1, np.int32), w, h)
            cf = np.clip(cold[xi, yi] / np.maximum(dens[xi, yi], 1.0) * 1.3, 0.0, 1.0)[:, None]
            lum = col.mean(axis=1, keepdims=True) / 255.0
            frost = FROST_LO + (FROST_HI - FROST_LO) * np.clip(lum * 1.1 + 0.3, 0.0, 1.0)
            col = col + (frost - col) * cf
        if glint >= 0:
            yf = yi.astype(np.float32)
            u = xi * (facing * 0.7) - yf + 0.8 * np.sin(yf * 0.6 + glint * 0.5)
            top = float(u.max()) + 3.0
            centre = top - (top - float(u.min()) + 6.0) * glint / (GLINT_FRAMES - 1)
            d = np.abs(u - centre)
            if all_cloth:  # a disguise in other colours: all but the skin (reddish, bright) glints
                cloth = ~((col[:, 0] > col[:, 2] + 40) & (col[:, 0] > 110))
            else:
                cloth = (col[:, 2] > col[:, 0] + 25) & (col.mean(axis=1) > 45)  # the blue uniform, not skin or boots
            col[cloth & (d < 2.0)] = self.glint[1]
            col[cloth & (d < 0.7)] = self.glint[0]
        rgb[xi, yi] = np.clip(col, 0, 255).astype(np.uint8)
        del rgb, alpha
        return out

    def _field(self, bx, by, lvl, w, h) -> np.ndarray:
        """Sum of the cold stamps of ``lvl`` at the droplets, over a (w, h) box, as float32."""
        scratch = self.field_scratch
        if scratch.get_width() < w or scratch.get_height() < h:
            scratch = self.field_scratch = pygame.Surface((max(w, 64), max(h, 64)))
        scratch.fill((0, 0, 0), (0, 0, w, h))
        stamps = self.cold_stamps
        scratch.fblits([(stamps[k], (x - STAMP_R, y - STAMP_R))
                        for k, x, y in zip(lvl.tolist(), bx.tolist(), by.tolist())
                        if k and -STAMP_R <= x < w + STAMP_R and -STAMP_R <= y < h + STAMP_R],
                       pygame.BLEND_RGB_ADD)
        red = pygame.surfarray.pixels_red(scratch)
        out = red[:w, :h].astype(np.float32)
        del red
        return out

    # ------------------------------------------------------------------ the puddle
    def _draw_puddle(self, surface, body, live, pos, ox, oy) -> bool:
        """A settled puddle: a thin film on the floor, spreading as it settles, with glints running over it."""
        in_body = body.where[live] == BODY
        if in_body.sum() < INTACT * body.n:
            self._puddle_since.pop(id(body), None)
            return False
        key = id(body)
        since = self._puddle_since.setdefault(key, self.frame)
        spread = min(1.0, (self.frame - since) / PUDDLE_SPREAD)
        p = pos[in_body]
        cx = float(p[:, 0].mean())
        half = (float(p[:, 0].max()) - float(p[:, 0].min())) / 2 + 3 + 7 * spread
        cy = self._origin(body, live, pos, in_body)[1]
        width = int(round(half * 2)) // 2 * 2
        img = self._puddle_image(width)
        x = round(cx - ox - width / 2)
        y = round(cy + FEET_BELOW_CENTRE - oy) - img.get_height() + 1
        surface.blit(img, (x, y))
        # glints sliding over the surface, and a ripple lifting the film here and there
        for k in range(3):
            gx = int(self.frame * 0.6 + k * width / 3 + 7 * math.sin(self.frame * 0.05 + k)) % max(1, width - 8) + 4
            gy = y + img.get_height() - self._puddle_heights[width][gx]
            surface.set_at((x + gx, gy), self.blade_cols[2])
            surface.set_at((x + gx - 1, gy), self.blade_cols[1])
            surface.set_at((x + gx + 1, gy), self.blade_cols[1])
        return True

    def _puddle_image(self, width: int) -> pygame.Surface:
        img = self._puddles.get(width)
        if img is not None:
            return img
        h = 5
        img = pygame.Surface((width, h), pygame.SRCALPHA)
        u = (np.arange(width, dtype=np.float32) + 0.5) / width * 2 - 1
        heights = np.maximum(1, np.rint(1 + (h - 1.5) * np.sqrt(np.clip(1 - u * u, 0, 1)) ** 0.6
                                        + 0.4 * np.sin(np.arange(width) * 0.9))).astype(int)
        heights = np.minimum(heights, h)
        lit, mid, low, deep = self.blade_cols[1], self.puddle_cols[1], self.puddle_cols[0], self.puddle_cols[3]
        sky = self.puddle_cols[2]
        for x in range(width):
            top = h - heights[x]
            for yy in range(top, h):
                if yy == top:  # the film's lit lip, dithered where it thins out at the ends
                    colr = lit if heights[x] > 2 or x % 2 else mid
                elif yy == top + 1:  # the night sky it reflects
                    colr = sky if (x // 2) % 3 else mid
                elif yy == h - 1:
                    colr = deep
                else:
                    colr = low if (x + yy) % 2 else mid
                img.set_at((x, yy), colr)
        self._puddles[width] = img
        if not hasattr(self, "_puddle_heights"):
            self._puddle_heights = {}
        self._puddle_heights[width] = heights
        return img

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
        disguise = state in ("liquid", "morph", "splashed") and body.form == "policeman"
        if not disguise:
            raw_lvl[:] = RAW_LEVELS - 1
        stamps = self.stamps
        bx = sx - x0
        by = sy - y0
        seq = [(self.loose_stamp, (x - LOOSE_R, y - LOOSE_R)) if lo else (stamps[k], (x - STAMP_R, y - STAMP_R))
               for k, x, y, lo in zip(raw_lvl.tolist(), bx.tolist(), by.tolist(), loose.tolist())]
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
        # Pseudo height (its gradient is the surface normal): zero outside the silhouette, so it is
        # worked out only at the silhouette's pixels (a splash's box is mostly empty).
        hp = np.zeros((w + 2, h + 2), np.float32)
        hp[xi + 1, yi + 1] = np.sqrt(np.clip((field[xi, yi].astype(np.float32) - THRESHOLD) / (255.0 - THRESHOLD),
                                             0.0, 1.0))
        # The 1 px outline: edges facing the sky and light (top, left) and the ones facing away.
        mp = np.zeros((w + 2, h + 2), bool)
        mp[1:-1, 1:-1] = mask
        lit_edge = ~mp[xi + 1, yi] | ~mp[xi, yi + 1]
        dark_edge = ~lit_edge & (~mp[xi + 1, yi + 2] | ~mp[xi + 2, yi + 1])
        rawq = None
        if disguise:
            red = field[xi, yi].astype(np.float32)
            green = view[xi, yi, 1].astype(np.float32)
            rawf = green / red * 1.4
            # Crisp wounds: no chrome, half chrome (a metal sheen on the cloth), raw chrome.
            rawq = np.where(rawf >= RAW_STEPS[1], np.float32(1.0),
                            np.where(rawf >= RAW_STEPS[0], np.float32(0.5), np.float32(0.0)))
        col = spec = None
        if rawq is None or rawq.any():  # chrome shows somewhere
            col, spec = self._chrome(hp, xi, yi, w, h, state, lit_edge, dark_edge)
        if disguise:
            mat, head, hand = self._materials(body, live, bx, by, ~loose, xi, yi, w, h)
            lam = self._soft_light(hp, xi, yi)
            cloth = self._disguise(mat, head, hand, body.facing, xi, yi, lam, lit_edge, dark_edge, w, h)
            if col is None:
                col = cloth
            else:
                col = cloth + (col - cloth) * rawq[:, None]
                spec = spec * rawq
        if cold is not None:  # sprayed parts frost over, the rest stays as it was
            cf = np.clip(cold[xi, yi] / np.maximum(field[xi, yi].astype(np.float32), 1.0), 0.0, 1.0)[:, None]
            lum = col.mean(axis=1, keepdims=True) / 255.0
            frost = FROST_LO + (FROST_HI - FROST_LO) * np.clip(lum + 0.25, 0.0, 1.0)
            col = col + (frost - col) * np.clip(cf * 1.3, 0.0, 1.0)
        if spec is not None:
            col = col + (255.0 - col) * spec[:, None]
        out = np.clip(col, 1.0, 255.0).astype(np.uint8)
        view[...] = 0  # all black (the colour key), then the silhouette
        view[xi, yi] = out
        del field, view, px
        scratch.set_colorkey((0, 0, 0))
        surface.blit(scratch, (x0, y0), (0, 0, w, h))
        scratch.set_colorkey(None)

    def _chrome(self, hp, xi, yi, w, h, state, lit_edge, dark_edge) -> tuple[np.ndarray, np.ndarray]:
        """Colours (n, 3) and specular term (n,) of bare metal: chrome, frost or molten."""
        # Normal from the height's central differences (zero at the box edge).
        gx = hp[xi + 2, yi + 1] - hp[xi, yi + 1]
        gy = hp[xi + 1, yi + 2] - hp[xi + 1, yi]
        gx[(xi == 0) | (xi == w - 1)] = 0.0
        gy[(yi == 0) | (yi == h - 1)] = 0.0
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
        spec = np.clip(nx * LIGHT[0] + ny * LIGHT[1] + nz * LIGHT[2], 0.0, 1.0) ** 24
        if state == "frozen":
            lum = (col.mean(axis=1, keepdims=True) / 255.0)
            col = FROST_LO + (FROST_HI - FROST_LO) * lum
            sparkle = ((xi * 73 + yi * 151 + (self.frame // 6) * 31) % 97) == 0
            col[sparkle & ~(lit_edge | dark_edge)] = 255.0
            rim, rim_k, low, low_k = FROST_HI, 0.7, self.frost_edge, 0.6
        elif state == "melting":
            lum = (col.mean(axis=1, keepdims=True) / 255.0)
            glow = 0.55 + 0.45 * math.sin(self.frame * 0.4)
            col = MOLTEN_LO + (MOLTEN_HI - MOLTEN_LO) * np.clip(lum * glow + 0.2, 0, 1)
            rim, rim_k, low, low_k = MOLTEN_HI, 0.6, MOLTEN_LO, 0.7
        else:
            rim, rim_k, low, low_k = CHROME_RIM, 0.6, EDGE, 0.5
        # A light rim where the silhouette faces the sky, a darker one where it faces away.
        col[lit_edge] += (rim - col[lit_edge]) * rim_k
        col[dark_edge] += (low - col[dark_edge]) * low_k
        return col, spec

    @staticmethod
    def _soft_light(hp: np.ndarray, xi: np.ndarray, yi: np.ndarray) -> np.ndarray:
        """Lambert term of the 3x3-smoothed height: the cloth's tones follow the body's form, not
        every droplet's bump (which would speckle flat tones)."""
        s = hp[:-2] + hp[1:-1] + hp[2:]
        s = s[:, :-2] + s[:, 1:-1] + s[:, 2:]  # (w, h) box sums of the padded height
        sp = np.zeros((s.shape[0] + 2, s.shape[1] + 2), np.float32)
        sp[1:-1, 1:-1] = s
        nx = (sp[xi, yi + 1] - sp[xi + 2, yi + 1]) * (2.2 / 9.0)
        ny = (sp[xi + 1, yi] - sp[xi + 1, yi + 2]) * (2.2 / 9.0)
        return np.clip((nx * LIGHT[0] + ny * LIGHT[1] + LIGHT[2]) / np.sqrt(nx * nx + ny * ny + 1.0), 0.0, 1.0)

    def _droplet_materials(self, body) -> tuple[np.ndarray, ...]:
        """Per droplet: its material, the scratch half it stamps into, is it the face's skin, the hand's.

        Cached while the body keeps its slot assignment and tints (both arrays
        are replaced, never edited, when the form changes).
        """
        key = self._mat_key
        if key is not None and key[0] is body.assign and key[1] is body.form_tint:
            return self._mat_droplets
        slot = body.assign
        part = body.pm.part[slot]
        tint = body.form_tint
        rest = body.pm.base[slot]
        mat = np.where(tint == shapes.SKIN, SKINS, np.where(tint == shapes.DARK, DARKS, SHIRT))
        uniform = tint == shapes.UNIFORM
        mat[uniform & ((part == shapes.LEG_BACK) | (part == shapes.LEG_FRONT))] = TROUSERS
        mat[uniform & (part == shapes.ARM_FRONT)] = SLEEVE
        mat[(part == shapes.CAP) & ((rest[:, 0] < VISOR[0]) | (rest[:, 1] < VISOR[1]))] = CAP
        # The hand is a handful of droplets the bulk around it would swamp: its droplets are sleeve
        # and the hand is drawn as a small patch at their centre.
        hand = (part == shapes.ARM_FRONT) & (tint == shapes.SKIN)
        mat[hand] = SLEEVE
        face = (part == shapes.HEAD) & (tint == shapes.SKIN)
        self._mat_key = (body.assign, body.form_tint)
        self._mat_droplets = (mat, _MAT_GROUP[mat], face, hand)
        return self._mat_droplets

    def _materials(self, body, live, bx, by, solid, xi, yi, w, h):
        """Per silhouette pixel the material it shows, and the box centres of the face and the near hand.

        Every body droplet adds a low-peak stamp to its material's channel of
        the material scratch; per pixel the heaviest (biased) weight wins.
        Loose droplets are raw metal and add no material.  A centre is None
        when too few of its droplets are still in the body.
        """
        mat_all, group_all, face_all, hand_all = self._droplet_materials(body)
        weights = np.zeros((len(xi), len(MAT_BIAS)), np.float32)
        idx = live[solid]
        if not len(idx):
            return weights.argmax(axis=1), None, None
        # One scratch holds the body's own box twice side by side, a material group in each
        # (the loose metal of a splash spreads far and is chrome anyway: it adds nothing).
        sbx, sby = bx[solid], by[solid]
        mx0 = int(sbx.min()) - STAMP_R
        my0 = int(sby.min()) - STAMP_R
        mw = int(sbx.max()) + STAMP_R + 1 - mx0
        mh = int(sby.max()) + STAMP_R + 1 - my0
        scratch = self.mat_scratch
        if scratch.get_width() < 2 * mw or scratch.get_height() < mh:
            scratch = self.mat_scratch = pygame.Surface((max(2 * mw, scratch.get_width()),
                                                         max(mh, scratch.get_height())))
        scratch.fill((0, 0, 0), (0, 0, 2 * mw, mh))
        stamps = self._material_stamps(body.n)
        mx = sbx - (mx0 + STAMP_R) + group_all[idx] * mw
        my = sby - (my0 + STAMP_R)
        scratch.fblits([(stamps[m], (x, y)) for m, x, y in zip(mat_all[idx].tolist(), mx.tolist(), my.tolist())],
                       pygame.BLEND_RGB_ADD)
        ix, iy = xi - mx0, yi - my0
        inside = (ix >= 0) & (ix < mw) & (iy >= 0) & (iy < mh)
        ix, iy = ix[inside], iy[inside]
        px = pygame.surfarray.pixels3d(scratch)
        weights[inside, :3] = px[ix, iy]
        weights[inside, 3:] = px[ix + mw, iy]
        del px
        mat = (weights * MAT_BIAS).argmax(axis=1)
        return mat, _centre(face_all[idx], sbx, sby, 3), _centre(hand_all[idx], sbx, sby, 2)

    def _disguise(self, mat, head, hand, facing, xi, yi, lam, lit_edge, dark_edge, w, h) -> np.ndarray:
        """The patrol uniform in flat palette tones, (n, 3) float32, for the silhouette's pixels."""
        facing = 1 if facing >= 0 else -1
        tone = np.where(lam > LIT_ABOVE, LIT, np.where(lam < SHADOW_BELOW, SHADOW, BASE))
        # Where parts meet, the skin is shaded (the jaw, under the cap, the cuff) and the sleeve
        # gets a crease against the shirt, as a pixel artist would draw the front arm.
        grid = np.full((w + 2, h + 2), -1, np.int8)
        grid[xi + 1, yi + 1] = mat
        skin = np.flatnonzero(mat == SKINS)
        gx, gy = xi[skin] + 1, yi[skin] + 1
        seam = np.zeros(len(skin), bool)
        for g in (grid[gx, gy + 1], grid[gx - facing, gy], grid[gx, gy - 1]):  # below, behind, above
            seam |= (g >= 0) & (g != SKINS)
        tone[skin[seam]] = SHADOW
        sleeve = np.flatnonzero(mat == SLEEVE)
        sx, sy = xi[sleeve] + 1, yi[sleeve] + 1
        crease = (grid[sx, sy + 1] == SHIRT) | (grid[sx - 1, sy] == SHIRT) | (grid[sx + 1, sy] == SHIRT)
        tone[sleeve[crease]] = SHADOW
        if hand is not None:
            near = (np.abs(xi - hand[0]) < HAND[0]) & (np.abs(yi - hand[1] - HAND[2]) < HAND[1]) & (mat != DARKS)
            mat[near] = SKINS
            tone[near] = np.where(yi[near] < hand[1], LIT, BASE)
        tone[lit_edge] = RIM
        tone[dark_edge] = EDGE_TONE
        col = self.ramps[mat, tone]
        if head is not None and len(skin):  # an ear at the back of the face and an eye at the front
            fx = (gx - 1 - head[0]) * facing
            fy = gy - 1 - head[1]
            col[skin[(np.abs(fx + 1.5) < 0.75) & (np.abs(fy - 0.5) < 1.0)]] = self.skin_shade
            eye = (np.abs(fx - 2.0) < 0.5) & (np.abs(fy + 1.5) < 0.5)
            eye = skin[eye]
            col[eye[(tone[eye] != RIM) & (tone[eye] != EDGE_TONE)]] = self.eye
        # Now and then a chrome glint runs down the uniform: a slanted, rippling band that only
        # catches the cloth facing the light, so it breaks over the folds like a reflection.
        phase = self.frame % GLINT_PERIOD - (GLINT_PERIOD - GLINT_FRAMES)  # the last frames of a period
        if phase >= 0:
            yf = yi.astype(np.float32)
            u = xi * (facing * 0.7) - yf + 0.8 * np.sin(yf * 0.6 + phase * 0.5)
            top = float(u.max()) + 3.0
            centre = top - (top - float(u.min()) + 6.0) * phase / (GLINT_FRAMES - 1)
            d = np.abs(u - centre)
            catch = ((mat == SHIRT) | (mat == TROUSERS) | (mat == SLEEVE)) & (tone >= BASE)
            col[catch & (d < 2.0)] = self.glint[1]
            col[catch & (d < 0.7)] = self.glint[0]
        return col

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
    def _draw_shards(self, surface, body, ox, oy) -> None:
        """Each shard a frosted polygon, lit on its top-facing edges and dark below, with a glint now and then.

        The corners of all shards come from one batched read (``T1000.shard_outlines``); the edge lighting
        is worked out for every edge at once, leaving only the draw calls per shard."""
        world, starts, angles = body.shard_outlines()
        pts = world - (ox, oy)
        sizes = np.diff(starts)
        shard_of = np.repeat(np.arange(len(sizes)), sizes)
        centre = np.stack([np.add.reduceat(pts[:, 0], starts[:-1]), np.add.reduceat(pts[:, 1], starts[:-1])],
                          axis=1) / np.maximum(sizes, 1)[:, None]
        nxt = np.arange(len(pts)) + 1
        nxt[starts[1:] - 1] = starts[:-1]  # each shard's last corner joins its first
        mid = (pts + pts[nxt]) / 2 - centre[shard_of]
        lit = ((mid[:, 1] < 0) | (mid[:, 0] < -1)).tolist()
        k = 0.5 + 0.5 * np.cos(angles * 1.7)  # drawing only: the simulation never sees these numbers
        base = (FROST_LO[None, :] + (FROST_HI - FROST_LO)[None, :] * (0.35 + 0.45 * k)[:, None]).astype(int).tolist()
        corners = pts.tolist()
        glint = ((self.frame // 5 + centre[:, 0].astype(int)) % 9 == 0).tolist()
        line = pygame.draw.line
        for j, (a, b) in enumerate(zip(starts[:-1].tolist(), starts[1:].tolist())):
            if b - a < 3:
                continue
            poly = corners[a:b]
            pygame.draw.polygon(surface, base[j], poly)
            for i in range(a, b):
                line(surface, EDGE_LIT if lit[i] else EDGE_DARK, corners[i], corners[i + 1 if i + 1 < b else a])
            if glint[j]:
                surface.set_at((int(centre[j, 0]), int(centre[j, 1])), (255, 255, 255))
