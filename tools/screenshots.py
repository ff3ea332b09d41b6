"""Save screenshots of the game's screens, as a player would see them (run under Xvfb on a server).

    xvfb-run -s "-screen 0 1920x1080x24" python tools/screenshots.py [OUT_DIR]

Drives the real App: the title, Freeway in play (the scripted player at the
controls for a while), the Canal's and the Mall's set pieces (``canal_*``, ``mall_*``), the pause menu, options, controls, level select, the
high-score table, the T-1000 lab (waiting, then lured to the steel), and a run's results and game-over
screens; then, in ``t1000/``, the T-1000's states and its lineup beside a real cop at 1x and 3x
(tools/t1000_screens.py).  Files are written at 2x.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pygame  # noqa: E402

from game.app import App  # noqa: E402
from game.input.actions import Action, InputSnapshot  # noqa: E402


class _Hold:
    """A scripted hand: holds one action for a while, then lets go."""

    def __init__(self, action: Action, frames: int) -> None:
        self.action, self.left = action, frames

    def next_frame(self) -> InputSnapshot:
        self.left -= 1
        return InputSnapshot.of({self.action}) if self.left >= 0 else InputSnapshot()


def save(app: App, out: Path, name: str) -> None:
    app.render()
    big = pygame.transform.scale_by(app.screen, 2)
    pygame.image.save(big, str(out / f"{name}.png"))
    print(f"saved {out / name}.png")


def run_frames(app: App, frames: int) -> None:
    for _ in range(frames):
        app.update()


def take_shots(app: App, out: Path, level: str, shots: dict[str, int]) -> None:
    """The scripted player through ``level``, a screenshot at each frame named in ``shots``."""
    app.start_level(level, autopilot=True)
    frame = 0
    for name, at in sorted(shots.items(), key=lambda kv: kv[1]):
        run_frames(app, at - frame)
        frame = at
        save(app, out, name)
    app.quit_to_title()


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    # A profile of its own (never the developer's), with Freeway finished once so level select
    # and the table show what a returning player sees.
    os.environ["JUDGMENT_DAY_HOME"] = tempfile.mkdtemp(prefix="jd-shots-")
    app = App(mute=True)
    app.progress.record_finish("freeway", 6800, 3370, 0, "mall")
    app.progress.add_score("story", "T8H", 6800)
    app.start()
    pygame.event.clear()
    run_frames(app, 30)
    save(app, out, "title")

    from game.scenes.options import ControlsScene, OptionsScene
    from game.scenes.records import HighScoreScene, LevelSelectScene
    from game.scenes.story import StoryScene

    app.stack.push(StoryScene(app, "arrival", then=app.quit_to_title))
    run_frames(app, 240)
    save(app, out, "story")
    app.quit_to_title()
    for name, scene in (("options", OptionsScene(app)), ("controls", ControlsScene(app)),
                        ("level_select", LevelSelectScene(app)), ("high_scores", HighScoreScene(app))):
        app.stack.push(scene)
        run_frames(app, 2)
        save(app, out, name)
        app.quit_to_title()

    shots = {"freeway_start": 90, "freeway_lot_brawl": 330, "freeway_underpass": 900, "freeway_drain": 1500,
             "freeway_wall": 2150, "freeway_chase": 2950}
    app.start_level("freeway", autopilot=True)
    frame = 0
    for name, at in sorted(shots.items(), key=lambda kv: kv[1]):
        run_frames(app, at - frame)
        frame = at
        save(app, out, name)
    play = app.stack.top
    play.source = None
    play.pause()
    run_frames(app, 2)
    save(app, out, "pause")

    # The canal's set pieces, the scripted player riding: John on his dirt bike down the embankment, the
    # truck coming off the bridge behind him, the big ramp, the spillway, the culverts, the T-800 arriving behind the
    # truck, shooting from the saddle, the crash under the overpass and the T-1000 walking out of the fire.
    if app.level_exists("canal"):
        app.stack.push(StoryScene(app, "canal", then=app.quit_to_title))
        run_frames(app, 240)
        save(app, out, "canal_story")
        app.quit_to_title()
        canal = {"canal_start": 70, "canal_truck_drop": 300, "canal_big_ramp": 655, "canal_spillway": 820,
                 "canal_culverts": 1000, "canal_ledge": 1240, "canal_junk_field": 1430, "canal_weir": 1690,
                 "canal_sluice_gate": 1960, "canal_t800_arrives": 2125, "canal_shooting": 2300, "canal_tow_hook": 2446,
                 "canal_shelf": 3400, "canal_pipe_hump": 4780, "canal_crash": 5560, "canal_walk_out": 5860}
        app.start_level("canal", autopilot=True)
        frame = 0
        for name, at in sorted(canal.items(), key=lambda kv: kv[1]):
            run_frames(app, at - frame)
            frame = at
            save(app, out, name)

    if app.level_exists("mall"):  # the Galleria: each set piece, from the arcade to the tow truck in the garage
        shots = {"mall_arcade": 150, "mall_escalator": 420, "mall_walkway": 700, "mall_security_post": 1650,
                 "mall_gallery": 2250, "mall_east_gate": 3750, "mall_gate_wave": 4100, "mall_corridor": 5460,
                 "mall_truck": 5900, "mall_garage_run": 6200}
        take_shots(app, out, "mall", shots)

    if app.level_exists("t1000_lab"):
        app.start_level("t1000_lab", autopilot=False)
        run_frames(app, 240)
        save(app, out, "t1000_lab")
        app.stack.top.source = _Hold(Action.LEFT, frames=75)  # lure it toward the molten steel
        run_frames(app, 260)
        save(app, out, "t1000_lab_pit")

    if app.level_exists("hospital"):  # Pescadero: its story scene, then the scripted player through each set piece
        app.stack.push(StoryScene(app, "hospital", then=app.quit_to_title))
        run_frames(app, 240)
        save(app, out, "hospital_story")
        app.quit_to_title()
        shots = {"hospital_cell": 150, "hospital_ward": 600, "hospital_rounds": 1150, "hospital_station": 1330,
                 "hospital_corridor": 1600, "hospital_office": 1820, "hospital_wing": 2150, "hospital_hostage": 2640,
                 "hospital_lockdown": 2960, "hospital_fuse_box": 3150, "hospital_lobby": 3911, "hospital_gate": 4031,
                 "hospital_elevator": 4331, "hospital_garage": 4881, "hospital_reverse": 5051,
                 "hospital_garage_run": 5291, "hospital_ambush": 5530}
        take_shots(app, out, "hospital", shots)

    if app.level_exists("dyson"):  # Dyson's house: the lit path, the two lights, the shot, the family, the reveal
        shots = {"dyson_road": 70, "dyson_street_patrol": 330, "dyson_street_knockout": 420, "dyson_cruiser": 960,
                 "dyson_dog_yard": 2400, "dyson_dog_creep": 2950, "dyson_path": 3824, "dyson_pool_house": 4109,
                 "dyson_lawn_light": 4365, "dyson_pool": 4496, "dyson_terrace_light": 4659, "dyson_pacing": 4865,
                 "dyson_coffee": 5315, "dyson_shot": 5685, "dyson_choice": 5928, "dyson_arrival": 6049,
                 "dyson_reveal": 6303, "dyson_leave": 6553}
        take_shots(app, out, "dyson", shots)

    # A run's end screens: Freeway finished (its results and the run's total), then a game over in the lab.
    app.new_game("freeway", intro=False)
    play = app.stack.top
    play.world.stats.score, play.world.stats.frames, play.world.stats.knockouts = 6800, 3370, 5
    play.world.outcome, play.world.next_level = "completed", "t1000_lab"
    app.level_finished(play)
    run_frames(app, 40)
    save(app, out, "results")
    if app.level_exists("t1000_lab"):
        app.stack.top.proceed()
        play = app.stack.top
        play.world.stats.score, play.world.outcome = 1500, "game_over"
        app.level_finished(play)
        run_frames(app, 2)
        save(app, out, "game_over")
    pygame.quit()

    # The T-1000 beside a real cop: disguised, walking, blade up and swinging, a puddle, frozen (1x and 3x).
    from tools import t1000_screens

    t1000_screens.main(["t1000_screens", str(out / "t1000")])
    return 0


if __name__ == "__main__":
    sys.exit(main())
