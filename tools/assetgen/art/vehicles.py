"""Vehicle side views (facing right, origin on the ground between the wheels), two frames of wheel spin.

Sheets: dirt_bike, motorcycle (64x48), police_car (96x48), tow_truck (128x64),
tanker (160x64), and traffic (96x32: car_a, car_b, truck) for the freeway above.
"""

from __future__ import annotations

from pathlib import Path

from .core import Canvas, Sheet, c


def wheel(cv: Canvas, x: float, y: float, r: float, frame: int, hub: str = "steel") -> None:
    cv.disc(x, y, r, c("ink"))
    cv.disc(x, y, r - 1, c("grey_dark"))
    cv.disc(x, y, r * 0.55, c(hub))
    cv.disc(x - 0.5, y - 0.5, r * 0.3, c("chrome"))
    # tread blocks that move between the two frames
    import math
    for k in range(8):
        a = (k / 8 + frame / 16) * 2 * math.pi
        cv.px(x + math.cos(a) * (r - 1.2), y + math.sin(a) * (r - 1.2), c("grey"))
    for k in range(4):
        a = (k / 4 + frame / 8) * 2 * math.pi
        cv.line(x, y, x + math.cos(a) * r * 0.5, y + math.sin(a) * r * 0.5, c("steel_dark"))


def dirt_bike(frame: int, w: int = 64, h: int = 48, body: str = "orange", dark: str = "amber") -> Canvas:
    cv = Canvas(w, h)
    gy = h - 1
    wheel(cv, 18, gy - 7, 7, frame)
    wheel(cv, 46, gy - 7, 7, frame)
    cv.line(18, gy - 7, 28, gy - 14, c("steel"))          # swingarm
    cv.line(18, gy - 6, 28, gy - 13, c("steel_dark"))
    cv.line(46, gy - 7, 41, gy - 24, c("chrome"))          # fork
    cv.line(47, gy - 7, 42, gy - 24, c("steel_dark"))
    cv.poly([(26, gy - 18), (40, gy - 20), (38, gy - 13), (28, gy - 11)], c("grey_dark"))  # engine
    cv.rect(29, gy - 16, 6, 4, c("grey"))
    cv.hline(29, 34, gy - 16, c("steel"))
    cv.poly([(24, gy - 22), (41, gy - 23), (43, gy - 20), (27, gy - 19)], c(body))  # tank/seat
    cv.hline(25, 41, gy - 23, c("gold"))
    cv.poly([(14, gy - 20), (26, gy - 22), (26, gy - 20), (15, gy - 18)], c(dark))  # rear fender
    cv.poly([(42, gy - 17), (51, gy - 16), (50, gy - 14), (43, gy - 15)], c(body))  # front fender
    cv.line(27, gy - 12, 16, gy - 11, c("steel_dark"))      # exhaust
    cv.line(39, gy - 25, 43, gy - 27, c("ink"))             # handlebar
    cv.px(44, gy - 27, c("grey"))
    cv.outline(c("ink"))
    return cv


def motorcycle(frame: int) -> Canvas:
    cv = Canvas(64, 48)
    gy = 47
    wheel(cv, 16, gy - 8, 8, frame)
    wheel(cv, 48, gy - 8, 8, frame)
    cv.line(48, gy - 8, 42, gy - 26, c("chrome"))
    cv.line(49, gy - 8, 43, gy - 26, c("steel_dark"))
    cv.poly([(22, gy - 20), (40, gy - 22), (40, gy - 10), (24, gy - 10)], c("grey_dark"))
    for y in range(gy - 19, gy - 10, 2):
        cv.hline(26, 37, y, c("steel"))
    cv.poly([(26, gy - 26), (42, gy - 27), (42, gy - 21), (27, gy - 21)], c("leather_hi"))  # tank
    cv.hline(28, 41, gy - 27, c("steel"))
    cv.poly([(10, gy - 22), (27, gy - 25), (27, gy - 22), (12, gy - 20)], c("leather"))  # seat
    cv.line(14, gy - 8, 34, gy - 9, c("chrome"))  # exhaust
    cv.line(14, gy - 7, 34, gy - 8, c("steel"))
    cv.line(41, gy - 29, 46, gy - 31, c("ink"))
    cv.disc(46, gy - 24, 2.2, c("tracer"))  # headlight
    cv.outline(c("ink"))
    return cv


def car_body(cv: Canvas, x0: int, gy: int, length: int, height: int, roof: tuple[int, int, int], body: tuple,
             frame: int, wheel_r: int = 6, glass: str = "blue_light") -> None:
    dark, base, light = body
    top = gy - wheel_r - height
    cv.poly([(x0, gy - wheel_r - 2), (x0 + 2, top + 2), (x0 + length - 3, top + 1), (x0 + length, gy - wheel_r - 3),
             (x0 + length, gy - wheel_r + 1), (x0, gy - wheel_r + 1)], c(base))
    cv.hline(x0 + 2, x0 + length - 3, top + 1, c(light))
    cv.hline(x0, x0 + length, gy - wheel_r + 1, c(dark))
    cv.hline(x0, x0 + length, gy - wheel_r, c(dark))
    rx0, rx1, rh = roof
    cv.poly([(rx0, top + 1), (rx0 + 5, top - rh), (rx1 - 5, top - rh), (rx1, top + 1)], c(base))
    cv.hline(rx0 + 5, rx1 - 5, top - rh, c(light))
    cv.poly([(rx0 + 2, top), (rx0 + 6, top - rh + 2), (rx1 - 6, top - rh + 2), (rx1 - 2, top)], c(glass))
    mid = (rx0 + rx1) // 2
    cv.vline(mid, top - rh + 2, top, c(base))
    cv.px(rx1 - 5, top - rh + 3, c("white"))
    cv.rect(x0 + length - 2, top + 3, 2, 2, c("tracer"))
    cv.rect(x0, top + 3, 2, 2, c("red"))
    cv.hline(x0 + 4, x0 + length - 4, top + 5, c(dark))
    wheel(cv, x0 + 12, gy - wheel_r, wheel_r, frame)
    wheel(cv, x0 + length - 12, gy - wheel_r, wheel_r, frame)


def police_car(frame: int) -> Canvas:
    cv = Canvas(96, 48)
    car_body(cv, 6, 47, 84, 9, (26, 66, 9), ("grey_light", "white", "white"), frame, 7)
    cv.rect(7, 34, 82, 6, c("ink"))  # two-tone: dark lower doors
    cv.hline(7, 88, 33, c("grey_dark"))
    cv.rect(44, 20, 10, 3, c("ink"))
    cv.rect(44, 19, 5, 2, c("red") if frame == 0 else c("red_dark"))
    cv.rect(49, 19, 5, 2, c("blue_light") if frame == 1 else c("blue"))
    cv.disc(46, 37, 2.2, c("gold"))  # a plain door emblem, no text
    wheel(cv, 18, 40, 7, frame)
    wheel(cv, 78, 40, 7, frame)
    cv.outline(c("ink"))
    return cv


def tow_truck(frame: int) -> Canvas:
    cv = Canvas(128, 64)
    gy = 63
    cv.rect(8, gy - 22, 88, 8, c("grey_dark"))  # chassis/bed
    cv.hline(8, 95, gy - 22, c("grey"))
    cv.poly([(84, gy - 14), (84, gy - 40), (104, gy - 40), (114, gy - 28), (122, gy - 26), (122, gy - 14)], c("amber"))
    cv.hline(84, 104, gy - 40, c("gold"))
    cv.poly([(90, gy - 37), (103, gy - 37), (110, gy - 28), (90, gy - 28)], c("blue_light"))
    cv.px(101, gy - 35, c("white"))
    cv.rect(119, gy - 24, 3, 3, c("tracer"))
    cv.rect(84, gy - 18, 38, 4, c("brown"))
    cv.line(20, gy - 22, 60, gy - 50, c("steel"))  # boom
    cv.line(21, gy - 22, 61, gy - 49, c("steel_dark"))
    cv.line(60, gy - 50, 60, gy - 30, c("steel_dark"))
    cv.rect(57, gy - 30, 6, 3, c("grey"))
    cv.rect(30, gy - 30, 40, 8, c("grey"))
    cv.hline(30, 69, gy - 30, c("grey_light"))
    cv.rect(90, gy - 44, 8, 3, c("ink"))
    cv.rect(91, gy - 44, 3, 2, c("orange") if frame == 0 else c("amber"))
    for x in (22, 44, 104):
        wheel(cv, x, gy - 8, 8, frame)
    cv.outline(c("ink"))
    return cv


def tanker(frame: int) -> Canvas:
    cv = Canvas(160, 64)
    gy = 63
    cv.rect(6, gy - 16, 118, 5, c("grey_dark"))
    cv.ellipse(62, gy - 35, 58, 18, c("steel"))  # the tank stands taller than the cab
    cv.ellipse(60, gy - 38, 55, 12, c("chrome"))
    cv.ellipse(58, gy - 45, 44, 3, c("white"))
    for x in range(14, 112, 24):
        cv.vline(x, gy - 51, gy - 18, c("steel_dark"))
    cv.rect(40, gy - 34, 40, 8, c("frost_dark"))  # a plain hazard band, no text
    cv.hline(40, 79, gy - 34, c("frost"))
    for x in range(44, 78, 8):
        cv.poly([(x, gy - 27), (x + 3, gy - 33), (x + 6, gy - 27)], c("white"))
    # the valves at either end (where a shot tells): frosted pipes over the front, a box on the rear cap
    cv.rect(94, gy - 56, 26, 5, c("frost_dark"))
    for x in (97, 105, 113):
        cv.rect(x, gy - 59, 4, 4, c("frost"))
        cv.px(x + 1, gy - 60, c("white"))
    cv.rect(3, gy - 40, 10, 16, c("frost_dark"))
    cv.rect(5, gy - 37, 6, 4, c("frost"))
    cv.rect(5, gy - 30, 6, 4, c("frost"))
    cv.poly([(124, gy - 12), (124, gy - 44), (142, gy - 44), (154, gy - 30), (156, gy - 12)], c("red"))
    cv.hline(124, 142, gy - 44, c("orange"))
    cv.poly([(130, gy - 41), (141, gy - 41), (150, gy - 31), (130, gy - 31)], c("blue_light"))
    cv.vline(126, gy - 56, gy - 44, c("chrome"))  # exhaust stack
    cv.vline(127, gy - 56, gy - 44, c("steel"))
    cv.rect(152, gy - 26, 4, 3, c("tracer"))
    cv.rect(124, gy - 18, 32, 4, c("red_dark"))
    for x in (20, 40, 100, 140):
        wheel(cv, x, gy - 8, 8, frame)
    cv.outline(c("ink"))
    return cv


def traffic_car(frame: int, kind: str) -> Canvas:
    cv = Canvas(96, 32)
    if kind == "car_a":
        car_body(cv, 14, 31, 68, 7, (32, 66, 7), ("red_dark", "red", "orange"), frame, 5)
    elif kind == "car_b":
        car_body(cv, 10, 31, 76, 6, (24, 60, 8), ("navy", "blue", "blue_light"), frame, 5)
    else:
        cv.rect(6, 6, 62, 19, c("grey_light"))
        cv.hline(6, 67, 6, c("white"))
        cv.rect(6, 22, 62, 3, c("grey"))
        for x in range(10, 66, 10):
            cv.vline(x, 8, 20, c("concrete"))
        cv.poly([(70, 25), (70, 8), (82, 8), (89, 17), (90, 25)], c("green_dark"))
        cv.hline(70, 82, 8, c("green"))
        cv.poly([(74, 11), (81, 11), (86, 17), (74, 17)], c("blue_light"))
        cv.rect(87, 19, 3, 2, c("tracer"))
        cv.rect(6, 25, 84, 2, c("grey_dark"))
        for x in (16, 28, 80):
            wheel(cv, x, 26, 5, frame)
    cv.outline(c("ink"))
    return cv


def build(src: Path, out: Path) -> list[Path]:
    d = out / "sprites"
    written = []
    sheets = [
        ("dirt_bike", (64, 48), (32, 47), dirt_bike),
        ("motorcycle", (64, 48), (32, 47), motorcycle),
        ("police_car", (96, 48), (48, 47), police_car),
        ("tow_truck", (128, 64), (64, 63), tow_truck),
        ("tanker", (160, 64), (80, 63), tanker),
    ]
    for name, size, origin, fn in sheets:
        sh = Sheet(name, size, origin)
        sh.add("drive", [fn(0), fn(1)], 80)
        sh.add("idle", [fn(0)], [1000], loop=False)
        written.extend(sh.write(d))
    tr = Sheet("traffic", (96, 32), (48, 31))
    for kind in ("car_a", "car_b", "truck"):
        tr.add(kind, [traffic_car(0, kind), traffic_car(1, kind)], 70)
    written.extend(tr.write(d))
    return written
