"""A buyer pays with Alipay through the API, on SQLite and PostgreSQL: the owner configures the app (secrets in,
never out), the buyer gets a signed cashier URL, the order waits, and Alipay's signed notification pays it once;
forged, mismatched and misdirected notifications change nothing; a lost one is recovered by `fenxiao settle`;
refunds go back through Alipay."""

from __future__ import annotations

import json
from datetime import timedelta
from urllib.parse import urlsplit

import httpx
import respx
from tortoise.timezone import now as utcnow

from fenxiao.core import db
from fenxiao.core.gateways import alipay
from tests.api import unique
from tests.settling import settled
from tests.test_alipay_gateway import AlipaySide, paid

PAY = "order { status } payment { status gateway } client actionUrl"


def _input(side: AlipaySide, **secrets) -> dict:
    return {"gateway": "alipay", "settings": {"appid": side.account.appid, "alipay_public_key": side.account.alipay_public_key,
                                              "return_url": "https://shop.example/orders"}, "secrets": secrets}


async def _shop(api, side: AlipaySide | None = None):
    shop = await api.merchant()
    side = side or AlipaySide()
    done = await api.mutate("merchantGatewayConfigure", _input(side, private_key=side.account.private_key), token=shop["owner"]["token"],
                            merchant=shop["slug"], select="merchantGateway { gateway secretsSet settings }")
    assert done["errors"] == [], done["errors"]
    assert done["merchantGateway"]["secretsSet"] == ["private_key"]
    product = await api.product(shop, price=3_650, stock=10)
    return shop, side, product


async def _placed(api, shop, product, quantity=2):
    buyer = await api.register(merchant=shop["slug"])
    placed = await api.place(shop, buyer, [(product["id"], quantity)])
    assert placed["errors"] == [], placed["errors"]
    return buyer, placed["order"]


async def _pay(api, shop, buyer, order, method="wap"):
    return await api.mutate("orderPay", {"orderId": order["id"], "idempotencyKey": unique("pay-key-"), "gateway": "alipay", "method": method},
                            token=buyer["token"], merchant=shop["slug"], select=PAY)


async def _notify(api, shop, body: bytes, slug: str | None = None):
    return await api.http.post(f"/payments/alipay/{slug or shop['slug']}/webhook", content=body,
                               headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"})


async def _status(api, shop, buyer, order) -> str:
    return (await api.ok("query($id: ID!) { order(id: $id) { status } }", {"id": order["id"]}, token=buyer["token"],
                         merchant=shop["slug"]))["order"]["status"]


def _amount(order) -> str:
    return alipay.yuan(order["total"]["minor"])


async def test_a_buyer_pays_on_a_phone_and_alipays_notification_pays_the_order_once(api):
    shop, side, product = await _shop(api)
    buyer, order = await _placed(api, shop, product)
    started = await _pay(api, shop, buyer, order, "wap")
    assert started["errors"] == [], started["errors"]
    assert started["order"]["status"] == "PENDING_PAYMENT" and started["payment"] == {"status": "PENDING", "gateway": "alipay"}
    url = started["client"]["url"]
    assert started["client"]["method"] == "wap" and started["actionUrl"] == url and url.startswith(alipay.SANDBOX + "?")
    sent = side.check_signed(httpx.Request("POST", alipay.SANDBOX, content=urlsplit(url).query.encode()))
    assert (sent["out_trade_no"], sent["total_amount"], sent["product_code"]) == (order["number"], _amount(order), "QUICK_WAP_PAY")
    assert side.requests[-1]["notify_url"].endswith(f"/payments/alipay/{shop['slug']}/webhook")
    assert side.requests[-1]["return_url"] == "https://shop.example/orders"
    body = side.notification(paid(order["number"], _amount(order)))
    for _ in range(3):  # Alipay retries until it reads `success`: one payment
        answered = await _notify(api, shop, body)
        assert (answered.status_code, answered.text) == (200, "success")
    assert await _status(api, shop, buyer, order) == "PAID"
    payments = await db.fetch("SELECT COUNT(*) AS n FROM ledger_transaction WHERE kind = 'order_payment'")
    assert payments[0]["n"] == 1
    assert "PRIVATE KEY" not in json.dumps(started)


async def test_the_desktop_page_and_the_app_get_what_they_open(api):
    shop, side, product = await _shop(api)
    buyer, order = await _placed(api, shop, product, 1)
    page = await _pay(api, shop, buyer, order, "page")
    assert page["errors"] == [] and side.check_signed(httpx.Request("POST", alipay.SANDBOX, content=urlsplit(page["client"]["url"]).query.encode()))[
        "product_code"] == "FAST_INSTANT_TRADE_PAY"
    app = await _pay(api, shop, buyer, order, "app")  # the buyer switches: the same pending payment
    assert app["errors"] == [] and set(app["client"]) == {"method", "orderString"} and app["actionUrl"] is None
    assert side.check_signed(httpx.Request("POST", alipay.SANDBOX, content=app["client"]["orderString"].encode()))["product_code"] == "QUICK_MSECURITY_PAY"
    rows = await db.fetch("SELECT COUNT(*) AS n FROM payment WHERE gateway = 'alipay'")
    assert rows[0]["n"] == 1
    refused = await _pay(api, shop, buyer, order, "native")
    assert [(e["field"], e["code"]) for e in refused["errors"]] == [("method", "INVALID")]


async def test_forged_mismatched_and_misdirected_notifications_change_nothing(api):
    shop, side, product = await _shop(api)
    other_shop, _, _ = await _shop(api, AlipaySide("other merchant"))
    buyer, order = await _placed(api, shop, product)
    assert (await _pay(api, shop, buyer, order))["errors"] == []
    genuine = side.notification(paid(order["number"], _amount(order)))
    cases = {
        "signed by another key": side.notification(paid(order["number"], _amount(order)), key=AlipaySide("forger").alipay_key),
        "for less than the order": side.notification(paid(order["number"], "0.01")),
        "in another currency": side.notification(paid(order["number"], _amount(order), trans_currency="USD")),
        "for an order that is not there": side.notification(paid("0000000000", _amount(order))),
        "for another app": side.notification({**paid(order["number"], _amount(order)), "app_id": "2021000999999999"}),
        "not a form": b"\xff\xfe",
    }
    for what, body in cases.items():
        answered = await _notify(api, shop, body)
        assert (answered.status_code, answered.text) == (400, "fail"), what
        assert await _status(api, shop, buyer, order) == "PENDING_PAYMENT", what
    misdirected = await _notify(api, shop, genuine, slug=other_shop["slug"])  # verified with the other merchant's keys
    assert misdirected.status_code == 400 and await _status(api, shop, buyer, order) == "PENDING_PAYMENT"
    assert (await _notify(api, shop, genuine)).text == "success"
    assert await _status(api, shop, buyer, order) == "PAID"


async def test_alipay_settings_are_refused_by_field_and_nothing_is_stored(api):
    shop = await api.merchant()
    side = AlipaySide()
    cases = [({"appid": "12", "alipay_public_key": side.account.alipay_public_key}, {"private_key": side.account.private_key}, {"settings.appid"}),
             ({"appid": side.account.appid}, {"private_key": side.account.private_key}, {"settings"}),  # neither a key nor certificates
             ({"appid": side.account.appid, "app_cert": side.app_cert}, {"private_key": side.account.private_key}, {"settings"}),
             ({"appid": side.account.appid, "app_cert": "not a certificate"}, {"private_key": "not a key"},
              {"settings.app_cert", "secrets.private_key"}),
             ({"appid": side.account.appid, "alipay_public_key": side.account.alipay_public_key, "return_url": "javascript:alert(1)"},
              {"private_key": side.account.private_key}, {"settings.return_url"})]
    for settings, secrets, fields in cases:
        refused = await api.mutate("merchantGatewayConfigure", {"gateway": "alipay", "settings": settings, "secrets": secrets},
                                   token=shop["owner"]["token"], merchant=shop["slug"])
        assert {e["field"] for e in refused["errors"]} == fields, refused["errors"]
        assert all("not a key" not in e["message"] for e in refused["errors"])
    assert (await db.fetch("SELECT COUNT(*) AS n FROM gateway_account"))[0]["n"] == 0
    bare = "".join(side.account.private_key.strip().splitlines()[1:-1])  # as Alipay's key tool shows it
    key = "".join(side.account.alipay_public_key.strip().splitlines()[1:-1])
    done = await api.mutate("merchantGatewayConfigure", {"gateway": "alipay", "settings": {"appid": side.account.appid, "alipay_public_key": key},
                                                         "secrets": {"private_key": bare}}, token=shop["owner"]["token"], merchant=shop["slug"])
    assert done["errors"] == [], done["errors"]


async def test_settle_asks_alipay_about_a_charge_it_never_heard_of(api, manager):
    shop, side, product = await _shop(api)
    paid_buyer, paid_order = await _placed(api, shop, product, 1)
    waiting_buyer, waiting = await _placed(api, shop, product, 1)
    for buyer, order in ((paid_buyer, paid_order), (waiting_buyer, waiting)):
        assert (await _pay(api, shop, buyer, order))["errors"] == []
    asked = []
    with respx.mock(assert_all_called=True) as mock:
        def query(request):
            number = side.check_signed(request)["out_trade_no"]
            asked.append(number)
            if number == paid_order["number"]:
                return side.answer("alipay.trade.query", paid(number, _amount(paid_order)))
            return side.refusal("alipay.trade.query", "40004", "ACQ.TRADE_NOT_EXIST", "交易不存在")  # the buyer never opened it

        mock.post(alipay.SANDBOX).mock(side_effect=query)
        counts = await settled(manager, utcnow() + timedelta(minutes=6), shop["slug"])
    assert counts["payments_confirmed_by_query"] == 1 and sorted(asked) == sorted([paid_order["number"], waiting["number"]])
    assert await _status(api, shop, paid_buyer, paid_order) == "PAID"
    assert await _status(api, shop, waiting_buyer, waiting) == "PENDING_PAYMENT"


async def test_a_partial_refund_goes_back_through_alipay(api, manager):
    shop, side, product = await _shop(api)
    buyer, order = await _placed(api, shop, product, 2)
    assert (await _pay(api, shop, buyer, order))["errors"] == []
    assert (await _notify(api, shop, side.notification(paid(order["number"], _amount(order))))).text == "success"
    line = order["lines"][0]["id"]
    sent = []
    with respx.mock(assert_all_called=True) as mock:
        answers = iter([side.answer("alipay.trade.refund", {"trade_no": "2026120122001400000000000001", "fund_change": "Y"})])

        def refund(request):
            sent.append(side.check_signed(request))
            return next(answers)

        mock.post(alipay.SANDBOX).mock(side_effect=refund)
        asked = await api.mutate("orderRefund", {"orderId": order["id"], "lines": [{"lineId": line, "quantity": 1}], "reason": "one broken",
                                                 "idempotencyKey": unique("refund-key-")}, token=shop["owner"]["token"], merchant=shop["slug"])
    assert asked["errors"] == [], asked["errors"]
    assert (sent[0]["out_trade_no"], sent[0]["refund_amount"]) == (order["number"], "36.50")
    data = await api.ok("query($id: ID!) { order(id: $id) { status refundedTotal { minor } refunds { status amount { minor } } } }",
                        {"id": order["id"]}, token=buyer["token"], merchant=shop["slug"])
    assert data["order"]["refundedTotal"]["minor"] == 3_650 and data["order"]["status"] == "PAID"
    assert [(r["status"], r["amount"]["minor"]) for r in data["order"]["refunds"]] == [("SUCCEEDED", 3_650)]
    assert "refunds_sent_again" not in await settled(manager, utcnow() + timedelta(minutes=6), shop["slug"])
