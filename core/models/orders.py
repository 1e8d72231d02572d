"""Orders and what happens to them: lines, adjustments, payments, shipments, refunds."""

import enum

from tortoise import fields

from fenxiao.core.models.base import TenantModel
from fenxiao.core.models.fields import MoneyField


class OrderStatus(str, enum.Enum):
    PENDING_PAYMENT = "pending_payment"
    PAID = "paid"
    SHIPPED = "shipped"
    READY_FOR_PICKUP = "ready_for_pickup"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    REFUNDED = "refunded"


class Order(TenantModel):
    number = fields.CharField(max_length=32)
    buyer = fields.ForeignKeyField("core.User", related_name="orders", on_delete=fields.RESTRICT)
    status = fields.CharEnumField(OrderStatus, default=OrderStatus.PENDING_PAYMENT, max_length=20)
    currency = fields.CharField(max_length=3)
    subtotal = MoneyField(description="sum of unit price × quantity")
    discount_total = MoneyField(default=0, description="sum of discounts (positive number)")
    shipping_total = MoneyField(default=0)
    fee_total = MoneyField(default=0, description="fees plugins added (positive adjustments)")
    total = MoneyField(description="what the buyer pays: subtotal − discounts + shipping + fees")
    refunded_total = MoneyField(default=0)
    ship_name = fields.CharField(max_length=100)
    ship_phone = fields.CharField(max_length=32)
    ship_region_code = fields.CharField(max_length=12)
    ship_address = fields.CharField(max_length=300)
    ship_postal_code = fields.CharField(max_length=16, default="")
    note = fields.CharField(max_length=500, default="")
    # Attribution: set from the input and by plugins at placement.
    referral_code = fields.CharField(max_length=64, null=True)
    seller = fields.ForeignKeyField("core.User", related_name="sold_orders", null=True, on_delete=fields.RESTRICT)
    store_id = fields.BigIntField(null=True)
    region_code = fields.CharField(max_length=12, null=True)
    fulfillment_method = fields.CharField(max_length=32, default="delivery")
    # False: nothing leaves a warehouse (virtual fulfilment). No description on purpose: aerich writes
    # COMMENT ON COLUMN with the table name unquoted, which PostgreSQL refuses for "order".
    physical = fields.BooleanField(default=True)
    # True: the buyer buys to sell on (a reseller's restock), not to use. Plugins that pay on retail
    # purchases (social commission) decide by merchant setting whether such orders count.
    for_resale = fields.BooleanField(default=False)
    attribution = fields.JSONField(default=dict)
    paid_at = fields.DatetimeField(null=True)
    shipped_at = fields.DatetimeField(null=True)
    completed_at = fields.DatetimeField(null=True)
    cancelled_at = fields.DatetimeField(null=True)
    expires_at = fields.DatetimeField(null=True, description="unpaid orders are cancelled after this")
    auto_complete_at = fields.DatetimeField(null=True, description="shipped orders complete after this")
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "order"
        unique_together = (("merchant", "number"),)
        indexes = (("merchant", "status"), ("merchant", "buyer"))


class OrderLine(TenantModel):
    order = fields.ForeignKeyField("core.Order", related_name="lines", on_delete=fields.CASCADE)
    product = fields.ForeignKeyField("core.Product", related_name="order_lines", on_delete=fields.RESTRICT)
    warehouse = fields.ForeignKeyField("core.Warehouse", related_name="order_lines", null=True, on_delete=fields.RESTRICT)
    sku = fields.CharField(max_length=64)
    title = fields.CharField(max_length=200)
    unit_price = MoneyField()
    quantity = fields.IntField()
    discount = MoneyField(default=0, description="this line's share of the discounts")
    total = MoneyField(description="what was paid for the line: unit price × quantity − discount")
    refunded_quantity = fields.IntField(default=0)
    refunded_amount = MoneyField(default=0)
    shipped_quantity = fields.IntField(default=0, description="units that left the warehouse (shipped, or handed over at a store)")
    released_quantity = fields.IntField(default=0, description="units refunded before they left: never to ship")

    class Meta:
        table = "order_line"


class OrderAdjustment(TenantModel):
    """A discount (negative) or fee (positive) a plugin or the core added at placement."""

    order = fields.ForeignKeyField("core.Order", related_name="adjustments", on_delete=fields.CASCADE)
    line = fields.ForeignKeyField("core.OrderLine", related_name="adjustments", null=True, on_delete=fields.CASCADE)
    source = fields.CharField(max_length=64)
    label = fields.CharField(max_length=200)
    amount = MoneyField()

    class Meta:
        table = "order_adjustment"


class PaymentStatus(str, enum.Enum):
    PENDING = "pending"
    SUCCEEDED = "succeeded"
    FAILED = "failed"


class Payment(TenantModel):
    order = fields.ForeignKeyField("core.Order", related_name="payments", on_delete=fields.CASCADE)
    gateway = fields.CharField(max_length=32)
    amount = MoneyField()
    refunded_amount = MoneyField(default=0)
    status = fields.CharEnumField(PaymentStatus, max_length=16)
    reference = fields.CharField(max_length=128, default="")
    provider_reference = fields.CharField(max_length=64, null=True, description="the provider's own transaction id, once it reports one")
    paid_at = fields.DatetimeField(null=True)

    class Meta:
        table = "payment"
        indexes = (("merchant", "gateway", "reference"),)
        unique_together = (("merchant", "gateway", "provider_reference"),)


class Shipment(TenantModel):
    order = fields.ForeignKeyField("core.Order", related_name="shipments", on_delete=fields.CASCADE)
    carrier = fields.CharField(max_length=64)
    tracking_number = fields.CharField(max_length=64)

    class Meta:
        table = "shipment"


class ShipmentLine(TenantModel):
    """Which units of which line a parcel carries: an order may leave in several parcels."""

    shipment = fields.ForeignKeyField("core.Shipment", related_name="lines", on_delete=fields.CASCADE)
    line = fields.ForeignKeyField("core.OrderLine", related_name="shipment_lines", on_delete=fields.CASCADE)
    quantity = fields.IntField()

    class Meta:
        table = "shipment_line"


class ShipmentEvent(TenantModel):
    shipment = fields.ForeignKeyField("core.Shipment", related_name="events", on_delete=fields.CASCADE)
    status = fields.CharField(max_length=32)
    description = fields.CharField(max_length=300, default="")
    location = fields.CharField(max_length=100, default="")
    occurred_at = fields.DatetimeField()

    class Meta:
        table = "shipment_event"


class RefundStatus(str, enum.Enum):
    SUCCEEDED = "succeeded"  # the money is back with the buyer (an offline refund is recorded once done)
    PENDING = "pending"      # asked of the provider that took the payment, not yet confirmed
    FAILED = "failed"        # the provider could not pay it back: staff settle it by hand


class Refund(TenantModel):
    order = fields.ForeignKeyField("core.Order", related_name="refunds", on_delete=fields.CASCADE)
    amount = MoneyField()
    shipping_amount = MoneyField(default=0)
    reason = fields.CharField(max_length=300, default="")
    restock = fields.BooleanField(default=False)
    actor = fields.ForeignKeyField("core.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    status = fields.CharEnumField(RefundStatus, default=RefundStatus.SUCCEEDED, max_length=16)
    reference = fields.CharField(max_length=64, null=True, description="our refund number at the provider (out_refund_no)")
    provider_reference = fields.CharField(max_length=64, null=True, description="the provider's own refund id")

    class Meta:
        table = "refund"
        unique_together = (("merchant", "reference"),)  # a provider's refund notification finds its refund by this


class RefundLine(TenantModel):
    refund = fields.ForeignKeyField("core.Refund", related_name="lines", on_delete=fields.CASCADE)
    line = fields.ForeignKeyField("core.OrderLine", related_name="refund_lines", on_delete=fields.CASCADE)
    quantity = fields.IntField()
    amount = MoneyField()
    unshipped_quantity = fields.IntField(default=0, description="of the units refunded, those that had not left the warehouse (released)")

    class Meta:
        table = "refund_line"


class RefundRequestStatus(str, enum.Enum):
    OPEN = "open"                        # waiting for staff's answer
    OFFERED = "offered"                  # staff proposed another amount: waiting for the buyer to accept or decline
    AWAITING_RETURN = "awaiting_return"  # a return approved: waiting for the buyer to send the goods back
    RETURN_SHIPPED = "return_shipped"    # waiting for staff to receive them
    APPEALED = "appealed"                # rejected, and the buyer appealed once: waiting for staff's final answer
    APPROVED = "approved"                # refunded
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    CLOSED = "closed"                    # a return never sent back in time


OPEN_REQUEST_STATES = frozenset({RefundRequestStatus.OPEN, RefundRequestStatus.OFFERED, RefundRequestStatus.AWAITING_RETURN, RefundRequestStatus.RETURN_SHIPPED,
                                 RefundRequestStatus.APPEALED})


class AfterSalesKind(str, enum.Enum):
    REFUND_ONLY = "refund_only"              # 仅退款: before shipment, or the buyer keeps what came
    RETURN_AND_REFUND = "return_and_refund"  # 退货退款: the goods come back first


class RefundRequest(TenantModel):
    """A buyer asks for their money back (售后): staff approve (the core refunds) or reject with a reason.

    One open request per order: `open_order_id` holds the order's id while the request is open and is
    emptied when it is answered or withdrawn (NULLs never conflict in the unique constraint). While one
    is open, nothing else is handed over or settled for the order as if all were well (a store's counter
    refuses the pickup)."""

    order = fields.ForeignKeyField("core.Order", related_name="refund_requests", on_delete=fields.CASCADE)
    buyer = fields.ForeignKeyField("core.User", related_name=False, on_delete=fields.RESTRICT)
    lines = fields.JSONField(null=True, description="[{lineId, quantity}] asked for; empty: everything left")
    reason = fields.CharField(max_length=300)
    status = fields.CharEnumField(RefundRequestStatus, default=RefundRequestStatus.OPEN, max_length=16)
    open_order_id = fields.BigIntField(null=True, unique=True)
    answer = fields.CharField(max_length=300, default="", description="why staff rejected it")
    reviewed_by = fields.ForeignKeyField("core.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    reviewed_at = fields.DatetimeField(null=True)
    refund = fields.ForeignKeyField("core.Refund", related_name=False, null=True, on_delete=fields.SET_NULL)
    kind = fields.CharEnumField(AfterSalesKind, default=AfterSalesKind.REFUND_ONLY, max_length=24)
    description = fields.CharField(max_length=1000, default="", description="what the buyer says happened")
    offered_amount = MoneyField(null=True, description="staff's offer instead of what the units are worth (accepted: the refund)")
    evidence = fields.JSONField(default=list, description="keys of the images the buyer attached (core.media), at most 9")
    due_at = fields.DatetimeField(null=True, description="when the step waiting now runs out (fenxiao settle acts on it)")
    appeal = fields.CharField(max_length=300, default="", description="the buyer's appeal of a rejection (once)")
    appealed_at = fields.DatetimeField(null=True)
    return_carrier = fields.CharField(max_length=64, default="")
    return_tracking = fields.CharField(max_length=64, default="")
    return_shipped_at = fields.DatetimeField(null=True)
    received_at = fields.DatetimeField(null=True, description="when staff received the goods sent back")
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "refund_request"
        indexes = (("merchant", "status"), ("status", "due_at"))


class AfterSalesStep(TenantModel):
    """One step of an after-sales case, as the buyer and staff see it: who did what, when, and why. Append-only."""

    request = fields.ForeignKeyField("core.RefundRequest", related_name="steps", on_delete=fields.CASCADE)
    actor = fields.ForeignKeyField("core.User", related_name=False, null=True, on_delete=fields.SET_NULL,
                                   description="empty: by the deadline (fenxiao settle)")
    action = fields.CharField(max_length=24, description="asked, offered, offer_accepted, offer_declined, approved, rejected, "
                                                          "appealed, return_shipped, received, refunded, withdrawn, closed")
    note = fields.CharField(max_length=300, default="")

    class Meta:
        table = "after_sales_step"
