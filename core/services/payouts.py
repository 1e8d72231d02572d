"""Approved withdrawals paid out by a provider: WeChat Pay (商家转账, to the member's WeChat balance) or Alipay
(单笔转账, to the member's Alipay account), when the merchant has an account there; bank payouts stay by hand
(an exported batch file, then `withdrawalMarkPaid`).

approved → paying (the request goes to the provider after the approval commits: a transfer cannot be rolled
back with our unit of work) → paid (the ledger pays it out) or failed (the ledger returns the money to the
member's available balance). The withdrawal's number is the provider's idempotency key, so sending it again
— because the provider was unreachable, or its answer was lost — never pays twice. What the provider does
not settle at once is settled by its notification (WeChat Pay) or by `fenxiao settle` asking it.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from tortoise.timezone import now as utcnow

from fenxiao.core import ledger, unit_of_work
from fenxiao.core.errors import DomainError, ErrorCode
from fenxiao.core.gateways import accounts as gateway_accounts
from fenxiao.core.models import GatewayAccount, Withdrawal, WithdrawalMethod, WithdrawalStatus
from fenxiao.core.payments import Notice, PayoutResult

log = logging.getLogger("fenxiao.payouts")

PROVIDERS = {WithdrawalMethod.WECHAT: "wechat", WithdrawalMethod.ALIPAY: "alipay"}
ASK_AFTER = timedelta(minutes=5)  # a payout the provider has not settled by then is asked about


async def begin(hooks, withdrawal: Withdrawal) -> Withdrawal:
    """Just approved: paid through the provider of the member's method when the merchant has an account there
    that pays out (sent once the approval commits); otherwise it waits for staff to pay it by hand."""
    name = PROVIDERS.get(WithdrawalMethod(withdrawal.method))
    gateway = hooks.plugins.manager.gateways().get(name) if name else None
    if gateway is None or not hasattr(gateway, "transfer") or \
            not await GatewayAccount.filter(merchant_id=withdrawal.merchant_id, gateway=name, enabled=True).exists():
        return withdrawal
    if not gateway.pays_out(await gateway.account(withdrawal.merchant_id)):  # e.g. Alipay without its certificates
        return withdrawal
    changed = await Withdrawal.filter(id=withdrawal.id, status=WithdrawalStatus.APPROVED).update(status=WithdrawalStatus.PAYING,
                                                                                                 payout_gateway=name)
    if changed != 1:
        raise DomainError(ErrorCode.INVALID_TRANSITION, "the withdrawal changed meanwhile")
    withdrawal.status, withdrawal.payout_gateway = WithdrawalStatus.PAYING, name
    hooks.defer(lambda: send(hooks, withdrawal.id))
    return withdrawal


async def send(hooks, withdrawal_id: int) -> bool:
    """Ask the provider to pay a withdrawal that is paying, or what became of it once it accepted the request.
    Its own unit of work; a provider that cannot be reached leaves it paying (logged) for `fenxiao settle`.
    Returns whether the withdrawal is settled (paid or failed)."""
    async with unit_of_work.unit_of_work():
        row = await Withdrawal.filter(merchant_id=hooks.merchant.id, id=withdrawal_id, status=WithdrawalStatus.PAYING).select_for_update().first()
        if row is None:
            return False
        gateway = hooks.plugins.manager.gateway(row.payout_gateway)
        try:
            account = await gateway.account(hooks.merchant.id)
            result = (await gateway.transfer_state(account, row) if row.payout_sent_at is not None else
                      await gateway.transfer(account, row, gateway_accounts.notify_url(gateway.name, hooks.merchant.slug)))
        except Exception:  # noqa: BLE001 - it stays paying and is asked about again
            log.exception("payout of withdrawal %s of merchant %s could not be sent to %s", row.id, hooks.merchant.slug, row.payout_gateway)
            return False
        return await _settle(row, result)


async def apply_notice(hooks, gateway: str, notice: Notice) -> Withdrawal:
    """A provider's authenticated word on a payout (its notification): paid or failed, once."""
    withdrawal_id = withdrawal_of(notice.reference)
    row = None if withdrawal_id is None else await (Withdrawal.filter(merchant_id=hooks.merchant.id, id=withdrawal_id, payout_gateway=gateway)
                                                    .select_for_update().first())
    if row is None:
        raise DomainError(ErrorCode.NOT_FOUND, "no payout of this merchant has this number", "reference")
    if WithdrawalStatus(row.status) != WithdrawalStatus.PAYING:
        return row  # told again about a payout already settled
    if notice.paid and notice.amount != row.net:
        raise DomainError(ErrorCode.GATEWAY_ERROR, f"the provider paid {notice.amount}, the payout is {row.net}", "amount")
    status = "paid" if notice.paid else "failed" if notice.failed else "pending"
    await _settle(row, PayoutResult(status, notice.transaction_id, "SUCCESS" if notice.paid else "", notice.reason))
    return row


def payout_number(withdrawal: Withdrawal) -> str:
    """The provider's idempotency key for a withdrawal: a retry never pays twice."""
    return f"FXW{withdrawal.id:012d}"


def withdrawal_of(number: str) -> int | None:
    digits = number.removeprefix("FXW")
    return int(digits) if number.startswith("FXW") and digits.isdigit() and len(digits) == 12 else None


async def _settle(row: Withdrawal, result: PayoutResult) -> bool:
    now = utcnow()
    changes = dict(payout_state=result.state[:32], payout_sent_at=row.payout_sent_at or now)
    if result.reference:
        changes["payout_reference"] = result.reference[:128]
    if result.client is not None:
        changes["payout_client"] = result.client
    if result.status == "paid":
        changes.update(status=WithdrawalStatus.PAID, paid_at=now, payout_client=None)
    elif result.status == "failed":
        changes.update(status=WithdrawalStatus.FAILED, reason=(result.reason or result.state or "the provider could not pay")[:300],
                       payout_client=None)
    changed = await Withdrawal.filter(id=row.id, status=WithdrawalStatus.PAYING).update(**changes)
    if changed != 1:
        return False
    if result.status == "paid":
        await ledger.pay_withdrawal(row.merchant_id, row.member_id, row.id, row.amount, row.fee)
    elif result.status == "failed":
        await ledger.release_withdrawal(row.merchant_id, row.member_id, row.id, row.amount, failed=True)
    for name, value in changes.items():
        setattr(row, name, value)
    return result.status != "pending"


async def ask_about(hooks, now: datetime) -> int:
    """`fenxiao settle`: payouts left paying for a while (no notification, or never sent) — each its own unit."""
    due = await Withdrawal.filter(merchant_id=hooks.merchant.id, status=WithdrawalStatus.PAYING, reviewed_at__lte=now - ASK_AFTER
                                  ).order_by("id").values_list("id", flat=True)
    settled = 0
    for withdrawal_id in due:
        settled += await send(hooks, withdrawal_id)
    return settled
