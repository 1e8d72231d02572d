"""What a merchant sells and where it is: products, warehouses, stock and its movements."""

import enum

from tortoise import fields

from fenxiao.core.ranges import PRICE, RANK

from fenxiao.core.models.base import TenantModel
from fenxiao.core.models.fields import MoneyField


class ProductStatus(str, enum.Enum):
    DRAFT = "draft"
    ACTIVE = "active"
    ARCHIVED = "archived"


class Product(TenantModel):
    sku = fields.CharField(max_length=64)
    title = fields.CharField(max_length=200)
    description = fields.TextField(default="")
    price = MoneyField(description="retail price", validators=PRICE.validators())
    min_resale_price = MoneyField(null=True, validators=PRICE.validators(), description="lowest price a reseller may sell at")
    max_resale_price = MoneyField(null=True, validators=PRICE.validators(), description="highest price a reseller may sell at")
    status = fields.CharEnumField(ProductStatus, default=ProductStatus.ACTIVE, max_length=16)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "product"
        unique_together = (("merchant", "sku"),)


class Warehouse(TenantModel):
    code = fields.CharField(max_length=32)
    name = fields.CharField(max_length=100)
    region_code = fields.CharField(max_length=12, null=True)
    # Lower ships first when several warehouses hold a product.
    priority = fields.IntField(default=0, validators=RANK.validators())
    is_active = fields.BooleanField(default=True)
    # False for a warehouse a plugin dedicates to its own orders (a store's shelf, a supplier's stock):
    # an order reserves there only when its fulfilment option names it, never by priority.
    general = fields.BooleanField(default=True, description="any order may take stock from it (false: only orders whose fulfilment names it)")

    class Meta:
        table = "warehouse"
        unique_together = (("merchant", "code"),)


class StockLevel(TenantModel):
    """Stock of one product in one warehouse. available = on_hand - reserved.

    Changed only by conditional UPDATEs in core.services.stock, never read-then-write.
    """

    product = fields.ForeignKeyField("core.Product", related_name="stock_levels", on_delete=fields.CASCADE)
    warehouse = fields.ForeignKeyField("core.Warehouse", related_name="stock_levels", on_delete=fields.RESTRICT)
    on_hand = fields.IntField(default=0)
    reserved = fields.IntField(default=0)

    class Meta:
        table = "stock_level"
        unique_together = (("product", "warehouse"),)


class StockReason(str, enum.Enum):
    RECEIPT = "receipt"
    ADJUSTMENT = "adjustment"
    RESERVE = "reserve"
    RELEASE = "release"
    SHIP = "ship"
    RETURN = "return"
    TRANSFER = "transfer"  # reserved units moved between warehouses for an order (to the store it is picked up at)


class StockMovement(TenantModel):
    """Append-only journal: the sum of the deltas of a stock level equals its columns."""

    product = fields.ForeignKeyField("core.Product", related_name="stock_movements", on_delete=fields.CASCADE)
    warehouse = fields.ForeignKeyField("core.Warehouse", related_name="stock_movements", on_delete=fields.RESTRICT)
    reason = fields.CharEnumField(StockReason, max_length=16)
    on_hand_delta = fields.IntField(default=0)
    reserved_delta = fields.IntField(default=0)
    order = fields.ForeignKeyField("core.Order", related_name="stock_movements", null=True, on_delete=fields.RESTRICT)
    actor = fields.ForeignKeyField("core.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    note = fields.CharField(max_length=200, default="")

    class Meta:
        table = "stock_movement"
