"""The Steel Mill, the finale, as a player meets it: the spill, the hunt, emergency power, the vat."""

from __future__ import annotations

import pytest

from game.input.actions import Action, InputSnapshot
from game.input.autopilot import Autopilot
from game.level import load_level
from game.level.loader import find_level
from game.t1000 import tuning as T
from game.world.world import World
from tests.world.conftest import hold, press, run

ORDER = ("frozen", "shattered", "reforming", "melting")


def _mill(seed: int = 1) -> World:
    return World(load_level(find_level("steel_mill")), seed=seed)


@pytest.fixture(scope="module")
def autopilot_run():
    """One scripted run: the T-1000's state every frame and its census every frame."""
    w = _mill()
    ap = Autopilot(w)
    (boss,) = w.t1000s
    start = boss.body.census()
    states, problems, music = [], [], [w.music]
    for frame in range(60 * 120):
        w.step(1 / 60, ap.next_frame())
        c = boss.body.census()
        if c.problems or c.free + c.in_shards + c.melted != start.total:
            problems.append((frame, c))
        if not states or states[-1] != boss.body.state:
            states.append(boss.body.state)
        if music[-1] != w.music:
            music.append(w.music)
        if w.outcome:
            break
    w.music_heard = music
    return w, boss, start, states, problems


def test_the_scripted_player_finishes_the_mill_without_casualties(autopilot_run):
    w, boss, *_ = autopilot_run
    assert w.outcome == "completed"
    assert w.stats.casualties == 0
    assert w.next_level == "ending"
    assert not boss.alive


def test_the_music_follows_the_fight(autopilot_run):
    """A track for each phase: the hunt, the disguise's quiet, the hunt again, the heartbeat of
    emergency power, the vat."""
    w, *_ = autopilot_run
    assert w.music_heard == ["mill_hunt", "mill_disguise", "mill_hunt", "mill_heartbeat", "mill_vat"]


def test_the_mill_ends_through_its_set_piece_not_an_exit(autopilot_run):
    w, *_ = autopilot_run
    assert not w.level.objects_of("exit")  # nothing to walk into: the T-1000 must go into the steel
    assert "unmasked" in w.script.flags  # the scripted player saw through the disguise on the way
    (sarah,) = w.find("sarah")
    assert sarah.alive and not sarah.is_down


def test_the_t1000_freezes_shatters_reforms_and_melts_in_that_order(autopilot_run):
    _, _, _, states, _ = autopilot_run
    it = iter(states)
    assert all(any(s == want for s in it) for want in ORDER), states


def test_every_droplet_is_accounted_for_every_frame(autopilot_run):
    _, boss, start, _, problems = autopilot_run
    assert start.total == boss.body.n and not start.problems
    assert not problems, problems[:3]
    end = boss.body.census()
    assert end.melted == boss.body.n  # all of it went into the steel: it never comes back


def test_emergency_power_shuts_down_then_restarts_crippled_on_a_clock():
    w = _mill()
    p = w.player
    run(w, InputSnapshot(), 5)
    p.power_down(w, 10.0)
    run(w, InputSnapshot(), 30)
    assert p.state == "shutdown" and p.on_emergency_power and p.emergency == 0
    run(w, InputSnapshot(), 60 * 3)
    assert p.crippled and 0 < p.emergency < 10.0 and p.state != "shutdown"
    assert p.health <= p.full_health(w) * 0.34 + 1  # the bar through him: up on a third of his health
    lives = p.lives
    run(w, InputSnapshot(), 60 * 11)  # the reserve runs out: down for good, a life lost
    assert p.lives == lives - 1


def test_the_launcher_stops_the_clock_and_arms_grenades():
    w = _mill()
    p = w.player
    run(w, InputSnapshot(), 5)
    p.power_down(w, 10.0)
    run(w, InputSnapshot(), 60 * 4)
    p.arm_launcher(w, 8)
    assert p.weapon == "grenade" and p.grenades == 8 and p.emergency == 0 and not p.on_emergency_power


def test_a_grenade_throws_the_t1000_back_the_way_it_flew():
    from game.entities.mill import Grenade

    w = _mill()
    (boss,) = w.t1000s
    run(w, InputSnapshot(), 10)
    x0 = boss.x  # it is coming left, for the T-800
    g = Grenade(boss.x - 40, boss.y - 24, 1, 0)
    w.add(g)
    furthest = x0
    for _ in range(40):
        run(w, InputSnapshot(), 1)
        furthest = max(furthest, boss.x)
    assert furthest > x0 + 30  # thrown back right, the way the grenade flew, against its own pace


def test_the_boss_phase_change_beats_the_t800_down():
    w = _mill()
    (boss,) = w.t1000s
    run(w, InputSnapshot(), 5)
    boss.enter_phase(w, 2)
    run(w, InputSnapshot(), 3)
    assert w.player.state == "shutdown"
    assert w.script.timers.get("handover", 0) > 0  # and in a moment Sarah is alone with it


def test_level_select_opens_the_mill_after_the_last_built_level(tmp_path, monkeypatch):
    from game.progress import Progress
    from game.scenes.records import LevelSelectScene

    class App:
        progress = Progress()
        audio = type("A", (), {"play": staticmethod(lambda *a: None)})()
        stack = type("S", (), {"pop": staticmethod(lambda: None)})()

        @staticmethod
        def level_exists(name):
            return name in ("freeway", "mall", "steel_mill")

        @staticmethod
        def new_game(name):
            pass

    app = App()
    scene = LevelSelectScene(app)
    item = scene.menu.items[scene.levels.index("steel_mill")]
    assert not item.enabled
    app.progress.record_finish("mall", 100, 600, 0, "canal")
    scene = LevelSelectScene(app)
    assert scene.menu.items[scene.levels.index("steel_mill")].enabled


# --- the Sarah disguise ----------------------------------------------------------------------------
def _at_the_disguise(seed: int = 1):
    """Play up to the disguise set piece: from the hunt's checkpoint, walk right (the autopilot's
    hands) until the voice calls and both Sarahs are in play; then stand still."""
    w = _mill(seed)
    p = w.player
    (boss,) = w.t1000s
    (cp,) = [o for o in w.level.objects if o.name == "cp_sarah"]
    p.place(cp.x + 32, p.y)
    w.camera.snap_to(p.x, p.y)
    boss.relocate(p.x - 200, p.y)  # behind, past the press line
    boss.command("hunt")
    ap = Autopilot(w)
    for _ in range(600):
        if w.find("sarah"):
            break
        w.step(1 / 60, ap.next_frame())
    (sarah,) = w.find("sarah")
    run(w, InputSnapshot(), 2)
    return w, p, boss, sarah


def _face(w, p, x: float) -> None:
    """Turn to face ``x`` (a tap of the direction), then stand."""
    run(w, hold(Action.RIGHT if x > p.x else Action.LEFT), 2)
    run(w, InputSnapshot(), 4)


def test_the_t1000_turns_up_as_sarah_ahead_and_the_real_one_limps_in_behind():
    w, p, boss, sarah = _at_the_disguise()
    run(w, InputSnapshot(), 60 * 2)
    assert boss.body.form == "sarah" and boss.x > p.x + 150  # ahead, coming
    assert sarah.x < p.x and sarah.kind == "wounded_sarah"  # behind
    # The tell: she limps (a slow drag, then a quicker step); it walks evenly, never runs.
    speeds, its = set(), set()
    for _ in range(90):
        run(w, InputSnapshot(), 1)
        if sarah.state == "walk":
            speeds.add(round(abs(sarah.vx) / 10))
        if boss.body.state == "liquid" and boss.body.form == "sarah":
            its.add(boss.body.intent.vx)
    assert len(speeds) >= 2, speeds
    assert its and all(abs(v) <= T.WALK_SPEED * boss.body.speed_scale + 1e-6 for v in its), its


def test_shooting_the_real_sarah_is_a_casualty():
    w, p, boss, sarah = _at_the_disguise()
    run(w, InputSnapshot(), 60 * 3)  # she has limped up behind
    assert 20 < p.x - sarah.x < 200
    _face(w, p, sarah.x)
    run(w, press(Action.FIRE), 1)
    run(w, InputSnapshot(), 20)
    assert sarah.state == "dead"
    assert w.stats.casualties == 1  # even here, where the T-800 shoots to wound
    assert boss.body.form == "sarah"  # and the impostor walks on


def test_shooting_the_disguise_splashes_it_and_is_no_casualty():
    w, p, boss, sarah = _at_the_disguise()
    for _ in range(60 * 8):  # wait for it to come within the shotgun's reach
        run(w, InputSnapshot(), 1)
        if boss.x - p.x < 140:
            break
    assert boss.body.form == "sarah" and boss.x > p.x
    _face(w, p, boss.x)
    states = set()
    run(w, press(Action.FIRE), 1)
    for _ in range(40):
        run(w, InputSnapshot(), 1)
        states.add(boss.body.state)
    assert "splashed" in states  # liquid metal, not a person
    assert w.stats.casualties == 0 and sarah.alive and not sarah.is_down
    assert "unmasked" in w.script.flags  # the set piece saw it: it drops her shape and hunts again
    run(w, InputSnapshot(), 60 * 2)
    assert boss.body.form == "policeman"


def test_the_disguise_drops_to_strike_when_it_gets_close():
    w, p, boss, sarah = _at_the_disguise()
    for _ in range(60 * 12):
        run(w, InputSnapshot(), 1)
        if boss.body.form != "sarah":
            break
    assert boss.body.form == "policeman" and abs(boss.x - p.x) < 60
    assert "unmasked" in w.script.flags
    assert w.stats.casualties == 0


# --- emergency power: control passes to Sarah and back ------------------------------------------------
def test_control_passes_to_sarah_while_the_t800_is_down_and_back_to_him_crippled():
    """The T-800 is beaten down: player one plays Sarah (her rifle, where the real Sarah stood; the
    T-800 lies shut down), holds the T-1000 off for a while, then plays the crippled T-800 again on
    emergency power, the real Sarah back in the world where she was left."""
    w, p, boss, real = _at_the_disguise()
    t800 = p
    ap = Autopilot(w)
    seen, frames = [], 0
    while frames < 60 * 40 and not getattr(t800, "crippled", False):
        w.step(1 / 60, ap.next_frame())
        frames += 1
        who = w.player
        if not seen or seen[-1][0] != who.kind:
            seen.append((who.kind, who))
            if who.kind == "sarah":
                assert t800.state == "shutdown" and t800 in w.entities  # he lies where he fell
                assert real not in w.entities  # she is the one played now
                assert who.weapon == "rifle" and who.ammo("rifle") == 6
    assert [k for k, _ in seen] == ["t800", "sarah", "t800"], seen
    sarah = seen[1][1]
    assert not sarah.alive or sarah not in w.entities  # she made way
    assert w.player is t800 and t800.crippled and t800.on_emergency_power
    assert real in w.entities + w._spawn_queue or w.find("sarah")  # the real one is back
    assert w.stats.casualties == 0


def test_control_hands_player_one_over_and_back_by_data(tmp_path):
    """The words alone, in a small map: ``control sarah stand_in rifle 3`` then ``control t800``."""
    from game.world.world import World as W
    from tests.world.conftest import FLAT, make_map, obj

    path = make_map(tmp_path, FLAT, [
        obj(1, "player_start", 64, 160, facing="right"), obj(2, "exit", 600, 128, 16, 32),
        obj(3, "wounded_sarah", 300, 160, name="stand_in"),
        obj(4, "event", 0, 0, name="go", act1="control sarah stand_in rifle 3", act2="start_timer back 1"),
        obj(5, "event", 0, 0, name="back", cond1="timer_done back", act1="control t800"),
    ])
    w = W(load_level(path), seed=1)
    t800 = w.player
    run(w, InputSnapshot(), 2)
    assert w.player.kind == "sarah" and abs(w.player.x - 300) < 2 and w.player.ammo("rifle") == 3
    assert not w.find("stand_in") or w.find("stand_in") == [w.player]
    run(w, hold(Action.RIGHT), 30)  # she is played: she moves
    x = w.player.x
    assert x > 310
    run(w, InputSnapshot(), 40)
    assert w.player is t800
    (npc,) = [e for e in w.entities if e.kind == "wounded_sarah"]
    assert abs(npc.x - x) < 20  # the person steps back in where Sarah stood


def test_the_boss_phases_are_the_set_pieces_and_it_ends_only_in_the_last():
    """Health lost (shots, a shatter, a ladle's pour) never begins a phase of the mill's boss nor ends it
    before its finale: the foundry and the launcher do (so no difficulty jumps the story ahead)."""
    w = _mill()
    (boss,) = w.t1000s
    run(w, InputSnapshot(), 5)
    boss._hurt(w, 95.0)
    assert boss.phase == 1 and boss.health >= 1.0 and boss.alive
    boss.body.melt_count += 40  # steel taken before the finale: costly, not the end
    boss._hurt(w, 500.0)
    boss.melted = boss.body.melt_count
    assert boss.phase == 1 and boss.health == 1.0 and boss.alive and boss.body.state != "melting"
    boss.enter_phase(w, 3)  # the set piece's last phase: now the steel ends it
    boss.body.melt_count += 1
    boss._hurt(w, 5.0)
    assert boss.health == 0.0


def test_in_the_crane_bay_it_flows_under_the_floor_and_rises_ahead_among_the_hooks():
    """The hunt uses its forms: left behind at the press line, it goes to a puddle, flows under the
    floor plates and pours up out of the grating between two hooks, in the player's way."""
    w = _mill()
    ap = Autopilot(w)
    (boss,) = w.t1000s
    (seep,) = [o for o in w.level.objects if o.name == "seep"]
    hooks = [e for e in w.entities if e.kind == "hook"]
    behind_at_seep = None
    ahead = False
    for _ in range(60 * 60):
        w.step(1 / 60, ap.next_frame())
        p = w.player
        if behind_at_seep is None and p.x >= seep.rect.x:
            behind_at_seep = p.x - boss.x
        if behind_at_seep is not None and boss.x > p.x + 40:
            ahead = min(h.rect.x for h in hooks) < boss.x < max(h.rect.right for h in hooks)
            break
    assert behind_at_seep is not None and behind_at_seep > 400  # it was far behind when he walked in
    assert ahead, "it never came up ahead of him in the bay"


def test_the_fire_door_holds_until_its_motor_has_it_up_while_the_t1000_comes_for_him():
    """The hold-out: the door stays shut for its timer's 22 s whatever he does; the T-1000 is put in the
    room behind him and comes at him (it cuts him); then the door rolls up and the way is open."""
    w = _mill()
    ap = Autopilot(w)
    (boss,) = w.t1000s
    (door,) = [e for e in w.entities if e.kind == "shutter" and e.name == "fire_door"]
    (hold,) = [o for o in w.level.objects if o.name == "door_hold"]
    for _ in range(60 * 60):
        w.step(1 / 60, ap.next_frame())
        if w.player.x >= hold.rect.x:
            break
    w.step(1 / 60, ap.next_frame())
    assert door.closed and w.script.shown_timer is not None and w.camera_lock is not None
    assert boss.x < w.player.x  # put in behind him
    health, closest, frames = w.player.health, 1e9, 0
    while door.closed and frames < 60 * 30:
        w.step(1 / 60, ap.next_frame())
        frames += 1
        closest = min(closest, abs(boss.x - w.player.x))
        assert w.player.x < door.rect.x  # nobody gets past it early
    assert not door.closed and 60 * 21 <= frames <= 60 * 23
    assert closest < 60 and w.player.health < health  # it came for him, blades out
    assert w.camera_lock is None and w.stats.casualties == 0


def test_a_death_in_the_vat_fight_comes_back_armed_at_the_vat():
    """Killed in the last fight, the T-800 is back at the vat's checkpoint with the launcher loaded (not
    behind the breakdown with an empty one, a run lost), and the scripted player still finishes."""
    w = _mill()
    ap = Autopilot(w)
    (boss,) = w.t1000s
    (cp,) = [o for o in w.level.objects if o.name == "cp_vat"]
    for _ in range(60 * 150):
        w.step(1 / 60, ap.next_frame())
        if boss.phase == 3 and w.player.x > cp.rect.x + 80:
            break
    p = w.player
    assert boss.phase == 3 and p.launcher
    p.grenades = 0
    p.lose_life(w)
    while p.state == "dead":
        w.step(1 / 60, ap.next_frame())
    assert abs(p.x - cp.rect.center[0]) < 40 and p.grenades >= 8 and p.weapon == "grenade"
    for _ in range(60 * 60):
        w.step(1 / 60, ap.next_frame())
        if w.outcome:
            break
    assert w.outcome == "completed" and w.stats.casualties == 0
