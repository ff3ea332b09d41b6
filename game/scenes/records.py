"""Level select (Level Training: a level, then where in it to start), entering initials for a
mode's high-score table, and the tables themselves (left/right flips between the modes)."""

from __future__ import annotations

import pygame

from game import assets
from game.input.actions import Action, InputSnapshot
from game.progress import CAMPAIGN, INITIALS_LENGTH
from game.render.text import font
from game.scenes.base import Scene
from game.scenes.menu import Item, Menu, draw_backdrop, draw_screen

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 "


def _title(name: str) -> str:
    """What the level is called everywhere else: its map's title, else a name made from the file."""
    from game.level.loader import level_title

    return level_title(assets.levels_dir() / f"{name}.tmx") or name.replace("_", " ").title()


CHARACTER_NAMES = {"t800": "T-800", "sarah": "Sarah"}  # as level select says who you play


def _who(name: str) -> str:
    """Who a level puts in your hands, as its map's start says."""
    from game.level.loader import level_character

    character = level_character(assets.levels_dir() / f"{name}.tmx") or "t800"
    return CHARACTER_NAMES.get(character, character)


def _clock(frames: int) -> str:
    s = frames // 60
    return f"{s // 60}:{s % 60:02d}"


class LevelSelectScene(Scene):
    """Level Training: every level reached, with its best result and best rank (in any mode)."""

    def __init__(self, app) -> None:
        super().__init__(app)
        progress = app.progress
        levels = [name for name in [*CAMPAIGN, "t1000_lab"] if app.level_exists(name)]
        self.levels = levels
        items = []
        for name in levels:
            opener = progress.unlocked_by(name)
            # Campaign levels not built yet are skipped: the last built level before a level opens it
            # (the Steel Mill opens after the last story level there is, until the ones between exist).
            while opener is not None and opener in CAMPAIGN and not app.level_exists(opener):
                opener = progress.unlocked_by(opener)
            finished = opener is not None and opener in progress.best and progress.best[opener].casualties >= 0
            unlocked = progress.is_unlocked(name) or (name in CAMPAIGN and finished)
            label = self._label(name) if unlocked else f"{_title(name)}  (finish {_title(opener)})"
            items.append(Item(label, (lambda n=name: self.choose(n)), enabled=unlocked))
        items.append(Item("Back", app.stack.pop))
        self.menu = Menu(items, on_back=app.stack.pop)
        self.menu.sound = app.audio.play

    def choose(self, name: str) -> None:
        """A level with checkpoints asks where to start; one without starts at the beginning."""
        from game.modes import checkpoint_count

        if checkpoint_count(name):
            self.app.stack.push(CheckpointSelectScene(self.app, name))
        else:
            self.app.new_game(name, mode="training")

    def _label(self, name: str) -> str:
        progress = self.app.progress
        best = progress.best.get(name)
        rank = progress.best_rank(name)
        title = f"{_title(name)} ({_who(name)})"
        if best is None and rank is None:
            return title
        figures = f"{best.score:07d}  {_clock(best.frames)}  casualties {best.casualties}" if best else ""
        return f"{title}\t" + "  ".join(part for part in (figures, f"rank {rank or '-'}") if part)

    def fixed_update(self, dt: float, snap: InputSnapshot) -> None:
        self.menu.update(snap)

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        rect = draw_screen(surface, "LEVEL TRAINING", (520, 40 + 16 * len(self.menu.items)))
        self.menu.draw(surface, rect.centerx, rect.top + 16, spacing=16, width=440)
        font().draw(surface, "Infinite lives. Ranks are kept; scores go to no table.", (rect.centerx, 330),
                    assets.color("steel"), align="center")


class CheckpointSelectScene(Scene):
    """Where in a level Level Training starts: its beginning or any of its checkpoints."""

    def __init__(self, app, level: str) -> None:
        super().__init__(app)
        from game.modes import checkpoint_count

        self.level = level
        items = [Item("From the start", lambda: app.new_game(level, mode="training"))]
        items += [Item(f"Checkpoint {i + 1}", (lambda i=i: app.new_game(level, mode="training", checkpoint=i)))
                  for i in range(checkpoint_count(level))]
        items.append(Item("Back", app.stack.pop))
        self.menu = Menu(items, on_back=app.stack.pop)
        self.menu.sound = app.audio.play

    def fixed_update(self, dt: float, snap: InputSnapshot) -> None:
        self.menu.update(snap)

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        rect = draw_screen(surface, _title(self.level).upper(), (260, 28 + 16 * len(self.menu.items)))
        self.menu.draw(surface, rect.centerx, rect.top + 14, spacing=16)


class InitialsScene(Scene):
    """Three letters for the table: up/down picks a letter, left/right or confirm moves on."""

    def __init__(self, app, score: int, mode: str, then) -> None:
        super().__init__(app)
        self.score = score
        self.mode = mode  # whose table
        self.letters = [0] * INITIALS_LENGTH
        self.pos = 0
        self.then = then

    @property
    def initials(self) -> str:
        return "".join(LETTERS[i] for i in self.letters)

    def fixed_update(self, dt: float, snap: InputSnapshot) -> None:
        if snap.was_pressed(Action.UP):
            self.letters[self.pos] = (self.letters[self.pos] + 1) % len(LETTERS)
            self.app.audio.play("menu_move")
        elif snap.was_pressed(Action.DOWN):
            self.letters[self.pos] = (self.letters[self.pos] - 1) % len(LETTERS)
            self.app.audio.play("menu_move")
        elif snap.was_pressed(Action.BACK) and self.pos == 0:
            self._enter()  # Esc gets out: the score goes in under the letters shown, never lost
        elif snap.was_pressed(Action.LEFT) or snap.was_pressed(Action.BACK):
            self.pos = max(0, self.pos - 1)
        elif snap.was_pressed(Action.RIGHT) or snap.was_pressed(Action.CONFIRM) or snap.was_pressed(Action.JUMP):
            self.app.audio.play("menu_select")
            if self.pos + 1 < INITIALS_LENGTH:
                self.pos += 1
            else:
                self._enter()

    def _enter(self) -> None:
        place = self.app.progress.add_score(self.mode, self.initials, self.score)
        self.app.save_progress()
        self.then(place)

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        draw_backdrop(surface)
        f = font()
        cx = surface.get_width() // 2
        gold = assets.color("gold", (255, 210, 90))
        white = assets.color("white", (240, 240, 232))
        from game.modes import mode

        f.draw(surface, "NEW HIGH SCORE", (cx, 44), gold, align="center", scale=2)
        f.draw(surface, mode(self.mode).label.upper(), (cx, 74), white, align="center")
        f.draw(surface, f"{self.score:07d}", (cx, 100), white, align="center", scale=2)
        for i, index in enumerate(self.letters):
            x = cx - 40 + i * 40
            colour = gold if i == self.pos else white
            f.draw(surface, LETTERS[index], (x, 150), colour, align="center", scale=4)
            if i == self.pos:
                f.draw(surface, "^", (x, 190), gold, align="center", scale=2)
        f.draw(surface, "UP/DOWN letter   RIGHT/ENTER next", (cx, 250), assets.color("steel", (120, 130, 150)),
               align="center")


class HighScoreScene(Scene):
    """One mode's table; left/right flips to the other modes' tables, anything else leaves."""

    def __init__(self, app, highlight: int = -1, then=None, mode: str | None = None) -> None:
        super().__init__(app)
        from game.modes import SCORED

        self.modes = SCORED
        self.mode = mode if mode in SCORED else SCORED[0]
        self.shown = self.mode  # the table on screen; the highlight belongs to ``mode``'s
        self.highlight = highlight
        self.then = then or app.stack.pop
        self.t = 0.0

    def fixed_update(self, dt: float, snap: InputSnapshot) -> None:
        self.t += dt
        if snap.was_pressed(Action.LEFT) or snap.was_pressed(Action.RIGHT):
            step = -1 if snap.was_pressed(Action.LEFT) else 1
            self.shown = self.modes[(self.modes.index(self.shown) + step) % len(self.modes)]
            self.app.audio.play("menu_move")
        elif snap.pressed and self.t > 0.3:
            self.then()

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        from game.modes import mode

        rect = draw_screen(surface, "HIGH SCORES", (260, 220), title_y=22, panel_top=66)
        f = font()
        gold = assets.color("gold")
        white = assets.color("white")
        steel = assets.color("steel")
        label = mode(self.shown).label.upper()
        f.draw(surface, label, (rect.centerx, 50), white, align="center")
        f.draw(surface, "<", (rect.centerx - f.width(label) // 2 - 14, 50), gold)
        f.draw(surface, ">", (rect.centerx + f.width(label) // 2 + 8, 50), gold)
        for i, (initials, score) in enumerate(self.app.progress.table(self.shown)):
            lit = self.shown == self.mode and i == self.highlight and (int(self.t * 4) % 2 == 0)
            colour = gold if lit else white
            y = rect.top + 14 + i * 20
            f.draw(surface, f"{i + 1:2d}.", (rect.left + 24, y), colour)
            f.draw(surface, initials, (rect.left + 70, y), colour)
            f.draw(surface, f"{score:07d}", (rect.right - 24, y), colour, align="right")
        f.draw(surface, "LEFT/RIGHT other modes   ENTER back", (rect.centerx, 300), steel, align="center")
