"""Garbage collection around level loads: what a level builds is collected once, then left alone.

A level allocates tens of thousands of long-lived objects (pymunk shapes,
entities, surfaces).  Left in the collector's generations they make every
full collection walk them all, a hitch of milliseconds at some unforeseeable
frame.  After a load the survivors are moved out of the collector's sight
(``gc.freeze``); the next load lets them go again first.
"""

from __future__ import annotations

import gc


def level_loaded() -> None:
    """Call when a level (world, view) is built, before its first frame."""
    gc.unfreeze()  # the previous level's objects become collectable again
    gc.collect()
    gc.freeze()
