"""The base of every tenant-owned row: it belongs to exactly one merchant."""

from tortoise import fields
from tortoise.models import Model


class TenantModel(Model):
    """A row owned by one merchant. Every query on it filters by `merchant_id`.

    `merchant_id` is also the distribution column should a deployment move to
    a sharded PostgreSQL (Citus): keep it on every tenant table.
    """

    id = fields.BigIntField(primary_key=True)
    merchant = fields.ForeignKeyField(
        "core.Merchant", related_name=False, on_delete=fields.CASCADE, db_index=True
    )
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        abstract = True


def is_tenant(model: type[Model]) -> bool:
    """Whether rows of `model` belong to a merchant (works before Tortoise is initialised)."""
    return "merchant" in model._meta.fk_fields


def fits(model: type[Model], field: str, value: str) -> bool:
    """Whether `value` could be stored in `model.field`. A lookup by a longer client-supplied key
    cannot match anything, and Tortoise would raise on it instead of answering "not found"."""
    max_length = getattr(model._meta.fields_map[field], "max_length", None)
    return max_length is None or len(value) <= max_length
