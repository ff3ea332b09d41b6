"""The liquid-metal T-1000: droplet body, forms, brain and chrome renderer.

``T1000`` is the body the world drives; ``T1000Renderer`` (in ``render``)
draws it.  Importing the package does not touch the display.
"""

from __future__ import annotations

from game.t1000.body import T1000

__all__ = ["T1000"]
