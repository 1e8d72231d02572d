"""Modes together: a reseller who is also a social member, a shop sale into an agent's district to a
buyer with a social upline. The money ends where the merchant's settings say, every commission
becomes available in the end, and `fenxiao check` stays clean."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from fenxiao.core import invariants
from fenxiao.core.models import Commission, CommissionState, Merchant, Order, OrderStatus
from tests.plugins import agents, ordering, social
from tests.settling import settled

DISTRICT = "310104"  # the address the tests ship to lies in this district (上海市徐汇区)


async def _check(shop: dict) -> None:
    merchant = await Merchant.get(slug=shop["slug"])
    assert await invariants.all_problems(merchant.id) == []


async def _reseller_under_a_distributor(api, shop: dict, **social_config) -> tuple[dict, dict, dict]:
    """D, a distributor; R, a member D brought in who becomes a 总代 reseller; the product."""
    configured = await social.configure(api, shop, join_mode="invitation", depth=1, level_rates_bps=[1000], **social_config)
    assert configured["errors"] == [], configured["errors"]
    await ordering.enable(api, shop)
    levels = await ordering.levels(api, shop)
    distributor = await api.register(merchant=shop["slug"])
    code = await social.invite(api, shop, distributor)
    reseller = await api.register(merchant=shop["slug"], referralCode=code)
    applied = await api.mutate("orderingApply", {"levelId": levels["总代"]}, token=reseller["token"], merchant=shop["slug"])
    assert applied["errors"] == []
    approved = await api.mutate("orderingResellerReview", {"memberId": reseller["id"], "approve": True},
                                token=shop["owner"]["token"], merchant=shop["slug"])
    assert approved["errors"] == []
    product = await api.product(shop, price=10000, stock=100)
    return distributor, reseller, product


async def test_social_commission_on_a_restock_completes_with_it_and_becomes_available(api):
    shop = await api.merchant(afterSalesDays=7)
    distributor, reseller, product = await _reseller_under_a_distributor(api, shop, commission_on_resale=True)
    # The restock completes at payment (from the brand: nothing to wait for) — after the social plugin granted its 10%.
    order = await ordering.restock(api, shop, reseller, product, 10)  # 总代 buys at 60% of ¥100: ¥600
    restock = await Order.get(number=order["number"])
    assert restock.status == OrderStatus.COMPLETED and restock.for_resale
    commission = await Commission.get(order_id=restock.id, beneficiary_id=int(restock.attribution["b2b2c_social"]["chain"][0]))
    assert (commission.amount, commission.state) == (6000, CommissionState.FROZEN)
    await _check(shop)
    counts = await settled(api.app.state.manager, datetime.now(timezone.utc) + timedelta(days=8), shop["slug"])
    assert counts["commissions_released"] == 1
    assert (await social.wallet(api, shop, distributor))["available"] == 6000
    await _check(shop)


async def test_restocks_are_outside_social_distribution_by_default(api):
    shop = await api.merchant()
    distributor, reseller, product = await _reseller_under_a_distributor(api, shop)
    order = await ordering.restock(api, shop, reseller, product, 10)
    assert (await Order.get(number=order["number"])).status == OrderStatus.COMPLETED
    assert await social.wallet(api, shop, distributor) == {"pending": 0, "frozen": 0, "available": 0, "debt": 0}
    assert (await social.me(api, shop, distributor))["sales"]["total"]["minor"] == 0  # not counted as the team's sales
    # the same reseller buying for themselves still pays their upline
    bought = (await api.place(shop, reseller, [(product["id"], 1)]))["order"]
    await api.pay(shop, bought["id"])
    assert (await social.wallet(api, shop, distributor))["pending"] == 1000
    await _check(shop)


async def _shop_sale(api, payer: str) -> dict:
    """Reseller S sells one ¥100 unit from its shop to buyer B, whom distributor D brought in, shipped into
    agent A's district. Returns what each was granted and what the brand paid out in commission."""
    await agents.divisions()
    shop = await api.merchant()
    owner, slug = shop["owner"]["token"], shop["slug"]
    assert (await social.configure(api, shop, join_mode="invitation", depth=1, level_rates_bps=[1000]))["errors"] == []
    await ordering.enable(api, shop, shop_sale_commissions_paid_by=payer)
    enabled = await api.mutate("merchantPluginConfigure", {"plugin": agents.PLUGIN, "enabled": True}, token=owner, merchant=slug)
    assert enabled["errors"] == []
    district = await api.mutate("agentLevelCreate", {"name": "区级代理", "depth": 3, "rateBps": 500}, token=owner, merchant=slug,
                                select="agentLevel { id }")
    await agents.agent(api, shop, district["agentLevel"]["id"], DISTRICT)
    levels = await ordering.levels(api, shop)
    seller = await ordering.top_reseller(api, shop, levels["总代"])
    product = await api.product(shop, price=10000, stock=50)
    await ordering.restock(api, shop, seller, product, 5)
    distributor = await api.register(merchant=slug)
    buyer = await api.register(merchant=slug, referralCode=await social.invite(api, shop, distributor))
    sold = await api.place(shop, buyer, [(product["id"], 1)], sellerId=seller["id"])
    assert sold["errors"] == [] and sold["order"]["total"]["minor"] == 10000
    paid = await api.pay(shop, sold["order"]["id"])
    assert paid["errors"] == []
    order = await Order.get(number=sold["order"]["number"])
    granted = {(c.source, c.kind): c.amount for c in await Commission.filter(order_id=order.id)}
    await _check(shop)
    return {"shop": shop, "order": sold["order"], "seller": seller, "granted": granted,
            "earned": await ordering.earnings(api, shop, seller)}


async def test_the_brand_pays_other_modes_commissions_on_a_shop_sale_by_default(api):
    sale = await _shop_sale(api, "brand")
    assert sale["granted"] == {("b2b2c_social", "level1"): 1000, ("b2b_agent", "bonus"): 500, ("b2b_ordering", "retail_sale"): 10000}
    assert sale["earned"]["retailSales"] == 10000


async def test_a_reseller_who_bears_them_is_paid_the_sale_less_the_commissions(api):
    sale = await _shop_sale(api, "reseller")
    assert sale["granted"] == {("b2b2c_social", "level1"): 1000, ("b2b_agent", "bonus"): 500, ("b2b_ordering", "retail_sale"): 8500}
    assert sale["earned"]["retailSales"] == 8500
    # a partial refund takes back the same share of everyone's part
    shop = sale["shop"]
    refunded = await api.mutate("orderRefund", {"orderId": sale["order"]["id"], "idempotencyKey": "refund-borne-1"},
                                token=shop["owner"]["token"], merchant=shop["slug"])
    assert refunded["errors"] == []
    assert (await ordering.earnings(api, shop, sale["seller"]))["retailSales"] == 0
    await _check(shop)


async def test_a_waiting_restock_line_is_refunded_whole_and_its_order_completes_with_the_rest(api):
    shop = await api.merchant()
    await ordering.enable(api, shop, wait_for_upline_hours=24)
    levels = await ordering.levels(api, shop)
    upline = await ordering.top_reseller(api, shop, levels["总代"])
    downline = await ordering.below(api, shop, upline, levels["一级"])
    waiting_product = await api.product(shop, price=10000, stock=100)
    stocked_product = await api.product(shop, price=5000, stock=100)
    await ordering.restock(api, shop, upline, stocked_product, 5)
    placed = await api.mutate("orderingRestock", {"lines": [{"productId": waiting_product["id"], "quantity": 4},
                                                            {"productId": stocked_product["id"], "quantity": 2}]},
                              token=downline["token"], merchant=shop["slug"], select="order { id number lines { id } }")
    assert placed["errors"] == []
    await api.pay(shop, placed["order"]["id"])
    order = await Order.get(number=placed["order"]["number"])
    assert order.status == OrderStatus.PAID  # the first line waits for the upline's stock
    waiting_line = placed["order"]["lines"][0]["id"]
    owner, slug = shop["owner"]["token"], shop["slug"]
    part = await api.mutate("orderRefund", {"orderId": placed["order"]["id"], "idempotencyKey": "wait-part-1",
                                            "lines": [{"lineId": waiting_line, "quantity": 1}]}, token=owner, merchant=slug)
    assert [e["code"] for e in part["errors"]] == ["INVALID"]
    whole = await api.mutate("orderRefund", {"orderId": placed["order"]["id"], "idempotencyKey": "wait-whole-1",
                                             "lines": [{"lineId": waiting_line, "quantity": 4}]}, token=owner, merchant=slug)
    assert whole["errors"] == []
    assert (await Order.get(id=order.id)).status == OrderStatus.COMPLETED  # nothing waits any more
    assert await ordering.stock(api, shop, downline) == {stocked_product["sku"]: (2, 0, 2 * 3500)}  # 一级 buys at 70%
    await _check(shop)
    counts = await settled(api.app.state.manager, datetime.now(timezone.utc) + timedelta(days=2), slug)
    assert "ordering_restocks_routed" not in counts  # the refunded line is never routed
    await _check(shop)
