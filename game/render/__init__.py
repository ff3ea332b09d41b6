"""Drawing: reads the world and the scenes' state, never changes them."""

INTERNAL_SIZE = (640, 360)
