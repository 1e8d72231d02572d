"""Cloud-warehouse ordering (云仓订货): resellers at level prices hold virtual stock in the brand's
warehouse, buy from their upline or the brand, sell from their own shop, and the brand ships every parcel.

- config.py   the brand's settings
- models.py   levels, prices, resellers, cloud stock and its movements, sourcing of restocks
- rules.py    level prices, spreads (级差), costs, upgrades — pure, property-tested
- stock.py    cloud stock changes (conditional updates + movement rows)
- service.py  the use cases; schema.py the GraphQL; demo.py the demo's reseller tree
"""

from __future__ import annotations

from pathlib import Path

from fenxiao.plugins import FulfillmentOption, hookimpl, PendingWork, Plugin, PriceQuote, RoleInfo, SalesMode
from fenxiao.plugins.b2b_ordering.models import OrderingReseller, ResellerStatus
from fenxiao.plugins.b2b_ordering import service
from fenxiao.plugins.b2b_ordering.config import OrderingConfig

NAME = service.NAME


class OrderingPlugin(Plugin):
    name = NAME
    version = "1.0.0"
    title = "Cloud-warehouse ordering 云仓订货"
    description = "Resellers buy virtual stock at their level's price, sell it on or pass it down; the brand ships every parcel."
    Config = OrderingConfig
    roles = (RoleInfo(service.ROLE, "Reseller 订货商", "orders at a level price into cloud stock and sells from a shop"),)
    error_codes = {
        "ORDERING_NOT_RESELLER": "only active resellers may do this",
        "ORDERING_ALREADY_RESELLER": "the member is a reseller already",
        "ORDERING_JOIN_CLOSED": "the brand does not take resellers this way",
        "ORDERING_CODE_UNKNOWN": "no active reseller has this invite code",
        "ORDERING_LEVEL_TOO_HIGH": "a reseller joins below their upline's level",
        "ORDERING_NO_LEVELS": "the brand has no reseller levels yet",
        "ORDERING_BELOW_MINIMUM": "below the level's minimum order",
        "ORDERING_CYCLE": "the new upline is below the reseller",
        "ORDERING_PRICE_INVERTED": "a lower level would buy cheaper than a level above it, who would then sell down at a loss",
    }
    models = ("fenxiao.plugins.b2b_ordering.models",)
    migrations = str(Path(__file__).parent / "migrations")
    # Dashboards: an order that moved cloud stock (a restock, a pick-up, a shop sale) is a reseller sale.
    sales_mode = SalesMode("reseller", 10, "EXISTS (SELECT 1 FROM ordering_stock_movement om WHERE om.order_id = o.id)")
    pending_work = (PendingWork("resellerApplications", lambda merchant_id: OrderingReseller.filter(
        merchant_id=merchant_id, status=ResellerStatus.PENDING)),)

    @hookimpl
    def fenxiao_schema(self):
        from fenxiao.plugins.b2b_ordering.schema import contribution

        return contribution()

    @hookimpl
    async def fenxiao_buyer_price(self, ctx, draft, product, quantity):
        price = await service.quote(ctx, draft, product)
        return None if price is None else PriceQuote(price, "reseller price")

    @hookimpl
    async def fenxiao_validate_order(self, ctx, draft):
        return await service.validate(ctx, draft)

    @hookimpl
    def fenxiao_fulfillment_options(self, ctx, draft):
        kind = service.kind_of(draft)
        if kind == service.RESTOCK:
            return [FulfillmentOption(service.CLOUD_STOCK, "Into your cloud stock", 0, NAME, physical=False, for_resale=True)]
        if kind == service.PICKUP:
            return [FulfillmentOption(service.CLOUD_PICKUP, "Shipped from your cloud stock", service.config(ctx).pickup_shipping_fee, NAME)]
        return None

    @hookimpl
    async def fenxiao_order_placed(self, ctx, order, lines, draft):
        await service.placed(ctx, order, lines, draft)

    @hookimpl
    async def fenxiao_order_paid(self, ctx, order, lines, payment):
        await service.paid(ctx, order, lines)

    @hookimpl
    async def fenxiao_order_commissions_granted(self, ctx, order, lines, commissions):
        await service.credit_shop_sale(ctx, order, lines, commissions)

    @hookimpl
    async def fenxiao_order_cancelled(self, ctx, order):
        await service.cancelled(ctx, order)

    @hookimpl
    async def fenxiao_order_refunded(self, ctx, order, refund):
        await service.refunded(ctx, order, refund)

    @hookimpl
    async def fenxiao_settle(self, ctx, now):
        return {"ordering_restocks_routed": await service.route_overdue(ctx, now)}

    @hookimpl
    async def fenxiao_check(self, merchant_id):
        from fenxiao.plugins.b2b_ordering import invariants

        return await invariants.problems(merchant_id)

    @hookimpl
    async def fenxiao_demo(self, ctx, merchant, data):
        from fenxiao.plugins.b2b_ordering.demo import build_tree

        await build_tree(ctx, data)


plugin = OrderingPlugin()
