"""A scripted player: looks at the level the way a person looks at the screen and presses buttons.

It only ever produces input snapshots, exactly like the keyboard, so
everything it does a player could do.  The tests use it to prove a level can
be finished; the attract mode can record it.  It heads for the exit,
jumps walls, pits and spikes, and treats each thing by the roles its kind
declares (``Kind.autopilot``): waits out what pulses ("wait_out"), punches
people ("punch", never shoots them) and blasts what must be held off
("blast") when it gets too close, and creeps past what hears ("creep": a dog
asleep in its yard, crossed shrub to shrub between its looks).  It gets on what it may ride ("ride"),
rides it to the exit keeping it level in the air and hopping what stops it,
and from the saddle shoots what must be gunned down ("gun_down") while
keeping out of its reach when it brakes or reverses.

In a level with objectives (``objective`` actions, game/entities/objectives.py)
it heads for the current objective's area instead of the exit and holds it:
it turns (aim held, feet planted) and fires on armed officers ("wound": in a
no_kill level a shot wounds), punches a hissing canister back ("throw_back"),
and from there shreds with the minigun what must be shredded ("shred").
"""

from __future__ import annotations

from game.entities.t800 import PELLET_RANGE
from game.input.actions import Action, InputSnapshot
from game.level.kinds import KINDS

JUMP_HOLD_FRAMES = 16
PUNCH_REACH = 24.0
ESCORT_WAIT = 90.0  # px: an escort further behind than this, stop and let him catch up
ESCORT_GUARD = 120.0  # px: the T-1000 this near the escort, turn and blast it
SHOT_REACH = 200.0  # px: the shotgun's useful reach (a little under its range)
BYSTANDER_MARGIN = 24.0  # px past the pellets' range a shopper still counts (the muzzle, a body's width)
SPREAD_SLOPE = 0.19  # the pellets' cone: px up or down per px ahead (tan of PELLET_SPREAD_DEG plus jitter)
SNEAK_MARGIN = 40.0  # px: wait this far outside a watchman's cone while he faces us
SNEAK_PATIENCE = 480  # frames waited for a watchman to turn his back before going anyway
SNEAK_RUSH = 70.0  # px: this close behind a watchman about to turn, rush him before he does
GRENADE_STANDOFF = (90.0, 170.0)  # px: armed with grenades, keep the boss this far ahead and lob at it
KEEP_AWAY = 160.0  # px: a hero with no shotgun keeps this far from the T-1000 while it comes
SNIPE_REACH = 220.0  # px: a "snipe" target's spot this near where we would shoot it from, go and take the shot
SNIPE_STEP = 10.0  # px: nearer than this to the spot, edge along a frame at a time, reading the laser
WOUND_REACH = 210.0  # px: an armed officer this near on our floor is fired on
WOUND_FLOOR = 30.0  # px of height between us that still counts as one floor (a level shot hits him)
CRUISER_TAIL = 90.0  # px behind a cruiser rolling on ahead of us that we keep
SNIPE_CLEAR = 30.0  # px: a bystander this near a shot's spot would see the dot lined up on it (Dyson's wife)
CREEP_LEAD = 30.0  # px short of a sleeping dog's yard where we crouch to creep in
CREEP_SLACK = 0.6  # s to spare on a creep from shrub to shrub before the dog looks up
CANISTER_REACH = 140.0  # px: a hissing canister this near is punched back
CANISTER_PUNCH = 16.0  # px ahead of us at which the punch reaches it
CROSSING_SPEED = 150.0  # px/s we count on crossing a watched stretch at (a little under a run)
DODGE_REACH = 26.0  # px: a blade coming down this near is stepped away from
HOLD_SLACK = 10.0  # px from the middle of an objective's area within which we stand and hold it


class _RolesOf(dict):
    """Entity -> the roles its kind gives the scripted player, worked out the first time it is asked
    (an entity's kind never changes), so a frame does not rebuild the table for every entity."""

    def __init__(self, lookup) -> None:
        super().__init__()
        self.lookup = lookup

    def __missing__(self, entity) -> frozenset:
        roles = self[entity] = self.lookup(entity)
        return roles


class Autopilot:
    def __init__(self, world, slot: int = 0) -> None:
        self.world = world
        self.slot = slot
        self.prev_held = 0
        self.jump_frames = 0
        self.last_x = self.player.x
        self.stuck = 0
        self.punch_cooldown = 0
        self.wait = 0
        self.fire_wait = 0
        self.drop_back = 0  # updates left braking to fall in behind a car in the other lane
        self.sneak_wait = 0
        self.hidden_in = None  # the cover we last hid in (crossing a light from cover to cover)
        self._roles: dict[str, frozenset] = {}  # kind -> its autopilot roles (looked up once per kind)
        self.roles = _RolesOf(self._roles_of)  # entity -> its kind's roles, each entity looked up once

    @property
    def player(self):
        """Whom this seat plays now (a set piece may hand it to another hero: ``control``)."""
        return self.world.players[self.slot]

    @property
    def finished(self) -> bool:
        return self.world.outcome is not None

    def _objective_area(self):
        """The current objective's area, if the level shows one (set pieces' ``objective``)."""
        objective = self.world.objective()
        return objective[1] if objective is not None else None

    def _goal_direction(self) -> int:
        """Towards the nearest person still standing while an arena holds us, else towards the
        current objective's area, else towards the exit (with none, the level ends through a set
        piece: onward)."""
        p = self.player
        arena = self.world.arena
        standing = arena.standing() if arena is not None else []
        area = self._objective_area()
        exits = self.world.level.objects_of("exit")
        if standing:
            x = min(standing, key=lambda e: abs(e.x - p.x)).x
        elif area is not None:
            x = area.center[0]
        elif exits:
            x = min(exits, key=lambda o: abs(o.rect.center[0] - p.x)).rect.center[0]
        else:  # the level ends through a set piece: onward, to the far side from where it began
            start = self.world.level.objects_of("player_start")[0]
            w = self.world.level.pixel_size[0]
            x = w if start.rect.center[0] < w / 2 else 0.0
        if abs(x - p.x) < 4:
            return p.facing
        return 1 if x > p.x else -1

    def _at_objective(self) -> bool:
        """Standing in the current objective's area: hold it."""
        area = self._objective_area()
        p = self.player
        return area is not None and abs(p.x - area.center[0]) <= HOLD_SLACK and area.y <= p.y <= area.bottom + 4

    def next_frame(self) -> InputSnapshot:
        w = self.world
        p = self.player
        held: set[Action] = set()
        if p.state == "dead" or w.outcome:
            self.prev_held = 0
            return InputSnapshot()
        d = self._goal_direction()
        if getattr(p, "vehicle", None) is not None:
            return self._snap(self._ride(p.vehicle, d))
        bike = self._ride_near(d)
        if bike is not None:
            d = 1 if bike.x > p.x else -1
            if bike.near_seat(p.x, p.y) and p.grounded and not (self.prev_held & Action.INTERACT.bit):
                return self._snap({Action.INTERACT})
        holding = self._at_objective()
        move = not holding
        want_jump = False
        self.punch_cooldown = max(0, self.punch_cooldown - 1)
        roles = self.roles

        # A shot at one spot (a lamp, a shoulder): line the laser up and take it, nothing else meanwhile.
        shot = self._snipe(p, d, roles)
        if isinstance(shot, set):
            return self._snap(shot)
        if shot is not None:
            d = shot  # walk to where the shot is taken from (jumping what is in the way, as ever)

        # A watchman ahead who faces us: wait out of his cone (backing off if he comes) until he turns
        # his back; then the punch below takes him from behind.
        watched = False
        for e in w.entities:
            if "sneak" not in roles[e] or e.is_down or abs(e.y - p.y) > 40:
                continue
            if getattr(p, "hostage", None) is not None:
                break  # with a hostage in front of us they stand back: walk on
            if w.security is not None and w.security.ringing:
                break  # the alarm is ringing: no more creeping about, walk up and fight them
            ahead = (e.x - p.x) * d
            if 0 < ahead < e.SIGHT + SNEAK_MARGIN + 30:
                facing_us = e.facing * d < 0
                turning = not facing_us and e.mode == "patrol" and e.pause > 0 and e.patrol > 0  # at his beat's end
                if (facing_us or (turning and ahead > SNEAK_RUSH)) and not e.aware \
                        and self.sneak_wait < SNEAK_PATIENCE:
                    watched = True
                    move = False
                    if ahead < e.SIGHT + SNEAK_MARGIN:
                        held.add(Action.LEFT if d > 0 else Action.RIGHT)
                break
        self.sneak_wait = self.sneak_wait + 1 if watched else 0
        # People ahead: walk up and knock them out.
        area = self._objective_area() if holding else None
        for e in w.entities:
            if "punch" not in roles[e] or e.is_down or getattr(e, "spoken_for", False) \
                    or getattr(p, "hostage", None) is not None:  # hands full with a hostage: walk on
                continue
            in_area = area is not None and area.contains(e.x, e.y - 1)
            if in_area:
                d = 1 if e.x > p.x else -1  # somebody to knock out where we are to hold: go to him
            if (in_area or 0 < (e.x - p.x) * d < 90) and abs(e.y - p.y) < 40:
                move = True
                if abs(e.x - p.x) < PUNCH_REACH:
                    move = False
                    if self.punch_cooldown == 0 and p.action_time <= 0:
                        # Sarah's sedative (fire) puts a person out at once; otherwise a punch.
                        sedate = p.weapon == "sedative" and p.ammo("sedative") > 0
                        held.add(Action.FIRE if sedate else Action.INTERACT)
                        self.punch_cooldown = 12
                break
        # Objectives: armed officers fired on (a wound), canisters punched back, cars shredded.
        fight = self._fight(p, roles, holding)
        if fight is not None:
            return self._snap(fight)
        # An escort (John): let him keep up; keep the T-1000 off him.
        escorts = [e for e in w.entities if "escort" in roles[e] and getattr(e, "following", False)]
        for e in escorts:
            if (p.x - e.x) * d > ESCORT_WAIT or abs(p.y - e.y) > 60 and abs(p.x - e.x) > 40:
                move = False
        # The T-1000 close by (to us, or to the one we escort): a shotgun blast buys time.  With no
        # shotgun to hold it off (Sarah), keep away from it.
        for t in w.entities:
            if "blast" in roles[t] and not hasattr(p, "shells") and abs(t.y - p.y) < 40 and t.alive:
                if abs(t.x - p.x) < KEEP_AWAY:
                    d = -1 if t.x > p.x else 1  # back off
                elif abs(t.x - p.x) < KEEP_AWAY * 2.5:
                    move = False  # and never walk up to it
        for t in w.entities:
            if "blast" not in roles[t] or p.ammo("shotgun") <= 0 or abs(t.y - p.y) >= 40:
                continue
            near_us = abs(t.x - p.x) < 70
            near_him = any(abs(t.x - e.x) < ESCORT_GUARD and abs(t.y - e.y) < 50 for e in escorts)
            if not (near_us or near_him) or abs(t.x - p.x) > SHOT_REACH:
                continue
            p_face = 1 if t.x > p.x else -1
            if near_him and p_face != p.facing:
                held.add(Action.RIGHT if p_face > 0 else Action.LEFT)  # turn to face it
                move = False
                d = p_face
            if p.cooldown <= 0 and not self._bystander_between(p, t):
                if p_face != p.facing:
                    held.add(Action.RIGHT if p_face > 0 else Action.LEFT)  # turn first: a shot goes
                else:  # where the T-800 faces, and behind him may stand a shopper
                    held.add(Action.FIRE)
                    move = False  # a step the other way would turn him before the shot leaves
        # Armed with the grenade launcher and a boss in play: stand off and lob grenades at it.
        boss = self._boss(p)
        if boss is not None:
            gap = boss.x - p.x
            face = 1 if gap > 0 else -1
            if abs(gap) < GRENADE_STANDOFF[0]:
                move = False
            elif abs(gap) < GRENADE_STANDOFF[1] + 40:
                move = False
            d = face
            if face != p.facing:
                held.add(Action.RIGHT if face > 0 else Action.LEFT)
            if p.weapon != "grenade" and not self.prev_held & Action.SWITCH.bit:
                held.add(Action.SWITCH)
            elif p.cooldown <= 0 and abs(gap) < GRENADE_STANDOFF[1] + 40 and abs(boss.y - p.y) < 60:
                held.add(Action.FIRE)
        # A light that gives us away: one that cannot be shot out but has cover across it is crossed from
        # cover to cover (crouched in each until hidden and the light has lost us); else wait at its edge
        # while it watches, and at a window somebody looks out of now and then (``period``) until there is
        # time to cross before the next look.
        for e in w.entities:
            if "keep_out" not in roles[e]:
                continue
            timed = getattr(e, "period", 0) > 0
            watching = e.watching(w)
            if not (watching or timed):
                continue
            r = e.rect
            margin = 20.0  # short of its edge by a stride: the stop from a run carries us on
            ahead = p.x + d * (p.WIDTH / 2 + margin)
            if watching:
                cover = self._cover(r) if e.aim_point(p.x) is None else []
                if cover and r.y - 8 < p.y <= r.bottom + 8 and r.x - 8 <= ahead and p.x <= r.right + 8:
                    spot = next((c for c in cover if c.contains(p.x, p.y - 2)), None)
                    if spot is not None and spot != self.hidden_in:
                        if getattr(p, "hiding", False) and e.watch <= 0:
                            self.hidden_in = spot  # lost us: on to the next
                        else:
                            held.add(Action.DOWN)
                            move = False
                    continue
            at_edge = r.x <= ahead <= r.right and not r.x <= p.x <= r.right and r.y - 8 < p.y <= r.bottom + 8
            if at_edge and (watching or e.quiet_for(w) < (r.w + p.WIDTH + margin) / CROSSING_SPEED):
                move = False
        # A cruiser's spotlight rolling our way: into the nearest gateway of its route, crouched till it has passed.
        # One rolling on ahead of us, its light the other way: follow it at a distance, never overtake it.
        # Still beyond the furthest its light can fall, with it coming our way: wait there for it to turn.
        for e in w.entities:
            if "hide_from" not in roles[e]:
                continue
            reach = e.reach()
            ahead = (e.x - p.x) * d
            short = (reach.x - p.x) if d > 0 else (p.x - reach.right)  # how far short of where its light falls
            if ahead > 0 and e.facing != d and 0 < short < CRUISER_TAIL:
                move = False
                break
            if e.facing == d and 0 < ahead < CRUISER_TAIL and not e.threat(p.x):
                move = False
                break
            if e.threat(p.x):
                spots = self._cover(e.reach())
                if any(c.contains(p.x, p.y - 2) for c in spots):
                    held.add(Action.DOWN)
                    move = False
                elif spots:
                    near = min(spots, key=lambda c: abs(c.center[0] - p.x))
                    d, move = (1 if near.center[0] > p.x else -1), True
                break
        # A dog asleep in its yard: creep across (crouched: silent) from shrub to shrub, setting off for
        # the next only with time to reach it before the dog lifts its head, and stay in one while it looks.
        for e in w.entities:
            if "creep" not in roles[e]:
                continue
            r = e.rect
            if not (r.y - 8 < p.y <= r.bottom + 8 and r.x - CREEP_LEAD <= p.x <= r.right + CREEP_LEAD):
                continue
            held.add(Action.DOWN)
            spots = self._cover(r)
            here = any(c.contains(p.x, p.y - 2) for c in spots)
            ahead = [c.center[0] for c in spots if (c.center[0] - p.x) * d > 6]
            stop = min(ahead, key=lambda x: abs(x - p.x)) if ahead else (r.right + CREEP_LEAD if d > 0 else r.x - CREEP_LEAD)
            need = abs(stop - p.x) / p.TUNING.crouch_speed + CREEP_SLACK
            if e.quiet_for(w) < need and (here or not r.x - p.WIDTH <= p.x <= r.right + p.WIDTH):
                move = False
            break
        # Live cables: wait at the edge until the pulse has passed.
        for e in w.entities:
            if "wait_out" in roles[e]:
                r = e.rect
                ahead = r.x - 40 < p.x + d * 20 < r.right + 8 and r.y - 8 < p.y <= r.bottom + 8
                inside = r.x - 6 < p.x < r.right + 6
                if ahead and not inside and (e.live or e.pulse_soon(w)):
                    move = False
        # A blade coming down where we stand: step off it, toward the roomier side of its area.
        for e in w.entities:
            if "dodge" in roles[e] and e.alive:
                x = e.threat_x()
                if x is not None and abs(x - p.x) < DODGE_REACH:
                    r = e.rect
                    d = -1 if (x > p.x and p.x - r.x > DODGE_REACH) or r.right - p.x < DODGE_REACH else 1
                    move = True
        # Terrain: walls, steps, pits and spikes.
        grounded = p.grounded
        probe_x = p.x + d * (p.WIDTH / 2 + 6)
        if w.solid_at(probe_x, p.y - 30) or (w.solid_at(probe_x, p.y - 8) and not w.level.stair_at(probe_x, p.y - 8)):
            want_jump = True  # a wall or a crate; an escalator's tread is walked up
        elif grounded and not w.ground_below(p.x + d * 18, p.y, 4):
            want_jump = self._pit_is_dangerous(p.x + d * 24, p.y)
        if grounded and self._hazard_ahead(p.x + d * 20, p.y):
            want_jump = True
        if self._molten_ahead(p.x + d * 30, p.y):
            move, want_jump = False, False  # a vat of steel: no jump clears it
        if abs(p.x - self.last_x) < 0.2 and move:
            self.stuck += 1
        else:
            self.stuck = 0
        self.last_x = p.x
        if self.stuck > 40:
            want_jump = True
            self.stuck = 0

        if move and not (held & {Action.LEFT, Action.RIGHT}):
            held.add(Action.RIGHT if d > 0 else Action.LEFT)
        if want_jump and grounded and self.jump_frames == 0:
            self.jump_frames = JUMP_HOLD_FRAMES
        if self.jump_frames > 0:
            held.add(Action.JUMP)
            self.jump_frames -= 1
        return self._snap(held)

    def _fight(self, p, roles, holding: bool) -> set[Action] | None:
        """What to press instead of walking on, if anything: fire on an officer on our floor (aim
        held: the feet stay planted, the direction only turns us), punch a canister back, or from
        the objective's spot shred a car with the minigun."""
        w = self.world
        officers = [e for e in w.entities if "wound" in roles[e] and e.alive and not e.is_down
                    and abs(e.x - p.x) < WOUND_REACH and abs(e.y - p.y) < WOUND_FLOOR
                    and w.line_of_sight((p.x, p.y - 26), (e.x, e.y - 26))]
        if officers:
            e = min(officers, key=lambda o: abs(o.x - p.x))
            face = Action.RIGHT if e.x > p.x else Action.LEFT
            if abs(e.x - p.x) < PUNCH_REACH and p.weapon != "minigun":
                if self.punch_cooldown == 0 and p.action_time <= 0 and (e.x - p.x) * p.facing > 0:
                    self.punch_cooldown = 12
                    return {Action.INTERACT}
                return {face, Action.AIM}
            keys = {face, Action.AIM}
            if p.weapon == "minigun" or (p.cooldown <= 0 and p.ammo(p.weapon) > 0 and (e.x - p.x) * p.facing > 0):
                keys.add(Action.FIRE)
            return keys
        canisters = [e for e in w.entities if "throw_back" in roles[e] and e.alive and e.state == "hiss"
                     and abs(e.x - p.x) < CANISTER_REACH and abs(e.y - p.y) < WOUND_FLOOR]
        if canisters:
            e = min(canisters, key=lambda o: abs(o.x - p.x))
            face = 1 if e.x > p.x else -1
            gap = (e.x - p.x) * face
            direction = Action.RIGHT if face > 0 else Action.LEFT
            if gap > CANISTER_PUNCH or p.facing != face:
                return {direction}
            if self.punch_cooldown == 0 and p.action_time <= 0:
                self.punch_cooldown = 12
                return {Action.INTERACT}
            return set()
        if not holding:
            return None
        cars = [e for e in w.entities if "shred" in roles[e] and e.alive and getattr(e, "hull_max", 0) > 0
                and not e.is_down]
        if cars and p.ammo("minigun") > 0:
            e = min(cars, key=lambda o: abs(o.x - p.x))
            if p.weapon != "minigun":
                return set() if self.prev_held & Action.SWITCH.bit else {Action.SWITCH}
            face = Action.RIGHT if e.x > p.x else Action.LEFT
            return {face, Action.AIM, Action.DOWN, Action.FIRE}
        return None

    def _snap(self, held: set[Action]) -> InputSnapshot:
        bits = 0
        for a in held:
            bits |= a.bit
        snap = InputSnapshot(bits, bits & ~self.prev_held)
        self.prev_held = bits
        return snap

    # --- a shot at one spot ---------------------------------------------------------------------------
    def _snipe(self, p, d: int, roles) -> set[Action] | int | None:
        """A "snipe" target ahead (its ``aim_point()``): go to where an eight-way aim from the rifle passes
        through that spot, plant, and fire once the laser (the simulation's own ray) lies on it.  The keys
        to press; or the way to walk there (+1 / -1); None: nothing to take a shot at (or nothing to take
        it with)."""
        if getattr(p, "weapon", None) != "rifle" or p.ammo("rifle") <= 0:
            return None
        best = None
        for e in self.world.entities:
            if "snipe" not in roles[e] or not e.alive:
                continue
            point = e.aim_point(p.x)
            if point is None or self._watched_spot(point):
                continue  # nothing to aim at, or somebody by it would see the dot: wait for them to go
            aim, spot = self._firing_spot(p, point)
            if spot is None or (point[0] - p.x) * d <= 0 or abs(spot - p.x) > SNIPE_REACH:
                continue
            if best is None or abs(spot - p.x) < abs(best[2] - p.x):
                best = (e, point, spot, aim)
        if best is None:
            return None
        target, point, spot, aim = best
        face = Action.RIGHT if point[0] > p.x else Action.LEFT
        gap = spot - p.x
        if not p.grounded:
            return 1 if gap > 0 else -1  # in the air: land first, heading for the spot
        laser = getattr(p, "laser", None)
        if p.planted and p.aim == aim and laser is not None and p.facing == (1 if point[0] > p.x else -1):
            ex, ey = laser[2], laser[3]
            if abs(ex - point[0]) <= target.AIM_TOLERANCE and abs(ey - point[1]) <= target.AIM_TOLERANCE:
                held = {Action.AIM, face, Action.DOWN if aim[1] > 0 else Action.UP} if aim[1] else {Action.AIM, face}
                if p.cooldown <= 0 and not self.prev_held & Action.FIRE.bit:
                    held.add(Action.FIRE)
                return held
            # The laser shows where we really aim: move by what it is out, along the line.
            if aim[1]:
                gap = (point[0] - ex) - (point[1] - ey) * (ex - laser[0]) / (ey - laser[1])
            if abs(gap) > 0.5:
                return {Action.RIGHT if gap > 0 else Action.LEFT}  # let go of the aim: a step
        elif abs(gap) > SNIPE_STEP:
            return 1 if gap > 0 else -1  # walk (or run) to the spot
        keys = {Action.AIM, face}
        if aim[1]:
            keys.add(Action.DOWN if aim[1] > 0 else Action.UP)
        elif not p.planted:
            keys.discard(face)  # forward: plant first, so the step does not move us
        return keys

    def _watched_spot(self, point) -> bool:
        """Somebody who would see a laser's dot on ``point`` (on them, or on the wall beside them) is by it."""
        return any("bystander" in self.roles[e] and not e.is_down and abs(e.x - point[0]) < SNIPE_CLEAR
                   and e.y - e.HEIGHT - SNIPE_CLEAR < point[1] < e.y + 4 for e in self.world.entities)

    @staticmethod
    def _firing_spot(p, point) -> tuple[tuple[int, int], float | None]:
        """The aim (forward, up/down) to hit ``point`` and the x to stand at: a diagonal from the rifle's
        shoulder (estimated here; the laser corrects it), or level if the spot is at muzzle height."""
        shoulder = p.y - 26.0
        rise = point[1] - shoulder
        side = 1 if point[0] > p.x else -1
        if abs(rise) < 3:
            return (1, 0), p.x
        up_down = 1 if rise > 0 else -1
        # On a 45-degree line through the point, the muzzle (13 px out along it) is |rise| from it.
        return (1, up_down), point[0] - side * abs(rise)

    def _boss(self, p):
        """The living boss T-1000 to lob grenades at, once we carry the launcher."""
        if p.ammo("grenade") <= 0:
            return None
        for t in self.world.t1000s:
            if getattr(t, "boss", False) and t.alive and t.state not in ("melting", "dead") \
                    and not t.body.brain.dormant:
                return t
        return None

    def _cover(self, r) -> list:
        """The hiding spots inside the area ``r``, from left to right."""
        return sorted((o.rect for o in self.world.level.objects_of("hiding_spot")
                       if r.x <= o.rect.center[0] <= r.right and r.y <= o.rect.bottom <= r.bottom + 8),
                      key=lambda c: c.x)

    def _molten_ahead(self, x: float, y: float) -> bool:
        """Molten steel below the floor ahead (a vat): stop at its edge."""
        for pool in self.world.level.objects_of("molten"):
            r = pool.rect
            if r.x - 8 < x < r.right + 8 and r.y > y - 8 and r.w > 128:
                return True
        return False

    def _bystander_between(self, p, target) -> bool:
        """A person standing in the line of fire toward ``target`` (a shopper, a guard: a pellet through
        anyone is a casualty), short of it or past it within the pellets' reach (a pellet that misses
        flies on), inside the spread's cone: hold fire.  John is not one: the pellets pass him."""
        toward = 1 if target.x >= p.x else -1
        reach = max(PELLET_RANGE + BYSTANDER_MARGIN, abs(target.x - p.x))
        for e in self.world.entities:
            if not e.human or e.escort or e.is_down or e.state == "cower":
                continue
            ahead = (e.x - p.x) * toward
            if -4 < ahead < reach and abs(e.y - p.y) < 30 + SPREAD_SLOPE * max(0.0, ahead):
                return True
        return False

    def _roles_of(self, e) -> frozenset:
        """What the kind's declaration tells the scripted player about ``e``, looked up once per kind."""
        roles = self._roles.get(e.kind)
        if roles is None:
            roles = self._roles[e.kind] = KINDS[e.kind].autopilot
        return roles

    # --- riding -------------------------------------------------------------------------------
    def _ride_near(self, d: int):
        """A free vehicle to ride, close by (on the way or just behind), if the level has one."""
        p = self.player
        best = None
        for e in self.world.entities:
            if "ride" in self.roles[e] and e.alive and e.driver is None and getattr(e, "mountable", True):
                gap = abs(e.x - p.x)
                if gap < 320 and abs(e.y - p.y) < 120 and (best is None or gap < abs(best.x - p.x)):
                    best = e
        return best

    def _slope_under(self, bike) -> float:
        """The ground's rise under the bike (radians, + uphill the way it faces), from its wheels (both down:
        in a wheelie the wheels show the bike's own tilt, not the ground's)."""
        if not all(bike.wheels_down):
            return 0.0
        (x0, y0), (x1, y1) = [(b.position.x, b.position.y) for b in sorted(bike.wheels, key=lambda b: b.position.x)][:2]
        return max(0.0, (y0 - y1) / max(1.0, x1 - x0)) * bike.facing

    def _ride(self, bike, d: int) -> set[Action]:
        """Throttle towards the exit; level in the air; hop what blocks; gun down the truck from behind
        and fall back when it brakes or reverses."""
        w, p = self.world, self.player
        held: set[Action] = set()
        if bike.engine_dead:  # a wreck: out of it (the level brings the next ride)
            if not self.prev_held & Action.INTERACT.bit:
                held.add(Action.INTERACT)
            return held
        throttle = d
        pursuer = None
        for e in w.entities:
            if "gun_down" not in self.roles[e] or not e.alive:
                continue
            if not hasattr(e, "chassis"):  # in the air (the helicopter): fire when it is low ahead, in the line
                mx, my = p.muzzle()
                if 0 < (e.x - mx) * d < 240 and abs(e.y - my) < 28 and self.fire_wait == 0 and p.cooldown <= 0:
                    held.add(Action.FIRE)
                    self.fire_wait = 6
                continue
            gap = (e.x - bike.x) * d  # + : ahead of us
            if gap <= 0 and -gap < 900 and abs(e.y - bike.y) < 90:
                pursuer = e  # behind us, after us (the tanker)
            if getattr(e, "mode", "") == "wrecked":  # out of control: keep clear until it has burnt out
                if 0 < gap < 190 and abs(e.y - bike.y) < 90:
                    throttle = -d if gap < 120 else 0
                continue
            if gap <= 0 or gap > 400 or abs(e.y - bike.y) > 90:
                continue
            hook = getattr(e, "hook", "") == "tell"  # its tow hook rattling up: it is about to swing out behind
            backing = getattr(e, "mode", "") in ("tell", "reverse") or e.chassis.velocity.x * d < -20 or hook
            rel = (bike.chassis.velocity.x - e.chassis.velocity.x) * d  # closing speed
            keep = 185.0 if backing else 115.0
            if gap < keep + rel * 0.35:
                throttle = -d if gap < 80 or hook else 0
            if gap < 170 and self.fire_wait == 0 and p.cooldown <= 0 and p.ammo("shotgun") > 0 \
                    and getattr(p, "armed", True):
                held.add(Action.FIRE)
                self.fire_wait = 6
            break
        if pursuer is not None and bike.spec.lanes:  # a freeway chase (the canal's truck is chased, not chasing)
            throttle = self._keep_off(bike, pursuer, d, held)
        self.fire_wait = max(0, self.fire_wait - 1)
        if bike.spec.lanes and bike.on_ground:
            throttle = self._weave(bike, pursuer, d, throttle, held)
        if throttle:
            held.add(Action.RIGHT if throttle > 0 else Action.LEFT)
        tilt = bike.tilt() * bike.facing  # + : nose down
        if not bike.on_ground:  # lean to keep level in the air
            if tilt > 0.08:
                held.add(Action.UP)
            elif tilt < -0.08:
                held.add(Action.DOWN)
        elif tilt < -0.3 - self._slope_under(bike) and not bike.spec.lanes:  # a wheelie coming: weight forward
            held.add(Action.DOWN)
        moving = abs(bike.chassis.velocity.x)
        if throttle and moving < 8 and bike.on_ground:
            self.stuck += 1
        else:
            self.stuck = 0
        if bike.spec.lanes:  # a long vehicle on a road with lanes: past its own bumper, and traffic is weaved round
            ahead = (bike.x + d * (max(box[2] for box in bike.spec.chassis) + 17.0), bike.y - 16)
            wall = w.static_at(*ahead)
        else:
            wall = w.solid_at(bike.x + d * 26, bike.y - 16)  # a wall or a step (a ramp is ridden up)
        blocked = wall or any(
            e.kind in ("barrels", "fence") and any(0 < (b.position.x - bike.x) * d < 30 + moving * 0.09 and abs(b.position.y - bike.y) < 30
                                                   for b in e.bodies) for e in w.entities)
        steady = abs(tilt + self._slope_under(bike)) < 0.3  # no hop out of a wheelie or a nose-dive
        if bike.on_ground and steady and (self.stuck > 30 or (blocked and throttle == d)) and self.jump_frames == 0:
            held.add(Action.JUMP)
            self.jump_frames = 20
            self.stuck = 0
        self.jump_frames = max(0, self.jump_frames - 1)
        if Action.JUMP in held and self.prev_held & Action.JUMP.bit:
            held.discard(Action.JUMP)
        return held

    def _keep_off(self, ride, pursuer, d: int, held: set[Action]) -> int:
        """A pursuer behind (the tanker): keep it within the gunner's reach but out of its own; when it
        lunges, floor it; fire back over the shoulder when it is close."""
        p = self.player
        gap = (ride.x - pursuer.x) * d
        lunging = getattr(pursuer, "mode", "") in ("tell", "lunge") and pursuer.lane == ride.lane
        throttle = d
        if not lunging and gap > 330:
            throttle = 0  # let it come within reach
        if gap < 240 and self.fire_wait == 0 and p.cooldown <= 0 and p.ammo("shotgun") > 0:
            held.update({Action.AIM, Action.FIRE})
            self.fire_wait = 6
        return throttle

    def _weave(self, ride, pursuer, d: int, throttle: int, held: set[Action]) -> int:
        """On a road with lanes: change lanes round the car ahead (or out of a lunging pursuer's way); with
        the other lane taken beside us, ease off, and when stuck behind a car for a while, drop back."""
        if abs(ride.lane_shift - ride.lane) > 0.01:
            return throttle
        front = max(box[2] for box in ride.spec.chassis)
        speed = ride.chassis.velocity.x * d
        other = 1 - ride.lane
        room, closing = None, 0.0
        for e in self.world.entities:
            if e is ride or e is pursuer or not hasattr(e, "lane") or not e.alive or not e.rig.in_space:
                continue
            if e.lane != ride.lane or abs(e.y - ride.y) > 60:
                continue
            gap = (e.x - ride.x) * d - front + min(box[0] for box in e.spec.chassis)
            if gap > -20 and (room is None or gap < room):
                room, closing = gap, speed - e.chassis.velocity.x * d
        near = room is not None and room < 40 + max(0.0, closing) * 1.1
        lunge = pursuer is not None and getattr(pursuer, "mode", "") in ("tell", "lunge") and pursuer.lane == ride.lane
        if (near or lunge) and ride.lane_clear(self.world, other):
            held.add(Action.UP if other > ride.lane else Action.DOWN)
            self.drop_back = 0
            return throttle
        if not near:
            self.drop_back = 0
            return throttle
        self.drop_back += 1
        if self.drop_back > 60:  # stuck behind it with a car beside us: fall back behind that one
            return -d if speed > 30 else 0
        return 0 if room < 24 + max(0.0, closing) * 0.6 else throttle

    def _pit_is_dangerous(self, x: float, y: float) -> bool:
        level = self.world.level
        for depth in range(0, 220, 8):
            py = y + depth
            if any(h.contains(x, py) for h in level.hazards):
                return True
            if self.world.solid_at(x, py + 1):
                return False
        return True

    def _hazard_ahead(self, x: float, y: float) -> bool:
        return any(h.overlaps(x - 8, y - 10, 24, 12) for h in self.world.level.hazards)
