"""Command line: play, run headless, record and replay, check levels, benchmark.

    judgment-day                       play (title screen)
    judgment-day --level freeway       straight into a level
    judgment-day --headless --level freeway --frames 3600 [--autopilot]
    judgment-day --record run.json / --replay run.json
    judgment-day --difficulty hard     casual / easy / normal / hard, for this session
    judgment-day check-levels [FILES...]
    judgment-day bench [--frames N]
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from logging.handlers import RotatingFileHandler

from game import __version__
from game.difficulty import DIFFICULTIES, by_name


def _scale(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 0 <= value <= 8:
        raise argparse.ArgumentTypeError(f"{value} is outside 0-8")
    return value


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="judgment-day", description="Judgment Day: a 2D arcade action game.",
                                epilog="Subcommands: 'check-levels [FILES]' validates levels; "
                                       "'bench' measures frame times.")
    p.add_argument("--version", action="version", version=f"judgment-day {__version__}")
    p.add_argument("--level", help="start this level (a name like 'freeway')")
    p.add_argument("--level-file", help="start a .tmx file from anywhere (checked before loading)")
    p.add_argument("--headless", action="store_true", help="no window: run, print one result line, exit")
    p.add_argument("--frames", type=int, default=None, help="headless: stop after this many updates")
    p.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    p.add_argument("--difficulty", metavar="NAME",
                   help=f"{' / '.join(DIFFICULTIES)} for this session (Options saves your own choice); "
                        "a replay plays at the difficulty it was recorded at")
    p.add_argument("--record", metavar="FILE",
                   help="write your inputs in the level you play to FILE (the latest attempt), for --replay")
    p.add_argument("--replay", metavar="FILE", help="play back inputs recorded with --record")
    p.add_argument("--players", type=int, choices=(1, 2), default=1,
                   help="2: co-op; player one on the keyboard, player two on the first gamepad")
    p.add_argument("--autopilot", action="store_true", help="let the scripted player drive")
    p.add_argument("--character", choices=("t800", "sarah"),
                   help="who plays (default: whoever the level's map starts you as)")
    p.add_argument("--fullscreen", action="store_true", default=None, help="start in fullscreen")
    p.add_argument("--scale", type=_scale, default=None,
                   help="window scale for this session (1-8; 0 = the largest that fits the screen)")
    p.add_argument("--mute", action="store_true", help="no sound or music")
    p.add_argument("--screenshot", metavar="PNG", help="with --frames: save the screen after N frames and exit")
    p.add_argument("-v", "--verbose", action="store_true", help="log more")
    return p


def setup_logging(verbose: bool) -> None:
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)]
    try:
        from game.settings import data_dir

        log_dir = data_dir()
        log_dir.mkdir(parents=True, exist_ok=True)
        # Kept across sessions (a player reporting a crash has usually restarted since), bounded in size.
        handlers.append(RotatingFileHandler(log_dir / "judgment-day.log", maxBytes=512 * 1024, backupCount=2,
                                            encoding="utf-8"))
    except OSError:
        pass
    for handler in handlers[1:]:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO,
                        format="%(levelname)s %(name)s: %(message)s", handlers=handlers)

    def log_crash(kind, value, tb) -> None:
        """A crash lands in the log file (and on stderr through the log), for the bug report."""
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
        else:
            logging.getLogger("game").critical("uncaught error", exc_info=(kind, value, tb))

    sys.excepthook = log_crash


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "check-levels":
        from game.level.checker import main as check_main

        return check_main(argv[1:])
    if argv and argv[0] == "bench":
        from game.bench import main as bench_main

        return bench_main(argv[1:])
    args = _parser().parse_args(argv)
    if args.difficulty is not None:
        try:
            args.difficulty = by_name(args.difficulty).name
        except ValueError as exc:
            print(f"error: --difficulty: {exc}", file=sys.stderr)
            return 2
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    if args.headless:
        os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
        os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    setup_logging(args.verbose)
    from game.input.replay import Recording, ReplayError
    from game.level import LevelError

    replay = None
    level = args.level_file or args.level
    try:
        if args.replay:
            replay = Recording.load(args.replay)
            level = level or replay.level
            args.seed = replay.seed
        if args.level_file:
            from game.level.loader import load_level

            load_level(args.level_file)
    except (ReplayError, LevelError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.headless:
        return _headless(args, level or "freeway", replay)
    return _play(args, level, replay)


def _headless(args, level: str, replay) -> int:
    from game.headless import run_level
    from game.input.autopilot import Autopilot
    from game.input.replay import Recording, replay_sources
    from game.level import LevelError

    sources: list = [None]
    players = args.players
    if replay is not None:
        sources, players = replay_sources(replay), replay.players
    elif args.autopilot:
        sources = [Autopilot] * players
    difficulty = replay.difficulty if replay is not None else (args.difficulty or "normal")
    character = replay.meta.get("character") if replay is not None else args.character
    recording = Recording(level, args.seed, players=players, difficulty=difficulty,
                          meta={"character": character} if character else {}) if args.record else None
    frames = args.frames if args.frames is not None else 60 * 60 * 15
    try:
        result = run_level(level, seed=args.seed, frames=frames, players=players, sources=sources,
                           recording=recording, difficulty=difficulty, character=character,
                           start=replay.start if replay is not None else None)
    except LevelError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if recording is not None:
        recording.save(args.record)
    print(result.line())
    return 0


def _play(args, level: str | None, replay) -> int:
    import pygame

    from game.app import App, DisplayError

    try:
        app = App(mute=args.mute, fullscreen=args.fullscreen, scale=args.scale, seed=args.seed,
                  record_path=args.record, players=args.players, difficulty=args.difficulty,
                  character=args.character)
    except DisplayError as exc:
        pygame.quit()
        print(f"error: {exc}", file=sys.stderr)
        return 3
    app.start()
    if level:
        app.start_level(level, replay=replay, autopilot=args.autopilot)
    try:
        if args.screenshot:
            for _ in range(args.frames or 1):
                app.process_events()
                app.update()
            app.render()
            pygame.display.flip()
            pygame.image.save(app.screen, args.screenshot)
        else:
            app.run()
    finally:
        app.save_recording()
        pygame.quit()
    return 0
