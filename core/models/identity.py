"""Who is who: global users, merchants (tenants) and memberships with roles."""

from tortoise import fields
from tortoise.models import Model

from fenxiao.core.models.base import TenantModel
from fenxiao.core.models.fields import MoneyField, RateField


class User(Model):
    """A global identity; the same person can belong to many merchants."""

    id = fields.BigIntField(primary_key=True)
    email = fields.CharField(max_length=254, unique=True, null=True)
    phone = fields.CharField(max_length=32, unique=True, null=True)
    password_hash = fields.CharField(max_length=255)
    display_name = fields.CharField(max_length=100, default="")
    is_active = fields.BooleanField(default=True)
    # Raising it revokes every token issued before (password change, "log out everywhere").
    token_version = fields.IntField(default=0)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "user"


class RevokedToken(Model):
    """Tokens signed out before they expire (their `jti`); purged by `fenxiao settle` once expired."""

    id = fields.BigIntField(primary_key=True)
    jti = fields.CharField(max_length=64, unique=True)
    expires_at = fields.DatetimeField()

    class Meta:
        table = "revoked_token"


AFTER_SALES_REASONS = ("质量问题", "发错货", "少件/漏发", "与描述不符", "不想要了", "其他")


class Merchant(Model):
    """The tenant. Its settings are columns so that they are typed and validated."""

    id = fields.BigIntField(primary_key=True)
    slug = fields.CharField(max_length=64, unique=True)
    name = fields.CharField(max_length=200)
    currency = fields.CharField(max_length=3, default="CNY")
    # Bumped whenever a plugin is enabled, disabled or reconfigured: every worker
    # keys its cached per-merchant hook caller on it, so a change is seen at once.
    plugins_version = fields.IntField(default=0)
    withdrawal_min = MoneyField(default=100)
    withdrawal_fee_bps = RateField(default=0)
    shipping_fee = MoneyField(default=0)
    unpaid_timeout_minutes = fields.IntField(default=30)
    auto_complete_days = fields.IntField(default=10)
    after_sales_days = fields.IntField(default=7)
    after_sales_reasons = fields.JSONField(default=lambda: list(AFTER_SALES_REASONS),
                                           description="the reasons a buyer chooses from when asking for a refund")
    after_sales_answer_days = fields.IntField(default=2, description="a refund-only request unanswered this long is approved")
    after_sales_return_days = fields.IntField(default=7, description="a return not sent back this long after approval is closed")
    time_zone = fields.CharField(max_length=64, default="Asia/Shanghai", description="the merchant's days (dashboards) are counted in this IANA time zone")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "merchant"


class Membership(TenantModel):
    """A user inside a merchant. Roles are rows of MemberRole."""

    user = fields.ForeignKeyField("core.User", related_name="memberships", on_delete=fields.CASCADE)
    is_active = fields.BooleanField(default=True)

    class Meta:
        table = "membership"
        unique_together = (("merchant", "user"),)


class MemberRole(TenantModel):
    """One role of one membership: owner, staff, customer, or a role a plugin declares."""

    membership = fields.ForeignKeyField(
        "core.Membership", related_name="roles", on_delete=fields.CASCADE
    )
    role = fields.CharField(max_length=32)

    class Meta:
        table = "member_role"
        unique_together = (("membership", "role"),)
