"""Sarah Connor: the second player character (the hospital, Dyson's house, the Steel Mill's last stand).

She moves as every hero does (game/entities/hero.py) with her own row of the
table: lighter and quicker than the T-800, a lower jump, and no armour (her
health is the difficulty table's ``sarah_health``: a few hits).  Her own moves:

- **Dodge roll** (``Action.ROLL``): a short burst along the ground, every
  frame of it invulnerable: blows and bullets pass through her.  She comes out
  of it crouched if there is no room to stand (rolling into a vent works).
- **Crouch** (hold down on the ground): a smaller body that creeps, ducks
  under a pistol round and fits under low ceilings.  Crouched inside a
  ``hiding_spot`` area (a shadow, a doorway, cover) she is ``hiding``: people's
  sight ignores her (``Human.sees_player``; a guard's cone should ask
  ``player.hiding`` too).
- **Punch** (interact): knocks people out, never kills (the T-800's melee);
  a blow from where the person cannot see her (out of a hiding spot) knocks out at once.
  With a broom handle (the ``broom`` pick-up, snapped off in her cell) the blow reaches further
  and lands harder (``BROOM_REACH``, ``BROOM_DAMAGE``): a man reaching for her is down before he
  has her.

What her hands hold is chosen per level, by data: the ``player_start``'s
``weapon`` (``none``, ``sedative``, ``rifle``) and ``ammo``, or a ``pickup`` of
``item = sedative`` / ``rifle``.  The sedative (fire) is a jab that knocks a
person out at once, one dose each.  The rifle fires single, accurate shots;
its laser sight is state the simulation keeps (``laser``: from the muzzle to
the first thing in its line, a ray against the world and its people) and the
renderer draws.  Hold aim to plant and point it eight ways.  A rifle round
that strikes an entity calls its ``on_shot(world, point, shooter, damage)``:
a person is a casualty unless its kind overrides that (Dyson's shoulder).
A set piece may set ``trigger_locked``: the trigger does nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pymunk

from game.entities.hero import TUNING, Hero
from game.input.actions import Action, InputSnapshot
from game.level.kinds import Kind, Look, declare
from game.world import exact as E
from game.world.physics import Cat, shape_filter

if TYPE_CHECKING:
    from game.level.data import LevelObject
    from game.world.world import World

# --- tuning (px, seconds) ---------------------------------------------------------------------
# How she moves is her row of the heroes' table (game/entities/hero.py); her health is the difficulty
# table's ``sarah_health``.
MOVES = TUNING["sarah"]

WEAPONS = ("none", "sedative", "rifle")
AMMO_START = {"none": 0, "sedative": 3, "rifle": 12}  # when the start names the weapon but not ``ammo``
DOSES_MAX = 9
ROUNDS_MAX = 40

BROOM_REACH = 34.0  # px her blow reaches with the broom handle (bare hands: her row's melee_reach)
BROOM_DAMAGE = 3.0  # its blow (bare hands: her row's melee_damage)
JAB_TIME = 0.32  # the sedative: a jab, landing at the melee's moment
TAKEDOWN = 1000.0  # damage of a blow nobody stands up from (a knock-out, never a casualty)

RIFLE_RANGE = 520.0  # px: across a garden and a pool
RIFLE_DAMAGE = 100.0  # a person struck is down: a casualty, unless its ``on_shot`` says otherwise
RIFLE_POWER = 1.0  # what a round does to the liquid metal (a shotgun pellet's worth)
RIFLE_SHOT_TIME = 0.25  # the recoil pose
RIFLE_BOLT_TIME = 0.75  # s between shots: the bolt worked by hand
SHOULDER = 26.0  # px above her feet the rifle's stock sits (15 crouched); the muzzle is MUZZLE along the aim
CROUCH_SHOULDER = 15.0
MUZZLE = 18.0  # (the art agrees: tools/assetgen/art/sarah.py)
TREMBLE = 0.06  # radians her aim wanders while her hands shake (``trigger_locked``): the dot will not keep still

HIDE_QUERY = shape_filter(Cat.ALL, Cat.WORLD | Cat.BARS)  # what stops her standing up


class Sarah(Hero):
    kind = "sarah"
    TUNING = MOVES
    ACTION_STATES = ("melee", "jab", "hurt", "shoot_f", "shoot_uf", "shoot_u", "shoot_df", "shoot_d")

    def __init__(self, world: World, x: float, y: float) -> None:
        super().__init__(world, x, y)
        self.weapon = "none"
        self.doses = 0  # sedative
        self.rounds = 0  # rifle
        self.roll_left = 0.0  # s of the roll still to go
        self.roll_dir = 1
        self.roll_wait = 0.0
        self._crouched = False
        self._hidden = False
        self.broom = False  # the broom handle in her hand: a longer, harder blow
        self.hostage = None  # the person she holds, a needle at his neck (game/entities/security.py: Doctor)
        self.trigger_locked = False  # a set piece's: she cannot make herself fire
        self.laser: tuple[float, float, float, float] | None = None  # muzzle to the dot, while the rifle is up

    # --- the hero's hooks --------------------------------------------------------------------
    def full_health(self, world: World) -> int:
        return world.difficulty.sarah_health

    @property
    def evading(self) -> bool:
        return self.roll_left > 0

    @property
    def hiding(self) -> bool:
        return self._hidden

    @property
    def crouching(self) -> bool:
        return self._crouched

    def equip(self, start: LevelObject) -> None:
        weapon = start.prop("weapon", "none")
        self.weapon = "none"
        self.arm(weapon, start.prop("ammo", AMMO_START[weapon]))

    def arm(self, weapon: str, amount: int) -> None:
        """Carry ``weapon`` (in hand) with ``amount`` more doses or rounds."""
        if weapon == "sedative":
            self.doses = min(DOSES_MAX, self.doses + amount)
        elif weapon == "rifle":
            self.rounds = min(ROUNDS_MAX, self.rounds + amount)
        if weapon != "none":
            self.weapon = weapon

    def ammo(self, weapon: str) -> int:
        return {"sedative": self.doses, "rifle": self.rounds}.get(weapon, 0)

    def take(self, world: World, item: str, amount: int) -> bool:
        if item == "sedative":
            if self.doses >= DOSES_MAX:
                return False
            self.arm("sedative", amount)
        elif item == "rifle":
            if self.rounds >= ROUNDS_MAX and self.weapon == "rifle":
                return False
            self.arm("rifle", amount)
        elif item == "broom":
            if self.broom:
                return False
            self.broom = True
            world.show_caption("A broom handle, snapped off short. {interact} swings it: it reaches further "
                               "than a fist and hits harder.", 4.0)
        else:
            return super().take(world, item, amount)
        return True

    def _switch_weapon(self, world: World) -> None:
        order = [w for w, n in (("sedative", self.doses), ("rifle", self.rounds)) if n > 0 or w == self.weapon]
        if len(order) < 2:
            return
        self.weapon = order[(order.index(self.weapon) + 1) % len(order)] if self.weapon in order else order[0]
        world.sound("menu_move")

    def _start_climb(self, world: World) -> None:
        self._set_crouch(False)

    def _on_respawn(self, world: World) -> None:
        self.roll_left = 0.0
        self._set_crouch(False)

    # --- roll and crouch ---------------------------------------------------------------------
    def _special_move(self, world: World, snap: InputSnapshot, dt: float, hurt: bool) -> bool:
        t = self.TUNING
        self.roll_wait = max(0.0, self.roll_wait - dt)
        if self.roll_left > 0:
            self.roll_left = max(0.0, self.roll_left - dt)
            ease = 1.0 if self.roll_left > t.roll_time * 0.3 else 0.6
            self.set_velocity(vx=self.roll_dir * t.roll_speed * ease)
            self.jump_buffer = 0.0
            self.set_state("roll")
            if self.roll_left <= 0:
                self.roll_wait = t.roll_cooldown
                self._set_crouch(snap.is_held(Action.DOWN) or not self._room_to_stand(world))
                if not self._crouched:
                    self.set_state("idle")
            return True
        if snap.was_pressed(Action.ROLL) and self.grounded and not hurt and not self.planted \
                and self.roll_wait <= 0 and self.action_time <= 0:
            self.roll_dir = snap.move_x or self.facing
            self.facing = self.roll_dir
            self.roll_left = t.roll_time
            self._set_crouch(True)
            self.set_state("roll")
            self.set_velocity(vx=self.roll_dir * t.roll_speed)
            world.sound("roll")
            world.fx("dust", self.x - self.roll_dir * 6, self.y - 3, -self.roll_dir)
            return True
        # Crouch: down held on the ground (down and jump on a grate still drops through it).
        want = snap.is_held(Action.DOWN) and self.grounded and not self.planted and not hurt
        if self._crouched and not want and not self._room_to_stand(world):
            want = True  # under something low: she stays down until there is room
        if want != self._crouched:
            self._set_crouch(want)
        if self._crouched and self.jump_buffer > 0 and not (snap.is_held(Action.DOWN) and self._on_one_way(world)):
            self.jump_buffer = 0.0  # no jump from a crouch (let go of down to stand and jump)
        return False

    def _set_crouch(self, crouched: bool) -> None:
        """Swap the body's box for a low one (feet where they were) or back."""
        if crouched == self._crouched:
            return
        self._crouched = crouched
        w, h = self.WIDTH - 2, (self.TUNING.crouch_height if crouched else self.HEIGHT) - 2
        bottom = self.HEIGHT / 2 - 1  # the body's centre stays at half the standing height
        self.shape.unsafe_set_vertices([(-w / 2, bottom - h), (w / 2, bottom - h), (w / 2, bottom), (-w / 2, bottom)])
        if not crouched:
            self._hidden = False

    def _room_to_stand(self, world: World) -> bool:
        hw = self.WIDTH / 2 - 1
        box = pymunk.BB(self.x - hw, self.y - self.HEIGHT + 1, self.x + hw, self.y - self.TUNING.crouch_height - 1)
        return not any(not s.sensor for s in world.space.bb_query(box, HIDE_QUERY))

    def hurtbox(self) -> tuple[float, float, float, float]:
        h = self.TUNING.crouch_height if self._crouched else self.HEIGHT
        return (self.x - self.WIDTH / 2, self.y - h, self.WIDTH, h)

    def enter_vehicle(self, world: World, vehicle, gunner: bool = False) -> None:
        self.roll_left = 0.0
        self._set_crouch(False)
        super().enter_vehicle(world, vehicle, gunner)

    # --- hands --------------------------------------------------------------------------------
    def _fire(self, world: World, ignore=None) -> None:
        if self.cooldown > 0 or self.climbing or self.action_time > 0:
            return
        if self.trigger_locked:
            world.sound("menu_back")  # the hands shake; nothing happens
            world.emit("trigger_locked", self.x, self.y)
            self.cooldown = 0.4
            return
        if self.weapon == "sedative":
            if self.doses > 0:
                self.set_state("jab")
                self.action_time = JAB_TIME
                self._melee_done = False
            return
        if self.weapon != "rifle":
            return
        if self.rounds <= 0:
            self.dry_click(world)
            return
        self.rounds -= 1
        self.cooldown = RIFLE_BOLT_TIME
        self.set_state(f"shoot_{_AIM_NAMES[self.aim]}")
        self.action_time = RIFLE_SHOT_TIME
        (mx, my), (dx, dy) = self.muzzle(), self.aim_vector()
        world.sound("rifle")
        world.fx("muzzle_flash", mx, my, self.facing)
        world.add_shake(1.5)
        end = (mx + dx * RIFLE_RANGE, my + dy * RIFLE_RANGE)
        result = world.raycast_shot((mx, my), end, ignore)
        tip = end
        if result is not None:
            point, owner, _shape = result
            tip = (point.x, point.y)
            if owner is None:
                world.fx("spark", tip[0], tip[1], self.facing)
            elif hasattr(owner, "shoot"):  # the liquid metal takes it as a pellet
                owner.shoot(world, tip, (dx, dy), RIFLE_POWER)
            elif owner.on_shot(world, tip, self, RIFLE_DAMAGE):
                world.fx("hit", tip[0], tip[1], self.facing)
                world.add_hitstop(3)
        world.emit("tracer", mx, my, tip[0], tip[1])

    def muzzle(self) -> tuple[float, float]:
        """Where a round leaves the barrel (and the laser starts), for the aim held."""
        dx, dy = self.aim_vector()
        shoulder = self.y - (CROUCH_SHOULDER if self._crouched else SHOULDER)
        return (self.x + dx * MUZZLE, shoulder + dy * MUZZLE)

    def _melee_damage(self, world: World, target) -> float:
        if hasattr(target, "sees_player") and not target.is_down and not target.sees_player(world):
            return TAKEDOWN  # out of the shadows, unseen: down at once
        return BROOM_DAMAGE if self.broom else super()._melee_damage(world, target)

    def melee_reach(self) -> float:
        return BROOM_REACH if self.broom else super().melee_reach()

    def _melee(self, world: World) -> None:
        if self.hostage is not None:
            return  # her hands are full: the doctor, and the needle at his neck
        if self.state != "jab":
            super()._melee(world)
            return
        reach = self.TUNING.melee_reach
        x = self.x + (0 if self.facing > 0 else -reach)
        for e in list(world.entities_in(x, self.y - 34, reach, 24)):
            if e is self or not getattr(e, "human", False):
                continue  # the needle works on people (the liquid metal does not sleep)
            if e.hit(world, TAKEDOWN, self.x, lethal=False, melee=True):
                self.doses -= 1
                world.sound("syringe")
                world.fx("hit", e.x, e.y - 26, self.facing)
                world.add_hitstop(4)
                break

    # --- poses and the laser ------------------------------------------------------------------
    def _pick_pose(self, world: World) -> None:
        super()._pick_pose(world)
        if self.state == "idle" and self._crouched:
            self.set_state("crouch")
        elif self.state == "run" and self._crouched:
            self.set_state("creep")
        elif self.weapon == "rifle" and self.state in ("idle", "run") and (self.planted or self.aim != (1, 0)):
            self.set_state(f"aim_{_AIM_NAMES[self.aim]}")  # the rifle shouldered the way it points

    def after_physics(self, world: World) -> None:
        super().after_physics(world)
        self._hidden = self._crouched and self.state != "dead" and any(
            spot.rect.contains(self.x, self.y - 2) for spot in world.level.objects_of("hiding_spot"))
        self.laser = self._laser(world) if self._rifle_up() else None

    def _rifle_up(self) -> bool:
        return (self.weapon == "rifle" and (self.vehicle is None or self.gunning) and not self.climbing
                and self.roll_left <= 0
                and self.state not in ("dead", "hurt", "melee", "jab", "roll"))

    def _laser(self, world: World) -> tuple[float, float, float, float]:
        """The sight's beam: from the muzzle to the first wall, person or droplet in its line."""
        (mx, my), (dx, dy) = self.muzzle(), self.aim_vector()
        if self.trigger_locked:  # her hands shake: the beam wanders (two slow beats, never the same twice)
            a = TREMBLE * (E.sin(world.frame * 0.21) + 0.5 * E.sin(world.frame * 0.83))
            c, s = E.cos(a), E.sin(a)
            dx, dy = dx * c - dy * s, dx * s + dy * c
        end = (mx + dx * RIFLE_RANGE, my + dy * RIFLE_RANGE)
        result = world.raycast_shot((mx, my), end, self.vehicle)  # past the vehicle she rides in, if any
        if result is not None:
            end = (result[0].x, result[0].y)
        return (mx, my, end[0], end[1])

    @property
    def sheet(self) -> str:
        """Her sprite sheet (the renderer asks): with the rifle in her hands, or without."""
        return "sarah_rifle" if self.weapon == "rifle" else "sarah_broom" if self.broom else "sarah"

    def hash_state(self) -> tuple:
        return (*super().hash_state(), self.weapon, self.doses, self.rounds, round(self.roll_left, 4),
                self._crouched, self.broom)


# The aim (forward, up -1 / down +1) as the pose that shows it.
_AIM_NAMES = {(1, 0): "f", (1, -1): "uf", (0, -1): "u", (1, 1): "df", (0, 1): "d"}


declare(Kind("sarah", in_maps=False, look=Look(sheet="sarah", anims={
    "dead": ("down",), "ride": ("crouch", "idle"), "jab": ("jab", "punch"), "melee": ("punch",),
    "shutdown": ("down",), **{f"{s}_{a}": (f"{s}_{a}", "idle") for s in ("aim", "shoot") for a in _AIM_NAMES.values()}})))
declare(Kind("hiding_spot", area=True, doc="A shadow or cover: Sarah crouched inside it is hidden (`player.hiding`), "
                                           "and people's sight ignores her. Draw the shadow with tiles."))
