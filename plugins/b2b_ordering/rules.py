"""The pure rules of cloud-warehouse ordering: prices, spreads (级差), costs, upgrades. No I/O."""

from __future__ import annotations

from dataclasses import dataclass

from fenxiao.plugins import allocate, apply_bps


def level_price(retail: int, discount_bps: int, explicit: int | None = None) -> int:
    """A level's price of a product: its explicit price if it has one, else retail less the discount."""
    if explicit is not None:
        return explicit
    return retail - apply_bps(retail, discount_bps)


def inversion(levels: list[tuple[int, int, str]]) -> tuple[str, str] | None:
    """`levels` are (rank, price, name) of every level for one product. The first level (name)
    that would buy cheaper than a level ranked above it (name), or None: with none, every upline's
    spread is its downline's price less its own, never clamped to zero — nobody sells down at a loss."""
    ranks = sorted({rank for rank, _, _ in levels}, reverse=True)
    dearest_above: tuple[int, str] | None = None  # the highest price of any level ranked above
    for rank in ranks:
        here = [(price, name) for r, price, name in levels if r == rank]
        if dearest_above is not None:
            for price, name in sorted(here):
                if price < dearest_above[0]:
                    return name, dearest_above[1]
        top = max(here)
        if dearest_above is None or top[0] > dearest_above[0]:
            dearest_above = top
    return None


def spreads(buyer_price: int, uplines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Per unit, what each upline earns when the brand supplies a downline: the spread (级差).

    `uplines` are (user, their level price), nearest first, up to the brand.
    Each earns the gap between the lowest price below them and their own, so
    the spreads add up to exactly buyer price − lowest upline price: never more
    than the buyer paid, never negative, whatever the prices.
    """
    paid, shares = buyer_price, []
    for user, price in uplines:
        shares.append((user, max(0, paid - price)))
        paid = min(paid, price)
    return shares


def cost_out(cost: int, quantity: int, units: int) -> int:
    """The cost of `units` of `quantity` units that cost `cost` in all (average cost; the last unit takes the rest)."""
    if not 0 < units <= quantity:
        raise ValueError("cannot take more units than are held")
    return cost if units == quantity else cost * units // quantity


@dataclass(frozen=True)
class LevelRule:
    level_id: int
    rank: int
    single_purchase_min: int | None
    cumulative_min: int | None


def upgrade_to(levels: list[LevelRule], current_rank: int, single_purchase: int, cumulative: int) -> LevelRule | None:
    """The highest level above the current one that this restock (or the total so far) reaches."""
    reached = [level for level in levels if level.rank > current_rank and (
        (level.single_purchase_min is not None and single_purchase >= level.single_purchase_min)
        or (level.cumulative_min is not None and cumulative >= level.cumulative_min))]
    return max(reached, key=lambda level: level.rank) if reached else None


def within_bounds(price: int, low: int | None, high: int | None) -> bool:
    return (low is None or price >= low) and (high is None or price <= high)


def borne_by_line(lines: list[tuple[int, int]], commissions: list[tuple[int | None, int]]) -> dict[int, int]:
    """What a selling reseller bears on each line of a shop sale: the commissions others earn on it.

    `lines` are (line id, what the line was paid); `commissions` are (line id, or None for the
    whole order, amount). A line's own commissions are its own; an order's are spread over the
    lines by what each was paid. A line never bears more than it was paid: the reseller is never
    charged for selling, whatever the rates (the brand pays what is beyond)."""
    totals = dict(lines)
    borne = {line_id: 0 for line_id in totals}
    whole_order = 0
    for line_id, amount in commissions:
        if line_id in borne:
            borne[line_id] += amount
        else:
            whole_order += amount
    for (line_id, _), share in zip(lines, allocate(whole_order, [total for _, total in lines])):
        borne[line_id] += share
    return {line_id: min(amount, totals[line_id]) for line_id, amount in borne.items()}
