"""Drawing: reads the world and the scenes' state, never changes them."""

from game.world.camera import VIEW_SIZE

INTERNAL_SIZE = VIEW_SIZE  # the picture is drawn at the size of the world's view, then scaled to the window
