"""Playing a level: the world (which moves its own camera), effects, the HUD, and what happens at the end."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game import memory
from game.input.actions import Action, InputSnapshot
from game.input.bindings import control_hints, join_keys
from game.level import load_level
from game.level.loader import find_level
from game.render.effects import Effects
from game.render.hud import draw_hud
from game.render.world_view import WorldView
from game.scenes.base import Scene
from game.world.world import MAX_PLAYERS, World

if TYPE_CHECKING:
    from game.app import App
    from game.modes import LevelStart

END_DELAY = 1.2  # s between the exit (or the last life) and the results screen


class PlayScene(Scene):
    def __init__(self, app: App, level: str, *, seed: int = 1, source=None, recording=None,
                 start: LevelStart | None = None, players: int = 1, difficulty=None,
                 character: str | None = None) -> None:
        super().__init__(app)
        self.level_name = level
        self.seed = seed
        self.world = World(load_level(find_level(level)), seed=seed, players=players,
                           difficulty=difficulty, character=character)  # None: Normal; as the map says
        if start is not None:
            start.apply(self.world)  # lives carried in, Level Training's checkpoint (game.modes)
        if source is None:
            app.input.start_play(players)
        self.music = self.world.music
        self.view = WorldView(self.world)
        self.effects = Effects()
        self.sources = [source] if source is not None else []  # replays or the autopilot, one per seat
        self.leaving: int | None = None  # a player who chose to leave in the pause menu
        self.recording = recording
        self.end_timer = 0.0
        self.finished = False
        self.attract = False  # a demo on the title: any input ends it
        screen = getattr(app, "screen", None)
        if screen is not None:
            self.view.warm(screen)  # the backdrops and tiles made ready now, not on the first frame
        memory.level_loaded()

    @property
    def source(self):
        """What drives player one instead of the player's hands (a replay, the autopilot), if anything."""
        return self.sources[0] if self.sources else None

    @source.setter
    def source(self, source) -> None:
        self.sources = [source] if source is not None else []

    def fixed_update(self, dt: float, snap: InputSnapshot) -> None:
        if self.sources:
            if snap.was_pressed(Action.PAUSE) or snap.was_pressed(Action.BACK) or (self.attract and snap.pressed):
                self.app.quit_to_title()
                return
            if all(getattr(s, "finished", False) for s in self.sources):
                self.app.quit_to_title()
                return
            snaps = [s.next_frame() for s in self.sources]
        else:
            snaps = list(self.app.input.slot_frames)
            if any(s.was_pressed(Action.PAUSE) for s in snaps[: len(self.world.players)]):  # a player's pause
                self.pause()
                return
            if self.leaving is not None and self.leaving < len(snaps):  # said in the pause menu: as input
                leaver = snaps[self.leaving]
                snaps[self.leaving] = InputSnapshot(leaver.held, leaver.pressed | Action.LEAVE.bit)
                self.app.input.bench(self.leaving)
                self.leaving = None
        if self.recording is not None:
            self.recording.add(snaps)
        world = self.world
        world.step(dt, snaps)
        for event in world.drain_events():
            if event[0] == "sound":
                self.app.audio.play(event[1])
            elif event[0] == "music":  # a set piece changed the track (and the pause menu resumes it)
                self.music = event[1]
                self.app.audio.play_music(self.music)
            elif event[0] == "engine":  # ("engine", sound, vehicle key, throttle 0..1, speed 0..1)
                self.app.audio.engine(event[2], event[1], event[3], event[4])
            else:
                self.effects.handle(event)
        self.app.audio.engines_heard()
        self.effects.update(dt)
        if not self.sources:  # a Start from a new pad joins while a seat is free
            self.app.input.free_seat = len(world.players) < MAX_PLAYERS and not world.outcome
        if world.outcome and not self.finished:
            self.end_timer += dt
            if self.end_timer >= END_DELAY:
                self.finished = True
                self.app.level_finished(self)

    def pause(self, reason: str | None = None) -> None:
        from game.scenes.pause import PauseScene

        self.app.stack.push(PauseScene(self.app, self, reason))

    def on_focus_lost(self) -> None:
        if self.source is None and not self.world.outcome:
            self.pause()

    def on_device_lost(self) -> None:
        if self.source is None and not self.world.outcome:
            slot = self.app.input.lost_slot
            who = f"PLAYER {slot + 1}'S " if len(self.world.players) > 1 and slot is not None else ""
            self.pause(f"{who}CONTROLLER DISCONNECTED")

    def shake_offset(self) -> tuple[float, float]:
        amount = self.world.shake if self.app.settings.screen_shake else 0.0
        if amount <= 0.05:
            return (0.0, 0.0)
        f = self.world.frame
        return (((f * 37) % 7 - 3) / 3 * amount, ((f * 53) % 5 - 2) / 2 * amount)

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        cam = self.world.camera.offset(alpha)
        self.view.draw(surface, self.world, cam, alpha, self.effects, shake=self.shake_offset(),
                       reduced_flashing=self.app.settings.reduced_flashing)
        if self.effects.flash > 0 and not self.app.settings.reduced_flashing:
            veil = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
            veil.fill((200, 30, 30, int(90 * self.effects.flash / 0.15)))
            surface.blit(veil, (0, 0))
        hints = control_hints(self.app.settings.bindings, self.app.input.pad_count > 0) if self.world.caption else None
        join = join_keys(self.app.settings.bindings_two, self.app.input.pad_count > 0) if not self.sources else ""
        draw_hud(surface, self.world, hints, join_hint=join)  # key names are only needed while a caption is up
        if self.attract:
            from game import assets
            from game.render.text import font

            if (self.world.frame // 30) % 2:
                font().draw(surface, "DEMO - PRESS ANY BUTTON", (surface.get_width() // 2, 60),
                            assets.color("gold", (255, 210, 90)), align="center", scale=2)
