"""The camera: follows with a dead zone, never shows outside the level, holds a locked area."""

from __future__ import annotations

from game.level.data import Rect
from game.world.camera import Camera

DT = 1 / 60


def settle(cam: Camera, x: float, y: float, lock=None, frames: int = 240) -> None:
    for _ in range(frames):
        cam.update(x, y, 1, DT, lock)


def test_small_moves_inside_the_dead_zone_do_not_move_the_view():
    cam = Camera(640, 360, 5000, 600)
    settle(cam, 1000, 300)
    before = cam.x
    settle(cam, 1000 - 20, 300, frames=60)  # a step back: inside the dead zone
    assert abs(cam.x - before) < 0.01


def test_view_never_leaves_the_level():
    cam = Camera(640, 360, 2000, 600)
    settle(cam, 5, 590)
    assert cam.x == 0 and abs(cam.y - (600 - 360)) < 0.01
    settle(cam, 1995, 5)
    assert abs(cam.x - (2000 - 640)) < 0.01 and abs(cam.y) < 0.01


def test_a_locked_area_is_held_and_a_short_one_is_centred():
    cam = Camera(640, 360, 5000, 600)
    lock = Rect(1000, 140, 640, 200)  # one screen wide, shorter than the view
    settle(cam, 1600, 320, lock)  # the player at the right edge of the area
    assert abs(cam.x - 1000) < 0.5  # the view shows exactly the area, not beyond it
    assert abs((cam.y + 180) - (140 + 100)) < 0.5  # the area's middle is the view's middle
    settle(cam, 1600, 320)  # released: follows the player again
    assert cam.x > 1000 + 100
