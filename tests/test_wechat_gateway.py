"""The WeChat Pay APIv3 adapter against WeChat Pay as its documentation describes it, without reaching it:
real RSA keys made here, requests checked for the merchant's signature, answers and notifications signed
with a platform key and encrypted with the APIv3 key exactly as WeChat Pay does; only the HTTP transport
is stubbed (respx)."""

from __future__ import annotations

import functools
import json
import re
import secrets
from base64 import b64decode, b64encode
from datetime import datetime, timedelta, timezone

import httpx
import pytest
import respx
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from fenxiao.core.gateways import wechat

AUTH = re.compile(r'^WECHATPAY2-SHA256-RSA2048 mchid="(?P<mchid>\d+)",nonce_str="(?P<nonce>\w+)",signature="(?P<signature>[^"]+)",'
                  r'timestamp="(?P<timestamp>\d+)",serial_no="(?P<serial>\w+)"$')


@functools.cache
def _key(role: str) -> rsa.RSAPrivateKey:
    """One 2048-bit key per role for the module (making them is most of the tests' time)."""
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _pem(key: rsa.RSAPrivateKey) -> tuple[str, str]:
    private = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()).decode()
    public = key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    return private, public


class WechatPaySide:
    """What WeChat Pay holds: the platform key pair, and the merchant's public key to check requests with."""

    def __init__(self, name: str = "wechat") -> None:
        self.platform = _key(f"{name} platform")
        merchant = _key(f"{name} merchant")
        self.merchant_public = merchant.public_key()
        merchant_pem, _ = _pem(merchant)
        _, platform_public = _pem(self.platform)
        self.apiv3_key = secrets.token_hex(16)  # 32 characters
        self.account = wechat.WechatAccount(mchid="1900000109", appid="wxd678efh567hg6787", serial_no="5157F09EFDC096DE15EBE81A47057A72",
                                            private_key=merchant_pem, apiv3_key=self.apiv3_key, public_key=platform_public,
                                            public_key_id="PUB_KEY_ID_0114232134912410000000000000")
        self.requests: list[httpx.Request] = []

    def sign(self, timestamp: str, nonce: str, body: str) -> str:
        message = f"{timestamp}\n{nonce}\n{body}\n".encode()
        return b64encode(self.platform.sign(message, padding.PKCS1v15(), hashes.SHA256())).decode()

    def headers(self, body: str, at: datetime | None = None, serial: str | None = None) -> dict[str, str]:
        timestamp, nonce = str(int((at or datetime.now(timezone.utc)).timestamp())), secrets.token_hex(16)
        return {"Wechatpay-Timestamp": timestamp, "Wechatpay-Nonce": nonce, "Wechatpay-Serial": serial or self.account.public_key_id,
                "Wechatpay-Signature": self.sign(timestamp, nonce, body), "Wechatpay-Signature-Type": "WECHATPAY2-SHA256-RSA2048"}

    def answer(self, payload: dict, status: int = 200) -> httpx.Response:
        body = json.dumps(payload)
        return httpx.Response(status, text=body, headers={"Content-Type": "application/json", **self.headers(body)})

    def check_signed(self, request: httpx.Request) -> None:
        """The request carries the merchant's signature over method, path and query, timestamp, nonce, body."""
        self.requests.append(request)
        found = AUTH.match(request.headers["Authorization"])
        assert found and found["mchid"] == self.account.mchid and found["serial"] == self.account.serial_no
        path = request.url.raw_path.decode()
        message = f"{request.method}\n{path}\n{found['timestamp']}\n{found['nonce']}\n{request.content.decode()}\n".encode()
        self.merchant_public.verify(b64decode(found["signature"]), message, padding.PKCS1v15(), hashes.SHA256())
        assert request.headers["Wechatpay-Serial"] == self.account.public_key_id

    def notification(self, resource: dict, event: str = "TRANSACTION.SUCCESS", apiv3_key: str | None = None) -> str:
        nonce = secrets.token_hex(6)  # 12 characters, as WeChat Pay's
        cipher = AESGCM((apiv3_key or self.apiv3_key).encode()).encrypt(nonce.encode(), json.dumps(resource).encode(), b"transaction")
        return json.dumps({"id": secrets.token_hex(8), "create_time": "2026-12-01T10:00:00+08:00", "resource_type": "encrypt-resource",
                           "event_type": event, "summary": "支付成功",
                           "resource": {"original_type": "transaction", "algorithm": "AEAD_AES_256_GCM", "ciphertext": b64encode(cipher).decode(),
                                        "associated_data": "transaction", "nonce": nonce}})


def _paid(out_trade_no: str = "2612010001", total: int = 8800) -> dict:
    return {"mchid": "1900000109", "appid": "wxd678efh567hg6787", "out_trade_no": out_trade_no, "transaction_id": "4200000000202612010000000001",
            "trade_type": "NATIVE", "trade_state": "SUCCESS", "trade_state_desc": "支付成功", "success_time": "2026-12-01T10:00:00+08:00",
            "payer": {"openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"}, "amount": {"total": total, "payer_total": total, "currency": "CNY",
                                                                        "payer_currency": "CNY"}}


@pytest.fixture
def side() -> WechatPaySide:
    return WechatPaySide()


async def test_native_charge_is_signed_and_answers_the_qr_payload(side):
    with respx.mock(assert_all_called=True) as mock:
        def native(request):
            side.check_signed(request)
            sent = json.loads(request.content)
            assert sent["amount"] == {"total": 8800, "currency": "CNY"} and sent["out_trade_no"] == "2612010001"
            assert sent["notify_url"] == "https://shop.example/payments/wechat/demo/webhook" and sent["mchid"] == side.account.mchid
            return side.answer({"code_url": "weixin://wxpay/bizpayurl?pr=p4lpSuKzz"})

        mock.post(f"{wechat.API}/v3/pay/transactions/native").mock(side_effect=native)
        started = await wechat.start(side.account, wechat.Method.NATIVE, "2612010001", "茶叶 x2", 8800,
                                     "https://shop.example/payments/wechat/demo/webhook")
    assert started == wechat.Started(wechat.Method.NATIVE, code_url="weixin://wxpay/bizpayurl?pr=p4lpSuKzz")


async def test_jsapi_charge_returns_the_payment_parameters_signed_by_the_merchant(side):
    with respx.mock(assert_all_called=True) as mock:
        def jsapi(request):
            side.check_signed(request)
            assert json.loads(request.content)["payer"] == {"openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"}
            return side.answer({"prepay_id": "wx201410272009395522657a690389285100"})

        mock.post(f"{wechat.API}/v3/pay/transactions/jsapi").mock(side_effect=jsapi)
        started = await wechat.start(side.account, wechat.Method.JSAPI, "2612010002", "茶叶", 100, "https://shop.example/n",
                                     openid="oUpF8uMuAJO_M2pxb1Q9zNjWeS6o")
    params = started.jsapi
    assert params["package"] == "prepay_id=wx201410272009395522657a690389285100" and params["signType"] == "RSA"
    message = f"{params['appId']}\n{params['timeStamp']}\n{params['nonceStr']}\n{params['package']}\n".encode()
    side.merchant_public.verify(b64decode(params["paySign"]), message, padding.PKCS1v15(), hashes.SHA256())
    with pytest.raises(ValueError):
        await wechat.start(side.account, wechat.Method.JSAPI, "2612010002", "茶叶", 100, "https://shop.example/n")


async def test_h5_charge_sends_the_buyers_address_and_answers_the_url(side):
    with respx.mock(assert_all_called=True) as mock:
        def h5(request):
            side.check_signed(request)
            assert json.loads(request.content)["scene_info"] == {"payer_client_ip": "203.0.113.7", "h5_info": {"type": "Wap"}}
            return side.answer({"h5_url": "https://wx.tenpay.com/cgi-bin/mmpayweb-bin/checkmweb?prepay_id=wx1"})

        mock.post(f"{wechat.API}/v3/pay/transactions/h5").mock(side_effect=h5)
        started = await wechat.start(side.account, wechat.Method.H5, "2612010003", "茶叶", 100, "https://shop.example/n", client_ip="203.0.113.7")
    assert started.h5_url.startswith("https://wx.tenpay.com/")


async def test_an_answer_not_signed_by_the_platform_is_not_believed(side):
    impostor = WechatPaySide("impostor")
    with respx.mock() as mock:
        mock.post(f"{wechat.API}/v3/pay/transactions/native").mock(return_value=impostor.answer({"code_url": "weixin://evil"}))
        with pytest.raises(Exception, match="verify"):
            await wechat.start(side.account, wechat.Method.NATIVE, "2612010004", "茶叶", 100, "https://shop.example/n")


async def test_a_refusal_says_what_wechat_pay_said_and_nothing_secret(side):
    with respx.mock() as mock:
        mock.post(f"{wechat.API}/v3/pay/transactions/native").mock(
            return_value=httpx.Response(400, json={"code": "PARAM_ERROR", "message": "参数错误"}))
        with pytest.raises(wechat.GatewayRefused) as refused:
            await wechat.start(side.account, wechat.Method.NATIVE, "2612010005", "茶叶", 100, "https://shop.example/n")
    text = str(refused.value)
    assert "PARAM_ERROR" in text and side.apiv3_key not in text and "PRIVATE KEY" not in text
    assert side.apiv3_key not in repr(side.account) and "PRIVATE KEY" not in repr(side.account)


def test_an_authentic_fresh_notification_gives_its_transaction(side):
    body = side.notification(_paid())
    envelope = wechat.verify(side.account, side.headers(body), body.encode(), datetime.now(timezone.utc))
    paid = wechat.transaction_of(envelope["resource"])
    assert paid == wechat.Transaction("2612010001", "4200000000202612010000000001", "SUCCESS", 8800, "CNY") and paid.paid
    # lower-case header names, as an ASGI server hands them over
    lowered = {key.lower(): value for key, value in side.headers(body).items()}
    assert wechat.verify(side.account, lowered, body.encode(), datetime.now(timezone.utc))["event_type"] == "TRANSACTION.SUCCESS"


def test_forged_stale_or_tampered_notifications_are_refused(side):
    now = datetime.now(timezone.utc)
    body = side.notification(_paid())
    forger = WechatPaySide("forger")
    cases = {
        "signed by another key": forger.headers(body, serial=side.account.public_key_id),
        "an hour old (a replay)": side.headers(body, at=now - timedelta(hours=1)),
        "from the future": side.headers(body, at=now + timedelta(minutes=10)),
        "another key id": side.headers(body, serial="PUB_KEY_ID_OTHER"),
        "no timestamp": {k: v for k, v in side.headers(body).items() if k != "Wechatpay-Timestamp"},
    }
    for what, headers in cases.items():
        with pytest.raises(wechat.UntrustedNotification):
            wechat.verify(side.account, headers, body.encode(), now)
            pytest.fail(what)
    # the body changed after signing; a resource encrypted with another APIv3 key
    tampered = body.replace("TRANSACTION.SUCCESS", "REFUND.SUCCESS")
    with pytest.raises(wechat.UntrustedNotification):
        wechat.verify(side.account, side.headers(body), tampered.encode(), now)
    other_key = side.notification(_paid(), apiv3_key=secrets.token_hex(16))
    with pytest.raises(wechat.UntrustedNotification):
        wechat.verify(side.account, side.headers(other_key), other_key.encode(), now)


async def test_query_and_refund_are_signed_and_read_back(side):
    with respx.mock(assert_all_called=True) as mock:
        def queried(request):
            side.check_signed(request)
            return side.answer(_paid("2612010009", 300))

        def refunded(request):
            side.check_signed(request)
            sent = json.loads(request.content)
            assert sent["amount"] == {"refund": 100, "total": 300, "currency": "CNY"} and sent["out_refund_no"] == "refund-17"
            return side.answer({"refund_id": "50000000382019052709732678859", "status": "PROCESSING"})

        mock.get(url__regex=rf"^{re.escape(wechat.API)}/v3/pay/transactions/out-trade-no/2612010009\?mchid=1900000109$").mock(side_effect=queried)
        mock.post(f"{wechat.API}/v3/refund/domestic/refunds").mock(side_effect=refunded)
        found = await wechat.query(side.account, "2612010009")
        assert (found.paid, found.total) == (True, 300)
        assert await wechat.refund(side.account, "2612010009", "refund-17", 100, 300, "damaged", "https://shop.example/n") == \
            wechat.RefundResult("50000000382019052709732678859", "PROCESSING")
