"""The object types a level designer may place in Tiled, and the properties each needs.

This table is the single list the loader, the checker and the world agree
on; add a kind here first, then teach the world to spawn it.
"""

from __future__ import annotations

from game.t1000.brain import ORDERS

PICKUP_ITEMS = ("shells", "health", "life", "nitrogen", "score")

# kind -> {property: allowed values (tuple) or a type}; "required" must be present.
KINDS: dict[str, dict[str, dict]] = {
    "player_start": {"required": {}, "optional": {}},
    "exit": {"required": {}, "optional": {"next": str}},
    "checkpoint": {"required": {}, "optional": {}},
    "thug": {"required": {}, "optional": {"dormant": bool, "facing": ("left", "right")}},
    "cop": {"required": {}, "optional": {"dormant": bool, "facing": ("left", "right")}},
    "t1000": {"required": {}, "optional": {"dormant": bool, "droplets": int, "speed": float}},
    "pickup": {"required": {"item": PICKUP_ITEMS}, "optional": {"dormant": bool, "amount": int}},
    "story": {"required": {"text": str}, "optional": {"seconds": float}},
    "camera_lock": {"required": {}, "optional": {}},
    "spawner": {"required": {"targets": str}, "optional": {}},
    "arena": {"required": {}, "optional": {"targets": str, "text": str}},
    "t1000_order": {"required": {"targets": str, "order": ORDERS}, "optional": {}},
    "live_wire": {"required": {}, "optional": {"period": float, "duty": float, "offset": float}},
    "debris": {"required": {}, "optional": {"count": int}},
    "traffic": {"required": {}, "optional": {"interval": float, "direction": ("left", "right")}},
    "molten": {"required": {}, "optional": {}},
}

# Kinds that are areas the player walks into (they need a width and height).
AREA_KINDS = {"story", "camera_lock", "arena", "spawner", "t1000_order", "live_wire", "debris", "traffic", "molten", "exit", "checkpoint"}
