"""The gateway objects the core registers for providers where each merchant has an account of its own."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from fenxiao.core.gateways import accounts, wechat
from fenxiao.core.payments import BadWebhook, ChargeResult, ChargeStatus, Notice, StartRequest


class WechatGateway:
    """WeChat Pay: JSAPI inside WeChat, Native (a QR code), H5 in a mobile browser."""

    name = "wechat"
    title = "WeChat Pay 微信支付"
    buyer_initiated = True
    methods = tuple(method.value for method in wechat.Method)

    async def account(self, merchant_id: int, secret_key: str) -> wechat.WechatAccount:
        return await accounts.wechat_account(merchant_id, secret_key)

    async def start(self, account: wechat.WechatAccount, order: Any, request: StartRequest) -> ChargeResult:
        try:
            started = await wechat.start(account, wechat.Method(request.method), order.number, f"订单 {order.number}", order.total,
                                         request.notify_url, openid=request.openid, client_ip=request.client_ip, expires_at=order.expires_at)
        except wechat.GatewayRefused as refused:
            return ChargeResult(ChargeStatus.FAILED, message=str(refused))
        client = {"codeUrl": started.code_url} if started.code_url else {"h5Url": started.h5_url} if started.h5_url else dict(started.jsapi or {})
        return ChargeResult(ChargeStatus.PENDING, reference=order.number, action_url=started.h5_url, client={"method": request.method, **client})

    def notice(self, account: wechat.WechatAccount, headers: Mapping[str, str], body: bytes, now: datetime) -> Notice:
        try:
            envelope = wechat.verify(account, headers, body, now)
        except wechat.UntrustedNotification as untrusted:
            raise BadWebhook(str(untrusted)) from None
        if envelope.get("event_type") != "TRANSACTION.SUCCESS":
            raise BadWebhook(f"not a payment: {envelope.get('event_type')}")
        return _notice(wechat.transaction_of(envelope["resource"]))

    async def query(self, account: wechat.WechatAccount, reference: str) -> Notice:
        return _notice(await wechat.query(account, reference))

    def acknowledge(self, ok: bool) -> tuple[int, bytes, str]:
        """WeChat Pay stops retrying on 200/204; anything else, with a FAIL code, makes it retry."""
        if ok:
            return 204, b"", "application/json"
        return 400, json.dumps({"code": "FAIL", "message": "rejected"}).encode(), "application/json"

    async def charge(self, order: Any, reference: str) -> ChargeResult:
        return ChargeResult(ChargeStatus.FAILED, message="WeChat Pay is started by the buyer with a method (jsapi, native, h5)")

    async def refund(self, payment: Any, amount: int) -> str:
        raise NotImplementedError("refunds through WeChat Pay go through the merchant's account (issue 17, step 2)")


def _notice(transaction: wechat.Transaction) -> Notice:
    return Notice(reference=transaction.out_trade_no, transaction_id=transaction.transaction_id, paid=transaction.paid,
                  amount=transaction.total, currency=transaction.currency)
