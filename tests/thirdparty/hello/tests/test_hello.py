"""The plugin's own tests, with the fixtures Fenxiao ships (fenxiao.plugins.testing)."""


async def test_greets_in_the_merchants_words_and_discounts_its_orders(fenxiao_api):
    api = fenxiao_api
    shop = await api.merchant()
    await api.enable(shop, "hello", {"greeting": "您好", "discount_bps": 1000})
    assert (await api.ok('{ hello(name: "王") }', merchant=shop["slug"]))["hello"] == "您好, 王"
    product = await api.product(shop, price=10000, stock=5)
    buyer = await api.register(merchant=shop["slug"])
    placed = await api.place(shop, buyer, [(product["id"], 1)])
    assert placed["errors"] == [] and placed["order"]["total"]["minor"] == 9000


async def test_answers_plugin_disabled_where_it_is_off(fenxiao_api):
    shop = await fenxiao_api.merchant()
    body = await fenxiao_api.gql('{ hello(name: "王") }', merchant=shop["slug"])
    assert body["errors"][0]["extensions"]["code"] == "PLUGIN_DISABLED"
