"""Drawers for Cyberdyne's things: the tear-gas canister and its cloud, the vault's round door, and
the bar over an ally at work (Dyson's combination, the charges).  They read state and never change it."""

from __future__ import annotations

import math

import pygame

from game import assets


def _c(name: str, default=(255, 0, 255)):
    return assets.color(name, default)


def draw_tear_gas(surface, world, e, sx, sy, ox, oy, steady) -> None:
    """A squat canister; hissing, a pale cloud hangs round it (the puffs are effects)."""
    x, y = round(sx), round(sy)
    if e.state == "hiss":
        from game.entities.cyberdyne import GAS_RADIUS, GAS_TIME

        share = max(0.0, min(1.0, e.left / GAS_TIME))
        cloud = pygame.Surface((int(GAS_RADIUS * 2), 40), pygame.SRCALPHA)
        white = _c("white", (240, 240, 232))
        pygame.draw.ellipse(cloud, (*white, int(40 + 50 * share)), cloud.get_rect())
        pygame.draw.ellipse(cloud, (*white, int(30 + 40 * share)), cloud.get_rect().inflate(-24, -14))
        surface.blit(cloud, (x - int(GAS_RADIUS), y - 36))
    angle = 0.0 if e.state == "hiss" else world.frame * 0.6
    dx, dy = math.cos(angle) * 4, math.sin(angle) * 4
    pygame.draw.line(surface, _c("ink", (10, 12, 24)), (x - dx, y - 4 - dy), (x + dx, y - 4 + dy), 6)
    pygame.draw.line(surface, _c("olive", (78, 82, 54)), (x - dx, y - 4 - dy), (x + dx, y - 4 + dy), 4)
    pygame.draw.circle(surface, _c("gold", (255, 210, 90)), (round(x + dx), round(y - 4 + dy)), 1)


def draw_vault_door(surface, world, e, sx, sy, ox, oy, steady) -> None:
    """The vault's round steel door in its frame; open, it stands swung back and the vault shows."""
    r = e.rect
    x, y, w, h = round(r.x - ox), round(r.y - oy), round(r.w), round(r.h)
    cx, cy = x + w // 2, y + h // 2
    rad = min(w, h) // 2 - 2
    ink, steel, dark, chrome = _c("ink", (10, 12, 24)), _c("steel", (112, 124, 150)), \
        _c("steel_dark", (58, 64, 88)), _c("chrome", (184, 196, 216))
    pygame.draw.rect(surface, dark, (x, y, w, h))
    pygame.draw.rect(surface, chrome, (x, y, w, h), 1)
    if e.closed:
        pygame.draw.circle(surface, ink, (cx, cy), rad + 2)
        pygame.draw.circle(surface, steel, (cx, cy), rad)
        pygame.draw.circle(surface, chrome, (cx, cy), rad, 1)
        pygame.draw.circle(surface, dark, (cx, cy), rad // 3)
        for k in range(3):  # the wheel's spokes
            a = k * math.pi / 3 + 0.3
            pygame.draw.line(surface, chrome, (cx - math.cos(a) * rad * 0.6, cy - math.sin(a) * rad * 0.6),
                             (cx + math.cos(a) * rad * 0.6, cy + math.sin(a) * rad * 0.6), 2)
        return
    pygame.draw.circle(surface, ink, (cx, cy), rad + 2)  # the bore, dark, shelves inside
    for k in (-1, 1):
        pygame.draw.line(surface, dark, (cx - rad + 4, cy + k * 6), (cx + rad - 4, cy + k * 6), 1)
    pygame.draw.ellipse(surface, steel, (x + w - 8, cy - rad, 10, rad * 2))  # the door, swung back
    pygame.draw.ellipse(surface, chrome, (x + w - 8, cy - rad, 10, rad * 2), 1)


def draw_task(surface, e, sx: float, sy: float) -> None:
    """An ally at work: a bar over the head filling as the job gets done (red while choking)."""
    share = 1.0 - e.task_left / e.task_total if e.task_total else 1.0
    w = 28
    x, y = round(sx - w / 2), round(sy - e.HEIGHT - 14)
    pygame.draw.rect(surface, _c("ink", (10, 12, 24)), (x - 1, y - 1, w + 2, 5))
    colour = _c("red", (214, 56, 48)) if e.choke > 0 else _c("green", (90, 220, 120))
    pygame.draw.rect(surface, colour, (x, y, round(w * share), 3))
