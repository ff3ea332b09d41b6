"""Drawers for the Steel Mill's things: the nitrogen spill, ladles and their pours, steam, grenades,
the tanker on its side.  They read state and never change it."""

from __future__ import annotations

import math

import pygame

from game import assets
from game.render import sprites


def _c(name: str, default=(255, 0, 255)):
    return assets.color(name, default)


def draw_spill(surface, world, e, sx, sy, ox, oy, steady) -> None:
    """A pale pool of liquid nitrogen on the floor, boiling off in frost (thinner once spent)."""
    r = e.rect
    x, y = round(r.x - ox), round(r.bottom - oy)
    t = world.frame / 60.0
    frost, white = _c("frost", (170, 230, 255)), _c("white", (240, 240, 232))
    pool = pygame.Surface((r.w, 6), pygame.SRCALPHA)
    pool.fill((*frost, 90 if e.spent else 170))
    surface.blit(pool, (x, y - 4))
    pygame.draw.line(surface, white, (x + 2, y - 4), (x + r.w - 3, y - 4))
    for k in range(int(r.w // 12)):
        h = 6 + 5 * (0.5 + 0.5 * math.sin(t * 2.0 + k * 1.7))
        if e.spent:
            h *= 0.4
        cx = x + 6 + k * 12
        mist = pygame.Surface((10, int(h) + 1), pygame.SRCALPHA)
        mist.fill((*white, 60))
        surface.blit(mist, (cx - 5, y - 4 - int(h)))


def draw_ladle(surface, world, e, sx, sy, ox, oy, steady) -> None:
    """The ladle at the top of the area, tipped while it pours; the pour a glowing column."""
    r = e.rect
    x, top, bottom = round(r.x - ox), round(r.y - oy), round(r.bottom - oy)
    cx = x + r.w // 2
    black, rust, molten, gold = _c("ink", (10, 12, 24)), _c("rust", (120, 60, 30)), _c("molten", (255, 106, 26)), \
        _c("gold", (255, 210, 90))
    tilt = 4 if e.live else (2 if e.warning else 0)
    pygame.draw.polygon(surface, black, [(cx - 14, top - 18 + tilt), (cx + 10, top - 18 - tilt), (cx + 7, top), (cx - 11, top)])
    pygame.draw.polygon(surface, rust, [(cx - 14, top - 18 + tilt), (cx + 10, top - 18 - tilt), (cx + 7, top), (cx - 11, top)], 1)
    pygame.draw.line(surface, _c("steel_dark", (60, 66, 84)), (cx - 2, top - 18), (cx - 2, top - 60), 1)  # the hook's cable
    pygame.draw.line(surface, molten, (cx - 12, top - 17 + tilt), (cx + 8, top - 17 - tilt), 2)
    if e.live:
        flick = 0 if steady else (world.frame // 3) % 2
        pygame.draw.rect(surface, molten, (cx - 3, top, 6, bottom - top))
        pygame.draw.rect(surface, gold, (cx - 1 + flick, top, 2, bottom - top))
        pygame.draw.ellipse(surface, gold, (cx - 8, bottom - 5, 16, 6))
    elif e.warning and (steady or (world.frame // 4) % 2 == 0):
        pygame.draw.circle(surface, molten, (cx, top + 3), 2)


def draw_steam(surface, world, e, sx, sy, ox, oy, steady) -> None:
    """A grate in the floor; its jet while it blasts, a wisp before."""
    r = e.rect
    x, top, bottom = round(r.x - ox), round(r.y - oy), round(r.bottom - oy)
    pygame.draw.rect(surface, _c("steel_dark", (60, 66, 84)), (x - 2, bottom - 3, r.w + 4, 3))
    white = _c("white", (240, 240, 232))
    if e.live:
        jet = pygame.Surface((r.w + 8, bottom - top), pygame.SRCALPHA)
        for y in range(bottom - top):
            a = int(150 * (y / max(1, bottom - top)))
            jet.fill((*white, a), (0, y, r.w + 8, 1))
        surface.blit(jet, (x - 4, top))
    elif e.warning:
        pygame.draw.circle(surface, white, (x + r.w // 2, bottom - 6), 3, 1)


def draw_press(surface, world, e, sx, sy, ox, oy, steady) -> None:
    """The housing above the area, the piston and the striped head at the height it has reached;
    a lamp on the housing that blinks red before the blow."""
    r = e.rect
    x, top, bottom = round(r.x - ox), round(r.y - oy), round(r.bottom - oy)
    w = round(r.w)
    ink, steel, steel_dark = _c("ink", (10, 12, 24)), _c("steel", (120, 130, 150)), _c("steel_dark", (60, 66, 84))
    gold, red = _c("gold", (255, 210, 90)), _c("red", (200, 40, 40))
    for sx_ in (x - 8, x + w + 5):  # the frame it hangs from, up into the roof
        pygame.draw.rect(surface, ink, (sx_, -1, 4, top - 25))
        pygame.draw.line(surface, steel_dark, (sx_ + 1, -1), (sx_ + 1, top - 26))
    pygame.draw.rect(surface, ink, (x - 10, top - 26, w + 20, 26))  # the housing
    pygame.draw.rect(surface, steel_dark, (x - 9, top - 25, w + 18, 24))
    pygame.draw.line(surface, steel, (x - 9, top - 25), (x + w + 8, top - 25))
    for k in range(3):  # bolts
        pygame.draw.rect(surface, steel, (x - 6 + k * (w + 12) // 2, top - 20, 2, 2))
    lamp = red if e.warning and (steady or (world.frame // 4) % 2 == 0) else _c("red_dark", (90, 20, 24))
    pygame.draw.rect(surface, lamp, (x + w // 2 - 2, top - 30, 5, 4))
    head_h = 14
    shudder = 1 if e.warning and not steady and (world.frame // 2) % 2 else 0
    y = top + round(e.head * (bottom - top - head_h)) + shudder
    pygame.draw.rect(surface, steel, (x + w // 2 - 3, top - 2, 6, max(0, y - top + 2)))  # the piston
    pygame.draw.line(surface, _c("chrome", (210, 220, 235)), (x + w // 2 - 2, top - 2), (x + w // 2 - 2, y))
    pygame.draw.rect(surface, ink, (x - 5, y, w + 10, head_h))  # the head, hazard-striped
    face = pygame.Rect(x - 4, y + 1, w + 8, head_h - 2)
    pygame.draw.rect(surface, gold, face)
    clip = surface.get_clip()
    surface.set_clip(face.clip(clip) if clip else face)
    for k in range(-head_h, w + 8 + head_h, 8):
        pygame.draw.polygon(surface, ink, [(face.x + k, face.bottom), (face.x + k + 4, face.bottom),
                                           (face.x + k + 4 + head_h, face.y), (face.x + k + head_h, face.y)])
    surface.set_clip(clip)
    pygame.draw.line(surface, steel_dark, (x - 4, y + head_h - 1), (x + w + 4, y + head_h - 1))


_HOOK_HALO: dict[tuple, pygame.Surface] = {}  # the claw's glow, built once per colour


def _halo(colour) -> pygame.Surface:
    key = tuple(colour)
    if key not in _HOOK_HALO:
        halo = pygame.Surface((36, 36), pygame.SRCALPHA)
        pygame.draw.circle(halo, (*colour, 70), (18, 18), 17)
        _HOOK_HALO[key] = halo
    return _HOOK_HALO[key]


def draw_hook(surface, world, e, sx, sy, ox, oy, steady) -> None:
    """The trolley on the overhead rail, the chain to the swinging block, and the claw; the claw's
    edge glows hot, a halo round it, while it is down in the lane (where it hits)."""
    from game.entities.mill import HOOK_RADIUS

    r = e.rect
    px, py = round(r.center[0] - ox), round(r.y - oy)
    hx, hy = e.claw()
    bx, by = round(hx - ox), round(hy - oy - HOOK_RADIUS)
    ink, steel, steel_dark = _c("ink", (10, 12, 24)), _c("steel", (120, 130, 150)), _c("steel_dark", (60, 66, 84))
    rust, molten = _c("rust", (120, 60, 30)), _c("molten", (255, 106, 26))
    pygame.draw.rect(surface, ink, (px - 9, py - 6, 18, 8))  # the trolley on the rail
    pygame.draw.rect(surface, steel_dark, (px - 8, py - 5, 16, 6))
    pygame.draw.line(surface, steel_dark, (px, py), (bx, by - 4), 3)  # the chain: a dark cable of links...
    links = max(2, int(e.length // 12))
    for k in range(links):  # ...with a bright link every other link's length
        f = (k + 0.5) / links
        lx, ly = round(px + (bx - px) * f), round(py + (by - 4 - py) * f)
        pygame.draw.rect(surface, steel, (lx - 1, ly - 2, 2, 4))
    pygame.draw.rect(surface, ink, (bx - 7, by - 4, 14, 10))  # the block
    pygame.draw.rect(surface, rust, (bx - 6, by - 3, 12, 8))
    pygame.draw.line(surface, steel, (bx - 6, by - 3), (bx + 5, by - 3))
    claw = pygame.Rect(bx - 8, by + 2, 16, 16)  # the claw: a thick open C
    if e.live:
        surface.blit(_halo(molten), (claw.centerx - 18, claw.centery - 18))
    pygame.draw.arc(surface, ink, claw.inflate(2, 2), math.pi * 0.9, math.pi * 2.35, 5)
    pygame.draw.arc(surface, molten if e.live else steel, claw, math.pi * 0.9, math.pi * 2.35, 3)
    if e.live:
        pygame.draw.arc(surface, _c("gold", (255, 210, 90)), claw.inflate(-4, -4), math.pi * 0.9, math.pi * 2.35, 1)
    pygame.draw.circle(surface, steel, (claw.right - 2, claw.y + 5), 2)


def draw_conveyor(surface, world, e, sx, sy, ox, oy, steady) -> None:
    """The belt over the floor's top: dark rubber with slats travelling at its speed, a roller at each end."""
    r = e.rect
    x, top = round(r.x - ox), round(r.y - oy)
    w = round(r.w)
    ink, steel = _c("ink", (10, 12, 24)), _c("steel", (120, 130, 150))
    pygame.draw.rect(surface, ink, (x, top - 1, w, 7))
    pygame.draw.line(surface, steel, (x, top - 1), (x + w - 1, top - 1))
    travel = 0 if steady else (world.frame * e.speed / 60.0) % 8
    clip = surface.get_clip()
    band = pygame.Rect(x + 3, top + 1, w - 6, 3)
    surface.set_clip(band.clip(clip) if clip else band)
    for k in range(-8, w + 8, 8):
        sx_ = x + 3 + k + round(travel)
        pygame.draw.line(surface, steel, (sx_, top + 1), (sx_ + 1, top + 3))
    surface.set_clip(clip)
    for cx in (x + 3, x + w - 4):  # the rollers
        pygame.draw.circle(surface, steel, (cx, top + 3), 3)
        pygame.draw.circle(surface, ink, (cx, top + 3), 1)


def draw_grenade(surface, world, e, sx, sy, ox, oy, steady) -> None:
    sprites.sheet("projectiles").draw(surface, "grenade", e.state_time, sx, sy, e.facing)


def draw_tanker(surface, world, e, sx, sy, ox, oy, steady) -> None:
    """The tanker on its side: its sprite turned, a crack leaking frost."""
    frame = sprites.sheet("tanker").get("idle").frame(0.0, e.facing)
    img = pygame.transform.rotate(frame, 8 * e.facing)
    surface.blit(img, img.get_rect(midbottom=(round(sx), round(sy) + 6)))
    frost = _c("frost", (170, 230, 255))
    pygame.draw.line(surface, frost, (round(sx) + 50 * e.facing, round(sy) - 22), (round(sx) + 58 * e.facing, round(sy)), 2)
