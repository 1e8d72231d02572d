"""Suppliers (供应商): companies that supply the brand's mall — wholesale (the brand buys and ships) or on
consignment (the supplier lists products, owns the stock, ships its own lines and is settled the sale
minus the platform's commission) — and the three ways a distributor sells a supplier's product
(散装代销, 推广代收, 推广返佣).

- config.py   the merchant's settings; models.py its tables (a supplier's stock is a core warehouse,
              its money its owner's wallet)
- rules.py    shares per profit mode, refunds in proportion, the most specific rate, statement
              arithmetic and cycles — pure, property-tested
- service.py  the use cases; schema.py the GraphQL (the brand's console and the supplier's back
              office); demo.py three suppliers
- invariants.py what `fenxiao check` verifies
"""

from __future__ import annotations

from pathlib import Path

from fenxiao.plugins import PendingWork, Plugin, RoleInfo, SalesMode, hookimpl
from fenxiao.plugins.supplier.models import Supplier, SupplierChange, SupplierChangeStatus, SupplierStatus
from fenxiao.plugins.supplier import service
from fenxiao.plugins.supplier.config import SupplierConfig

NAME = service.NAME


class SupplierPlugin(Plugin):
    name = NAME
    version = "1.0.0"
    title = "Suppliers 供应商"
    description = "Supplier onboarding and back office, catalogue approval, wholesale purchase orders, consignment lines routed to the " \
                  "supplier, statements with clawback and deposit, profit modes for distributors."
    Config = SupplierConfig
    roles = (RoleInfo(service.ROLE, "Supplier 供应商", "works for a supplier: its products, stock, orders to ship, statements"),)
    error_codes = {
        "SUPPLIER_EXISTS": "the member already owns or works for a supplier",
        "SUPPLIER_NOT_STAFF": "only a supplier's staff may do this",
        "SUPPLIER_INACTIVE": "the supplier is not active",
        "SUPPLIER_AGREEMENT_OUTDATED": "the agreement accepted is not the current one",
        "SUPPLIER_AGREEMENT_PENDING": "the supplier has not accepted the agreement",
        "SUPPLIER_DEPOSIT_DUE": "the supplier's deposit has not been received",
        "SUPPLIER_OPEN_ORDERS": "the supplier has open orders or purchase orders",
        "SUPPLIER_UNSETTLED": "the supplier's balance is not settled",
        "SUPPLIER_CHANGE_PENDING": "a change of the product waits for review",
        "SUPPLIER_PRICE_BAND": "a price outside the supplier's band",
        "SUPPLIER_LINE_NOT_YOURS": "a supplier's lines are shipped by that supplier alone",
        "SUPPLIER_SHIPS_ONLY": "a consignment product is delivered by its supplier",
        "SUPPLIER_OWN_SUPPLY": "nobody earns as distributor of their own supply",
    }
    models = ("fenxiao.plugins.supplier.models",)
    migrations = str(Path(__file__).parent / "migrations")
    # Dashboards: an order with a supplier's product is a supplier sale; applications and catalogue changes wait.
    sales_mode = SalesMode("supplier", 30, "EXISTS (SELECT 1 FROM supplier_line sl WHERE sl.order_id = o.id)")
    pending_work = (
        PendingWork("supplierApplications", lambda merchant_id: Supplier.filter(merchant_id=merchant_id, status=SupplierStatus.PENDING)),
        PendingWork("supplierChanges", lambda merchant_id: SupplierChange.filter(merchant_id=merchant_id, status=SupplierChangeStatus.PENDING)),
    )

    @hookimpl
    def fenxiao_schema(self):
        from fenxiao.plugins.supplier.schema import contribution

        return contribution()

    @hookimpl
    async def fenxiao_buyer_price(self, ctx, draft, product, quantity):
        return await service.buyer_price(ctx, draft, product)

    @hookimpl
    async def fenxiao_validate_order(self, ctx, draft):
        return await service.validate(ctx, draft)

    @hookimpl
    async def fenxiao_route_lines(self, ctx, draft, option):
        return await service.route_lines(ctx, draft, option)

    @hookimpl
    async def fenxiao_order_placed(self, ctx, order, lines, draft):
        await service.placed(ctx, order, lines)

    @hookimpl
    async def fenxiao_order_commissions_granted(self, ctx, order, lines, commissions):
        await service.paid(ctx, order, lines)

    @hookimpl
    async def fenxiao_order_shipped(self, ctx, order, shipment):
        await service.shipped(ctx, order, shipment)

    @hookimpl
    async def fenxiao_order_refunded(self, ctx, order, refund):
        await service.refunded(ctx, order)

    @hookimpl
    async def fenxiao_settle(self, ctx, now):
        return await service.settle(ctx, now)

    @hookimpl
    async def fenxiao_check(self, merchant_id):
        from fenxiao.plugins.supplier import invariants

        return await invariants.problems(merchant_id)

    @hookimpl
    async def fenxiao_demo(self, ctx, merchant, data):
        from fenxiao.plugins.supplier.demo import build_suppliers

        await build_suppliers(ctx, data)


plugin = SupplierPlugin()
