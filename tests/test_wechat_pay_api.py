"""A buyer pays with WeChat Pay through the API, on SQLite and PostgreSQL: the charge is started at the
merchant's account (Native: a QR payload), the order waits, and WeChat Pay's notification — signed with the
platform key, the transaction encrypted with the APIv3 key — pays it once. Duplicate, forged, mismatched
and misdirected notifications change nothing."""

from __future__ import annotations

import json
import logging
import re
from base64 import b64decode
from datetime import timedelta

import httpx
import respx
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from tortoise.timezone import now as utcnow

from fenxiao.core import db
from fenxiao.core.gateways import wechat
from tests.api import unique
from tests.settling import settled
from tests.test_gateway_accounts import _input
from tests.test_wechat_gateway import WechatPaySide, _paid

PAY = "order { status } payment { status gateway } client actionUrl"


async def _shop(api):
    shop = await api.merchant()
    side = WechatPaySide()
    live = {**_input(side, private_key=side.account.private_key, apiv3_key=side.apiv3_key), "live": True}  # not the local sandbox
    done = await api.mutate("merchantGatewayConfigure", live,
                            token=shop["owner"]["token"], merchant=shop["slug"])
    assert done["errors"] == [], done["errors"]
    product = await api.product(shop, price=4_400, stock=10)
    return shop, side, product


async def _placed(api, shop, product, quantity=2):
    buyer = await api.register(merchant=shop["slug"])
    placed = await api.place(shop, buyer, [(product["id"], quantity)])
    assert placed["errors"] == [], placed["errors"]
    return buyer, placed["order"]


async def _start(api, shop, side, buyer, order, mock):
    def native(request):
        side.check_signed(request)
        sent = json.loads(request.content)
        assert sent["out_trade_no"] == order["number"] and sent["amount"]["total"] == order["total"]["minor"]
        assert sent["notify_url"].endswith(f"/payments/wechat/{shop['slug']}/webhook")
        return side.answer({"code_url": f"weixin://wxpay/bizpayurl?pr={order['number']}"})

    mock.post(f"{wechat.API}/v3/pay/transactions/native").mock(side_effect=native)
    return await api.mutate("orderPay", {"orderId": order["id"], "idempotencyKey": unique("pay-key-"), "gateway": "wechat", "method": "native"},
                            token=buyer["token"], merchant=shop["slug"], select=PAY)


async def _notify(api, shop, side, body: str, headers: dict | None = None, slug: str | None = None):
    return await api.http.post(f"/payments/wechat/{slug or shop['slug']}/webhook", content=body.encode(),
                               headers={"Content-Type": "application/json", **(headers or side.headers(body))})


async def _status(api, shop, buyer, order) -> str:
    return (await api.ok("query($id: ID!) { order(id: $id) { status } }", {"id": order["id"]}, token=buyer["token"],
                         merchant=shop["slug"]))["order"]["status"]


async def test_a_buyer_pays_by_qr_code_and_the_notification_pays_the_order_once(api):
    shop, side, product = await _shop(api)
    buyer, order = await _placed(api, shop, product)
    with respx.mock(assert_all_called=True) as mock:
        started = await _start(api, shop, side, buyer, order, mock)
    assert started["errors"] == [], started["errors"]
    assert started["client"] == {"method": "native", "codeUrl": f"weixin://wxpay/bizpayurl?pr={order['number']}"}
    assert started["order"]["status"] == "PENDING_PAYMENT" and started["payment"]["status"] == "PENDING"
    body = side.notification(_paid(order["number"], order["total"]["minor"]))
    for _ in range(3):  # WeChat Pay retries until it hears 2xx: each time the same answer, one payment
        answered = await _notify(api, shop, side, body)
        assert answered.status_code == 204
    assert await _status(api, shop, buyer, order) == "PAID"
    payments = await db.fetch("SELECT COUNT(*) AS n FROM ledger_transaction WHERE kind = 'order_payment'")
    assert payments[0]["n"] == 1
    assert side.apiv3_key not in json.dumps(started)


async def test_forged_mismatched_and_misdirected_notifications_change_nothing(api):
    shop, side, product = await _shop(api)
    other_shop, _, _ = await _shop(api)
    buyer, order = await _placed(api, shop, product)
    with respx.mock(assert_all_called=True) as mock:
        assert (await _start(api, shop, side, buyer, order, mock))["errors"] == []
    genuine = side.notification(_paid(order["number"], order["total"]["minor"]))
    forger = WechatPaySide("forger")
    cases = {
        "signed by another key": (genuine, forger.headers(genuine, serial=side.account.public_key_id), None),
        "for less than the order": (side.notification(_paid(order["number"], 1)), None, None),
        "in another currency": (side.notification({**_paid(order["number"], order["total"]["minor"]),
                                                   "amount": {"total": order["total"]["minor"], "currency": "USD"}}), None, None),
        "for an order that is not there": (side.notification(_paid("0000000000", order["total"]["minor"])), None, None),
        "sent to another merchant": (genuine, None, other_shop["slug"]),
        "not JSON": ("{", None, None),
    }
    for what, (body, headers, slug) in cases.items():
        answered = await _notify(api, shop, side, body, headers, slug)
        assert answered.status_code == 400, what
        assert answered.json() == {"code": "FAIL", "message": "rejected"}, what
        assert await _status(api, shop, buyer, order) == "PENDING_PAYMENT", what
    assert (await _notify(api, shop, side, genuine)).status_code == 204
    assert await _status(api, shop, buyer, order) == "PAID"


async def test_paying_by_wechat_needs_a_method_and_an_account(api):
    shop, side, product = await _shop(api)
    buyer, order = await _placed(api, shop, product)
    no_method = await api.mutate("orderPay", {"orderId": order["id"], "idempotencyKey": unique("pay-key-"), "gateway": "wechat"},
                                 token=buyer["token"], merchant=shop["slug"])
    assert [(e["field"], e["code"]) for e in no_method["errors"]] == [("method", "INVALID")]
    bare = await api.merchant()
    product = await api.product(bare, price=1_000, stock=1)
    buyer, order = await _placed(api, bare, product, 1)
    no_account = await api.mutate("orderPay", {"orderId": order["id"], "idempotencyKey": unique("pay-key-"), "gateway": "wechat",
                                               "method": "native"}, token=buyer["token"], merchant=bare["slug"])
    assert [e["code"] for e in no_account["errors"]] == ["GATEWAY_ERROR"]


async def test_settle_asks_wechat_pay_about_a_charge_it_never_heard_of(api, manager):
    shop, side, product = await _shop(api)
    paid_buyer, paid = await _placed(api, shop, product, 1)
    waiting_buyer, waiting = await _placed(api, shop, product, 1)
    with respx.mock(assert_all_called=True) as mock:
        for buyer, order in ((paid_buyer, paid), (waiting_buyer, waiting)):
            mock.routes.clear()
            assert (await _start(api, shop, side, buyer, order, mock))["errors"] == []
    asked = []
    with respx.mock(assert_all_called=True) as mock:
        def query(request):
            side.check_signed(request)
            number = request.url.path.rsplit("/", 1)[1]
            asked.append(number)
            state = "SUCCESS" if number == paid["number"] else "NOTPAY"
            return side.answer({**_paid(number, paid["total"]["minor"]), "trade_state": state})

        mock.get(url__regex=rf"^{re.escape(wechat.API)}/v3/pay/transactions/out-trade-no/\d+\?mchid={side.account.mchid}$").mock(side_effect=query)
        assert "payments_confirmed_by_query" not in await settled(manager, utcnow() + timedelta(minutes=1), shop["slug"])  # too soon to ask
        counts = await settled(manager, utcnow() + timedelta(minutes=6), shop["slug"])
    assert counts["payments_confirmed_by_query"] == 1 and sorted(asked) == sorted([paid["number"], waiting["number"]])
    assert await _status(api, shop, paid_buyer, paid) == "PAID"
    assert await _status(api, shop, waiting_buyer, waiting) == "PENDING_PAYMENT"


async def test_a_refund_goes_back_through_wechat_pay_and_waits_for_its_confirmation(api):
    shop, side, product = await _shop(api)
    buyer, order = await _placed(api, shop, product, 2)
    with respx.mock(assert_all_called=True) as mock:
        assert (await _start(api, shop, side, buyer, order, mock))["errors"] == []
    assert (await _notify(api, shop, side, side.notification(_paid(order["number"], order["total"]["minor"])))).status_code == 204
    line = order["lines"][0]["id"]
    with respx.mock(assert_all_called=True) as mock:
        def refunded(request):
            side.check_signed(request)
            sent = json.loads(request.content)
            assert sent["out_trade_no"] == order["number"] and sent["amount"] == {"refund": 4_400, "total": 8_800, "currency": "CNY"}
            assert sent["notify_url"].endswith(f"/payments/wechat/{shop['slug']}/webhook")
            refunded.number = sent["out_refund_no"]
            return side.answer({"refund_id": "50000000382019052709732678859", "out_refund_no": sent["out_refund_no"], "status": "PROCESSING"})

        mock.post(f"{wechat.API}/v3/refund/domestic/refunds").mock(side_effect=refunded)
        asked = await api.mutate("orderRefund", {"orderId": order["id"], "lines": [{"lineId": line, "quantity": 1}], "reason": "one broken",
                                                 "idempotencyKey": unique("refund-key-")}, token=shop["owner"]["token"], merchant=shop["slug"])
    assert asked["errors"] == [], asked["errors"]

    async def refunds():
        data = await api.ok("query($id: ID!) { order(id: $id) { refundedTotal { minor } refunds { status amount { minor } } } }",
                            {"id": order["id"]}, token=buyer["token"], merchant=shop["slug"])
        return data["order"]

    seen = await refunds()
    assert seen["refundedTotal"]["minor"] == 4_400 and [r["status"] for r in seen["refunds"]] == ["PENDING"]
    confirmation = side.notification({"mchid": side.account.mchid, "out_trade_no": order["number"], "transaction_id": "4200000000202612010000000001",
                                      "out_refund_no": refunded.number, "refund_id": "50000000382019052709732678859", "refund_status": "SUCCESS",
                                      "amount": {"total": 8_800, "refund": 4_400, "payer_total": 8_800, "payer_refund": 4_400}},
                                     event="REFUND.SUCCESS")
    for _ in range(2):
        assert (await _notify(api, shop, side, confirmation)).status_code == 204
    assert [r["status"] for r in (await refunds())["refunds"]] == ["SUCCEEDED"]


async def test_a_refund_the_provider_never_received_is_sent_again_by_settle(api, manager):
    shop, side, product = await _shop(api)
    buyer, order = await _placed(api, shop, product, 1)
    with respx.mock(assert_all_called=True) as mock:
        assert (await _start(api, shop, side, buyer, order, mock))["errors"] == []
    assert (await _notify(api, shop, side, side.notification(_paid(order["number"], order["total"]["minor"])))).status_code == 204
    with respx.mock() as mock:
        mock.post(f"{wechat.API}/v3/refund/domestic/refunds").mock(side_effect=httpx.ConnectError("WeChat Pay is unreachable"))
        asked = await api.mutate("orderRefund", {"orderId": order["id"], "reason": "changed mind", "idempotencyKey": unique("refund-key-")},
                                 token=shop["owner"]["token"], merchant=shop["slug"], select="order { status }")
    assert asked["errors"] == [] and asked["order"]["status"] == "REFUNDED"  # ours is done; the provider's is pending
    sent = []
    with respx.mock(assert_all_called=True) as mock:
        def refunded(request):
            side.check_signed(request)
            sent.append(json.loads(request.content)["out_refund_no"])
            return side.answer({"refund_id": "50000000382019052709732678860", "status": "SUCCESS"})

        mock.post(f"{wechat.API}/v3/refund/domestic/refunds").mock(side_effect=refunded)
        counts = await settled(manager, utcnow() + timedelta(minutes=6), shop["slug"])
        again = await settled(manager, utcnow() + timedelta(minutes=7), shop["slug"])
    assert counts["refunds_sent_again"] == 1 and "refunds_sent_again" not in again and len(sent) == 1
    data = await api.ok("query($id: ID!) { order(id: $id) { refunds { status } } }", {"id": order["id"]}, token=buyer["token"], merchant=shop["slug"])
    assert [r["status"] for r in data["order"]["refunds"]] == ["SUCCEEDED"]


async def test_inside_wechat_the_buyer_gets_signed_jsapi_parameters_and_in_a_browser_an_h5_url(api):
    shop, side, product = await _shop(api)
    buyer, order = await _placed(api, shop, product, 1)
    pay = {"orderId": order["id"], "gateway": "wechat"}
    no_openid = await api.mutate("orderPay", {**pay, "method": "jsapi", "idempotencyKey": unique("pay-key-")}, token=buyer["token"],
                                 merchant=shop["slug"])
    assert [(e["field"], e["code"]) for e in no_openid["errors"]] == [("openid", "REQUIRED")]
    with respx.mock(assert_all_called=True) as mock:
        def jsapi(request):
            side.check_signed(request)
            sent = json.loads(request.content)
            assert sent["payer"] == {"openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"} and sent["appid"] == side.account.appid
            return side.answer({"prepay_id": "wx201410272009395522657a690389285100"})

        def h5(request):
            side.check_signed(request)
            assert json.loads(request.content)["scene_info"]["payer_client_ip"]  # WeChat Pay checks the buyer's address
            return side.answer({"h5_url": "https://wx.tenpay.com/cgi-bin/mmpayweb-bin/checkmweb?prepay_id=wx2016121516420242444321ca0631331346"})

        mock.post(f"{wechat.API}/v3/pay/transactions/jsapi").mock(side_effect=jsapi)
        mock.post(f"{wechat.API}/v3/pay/transactions/h5").mock(side_effect=h5)
        inside = await api.mutate("orderPay", {**pay, "method": "jsapi", "openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
                                               "idempotencyKey": unique("pay-key-")}, token=buyer["token"], merchant=shop["slug"], select=PAY)
        browser = await api.mutate("orderPay", {**pay, "method": "h5", "idempotencyKey": unique("pay-key-")}, token=buyer["token"],
                                   merchant=shop["slug"], select=PAY)
    assert inside["errors"] == [] and browser["errors"] == [], (inside["errors"], browser["errors"])
    client = inside["client"]
    assert (client["method"], client["appId"], client["package"], client["signType"]) == \
        ("jsapi", side.account.appid, "prepay_id=wx201410272009395522657a690389285100", "RSA")
    message = f"{client['appId']}\n{client['timeStamp']}\n{client['nonceStr']}\n{client['package']}\n".encode()
    side.merchant_public.verify(b64decode(client["paySign"]), message, padding.PKCS1v15(), hashes.SHA256())  # wx.requestPayment checks it
    assert browser["client"]["h5Url"].startswith("https://wx.tenpay.com/") and browser["actionUrl"] == browser["client"]["h5Url"]
    assert browser["order"]["status"] == "PENDING_PAYMENT"


async def test_wechat_pay_out_of_reach_is_a_gateway_error_and_nothing_is_written(api):
    shop, side, product = await _shop(api)
    buyer, order = await _placed(api, shop, product, 1)
    with respx.mock() as mock:
        mock.post(f"{wechat.API}/v3/pay/transactions/native").mock(side_effect=httpx.ConnectTimeout("no route"))
        started = await api.mutate("orderPay", {"orderId": order["id"], "idempotencyKey": unique("pay-key-"), "gateway": "wechat",
                                                "method": "native"}, token=buyer["token"], merchant=shop["slug"], select=PAY)
    assert [(e["field"], e["code"]) for e in started["errors"]] == [("gateway", "GATEWAY_ERROR")]
    assert "try again" in started["errors"][0]["message"]
    assert await _status(api, shop, buyer, order) == "PENDING_PAYMENT"
    assert (await db.fetch("SELECT COUNT(*) AS n FROM payment"))[0]["n"] == 0


async def test_a_sandbox_account_opens_charges_locally_and_staff_complete_them(api):
    shop = await api.merchant()
    side = WechatPaySide()
    sandbox = _input(side, private_key=side.account.private_key, apiv3_key=side.apiv3_key)  # live: false
    assert (await api.mutate("merchantGatewayConfigure", sandbox, token=shop["owner"]["token"], merchant=shop["slug"]))["errors"] == []
    product = await api.product(shop, price=2_500, stock=5)
    buyer, order = await _placed(api, shop, product, 2)
    with respx.mock(assert_all_mocked=True) as mock:  # nothing leaves the machine
        started = await api.mutate("orderPay", {"orderId": order["id"], "idempotencyKey": unique("pay-key-"), "gateway": "wechat",
                                                "method": "native"}, token=buyer["token"], merchant=shop["slug"], select=PAY)
        assert not mock.calls
    assert started["client"] == {"method": "native", "codeUrl": f"weixin://wxpay/bizpayurl?pr=sandbox{order['number']}"}
    complete = "order { status } payment { status gateway }"
    by_buyer = await api.mutate("paymentSandboxComplete", {"orderId": order["id"]}, token=buyer["token"], merchant=shop["slug"])
    assert [e["code"] for e in by_buyer["errors"]] == ["FORBIDDEN"]
    done = await api.mutate("paymentSandboxComplete", {"orderId": order["id"]}, token=shop["owner"]["token"], merchant=shop["slug"],
                            select=complete)
    assert done["errors"] == [] and done["order"]["status"] == "PAID" and done["payment"] == {"status": "SUCCEEDED", "gateway": "wechat"}
    again = await api.mutate("paymentSandboxComplete", {"orderId": order["id"]}, token=shop["owner"]["token"], merchant=shop["slug"])
    assert [e["code"] for e in again["errors"]] == ["INVALID_TRANSITION"]
    refunded = await api.mutate("orderRefund", {"orderId": order["id"], "reason": "sandbox", "idempotencyKey": unique("refund-key-")},
                                token=shop["owner"]["token"], merchant=shop["slug"], select="order { status refunds { status } }")
    assert refunded["errors"] == [] and refunded["order"]["status"] == "REFUNDED"
    data = await api.ok("query($id: ID!) { order(id: $id) { refunds { status } } }", {"id": order["id"]}, token=buyer["token"], merchant=shop["slug"])
    assert data["order"]["refunds"] == [{"status": "SUCCEEDED"}]  # sent after commit: the sandbox pays it back at once


async def test_a_live_account_is_never_completed_by_hand(api):
    shop, side, product = await _shop(api)
    buyer, order = await _placed(api, shop, product, 1)
    with respx.mock(assert_all_called=True) as mock:
        assert (await _start(api, shop, side, buyer, order, mock))["errors"] == []
    refused = await api.mutate("paymentSandboxComplete", {"orderId": order["id"]}, token=shop["owner"]["token"], merchant=shop["slug"])
    assert [(e["field"], e["code"]) for e in refused["errors"]] == [("orderId", "FORBIDDEN")]
    assert await _status(api, shop, buyer, order) == "PENDING_PAYMENT"


async def test_no_log_line_carries_a_secret(api, caplog):
    caplog.set_level(logging.DEBUG)  # every logger, every level: the SDKs', httpx's and ours
    shop, side, product = await _shop(api)
    buyer, order = await _placed(api, shop, product, 1)
    with respx.mock(assert_all_called=True) as mock:
        assert (await _start(api, shop, side, buyer, order, mock))["errors"] == []
    forged = WechatPaySide("forger")
    body = side.notification(_paid(order["number"], order["total"]["minor"]))
    assert (await _notify(api, shop, side, body, forged.headers(body, serial=side.account.public_key_id))).status_code == 400
    assert (await _notify(api, shop, side, body)).status_code == 204
    with respx.mock() as mock:
        mock.post(f"{wechat.API}/v3/refund/domestic/refunds").mock(side_effect=httpx.ConnectError("down"))
        await api.mutate("orderRefund", {"orderId": order["id"], "reason": "x", "idempotencyKey": unique("refund-key-")},
                         token=shop["owner"]["token"], merchant=shop["slug"])
    assert "refused" in caplog.text and "could not be sent" in caplog.text  # the refusals were logged …
    private_body = "".join(side.account.private_key.strip().splitlines()[1:-1])
    for secret in (side.apiv3_key, private_body[:40], private_body[-40:]):
        assert secret not in caplog.text  # … and no secret with them
