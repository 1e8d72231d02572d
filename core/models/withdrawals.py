"""Members taking their available balance out."""

import enum

from tortoise import fields

from fenxiao.core.models.base import TenantModel
from fenxiao.core.models.fields import MoneyField


class WithdrawalMethod(str, enum.Enum):
    BANK = "bank"
    WECHAT = "wechat"
    ALIPAY = "alipay"


class WithdrawalStatus(str, enum.Enum):
    REQUESTED = "requested"
    APPROVED = "approved"
    REJECTED = "rejected"
    PAYING = "paying"  # sent to the provider (WeChat Pay, Alipay): paid or failed when it says so
    PAID = "paid"
    FAILED = "failed"  # the provider could not pay: the money went back to the member's available balance


class Withdrawal(TenantModel):
    member = fields.ForeignKeyField("core.User", related_name="withdrawals", on_delete=fields.RESTRICT)
    amount = MoneyField(description="taken from the available balance, fee included")
    fee = MoneyField()
    net = MoneyField(description="paid out: amount − fee")
    method = fields.CharEnumField(WithdrawalMethod, max_length=16)
    account_name = fields.CharField(max_length=100)
    account_number = fields.CharField(max_length=64)
    bank_name = fields.CharField(max_length=100, default="")
    status = fields.CharEnumField(WithdrawalStatus, default=WithdrawalStatus.REQUESTED, max_length=16)
    reason = fields.CharField(max_length=300, default="")
    payout_reference = fields.CharField(max_length=128, default="")
    reviewed_by = fields.ForeignKeyField("core.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    reviewed_at = fields.DatetimeField(null=True)
    paid_at = fields.DatetimeField(null=True)
    payout_gateway = fields.CharField(max_length=16, default="", description="the provider paying it out (wechat, alipay); empty: by hand")
    payout_state = fields.CharField(max_length=32, default="", description="the provider's last word on the payout")
    payout_client = fields.JSONField(null=True, description="what the member's app needs to confirm receipt (WeChat's package_info)")
    payout_sent_at = fields.DatetimeField(null=True, description="when the provider last accepted the payout request")

    class Meta:
        table = "withdrawal"
        indexes = (("merchant", "status"),)
