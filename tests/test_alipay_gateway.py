"""The Alipay adapter against Alipay as its open-platform documentation describes it, without reaching it: real
RSA keys and certificates made here, every request checked for the app's RSA2 signature, answers and
notifications signed with Alipay's key exactly as Alipay signs them; only the HTTP transport is stubbed (respx)."""

from __future__ import annotations

import functools
import hashlib
import json
from base64 import b64decode, b64encode
from datetime import datetime, timedelta, timezone
from urllib.parse import parse_qsl, urlencode, urlsplit

import httpx
import pytest
import respx
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import NameOID
from hypothesis import given, strategies as st

from fenxiao.core.gateways import alipay

APPID = "2021000123456789"


@functools.cache
def _key(role: str) -> rsa.RSAPrivateKey:
    """One 2048-bit key per role for the module (making them is most of the tests' time)."""
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _private_pem(key: rsa.RSAPrivateKey) -> str:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()).decode()


def _public_pem(key: rsa.RSAPrivateKey) -> str:
    return key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"), x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Ant Financial"),
                      x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "Certification Authority"),
                      x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _certificate(subject: str, key: rsa.RSAPrivateKey, issuer: str, issuer_key: rsa.RSAPrivateKey, serial: int) -> str:
    now = datetime.now(timezone.utc)
    certificate = (x509.CertificateBuilder().subject_name(_name(subject)).issuer_name(_name(issuer)).public_key(key.public_key())
                   .serial_number(serial).not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=365))
                   .sign(issuer_key, hashes.SHA256()))
    return certificate.public_bytes(serialization.Encoding.PEM).decode()


def _serial_number(pem: str) -> str:
    """Alipay's certificate serial number: md5 of the issuer (CN, OU, O, C) and the serial in decimal."""
    certificate = x509.load_pem_x509_certificate(pem.encode())
    issuer = {attribute.oid: attribute.value for attribute in certificate.issuer}
    name = (f"CN={issuer[NameOID.COMMON_NAME]},OU={issuer[NameOID.ORGANIZATIONAL_UNIT_NAME]},"
            f"O={issuer[NameOID.ORGANIZATION_NAME]},C={issuer[NameOID.COUNTRY_NAME]}")
    return hashlib.md5(f"{name}{certificate.serial_number}".encode()).hexdigest()


def _sign(key: rsa.RSAPrivateKey, text: str) -> str:
    return b64encode(key.sign(text.encode(), padding.PKCS1v15(), hashes.SHA256())).decode()


def _content(params: dict[str, str], *leave_out: str) -> str:
    return "&".join(f"{name}={value}" for name, value in sorted(params.items()) if name not in leave_out and value != "")


class AlipaySide:
    """What Alipay holds: its key pair (and certificates), and the app's public key to check requests with."""

    def __init__(self, name: str = "alipay", certified: bool = False) -> None:
        self.alipay_key, self.app_key = _key(f"{name} alipay"), _key(f"{name} app")
        self.root_cert = _certificate("Ant Financial Certification Authority R1", _key("root"), "Ant Financial Certification Authority R1",
                                      _key("root"), 1001)
        self.alipay_cert = _certificate("支付宝(中国)网络技术有限公司", self.alipay_key, "Ant Financial Certification Authority R1", _key("root"), 2002)
        self.app_cert = _certificate(APPID, self.app_key, "Ant Financial Certification Authority R1", _key("root"), 3003)
        certificates = dict(app_cert=self.app_cert, alipay_cert=self.alipay_cert, alipay_root_cert=self.root_cert) if certified else {}
        self.account = alipay.AlipayAccount(appid=APPID, private_key=_private_pem(self.app_key),
                                            alipay_public_key=None if certified else _public_pem(self.alipay_key), **certificates)
        self.requests: list[dict[str, str]] = []

    def check_signed(self, request: httpx.Request) -> dict:
        """The request's parameters carry the app's RSA2 signature over all of them but `sign`; its business content."""
        params = dict(parse_qsl(request.content.decode(), keep_blank_values=True))
        self.requests.append(params)
        assert params["app_id"] == APPID and params["sign_type"] == "RSA2" and params["charset"] == "utf-8"
        self.app_key.public_key().verify(b64decode(params["sign"]), _content(params, "sign").encode(), padding.PKCS1v15(), hashes.SHA256())
        if self.account.certified:
            assert params["app_cert_sn"] == _serial_number(self.app_cert)
            assert params["alipay_root_cert_sn"] == _serial_number(self.root_cert)
        return {"method": params["method"], **json.loads(params["biz_content"])}

    def answer(self, api_name: str, payload: dict, key: rsa.RSAPrivateKey | None = None) -> httpx.Response:
        content = json.dumps({"code": "10000", "msg": "Success", **payload}, ensure_ascii=False)
        signature = _sign(key or self.alipay_key, content)
        text = f'{{"{api_name.replace(".", "_")}_response":{content},"sign":"{signature}"}}'
        return httpx.Response(200, text=text, headers={"Content-Type": "text/html;charset=utf-8"})

    def refusal(self, api_name: str, code: str, sub_code: str, message: str = "业务失败") -> httpx.Response:
        return self.answer(api_name, {"code": code, "msg": "Business Failed", "sub_code": sub_code, "sub_msg": message})

    def notification(self, params: dict[str, str], key: rsa.RSAPrivateKey | None = None) -> bytes:
        """A form as Alipay posts it: signed over every parameter but `sign` and `sign_type`."""
        fields = {"notify_time": "2026-12-01 18:00:00", "notify_type": "trade_status_sync", "notify_id": "ac05099524730693a8b330c5ecf72da9786",
                  "app_id": APPID, "charset": "utf-8", "version": "1.0", "sign_type": "RSA2", **params}
        fields["sign"] = _sign(key or self.alipay_key, _content(fields, "sign", "sign_type"))
        return urlencode(fields).encode()


def paid(out_trade_no: str = "2612010001", total: str = "88.00", status: str = "TRADE_SUCCESS", **more: str) -> dict[str, str]:
    return {"out_trade_no": out_trade_no, "trade_no": "2026120122001400000000000001", "trade_status": status, "total_amount": total,
            "receipt_amount": total, "buyer_id": "2088102177846880", "seller_id": "2088101117955611", "gmt_payment": "2026-12-01 17:59:58",
            "subject": f"订单 {out_trade_no}", **more}


@pytest.fixture
def side() -> AlipaySide:
    return AlipaySide()


@pytest.mark.parametrize("method, product", [("page", "FAST_INSTANT_TRADE_PAY"), ("wap", "QUICK_WAP_PAY"), ("app", "QUICK_MSECURITY_PAY")])
def test_a_charge_is_a_signed_request_for_the_buyer_to_open(side, method, product):
    expires = datetime(2026, 12, 1, 10, 30, tzinfo=timezone.utc)
    account = alipay.AlipayAccount(**{**side.account.__dict__, "return_url": "https://shop.example/orders/2612010001"})
    started = alipay.start(account, alipay.Method(method), "2612010001", "订单 2612010001", 8_800,
                           "https://shop.example/payments/alipay/demo/webhook", expires_at=expires)
    if method == "app":
        query = started.order_string
        assert started.url is None
    else:
        address = urlsplit(started.url)
        assert f"{address.scheme}://{address.netloc}{address.path}" == alipay.SANDBOX  # not live: Alipay's sandbox
        query = address.query
    sent = side.check_signed(httpx.Request("POST", alipay.SANDBOX, content=query.encode()))
    assert sent == {"method": f"alipay.trade.{method}.pay", "subject": "订单 2612010001", "out_trade_no": "2612010001", "total_amount": "88.00",
                    "product_code": product, "time_expire": "2026-12-01 18:30:00"}  # Beijing time
    params = side.requests[-1]
    assert params["notify_url"] == "https://shop.example/payments/alipay/demo/webhook"
    assert params.get("return_url") == (None if method == "app" else "https://shop.example/orders/2612010001")


def test_a_notification_is_trusted_only_when_alipay_signed_it_for_this_app(side):
    body = side.notification(paid())
    trade = alipay.trade_of(alipay.verify(side.account, body))
    assert (trade.out_trade_no, trade.trade_no, trade.total, trade.currency, trade.paid) == \
        ("2612010001", "2026120122001400000000000001", 8_800, "CNY", True)
    forger = AlipaySide("forger")
    tampered = body.replace(b"total_amount=88.00", b"total_amount=0.01")
    for what, untrusted in {"signed by another key": side.notification(paid(), key=forger.alipay_key),
                            "changed after signing": tampered,
                            "for another app": side.notification({**paid(), "app_id": "2021000999999999"}),
                            "unsigned": body.split(b"&sign=")[0],
                            "signed with RSA (SHA-1)": body.replace(b"sign_type=RSA2", b"sign_type=RSA"),
                            "not a form": b"\xff\xfe",
                            "a garbled signature": side.notification(paid()).rsplit(b"&sign=", 1)[0] + b"&sign=%%%"}.items():
        with pytest.raises(alipay.UntrustedNotification):
            alipay.verify(side.account, untrusted)
            pytest.fail(what)


def test_a_waiting_or_closed_trade_is_not_paid(side):
    for status in ("WAIT_BUYER_PAY", "TRADE_CLOSED"):
        assert not alipay.trade_of(alipay.verify(side.account, side.notification(paid(status=status)))).paid
    assert alipay.trade_of(alipay.verify(side.account, side.notification(paid(status="TRADE_FINISHED")))).paid


@given(st.integers(min_value=0, max_value=10**12))
def test_amounts_are_exact_in_both_directions(amount):
    assert alipay.fen(alipay.yuan(amount)) == amount


@pytest.mark.parametrize("text", ["0.001", "abc", "", "1e3.5", "NaN"])
def test_what_is_not_an_amount_in_fen_matches_nothing(text):
    assert alipay.fen(text) == -1


async def test_query_reads_the_trade_and_a_trade_never_opened(side):
    with respx.mock(assert_all_called=True) as mock:
        answers = iter([side.answer("alipay.trade.query", paid()),
                        side.refusal("alipay.trade.query", "40004", "ACQ.TRADE_NOT_EXIST", "交易不存在")])

        def query(request):
            assert side.check_signed(request) == {"method": "alipay.trade.query", "out_trade_no": "2612010001"}
            return next(answers)

        mock.post(alipay.SANDBOX).mock(side_effect=query)
        trade = await alipay.query(side.account, "2612010001")
        assert trade.paid and trade.total == 8_800
        never = await alipay.query(side.account, "2612010001")
        assert not never.paid and never.status == "NOT_EXIST"


async def test_an_answer_not_signed_by_alipay_is_refused(side):
    forger = AlipaySide("forger")
    with respx.mock() as mock:
        mock.post(alipay.SANDBOX).mock(return_value=side.answer("alipay.trade.query", paid(), key=forger.alipay_key))
        with pytest.raises(alipay.GatewayRefused, match="not signed"):
            await alipay.query(side.account, "2612010001")
        mock.post(alipay.SANDBOX).mock(return_value=httpx.Response(502, text="<html>bad gateway</html>"))
        with pytest.raises(alipay.GatewayRefused, match="not JSON"):
            await alipay.query(side.account, "2612010001")


async def test_a_refund_is_done_when_the_money_moved_or_the_refund_query_says_so(side):
    with respx.mock(assert_all_called=True) as mock:
        answers = iter([side.answer("alipay.trade.refund", {"trade_no": "2026120122001400000000000001", "fund_change": "Y"}),
                        side.answer("alipay.trade.refund", {"trade_no": "2026120122001400000000000001", "fund_change": "N"}),
                        side.answer("alipay.trade.fastpay.refund.query", {"refund_status": "REFUND_SUCCESS", "refund_amount": "12.50"}),
                        side.answer("alipay.trade.refund", {"trade_no": "2026120122001400000000000001", "fund_change": "N"}),
                        side.answer("alipay.trade.fastpay.refund.query", {"refund_amount": "12.50"})])
        sent = []

        def refund(request):
            sent.append(side.check_signed(request))
            return next(answers)

        mock.post(alipay.SANDBOX).mock(side_effect=refund)
        assert await alipay.refund(side.account, "2612010001", "2612010001R7", 1_250, "质量问题") == (True, "2026120122001400000000000001")
        assert sent[0] == {"method": "alipay.trade.refund", "out_trade_no": "2612010001", "out_request_no": "2612010001R7",
                           "refund_amount": "12.50", "refund_reason": "质量问题"}
        assert (await alipay.refund(side.account, "2612010001", "2612010001R7", 1_250, ""))[0]  # sent again: the query says done
        assert sent[2]["method"] == "alipay.trade.fastpay.refund.query" and sent[2]["out_request_no"] == "2612010001R7"
        assert not (await alipay.refund(side.account, "2612010001", "2612010001R7", 1_250, ""))[0]  # not finished yet


async def test_transfers_need_the_certificate_mode(side):
    with pytest.raises(alipay.GatewayRefused, match="certificate"):
        await alipay.transfer(side.account, "W123", 10_000, "13800000000", "张三", "提现")


async def test_a_transfer_is_signed_with_the_certificates_and_reports_its_outcome():
    side = AlipaySide("certified", certified=True)
    with respx.mock(assert_all_called=True) as mock:
        answers = iter([side.answer("alipay.fund.trans.uni.transfer", {"out_biz_no": "W123", "order_id": "20261201110070000006", "status": "SUCCESS"}),
                        side.refusal("alipay.fund.trans.uni.transfer", "40004", "PAYEE_NOT_EXIST", "收款账号不存在"),
                        side.refusal("alipay.fund.trans.uni.transfer", "40004", "BALANCE_IS_NOT_ENOUGH", "余额不足"),
                        side.answer("alipay.fund.trans.uni.transfer", {"out_biz_no": "W126", "status": "DEALING"}),
                        side.answer("alipay.fund.trans.common.query", {"out_biz_no": "W126", "order_id": "20261201110070000009",
                                                                       "status": "FAIL", "fail_reason": "收款方账户异常"})])
        sent = []

        def transfer(request):
            sent.append(side.check_signed(request))
            return next(answers)

        mock.post(alipay.SANDBOX).mock(side_effect=transfer)
        done = await alipay.transfer(side.account, "W123", 10_000, "13800000000", "张三", "提现 W123")
        assert (done.status, done.order_id) == ("SUCCESS", "20261201110070000006")
        assert sent[0] == {"method": "alipay.fund.trans.uni.transfer", "out_biz_no": "W123", "trans_amount": "100.00",
                           "product_code": "TRANS_ACCOUNT_NO_PWD", "biz_scene": "DIRECT_TRANSFER", "order_title": "提现 W123",
                           "payee_info": {"identity": "13800000000", "identity_type": "ALIPAY_LOGON_ID", "name": "张三"}}
        failed = await alipay.transfer(side.account, "W124", 10_000, "nobody@example.com", "李四", "提现")
        assert failed.status == "FAIL" and "PAYEE_NOT_EXIST" in failed.reason
        with pytest.raises(alipay.GatewayRefused, match="BALANCE_IS_NOT_ENOUGH"):  # the merchant's problem: tried again later
            await alipay.transfer(side.account, "W125", 10_000, "13800000000", "张三", "提现")
        assert (await alipay.transfer(side.account, "W126", 10_000, "13800000000", "张三", "提现")).status == "DEALING"
        later = await alipay.transfer_state(side.account, "W126")
        assert (later.status, later.reason) == ("FAIL", "收款方账户异常")


def test_a_notification_verifies_with_the_key_in_alipays_certificate():
    side = AlipaySide("certified", certified=True)
    assert alipay.trade_of(alipay.verify(side.account, side.notification(paid()))).paid
    with pytest.raises(alipay.UntrustedNotification):
        alipay.verify(side.account, side.notification(paid(), key=side.app_key))
