"""Sound effects and music through pygame's mixer, silent where there is no audio device.

``pygame.mixer.init()`` raises on machines without a sound card (servers, CI,
some laptops with the device in use); the game must play on regardless, so
every failure here turns the wrapper mute instead of raising, with one line in the log.
What the C libraries print to the terminal while failing (ALSA's error lines) is kept out of
it: see ``game.native_stderr``.

The balance between sounds is not set here: every file is mastered at build time to its
category's loudness (``tools/assetgen/sound/mix.py``). This wrapper applies only the player's
two volume settings, effects and music.
"""

from __future__ import annotations

import logging

import pygame

from game import assets
from game.native_stderr import native_stderr_to_log

log = logging.getLogger(__name__)


class Audio:
    def __init__(self, sound_volume: float = 0.8, music_volume: float = 0.6, *, enabled: bool = True) -> None:
        self.sound_volume = sound_volume
        self.music_volume = music_volume
        self.available = False
        self._sounds: dict[str, pygame.mixer.Sound | None] = {}
        self._music: str | None = None
        if enabled:
            self._init_mixer()

    def _init_mixer(self) -> None:
        try:
            if not pygame.mixer.get_init():
                with native_stderr_to_log("audio"):
                    pygame.mixer.init(frequency=22050, size=-16, channels=2, buffer=512)
            pygame.mixer.set_num_channels(24)
            self.available = True
        except (pygame.error, NotImplementedError) as exc:
            log.info("no audio device, playing silently: %s", exc)

    def _sound(self, name: str) -> pygame.mixer.Sound | None:
        if name not in self._sounds:
            path = assets.asset_path("sounds", f"{name}.wav")
            try:
                self._sounds[name] = pygame.mixer.Sound(str(path))
            except (pygame.error, FileNotFoundError) as exc:
                log.warning("%s: cannot load sound (%s)", path, exc)
                self._sounds[name] = None
        return self._sounds[name]

    def play(self, name: str, volume: float = 1.0) -> None:
        if not self.available or self.sound_volume <= 0:
            return
        sound = self._sound(name)
        if sound is not None:
            sound.set_volume(min(1.0, volume * self.sound_volume))
            sound.play()

    def play_music(self, name: str | None) -> None:
        """Loop ``assets/music/<name>.wav``; ``None`` stops the music. Same track keeps playing."""
        if not self.available or name == self._music:
            return
        self._music = name
        try:
            if name is None:
                pygame.mixer.music.fadeout(400)
                return
            pygame.mixer.music.load(str(assets.asset_path("music", f"{name}.wav")))
            pygame.mixer.music.set_volume(self.music_volume)
            pygame.mixer.music.play(loops=-1, fade_ms=300)
        except pygame.error as exc:
            log.warning("cannot play music %s: %s", name, exc)

    def set_volumes(self, sound_volume: float, music_volume: float) -> None:
        self.sound_volume = sound_volume
        self.music_volume = music_volume
        if self.available:
            pygame.mixer.music.set_volume(music_volume)

    def pause_all(self, paused: bool) -> None:
        if not self.available:
            return
        if paused:
            pygame.mixer.pause()
        else:
            pygame.mixer.unpause()
