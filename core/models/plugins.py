"""Which plugins a merchant has turned on, and their configuration."""

from tortoise import fields

from fenxiao.core.models.base import TenantModel


class MerchantPlugin(TenantModel):
    plugin = fields.CharField(max_length=64)
    enabled = fields.BooleanField(default=False)
    config = fields.JSONField(default=dict, description="validated by the plugin's config model")
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "merchant_plugin"
        unique_together = (("merchant", "plugin"),)
