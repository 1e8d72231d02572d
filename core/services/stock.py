"""Stock levels change only here, by conditional UPDATEs, each with a movement row.

`available = on_hand - reserved`. Placing an order reserves; shipping takes
the units out of both columns; cancelling releases; a refund may return units
to on_hand. Each UPDATE carries its own guard in its WHERE clause, so two
concurrent orders can never take the same unit (PostgreSQL re-checks the
WHERE after waiting for the row lock; SQLite runs one transaction at a time).
"""

from __future__ import annotations

from tortoise.timezone import now as utcnow

from fenxiao.core import db
from fenxiao.core.unit_of_work import require
from fenxiao.core.errors import DomainError, ErrorCode
from fenxiao.core.models import StockLevel, StockMovement, StockReason, Warehouse


# The stock columns are 32-bit; a receipt that would pass this is refused rather than overflow.
MAX_ON_HAND = 2**31 - 1


async def level(merchant_id: int, product_id: int, warehouse_id: int) -> StockLevel:
    """The stock level row, created empty on first use (race-safe)."""
    await db.execute(
        "INSERT INTO stock_level (merchant_id, product_id, warehouse_id, on_hand, reserved, created_at) "
        "VALUES (?, ?, ?, 0, 0, ?) ON CONFLICT (product_id, warehouse_id) DO NOTHING",
        merchant_id, product_id, warehouse_id, utcnow(),
    )
    return await StockLevel.get(product_id=product_id, warehouse_id=warehouse_id)


async def _move(merchant_id: int, product_id: int, warehouse_id: int, reason: StockReason, on_hand: int = 0,
                reserved: int = 0, order_id: int | None = None, actor_id: int | None = None, note: str = "") -> None:
    require("a stock movement")
    await StockMovement.create(
        merchant_id=merchant_id, product_id=product_id, warehouse_id=warehouse_id, reason=reason,
        on_hand_delta=on_hand, reserved_delta=reserved, order_id=order_id, actor_id=actor_id, note=note[:200],
    )


async def adjust(merchant_id: int, product_id: int, warehouse_id: int, delta: int, reason: StockReason,
                 actor_id: int | None, note: str = "") -> StockLevel:
    """Receive goods (delta > 0) or write stock off (delta < 0, never below what is reserved)."""
    require("a stock update")
    if delta == 0:
        raise DomainError(ErrorCode.INVALID, "the change must not be zero", "delta")
    row = await level(merchant_id, product_id, warehouse_id)
    changed = await db.execute(
        "UPDATE stock_level SET on_hand = on_hand + ? "
        "WHERE id = ? AND CAST(on_hand AS BIGINT) + ? >= reserved AND on_hand <= ?",  # 64-bit sums: no overflow in the guard
        delta, row.id, delta, MAX_ON_HAND - max(delta, 0),
    )
    if changed != 1:
        if delta > 0:
            raise DomainError(ErrorCode.INVALID, f"a warehouse holds at most {MAX_ON_HAND} units of a product", "delta")
        raise DomainError(ErrorCode.INSUFFICIENT_STOCK, "cannot remove more than the unreserved stock", "delta")
    await _move(merchant_id, product_id, warehouse_id, reason, on_hand=delta, actor_id=actor_id, note=note)
    await row.refresh_from_db()
    return row


async def reserve(merchant_id: int, product_id: int, quantity: int, order_id: int, field: str,
                  warehouse_ids: list[int] | None = None) -> int:
    """Reserve `quantity` in the first active warehouse that has it; returns its id.

    `warehouse_ids`: the only warehouses to try, in that order (a fulfilment option's choice);
    None: every active general warehouse of the merchant, by priority (a store's shelf or a supplier's
    stock serves only the orders whose fulfilment names it)."""
    require("a stock update")
    if warehouse_ids is None:
        warehouses = await Warehouse.filter(merchant_id=merchant_id, is_active=True, general=True).order_by("priority", "id") \
            .values_list("id", flat=True)
    else:
        warehouses = warehouse_ids
    for warehouse_id in warehouses:
        changed = await db.execute(
            "UPDATE stock_level SET reserved = reserved + ? "
            "WHERE product_id = ? AND warehouse_id = ? AND on_hand - reserved >= ?",
            quantity, product_id, warehouse_id, quantity,
        )
        if changed == 1:
            await _move(merchant_id, product_id, warehouse_id, StockReason.RESERVE, reserved=quantity, order_id=order_id)
            return warehouse_id
    message = "out of stock" if quantity == 1 else f"fewer than {quantity} left in any one warehouse"
    raise DomainError(ErrorCode.INSUFFICIENT_STOCK, message, field)


async def release(merchant_id: int, product_id: int, warehouse_id: int, quantity: int, order_id: int) -> None:
    require("a stock update")
    changed = await db.execute(
        "UPDATE stock_level SET reserved = reserved - ? WHERE product_id = ? AND warehouse_id = ? AND reserved >= ?",
        quantity, product_id, warehouse_id, quantity,
    )
    if changed != 1:
        raise RuntimeError(f"reservation of order {order_id} for product {product_id} is missing")
    await _move(merchant_id, product_id, warehouse_id, StockReason.RELEASE, reserved=-quantity, order_id=order_id)


async def _leave(product_id: int, warehouse_id: int, quantity: int, order_id: int) -> None:
    """An order's reserved units leave a warehouse (out of both columns), or the reservation is missing."""
    require("a stock update")
    changed = await db.execute(
        "UPDATE stock_level SET reserved = reserved - ?, on_hand = on_hand - ? "
        "WHERE product_id = ? AND warehouse_id = ? AND reserved >= ? AND on_hand >= ?",
        quantity, quantity, product_id, warehouse_id, quantity, quantity,
    )
    if changed != 1:
        raise RuntimeError(f"reservation of order {order_id} for product {product_id} is missing")


async def ship(merchant_id: int, product_id: int, warehouse_id: int, quantity: int, order_id: int) -> None:
    """Reserved units leave the warehouse."""
    await _leave(product_id, warehouse_id, quantity, order_id)
    await _move(merchant_id, product_id, warehouse_id, StockReason.SHIP, on_hand=-quantity, reserved=-quantity, order_id=order_id)


async def transfer(merchant_id: int, product_id: int, from_id: int, to_id: int, quantity: int, order_id: int,
                   actor_id: int | None) -> None:
    """Move an order's reserved units from one warehouse to another (to the store it is picked up at):
    they leave the first (on hand and reserved) and arrive reserved in the second."""
    await _leave(product_id, from_id, quantity, order_id)
    await _move(merchant_id, product_id, from_id, StockReason.TRANSFER, on_hand=-quantity, reserved=-quantity,
                order_id=order_id, actor_id=actor_id, note=f"to warehouse {to_id}")
    await level(merchant_id, product_id, to_id)
    await db.execute(
        "UPDATE stock_level SET on_hand = on_hand + ?, reserved = reserved + ? WHERE product_id = ? AND warehouse_id = ?",
        quantity, quantity, product_id, to_id,
    )
    await _move(merchant_id, product_id, to_id, StockReason.TRANSFER, on_hand=quantity, reserved=quantity,
                order_id=order_id, actor_id=actor_id, note=f"from warehouse {from_id}")


async def restock(merchant_id: int, product_id: int, warehouse_id: int, quantity: int, order_id: int, actor_id: int | None) -> None:
    """Returned units go back on hand."""
    require("a stock update")
    await level(merchant_id, product_id, warehouse_id)
    await db.execute(
        "UPDATE stock_level SET on_hand = on_hand + ? WHERE product_id = ? AND warehouse_id = ?",
        quantity, product_id, warehouse_id,
    )
    await _move(merchant_id, product_id, warehouse_id, StockReason.RETURN, on_hand=quantity, order_id=order_id, actor_id=actor_id)
