"""Tables of cloud-warehouse ordering (app "b2b_ordering", tables prefixed ordering_)."""

import enum

from tortoise import fields

from fenxiao.plugins import AMOUNT, MAX_QUANTITY, PRICE, RANK, MoneyField, Range, RateField, TenantModel


class OrderingLevel(TenantModel):
    """A reseller level (总代, 一级, 二级 …): its price, its order minimums, how to reach it."""

    name = fields.CharField(max_length=50)
    rank = fields.IntField(validators=RANK.validators(), description="higher is nearer the brand (总代 highest)")
    discount_bps = RateField(description="off the retail price, unless the level has its own price for a product")
    min_order_quantity = fields.IntField(default=0, validators=Range(0, MAX_QUANTITY).validators(), description="units per restock, at least")
    min_order_amount = MoneyField(default=0, validators=AMOUNT.validators(), description="amount per restock, at least")
    upgrade_single_purchase_min = MoneyField(null=True, validators=PRICE.validators(), description="one restock of at least this reaches the level")
    upgrade_cumulative_min = MoneyField(null=True, validators=PRICE.validators(), description="restocks adding up to this reach the level")

    class Meta:
        table = "ordering_level"
        unique_together = (("merchant", "rank"), ("merchant", "name"))


class OrderingLevelPrice(TenantModel):
    """An explicit price of a product for a level (instead of its discount)."""

    level = fields.ForeignKeyField("b2b_ordering.OrderingLevel", related_name="prices", on_delete=fields.CASCADE)
    product = fields.ForeignKeyField("core.Product", related_name="ordering_level_prices", on_delete=fields.CASCADE)
    price = MoneyField(validators=PRICE.validators())

    class Meta:
        table = "ordering_level_price"
        unique_together = (("merchant", "level", "product"),)


class ResellerStatus(str, enum.Enum):
    PENDING = "pending"
    ACTIVE = "active"
    SUSPENDED = "suspended"
    REJECTED = "rejected"


class OrderingReseller(TenantModel):
    """A reseller (订货商) under an upline reseller, or under the brand (no upline)."""

    user = fields.ForeignKeyField("core.User", related_name="ordering_resellers", on_delete=fields.CASCADE)
    level = fields.ForeignKeyField("b2b_ordering.OrderingLevel", related_name="resellers", on_delete=fields.RESTRICT)
    upline = fields.ForeignKeyField("core.User", related_name="ordering_downlines", null=True, on_delete=fields.RESTRICT)
    recommender = fields.ForeignKeyField("core.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    path = fields.TextField(description="materialized path of uplines (core.tree)")
    status = fields.CharEnumField(ResellerStatus, default=ResellerStatus.PENDING, max_length=16)
    invite_code = fields.CharField(max_length=16)
    cumulative_purchases = MoneyField(default=0, description="paid restocks, net of refunds")
    answers = fields.JSONField(default=dict, description="the application's answers")
    reason = fields.CharField(max_length=300, default="")

    class Meta:
        table = "ordering_reseller"
        unique_together = (("merchant", "user"), ("merchant", "invite_code"))
        indexes = (("merchant", "upline"), ("merchant", "status"))


class ResellerChangeKind(str, enum.Enum):
    STATUS = "status"
    LEVEL = "level"
    UPLINE = "upline"


class OrderingResellerChange(TenantModel):
    """Append-only log of a reseller's status, level and upline changes, with who and why."""

    reseller = fields.ForeignKeyField("core.User", related_name="ordering_changes", on_delete=fields.CASCADE)
    kind = fields.CharEnumField(ResellerChangeKind, max_length=16)
    old_value = fields.CharField(max_length=64, default="")
    new_value = fields.CharField(max_length=64, default="")
    reason = fields.CharField(max_length=300)
    actor = fields.ForeignKeyField("core.User", related_name=False, null=True, on_delete=fields.SET_NULL)

    class Meta:
        table = "ordering_reseller_change"


class OrderingShopPrice(TenantModel):
    """A reseller's retail price for a product in their shop (within the product's resale bounds)."""

    reseller = fields.ForeignKeyField("core.User", related_name="ordering_shop_prices", on_delete=fields.CASCADE)
    product = fields.ForeignKeyField("core.Product", related_name="ordering_shop_prices", on_delete=fields.CASCADE)
    price = MoneyField(validators=PRICE.validators())

    class Meta:
        table = "ordering_shop_price"
        unique_together = (("merchant", "reseller", "product"),)


class OrderingCloudStock(TenantModel):
    """Units a reseller owns in the brand's cloud warehouse (云仓库存). available = quantity - reserved.

    Changed only by conditional UPDATEs with a movement row each (plugins/b2b_ordering/stock.py).
    `cost` is what the units held cost the reseller, to tell profit from turnover.
    """

    reseller = fields.ForeignKeyField("core.User", related_name="ordering_cloud_stock", on_delete=fields.RESTRICT)
    product = fields.ForeignKeyField("core.Product", related_name="ordering_cloud_stock", on_delete=fields.RESTRICT)
    quantity = fields.IntField(default=0)
    reserved = fields.IntField(default=0)
    cost = MoneyField(default=0)

    class Meta:
        table = "ordering_cloud_stock"
        unique_together = (("merchant", "reseller", "product"),)
        indexes = (("merchant", "product"),)


class CloudStockReason(str, enum.Enum):
    RESTOCK = "restock"            # bought from the brand
    TRANSFER_IN = "transfer_in"    # bought from the upline
    TRANSFER_OUT = "transfer_out"  # sold to a downline
    RESERVE = "reserve"            # held for a retail order or a pick-up
    RELEASE = "release"            # the hold ended (cancelled)
    SALE = "sale"                  # shipped to a retail customer
    PICKUP = "pickup"              # shipped to the reseller's own address
    RETURN = "return"              # a refund put units back
    REFUND = "refund"              # a refunded restock took units out


class OrderingStockMovement(TenantModel):
    reseller = fields.ForeignKeyField("core.User", related_name="ordering_stock_movements", on_delete=fields.RESTRICT)
    product = fields.ForeignKeyField("core.Product", related_name="ordering_stock_movements", on_delete=fields.RESTRICT)
    reason = fields.CharEnumField(CloudStockReason, max_length=16)
    quantity_delta = fields.IntField(default=0)
    reserved_delta = fields.IntField(default=0)
    cost_delta = MoneyField(default=0)
    order = fields.ForeignKeyField("core.Order", related_name="ordering_stock_movements", null=True, on_delete=fields.RESTRICT)
    counterparty = fields.ForeignKeyField("core.User", related_name=False, null=True, on_delete=fields.SET_NULL)

    class Meta:
        table = "ordering_stock_movement"
        indexes = (("merchant", "reseller", "product"), ("merchant", "order"))


class SourcingStatus(str, enum.Enum):
    WAITING = "waiting"    # waiting for the upline to have stock
    SOURCED = "sourced"    # the units are in the buyer's cloud stock
    REFUNDED = "refunded"  # refunded (whole) while it waited: never sourced


class OrderingSourcing(TenantModel):
    """Where a restock line's units came from: the upline's cloud stock, or the brand (seller null)."""

    order = fields.ForeignKeyField("core.Order", related_name="ordering_sourcing", on_delete=fields.CASCADE)
    line = fields.ForeignKeyField("core.OrderLine", related_name="ordering_sourcing", on_delete=fields.CASCADE)
    buyer = fields.ForeignKeyField("core.User", related_name=False, on_delete=fields.RESTRICT)
    seller = fields.ForeignKeyField("core.User", related_name=False, null=True, on_delete=fields.RESTRICT)
    quantity = fields.IntField()
    unit_price = MoneyField(description="what the buyer paid per unit")
    status = fields.CharEnumField(SourcingStatus, max_length=16)
    wait_until = fields.DatetimeField(null=True)
    refunded_quantity = fields.IntField(default=0)

    class Meta:
        table = "ordering_sourcing"
        unique_together = (("merchant", "line"),)
        indexes = (("merchant", "status", "wait_until"),)
