"""Every tuning number of the liquid-metal body, with its unit, in one place.

Units follow ``game.world.physics``: pixels, seconds, y down.  "per update"
means per 1/60 s call of ``T1000.update``; the space itself is stepped twice
per update by the world.  Gains written as "fraction per update" are
position-based-dynamics style blends in [0, 1]: they are stable at any
stiffness, which is why the body is driven by velocity corrections rather
than by stiff pymunk springs.
"""

from __future__ import annotations

# --- droplets ---------------------------------------------------------------------------------
N_DROPLETS = 300  # default droplet count
DROPLET_RADIUS = 1.0  # px, collision radius: small keeps broadphase overlaps (cost) down; a puddle fits a 12 px door
DROPLET_MASS = 1.0  # arbitrary mass unit per droplet (droplets touch only the level)
DROPLET_FRICTION = 0.25
DROPLET_ELASTICITY = 0.0
BODY_HEIGHT = 44.0  # px, policeman head to toe
FEET_BELOW_CENTRE = 22.0  # px, template origin to the soles (all forms share it)

# --- shape holding (attached droplets) ----------------------------------------------------------
SHAPE_PULL = 0.30  # fraction of the goal error closed per update (liquid)
SHAPE_BLEND = 0.55  # how much of the droplet velocity is replaced by the desired one, per update
MORPH_PULL = 0.10  # softer pull while flowing to a new form
MORPH_DONE_ERROR = 1.0  # px, mean goal error below which a morph is finished
MORPH_MAX_TIME = 1.5  # s, a morph ends after this even if not settled
FLOW_PULL = 0.035  # very loose shape holding while squeezing through bars
COHESION_NEIGHBOURS = 3  # springs per droplet (nearest neighbours in the rest form)
COHESION_GAIN = 0.25  # fraction of a spring's length error corrected per update
MOTOR_GAIN = 0.35  # fraction of the horizontal speed error corrected per update
STAND_GAIN = 10.0  # 1/s, how fast the mass settles to standing height over the floor
STEP_HEIGHT = 24.0  # px, the highest floor step the body walks up (also lets a low puddle stand up)
GROUND_REACH = 4.0  # px below the soles that still counts as standing
GRAVITY_Y = 1400.0  # px/s^2, must match game.world.physics.GRAVITY (feed-forward)
MAX_SPEED = 600.0  # px/s clamp on any droplet velocity we write

# --- movement (brain) ---------------------------------------------------------------------------
WALK_SPEED = 55.0  # px/s
RUN_SPEED = 135.0  # px/s
RUN_DISTANCE = 110.0  # px, run when the target is farther than this
STOP_DISTANCE = 14.0  # px, stop closing in when this near
PUDDLE_SPEED = 70.0  # px/s
FLOW_SPEED = 60.0  # px/s through bars
CLIMB_SPEED = 120.0  # px/s upward help when a step blocks the feet
STRIDE = 26.0  # px travelled per full walk cycle
FROZEN_SPEED_SCALE = 0.06  # frozen: barely creeps
PROBE_AHEAD = 22.0  # px, how far ahead the brain looks for doors and bars
CLEAR_TIME = 0.35  # s, an obstacle must be gone this long before standing up again

# --- leap (over a wall or out of a pit taller than a step) ----------------------------------------
LEAP_MAX_HEIGHT = 48.0  # px above the soles: the highest wall it leaps (3 tiles)
LEAP_PROBE = 14.0  # px ahead of the centre, at the soles, where a wall face counts as "in the way"
WALL_STANDOFF = 9.0  # px from the centre to a wall face it cannot take yet: stop pushing (half width + 1)
LEAP_CLEARANCE = 12.0  # px the soles clear the top of the wall by
LEAP_MAX_SPEED = 460.0  # px/s cap on the take-off speed (48 px + clearance needs ~420)
LEAP_WINDUP = 0.18  # s crouch before take-off (readable)
LEAP_SQUASH = 0.22  # share of the height lost at the bottom of the crouch
LEAP_AIR_VX = 0.6  # share of the run speed while rising along the wall face (less rubbing on it)
LEAP_COOLDOWN = 0.45  # s after landing before the next leap
LEAP_MAX_AIR = 1.5  # s, after this it looks for any floor even while still rising

# --- blade attack ---------------------------------------------------------------------------------
BLADE_RANGE = 34.0  # px, horizontal reach that triggers an attack
BLADE_WINDUP = 0.40  # s, the arm rises and sharpens (the player's warning)
BLADE_SWING = 0.16  # s, damage frames
BLADE_RECOVER = 0.45  # s, arm returns
BLADE_COOLDOWN = 0.60  # s, between attacks
BLADE_LENGTH = 2.6  # arm stretch factor for the blade
BLADE_BOX = (4.0, -16.0, 30.0, 14.0)  # px: forward offset, y offset from centre, width, height
# (what a swing deals, and the pace multiplier, vary with the difficulty: game.difficulty)

# --- hits ---------------------------------------------------------------------------------------
SHOT_RADIUS = 3.8  # px, droplets within this of a pellet hit are blown out
SHOT_SPEED = 150.0  # px/s per unit strength, along the shot
SHOT_SPREAD = 70.0  # px/s per unit strength, radially out of the hole
SPLASH_FREE_TIME = 0.08  # s, ballistic before the rejoin pull starts
REJOIN_RAMP = 0.20  # s, the rejoin pull rises to full over this
REJOIN_DIST = 4.0  # px, a loose droplet this close to its goal is attached again (feet slots sit at the floor)
LATE_JOIN_TIME = 0.6  # s loose ...
LATE_JOIN_DIST = 10.0  # px ... and this close: attached anyway (its goal may be inside the floor)
NEAR_DIST = 40.0  # px, within this a loose droplet flies straight to its goal
LOOSE_PULL = 0.22  # fraction of goal error per update when near
CRAWL_SPEED = 140.0  # px/s, horizontal flow of a far loose droplet
CRAWL_GAIN = 0.25  # fraction of the crawl speed error corrected per update
STUCK_PROGRESS = 2.0  # px, a droplet that has not got this much closer is "stuck"
STUCK_HOP_TIME = 0.7  # s stuck -> hops up and is pulled straight at its goal
HOP_SPEED = 260.0  # px/s
STUCK_TELEPORT_TIME = 3.5  # s stuck -> last resort: placed at its goal
SPLASH_MIN = 4  # loose droplets needed to call the body "splashed"
RAW_DECAY = 1.2  # 1/s, fresh-wound chrome fades back into the disguise
EXPLODE_SPEED = 420.0  # px/s per unit strength at the centre

# --- cold ---------------------------------------------------------------------------------------
FREEZE_COLD = 1.5  # mean cold at which the body freezes
THAW_COLD = 0.5  # mean cold below which it is liquid again
MAX_COLD = 3.0
THAW_RATE = 0.35  # cold units per second
RIGID_PULL = 0.9  # frozen shape holding: almost rigid

# --- shatter / reform ----------------------------------------------------------------------------
SHARDS_PER_DROPLET = 1 / 14  # shard count ~ N/14 ...
SHARDS_MIN, SHARDS_MAX = 8, 36  # ... clamped to this
SHATTER_SPEED = 170.0  # px/s radial fling of shards
SHATTER_SPIN = 14.0  # rad/s max random spin
SHARD_FRICTION = 0.7
SHARD_ELASTICITY = 0.25
SHATTER_LIE_TIME = 1.6  # s the shards lie before thawing (in play: game.difficulty's reform_delay; Normal's is this)
THAW_DROPLETS_PER_UPDATE = 64  # whole shards thaw per update up to this many droplets (spreads the cost)
REFORM_HOME_CELL = 24.0  # px grid for finding the largest mass
REFORM_JOIN_DIST = 4.0  # px to its gathering slot counts as merged
REFORM_MAX_TIME = 8.0  # s hard bound (the stuck rules finish long before)

# --- molten steel ----------------------------------------------------------------------------------
DEATH_FRACTION = 0.35  # below this share of N still in play, death throes begin
THROES_TIME = 1.4  # s of writhing before death
MELT_STATE_TIME = 0.5  # s "melting" lingers after the last droplet melted
THROES_JITTER = 160.0  # px/s writhing
THROES_HEIGHT = 40.0  # px the dying remnant rises out of the steel at first
THROES_PULL = 9.0  # 1/s: how fast its droplets follow the writhing column
