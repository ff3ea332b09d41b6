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

# Engines: a vehicle's engine is a few loops pre-rendered at rising revs (``engine_bike``,
# ``engine_bike_mid``, ``engine_bike_high``; a missing band is skipped), crossfaded by the revs, as the
# mixer has no pitch shift.  The revs come from the throttle and the speed in the world's "engine" events.
ENGINE_BANDS = ("", "_mid", "_high")  # suffixes, lowest revs first
ENGINE_CHANNELS = 6  # mixer channels kept for engines: two vehicles heard at once, three bands each
ENGINE_FADE_MS = 250  # an engine no longer heard fades out over this
ENGINE_IDLE = 0.45  # an engine's loudness at idle, of full (full throttle: 1)


class Audio:
    def __init__(self, sound_volume: float = 0.8, music_volume: float = 0.6, *, enabled: bool = True) -> None:
        self.sound_volume = sound_volume
        self.music_volume = music_volume
        self.available = False
        self._sounds: dict[str, pygame.mixer.Sound | None] = {}
        self._music: str | None = None
        self._engines: dict[object, list] = {}  # key -> [name, channels, heard this frame, slot]
        if enabled:
            self._init_mixer()

    def _init_mixer(self) -> None:
        try:
            if not pygame.mixer.get_init():
                with native_stderr_to_log("audio"):
                    pygame.mixer.init(frequency=22050, size=-16, channels=2, buffer=512)
            pygame.mixer.set_num_channels(24)
            pygame.mixer.set_reserved(ENGINE_CHANNELS)  # one-shot effects never steal an engine's channel
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

    def engine(self, key: object, name: str, throttle: float, speed: float) -> None:
        """Keep the engine ``key`` (one vehicle) running this frame: ``throttle`` and ``speed`` 0..1
        set the revs (which loops are heard, crossfaded) and the loudness."""
        if not self.available:
            return
        state = self._engines.get(key)
        if state is None:
            names = [name + suffix for suffix in ENGINE_BANDS
                     if assets.asset_path("sounds", f"{name}{suffix}.wav").exists()]  # a band may be left out
            bands = [b for b in map(self._sound, names) if b is not None]
            taken = {st[3] for st in self._engines.values()}
            free = [slot for slot in range(ENGINE_CHANNELS // len(ENGINE_BANDS)) if slot not in taken]
            if not bands or not free:
                return  # more engines than channels: the ones heard first are enough
            first = free[0] * len(ENGINE_BANDS)
            channels = [pygame.mixer.Channel(first + i) for i in range(len(bands))]
            for channel, band in zip(channels, bands):
                channel.set_volume(0.0)
                channel.play(band, loops=-1)
            state = self._engines[key] = [name, channels, True, free[0]]
        state[2] = True
        channels = state[1]
        revs = min(1.0, 0.35 * throttle + 0.65 * speed)
        loud = self.sound_volume * (ENGINE_IDLE + (1.0 - ENGINE_IDLE) * max(throttle, speed))
        top = len(channels) - 1
        for i, channel in enumerate(channels):
            weight = max(0.0, 1.0 - abs(revs * top - i)) if top else 1.0
            channel.set_volume(loud * weight)

    def engines_heard(self) -> None:
        """End of a frame's events: every engine not heard in it fades out and lets its channels go."""
        for key, state in list(self._engines.items()):
            if state[2]:
                state[2] = False
                continue
            for channel in state[1]:
                channel.fadeout(ENGINE_FADE_MS)
            del self._engines[key]

    def stop_engines(self) -> None:
        for state in self._engines.values():
            for channel in state[1]:
                channel.fadeout(ENGINE_FADE_MS)
        self._engines.clear()

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
