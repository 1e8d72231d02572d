"""Property tests of the pure money rules (core/money.py): no rounding ever creates money."""

from decimal import ROUND_HALF_EVEN, Decimal

import pytest
from hypothesis import given, strategies as st

from fenxiao.core.money import BPS, allocate, apply_bps, div_round, parse_decimal, proportion, to_decimal, units_worth

amounts = st.integers(min_value=0, max_value=10**12)
rates = st.integers(min_value=0, max_value=BPS)


@given(st.integers(min_value=-(10**12), max_value=10**12), st.integers(min_value=1, max_value=10**6))
def test_div_round_is_half_even(numerator, denominator):
    expected = (Decimal(numerator) / Decimal(denominator)).quantize(Decimal(1), rounding=ROUND_HALF_EVEN)
    assert div_round(numerator, denominator) == int(expected)


@given(amounts, rates)
def test_a_share_never_exceeds_its_base(amount, rate):
    share = apply_bps(amount, rate)
    assert 0 <= share <= amount
    assert abs(share * BPS - amount * rate) <= BPS // 2


@given(amounts, st.lists(rates, min_size=1, max_size=5))
def test_level_shares_within_a_cap_never_exceed_the_cap(amount, level_rates):
    # Several levels each rounded on their own may not add up to more than their total rate, plus one fen per level.
    shares = [apply_bps(amount, r) for r in level_rates]
    assert sum(shares) <= amount * sum(level_rates) / BPS + len(level_rates) / 2


@given(amounts, st.lists(st.integers(min_value=0, max_value=10**6), min_size=1, max_size=20))
def test_allocate_splits_exactly(amount, weights):
    parts = allocate(amount, weights)
    assert len(parts) == len(weights)
    if sum(weights) == 0:
        assert parts == [0] * len(weights)
    else:
        assert sum(parts) == amount
        assert all(p >= 0 for p in parts)
        total = sum(weights)
        assert all(abs(p * total - amount * w) < total for p, w in zip(parts, weights))


@given(amounts, st.lists(st.integers(min_value=1, max_value=50), min_size=1, max_size=10))
def test_cumulative_proportional_reversals_never_exceed_the_amount(amount, refunded_steps):
    whole = sum(refunded_steps)
    reversed_so_far, refunded = 0, 0
    for step in refunded_steps:
        refunded += step
        target = amount if refunded == whole else proportion(amount, refunded, whole)
        assert target >= reversed_so_far
        reversed_so_far = target
    assert reversed_so_far == amount


@given(st.integers(min_value=-(10**15), max_value=10**15), st.sampled_from(["CNY", "USD", "JPY"]))
def test_decimal_round_trip(minor, currency):
    assert parse_decimal(to_decimal(minor, currency), currency) == minor


def test_parse_refuses_extra_decimals():
    assert parse_decimal("12.30") == 1230
    with pytest.raises(ValueError):
        parse_decimal("1.005")
    with pytest.raises(ValueError):
        parse_decimal("NaN")


def test_amounts_in_messages_read_as_money():
    from fenxiao.core.money import shown

    assert shown(18000) == "¥180.00"
    assert shown(123456789) == "¥1,234,567.89"
    assert shown(-5) == "-¥0.05"
    assert shown(500, "JPY") == "¥500"
    assert shown(1999, "XYZ") == "19.99 XYZ"


@st.composite
def _refund_steps(draw):
    """A line (total, quantity) and refunds of some of its units, each for its worth or for an amount agreed below it."""
    quantity = draw(st.integers(min_value=1, max_value=50))
    total = draw(st.integers(min_value=0, max_value=10**9))
    steps, left = [], quantity
    while left:
        units = draw(st.integers(min_value=1, max_value=left))
        steps.append((units, draw(st.none() | st.floats(min_value=0, max_value=1))))
        left -= units
    return total, quantity, steps


@given(_refund_steps())
def test_refunds_at_agreed_amounts_never_pay_more_than_the_units_are_worth(case):
    # As orders.refund computes them: each refund's units are worth the difference of units_worth before and after;
    # an amount agreed instead is at most that worth; the other units keep theirs, whatever came before.
    total, quantity, steps = case
    refunded_units, paid_back, worth_seen = 0, 0, 0
    for units, fraction in steps:
        worth = units_worth(total, quantity, refunded_units + units) - units_worth(total, quantity, refunded_units)
        amount = worth if fraction is None else int(worth * fraction)
        assert 0 <= worth and 0 <= amount <= worth
        refunded_units, paid_back, worth_seen = refunded_units + units, paid_back + amount, worth_seen + worth
    assert worth_seen == total and paid_back <= total  # all units refunded: worth exactly the line; never more paid back
    if all(fraction is None for _, fraction in steps):
        assert paid_back == total


@given(st.integers(min_value=1, max_value=10**9), st.lists(st.integers(min_value=0, max_value=10**7), min_size=1, max_size=8))
def test_an_amount_agreed_is_spread_over_the_lines_within_each_ones_worth(data_amount, worths):
    amount = min(data_amount, sum(worths))
    shares = allocate(amount, worths)
    assert sum(shares) == amount if sum(worths) else shares == [0] * len(worths)
    assert all(0 <= share <= worth for share, worth in zip(shares, worths))
