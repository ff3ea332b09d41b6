"""Drawers for game/entities/security.py: doors, barred gates, a watchman's sight cone, and the
alarm's red wash and the keys carried on the HUD.  They read state and never change it."""

from __future__ import annotations

from functools import lru_cache

import pygame

from game import assets
from game.render.text import font

CONE_ALPHA = 46  # the cone's fill: enough to read on white tiles, never hiding what is in it
CONE_ALPHA_ALERT = 70


def draw_door(surface, world, e, sx, sy, ox, oy, steady) -> None:
    """A heavy ward door: steel, a wired-glass window, a lamp over it (red: locked, green: it opens)."""
    r = e.rect
    x, y, w, h = round(r.x - ox), round(r.y - oy), round(r.w), round(r.h)
    frame, steel, hi = assets.color("steel_dark"), assets.color("grey_light"), assets.color("white")
    pygame.draw.rect(surface, frame, (x - 2, y - 3, w + 4, 3))
    lamp = _lamp_colour(world, e)
    pygame.draw.rect(surface, lamp, (x + w // 2 - 2, y - 6, 4, 3))
    if e.is_open:  # swung open: the leaf edge-on against the frame
        pygame.draw.rect(surface, frame, (x - 2, y, 2, h))
        pygame.draw.rect(surface, steel, (x - 4, y, 2, h))
        return
    pygame.draw.rect(surface, steel, (x, y, w, h))
    pygame.draw.rect(surface, frame, (x, y, w, h), 1)
    pygame.draw.line(surface, hi, (x + 1, y + 1), (x + 1, y + h - 2))
    pygame.draw.rect(surface, assets.color("frost_dark"), (x + 2, y + 6, max(1, w - 4), 10))  # the window
    pygame.draw.line(surface, frame, (x + 2, y + 11), (x + w - 3, y + 11))
    pygame.draw.rect(surface, assets.color("gold") if e.key else frame, (x + w - 4, y + h // 2, 2, 4))  # lock


def _lamp_colour(world, e):
    if e.locked_down:
        return assets.color("red") if (world.frame // 15) % 2 else assets.color("red_dark")
    if e.is_open or e.key is None or (world.security is not None and e.key in world.security.keys):
        return assets.color("green")
    return assets.color("red")


def draw_security_gate(surface, world, e, sx, sy, ox, oy, steady) -> None:
    """Bars from floor to lintel with a rail at the top and the middle; open, they slide up out of sight."""
    r = e.rect
    x, y, w, h = round(r.x - ox), round(r.y - oy), round(r.w), round(r.h)
    dark, steel, hi = assets.color("ink"), assets.color("steel"), assets.color("chrome")
    pygame.draw.rect(surface, assets.color("steel_dark"), (x - 2, y - 4, w + 4, 4))
    pygame.draw.rect(surface, _lamp_colour(world, e), (x + w // 2 - 1, y - 7, 3, 3))
    if e.is_open:
        return
    for bx in e.bar_xs():
        px = round(bx - ox)
        pygame.draw.line(surface, dark, (px + 1, y), (px + 1, y + h - 1))
        pygame.draw.line(surface, steel, (px, y), (px, y + h - 1))
        pygame.draw.line(surface, hi, (px - 1, y), (px - 1, y + h - 1))
    for ry in (y + 1, y + h // 2):
        pygame.draw.line(surface, steel, (x, ry), (x + w - 1, ry), 2)


def draw_roof_blades(surface, world, e, sx, sy, ox, oy, steady) -> None:
    """The T-1000 on the elevator's roof: over the told spot the ceiling bulges with liquid metal and
    drips (growing through the tell), then a chrome blade stands from the ceiling to a point at the floor."""
    from game.entities.elevator import STAB_TELL, STAB_WIDTH

    x = e.threat_x()
    if x is None:
        return
    r = e.rect
    cx, top, floor = round(x - ox), round(r.y - oy), round(r.bottom - oy)
    chrome, steel, hi = assets.color("chrome"), assets.color("steel"), assets.color("white")
    if e.phase == "tell":
        k = min(1.0, e.phase_time / STAB_TELL)
        bulge = 2 + round(5 * k)
        pygame.draw.ellipse(surface, steel, (cx - bulge - 2, top - 2, 2 * bulge + 4, bulge + 3))
        pygame.draw.ellipse(surface, chrome, (cx - bulge, top - 1, 2 * bulge, bulge + 1), 1)
        if steady or (world.frame // 4) % 2:
            drop = top + bulge + 2 + round((floor - top - bulge) * ((e.phase_time * 2.5) % 1.0))
            pygame.draw.line(surface, chrome, (cx, drop), (cx, drop + 3), 2)  # a drip falling to the floor
        return
    half = round(STAB_WIDTH / 2)
    pygame.draw.polygon(surface, steel, [(cx - half, top), (cx + half, top), (cx + 1, floor - 2), (cx - 1, floor - 2)])
    pygame.draw.line(surface, hi, (cx - half + 2, top), (cx, floor - 3))  # the edge catching the light
    pygame.draw.line(surface, chrome, (cx + half - 2, top), (cx + 1, floor - 3))
    pygame.draw.ellipse(surface, chrome, (cx - half - 3, top - 3, 2 * half + 6, 7))  # where it comes through


def draw_sight_cone(surface, world, e, sx, sy, ox, oy, steady) -> None:
    """The watchman's cone of sight, cut short by the first wall in front of his eyes; amber while he
    patrols, red once he has noticed somebody."""
    if e.is_down:
        return
    from game.entities.security import CONE_FLARE, CONE_SLOPE, EYE_HEIGHT

    ex, ey = sx + e.facing * 3, sy - EYE_HEIGHT
    reach = e.SIGHT
    hit = world.space.segment_query_first((e.x + e.facing * 3, e.y - EYE_HEIGHT),
                                          (e.x + e.facing * (3 + reach), e.y - EYE_HEIGHT), 0, _sight_filter())
    if hit is not None:
        reach = max(8.0, abs(hit.point.x - e.x) - 3)
    alert = e.mode in ("notice", "chase")
    cone = _cone(int(reach), e.facing, alert)
    top = ey - CONE_FLARE - CONE_SLOPE * reach
    clip = surface.get_clip()
    surface.set_clip(clip.clip(pygame.Rect(0, 0, surface.get_width(), round(sy))))  # not through his floor
    surface.blit(cone, (round(ex if e.facing > 0 else ex - reach), round(top)))
    surface.set_clip(clip)


def _sight_filter():
    from game.world.world import SIGHT_QUERY

    return SIGHT_QUERY


@lru_cache(maxsize=256)
def _cone(reach: int, facing: int, alert: bool) -> pygame.Surface:
    from game.entities.security import CONE_FLARE, CONE_SLOPE

    half = CONE_FLARE + CONE_SLOPE * reach
    img = pygame.Surface((max(1, reach), round(2 * half) + 1), pygame.SRCALPHA)
    colour = assets.color("red" if alert else "gold")
    mid = half
    pts = [(0, mid - CONE_FLARE), (reach, 0), (reach, 2 * half), (0, mid + CONE_FLARE)]
    if facing < 0:
        pts = [(reach - x, y) for x, y in pts]
    pygame.draw.polygon(img, (*colour, CONE_ALPHA_ALERT if alert else CONE_ALPHA), pts)
    pygame.draw.lines(img, (*colour, 110), False, [pts[0], pts[1]])
    pygame.draw.lines(img, (*colour, 110), False, [pts[3], pts[2]])
    return img


# --- HUD ----------------------------------------------------------------------------------------
def draw_security_hud(surface: pygame.Surface, world) -> None:
    """While the alarm rings: a red pulse at the screen's edges and "ALARM" under the clock; the
    keys the team carries, bottom left."""
    sec = world.security
    if sec is None:
        return
    sw, sh = surface.get_size()
    f = font()
    if sec.ringing:
        pulse = abs(((world.frame % 50) / 25.0) - 1.0)
        surface.blit(_alarm_edge(sw, sh, int(40 + 60 * pulse) // 10 * 10), (0, 0))
        f.draw(surface, f"ALARM {sec.alarm_left:4.1f}", (sw - 8, sh - 15), assets.color("red"), align="right")
    x = 8
    for item in sorted(sec.keys):
        pygame.draw.rect(surface, assets.color("ink"), (x - 3, sh - 18, 50, 14))
        f.draw(surface, "KEYS" if item == "keys" else "CARD", (x + 14, sh - 15), assets.color("gold"))
        _key_icon(surface, item, x, sh - 16)
        x += 54


def _key_icon(surface, item: str, x: int, y: int) -> None:
    gold, ink = assets.color("gold"), assets.color("ink")
    if item == "keys":
        pygame.draw.circle(surface, gold, (x + 4, y + 5), 3, 1)
        pygame.draw.line(surface, gold, (x + 6, y + 7), (x + 11, y + 7))
        pygame.draw.line(surface, gold, (x + 9, y + 7), (x + 9, y + 9))
    else:
        pygame.draw.rect(surface, assets.color("white"), (x, y + 1, 11, 8))
        pygame.draw.rect(surface, ink, (x + 1, y + 3, 9, 2))


@lru_cache(maxsize=16)
def _alarm_edge(sw: int, sh: int, alpha: int) -> pygame.Surface:
    img = pygame.Surface((sw, sh), pygame.SRCALPHA)
    red = assets.color("red")
    for k in range(6):
        pygame.draw.rect(img, (*red, max(0, alpha - k * 16)), (k * 3, k * 3, sw - k * 6, sh - k * 6), 3)
    return img
