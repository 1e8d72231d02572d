"""The audit log: every admin action that changes money, roles, territories, configs or bindings."""

from tortoise import fields

from fenxiao.core.models.base import TenantModel


class AuditEntry(TenantModel):
    """Who did what, when, to which object, with the values before and after. Written in the same
    transaction as the change, so there is an entry exactly for each change that happened."""

    actor = fields.ForeignKeyField("core.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    action = fields.CharField(max_length=64, description="the mutation, e.g. walletAdjust")
    target_type = fields.CharField(max_length=64, default="")
    target_id = fields.CharField(max_length=64, default="")
    before = fields.JSONField(null=True)
    after = fields.JSONField(null=True)
    request_id = fields.CharField(max_length=32, default="")

    class Meta:
        table = "audit_entry"
        indexes = (("merchant", "target_type", "target_id"), ("merchant", "action"))
