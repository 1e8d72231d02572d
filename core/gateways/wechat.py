"""WeChat Pay APIv3 (微信支付) for one merchant account: start a charge, trust a notification, query, refund.

The SDK (wechatpayv3, async over httpx) signs every request with the merchant's API key and verifies every
response with the platform public key; this module decides what is trusted and what the core receives:

- a charge is started by JSAPI (inside WeChat: a mini-program or an official account, for the buyer's
  openid — the client gets the `wx.requestPayment` parameters, signed), Native (the client shows the QR
  payload) or H5 (the client opens the URL in a mobile browser outside WeChat);
- a notification is trusted only when its `Wechatpay-Signature` verifies with the platform public key named
  by `Wechatpay-Serial`, its timestamp is within five minutes of now (an old one is a replay), and its
  resource decrypts with the APIv3 key (AES-256-GCM authenticates it as well): then the transaction it
  carries is returned, and the core checks it is the order's (number, amount, currency) and applies it once;
- a charge nobody heard about is queried (`fenxiao settle`), and refunds go back through the account.

WeChat Pay's APIv3 has no sandbox, so an account that is not live is answered here without a call: a
charge opens (a QR payload, an H5 URL, signed JSAPI parameters for a `sandbox_` prepay id), nothing is
paid until staff say so (`paymentSandboxComplete`, through the same path as a notification), refunds and
transfers succeed at once. Storefronts and the demo are built against it; no money moves.

Secrets (the merchant's private key, the APIv3 key) live in `WechatAccount` and nowhere else: not in
errors, not in logs (the SDK gets no logger: its debug lines print headers).
"""

from __future__ import annotations

import enum
import json
import secrets
import time as clock
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Mapping


MAX_SKEW = timedelta(minutes=5)
CURRENCY = "CNY"
API = "https://api.mch.weixin.qq.com"


class Method(str, enum.Enum):
    JSAPI = "jsapi"    # inside WeChat (mini-program, official account): needs the buyer's openid
    NATIVE = "native"  # a QR code the buyer scans
    H5 = "h5"          # a mobile browser outside WeChat


TRANSFER_SCENE_REPORT = {"岗位类型": "分销员", "报酬说明": "分销佣金提现"}  # what scene 1005 asks to be reported


def _sdk_type(method: Method) -> Any:
    from wechatpayv3.async_.type import WeChatPayType  # the async client has enums of its own

    return {Method.JSAPI: WeChatPayType.JSAPI, Method.NATIVE: WeChatPayType.NATIVE, Method.H5: WeChatPayType.H5}[method]


@dataclass(frozen=True)
class WechatAccount:
    """A merchant's WeChat Pay account. `private_key` and `apiv3_key` are secrets: never shown, never logged."""

    mchid: str
    appid: str
    serial_no: str            # the serial number of the merchant's API certificate
    private_key: str = field(repr=False)  # PEM of the merchant's API private key
    apiv3_key: str = field(repr=False)    # 32 characters
    public_key: str           # PEM of the WeChat Pay platform public key (微信支付公钥)
    public_key_id: str        # its id, PUB_KEY_ID_…
    live: bool = True  # False: the local sandbox below (WeChat Pay's APIv3 has none of its own)
    transfer_scene_id: str = "1005"  # the transfer scene approved for the merchant (1005: 佣金报酬, commissions)
    transfer_scene_report: Mapping[str, str] = field(default_factory=lambda: dict(TRANSFER_SCENE_REPORT))


@dataclass(frozen=True)
class Started:
    """What the client needs to start paying, by method."""

    method: Method
    code_url: str | None = None           # native: the QR payload
    h5_url: str | None = None             # h5: where to send the buyer
    jsapi: dict[str, str] | None = None   # jsapi: the wx.requestPayment parameters, signed


@dataclass(frozen=True)
class Transaction:
    """A payment as WeChat Pay reports it."""

    out_trade_no: str
    transaction_id: str
    state: str   # SUCCESS, NOTPAY, CLOSED, REFUND, USERPAYING, PAYERROR, REVOKED
    total: int   # minor units (fen)
    currency: str

    @property
    def paid(self) -> bool:
        return self.state == "SUCCESS"


@dataclass(frozen=True)
class RefundResult:
    refund_id: str
    status: str  # SUCCESS, PROCESSING, ABNORMAL, CLOSED


class GatewayRefused(Exception):
    """WeChat Pay answered with an error (its code and message, never our secrets)."""


class UntrustedNotification(Exception):
    """A notification that is not authentic, is stale, or carries nothing this adapter understands."""


def _sdk(account: WechatAccount, method: Method = Method.NATIVE, notify_url: str | None = None) -> Any:
    """The SDK's client for this account. Imported here: the SDK is loaded by the commands that pay, not by every one."""
    from wechatpayv3.async_ import AsyncWeChatPay

    return AsyncWeChatPay(wechatpay_type=_sdk_type(method), mchid=account.mchid, private_key=account.private_key,
                          cert_serial_no=account.serial_no, appid=account.appid, apiv3_key=account.apiv3_key, notify_url=notify_url,
                          public_key=account.public_key, public_key_id=account.public_key_id, timeout=(5, 15))


def _answer(code: int, message: Any) -> dict[str, Any]:
    body = json.loads(message) if isinstance(message, str) and message else {}
    if not 200 <= code < 300:
        raise GatewayRefused(f"WeChat Pay refused ({code}): {body.get('code', '')} {body.get('message', '')}".strip())
    return body


async def start(account: WechatAccount, method: Method, out_trade_no: str, description: str, amount: int, notify_url: str, *,
                openid: str | None = None, client_ip: str | None = None, expires_at: datetime | None = None) -> Started:
    """Open a charge of `amount` fen for `out_trade_no` (the order's number) and return what the client needs."""
    if method == Method.JSAPI and not openid:
        raise ValueError("a JSAPI charge needs the buyer's openid")
    if method == Method.H5 and not client_ip:
        raise ValueError("an H5 charge needs the buyer's IP address")
    if account.live:
        async with _sdk(account, method, notify_url) as sdk:
            code, message = await sdk.pay(
                description=description[:127], out_trade_no=out_trade_no, amount={"total": amount, "currency": CURRENCY},
                payer={"openid": openid} if method == Method.JSAPI else None,
                scene_info={"payer_client_ip": client_ip, "h5_info": {"type": "Wap"}} if method == Method.H5 else None,
                time_expire=expires_at.isoformat(timespec="seconds") if expires_at else None, pay_type=_sdk_type(method))
            body = _answer(code, message)
    else:
        body = {"code_url": f"weixin://wxpay/bizpayurl?pr=sandbox{out_trade_no}", "prepay_id": f"sandbox_{out_trade_no}",
                "h5_url": f"https://wx.tenpay.com/cgi-bin/mmpayweb-bin/checkmweb?prepay_id=sandbox_{out_trade_no}"}
    if method == Method.NATIVE:
        return Started(method, code_url=body["code_url"])
    if method == Method.H5:
        return Started(method, h5_url=body["h5_url"])
    timestamp, nonce, package = str(int(clock.time())), secrets.token_hex(16), f"prepay_id={body['prepay_id']}"
    from wechatpayv3.async_.type import SignType

    signature = _sdk(account, method).sign([account.appid, timestamp, nonce, package], SignType.RSA_SHA256)  # local: no call
    return Started(method, jsapi={"appId": account.appid, "timeStamp": timestamp, "nonceStr": nonce, "package": package,
                                  "signType": "RSA", "paySign": signature})


def _header(headers: Mapping[str, str], name: str) -> str:
    return next((value for key, value in headers.items() if key.lower() == name.lower()), "")


def verify(account: WechatAccount, headers: Mapping[str, str], body: bytes, now: datetime) -> dict[str, Any]:
    """The notification's envelope with its resource decrypted, if authentic and fresh; else UntrustedNotification."""
    try:
        stamp = int(_header(headers, "Wechatpay-Timestamp"))
    except ValueError:
        raise UntrustedNotification("no timestamp") from None
    if abs(now.timestamp() - stamp) > MAX_SKEW.total_seconds():
        raise UntrustedNotification("the notification is too old or from the future (a replay?)")
    if _header(headers, "Wechatpay-Serial") != account.public_key_id:
        raise UntrustedNotification("signed with a key this account does not know")
    sdk = _sdk(account)
    try:
        envelope = sdk.callback(headers={key: value for key, value in headers.items()}, body=body)
    except Exception as error:  # the SDK raises bare Exceptions for unknown algorithms, bad base64, a failed tag
        raise UntrustedNotification(f"not verifiable: {type(error).__name__}") from None
    if not envelope or not isinstance(envelope.get("resource"), dict):
        raise UntrustedNotification("the signature does not verify, or the resource does not decrypt")
    return envelope


def transaction_of(resource: Mapping[str, Any]) -> Transaction:
    amount = resource.get("amount") or {}
    return Transaction(out_trade_no=str(resource.get("out_trade_no", "")), transaction_id=str(resource.get("transaction_id", "")),
                       state=str(resource.get("trade_state", "")), total=int(amount.get("total", -1)),
                       currency=str(amount.get("currency", "")))


async def query(account: WechatAccount, out_trade_no: str) -> Transaction:
    """The charge as WeChat Pay has it now (for a notification that never came)."""
    if not account.live:  # the sandbox pays only when staff say so
        return Transaction(out_trade_no, "", "NOTPAY", -1, CURRENCY)
    async with _sdk(account) as sdk:
        code, message = await sdk.query(out_trade_no=out_trade_no)
        return transaction_of(_answer(code, message))


async def refund(account: WechatAccount, out_trade_no: str, out_refund_no: str, amount: int, total: int, reason: str,
                 notify_url: str) -> RefundResult:
    """Refund `amount` of the `total` paid for `out_trade_no`; `out_refund_no` makes a retry refund once."""
    if not account.live:
        return RefundResult(refund_id=f"sandbox_{out_refund_no}", status="SUCCESS")
    async with _sdk(account) as sdk:
        code, message = await sdk.refund(out_refund_no=out_refund_no, out_trade_no=out_trade_no, reason=reason[:80] or None,
                                         amount={"refund": amount, "total": total, "currency": CURRENCY}, notify_url=notify_url)
        body = _answer(code, message)
        return RefundResult(refund_id=str(body.get("refund_id", "")), status=str(body.get("status", "")))


@dataclass(frozen=True)
class TransferBill:
    """A transfer to a user's WeChat balance (商家转账) as WeChat Pay reports it."""

    out_bill_no: str
    transfer_bill_no: str
    state: str  # ACCEPTED, PROCESSING, WAIT_USER_CONFIRM, TRANSFERING, SUCCESS, FAIL, CANCELING, CANCELLED
    package_info: str = ""  # WAIT_USER_CONFIRM: what the user's app passes to wx.requestMerchantTransfer
    fail_reason: str = ""

    @property
    def final(self) -> bool:
        return self.state in ("SUCCESS", "FAIL", "CANCELLED")


def bill_of(body: Mapping[str, Any]) -> TransferBill:
    return TransferBill(out_bill_no=str(body.get("out_bill_no", "")), transfer_bill_no=str(body.get("transfer_bill_no", "")),
                        state=str(body.get("state", "")), package_info=str(body.get("package_info", "")),
                        fail_reason=str(body.get("fail_reason", "")))


async def transfer(account: WechatAccount, out_bill_no: str, amount: int, openid: str, user_name: str, remark: str, notify_url: str,
                   scene_id: str, scene_report: Mapping[str, str]) -> TransferBill:
    """Transfer `amount` fen to the WeChat balance of `openid` (in the merchant's app); `out_bill_no` makes a retry pay
    once. The user's name is sent encrypted with the platform key (WeChat Pay checks it against the account)."""
    if not account.live:
        return TransferBill(out_bill_no, f"sandbox_{out_bill_no}", "SUCCESS")
    async with _sdk(account) as sdk:
        code, message = await sdk.mch_transfer_bills(
            out_bill_no=out_bill_no, transfer_scene_id=scene_id, openid=openid, transfer_amount=amount, transfer_remark=remark[:32],
            user_name=user_name or None, transfer_scene_report_infos=[{"info_type": kind, "info_content": content}
                                                                      for kind, content in scene_report.items()],
            notify_url=notify_url)
        return bill_of(_answer(code, message))


async def transfer_state(account: WechatAccount, out_bill_no: str) -> TransferBill:
    if not account.live:
        return TransferBill(out_bill_no, f"sandbox_{out_bill_no}", "SUCCESS")
    async with _sdk(account) as sdk:
        code, message = await sdk.mch_transfer_bills_query(out_bill_no=out_bill_no)
        return bill_of(_answer(code, message))
