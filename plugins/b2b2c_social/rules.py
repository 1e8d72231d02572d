"""The pure rules of social distribution: no I/O, property-tested (tests/plugins/test_social_rules.py).

- who earns on an order (the commission chain) and how much (line shares);
- whether a referral code binds or rebinds a member, and whether it would make a cycle;
- how a moved subtree changes its ancestors' team stats (the paths themselves are core.tree's);
- grades: which a member qualifies for, and the progress to the next.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from fenxiao.plugins import BPS, apply_bps
from fenxiao.plugins.b2b2c_social.config import BindingMode

STAT_LEVELS = 3  # team counts and sales are kept per level for levels 1–3, plus in total


# --- who earns, how much ---


@dataclass(frozen=True)
class Beneficiary:
    level: int
    user_id: int
    # The beneficiary's grade rates per level (None: the grade sets no rate for that level).
    grade_rates: tuple[int | None, ...] = ()


class RuleMode(str, enum.Enum):
    RATE = "rate"    # basis points of the line
    FIXED = "fixed"  # minor units per unit sold


@dataclass(frozen=True)
class ProductRule:
    mode: RuleMode
    values: tuple[int, int, int]  # per level 1–3


@dataclass(frozen=True)
class Share:
    level: int
    user_id: int
    amount: int
    rate_bps: int | None
    basis: str  # default | grade | product_rate | product_fixed | capped


def commission_levels(buyer_id: int, buyer_earns: bool, ancestors: list[int], depth: int) -> list[tuple[int, int]]:
    """(level, user) pairs that may earn on the buyer's order, level 1 first.

    Level 1 is the buyer's upline, or the buyer themselves when self-purchase
    commission is on and the buyer is a distributor (`buyer_earns`).
    """
    chain = ([buyer_id] if buyer_earns else []) + list(ancestors)
    return [(level, user) for level, user in enumerate(chain[:depth], start=1)]


def line_shares(line_total: int, quantity: int, beneficiaries: list[Beneficiary], default_rates: list[int],
                product_rule: ProductRule | None, cap_bps: int) -> list[Share]:
    """Commission of each beneficiary on one order line.

    The base is what was paid for the line (after discounts, without shipping).
    A level's amount comes from the product's rule if it has one, else the
    beneficiary's grade rate for that level, else the merchant's level rate;
    rates round half to even. The total never exceeds `cap_bps` of the line
    (rounded down): nearer levels are served first, farther ones get what the
    cap leaves.
    """
    if line_total < 0 or quantity < 0:
        raise ValueError("a line cannot be negative")
    remaining = line_total * cap_bps // BPS
    shares = []
    for beneficiary in sorted(beneficiaries, key=lambda b: b.level):
        index = beneficiary.level - 1
        if product_rule is not None and product_rule.mode == RuleMode.FIXED:
            amount, rate, basis = product_rule.values[index] * quantity, None, "product_fixed"
        else:
            if product_rule is not None:
                rate, basis = product_rule.values[index], "product_rate"
            elif index < len(beneficiary.grade_rates) and beneficiary.grade_rates[index] is not None:
                rate, basis = beneficiary.grade_rates[index], "grade"
            else:
                rate, basis = (default_rates[index] if index < len(default_rates) else 0), "default"
            amount = apply_bps(line_total, rate)
        if amount > remaining:
            amount, basis = remaining, "capped"
        remaining -= amount
        if amount > 0:
            shares.append(Share(beneficiary.level, beneficiary.user_id, amount, rate, basis))
    return shares


# --- binding ---


class BindAction(str, enum.Enum):
    BIND = "bind"
    REBIND = "rebind"


@dataclass(frozen=True)
class BindDecision:
    action: BindAction | None
    reason: str


def bind_decision(mode: BindingMode, current_upline: int | None, expires_at: datetime | None, now: datetime,
                  candidate: int, member: int, is_new_member: bool, new_members_only: bool) -> BindDecision:
    """Whether a referral code from `candidate` binds `member` (cycles are checked separately)."""
    if candidate == member:
        return BindDecision(None, "a member cannot refer themselves")
    if current_upline == candidate:
        return BindDecision(None, "already bound to this upline")
    if new_members_only and not is_new_member:
        return BindDecision(None, "only members who join with a code are bound")
    if current_upline is None:
        return BindDecision(BindAction.BIND, "first code")
    if mode == BindingMode.LAST_TOUCH:
        return BindDecision(BindAction.REBIND, "last touch: the newest code wins")
    if mode == BindingMode.FIRST_TOUCH_EXPIRING and expires_at is not None and expires_at <= now:
        return BindDecision(BindAction.REBIND, "the earlier binding expired")
    return BindDecision(None, "bound to another upline (first touch)")


# --- the network's counters (paths are core.tree's) ---


@dataclass(frozen=True)
class TeamStats:
    """A member's counters: their own purchases and their team by level (1–3) and in total."""

    own_purchases: int = 0
    team: tuple[int, int, int] = (0, 0, 0)
    team_total: int = 0
    sales: tuple[int, int, int] = (0, 0, 0)
    sales_total: int = 0


@dataclass(frozen=True)
class AncestorDelta:
    distance: int  # 1 = the upline
    team: tuple[int, int, int] = (0, 0, 0)
    sales: tuple[int, int, int] = (0, 0, 0)


def subtree_deltas(moved: TeamStats, sign: int) -> tuple[int, int, list[AncestorDelta]]:
    """How a subtree (a member and their team) joining (+1) or leaving (-1) changes its ancestors.

    Returns the change of every ancestor's totals (members, sales) and, for the
    three nearest ancestors, the change of their per-level counters: an ancestor
    at distance k sees the member at level k, the member's level-1 team at
    level k+1, and so on up to level 3.
    """
    members = (1, *moved.team)               # by depth below the moved member: 0, 1, 2, 3
    purchases = (moved.own_purchases, *moved.sales)
    deltas = []
    for distance in range(1, STAT_LEVELS + 1):
        team = tuple(sign * members[level - distance] if level >= distance else 0 for level in range(1, STAT_LEVELS + 1))
        sales = tuple(sign * purchases[level - distance] if level >= distance else 0 for level in range(1, STAT_LEVELS + 1))
        deltas.append(AncestorDelta(distance, team, sales))
    return sign * (1 + moved.team_total), sign * (moved.own_purchases + moved.sales_total), deltas


# --- grades ---


@dataclass(frozen=True)
class GradeRule:
    grade_id: int
    rank: int
    require_all: bool = True
    own_sales_min: int | None = None
    team_sales_min: int | None = None
    direct_recruits_min: int | None = None
    team_size_min: int | None = None


@dataclass(frozen=True)
class GradeStats:
    own_sales: int       # own purchases plus the purchases of direct referrals
    team_sales: int
    direct_recruits: int
    team_size: int

    @classmethod
    def of(cls, stats: TeamStats) -> GradeStats:
        return cls(stats.own_purchases + stats.sales[0], stats.sales_total, stats.team[0], stats.team_total)


CRITERIA = (("own_sales", "own_sales_min"), ("team_sales", "team_sales_min"),
            ("direct_recruits", "direct_recruits_min"), ("team_size", "team_size_min"))


@dataclass(frozen=True)
class Criterion:
    name: str
    current: int
    target: int

    @property
    def met(self) -> bool:
        return self.current >= self.target


def criteria(stats: GradeStats, rule: GradeRule) -> list[Criterion]:
    return [Criterion(name, getattr(stats, name), getattr(rule, threshold))
            for name, threshold in CRITERIA if getattr(rule, threshold) is not None]


def qualifies(stats: GradeStats, rule: GradeRule) -> bool:
    checks = [c.met for c in criteria(stats, rule)]
    if not checks:
        return False  # a grade without criteria is given by hand only
    return all(checks) if rule.require_all else any(checks)


def upgrade_to(stats: GradeStats, rules: list[GradeRule], current_rank: int | None) -> GradeRule | None:
    """The highest grade above the current one the member qualifies for (grades only go up by themselves)."""
    floor = -1 if current_rank is None else current_rank
    eligible = [rule for rule in rules if rule.rank > floor and qualifies(stats, rule)]
    return max(eligible, key=lambda rule: rule.rank) if eligible else None


def next_grade(rules: list[GradeRule], current_rank: int | None) -> GradeRule | None:
    above = [rule for rule in rules if current_rank is None or rule.rank > current_rank]
    return min(above, key=lambda rule: rule.rank) if above else None
