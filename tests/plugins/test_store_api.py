"""Stores and pickup through the GraphQL API, on SQLite and PostgreSQL: every refusal at the counter,
expiry by settle, same-city delivery, transfers to the store, nearest stores, regions, tenancy."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from tortoise.exceptions import IntegrityError
from tortoise.timezone import now as utcnow

from fenxiao.core.unit_of_work import unit_of_work
from fenxiao.plugins.store_pickup.models import StorePickup
from tests.api import ADDRESS
from tests.plugins import stores as s
from tests.settling import settled


async def _ready_order(api, shop, store_row, clerk, product, quantity=1, buyer=None):
    buyer = buyer or await api.register(merchant=shop["slug"])
    placed = await s.place_pickup(api, shop, buyer, store_row, [(product["id"], quantity)])
    assert placed["errors"] == [], placed["errors"]
    order = placed["order"]
    assert (await api.pay(shop, order["id"]))["errors"] == []
    marked = await s.ready(api, shop, clerk, order["id"])
    assert marked["errors"] == [], marked["errors"]
    return buyer, order, await s.my_pickup(api, shop, buyer, order["id"])


async def _shop_with_store(api, **config):
    shop = await s.setup(api, **config)
    store_row = await s.store(api, shop, "XH")
    clerk = await s.clerk(api, shop, store_row)
    product = await api.product(shop, price=5_000, stock=0)
    await s.stock(api, shop, store_row, product, 10)
    return shop, store_row, clerk, product


def _codes(payload: dict) -> list[str]:
    return [error["code"] for error in payload["errors"]]


async def test_each_refusal_at_the_counter_has_its_own_code(api):
    shop, here, clerk, product = await _shop_with_store(api)
    there = await s.store(api, shop, "JA", "ja")
    other_clerk = await s.clerk(api, shop, there)
    await s.stock(api, shop, there, product, 5)
    buyer, order, mine = await _ready_order(api, shop, here, clerk, product)

    # another store's clerk, by code and by order; staff who are no clerk here
    assert _codes(await s.verify(api, shop, other_clerk, there, code=mine["code"])) == ["PICKUP_WRONG_STORE"]
    assert _codes(await s.verify(api, shop, other_clerk, there, orderId=order["id"])) == ["PICKUP_WRONG_STORE"]
    assert _codes(await s.verify(api, shop, other_clerk, here, code=mine["code"])) == ["STORE_NOT_CLERK"]
    assert _codes(await s.verify(api, shop, shop["owner"], here, code=mine["code"])) == ["FORBIDDEN"]
    # malformed and unknown codes
    assert _codes(await s.verify(api, shop, clerk, here, code="12ab")) == ["INVALID"]
    wrong = "00000000" if mine["code"].replace(" ", "") != "00000000" else "11111111"
    assert _codes(await s.verify(api, shop, clerk, here, code=wrong)) == ["NOT_FOUND"]
    assert _codes(await s.verify(api, shop, clerk, here, code=mine["code"], orderId=order["id"])) == ["INVALID"]

    # a refund request is open: refused until staff answer it
    asked = await api.mutate("orderRefundRequest", {"orderId": order["id"], "reason": "发错货", "description": "wrong size"}, token=buyer["token"],
                             merchant=shop["slug"], select="request { id status }")
    assert asked["errors"] == [] and asked["request"]["status"] == "OPEN"
    again = await api.mutate("orderRefundRequest", {"orderId": order["id"], "reason": "其他"}, token=buyer["token"], merchant=shop["slug"])
    assert _codes(again) == ["REFUND_REQUEST_OPEN"]
    assert _codes(await s.verify(api, shop, clerk, here, code=mine["code"])) == ["PICKUP_REFUND_OPEN"]
    rejected = await api.mutate("refundRequestReview", {"requestId": asked["request"]["id"], "approve": False, "reason": "size fits"},
                                token=shop["owner"]["token"], merchant=shop["slug"], select="request { status answer }")
    assert rejected["request"] == {"status": "REJECTED", "answer": "size fits"}

    # the buyer cannot complete it themselves, nor staff ship it: only a handover moves it on
    completed = await api.mutate("orderComplete", {"orderId": order["id"]}, token=buyer["token"], merchant=shop["slug"])
    assert _codes(completed) == ["INVALID_TRANSITION"]
    shipped = await api.mutate("orderShip", {"orderId": order["id"], "carrier": "SF", "trackingNumber": "SF1"},
                               token=shop["owner"]["token"], merchant=shop["slug"])
    assert _codes(shipped) == ["INVALID_TRANSITION"]

    # a clerk does not hand over their own order: another clerk serves them
    _, own, own_code = await _ready_order(api, shop, here, clerk, product, buyer=clerk)
    assert _codes(await s.verify(api, shop, clerk, here, code=own_code["code"])) == ["OWN_REQUEST"]

    done = await s.verify(api, shop, clerk, here, code=mine["code"])
    assert done["errors"] == [] and done["order"]["status"] == "COMPLETED"
    assert _codes(await s.verify(api, shop, clerk, here, orderId=order["id"])) == ["PICKUP_ALREADY_COLLECTED"]
    # the code died with the handover: it names nothing live any more, and the buyer sees none
    assert (await s.my_pickup(api, shop, buyer, order["id"]))["code"] is None


async def test_not_ready_and_expired_orders_are_refused(api):
    shop, here, clerk, product = await _shop_with_store(api)
    buyer = await api.register(merchant=shop["slug"])
    placed = await s.place_pickup(api, shop, buyer, here, [(product["id"], 1)])
    order = placed["order"]
    assert _codes(await s.ready(api, shop, clerk, order["id"])) == ["INVALID_TRANSITION"]  # unpaid
    await api.pay(shop, order["id"])
    # paid, being prepared: ready by the store's lead time (120 minutes by default)
    eta = await api.ok("query($id: ID!) { myPickup(orderId: $id) { readyBy code } }", {"id": order["id"]}, token=buyer["token"],
                       merchant=shop["slug"])
    assert eta["myPickup"]["code"] is None
    assert timedelta(minutes=119) < datetime.fromisoformat(eta["myPickup"]["readyBy"]) - utcnow() <= timedelta(minutes=120)
    assert _codes(await s.verify(api, shop, clerk, here, orderId=order["id"])) == ["PICKUP_NOT_READY"]
    await s.ready(api, shop, clerk, order["id"])
    await StorePickup.filter(order_id=int(_pk(order["id"]))).update(expires_at=utcnow() - timedelta(seconds=1))
    assert _codes(await s.verify(api, shop, clerk, here, orderId=order["id"])) == ["PICKUP_EXPIRED"]


def _pk(global_id: str) -> int:
    from fenxiao.plugins import decode_id

    return decode_id(global_id, "Order")


async def test_a_buyer_who_refuses_everything_is_refunded_and_nothing_completes(api):
    shop, here, clerk, product = await _shop_with_store(api, clerk_bps=500)
    buyer, order, mine = await _ready_order(api, shop, here, clerk, product, quantity=2)
    line = order["lines"][0]["id"]
    done = await s.verify(api, shop, clerk, here, code=mine["code"], lines=[{"lineId": line, "quantity": 0}])
    assert done["errors"] == [], done["errors"]
    assert done["order"] == {"status": "REFUNDED", "refundedTotal": {"minor": 10_000}}
    assert done["verification"]["handedOver"] == 0 and done["verification"]["rejected"] == 2
    assert (await s.my_pickup(api, shop, buyer, order["id"]))["pickup"]["status"] == "CANCELLED"
    assert await s.commissions(api, shop, clerk) == []
    assert (await s.held(api, shop, here))[product["id"]] == (10, 0)


async def test_lines_are_marked_ready_one_by_one_and_the_code_comes_with_the_last(api):
    shop, here, clerk, product = await _shop_with_store(api)
    second = await api.product(shop, price=1_000, stock=0)
    await s.stock(api, shop, here, second, 3)
    buyer = await api.register(merchant=shop["slug"])
    order = (await s.place_pickup(api, shop, buyer, here, [(product["id"], 1), (second["id"], 2)]))["order"]
    await api.pay(shop, order["id"])
    first = await s.ready(api, shop, clerk, order["id"], [order["lines"][0]["id"]])
    assert first["order"]["status"] == "PAID" and first["pickup"]["status"] == "WAITING"
    assert (await s.my_pickup(api, shop, buyer, order["id"]))["code"] is None
    last = await s.ready(api, shop, clerk, order["id"], [order["lines"][1]["id"]])
    assert last["order"]["status"] == "READY_FOR_PICKUP" and last["pickup"]["status"] == "READY"
    assert len(last["pickup"]["readyLineIds"]) == 2
    assert (await s.my_pickup(api, shop, buyer, order["id"]))["code"] is not None


async def test_settle_refunds_orders_not_picked_up_and_puts_the_goods_back(api, manager):
    shop, here, clerk, product = await _shop_with_store(api)
    buyer, order, mine = await _ready_order(api, shop, here, clerk, product, quantity=2)
    assert (await s.held(api, shop, here))[product["id"]] == (10, 2)
    extended = await api.mutate("pickupExtend", {"orderId": order["id"]}, token=buyer["token"], merchant=shop["slug"],
                                select="pickup { extended expiresAt }")
    assert extended["errors"] == [] and extended["pickup"]["extended"] is True
    assert _codes(await api.mutate("pickupExtend", {"orderId": order["id"]}, token=buyer["token"], merchant=shop["slug"])) == [
        "PICKUP_EXTENDED_ONCE"]
    stranger = await api.register(merchant=shop["slug"])
    assert _codes(await api.mutate("pickupExtend", {"orderId": order["id"]}, token=stranger["token"], merchant=shop["slug"])) == ["FORBIDDEN"]

    ends = datetime.fromisoformat(extended["pickup"]["expiresAt"])
    assert (await settled(manager, ends - timedelta(minutes=1), shop["slug"]))["pickups expired"] == 0
    counts = await settled(manager, ends + timedelta(minutes=1), shop["slug"])
    assert counts["pickups expired"] == 1
    data = await api.ok("query($id: ID!) { order(id: $id) { status refundedTotal { minor } } }", {"id": order["id"]},
                        token=shop["owner"]["token"], merchant=shop["slug"])
    assert data["order"] == {"status": "REFUNDED", "refundedTotal": {"minor": 10_000}}
    assert (await s.held(api, shop, here))[product["id"]] == (10, 0)
    assert (await s.my_pickup(api, shop, buyer, order["id"]))["pickup"]["status"] == "EXPIRED"
    assert _codes(await s.verify(api, shop, clerk, here, code=mine["code"])) == ["PICKUP_EXPIRED"]
    assert (await settled(manager, ends + timedelta(days=1), shop["slug"]))["pickups expired"] == 0  # idempotent


async def test_the_merchant_may_extend_no_shows_once_before_refunding(api, manager):
    shop, here, clerk, product = await _shop_with_store(api, no_show="extend", extension_days=2)
    buyer, order, _ = await _ready_order(api, shop, here, clerk, product)
    ends = datetime.fromisoformat((await s.my_pickup(api, shop, buyer, order["id"]))["pickup"]["expiresAt"])
    counts = await settled(manager, ends + timedelta(minutes=1), shop["slug"])
    assert counts["pickups expired"] == 0 and counts["pickup windows extended"] == 1
    assert (await settled(manager, ends + timedelta(days=2, minutes=2), shop["slug"]))["pickups expired"] == 1


async def test_same_city_delivery_only_within_the_radius(api):
    shop = await s.setup(api)
    here = await s.store(api, shop, "XH", "xh", deliveryRadiusKm=3, deliveryFee=600)
    clerk = await s.clerk(api, shop, here)
    product = await api.product(shop, price=5_000, stock=0)
    await s.stock(api, shop, here, product, 5)
    buyer = await api.register(merchant=shop["slug"])
    address = {**ADDRESS, "address": "Near the store"}

    def at(lat, lng):
        return {"shippingAddress": {**address, "latitude": lat, "longitude": lng}}

    far = await s.place_pickup(api, shop, buyer, here, [(product["id"], 1)], method="store_delivery", **at(31.2397, 121.4998))
    assert _codes(far) == ["STORE_OUT_OF_RANGE"]
    nowhere = await s.place_pickup(api, shop, buyer, here, [(product["id"], 1)], method="store_delivery", shippingAddress=address)
    assert _codes(nowhere) == ["REQUIRED"] and nowhere["errors"][0]["field"] == "shippingAddress.latitude"
    bad = await s.place_pickup(api, shop, buyer, here, [(product["id"], 1)], method="store_delivery", **at(95, 121.4))
    assert _codes(bad) == ["INVALID"]
    close = await s.place_pickup(api, shop, buyer, here, [(product["id"], 1)], method="store_delivery", **at(31.2050, 121.4400))
    assert close["errors"] == [], close["errors"]
    assert close["order"]["total"]["minor"] == 5_000 + 600
    await api.pay(shop, close["order"]["id"])
    sent = await api.mutate("storeDeliver", {"orderId": close["order"]["id"], "courier": "闪送 13700137000"}, token=clerk["token"],
                            merchant=shop["slug"], select="order { status }")
    assert sent["errors"] == [] and sent["order"]["status"] == "SHIPPED"
    assert (await s.held(api, shop, here))[product["id"]] == (4, 0)
    no_radius = await s.store(api, shop, "JA", "ja")
    refused = await s.place_pickup(api, shop, buyer, no_radius, [(product["id"], 1)], method="store_delivery", **at(31.2286, 121.4517))
    assert _codes(refused) == ["INVALID"] and refused["errors"][0]["field"] == "fulfillmentMethod"


async def test_stock_comes_from_the_store_unless_the_merchant_allows_transfers(api):
    shop, here, clerk, product = await _shop_with_store(api)
    elsewhere = await api.product(shop, price=2_000, stock=5)  # in the main warehouse only
    buyer = await api.register(merchant=shop["slug"])
    refused = await s.place_pickup(api, shop, buyer, here, [(elsewhere["id"], 1)])
    assert _codes(refused) == ["INSUFFICIENT_STOCK"]

    await api.enable(shop, s.PLUGIN, {"transfer_allowed": True})
    placed = await s.place_pickup(api, shop, buyer, here, [(elsewhere["id"], 2)])
    assert placed["errors"] == [], placed["errors"]
    await api.pay(shop, placed["order"]["id"])
    assert elsewhere["id"] not in await s.held(api, shop, here)
    await s.ready(api, shop, clerk, placed["order"]["id"])  # the units move to the store
    assert (await s.held(api, shop, here))[elsewhere["id"]] == (2, 2)
    main = await api.ok("query($id: ID!) { stockLevels(filter: {warehouseId: $id}) { edges { node { onHand reserved } } } }",
                        {"id": shop["warehouse"]}, token=shop["owner"]["token"], merchant=shop["slug"])
    assert [e["node"] for e in main["stockLevels"]["edges"]] == [{"onHand": 3, "reserved": 0}]
    done = await s.verify(api, shop, clerk, here, orderId=placed["order"]["id"])
    assert done["errors"] == []
    assert (await s.held(api, shop, here))[elsewhere["id"]] == (0, 0)


async def test_a_delivery_order_never_takes_stock_from_a_stores_shelf(api):
    shop, here, clerk, product = await _shop_with_store(api)  # 10 units on the store's shelf, none elsewhere
    buyer = await api.register(merchant=shop["slug"])
    assert _codes(await api.place(shop, buyer, [(product["id"], 1)])) == ["INSUFFICIENT_STOCK"]
    await api.mutate("stockAdjust", {"productId": product["id"], "warehouseId": await api.warehouse(shop), "delta": 3},
                     token=shop["owner"]["token"], merchant=shop["slug"])
    assert (await api.place(shop, buyer, [(product["id"], 2)]))["errors"] == []
    assert (await s.held(api, shop, here))[product["id"]] == (10, 0)
    # the merchant may open the shelf to every order
    opened = await api.mutate("warehouseUpdate", {"id": here["warehouseId"], "general": True}, token=shop["owner"]["token"], merchant=shop["slug"])
    assert opened["errors"] == [], opened["errors"]
    assert (await api.place(shop, buyer, [(product["id"], 5)]))["errors"] == []
    assert (await s.held(api, shop, here))[product["id"]] == (10, 5)


async def test_closed_stores_take_no_orders(api):
    shop, here, clerk, product = await _shop_with_store(api)
    changed = await s.save_store(api, shop, "XH", storeId=here["id"], status="SUSPENDED")
    assert changed["errors"] == [], changed["errors"]
    buyer = await api.register(merchant=shop["slug"])
    assert _codes(await s.place_pickup(api, shop, buyer, here, [(product["id"], 1)])) == ["STORE_CLOSED"]
    assert _codes(await api.place(shop, buyer, [(product["id"], 1)], storeId=here["id"])) == ["STORE_CLOSED"]


async def test_store_input_is_checked(api):
    shop = await s.setup(api)
    bad = await s.save_store(api, shop, "X1", latitude=91, hours=[{"weekday": 0, "opens": "25:00", "closes": "10:00"}],
                             timeZone="Mars/Olympus")
    assert _codes(bad) == ["INVALID"] and bad["errors"][0]["field"] == "timeZone"
    bad = await s.save_store(api, shop, "X1", latitude=91, hours=[{"weekday": 0, "opens": "25:00", "closes": "10:00"},
                                                                  {"weekday": 1, "opens": "09:00", "closes": "12:00"},
                                                                  {"weekday": 1, "opens": "11:00", "closes": "13:00"}])
    assert {e["field"] for e in bad["errors"]} == {"latitude", "hours.0", "hours"}
    bad = await s.save_store(api, shop, "X1", exceptions=[{"date": "2027-01-01", "opens": "12:00"}])
    assert bad["errors"][0]["field"] == "exceptions.0"
    assert (await s.save_store(api, shop, "X1", deliveryRadiusKm=101))["errors"][0]["field"] == "deliveryRadiusKm"
    overnight = await s.store(api, shop, "X1", hours=[{"weekday": 6, "opens": "22:00", "closes": "02:00"}])
    assert overnight["hours"] == [{"weekday": 0, "opens": "00:00", "closes": "02:00"}, {"weekday": 6, "opens": "22:00", "closes": "24:00"}]
    assert _codes(await s.save_store(api, shop, "X1")) == ["INVALID"]  # the code is taken


async def test_nearest_stores_sorted_filtered_and_in_constant_queries(api):
    shop = await s.setup(api, max_radius_km=300)
    owner = {"token": shop["owner"]["token"], "merchant": shop["slug"]}
    product = await api.product(shop, price=1_000, stock=0)
    await s.store(api, shop, "XH", "xh", exceptions=[{"date": "2030-05-01", "note": "holiday"}])
    ja = await s.store(api, shop, "JA", "ja", hours=[{"weekday": 2, "opens": "10:00", "closes": "12:00"}])  # Wednesdays 10-12 only
    await s.store(api, shop, "LJ", "lj")
    await s.store(api, shop, "HZ", "hz")
    await s.stock(api, shop, ja, product, 1)
    query = """query($lat: Float!, $lng: Float!, $r: Float!, $at: DateTime, $p: [ID!], $first: Int, $after: String) {
      storesNear(latitude: $lat, longitude: $lng, radiusKm: $r, openAt: $at, productIds: $p, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { distanceM node { code openNow hours { weekday } exceptions { note } } } } }"""

    async def near(**variables):
        data = await api.ok(query, {"lat": 31.1947, "lng": 121.4365, "r": 10, **variables}, merchant=shop["slug"])
        return data["storesNear"]

    found = await near()
    assert [e["node"]["code"] for e in found["edges"]] == ["XH", "JA", "LJ"] and found["totalCount"] == 3
    assert found["edges"][0]["distanceM"] == 0 and 3_000 < found["edges"][1]["distanceM"] < 5_000
    assert [e["node"]["code"] for e in (await near(r=4.5))["edges"]] == ["XH", "JA"]
    assert [e["node"]["code"] for e in (await near(r=200))["edges"]] == ["XH", "JA", "LJ", "HZ"]
    page = await near(first=2)
    assert page["pageInfo"]["hasNextPage"] and [e["node"]["code"] for e in (await near(first=2, after=page["pageInfo"]["endCursor"]))["edges"]] == ["LJ"]
    # open at: a Wednesday 11:00 in Shanghai (03:00 UTC) all three; 13:00 not JA; on the holiday not XH
    wednesday = "2030-05-08T03:00:00+00:00"
    assert [e["node"]["code"] for e in (await near(at=wednesday))["edges"]] == ["XH", "JA", "LJ"]
    assert [e["node"]["code"] for e in (await near(at="2030-05-08T05:00:00+00:00"))["edges"]] == ["XH", "LJ"]
    assert [e["node"]["code"] for e in (await near(at="2030-05-01T03:00:00+00:00"))["edges"]] == ["JA", "LJ"]  # XH's holiday, a Wednesday
    assert [e["node"]["code"] for e in (await near(p=[product["id"]]))["edges"]] == ["JA"]
    assert _codes_of(await api.gql(query, {"lat": 31.19, "lng": 121.43, "r": 301}, merchant=shop["slug"])) == ["INVALID"]
    assert _codes_of(await api.gql(query, {"lat": 91, "lng": 121.43, "r": 5}, merchant=shop["slug"])) == ["INVALID"]

    async def queries(**variables) -> int:
        body = await api.gql(query, {"lat": 31.1947, "lng": 121.4365, "r": 200, "at": wednesday, "p": [product["id"]], **variables}, **owner)
        assert not body.get("errors"), body
        return body["extensions"]["queries"]

    before = await queries()
    for n in range(8):
        extra = await s.store(api, shop, f"N{n}", "ja")
        await s.stock(api, shop, extra, product, 1)
    assert await queries() == before  # twelve stores, five of them on the page: the same statements as with one


def _codes_of(body: dict) -> list[str]:
    return [error["extensions"]["code"] for error in body.get("errors", [])]


async def test_stores_by_region_walks_down_the_hierarchy(api):
    shop = await s.setup(api)
    await s.store(api, shop, "XH", "xh", regionCode="310104")
    await s.store(api, shop, "PD", "lj", regionCode="310115")
    await s.store(api, shop, "HZ", "hz", regionCode="330106")
    query = "query($code: String!) { storesByRegion(regionCode: $code) { totalCount edges { node { code regionPath } } } }"

    async def codes(code):
        data = await api.ok(query, {"code": code}, merchant=shop["slug"])
        return [e["node"]["code"] for e in data["storesByRegion"]["edges"]]

    assert await codes("310000") == ["XH", "PD"]
    assert await codes("310100") == ["XH", "PD"]
    assert await codes("310104") == ["XH"]
    assert await codes("330000") == ["HZ"]
    data = await api.ok(query, {"code": "330106"}, merchant=shop["slug"])
    assert data["storesByRegion"]["edges"][0]["node"]["regionPath"] == ["330000", "330100", "330106"]


async def test_a_clerk_of_one_merchant_verifies_nothing_elsewhere(api):
    shop, here, clerk, product = await _shop_with_store(api)
    _, order, mine = await _ready_order(api, shop, here, clerk, product)
    other, their_store, their_clerk, _ = await _shop_with_store(api)
    # their clerk in our merchant holds no role here; with our store's id in theirs, no such store
    assert _codes(await s.verify(api, shop, their_clerk, here, code=mine["code"])) == ["FORBIDDEN"]
    assert _codes(await s.verify(api, other, their_clerk, here, code=mine["code"])) == ["NOT_FOUND"]
    assert _codes(await s.verify(api, other, their_clerk, their_store, orderId=order["id"])) == ["NOT_FOUND"]
    board = await api.gql("query($id: ID!) { storeDashboard(storeId: $id) { ready } }", {"id": here["id"]},
                          token=their_clerk["token"], merchant=other["slug"])
    assert _codes_of(board) == ["NOT_FOUND"]
    # the pickup code is the buyer's alone
    assert (await s.my_pickup(api, shop, clerk, order["id"])) is None


async def test_a_clerk_sees_only_their_own_stores_counter(api):
    shop, here, clerk, product = await _shop_with_store(api)
    there = await s.store(api, shop, "JA", "ja")
    await _ready_order(api, shop, here, clerk, product)
    other_clerk = await s.clerk(api, shop, there)
    queries = ("query($id: ID!) { storePickups(storeId: $id) { totalCount } }", "query($id: ID!) { storeDashboard(storeId: $id) { ready } }")

    async def refusals(who):
        return [code for query in queries for code in _codes_of(await api.gql(query, {"id": here["id"]}, token=who["token"], merchant=shop["slug"]))]

    assert await refusals(other_clerk) == ["STORE_NOT_CLERK"] * 2
    assert (await api.ok(queries[0], {"id": here["id"]}, token=clerk["token"], merchant=shop["slug"]))["storePickups"] == {"totalCount": 1}
    assert (await api.ok(queries[1], {"id": here["id"]}, token=clerk["token"], merchant=shop["slug"]))["storeDashboard"] == {"ready": 1}
    removed = await api.mutate("storeClerkRemove", {"storeId": here["id"], "memberId": clerk["id"]},
                               token=shop["owner"]["token"], merchant=shop["slug"])
    assert removed["errors"] == []
    assert await refusals(clerk) == ["FORBIDDEN"] * 2


async def test_live_codes_are_unique_per_store_by_the_database(api):
    shop, here, clerk, product = await _shop_with_store(api)
    there = await s.store(api, shop, "JA", "ja")
    await s.stock(api, shop, there, product, 5)
    _, first, mine = await _ready_order(api, shop, here, clerk, product)
    _, second, _ = await _ready_order(api, shop, here, clerk, product)
    code = mine["code"].replace(" ", "")
    with pytest.raises(IntegrityError):
        async with unit_of_work():
            await StorePickup.filter(order_id=_pk(second["id"])).update(live_code=code)
    there_clerk = await s.clerk(api, shop, there)
    _, third, _ = await _ready_order(api, shop, there, there_clerk, product)
    async with unit_of_work():  # the same code at another store is fine
        await StorePickup.filter(order_id=_pk(third["id"])).update(live_code=code, code=code)
    assert (await s.verify(api, shop, clerk, here, code=code))["order"]["status"] == "COMPLETED"
    async with unit_of_work():  # once used, the code may be drawn again at this store
        await StorePickup.filter(order_id=_pk(second["id"])).update(live_code=code, code=code)


async def test_social_and_store_commission_never_pay_one_person_twice_for_a_line(api):
    shop = await s.setup(api, store_bps=0, clerk_bps=400)
    await api.enable(shop, "b2b2c_social", {"join_mode": "auto", "depth": 1, "level_rates_bps": [1000]})
    here = await s.store(api, shop, "XH")
    clerk = await s.clerk(api, shop, here)
    product = await api.product(shop, price=5_000, stock=0)
    await s.stock(api, shop, here, product, 10)
    code = (await api.ok("{ socialMe { shareCode } }", token=clerk["token"], merchant=shop["slug"]))["socialMe"]["shareCode"]
    assert code
    bound = await api.register(merchant=shop["slug"], referralCode=code)  # the clerk's social customer
    walk_in = await api.register(merchant=shop["slug"])
    for buyer in (bound, walk_in):
        placed = await s.place_pickup(api, shop, buyer, here, [(product["id"], 1)], sellerId=clerk["id"])
        assert placed["errors"] == [], placed["errors"]
        await api.pay(shop, placed["order"]["id"])
        await s.ready(api, shop, clerk, placed["order"]["id"])
        assert (await s.verify(api, shop, clerk, here, orderId=placed["order"]["id"]))["errors"] == []
    paid = sorted((c["source"], c["amount"]["minor"]) for c in await s.commissions(api, shop, clerk))
    # the bound buyer's line pays the clerk 10% as their distributor and no 4% clerk commission on top;
    # the walk-in's line pays the clerk commission
    assert paid == [("b2b2c_social", 500), ("store_pickup", 200)]


async def test_the_dashboard_counts_in_the_stores_own_day(api):
    shop, here, clerk, product = await _shop_with_store(api)
    _, order, _ = await _ready_order(api, shop, here, clerk, product)
    await s.verify(api, shop, clerk, here, orderId=order["id"])
    board = await api.ok("query($id: ID!) { storeDashboard(storeId: $id) { verifiedToday productsInStock unitsOnHand unitsReserved pickedUp } }",
                         {"id": here["id"]}, token=shop["owner"]["token"], merchant=shop["slug"])
    assert board["storeDashboard"] == {"verifiedToday": 1, "productsInStock": 1, "unitsOnHand": 9, "unitsReserved": 0, "pickedUp": 1}


async def test_the_stores_day_holds_whatever_the_hour_when_its_date_is_not_utcs(api):
    """A store whose date differs from UTC's right now (UTC+14 from 10:00 UTC, UTC−12 before 12:00): its day must
    still count what it handed over. SQLite compares stored instants as text, so a local midnight passed with its
    own offset once miscounted — between 16:00 and 24:00 UTC only, for Shanghai."""
    zone = "Pacific/Kiritimati" if utcnow().hour >= 10 else "Etc/GMT+12"
    shop = await s.setup(api)
    here = await s.store(api, shop, "TZ", timeZone=zone)
    clerk = await s.clerk(api, shop, here)
    product = await api.product(shop, price=5_000, stock=0)
    await s.stock(api, shop, here, product, 10)
    _, order, _ = await _ready_order(api, shop, here, clerk, product)
    await s.verify(api, shop, clerk, here, orderId=order["id"])
    board = await api.ok("query($id: ID!) { storeDashboard(storeId: $id) { verifiedToday } }", {"id": here["id"]},
                         token=shop["owner"]["token"], merchant=shop["slug"])
    assert board["storeDashboard"] == {"verifiedToday": 1}


async def test_fenxiao_check_sees_a_live_code_without_a_waiting_order_and_a_clerk_without_a_clerkship(api):
    from fenxiao.core import invariants
    from fenxiao.core.models import Merchant, MemberRole
    from fenxiao.plugins.store_pickup.invariants import problems

    shop, here, clerk, product = await _shop_with_store(api)
    _, order, mine = await _ready_order(api, shop, here, clerk, product)
    merchant = await Merchant.get(slug=shop["slug"])
    assert await invariants.all_problems(merchant.id, api.app.state.manager) == []
    assert (await s.verify(api, shop, clerk, here, orderId=order["id"]))["errors"] == []
    async with unit_of_work():  # corrupt it: the used code live again, the clerk's role gone
        await StorePickup.filter(order_id=_pk(order["id"])).update(live_code=mine["code"].replace(" ", ""))
        await MemberRole.filter(merchant_id=merchant.id, role="clerk").delete()
    found = await problems(merchant.id)
    assert any("is completed but its pickup code is live" in p for p in found), found
    assert any("has an active clerkship without the clerk role" in p for p in found), found


async def test_verifications_are_append_only_in_the_database(api):
    from tortoise.exceptions import OperationalError

    from fenxiao.core import db

    shop, here, clerk, product = await _shop_with_store(api)
    _, order, _ = await _ready_order(api, shop, here, clerk, product)
    await s.verify(api, shop, clerk, here, orderId=order["id"])
    row = (await db.fetch("SELECT id FROM store_verification ORDER BY id DESC LIMIT 1"))[0]["id"]
    for statement in ("UPDATE store_verification SET handed_over = 0 WHERE id = ?", "DELETE FROM store_verification WHERE id = ?"):
        with pytest.raises((IntegrityError, OperationalError), match="append-only"):
            async with unit_of_work():
                await db.execute(statement, row)


async def test_changing_a_store_replaces_its_hours_and_keeps_its_warehouse(api):
    shop, here, clerk, product = await _shop_with_store(api)
    changed = await s.save_store(api, shop, "XH", storeId=here["id"], hours=[{"weekday": 5, "opens": "10:00", "closes": "16:00"}],
                                 place="ja", name="Renamed")
    assert changed["errors"] == [], changed["errors"]
    assert changed["store"]["hours"] == [{"weekday": 5, "opens": "10:00", "closes": "16:00"}]
    assert changed["store"]["name"] == "Renamed" and changed["store"]["warehouseId"] == here["warehouseId"]
    assert (await s.held(api, shop, here))[product["id"]] == (10, 0)  # the stock stays where it was
    near_ja = await api.ok("{ storesNear(latitude: 31.2286, longitude: 121.4517, radiusKm: 1) { edges { distanceM node { code } } } }",
                           merchant=shop["slug"])
    assert near_ja["storesNear"]["edges"] == [{"distanceM": 0, "node": {"code": "XH"}}]  # it moved: its coordinates were re-derived
    stranger = await api.register(merchant=shop["slug"])
    refused = await s.save_store(api, {**shop, "owner": stranger}, "XH", storeId=here["id"])
    assert _codes(refused) == ["FORBIDDEN"]


async def test_stores_by_region_costs_the_same_for_more_stores(api):
    shop = await s.setup(api)
    query = "{ storesByRegion(regionCode: \"310000\", first: 50) { totalCount edges { node { code openNow hours { weekday } exceptions { note } } } } }"

    async def queries() -> int:
        body = await api.gql(query, token=shop["owner"]["token"], merchant=shop["slug"])
        assert not body.get("errors"), body
        return body["extensions"]["queries"]

    await s.store(api, shop, "A0")
    one = await queries()
    for n in range(1, 6):
        await s.store(api, shop, f"A{n}", exceptions=[{"date": "2030-01-01", "note": "closed"}])
    assert await queries() == one
