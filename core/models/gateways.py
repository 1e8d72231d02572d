"""A merchant's accounts at online payment providers (WeChat Pay, Alipay)."""

from tortoise import fields

from fenxiao.core.models.base import TenantModel


class GatewayAccount(TenantModel):
    """One merchant's account at one provider: public settings (ids, serial numbers, the provider's public
    key) in the clear, secrets (the merchant's private key, the APIv3 key) sealed with a key derived from
    FENXIAO_SECRET_KEY — the API never returns them, only which are set."""

    gateway = fields.CharField(max_length=32)
    enabled = fields.BooleanField(default=True)
    live = fields.BooleanField(default=False, description="false: the provider's sandbox or test account")
    settings = fields.JSONField(default=dict, description="the provider's public settings")
    sealed = fields.TextField(default="", description="the secrets, encrypted and authenticated (Fernet)")
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "gateway_account"
        unique_together = (("merchant", "gateway"),)
