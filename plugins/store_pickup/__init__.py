"""Stores (门店): buyers choose a store, pick up at its counter (自提) or have it deliver in the same
city; the store's clerks get orders ready and hand them over by code (核销), and earn, with the store,
a commission on what they sell and hand over.

- config.py   the merchant's settings; models.py its tables (a store is a core warehouse)
- rules.py    distances, opening hours, pickup codes, commission shares — pure, property-tested
- service.py  the use cases; schema.py the GraphQL; demo.py five stores in two cities
- invariants.py what `fenxiao check` verifies
"""

from __future__ import annotations

from pathlib import Path

from fenxiao.plugins import hookimpl, PendingWork, Plugin, RoleInfo, SalesMode
from fenxiao.plugins.store_pickup.models import PickupStatus, StorePickup
from fenxiao.plugins.store_pickup import service
from fenxiao.plugins.store_pickup.config import StoreConfig

NAME = service.NAME


class StorePlugin(Plugin):
    name = NAME
    version = "1.0.0"
    title = "Stores and pickup 门店自提"
    description = "Stores with hours and stock, nearest-store search, pickup codes verified at the counter, same-city delivery, store and clerk commission."
    Config = StoreConfig
    roles = (RoleInfo(service.ROLE, "Clerk 店员", "works at a store: gets orders ready, hands them over, sells for the store"),)
    error_codes = {
        "STORE_CLOSED": "the store takes no orders now",
        "STORE_OUT_OF_RANGE": "the address is outside the store's same-city delivery radius",
        "STORE_NOT_CLERK": "only a clerk of this store may do this",
        "PICKUP_WRONG_STORE": "the order is picked up at another store",
        "PICKUP_ALREADY_COLLECTED": "the order was picked up already",
        "PICKUP_EXPIRED": "the pickup window has ended",
        "PICKUP_CANCELLED": "the order was cancelled or refunded",
        "PICKUP_NOT_READY": "the order is not ready for pickup yet",
        "PICKUP_REFUND_OPEN": "a refund request of the order is open",
        "PICKUP_EXTENDED_ONCE": "the pickup window was extended once already",
    }
    models = ("fenxiao.plugins.store_pickup.models",)
    migrations = str(Path(__file__).parent / "migrations")
    # Dashboards: an order fulfilled by a store is a store sale; paid pickups wait to be made ready.
    sales_mode = SalesMode("store", 20, "o.store_id IS NOT NULL")
    pending_work = (PendingWork("pickupsToPrepare", lambda merchant_id: StorePickup.filter(
        merchant_id=merchant_id, status=PickupStatus.WAITING, order__paid_at__isnull=False)),)

    @hookimpl
    def fenxiao_schema(self):
        from fenxiao.plugins.store_pickup.schema import contribution

        return contribution()

    @hookimpl
    async def fenxiao_fulfillment_options(self, ctx, draft):
        return await service.fulfillment_options(ctx, draft)

    @hookimpl
    async def fenxiao_validate_order(self, ctx, draft):
        return await service.validate(ctx, draft)

    @hookimpl
    async def fenxiao_order_placed(self, ctx, order, lines, draft):
        await service.placed(ctx, order, lines, draft)

    @hookimpl
    async def fenxiao_order_commissions_granted(self, ctx, order, lines, commissions):
        await service.commissions_granted(ctx, order, lines, commissions)

    @hookimpl
    def fenxiao_order_shipped(self, ctx, order, shipment):
        service.refuse_shipping(order)

    @hookimpl
    async def fenxiao_order_cancelled(self, ctx, order):
        await service.cancelled(ctx, order)

    @hookimpl
    async def fenxiao_order_refunded(self, ctx, order, refund):
        await service.refunded(ctx, order)

    @hookimpl
    async def fenxiao_settle(self, ctx, now):
        return await service.settle(ctx, now)

    @hookimpl
    async def fenxiao_check(self, merchant_id):
        from fenxiao.plugins.store_pickup import invariants

        return await invariants.problems(merchant_id)

    @hookimpl
    async def fenxiao_demo(self, ctx, merchant, data):
        from fenxiao.plugins.store_pickup.demo import build_stores

        await build_stores(ctx, data)


plugin = StorePlugin()
