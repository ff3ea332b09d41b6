"""The property specs in game.level.kinds: what they accept, what they turn it into, what they say."""

from __future__ import annotations

import pytest

from game.entities.liquid import CHASE_DROPLETS
from game.entities.pickups import DEFAULT_AMOUNT
from game.level.kinds import FLAG, KINDS, TEXT, Number, OneOf


def test_every_numeric_property_has_a_range():
    """An open-ended number is how ``period=0`` or ``droplets=-5`` reached play; every one is bounded."""
    for kind, spec in KINDS.items():
        for name, prop in spec.properties.items():
            if isinstance(prop, Number):
                assert prop.above is not None or prop.at_least is not None, f"{kind}.{name} has no lower bound"
                assert prop.at_most is not None, f"{kind}.{name} has no upper bound"


def test_the_games_own_defaults_are_within_range():
    assert KINDS["t1000"].optional["droplets"].parse(CHASE_DROPLETS) == CHASE_DROPLETS
    for amount in DEFAULT_AMOUNT.values():
        assert KINDS["pickup"].optional["amount"].parse(amount) == amount


@pytest.mark.parametrize(("value", "expected"), [(3, 3), ("3", 3), (" 7 ", 7), (4.0, 4)])
def test_a_whole_number_accepts_ints_and_text_that_holds_one(value, expected):
    parsed = Number(whole=True, at_least=1).parse(value)
    assert parsed == expected and isinstance(parsed, int)


@pytest.mark.parametrize("value", ["2.5", 2.5, "fast", "", None, True, "1e999", 0, -1])
def test_a_whole_number_refuses_anything_else(value):
    with pytest.raises(ValueError):
        Number(whole=True, at_least=1).parse(value)


@pytest.mark.parametrize("value", [0, 0.0, "0", -1, "nan", "inf", float("inf"), "-inf", 3.5, 10**400])
def test_a_bounded_number_refuses_the_bounds_and_non_finite_values(value):
    with pytest.raises(ValueError):
        Number(above=0, at_most=3).parse(value)


def test_a_number_says_what_it_expects():
    assert Number(above=0, at_most=3).expected == "a number > 0 and <= 3"
    assert Number(whole=True, at_least=50, at_most=1000).expected == "a whole number >= 50 and <= 1000"
    assert Number().expected == "a number"
    assert Number(at_least=0, at_most=1).parse("0.25") == 0.25


@pytest.mark.parametrize(("value", "expected"), [(True, True), (False, False), ("true", True), ("False", False),
                                                 ("1", True), ("0", False), (1, True)])
def test_a_flag_reads_tiled_bools_and_text(value, expected):
    assert FLAG.parse(value) is expected


@pytest.mark.parametrize("value", ["maybe", "", None, 2, 1.0])
def test_a_flag_refuses_anything_else(value):
    with pytest.raises(ValueError):
        FLAG.parse(value)


def test_text_and_choices():
    assert TEXT.parse("mall") == "mall" and TEXT.parse(2) == "2"
    for bad in ("", "   ", None, True):
        with pytest.raises(ValueError):
            TEXT.parse(bad)
    facing = OneOf(("left", "right"))
    assert facing.parse("left") == "left" and facing.expected == "one of left, right"
    with pytest.raises(ValueError):
        facing.parse("Left")


@pytest.mark.parametrize("value", [10**400, "1e999", float("nan")])
def test_an_unbounded_number_still_refuses_what_is_not_finite(value):
    with pytest.raises(ValueError):
        Number().parse(value)
