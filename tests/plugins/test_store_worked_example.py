"""The worked example of the store mode, through the GraphQL API on SQLite and PostgreSQL.

A buyer near Xujiahui finds the nearest open store, orders three products for pickup there, and at
the counter takes two of them and refuses the third. The store (its manager) earns 5% of the order
at payment, the clerk who hands it over 3% of what was taken; the refused line is refunded, its
store commission reversed; the goods taken leave the store's stock, the refused one is back on the shelf.
"""

from __future__ import annotations

from tests.plugins import stores as s


async def test_a_buyer_picks_up_two_of_three_lines_and_refuses_one(api):
    shop = await s.setup(api, store_bps=500, clerk_bps=300)
    owner = shop["owner"]
    manager = await api.register(merchant=shop["slug"])
    near = await s.store(api, shop, "XH", "xh", managerId=manager["id"])
    await s.store(api, shop, "LJ", "lj")
    clerk = await s.clerk(api, shop, near)
    products = [await api.product(shop, price=price, stock=0) for price in (12_800, 4_550, 1_990)]
    for product in products:
        await s.stock(api, shop, near, product, 10)

    found = await api.ok("query($lat: Float!, $lng: Float!) { storesNear(latitude: $lat, longitude: $lng, radiusKm: 20) "
                         "{ totalCount edges { distanceM node { id code } } } }", {"lat": 31.1900, "lng": 121.4400},
                         merchant=shop["slug"])
    assert [e["node"]["code"] for e in found["storesNear"]["edges"]] == ["XH", "LJ"]
    assert found["storesNear"]["edges"][0]["distanceM"] < found["storesNear"]["edges"][1]["distanceM"]

    buyer = await api.register(merchant=shop["slug"])
    placed = await s.place_pickup(api, shop, buyer, near, [(products[0]["id"], 1), (products[1]["id"], 2), (products[2]["id"], 1)])
    assert placed["errors"] == [], placed["errors"]
    order = placed["order"]
    assert order["total"]["minor"] == 12_800 + 2 * 4_550 + 1_990
    assert (await api.pay(shop, order["id"]))["errors"] == []

    marked = await s.ready(api, shop, clerk, order["id"])
    assert marked["errors"] == [], marked["errors"]
    assert marked["order"]["status"] == "READY_FOR_PICKUP"
    mine = await s.my_pickup(api, shop, buyer, order["id"])
    assert len(mine["code"]) == 9 and mine["code"][4] == " "  # 1234 5678
    code = mine["code"].replace(" ", "")
    assert mine["qrPayload"] == f"fenxiao-pickup:{near['id']}:{code}"

    preview = await api.ok("query($store: ID!, $code: String) { pickupPreview(storeId: $store, code: $code) "
                           "{ problemCode buyerName lines { lineId quantity } } }", {"store": near["id"], "code": mine["code"]},
                           token=clerk["token"], merchant=shop["slug"])
    assert preview["pickupPreview"]["problemCode"] is None
    assert [line["quantity"] for line in preview["pickupPreview"]["lines"]] == [1, 2, 1]
    lines = [line["lineId"] for line in preview["pickupPreview"]["lines"]]

    done = await s.verify(api, shop, clerk, near, code=mine["code"],
                          lines=[{"lineId": lines[0], "quantity": 1}, {"lineId": lines[1], "quantity": 2}])
    assert done["errors"] == [], done["errors"]
    assert done["verification"]["handedOver"] == 3 and done["verification"]["rejected"] == 1
    assert done["order"] == {"status": "COMPLETED", "refundedTotal": {"minor": 1_990}}

    store_pay = sorted((c["amount"]["minor"], c["reversedAmount"]["minor"], c["state"]) for c in await s.commissions(api, shop, manager))
    assert store_pay == [(99, 99, "REVERSED"), (455, 0, "FROZEN"), (640, 0, "FROZEN")]  # 5% of 1990, 9100, 12800
    clerk_pay = sorted((c["kind"], c["amount"]["minor"]) for c in await s.commissions(api, shop, clerk))
    assert clerk_pay == [("clerk", 273), ("clerk", 384)]  # 3% of what was taken: 9100 and 12800

    held = await s.held(api, shop, near)
    assert held == {products[0]["id"]: (9, 0), products[1]["id"]: (8, 0), products[2]["id"]: (10, 0)}

    again = await s.verify(api, shop, clerk, near, orderId=order["id"])
    assert [e["code"] for e in again["errors"]] == ["PICKUP_ALREADY_COLLECTED"]
    board = await api.ok("query($id: ID!) { storeDashboard(storeId: $id) { pickedUp ready verifiedToday unitsHandedOverToday "
                         "commission { minor } } }", {"id": near["id"]}, token=clerk["token"], merchant=shop["slug"])
    assert board["storeDashboard"] == {"pickedUp": 1, "ready": 0, "verifiedToday": 1, "unitsHandedOverToday": 3,
                                       "commission": {"minor": 455 + 640}}
    audit = await api.ok("{ auditEntries(first: 5) { edges { node { action } } } }", token=owner["token"], merchant=shop["slug"])
    assert "pickupVerify" in [e["node"]["action"] for e in audit["auditEntries"]["edges"]]
