"""Helpers for the store pickup tests: a shop with stores, clerks and stock."""

from __future__ import annotations

from tests.api import Api

PLUGIN = "store_pickup"
EVERY_DAY = [{"weekday": day, "opens": "09:00", "closes": "21:00"} for day in range(7)]
# Shanghai: Xujiahui, Jing'an (3.8 km north-east), Lujiazui (7.5 km north-east); Hangzhou far away
PLACES = {"xh": (31.1947, 121.4365), "ja": (31.2286, 121.4517), "lj": (31.2397, 121.4998), "hz": (30.2787, 120.1335)}
STORE_FIELDS = "store { id code name warehouseId regionCode regionPath deliveryRadiusKm hours { weekday opens closes } }"


async def save_store(api: Api, shop: dict, code: str, place: str = "xh", **extra) -> dict:
    lat, lng = PLACES[place]
    payload = await api.mutate("storeSave", {"code": code, "name": f"Store {code}", "address": f"{code} Road", "regionCode": "310104",
                                             "latitude": lat, "longitude": lng, "hours": EVERY_DAY, **extra},
                               token=shop["owner"]["token"], merchant=shop["slug"], select=STORE_FIELDS)
    return payload


async def store(api: Api, shop: dict, code: str, place: str = "xh", **extra) -> dict:
    payload = await save_store(api, shop, code, place, **extra)
    assert payload["errors"] == [], payload["errors"]
    return payload["store"]


async def clerk(api: Api, shop: dict, store_row: dict, member: dict | None = None) -> dict:
    member = member or await api.register(merchant=shop["slug"])
    added = await api.mutate("storeClerkAdd", {"storeId": store_row["id"], "memberId": member["id"]},
                             token=shop["owner"]["token"], merchant=shop["slug"])
    assert added["errors"] == [], added["errors"]
    return member


async def stock(api: Api, shop: dict, store_row: dict, product: dict, units: int) -> None:
    adjusted = await api.mutate("stockAdjust", {"productId": product["id"], "warehouseId": store_row["warehouseId"], "delta": units},
                                token=shop["owner"]["token"], merchant=shop["slug"])
    assert adjusted["errors"] == [], adjusted["errors"]


async def setup(api: Api, **config) -> dict:
    shop = await api.merchant()
    await api.enable(shop, PLUGIN, config)
    return shop


async def place_pickup(api: Api, shop: dict, buyer: dict, store_row: dict, lines: list[tuple[str, int]], **extra) -> dict:
    return await api.place(shop, buyer, lines, storeId=store_row["id"], fulfillmentMethod=extra.pop("method", "pickup"), **extra)


async def ready(api: Api, shop: dict, who: dict, order_id: str, line_ids: list[str] | None = None) -> dict:
    payload = await api.mutate("pickupMarkReady", {"orderId": order_id, **({"lineIds": line_ids} if line_ids is not None else {})},
                               token=who["token"], merchant=shop["slug"], select="pickup { status readyLineIds expiresAt } order { status }")
    return payload


async def my_pickup(api: Api, shop: dict, buyer: dict, order_id: str) -> dict:
    data = await api.ok("query($id: ID!) { myPickup(orderId: $id) { code qrPayload pickup { status expiresAt extended } store { id } } }",
                        {"id": order_id}, token=buyer["token"], merchant=shop["slug"])
    return data["myPickup"]


async def verify(api: Api, shop: dict, who: dict, store_row: dict, **how) -> dict:
    return await api.mutate("pickupVerify", {"storeId": store_row["id"], **how}, token=who["token"], merchant=shop["slug"],
                            select="verification { id handedOver rejected lines } order { status refundedTotal { minor } }")


async def commissions(api: Api, shop: dict, member: dict) -> list[dict]:
    data = await api.ok("{ commissions(first: 100) { edges { node { kind amount { minor } reversedAmount { minor } state source } } } }",
                        token=member["token"], merchant=shop["slug"])
    return [edge["node"] for edge in data["commissions"]["edges"]]


async def held(api: Api, shop: dict, store_row: dict) -> dict[str, tuple[int, int]]:
    """(on hand, reserved) per product id in the store's warehouse."""
    data = await api.ok("query($id: ID!) { stockLevels(first: 100, filter: {warehouseId: $id}) { edges { node { product { id } onHand reserved } } } }",
                        {"id": store_row["warehouseId"]}, token=shop["owner"]["token"], merchant=shop["slug"])
    return {e["node"]["product"]["id"]: (e["node"]["onHand"], e["node"]["reserved"]) for e in data["stockLevels"]["edges"]}
