"""The T-1000 as a level entity: connects the liquid-metal body (game.t1000) to the world.

The body itself knows only physics and shapes; this adapter gives it a
target (the T-800), turns its blade swings into damage, forwards shotgun
pellets and nitrogen to it, and turns its events into sounds and effects.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from game.entities.base import Entity
from game.level.kinds import FLAG, TEXT, Kind, Look, Number, OneOf, declare
from game.t1000 import T1000

if TYPE_CHECKING:
    from game.world.world import World

CHASE_DROPLETS = 300
EVENT_SOUNDS = {
    "splash": "splash", "reform": "reform", "freeze": "freeze", "shatter": "shatter",
    "melt": "melt", "blade": "blade", "death": "explosion",
}
EVENT_FX = {"splash": "spark", "shatter": "frost_mist", "melt": "molten_splash", "freeze": "frost_mist"}
FEET_BELOW_CENTRE = 22.0

# A boss (``boss = true``) has health.  The liquid body has no organs to hit, so what hurts it is
# metal it loses: droplets blown out of the body (which flow back: the damage stays), a frozen
# body shattered, droplets melted.  In health points:
BOSS_HEALTH = 100  # the default ``health``
BLOWN_DAMAGE = 60.0  # for blowing the whole body's worth of droplets out once (each: this / droplets)
SHATTER_DAMAGE = 20.0  # each time the frozen body is shattered
MELT_DAMAGE = 250.0  # for melting the whole body (each droplet lost to molten steel: this / droplets)
PHASE_PACE = 0.15  # each phase after the first adds this share of its pace

# An ``unkillable`` T-1000 (the Mall's pursuer): no shot destroys it, but a shotgun blast knocks
# the mass back and it stands dazed a moment, which is how the player buys John time.
KNOCKBACK_SPEED = 230.0  # px/s the mass is driven back by a blast's first pellet
KNOCKBACK_TIME = 0.45  # s the drive back lasts (fading out): about 50 px
DAZE_TIME = 0.9  # s it stands after a blast before it comes on again
TARGETS = ("player", "john")
# Out of a fire (the canal's crash): flames ride on its droplets and burn down to smoke.
BURN_EVERY = 2  # updates between flames
BURN_SMOKE = 0.8  # s: the last of the burning is smoke
# A grenade (the Steel Mill's launcher) throws the whole mass back, further than a shotgun blast.
GRENADE_KNOCK_SPEED = 420.0  # px/s at the start of the drive back (fading out over KNOCKBACK_TIME: about 95 px)
GRENADE_DAZE = 1.1  # s it stands after a grenade
MORTAL_SHARE = 0.5  # a molten_only boss keeps at least this share of its metal until its last phase
# A vehicle a player drives that comes this near it (and on its floor), it leaps on and clings to
# it (the hospital's police car): carried where the vehicle goes, swinging at whoever is at the wheel.
HANG_REACH = 28.0  # px beyond the vehicle's end
HANG_INSET = 14.0  # px in from that end where it holds on (on the hood, in reach of the driver)
DRIVER_BLOW = 1.0  # the most a blade swung from the hood takes off the driver, whatever the difficulty: on Hard
# (a blade is 2 of Sarah's 4) the stalled car's two grabs would otherwise kill her before she could move
GRENADE_STRENGTH = 0.6  # the blast's scatter (T1000.explode strength)  # whom it hunts: the nearest T-800, or John (the escort)


class LiquidTerminator(Entity):
    kind = "t1000"
    prepare = staticmethod(T1000.prepare)  # warm its forms at level load (see T1000.prepare)

    def __init__(self, world: World, x: float, y: float, droplets: int = CHASE_DROPLETS,
                 speed: float | None = None, *, boss: bool = False, health: float = BOSS_HEALTH,
                 phases: int = 1, title: str = "", target: str = "player", unkillable: bool = False,
                 molten_only: bool = False, clings: bool = False) -> None:
        super().__init__(x, y)
        self.chases_escort = target == "john"
        self.unkillable = unkillable
        self.molten_only = molten_only  # only molten steel ends it: other hurts stop at a sliver of health
        self.knock_speed = KNOCKBACK_SPEED
        self.daze = 0.0  # s it stands still (a blast, or John just caught)
        self.knock = 0.0  # s of knock-back drive left
        self.knock_dir = 0
        self.body = T1000(world.space, (x, y - FEET_BELOW_CENTRE), rng=random.Random(world.rng.getrandbits(32)),
                          n_droplets=droplets)
        # Its pace: the map's ``speed`` (else its tuned pace), times the difficulty's.
        self.body.speed_scale = (1.0 if speed is None else speed) * world.difficulty.t1000_speed
        self.body.lie_time = world.difficulty.reform_delay  # how soon it pulls itself together again
        world.t1000s.append(self)
        self.body.relentless = self.chases_escort  # after John it runs all the way in
        self.state = self.body.state
        # As a boss: health, phases (phase k of n begins when health falls to (n - k + 1) / n of the
        # whole), and the name the HUD's bar shows (``title``, else the object's name).
        self.boss = boss
        self.max_health = self.health = float(health) * world.difficulty.boss_health
        self.phases = int(phases)
        self.phase = 1
        self.title = title
        self.base_speed = self.body.speed_scale
        self.melted = 0  # the body's melt count already charged to health
        self.clings = clings  # leaps on to a vehicle a player drives past (the map's ``clings``)
        self.hang_on = None  # the vehicle it clings to, if any
        self.hang_at = (0.0, 0.0)  # where on it (the chassis's own coordinates) its feet are
        self.burning = 0.0  # s of flames still riding on its droplets (out of a fire: it feels nothing)

    def update(self, world: World, dt: float) -> None:
        super().update(world, dt)
        p = world.nearest_player(self.x, self.y)
        target = None if p.state == "dead" else (p.x, p.y - 20)
        escort = self._escort(world) if self.chases_escort else None
        if escort is not None:
            target = (escort.x, escort.y - 15) if escort.following and p.state != "dead" else None
        self.daze = max(0.0, self.daze - dt)
        if self.knock > 0:
            self.knock = max(0.0, self.knock - dt)
            self.body.push_vx = self.knock_dir * self.knock_speed * self.knock / KNOCKBACK_TIME
        else:
            self.body.push_vx = 0.0
        if self.clings:
            self._hold_on(world)
        self.body.update(dt, None if self.daze > 0 else target)
        for x, y, w, h in self.body.attack_boxes():  # a blade swing's damage frames
            for victim in world.players_in((x, y, w, h)):
                damage = world.difficulty.blade_damage
                if self.hang_on is not None and getattr(victim, "vehicle", None) is self.hang_on:
                    damage = min(damage, DRIVER_BLOW)  # through the windscreen: the car takes the worst of it
                victim.hit(world, damage, x + w / 2)
            if escort is not None:
                ex, ey, ew, eh = escort.hurtbox()
                if ex < x + w and ex + ew > x and ey < y + h and ey + eh > y:
                    escort.hit(world, world.difficulty.blade_damage, x + w / 2)
        self.state = self.body.state
        if self.burning > 0:
            self._burn(world, dt)
        # A molten_only boss before its last phase cannot be melted away (a ladle's pour in the hunt): the
        # steel takes metal from it down to MORTAL_SHARE, never to its death throes; the vat can.
        mortal = not self.molten_only or self.phase >= self.phases
        self.body.melt_floor = 0 if mortal else int(self.body.n * MORTAL_SHARE)
        if self.boss and self.body.melt_count > self.melted:
            self._hurt(world, (self.body.melt_count - self.melted) * MELT_DAMAGE / self.body.n)
            self.melted = self.body.melt_count
        for kind, ex, ey in self.body.drain_events():
            if kind in EVENT_SOUNDS:
                world.sound(EVENT_SOUNDS[kind])
            if kind in EVENT_FX:
                world.fx(EVENT_FX[kind], ex, ey, 1)
        if not self.body.alive:
            self.alive = False
            self.health = 0.0
            world.add_score(5000, self.x, self.y - 40)

    def _burn(self, world: World, dt: float) -> None:
        """Flames on a few droplets at a time, wherever the metal is; smoke as they die down."""
        self.burning = max(0.0, self.burning - dt)
        if world.frame % BURN_EVERY:
            return
        live, pos = self.body.droplet_positions()
        if not len(live):
            return
        for _ in range(2):
            x, y = pos[world.rng.randrange(len(live))].tolist()
            world.fx("fire" if self.burning > BURN_SMOKE else "smoke", x, y - 4, 1)

    def after_physics(self, world: World) -> None:
        vehicle = self.hang_on
        if vehicle is not None:  # carried: its feet back where it holds on, wherever the vehicle went
            hx, hy = vehicle.chassis.local_to_world(self.hang_at)
            cx, cy = self.body.position
            self.body.carry(hx - cx, hy - FEET_BELOW_CENTRE - cy)
        cx, cy = self.body.position
        self.x, self.y = cx, cy + FEET_BELOW_CENTRE
        self.facing = self.body.facing

    def let_go(self, direction: int) -> None:
        """Thrown off the vehicle it clings to by a blast from inside, along ``direction`` (+1 right):
        it lands dazed behind, and has to run the vehicle down again."""
        self.hang_on = None
        self.knock, self.knock_speed, self.knock_dir = KNOCKBACK_TIME, KNOCKBACK_SPEED, direction
        self.daze = max(self.daze, DAZE_TIME)

    def _hold_on(self, world: World) -> None:
        """Leap on to a vehicle a player drives past it, or let go of one nobody drives any more."""
        from game.entities.vehicle import Vehicle

        vehicle = self.hang_on
        if vehicle is not None:
            if not vehicle.alive or vehicle.driver is None or self.state in ("frozen", "shattered", "melting") \
                    or self.body.brain.dormant:
                self.hang_on = None
            return
        if self.state not in ("liquid", "morph", "splashed") or self.body.brain.dormant or self.daze > 0:
            return
        for e in world.entities:
            if not isinstance(e, Vehicle) or e.driver is None or not e.alive:
                continue
            xs = [s.bb.left for s in e.rig.shapes] + [s.bb.right for s in e.rig.shapes]
            left, right = min(xs), max(xs)
            top = min(s.bb.bottom for s in e.rig.shapes)  # pymunk's bottom is the smaller y: the roof
            if not (left - HANG_REACH < self.x < right + HANG_REACH) or abs(self.y - e.y) > 40:
                continue
            x = left + HANG_INSET if self.x < (left + right) / 2 else right - HANG_INSET
            local = e.chassis.world_to_local((x, top + 9.0))  # on the hood, below the roof line
            self.hang_on, self.hang_at = e, (local.x, local.y)
            world.sound("splash")
            world.emit("t1000_clings", self.x, self.y)
            world.show_caption("It is on the car!", 2.0)
            return

    @staticmethod
    def _escort(world: World):
        from game.entities.john import escort_of

        return escort_of(world)

    def shoot(self, world: World, point, direction, strength: float) -> None:
        before = self._held() if self.boss else None
        self.body.shoot(point, direction, strength)
        if self.unkillable and self.knock < KNOCKBACK_TIME * 0.5:  # a blast's first pellet drives it back
            self.knock = KNOCKBACK_TIME
            self.knock_speed = KNOCKBACK_SPEED
            self.knock_dir = 1 if direction[0] > 0 else -1
            self.daze = max(self.daze, DAZE_TIME)
            world.emit("t1000_knocked", self.x, self.y)
        world.add_score(10)
        if before is not None:
            self._hurt(world, self._damage(*before))

    def freeze(self, world: World, center, radius: float, amount: float) -> None:
        self.body.add_cold(center, radius, amount)

    def explode(self, world: World, center, radius: float, strength: float) -> None:
        before = self._held() if self.boss else None
        self.body.explode(center, radius, strength)
        if before is not None:
            self._hurt(world, self._damage(*before))

    def grenade(self, world: World, center, radius: float, direction: int) -> None:
        """A grenade burst beside it: the metal splashes and the whole mass is thrown back along
        ``direction`` (+1 right, -1 left), towards whatever lies behind it; it stands dazed a moment."""
        self.explode(world, center, radius, GRENADE_STRENGTH)
        if self.body.frozen or self.state in ("shattered", "reforming", "melting", "dead"):
            return
        self.knock = KNOCKBACK_TIME
        self.knock_speed = GRENADE_KNOCK_SPEED
        self.knock_dir = direction
        self.daze = max(self.daze, GRENADE_DAZE)
        world.emit("t1000_knocked", self.x, self.y)

    # --- as a boss ------------------------------------------------------------------------------
    def _held(self) -> tuple[int, bool]:
        """Droplets in the body, and whether it is frozen: compared after a hit, the damage."""
        return self.body.counts()[0], self.body.frozen

    def _damage(self, held: int, frozen: bool) -> float:
        if frozen and not self.body.frozen and self.body.shards:
            return SHATTER_DAMAGE
        return max(0, held - self.body.counts()[0]) * BLOWN_DAMAGE / self.body.n

    def _hurt(self, world: World, amount: float) -> None:
        if self.health <= 0 or amount <= 0 or self.unkillable:
            return
        # A ``molten_only`` boss ends only in molten steel and only in its last phase; its phases are its
        # story's beats, begun by its set pieces (``boss_phase``), never by the health it loses: steel it
        # wanders into before the last (a ladle's pour) costs it metal and health, never its end.
        last = self.phase >= self.phases
        floor = 1.0 if self.molten_only and (self.body.melt_count == self.melted or not last) else 0.0
        self.health = max(min(floor, self.health), self.health - amount)
        lost = 1.0 - self.health / self.max_health
        reached = self.phase if self.molten_only else min(self.phases, 1 + int(lost * self.phases + 1e-9))
        if reached > self.phase:
            self.enter_phase(world, reached)
        if self.health <= 0:
            self.body.dissolve()
            world.emit("boss_down", self.name, self.x, self.y)

    def enter_phase(self, world: World, phase: int) -> None:
        """Begin ``phase`` (its health reached the threshold, or a set piece said so): quicker, and
        the world hears of it (``("boss_phase", name, phase)``; the ``boss_phase`` condition reads it)."""
        if phase == self.phase or not self.alive:
            return
        self.phase = phase
        self.body.speed_scale = self.base_speed * (1.0 + PHASE_PACE * (phase - 1))
        if phase >= self.phases > 1:  # its last phase: no more stalking, it runs all the way in to strike
            self.body.relentless = True
        world.emit("boss_phase", self.name, phase)
        world.sound("reform")
        world.add_shake(4.0)

    def command(self, name: str) -> None:
        self.body.command(name)

    def relocate(self, x: float, feet_y: float) -> None:
        """Put the whole body, standing, with its feet at (x, feet_y) (a restart after John is caught)."""
        cx, cy = self.body.position
        self.body.translate(x - cx, feet_y - FEET_BELOW_CENTRE - cy)
        self.x, self.y = x, feet_y
        self.prev_pos = (x, feet_y)
        self.knock = 0.0

    def hurtbox(self) -> tuple[float, float, float, float]:
        return (self.x - 8, self.y - 44, 16, 44)

    def remove(self, world: World) -> None:
        self.body.remove()
        if self in world.t1000s:
            world.t1000s.remove(self)

    def hash_state(self) -> tuple:
        if self.boss:
            return (self.kind, self.body.state, self.body.state_hash(), round(self.health, 4), self.phase)
        return (self.kind, self.body.state, self.body.state_hash())


def _make(world: World, obj) -> LiquidTerminator:
    speed = obj.prop("speed")
    return LiquidTerminator(world, *obj.feet, int(obj.prop("droplets", CHASE_DROPLETS)),
                            None if speed is None else float(speed), boss=bool(obj.prop("boss", False)),
                            health=float(obj.prop("health", BOSS_HEALTH)), phases=int(obj.prop("phases", 1)),
                            title=str(obj.prop("title", "")), target=str(obj.prop("target", "player")),
                            unkillable=bool(obj.prop("unkillable", False)),
                            molten_only=bool(obj.prop("molten_only", False)),
                            clings=bool(obj.prop("clings", False)))


declare(Kind("t1000", make=_make, prepare=lambda o: LiquidTerminator.prepare(int(o.prop("droplets", CHASE_DROPLETS))),
             look=Look(drawer="t1000"), autopilot=frozenset({"blast"}), optional={
    "dormant": FLAG,
    # Fewer than 50 droplets make no recognisable figure; each is a physics body (1000 cost ~4 ms a frame).
    "droplets": Number(whole=True, at_least=50, at_most=1000),
    # Multiplies its tuned walking and running pace; 0 or less would stand it still or turn it round.
    "speed": Number(above=0, at_most=3),
    # A boss: health (see BLOWN_DAMAGE and the rest above), phases at equal shares of it, a bar on the HUD.
    "boss": FLAG,
    "health": Number(at_least=1, at_most=10_000),
    "phases": Number(whole=True, at_least=1, at_most=5),
    "title": TEXT,  # the name over its bar (else the object's name)
    # Whom it hunts: the nearest T-800 (default) or John, the escort (game/entities/john.py).
    "target": OneOf(TARGETS),
    # Cannot be destroyed here: blasts knock it back and daze it (KNOCKBACK_*, DAZE_TIME above).
    "unkillable": FLAG,
    # A boss that only molten steel destroys, in its last phase; its phases come from set pieces alone:
    # shots, shatters, grenades and steel before then leave it a sliver of health.
    "molten_only": FLAG,
    # Leaps on to a vehicle a player drives past it and clings there, carried along (the hospital's car).
    "clings": FLAG,
}))
