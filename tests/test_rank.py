"""Ranks: one rule (game.rank), its pars from the map, S only with no casualties, a slow bloody run D."""

from __future__ import annotations

from game.rank import DEFAULT_PAR_SECONDS, Par, better, rank

PAR = Par(180, 5000, 6)


def _rank(seconds: float, score: int, damage: float, casualties: int) -> str:
    return rank(PAR, frames=round(seconds * 60), score=score, damage=damage, casualties=casualties)


def test_a_clean_quick_run_is_s_and_s_needs_zero_casualties():
    assert _rank(100, 9000, 0, 0) == "S"
    assert _rank(100, 9000, 0, 1) == "A"  # everything else perfect: one death costs the S
    assert _rank(100, 9000, 5, 0) == "S"  # within par damage


def test_a_slow_bloody_run_is_d_however_it_scored():
    assert _rank(1000, 9000, 0, 2) == "D"
    assert _rank(1000, 100, 30, 3) == "D"


def test_the_ranks_in_between():
    assert _rank(200, 9000, 0, 0) == "S"  # a little over par time: 7 points and no casualties
    assert _rank(1000, 9000, 0, 0) == "A"
    assert _rank(1000, 3000, 10, 0) == "B"
    assert _rank(1000, 100, 100, 0) == "C"


def test_points_compare_as_normal_counts_them():
    par = Par(180, 5000, 6)
    assert rank(par, frames=60, score=2000, damage=0, casualties=0, score_percent=40) == "S"  # worth 5000 at Normal
    assert rank(par, frames=60, score=2000, damage=0, casualties=0, score_percent=100) == "A"


def test_pars_come_from_the_map_with_defaults():
    assert Par.of({"par_seconds": 240, "par_score": 8000}) == Par(240, 8000, Par().damage)
    assert Par.of({}).seconds == DEFAULT_PAR_SECONDS
    assert Par.of({"par_seconds": "soon", "par_damage": True}) == Par()  # nonsense: the defaults


def test_the_better_rank():
    assert better("A", "S") == "S" and better(None, "C") == "C" and better("B", None) == "B"
    assert better("x", None) is None
