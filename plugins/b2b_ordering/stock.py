"""Resellers' cloud stock: every change is a conditional UPDATE plus a movement row.

`available = quantity - reserved`; no UPDATE can take a reseller below zero,
whatever runs at the same time (PostgreSQL re-checks the WHERE after waiting
for the row; SQLite runs one transaction at a time). Taking units also takes
their share of the cost, under a row lock, so cost and quantity move together.
"""

from __future__ import annotations

from tortoise.functions import Sum
from tortoise.timezone import now as utcnow

from fenxiao.core import db
from fenxiao.core.unit_of_work import require
from fenxiao.plugins import DomainError, ErrorCode
from fenxiao.plugins.b2b_ordering import rules
from fenxiao.plugins.b2b_ordering.models import CloudStockReason, OrderingCloudStock, OrderingStockMovement


async def holding(merchant_id: int, reseller_id: int, product_id: int, lock: bool = False) -> OrderingCloudStock:
    if lock:
        require("locking cloud stock")
    query = OrderingCloudStock.filter(merchant_id=merchant_id, reseller_id=reseller_id, product_id=product_id)
    row = await (query.select_for_update().first() if lock else query.first())
    if row is None:
        await db.execute(
            "INSERT INTO ordering_cloud_stock (merchant_id, reseller_id, product_id, quantity, reserved, cost, created_at) "
            "VALUES (?, ?, ?, 0, 0, 0, ?) ON CONFLICT (merchant_id, reseller_id, product_id) DO NOTHING",
            merchant_id, reseller_id, product_id, utcnow(),
        )
        row = await (query.select_for_update().first() if lock else query.first())
    return row


async def _move(merchant_id: int, reseller_id: int, product_id: int, reason: CloudStockReason, quantity: int = 0,
                reserved: int = 0, cost: int = 0, order_id: int | None = None, counterparty_id: int | None = None) -> None:
    require("a cloud stock update")
    await OrderingStockMovement.create(merchant_id=merchant_id, reseller_id=reseller_id, product_id=product_id, reason=reason,
                                       quantity_delta=quantity, reserved_delta=reserved, cost_delta=cost, order_id=order_id,
                                       counterparty_id=counterparty_id)


async def add(merchant_id: int, reseller_id: int, product_id: int, units: int, cost: int, reason: CloudStockReason,
              order_id: int | None, counterparty_id: int | None = None) -> None:
    require("a cloud stock update")
    row = await holding(merchant_id, reseller_id, product_id)
    await db.execute("UPDATE ordering_cloud_stock SET quantity = quantity + ?, cost = cost + ? WHERE id = ?", units, cost, row.id)
    await _move(merchant_id, reseller_id, product_id, reason, quantity=units, cost=cost, order_id=order_id, counterparty_id=counterparty_id)


async def take(merchant_id: int, reseller_id: int, product_id: int, units: int, reason: CloudStockReason, order_id: int | None,
               counterparty_id: int | None = None, reserved: bool = False, field: str = "quantity") -> int:
    """Take `units` out (from what `reserved` for an order, or from what is available); returns their cost."""
    require("a cloud stock update")
    row = await holding(merchant_id, reseller_id, product_id, lock=True)
    guard = "reserved >= ? AND quantity >= ?" if reserved else "quantity - reserved >= ? AND quantity >= ?"
    if (row.reserved if reserved else row.quantity - row.reserved) < units:
        raise DomainError(ErrorCode.INSUFFICIENT_STOCK, f"only {row.quantity - row.reserved} units in the cloud stock", field)
    cost = rules.cost_out(row.cost, row.quantity, units)
    changed = await db.execute(
        f"UPDATE ordering_cloud_stock SET quantity = quantity - ?, reserved = reserved - ?, cost = cost - ? WHERE id = ? AND {guard}",
        units, units if reserved else 0, cost, row.id, units, units,
    )
    if changed != 1:
        raise DomainError(ErrorCode.INSUFFICIENT_STOCK, "the cloud stock changed meanwhile", field)
    await _move(merchant_id, reseller_id, product_id, reason, quantity=-units, reserved=-units if reserved else 0, cost=-cost,
                order_id=order_id, counterparty_id=counterparty_id)
    return cost


async def reserve(merchant_id: int, reseller_id: int, product_id: int, units: int, order_id: int, field: str) -> None:
    require("a cloud stock update")
    row = await holding(merchant_id, reseller_id, product_id)
    changed = await db.execute(
        "UPDATE ordering_cloud_stock SET reserved = reserved + ? WHERE id = ? AND quantity - reserved >= ?", units, row.id, units,
    )
    if changed != 1:
        raise DomainError(ErrorCode.INSUFFICIENT_STOCK, "not enough units in the cloud stock", field)
    await _move(merchant_id, reseller_id, product_id, CloudStockReason.RESERVE, reserved=units, order_id=order_id)


async def release(merchant_id: int, reseller_id: int, product_id: int, units: int, order_id: int) -> None:
    require("a cloud stock update")
    row = await holding(merchant_id, reseller_id, product_id)
    changed = await db.execute("UPDATE ordering_cloud_stock SET reserved = reserved - ? WHERE id = ? AND reserved >= ?", units, row.id, units)
    if changed != 1:
        raise RuntimeError(f"cloud stock reservation of order {order_id} is missing")
    await _move(merchant_id, reseller_id, product_id, CloudStockReason.RELEASE, reserved=-units, order_id=order_id)


async def available(merchant_id: int, reseller_id: int, product_id: int) -> int:
    row = await OrderingCloudStock.get_or_none(merchant_id=merchant_id, reseller_id=reseller_id, product_id=product_id)
    return 0 if row is None else row.quantity - row.reserved


async def problems(merchant_id: int | None) -> list[str]:
    """Holdings that differ from the sum of their movements, or that went below zero."""
    scope = {} if merchant_id is None else {"merchant_id": merchant_id}
    sums = {(r["reseller_id"], r["product_id"]): (r["q"] or 0, r["r"] or 0, r["c"] or 0) for r in
            await OrderingStockMovement.filter(**scope)
            .annotate(q=Sum("quantity_delta"), r=Sum("reserved_delta"), c=Sum("cost_delta"))
            .group_by("reseller_id", "product_id").values("reseller_id", "product_id", "q", "r", "c")}
    found = []
    for row in await OrderingCloudStock.filter(**scope):
        expected = sums.get((row.reseller_id, row.product_id), (0, 0, 0))
        if (row.quantity, row.reserved, row.cost) != tuple(int(v) for v in expected):
            found.append(f"cloud stock {row.id} is {row.quantity}/{row.reserved}/{row.cost}, its movements say {expected}")
        if row.reserved < 0 or row.quantity < row.reserved or row.cost < 0:
            found.append(f"cloud stock {row.id} is negative: {row.quantity}/{row.reserved}/{row.cost}")
    return found
