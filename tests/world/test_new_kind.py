"""Adding an enemy is one declaration beside its entity (plus its art): the map, the checker,
the spawner, the renderer and the autopilot all take it from there."""

from __future__ import annotations

import pygame
import pytest

from game.entities.humans import Thug
from game.input.autopilot import Autopilot
from game.level import kinds
from game.level.kinds import FACING, FLAG, KINDS, Kind, Look, Number, declare
from game.render.world_view import WorldView
from game.timestep import DT
from tests.world.conftest import obj


class Brawler(Thug):
    """A tougher thug: the example of a new enemy kind in the README."""

    kind = "brawler"


@pytest.fixture
def brawler_kind():
    """The declaration, as a module of the game would make it at import (taken back afterwards)."""
    len(KINDS)  # the game's own kinds first
    kind = declare(Kind("brawler", optional={"dormant": FLAG, "facing": FACING,
                                             "toughness": Number(at_least=1, at_most=5)},
                        make=lambda w, o: Brawler(w, *o.feet, facing=o.facing), autopilot=frozenset({"punch"}),
                        look=Look(sheet="thug", anims={"dead": ("down",), "hurt": ("hurt", "idle")})))
    yield kind
    kinds._DECLARED.pop("brawler")


def test_a_declared_kind_is_placed_checked_spawned_drawn_and_handled_by_the_autopilot(arena, brawler_kind):
    assert "brawler" in KINDS and KINDS["brawler"] in KINDS.placeable()
    w = arena(objects=[obj(3, "brawler", 300, 160, facing="left", toughness=3)])
    brawler = next(e for e in w.entities if e.kind == "brawler")
    assert isinstance(brawler, Brawler)
    # Drawn from its look: pixels appear where it stands.
    pygame.init()
    surface = pygame.Surface((480, 270))
    view = WorldView(w)
    view.draw(surface, w, (0.0, 0.0), 1.0)
    before = surface.copy()
    brawler.alive = False
    w.entities.remove(brawler)
    view.draw(surface, w, (0.0, 0.0), 1.0)
    region = pygame.Rect(int(brawler.x) - 12, int(brawler.y) - 44, 24, 44)
    assert any(before.get_at((x, y)) != surface.get_at((x, y))
               for x in range(region.left, region.right) for y in range(region.top, region.bottom))
    # The autopilot knocks it out rather than walking past or shooting it.
    w = arena(objects=[obj(3, "brawler", 300, 160, facing="left")])
    brawler = next(e for e in w.entities if e.kind == "brawler")
    pilot = Autopilot(w)
    for _ in range(60 * 20):
        w.step(DT, pilot.next_frame())
        w.drain_events()
        if brawler.is_down:
            break
    assert brawler.is_down and w.stats.casualties == 0


def test_a_bad_property_of_a_declared_kind_is_one_line(brawler_kind, tmp_path):
    from game.level.checker import check
    from tests.world.conftest import make_map

    path = make_map(tmp_path, ["." * 40] * 10 + ["#" * 40] * 2,
                    [obj(1, "player_start", 64, 160), obj(2, "exit", 600, 128, 16, 32),
                     obj(3, "brawler", 300, 160, toughness=9)])
    problems = check([path])
    assert len(problems) == 1 and "toughness" in problems[0] and "\n" not in problems[0]
