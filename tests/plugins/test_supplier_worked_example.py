"""The worked examples of the supplier mode, through the API on SQLite and PostgreSQL.

1. Consignment: one order with a line of the brand and lines of two suppliers is split — each party
   ships its own parcel, the buyer sees one order — the suppliers' shares (sale minus the platform's
   rate, the most specific winning) follow the order to available, are stated at the end of the cycle;
   a line refunded after payout becomes debt, netted on the next statement from the supplier's next
   earnings, and what a cycle cannot net is taken from the deposit.
2. Wholesale: a purchase order shipped in two parcels, each received into the brand's warehouse, its
   payable frozen until the statement of its cycle.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from tortoise.exceptions import IntegrityError, OperationalError
from tortoise.timezone import now as utcnow

from fenxiao.core import db
from fenxiao.core.unit_of_work import unit_of_work

from tests.api import unique
from tests.plugins import suppliers as sp
from tests.settling import settled

DAY = timedelta(days=1)


async def _order_lines(api, shop, buyer, order_id):
    data = await api.ok("query($id: ID!) { order(id: $id) { status lines { id productId quantity shippedQuantity } shipments { id lines { quantity } } } }",
                        {"id": order_id}, token=buyer["token"], merchant=shop["slug"])
    return data["order"]


async def _complete(api, shop, buyer, order_id):
    done = await api.mutate("orderComplete", {"orderId": order_id}, token=buyer["token"], merchant=shop["slug"])
    assert done["errors"] == [], done["errors"]


async def _refund(api, shop, order_id, line_id, quantity):
    refunded = await api.mutate("orderRefund", {"orderId": order_id, "lines": [{"lineId": line_id, "quantity": quantity}], "reason": "damaged",
                                                "idempotencyKey": unique("refund-key-")}, token=shop["owner"]["token"], merchant=shop["slug"])
    assert refunded["errors"] == [], refunded["errors"]


async def test_a_split_consignment_order_is_shipped_by_each_party_stated_and_clawed_back(api, manager):
    shop = await sp.setup(api, platform_bps=1000, category_bps={"flowers": 1500}, cycle="weekly")
    florist_row, florist = await sp.supplier(api, shop, deposit=20_000)
    baker_row, baker = await sp.supplier(api, shop)
    rose = await sp.product(api, shop, florist, price=10_000, supply_price=6_000, stock=10, category="flowers")
    cake = await sp.product(api, shop, baker, price=4_000, supply_price=2_500, stock=10)
    own = await api.product(shop, price=3_000, stock=5)
    # the brand's rate on the florist (supplier level) loses to the category; the product's own would win over both
    rated = await api.mutate("supplierRateSet", {"supplierId": florist_row["id"], "platformBps": 500}, token=shop["owner"]["token"],
                             merchant=shop["slug"])
    assert rated["errors"] == []
    buyer = await api.register(merchant=shop["slug"])
    order = await sp.paid_order(api, shop, [(own["id"], 1), (rose["productId"], 2), (cake["productId"], 1)], buyer)
    lines = {line["productId"]: line for line in (await _order_lines(api, shop, buyer, order["id"]))["lines"]}

    # routed: each supplier sees its own lines and where to send them, reserved in its own stock
    seen = await api.ok("{ supplierOrders(toShip: true) { number shipName shipPhone shipAddress lines { lineId quantity paid { minor } supplierShare { minor } mode } } }",
                        token=florist["token"], merchant=shop["slug"])
    [mine] = seen["supplierOrders"]
    assert mine["shipName"] == "Li Lei" and mine["shipPhone"] == "13800138000"
    assert [(l["lineId"], l["quantity"], l["paid"]["minor"], l["supplierShare"]["minor"], l["mode"]) for l in mine["lines"]] == [
        (lines[rose["productId"]]["id"], 2, 20_000, 17_000, "DIRECT")]  # 15% for flowers
    [rose_row] = [p for p in await sp.supply_products(api, shop, florist) if p["id"] == rose["id"]]
    assert (rose_row["stockOnHand"], rose_row["stockReserved"]) == (10, 2)

    # the brand does not ship a supplier's lines, nor a supplier the brand's
    everything = await api.mutate("orderShip", {"orderId": order["id"], "carrier": "SF", "trackingNumber": "SF1"}, token=shop["owner"]["token"],
                                  merchant=shop["slug"])
    assert sp.codes(everything) == ["SUPPLIER_LINE_NOT_YOURS"]
    foreign = await sp.ship(api, shop, baker, order["id"], [(lines[rose["productId"]]["id"], 1)])
    assert sp.codes(foreign) == ["NOT_FOUND"]
    brand = await api.mutate("orderShip", {"orderId": order["id"], "carrier": "SF", "trackingNumber": "SF2",
                                           "lines": [{"lineId": lines[own["id"]]["id"], "quantity": 1}]},
                             token=shop["owner"]["token"], merchant=shop["slug"])
    assert brand["errors"] == []
    first = await sp.ship(api, shop, florist, order["id"], [(lines[rose["productId"]]["id"], 1)])
    assert first["errors"] == [] and first["order"]["status"] == "PAID"
    assert (await sp.ship(api, shop, florist, order["id"]))["errors"] == []
    last = await sp.ship(api, shop, baker, order["id"])
    assert last["errors"] == [] and last["order"]["status"] == "SHIPPED"
    parcels = await api.ok("{ supplierOrders { number parcels { carrier units } } }", token=florist["token"], merchant=shop["slug"])
    assert [p["units"] for p in parcels["supplierOrders"][0]["parcels"]] == [{lines[rose["productId"]]["id"]: 1}] * 2
    seen_by_buyer = await _order_lines(api, shop, buyer, order["id"])
    assert seen_by_buyer["status"] == "SHIPPED" and len(seen_by_buyer["shipments"]) == 4
    [rose_row] = [p for p in await sp.supply_products(api, shop, florist) if p["id"] == rose["id"]]
    assert (rose_row["stockOnHand"], rose_row["stockReserved"]) == (8, 0)

    # completed, then available after the after-sales window; stated at the end of the week
    await _complete(api, shop, buyer, order["id"])
    assert (await sp.balance(api, shop, florist))["frozen"] == 17_000
    now = utcnow()
    await settled(manager, now + 8 * DAY, shop["slug"])
    assert (await sp.balance(api, shop, florist))["available"] == 17_000
    assert (await sp.balance(api, shop, baker))["available"] == 3_600
    await settled(manager, now + 16 * DAY, shop["slug"])
    stated = [s for s in await sp.statements(api, shop, florist) if s["earned"]["minor"]]
    assert [(s["earned"]["minor"], s["payable"]["minor"], [(l["kind"], l["amount"]["minor"]) for l in s["lines"]]) for s in stated] == [
        (17_000, 17_000, [("sale", 17_000)])]

    # the florist withdraws everything; then one rose is refunded after payout: debt
    withdrawn = await api.mutate("withdrawalRequest", {"amount": 17_000, "method": "ALIPAY", "accountName": "Florist", "accountNumber": "alipay-1",
                                                      "idempotencyKey": unique("withdraw-key-")}, token=florist["token"], merchant=shop["slug"])
    assert withdrawn["errors"] == [], withdrawn["errors"]
    await _refund(api, shop, order["id"], lines[rose["productId"]]["id"], 1)
    assert (await sp.balance(api, shop, florist))["debt"] == 8_500
    # netted from the next earnings: another rose sold, released — the debt is repaid first
    second = await sp.paid_order(api, shop, [(rose["productId"], 1)], buyer)
    assert (await sp.ship(api, shop, florist, second["id"]))["errors"] == []
    await _complete(api, shop, buyer, second["id"])
    await settled(manager, now + 30 * DAY, shop["slug"])
    money = await sp.balance(api, shop, florist)
    assert (money["debt"], money["available"]) == (0, 0)
    later = [s for s in await sp.statements(api, shop, florist) if s["lines"]]
    assert [sorted((l["kind"], l["amount"]["minor"]) for l in s["lines"]) for s in later] == [[("refund", -8_500), ("sale", 8_500)], [("sale", 17_000)]]
    assert (later[0]["payable"]["minor"], later[0]["closingDebt"]["minor"], later[0]["depositUsed"]["minor"]) == (0, 0, 0)
    # what no earnings cover is taken from the deposit at the statement
    await _refund(api, shop, second["id"], (await _order_lines(api, shop, buyer, second["id"]))["lines"][0]["id"], 1)
    assert (await sp.balance(api, shop, florist))["debt"] == 8_500
    await settled(manager, now + 40 * DAY, shop["slug"])
    money = await sp.balance(api, shop, florist)
    assert (money["debt"], money["deposit"]) == (0, 20_000 - 8_500)
    covered = [s for s in await sp.statements(api, shop, florist) if s["depositUsed"]["minor"]]
    assert [(s["refunded"]["minor"], s["depositUsed"]["minor"], s["closingDebt"]["minor"]) for s in covered] == [(8_500, 8_500, 0)]


async def test_a_wholesale_purchase_order_ships_in_parcels_is_received_and_paid_on_the_cycle(api, manager):
    shop = await sp.setup(api, cycle="weekly")
    row, grower = await sp.supplier(api, shop)
    tea = await sp.product(api, shop, grower, price=36_800, supply_price=21_000, form="wholesale")
    warehouse = await api.warehouse(shop)
    huge = await api.mutate("purchaseOrderCreate", {"supplierId": row["id"], "warehouseId": warehouse,
                                                    "lines": [{"productId": tea["productId"], "quantity": 1_000_000}]},
                            token=shop["owner"]["token"], merchant=shop["slug"])
    assert [(e["field"], e["code"]) for e in huge["errors"]] == [("lines", "INVALID")]  # worth more than one amount may be
    created = await api.mutate("purchaseOrderCreate", {"supplierId": row["id"], "warehouseId": warehouse,
                                                       "lines": [{"productId": tea["productId"], "quantity": 30}], "note": "spring"},
                               token=shop["owner"]["token"], merchant=shop["slug"], select="purchaseOrder { id status total { minor } lines { id } }")
    assert created["errors"] == [] and created["purchaseOrder"]["total"]["minor"] == 630_000
    po = created["purchaseOrder"]
    ship = {"purchaseOrderId": po["id"], "carrier": "DB", "trackingNumber": "DB1", "lines": [{"lineId": po["lines"][0]["id"], "quantity": 10}]}
    select = "shipment { id amount { minor } receivedAt }"
    assert sp.codes(await api.mutate("purchaseOrderShip", ship, token=grower["token"], merchant=shop["slug"])) == ["INVALID_TRANSITION"]
    answered = await api.mutate("purchaseOrderAnswer", {"purchaseOrderId": po["id"], "accept": True}, token=grower["token"], merchant=shop["slug"])
    assert answered["errors"] == []
    first = await api.mutate("purchaseOrderShip", ship, token=grower["token"], merchant=shop["slug"], select=select)
    assert first["errors"] == [] and first["shipment"]["amount"]["minor"] == 210_000
    too_many = {**ship, "lines": [{"lineId": po["lines"][0]["id"], "quantity": 21}]}
    assert sp.codes(await api.mutate("purchaseOrderShip", too_many, token=grower["token"], merchant=shop["slug"])) == ["INVALID"]
    # the supplier does not receive its own goods for the brand; the brand receives once
    receive = {"shipmentId": first["shipment"]["id"]}
    assert sp.codes(await api.mutate("purchaseOrderReceive", receive, token=grower["token"], merchant=shop["slug"])) == ["FORBIDDEN"]
    received = await api.mutate("purchaseOrderReceive", receive, token=shop["owner"]["token"], merchant=shop["slug"], select=select)
    assert received["errors"] == [] and received["shipment"]["receivedAt"]
    assert sp.codes(await api.mutate("purchaseOrderReceive", receive, token=shop["staff"]["token"], merchant=shop["slug"])) == ["INVALID_TRANSITION"]
    assert (await sp.balance(api, shop, grower))["frozen"] == 210_000
    stock = await api.ok("query($w: ID!) { stockLevels(first: 10, filter: {warehouseId: $w}) { edges { node { product { id } onHand } } } }",
                         {"w": warehouse}, token=shop["owner"]["token"], merchant=shop["slug"])
    assert [(e["node"]["product"]["id"], e["node"]["onHand"]) for e in stock["stockLevels"]["edges"]] == [(tea["productId"], 10)]
    rest = await api.mutate("purchaseOrderShip", {**ship, "lines": None, "trackingNumber": "DB2"}, token=grower["token"], merchant=shop["slug"],
                            select=select)
    assert rest["errors"] == [] and rest["shipment"]["amount"]["minor"] == 420_000
    # paid on the cycle: the statement of the week makes the received parcel available; the other waits for its receipt
    await settled(manager, utcnow() + 8 * DAY, shop["slug"])
    money = await sp.balance(api, shop, grower)
    assert (money["frozen"], money["available"]) == (0, 210_000)
    [stated] = [s for s in await sp.statements(api, shop, grower) if s["earned"]["minor"]]
    assert [(l["kind"], l["amount"]["minor"]) for l in stated["lines"]] == [("receipt", 210_000)]
    orders = await api.ok("{ purchaseOrders { edges { node { status lines { shipped received } } } } }", token=grower["token"], merchant=shop["slug"])
    assert orders["purchaseOrders"]["edges"][0]["node"] == {"status": "SHIPPED", "lines": [{"shipped": 30, "received": 10}]}
    # an issued statement is never changed: the database refuses
    for table in ("supplier_statement", "supplier_statement_line"):
        [row] = await db.fetch(f'SELECT id FROM "{table}" ORDER BY id DESC LIMIT 1')
        for statement in (f'UPDATE "{table}" SET created_at = created_at WHERE id = ?', f'DELETE FROM "{table}" WHERE id = ?'):
            with pytest.raises((IntegrityError, OperationalError), match="append-only"):
                async with unit_of_work():
                    await db.execute(statement, row["id"])
