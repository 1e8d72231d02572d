"""What `fenxiao check` verifies of cloud-warehouse ordering (hook `fenxiao_check`).

- cloud stock equals its movements and never goes below zero (stock.problems);
- every paid restock line has its sourcing, and the sourcing agrees with the cloud-stock
  movements and the order: a sourced line put exactly its units in the buyer's stock (from
  the brand, or out of the upline's), a waiting or refunded one put none, a restock whose
  lines are all settled is completed and one still waiting is not;
- the reseller role is held exactly by active resellers.
"""

from __future__ import annotations

from collections import defaultdict

from fenxiao.core import db
from fenxiao.core.invariants import role_holders, role_problems
from fenxiao.core.models import OrderStatus
from fenxiao.plugins.b2b_ordering import stock
from fenxiao.plugins.b2b_ordering.models import CloudStockReason, OrderingReseller, ResellerStatus, SourcingStatus
from fenxiao.plugins.b2b_ordering.service import CLOUD_STOCK, ROLE

PAID_OR_LATER = (OrderStatus.PAID.value, OrderStatus.COMPLETED.value, OrderStatus.REFUNDED.value)


async def problems(merchant_id: int | None) -> list[str]:
    return [*await stock.problems(merchant_id), *await sourcing_problems(merchant_id), *await role_problems_of(merchant_id)]


async def sourcing_problems(merchant_id: int | None) -> list[str]:
    scope, params = ("AND o.merchant_id = ?", [merchant_id]) if merchant_id is not None else ("", [])
    lines = await db.fetch(
        'SELECT o.id AS order_id, o.number, o.status, o.buyer_id, l.id AS line_id, l.product_id, l.quantity, '
        's.status AS sourcing, s.seller_id FROM "order" o JOIN order_line l ON l.order_id = o.id '
        "LEFT JOIN ordering_sourcing s ON s.line_id = l.id "
        f"WHERE o.fulfillment_method = ? AND o.status IN (?, ?, ?) {scope} ORDER BY o.id, l.id",
        CLOUD_STOCK, *PAID_OR_LATER, *params)
    if not lines:
        return []
    moved: dict[tuple[int, int, int, str], int] = defaultdict(int)
    movement_scope = ("AND merchant_id = ?", [merchant_id]) if merchant_id is not None else ("", [])
    for row in await db.fetch(
            "SELECT order_id, reseller_id, product_id, reason, SUM(quantity_delta) AS units FROM ordering_stock_movement "
            f"WHERE reason IN (?, ?, ?) AND order_id IS NOT NULL {movement_scope[0]} GROUP BY order_id, reseller_id, product_id, reason",
            CloudStockReason.RESTOCK.value, CloudStockReason.TRANSFER_IN.value, CloudStockReason.TRANSFER_OUT.value, *movement_scope[1]):
        moved[(row["order_id"], row["reseller_id"], row["product_id"], row["reason"])] = int(row["units"] or 0)
    found = []
    orders: dict[int, tuple[str, str, bool]] = {}  # order id → (number, status, a line still waits)
    for line in lines:
        key = (line["order_id"], line["buyer_id"], line["product_id"])
        into_buyer = moved[(*key, CloudStockReason.RESTOCK.value)] + moved[(*key, CloudStockReason.TRANSFER_IN.value)]
        where = f"restock {line['number']} line {line['line_id']}"
        waits = line["sourcing"] == SourcingStatus.WAITING.value
        number, status, waiting = orders.get(line["order_id"], (line["number"], line["status"], False))
        orders[line["order_id"]] = (number, status, waiting or waits)
        if line["sourcing"] is None:
            found.append(f"{where} is paid but has no sourcing")
        elif line["sourcing"] == SourcingStatus.SOURCED.value:
            # The upline supplies some or all of the units (split sourcing), the brand the rest: every unit
            # reaches the buyer once, and what came from the upline left the upline's stock.
            transferred = moved[(*key, CloudStockReason.TRANSFER_IN.value)]
            taken = moved[(line["order_id"], line["seller_id"], line["product_id"], CloudStockReason.TRANSFER_OUT.value)] if line["seller_id"] else 0
            if into_buyer != line["quantity"] or (line["seller_id"] is None and transferred) or (line["seller_id"] and not transferred):
                found.append(f"{where} is sourced {'from ' + str(line['seller_id']) if line['seller_id'] else 'from the brand'} but "
                             f"put {into_buyer} of {line['quantity']} units in the buyer's cloud stock ({transferred} from the upline)")
            if line["seller_id"] and taken != -transferred:
                found.append(f"{where} is sourced from {line['seller_id']} but took {-taken} units out of their cloud stock "
                             f"for {transferred} transferred")
        elif into_buyer:
            found.append(f"{where} is {line['sourcing']} but put {into_buyer} units in the buyer's cloud stock")
    for number, status, waiting in orders.values():
        if waiting and status != OrderStatus.PAID.value:
            found.append(f"restock {number} is {status} while a line still waits for stock")
        if not waiting and status == OrderStatus.PAID.value:
            found.append(f"restock {number} has every line settled but is still paid, not completed")
    return found


async def role_problems_of(merchant_id: int | None) -> list[str]:
    query = OrderingReseller.filter(status=ResellerStatus.ACTIVE)
    if merchant_id is not None:
        query = query.filter(merchant_id=merchant_id)
    backed = set(await query.values_list("merchant_id", "user_id"))
    return role_problems(ROLE, await role_holders(ROLE, merchant_id), backed, "an active reseller record")
