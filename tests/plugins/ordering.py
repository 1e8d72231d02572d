"""Helpers for the cloud-warehouse ordering tests."""

from __future__ import annotations

from tests.api import Api

PLUGIN = "b2b_ordering"
LEVELS = (("总代", 3, 4000), ("一级", 2, 3000), ("二级", 1, 2000))


async def enable(api: Api, shop: dict, **config) -> dict:
    payload = await api.mutate("merchantPluginConfigure", {"plugin": PLUGIN, "enabled": True, "config": config},
                               token=shop["owner"]["token"], merchant=shop["slug"], select="merchantPlugin { warnings { field message } }")
    assert payload["errors"] == [], payload["errors"]
    return payload


async def levels(api: Api, shop: dict, **extra_by_name) -> dict[str, str]:
    ids = {}
    for name, rank, discount in LEVELS:
        created = await api.mutate("orderingLevelCreate", {"name": name, "rank": rank, "discountBps": discount, **extra_by_name.get(name, {})},
                                   token=shop["owner"]["token"], merchant=shop["slug"], select="orderingLevel { id }")
        assert created["errors"] == [], created["errors"]
        ids[name] = created["orderingLevel"]["id"]
    return ids


async def top_reseller(api: Api, shop: dict, level_id: str) -> dict:
    """A reseller directly under the brand: applies, the brand approves."""
    member = await api.register(merchant=shop["slug"])
    applied = await api.mutate("orderingApply", {"levelId": level_id}, token=member["token"], merchant=shop["slug"])
    assert applied["errors"] == [], applied["errors"]
    approved = await api.mutate("orderingResellerReview", {"memberId": member["id"], "approve": True},
                                token=shop["owner"]["token"], merchant=shop["slug"])
    assert approved["errors"] == [], approved["errors"]
    return member


async def invite_code(api: Api, shop: dict, member: dict) -> str:
    return (await api.ok("{ orderingMe { inviteCode } }", token=member["token"], merchant=shop["slug"]))["orderingMe"]["inviteCode"]


async def below(api: Api, shop: dict, upline: dict, level_id: str) -> dict:
    member = await api.register(merchant=shop["slug"])
    joined = await api.mutate("orderingJoin", {"inviteCode": await invite_code(api, shop, upline), "levelId": level_id},
                              token=member["token"], merchant=shop["slug"])
    assert joined["errors"] == [], joined["errors"]
    return member


async def restock(api: Api, shop: dict, reseller: dict, product: dict, units: int, pay: bool = True) -> dict:
    placed = await api.mutate("orderingRestock", {"lines": [{"productId": product["id"], "quantity": units}]}, token=reseller["token"],
                              merchant=shop["slug"], select="order { id number status total { minor } lines { id } }")
    assert placed["errors"] == [], placed["errors"]
    if pay:
        paid = await api.pay(shop, placed["order"]["id"])
        assert paid["errors"] == [], paid["errors"]
    return placed["order"]


async def stock(api: Api, shop: dict, reseller: dict) -> dict[str, tuple[int, int, int]]:
    data = await api.ok("{ orderingMyStock { product { sku } quantity reserved cost { minor } } }", token=reseller["token"], merchant=shop["slug"])
    return {row["product"]["sku"]: (row["quantity"], row["reserved"], row["cost"]["minor"]) for row in data["orderingMyStock"]}


async def earnings(api: Api, shop: dict, reseller: dict) -> dict[str, int]:
    data = await api.ok("{ orderingMyEarnings { spread { minor } rebate { minor } stockSales { minor } retailSales { minor } costOfSales { minor } profit { minor } } }",
                        token=reseller["token"], merchant=shop["slug"])
    return {k: v["minor"] for k, v in data["orderingMyEarnings"].items()}
