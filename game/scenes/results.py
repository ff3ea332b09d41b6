"""After a level: the results screen (score, time, casualties, the run's total, the rank) and the
game-over screen (continue while the run has continues, else give up and take the total to the table)."""

from __future__ import annotations

import pygame

from game import assets
from game.input.actions import InputSnapshot
from game.render.text import font
from game.run import CONTINUE_COST, Run
from game.scenes.base import Scene
from game.scenes.ending import ENDING, EndingScene
from game.scenes.menu import Item, Menu, draw_panel, draw_screen

RANK_COLOURS = {"S": "gold", "A": "white", "B": "electric", "C": "concrete_hi", "D": "red"}  # palette names


def _clock(frames: int) -> str:
    seconds = frames // 60
    return f"{seconds // 60}:{seconds % 60:02d}.{(frames % 60) * 100 // 60:02d}"


class LevelCompleteScene(Scene):
    music = None

    def __init__(self, app, world, level_name: str, run: Run | None = None, next_level: str | None = None) -> None:
        super().__init__(app)
        from game.modes import mode

        self.world = world
        self.level_name = level_name
        self.run = run or app.current_run()
        self.mode = mode(self.run.mode)
        self.rank = self.run.last.rank if self.run.last is not None and self.run.last.level == level_name else None
        self.best_rank = app.progress.best_rank(level_name, self.run.mode)
        stats = world.stats
        self.rows = [
            ("SCORE", f"{stats.score:07d}"),
            ("TIME", _clock(stats.frames)),
            ("PEOPLE KNOCKED OUT", str(stats.knockouts)),
            ("HUMAN CASUALTIES", str(stats.casualties)),
            ("RUN TOTAL", f"{self.run.score:07d}"),
        ]
        self.next_level = next_level
        from game.scenes.story import story_exists

        goes_on = app.level_exists(self.next_level) or (self.mode.story_scenes and story_exists(self.next_level)) \
            or self.next_level == ENDING
        label = "Continue" if goes_on else "Back to title"
        self.menu = Menu([Item(label, self.proceed)], on_back=self.proceed)
        self.menu.sound = app.audio.play
        self.t = 0.0

    def proceed(self) -> None:
        """On to the next level the mode leads to (in Story through its intro story); where the
        campaign ends for now, Story still tells what comes next (the next level's name is its
        story's id), then the run's total goes to the mode's scores.  The next level starts with
        the lives this one ended with."""
        from game.scenes.story import StoryScene, story_exists

        score = self.run.score
        if self.next_level == ENDING:  # the campaign's last level: its story, the totals, the credits
            self.app.stack.replace(StoryScene(self.app, ENDING, then=self.app.show_ending)
                                   if self.mode.story_scenes and story_exists(ENDING) else EndingScene(self.app, self.run))
            return
        if self.app.level_exists(self.next_level):
            self.app.start_level(self.next_level, lives=self.run.lives, intro=self.mode.story_scenes)
        elif self.mode.story_scenes and story_exists(self.next_level):
            self.app.stack.replace(StoryScene(self.app, str(self.next_level), then=lambda: self.app.finish_run(score)))
        else:
            self.app.finish_run(score)

    def fixed_update(self, dt: float, snap: InputSnapshot) -> None:
        self.t += dt
        if self.t > 0.5:
            self.menu.update(snap)

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        rect = draw_screen(surface, f"{self.world.level.title.upper()} COMPLETE", (320, 120), title_y=40,
                           panel_top=70)
        f = font()
        cx = rect.centerx
        white = assets.color("white")
        red = assets.color("red")
        gold = assets.color("gold")
        for i, (label, value) in enumerate(self.rows):
            y = rect.top + 12 + i * 20
            colour = red if label == "HUMAN CASUALTIES" and value != "0" else white
            if label == "RUN TOTAL":  # the whole run so far, under a rule
                pygame.draw.line(surface, assets.color("steel"), (rect.left + 20, y - 7), (rect.right - 20, y - 7))
                colour = gold
            f.draw(surface, label, (rect.left + 20, y), colour)
            f.draw(surface, value, (rect.right - 20, y), colour, align="right")
        if self.rank is not None:
            f.draw(surface, "RANK", (cx, rect.bottom + 10), gold, align="center")
            f.draw(surface, self.rank, (cx, rect.bottom + 24), assets.color(RANK_COLOURS.get(self.rank, "gold")), align="center",
                   scale=3)
            if self.best_rank is not None and self.best_rank != self.rank:
                f.draw(surface, f"BEST {self.best_rank}", (cx + 40, rect.bottom + 34), white)
        if self.world.stats.casualties == 0:
            f.draw(surface, "No one died. Keep it that way.", (cx, 266), white, align="center")
        if self.mode.campaign and not self.app.level_exists(self.next_level) and self.next_level != ENDING:
            f.draw(surface, "The story continues in a later build.", (cx, 280), white, align="center")
        self.menu.draw(surface, cx, 304)


class GameOverScene(Scene):
    music = None

    def __init__(self, app, level_name: str, seed: int, score: int = 0, run: Run | None = None) -> None:
        super().__init__(app)
        self.level_name = level_name
        self.seed = seed
        self.score = score  # this attempt's
        self.run = run or app.current_run()
        items = [Item("Continue", self.retry)] if self.run.can_continue else []
        self.menu = Menu([*items, Item("Give up", self.give_up)], on_back=self.give_up)
        self.menu.sound = app.audio.play

    def retry(self) -> None:
        """Spend a continue: the level again with full lives (see game.run for what it costs)."""
        self.run.use_continue()
        self.app.start_level(self.level_name, seed=self.seed)

    def give_up(self) -> None:
        self.app.finish_run(self.run.score)

    def fixed_update(self, dt: float, snap: InputSnapshot) -> None:
        self.menu.update(snap)

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        surface.fill(assets.color("ink", (10, 12, 24)))
        cx = surface.get_width() // 2
        font().draw(surface, "TERMINATED", (cx, 120), assets.color("red", (214, 56, 48)), align="center", scale=3)
        font().draw(surface, f"SCORE {self.score:07d}", (cx, 154), assets.color("gold"), align="center")
        font().draw(surface, f"RUN TOTAL {self.run.score:07d}", (cx, 166), assets.color("gold"), align="center")
        left = "unlimited" if self.run.unlimited_continues else f"{self.run.continues_left} left"
        if self.run.can_continue:
            lives = self.run.difficulty.player_lives
            text = (f"Continue ({left}): this level again with {lives} lives; "
                    f"costs this attempt's score and {CONTINUE_COST} more.")
        else:
            text = "No continues left."
        font().draw(surface, text, (cx, 182), assets.color("steel"), align="center")
        self.menu.draw(surface, cx, 210)


class MessageScene(Scene):
    """One readable line about something that went wrong (a broken level, a bad replay)."""

    draws_below = True

    def __init__(self, app, text: str) -> None:
        super().__init__(app)
        self.lines = font().wrap(text, 520)
        self.menu = Menu([Item("OK", app.stack.pop)], on_back=app.stack.pop)
        self.menu.sound = app.audio.play

    def fixed_update(self, dt: float, snap: InputSnapshot) -> None:
        self.menu.update(snap)

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        rect = pygame.Rect(0, 0, 560, 60 + 10 * len(self.lines))
        rect.center = (surface.get_width() // 2, surface.get_height() // 2)
        draw_panel(surface, rect)
        f = font()
        f.draw(surface, "SOMETHING WENT WRONG", (rect.centerx, rect.top + 10), assets.color("red", (214, 56, 48)),
               align="center")
        for i, line in enumerate(self.lines):
            f.draw(surface, line, (rect.centerx, rect.top + 26 + i * 10), assets.color("white", (240, 240, 232)),
                   align="center")
        self.menu.draw(surface, rect.centerx, rect.bottom - 16)
