"""How hard the game is: one table of every number that changes with the difficulty.

The entities read these through ``world.difficulty`` (a ``World`` is made at
Normal unless told otherwise).  Normal holds exactly the numbers the game was
tuned and recorded with, down to their types (an ``int`` stays an ``int``: the
state hash sees the difference between 11 and 11.0), so the shipped demo
replays to its recorded hash.  A recording names the difficulty it was
played at and is replayed at it.

Casual is the very easy end (unlimited continues, slow and weak enemies, a
T-1000 that takes long to pull itself together); Hard the other (it reforms
in little more than half Normal's time and its blade hits twice as hard).

The player picks the difficulty in Options (saved with the settings) or for
one session with ``--difficulty``; a run keeps the difficulty it began at.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Difficulty:
    name: str  # as saved and typed: "casual", "easy", "normal", "hard"
    label: str  # as shown: "Easy"
    # --- the T-800 (the player) ---
    player_health: int  # health points of a full bar (one a segment on the HUD; at most 12 fit)
    player_lives: int  # lives at the start of a run, and after a continue
    continues: int  # continues a run may use after a game over; UNLIMITED (-1): as many as wanted
    # --- Sarah (the other player character: no armour, down in a few hits) ---
    sarah_health: int
    # --- people ---
    thug_health: float  # a punch does 3, a shotgun pellet 1
    cop_health: float
    thug_damage: int  # a chain swing (Normal: a dozen to put a T-800 down: a brawl is a fight, not a trap)
    bullet_damage: int  # a police bullet
    cop_aim_time: float  # s a cop aims (the telegraph: "!" and a muzzle glint) before the shot
    cop_fire_cooldown: float  # s between a cop's shots (three on a slab must not make a wall of lead)
    # --- the T-1000 ---
    blade_damage: float  # a blade swing
    t1000_speed: float  # times its tuned walking and running pace (and a map's ``speed``)
    boss_health: float  # times a boss's ``health``
    truck_ram_damage: int  # the T-1000's tow truck ramming or pinning a rider (game/entities/tow_truck.py)
    reform_delay: float  # s a shattered T-1000's shards lie before they thaw and flow back together
    # --- scoring ---
    score_percent: int  # points scored are worth this percentage (whole points, rounded down)


UNLIMITED = -1  # ``continues``: a continue is always offered

CASUAL = Difficulty("casual", "Casual", player_health=12, player_lives=5, continues=UNLIMITED, sarah_health=8,
                    thug_health=2.0, cop_health=1.5, thug_damage=1, bullet_damage=1,
                    cop_aim_time=1.3, cop_fire_cooldown=3.6,
                    blade_damage=0.5, t1000_speed=0.7, boss_health=0.5, truck_ram_damage=1, reform_delay=3.2,
                    score_percent=25)
EASY = Difficulty("easy", "Easy", player_health=12, player_lives=5, continues=5, sarah_health=7,
                  thug_health=3.0, cop_health=2.0, thug_damage=1, bullet_damage=1,
                  cop_aim_time=1.05, cop_fire_cooldown=3.0,
                  blade_damage=0.5, t1000_speed=0.85, boss_health=0.75, truck_ram_damage=1, reform_delay=2.4,
                  score_percent=50)
NORMAL = Difficulty("normal", "Normal", player_health=12, player_lives=3, continues=3, sarah_health=5,
                    thug_health=4.0, cop_health=3.0, thug_damage=1, bullet_damage=1,
                    cop_aim_time=0.85, cop_fire_cooldown=2.4,
                    blade_damage=1.0, t1000_speed=1.0, boss_health=1.0, truck_ram_damage=2, reform_delay=1.6,
                    score_percent=100)
HARD = Difficulty("hard", "Hard", player_health=9, player_lives=2, continues=1, sarah_health=4,
                  thug_health=6.0, cop_health=5.0, thug_damage=2, bullet_damage=2,
                  cop_aim_time=0.6, cop_fire_cooldown=1.8,
                  blade_damage=2.0, t1000_speed=1.15, boss_health=1.25, truck_ram_damage=3, reform_delay=0.9,
                  score_percent=150)

DIFFICULTIES: dict[str, Difficulty] = {d.name: d for d in (CASUAL, EASY, NORMAL, HARD)}  # in the order Options cycles
DEFAULT = NORMAL.name


def by_name(name: str | Difficulty | None) -> Difficulty:
    """The difficulty called ``name`` (any case; None is Normal); ValueError naming the choices if none is."""
    if isinstance(name, Difficulty):
        return name
    if name is None:
        return NORMAL
    found = DIFFICULTIES.get(str(name).strip().lower())
    if found is None:
        raise ValueError(f"unknown difficulty {str(name)[:40]!r} (choose {', '.join(DIFFICULTIES)})")
    return found


def next_difficulty(name: str, step: int) -> str:
    """The name ``step`` places along the table from ``name``, round the ends (Options' left/right)."""
    names = list(DIFFICULTIES)
    return names[(names.index(by_name(name).name) + step) % len(names)]
