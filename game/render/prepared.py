"""Surfaces made ready for fast drawing, looking exactly the same.

Pixel art has no soft edges: every pixel is either opaque or fully clear.
Such a surface does not need per-pixel blending: an opaque one is copied
(``convert``), and one with clear holes is run-length encoded (SDL's
``RLEACCEL``), so a blit copies the opaque runs and skips the clear ones.
Both give the same pixels as the plain alpha blit.  A surface with partly
transparent pixels is left as it is (SDL's RLE blend rounds differently).

SDL encodes an RLE surface on its first blit onto a given target (and again
if the target changes): ``warm`` does that up front, at level start, so no
frame in play pays for it.
"""

from __future__ import annotations

import pygame

OPAQUE, BINARY, SOFT = "opaque", "binary", "soft"


def alpha_kind(surface: pygame.Surface) -> str:
    """OPAQUE (no clear pixel), BINARY (only opaque and clear pixels) or SOFT."""
    if not surface.get_flags() & pygame.SRCALPHA:
        return OPAQUE
    a = pygame.surfarray.array_alpha(surface)
    if not a.size or bool((a == 255).all()):
        return OPAQUE
    return BINARY if bool(((a == 0) | (a == 255)).all()) else SOFT


def for_blitting(surface: pygame.Surface) -> pygame.Surface:
    """``surface`` in the display's format, drawn the cheapest way that looks the same.

    Without a display mode (nothing to convert to) the surface comes back as it is."""
    if not pygame.display.get_init() or pygame.display.get_surface() is None:
        return surface
    kind = alpha_kind(surface)
    if kind == OPAQUE:
        return surface.convert()
    out = surface.convert_alpha()
    if kind == BINARY:
        out.set_alpha(255, pygame.RLEACCEL)
    return out


def warm(target: pygame.Surface, surfaces) -> None:
    """Blit one pixel of each surface onto ``target`` so SDL prepares (encodes) them for it now.

    The caller draws over ``target`` afterwards (it is the frame about to be drawn)."""
    for s in surfaces:
        target.blit(s, (0, 0), (0, 0, 1, 1))
