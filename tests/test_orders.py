"""The order lifecycle through the API: place, pay, ship, track, complete, cancel, refund."""

from datetime import datetime, timedelta, timezone

from tests.settling import settled as settle
from tests.api import ADDRESS, unique

ORDER = """query($id: ID!) { order(id: $id) {
  status subtotal { minor } shippingTotal { minor } total { minor } refundedTotal { minor }
  lines { id quantity unitPrice { minor } total { minor } refundedQuantity refundedAmount { minor } product { sku } }
  payments { gateway status amount { minor } refundedAmount { minor } }
  shipments { carrier trackingNumber events { status location } }
  refunds { amount { minor } shippingAmount { minor } restock lines { quantity amount { minor } } }
} }"""
AVAILABLE = "query($id: ID!) { product(id: $id) { available stockLevels { onHand reserved } } }"


async def _setup(api, price=10000, stock=10, **settings):
    shop = await api.merchant(**settings)
    product = await api.product(shop, price=price, stock=stock)
    buyer = await api.register()
    return shop, product, buyer


async def _stock(api, shop, product):
    data = await api.ok(AVAILABLE, {"id": product["id"]}, token=shop["owner"]["token"], merchant=shop["slug"])
    level = data["product"]["stockLevels"][0]
    return data["product"]["available"], level["onHand"], level["reserved"]


async def test_full_lifecycle(api):
    shop, product, buyer = await _setup(api, price=2550, shippingFee=800)
    owner, slug = shop["owner"]["token"], shop["slug"]
    placed = await api.place(shop, buyer, [(product["id"], 3)], note="leave at the door")
    assert placed["errors"] == []
    order = placed["order"]
    assert order["status"] == "PENDING_PAYMENT" and order["total"]["minor"] == 3 * 2550 + 800
    assert await _stock(api, shop, product) == (7, 10, 3)

    paid = await api.pay(shop, order["id"])
    assert paid["order"]["status"] == "PAID" and paid["payment"]["amount"]["minor"] == 8450

    shipped = await api.mutate("orderShip", {"orderId": order["id"], "carrier": "SF Express", "trackingNumber": "SF123"},
                               token=owner, merchant=slug, select="order { status } shipment { id }")
    assert shipped["order"]["status"] == "SHIPPED"
    assert await _stock(api, shop, product) == (7, 7, 0)
    tracked = await api.mutate("orderTrackingAdd", {"shipmentId": shipped["shipment"]["id"], "status": "in_transit", "location": "Hangzhou"},
                               token=owner, merchant=slug)
    assert tracked["errors"] == []

    completed = await api.mutate("orderComplete", {"orderId": order["id"]}, token=buyer["token"], merchant=slug, select="order { status }")
    assert completed["order"]["status"] == "COMPLETED"
    view = (await api.ok(ORDER, {"id": order["id"]}, token=buyer["token"], merchant=slug))["order"]
    assert view["shipments"] == [{"carrier": "SF Express", "trackingNumber": "SF123",
                                  "events": [{"status": "shipped", "location": ""}, {"status": "in_transit", "location": "Hangzhou"}]}]
    assert view["payments"] == [{"gateway": "manual", "status": "SUCCEEDED", "amount": {"minor": 8450}, "refundedAmount": {"minor": 0}}]


async def test_illegal_transitions_are_refused(api):
    shop, product, buyer = await _setup(api)
    owner, slug = shop["owner"]["token"], shop["slug"]
    order = (await api.place(shop, buyer, [(product["id"], 1)]))["order"]
    ship_unpaid = await api.mutate("orderShip", {"orderId": order["id"], "carrier": "SF", "trackingNumber": "1"}, token=owner, merchant=slug)
    assert ship_unpaid["errors"][0] == {"field": None, "code": "INVALID_TRANSITION", "message": "cannot ship an order that is pending payment"}
    complete_unshipped = await api.mutate("orderComplete", {"orderId": order["id"]}, token=buyer["token"], merchant=slug)
    assert complete_unshipped["errors"][0]["code"] == "INVALID_TRANSITION"
    refund_unpaid = await api.mutate("orderRefund", {"orderId": order["id"], "idempotencyKey": unique("refund-key-")}, token=owner, merchant=slug)
    assert refund_unpaid["errors"][0]["code"] == "INVALID_TRANSITION"
    assert (await api.pay(shop, order["id"]))["errors"] == []
    cancel_paid = await api.mutate("orderCancel", {"orderId": order["id"]}, token=buyer["token"], merchant=slug)
    assert cancel_paid["errors"][0]["message"] == "cannot cancel an order that is paid"


async def test_cancel_releases_stock_and_roles_guard_the_order(api):
    shop, product, buyer = await _setup(api, stock=5)
    slug = shop["slug"]
    order = (await api.place(shop, buyer, [(product["id"], 5)]))["order"]
    assert await _stock(api, shop, product) == (0, 5, 5)
    stranger = await api.register(merchant=slug)
    refused = await api.mutate("orderCancel", {"orderId": order["id"]}, token=stranger["token"], merchant=slug)
    assert refused["errors"][0]["code"] == "FORBIDDEN"
    hidden = await api.ok(ORDER, {"id": order["id"]}, token=stranger["token"], merchant=slug)
    assert hidden["order"] is None
    customer_pays = await api.mutate("orderPay", {"orderId": order["id"], "idempotencyKey": unique("pay-key-")}, token=buyer["token"], merchant=slug)
    assert customer_pays["errors"][0] == {"field": "gateway", "code": "FORBIDDEN", "message": "the manual gateway records payments taken by staff"}
    cancelled = await api.mutate("orderCancel", {"orderId": order["id"]}, token=buyer["token"], merchant=slug, select="order { status }")
    assert cancelled["order"]["status"] == "CANCELLED"
    assert await _stock(api, shop, product) == (5, 5, 0)


async def test_bad_orders_write_nothing(api):
    shop, product, buyer = await _setup(api, stock=2)
    slug = shop["slug"]
    too_many = await api.place(shop, buyer, [(product["id"], 3)])
    assert too_many["errors"][0]["code"] == "INSUFFICIENT_STOCK" and too_many["errors"][0]["field"] == "lines.0.quantity"
    other = await api.product(await api.merchant())
    foreign = await api.place(shop, buyer, [(other["id"], 1)])
    assert foreign["errors"][0] == {"field": "lines.0.productId", "code": "NOT_FOUND", "message": "no such product"}
    invalid = await api.mutate("orderPlace", {"lines": [{"productId": product["id"], "quantity": 1}, {"productId": product["id"], "quantity": 1}],
                                              "shippingAddress": {**ADDRESS, "phone": "call me", "regionCode": "!"}},
                               token=buyer["token"], merchant=slug)
    assert sorted(e["field"] for e in invalid["errors"]) == ["lines.1.productId", "shippingAddress.phone", "shippingAddress.regionCode"]
    for quantity in (0, -1, 1_000_001):  # numbers outside their declared range are refused before anything else
        out_of_range = await api.mutate("orderPlace", {"lines": [{"productId": product["id"], "quantity": quantity}], "shippingAddress": ADDRESS},
                                        token=buyer["token"], merchant=slug)
        assert [(e["field"], e["code"]) for e in out_of_range["errors"]] == [("lines.0.quantity", "INVALID")]
    empty = await api.mutate("orderPlace", {"lines": [], "shippingAddress": ADDRESS}, token=buyer["token"], merchant=slug)
    assert empty["errors"][0]["code"] == "REQUIRED"
    anonymous = await api.mutate("orderPlace", {"lines": [], "shippingAddress": ADDRESS}, merchant=slug)
    assert anonymous["errors"][0]["code"] == "UNAUTHENTICATED"
    archived = await api.product(shop, stock=5)
    await api.mutate("productUpdate", {"id": archived["id"], "status": "ARCHIVED"}, token=shop["owner"]["token"], merchant=slug)
    unavailable = await api.place(shop, buyer, [(product["id"], 1), (archived["id"], 1)])
    assert unavailable["errors"][0]["code"] == "PRODUCT_UNAVAILABLE"
    # Nothing was written: no order, stock untouched.
    orders = await api.ok("{ orders { totalCount } }", token=shop["owner"]["token"], merchant=slug)
    assert orders["orders"]["totalCount"] == 0
    assert await _stock(api, shop, product) == (2, 2, 0)


async def test_prices_come_from_the_server(api):
    shop, product, buyer = await _setup(api, price=999)
    body = await api.gql("""mutation { orderPlace(input: {lines: [{productId: "%s", quantity: 1, unitPrice: 1}],
        shippingAddress: {name: "a", phone: "13800138000", regionCode: "310104", address: "x"}}) { errors { code } } }""" % product["id"],
                         token=buyer["token"], merchant=shop["slug"])
    assert "unitPrice" in body["errors"][0]["message"]  # the input has no price field at all


async def test_partial_and_full_refunds(api):
    shop, product, buyer = await _setup(api, price=1000, shippingFee=500)
    owner, slug = shop["owner"]["token"], shop["slug"]
    order = (await api.place(shop, buyer, [(product["id"], 3)]))["order"]
    await api.pay(shop, order["id"])
    line = order["lines"][0]["id"]
    # Refund one unit before shipping: its reservation is released.
    partial = await api.mutate("orderRefund", {"orderId": order["id"], "idempotencyKey": unique("refund-key-"),
                                               "lines": [{"lineId": line, "quantity": 1}], "reason": "changed mind"},
                               token=owner, merchant=slug, select="order { status } refund { amount { minor } shippingAmount { minor } }")
    assert partial["order"]["status"] == "PAID"
    assert partial["refund"] == {"amount": {"minor": 1000}, "shippingAmount": {"minor": 0}}
    assert await _stock(api, shop, product) == (8, 10, 2)
    too_many = await api.mutate("orderRefund", {"orderId": order["id"], "idempotencyKey": unique("refund-key-"),
                                                "lines": [{"lineId": line, "quantity": 3}]}, token=owner, merchant=slug)
    assert too_many["errors"][0] == {"field": "lines.0.quantity", "code": "INVALID", "message": "between 1 and 2"}
    await api.mutate("orderShip", {"orderId": order["id"], "carrier": "SF", "trackingNumber": "1"}, token=owner, merchant=slug)
    assert await _stock(api, shop, product) == (8, 8, 0)
    rest = await api.mutate("orderRefund", {"orderId": order["id"], "idempotencyKey": unique("refund-key-"), "restock": True},
                            token=owner, merchant=slug, select="order { status refundedTotal { minor } } refund { amount { minor } shippingAmount { minor } }")
    assert rest["order"] == {"status": "REFUNDED", "refundedTotal": {"minor": 3500}}
    assert rest["refund"] == {"amount": {"minor": 2000}, "shippingAmount": {"minor": 500}}
    assert await _stock(api, shop, product) == (10, 10, 0)
    done = await api.mutate("orderRefund", {"orderId": order["id"], "idempotencyKey": unique("refund-key-")}, token=owner, merchant=slug)
    assert done["errors"][0]["code"] == "INVALID_TRANSITION"


async def test_refund_amounts_never_exceed_the_line(api):
    shop, product, buyer = await _setup(api, price=333)
    owner, slug = shop["owner"]["token"], shop["slug"]
    order = (await api.place(shop, buyer, [(product["id"], 3)]))["order"]
    await api.pay(shop, order["id"])
    line = order["lines"][0]["id"]
    amounts = []
    for _ in range(3):
        refund = await api.mutate("orderRefund", {"orderId": order["id"], "idempotencyKey": unique("refund-key-"),
                                                  "lines": [{"lineId": line, "quantity": 1}]}, token=owner, merchant=slug,
                                  select="refund { amount { minor } }")
        amounts.append(refund["refund"]["amount"]["minor"])
    assert sum(amounts) == 999


async def test_idempotent_pay_and_refund(api):
    shop, product, buyer = await _setup(api)
    owner, slug = shop["owner"]["token"], shop["slug"]
    order = (await api.place(shop, buyer, [(product["id"], 2)]))["order"]
    key = unique("pay-key-")
    first = await api.pay(shop, order["id"], key)
    retry = await api.pay(shop, order["id"], key)
    assert first["errors"] == retry["errors"] == [] and first["payment"] == retry["payment"]
    other_input = await api.mutate("orderPay", {"orderId": order["id"], "idempotencyKey": key, "reference": "different"},
                                   token=owner, merchant=slug)
    assert other_input["errors"][0]["code"] == "IDEMPOTENCY_KEY_REUSED"
    refund_key = unique("refund-key-")
    refund_input = {"orderId": order["id"], "idempotencyKey": refund_key, "lines": [{"lineId": order["lines"][0]["id"], "quantity": 1}]}
    once = await api.mutate("orderRefund", refund_input, token=owner, merchant=slug, select="refund { id }")
    twice = await api.mutate("orderRefund", refund_input, token=owner, merchant=slug, select="refund { id }")
    assert once["refund"] == twice["refund"]
    view = (await api.ok(ORDER, {"id": order["id"]}, token=owner, merchant=slug))["order"]
    assert view["refundedTotal"]["minor"] == 10000 and len(view["refunds"]) == 1
    ledger = await api.ok("{ ledgerTransactions(filter: {kind: \"order_payment\"}) { totalCount } }", token=owner, merchant=slug)
    assert ledger["ledgerTransactions"]["totalCount"] == 1


async def test_a_retried_order_placement_places_one_order(api):
    shop, product, buyer = await _setup(api, stock=5)
    key = unique("place-key-")
    # 5 on hand: 2 for the first order, then 4 refused until two more units arrive, then 1 for another buyer.
    first = await api.place(shop, buyer, [(product["id"], 2)], idempotencyKey=key)
    retry = await api.place(shop, buyer, [(product["id"], 2)], idempotencyKey=key)
    assert first["errors"] == retry["errors"] == [] and first["order"] == retry["order"]
    assert await _stock(api, shop, product) == (3, 5, 2)
    changed = await api.place(shop, buyer, [(product["id"], 1)], idempotencyKey=key)
    assert [(e["field"], e["code"]) for e in changed["errors"]] == [("idempotencyKey", "IDEMPOTENCY_KEY_REUSED")]
    short = await api.place(shop, buyer, [(product["id"], 1)], idempotencyKey="short")
    assert [(e["field"], e["code"]) for e in short["errors"]] == [("idempotencyKey", "INVALID")]
    # A refused placement leaves its key free: once the stock arrives, the same retry goes through.
    refused_key = unique("place-key-")
    too_many = await api.place(shop, buyer, [(product["id"], 4)], idempotencyKey=refused_key)
    assert [e["code"] for e in too_many["errors"]] == ["INSUFFICIENT_STOCK"]
    received = await api.mutate("stockAdjust", {"productId": product["id"], "warehouseId": shop["warehouse"], "delta": 2},
                                token=shop["owner"]["token"], merchant=shop["slug"])
    assert received["errors"] == []
    retried = await api.place(shop, buyer, [(product["id"], 4)], idempotencyKey=refused_key)
    assert retried["errors"] == [] and await _stock(api, shop, product) == (1, 7, 6)
    other_buyer = await api.register()
    same_key_other_buyer = await api.place(shop, other_buyer, [(product["id"], 1)], idempotencyKey=key)
    assert same_key_other_buyer["errors"] == [] and same_key_other_buyer["order"]["id"] != first["order"]["id"]
    orders = await api.ok("{ orders { totalCount } }", token=shop["owner"]["token"], merchant=shop["slug"])
    assert orders["orders"]["totalCount"] == 3


async def test_settle_expires_unpaid_and_completes_shipped(api, manager):
    shop, product, buyer = await _setup(api, stock=5, unpaidTimeoutMinutes=30, autoCompleteDays=10)
    owner, slug = shop["owner"]["token"], shop["slug"]
    unpaid = (await api.place(shop, buyer, [(product["id"], 2)]))["order"]
    shipped = (await api.place(shop, buyer, [(product["id"], 1)]))["order"]
    await api.pay(shop, shipped["id"])
    await api.mutate("orderShip", {"orderId": shipped["id"], "carrier": "SF", "trackingNumber": "1"}, token=owner, merchant=slug)

    now = datetime.now(timezone.utc)
    assert dict(await settle(manager, now, slug)) == {}
    soon = await settle(manager, now + timedelta(minutes=31), slug)
    assert soon["orders_cancelled"] == 1 and "orders_completed" not in soon
    later = await settle(manager, now + timedelta(days=11), slug)
    assert later["orders_completed"] == 1
    again = await settle(manager, now + timedelta(days=11), slug)
    assert dict(again) == {}
    statuses = {
        o: (await api.ok(ORDER, {"id": o}, token=owner, merchant=slug))["order"]["status"] for o in (unpaid["id"], shipped["id"])
    }
    assert statuses == {unpaid["id"]: "CANCELLED", shipped["id"]: "COMPLETED"}
    assert await _stock(api, shop, product) == (4, 4, 0)
    expired = await api.place(shop, buyer, [(product["id"], 1)])
    await settle(manager, now + timedelta(days=20), slug)
    late_pay = await api.pay(shop, expired["order"]["id"])
    assert late_pay["errors"][0]["code"] == "INVALID_TRANSITION"
