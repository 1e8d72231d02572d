"""Members' money: the wallet, manual adjustments, withdrawals."""

from __future__ import annotations

from fenxiao.core.ranges import PRICE, SIGNED_AMOUNT
from fenxiao.schema.inputs import ranged
from typing import Annotated, Any

import strawberry
from tortoise.functions import Sum

from fenxiao.core import ledger
from fenxiao.core.errors import DomainError, ErrorCode, refuse_own
from fenxiao.core.models import AccountKind, LedgerEntry, Withdrawal, WithdrawalMethod, WithdrawalStatus
from fenxiao.core.services import idempotency, payouts, withdrawals
from fenxiao.schema.admin import node_ref
from fenxiao.schema import references
from fenxiao.schema.errors import Payload
from fenxiao.schema.money import Money
from fenxiao.schema.permissions import MEMBER, OWNER, STAFF, Guard
from fenxiao.schema.relay import Connection, PageArgs, decode_id, encode_id, paginate

LedgerEntryNode = node_ref("LedgerEntry")
WithdrawalNode = node_ref("Withdrawal")


WithdrawalMethodEnum = strawberry.enum(WithdrawalMethod, name="WithdrawalMethod")


@strawberry.type(description="A member's money in this merchant.")
class Wallet:
    _member_id: strawberry.Private[int]
    _balances: strawberry.Private[dict[AccountKind, int]]
    _currency: strawberry.Private[str]
    _withdrawn: strawberry.Private[int]

    def _money(self, minor: int) -> Money:
        return Money(minor=minor, currency=self._currency)

    @strawberry.field(description="Global ID of the member (User).")
    def member_id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("User", self._member_id))

    @strawberry.field(description="Earned on paid orders not yet completed.")
    def pending(self) -> Money:
        return self._money(self._balances.get(AccountKind.PENDING, 0))

    @strawberry.field(description="Earned on completed orders, held for the after-sales window.")
    def frozen(self) -> Money:
        return self._money(self._balances.get(AccountKind.FROZEN, 0))

    @strawberry.field(description="Can be withdrawn now.")
    def available(self) -> Money:
        return self._money(self._balances.get(AccountKind.AVAILABLE, 0))

    @strawberry.field(description="Asked for, not yet paid out.")
    def withdrawing(self) -> Money:
        return self._money(self._balances.get(AccountKind.WITHDRAWING, 0))

    @strawberry.field(description="Paid out so far (fees included).")
    def withdrawn(self) -> Money:
        return self._money(self._withdrawn)

    @strawberry.field(description="Owed to the merchant after refunds of money already available; repaid from future earnings.")
    def debt(self) -> Money:
        return self._money(-self._balances.get(AccountKind.DEBT, 0))

    @strawberry.field(description="Held by the merchant as security (a supplier's deposit, 保证金): not withdrawable; covers debt a statement could not net.")
    def reserve(self) -> Money:
        return self._money(self._balances.get(AccountKind.RESERVE, 0))

    @strawberry.field(description="Every movement of the member's money, newest first.")
    async def entries(self, info: strawberry.Info, first: int | None = None, after: str | None = None,
                      last: int | None = None, before: str | None = None) -> Connection[LedgerEntryNode]:
        settings = info.context.settings
        queryset = LedgerEntry.filter(merchant_id=info.context.merchant.id, account__owner_id=self._member_id).order_by("-id")
        return await paginate(queryset, PageArgs(first, after, last, before), settings.default_page_size, settings.max_page_size)


async def load_wallet(ctx: Any, member_id: int) -> Wallet:
    accounts = await ledger.member_accounts(ctx.merchant.id, member_id)
    withdrawn = await (Withdrawal.filter(merchant_id=ctx.merchant.id, member_id=member_id, status=WithdrawalStatus.PAID)
                       .annotate(total=Sum("amount")).first().values("total"))
    return Wallet(_member_id=member_id, _balances={kind: account.balance for kind, account in accounts.items()},
                  _currency=ctx.currency, _withdrawn=(withdrawn or {}).get("total") or 0)


async def _member(ctx: Any, member_id: str | None) -> int:
    """The wallet owner: the caller, or (for staff) the member named."""
    if member_id is None:
        return ctx.user.id
    user_id = await references.member(ctx, member_id, "memberId")
    if user_id != ctx.user.id and not ctx.is_staff():
        raise DomainError(ErrorCode.FORBIDDEN, "only staff may look at another member's wallet", "memberId")
    return user_id


@strawberry.input
class WalletAdjustInput:
    member_id: strawberry.ID = strawberry.field(description=references.MEMBER_ID)
    amount: int = ranged(SIGNED_AMOUNT, "positive credits, negative debits the available balance; not zero")
    reason: str
    idempotency_key: str


@strawberry.type
class WalletPayload(Payload):
    wallet: Wallet | None = None


@strawberry.input
class WithdrawalRequestInput:
    amount: int = ranged(PRICE, "taken from the available balance, fee included")
    method: WithdrawalMethodEnum
    account_name: str
    account_number: str
    idempotency_key: str
    bank_name: str = ""


@strawberry.type
class WithdrawalPayload(Payload):
    withdrawal: WithdrawalNode | None = None


@strawberry.input
class WithdrawalBankBatchInput:
    withdrawal_ids: list[strawberry.ID] | None = strawberry.field(default=None, description="only these (approved, by bank); left out: all")


@strawberry.type
class BankBatchPayload(Payload):
    csv: str | None = strawberry.field(default=None, description="序号, 流水号, 收款户名, 收款账号, 开户行, 金额(元), 用途; UTF-8")
    withdrawals: list[WithdrawalNode] = strawberry.field(default_factory=list)
    total: Money | None = None


@strawberry.input
class WithdrawalApproveInput:
    withdrawal_id: strawberry.ID


@strawberry.input
class WithdrawalRejectInput:
    withdrawal_id: strawberry.ID
    reason: str


@strawberry.input
class WithdrawalMarkPaidInput:
    withdrawal_id: strawberry.ID
    payout_reference: str = strawberry.field(description="the bank's or wallet's transaction number")


async def _review(ctx: Any, withdrawal_id: str, change: Any) -> WithdrawalPayload:
    """A staff decision on a withdrawal, with its status before and after in the audit log."""
    withdrawal = await _withdrawal(ctx, withdrawal_id)
    before = WithdrawalStatus(withdrawal.status).value
    await change(withdrawal)
    ctx.audit("Withdrawal", withdrawal.id, {"status": before}, {"status": WithdrawalStatus(withdrawal.status).value, "amount": withdrawal.amount})
    return WithdrawalPayload(withdrawal=withdrawal)


async def _approve(ctx: Any, withdrawal: Withdrawal) -> Withdrawal:
    """Approved: paid out through WeChat Pay or Alipay when the merchant has an account there, else by hand."""
    return await payouts.begin(ctx.hooks(), await withdrawals.approve(withdrawal, ctx.user))


async def _withdrawal(ctx: Any, withdrawal_id: str) -> Withdrawal:
    row = await Withdrawal.filter(merchant_id=ctx.merchant.id, id=decode_id(withdrawal_id, "Withdrawal", "withdrawalId")).select_for_update().first()
    if row is None:
        raise DomainError(ErrorCode.NOT_FOUND, "no such withdrawal", "withdrawalId")
    return row


@strawberry.type
class WalletQuery:
    @strawberry.field(extensions=[Guard(MEMBER)], description="Your wallet, or (staff) a member's.")
    async def wallet(self, info: strawberry.Info, member_id: Annotated[strawberry.ID | None, strawberry.argument(
            description=f"staff: whose wallet, {references.MEMBER_ID}; left out: yours")] = None) -> Wallet:
        ctx = info.context
        return await load_wallet(ctx, await _member(ctx, member_id))


@strawberry.type
class WalletMutation:
    @strawberry.mutation(extensions=[Guard(OWNER)], description="Credit (bonus, correction) or debit a member's available balance.")
    async def wallet_adjust(self, info: strawberry.Info, input: WalletAdjustInput) -> WalletPayload:
        ctx = info.context
        member_id = await _member(ctx, input.member_id)
        refuse_own(ctx.user.id, member_id, "adjust the wallet of", "memberId")
        if input.amount == 0:
            raise DomainError(ErrorCode.INVALID, "must not be zero", "amount")
        if not 1 <= len(input.reason.strip()) <= 200:
            raise DomainError(ErrorCode.REQUIRED, "say why, in at most 200 characters", "reason")
        key = idempotency.check_key(input.idempotency_key)
        before = await load_wallet(ctx, member_id)
        await ledger.adjust(ctx.merchant.id, member_id, input.amount, f"adjust:{ctx.user.id}:{key}",
                            f"adjustment by {ctx.user.display_name or ctx.user.id}: {input.reason.strip()}")
        after = await load_wallet(ctx, member_id)
        ctx.audit("Wallet", member_id, {"available": before._balances.get(AccountKind.AVAILABLE, 0), "debt": before._balances.get(AccountKind.DEBT, 0)},
                  {"available": after._balances.get(AccountKind.AVAILABLE, 0), "debt": after._balances.get(AccountKind.DEBT, 0),
                   "amount": input.amount, "reason": input.reason.strip()})
        return WalletPayload(wallet=after)

    @strawberry.mutation(extensions=[Guard(MEMBER)], description="Ask to withdraw from your available balance.")
    async def withdrawal_request(self, info: strawberry.Info, input: WithdrawalRequestInput) -> WithdrawalPayload:
        ctx = info.context
        request = {"amount": input.amount, "method": input.method.value, "accountName": input.account_name,
                   "accountNumber": input.account_number, "bankName": input.bank_name}
        earlier = await idempotency.claim(ctx.merchant.id, ctx.user.id, "withdrawalRequest", input.idempotency_key, request, Withdrawal)
        if earlier is not None:
            return WithdrawalPayload(withdrawal=earlier)
        withdrawal = await withdrawals.request(ctx.merchant, ctx.user, input.amount, WithdrawalMethod(input.method.value),
                                               input.account_name, input.account_number, input.bank_name)
        await idempotency.record(ctx.merchant.id, ctx.user.id, "withdrawalRequest", input.idempotency_key, withdrawal)
        return WithdrawalPayload(withdrawal=withdrawal)

    @strawberry.mutation(extensions=[Guard(STAFF)])
    async def withdrawal_approve(self, info: strawberry.Info, input: WithdrawalApproveInput) -> WithdrawalPayload:
        ctx = info.context
        return await _review(ctx, input.withdrawal_id, lambda w: _approve(ctx, w))

    @strawberry.mutation(extensions=[Guard(STAFF)], description="Refuse a withdrawal; the money returns to the available balance.")
    async def withdrawal_reject(self, info: strawberry.Info, input: WithdrawalRejectInput) -> WithdrawalPayload:
        ctx = info.context
        return await _review(ctx, input.withdrawal_id, lambda w: withdrawals.reject(w, ctx.user, input.reason))

    @strawberry.mutation(extensions=[Guard(STAFF)], description="The approved bank withdrawals as a batch file for the bank (CSV, "
                         "amounts in yuan); the export is recorded in the audit log. Pay them at the bank, then mark each paid.")
    async def withdrawal_bank_batch(self, info: strawberry.Info, input: WithdrawalBankBatchInput) -> BankBatchPayload:
        ctx = info.context
        chosen = None if input.withdrawal_ids is None else \
            {decode_id(given, "Withdrawal", f"withdrawalIds.{index}") for index, given in enumerate(input.withdrawal_ids)}
        rows, text = await withdrawals.bank_batch(ctx.merchant.id, chosen)
        ctx.audit("Withdrawal", "bank-batch", None, {"exported": [row.id for row in rows], "total": sum(row.net for row in rows)})
        return BankBatchPayload(csv=text, withdrawals=rows, total=Money(minor=sum(row.net for row in rows), currency=ctx.currency))

    @strawberry.mutation(extensions=[Guard(STAFF)], description="Record that an approved withdrawal was paid out.")
    async def withdrawal_mark_paid(self, info: strawberry.Info, input: WithdrawalMarkPaidInput) -> WithdrawalPayload:
        ctx = info.context
        return await _review(ctx, input.withdrawal_id, lambda w: withdrawals.mark_paid(w, ctx.user, input.payout_reference))
