"""The window, the event pump, the scene stack and the fixed-step loop.

Only this module and ``game.render`` touch the display.  The simulation runs
at exactly 60 updates a second whatever the display does (45 with the 75%
game-speed assist: fewer updates, never a longer one); drawing happens
once per displayed frame into a 640x360 surface that SDL scales to the
window by a whole number, with black bars if the shape differs.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import warnings

import pygame

from game import assets
from game.audio import Audio
from game.input.live import LiveInput, pressed_control
from game.level import LevelError
from game.native_stderr import native_stderr_to_log
from game.render import INTERNAL_SIZE
from game.scenes.base import SceneStack
from game.settings import Settings, load_settings, save_settings
from game.timestep import DT, FixedStepper

# Room a window needs on the desktop beyond its picture: a title bar, a taskbar or dock.
DESKTOP_MARGIN = (64, 120)
APP_NAME = "judgment-day"  # what taskbars and window managers call the game


def window_scale_for(desktop_w: int, desktop_h: int) -> int:
    """The largest whole-number scale whose window, title bar and taskbar fit the desktop (at least 1).

    3x on a 1920 x 1080 desktop would be exactly 1920 x 1080, with no room for either, so
    1080p gets 2x and 1440p gets 3x.
    """
    return max(1, min((desktop_w - DESKTOP_MARGIN[0]) // INTERNAL_SIZE[0],
                      (desktop_h - DESKTOP_MARGIN[1]) // INTERNAL_SIZE[1]))

log = logging.getLogger(__name__)


class DisplayError(Exception):
    """No window could be opened (no display, or an SDL video driver that does not exist).

    The message is one line naming the driver; the command line prints it and exits non-zero.
    """


def display_error(exc: BaseException) -> DisplayError:
    driver = os.environ.get("SDL_VIDEODRIVER")
    try:
        driver = driver or pygame.display.get_driver()
    except pygame.error:
        pass
    which = f"SDL video driver '{driver}'" if driver else "SDL's default video driver"
    reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:160]
    return DisplayError(f"no display could be opened with {which} ({reason}); "
                        "--headless runs without one")


class App:
    def __init__(self, *, settings: Settings | None = None, mute: bool = False, fullscreen: bool | None = None,
                 scale: int | None = None, seed: int = 1, record_path: str | None = None, players: int = 1,
                 difficulty: str | None = None, character: str | None = None) -> None:
        notices: list[str] = []
        if settings is None:
            settings, warning = load_settings()
            notices.append(warning or "")
        self.settings = settings
        # Command-line choices last for this session only; the player's saved ones are kept.
        self._session_only: dict[str, tuple[object, object]] = {}
        for name, value in (("fullscreen", fullscreen), ("scale", scale), ("difficulty", difficulty)):
            if value is not None:
                self._session_only[name] = (value, getattr(settings, name))
                setattr(settings, name, value)
        self.seed = seed
        self.players = players  # 2: co-op, the keyboard for player one and the first pad for player two
        self.character = character  # ``--character``: who plays every level (None: as each map's start says)
        self.record_path = record_path
        self.recording = None  # the level being recorded with --record, if any
        self.run = None  # the game in progress (game.run.Run), from a new game to the title
        from game.progress import load_progress

        self.progress, progress_warning = load_progress()
        notices.append(progress_warning or "")
        self.notice: str | None = "  ".join(n for n in notices if n) or None
        for hint in ("SDL_VIDEO_X11_WMCLASS", "SDL_VIDEO_WAYLAND_WMCLASS", "SDL_APP_NAME"):
            os.environ.setdefault(hint, APP_NAME)  # else taskbars show the class as "__main__.py"
        with native_stderr_to_log("pygame.init"):  # pygame.init() opens the audio device too
            pygame.init()
        self.audio = Audio(settings.sound_volume, settings.music_volume, enabled=not mute)
        self.input = LiveInput(settings.bindings, settings.bindings_two)
        self.input.open_pads()
        self.stack = SceneStack()
        self.stepper = FixedStepper()
        self.running = True
        self.window: pygame.Surface | None = None
        self.apply_display()
        self.screen = pygame.Surface(INTERNAL_SIZE).convert()

    # --- display --------------------------------------------------------------------------------
    def apply_display(self) -> None:
        """(Re)open the window for the current settings: SDL does the integer scaling and letterboxing.

        Fullscreen is entered by toggling an open window: a window created
        fullscreen with SCALED was seen drawn at 1x and cropped (X11), while
        the toggle scales by a whole number and letterboxes as it should.
        """
        flags = pygame.SCALED
        try:
            self.window = pygame.display.set_mode(INTERNAL_SIZE, flags, vsync=1 if self.settings.vsync else 0)
        except pygame.error:
            try:
                self.window = pygame.display.set_mode(INTERNAL_SIZE, flags)
            except pygame.error as exc:
                raise display_error(exc) from exc
        pygame.display.set_caption("Judgment Day")
        if self.settings.fullscreen and not pygame.display.is_fullscreen():
            try:
                pygame.display.toggle_fullscreen()
            except pygame.error as exc:
                log.info("fullscreen by toggle failed (%s); opening a fullscreen window", exc)
                self.window = pygame.display.set_mode(INTERNAL_SIZE, flags | pygame.FULLSCREEN)
        if not self.settings.fullscreen:  # Auto (0) too: SDL's own pick would fill a 1080p desktop
            scale = min(self.settings.scale or self.largest_scale(), self.largest_scale())
            try:
                with warnings.catch_warnings():  # pygame-ce 2.5 deprecates it; the display module has no resize
                    warnings.simplefilter("ignore", DeprecationWarning)
                    window = pygame.Window.from_display_module()
                window.size = (INTERNAL_SIZE[0] * scale, INTERNAL_SIZE[1] * scale)
            except (AttributeError, pygame.error) as exc:
                log.info("cannot set window scale: %s", exc)

    @staticmethod
    def largest_scale() -> int:
        """The largest whole-number scale whose window fits this desktop with room to spare."""
        try:
            desktop_w, desktop_h = pygame.display.get_desktop_sizes()[0]
        except (pygame.error, IndexError):
            return 2  # desktop unknown: a window that fits nearly any screen
        return window_scale_for(desktop_w, desktop_h)

    def toggle_fullscreen(self) -> None:
        self.settings.fullscreen = not self.settings.fullscreen
        try:
            pygame.display.toggle_fullscreen()
        except pygame.error:
            self.apply_display()
        self.save_settings()

    # --- the loop -------------------------------------------------------------------------------
    def run(self) -> None:
        clock = pygame.time.Clock()
        while self.running and self.stack.top is not None:
            self.frame(clock.tick(240) / 1000.0)

    def frame(self, elapsed: float) -> int:
        """One displayed frame after ``elapsed`` real seconds: events, the fixed updates that are due,
        one drawing.  The game-speed assist (Options) scales the time the stepper counts, so at 75%
        it runs 45 updates a real second; each is still one DT of game time.  Returns the updates run."""
        self.process_events()
        self.stepper.time_scale = self.settings.game_speed / 100
        steps = self.stepper.advance(elapsed)
        for _ in range(steps):
            self.update()
        self.render(self.stepper.alpha)
        pygame.display.flip()
        return steps

    def process_events(self) -> None:
        for event in pygame.event.get():
            if event.type == pygame.QUIT:
                self.running = False
            elif event.type == pygame.KEYDOWN and (
                event.key == pygame.K_F11 or (event.key == pygame.K_RETURN and event.mod & pygame.KMOD_ALT)
            ):
                self.toggle_fullscreen()
                continue
            elif event.type == pygame.WINDOWFOCUSLOST and self.stack.top is not None:
                self.stack.top.on_focus_lost()
            top = self.stack.top
            if getattr(top, "attract", False) and _is_a_player_touching(event):
                self.input.handle_event(event)  # keep the pad list and key state right
                self.input.clear()
                self.quit_to_title()  # a demo ends on any key, button, click or stick push
                continue
            if getattr(top, "wants_raw_input", False) and top.raw_event(event):
                continue
            self.input.handle_event(event)
        if self.input.device_lost:
            self.input.device_lost = False
            if self.stack.top is not None:
                self.stack.top.on_device_lost()

    def update(self) -> None:
        top = self.stack.top
        if top is not None:
            top.fixed_update(DT, self.input.next_frame())

    def render(self, alpha: float = 1.0) -> pygame.Surface:
        self.stack.draw(self.screen, alpha)
        if self.window is not None:
            self.window.blit(self.screen, (0, 0))
        return self.screen

    # --- flow between scenes ------------------------------------------------------------------------
    def start(self, level: str | None = None, *, replay=None, autopilot: bool = False) -> None:
        from game.scenes.title import TitleScene

        self.stack.reset(TitleScene(self))
        if self.notice:
            self.show_error(self.notice)
        if level:
            self.start_level(level, replay=replay, autopilot=autopilot)

    @property
    def difficulty(self):
        """The difficulty a new run starts at: the player's choice in Options, or ``--difficulty``."""
        from game.difficulty import by_name

        return by_name(self.settings.difficulty)

    def new_game(self, level: str | None = None, *, mode: str = "story", intro: bool | None = None,
                 checkpoint: int | None = None) -> None:
        """A new run of ``mode`` (at the chosen difficulty) from ``level``: the campaign's first unless
        named.  Story scenes play if the mode has them (``intro`` overrides); Level Training may
        start from a ``checkpoint`` (0 = the first the player would reach)."""
        from game.modes import mode as mode_named
        from game.progress import CAMPAIGN
        from game.run import Run

        self.run = Run(mode, self.difficulty, self.players, checkpoint=checkpoint)
        if intro is None:
            intro = mode_named(mode).story_scenes
        self.start_level(level or CAMPAIGN[0], intro=intro)

    def start_story(self, number: int) -> None:
        """Story mode from save slot ``number``: resumed at the level it reached, with its score and
        difficulty; an empty or finished slot starts the story over at the chosen difficulty."""
        from game.run import Run
        from game.slots import Slot, load_slot

        slot, warning = load_slot(number)
        if slot.empty or slot.finished or not self.level_exists(slot.level):
            slot = Slot(difficulty=self.difficulty.name)
            self._save_slot(number, slot)
        self.run = Run("story", slot.difficulty, self.players, carried=slot.score, slot=number)
        self.start_level(slot.level, intro=True)
        if warning:
            self.show_error(warning)

    def _save_slot(self, number: int, slot) -> None:
        from game.slots import save_slot

        try:
            save_slot(number, slot)
        except OSError as exc:
            log.warning("could not save story slot %d: %s", number, exc)

    def start_level(self, name: str, *, seed: int | None = None, lives: int | None = None, replay=None,
                    autopilot: bool = False, intro: bool = False) -> None:
        """Replace everything above the title with a fresh level; a broken level becomes one message.

        ``intro``: first play the story scene the map names in its ``intro``
        property (starting a level from the title or level select; not on a
        restart or a continue).  With ``--record``, a level the player plays
        is recorded: the latest attempt is what the file holds.  A level the
        player plays belongs to the run (one is begun if none is going) and
        starts with its difficulty and the lives it carries; a replay plays at
        its recorded difficulty.
        """
        from game.scenes.play import PlayScene
        from game.scenes.story import StoryScene, story_exists
        from game.scenes.title import TitleScene

        self.save_recording()
        character = replay.meta.get("character") if replay is not None else self.character
        self.audio.stop_engines()  # a restart or the next level: the last one's engines are not running
        if replay is not None:
            difficulty = replay.difficulty
        elif autopilot:
            difficulty = self.difficulty.name
        else:
            difficulty = self.current_run().difficulty.name
            lives = self.run.lives if lives is None else lives
        from game.modes import LevelStart

        if replay is not None:
            start = replay.start
        elif autopilot:
            start = LevelStart()
        else:
            start = self._level_start(lives)
        recording = None
        if self.record_path and replay is None and not autopilot:
            from game.input.replay import Recording

            recording = Recording(name, self.seed if seed is None else seed, players=self.players, seats=2,
                                  difficulty=difficulty, start=start,
                                  meta={"character": character} if character else {})
        try:
            scene = PlayScene(self, name, seed=self.seed if seed is None else seed, start=start,
                              recording=recording, players=replay.players if replay is not None
                              else 1 if autopilot else self.players, difficulty=difficulty, character=character)
        except (LevelError, assets.AssetError) as exc:
            log.error("%s", exc)
            self.stack.reset(TitleScene(self))
            self.show_error(str(exc))
            return
        except Exception as exc:  # a bug must not take the player's session down with it
            log.exception("could not start level %s", name)
            self.stack.reset(TitleScene(self))
            self.show_error(f"{name}: could not start the level ({type(exc).__name__}: {exc})")
            return
        self.recording = recording
        if replay is not None:
            from game.input.replay import replay_sources

            scene.sources = replay_sources(replay)
        elif autopilot:
            from game.input.autopilot import Autopilot

            scene.source = Autopilot(scene.world)
        while len(self.stack.scenes) > 1:
            self.stack.scenes.pop()
        self.stack.push(scene)
        story = scene.world.level.properties.get("intro")
        if intro and scene.source is None and story_exists(story):
            self.stack.push(StoryScene(self, str(story), then=self.stack.pop))
        self.input.clear()

    def _level_start(self, lives: int | None):
        """How a level the player plays begins: the lives the run carries in, and what the run's mode
        changes (Level Training's infinite lives and chosen checkpoint, kept for a restart or a
        continue).  A recording keeps it, so its replay begins the same way."""
        from game.modes import LevelStart, mode

        run = self.current_run()
        return LevelStart(lives=lives, checkpoint=run.checkpoint, infinite_lives=mode(run.mode).infinite_lives)

    def save_recording(self) -> None:
        """Write the level being recorded (``--record``) to its file, if it has any input yet."""
        if self.recording is None or not self.recording.frames:
            return
        from game.input.replay import ReplayError

        try:
            self.recording.save(self.record_path)
            log.info("recorded %d frames of %s to %s", len(self.recording.frames), self.recording.level,
                     self.record_path)
        except (OSError, ReplayError) as exc:
            log.warning("could not save the recording: %s", exc)
            return
        self.recording = None  # written: a later save (the next level, quitting) has nothing to add

    def level_finished(self, play) -> None:
        """A level the player played has ended: the run records it; a finished one is ranked, its
        bests and rank remembered, a Story's slot saved at the level it leads to."""
        from game import rank
        from game.modes import next_level
        from game.scenes.results import GameOverScene, LevelCompleteScene

        if play.source is not None:  # a demo or replay: nothing to record
            self.quit_to_title()
            return
        world = play.world
        self.save_recording()
        run = self.current_run()
        result = run.level_over(play.level_name, world)
        if world.outcome == "completed":
            result.rank = rank.of_world(world)
            following = next_level(run.mode, play.level_name, world.next_level)
            self.progress.record_finish(play.level_name, world.stats.score, world.stats.frames,
                                        world.stats.casualties, world.next_level)
            self.progress.record_rank(run.mode, play.level_name, result.rank)
            if run.mode == "story":
                self._story_reached(run, following)
            self.save_progress()
            results = LevelCompleteScene(self, world, play.level_name, run, following)
            outro = world.level.properties.get("outro")
            from game.modes import mode
            from game.scenes.story import StoryScene, story_exists

            if mode(run.mode).story_scenes and story_exists(outro):  # the level's own ending first
                self.stack.replace(StoryScene(self, str(outro), then=lambda: self.stack.replace(results)))
            else:
                self.stack.replace(results)
        else:
            self.stack.replace(GameOverScene(self, play.level_name, play.seed, world.stats.score, run))

    def _story_reached(self, run, following: str | None) -> None:
        """A Story level is finished: its slot now starts at the next level (with the total so far);
        past the last level this build has, the story is finished (Boss Rush opens)."""
        from game.slots import Slot

        more = self.level_exists(following)
        if not more:
            self.progress.story_finished = True
        if run.slot is not None:
            self._save_slot(run.slot, Slot(following if more else run.last.level, run.score,
                                           run.difficulty.name, finished=not more))

    def current_run(self):
        """The run in progress; a level played without one (``--level``) begins one."""
        if self.run is None:
            from game.run import Run

            self.run = Run("story", self.difficulty, self.players)
        return self.run

    def finish_run(self, score: int | None = None) -> None:
        """The run is over: a good score (the run's total unless given) gets initials and the mode's
        table, then the title.  Modes without a table (Level Training, the Lab) go to the title."""
        from game.scenes.records import HighScoreScene, InitialsScene

        run = self.current_run()
        if score is None:
            score = run.score
        if not self.progress.qualifies(run.mode, score):
            self.quit_to_title()
            return

        def show_table(place: int) -> None:
            self.stack.replace(HighScoreScene(self, place, then=self.quit_to_title, mode=run.mode))

        self.stack.replace(InitialsScene(self, score, run.mode, then=show_table))

    def show_ending(self) -> None:
        """The campaign is won: the run's totals, then the credits, then the high-score entry."""
        from game.scenes.ending import EndingScene

        self.stack.replace(EndingScene(self, self.current_run()))

    def start_attract(self) -> bool:
        """Play the shipped demo replay, as an arcade cabinet does when nobody is playing."""
        from game.input.replay import Recording, ReplayError, ReplaySource
        from game.scenes.play import PlayScene

        try:
            demo = Recording.load(assets.asset_path("demo", "freeway.json"))
            scene = PlayScene(self, demo.level, seed=demo.seed, source=ReplaySource(demo), difficulty=demo.difficulty,
                               start=demo.start)
        except (ReplayError, LevelError, assets.AssetError) as exc:
            log.warning("no attract mode: %s", exc)
            return False
        scene.attract = True
        self.stack.push(scene)
        return True

    def save_progress(self) -> None:
        from game.progress import save_progress

        try:
            save_progress(self.progress)
        except OSError as exc:
            log.warning("could not save progress: %s", exc)

    def level_exists(self, name: str | None) -> bool:
        return bool(name) and (assets.levels_dir() / f"{name}.tmx").exists()

    def quit_to_title(self) -> None:
        from game.scenes.title import TitleScene

        self.audio.stop_engines()
        self.audio.pause_all(False)
        self.run = None  # back at the title the run is over
        self.stack.reset(TitleScene(self))

    def show_error(self, text: str) -> None:
        from game.scenes.results import MessageScene

        self.stack.push(MessageScene(self, text))

    def save_settings(self) -> None:
        try:
            save_settings(self._settings_to_keep())
        except OSError as exc:
            log.warning("could not save settings: %s", exc)

    def _settings_to_keep(self) -> Settings:
        """The settings as the player chose them: a command-line choice (``--scale 3``) is not
        written over the saved one unless the player has since changed it in the game."""
        keep = dataclasses.replace(self.settings)
        for name, (session_value, saved_value) in list(self._session_only.items()):
            if getattr(self.settings, name) == session_value:
                setattr(keep, name, saved_value)
            else:
                del self._session_only[name]
        return keep

    def quit(self) -> None:
        self.running = False


def _is_a_player_touching(event: pygame.event.Event) -> bool:
    """Any key, pad button or stick pushed well over (what the controls screen would capture),
    or a click or a plain joystick's button: someone wants to play."""
    return pressed_control(event) is not None or event.type in (pygame.MOUSEBUTTONDOWN, pygame.JOYBUTTONDOWN)
