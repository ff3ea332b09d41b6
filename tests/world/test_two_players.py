"""Two players in one world, each driven by its own input: the seam the co-op mode stands on."""

from __future__ import annotations

from game.headless import run_level
from game.input.actions import Action, InputSnapshot
from game.input.autopilot import Autopilot
from game.input.replay import Recording, ReplaySource
from game.level import load_level
from game.level.loader import find_level
from game.timestep import DT
from game.world.world import World


def _world(players: int = 2) -> World:
    return World(load_level(find_level("freeway")), seed=7, players=players)


def test_two_scripted_players_finish_freeway_together():
    recording = Recording("freeway", seed=1995, players=2)
    result = run_level("freeway", seed=1995, players=2, sources=[Autopilot, Autopilot], recording=recording,
                       frames=60 * 180)
    assert result.outcome == "completed" and result.casualties == 0
    # Each slot kept its own stream, and replaying both streams gives the same run.
    assert len(recording.streams) == 2 and recording.streams[0] != recording.streams[1]
    again = run_level("freeway", seed=1995, players=2, frames=result.frames,
                      sources=[ReplaySource(recording, 0), ReplaySource(recording, 1)])
    assert again.state_hash == result.state_hash


def test_each_slot_moves_only_its_own_player():
    w = _world()
    one, two = w.players
    assert (one.slot, two.slot) == (0, 1) and w.player is one
    x1, x2 = one.x, two.x
    right = InputSnapshot(Action.RIGHT.bit, 0)
    for _ in range(40):
        w.step(DT, [InputSnapshot(), right])
    assert abs(one.x - x1) < 1.0
    assert two.x > x2 + 40


def test_a_lone_snapshot_drives_player_one_and_leaves_player_two_idle():
    w = _world()
    one, two = w.players
    x1, x2 = one.x, two.x
    for _ in range(40):
        w.step(DT, InputSnapshot(Action.RIGHT.bit, 0))
    assert one.x > x1 + 40 and abs(two.x - x2) < 1.0


def test_enemies_pick_the_nearest_living_player():
    w = _world()
    one, two = w.players
    two.place(one.x + 600, one.y)
    assert w.nearest_player(one.x + 550, one.y) is two
    assert w.nearest_player(one.x - 10, one.y) is one
    two.set_state("dead")
    assert w.nearest_player(one.x + 550, one.y) is one


def test_the_game_ends_only_when_every_player_is_out_of_lives():
    w = _world()
    one, two = w.players
    one.lives = 1
    one.hit(w, one.health, one.x + 5)
    for _ in range(240):
        w.step(DT, [InputSnapshot(), InputSnapshot()])
    assert one.lives == 0 and one.state == "dead"
    assert w.outcome is None  # player two plays on
    two.lives = 1
    two.invulnerable = 0.0
    two.hit(w, two.health, two.x + 5)
    for _ in range(240):
        w.step(DT, [InputSnapshot(), InputSnapshot()])
        if w.outcome:
            break
    assert w.outcome == "game_over"


def test_a_checkpoint_brings_the_whole_team_back_there():
    w = _world()
    checkpoint = next(e for e in w.entities if e.kind == "checkpoint")
    one, two = w.players
    one.place(checkpoint.rect.center[0], checkpoint.rect.bottom)
    for _ in range(3):
        w.step(DT, [InputSnapshot(), InputSnapshot()])
    assert checkpoint.fired
    assert two.respawn_point == one.respawn_point == (checkpoint.rect.center[0], checkpoint.rect.bottom)


def test_a_player_who_falls_comes_back_beside_his_partner_not_a_screen_away():
    """Respawning at an old checkpoint a screen behind would hold the partner on the leash."""
    w = _world()
    one, two = w.players
    one.place(one.x + 900, one.y)  # player one has gone on; two's checkpoint is far behind
    two.lose_life(w, respawn_after=0.1)
    for _ in range(30):
        w.step(DT, [InputSnapshot(), InputSnapshot()])
    assert two.state != "dead" and two.lives == 2
    assert abs(two.x - one.x) < 40
