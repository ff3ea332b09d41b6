"""The end of the campaign: the run's totals in the game's own words, then the credits, then the
high-score entry (``App.finish_run``)."""

from __future__ import annotations

import pygame

from game import assets
from game.input.actions import Action, InputSnapshot
from game.render.text import font
from game.run import Run
from game.scenes.base import Scene

ENDING = "ending"  # a level's ``next`` that ends the campaign (also the id of the ending's story scene)
CREDITS = [
    "JUDGMENT DAY",
    "",
    "A retelling of Terminator 2 as an arcade game",
    "",
    "Design, code, pixel art, sound and music",
    "made by code for this game",
    "",
    "The liquid metal: pymunk droplets",
    "Maps: Tiled",
    "Built with Python, pygame-ce, pymunk, pytmx, numpy",
    "",
    "No film frames, logos or music were used.",
    "",
    "THE FUTURE IS NOT SET",
]
CREDIT_SPEED = 18.0  # px/s the credits roll


def clock(frames: int) -> str:
    seconds = frames // 60
    return f"{seconds // 60}:{seconds % 60:02d}.{(frames % 60) * 100 // 60:02d}"


def casualty_words(casualties: int) -> str:
    """What the ending says about the people who died on the way."""
    if casualties == 0:
        return "Human casualties: 0. Not one life taken. It learned."
    if casualties == 1:
        return "Human casualties: 1. One life the machine could not give back."
    return f"Human casualties: {casualties}. The machine never learned."


def ending_lines(run: Run) -> list[tuple[str, str]]:
    """The ending screen's rows: the run's total score, time and human casualties."""
    return [
        ("TOTAL SCORE", f"{run.score:07d}"),
        ("TIME", clock(run.frames)),
        ("HUMAN CASUALTIES", str(run.casualties)),
        ("CONTINUES USED", str(run.continues_used)),
    ]


class EndingScene(Scene):
    """The run's totals; any button goes on to the credits."""

    music = "title"

    def __init__(self, app, run: Run) -> None:
        super().__init__(app)
        self.run = run
        self.rows = ending_lines(run)
        self.words = casualty_words(run.casualties)
        self.t = 0.0

    def proceed(self) -> None:
        self.app.stack.replace(CreditsScene(self.app, self.run.score))

    def fixed_update(self, dt: float, snap: InputSnapshot) -> None:
        self.t += dt
        if self.t > 1.0 and any(snap.was_pressed(a) for a in (Action.CONFIRM, Action.JUMP, Action.FIRE,
                                                             Action.PAUSE, Action.BACK)):
            self.proceed()

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        surface.fill(assets.color("ink", (10, 12, 24)))
        f = font()
        cx = surface.get_width() // 2
        white, gold, red = assets.color("white"), assets.color("gold"), assets.color("red")
        f.draw(surface, "THE END", (cx, 60), assets.color("sodium", (255, 190, 80)), align="center", scale=3)
        f.draw(surface, f"{self.run.difficulty.name.upper()} - {len([r for r in self.run.results if r.outcome == 'completed'])}"
               " LEVELS", (cx, 100), assets.color("steel"), align="center")
        for i, (label, value) in enumerate(self.rows):
            y = 130 + i * 20
            colour = red if label == "HUMAN CASUALTIES" and value != "0" else (gold if i == 0 else white)
            f.draw(surface, label, (cx - 140, y), colour)
            f.draw(surface, value, (cx + 140, y), colour, align="right")
        f.draw(surface, self.words, (cx, 230), white if self.run.casualties == 0 else red, align="center")
        if self.t > 1.0 and int(self.t * 2) % 2 == 0:
            f.draw(surface, "PRESS ENTER", (cx, 300), assets.color("steel"), align="center")


class CreditsScene(Scene):
    """The credits roll; at the end (or on a button) the run's total goes to the high-score entry."""

    music = "title"

    def __init__(self, app, score: int) -> None:
        super().__init__(app)
        self.score = score
        self.t = 0.0

    @property
    def done(self) -> bool:
        return self.t * CREDIT_SPEED > 360 + len(CREDITS) * 16

    def fixed_update(self, dt: float, snap: InputSnapshot) -> None:
        self.t += dt
        pressed = any(snap.was_pressed(a) for a in (Action.CONFIRM, Action.PAUSE, Action.BACK))
        if self.done or (self.t > 0.5 and pressed):
            self.app.finish_run(self.score)

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        surface.fill(assets.color("ink", (10, 12, 24)))
        f = font()
        cx = surface.get_width() // 2
        top = surface.get_height() - self.t * CREDIT_SPEED
        for i, line in enumerate(CREDITS):
            y = top + i * 16
            if -10 < y < surface.get_height():
                colour = assets.color("sodium", (255, 190, 80)) if i in (0, len(CREDITS) - 1) else assets.color("white")
                f.draw(surface, line, (cx, round(y)), colour, align="center")
