"""Cloud-warehouse ordering through the API: joining, prices, minimums, upgrades, shops, pick-ups, refunds, waiting, reports."""

from datetime import datetime, timedelta, timezone

from fenxiao.core.models import Merchant
from tests.settling import settled as settle
from fenxiao.plugins.b2b_ordering import stock as cloud
from tests.api import ADDRESS, unique
import pytest

from tests.plugins.ordering import below, earnings, enable, invite_code, levels, restock, stock, top_reseller
from tests.plugins.social import wallet


async def _setup(api, **config):
    shop = await api.merchant()
    await enable(api, shop, **config)
    return shop, await levels(api, shop)


async def _books_are_consistent(shop):
    merchant = await Merchant.get(slug=shop["slug"])
    assert await cloud.problems(merchant.id) == []


async def test_joining_rules(api):
    shop, level = await _setup(api, join_mode="invitation")
    member = await api.register(merchant=shop["slug"])
    closed = await api.mutate("orderingApply", {"levelId": level["一级"]}, token=member["token"], merchant=shop["slug"])
    assert closed["errors"][0]["code"] == "ORDERING_JOIN_CLOSED"
    await enable(api, shop, join_mode="both", invitation_needs_review=True)
    top = await top_reseller(api, shop, level["总代"])
    too_high = await api.mutate("orderingJoin", {"inviteCode": await invite_code(api, shop, top), "levelId": level["总代"]},
                                token=member["token"], merchant=shop["slug"])
    assert too_high["errors"][0]["code"] == "ORDERING_LEVEL_TOO_HIGH"
    joined = await api.mutate("orderingJoin", {"inviteCode": await invite_code(api, shop, top), "levelId": level["一级"]},
                              token=member["token"], merchant=shop["slug"], select="reseller { status uplineId }")
    assert joined["reseller"] == {"status": "PENDING", "uplineId": top["id"]}
    not_yet = await api.mutate("orderingRestock", {"lines": []}, token=member["token"], merchant=shop["slug"])
    assert not_yet["errors"][0]["code"] == "FORBIDDEN"
    no_reason = await api.mutate("orderingResellerReview", {"memberId": member["id"], "approve": False}, token=shop["owner"]["token"], merchant=shop["slug"])
    assert no_reason["errors"][0]["field"] == "reason"
    approved = await api.mutate("orderingResellerReview", {"memberId": member["id"], "approve": True}, token=shop["owner"]["token"],
                                merchant=shop["slug"], select="reseller { status }")
    assert approved["reseller"]["status"] == "ACTIVE"
    roles = await api.ok("{ me { memberships { roles } } }", token=member["token"])
    assert "reseller" in roles["me"]["memberships"][0]["roles"]


async def test_price_lists_minimums_and_upgrades(api):
    shop, level = await _setup(api)
    owner = shop["owner"]["token"]
    for name, extra in (("一级", {"minOrderQuantity": 5}), ("总代", {"upgradeSinglePurchaseMin": 100000})):
        levels_page = await api.ok("{ orderingLevels { edges { node { id name } } } }", token=owner, merchant=shop["slug"])
        level_id = next(e["node"]["id"] for e in levels_page["orderingLevels"]["edges"] if e["node"]["name"] == name)
        assert (await api.mutate("orderingLevelUpdate", {"id": level_id, **extra}, token=owner, merchant=shop["slug"]))["errors"] == []
    product = await api.product(shop, price=10000, stock=100)
    explicit = await api.mutate("orderingLevelPriceCreate", {"levelId": level["一级"], "productId": product["id"], "price": 6500},
                                token=owner, merchant=shop["slug"])
    assert explicit["errors"] == []
    reseller = await top_reseller(api, shop, level["一级"])
    listed = await api.ok("{ orderingMe { level { name } priceList { product { id } price { minor } } } }", token=reseller["token"], merchant=shop["slug"])
    assert listed["orderingMe"]["level"]["name"] == "一级"
    assert listed["orderingMe"]["priceList"] == [{"product": {"id": product["id"]}, "price": {"minor": 6500}}]
    small = await api.mutate("orderingRestock", {"lines": [{"productId": product["id"], "quantity": 4}]}, token=reseller["token"], merchant=shop["slug"])
    assert small["errors"][0]["code"] == "ORDERING_BELOW_MINIMUM"
    order = await restock(api, shop, reseller, product, 16)  # 16 × 65.00 = 1040.00 ≥ 1000.00: reaches 总代
    assert order["total"]["minor"] == 104000
    me = await api.ok("{ orderingMe { level { name } cumulativePurchases { minor } } }", token=reseller["token"], merchant=shop["slug"])
    assert me["orderingMe"] == {"level": {"name": "总代"}, "cumulativePurchases": {"minor": 104000}}
    changes = await api.ok("{ orderingResellerChanges(filter: {kind: LEVEL}) { edges { node { oldValue newValue } } } }", token=owner, merchant=shop["slug"])
    assert [(e["node"]["oldValue"], e["node"]["newValue"]) for e in changes["orderingResellerChanges"]["edges"]] == [("一级", "总代")]


async def test_a_level_price_that_inverts_the_spread_is_refused(api):
    shop, level = await _setup(api)
    owner = {"token": shop["owner"]["token"], "merchant": shop["slug"]}
    product = await api.product(shop, price=10000, stock=100)  # 总代 6000, 一级 7000, 二级 8000 by their discounts
    for name, price in (("二级", 5999), ("一级", 5000)):
        inverted = await api.mutate("orderingLevelPriceCreate", {"levelId": level[name], "productId": product["id"], "price": price}, **owner)
        assert [(e["code"], e["field"]) for e in inverted["errors"]] == [("ORDERING_PRICE_INVERTED", "price")], inverted
    top = await api.mutate("orderingLevelPriceCreate", {"levelId": level["总代"], "productId": product["id"], "price": 7001}, **owner)
    assert [e["code"] for e in top["errors"]] == ["ORDERING_PRICE_INVERTED"]  # above 一级's 7000: 总代 would sell down at a loss
    fine = await api.mutate("orderingLevelPriceCreate", {"levelId": level["一级"], "productId": product["id"], "price": 6000},
                            select="orderingLevelPrice { id }", **owner)
    assert fine["errors"] == []
    undercut = await api.mutate("orderingLevelPriceUpdate", {"id": fine["orderingLevelPrice"]["id"], "price": 5999}, **owner)
    assert [e["code"] for e in undercut["errors"]] == ["ORDERING_PRICE_INVERTED"]
    deeper = await api.mutate("orderingLevelUpdate", {"id": level["二级"], "discountBps": 4500}, **owner)
    assert [(e["code"], e["field"]) for e in deeper["errors"]] == [("ORDERING_PRICE_INVERTED", "discountBps")]
    reranked = await api.mutate("orderingLevelUpdate", {"id": level["总代"], "rank": 0}, **owner)
    assert [e["code"] for e in reranked["errors"]] == ["ORDERING_PRICE_INVERTED"]
    levels = await api.ok("{ orderingLevels { nodes { name rank discountBps } } }", **owner)
    assert sorted((n["name"], n["rank"], n["discountBps"]) for n in levels["orderingLevels"]["nodes"]) == sorted(
        [("总代", 3, 4000), ("一级", 2, 3000), ("二级", 1, 2000)])


async def test_shop_prices_are_price_controlled(api):
    shop, level = await _setup(api)
    product = await api.product(shop, price=10000, stock=20, minResalePrice=9000, maxResalePrice=12000)
    seller = await top_reseller(api, shop, level["总代"])
    await restock(api, shop, seller, product, 3)
    too_low = await api.mutate("orderingShopPriceSet", {"productId": product["id"], "price": 8900}, token=seller["token"], merchant=shop["slug"])
    assert too_low["errors"][0]["code"] == "PRICE_OUT_OF_RANGE"
    ok = await api.mutate("orderingShopPriceSet", {"productId": product["id"], "price": 11000}, token=seller["token"], merchant=shop["slug"], select="price { minor }")
    assert ok["price"]["minor"] == 11000
    listed = await api.ok("{ orderingMe { priceList { shopPrice { minor } price { minor } } } }", token=seller["token"], merchant=shop["slug"])
    assert listed["orderingMe"]["priceList"] == [{"shopPrice": {"minor": 11000}, "price": {"minor": 6000}}]
    customer = await api.register()
    sold = await api.place(shop, customer, [(product["id"], 1)], sellerId=seller["id"])
    assert sold["order"]["total"]["minor"] == 11000
    # The brand tightens the bounds: the shop's price no longer sells.
    await api.mutate("productUpdate", {"id": product["id"], "maxResalePrice": 10500}, token=shop["owner"]["token"], merchant=shop["slug"])
    refused = await api.place(shop, customer, [(product["id"], 1)], sellerId=seller["id"])
    assert refused["errors"][0]["code"] == "PRICE_OUT_OF_RANGE"
    too_many = await api.place(shop, customer, [(product["id"], 3)], sellerId=seller["id"])
    assert too_many["errors"][0]["code"] in ("INSUFFICIENT_STOCK", "PRICE_OUT_OF_RANGE")
    await _books_are_consistent(shop)


async def test_shop_sale_refund_puts_units_back_and_takes_money_back(api):
    shop, level = await _setup(api)
    product = await api.product(shop, price=10000, stock=20)
    seller = await top_reseller(api, shop, level["总代"])
    await restock(api, shop, seller, product, 2)
    customer = await api.register()
    order = (await api.place(shop, customer, [(product["id"], 2)], sellerId=seller["id"]))["order"]
    await api.pay(shop, order["id"])
    assert await stock(api, shop, seller) == {product["sku"]: (0, 0, 0)}
    assert (await wallet(api, shop, seller))["pending"] == 20000
    refund = await api.mutate("orderRefund", {"orderId": order["id"], "idempotencyKey": unique("refund-key-"),
                                              "lines": [{"lineId": order["lines"][0]["id"], "quantity": 1}]},
                              token=shop["owner"]["token"], merchant=shop["slug"])
    assert refund["errors"] == []
    assert await stock(api, shop, seller) == {product["sku"]: (1, 0, 6000)}
    assert (await wallet(api, shop, seller))["pending"] == 10000
    cancelled_shop = (await api.place(shop, customer, [(product["id"], 1)], sellerId=seller["id"]))["order"]
    assert await stock(api, shop, seller) == {product["sku"]: (1, 1, 6000)}
    await api.mutate("orderCancel", {"orderId": cancelled_shop["id"]}, token=customer["token"], merchant=shop["slug"])
    assert await stock(api, shop, seller) == {product["sku"]: (1, 0, 6000)}
    await _books_are_consistent(shop)


async def test_only_goods_that_come_back_restore_cloud_stock(api):
    """A shipped shop sale refunded without the goods (restock: false) leaves the reseller's units
    spent: the warehouse did not get them back, so the brand must not owe them again. Returned
    goods (restock: true) give them back with the warehouse's."""
    shop, level = await _setup(api)
    owner = {"token": shop["owner"]["token"], "merchant": shop["slug"]}
    product = await api.product(shop, price=10000, stock=20)
    seller = await top_reseller(api, shop, level["总代"])
    await restock(api, shop, seller, product, 4)
    customer = await api.register()
    physical = "{ stockLevels { nodes { onHand } } }"
    for restocked in (False, True):
        order = (await api.place(shop, customer, [(product["id"], 1)], sellerId=seller["id"]))["order"]
        await api.pay(shop, order["id"])
        assert (await api.mutate("orderShip", {"orderId": order["id"], "carrier": "SF", "trackingNumber": "1"}, **owner))["errors"] == []
        on_hand = sum(n["onHand"] for n in (await api.ok(physical, **owner))["stockLevels"]["nodes"])
        units = (await stock(api, shop, seller))[product["sku"]][0]
        refund = await api.mutate("orderRefund", {"orderId": order["id"], "idempotencyKey": unique("refund-key-"), "restock": restocked}, **owner)
        assert refund["errors"] == []
        assert (await stock(api, shop, seller))[product["sku"]][0] == units + (1 if restocked else 0)
        after = sum(n["onHand"] for n in (await api.ok(physical, **owner))["stockLevels"]["nodes"])
        assert after == on_hand + (1 if restocked else 0)
    report = await api.ok("{ orderingStockReport { virtualOwed shortfall } }", **owner)
    assert report["orderingStockReport"] == [{"virtualOwed": 3, "shortfall": 0}]
    await _books_are_consistent(shop)


async def test_restock_refund_takes_units_out_and_gives_them_back_to_the_upline(api):
    shop, level = await _setup(api)
    product = await api.product(shop, price=10000, stock=100)
    a = await top_reseller(api, shop, level["总代"])
    b = await below(api, shop, a, level["一级"])
    await restock(api, shop, a, product, 4)
    order = await restock(api, shop, b, product, 3)  # from A's stock
    assert await stock(api, shop, a) == {product["sku"]: (1, 0, 6000)}
    refund = await api.mutate("orderRefund", {"orderId": order["id"], "idempotencyKey": unique("refund-key-"),
                                              "lines": [{"lineId": order["lines"][0]["id"], "quantity": 2}]},
                              token=shop["owner"]["token"], merchant=shop["slug"])
    assert refund["errors"] == []
    assert await stock(api, shop, b) == {product["sku"]: (1, 0, 7000)}
    assert await stock(api, shop, a) == {product["sku"]: (3, 0, 18000)}  # back at what they had cost A
    a_earned = await earnings(api, shop, a)
    assert (a_earned["stockSales"], a_earned["costOfSales"]) == (7000, 6000)
    # Units already sold cannot be refunded.
    customer = await api.register()
    await api.pay(shop, (await api.place(shop, customer, [(product["id"], 1)], sellerId=b["id"]))["order"]["id"])
    refused = await api.mutate("orderRefund", {"orderId": order["id"], "idempotencyKey": unique("refund-key-")}, token=shop["owner"]["token"], merchant=shop["slug"])
    assert refused["errors"][0]["code"] == "INSUFFICIENT_STOCK"
    await _books_are_consistent(shop)


@pytest.mark.parametrize("short_upline, a_units_after, b_cost", [("split", 0, 4 * 7000), ("brand", 2, 4 * 7000)])
async def test_a_restock_larger_than_the_upline_holds_takes_the_upline_units_first(api, short_upline, a_units_after, b_cost):
    """B (一级, 70.00) restocks 4 while its upline A (总代, 60.00) holds 2: by default A sells its 2
    (paid 140.00) and the brand supplies 2 (A earns the spread, 10.00 a unit, on those); with
    `short_upline: brand` the brand supplies all 4, as before."""
    shop, level = await _setup(api, short_upline=short_upline)
    product = await api.product(shop, price=10000, stock=100)
    a = await top_reseller(api, shop, level["总代"])
    b = await below(api, shop, a, level["一级"])
    await restock(api, shop, a, product, 2)
    order = await restock(api, shop, b, product, 4)
    assert await stock(api, shop, a) == {product["sku"]: (a_units_after, 0, a_units_after * 6000)}
    assert await stock(api, shop, b) == {product["sku"]: (4, 0, b_cost)}
    a_earned = await earnings(api, shop, a)
    if short_upline == "split":
        assert (a_earned["stockSales"], a_earned["spread"], a_earned["costOfSales"]) == (14000, 2000, 12000)
    else:
        assert (a_earned["stockSales"], a_earned["spread"], a_earned["costOfSales"]) == (0, 4000, 0)
    refund = await api.mutate("orderRefund", {"orderId": order["id"], "idempotencyKey": unique("refund-key-")},
                              token=shop["owner"]["token"], merchant=shop["slug"])
    assert refund["errors"] == []
    assert await stock(api, shop, a) == {product["sku"]: (2, 0, 12000)}  # whatever A sold comes back to it, at its cost
    assert await stock(api, shop, b) == {product["sku"]: (0, 0, 0)}
    a_earned = await earnings(api, shop, a)
    assert (a_earned["stockSales"], a_earned["spread"], a_earned["costOfSales"]) == (0, 0, 0)
    await _books_are_consistent(shop)


async def test_pickup_ships_own_cloud_stock(api):
    shop, level = await _setup(api, pickup_shipping_fee=0)
    product = await api.product(shop, price=10000, stock=10)
    reseller = await top_reseller(api, shop, level["总代"])
    await restock(api, shop, reseller, product, 3)
    too_many = await api.mutate("orderingPickup", {"lines": [{"productId": product["id"], "quantity": 4}], "shippingAddress": ADDRESS},
                                token=reseller["token"], merchant=shop["slug"])
    assert too_many["errors"][0]["code"] == "INSUFFICIENT_STOCK"
    picked = await api.mutate("orderingPickup", {"lines": [{"productId": product["id"], "quantity": 2}], "shippingAddress": ADDRESS},
                              token=reseller["token"], merchant=shop["slug"], select="order { id status total { minor } physical }")
    assert picked["order"]["status"] == "PAID" and picked["order"]["total"]["minor"] == 0 and picked["order"]["physical"]
    assert await stock(api, shop, reseller) == {product["sku"]: (1, 0, 6000)}
    shipped = await api.mutate("orderShip", {"orderId": picked["order"]["id"], "carrier": "SF", "trackingNumber": "P1"},
                               token=shop["owner"]["token"], merchant=shop["slug"])
    assert shipped["errors"] == []
    report = await api.ok("{ orderingStockReport { onHand virtualOwed shortfall } }", token=shop["owner"]["token"], merchant=shop["slug"])
    assert report["orderingStockReport"] == [{"onHand": 8, "virtualOwed": 1, "shortfall": 0}]


async def test_shortfall_is_flagged(api):
    shop, level = await _setup(api)
    product = await api.product(shop, price=10000, stock=5)
    reseller = await top_reseller(api, shop, level["总代"])
    await restock(api, shop, reseller, product, 8)
    report = await api.ok("{ orderingStockReport { onHand virtualOwed shortfall } }", token=shop["owner"]["token"], merchant=shop["slug"])
    assert report["orderingStockReport"] == [{"onHand": 5, "virtualOwed": 8, "shortfall": 3}]


async def test_rebate_to_the_recommender(api):
    shop, level = await _setup(api, rebate_bps=300)
    product = await api.product(shop, price=10000, stock=100)
    a = await top_reseller(api, shop, level["总代"])
    b = await below(api, shop, a, level["二级"])
    await restock(api, shop, b, product, 10)  # 10 × 80.00 = 800.00; A: spread (80 − 60) × 10 and 3% rebate
    assert await earnings(api, shop, a) == {"spread": 20000, "rebate": 2400, "stockSales": 0, "retailSales": 0,
                                           "costOfSales": 0, "profit": 22400}


async def test_waiting_for_the_upline_then_the_brand(api):
    shop, level = await _setup(api, wait_for_upline_hours=24)
    product = await api.product(shop, price=10000, stock=100)
    a = await top_reseller(api, shop, level["总代"])
    b = await below(api, shop, a, level["一级"])
    c = await below(api, shop, a, level["一级"])
    waiting_b = await restock(api, shop, b, product, 2)
    waiting_c = await restock(api, shop, c, product, 5)
    view = "query($id: ID!) { order(id: $id) { status } }"
    assert (await api.ok(view, {"id": waiting_b["id"]}, token=shop["owner"]["token"], merchant=shop["slug"]))["order"]["status"] == "PAID"
    assert await stock(api, shop, b) == {}
    for who in (b, shop["owner"]):  # a restock still waiting is not done: neither the buyer nor staff complete it (the plugin does)
        early = await api.mutate("orderComplete", {"orderId": waiting_b["id"]}, token=who["token"], merchant=shop["slug"])
        assert [e["code"] for e in early["errors"]] == ["INVALID_TRANSITION"]
    await restock(api, shop, a, product, 3)  # A now has 3: B's waiting 2 are filled from them
    assert await stock(api, shop, b) == {product["sku"]: (2, 0, 14000)}
    assert await stock(api, shop, a) == {product["sku"]: (1, 0, 6000)}
    assert (await api.ok(view, {"id": waiting_b["id"]}, token=shop["owner"]["token"], merchant=shop["slug"]))["order"]["status"] == "COMPLETED"
    # C's 5 wait past the deadline: A sells the 1 it has, the brand supplies 4 and A earns the spread on them.
    counts = await settle(api.app.state.manager, datetime.now(timezone.utc) + timedelta(hours=25), shop["slug"])
    assert counts["ordering_restocks_routed"] == 1
    assert await stock(api, shop, c) == {product["sku"]: (5, 0, 35000)}
    assert await stock(api, shop, a) == {product["sku"]: (0, 0, 0)}
    a_earned = await earnings(api, shop, a)
    assert (a_earned["spread"], a_earned["stockSales"]) == (4 * 1000, 2 * 7000 + 7000)
    assert (await api.ok(view, {"id": waiting_c["id"]}, token=shop["owner"]["token"], merchant=shop["slug"]))["order"]["status"] == "COMPLETED"
    await _books_are_consistent(shop)


async def test_brand_changes_level_upline_and_status(api):
    shop, level = await _setup(api)
    owner = shop["owner"]["token"]
    a = await top_reseller(api, shop, level["总代"])
    b = await below(api, shop, a, level["一级"])
    c = await below(api, shop, b, level["二级"])
    cycle = await api.mutate("orderingResellerChange", {"memberId": a["id"], "uplineId": c["id"], "reason": "x"}, token=owner, merchant=shop["slug"])
    assert cycle["errors"][0]["code"] == "ORDERING_CYCLE"
    no_reason = await api.mutate("orderingResellerChange", {"memberId": c["id"], "toBrand": True, "reason": ""}, token=owner, merchant=shop["slug"])
    assert no_reason["errors"][0]["field"] == "reason"
    moved = await api.mutate("orderingResellerChange", {"memberId": c["id"], "toBrand": True, "levelId": level["一级"], "reason": "direct contract"},
                             token=owner, merchant=shop["slug"], select="reseller { uplineId level { name } }")
    assert moved["reseller"] == {"uplineId": None, "level": {"name": "一级"}}
    suspended = await api.mutate("orderingResellerChange", {"memberId": b["id"], "status": "SUSPENDED", "reason": "unpaid invoice"},
                                 token=owner, merchant=shop["slug"], select="reseller { status }")
    assert suspended["reseller"]["status"] == "SUSPENDED"
    product = await api.product(shop)
    refused = await api.mutate("orderingRestock", {"lines": [{"productId": product["id"], "quantity": 1}]}, token=b["token"], merchant=shop["slug"])
    assert refused["errors"][0]["code"] == "FORBIDDEN"
    staff_only = await api.mutate("orderingResellerChange", {"memberId": c["id"], "toBrand": True, "reason": "x"}, token=a["token"], merchant=shop["slug"])
    assert staff_only["errors"][0]["code"] == "FORBIDDEN"
