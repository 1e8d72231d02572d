"""Double-entry money: accounts, balanced transactions of entries, commissions.

Sign convention: an entry's amount is positive for a credit. Accounts that
hold money owed to someone (a member's pending, frozen, available,
withdrawing and reserve balances, the merchant's sales and fee income) are
credit-normal and never go below zero. The merchant's cash, commission expense
and purchases, and a member's debt, are debit-normal and never go above zero. Every transaction's
entries sum to zero, so the whole ledger always sums to zero.
"""

import enum

from tortoise import fields

from fenxiao.core.models.base import TenantModel
from fenxiao.core.models.fields import MoneyField, RateField


class AccountKind(str, enum.Enum):
    # A member's accounts (owner set)
    PENDING = "pending"
    FROZEN = "frozen"
    AVAILABLE = "available"
    WITHDRAWING = "withdrawing"
    DEBT = "debt"
    RESERVE = "reserve"  # money of the member the merchant holds as security (a supplier's deposit, 保证金)
    # The merchant's own accounts (owner null)
    CASH = "cash"
    SALES = "sales"
    COMMISSION_EXPENSE = "commission_expense"
    FEE_INCOME = "fee_income"
    PURCHASES = "purchases"  # goods the merchant bought from members (a supplier's wholesale deliveries)


MEMBER_ACCOUNTS = (
    AccountKind.PENDING,
    AccountKind.FROZEN,
    AccountKind.AVAILABLE,
    AccountKind.WITHDRAWING,
    AccountKind.DEBT,
    AccountKind.RESERVE,
)
MERCHANT_ACCOUNTS = (
    AccountKind.CASH,
    AccountKind.SALES,
    AccountKind.COMMISSION_EXPENSE,
    AccountKind.FEE_INCOME,
    AccountKind.PURCHASES,
)
DEBIT_NORMAL = frozenset({AccountKind.CASH, AccountKind.COMMISSION_EXPENSE, AccountKind.DEBT, AccountKind.PURCHASES})


class Account(TenantModel):
    owner = fields.ForeignKeyField("core.User", related_name="accounts", null=True, on_delete=fields.RESTRICT)
    kind = fields.CharEnumField(AccountKind, max_length=24)
    # Kept in the same transaction as the entries; core.ledger checks the bounds on update.
    balance = MoneyField(default=0)

    class Meta:
        table = "account"
        unique_together = (("merchant", "owner", "kind"),)


class LedgerTransaction(TenantModel):
    """A balanced set of entries. `key` makes posting idempotent: one key, one transaction."""

    key = fields.CharField(max_length=160)
    kind = fields.CharField(max_length=32)
    memo = fields.CharField(max_length=300, default="")
    order = fields.ForeignKeyField("core.Order", related_name="ledger_transactions", null=True, on_delete=fields.RESTRICT)

    class Meta:
        table = "ledger_transaction"
        unique_together = (("merchant", "key"),)


class LedgerEntry(TenantModel):
    transaction = fields.ForeignKeyField("core.LedgerTransaction", related_name="entries", on_delete=fields.RESTRICT)
    account = fields.ForeignKeyField("core.Account", related_name="entries", on_delete=fields.RESTRICT)
    amount = MoneyField(description="positive = credit")

    class Meta:
        table = "ledger_entry"
        indexes = (("account", "id"),)


class CommissionState(str, enum.Enum):
    PENDING = "pending"
    FROZEN = "frozen"
    AVAILABLE = "available"
    REVERSED = "reversed"


class Commission(TenantModel):
    """Money a plugin grants a member for an order (commission, spread, bonus, rebate …).

    The core moves it through its states with the order: pending at payment,
    frozen at completion for the after-sales window, available after it (by
    `fenxiao settle`), reversed in proportion to refunds. `key` is unique per
    merchant so a replayed hook never grants twice.
    """

    order = fields.ForeignKeyField("core.Order", related_name="commissions", on_delete=fields.RESTRICT)
    line = fields.ForeignKeyField("core.OrderLine", related_name="commissions", null=True, on_delete=fields.RESTRICT)
    beneficiary = fields.ForeignKeyField("core.User", related_name="commissions", on_delete=fields.RESTRICT)
    source = fields.CharField(max_length=64, description="the plugin that granted it")
    kind = fields.CharField(max_length=32)
    level = fields.SmallIntField(default=0)
    base = MoneyField(description="the amount the rate was applied to")
    rate_bps = RateField(null=True)
    amount = MoneyField()
    reversed_amount = MoneyField(default=0)
    state = fields.CharEnumField(CommissionState, default=CommissionState.PENDING, max_length=16)
    available_at = fields.DatetimeField(null=True)
    key = fields.CharField(max_length=160)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "commission"
        unique_together = (("merchant", "key"),)
        indexes = (("merchant", "state", "available_at"), ("merchant", "beneficiary"))
