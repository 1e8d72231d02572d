"""Pure rules of supply: who gets what of a supplier's line, under each profit mode; refunds in
proportion; the most specific platform commission rate; statement arithmetic.

No I/O here; property-tested (tests/plugins/test_supplier_rules.py): for every mode, rates and
partial refunds the parties' shares add up to exactly what the buyer paid, no party but a
distributor who sold below the floor is ever charged, and refunds reverse exactly what was paid.

Money flow of one line the buyer paid `paid` for (minor units), with the supply price S (unit supply
price × quantity), the supplier's floor F (lowest price × quantity), the platform's rate r and the
supplier's commission rate k to a distributor:

| mode | supplier | platform | distributor |
| --- | --- | --- | --- |
| direct (the brand's mall sells a consignment product) | base − r·base, base = paid or S (per product) | paid − supplier | — |
| 散装代销 resale: the distributor sells at its own price within the band | S − r·S | r·S | paid − S (the spread) |
| 推广代收 collect: the distributor collects the payment and owes the supplier | owed − r·owed − k·owed, owed = max(paid, F) | r·owed | k·owed − max(0, F − paid) |
| 推广返佣 rebate: the supplier pays a promoter after completion | base − r·base − k·paid | r·base + (paid − base) | k·paid |

A sale below the floor in collect mode is allowed only when the merchant enables it, and then the
distributor's share is reduced by the shortfall — below zero it is a debit to the distributor (the
ledger records it as their debt). Rates round down per party and the cent left over goes to the
platform (the merchant), never created from nothing.
"""

from __future__ import annotations

import enum
from datetime import date, timedelta
from dataclasses import dataclass

from fenxiao.core.money import BPS, proportion


class ProfitMode(str, enum.Enum):
    DIRECT = "direct"      # the mall sells the supplier's product itself; no distributor
    RESALE = "resale"      # 散装代销
    COLLECT = "collect"    # 推广代收
    REBATE = "rebate"      # 推广返佣


Mode = ProfitMode  # the short name used throughout this package


class SettleOn(str, enum.Enum):
    SALE = "sale"      # the supplier's share is counted from what the buyer paid
    SUPPLY = "supply"  # … from the supply price


@dataclass(frozen=True)
class Terms:
    """What an order snapshots of a supplier's line: its mode, prices and rates at the time of sale."""

    mode: Mode
    supply: int                 # supply price × quantity
    floor: int                  # lowest resale price × quantity (the band's bottom)
    ceiling: int                # highest resale price × quantity
    platform_bps: int           # the platform's commission on the supplier's base
    distributor_bps: int = 0    # the supplier's commission to the distributor (collect, rebate)
    settle_on: SettleOn = SettleOn.SALE
    below_floor_allowed: bool = False


@dataclass(frozen=True)
class Split:
    """Shares of one line; `supplier + platform + distributor == paid` always. `distributor` is
    negative only when a collect-mode sale below the floor costs the distributor more than its commission."""

    paid: int
    supplier: int
    platform: int
    distributor: int

    @property
    def total(self) -> int:
        return self.supplier + self.platform + self.distributor


class BelowFloor(ValueError):
    """A sale below the supplier's floor where the merchant does not allow one."""


class OutOfBand(ValueError):
    """A resale price outside the supplier's band."""


def most_specific(*rates: int | None, default: int = 0) -> int:
    """The first rate that is set, most specific first (product, category, supplier), else the default."""
    return next((rate for rate in rates if rate is not None), default)


def split(terms: Terms, paid: int) -> Split:
    """Who gets what of a line the buyer paid `paid` for, under the terms snapshotted with the order."""
    if paid < 0:
        raise ValueError("a paid amount is never negative")
    if not (0 <= terms.platform_bps <= BPS and 0 <= terms.distributor_bps <= BPS):
        raise ValueError("rates lie between 0 and 10000 basis points")
    if terms.platform_bps + terms.distributor_bps > BPS:
        raise ValueError("the platform's and the distributor's rates together exceed the whole")
    if terms.mode == Mode.RESALE:
        if not terms.supply <= terms.floor <= paid <= terms.ceiling:
            raise OutOfBand(f"a resale price lies between {terms.floor} and {terms.ceiling}, and never under the supply price")
        platform = apply_down(terms.supply, terms.platform_bps)
        return Split(paid, terms.supply - platform, platform, paid - terms.supply)
    if terms.mode == Mode.COLLECT:
        if paid < terms.floor and not terms.below_floor_allowed:
            raise BelowFloor(f"the supplier's floor is {terms.floor}")
        owed = max(paid, terms.floor)
        platform = apply_down(owed, terms.platform_bps)
        commission = apply_down(owed, terms.distributor_bps)
        supplier = owed - platform - commission
        return Split(paid, supplier, platform, paid - supplier - platform)
    base = paid if terms.settle_on == SettleOn.SALE else min(terms.supply, paid)
    cut = apply_down(base, terms.platform_bps)
    rebate = apply_down(paid, terms.distributor_bps) if terms.mode == Mode.REBATE else 0
    supplier = max(0, base - cut - rebate)
    rebate = min(rebate, base - cut)
    return Split(paid, supplier, paid - supplier - rebate, rebate)


def apply_down(amount: int, rate_bps: int) -> int:
    """A rate of an amount rounded down: a party never gets the cent that rounding would create."""
    return amount * rate_bps // BPS


def reversal(original: Split, refunded_before: int, refunding: int) -> Split:
    """What a refund of `refunding` (after `refunded_before` already refunded) takes back from each
    party, in proportion to the original split. Cumulative: each party gives back its share of all that
    is refunded so far minus what it already gave, so the last refund takes back exactly the rest."""
    if not 0 < refunding <= original.paid - refunded_before or refunded_before < 0:
        raise ValueError("a refund lies between nothing and what is left of the line")
    after = refunded_before + refunding

    def back(share: int) -> int:
        if after == original.paid:
            return share - _taken(share, refunded_before, original.paid)
        return _taken(share, after, original.paid) - _taken(share, refunded_before, original.paid)

    supplier, distributor = back(original.supplier), back(original.distributor)
    return Split(refunding, supplier, refunding - supplier - distributor, distributor)


def _taken(share: int, part: int, whole: int) -> int:
    """A share's part for `part` of `whole` refunded, rounded toward zero for either sign."""
    if whole == 0:
        return 0
    taken = proportion(abs(share), part, whole)
    return taken if share >= 0 else -taken


@dataclass(frozen=True)
class Statement:
    """One cycle of a supplier: what it opened owing, what its lines earned and refunds took back,
    adjustments, and what it closes with — payable, or debt carried to the next cycle and the deposit."""

    opening_debt: int
    earned: int
    refunded: int
    adjusted: int

    @property
    def net(self) -> int:
        return self.earned - self.refunded + self.adjusted - self.opening_debt

    @property
    def payable(self) -> int:
        return max(self.net, 0)

    @property
    def debt(self) -> int:
        return max(-self.net, 0)


def cover_debt(debt: int, deposit: int) -> tuple[int, int]:
    """A debt a cycle could not net, taken from the deposit as far as it goes: (from the deposit, still owed)."""
    taken = min(max(debt, 0), max(deposit, 0))
    return taken, debt - taken


def cycle_of(day: date, cycle: str) -> tuple[date, date]:
    """The statement cycle a day falls in, first and last day: a week from Monday, or a calendar month."""
    if cycle == "weekly":
        start = day - timedelta(days=day.weekday())
        return start, start + timedelta(days=6)
    start = day.replace(day=1)
    following = (start + timedelta(days=32)).replace(day=1)
    return start, following - timedelta(days=1)


def last_closed_day(today: date, cycle: str) -> date:
    """The last day of the last cycle that is over by `today` (the day before today's cycle began)."""
    return cycle_of(today, cycle)[0] - timedelta(days=1)
