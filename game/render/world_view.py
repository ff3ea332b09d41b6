"""Draws a world: parallax, tiles, every entity at its interpolated position, effects, front tiles.

Which sprite and animation an entity shows is decided here from its kind's
``look`` (declared with the kind, game/level/kinds.py) and its state, so the
simulation never knows what anything looks like.
"""

from __future__ import annotations

import math

import numpy as np
import pygame

from game import assets
from game.level.kinds import KINDS
from game.render import prepared, pursuit, sprites
from game.render.background import Parallax
from game.render.molten import MoltenPools
from game.render.tiles import LevelTiles

# Sheets drawn in several looks: one is picked per entity from where it was placed (never from the
# simulation's changing state), so the same thug always wears the same clothes.
VARIANTS = {"thug": ("thug", "thug_b", "thug_c")}
PLAYER_TWO_SHEETS = frozenset({"t800", "sarah", "sarah_rifle", "sarah_broom"})
HIDDEN_ALPHA = 120  # a hero hiding in a shadow (Sarah) is drawn see-through  # sheets with a "<sheet>_p2" outfit for player two
WATER_SURFACE_INSET = 4  # px from the top of a water tile to the drawn surface (see the water_top tile)


def _depth(e) -> float:
    return getattr(e, "depth", 0.0)


def lane_rise(e, alpha: float) -> float:
    """How far above its physical place a vehicle in the far lane is drawn (0 in the near lane)."""
    shift = getattr(e, "lane_shift", 0.0)
    if not shift and not getattr(e, "prev_lane_shift", 0.0):
        return 0.0
    from game.entities.vehicle import LANE_RISE

    return (e.prev_lane_shift + (shift - e.prev_lane_shift) * alpha) * LANE_RISE


class WorldView:
    def __init__(self, world) -> None:
        self.level = world.level
        self.tiles = LevelTiles(world.level)
        self.parallax = Parallax(str(world.level.properties.get("background", "freeway")),
                                 world.level.properties.get("underground_below"))
        self.molten = MoltenPools(world.level)
        darkness = float(world.level.properties.get("darkness", 0.0))
        self.night = None
        if darkness > 0:  # a dark map: the veil of night and its lights (game/render/night.py)
            from game.render.night import Night

            self.night = Night(darkness)
        self._t1000_renderer = None
        if world.level.objects_of("t1000"):  # built while loading, not on the frame it first appears
            self._t1000_renderer = self._new_t1000_renderer()
        sprites.preload()  # every sheet read while the level loads, not when its wearer first shows
        self._chunk_image = None
        self._warmed: pygame.Surface | None = None  # the target the static surfaces are ready for
        self.steady = False  # reduced flashing, for the draw in progress
        self._alpha = 1.0  # interpolation of the draw in progress (for angles)

    def warm(self, surface: pygame.Surface) -> None:
        """Get the backdrops and tile chunks ready for drawing onto ``surface`` (done on the first
        draw onto it; a scene may call it while the level loads).  Leaves a pixel to draw over."""
        prepared.warm(surface, self.parallax.surfaces() + self.tiles.surfaces())
        self._warmed = surface

    def _lerp(self, e, alpha: float) -> tuple[float, float]:
        px, py = e.prev_pos
        return (px + (e.x - px) * alpha, py + (e.y - py) * alpha)

    def draw(self, surface: pygame.Surface, world, cam: tuple[float, float], alpha: float,
             effects=None, *, shake: tuple[float, float] = (0.0, 0.0), reduced_flashing: bool = False) -> None:
        ox, oy = cam[0] + shake[0], cam[1] + shake[1]
        self._alpha = alpha
        self.steady = reduced_flashing  # hazards keep their warnings but stop strobing
        if surface is not self._warmed:
            self.warm(surface)
        if not self.parallax.covers(surface, oy, self.level.pixel_size[1]):
            surface.fill(assets.color("night", (12, 16, 36)))
        self.parallax.draw(surface, ox, oy, self.level.pixel_size[1])
        for layer in self.tiles.back:
            layer.draw(surface, ox, oy)
        self._draw_outlines(surface, ox, oy)
        self.molten.draw_glow(surface, world.frame, ox, oy)
        sw, sh = surface.get_size()
        players = world.players
        wires = []
        for e in sorted(world.entities, key=_depth):  # the far lane of a road behind the near one
            if e in players:
                continue
            x, y = self._lerp(e, alpha)
            if x < ox - 160 or x > ox + sw + 160:
                continue
            self._draw_entity(surface, world, e, x - ox, y - oy, ox, oy)
            if e.kind == "live_wire":
                wires.append(e)
        for player in reversed(players):  # player one in front
            if player.state == "dead" and player.lives <= 0:
                continue  # out of the game
            vehicle = getattr(player, "vehicle", None)
            if vehicle is not None and not vehicle.spec.rider_visible and not player.gunning:
                continue  # in the cab
            x, y = self._lerp(player, alpha)
            if getattr(player, "trigger_locked", False) and player.state != "dead" and not reduced_flashing:
                x += (world.frame // 3) % 3 - 1  # her hands shake (a set piece's hold_fire)
            blink = player.invulnerable > 0 and player.state != "dead" and (world.frame // 4) % 2 == 0
            shade = 140 if blink and reduced_flashing else HIDDEN_ALPHA if player.hiding else None  # in the shadows
            self._draw_character(surface, player, x - ox, y - oy, alpha=shade, hidden=blink and not reduced_flashing)
            laser = getattr(player, "laser", None)
            if laser is not None:
                self._draw_laser(surface, laser, (x - player.x, y - player.y), ox, oy)
        self.molten.draw(surface, world.frame, ox, oy)  # over the characters: what falls in sinks
        if self.night is not None:  # night falls on everything but the flashes, which light it up
            for layer in self.tiles.front:
                layer.draw(surface, ox, oy)
            self.night.draw(surface, world, ox, oy)
            if effects is not None:
                effects.draw(surface, ox, oy, reduced_flashing=reduced_flashing)
        else:
            if effects is not None:
                effects.draw(surface, ox, oy, reduced_flashing=reduced_flashing)
            for layer in self.tiles.front:
                layer.draw(surface, ox, oy)
        for e in wires:  # the water is a front layer: the current shows on top of it
            self._draw_current(surface, world, e, ox, oy)

    def _draw_outlines(self, surface, ox: float, oy: float) -> None:
        """Ramps and shaped ground drawn as ``solid`` objects (tiles with collision shapes draw their
        own art): a polygon filled as concrete, a polyline as a deck of the thickness it collides with."""
        if not self.level.outlines:
            return
        from game.world.geometry import SEGMENT_RADIUS

        fill, edge, dark = assets.color("concrete"), assets.color("concrete_hi"), assets.color("grey_dark")
        sw = surface.get_width()
        for outline in self.level.outlines:
            if not outline.drawn:
                continue
            xs = [x for x, _ in outline.points]
            if max(xs) < ox - 8 or min(xs) > ox + sw + 8:
                continue
            pts = [(round(x - ox), round(y - oy)) for x, y in outline.points]
            if outline.closed:
                pygame.draw.polygon(surface, fill, pts)
                pygame.draw.polygon(surface, dark, pts, 1)
                pygame.draw.lines(surface, edge, False, pts[:2], 1)
            else:
                width = round(SEGMENT_RADIUS * 2) + 1
                pygame.draw.lines(surface, dark, False, pts, width + 2)
                pygame.draw.lines(surface, fill, False, pts, width)
                pygame.draw.lines(surface, edge, False, [(x, y - width // 2) for x, y in pts], 1)

    # --- per kind ---------------------------------------------------------------------------
    def _draw_character(self, surface, e, sx: float, sy: float, *, alpha=None, hidden=False) -> None:
        if hidden:
            return
        look = KINDS[e.kind].look
        sheet = getattr(e, "sheet", None) or look.sheet  # a character may change sheets (Sarah with her rifle)
        # Player two wears other colours (its own sheet, "t800_p2") so the two are told apart.
        name = f"{sheet}_p2" if getattr(e, "slot", 0) == 1 and sheet in PLAYER_TWO_SHEETS else sheet
        if getattr(e, "weapon", "") == "minigun" and e.kind == "t800" and e.state not in ("climb", "ride", "crawl"):
            name = "t800_minigun"  # carrying the minigun (Cyberdyne): one sheet for either player
        variants = VARIANTS.get(name)
        if variants:
            name = variants[(int(getattr(e, "home_x", 0.0)) * 2654435761 >> 7) % len(variants)]
        anims = look.anims.get(e.state, (e.state,))
        sprites.sheet(name).draw(surface, anims[0], e.state_time, sx, sy, e.facing, *anims[1:], alpha=alpha)

    def _draw_entity(self, surface, world, e, sx: float, sy: float, ox: float, oy: float) -> None:
        """Draw ``e`` as its kind's ``look`` says: a character sheet, or one of the drawers here."""
        look = KINDS[e.kind].look
        if look is None:
            return  # invisible: a trigger area
        if look.sheet:
            if look.drawer == "sight_cone":  # under the figure: what a watchman sees (game/render/security.py)
                from game.render import security

                security.draw_sight_cone(surface, world, e, sx, sy, ox, oy, self.steady)
            self._draw_character(surface, e, sx, sy)
            if e.state in look.warn:
                self._draw_warning(surface, world, e, sx, sy)
        elif look.drawer == "tracer":
            self._draw_tracer(surface, e, sx, sy)
        elif look.drawer == "pickup":
            sprites.sheet("pickups").draw(surface, e.item, e.state_time, sx, sy - 8 + e.bob)
        elif look.drawer == "chunk":
            self._draw_chunk(surface, e, sx, sy)
        elif look.drawer == "live_wire":
            self._draw_wire(surface, world, e, ox, oy)
        elif look.drawer == "traffic":
            self._draw_traffic(surface, e, ox, oy)
        elif look.drawer == "checkpoint":
            self._draw_checkpoint(surface, world, e, ox, oy)
        elif look.drawer == "exit":
            self._draw_exit(surface, world, e, ox, oy)
        elif look.drawer == "t1000":
            self._draw_t1000(surface, e, ox, oy)
        elif look.drawer == "vehicle":
            self._draw_vehicle(surface, e, sx, sy)
        elif look.drawer == "shutter":
            self._draw_shutter(surface, e, ox, oy)
        elif look.drawer == "junk":
            self._draw_junk(surface, e, ox, oy)
        elif look.drawer == "sluice_gate":
            self._draw_sluice(surface, world, e, ox, oy)
        elif look.drawer == "wreck":
            self._draw_wreck(surface, e, sx, sy)
        elif look.drawer in ("floodlight", "glass", "cruiser", "guard_dog"):
            from game.render import night

            getattr(night, f"draw_{look.drawer}")(surface, world, e, sx, sy, ox, oy, self.steady)
        elif look.drawer in ("door", "security_gate", "roof_blades"):
            from game.render import security

            getattr(security, f"draw_{look.drawer}")(surface, world, e, sx, sy, ox, oy, self.steady)
        elif look.drawer in ("spill", "ladle", "steam", "press", "hook", "conveyor", "grenade", "tanker"):
            from game.render import mill

            getattr(mill, f"draw_{look.drawer}")(surface, world, e, sx, sy, ox, oy, self.steady)
        elif look.drawer in pursuit.DRAWERS:
            getattr(pursuit, f"draw_{look.drawer}")(surface, world, e, sx, sy, ox, oy, self.steady)
        elif look.drawer in ("tear_gas", "vault_door"):
            from game.render import cyberdyne

            getattr(cyberdyne, f"draw_{look.drawer}")(surface, world, e, sx, sy, ox, oy, self.steady)
        if getattr(e, "task_left", 0) > 0 and e.mode == "task":  # an ally at work (Cyberdyne)
            from game.render import cyberdyne

            cyberdyne.draw_task(surface, e, sx, sy)

    def _junk_image(self, piece: str) -> pygame.Surface:
        """A barrel (a rusty drum with two bands and a hazard stripe) or a fence plank, made once."""
        cache = self.__dict__.setdefault("_junk_cache", {})
        if piece not in cache:
            from game.entities.tow_truck import JUNK

            spec = JUNK[piece]
            w, h = int(spec.w), int(spec.h)
            img = pygame.Surface((w, h), pygame.SRCALPHA)
            if piece == "barrel":
                body, dark, band = assets.color("rust", (150, 70, 40)), assets.color("ink"), assets.color("gold")
                img.fill(body)
                pygame.draw.rect(img, dark, img.get_rect(), 1)
                for y in (3, h - 4):
                    pygame.draw.line(img, dark, (1, y), (w - 2, y))
                for x in range(1, w - 1, 4):
                    pygame.draw.line(img, band, (x, h // 2 - 1), (x + 1, h // 2 - 1))
                pygame.draw.line(img, assets.color("white"), (2, 4), (2, h - 5))
            else:
                wood, dark = assets.color("brown", (120, 86, 52)), assets.color("ink")
                img.fill(wood)
                pygame.draw.rect(img, dark, img.get_rect(), 1)
                pygame.draw.line(img, dark, (1, 6), (w - 2, 8))
            cache[piece] = img
        return cache[piece]

    def _draw_junk(self, surface, e, ox, oy) -> None:
        img = self._junk_image(e.piece)
        for body, pressed in zip(e.bodies, e.pressed):
            if pressed < 0:
                continue  # crushed flat under a truck
            rotated = pygame.transform.rotate(img, -math.degrees(body.angle))
            p = body.position
            surface.blit(rotated, rotated.get_rect(center=(round(p.x - ox), round(p.y - oy))))

    def _draw_wreck(self, surface, e, sx, sy) -> None:
        """The truck's sprite, burnt black, where it stopped (the flames are effects)."""
        cache = self.__dict__.setdefault("_wreck_cache", {})
        key = e.facing
        if key not in cache:
            sheet = sprites.sheet("tow_truck")
            frame = sheet.get("idle").frame(0.0, e.facing).copy()
            frame.fill((70, 50, 45), special_flags=pygame.BLEND_RGB_MULT)
            cache[key] = (frame, sheet.frame_size, sheet.origin)
        frame, (fw, fh), (ox, oy) = cache[key]
        if e.facing < 0:
            ox = fw - 1 - ox
        c, s = math.cos(e.angle), math.sin(e.angle)
        lx, ly = fw / 2 - ox, fh / 2 - oy
        image = pygame.transform.rotate(frame, -math.degrees(e.angle))
        surface.blit(image, image.get_rect(center=(round(sx + c * lx - s * ly), round(sy + s * lx + c * ly))))

    def _scorched(self, sprite: str, frame: pygame.Surface, facing: int, *, black: bool) -> pygame.Surface:
        """A vehicle's sprite scorched by fire (or burnt black once it has blown up), made once."""
        cache = self.__dict__.setdefault("_scorch_cache", {})
        key = (sprite, facing, black)
        if key not in cache:
            image = frame.copy()
            image.fill((70, 50, 45) if black else (170, 120, 100), special_flags=pygame.BLEND_RGB_MULT)
            cache[key] = image
        return cache[key]

    def _draw_vehicle(self, surface, e, sx, sy) -> None:
        """The sprite turned with the chassis about the sprite's origin, then each wheel where its
        body is (the suspension's travel shows) with a spoke turning as it rolls."""
        sheet = sprites.sheet(e.spec.sprite)
        anim = "drive" if e.state == "drive" else "idle"
        frame = sheet.get(anim).frame(e.state_time, e.facing)
        if getattr(e, "hull_max", 0) > 0 and e.hull <= 0:  # burning (scorched), then burnt out (black)
            frame = self._scorched(e.spec.sprite, frame, e.facing, black=e.wrecked)
        fw, fh = sheet.frame_size
        ox, oy = sheet.origin
        if e.facing < 0:
            ox = fw - 1 - ox
        angle = e.prev_angle + (e.angle - e.prev_angle) * self._alpha
        sy -= lane_rise(e, self._alpha)
        c, s = math.cos(angle), math.sin(angle)
        lx, ly = fw / 2 - ox, fh / 2 - oy  # the frame's centre, from the origin
        centre = (sx + c * lx - s * ly, sy + s * lx + c * ly)
        image = pygame.transform.rotate(frame, -math.degrees(angle))
        surface.blit(image, image.get_rect(center=(round(centre[0]), round(centre[1]))))
        tyre, hub, spoke = assets.color("ink"), assets.color("steel_dark"), assets.color("chrome")
        for wheel, spec in zip(e.wheels, e.spec.wheels):
            local = e.chassis.world_to_local(wheel.position)  # where the suspension has it now
            px, py = sx + c * local.x - s * local.y, sy + s * local.x + c * local.y
            r = spec.radius
            pygame.draw.circle(surface, tyre, (round(px), round(py)), round(r))
            pygame.draw.circle(surface, hub, (round(px), round(py)), round(r * 0.55))
            a = wheel.angle
            pygame.draw.line(surface, spoke, (round(px - math.cos(a) * r * 0.5), round(py - math.sin(a) * r * 0.5)),
                             (round(px + math.cos(a) * r * 0.5), round(py + math.sin(a) * r * 0.5)), 1)
        if getattr(e, "tow_hook", False) and e.alive:
            self._draw_tow_hook(surface, e, sx, sy)
        if e.rider_kind and e.driver is None:  # somebody the player no longer plays, riding on
            lx, ly = e.spec.seat[0] * e.facing, e.spec.seat[1]
            look = KINDS[e.rider_kind].look
            sprites.sheet(look.sheet).draw(surface, look.anims.get("ride", ("ride",))[0], e.state_time,
                                           sx + c * lx - s * ly, sy + s * lx + c * ly, e.facing)

    def _draw_sluice(self, surface, world, e, ox, oy) -> None:
        """The flood gate: concrete posts and a lintel with a warning lamp (flashing while it comes down),
        the steel gate ribbed and striped at its edge; burst, it lies bent on the floor past its posts."""
        r = e.rect
        x, y, w, h = round(r.x - ox), round(r.y - oy), round(r.w), round(r.h)
        concrete, hi = assets.color("concrete"), assets.color("concrete_hi")
        steel, dark, rib = assets.color("steel"), assets.color("steel_dark"), assets.color("chrome")
        pygame.draw.rect(surface, concrete, (x - 10, y - 14, w + 20, 14))  # the lintel
        pygame.draw.line(surface, hi, (x - 10, y - 14), (x + w + 9, y - 14))
        for px in (x - 10, x + w + 2):  # the posts, with the gate's runners
            pygame.draw.rect(surface, concrete, (px, y, 8, h))
            pygame.draw.line(surface, dark, (px + (7 if px < x else 0), y), (px + (7 if px < x else 0), y + h - 1))
        lamp = assets.color("orange") if e.closing and not e.burst and (world.frame // 6) % 2 else assets.color("rust")
        pygame.draw.rect(surface, lamp, (x + w // 2 - 3, y - 20, 6, 6))
        if e.burst:
            pygame.draw.polygon(surface, dark, [(x + w + 12, y + h - 4), (x + w + 12 + h // 2, y + h - 9),
                                                (x + w + 14 + h // 2, y + h), (x + w + 12, y + h)])
            return
        g = round(e.lowered)
        if g <= 0:
            return
        pygame.draw.rect(surface, steel, (x, y, w, g))
        for ry in range(y + 6, y + g - 4, 10):
            pygame.draw.line(surface, rib, (x + 1, ry), (x + w - 2, ry))
        pygame.draw.rect(surface, dark, (x, y, w, g), 1)
        for i in range(0, w, 6):  # hazard stripes along the edge
            colour = assets.color("gold") if (i // 6) % 2 == 0 else assets.color("ink")
            pygame.draw.rect(surface, colour, (x + i, y + g - 4, min(6, w - i), 4))

    def _draw_tow_hook(self, surface, e, sx, sy) -> None:
        """The tow truck's chain off the boom's tip and the hook on it: links along the chain, a hook that
        flashes while it is hauled forward (the tell) and trails a streak while it flies (the swing)."""
        from game.entities.tow_truck import TRUCK

        tx, ty = e.point(TRUCK.hook_tip)
        hx, hy = e.hook_point()
        dx, dy = sx - e.x, sy - e.y  # world to screen
        a = (tx + dx, ty + dy)
        b = (hx + dx, hy + dy)
        steel, dark = assets.color("chrome"), assets.color("steel_dark")
        links = max(2, int(math.hypot(b[0] - a[0], b[1] - a[1]) / 5))
        for i in range(links + 1):
            k = i / links
            p = (round(a[0] + (b[0] - a[0]) * k), round(a[1] + (b[1] - a[1]) * k))
            pygame.draw.circle(surface, dark if i % 2 else steel, p, 1)
        angle, _ = e.hook_chain()
        if e.hook == "swing":
            pygame.draw.line(surface, assets.color("white"), a, b, 1)
        hot = e.hook == "tell" and int(e.hook_time * 12) % 2 == 0
        colour = assets.color("orange") if hot else steel
        hx, hy = round(b[0]), round(b[1])
        pygame.draw.circle(surface, dark, (hx, hy), 5)
        pygame.draw.circle(surface, colour, (hx, hy), 5, 2)
        side = -e.facing if angle >= 0 else e.facing
        pygame.draw.line(surface, colour, (hx, hy - 2), (hx + side * 4, hy - 6), 2)  # the hook's barb

    def _draw_shutter(self, surface, e, ox, oy) -> None:
        """A roll-down shutter: the housing over the doorway, the slats rolling down once it is closed
        and back up once it is raised."""
        from game.entities.triggers import SHUTTER_DROP_TIME, SHUTTER_GAP, SHUTTER_RAISE_TIME

        r = e.rect
        x, y = round(r.x - ox), round(r.y - oy)
        w = round(r.w)
        full = r.h - SHUTTER_GAP
        if e.closed:
            h = round(full * min(1.0, e.state_time / SHUTTER_DROP_TIME))
        elif e.state == "raised":
            h = max(4, round(full * (1.0 - e.state_time / SHUTTER_RAISE_TIME)))
        else:
            h = 4
        steel = assets.color("steel", (120, 130, 150))
        dark = assets.color("steel_dark", (60, 66, 84))
        hi = assets.color("chrome", (200, 210, 225))
        pygame.draw.rect(surface, dark, (x - 2, y - 6, w + 4, 8))
        if h > 0:
            surface.blit(self._slats(w, round(full), steel, hi), (x, y), (0, 0, w, h))
            pygame.draw.rect(surface, assets.color("gold", (255, 210, 90)), (x, y + h - 3, w, 3))

    def _slats(self, w: int, h: int, steel, hi) -> pygame.Surface:
        """A shutter's face, w x h, drawn once (a fire door is 80 slats: lines every frame cost a tenth of a
        millisecond)."""
        cache = self.__dict__.setdefault("_slats_cache", {})
        if (w, h) not in cache:
            face = pygame.Surface((max(1, w), max(1, h)))
            face.fill(steel)
            for yy in range(0, h, 4):
                pygame.draw.line(face, hi, (0, yy), (w - 1, yy))
            cache[(w, h)] = face
        return cache[(w, h)]

    def _draw_warning(self, surface, world, e, sx: float, sy: float) -> None:
        """An attack winding up: a "!" over the head from the first frame, and a glint at the
        muzzle growing as the shot comes (the wind-up is the player's cue to jump or close in)."""
        from game.render.text import font

        gold = assets.color("gold", (255, 210, 90))
        if self.steady or (world.frame // 5) % 3:
            font().draw(surface, "!", (round(sx), round(sy) - 58), gold, align="center", scale=2)
        aim_time = getattr(e, "aim_time", None)  # a gunman's wind-up (it varies with the difficulty)
        wind_up = aim_time(world) if aim_time is not None else 0.0
        if wind_up and e.state_time > wind_up * 0.5:
            share = min(1.0, (e.state_time - wind_up * 0.5) / (wind_up * 0.5))
            mx, my = round(sx + e.facing * 15), round(sy - 27)
            r = 1 + round(3 * share)
            white = assets.color("white", (240, 240, 232))
            pygame.draw.line(surface, white, (mx - r, my), (mx + r, my))
            pygame.draw.line(surface, white, (mx, my - r), (mx, my + r))

    def _draw_laser(self, surface, laser, shift: tuple[float, float], ox: float, oy: float) -> None:
        """Sarah's laser sight as the simulation traced it: a thin red beam from the muzzle (moved by
        ``shift`` with her drawn, interpolated position) to a bright dot on the first thing in its line."""
        red = assets.color("red", (214, 56, 48))
        mx, my, ex, ey = laser
        start, end = (round(mx + shift[0] - ox), round(my + shift[1] - oy)), (round(ex - ox), round(ey - oy))
        pygame.draw.line(surface, red, start, end, 1)
        pygame.draw.rect(surface, red, (end[0] - 1, end[1] - 1, 3, 3))
        surface.set_at(end, assets.color("white", (240, 240, 232)))

    def _draw_tracer(self, surface, e, sx: float, sy: float) -> None:
        """A pistol round: a hot white head and a streak behind it, 14 px long: easy to see and to dodge."""
        tracer = assets.color("tracer", (255, 236, 150))
        white = assets.color("white", (240, 240, 232))
        x, y = round(sx), round(sy)
        tail = x - e.facing * 14
        pygame.draw.line(surface, tracer, (tail, y), (x, y), 3)
        pygame.draw.rect(surface, white, (x - 1, y - 1, 3, 3))

    def _draw_chunk(self, surface, e, sx, sy) -> None:
        if self._chunk_image is None:
            from game.render.tiles import tile_image

            gid = self.level.tile_names.get("rubble_fill")
            if gid is None:
                return
            self._chunk_image = pygame.transform.scale(tile_image(self.level, gid, self.tiles.tile_cache), (10, 10))
        img = pygame.transform.rotate(self._chunk_image, -math.degrees(e.angle))
        surface.blit(img, img.get_rect(center=(round(sx), round(sy))))

    def _draw_wire(self, surface, world, e, ox, oy) -> None:
        """A snapped cable hanging into the water (its current is drawn over the water: ``_draw_current``)."""
        r = e.rect
        top = (r.x + r.w * 0.3 - ox, r.y - 40 - oy)
        end = (r.x + r.w * 0.5 - ox, r.bottom - 4 - oy)
        pygame.draw.line(surface, assets.color("ink"), top, end, 3)
        pygame.draw.line(surface, assets.color("steel_dark"), (top[0] - 1, top[1]), (end[0] - 1, end[1]), 1)

    def _water_line(self, r) -> float:
        """Where the water a cable hangs in starts (the top of the water tiles it touches)."""
        tops = [w.y for w in self.level.water if w.overlaps(r.x, r.y, r.w, r.h)]
        return min(tops) + WATER_SURFACE_INSET if tops else r.bottom - 6

    def _draw_current(self, surface, world, e, ox, oy) -> None:
        """Over the water: a dripping ember when off, a crackle at the cable in the last moments
        before a pulse, and the lit water and arcs while live, so a player can time the crossing."""
        r = e.rect
        line = self._water_line(r)
        top = (r.x + r.w * 0.3, r.y - 40)
        end = (r.x + r.w * 0.5, r.bottom - 4)
        t = (line - top[1]) / (end[1] - top[1])
        cx, cy = round(top[0] + (end[0] - top[0]) * t - ox), round(line - oy)
        bolt, white = assets.color("electric"), assets.color("white")
        # Arcs jump every frame; with reduced flashing they change a few times a second instead.
        seed = ((world.frame // 20 if self.steady else world.frame) * 7919) % 997
        if e.live:
            surface.blit(self._water_glow(int(r.w), int(r.bottom - line)), (round(r.x - ox), cy),
                         special_flags=pygame.BLEND_RGB_ADD)
            pygame.draw.line(surface, white, (cx - 2, cy - 10), (cx, cy), 1)  # the cable end, white hot
            for k in range(3):  # arcs along the surface
                pts = [(r.x + r.w * i / 6 - ox, line + 1 + ((seed * (i + 3) * (k + 5)) % 7) - 4 - oy)
                       for i in range(7)]
                pygame.draw.lines(surface, bolt if k else white, False, pts, 1)
            for k in range(3):  # and sparks jumping out of it
                x = round(r.x - ox + (seed * (k + 7) * 13) % max(1, int(r.w)))
                h = 3 + (seed * (k + 2)) % 6
                pygame.draw.line(surface, bolt, (x, cy), (x + (k - 1) * 2, cy - h), 1)
        elif e.warning:
            if self.steady or (world.frame // 3) % 2:
                pygame.draw.line(surface, bolt, (cx - 2, cy - 8), (cx, cy), 1)
                for dx, dy in ((-4, -3), (3, -5), (5, -2), (-2, -7), (1, -4)):
                    surface.set_at((cx + dx, cy + dy), white if dy == -4 else bolt)
        elif (world.frame // 10) % 2:
            surface.set_at((cx, cy - 1), assets.color("orange"))

    def _water_glow(self, w: int, h: int) -> pygame.Surface:
        """Electric light in the water a live cable touches, brightest at the surface; made once per size."""
        key = ("water_glow", w, h)
        if key not in self.tiles.tile_cache:
            h = max(1, h)
            x = np.arange(w, dtype=np.float32) // 2 * 2  # pairs of columns, as pixel art
            edge = np.clip(np.minimum(x, w - 2 - x) / 12, 0.0, 1.0)  # fading at both ends
            depth = np.clip(1.0 - np.arange(h, dtype=np.float32) / h, 0.0, 1.0) ** 1.5  # and downward
            rgb = (0.7 * np.outer(edge, depth))[..., None] * np.asarray(assets.color("electric"), np.float32)
            self.tiles.tile_cache[key] = pygame.surfarray.make_surface(rgb.astype(np.uint8))
        return self.tiles.tile_cache[key]

    def _draw_traffic(self, surface, e, ox, oy) -> None:
        sheet = sprites.sheet("traffic")
        names = list(sheet.animations)
        for x, variant in e.cars:
            name = names[int(variant) % len(names)]
            sheet.draw(surface, name, e.state_time, x + 48 - ox, e.rect.bottom - oy, e.direction)

    def _draw_checkpoint(self, surface, world, e, ox, oy) -> None:
        """A sodium street lamp that blinks until reached, then burns steady green."""
        from game.render.tiles import tile_image

        r = e.rect
        x, base = round(r.center[0] - ox), round(r.bottom - oy)
        gid = self.level.tile_names.get("lamp")
        if gid is not None:
            lamp = tile_image(self.level, gid, self.tiles.tile_cache)
            surface.blit(lamp, (x - 8, base - 16))
            surface.blit(lamp, (x - 8, base - 32))
        if e.fired or (world.frame // 20) % 2:
            glow = self._glow(assets.color("green", (90, 220, 120)) if e.fired else assets.color("sodium"))
            surface.blit(glow, (x - 8, base - 37), special_flags=pygame.BLEND_RGB_ADD)

    def _glow(self, colour) -> pygame.Surface:
        """A soft 16 px light halo, made once per colour."""
        key = ("glow", tuple(colour))
        if key not in self.tiles.tile_cache:
            halo = pygame.Surface((16, 16))
            for radius, k in ((8, 0.15), (5, 0.35), (3, 0.7)):
                pygame.draw.circle(halo, [int(c * k) for c in colour], (8, 8), radius)
            self.tiles.tile_cache[key] = halo
        return self.tiles.tile_cache[key]

    def _draw_exit(self, surface, world, e, ox, oy) -> None:
        """A lit emergency-exit sign over the way out, and an arrow bobbing down onto it."""
        from game.render.text import font

        r = e.rect
        cx, top = round(r.center[0] - ox), round(r.y - oy)
        green, white = assets.color("green"), assets.color("white")
        sign = pygame.Rect(0, 0, 34, 12)
        sign.midbottom = (cx, top - 10)
        pygame.draw.rect(surface, assets.color("green_dark"), sign)
        pygame.draw.rect(surface, green, sign, 1)
        font().draw(surface, "EXIT", (cx, sign.y + 2), white, align="center")
        surface.blit(self._glow(green), (cx - 8, sign.y - 2), special_flags=pygame.BLEND_RGB_ADD)
        bob = 0 if self.steady else (world.frame // 8) % 4
        tip = top - 1 + bob
        pygame.draw.polygon(surface, assets.color("gold"), [(cx - 4, tip - 5), (cx + 4, tip - 5), (cx, tip)])

    def _draw_t1000(self, surface, e, ox, oy) -> None:
        if self._t1000_renderer is None:
            self._t1000_renderer = self._new_t1000_renderer()
        self._t1000_renderer.draw(surface, e.body, (ox, oy))

    @staticmethod
    def _new_t1000_renderer():
        from game.t1000.render import T1000Renderer

        return T1000Renderer()
