"""Property tests of the pure rules of cloud-warehouse ordering."""

from hypothesis import given, strategies as st

from fenxiao.plugins.b2b_ordering import rules

prices = st.integers(min_value=0, max_value=10**7)


@given(prices, st.lists(st.tuples(st.integers(1, 10**6), prices), max_size=6))
def test_spreads_add_up_to_the_gap_and_never_go_negative(buyer_price, uplines):
    shares = rules.spreads(buyer_price, uplines)
    assert [user for user, _ in shares] == [user for user, _ in uplines]
    assert all(amount >= 0 for _, amount in shares)
    lowest = min([buyer_price, *(price for _, price in uplines)])
    assert sum(amount for _, amount in shares) == buyer_price - lowest <= buyer_price


@given(st.lists(st.tuples(st.integers(0, 5), prices), min_size=1, max_size=6))
def test_without_an_inversion_nobody_sells_down_at_a_loss(levels):
    """No inversion found ⇒ along any chain of levels, ranked downwards, each spread is its
    downline's price less its own and never negative; an inversion found names a real one."""
    named = [(rank, price, f"L{i}") for i, (rank, price) in enumerate(levels)]
    found = rules.inversion(named)
    by_name = {name: (rank, price) for rank, price, name in named}
    if found is None:
        chain = sorted(named, key=lambda level: -level[0])
        for (upper_rank, upper_price, _), (lower_rank, lower_price, _) in zip(chain, chain[1:]):
            assert lower_rank == upper_rank or lower_price >= upper_price
    else:
        lower, upper = found
        assert by_name[lower][0] < by_name[upper][0] and by_name[lower][1] < by_name[upper][1]


def test_the_worked_example_spreads():
    assert rules.spreads(8000, [(2, 7000), (1, 6000)]) == [(2, 1000), (1, 1000)]
    assert rules.spreads(8000, [(2, 9000), (1, 6000)]) == [(2, 0), (1, 2000)]  # a misconfigured upline earns nothing


@given(st.integers(0, 10**9), st.integers(1, 1000), st.data())
def test_taking_units_out_one_by_one_takes_exactly_the_cost(cost, quantity, data):
    left_cost, left_units, taken = cost, quantity, 0
    while left_units:
        units = data.draw(st.integers(1, left_units))
        part = rules.cost_out(left_cost, left_units, units)
        assert 0 <= part <= left_cost
        taken += part
        left_cost, left_units = left_cost - part, left_units - units
    assert taken == cost and left_cost == 0


def test_level_prices_and_upgrades():
    assert rules.level_price(10000, 4000) == 6000
    assert rules.level_price(999, 3333) == 666  # 333 off, rounded half to even
    assert rules.level_price(10000, 4000, explicit=5500) == 5500
    levels = [rules.LevelRule(1, 1, None, None), rules.LevelRule(2, 2, 50000, None), rules.LevelRule(3, 3, None, 200000)]
    assert rules.upgrade_to(levels, 1, 60000, 60000).level_id == 2
    assert rules.upgrade_to(levels, 1, 10000, 250000).level_id == 3
    assert rules.upgrade_to(levels, 3, 10**9, 10**9) is None
    assert rules.within_bounds(100, 90, 120) and not rules.within_bounds(89, 90, None) and rules.within_bounds(5, None, None)
