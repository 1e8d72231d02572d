"""An order leaves in several parcels: partial shipments, refunds of what has not left, on SQLite and PostgreSQL."""

from __future__ import annotations

from tests.api import unique

SHIP = "order { status lines { quantity shippedQuantity refundedQuantity } } shipment { id lines { quantity line { id } } }"


def _codes(payload):
    return [e["code"] for e in payload["errors"]]


async def _order(api, units=(3, 2)):
    shop = await api.merchant()
    products = [await api.product(shop, price=1_000, stock=10) for _ in units]
    buyer = await api.register(merchant=shop["slug"])
    order = (await api.place(shop, buyer, [(p["id"], q) for p, q in zip(products, units)]))["order"]
    assert (await api.pay(shop, order["id"]))["errors"] == []
    return shop, buyer, order, products


async def _ship(api, shop, order_id, lines=None):
    return await api.mutate("orderShip", {"orderId": order_id, "carrier": "SF", "trackingNumber": unique("SF"),
                                          **({"lines": lines} if lines is not None else {})},
                            token=shop["owner"]["token"], merchant=shop["slug"], select=SHIP)


async def _stock(api, shop, product):
    data = await api.ok("query($id: ID!) { product(id: $id) { stockLevels { onHand reserved } } }", {"id": product["id"]},
                        token=shop["owner"]["token"], merchant=shop["slug"])
    return [(row["onHand"], row["reserved"]) for row in data["product"]["stockLevels"]]


async def test_an_order_ships_in_two_parcels_and_is_shipped_after_the_last(api):
    shop, _, order, products = await _order(api)
    a, b = order["lines"][0]["id"], order["lines"][1]["id"]
    first = await _ship(api, shop, order["id"], [{"lineId": a, "quantity": 2}])
    assert first["errors"] == [], first["errors"]
    assert first["order"]["status"] == "PAID"
    assert [l["shippedQuantity"] for l in first["order"]["lines"]] == [2, 0]
    assert first["shipment"]["lines"] == [{"quantity": 2, "line": {"id": a}}]
    assert await _stock(api, shop, products[0]) == [(8, 1)]
    too_many = await _ship(api, shop, order["id"], [{"lineId": a, "quantity": 2}])
    assert _codes(too_many) == ["INVALID"] and too_many["errors"][0]["field"] == "lines.0.quantity"
    rest = await _ship(api, shop, order["id"])  # everything still to ship
    assert rest["order"]["status"] == "SHIPPED"
    assert sorted((l["line"]["id"], l["quantity"]) for l in rest["shipment"]["lines"]) == sorted([(a, 1), (b, 2)])
    assert _codes(await _ship(api, shop, order["id"])) == ["INVALID_TRANSITION"]


async def test_refunding_what_has_not_left_releases_it_and_can_finish_the_shipping(api):
    shop, _, order, products = await _order(api)
    a, b = order["lines"][0]["id"], order["lines"][1]["id"]
    await _ship(api, shop, order["id"], [{"lineId": a, "quantity": 3}])
    refunded = await api.mutate("orderRefund", {"orderId": order["id"], "idempotencyKey": unique("refund-key-"), "lines": [{"lineId": b, "quantity": 2}]},
                                token=shop["owner"]["token"], merchant=shop["slug"], select="order { status } refund { id }")
    assert refunded["errors"] == [], refunded["errors"]
    assert refunded["order"]["status"] == "SHIPPED"  # nothing is left to ship: the rest is on its way
    assert await _stock(api, shop, products[1]) == [(10, 0)]  # released, never left
    assert await _stock(api, shop, products[0]) == [(7, 0)]


async def test_a_refund_of_a_partly_shipped_line_releases_the_unshipped_units_first(api):
    shop, _, order, products = await _order(api, units=(4,))
    a = order["lines"][0]["id"]
    await _ship(api, shop, order["id"], [{"lineId": a, "quantity": 1}])
    refunded = await api.mutate("orderRefund", {"orderId": order["id"], "idempotencyKey": unique("refund-key-"), "lines": [{"lineId": a, "quantity": 3}]},
                                token=shop["owner"]["token"], merchant=shop["slug"], select="order { status }")
    assert refunded["order"]["status"] == "SHIPPED"
    assert await _stock(api, shop, products[0]) == [(9, 0)]  # the 3 never shipped are back on the shelf, 1 is with the buyer
    returned = await api.mutate("orderRefund", {"orderId": order["id"], "idempotencyKey": unique("refund-key-"), "restock": True},
                                token=shop["owner"]["token"], merchant=shop["slug"], select="order { status }")
    assert returned["order"]["status"] == "REFUNDED"
    assert await _stock(api, shop, products[0]) == [(10, 0)]  # the shipped one came back


async def test_a_parcel_names_only_lines_of_its_order(api):
    shop, _, order, _ = await _order(api)
    _, _, other, _ = await _order(api)
    foreign = await _ship(api, shop, order["id"], [{"lineId": other["lines"][0]["id"], "quantity": 1}])
    assert _codes(foreign) == ["NOT_FOUND"]
    twice = await _ship(api, shop, order["id"], [{"lineId": order["lines"][0]["id"], "quantity": 1}, {"lineId": order["lines"][0]["id"], "quantity": 1}])
    assert _codes(twice) == ["INVALID"]
