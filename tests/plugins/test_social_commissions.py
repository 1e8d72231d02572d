"""Commission rules through the API: product rules, self-purchase, cap, snapshots, idempotency; tasks; leaderboards."""

from datetime import datetime, timedelta, timezone

from fenxiao.core.models import Order, OrderLine
from fenxiao.core.unit_of_work import unit_of_work
from tests.settling import settled as settle
from fenxiao.plugins.b2b2c_social import service
from tests.api import ADDRESS, unique
from tests.plugins.social import chain, configure, invite, me, wallet


async def _buy(api, shop, buyer, product, quantity=1):
    order = (await api.place(shop, buyer, [(product["id"], quantity)]))["order"]
    assert (await api.pay(shop, order["id"]))["errors"] == []
    return order


async def test_product_rules_override_level_rates(api):
    shop = await api.merchant()
    await configure(api, shop, join_mode="invitation", depth=2, level_rates_bps=[1000, 500])
    a, b, c = await chain(api, shop, 3)
    fixed = await api.product(shop, price=10000, stock=10)
    rated = await api.product(shop, price=10000, stock=10)
    owner = shop["owner"]["token"]
    for product, mode, l1, l2 in ((fixed, "FIXED", 1500, 300), (rated, "RATE", 2000, 0)):
        rule = await api.mutate("socialProductRuleCreate", {"productId": product["id"], "mode": mode, "level1": l1, "level2": l2},
                                token=owner, merchant=shop["slug"])
        assert rule["errors"] == []
    bad = await api.mutate("socialProductRuleCreate", {"productId": fixed["id"], "mode": "RATE", "level1": 1}, token=owner, merchant=shop["slug"])
    assert bad["errors"][0]["code"] == "DUPLICATE"
    await _buy(api, shop, c, fixed, quantity=2)  # fixed per unit: 2 × 15.00 and 2 × 3.00
    await _buy(api, shop, c, rated)              # 20% and 0%
    assert (await wallet(api, shop, b))["pending"] == 3000 + 2000
    assert (await wallet(api, shop, a))["pending"] == 600


async def test_self_purchase_and_the_cap(api):
    shop = await api.merchant()
    refused = await configure(api, shop, join_mode="invitation", depth=2, level_rates_bps=[1000, 500], cap_bps=1200)
    assert "above the cap" in refused["errors"][0]["message"]
    await configure(api, shop, join_mode="invitation", depth=2, level_rates_bps=[1000, 200], self_purchase=True, cap_bps=1200)
    a, b = await chain(api, shop, 2, distributors=2)
    product = await api.product(shop, price=10000, stock=10)
    # A product rule may promise more than the cap allows: the cap still holds.
    await api.mutate("socialProductRuleCreate", {"productId": product["id"], "mode": "RATE", "level1": 1000, "level2": 500},
                     token=shop["owner"]["token"], merchant=shop["slug"])
    await _buy(api, shop, b, product)
    assert (await wallet(api, shop, b))["pending"] == 1000  # level 1: the buyer themselves
    assert (await wallet(api, shop, a))["pending"] == 200   # level 2 gets what the 12% cap leaves
    snapshot = await api.ok("{ socialOrderSnapshots { edges { node { shares rules } } } }", token=shop["owner"]["token"], merchant=shop["slug"])
    shares = snapshot["socialOrderSnapshots"]["edges"][0]["node"]["shares"][0]["shares"]
    assert [(s["level"], s["amount"], s["basis"]) for s in shares] == [(1, 1000, "product_rate"), (2, 200, "capped")]


async def test_paid_orders_keep_the_rules_they_were_paid_under(api):
    shop = await api.merchant()
    await configure(api, shop, join_mode="invitation", depth=1, level_rates_bps=[1000])
    a, b = await chain(api, shop, 2)
    product = await api.product(shop, price=10000, stock=10)
    order = await _buy(api, shop, b, product)
    await configure(api, shop, join_mode="invitation", depth=1, level_rates_bps=[3000])
    assert (await wallet(api, shop, a))["pending"] == 1000
    refund = await api.mutate("orderRefund", {"orderId": order["id"], "idempotencyKey": unique("r-key-")}, token=shop["owner"]["token"], merchant=shop["slug"])
    assert refund["errors"] == []
    assert (await wallet(api, shop, a))["pending"] == 0  # reversed in full, not at the new rate
    snapshot = await api.ok("{ socialOrderSnapshots { edges { node { rules } } } }", token=shop["owner"]["token"], merchant=shop["slug"])
    assert snapshot["socialOrderSnapshots"]["edges"][0]["node"]["rules"]["config"]["level_rates_bps"] == [1000]


async def test_a_replayed_payment_hook_pays_nothing_twice(api):
    shop = await api.merchant()
    await configure(api, shop, join_mode="invitation", depth=2, level_rates_bps=[1000, 500])
    a, b, c = await chain(api, shop, 3)
    product = await api.product(shop, price=10000, stock=10)
    placed = await _buy(api, shop, c, product)
    order = await Order.get(number=placed["number"])
    lines = await OrderLine.filter(order_id=order.id)
    hooks = await api.app.state.manager.context(await order.merchant, None)
    async with unit_of_work():
        assert await service.pay_commissions(hooks, order, lines)  # computes the same shares …
    assert [(await wallet(api, shop, x))["pending"] for x in (b, a)] == [1000, 500]  # … and grants nothing new


async def test_tasks_progress_cash_and_product_rewards(api):
    shop = await api.merchant()
    owner, slug = shop["owner"]["token"], shop["slug"]
    await configure(api, shop, join_mode="invitation", depth=1, level_rates_bps=[1000])
    now = datetime.now(timezone.utc)
    window = {"startsAt": (now - timedelta(hours=1)).isoformat(), "endsAt": (now + timedelta(days=7)).isoformat()}
    gift = await api.product(shop, price=8800, stock=5)
    cash = await api.mutate("socialTaskCreate", {"title": "拉新 2 人", "metric": "RECRUITS", "target": 2, "rewardKind": "CASH",
                                                 "rewardAmount": 1500, **window}, token=owner, merchant=slug, select="socialTask { id }")
    assert cash["errors"] == []
    prize = await api.mutate("socialTaskCreate", {"title": "卖满 ¥100", "metric": "SALES", "target": 10000, "rewardKind": "PRODUCT",
                                                  "rewardProductId": gift["id"], **window}, token=owner, merchant=slug, select="socialTask { id }")
    bad = await api.mutate("socialTaskCreate", {"title": "x", "metric": "SALES", "target": 0, "rewardKind": "PRODUCT", **window},
                           token=owner, merchant=slug)
    assert [(e["field"], e["code"]) for e in bad["errors"]] == [("target", "INVALID")]  # a number out of range: refused first
    bad = await api.mutate("socialTaskCreate", {"title": "x", "metric": "SALES", "target": 1, "rewardKind": "PRODUCT",
                                                "rewardAmount": -1500, **window}, token=owner, merchant=slug)
    assert [(e["field"], e["code"]) for e in bad["errors"]] == [("rewardAmount", "INVALID")]
    bad = await api.mutate("socialTaskCreate", {"title": "x", "metric": "SALES", "target": 1, "rewardKind": "PRODUCT", **window},
                           token=owner, merchant=slug)
    assert "rewardProductId" in [e["field"] for e in bad["errors"]]
    leader = (await chain(api, shop, 1, distributors=1))[0]
    code = (await me(api, shop, leader))["shareCode"]
    early = await api.mutate("socialRewardClaim", {"taskId": prize["socialTask"]["id"], "shippingAddress": ADDRESS},
                             token=leader["token"], merchant=slug)
    assert early["errors"][0]["code"] == "SOCIAL_TASK_NOT_ACHIEVED"
    friends = [await api.register(merchant=slug, referralCode=code) for _ in range(2)]
    product = await api.product(shop, price=5000, stock=10)
    await _buy(api, shop, friends[0], product, quantity=2)
    tasks = await api.ok("{ socialMyTasks { task { title } progress achieved rewardEarned rewardClaimed } }", token=leader["token"], merchant=slug)
    assert [(t["task"]["title"], t["progress"], t["achieved"]) for t in tasks["socialMyTasks"]] == [("拉新 2 人", 2, True), ("卖满 ¥100", 10000, True)]

    counts = await settle(api.app.state.manager, now + timedelta(minutes=1), slug)
    assert counts["social_task_rewards"] == 2  # both earned: the cash is credited, the product waits to be claimed
    assert "social_task_rewards" not in await settle(api.app.state.manager, now + timedelta(minutes=2), slug)
    assert (await wallet(api, shop, leader))["available"] == 1500
    tasks = await api.ok("{ socialMyTasks { rewardEarned rewardClaimed } }", token=leader["token"], merchant=slug)
    assert [(t["rewardEarned"], t["rewardClaimed"]) for t in tasks["socialMyTasks"]] == [(True, False), (True, False)]

    claimed = await api.mutate("socialRewardClaim", {"taskId": prize["socialTask"]["id"], "shippingAddress": {**ADDRESS, "name": "朋友"}},
                               token=leader["token"], merchant=slug, select="order { status total { minor } shipName lines { title } }")
    assert claimed["errors"] == []
    assert claimed["order"]["status"] == "PAID" and claimed["order"]["total"]["minor"] == 0 and claimed["order"]["shipName"] == "朋友"
    twice = await api.mutate("socialRewardClaim", {"taskId": prize["socialTask"]["id"], "shippingAddress": ADDRESS}, token=leader["token"], merchant=slug)
    assert twice["errors"][0]["code"] == "INVALID_TRANSITION"
    # The reward cannot be had through a plain order either.
    sneaky = await api.mutate("orderPlace", {"lines": [{"productId": gift["id"], "quantity": 1}], "shippingAddress": ADDRESS,
                                             "attribution": {"b2b2c_social": {"reward_task": 1}}},
                              token=friends[1]["token"], merchant=slug)
    assert sneaky["errors"][0]["code"] == "INVALID" and sneaky["errors"][0]["field"] == "attribution"


async def test_leaderboards(api):
    shop = await api.merchant()
    slug = shop["slug"]
    await configure(api, shop, join_mode="invitation", depth=1, level_rates_bps=[1000])
    x, y = (await chain(api, shop, 1, distributors=1))[0], (await chain(api, shop, 1, distributors=1))[0]
    code_x, code_y = (await me(api, shop, x))["shareCode"], (await me(api, shop, y))["shareCode"]
    product = await api.product(shop, price=1000, stock=50)
    for code, units in ((code_x, 3), (code_y, 5), (code_y, 1)):
        buyer = await api.register(merchant=slug, referralCode=code)
        await _buy(api, shop, buyer, product, quantity=units)
    board = "query($m: SocialMetric!, $p: SocialPeriod!) { socialLeaderboard(metric: $m, period: $p) { rank name value isMe } }"
    sales = (await api.ok(board, {"m": "SALES", "p": "DAY"}, token=x["token"], merchant=slug))["socialLeaderboard"]
    assert [(e["rank"], e["value"], e["isMe"]) for e in sales] == [(1, 6000, False), (2, 3000, True)]
    assert "*" in sales[0]["name"]
    commission = (await api.ok(board, {"m": "COMMISSION", "p": "WEEK"}, token=x["token"], merchant=slug))["socialLeaderboard"]
    assert [e["value"] for e in commission] == [600, 300]
    recruits = (await api.ok(board, {"m": "RECRUITS", "p": "MONTH"}, token=x["token"], merchant=slug))["socialLeaderboard"]
    assert [e["value"] for e in recruits] == [2, 1]
    custom = await api.gql("{ socialLeaderboard(metric: SALES, period: CUSTOM) { rank } }", token=x["token"], merchant=slug)
    assert custom["errors"][0]["extensions"]["code"] == "INVALID"
    past = await api.ok('{ socialLeaderboard(metric: SALES, period: CUSTOM, from: "2020-01-01T00:00:00Z", to: "2020-02-01T00:00:00Z") { rank } }',
                        token=x["token"], merchant=slug)
    assert past["socialLeaderboard"] == []


async def test_a_task_counts_recruited_distributors(api):
    shop = await api.merchant()
    owner, slug = shop["owner"]["token"], shop["slug"]
    await configure(api, shop, join_mode="invitation", depth=1, level_rates_bps=[1000])
    now = datetime.now(timezone.utc)
    await api.mutate("socialTaskCreate", {"title": "发展 2 位分销员", "metric": "DISTRIBUTORS", "target": 2, "rewardKind": "CASH",
                                          "rewardAmount": 500, "startsAt": (now - timedelta(hours=1)).isoformat(),
                                          "endsAt": (now + timedelta(days=1)).isoformat()}, token=owner, merchant=slug)
    leader, first, second = await chain(api, shop, 3, distributors=2)  # leader ← first (distributor) ← second
    customer = await api.register(merchant=slug, referralCode=(await me(api, shop, leader))["shareCode"])
    progress = await api.ok("{ socialMyTasks { progress achieved } }", token=leader["token"], merchant=slug)
    assert progress["socialMyTasks"] == [{"progress": 1, "achieved": False}]
    await invite(api, shop, customer)
    progress = await api.ok("{ socialMyTasks { progress achieved } }", token=leader["token"], merchant=slug)
    assert progress["socialMyTasks"] == [{"progress": 2, "achieved": True}]
    assert (await me(api, shop, second))["upline"] is not None  # second is first's, not the leader's


async def test_distributors_see_buyers_masked(api):
    shop = await api.merchant()
    await configure(api, shop, join_mode="invitation", depth=1, level_rates_bps=[1000])
    a, b = await chain(api, shop, 2)
    product = await api.product(shop, price=10000, stock=5)
    await _buy(api, shop, b, product)
    query = "{ commissions { edges { node { order { buyerId shipName shipPhone shipAddress note } } } } }"
    seen = (await api.ok(query, token=a["token"], merchant=shop["slug"]))["commissions"]["edges"][0]["node"]["order"]
    assert seen["shipPhone"] == "138****8000" and seen["shipName"].endswith("*") and seen["shipAddress"].endswith("****")
    staff = (await api.ok(query, token=shop["owner"]["token"], merchant=shop["slug"]))["commissions"]["edges"][0]["node"]["order"]
    assert staff["shipPhone"] == ADDRESS["phone"] and staff["shipAddress"] == ADDRESS["address"]
