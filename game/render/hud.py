"""The heads-up display: health, lives, weapon and ammo, score, and the human-casualties count."""

from __future__ import annotations

from functools import lru_cache

import pygame

from game import assets
from game.render import sprites
from game.render.text import font

CAPTION_TOP = 42  # px: captions sit just under the HUD panels
SHADE_HEIGHT = 40  # px of darkened sky behind the top row, so the HUD reads over bright scenery


@lru_cache(maxsize=4)
def _top_shade(width: int) -> pygame.Surface:
    """A band of night that fades out downward: the HUD stays readable over the freeway deck."""
    ink = assets.color("ink", (10, 12, 24))
    band = pygame.Surface((width, SHADE_HEIGHT), pygame.SRCALPHA)
    for y in range(SHADE_HEIGHT):
        band.fill((*ink, int(170 * (1 - y / SHADE_HEIGHT) ** 1.5)), (0, y, width, 1))
    return band


@lru_cache(maxsize=16)
def _caption_box(h: int, ink: tuple[int, int, int]) -> pygame.Surface:
    """The see-through box behind a caption ``h`` px high (made once per height)."""
    box = pygame.Surface((440, h), pygame.SRCALPHA)
    box.fill((*ink, PANEL_ALPHA))
    return box


@lru_cache(maxsize=64)
def _wrapped(text: str, width: int) -> tuple[str, ...]:
    """A caption's lines (it stays up for seconds: wrapped once, not every frame)."""
    return tuple(font().wrap(text, width))


PLAYER_TWO_X = 150  # px: where player two's health, lives and ammunition start
PANEL_ALPHA = 215  # the HUD's backing: the guard rail, traffic and the moon never show through its text


@lru_cache(maxsize=16)
def _panel(w: int, h: int) -> pygame.Surface:
    """A dark plate with a thin rim, drawn once per size, under each group of HUD figures."""
    ink = assets.color("ink", (10, 12, 24))
    rim = assets.color("steel_dark", (60, 66, 84))
    plate = pygame.Surface((w, h), pygame.SRCALPHA)
    plate.fill((*ink, PANEL_ALPHA))
    pygame.draw.rect(plate, (*rim, 230), plate.get_rect(), 1)
    return plate


def _player_block(surface: pygame.Surface, p, x: float, label: str | None, full: int) -> None:
    """One player's health (a segment a point, ``full`` of them), lives, weapon and ammunition, from ``x``."""
    f = font()
    white = assets.color("white", (240, 240, 232))
    dim = assets.color("steel_dark", (60, 66, 84))
    red = assets.color("red", (214, 56, 48))
    ink = assets.color("ink", (10, 12, 24))
    frost = assets.color("frost", (170, 230, 255))
    y = 8
    width = full * 7 + 40 + (14 if label else 0)
    surface.blit(_panel(width, 34), (x - 5, 3))
    if label:
        f.draw(surface, label, (x, y), assets.color("gold", (255, 210, 90)))
        x += 14
    pygame.draw.rect(surface, ink, (x - 2, y - 2, full * 7 + 3, 11))
    for i in range(full):
        colour = red if i < p.health else dim
        pygame.draw.rect(surface, colour, (x + i * 7, y, 6, 7))
    pickups = sprites.sheet("pickups")
    lives_x = x + full * 7 + 6
    pickups.draw(surface, "life", 0.0, lives_x + 7, y + 3)  # the head beside the health, then how many
    f.draw(surface, f"x{max(p.lives, 0)}", (lives_x + 16, y))
    row2 = y + 15
    if not getattr(p, "armed", True):
        pass  # John on his bike: no gun, nothing to count
    elif p.weapon == "grenade":
        pickups.draw(surface, "launcher", 0.0, x + 6, row2 + 3)
        f.draw(surface, f"GL {p.grenades}", (x + 16, row2), assets.color("gold", (255, 210, 90)))
    elif p.weapon == "minigun":
        pickups.draw(surface, "minigun", 0.0, x + 6, row2 + 3)
        f.draw(surface, f"MG {p.minigun}", (x + 16, row2), assets.color("gold", (255, 210, 90)))
    elif p.weapon == "nitrogen":
        pickups.draw(surface, "nitrogen", 0.0, x + 6, row2 + 3)
        f.draw(surface, f"N2 {p.nitrogen}", (x + 16, row2), frost)
    elif p.weapon in ("sedative", "rifle"):  # Sarah's: the doses or rounds she has left
        left = p.ammo(p.weapon)
        f.draw(surface, f"{'SEDATIVE' if p.weapon == 'sedative' else 'RIFLE'} {left}", (x, row2),
               white if left else red)
    elif p.weapon == "none" and getattr(p, "broom", False):  # Sarah with the broom handle from her cell
        pickups.draw(surface, "broom", 0.0, x + 6, row2 + 3)
        f.draw(surface, "BROOM", (x + 16, row2), white)
    elif p.weapon == "none":
        f.draw(surface, "BARE HANDS", (x, row2), white)
    else:
        pickups.draw(surface, "shells", 0.0, x + 6, row2 + 3)
        f.draw(surface, f"{p.shells:02d}", (x + 16, row2), white if p.shells else red)
        if p.nitrogen:
            f.draw(surface, f"N2 {p.nitrogen}", (x + 44, row2), frost)


def _john_block(surface: pygame.Surface, world, sw: int) -> None:
    """John's health (a pip a hit he can take) and what he is doing, under the clock."""
    from game.entities.john import HEALTH, escort_of

    john = escort_of(world)
    if john is None:
        return
    f = font()
    status = john.status()
    alarm = status in ("HURT", "CAUGHT")
    w = 58 + 6 * len(status)
    x = sw // 2 - w // 2
    surface.blit(_panel(w, 14), (x, 20))
    f.draw(surface, "JOHN", (x + 4, 23), assets.color("gold", (255, 210, 90)))
    for i in range(HEALTH):
        colour = assets.color("red", (214, 56, 48)) if i < john.health else assets.color("steel_dark", (60, 66, 84))
        pygame.draw.rect(surface, colour, (x + 30 + i * 7, 24, 5, 6))
    f.draw(surface, status, (x + 34 + HEALTH * 7, 23),
           assets.color("red", (214, 56, 48)) if alarm else assets.color("white", (240, 240, 232)))


def draw_hud(surface: pygame.Surface, world, controls: dict[str, str] | None = None, *,
             join_hint: str = "") -> None:
    """``controls`` fills placeholders in captions: "{interact}" becomes the player's own key(s);
    ``join_hint`` names what a second player presses to join ("ENTER / START") while his seat is free."""
    f = font()
    white = assets.color("white", (240, 240, 232))
    red = assets.color("red", (214, 56, 48))
    ink = assets.color("ink", (10, 12, 24))
    gold = assets.color("gold", (255, 210, 90))

    _emergency_overlay(surface, world)
    if getattr(world, "security", None) is not None:  # the alarm and the keys (game/entities/security.py)
        from game.render.security import draw_security_hud

        draw_security_hud(surface, world)
    surface.blit(_top_shade(surface.get_width()), (0, 0))
    players = world.players
    for p in players:
        x = 8 if p.slot == 0 else PLAYER_TWO_X
        _player_block(surface, p, x, f"{p.slot + 1}P" if len(players) > 1 else None, p.full_health(world))

    if join_hint and len(players) == 1 and (world.frame // 40) % 2 == 0:
        f.draw(surface, f"2P: PRESS {join_hint.upper()}", (PLAYER_TWO_X + 4, 8), gold)

    sw = surface.get_width()
    surface.blit(_panel(150, 28), (sw - 155, 3))
    surface.blit(_panel(44, 16), (sw // 2 - 22, 3))
    f.draw(surface, f"SCORE {world.stats.score:07d}", (sw - 8, 8), gold, align="right")
    cas = world.stats.casualties
    f.draw(surface, f"HUMAN CASUALTIES: {cas}", (sw - 8, 20), red if cas else white, align="right")
    seconds = world.stats.frames // 60
    f.draw(surface, f"{seconds // 60}:{seconds % 60:02d}", (sw // 2, 8), white, align="center")
    draw_boss_bars(surface, world)
    _john_block(surface, world, sw)
    _countdown(surface, world)
    _objective(surface, world, controls or {})

    if world.caption:
        text, left = world.caption
        lines = _wrapped(fill_controls(text, controls or {}), 420)
        h = len(lines) * 10 + 10
        box = _caption_box(h, ink)
        top = CAPTION_TOP  # under the HUD, in the sky: the floor, where the danger is, stays clear
        surface.blit(box, (sw // 2 - 220, top))
        for i, line in enumerate(lines):
            f.draw(surface, line, (sw // 2, top + 6 + i * 10), white, align="center")


OBJECTIVE_WIDTH = 300  # px of text in the objective's panel (bottom left)


def _objective(surface: pygame.Surface, world, controls: dict[str, str]) -> None:
    """The current objective (game/entities/objectives.py) in a panel at the bottom left; while
    its area is off screen, an arrow at the screen's edge points the way."""
    objective = world.objective()
    if objective is None:
        return
    text, area = objective
    f = font()
    gold = assets.color("gold", (255, 210, 90))
    sw, sh = surface.get_size()
    lines = _wrapped(fill_controls(text, controls), OBJECTIVE_WIDTH)
    h = len(lines) * 10 + 7
    x, y = 5, sh - h - 5
    surface.blit(_panel(OBJECTIVE_WIDTH + 18, h), (x, y))
    f.draw(surface, ">", (x + 4, y + 4), gold)
    for i, line in enumerate(lines):
        f.draw(surface, line, (x + 14, y + 4 + i * 10), assets.color("white", (240, 240, 232)))
    if area is None or (world.frame // 20) % 3 == 2:
        return
    cam = world.camera
    if area.overlaps(cam.x, cam.y, sw, sh):
        return  # in view: the camera already shows where to go
    cx, cy = area.center[0] - cam.x, area.center[1] - cam.y
    ax = min(max(cx, 14.0), sw - 14.0)
    ay = min(max(cy, 50.0), sh - h - 20.0)
    dx, dy = cx - ax, cy - ay
    n = max(1e-6, (dx * dx + dy * dy) ** 0.5)
    ux, uy = dx / n, dy / n
    tip = (ax + ux * 8, ay + uy * 8)
    back = (ax - ux * 6, ay - uy * 6)
    wing = (-uy * 6, ux * 6)
    pts = [tip, (back[0] + wing[0], back[1] + wing[1]), (back[0] - wing[0], back[1] - wing[1])]
    pygame.draw.polygon(surface, assets.color("ink", (10, 12, 24)), [(px + 1, py + 1) for px, py in pts])
    pygame.draw.polygon(surface, gold, pts)


def _countdown(surface: pygame.Surface, world) -> None:
    """A set piece's countdown (``show_timer``) under the clock: the label and the seconds left,
    red, pulsing over the last ten."""
    script = getattr(world, "script", None)
    shown = getattr(script, "shown_timer", None)
    if shown is None:
        return
    name, label = shown
    left = script.timers.get(name, 0.0)
    if left <= 0:
        return
    f = font()
    sw = surface.get_width()
    red = assets.color("red", (214, 56, 48))
    white = assets.color("white", (240, 240, 232))
    text = f"{label} {int(left) // 60}:{int(left) % 60:02d}.{int(left * 10) % 10}"
    w = f.render(text, red, 2).get_width() + 12
    surface.blit(_panel(w, 22), (sw // 2 - w // 2, 21))
    urgent = left < 10 and (world.frame // 8) % 2 == 0
    f.draw(surface, text, (sw // 2, 24), white if urgent else red, align="center", scale=2)


def _emergency_overlay(surface: pygame.Surface, world) -> None:
    """Emergency power (the Steel Mill): the picture goes red and dark at the edges, pulsing with
    the heartbeat; shut down, it is nearly black; the reserve's seconds count down."""
    p = world.players[0] if world.players else None
    if p is None or not getattr(p, "on_emergency_power", False):
        return
    sw, sh = surface.get_size()
    red = assets.color("red", (214, 56, 48))
    beat = 0.5 + 0.5 * abs(((world.frame % 54) / 27.0) - 1.0)
    tint = pygame.Surface((sw, sh), pygame.SRCALPHA)
    if p.shutdown > 0:
        tint.fill((8, 0, 0, 225))
    else:
        tint.fill((*red, int(40 + 40 * beat)))
    surface.blit(tint, (0, 0), special_flags=0)
    for k in range(6):  # a vignette of dark red
        pygame.draw.rect(surface, (60 - 8 * k, 0, 0), (k * 4, k * 4, sw - k * 8, sh - k * 8), 4)
    f = font()
    if p.shutdown > 0:
        f.draw(surface, "SYSTEM FAILURE", (sw // 2, sh // 2 - 10), red, align="center", scale=2)
    else:
        f.draw(surface, f"EMERGENCY POWER {p.emergency:4.1f}", (sw // 2, sh - 44), red, align="center")


BOSS_BAR_WIDTH = 240  # px
BOSS_BAR_BOTTOM = 14  # px from the bottom of the screen to the bottom of the lowest bar
BOSS_BAR_STEP = 22  # px between the bars of two bosses at once


def active_bosses(world) -> list:
    """The bosses in play (woken and not yet gone), in the order they came."""
    bosses = [t for t in getattr(world, "t1000s", []) if getattr(t, "boss", False) and t.alive]
    return bosses + [e for e in getattr(world, "entities", []) if getattr(e, "boss", False) and e.alive
                     and e not in bosses and getattr(e, "health", 0) > 0]


def draw_boss_bars(surface: pygame.Surface, world) -> None:
    """Each active boss: its name over a bar of its health, with a notch where each phase begins."""
    f = font()
    ink = assets.color("ink", (10, 12, 24))
    chrome = assets.color("chrome", (200, 210, 230))
    red = assets.color("red", (214, 56, 48))
    dim = assets.color("steel_dark", (60, 66, 84))
    white = assets.color("white", (240, 240, 232))
    sw, sh = surface.get_size()
    x = sw // 2 - BOSS_BAR_WIDTH // 2
    for i, boss in enumerate(active_bosses(world)):
        y = sh - BOSS_BAR_BOTTOM - 6 - i * BOSS_BAR_STEP
        label = boss.title or boss.name or "T-1000"
        if boss.phases > 1:
            label = f"{label}  {min(boss.phase, boss.phases)}/{boss.phases}"
        f.draw(surface, label.upper(), (sw // 2, y - 11), white, align="center")
        pygame.draw.rect(surface, ink, (x - 2, y - 2, BOSS_BAR_WIDTH + 4, 10))
        pygame.draw.rect(surface, dim, (x, y, BOSS_BAR_WIDTH, 6))
        share = max(0.0, min(1.0, boss.health / boss.max_health)) if boss.max_health else 0.0
        filled = round(BOSS_BAR_WIDTH * share)
        if filled:
            pygame.draw.rect(surface, chrome if share > 0.25 else red, (x, y, filled, 6))
            pygame.draw.rect(surface, white, (x, y, filled, 1))  # a highlight along the top
        for k in range(1, boss.phases):  # where phase k + 1 begins
            nx = x + round(BOSS_BAR_WIDTH * (boss.phases - k) / boss.phases)
            pygame.draw.rect(surface, ink, (nx, y - 1, 1, 8))


def fill_controls(text: str, controls: dict[str, str]) -> str:
    """Replace "{fire}", "{interact}", ... with the controls the player has bound (unknown ones stay)."""
    for name, label in controls.items():
        text = text.replace("{" + name + "}", label)
    return text
