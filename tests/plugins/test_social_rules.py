"""Property tests of the pure rules of social distribution (plugins/b2b2c_social/rules.py)."""

from datetime import datetime, timedelta, timezone

from hypothesis import given, settings, strategies as st

from fenxiao.core import tree
from fenxiao.core.money import BPS, proportion
from fenxiao.plugins.b2b2c_social import rules
from fenxiao.plugins.b2b2c_social.config import BindingMode

rates = st.integers(min_value=0, max_value=BPS)


@st.composite
def lines(draw):
    quantity = draw(st.integers(min_value=1, max_value=20))
    total = draw(st.integers(min_value=0, max_value=10**9))
    depth = draw(st.integers(min_value=1, max_value=3))
    levels = draw(st.lists(st.sampled_from(range(1, depth + 1)), unique=True, max_size=depth))
    beneficiaries = [rules.Beneficiary(level, 100 + level, tuple(draw(st.one_of(st.none(), rates)) for _ in range(3)))
                     for level in levels]
    rule = draw(st.one_of(st.none(), st.builds(
        rules.ProductRule, st.sampled_from(list(rules.RuleMode)),
        st.tuples(*(st.integers(min_value=0, max_value=BPS) for _ in range(3))))))
    cap = draw(rates)
    default = draw(st.lists(rates, min_size=depth, max_size=depth))
    return total, quantity, beneficiaries, default, rule, cap


@given(lines())
def test_a_line_never_pays_more_than_its_cap(line):
    total, quantity, beneficiaries, default, rule, cap = line
    shares = rules.line_shares(total, quantity, beneficiaries, default, rule, cap)
    assert sum(s.amount for s in shares) <= total * cap // BPS <= total
    assert all(s.amount > 0 for s in shares)
    assert len({s.level for s in shares}) == len(shares)
    assert {s.user_id for s in shares} <= {b.user_id for b in beneficiaries}


@given(lines(), st.lists(st.integers(min_value=1, max_value=5), min_size=1, max_size=6))
def test_reversals_never_take_more_than_was_paid(line, refund_steps):
    total, quantity, beneficiaries, default, rule, cap = line
    shares = rules.line_shares(total, quantity, beneficiaries, default, rule, cap)
    whole = sum(refund_steps)
    refunded = 0
    reversed_so_far = {s.user_id: 0 for s in shares}
    for step in refund_steps:
        refunded += step
        for s in shares:
            target = s.amount if refunded == whole else proportion(s.amount, refunded, whole)
            assert reversed_so_far[s.user_id] <= target <= s.amount  # net never negative, never more than paid
            reversed_so_far[s.user_id] = target
    assert all(reversed_so_far[s.user_id] == s.amount for s in shares)


def test_the_worked_example_splits_as_the_merchant_expects():
    beneficiaries = [rules.Beneficiary(1, 4), rules.Beneficiary(2, 3), rules.Beneficiary(3, 2)]
    shares = rules.line_shares(10000, 5, beneficiaries, [1000, 500, 200], None, 5000)
    assert [(s.user_id, s.amount) for s in shares] == [(4, 1000), (3, 500), (2, 200)]


def test_nearer_levels_are_served_first_under_the_cap():
    beneficiaries = [rules.Beneficiary(1, 1), rules.Beneficiary(2, 2)]
    fixed = rules.ProductRule(rules.RuleMode.FIXED, (3000, 3000, 0))
    shares = rules.line_shares(10000, 1, beneficiaries, [0, 0], fixed, 5000)
    assert [(s.amount, s.basis) for s in shares] == [(3000, "product_fixed"), (2000, "capped")]


def test_commission_levels_with_and_without_self_purchase():
    assert rules.commission_levels(9, False, [8, 7, 6], 3) == [(1, 8), (2, 7), (3, 6)]
    assert rules.commission_levels(9, True, [8, 7, 6], 3) == [(1, 9), (2, 8), (3, 7)]
    assert rules.commission_levels(9, False, [8], 3) == [(1, 8)]


NOW = datetime(2026, 11, 22, tzinfo=timezone.utc)


def test_binding_modes():
    decide = rules.bind_decision
    assert decide(BindingMode.FIRST_TOUCH, None, None, NOW, 2, 1, False, False).action == rules.BindAction.BIND
    assert decide(BindingMode.FIRST_TOUCH, 3, None, NOW, 2, 1, False, False).action is None
    assert decide(BindingMode.LAST_TOUCH, 3, None, NOW, 2, 1, False, False).action == rules.BindAction.REBIND
    assert decide(BindingMode.FIRST_TOUCH_EXPIRING, 3, NOW + timedelta(days=1), NOW, 2, 1, False, False).action is None
    assert decide(BindingMode.FIRST_TOUCH_EXPIRING, 3, NOW - timedelta(days=1), NOW, 2, 1, False, False).action == rules.BindAction.REBIND
    assert decide(BindingMode.LAST_TOUCH, None, None, NOW, 2, 1, False, True).action is None
    assert decide(BindingMode.LAST_TOUCH, None, None, NOW, 2, 1, True, True).action == rules.BindAction.BIND
    assert decide(BindingMode.LAST_TOUCH, None, None, NOW, 1, 1, True, False).reason == "a member cannot refer themselves"


# --- the network: incremental counters equal counters recomputed from scratch ---


class Network:
    """A model of the network kept two ways: paths and counters moved incrementally as the
    plugin does, and the truth recomputed from the upline pointers."""

    def __init__(self, size: int) -> None:
        self.upline: dict[int, int | None] = {i: None for i in range(1, size + 1)}
        self.path = {i: tree.path_of(None, i) for i in self.upline}
        self.purchases = {i: 0 for i in self.upline}
        self.stats = {i: rules.TeamStats() for i in self.upline}

    def _apply(self, ancestors, members, sales, deltas):
        for a in ancestors:
            s = self.stats[a]
            self.stats[a] = rules.TeamStats(s.own_purchases, s.team, s.team_total + members, s.sales, s.sales_total + sales)
        for d in deltas[: len(ancestors)]:
            a = ancestors[d.distance - 1]
            s = self.stats[a]
            self.stats[a] = rules.TeamStats(s.own_purchases, tuple(x + y for x, y in zip(s.team, d.team)), s.team_total,
                                            tuple(x + y for x, y in zip(s.sales, d.sales)), s.sales_total)

    def move(self, member: int, new_upline: int | None) -> bool:
        if new_upline is not None and tree.creates_cycle(member, self.path[new_upline]):
            return False
        moved = self.stats[member]
        self._apply(tree.ancestors(self.path[member]), *rules.subtree_deltas(moved, -1))
        old = self.path[member]
        new = tree.path_of(self.path[new_upline] if new_upline else None, member)
        for user, path in self.path.items():
            if path.startswith(old):
                self.path[user] = new + path[len(old):]
        self.upline[member] = new_upline
        self._apply(tree.ancestors(new), *rules.subtree_deltas(moved, +1))
        return True

    def buy(self, member: int, amount: int) -> None:
        s = self.stats[member]
        self.stats[member] = rules.TeamStats(s.own_purchases + amount, s.team, s.team_total, s.sales, s.sales_total)
        deltas = [rules.AncestorDelta(k, sales=tuple(amount if level == k else 0 for level in (1, 2, 3))) for k in (1, 2, 3)]
        self._apply(tree.ancestors(self.path[member]), 0, amount, deltas)

    def truth(self, member: int) -> rules.TeamStats:
        below = {}
        for user in self.upline:
            distance, cursor = 0, user
            while cursor is not None and cursor != member:
                cursor, distance = self.upline[cursor], distance + 1
            if cursor == member and user != member:
                below[user] = distance
        team = tuple(sum(1 for d in below.values() if d == level) for level in (1, 2, 3))
        sales = tuple(sum(self.stats[u].own_purchases for u, d in below.items() if d == level) for level in (1, 2, 3))
        return rules.TeamStats(self.stats[member].own_purchases, team, len(below), sales, sum(self.stats[u].own_purchases for u in below))


@settings(max_examples=200)
@given(st.integers(min_value=2, max_value=12), st.lists(st.tuples(st.integers(1, 12), st.one_of(st.none(), st.integers(1, 12)),
                                                                   st.integers(0, 10000)), max_size=40))
def test_incremental_team_counters_match_the_network(size, operations):
    network = Network(size)
    for member, upline, amount in operations:
        member = (member - 1) % size + 1
        upline = None if upline is None else (upline - 1) % size + 1
        if upline != member:
            network.move(member, upline)
        network.buy(member, amount)
        for user in network.upline:
            assert network.stats[user] == network.truth(user)
            assert tree.path_ids(network.path[user])[-1] == user
            assert user not in tree.ancestors(network.path[user])  # never one's own ancestor


def test_grades_only_go_up_and_need_their_criteria():
    silver = rules.GradeRule(2, 1, require_all=True, team_size_min=5, own_sales_min=1000)
    gold = rules.GradeRule(3, 2, require_all=False, team_size_min=50, direct_recruits_min=10)
    manual = rules.GradeRule(4, 3)
    grades = [silver, gold, manual]
    assert rules.upgrade_to(rules.GradeStats(1000, 0, 0, 5), grades, 0) == silver
    assert rules.upgrade_to(rules.GradeStats(999, 0, 0, 5), grades, 0) is None
    assert rules.upgrade_to(rules.GradeStats(0, 0, 10, 0), grades, 0) == gold
    assert rules.upgrade_to(rules.GradeStats(1000, 0, 0, 5), grades, 2) is None  # never downgrades
    assert rules.next_grade(grades, 1) == gold
