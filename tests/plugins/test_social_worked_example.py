"""The merchant's worked example, through the API: A ← B ← C ← D ← E, three levels at 10% / 5% / 2%."""

from datetime import datetime, timedelta, timezone

from tests.settling import settled as settle
from tests.api import unique
from tests.plugins.social import chain, configure, wallet


async def test_worked_example(api):
    shop = await api.merchant(afterSalesDays=7, withdrawalMin=100)
    owner, slug = shop["owner"]["token"], shop["slug"]
    configured = await configure(api, shop, join_mode="invitation", depth=3, level_rates_bps=[1000, 500, 200])
    assert configured["errors"] == []
    assert any("pyramid" in w["message"] and w["field"] == "depth" for w in configured["merchantPlugin"]["warnings"])
    a, b, c, d, e = await chain(api, shop, 5)
    product = await api.product(shop, price=2000, stock=10)

    placed = await api.place(shop, e, [(product["id"], 5)])  # ¥100.00
    assert placed["errors"] == []
    order = placed["order"]
    assert order["total"]["minor"] == 10000
    await api.pay(shop, order["id"])
    assert [await wallet(api, shop, x) for x in (d, c, b, a)] == [
        {"pending": 1000, "frozen": 0, "available": 0, "debt": 0},
        {"pending": 500, "frozen": 0, "available": 0, "debt": 0},
        {"pending": 200, "frozen": 0, "available": 0, "debt": 0},
        {"pending": 0, "frozen": 0, "available": 0, "debt": 0},
    ]
    records = await api.ok("{ socialMyCommissions { edges { node { orderNumber buyer level amount { amount } state } } } }",
                           token=d["token"], merchant=slug)
    record = records["socialMyCommissions"]["edges"][0]["node"]
    assert record["orderNumber"] == order["number"] and record["level"] == 1 and record["amount"]["amount"] == "10.00"
    assert "*" in record["buyer"] and record["state"] == "PENDING"

    # E refunds ¥40.00 of it: each commission shrinks by 40%.
    refund = await api.mutate("orderRefund", {"orderId": order["id"], "idempotencyKey": unique("refund-key-"),
                                              "lines": [{"lineId": order["lines"][0]["id"], "quantity": 2}]}, token=owner, merchant=slug,
                              select="refund { amount { minor } }")
    assert refund["refund"]["amount"]["minor"] == 4000
    assert [(await wallet(api, shop, x))["pending"] for x in (d, c, b, a)] == [600, 300, 120, 0]

    await api.mutate("orderShip", {"orderId": order["id"], "carrier": "SF", "trackingNumber": "SF1"}, token=owner, merchant=slug)
    await api.mutate("orderComplete", {"orderId": order["id"]}, token=e["token"], merchant=slug)
    assert [(await wallet(api, shop, x))["frozen"] for x in (d, c, b)] == [600, 300, 120]
    manager = api.app.state.manager
    await settle(manager, datetime.now(timezone.utc) + timedelta(days=8), slug)
    assert [(await wallet(api, shop, x))["available"] for x in (d, c, b)] == [600, 300, 120]

    withdrawn = await api.mutate("withdrawalRequest", {"amount": 600, "method": "ALIPAY", "accountName": "D", "accountNumber": "d@alipay",
                                                       "idempotencyKey": unique("w-key-")}, token=d["token"], merchant=slug,
                                 select="withdrawal { status }")
    assert withdrawn["errors"] == [] and withdrawn["withdrawal"]["status"] == "REQUESTED"


async def test_an_after_sales_offer_takes_back_commissions_in_proportion_to_the_money_returned(api):
    shop = await api.merchant()
    owner, slug = shop["owner"]["token"], shop["slug"]
    assert (await configure(api, shop, join_mode="invitation", depth=2, level_rates_bps=[1000, 500]))["errors"] == []
    b, c, e = await chain(api, shop, 3)  # e bought through c, c was brought by b
    product = await api.product(shop, price=2000, stock=10)
    order = (await api.place(shop, e, [(product["id"], 5)]))["order"]  # ¥100.00: c earns 10.00, b 5.00
    await api.pay(shop, order["id"])
    await api.mutate("orderShip", {"orderId": order["id"], "carrier": "SF", "trackingNumber": "SF2"}, token=owner, merchant=slug)
    asked = await api.mutate("orderRefundRequest", {"orderId": order["id"], "reason": "质量问题"}, token=e["token"], merchant=slug,
                             select="request { id }")
    offered = await api.mutate("refundRequestOffer", {"requestId": asked["request"]["id"], "amount": 2500, "note": "keep it, ¥25 back"},
                               token=owner, merchant=slug)
    assert offered["errors"] == []
    accepted = await api.mutate("refundRequestOfferAnswer", {"requestId": asked["request"]["id"], "accept": True}, token=e["token"],
                                merchant=slug, select="order { status refundedTotal { minor } }")
    assert accepted["order"]["refundedTotal"] == {"minor": 2500}  # all units settled, a quarter paid back
    assert accepted["order"]["status"] != "REFUNDED"  # not all the money: the sale goes on to completion
    assert [(await wallet(api, shop, x))["pending"] for x in (c, b)] == [750, 375]  # each commission shrinks by 25%
    completed = await api.mutate("orderComplete", {"orderId": order["id"]}, token=e["token"], merchant=slug, select="order { status }")
    assert completed["errors"] == [] and completed["order"]["status"] == "COMPLETED"
    await settle(api.app.state.manager, datetime.now(timezone.utc) + timedelta(days=30), slug)
    assert [(await wallet(api, shop, x))["available"] for x in (c, b)] == [750, 375]  # what the merchant kept earns its commissions
