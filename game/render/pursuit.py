"""Drawers for the freeway pursuit's things: the helicopter (turned with its pitch, its searchlight while it
locks on), its rounds, its burning wreck, and Sarah in the gunner's seat.  They read state and never change it."""

from __future__ import annotations

import math

import pygame

from game import assets
from game.render import sprites

DRAWERS = ("helicopter", "heli_round", "heli_wreck", "gunner")


def _c(name: str, default=(255, 0, 255)):
    return assets.color(name, default)


def _rotated(sheet_name: str, anim: str, t: float, facing: int, angle: float) -> pygame.Surface:
    frame = sprites.sheet(sheet_name).get(anim).frame(t, facing)
    return pygame.transform.rotate(frame, -math.degrees(angle)) if angle else frame


def draw_helicopter(surface, world, e, sx, sy, ox, oy, steady) -> None:
    """The helicopter about its middle; while it locks on, a searchlight's cone down to the ride."""
    if e.state == "aim" and (steady or (world.frame // 3) % 4):
        p = world.nearest_player(e.x, e.y)
        tx, ty = p.x - ox, p.y - oy
        beam = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
        spread = 22
        pygame.draw.polygon(beam, (*_c("sodium", (255, 190, 90)), 60),
                            [(sx, sy + 8), (tx - spread, ty + 4), (tx + spread, ty + 4)])
        surface.blit(beam, (0, 0))
        pygame.draw.circle(surface, _c("white", (240, 240, 232)), (round(sx + e.facing * 18), round(sy + 9)), 2)
    angle = getattr(e, "prev_angle", 0.0) + (e.angle - getattr(e, "prev_angle", 0.0)) * 0.5
    image = _rotated("helicopter", "dive" if e.state == "dive" else "fly", e.state_time, e.facing, angle)
    surface.blit(image, image.get_rect(center=(round(sx), round(sy))))


def draw_heli_round(surface, world, e, sx, sy, ox, oy, steady) -> None:
    """A round: a hot head and a streak along its flight, easy to see against the night."""
    k = 0.045
    tail = (round(sx - e.vx * k), round(sy - e.vy * k))
    pygame.draw.line(surface, _c("tracer", (255, 236, 150)), tail, (round(sx), round(sy)), 2)
    pygame.draw.rect(surface, _c("white", (240, 240, 232)), (round(sx) - 1, round(sy) - 1, 3, 3))


def draw_heli_wreck(surface, world, e, sx, sy, ox, oy, steady) -> None:
    image = _rotated("helicopter", "wreck", 0.0, 1, 0.25)
    surface.blit(image, image.get_rect(midbottom=(round(sx), round(sy) + 10)))


def draw_gunner(surface, world, e, sx, sy, ox, oy, steady) -> None:
    """Sarah at the back of the ride (drawn with it, in its lane), aiming or firing at what she targets."""
    from game.render.world_view import lane_rise

    if e.player_has_seat:
        return  # player two is in her seat (drawn as a player)
    if e.vehicle is not None:
        sy -= lane_rise(e.vehicle, 1.0)
    anim = f"shoot_{e.aim_key}" if e.state == "shoot" else f"aim_{e.aim_key}" if e.state == "aim" else "idle"
    sprites.sheet(e.sheet).draw(surface, anim, e.state_time, sx, sy, e.facing, "idle")
