"""What `fenxiao check` verifies of stores and pickup (hook `fenxiao_check`).

- every live pickup code belongs to an order READY_FOR_PICKUP (and every such order of a store has one);
- every handover recorded matches the order: a picked-up order is completed, and the units handed
  over plus those refused add up to what the order's lines hold;
- the clerk role is held exactly by members who are an active clerk of some store;
- a store's warehouse is the merchant's own.
"""

from __future__ import annotations

from fenxiao.core import db
from fenxiao.core.invariants import role_holders, role_problems
from fenxiao.plugins.store_pickup.models import StoreClerk
from fenxiao.plugins.store_pickup.service import ROLE


async def problems(merchant_id: int | None) -> list[str]:
    where, params = ("AND p.merchant_id = ?", [merchant_id]) if merchant_id is not None else ("", [])
    found = []
    for row in await db.fetch("SELECT p.order_id, o.status FROM store_pickup p JOIN \"order\" o ON o.id = p.order_id "
                              f"WHERE (p.live_code IS NOT NULL) <> (o.status = 'ready_for_pickup') AND p.method = 'pickup' {where}", *params):
        found.append(f"order {row['order_id']} is {row['status']} but its pickup code is "
                     f"{'live' if row['status'] != 'ready_for_pickup' else 'missing'}")
    for row in await db.fetch(
            "SELECT v.order_id, o.status, SUM(v.handed_over + v.rejected) AS units, "
            "(SELECT SUM(l.quantity) FROM order_line l WHERE l.order_id = v.order_id) AS owed "
            "FROM store_verification v JOIN \"order\" o ON o.id = v.order_id "
            f"WHERE 1 = 1 {where.replace('p.', 'v.')} GROUP BY v.order_id, o.status", *params):
        if row["status"] not in ("completed", "refunded"):
            found.append(f"order {row['order_id']} was handed over at a store but is {row['status']}")
        if row["units"] > row["owed"]:
            found.append(f"order {row['order_id']}: {row['units']} units handed over or refused, but its lines hold {row['owed']}")
    for row in await db.fetch("SELECT s.id FROM store s JOIN warehouse w ON w.id = s.warehouse_id WHERE w.merchant_id <> s.merchant_id "
                              f"{where.replace('p.', 's.')}", *params):
        found.append(f"store {row['id']} keeps its stock in another merchant's warehouse")
    scope = {} if merchant_id is None else {"merchant_id": merchant_id}
    clerks = set(await StoreClerk.filter(active=True, **scope).values_list("merchant_id", "user_id"))
    found += role_problems(ROLE, await role_holders(ROLE, merchant_id), clerks, "an active clerkship")
    return found
