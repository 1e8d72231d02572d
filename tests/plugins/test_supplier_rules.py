"""The pure rules of supply (hypothesis): every split adds up to what the buyer paid, refunds reverse exactly."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import assume, given, strategies as st

from fenxiao.plugins.supplier import rules
from fenxiao.plugins.supplier.rules import Mode, SettleOn, Split, Terms

amounts = st.integers(0, 2_000_000_000)
rates = st.integers(0, 10_000)


@st.composite
def sales(draw):
    """Terms that the validation of a supplier's product allows, and what a buyer paid under them."""
    mode = draw(st.sampled_from(Mode))
    supply = draw(st.integers(0, 10_000_000))
    floor = draw(st.integers(supply, supply + 10_000_000))
    ceiling = draw(st.integers(floor, floor + 10_000_000))
    platform = draw(rates)
    distributor = draw(st.integers(0, 10_000 - platform))
    below = draw(st.booleans())
    if mode == Mode.RESALE:
        paid = draw(st.integers(floor, ceiling))
    elif mode == Mode.COLLECT and below:
        paid = draw(st.integers(0, ceiling))
    else:
        paid = draw(st.integers(floor, ceiling))
    terms = Terms(mode, supply, floor, ceiling, platform, distributor, draw(st.sampled_from(SettleOn)), below)
    return terms, paid


@given(sales())
def test_the_parties_receive_exactly_what_the_buyer_paid(sale):
    terms, paid = sale
    split = rules.split(terms, paid)
    assert split.total == paid
    assert split.supplier >= 0 and split.platform >= 0
    if split.distributor < 0:  # only a collect sale below the floor charges the distributor
        assert terms.mode == Mode.COLLECT and paid < terms.floor
    assert split.supplier <= max(paid, terms.floor)


@given(sales(), st.lists(st.integers(1, 100), min_size=1, max_size=6))
def test_refunds_in_parts_reverse_exactly_the_split(sale, weights):
    terms, paid = sale
    assume(paid > 0)
    split = rules.split(terms, paid)
    parts = [paid * w // sum(weights) for w in weights]
    parts[-1] += paid - sum(parts)
    parts = [p for p in parts if p > 0]
    refunded, back = 0, Split(0, 0, 0, 0)
    for part in parts:
        step = rules.reversal(split, refunded, part)
        assert step.total == part
        refunded += part
        back = Split(back.paid + step.paid, back.supplier + step.supplier, back.platform + step.platform, back.distributor + step.distributor)
        # at every point no party has given back more than it got (in either sign)
        assert abs(back.supplier) <= abs(split.supplier) and abs(back.distributor) <= abs(split.distributor)
    assert back == split


def test_worked_numbers_per_mode():
    # resale: supply 60.00, band 80–120, sold at 100.00, platform 5% of the supply price
    assert rules.split(Terms(Mode.RESALE, 6000, 8000, 12000, 500), 10000) == Split(10000, 5700, 300, 4000)
    # collect: floor 80.00, sold at 100.00, platform 5%, distributor 10% of what the supplier is owed
    assert rules.split(Terms(Mode.COLLECT, 6000, 8000, 12000, 500, 1000), 10000) == Split(10000, 8500, 500, 1000)
    # … sold at 70.00 with the distributor's own coupon: owed 80.00, the distributor makes up 10.00 of it
    assert rules.split(Terms(Mode.COLLECT, 6000, 8000, 12000, 500, 1000, below_floor_allowed=True), 7000) == Split(7000, 6800, 400, -200)
    with pytest.raises(rules.BelowFloor):
        rules.split(Terms(Mode.COLLECT, 6000, 8000, 12000, 500, 1000), 7000)
    with pytest.raises(rules.OutOfBand):
        rules.split(Terms(Mode.RESALE, 6000, 8000, 12000, 500), 13000)
    # rebate: sold at 100.00, platform 5% of the sale, promoter 8%
    assert rules.split(Terms(Mode.REBATE, 6000, 8000, 12000, 500, 800), 10000) == Split(10000, 8700, 500, 800)
    # direct, settled on the supply price: the platform keeps the margin and its cut
    assert rules.split(Terms(Mode.DIRECT, 6000, 8000, 12000, 500, settle_on=SettleOn.SUPPLY), 10000) == Split(10000, 5700, 4300, 0)


@given(st.one_of(st.none(), rates), st.one_of(st.none(), rates), st.one_of(st.none(), rates), rates)
def test_the_most_specific_rate_wins(product, category, supplier, default):
    chosen = rules.most_specific(product, category, supplier, default=default)
    expected = product if product is not None else category if category is not None else supplier if supplier is not None else default
    assert chosen == expected


@given(st.integers(0, 10**9), amounts, amounts, st.integers(-10**9, 10**9), amounts)
def test_a_statement_is_payable_or_debt_and_the_deposit_covers_what_it_can(opening, earned, refunded, adjusted, deposit):
    statement = rules.Statement(opening, earned, refunded, adjusted)
    assert statement.payable - statement.debt == earned - refunded + adjusted - opening
    assert min(statement.payable, statement.debt) == 0
    taken, left = rules.cover_debt(statement.debt, deposit)
    assert taken + left == statement.debt and 0 <= taken <= deposit and left >= 0


@given(st.dates(date(2000, 1, 1), date(2200, 12, 31)), st.sampled_from(["weekly", "monthly"]))
def test_cycles_tile_the_calendar_and_the_last_closed_one_ends_before_today(day, cycle):
    start, end = rules.cycle_of(day, cycle)
    assert start <= day <= end
    assert rules.cycle_of(start, cycle) == (start, end) == rules.cycle_of(end, cycle)
    if cycle == "weekly":
        assert start.weekday() == 0 and (end - start).days == 6
    else:
        assert start.day == 1 and end.month == start.month and (end + timedelta(days=1)).day == 1
    assert rules.cycle_of(end + timedelta(days=1), cycle)[0] == end + timedelta(days=1)  # the next cycle starts the day after
    assert rules.last_closed_day(day, cycle) == start - timedelta(days=1) < day
