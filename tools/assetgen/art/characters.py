"""Character sprite sheets (48x48 frames, facing right, origin at the feet centre).

Each animation is a list of poses for the parametric figure in figure.py; the
numbers below are the art: hip height, lean, where the hands and feet go.
"""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path

from .core import Canvas, Sheet, c, parse_grids
from .figure import GROUND, Pose, Style, draw_figure, silhouette

ORIGIN = (24, 47)

STYLES = {
    # Rim-lit on the top/left edges and a steel edge on the outline's lit side, so the dark figure
    # reads against the night.
    "t800": Style(head="t800", torso=("leather", "leather_hi", "grey_light"), shirt="concrete", belt="ink",
                  pants=("leather", "leather_hi", "steel_dark"), rim="steel", outline_lit="steel_dark"),
    # Player two: the same Terminator in an olive field jacket and jeans, told apart at a glance.
    "t800_p2": Style(head="t800", torso=("green_dark", "olive", "tan"), shirt="concrete_hi", belt="ink",
                     pants=("navy", "blue_dark", "denim"), rim="tan", outline_lit="steel_dark"),
    # Thugs: one cut, three looks (the renderer picks one per thug from where it was placed).
    "thug": Style(head="thug", torso=("ink", "leather", "leather_hi"), bare_arms=True,
                  pants=("blue_dark", "denim", "blue_light"), boots=("ink", "brown_dark", "brown"),
                  chest=4.2, waist=3.4, hem=2.0, belt="steel", torso_len=13.0, shirt="red_dark", rim="steel_dark"),
    "thug_b": Style(head="thug", torso=("brown_dark", "brown", "tan"), bare_arms=True,
                    pants=("grey_dark", "grey", "grey_light"), boots=("ink", "leather", "grey_dark"),
                    chest=4.2, waist=3.4, hem=2.0, belt="ink", torso_len=13.0, shirt="white",
                    head_remap={"red": "gold", "red_dark": "amber"}, rim="tan"),
    "thug_c": Style(head="thug", torso=("green_dark", "olive", "tan"), bare_arms=True,
                    pants=("ink", "leather", "leather_hi"), boots=("ink", "brown_dark", "brown"),
                    chest=4.2, waist=3.4, hem=2.0, belt="steel", torso_len=13.0, shirt="gold",
                    skin=("brown_dark", "brown", "skin_dark"),
                    head_remap={"red": "leather_hi", "red_dark": "ink", "skin_dark": "brown_dark", "skin": "brown",
                                "skin_light": "skin_dark"}, rim="grey_light"),
    "cop": Style(head="cop", torso=("police", "police_hi", "blue_light"), pants=("navy", "police", "police_hi"),
                 boots=("ink", "leather", "grey_dark"), chest=4.2, waist=3.5, hem=1.0, belt="ink", badge="gold",
                 torso_len=13.0, thigh=9.0, shin=9.0),
    # The T-1000 wears a patrol uniform cut slimmer than the real cops' navy one: a pale steel-blue
    # shirt over dark trousers, a silver band and badge, mirrored shades, and a chrome sheen on its
    # edges instead of an ink outline, so a player tells it from a cop at a glance.
    "t1000_cop": Style(head="t1000", torso=("blue", "denim", "blue_light"), pants=("night", "navy", "blue_dark"),
                       boots=("ink", "leather", "steel_dark"), chest=3.5, waist=2.8, hem=1.0, belt="ink",
                       badge="steel", torso_len=13.5, r_thigh=2.2, r_shin=1.9, r_upper=1.9, r_fore=1.7,
                       outline="blue_dark", outline_lit="blue_light"),
    "john": Style(head="john", torso=("red_dark", "red", "orange"), sleeve=("red_dark", "red", "orange"),
                  pants=("blue_dark", "denim", "blue_light"), boots=("steel", "chrome", "white"),
                  thigh=6.5, shin=6.5, upper=5.5, fore=5.5, torso_len=10.0, chest=3.4, waist=3.0,
                  r_thigh=2.0, r_shin=1.8, r_upper=1.7, r_fore=1.5, hem=1.0, bare_arms=True),
    "sarah": Style(head="sarah", torso=("ink", "leather", "leather_hi"), bare_arms=True,
                   pants=("grey_dark", "olive", "tan"), boots=("ink", "leather", "grey_dark"),
                   chest=3.6, waist=3.0, hem=0.5, torso_len=13.0, thigh=9.0, shin=9.0,
                   r_thigh=2.3, r_shin=2.0, r_upper=1.8, r_fore=1.7, belt="brown_dark"),
    "swat": Style(head="swat", torso=("grey_dark", "grey", "grey_light"), sleeve=("night", "blue_dark", "blue"),
                  pants=("night", "blue_dark", "blue"), boots=("ink", "leather", "grey_dark"), chest=4.8,
                  waist=4.0, hem=1.0, belt="ink"),
    # The mall's people: two shoppers in bright clothes, the security guard in grey and navy.
    "shopper_a": Style(head="sarah", torso=("amber", "gold", "white"), pants=("navy", "blue", "blue_light"),
                       boots=("ink", "red_dark", "red"), chest=3.6, waist=3.0, hem=1.5, torso_len=13.0,
                       thigh=9.0, shin=9.0, r_thigh=2.3, r_shin=2.0, r_upper=1.8, r_fore=1.7, bare_arms=True),
    "shopper_b": Style(head="dyson", torso=("green_dark", "green", "olive"), pants=("brown_dark", "brown", "tan"),
                       boots=("ink", "leather", "grey_dark"), chest=4.2, waist=3.8, hem=1.0, shirt="white",
                       head_remap={"skin_dark": "brown_dark", "skin": "brown", "skin_light": "skin_dark"},
                       skin=("brown_dark", "brown", "skin_dark"), torso_len=13.0, thigh=9.0, shin=9.0),
    "guard": Style(head="cop", torso=("grey_dark", "grey", "grey_light"), pants=("navy", "blue_dark", "blue"),
                   boots=("ink", "leather", "grey_dark"), chest=4.4, waist=4.0, hem=1.0, belt="ink", badge="gold",
                   torso_len=13.0, thigh=9.0, shin=9.0),
    "dyson": Style(head="dyson", torso=("blue", "blue_light", "chrome"), pants=("brown_dark", "brown", "tan"),
                   boots=("ink", "leather", "grey_dark"), chest=4.3, waist=4.0, hem=1.0, belt="ink",
                   head_remap={"skin_dark": "brown_dark", "skin": "brown", "skin_light": "skin_dark"},
                   skin=("brown_dark", "brown", "skin_dark"), torso_len=13.0, thigh=9.0, shin=9.0),
}

HIP = 27.0


def character_sheet(name: str, heads, style: str | None = None):
    """A 48 x 48 sheet called ``name`` and the painter of its figure in ``STYLES[style or name]``."""
    st = STYLES[style or name]
    return Sheet(name, (48, 48), ORIGIN), lambda pose: draw_figure(st, pose, heads)


def F(x: float, lift: float = 0.0) -> tuple[float, float]:
    return (x, GROUND - lift)


# --- gun helpers ----------------------------------------------------------------------------
def gun(kind: str, gx: float, gy: float, ang: float) -> dict:
    """Weapon + both hands on it: far hand on the grip, near hand on the fore-end."""
    u = (math.cos(math.radians(ang)), math.sin(math.radians(ang)))
    n = (-u[1], u[0])
    fore = {"shotgun": 5.0, "rifle": 4.0, "pistol": 0.0, "launcher": 4.0}.get(kind, 0.0)
    bh = (gx + n[0] * 1.5, gy + n[1] * 1.5)
    fh = (gx + u[0] * fore + n[0] * 1.5, gy + u[1] * fore + n[1] * 1.5)
    return {"weapon": (kind, gx, gy, ang), "bh": bh, "fh": fh}


def stand(hip=(23.0, HIP), **kw) -> Pose:
    base = {"ff": F(hip[0] + 3), "bf": F(hip[0] - 2)}
    base.update(kw)
    return Pose(hip=hip, **base)


def run_cycle(n: int, hipx: float, stride: float, lift: float, lean: float, arms=None, bob: float = 1.0,
              hip_y: float = HIP) -> list[Pose]:
    poses = []
    for i in range(n):
        ph = i / n * 2 * math.pi
        hy = hip_y + bob * (abs(math.cos(ph)) - 0.5)

        def foot(phase):
            x = hipx + 1 + stride * math.cos(phase)
            up = max(0.0, -math.sin(phase)) * lift
            return F(x, up)

        kw = {"hip": (hipx, hy), "lean": lean, "ff": foot(ph), "bf": foot(ph + math.pi)}
        if arms == "swing":
            sx, sy = hipx + 1, hy - 12
            kw["fh"] = (sx + 5 * math.cos(ph + math.pi) + lean * 0.2, sy + 13 - abs(math.cos(ph)) * 2)
            kw["bh"] = (sx + 5 * math.cos(ph) + lean * 0.2, sy + 13 - abs(math.cos(ph)) * 2)
        elif callable(arms):
            kw.update(arms(i, hy))
        poses.append(Pose(**kw))
    return poses


# --- T-800 ----------------------------------------------------------------------------------
def t800(heads, name: str = "t800") -> Sheet:
    """The player's sheet; ``name`` picks the outfit (``t800`` for player one, ``t800_p2`` for two)."""
    sh, draw = character_sheet(name, heads)

    idle = [stand(hip=(23, HIP + (1 if i in (1, 2) else 0)), **gun("shotgun", 27, 31 + (1 if i in (1, 2) else 0), 35))
            for i in range(4)]
    sh.add("idle", [draw(p) for p in idle], [400, 250, 400, 250])

    def run_arms(i, hy):
        return gun("shotgun", 28, hy - 7 + (1 if i % 4 in (1, 2) else 0), 12)
    sh.add("run", [draw(p) for p in run_cycle(8, 22, 7.0, 4.5, 8, run_arms)], 80)

    jump = [Pose(hip=(23, 25), lean=5, ff=(28, 40), bf=(18, 42), **gun("shotgun", 28, 18, -20)),
            Pose(hip=(23, 24), lean=5, ff=(29, 37), bf=(17, 40), **gun("shotgun", 28, 17, -25))]
    sh.add("jump", [draw(p) for p in jump], 120)
    fall = [Pose(hip=(23, 25), lean=0, ff=(27, 43), bf=(19, 41), **gun("shotgun", 28, 19, 10)),
            Pose(hip=(23, 25), lean=0, ff=(27, 44), bf=(18, 42), **gun("shotgun", 28, 20, 15))]
    sh.add("fall", [draw(p) for p in fall], 120, loop=True)

    aim = {"ff": F(29), "bf": F(17)}
    shoot = [Pose(hip=(23, HIP), lean=-3, flash=True, **aim, **gun("shotgun", 31, 22, 0)),
             Pose(hip=(22, HIP), lean=-8, **aim, **gun("shotgun", 29, 21, -12)),
             Pose(hip=(23, HIP), lean=-4, **aim, **gun("shotgun", 30, 22, -4))]
    sh.add("shoot", [draw(p) for p in shoot], [60, 90, 110], loop=False)
    pump = []
    for d in (0, -3, -4, 0):  # the near hand racks the fore-end back and forward
        g = gun("shotgun", 30, 22, -3)
        g["fh"] = (g["fh"][0] + d, g["fh"][1])
        g["weapon"] = (*g["weapon"], d)
        pump.append(Pose(hip=(23, HIP), lean=-4, **aim, **g))
    sh.add("pump", [draw(p) for p in pump], [70, 90, 90, 70], loop=False)

    melee = [Pose(hip=(22, HIP), lean=-6, **aim, **gun("shotgun", 22, 18, -110)),
             Pose(hip=(23, HIP), lean=8, **aim, **gun("shotgun", 30, 19, -160)),
             Pose(hip=(24, HIP + 1), lean=14, ff=F(31), bf=F(16), **gun("shotgun", 33, 24, 160)),
             Pose(hip=(23, HIP), lean=4, **aim, **gun("shotgun", 28, 26, 140))]
    sh.add("melee", [draw(p) for p in melee], [70, 60, 120, 90], loop=False)

    hurt = [Pose(hip=(21, HIP), lean=-16, ff=F(27), bf=F(17), head_dx=-1, **gun("shotgun", 24, 28, 50)),
            Pose(hip=(22, HIP + 1), lean=-9, ff=F(27), bf=F(17), **gun("shotgun", 25, 29, 45))]
    sh.add("hurt", [draw(p) for p in hurt], 110, loop=False)

    climb = []
    for i in range(4):
        s = 1 if i < 2 else -1
        k = i % 2
        climb.append(Pose(hip=(24, HIP - k), head="t800_back", ff=(26, GROUND - 4 - 3 * s), bf=(21, GROUND - 4 + 3 * s),
                          fh=(27, 10 + 4 * s), bh=(20, 10 - 4 * s)))
    sh.add("climb", [draw(p) for p in climb], 120)

    crawl = []
    for i in range(6):
        ph = i / 6 * 2 * math.pi
        reach = 3 * math.cos(ph)
        crawl.append(Pose(hip=(15 + 0.5 * math.sin(ph), 40), lean=80, head="endo", head_dy=3, head_dx=0,
                          fh=(36 + reach, GROUND), bh=(33 - reach, GROUND),
                          ff=(6, GROUND - 1), bf=(4, GROUND), near_arm_style=("steel_dark", "steel", "chrome"),
                          extra=[_damage]))
    sh.add("crawl", [draw(p) for p in crawl], 140)

    thumbs = []
    for i, y in enumerate((26, 18, 13, 13)):
        thumbs.append(stand(fh=(30, y + 2), bh=(19, 36), extra=[_thumb(i)]))
    sh.add("thumbs_up", [draw(p) for p in thumbs], [120, 120, 200, 600], loop=False)

    dead = [Pose(hip=(23, HIP + 3), lean=18, ff=F(30), bf=F(16), fh=(28, 38), bh=(22, 40)),
            Pose(hip=(22, 36), lean=30, ff=(33, GROUND - 1), bf=(18, GROUND), fh=(32, GROUND), bh=(28, GROUND)),
            Pose(hip=(18, 41), lean=70, ff=(8, GROUND), bf=(6, GROUND), fh=(34, GROUND), bh=(30, GROUND), head_dy=2),
            Pose(hip=(16, 43), lean=86, ff=(4, GROUND), bf=(5, GROUND), fh=(34, GROUND), bh=(30, GROUND),
                 head_dy=3)]
    sh.add("dead", [draw(p) for p in dead], [120, 140, 160, 1000], loop=False)
    # In the saddle (the origin is the footpeg): upright, one hand on the bars, the shotgun in the other.
    ride = [Pose(hip=(18, 31 + k * 0.5), lean=12, ff=(26, GROUND), bf=(24, GROUND), fh=(37, 27 + k * 0.5),
                 **{k2: v for k2, v in gun("shotgun", 30, 27 + k * 0.5, -8).items() if k2 != "fh"}) for k in (0, 1)]
    sh.add("ride", [draw(p) for p in ride], 160)
    return sh


def _thumb(i):
    def fn(cv: Canvas, j):
        hx, hy = j["fh"][1]
        if i >= 1:
            cv.px(hx, hy - 2, c("skin_light"))
            cv.px(hx, hy - 3, c("skin"))
            cv.px(hx + 1, hy - 2, c("skin_dark"))
    return fn


def _damage(cv: Canvas, j):
    # torn jacket showing chrome ribs along the back
    hx, hy = j["hip"]
    nx, ny = j["neck"]
    for k in range(2, 10, 3):
        x = hx + (nx - hx) * k / 14
        y = hy + (ny - hy) * k / 14 - 2
        cv.px(x, y, c("chrome"))
        cv.px(x + 1, y, c("steel"))
    cv.px(nx - 1, ny - 2, c("red"))


# --- thug -----------------------------------------------------------------------------------
THUG_VARIANTS = ("thug", "thug_b", "thug_c")


def thug(heads, name: str = "thug") -> Sheet:
    sh, draw = character_sheet(name, heads)

    def bat_arms(i, hy):
        return {"fh": (27, hy - 3 + (i % 2)), "bh": (19 + (i % 3), hy - 2),
                "weapon": ("bat", 27, hy - 3 + (i % 2), -60)}
    walk = run_cycle(6, 23, 4.5, 2.5, 2, bat_arms, hip_y=HIP + 1)
    sh.add("walk", [draw(p) for p in walk], 120)
    atk = [stand(hip=(22, HIP + 1), lean=-10, fh=(19, 12), bh=(17, 20), weapon=("bat", 19, 12, -150)),
           stand(hip=(23, HIP + 1), lean=0, fh=(24, 10), bh=(18, 22), weapon=("bat", 24, 10, -95)),
           stand(hip=(24, HIP + 2), lean=15, ff=F(31), fh=(33, 24), bh=(20, 28), weapon=("bat", 33, 24, 10)),
           stand(hip=(24, HIP + 1), lean=8, ff=F(30), fh=(32, 30), bh=(20, 30), weapon=("bat", 32, 30, 60))]
    sh.add("attack", [draw(p) for p in atk], [160, 80, 120, 160], loop=False)
    hurt = [stand(hip=(21, HIP + 1), lean=-18, fh=(16, 24), bh=(14, 22), head_dx=-1),
            stand(hip=(22, HIP + 2), lean=-10, fh=(18, 30), bh=(16, 28))]
    sh.add("hurt", [draw(p) for p in hurt], 120, loop=False)
    down = [stand(hip=(21, HIP + 4), lean=-25, fh=(14, 26), bh=(12, 26)),
            Pose(hip=(23, 37), lean=-45, ff=(30, GROUND), bf=(28, GROUND), fh=(12, 38), bh=(10, 40)),
            Pose(hip=(28, 42), lean=-78, ff=(38, GROUND), bf=(40, GROUND - 1), fh=(10, GROUND), bh=(12, GROUND - 2),
                 head_dy=2),
            Pose(hip=(29, 43), lean=-88, ff=(40, GROUND), bf=(42, GROUND), fh=(12, GROUND), bh=(14, GROUND),
                 head_dy=3, extra=[_stars])]
    sh.add("down", [draw(p) for p in down], [100, 120, 140, 800], loop=False)
    idle = [stand(hip=(23, HIP + 1 + k), fh=(28, 30 + k), bh=(19, 34), weapon=("bat", 28, 30 + k, -70 + 4 * k))
            for k in (0, 1)]
    sh.add("idle", [draw(p) for p in idle], 400)
    return sh


def _stars(cv: Canvas, j):
    x, y = j["head"]
    for dx, dy in ((2, -3), (7, -5), (11, -2)):
        cv.px(x + dx, y + dy, c("gold"))


# --- cop, swat --------------------------------------------------------------------------------
def human_guard(heads, name: str, kind: str) -> Sheet:
    sh, draw = character_sheet(name, heads)

    def walk_arms(i, hy):
        if kind == "pistol":
            ph = i / 6 * 2 * math.pi
            return {"fh": (24 + 4 * math.cos(ph + math.pi), hy - 3), "bh": (24 + 4 * math.cos(ph), hy - 3),
                    "weapon": ("pistol", 24 + 4 * math.cos(ph + math.pi), hy - 3, 70)}
        return gun(kind, 28, hy - 8, 25)
    sh.add("walk", [draw(p) for p in run_cycle(6, 23, 4.5, 2.5, 2, walk_arms, hip_y=HIP + 1)], 120)
    if kind == "pistol":
        aim = [stand(hip=(23, HIP + 1), ff=F(28), bf=F(18), fh=(34, 20), bh=(33, 21),
                     weapon=("pistol", 34, 20, 0)) for _ in range(2)]
        aim[1] = replace(aim[1], hip=(23, HIP + 2), fh=(34, 21), bh=(33, 22), weapon=("pistol", 34, 21, 0))
        shoot = [replace(aim[0], flash=True), replace(aim[0], fh=(32, 18), weapon=("pistol", 32, 18, -20)), aim[0]]
    else:
        aim = [stand(hip=(23, HIP + 1 + k), ff=F(28), bf=F(18), **gun(kind, 29, 21 + k, 0)) for k in (0, 1)]
        shoot = [replace(aim[0], flash=True), stand(hip=(22, HIP + 1), ff=F(28), bf=F(18), **gun(kind, 28, 20, -8)),
                 aim[0]]
    sh.add("aim", [draw(p) for p in aim], 300)
    if name == "cop":
        sh.add("shoot", [draw(p) for p in shoot], [70, 90, 120], loop=False)
    wounded = [stand(hip=(22, HIP + 2), lean=-10, fh=(26, 36), bh=(22, 36)),
               Pose(hip=(22, 34), lean=-8, ff=(30, GROUND - 2), bf=(27, GROUND), fh=(28, 38), bh=(25, 39)),
               Pose(hip=(21, 41), lean=-12, ff=(33, GROUND), bf=(30, GROUND - 3), fh=(28, 38), bh=(25, 39)),
               Pose(hip=(21, 41), lean=-6, ff=(33, GROUND), bf=(30, GROUND - 3), fh=(29, 39), bh=(26, 40),
                    extra=[_blood])]
    sh.add("wounded", [draw(p) for p in wounded], [100, 140, 160, 800], loop=False)
    disarmed = [stand(hip=(23, HIP + 1), fh=(30, 26), bh=(20, 28)),
                stand(hip=(22, HIP + 1), lean=-5, fh=(28, 16), bh=(19, 18)),
                stand(hip=(22, HIP + 1), lean=-5, fh=(27, 7), bh=(18, 8)),
                stand(hip=(22, HIP + 1), lean=-4, fh=(27, 6), bh=(18, 7))]
    sh.add("disarmed", [draw(p) for p in disarmed], [100, 120, 140, 800], loop=False)
    if name == "cop":
        idle = [stand(hip=(23, HIP + 1 + k), fh=(27, 35 + k), bh=(20, 36), weapon=("pistol", 27, 35 + k, 80))
                for k in (0, 1)]
        sh.add("idle", [draw(p) for p in idle], 450)
    return sh


def _blood(cv: Canvas, j):
    x, y = j["ff"][0]
    cv.px(x, y, c("red"))
    cv.px(x + 1, y, c("red_dark"))


# --- T-1000 ---------------------------------------------------------------------------------
T1000_SHOULDER = (22.5, 16.7)  # the near shoulder in a frame (hip (23, 28), torso 13.5 long)
T1000_ARM = 15.0  # shoulder to hand, straight
T1000_BLADE_ANGLES = tuple(range(0, 201, 25))  # degrees the blade arm swings from hanging (forward, over the head)


def t1000(heads) -> Sheet:
    """The disguise the renderer draws while the liquid body holds its shape (game/t1000/render.py).

    ``blade`` holds one frame per arm angle (T1000_BLADE_ANGLES): the renderer picks the frame
    nearest the body's blade arm and draws the blade itself from the hand, as long as the arm is
    stretched.  ``crouch`` and ``leap`` are the leap's warning and its flight.
    """
    sh, draw = character_sheet("t1000_cop", heads)

    idle = [stand(hip=(23, HIP + 1), fh=(25, 37), bh=(21, 37)), stand(hip=(23, HIP + 1), fh=(25, 37), bh=(21, 38))]
    sh.add("idle", [draw(p) for p in idle], 600)
    sh.add("walk", [draw(p) for p in run_cycle(6, 23, 4.5, 2.0, 0, "swing", bob=0.6, hip_y=HIP + 1)], 130)
    run = run_cycle(8, 22, 8.0, 5.0, 12, "swing", bob=1.2, hip_y=HIP + 1)
    sh.add("run", [draw(p) for p in run], 70)
    sx, sy = T1000_SHOULDER
    blade = []
    for deg in T1000_BLADE_ANGLES:
        a = math.radians(deg)
        d = (math.sin(a), math.cos(a))  # the hanging arm (0, 1) swung forward by ``a``
        hand = (sx + d[0] * T1000_ARM, sy + d[1] * T1000_ARM)
        tip = (hand[0] + d[0] * 2.0, hand[1] + d[1] * 2.0)
        blade.append(stand(hip=(23, HIP + 1), ff=F(27), bf=F(19), fh=hand, bh=(20, 36), blade=tip))
    sh.add("blade", [draw(p) for p in blade], 60, loop=False)
    sh.add("crouch", [draw(stand(hip=(23, HIP + 7), ff=F(29), bf=F(17), fh=(29, 36), bh=(18, 38)))], 200)
    sh.add("leap", [draw(Pose(hip=(23, HIP - 1), lean=8, ff=(29, 36), bf=(17, 39), fh=(31, 14), bh=(17, 16)))], 200)
    sh.add("mask", [silhouette(draw(idle[0]))], [1000], loop=False)
    return sh


# --- John, Dyson (Sarah: sarah.py) ---------------------------------------------------------------------------
def john(heads) -> Sheet:
    sh, draw = character_sheet("john", heads)
    hip = 34.0
    idle = [stand(hip=(23, hip + k), ff=F(26), bf=F(21), fh=(25, 39 + k), bh=(21, 39 + k)) for k in (0, 1)]
    sh.add("idle", [draw(p) for p in idle], 450)
    sh.add("run", [draw(p) for p in run_cycle(8, 22, 5.5, 3.5, 10, "swing", hip_y=hip)], 75)
    # At the arcade: both hands on the controls, leaning into the game.
    play = [stand(hip=(22, hip), lean=8, ff=F(25), bf=F(20), fh=(30, 31 + k), bh=(28, 32)) for k in (0, 1)]
    sh.add("play", [draw(p) for p in play], 160)
    # Down when the shotgun goes off: a crouch, arms over the head.
    duck = [Pose(hip=(22, 40), lean=25, ff=(28, GROUND), bf=(19, GROUND), fh=(27, 30), bh=(25, 29), head_dy=5),
            Pose(hip=(22, 41), lean=28, ff=(28, GROUND), bf=(19, GROUND), fh=(27, 31), bh=(25, 30), head_dy=6)]
    sh.add("duck", [draw(p) for p in duck], 200)
    hurt = [stand(hip=(21, hip + 1), lean=-18, ff=F(24), bf=F(18), fh=(16, 34), bh=(14, 33), head_dx=-1),
            stand(hip=(22, hip + 2), lean=-8, ff=F(25), bf=F(19), fh=(18, 38), bh=(16, 37))]
    sh.add("hurt", [draw(p) for p in hurt], 140, loop=False)
    return sh


def shopper(heads, name: str) -> Sheet:
    """A shopper: strolls, stops to look, runs in a panic, cowers, and falls (a casualty)."""
    sh, draw = character_sheet(name, heads)
    idle = [stand(hip=(23, HIP + 1 + k), fh=(26, 37 + k), bh=(21, 37 + k)) for k in (0, 1)]
    sh.add("idle", [draw(p) for p in idle], 600)
    sh.add("walk", [draw(p) for p in run_cycle(6, 23, 4.0, 2.0, 0, "swing", bob=0.6, hip_y=HIP + 1)], 140)
    # Panic: a fast run, both hands up.
    def hands_up(i, hy):
        return {"fh": (27, hy - 24 + (i % 2)), "bh": (21, hy - 25 + ((i + 1) % 2))}
    sh.add("run", [draw(p) for p in run_cycle(8, 22, 7.5, 4.5, 8, hands_up, hip_y=HIP + 1)], 70)
    cower = [Pose(hip=(22, 40), lean=30, ff=(28, GROUND), bf=(18, GROUND), fh=(28, 27), bh=(26, 26), head_dy=6)
             for _ in (0,)]
    sh.add("cower", [draw(p) for p in cower], 400)
    hurt = [stand(hip=(21, HIP + 1), lean=-18, fh=(16, 24), bh=(14, 22), head_dx=-1)]
    sh.add("hurt", [draw(p) for p in hurt], 150, loop=False)
    down = [stand(hip=(21, HIP + 4), lean=-25, fh=(14, 26), bh=(12, 26)),
            Pose(hip=(23, 37), lean=-45, ff=(30, GROUND), bf=(28, GROUND), fh=(12, 38), bh=(10, 40)),
            Pose(hip=(28, 42), lean=-78, ff=(38, GROUND), bf=(40, GROUND - 1), fh=(10, GROUND), bh=(12, GROUND - 2),
                 head_dy=2),
            Pose(hip=(29, 43), lean=-88, ff=(40, GROUND), bf=(42, GROUND), fh=(12, GROUND), bh=(14, GROUND),
                 head_dy=3, extra=[_blood])]
    sh.add("down", [draw(p) for p in down], [100, 120, 140, 800], loop=False)
    return sh


def guard(heads) -> Sheet:
    """Mall security: a baton, the same wind-up and swing as a thug's, and a fall (knocked out)."""
    sh, draw = character_sheet("guard", heads)

    def baton(i, hy):
        return {"fh": (27, hy - 3 + (i % 2)), "bh": (19 + (i % 3), hy - 2),
                "weapon": ("bat", 27, hy - 3 + (i % 2), -50)}
    sh.add("walk", [draw(p) for p in run_cycle(6, 23, 4.5, 2.5, 2, baton, hip_y=HIP + 1)], 120)
    atk = [stand(hip=(22, HIP + 1), lean=-10, fh=(19, 12), bh=(17, 20), weapon=("bat", 19, 12, -150)),
           stand(hip=(23, HIP + 1), lean=0, fh=(24, 10), bh=(18, 22), weapon=("bat", 24, 10, -95)),
           stand(hip=(24, HIP + 2), lean=15, ff=F(31), fh=(33, 24), bh=(20, 28), weapon=("bat", 33, 24, 10)),
           stand(hip=(24, HIP + 1), lean=8, ff=F(30), fh=(32, 30), bh=(20, 30), weapon=("bat", 32, 30, 60))]
    sh.add("attack", [draw(p) for p in atk], [160, 80, 120, 160], loop=False)
    hurt = [stand(hip=(21, HIP + 1), lean=-18, fh=(16, 24), bh=(14, 22), head_dx=-1),
            stand(hip=(22, HIP + 2), lean=-10, fh=(18, 30), bh=(16, 28))]
    sh.add("hurt", [draw(p) for p in hurt], 120, loop=False)
    down = [stand(hip=(21, HIP + 4), lean=-25, fh=(14, 26), bh=(12, 26)),
            Pose(hip=(23, 37), lean=-45, ff=(30, GROUND), bf=(28, GROUND), fh=(12, 38), bh=(10, 40)),
            Pose(hip=(29, 43), lean=-88, ff=(40, GROUND), bf=(42, GROUND), fh=(12, GROUND), bh=(14, GROUND),
                 head_dy=3, extra=[_stars])]
    sh.add("down", [draw(p) for p in down], [100, 140, 800], loop=False)
    idle = [stand(hip=(23, HIP + 1 + k), fh=(27, 34 + k), bh=(19, 35), weapon=("bat", 27, 34 + k, 60))
            for k in (0, 1)]
    sh.add("idle", [draw(p) for p in idle], 450)
    return sh


def john_bike(heads) -> Sheet:
    """John riding the dirt bike, 64x48 frames, origin between the wheels on the ground."""
    st = STYLES["john"]
    sh = Sheet("john_bike", (64, 48), (32, 47))
    frames = []
    for i in range(2):
        cv = Canvas(64, 48)
        bike = dirt_bike_canvas(i)
        cv.blit(bike.a, 0, 0)
        rider = draw_figure(st, Pose(hip=(28, 30 - (i % 2) * 0.0), lean=28, ff=(33, 37), bf=(31, 37),
                                     fh=(41, 24), bh=(39, 25)), heads, size=(64, 48))
        cv.blit(rider.a, 0, 0)
        frames.append(cv)
    sh.add("ride", frames, 90)
    return sh


def dirt_bike_canvas(frame: int) -> Canvas:
    from .vehicles import dirt_bike
    return dirt_bike(frame, 64, 48)


DYSON_SEAT = 36.0  # his hip seated at the desk (game/entities/dyson.py: the shoulder is 22 px up)


def dyson(heads) -> Sheet:
    """Miles Dyson: standing and walking; at his desk typing (``sit``) and leaning back to think
    (``lean``), on his chair; hit in the shoulder and down clutching it (``wounded``); ``dead``."""
    sh, draw = character_sheet("dyson", heads)
    idle = [stand(hip=(23, HIP + 1 + k), fh=(26, 37 + k), bh=(21, 37 + k)) for k in (0, 1)]
    sh.add("idle", [draw(p) for p in idle], 500)
    sh.add("walk", [draw(p) for p in run_cycle(6, 23, 4.0, 2.0, 0, "swing", bob=0.6, hip_y=HIP + 1)], 130)
    seat = DYSON_SEAT
    legs = {"ff": (30, GROUND), "bf": (28, GROUND)}
    sit = [Pose(hip=(20, seat), lean=6, fh=(33 + k, 27), bh=(31 - k, 28), extra=[_chair], **legs)
           for k in (0, 1, 0, -1)]
    sh.add("sit", [draw(p) for p in sit], [160, 140, 180, 150])
    lean = [Pose(hip=(20, seat), lean=-14, fh=(18, 15 + k), bh=(16, 16), extra=[_chair], **legs) for k in (0, 1)]
    sh.add("lean", [draw(p) for p in lean], 700)
    wounded = [Pose(hip=(20, seat), lean=-24, fh=(19, 24), bh=(14, 30), extra=[_chair], **legs),
               Pose(hip=(21, 40), lean=-48, ff=(31, GROUND), bf=(29, GROUND - 2), fh=(18, 27), bh=(12, 38),
                    extra=[_chair_down]),
               Pose(hip=(24, 43), lean=-76, ff=(36, GROUND), bf=(34, GROUND - 2), fh=(17, 36), bh=(12, GROUND),
                    head_dy=2, extra=[_chair_down]),
               Pose(hip=(24, 43), lean=-72, ff=(36, GROUND), bf=(34, GROUND - 2), fh=(17, 35), bh=(12, GROUND),
                    head_dy=2, extra=[_chair_down, _shoulder_blood])]
    sh.add("wounded", [draw(p) for p in wounded], [120, 140, 160, 900], loop=False)
    dead = [Pose(hip=(20, seat), lean=-30, fh=(14, 24), bh=(12, 26), extra=[_chair], **legs),
            Pose(hip=(22, 41), lean=-60, ff=(32, GROUND), bf=(30, GROUND - 2), fh=(10, 34), bh=(8, 38),
                 extra=[_chair_down]),
            Pose(hip=(26, 44), lean=-88, ff=(38, GROUND), bf=(40, GROUND), fh=(10, GROUND), bh=(12, GROUND),
                 head_dy=3, extra=[_chair_down, _blood])]
    sh.add("dead", [draw(p) for p in dead], [100, 140, 800], loop=False)
    return sh


def _chair(cv: Canvas, j):
    """His office chair under him (drawn with the figure, so it goes over with him)."""
    hx, hy = round(j["hip"][0]), round(j["hip"][1])
    cv.rect(hx - 6, hy + 2, 12, 2, c("ink"))
    cv.rect(hx - 7, hy - 12, 2, 15, c("ink"))
    cv.vline(hx, hy + 4, 44, c("steel_dark"))
    cv.hline(hx - 4, hx + 4, 45, c("steel_dark"))


def _chair_down(cv: Canvas, j):
    """The chair tipped over behind him."""
    cv.rect(2, 40, 12, 2, c("ink"))
    cv.rect(12, 38, 2, 8, c("ink"))
    cv.hline(1, 14, 45, c("steel_dark"))


def _shoulder_blood(cv: Canvas, j):
    x, y = j["shoulder"]
    cv.px(x, y, c("red"))
    cv.px(x + 1, y, c("red_dark"))
    cv.px(x, y + 1, c("red_dark"))


def build(src: Path, out: Path) -> list[Path]:
    heads = parse_grids(src / "art" / "heads.txt")
    written = []
    for fn in (t800, lambda h: t800(h, "t800_p2"), thug, lambda h: thug(h, "thug_b"), lambda h: thug(h, "thug_c"),
               lambda h: human_guard(h, "cop", "pistol"), t1000, john, john_bike,
               dyson, lambda h: shopper(h, "shopper_a"),  # the swat sheet: art/cyberdyne.py
               lambda h: shopper(h, "shopper_b"), guard):
        written.extend(fn(heads).write(out / "sprites"))
    return written
