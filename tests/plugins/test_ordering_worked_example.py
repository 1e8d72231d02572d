"""The brand's worked example, through the API: retail ¥100; 总代 60%, 一级 70%, 二级 80%; A ← B ← C."""

from tests.plugins.ordering import below, earnings, enable, levels, restock, stock, top_reseller
from tests.plugins.social import wallet


async def test_worked_example(api):
    shop = await api.merchant()
    owner, slug = shop["owner"]["token"], shop["slug"]
    await enable(api, shop)
    level = await levels(api, shop)
    product = await api.product(shop, price=10000, stock=100, minResalePrice=9000, maxResalePrice=12000)
    sku = product["sku"]
    a = await top_reseller(api, shop, level["总代"])
    b = await below(api, shop, a, level["一级"])
    c = await below(api, shop, b, level["二级"])

    # C restocks 10 while B has none: from the brand; B and A earn the spreads.
    first = await restock(api, shop, c, product, 10)
    assert first["total"]["minor"] == 80000
    assert await stock(api, shop, c) == {sku: (10, 0, 80000)}
    assert (await earnings(api, shop, b))["spread"] == 10000 and (await earnings(api, shop, a))["spread"] == 10000
    assert (await wallet(api, shop, b))["frozen"] == 10000  # a restock is complete once paid: its spreads wait out the window
    books = await api.ok('{ accounts(filter: {kind: CASH}) { edges { node { balance { minor } } } } expense: accounts(filter: {kind: COMMISSION_EXPENSE}) { edges { node { balance { minor } } } } }',
                         token=owner, merchant=slug)
    cash = -books["accounts"]["edges"][0]["node"]["balance"]["minor"]
    expense = -books["expense"]["edges"][0]["node"]["balance"]["minor"]
    assert cash - expense == 60000  # the brand nets ¥600
    view = await api.ok("query($id: ID!) { order(id: $id) { status physical } }", {"id": first["id"]}, token=owner, merchant=slug)
    assert view["order"] == {"status": "COMPLETED", "physical": False}

    # B then holds 5 units bought at ¥70 (A has none: from the brand, A earns ¥10 × 5).
    await restock(api, shop, b, product, 5)
    assert await stock(api, shop, b) == {sku: (5, 0, 35000)}
    # C restocks 5: B has them, so they move from B's cloud stock to C's; B is paid the sale, ¥50 over its cost.
    await restock(api, shop, c, product, 5)
    assert await stock(api, shop, b) == {sku: (0, 0, 0)}
    assert await stock(api, shop, c) == {sku: (15, 0, 120000)}
    b_earned = await earnings(api, shop, b)
    assert (b_earned["stockSales"], b_earned["costOfSales"], b_earned["profit"] - b_earned["spread"]) == (40000, 35000, 5000)
    assert (await earnings(api, shop, a))["spread"] == 10000 + 5000

    # C sells 1 unit retail at ¥100 in its shop: the brand ships, C earns ¥20 over its cost.
    customer = await api.register()
    sold = await api.place(shop, customer, [(product["id"], 1)], sellerId=c["id"])
    assert sold["errors"] == [] and sold["order"]["total"]["minor"] == 10000
    assert await stock(api, shop, c) == {sku: (15, 1, 120000)}
    await api.pay(shop, sold["order"]["id"])
    assert await stock(api, shop, c) == {sku: (14, 0, 112000)}
    c_earned = await earnings(api, shop, c)
    assert (c_earned["retailSales"], c_earned["costOfSales"], c_earned["profit"]) == (10000, 8000, 2000)
    shipped = await api.mutate("orderShip", {"orderId": sold["order"]["id"], "carrier": "SF", "trackingNumber": "SF9"}, token=owner, merchant=slug)
    assert shipped["errors"] == []
    report = await api.ok("{ orderingStockReport { product { sku } onHand virtualOwed shortfall } }", token=owner, merchant=slug)
    assert report["orderingStockReport"] == [{"product": {"sku": sku}, "onHand": 99, "virtualOwed": 14, "shortfall": 0}]
