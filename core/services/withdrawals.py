"""Members withdrawing their available balance: request, review, payout.

request: available → withdrawing (refused if the balance is short, even
under concurrent requests: the ledger's conditional update decides);
reject: withdrawing → available; paid: withdrawing → out (net to the member,
fee to the merchant's fee income).
"""

from __future__ import annotations

import csv
import io
import re

from tortoise.timezone import now as utcnow

from fenxiao.core import ledger
from fenxiao.core.errors import DomainError, DomainErrors, ErrorCode, refuse_own
from fenxiao.core.models import Merchant, User, Withdrawal, WithdrawalMethod, WithdrawalStatus
from fenxiao.core.money import apply_bps, shown
from fenxiao.core.services.payouts import payout_number

BANK_ACCOUNT = re.compile(r"^[0-9]{8,30}$")


def validate_payee(method: WithdrawalMethod, account_name: str, account_number: str, bank_name: str) -> None:
    errors = []
    if not 1 <= len(account_name.strip()) <= 100:
        errors.append(DomainError(ErrorCode.INVALID, "1 to 100 characters", "accountName"))
    if method == WithdrawalMethod.BANK:
        if not BANK_ACCOUNT.match(account_number.replace(" ", "")):
            errors.append(DomainError(ErrorCode.INVALID, "a bank card number of 8 to 30 digits", "accountNumber"))
        if not 1 <= len(bank_name.strip()) <= 100:
            errors.append(DomainError(ErrorCode.REQUIRED, "name the bank", "bankName"))
    elif not 1 <= len(account_number.strip()) <= 64:
        errors.append(DomainError(ErrorCode.INVALID, "WeChat: your openid in the merchant's app; Alipay: your Alipay login (phone or "
                                                     "e-mail); 1 to 64 characters", "accountNumber"))
    DomainErrors.raise_if_any(errors)


def fee_for(merchant: Merchant, amount: int) -> int:
    return apply_bps(amount, merchant.withdrawal_fee_bps)


async def request(merchant: Merchant, member: User, amount: int, method: WithdrawalMethod, account_name: str,
                  account_number: str, bank_name: str = "") -> Withdrawal:
    if amount <= 0:
        raise DomainError(ErrorCode.INVALID, "the amount must be positive", "amount")
    if amount < merchant.withdrawal_min:
        raise DomainError(ErrorCode.BELOW_MINIMUM, f"the minimum withdrawal is {shown(merchant.withdrawal_min, merchant.currency)}", "amount")
    validate_payee(method, account_name, account_number, bank_name)
    fee = fee_for(merchant, amount)
    if fee >= amount:
        raise DomainError(ErrorCode.BELOW_MINIMUM, "the fee would take the whole amount", "amount")
    withdrawal = await Withdrawal.create(
        merchant_id=merchant.id, member_id=member.id, amount=amount, fee=fee, net=amount - fee, method=method,
        account_name=account_name.strip(), account_number=account_number.replace(" ", "").strip(), bank_name=bank_name.strip(),
    )
    await ledger.hold_for_withdrawal(merchant.id, member.id, withdrawal.id, amount)
    return withdrawal


async def _move(withdrawal: Withdrawal, sources: set[WithdrawalStatus], target: WithdrawalStatus, **changes) -> None:
    if WithdrawalStatus(withdrawal.status) not in sources:
        raise DomainError(ErrorCode.INVALID_TRANSITION, f"the withdrawal is {WithdrawalStatus(withdrawal.status).value}")
    changed = await Withdrawal.filter(id=withdrawal.id, status=withdrawal.status).update(status=target, **changes)
    if changed != 1:
        raise DomainError(ErrorCode.INVALID_TRANSITION, "the withdrawal changed meanwhile")
    withdrawal.status = target
    for name, value in changes.items():
        setattr(withdrawal, name, value)


async def approve(withdrawal: Withdrawal, reviewer: User) -> Withdrawal:
    refuse_own(reviewer.id, withdrawal.member_id, "approve a withdrawal of", "withdrawalId")
    await _move(withdrawal, {WithdrawalStatus.REQUESTED}, WithdrawalStatus.APPROVED, reviewed_by_id=reviewer.id, reviewed_at=utcnow())
    return withdrawal


async def reject(withdrawal: Withdrawal, reviewer: User, reason: str) -> Withdrawal:
    refuse_own(reviewer.id, withdrawal.member_id, "reject a withdrawal of", "withdrawalId")
    if not 1 <= len(reason.strip()) <= 300:
        raise DomainError(ErrorCode.REQUIRED, "say why, in at most 300 characters", "reason")
    await _move(withdrawal, {WithdrawalStatus.REQUESTED, WithdrawalStatus.APPROVED}, WithdrawalStatus.REJECTED,
                reviewed_by_id=reviewer.id, reviewed_at=utcnow(), reason=reason.strip())
    await ledger.release_withdrawal(withdrawal.merchant_id, withdrawal.member_id, withdrawal.id, withdrawal.amount)
    return withdrawal


async def mark_paid(withdrawal: Withdrawal, reviewer: User, payout_reference: str) -> Withdrawal:
    refuse_own(reviewer.id, withdrawal.member_id, "mark as paid a withdrawal of", "withdrawalId")
    if not 1 <= len(payout_reference.strip()) <= 128:
        raise DomainError(ErrorCode.REQUIRED, "the payout's reference (bank or wallet transaction number)", "payoutReference")
    await _move(withdrawal, {WithdrawalStatus.APPROVED}, WithdrawalStatus.PAID, paid_at=utcnow(), payout_reference=payout_reference.strip())
    await ledger.pay_withdrawal(withdrawal.merchant_id, withdrawal.member_id, withdrawal.id, withdrawal.amount, withdrawal.fee)
    return withdrawal


BANK_BATCH_COLUMNS = ("序号", "流水号", "收款户名", "收款账号", "开户行", "金额(元)", "用途")


async def bank_batch(merchant_id: int, only: set[int] | None = None) -> tuple[list[Withdrawal], str]:
    """The approved bank withdrawals, oldest first, as the CSV a bank's batch payment (批量代付) upload takes:
    staff pay them at the bank, then mark each paid with the bank's transaction number (or reject one the
    bank returns: the money goes back to the member)."""
    rows = Withdrawal.filter(merchant_id=merchant_id, status=WithdrawalStatus.APPROVED, method=WithdrawalMethod.BANK)
    rows = await (rows if only is None else rows.filter(id__in=sorted(only))).order_by("id")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(BANK_BATCH_COLUMNS)
    for number, row in enumerate(rows, 1):
        writer.writerow((number, payout_number(row), row.account_name, row.account_number, row.bank_name,
                         f"{row.net // 100}.{row.net % 100:02d}", "佣金提现"))
    return rows, out.getvalue()
