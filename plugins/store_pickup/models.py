"""Tables of stores and pickup (app "store_pickup", tables prefixed store_).

A store is a core warehouse with a place, hours and people: its stock is the core's stock in that
warehouse, moved only by the core's stock services.
"""

import enum

from tortoise import fields

from fenxiao.plugins import AMOUNT, MoneyField, Range, RateField, TenantModel

MINUTE_OF_DAY = Range(0, 1440, "minutes after midnight")
WEEKDAY = Range(0, 6, "(0 Monday … 6 Sunday)")
LEAD_MINUTES = Range(0, 7 * 24 * 60, "minutes")
PICKUP_DAYS = Range(1, 90, "days")
RADIUS_M = Range(0, 100_000, "metres")


class StoreStatus(str, enum.Enum):
    OPEN = "open"          # takes orders
    SUSPENDED = "suspended"  # closed for a while: no new orders, waiting ones are still handed over
    CLOSED = "closed"      # closed for good


class Store(TenantModel):
    code = fields.CharField(max_length=32)
    name = fields.CharField(max_length=100)
    phone = fields.CharField(max_length=32, default="")
    region_code = fields.CharField(max_length=12)
    address = fields.CharField(max_length=300)
    latitude = fields.FloatField()
    longitude = fields.FloatField()
    # The point as a unit vector: the database orders stores by straight-line distance through the
    # earth (the same order as great-circle distance) with arithmetic alone, on SQLite and PostgreSQL.
    unit_x = fields.FloatField()
    unit_y = fields.FloatField()
    unit_z = fields.FloatField()
    time_zone = fields.CharField(max_length=64)
    status = fields.CharEnumField(StoreStatus, default=StoreStatus.OPEN, max_length=16)
    warehouse = fields.OneToOneField("core.Warehouse", related_name="store", on_delete=fields.RESTRICT)
    manager = fields.ForeignKeyField("core.User", related_name="managed_stores", null=True, on_delete=fields.SET_NULL,
                                     description="receives the store commission")
    lead_minutes = fields.IntField(default=120, validators=LEAD_MINUTES.validators(), description="how long the store needs to get an order ready")
    pickup_days = fields.SmallIntField(null=True, validators=PICKUP_DAYS.validators(), description="days goods wait (empty: the merchant's setting)")
    delivery_radius_m = fields.IntField(default=0, validators=RADIUS_M.validators(), description="same-city delivery within this many metres (0: none)")
    delivery_fee = MoneyField(null=True, validators=AMOUNT.validators(), description="same-city delivery fee (empty: the merchant's)")
    store_bps = RateField(null=True, description="store commission (empty: the merchant's rate)")
    clerk_bps = RateField(null=True, description="clerk commission (empty: the merchant's rate)")
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "store"
        unique_together = (("merchant", "code"),)
        indexes = (("merchant", "latitude", "longitude"), ("merchant", "region_code"))


class StoreHours(TenantModel):
    """One opening interval of a weekday, in the store's time zone: opens ≤ minute < closes."""

    store = fields.ForeignKeyField("store_pickup.Store", related_name="hours", on_delete=fields.CASCADE)
    weekday = fields.SmallIntField(validators=WEEKDAY.validators())
    opens = fields.SmallIntField(validators=MINUTE_OF_DAY.validators())
    closes = fields.SmallIntField(validators=MINUTE_OF_DAY.validators())

    class Meta:
        table = "store_hours"
        indexes = (("store", "weekday"),)


class StoreException(TenantModel):
    """A dated exception to the weekly hours: closed all day (no interval) or open only these hours."""

    store = fields.ForeignKeyField("store_pickup.Store", related_name="exceptions", on_delete=fields.CASCADE)
    date = fields.DateField()
    opens = fields.SmallIntField(null=True, validators=MINUTE_OF_DAY.validators())
    closes = fields.SmallIntField(null=True, validators=MINUTE_OF_DAY.validators())
    note = fields.CharField(max_length=100, default="")

    class Meta:
        table = "store_exception"
        indexes = (("store", "date"),)


class StoreClerk(TenantModel):
    """A member working at a store: verifies pickups there and sells as the store's distributor."""

    store = fields.ForeignKeyField("store_pickup.Store", related_name="clerks", on_delete=fields.CASCADE)
    user = fields.ForeignKeyField("core.User", related_name="store_clerkships", on_delete=fields.CASCADE)
    active = fields.BooleanField(default=True)

    class Meta:
        table = "store_clerk"
        unique_together = (("store", "user"),)
        indexes = (("merchant", "user"),)


class PickupStatus(str, enum.Enum):
    WAITING = "waiting"      # paid (or not yet), being prepared
    READY = "ready"          # at the counter, code live
    PICKED_UP = "picked_up"
    EXPIRED = "expired"      # the window ended: refunded
    CANCELLED = "cancelled"  # the order was cancelled or refunded in full


class StorePickup(TenantModel):
    """An order fulfilled by a store: picked up at its counter or delivered by it in the same city.

    The pickup code is unique per store among live codes by the unique (store, live_code) constraint:
    `live_code` holds the code while it may be used and is emptied (NULL, which never conflicts)
    once it is used, expired or void — so codes can be reused later, never while live."""

    order = fields.OneToOneField("core.Order", related_name="store_pickup", on_delete=fields.CASCADE)
    store = fields.ForeignKeyField("store_pickup.Store", related_name="pickups", on_delete=fields.RESTRICT)
    method = fields.CharField(max_length=16, description="pickup or delivery")
    status = fields.CharEnumField(PickupStatus, default=PickupStatus.WAITING, max_length=16)
    seller = fields.ForeignKeyField("core.User", related_name=False, null=True, on_delete=fields.SET_NULL,
                                    description="the clerk who sold it (their link or at the counter)")
    ready_line_ids = fields.JSONField(default=list, description="lines marked ready so far")
    code = fields.CharField(max_length=16, null=True)
    live_code = fields.CharField(max_length=16, null=True)
    ready_at = fields.DatetimeField(null=True)
    expires_at = fields.DatetimeField(null=True, description="the end of the pickup window")
    extended = fields.BooleanField(default=False, description="the window was extended once")
    distance_m = fields.IntField(null=True, description="same-city delivery: from the store to the buyer")
    picked_up_at = fields.DatetimeField(null=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "store_pickup"
        unique_together = (("store", "live_code"),)
        indexes = (("merchant", "store", "status"), ("merchant", "status", "expires_at"))


class StoreVerification(TenantModel):
    """Append-only: one handover at a counter — who, where, when, what was taken and what refused."""

    store = fields.ForeignKeyField("store_pickup.Store", related_name="verifications", on_delete=fields.RESTRICT)
    order = fields.ForeignKeyField("core.Order", related_name="store_verifications", on_delete=fields.RESTRICT)
    clerk = fields.ForeignKeyField("core.User", related_name=False, on_delete=fields.RESTRICT)
    code = fields.CharField(max_length=16, null=True, description="the code shown, when verified by code")
    lines = fields.JSONField(description="[{lineId, handedOver, rejected}] per line")
    handed_over = fields.IntField(description="units handed over")
    rejected = fields.IntField(description="units the buyer refused at the counter (refunded)")

    class Meta:
        table = "store_verification"
        indexes = (("merchant", "store", "created_at"),)
