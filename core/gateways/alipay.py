"""Alipay (支付宝 open platform, RSA2) for one merchant account: start a charge, trust a notification, query,
refund, transfer to an Alipay account.

python-alipay-sdk builds and signs every request the way Alipay specifies (the parameters sorted, RSA2 with
the app's private key; in the public-key-certificate mode it adds the certificates' serial numbers) and
verifies notifications with Alipay's public key. Its own transport is a blocking `urlopen`; this module sends
the signed requests over httpx instead, so a call to Alipay never blocks the server (and tests stub only the
transport), and checks each answer's signature over the exact JSON text Alipay signed.

- A charge is a signed request the buyer's client opens: `page` (a desktop browser: the URL), `wap` (a
  mobile browser: the URL) or `app` (the order string the Alipay app SDK takes).
- A notification (a form POST) is trusted only when its signature verifies with Alipay's public key and it
  is for this app; Alipay retries for a day, so freshness is not required: the core applies it once.
- Transfers (`alipay.fund.trans.uni.transfer`) need the public-key-certificate mode: the app's certificate,
  Alipay's certificate and Alipay's root certificate.

The app's private key lives in `AlipayAccount` and nowhere else: not in errors, not in logs.
"""

from __future__ import annotations

import base64
import enum
import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from typing import Any, Mapping
from urllib.parse import parse_qsl

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

LIVE = "https://openapi.alipay.com/gateway.do"
SANDBOX = "https://openapi-sandbox.dl.alipaydev.com/gateway.do"
CURRENCY = "CNY"
BEIJING = timezone(timedelta(hours=8))  # Alipay reads every time without a zone as Beijing time
PAID = ("TRADE_SUCCESS", "TRADE_FINISHED")


class Method(str, enum.Enum):
    PAGE = "page"  # a desktop browser: the buyer is sent to Alipay's cashier page
    WAP = "wap"    # a mobile browser: the same, for phones (opens the Alipay app when it is there)
    APP = "app"    # the merchant's own app: the order string goes to the Alipay app SDK


PRODUCT = {Method.PAGE: "FAST_INSTANT_TRADE_PAY", Method.WAP: "QUICK_WAP_PAY", Method.APP: "QUICK_MSECURITY_PAY"}
API_NAME = {Method.PAGE: "alipay.trade.page.pay", Method.WAP: "alipay.trade.wap.pay", Method.APP: "alipay.trade.app.pay"}


@dataclass(frozen=True)
class AlipayAccount:
    """A merchant's Alipay app. `private_key` is a secret: never shown, never logged. Either Alipay's public key
    (the public-key mode) or the three certificates (the certificate mode, which transfers need)."""

    appid: str
    private_key: str = field(repr=False)        # PEM of the app's private key (RSA2048)
    alipay_public_key: str | None = None        # PEM of Alipay's public key (支付宝公钥)
    app_cert: str | None = None                 # appCertPublicKey_<appid>.crt
    alipay_cert: str | None = None              # alipayCertPublicKey_RSA2.crt
    alipay_root_cert: str | None = None         # alipayRootCert.crt
    return_url: str | None = None               # where the buyer's browser goes back after paying
    live: bool = False

    @property
    def certified(self) -> bool:
        return bool(self.app_cert and self.alipay_cert and self.alipay_root_cert)

    @property
    def gateway(self) -> str:
        return LIVE if self.live else SANDBOX

    def verifying_key(self) -> Any:
        if self.certified:
            return x509.load_pem_x509_certificate(self.alipay_cert.encode()).public_key()
        return serialization.load_pem_public_key(self.alipay_public_key.encode())


@dataclass(frozen=True)
class Started:
    method: Method
    url: str | None = None           # page, wap: where to send the buyer
    order_string: str | None = None  # app: for the Alipay app SDK


@dataclass(frozen=True)
class Trade:
    """A payment as Alipay reports it."""

    out_trade_no: str
    trade_no: str
    status: str  # WAIT_BUYER_PAY, TRADE_SUCCESS, TRADE_FINISHED, TRADE_CLOSED, or NOT_EXIST (never opened)
    total: int   # minor units (fen)
    currency: str = CURRENCY

    @property
    def paid(self) -> bool:
        return self.status in PAID


@dataclass(frozen=True)
class Transfer:
    """A transfer as Alipay reports it: SUCCESS, DEALING (not final yet) or FAIL (with Alipay's reason)."""

    status: str
    order_id: str = ""
    reason: str = ""


class GatewayRefused(Exception):
    """Alipay answered with an error (its codes and message, never our secrets)."""

    def __init__(self, message: str, sub_code: str = "") -> None:
        super().__init__(message)
        self.sub_code = sub_code


class UntrustedNotification(Exception):
    """A notification that is not Alipay's, is for another app, or carries nothing this adapter understands."""


def yuan(amount: int) -> str:
    """Fen as the yuan string Alipay takes ("44.00")."""
    return f"{amount // 100}.{amount % 100:02d}"


def fen(value: str) -> int:
    """Alipay's yuan string as fen, exactly; -1 when it is not an amount (then it matches no order)."""
    try:
        amount = Decimal(value) * 100
    except (InvalidOperation, TypeError):
        return -1
    return int(amount) if amount == amount.to_integral_value() else -1


def _pem(value: str | None, kind: str) -> str | None:
    """Alipay's key tool gives bare base64; the SDK wants PEM."""
    if not value or "-----BEGIN" in value:
        return value
    return f"-----BEGIN {kind}-----\n{value.strip()}\n-----END {kind}-----\n"


def _sdk(account: AlipayAccount, notify_url: str | None = None) -> Any:
    """The SDK's signer for this account. Imported here: the SDK is loaded by the commands that pay, not by every one."""
    from alipay import AliPay, DCAliPay

    if account.certified:
        return DCAliPay(appid=account.appid, app_notify_url=notify_url, app_private_key_string=_pem(account.private_key, "PRIVATE KEY"),
                        app_public_key_cert_string=account.app_cert, alipay_public_key_cert_string=account.alipay_cert,
                        alipay_root_cert_string=account.alipay_root_cert, debug=not account.live)
    return AliPay(appid=account.appid, app_notify_url=notify_url, app_private_key_string=_pem(account.private_key, "PRIVATE KEY"),
                  alipay_public_key_string=_pem(account.alipay_public_key, "PUBLIC KEY"), debug=not account.live)


def _stamp(moment: datetime | None = None) -> str:
    return (moment or datetime.now(timezone.utc)).astimezone(BEIJING).strftime("%Y-%m-%d %H:%M:%S")


def start(account: AlipayAccount, method: Method, out_trade_no: str, subject: str, amount: int, notify_url: str, *,
          expires_at: datetime | None = None) -> Started:
    """A signed charge of `amount` fen for `out_trade_no` (the order's number): no call to Alipay until the buyer opens it."""
    biz: dict[str, Any] = {"subject": subject[:256], "out_trade_no": out_trade_no, "total_amount": yuan(amount), "product_code": PRODUCT[method]}
    if expires_at is not None:
        biz["time_expire"] = _stamp(expires_at)
    extra = {"notify_url": notify_url, **({"return_url": account.return_url} if account.return_url and method != Method.APP else {})}
    signed = _sdk(account).client_api(API_NAME[method], biz, timestamp=_stamp(), **extra)
    if method == Method.APP:
        return Started(method, order_string=signed)
    return Started(method, url=f"{account.gateway}?{signed}")


def _signed_part(raw: str, key: str) -> str | None:
    """The exact JSON text of `key`'s value in Alipay's answer: what Alipay signed."""
    at = raw.find(f'"{key}"')
    if at < 0:
        return None
    begin = raw.find("{", at + len(key) + 2)
    try:
        _, end = json.JSONDecoder().raw_decode(raw, begin)
    except (json.JSONDecodeError, ValueError):
        return None
    return raw[begin:end]


async def call(account: AlipayAccount, api_name: str, biz: dict[str, Any]) -> dict[str, Any]:
    """Send a signed request to Alipay and return its answer once its signature verifies; GatewayRefused on an
    error code (with Alipay's sub_code)."""
    import httpx  # loaded by the commands that pay, not by every one

    signed = _sdk(account).client_api(api_name, biz, timestamp=_stamp())
    async with httpx.AsyncClient(timeout=httpx.Timeout(15, connect=5)) as client:
        response = await client.post(account.gateway, content=signed.encode(),
                                     headers={"Content-Type": "application/x-www-form-urlencoded;charset=utf-8"})
    raw = response.text
    key = api_name.replace(".", "_") + "_response"
    try:
        envelope = json.loads(raw)
    except json.JSONDecodeError:
        raise GatewayRefused(f"Alipay answered {response.status_code} with something that is not JSON") from None
    if key not in envelope:
        error = envelope.get("error_response") or {}
        raise GatewayRefused(f"Alipay refused: {error.get('code', '')} {error.get('sub_code', '')} {error.get('sub_msg', '')}".strip(),
                             str(error.get("sub_code", "")))
    part = _signed_part(raw, key)
    try:
        account.verifying_key().verify(base64.b64decode(envelope.get("sign", ""), validate=True), part.encode(), padding.PKCS1v15(), hashes.SHA256())
    except (InvalidSignature, ValueError, AttributeError):
        raise GatewayRefused("Alipay's answer is not signed by Alipay") from None
    body = json.loads(part)
    if body.get("code") != "10000":
        raise GatewayRefused(f"Alipay refused: {body.get('code', '')} {body.get('sub_code', '')} {body.get('sub_msg', '')}".strip(),
                             str(body.get("sub_code", "")))
    return body


def verify(account: AlipayAccount, body: bytes) -> dict[str, str]:
    """The notification's parameters, if Alipay signed them for this app; else UntrustedNotification."""
    try:
        params = dict(parse_qsl(body.decode(), keep_blank_values=True, strict_parsing=True))
    except (UnicodeDecodeError, ValueError):
        raise UntrustedNotification("not a form") from None
    signature = params.pop("sign", "")
    if not signature or params.get("sign_type", "RSA2") != "RSA2":
        raise UntrustedNotification("not signed with RSA2")
    try:
        trusted = _sdk(account).verify(dict(params), signature)
    except Exception as error:  # the SDK raises its own and the crypto library's errors for malformed signatures
        raise UntrustedNotification(f"not verifiable: {type(error).__name__}") from None
    if not trusted:
        raise UntrustedNotification("the signature does not verify with Alipay's key")
    if params.get("app_id") != account.appid:
        raise UntrustedNotification("for another app")
    return params


def trade_of(params: Mapping[str, Any]) -> Trade:
    return Trade(out_trade_no=str(params.get("out_trade_no", "")), trade_no=str(params.get("trade_no", "")),
                 status=str(params.get("trade_status", "")), total=fen(str(params.get("total_amount", ""))),
                 currency=str(params.get("trans_currency") or CURRENCY))


async def query(account: AlipayAccount, out_trade_no: str) -> Trade:
    """The charge as Alipay has it now; a charge the buyer never opened does not exist there yet."""
    try:
        return trade_of(await call(account, "alipay.trade.query", {"out_trade_no": out_trade_no}))
    except GatewayRefused as refused:
        if refused.sub_code == "ACQ.TRADE_NOT_EXIST":
            return Trade(out_trade_no, "", "NOT_EXIST", -1)
        raise


async def refund(account: AlipayAccount, out_trade_no: str, out_request_no: str, amount: int, reason: str) -> tuple[bool, str]:
    """Refund `amount` fen of `out_trade_no`; `out_request_no` makes a retry refund once. Whether the money went
    back (Alipay says so at once with fund_change=Y; otherwise the refund query says) and Alipay's trade number."""
    answer = await call(account, "alipay.trade.refund", {"out_trade_no": out_trade_no, "out_request_no": out_request_no,
                                                          "refund_amount": yuan(amount), "refund_reason": reason[:256]})
    if answer.get("fund_change") == "Y":
        return True, str(answer.get("trade_no", ""))
    state = await call(account, "alipay.trade.fastpay.refund.query", {"out_trade_no": out_trade_no, "out_request_no": out_request_no,
                                                                       "query_options": ["gmt_refund_pay"]})
    done = state.get("refund_status") == "REFUND_SUCCESS" and fen(str(state.get("refund_amount", ""))) == amount
    return done, str(answer.get("trade_no", ""))


async def transfer(account: AlipayAccount, out_biz_no: str, amount: int, login: str, name: str, remark: str) -> Transfer:
    """Pay `amount` fen to the Alipay account `login` (phone or e-mail) held by `name`; `out_biz_no` makes a retry
    pay once. Needs the certificate mode."""
    if not account.certified:
        raise GatewayRefused("Alipay transfers need the public key certificate mode (app_cert, alipay_cert, alipay_root_cert)")
    try:
        answer = await call(account, "alipay.fund.trans.uni.transfer", {
            "out_biz_no": out_biz_no, "trans_amount": yuan(amount), "product_code": "TRANS_ACCOUNT_NO_PWD", "biz_scene": "DIRECT_TRANSFER",
            "order_title": remark[:64], "payee_info": {"identity": login, "identity_type": "ALIPAY_LOGON_ID", "name": name}})
    except GatewayRefused as refused:
        if refused.sub_code in TRANSFER_FINAL_REFUSALS:
            return Transfer("FAIL", reason=str(refused))
        raise
    return Transfer(str(answer.get("status", "DEALING")), str(answer.get("order_id", "")), str(answer.get("fail_reason", "")))


async def transfer_state(account: AlipayAccount, out_biz_no: str) -> Transfer:
    """A transfer's outcome, for one Alipay had not finished (DEALING)."""
    answer = await call(account, "alipay.fund.trans.common.query", {"out_biz_no": out_biz_no, "product_code": "TRANS_ACCOUNT_NO_PWD",
                                                                     "biz_scene": "DIRECT_TRANSFER"})
    return Transfer(str(answer.get("status", "DEALING")), str(answer.get("order_id", "")), str(answer.get("fail_reason", "")))


# Refusals that mean this payee can never be paid this way (the money goes back to the member); anything else
# (Alipay unreachable, the merchant's balance short) is tried again.
TRANSFER_FINAL_REFUSALS = frozenset({"PAYEE_NOT_EXIST", "PAYEE_USERINFO_ERROR", "PAYEE_ACCOUNT_STATUS_ERROR", "PAYEE_CERTIFY_LEVEL_LIMIT",
                                     "PAYEE_NOT_RELNAME_CERTIFY", "PAYEE_ACC_OCUPIED", "PERMIT_CHECK_PERM_IDENTITY_THEFT",
                                     "EXCEED_LIMIT_PERSONAL_SM_AMOUNT", "PAYEE_ACCOUNT_NOT_EXSIT"})
