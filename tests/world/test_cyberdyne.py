"""Cyberdyne, as a player meets it: the guard held, the objectives one after another, the vault and
the gas, the SWAT officers wounded (never killed), the police cars shredded, the dead-man switch."""

from __future__ import annotations

import pytest

from game.entities.cyberdyne import GAS_TIME, NightGuard, Swat, TearGas
from game.entities.vehicle import SPECS, Vehicle
from game.headless import run_level
from game.input.actions import NO_INPUT, Action, InputSnapshot
from game.input.autopilot import Autopilot
from game.level import load_level
from game.level.loader import find_level
from game.timestep import DT
from game.world.world import World

PLAN = ("Get past the night guard", "Up the stairs to the lab", "Hold the stairs", "Take the arm and the chip",
        "Hold the lab", "Shred the police cars", "Out: down the stairs")


def _cyberdyne(seed: int = 1) -> World:
    return World(load_level(find_level("cyberdyne")), seed=seed)


def _objective(w: World) -> str | None:
    return w.script.objective[0] if w.script is not None and w.script.objective is not None else None


def _step(w: World, snap: InputSnapshot = NO_INPUT, frames: int = 1) -> None:
    for _ in range(frames):
        w.step(DT, snap)
        w.drain_events()


def _walk_to(w: World, x: float, limit: int = 60 * 20) -> None:
    p = w.player
    for _ in range(limit):
        if abs(p.x - x) < 6:
            break
        _step(w, InputSnapshot.of({Action.RIGHT if x > p.x else Action.LEFT}))
    _step(w, frames=10)


def _fire(w: World, *held: Action, frames: int = 1) -> None:
    """Press fire (with ``held`` keys held), then let go for a moment."""
    _step(w, InputSnapshot.of({Action.FIRE, *held}, {Action.FIRE}))
    _step(w, InputSnapshot.of(set(held)), frames)


@pytest.fixture(scope="module")
def autopilot_run():
    """The scripted player's run, through the command line's own runner: every objective it was shown."""
    seen: list[str] = []
    ended: list[World] = []

    def watch(w: World) -> None:
        text = _objective(w)
        if text and (not seen or seen[-1] != text):
            seen.append(text)
        ended[:] = [w]

    result = run_level("cyberdyne", seed=1, frames=60 * 60 * 8, sources=[Autopilot], on_frame=watch)
    return result, seen, ended[0]


def test_the_autopilot_finishes_cyberdyne_with_no_casualties(autopilot_run):
    result, _, w = autopilot_run
    assert "outcome=completed" in result.line() and "casualties=0" in result.line(), result.line()
    assert w.next_level == "pursuit"
    assert w.stats.knockouts >= 1  # the guard, held


def test_the_objectives_come_one_after_another_in_the_plan_s_order(autopilot_run):
    _, seen, _ = autopilot_run
    assert len(seen) == len(PLAN), seen
    assert all(text.startswith(want) for text, want in zip(seen, PLAN)), seen


def test_the_guard_is_held_and_the_key_card_opens_the_way_up():
    w = _cyberdyne()
    _step(w)
    assert _objective(w).startswith("Get past the night guard")
    (guard,) = w.find("guard")
    (door,) = w.find("lobby_door")
    assert not door.is_open
    _walk_to(w, guard.x - 22)
    _step(w, InputSnapshot.of({Action.RIGHT}), 2)  # face him
    _step(w, InputSnapshot.of({Action.INTERACT}, {Action.INTERACT}))
    _step(w, frames=20)
    assert guard.state == "held" and guard.is_down and guard.alive
    assert w.stats.casualties == 0 and w.stats.knockouts == 1
    assert _objective(w).startswith("Get past the night guard")  # not yet: Dyson has the card
    _step(w, frames=60 * 6)  # Dyson walks to the reader and swipes his card
    assert door.is_open
    assert _objective(w).startswith("Up the stairs to the lab")


def test_a_shot_only_makes_the_guard_put_his_hands_up():
    w = _cyberdyne()
    (guard,) = w.find("guard")
    assert isinstance(guard, NightGuard)
    _walk_to(w, guard.x - 120)
    _fire(w, frames=40)
    assert guard.state == "held" and w.stats.casualties == 0


def test_dyson_opens_the_vault_only_while_he_can_breathe():
    w = _cyberdyne()
    (dyson,) = w.find("dyson")
    (vault,) = w.find("vault")
    w.script.flags.add("card_read")  # past the door (its event calls Dyson back to the T-800's side)
    _step(w, frames=2)
    keypad = next(o for o in w.level.objects if o.name == "vault_keypad").rect
    dyson.place(keypad.center[0] - 40, keypad.bottom)
    w.player.place(keypad.center[0] - 80, keypad.bottom)
    dyson.task(keypad.center[0], 2.0, "vault_open")
    _step(w, frames=60)  # there, and at work
    assert dyson.working and vault.closed
    can = w.add(TearGas(dyson.x, dyson.y - 2, 0.0, 10.0))
    _step(w, frames=3)
    assert can.state == "hiss"
    left = dyson.task_left
    _step(w, frames=60 * 2)
    assert dyson.task_left == left  # choking: no work done
    assert not dyson.working and vault.closed
    _step(w, frames=int(60 * (GAS_TIME + 5)))
    assert "vault_open" in w.script.flags
    _step(w, frames=5)
    assert not vault.closed
    assert _objective(w).startswith("Take the arm and the chip")


def test_a_punch_throws_a_canister_back_and_it_chokes_the_officer_there():
    w = _cyberdyne()
    p = w.player
    swat = w.add(Swat(w, p.x + 150, p.y, facing=-1))
    can = w.add(TearGas(p.x + 14, p.y - 4, 0.0, 10.0))
    _step(w, frames=30)
    assert can.state == "hiss"
    _step(w, InputSnapshot.of({Action.RIGHT}), 1)
    _step(w, InputSnapshot.of({Action.INTERACT}, {Action.INTERACT}))
    _step(w, frames=30)  # the punch lands, a moment's hit-stop, and away it goes
    assert can.thrown_back == 1 and can.x > p.x + 60
    for _ in range(60 * 3):
        _step(w)
        if swat.state == "choke":
            break
    assert swat.state == "choke" and not swat.is_down


@pytest.mark.parametrize("how", ["shotgun", "minigun", "fists"])
def test_a_swat_officer_hit_by_the_t800_is_wounded_or_disarmed_never_a_casualty(how):
    w = _cyberdyne()
    p = w.player
    p.facing = 1
    swat = w.add(Swat(w, p.x + (20 if how == "fists" else 90), p.y, facing=-1))
    _step(w, frames=2)
    for _ in range(12):
        if swat.is_down:
            break
        if how == "shotgun":
            _fire(w, Action.AIM, frames=40)
        elif how == "minigun":
            p.arm_minigun(w, 100)
            _step(w, InputSnapshot.of({Action.FIRE, Action.AIM}), 30)
        else:
            while swat.x - p.x > 22:  # knocked back by the last punch: step up to him again
                _step(w, InputSnapshot.of({Action.RIGHT}))
            _step(w, InputSnapshot.of({Action.INTERACT}, {Action.INTERACT}))
            _step(w, frames=25)
    assert swat.is_down and swat.alive
    assert swat.state == ("disarmed" if how == "fists" else "wounded")
    assert w.stats.casualties == 0


def test_a_police_car_takes_minigun_damage_and_burns_then_blows_up():
    """A vehicle with ``health`` (the lot's police cars: the map gives them 40) is shredded and burns."""
    w = _cyberdyne()
    p = w.player
    car = w.add(Vehicle(w, p.x + 150, p.y, SPECS["police_car"], "police_car", facing=-1, hull=40))
    _step(w, frames=30)
    p.facing = 1
    p.arm_minigun(w, 400)
    assert p.weapon == "minigun"
    full = car.hull
    _step(w, InputSnapshot.of({Action.FIRE, Action.AIM}), 20)
    assert 0 < car.hull < full  # it takes the rounds
    for _ in range(60 * 6):  # a low car: some rounds fly over its roof
        _step(w, InputSnapshot.of({Action.FIRE, Action.AIM}))
        if car.hull == 0:
            break
    assert car.hull == 0 and car.is_down and car.burning > 0 and not car.wrecked
    assert not car.mountable
    _step(w, frames=int(60 * SPECS["police_car"].burn_time) + 10)
    assert car.wrecked and car.alive  # a burnt-out shell where it stopped
    assert p.minigun < 400 and w.stats.casualties == 0


def test_the_van_is_no_way_out_before_the_escape():
    w = _cyberdyne()
    (van,) = [o for o in w.level.objects if o.kind == "exit"]
    _walk_to(w, van.rect.center[0])
    _step(w, frames=30)
    assert w.outcome is None


@pytest.fixture(scope="module")
def escape():
    """A world the scripted player has brought to the escape: Dyson down, the countdown running."""
    w = _cyberdyne()
    ap = Autopilot(w)
    for _ in range(60 * 60 * 4):
        w.step(DT, ap.next_frame())
        w.drain_events()
        if "escape" in w.script.flags:
            break
    assert "escape" in w.script.flags
    return w


def test_the_charges_countdown_costs_a_life_if_the_t800_is_still_inside(escape):
    w = escape
    p = w.player
    (dyson,) = w.find("dyson")
    assert dyson.is_down
    assert w.script.shown_timer[0] == "blast" and 35 < w.script.timers["blast"] <= 40
    lives, deaths = p.lives, w.stats.deaths
    for _ in range(60 * 41):
        _step(w)  # the player stands where he is: in the lab
        if w.stats.deaths > deaths:
            break
    assert w.stats.deaths == deaths + 1 and p.lives == lives - 1
    assert w.outcome is None
    _step(w, frames=5)
    assert w.script.timers["blast"] > 35  # Dyson holds on: the countdown again, from the checkpoint
    assert "blasted" not in w.script.flags


def test_the_t800_s_fists_and_shots_pass_his_allies():
    w = _cyberdyne()
    p = w.player
    (john,) = w.find("john")
    _step(w, frames=2)
    john.mode = "sent"  # stand still, just ahead of him
    john.goal_x = john.x = p.x + 16
    john.place(p.x + 16, p.y)
    p.facing = 1
    _step(w, InputSnapshot.of({Action.INTERACT}, {Action.INTERACT}))
    _step(w, frames=20)
    _fire(w, frames=30)
    assert john.health == 2 and john.state != "hurt" and not john.is_down
