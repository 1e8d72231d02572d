"""The brand's worked example: province 8%, city 5%, district 3%, a ¥1,000.00 order shipped into the district."""

import pytest

from tests.api import ADDRESS
from tests.plugins.agents import agent, bonus, setup


async def _order(api, shop, region="330106", address="浙江省杭州市西湖区文三路 90 号"):
    product = await api.product(shop, price=100000, stock=5)
    buyer = await api.register()
    shipping = {**ADDRESS, "regionCode": region, "address": address}
    if region is None:
        del shipping["regionCode"]  # the client sends no code at all: the region is read from the text
    placed = await api.mutate("orderPlace", {"lines": [{"productId": product["id"], "quantity": 1}], "shippingAddress": shipping},
                              token=buyer["token"], merchant=shop["slug"], select="order { id regionCode }")
    assert placed["errors"] == []
    assert (await api.pay(shop, placed["order"]["id"]))["errors"] == []
    return placed["order"]


@pytest.mark.parametrize("mode, city_filled, expected", [
    ("differential", True, (3000, 2000, 3000)),
    ("flat", True, (3000, 5000, 8000)),
    ("differential", False, (3000, None, 5000)),
    ("flat", False, (3000, None, 8000)),
])
async def test_worked_example(api, mode, city_filled, expected):
    shop, level = await setup(api, mode=mode)
    province = await agent(api, shop, level[1], "330000")
    city = await agent(api, shop, level[2], "330100") if city_filled else None
    district = await agent(api, shop, level[3], "330106")
    order = await _order(api, shop)
    assert order["regionCode"] == "330106"
    assert await bonus(api, shop, district) == expected[0]
    if city is not None:
        assert await bonus(api, shop, city) == expected[1]
    assert await bonus(api, shop, province) == expected[2]
    cash = await api.ok("{ commissions { edges { node { amount { minor } } } } }", token=shop["owner"]["token"], merchant=shop["slug"])
    paid = sum(e["node"]["amount"]["minor"] for e in cash["commissions"]["edges"])
    assert paid == sum(v for v in expected if v is not None)  # in flat mode with the city vacant, its ¥50 stays with the brand


async def test_pass_up_in_flat_mode(api):
    shop, level = await setup(api, mode="flat", vacant_bonus="pass_up")
    province = await agent(api, shop, level[1], "330000")
    await agent(api, shop, level[3], "330106")
    await _order(api, shop)
    assert await bonus(api, shop, province) == 8000 + 5000


async def test_text_addresses_are_resolved(api):
    shop, level = await setup(api)
    district = await agent(api, shop, level[3], "440305")
    order = await _order(api, shop, region=None, address="广东省深圳市南山区科技园南区")
    assert order["regionCode"] == "440305"
    assert await bonus(api, shop, district) == 3000
    city_level_only = await _order(api, shop, region=None, address="广东省东莞市长安镇")
    assert city_level_only["regionCode"] == "441900"  # no districts in Dongguan: the deepest level known


async def test_an_unknown_region_code_or_an_address_naming_none_is_refused(api):
    shop, _ = await setup(api)
    product = await api.product(shop, price=100000, stock=5)
    buyer = await api.register()
    for region, address, code in (("999999", "浙江省杭州市西湖区文三路 90 号", "INVALID"), ("000000", "somewhere", "INVALID"),
                                  (None, "somewhere without a region", "REQUIRED")):
        shipping = {**ADDRESS, "address": address, **({"regionCode": region} if region else {})}
        if region is None:
            shipping.pop("regionCode", None)
        refused = await api.mutate("orderPlace", {"lines": [{"productId": product["id"], "quantity": 1}], "shippingAddress": shipping},
                                   token=buyer["token"], merchant=shop["slug"])
        assert [(e["code"], e["field"]) for e in refused["errors"]] == [(code, "shippingAddress.regionCode")], (region, refused)
    orders = await api.ok("{ orders { totalCount } }", token=shop["owner"]["token"], merchant=shop["slug"])
    assert orders["orders"]["totalCount"] == 0


async def test_without_regional_agents_a_region_code_is_required(api):
    shop = await api.merchant()
    product = await api.product(shop, stock=5)
    buyer = await api.register()
    shipping = {key: value for key, value in ADDRESS.items() if key != "regionCode"}
    refused = await api.mutate("orderPlace", {"lines": [{"productId": product["id"], "quantity": 1}], "shippingAddress": shipping},
                               token=buyer["token"], merchant=shop["slug"])
    assert [(e["code"], e["field"]) for e in refused["errors"]] == [("REQUIRED", "shippingAddress.regionCode")]
