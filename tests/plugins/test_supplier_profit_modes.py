"""The three supplier–distributor profit modes through the API, on SQLite and PostgreSQL, with the
money flow of docs/supplier.md: 散装代销 (resale at the distributor's price within the band), 推广代收
(collect: the distributor collects, the supplier is owed the full price and returns its commission; a
sale below the floor only where the merchant allows, the distributor making up the difference) and
推广返佣 (rebate: commission after completion). Each sale snapshots its terms; refunds reverse every
party under them; a supplier who distributes earns into the one wallet, never on its own supply."""

from __future__ import annotations

from fenxiao.core import invariants
from tests.api import unique
from tests.plugins import social
from tests.plugins import suppliers as sp


async def _offer(api, shop, who, supply_id, mode, price=None):
    return await api.mutate("supplyOfferSet", {"supplyId": supply_id, "mode": mode, **({"price": price} if price is not None else {})},
                            token=who["token"], merchant=shop["slug"], select="offer { mode price { minor } }")


async def _sold(api, shop, product_id, seller, quantity=1):
    buyer = await api.register(merchant=shop["slug"])
    return await sp.paid_order(api, shop, [(product_id, quantity)], buyer, sellerId=seller["id"])


def _earned(rows, kind):
    return [(c["amount"]["minor"], c["reversedAmount"]["minor"]) for c in rows if c["kind"] == kind and c["source"] == "supplier"]


async def test_each_profit_mode_pays_each_party_its_share_and_refunds_reverse_them(api):
    shop = await sp.setup(api, platform_bps=1000)
    assert (await social.configure(api, shop))["errors"] == []
    row, supplier_owner = await sp.supplier(api, shop)
    goods = await sp.product(api, shop, supplier_owner, price=10_000, supply_price=6_000, stock=20, min_price=8_000, max_price=12_000,
                             resale=True, collect=True, rebate=True, distributor_bps=1000)
    distributor = await api.register(merchant=shop["slug"])
    await social.invite(api, shop, distributor)
    catalogue = await api.ok("{ supplyCatalogue { edges { node { id modes supplyPrice { minor } minPrice { minor } maxPrice { minor } } } } }",
                             token=distributor["token"], merchant=shop["slug"])
    assert catalogue["supplyCatalogue"]["edges"][0]["node"]["modes"] == ["RESALE", "COLLECT", "REBATE"]

    # 散装代销: its own price within the band; the spread over the supply price is its
    assert sp.codes(await _offer(api, shop, distributor, goods["id"], "RESALE", 13_000)) == ["SUPPLIER_PRICE_BAND"]
    assert (await _offer(api, shop, distributor, goods["id"], "RESALE", 11_000))["errors"] == []
    order = await _sold(api, shop, goods["productId"], distributor)
    assert order["total"]["minor"] == 11_000
    assert _earned(await sp.commissions(api, shop, distributor), "resale") == [(5_000, 0)]
    assert _earned(await sp.commissions(api, shop, supplier_owner), "supply") == [(5_400, 0)]  # 6000 − 10%

    # 推广代收: collects 9000 and owes it; the supplier returns 10% and the platform keeps 10%
    assert (await _offer(api, shop, distributor, goods["id"], "COLLECT", 9_000))["errors"] == []
    await _sold(api, shop, goods["productId"], distributor)
    assert _earned(await sp.commissions(api, shop, distributor), "collect") == [(900, 0)]
    assert _earned(await sp.commissions(api, shop, supplier_owner), "supply")[0] == (7_200, 0)

    # below the floor only where the merchant allows it, and then the distributor makes up the shortfall
    assert sp.codes(await _offer(api, shop, distributor, goods["id"], "COLLECT", 7_000)) == ["SUPPLIER_PRICE_BAND"]
    assert (await api.enable(shop, "supplier", {"platform_bps": 1000, "below_floor_allowed": True}))
    assert (await _offer(api, shop, distributor, goods["id"], "COLLECT", 7_000))["errors"] == []
    below = await _sold(api, shop, goods["productId"], distributor)
    assert below["total"]["minor"] == 7_000
    assert _earned(await sp.commissions(api, shop, supplier_owner), "supply")[0] == (6_400, 0)  # owed on the 8000 floor
    assert (await social.wallet(api, shop, distributor))["debt"] == 200  # 7000 − 6400 − 800 owed to the platform
    refunded = await api.mutate("orderRefund", {"orderId": below["id"], "reason": "changed mind", "idempotencyKey": unique("refund-key-")},
                                token=shop["owner"]["token"], merchant=shop["slug"])
    assert refunded["errors"] == [], refunded["errors"]
    assert (await social.wallet(api, shop, distributor))["debt"] == 0  # the shortfall given back with the refund
    assert _earned(await sp.commissions(api, shop, supplier_owner), "supply")[0] == (6_400, 6_400)

    # 推广返佣: retail price; the supplier's commission to the promoter, released after completion
    assert (await _offer(api, shop, distributor, goods["id"], "REBATE"))["errors"] == []
    rebated = await _sold(api, shop, goods["productId"], distributor, quantity=2)
    assert rebated["total"]["minor"] == 20_000
    assert _earned(await sp.commissions(api, shop, distributor), "rebate") == [(2_000, 0)]
    assert _earned(await sp.commissions(api, shop, supplier_owner), "supply")[0] == (16_000, 0)
    # a partial refund takes back each party's share in proportion
    line = rebated["lines"][0]["id"]
    partial = await api.mutate("orderRefund", {"orderId": rebated["id"], "lines": [{"lineId": line, "quantity": 1}], "reason": "one broken",
                                               "idempotencyKey": unique("refund-key-")}, token=shop["owner"]["token"], merchant=shop["slug"])
    assert partial["errors"] == [], partial["errors"]
    assert _earned(await sp.commissions(api, shop, distributor), "rebate") == [(2_000, 1_000)]
    assert _earned(await sp.commissions(api, shop, supplier_owner), "supply")[0] == (16_000, 8_000)
    assert await invariants.all_problems(None, api.app.state.manager) == []


async def test_a_supplier_distributes_others_supply_into_one_wallet_but_never_its_own(api):
    shop = await sp.setup(api, platform_bps=1000)
    _, florist = await sp.supplier(api, shop)
    _, grower = await sp.supplier(api, shop)
    roses = await sp.product(api, shop, florist, price=10_000, supply_price=6_000, stock=10, min_price=9_000, max_price=12_000, resale=True)
    tea = await sp.product(api, shop, grower, price=5_000, supply_price=3_000, stock=10, resale=True)
    assert sp.codes(await _offer(api, shop, grower, tea["id"], "RESALE", 5_000)) == ["SUPPLIER_OWN_SUPPLY"]
    assert sp.codes(await _offer(api, shop, grower, roses["id"], "REBATE")) == ["INVALID"]  # not a mode the florist offers
    plain = await api.register(merchant=shop["slug"])
    assert sp.codes(await _offer(api, shop, plain, roses["id"], "RESALE", 10_000)) == ["FORBIDDEN"]
    assert (await _offer(api, shop, grower, roses["id"], "RESALE", 11_000))["errors"] == []
    await _sold(api, shop, roses["productId"], grower)
    # the grower sells its own tea too, through itself as seller: the mall's sale, its supply share only
    await _sold(api, shop, tea["productId"], grower)
    mine = await sp.commissions(api, shop, grower)
    assert sorted((c["kind"], c["amount"]["minor"]) for c in mine) == [("resale", 5_000), ("supply", 4_500)]  # a mall sale settles on the sale: 5000 − 10%
    wallet = await social.wallet(api, shop, grower)
    assert wallet["pending"] == 9_500  # one wallet for both
