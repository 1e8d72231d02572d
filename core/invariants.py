"""Invariants of a Fenxiao database, checked by the tests and by `fenxiao check`.

Each check returns a list of human-readable violations (empty when all is well):
- every ledger transaction balances, and so does the whole ledger;
- every account's balance equals the sum of its entries and lies within its bounds;
- every stock level equals the sum of its movements, and is never negative;
- no commission reverses more than it granted, and none is pending on a completed order
  (or frozen/available on one that never completed);
- plus each installed plugin's own (`fenxiao_check`): its stock, its counters, the records
  behind its roles.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tortoise.functions import Sum

from fenxiao.core import db
from fenxiao.core.ledger import within_bounds
from fenxiao.core.models import Account, AccountKind, Commission, CommissionState, MemberRole, OrderStatus, StockLevel, StockMovement

if TYPE_CHECKING:
    from fenxiao.core.plugins import PluginManager


async def ledger_problems(merchant_id: int | None = None) -> list[str]:
    where, params = ("WHERE merchant_id = ?", [merchant_id]) if merchant_id is not None else ("", [])
    problems = [
        f"ledger transaction {row['transaction_id']} sums to {row['total']}"
        for row in await db.fetch(f"SELECT transaction_id, SUM(amount) AS total FROM ledger_entry {where} "
                                  "GROUP BY transaction_id HAVING SUM(amount) <> 0", *params)
    ]
    sums = {row["account_id"]: int(row["total"]) for row in await db.fetch(
        f"SELECT account_id, SUM(amount) AS total FROM ledger_entry {where} GROUP BY account_id", *params)}
    accounts = Account.all() if merchant_id is None else Account.filter(merchant_id=merchant_id)
    for account in await accounts:
        if account.balance != sums.get(account.id, 0):
            problems.append(f"account {account.id} ({account.kind}) holds {account.balance} but its entries sum to {sums.get(account.id, 0)}")
        if not within_bounds(AccountKind(account.kind), account.balance):
            problems.append(f"account {account.id} ({account.kind}) is out of bounds at {account.balance}")
    return problems


async def stock_problems(merchant_id: int | None = None) -> list[str]:
    movements = StockMovement.all() if merchant_id is None else StockMovement.filter(merchant_id=merchant_id)
    sums = {
        (row["product_id"], row["warehouse_id"]): (row["on_hand"] or 0, row["reserved"] or 0)
        for row in await movements.annotate(on_hand=Sum("on_hand_delta"), reserved=Sum("reserved_delta"))
        .group_by("product_id", "warehouse_id").values("product_id", "warehouse_id", "on_hand", "reserved")
    }
    levels = StockLevel.all() if merchant_id is None else StockLevel.filter(merchant_id=merchant_id)
    problems = []
    for level in await levels:
        expected = sums.get((level.product_id, level.warehouse_id), (0, 0))
        if (level.on_hand, level.reserved) != expected:
            problems.append(f"stock level {level.id} is {level.on_hand}/{level.reserved}, its movements say {expected[0]}/{expected[1]}")
        if level.reserved < 0 or level.on_hand < level.reserved:
            problems.append(f"stock level {level.id} is negative: on hand {level.on_hand}, reserved {level.reserved}")
    return problems


async def commission_problems(merchant_id: int | None = None) -> list[str]:
    commissions = Commission.all() if merchant_id is None else Commission.filter(merchant_id=merchant_id)
    return [f"commission {c.id} reversed {c.reversed_amount} of {c.amount}" for c in await commissions
            if not 0 <= c.reversed_amount <= c.amount or c.amount < 0]


async def commission_state_problems(merchant_id: int | None = None) -> list[str]:
    """Commissions follow their order: none still pending on a completed order (it would never be
    released), none frozen or available on an order that never completed."""
    scope, params = ("AND c.merchant_id = ?", [merchant_id]) if merchant_id is not None else ("", [])
    rows = await db.fetch(
        'SELECT c.id, c.state, o.number, o.status FROM commission c JOIN "order" o ON o.id = c.order_id '
        f"WHERE ((c.state = ? AND o.status = ?) OR (c.state IN (?, ?) AND o.completed_at IS NULL)) {scope} ORDER BY c.id",
        CommissionState.PENDING.value, OrderStatus.COMPLETED.value, CommissionState.FROZEN.value, CommissionState.AVAILABLE.value,
        *params)
    return [f"commission {row['id']} is {row['state']} on order {row['number']}, which is {row['status']}" for row in rows]


async def role_holders(role: str, merchant_id: int | None = None) -> set[tuple[int, int]]:
    """(merchant, user) of every member holding `role`: for plugins to compare with the records behind their roles."""
    query = MemberRole.filter(role=role)
    if merchant_id is not None:
        query = query.filter(merchant_id=merchant_id)
    return set(await query.values_list("merchant_id", "membership__user_id"))


def role_problems(role: str, holders: set[tuple[int, int]], backed: set[tuple[int, int]], record: str) -> list[str]:
    """Differences between who holds `role` and who has the `record` behind it, both ways."""
    return ([f"merchant {m} member {u} holds the {role} role without {record}" for m, u in sorted(holders - backed)]
            + [f"merchant {m} member {u} has {record} without the {role} role" for m, u in sorted(backed - holders)])


async def shipping_problems(merchant_id: int | None = None) -> list[str]:
    """Units shipped and refunded never exceed a line; an order shipped or completed has nothing left to
    ship; parcels never carry more of a line than left the warehouse."""
    where, params = ("AND l.merchant_id = ?", [merchant_id]) if merchant_id is not None else ("", [])
    problems = [f"line {row['id']}: {row['shipped_quantity']} shipped and {row['released_quantity']} released of {row['quantity']} "
                f"({row['refunded_quantity']} refunded)"
                for row in await db.fetch("SELECT l.id, l.quantity, l.shipped_quantity, l.released_quantity, l.refunded_quantity FROM order_line l "
                                          "WHERE (l.shipped_quantity + l.released_quantity > l.quantity "
                                          f"OR l.released_quantity > l.refunded_quantity) {where}", *params)]
    problems += [f"order {row['number']} is {row['status']} but line {row['id']} has units still to ship"
                 for row in await db.fetch('SELECT o.number, o.status, l.id FROM order_line l JOIN "order" o ON o.id = l.order_id '
                                           "WHERE o.status IN ('shipped', 'completed') AND o.physical AND l.warehouse_id IS NOT NULL "
                                           f"AND l.shipped_quantity + l.released_quantity < l.quantity {where}", *params)]
    problems += [f"parcels carry {row['carried']} units of line {row['id']}, {row['shipped_quantity']} left the warehouse"
                 for row in await db.fetch("SELECT l.id, l.shipped_quantity, SUM(s.quantity) AS carried FROM shipment_line s "
                                           f"JOIN order_line l ON l.id = s.line_id WHERE 1 = 1 {where} "
                                           "GROUP BY l.id, l.shipped_quantity HAVING SUM(s.quantity) > l.shipped_quantity", *params)]
    return problems


CORE_CHECKS = {"ledger": ledger_problems, "stock": stock_problems, "commissions": commission_problems,
               "commission states": commission_state_problems, "shipping": shipping_problems}


async def report(manager: PluginManager | None = None, merchant_id: int | None = None) -> dict[str, list[str]]:
    """Every check's violations by name: the core's, then each installed plugin's (`fenxiao_check`).

    A plugin whose check itself fails is reported as a violation, and the others still run."""
    results = {name: await check(merchant_id) for name, check in CORE_CHECKS.items()}
    if manager is not None:
        outcomes = [outcome async for outcome in manager.hook.fenxiao_check.each(merchant_id=merchant_id)]
        for outcome in sorted(outcomes, key=lambda o: o.plugin):
            if outcome.error is not None:
                results[outcome.plugin] = [f"the check itself failed: {outcome.error!r}"]
            else:
                results[outcome.plugin] = list(outcome.result or [])
    return results


async def all_problems(merchant_id: int | None = None, manager: PluginManager | None = None) -> list[str]:
    return [problem for problems in (await report(manager, merchant_id)).values() for problem in problems]
