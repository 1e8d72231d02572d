"""Tables of suppliers (app "supplier", tables prefixed supplier_).

A supplier is a company with an owner who is a member of the merchant: its money is the owner's
wallet in the core ledger (one identity, one wallet), its consignment stock is a core warehouse of
its own, its products are core products. What this app adds is who the supplier is, who works for
it, what it proposed and what was decided, the terms each order line was sold under, purchase orders,
and statements.
"""

import enum

from tortoise import fields

from fenxiao.plugins import AMOUNT, PRICE, MoneyField, Range, RateField, TenantModel

CATEGORIES = Range(1, 20, "categories")


class SupplierStatus(str, enum.Enum):
    PENDING = "pending"        # applied or invited, waiting for the brand's review
    ACTIVE = "active"          # sells and ships
    SUSPENDED = "suspended"    # no new sales; open orders are still shipped and settled
    REJECTED = "rejected"      # the application was refused
    TERMINATED = "terminated"  # left for good: no open orders, balance settled, deposit returned


class SupplyForm(str, enum.Enum):
    WHOLESALE = "wholesale"      # 经销: the brand buys, owns the stock, ships
    CONSIGNMENT = "consignment"  # 代销: the supplier owns the stock and ships the mall's orders


class Supplier(TenantModel):
    code = fields.CharField(max_length=32)
    company_name = fields.CharField(max_length=100)
    contact_name = fields.CharField(max_length=50)
    contact_phone = fields.CharField(max_length=32)
    licence_number = fields.CharField(max_length=32, description="business licence (统一社会信用代码)")
    categories = fields.JSONField(default=list, description="what it supplies")
    payout_account = fields.CharField(max_length=64, description="where its withdrawals are paid (shown masked)")
    agreement_version = fields.CharField(max_length=32, null=True, description="the agreement the owner accepted (empty: not yet)")
    agreement_accepted_at = fields.DatetimeField(null=True)
    owner = fields.ForeignKeyField("core.User", related_name="owned_suppliers", on_delete=fields.RESTRICT,
                                   description="the member whose wallet receives the supplier's money")
    status = fields.CharEnumField(SupplierStatus, default=SupplierStatus.PENDING, max_length=16)
    warehouse = fields.OneToOneField("core.Warehouse", related_name="supplier", null=True, on_delete=fields.RESTRICT,
                                     description="its consignment stock (made when it is approved)")
    platform_bps = RateField(null=True, description="the platform's commission on its sales (empty: by category, or the merchant's)")
    invited_by = fields.ForeignKeyField("core.User", related_name="invited_suppliers", null=True, on_delete=fields.RESTRICT,
                                        description="the brand's staff who invited it (empty: it applied)")
    note = fields.CharField(max_length=300, default="", description="the brand's last review note")
    reviewed_by = fields.ForeignKeyField("core.User", related_name="reviewed_suppliers", null=True, on_delete=fields.RESTRICT)
    reviewed_at = fields.DatetimeField(null=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "supplier"
        unique_together = (("merchant", "code"), ("merchant", "owner"))


class SupplierStaff(TenantModel):
    """A member who works for a supplier (role `supplier`): sees and acts on that supplier's data only."""

    supplier = fields.ForeignKeyField("supplier.Supplier", related_name="staff", on_delete=fields.RESTRICT)
    user = fields.ForeignKeyField("core.User", related_name="supplier_jobs", on_delete=fields.RESTRICT)
    active = fields.BooleanField(default=True)

    class Meta:
        table = "supplier_staff"
        unique_together = (("merchant", "user"),)  # a member works for one supplier


class SupplierProduct(TenantModel):
    """A core product the supplier supplies, with its terms. The retail price is the product's own."""

    supplier = fields.ForeignKeyField("supplier.Supplier", related_name="products", on_delete=fields.RESTRICT)
    product = fields.OneToOneField("core.Product", related_name="supply", on_delete=fields.RESTRICT)
    form = fields.CharEnumField(SupplyForm, max_length=16)
    category = fields.CharField(max_length=50, default="")
    supply_price = MoneyField(validators=PRICE.validators(), description="what the supplier is owed per unit (代销 or 经销 price)")
    min_price = MoneyField(validators=PRICE.validators(), description="lowest price a distributor may sell at (the floor)")
    max_price = MoneyField(validators=PRICE.validators(), description="highest price a distributor may sell at")
    settle_on_supply = fields.BooleanField(default=False, description="the mall's own sales settle on the supply price, not the sale")
    platform_bps = RateField(null=True, description="the platform's commission on this product (empty: category, supplier, merchant)")
    distributor_bps = RateField(default=0, description="the supplier's commission to a distributor (推广代收, 推广返佣)")
    resale = fields.BooleanField(default=False, description="distributors may resell it at their own price (散装代销)")
    collect = fields.BooleanField(default=False, description="distributors may collect and owe (推广代收)")
    rebate = fields.BooleanField(default=False, description="promoters earn the supplier's commission (推广返佣)")
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "supplier_product"


class SupplierChangeStatus(str, enum.Enum):
    PENDING = "pending"
    APPROVED = "approved"            # applied
    REJECTED = "rejected"
    CHANGES_REQUESTED = "changes_requested"
    APPLIED = "applied"              # a low-risk change, applied at once and recorded
    WITHDRAWN = "withdrawn"


class SupplierChange(TenantModel):
    """A product or change a supplier proposed, and the brand's decision: the catalogue's history."""

    supplier = fields.ForeignKeyField("supplier.Supplier", related_name="changes", on_delete=fields.RESTRICT)
    supply = fields.ForeignKeyField("supplier.SupplierProduct", related_name="changes", null=True, on_delete=fields.RESTRICT,
                                    description="the product changed (empty: a new product proposed)")
    proposed = fields.JSONField(description="the fields proposed, by name")
    before = fields.JSONField(default=dict, description="those fields before, when the change was decided")
    status = fields.CharEnumField(SupplierChangeStatus, default=SupplierChangeStatus.PENDING, max_length=20)
    proposed_by = fields.ForeignKeyField("core.User", related_name="proposed_supplier_changes", on_delete=fields.RESTRICT)
    reviewed_by = fields.ForeignKeyField("core.User", related_name="reviewed_supplier_changes", null=True, on_delete=fields.RESTRICT)
    note = fields.CharField(max_length=300, default="")
    decided_at = fields.DatetimeField(null=True)

    class Meta:
        table = "supplier_change"
        indexes = (("supplier", "status"),)


class SupplierLine(TenantModel):
    """An order line of a supplier's product, with the terms it was sold under (snapshotted at payment)
    and each party's share. Refunds reverse every share in proportion under these terms."""

    order = fields.ForeignKeyField("core.Order", related_name="supplier_lines", on_delete=fields.RESTRICT)
    line = fields.OneToOneField("core.OrderLine", related_name="supplier_line", on_delete=fields.RESTRICT)
    supplier = fields.ForeignKeyField("supplier.Supplier", related_name="lines", on_delete=fields.RESTRICT)
    mode = fields.CharField(max_length=16)
    distributor = fields.ForeignKeyField("core.User", related_name="supplier_sales", null=True, on_delete=fields.RESTRICT)
    paid = MoneyField()
    supply = MoneyField(description="supply price × quantity")
    floor = MoneyField()
    ceiling = MoneyField()
    platform_bps = RateField()
    distributor_bps = RateField()
    settle_on_supply = fields.BooleanField()
    below_floor_allowed = fields.BooleanField()
    supplier_share = MoneyField()
    platform_share = MoneyField()
    distributor_share = MoneyField(description="negative: the distributor sold below the floor and makes up the difference")
    refunded = MoneyField(default=0, description="of `paid`, refunded so far")
    supplier_back = MoneyField(default=0, description="taken back from the supplier so far")
    distributor_back = MoneyField(default=0, description="taken back from (or, when negative, given back to) the distributor so far")
    stated = MoneyField(default=0, description="the supplier's share put on statements so far (net of refunds)")

    class Meta:
        table = "supplier_line"
        indexes = (("supplier", "id"),)


class PurchaseStatus(str, enum.Enum):
    SENT = "sent"            # the brand raised it; waiting for the supplier
    CONFIRMED = "confirmed"  # the supplier will ship
    DECLINED = "declined"
    SHIPPED = "shipped"      # every unit is on its way or received
    RECEIVED = "received"    # every unit received
    CANCELLED = "cancelled"


class PurchaseOrder(TenantModel):
    """The brand buys from a wholesale supplier: shipped in parcels, received into a warehouse of the brand."""

    number = fields.CharField(max_length=32)
    supplier = fields.ForeignKeyField("supplier.Supplier", related_name="purchase_orders", on_delete=fields.RESTRICT)
    warehouse = fields.ForeignKeyField("core.Warehouse", related_name="purchase_orders", on_delete=fields.RESTRICT)
    status = fields.CharEnumField(PurchaseStatus, default=PurchaseStatus.SENT, max_length=16)
    total = MoneyField(validators=AMOUNT.validators())
    note = fields.CharField(max_length=300, default="")
    created_by = fields.ForeignKeyField("core.User", related_name="purchase_orders", on_delete=fields.RESTRICT)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "supplier_purchase_order"
        unique_together = (("merchant", "number"),)


class PurchaseLine(TenantModel):
    purchase = fields.ForeignKeyField("supplier.PurchaseOrder", related_name="lines", on_delete=fields.CASCADE)
    product = fields.ForeignKeyField("core.Product", related_name="purchase_lines", on_delete=fields.RESTRICT)
    quantity = fields.IntField()
    unit_price = MoneyField(validators=PRICE.validators(), description="the supply price agreed")
    shipped = fields.IntField(default=0)
    received = fields.IntField(default=0)

    class Meta:
        table = "supplier_purchase_line"


class PurchaseShipment(TenantModel):
    """A parcel of a purchase order, from the supplier; received once, into the purchase order's warehouse."""

    purchase = fields.ForeignKeyField("supplier.PurchaseOrder", related_name="shipments", on_delete=fields.RESTRICT)
    carrier = fields.CharField(max_length=64)
    tracking_number = fields.CharField(max_length=64)
    lines = fields.JSONField(description="{purchase line id: units}")
    amount = MoneyField(description="what these units cost at the agreed prices: the payable once received")
    received_at = fields.DatetimeField(null=True)
    received_by = fields.ForeignKeyField("core.User", related_name="received_purchase_shipments", null=True, on_delete=fields.RESTRICT)
    statement = fields.ForeignKeyField("supplier.Statement", related_name="receipts", null=True, on_delete=fields.RESTRICT)

    class Meta:
        table = "supplier_purchase_shipment"


class Statement(TenantModel):
    """One cycle of a supplier, issued once and never changed (append-only, by database triggers):
    what was earned, taken back by refunds and adjusted, the debt brought in and carried out, what the
    deposit covered."""

    supplier = fields.ForeignKeyField("supplier.Supplier", related_name="statements", on_delete=fields.RESTRICT)
    number = fields.CharField(max_length=32)
    period_start = fields.DateField()
    period_end = fields.DateField(description="the last day of the cycle, in the merchant's time zone")
    opening_debt = MoneyField()
    earned = MoneyField(description="consignment shares released and wholesale receipts due")
    refunded = MoneyField(description="taken back for refunds after release")
    adjusted = MoneyField()
    payable = MoneyField()
    closing_debt = MoneyField()
    deposit_used = MoneyField()
    issued_by = fields.ForeignKeyField("core.User", related_name="issued_statements", null=True, on_delete=fields.RESTRICT)

    class Meta:
        table = "supplier_statement"
        unique_together = (("merchant", "number"), ("supplier", "period_start"))


class StatementLine(TenantModel):
    """One item of a statement (append-only): a line's share, a refund taken back, a receipt, an adjustment."""

    statement = fields.ForeignKeyField("supplier.Statement", related_name="lines", on_delete=fields.RESTRICT)
    kind = fields.CharField(max_length=16, description="sale (a line's share released), refund (taken back after), receipt "
                                                       "(wholesale goods received), adjustment")
    supplier_line = fields.ForeignKeyField("supplier.SupplierLine", related_name="statement_lines", null=True, on_delete=fields.RESTRICT)
    receipt = fields.ForeignKeyField("supplier.PurchaseShipment", related_name="statement_lines", null=True, on_delete=fields.RESTRICT)
    adjustment = fields.ForeignKeyField("supplier.SupplierAdjustment", related_name="statement_lines", null=True, on_delete=fields.RESTRICT)
    amount = MoneyField()
    description = fields.CharField(max_length=200)

    class Meta:
        table = "supplier_statement_line"


class SupplierAdjustment(TenantModel):
    """A credit or debit the brand makes to a supplier (a damaged delivery, a late fee): on the next statement."""

    supplier = fields.ForeignKeyField("supplier.Supplier", related_name="adjustments", on_delete=fields.RESTRICT)
    amount = MoneyField()
    reason = fields.CharField(max_length=200)
    created_by = fields.ForeignKeyField("core.User", related_name="supplier_adjustments", on_delete=fields.RESTRICT)
    statement = fields.ForeignKeyField("supplier.Statement", related_name="adjustments", null=True, on_delete=fields.RESTRICT)
    key = fields.CharField(max_length=128, description="the client's idempotency key: one adjustment per key")

    class Meta:
        table = "supplier_adjustment"
        unique_together = (("supplier", "key"),)


class DistributorOffer(TenantModel):
    """A distributor's choice for a supplier product: the profit mode, and its own price within the band
    (散装代销) or the price it collects (推广代收)."""

    distributor = fields.ForeignKeyField("core.User", related_name="supplier_offers", on_delete=fields.RESTRICT)
    supply = fields.ForeignKeyField("supplier.SupplierProduct", related_name="offers", on_delete=fields.RESTRICT)
    mode = fields.CharField(max_length=16)
    price = MoneyField(null=True, validators=PRICE.validators(), description="its unit price (resale, collect); empty: the retail price")
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "supplier_offer"
        unique_together = (("distributor", "supply"),)
