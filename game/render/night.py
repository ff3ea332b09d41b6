"""Night over a dark map (the map's ``darkness``), with its lights cut out; and the drawers of the
things of the night: floodlights and panes of glass.

The veil is one screen-sized surface made once and filled each frame with the
night's colour at the map's darkness; every light on screen then takes its
share of darkness away (``BLEND_RGBA_SUB`` of a prepared mask: a soft disc or
a soft-edged rectangle, made once per size and strength), and the veil is
laid over the picture.  So a frame allocates nothing, however many lights.

What gives light: ``light`` objects and anything else with a ``lights()``
(a lit floodlight, ...), the checkpoints' lamps and the exit's sign, a
faint glow round each player (moonlight: you never lose your own character
in the dark), and a laser sight's beam and dot (``player.laser``): in the
dark garden the dot is the one thing anyone inside could see.  Drawing reads state and never changes it.
"""

from __future__ import annotations

import pygame

from game import assets

FEATHER = 10  # px: a rectangle light's soft edge
PLAYER_GLOW = ("disc", 0.0, -20.0, 56.0, 0.45)  # round each player: offset from the feet, radius, strength
LASER_LINE = 0.8  # how much of the night a laser sight's beam lifts along its line
LASER_DOT = 9.0  # px: the glow round the dot
LAMPS = {  # kinds whose own drawing is a lamp: the light it gives (offset from the object's bottom middle)
    "checkpoint": ("disc", 0.0, -34.0, 40.0, 0.9),
    "exit": ("disc", 0.0, -24.0, 44.0, 0.8),
}


class Night:
    """The veil of night for one level (``darkness`` 0-1) and the masks of its lights."""

    def __init__(self, darkness: float) -> None:
        self.alpha = max(0, min(255, round(255 * darkness)))
        self.colour = (*assets.color("night", (12, 16, 36)), self.alpha)
        self.veil: pygame.Surface | None = None
        self.masks: dict[tuple, pygame.Surface] = {}

    # --- masks ----------------------------------------------------------------------------------
    def _disc(self, radius: float, strength: float) -> pygame.Surface:
        key = ("disc", round(radius), round(strength, 2))
        mask = self.masks.get(key)
        if mask is None:
            r = max(1, round(radius))
            mask = pygame.Surface((2 * r, 2 * r), pygame.SRCALPHA)
            mask.fill((0, 0, 0, 0))
            top = self.alpha * strength
            for k in range(r, 0, -2):  # rings from the rim in: brighter toward the middle
                share = 1.0 - (k / r) ** 2
                pygame.draw.circle(mask, (0, 0, 0, round(top * min(1.0, share * 1.6))), (r, r), k)
            self.masks[key] = mask
        return mask

    def _rect(self, w: float, h: float, strength: float) -> pygame.Surface:
        key = ("rect", round(w), round(h), round(strength, 2))
        mask = self.masks.get(key)
        if mask is None:
            w, h = max(1, round(w)), max(1, round(h))
            mask = pygame.Surface((w + 2 * FEATHER, h + 2 * FEATHER), pygame.SRCALPHA)
            mask.fill((0, 0, 0, 0))
            top = self.alpha * strength
            for k in range(FEATHER, -1, -1):  # nested rectangles, the innermost the brightest
                share = 1.0 - k / (FEATHER + 1)
                pygame.draw.rect(mask, (0, 0, 0, round(top * share)), (FEATHER - k, FEATHER - k, w + 2 * k, h + 2 * k))
            self.masks[key] = mask
        return mask

    # --- the frame --------------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface, world, ox: float, oy: float) -> None:
        sw, sh = surface.get_size()
        if self.veil is None or self.veil.get_size() != (sw, sh):
            self.veil = pygame.Surface((sw, sh), pygame.SRCALPHA)
        veil = self.veil
        veil.fill(self.colour)
        for light in self.lights(world):
            if light[0] == "disc":
                _, x, y, r, strength = light
                if -r < x - ox < sw + r and -r < y - oy < sh + r:
                    mask = self._disc(r, strength)
                    veil.blit(mask, (round(x - ox - mask.get_width() / 2), round(y - oy - mask.get_height() / 2)),
                              special_flags=pygame.BLEND_RGBA_SUB)
            elif light[0] == "line":  # a beam: the night lifted along it, a pixel either side
                _, x0, y0, x1, y1, strength = light
                pygame.draw.line(veil, (*self.colour[:3], round(self.alpha * (1 - strength))),
                                 (round(x0 - ox), round(y0 - oy)), (round(x1 - ox), round(y1 - oy)), 3)
            else:
                _, x, y, w, h, strength = light
                if x - ox < sw + FEATHER and x + w - ox > -FEATHER and y - oy < sh + FEATHER and y + h - oy > -FEATHER:
                    veil.blit(self._rect(w, h, strength), (round(x - ox) - FEATHER, round(y - oy) - FEATHER),
                              special_flags=pygame.BLEND_RGBA_SUB)
        surface.blit(veil, (0, 0))

    @staticmethod
    def lights(world):
        """Every light in play: (``"disc"``, x, y, radius, strength), (``"rect"``, x, y, w, h, strength)
        or (``"line"``, x0, y0, x1, y1, strength)."""
        for e in world.entities:
            own = getattr(e, "lights", None)
            if own is not None:
                yield from own()
                continue
            lamp = LAMPS.get(e.kind)
            if lamp is not None:
                r = e.rect
                yield (lamp[0], r.center[0] + lamp[1], r.bottom + lamp[2], lamp[3], lamp[4])
        for p in world.players:
            if p.state != "dead":
                yield (PLAYER_GLOW[0], p.x + PLAYER_GLOW[1], p.y + PLAYER_GLOW[2], PLAYER_GLOW[3], PLAYER_GLOW[4])
            laser = getattr(p, "laser", None)
            if laser is not None:  # a laser sight: its beam and the dot where it lands
                yield ("line", *laser, LASER_LINE)
                yield ("disc", laser[2], laser[3], LASER_DOT, 1.0)


# --- drawers ----------------------------------------------------------------------------------------
def _c(name: str, default=(255, 0, 255)):
    return assets.color(name, default)


def draw_floodlight(surface, world, e, sx, sy, ox, oy, steady) -> None:
    """The lamp's head at the top middle of its area: dark glass off, white-hot on (with a cone of
    light down over its ground), a broken socket once shot out.  Window light (no lamp) draws nothing."""
    if not e.has_lamp:
        if e.period > 0 and e.state == "look":  # somebody at the window: a head and shoulders against the light
            x, y = round(e.lamp[0] - ox), round(e.lamp[1] - oy)
            ink = _c("ink")
            pygame.draw.circle(surface, ink, (x, y + 8), 4)
            pygame.draw.rect(surface, ink, (x - 7, y + 12, 14, 8))
        return
    x, y = round(e.lamp[0] - ox), round(e.lamp[1] - oy)
    pygame.draw.rect(surface, _c("steel_dark"), (x - 5, y - 5, 10, 6))
    pygame.draw.line(surface, _c("steel"), (x - 5, y - 5), (x + 4, y - 5))
    if e.state == "broken":
        for dx in (-3, 0, 3):
            surface.set_at((x + dx, y + 1 + (dx % 2)), _c("frost_dark"))
        return
    if e.state == "on":
        cone = _cone(round(e.rect.w), round(e.rect.bottom - e.lamp[1]))
        surface.blit(cone, (round(e.rect.x - ox), y), special_flags=pygame.BLEND_RGB_ADD)
        pygame.draw.rect(surface, _c("white"), (x - 4, y, 8, 3))
    else:
        pygame.draw.rect(surface, _c("frost_dark"), (x - 4, y, 8, 3))
        if (world.frame // 45) % 4 == 0 or steady:  # the sensor's little red eye
            surface.set_at((x + 5, y - 2), _c("red"))


_CONES: dict[tuple[int, int], pygame.Surface] = {}


def _cone(w: int, h: int) -> pygame.Surface:
    """A soft cone of white light widening down from the lamp to the floor (made once per size)."""
    key = (w, h)
    cone = _CONES.get(key)
    if cone is None:
        cone = pygame.Surface((max(1, w), max(1, h)))
        cone.fill((0, 0, 0))
        base = _c("sodium", (255, 190, 80))
        for y in range(h):
            half = 4 + (w / 2 - 4) * y / max(1, h)
            k = 0.35 * (1 - 0.5 * y / max(1, h))
            col = tuple(round(v * k) for v in base)
            pygame.draw.line(cone, col, (round(w / 2 - half), y), (round(w / 2 + half), y))
        _CONES[key] = cone
    return cone


def draw_glass(surface, world, e, sx, sy, ox, oy, steady) -> None:
    """A tall pane: a faint blue sheen, a bright frame and diagonal glints; once broken, a jagged
    rim of glass left in the frame and shards on the floor."""
    r = e.rect
    x, y, w, h = round(r.x - ox), round(r.y - oy), round(r.w), round(r.h)
    frame, shine = _c("steel_dark"), _c("chrome")
    if e.broken:
        for k in range(0, h, 6):  # a jagged rim along the frame
            pygame.draw.line(surface, _c("frost_dark"), (x, y + k), (x + 2 + (k * 7) % 5, y + k + 3))
        for k in range(6):
            surface.set_at((x - 6 + k * 4, y + h - 1 - (k % 2)), _c("frost"))
        pygame.draw.line(surface, frame, (x, y), (x, y + h - 1))
        return
    sheen = _sheen(w, h)
    surface.blit(sheen, (x, y))
    pygame.draw.rect(surface, frame, (x, y, w, h), 1)
    for k in range(2):  # two glints
        gy = y + (h * (k + 1)) // 3
        pygame.draw.line(surface, shine, (x + 1, gy + 4), (x + w - 2, gy - 3))


_SHEENS: dict[tuple[int, int], pygame.Surface] = {}


def _sheen(w: int, h: int) -> pygame.Surface:
    key = (w, h)
    sheen = _SHEENS.get(key)
    if sheen is None:
        sheen = pygame.Surface((max(1, w), max(1, h)), pygame.SRCALPHA)
        sheen.fill((*_c("frost_dark", (74, 156, 192)), 70))
        _SHEENS[key] = sheen
    return sheen


def draw_cruiser(surface, world, e, sx, sy, ox, oy, steady) -> None:
    """The cruiser on its rounds: its sprite, and the spotlight's pool on the road ahead with the beam
    from the pillar lamp down to it (added light, so it reads on the dark street)."""
    from game.render import sprites

    lo, hi = e.beam()
    road = round(e.rect.bottom - oy)
    pool = _pool(round(hi - lo))
    surface.blit(pool, (round(lo - ox), road - pool.get_height() + 2), special_flags=pygame.BLEND_RGB_ADD)
    lamp = (round(sx + e.facing * 14), round(sy - 30))
    far = round((hi if e.facing > 0 else lo) - ox)
    near = round((lo if e.facing > 0 else hi) - ox)
    beam = pygame.Surface((abs(far - lamp[0]) + 2, 34))
    beam.fill((0, 0, 0))
    x0 = 0 if e.facing > 0 else beam.get_width() - 1
    glow = _c("sodium", (255, 190, 80))
    dim = tuple(v // 6 for v in glow)
    pygame.draw.polygon(beam, dim, [(x0, 2), (abs(near - lamp[0]), 32), (abs(far - lamp[0]), 32)])
    surface.blit(beam, (min(lamp[0], far), lamp[1] - 2), special_flags=pygame.BLEND_RGB_ADD)
    sprites.sheet("police_car").draw(surface, "drive" if e.state == "drive" else "idle", e.state_time, sx, sy,
                                     e.facing)
    pygame.draw.rect(surface, _c("white"), (lamp[0] - 1, lamp[1] - 1, 3, 2))


_POOLS: dict[int, pygame.Surface] = {}


def _pool(w: int) -> pygame.Surface:
    """An oval of warm light on the road, ``w`` wide (made once per width)."""
    pool = _POOLS.get(w)
    if pool is None:
        pool = pygame.Surface((max(1, w), 12))
        pool.fill((0, 0, 0))
        base = _c("sodium", (255, 190, 80))
        for k, share in ((0, 0.18), (2, 0.3), (4, 0.45)):
            pygame.draw.ellipse(pool, tuple(round(v * share) for v in base), (k * 3, k, max(1, w - k * 6), 12 - 2 * k))
        _POOLS[w] = pool
    return pool


def draw_guard_dog(surface, world, e, sx, sy, ox, oy, steady) -> None:
    """The dog in its yard: asleep (a slow "z" over it), its head starting up just before it looks (a grey
    "?"), head up and looking about (a gold "?": be hidden), barking (a red "!")."""
    from game.render import sprites
    from game.render.text import font

    waking = e.waking  # its head starting up: it is about to look
    anim = "stir" if waking else e.state  # its states are its sheet's animations: sleep, stir, bark
    sprites.sheet("dog").draw(surface, anim, 0.0 if waking else e.state_time, sx, sy, e.facing)
    x, y = round(sx), round(sy) - 30
    if waking:
        font().draw(surface, "?", (x, y - 2), _c("frost_dark"), align="center")
    elif e.state == "sleep":
        if steady or (world.frame // 40) % 2 == 0:
            font().draw(surface, "z", (x + 6 * e.facing, y + 10), _c("frost_dark"), align="center")
    elif e.state == "stir":
        font().draw(surface, "?", (x, y - 4), _c("gold"), align="center", scale=2)
    else:
        font().draw(surface, "!", (x, y - 4), _c("red"), align="center", scale=2)
