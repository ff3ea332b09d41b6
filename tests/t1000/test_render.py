"""The renderer draws every state, and an intact body is one smooth blob, not circles."""

from __future__ import annotations

import numpy as np
import pygame

from game.t1000.render import T1000Renderer
from tests.t1000.conftest import Rig

BG = (10, 12, 30)


def _draw(r: Rig, renderer: T1000Renderer) -> np.ndarray:
    surf = pygame.Surface((640, 360))
    surf.fill(BG)
    renderer.draw(surf, r.body, (0, 0))
    px = pygame.surfarray.array3d(surf)
    return np.any(px != np.array(BG), axis=2)  # (w, h) painted mask


def _components(mask: np.ndarray) -> int:
    """4-connected components (tiny flood fill, test only)."""
    seen = np.zeros_like(mask)
    count = 0
    w, h = mask.shape
    for x0, y0 in zip(*np.nonzero(mask)):
        if seen[x0, y0]:
            continue
        count += 1
        stack = [(x0, y0)]
        seen[x0, y0] = True
        while stack:
            x, y = stack.pop()
            for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
                if 0 <= nx < w and 0 <= ny < h and mask[nx, ny] and not seen[nx, ny]:
                    seen[nx, ny] = True
                    stack.append((nx, ny))
    return count


def test_intact_body_is_one_solid_blob():
    r = Rig(step=False, door=False, bars=False, molten=False)
    r.step(40)
    mask = _draw(r, T1000Renderer())
    assert _components(mask) == 1
    assert _components(~mask) == 1  # no holes: the background is one piece
    xs, ys = np.nonzero(mask)
    assert 38 <= ys.max() - ys.min() <= 50
    fill = mask.sum() / ((np.ptp(xs) + 1) * (np.ptp(ys) + 1))
    assert fill > 0.55


def test_every_state_draws_without_error():
    r = Rig(step=False, door=False, bars=False, molten=False)
    renderer = T1000Renderer()
    r.step(20)
    seen = {}
    x, y = r.body.position
    seen["liquid"] = _draw(r, renderer).sum()
    r.body.shoot((x, y), (1, 0), 1.0)
    r.step(2)
    assert r.body.state == "splashed"
    seen["splashed"] = _draw(r, renderer).sum()
    r.step(60)
    r.body.command("puddle")
    r.step(2)
    seen["morph"] = _draw(r, renderer).sum()
    r.body.command("policeman")
    r.step(90)
    x, y = r.body.position
    r.body.add_cold((x, y), 60, 2.0)
    r.step(1)
    assert r.body.state == "frozen"
    seen["frozen"] = _draw(r, renderer).sum()
    r.body.shoot((x, y), (1, 0), 1.0)
    r.step(5)
    assert r.body.state == "shattered"
    seen["shattered"] = _draw(r, renderer).sum()
    assert r.run_until(lambda: r.body.state == "reforming", 200) >= 0
    r.step(10)
    seen["reforming"] = _draw(r, renderer).sum()
    for state, painted in seen.items():
        assert painted > 150, state


def _colours(r: Rig, renderer: T1000Renderer) -> np.ndarray:
    """The painted pixels' colours, (n, 3)."""
    surf = pygame.Surface((640, 360))
    surf.fill(BG)
    renderer.draw(surf, r.body, (0, 0))
    px = pygame.surfarray.array3d(surf).astype(int)
    return px[np.any(px != np.array(BG), axis=2)]


def test_melting_glows_orange_and_the_dead_draw_nothing():
    r = Rig(x=420, step=False, door=False, bars=False)
    renderer = T1000Renderer()
    pool = r.arena.pool
    glowing = []
    for _ in range(60 * 12):
        r.step(1, ((pool[0] + pool[2]) / 2, pool[1]))
        if r.body.state == "melting":
            c = _colours(r, renderer)
            if len(c):
                glowing.append(((c[:, 0] > 140) & (c[:, 0] > c[:, 2] + 60)).mean())  # red-orange
        if not r.body.alive:
            break
    assert glowing and np.mean(glowing) > 0.6
    assert _draw(r, renderer).sum() == 0


def test_a_frozen_body_is_drawn_in_frost():
    r = Rig(step=False, door=False, bars=False, molten=False)
    r.step(40)
    x, y = r.body.position
    r.body.add_cold((x, y), 60, 2.0)
    r.step(1)
    assert r.body.state == "frozen"
    c = _colours(r, T1000Renderer())
    assert ((c[:, 2] > 150) & (c[:, 2] >= c[:, 0])).mean() > 0.7  # pale ice blue, not navy or skin


def test_the_disguise_has_a_dark_cap_over_a_face_and_a_navy_uniform():
    r = Rig(step=False, door=False, bars=False, molten=False)
    r.step(40)
    surf = pygame.Surface((640, 360))
    surf.fill(BG)
    T1000Renderer().draw(surf, r.body, (0, 0))
    px = pygame.surfarray.array3d(surf).astype(int)
    mask = np.any(px != np.array(BG), axis=2)
    top = np.nonzero(mask)[1].min()

    def rows(a: int, b: int) -> np.ndarray:
        band = px[:, top + a:top + b]
        return band[mask[:, top + a:top + b]]

    def skin(p: np.ndarray) -> int:
        return int(((p[:, 0] - p[:, 2]) > 40).sum())

    assert skin(rows(0, 3)) == 0  # cap
    assert skin(rows(4, 11)) >= 10  # face
    uniform = rows(16, 24)
    assert skin(uniform) == 0 and (uniform[:, 2] > uniform[:, 0] + 25).mean() > 0.6  # navy shirt


def test_a_sprayed_part_is_drawn_frosted():
    r = Rig(step=False, door=False, bars=False, molten=False)
    r.step(40)
    x, y = r.body.position
    r.body.add_cold((x + 4, y - 14), 9, 3.0)
    surf = pygame.Surface((640, 360))
    surf.fill(BG)
    T1000Renderer().draw(surf, r.body, (0, 0))
    px = pygame.surfarray.array3d(surf).astype(int)
    mask = np.any(px != np.array(BG), axis=2)
    ys = np.nonzero(mask)[1]
    top, bottom = ys.min(), ys.max()

    def frosty(a: int, b: int) -> float:
        p = px[:, a:b][mask[:, a:b]]
        return float(((p[:, 2] > 170) & (p[:, 1] > 140)).mean())  # pale ice blue

    assert frosty(top, top + 12) > 0.5  # head and shoulders
    assert frosty(bottom - 12, bottom + 1) < 0.1  # legs keep the uniform


def _standing_disguise(renderer: T1000Renderer | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(pixels (w, h, 3) int, painted mask) of a standing, intact, disguised body on the night background."""
    r = Rig(step=False, door=False, bars=False, molten=False)
    r.step(40)
    surf = pygame.Surface((640, 360))
    surf.fill(BG)
    (renderer or T1000Renderer()).draw(surf, r.body, (0, 0))
    px = pygame.surfarray.array3d(surf).astype(int)
    return px, np.any(px != np.array(BG), axis=2)


def _lum(p: np.ndarray) -> np.ndarray:
    return p @ np.array([0.299, 0.587, 0.114])


def test_the_disguise_is_outlined_light_against_the_dark_background():
    px, mask = _standing_disguise()
    lum = _lum(px.astype(float))
    mp = np.pad(mask, 1)
    up, left = ~mp[1:-1, :-2], ~mp[:-2, 1:-1]
    down, right = ~mp[1:-1, 2:], ~mp[2:, 1:-1]
    lit = mask & (up | left)  # the outer edge facing the sky and the light
    away = mask & ~(up | left) & (down | right)
    inside = mask & ~(up | left | down | right)
    bg = _lum(np.array(BG, float))
    old_edge = _lum(np.array([22.0, 26.0, 40.0]))  # the dark EDGE colour the silhouette used to fade into
    assert lit.sum() > 30 and away.sum() > 30
    # A 1 px highlight rim, not a dark outline: lighter than the body it outlines, and no pixel of it
    # sinks into the background.
    assert lum[lit].mean() > lum[inside].mean() + 15
    assert lum[lit].min() > bg + 40
    # The edges facing away stay the material's own darkest tone, still lighter than the old edge.
    assert lum[away].mean() > old_edge + 5
    assert lum[lit | away].mean() > old_edge + 25


def test_the_disguise_is_drawn_in_a_few_flat_tones():
    px, mask = _standing_disguise()
    top = np.nonzero(mask)[1].min()
    band = mask.copy()
    band[:, :top + 16] = False
    band[:, top + 25:] = False  # the shirt, arm and belt
    assert len({tuple(c) for c in px[band]}) <= 16  # pixel-art tones, not a smooth gradient


def test_a_chrome_glint_crosses_the_uniform_now_and_then():
    def chrome_pixels(frame: int) -> int:
        renderer = T1000Renderer()
        renderer.frame = frame - 1  # draw() counts this frame
        px, mask = _standing_disguise(renderer)
        top = np.nonzero(mask)[1].min()
        body = px[:, top + 12:][mask[:, top + 12:]]  # below the face
        return int(((_lum(body) > 160) & (body[:, 2] >= body[:, 0])).sum())

    assert chrome_pixels(40) == 0
    glints = [chrome_pixels(f) for f in range(160, 171, 2)]
    assert max(glints) >= 3
