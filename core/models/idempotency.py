"""Remembered results of money-moving mutations, keyed by the client's idempotency key."""

from tortoise import fields

from fenxiao.core.models.base import TenantModel


class IdempotencyRecord(TenantModel):
    user = fields.ForeignKeyField("core.User", related_name=False, on_delete=fields.CASCADE)
    operation = fields.CharField(max_length=64)
    key = fields.CharField(max_length=128)
    request_hash = fields.CharField(max_length=64)
    # Filled in by the same transaction that claimed the key.
    result_type = fields.CharField(max_length=64, null=True)
    result_id = fields.BigIntField(null=True)

    class Meta:
        table = "idempotency_record"
        unique_together = (("merchant", "user", "operation", "key"),)
