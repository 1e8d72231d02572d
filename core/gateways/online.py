"""The gateway objects the core registers for providers where each merchant has an account of its own."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

import httpx

from fenxiao.core.gateways import accounts, alipay, wechat
from fenxiao.core.errors import DomainError, ErrorCode
from fenxiao.core.services.payouts import payout_number
from fenxiao.core.payments import BadWebhook, ChargeResult, ChargeStatus, Notice, PayoutResult, RefundStarted, StartRequest


class AccountGateway:
    """What the providers where each merchant has an account of its own share: the buyer starts paying with a
    method (`start`, not the plain `charge`), and refunds need the merchant's account (`refund_at`, not `refund`)."""

    title: str
    buyer_initiated = True
    methods: tuple[str, ...] = ()

    async def charge(self, order: Any, reference: str) -> ChargeResult:
        return ChargeResult(ChargeStatus.FAILED, message=f"{self.title} is started by the buyer with a method ({', '.join(self.methods)})")

    async def refund(self, payment: Any, amount: int) -> str:
        raise TypeError(f"a {self.title} refund goes through the merchant's account: refund_at")


class WechatGateway(AccountGateway):
    """WeChat Pay: JSAPI inside WeChat, Native (a QR code), H5 in a mobile browser."""

    name = "wechat"
    title = "WeChat Pay 微信支付"
    methods = tuple(method.value for method in wechat.Method)

    async def account(self, merchant_id: int, secret_key: str | None = None) -> wechat.WechatAccount:
        return await accounts.wechat_account(merchant_id, secret_key)

    async def start(self, account: wechat.WechatAccount, order: Any, request: StartRequest) -> ChargeResult:
        if request.method == wechat.Method.JSAPI and not request.openid:
            raise DomainError(ErrorCode.REQUIRED, "paying inside WeChat needs the buyer's openid in the merchant's app", "openid")
        if request.method == wechat.Method.H5 and not request.client_ip:
            raise DomainError(ErrorCode.REQUIRED, "paying in a mobile browser needs the buyer's IP address", "method")
        try:
            started = await wechat.start(account, wechat.Method(request.method), order.number, f"订单 {order.number}", order.total,
                                         request.notify_url, openid=request.openid, client_ip=request.client_ip, expires_at=order.expires_at)
        except wechat.GatewayRefused as refused:
            return ChargeResult(ChargeStatus.FAILED, message=str(refused))
        except httpx.HTTPError as error:  # unreachable, timed out: nothing was opened; the buyer may try again
            return ChargeResult(ChargeStatus.FAILED, message=f"WeChat Pay could not be reached ({type(error).__name__}); try again")
        client = {"codeUrl": started.code_url} if started.code_url else {"h5Url": started.h5_url} if started.h5_url else dict(started.jsapi or {})
        return ChargeResult(ChargeStatus.PENDING, reference=order.number, action_url=started.h5_url, client={"method": request.method, **client})

    def notice(self, account: wechat.WechatAccount, headers: Mapping[str, str], body: bytes, now: datetime) -> Notice:
        try:
            envelope = wechat.verify(account, headers, body, now)
        except wechat.UntrustedNotification as untrusted:
            raise BadWebhook(str(untrusted)) from None
        event = envelope.get("event_type")
        if event in ("REFUND.SUCCESS", "REFUND.ABNORMAL", "REFUND.CLOSED"):
            resource = envelope["resource"]
            amount = resource.get("amount") or {}
            return Notice(reference=str(resource.get("out_refund_no", "")), transaction_id=str(resource.get("refund_id", "")),
                          paid=event == "REFUND.SUCCESS", amount=int(amount.get("refund", -1)), currency=str(amount.get("currency", "CNY")),
                          kind="refund", failed=event != "REFUND.SUCCESS")
        if event == "MCHTRANSFER.BILL.FINISHED":
            bill = wechat.bill_of(envelope["resource"])
            return Notice(reference=bill.out_bill_no, transaction_id=bill.transfer_bill_no, paid=bill.state == "SUCCESS",
                          amount=int(envelope["resource"].get("transfer_amount", -1)), currency=wechat.CURRENCY, kind="payout",
                          failed=bill.state in ("FAIL", "CANCELLED"), reason=bill.fail_reason)
        if event != "TRANSACTION.SUCCESS":
            raise BadWebhook(f"not a payment or a refund: {event}")
        return _notice(wechat.transaction_of(envelope["resource"]))

    async def query(self, account: wechat.WechatAccount, reference: str) -> Notice:
        return _notice(await wechat.query(account, reference))

    def acknowledge(self, ok: bool) -> tuple[int, bytes, str]:
        """WeChat Pay stops retrying on 200/204; anything else, with a FAIL code, makes it retry."""
        if ok:
            return 204, b"", "application/json"
        return 400, json.dumps({"code": "FAIL", "message": "rejected"}).encode(), "application/json"

    async def refund_at(self, account: wechat.WechatAccount, payment: Any, reference: str, amount: int, reason: str,
                        notify_url: str) -> RefundStarted:
        """Pay `amount` back to the buyer; `reference` (our refund number) makes a retry refund once."""
        try:
            result = await wechat.refund(account, payment.reference, reference, amount, payment.amount, reason, notify_url)
        except wechat.GatewayRefused as refused:
            raise DomainError(ErrorCode.GATEWAY_ERROR, str(refused), "gateway") from None
        return RefundStarted("succeeded" if result.status == "SUCCESS" else "pending", result.refund_id)


    def pays_out(self, account: wechat.WechatAccount) -> bool:
        return True

    async def transfer(self, account: wechat.WechatAccount, withdrawal: Any, notify_url: str) -> PayoutResult:
        """To the member's WeChat balance: the withdrawal's account number is the member's openid in the merchant's app."""
        try:
            bill = await wechat.transfer(account, payout_number(withdrawal), withdrawal.net, withdrawal.account_number, withdrawal.account_name,
                                         f"提现 {payout_number(withdrawal)}", notify_url, account.transfer_scene_id, account.transfer_scene_report)
        except wechat.GatewayRefused as refused:
            if "PARAM_ERROR" in str(refused) or "INVALID_REQUEST" in str(refused):  # a payee WeChat Pay will never pay
                return PayoutResult("failed", state="REFUSED", reason=str(refused))
            raise
        return _payout(account, bill)

    async def transfer_state(self, account: wechat.WechatAccount, withdrawal: Any) -> PayoutResult:
        return _payout(account, await wechat.transfer_state(account, payout_number(withdrawal)))


def _payout(account: wechat.WechatAccount, bill: wechat.TransferBill) -> PayoutResult:
    status = "paid" if bill.state == "SUCCESS" else "failed" if bill.state in ("FAIL", "CANCELLED") else "pending"
    client = ({"mchId": account.mchid, "appId": account.appid, "package": bill.package_info}
              if bill.state == "WAIT_USER_CONFIRM" and bill.package_info else None)
    return PayoutResult(status, bill.transfer_bill_no, bill.state, bill.fail_reason, client)


def _notice(transaction: wechat.Transaction) -> Notice:
    return Notice(reference=transaction.out_trade_no, transaction_id=transaction.transaction_id, paid=transaction.paid,
                  amount=transaction.total, currency=transaction.currency)


class AlipayGateway(AccountGateway):
    """Alipay: the cashier page in a desktop browser, the mobile-browser page, or the merchant's own app."""

    name = "alipay"
    title = "Alipay 支付宝"
    methods = tuple(method.value for method in alipay.Method)

    async def account(self, merchant_id: int, secret_key: str | None = None) -> alipay.AlipayAccount:
        return await accounts.alipay_account(merchant_id, secret_key)

    async def start(self, account: alipay.AlipayAccount, order: Any, request: StartRequest) -> ChargeResult:
        started = alipay.start(account, alipay.Method(request.method), order.number, f"订单 {order.number}", order.total,
                               request.notify_url, expires_at=order.expires_at)
        client = {"url": started.url} if started.url else {"orderString": started.order_string}
        return ChargeResult(ChargeStatus.PENDING, reference=order.number, action_url=started.url, client={"method": request.method, **client})

    def notice(self, account: alipay.AlipayAccount, headers: Mapping[str, str], body: bytes, now: datetime) -> Notice:
        """Alipay notifies payments (and refunds, as the trade's new state: applied as a payment already paid)."""
        try:
            return _trade_notice(alipay.trade_of(alipay.verify(account, body)))
        except alipay.UntrustedNotification as untrusted:
            raise BadWebhook(str(untrusted)) from None

    async def query(self, account: alipay.AlipayAccount, reference: str) -> Notice:
        return _trade_notice(await alipay.query(account, reference))

    def acknowledge(self, ok: bool) -> tuple[int, bytes, str]:
        """Alipay stops retrying when it reads exactly `success`."""
        return (200, b"success", "text/plain") if ok else (400, b"fail", "text/plain")

    async def refund_at(self, account: alipay.AlipayAccount, payment: Any, reference: str, amount: int, reason: str,
                        notify_url: str) -> RefundStarted:
        """Alipay answers a refund at once; one it has not finished stays pending and is sent again (same number: once)."""
        try:
            done, trade_no = await alipay.refund(account, payment.reference, reference, amount, reason)
        except alipay.GatewayRefused as refused:
            raise DomainError(ErrorCode.GATEWAY_ERROR, str(refused), "gateway") from None
        return RefundStarted("succeeded", trade_no) if done else RefundStarted("pending")


    def pays_out(self, account: alipay.AlipayAccount) -> bool:
        """Alipay transfers only in the public-key-certificate mode; otherwise staff pay by hand."""
        return account.certified

    async def transfer(self, account: alipay.AlipayAccount, withdrawal: Any, notify_url: str) -> PayoutResult:
        """To the member's Alipay account (the withdrawal's account number: a phone number or an e-mail address)."""
        done = await alipay.transfer(account, payout_number(withdrawal), withdrawal.net, withdrawal.account_number, withdrawal.account_name,
                                     f"提现 {payout_number(withdrawal)}")
        return _alipay_payout(done)

    async def transfer_state(self, account: alipay.AlipayAccount, withdrawal: Any) -> PayoutResult:
        return _alipay_payout(await alipay.transfer_state(account, payout_number(withdrawal)))


def _alipay_payout(done: alipay.Transfer) -> PayoutResult:
    status = {"SUCCESS": "paid", "FAIL": "failed", "CLOSED": "failed"}.get(done.status, "pending")
    return PayoutResult(status, done.order_id, done.status, done.reason)


def _trade_notice(trade: alipay.Trade) -> Notice:
    return Notice(reference=trade.out_trade_no, transaction_id=trade.trade_no, paid=trade.paid, amount=trade.total, currency=trade.currency)
