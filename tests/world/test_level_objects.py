"""What a level designer places in Tiled does what it says: pick-ups, checkpoints, hazards, triggers."""

from __future__ import annotations

from game.input.actions import Action, InputSnapshot
from tests.driving import run_until
from tests.world.conftest import hold, obj, run, settle


def test_pickups_are_collected(arena):
    w = arena(objects=[obj(3, "pickup", 100, 160, item="shells"), obj(4, "pickup", 130, 160, item="health")])
    settle(w)
    w.player.health = 5
    shells = w.player.shells
    run(w, hold(Action.RIGHT), 60)
    assert w.player.shells == shells + 8
    assert w.player.health == 9
    assert not [e for e in w.entities if e.kind == "pickup"]


def test_nitrogen_pickup_arms_the_sprayer_and_switch_toggles(arena):
    w = arena(objects=[obj(3, "pickup", 80, 160, item="nitrogen")])
    run(w, hold(Action.RIGHT), 30)
    assert w.player.nitrogen == 3 and w.player.weapon == "nitrogen"
    run(w, [InputSnapshot.of({Action.SWITCH}, {Action.SWITCH})])
    assert w.player.weapon == "shotgun"


def test_checkpoint_sets_the_respawn_point(arena):
    w = arena(objects=[obj(3, "checkpoint", 200, 112, 32, 48)])
    run(w, hold(Action.RIGHT), 90)
    assert w.player.respawn_point[0] == 216
    w.player.invulnerable = 0
    w.player.hit(w, 99, 0)
    run(w, InputSnapshot(), 200)
    assert abs(w.player.x - 216) < 2 and w.player.state != "dead"


def test_exit_completes_the_level(arena):
    w = arena()
    run(w, hold(Action.RIGHT), 60 * 6)
    assert w.outcome == "completed"


def test_live_wire_hurts_only_while_live(arena):
    w = arena(objects=[obj(3, "live_wire", 48, 128, 48, 32, period=2.0, duty=0.5, offset=1.0)])
    settle(w, 2)  # phase starts in the safe half
    assert w.player.health == w.difficulty.player_health
    run(w, InputSnapshot(), 70)  # now live
    assert w.player.health < w.difficulty.player_health


def test_live_wire_crackles_before_every_pulse(arena):
    w = arena(objects=[obj(3, "live_wire", 300, 128, 48, 32, period=2.0, duty=0.5)])
    (wire,) = [e for e in w.entities if e.kind == "live_wire"]
    states = []
    for _ in range(60 * 6):
        run(w, InputSnapshot())
        states.append("live" if wire.live else "warn" if wire.warning else "off")
    onsets = [i for i in range(1, len(states)) if states[i] == "live" and states[i - 1] != "live"]
    assert len(onsets) >= 2
    for i in onsets:  # half a second of warning, every time
        assert states[i - 28:i] == ["warn"] * 28
    assert "off" in states


def test_debris_warns_then_falls_and_hurts(arena):
    w = arena(objects=[obj(3, "debris", 48, 0, 48, 160, count=4)])
    run(w, InputSnapshot(), 20)
    assert w.player.health == w.difficulty.player_health  # the warning rumble first
    run(w, InputSnapshot(), 120)
    chunks = [e for e in w.entities if e.kind == "chunk"]
    assert len(chunks) == 4
    assert w.player.health < w.difficulty.player_health
    run(w, InputSnapshot(), 120)
    assert all(c.state == "rest" for c in chunks)


def test_story_trigger_shows_a_caption(arena):
    w = arena(objects=[obj(3, "story", 48, 0, 48, 160, text="Hello from Tiled")])
    run(w, InputSnapshot(), 2)
    assert w.caption and w.caption[0] == "Hello from Tiled"


def test_a_tip_for_a_place_already_passed_is_dropped_not_shown_late(arena):
    """Running past three tips in a second: the first is read, the second (about a place now behind)
    never shows, the third does; a line that is not a place's tip (a set piece's) still waits its turn."""
    w = arena(objects=[obj(3, "story", 100, 0, 16, 160, text="First place"),
                       obj(4, "story", 150, 0, 16, 160, text="Second place"),
                       obj(5, "story", 200, 0, 16, 160, text="Third place")])
    shown = []
    for _ in range(60):
        run(w, hold(Action.RIGHT), 1)
        if w.caption and (not shown or shown[-1] != w.caption[0]):
            shown.append(w.caption[0])
    w.show_caption("The glass comes down.")
    for _ in range(400):
        run(w, InputSnapshot(), 1)
        if w.caption and shown[-1] != w.caption[0]:
            shown.append(w.caption[0])
    assert shown == ["First place", "Third place", "The glass comes down."]


def test_a_waiting_tip_is_dropped_if_the_player_is_a_screen_away_by_its_turn(arena):
    """A tip about a place shown when the player has already left it far behind would send him back."""
    rows = ["." * 80] * 10 + ["#" * 80] * 2
    w = arena(rows=rows, objects=[obj(3, "story", 100, 0, 16, 160, text="First place"),
                                  obj(4, "story", 150, 0, 16, 160, text="Second place")])
    shown = []
    for f in range(400):
        run(w, hold(Action.RIGHT) if f < 60 else InputSnapshot(), 1)
        if f == 60:
            w.player.place(900, w.player.y)  # far on, faster than the tips could follow
        if w.caption and (not shown or shown[-1] != w.caption[0]):
            shown.append(w.caption[0])
    assert shown == ["First place"]


def test_a_checkpoint_notice_gives_way_to_the_tip_just_after_it(arena):
    """CHECKPOINT says nothing to read twice: a place's tip a few steps on shows at once, not later."""
    w = arena(objects=[obj(3, "checkpoint", 100, 112, 16, 48), obj(4, "story", 130, 0, 16, 160, text="Mind the press")])
    seen = {}
    for f in range(60):
        run(w, hold(Action.RIGHT), 1)
        if w.caption:
            seen.setdefault(w.caption[0], f)
    assert "CHECKPOINT" in seen and "Mind the press" in seen
    assert seen["Mind the press"] - seen["CHECKPOINT"] < 30  # well before the notice's 2.5 s would be up


def test_spawner_wakes_dormant_objects(arena):
    w = arena(objects=[obj(3, "thug", 400, 160, name="late", dormant=True),
                       obj(4, "spawner", 120, 0, 16, 160, targets="late")])
    settle(w, 5)
    assert not [e for e in w.entities if e.kind == "thug"]
    run(w, hold(Action.RIGHT), 60)
    assert [e for e in w.entities if e.kind == "thug" and e.name == "late"]


def test_cop_telegraphs_then_fires_a_bullet_that_can_be_dodged(arena):
    w = arena(objects=[obj(3, "cop", 64 + 150, 160, facing="left")])
    settle(w, 5)
    cop = next(e for e in w.entities if e.kind == "cop")
    assert cop.state == "aim"  # the tell
    run(w, InputSnapshot(), 55)
    assert any(e.kind == "bullet" for e in w.entities)
    run(w, InputSnapshot(), 40)
    assert w.player.health < w.difficulty.player_health


def test_arena_holds_the_player_until_everyone_inside_is_down(arena):
    # A 15-tile arena; the map is 40 tiles wide with the exit at the far right.
    w = arena(objects=[obj(3, "arena", 48, 0, 240, 160, targets="gang"),
                       obj(4, "thug", 260, 160, name="gang", dormant=True, facing="left")])
    run(w, hold(Action.RIGHT), 60 * 4)
    assert w.arena is not None and w.camera_lock is not None
    assert w.player.x < 48 + 240  # the east wall held
    thug = next(e for e in w.entities if e.kind == "thug")
    thug.collapse(w, lethal=False, melee=True)
    run(w, hold(Action.RIGHT), 60 * 4)
    assert w.arena is None and w.camera_lock is None
    assert w.player.x > 48 + 240 + 16  # the way on is open


def test_arena_walls_stop_only_the_player(arena):
    w = arena(objects=[obj(3, "arena", 48, 0, 240, 160, targets="gang"),
                       obj(4, "thug", 200, 160, name="gang", dormant=True)])
    run(w, hold(Action.RIGHT), 20)
    assert w.arena is not None
    assert not w.solid_at(48 + 240 + 4, 150)  # sight, ground and shot queries do not see the walls
    assert w.line_of_sight((40, 150), (400, 150))


def test_a_dormant_t1000_is_prepared_while_the_level_loads():
    """Sampling the body's forms takes tens of ms: it belongs to loading, not to the frame it appears on."""
    from game.level import load_level
    from game.level.loader import find_level
    from game.t1000 import shapes
    from game.world import spawn
    from game.world.world import World

    shapes.policeman.cache_clear()
    shapes.slot_pairs.cache_clear()
    w = World(load_level(find_level("freeway")), seed=1)
    assert "t1000" in w.dormant
    built = shapes.policeman.cache_info().misses + shapes.slot_pairs.cache_info().misses
    assert built > 0
    spawn.wake(w, "t1000")
    assert w.t1000s
    assert shapes.policeman.cache_info().misses + shapes.slot_pairs.cache_info().misses == built


def test_t1000_orders_from_tiled_take_a_form_and_swing_a_blade(arena):
    w = arena(objects=[
        obj(3, "t1000", 400, 160, name="liquid", droplets=150),
        obj(4, "t1000_order", 96, 0, 32, 160, targets="liquid", order="sleep"),
        obj(5, "t1000_order", 160, 0, 32, 160, targets="liquid", order="puddle"),
        obj(6, "t1000_order", 224, 0, 32, 160, targets="liquid", order="blade"),
    ])
    (t1000,) = w.t1000s
    run(w, hold(Action.RIGHT), 20)  # through the sleep order
    assert t1000.body.brain.dormant
    run_until(lambda: run(w, hold(Action.RIGHT)), lambda: w.player.x >= 176, 3 * 60, "walking into the puddle order")
    run(w, InputSnapshot(), 60)
    assert t1000.body.form == "puddle"
    run_until(lambda: run(w, hold(Action.RIGHT)), lambda: w.player.x >= 240, 3 * 60, "walking into the blade order")
    assert t1000.body.brain.phase == "windup"


def test_a_caption_is_not_wiped_before_it_can_be_read(arena):
    from game.world.world import CAPTION_MIN_SHOW

    w = arena()
    w.show_caption("first", 5.0)
    run(w, InputSnapshot(), 10)
    w.show_caption("second", 3.0)  # arrives while the first is young: it waits
    assert w.caption[0] == "first"
    run(w, InputSnapshot(), int(CAPTION_MIN_SHOW * 60) - 20)  # 10 + this: still under the minimum
    assert w.caption[0] == "first"
    run(w, InputSnapshot(), 12)
    assert w.caption[0] == "second"
    run(w, InputSnapshot(), 60 * 3 + 2)
    assert w.caption is None


def test_a_backlog_of_lines_is_told_faster_so_the_story_keeps_up_with_the_play(arena):
    from game.world.world import CAPTION_MIN_SHOW, CAPTION_RUSHED

    w = arena()
    w.show_caption("first", 5.0)
    w.show_caption("second", 5.0)
    run(w, InputSnapshot(), 5)
    assert w.caption[0] == "first"  # one line waiting: the first keeps its full minimum
    w.show_caption("third", 5.0)  # two waiting now
    run(w, InputSnapshot(), int(CAPTION_RUSHED * 60) - 2)
    assert w.caption[0] == "second" and CAPTION_RUSHED < CAPTION_MIN_SHOW
    run(w, InputSnapshot(), int(CAPTION_RUSHED * 60) + 2)
    assert w.caption[0] == "second"  # one waiting again: the full minimum
    run(w, InputSnapshot(), int((CAPTION_MIN_SHOW - CAPTION_RUSHED) * 60) + 2)
    assert w.caption[0] == "third"


def test_lines_that_wait_are_told_in_the_order_they_happened_past_a_notice(arena):
    """A CHECKPOINT notice gives way at once, but not to a line that jumps ahead of ones already waiting
    (the canal told the T-1000 walking out of the fire before the truck burned)."""
    w = arena()
    w.show_caption("the truck loses control", 4.0)
    run(w, InputSnapshot(), 10)
    w.show_caption("CHECKPOINT", 2.0, notice=True)  # both wait for the young line
    w.show_caption("the truck burns", 3.0)
    seen = [w.caption[0]]
    while "CHECKPOINT" not in seen:
        run(w, InputSnapshot(), 1)
        seen.append(w.caption[0]) if w.caption[0] != seen[-1] else None
    w.show_caption("it walks out of the fire", 3.0)  # while the notice is up and "burns" still waits
    for _ in range(60 * 6):
        run(w, InputSnapshot(), 1)
        if w.caption and w.caption[0] != seen[-1]:
            seen.append(w.caption[0])
    assert [s for s in seen if s != "CHECKPOINT"] == ["the truck loses control", "the truck burns",
                                                        "it walks out of the fire"]


def _wall_rows(height: int) -> list[str]:
    """Flat ground with a block ``height`` tiles tall at column 10."""
    rows = ["." * 40] * 12
    rows = [r for r in rows[:10]] + ["#" * 40] * 2
    for k in range(height):
        r = rows[9 - k]
        rows[9 - k] = r[:10] + "#" + r[11:]
    return rows


def test_a_thug_hops_a_crate_to_reach_the_player_but_not_a_wall(arena):
    for height, reaches in ((1, True), (3, False)):
        w = arena(rows=_wall_rows(height), objects=[obj(3, "thug", 13 * 16, 160, facing="left")])
        (thug,) = [e for e in w.entities if e.kind == "thug"]
        run(w, InputSnapshot(), 180)
        assert (thug.x < 10 * 16) == reaches, (height, thug.x)


def test_a_thug_on_a_crate_steps_down_to_the_player_and_the_brawl_ends(arena):
    """He used to stay up there for good, and the arena could not open until the player climbed up."""
    rows = _wall_rows(1)  # a crate, one tile high, at column 10
    w = arena(rows=rows, objects=[obj(3, "arena", 0, 0, 400, 160, targets="gang"),
                                  obj(4, "thug", 10 * 16 + 8, 144, name="gang", facing="left")])
    (thug,) = [e for e in w.entities if e.kind == "thug"]
    w.player.place(40, 160)
    run(w, InputSnapshot(), 60)  # he comes to the player, off the crate
    assert thug.x < 10 * 16 and abs(thug.y - 160) < 1.0
    from game.input.autopilot import Autopilot

    pilot = Autopilot(w)
    run_until(lambda: w.step(1 / 60, pilot.next_frame()), lambda: w.arena is None and thug.is_down, 60 * 20,
              "the brawl on the floor is won")


def test_the_locked_brawl_view_shows_the_whole_player_against_either_wall(arena):
    """The arena's walls stand inside the locked view: a T-800 pressed against one is all on screen."""
    w = arena(rows=["." * 60] * 10 + ["#" * 60] * 2,
              objects=[obj(3, "arena", 48, 0, 640, 160, targets="gang"),
                       obj(4, "thug", 600, 160, name="gang", dormant=True, facing="left")])
    half_sprite = 24  # the 48 px frame is drawn centred on the feet
    for direction, frames in ((Action.RIGHT, 60 * 6), (Action.LEFT, 60 * 6)):
        run(w, hold(direction), frames)
        assert w.camera_lock is not None
        p, cam = w.player, w.camera
        # The frame's columns run from x - 24 to x + 23.
        assert cam.x <= p.x - half_sprite and p.x + half_sprite - 1 <= cam.x + cam.view_w, (direction, p.x, cam.x)
