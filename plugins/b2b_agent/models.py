"""Tables of regional agents (app "b2b_agent", tables prefixed agent_)."""

import enum

from tortoise import fields
from tortoise.models import Model

from fenxiao.plugins import AMOUNT, PRICE, MoneyField, Range, RateField, TenantModel

LEVEL = Range(1, 3)  # province, prefecture, county


class AgentDivision(Model):
    """China's administrative divisions (GB/T 2260), shared by every merchant: `fenxiao regions import`."""

    id = fields.BigIntField(primary_key=True)
    code = fields.CharField(max_length=12, unique=True)
    name = fields.CharField(max_length=100)
    level = fields.SmallIntField(description="1 province, 2 prefecture (city), 3 county (district)")
    parent_code = fields.CharField(max_length=12, null=True)
    active = fields.BooleanField(default=True, description="false once a refresh no longer lists it")
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "agent_division"
        indexes = (("parent_code",),)


class AgentRegion(TenantModel):
    """A region the merchant defines itself (markets outside China, sales areas)."""

    code = fields.CharField(max_length=12)
    name = fields.CharField(max_length=100)
    level = fields.SmallIntField(validators=LEVEL.validators(), description="1 to 3, like provinces, cities and districts")
    parent_code = fields.CharField(max_length=12, null=True)

    class Meta:
        table = "agent_region"
        unique_together = (("merchant", "code"),)


class AgentLevel(TenantModel):
    """An agent level bound to a region depth (省级 1, 市级 2, 区级 3) and its bonus rate."""

    name = fields.CharField(max_length=50)
    depth = fields.SmallIntField(validators=LEVEL.validators(), description="1 province, 2 city, 3 district")
    rate_bps = RateField()

    class Meta:
        table = "agent_level"
        unique_together = (("merchant", "depth"),)


class AgentApplicationStatus(str, enum.Enum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class AgentApplication(TenantModel):
    applicant = fields.ForeignKeyField("core.User", related_name="agent_applications", on_delete=fields.CASCADE)
    level = fields.ForeignKeyField("b2b_agent.AgentLevel", related_name="applications", on_delete=fields.RESTRICT)
    region_code = fields.CharField(max_length=12)
    real_name = fields.CharField(max_length=50)
    id_number = fields.CharField(max_length=32)
    phone = fields.CharField(max_length=32)
    agreement_version = fields.CharField(max_length=32)
    agreed_at = fields.DatetimeField()
    recommender = fields.ForeignKeyField("core.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    status = fields.CharEnumField(AgentApplicationStatus, default=AgentApplicationStatus.PENDING, max_length=16)
    reason = fields.CharField(max_length=300, default="")
    reviewed_by = fields.ForeignKeyField("core.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    reviewed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "agent_application"
        indexes = (("merchant", "status"),)


class TerritoryStatus(str, enum.Enum):
    ACTIVE = "active"
    SUSPENDED = "suspended"  # still held (exclusive), earns nothing


class AgentTerritory(TenantModel):
    """A region held by an agent. One holder per region: the unique (merchant, region) constraint is the exclusivity."""

    agent = fields.ForeignKeyField("core.User", related_name="agent_territories", on_delete=fields.RESTRICT)
    level = fields.ForeignKeyField("b2b_agent.AgentLevel", related_name="territories", on_delete=fields.RESTRICT)
    region_code = fields.CharField(max_length=12)
    status = fields.CharEnumField(TerritoryStatus, default=TerritoryStatus.ACTIVE, max_length=16)
    starts_at = fields.DatetimeField()
    ends_at = fields.DatetimeField()
    recommender = fields.ForeignKeyField("core.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    deposit = MoneyField(default=0, validators=AMOUNT.validators(), description="the deposit the brand asked for")
    threshold_purchase = MoneyField(default=0, validators=AMOUNT.validators(), description="the purchase the brand asked for to keep the territory")

    class Meta:
        table = "agent_territory"
        unique_together = (("merchant", "region_code"),)
        indexes = (("merchant", "agent"),)


class TerritoryAction(str, enum.Enum):
    GRANTED = "granted"
    RENEWED = "renewed"
    SUSPENDED = "suspended"
    RESUMED = "resumed"
    TRANSFERRED = "transferred"
    ENDED = "ended"


class AgentTerritoryEvent(TenantModel):
    """Append-only record of every change of a territory: who, what, why."""

    region_code = fields.CharField(max_length=12)
    action = fields.CharEnumField(TerritoryAction, max_length=16)
    agent = fields.ForeignKeyField("core.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    previous_agent = fields.ForeignKeyField("core.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    reason = fields.CharField(max_length=300, default="")
    details = fields.JSONField(default=dict)
    actor = fields.ForeignKeyField("core.User", related_name=False, null=True, on_delete=fields.SET_NULL)

    class Meta:
        table = "agent_territory_event"
        indexes = (("merchant", "region_code"),)


class AgentSalesperson(TenantModel):
    """A salesperson an agent added beside them (横向发展): invited by the agent, a salesperson
    (`active`) only once they accepted; `accepted_at` empty and not active is a pending invitation."""

    agent = fields.ForeignKeyField("core.User", related_name="agent_salespeople", on_delete=fields.CASCADE)
    salesperson = fields.ForeignKeyField("core.User", related_name="agent_salesperson_of", on_delete=fields.CASCADE)
    active = fields.BooleanField(default=True)
    invited_at = fields.DatetimeField(null=True, description="when the agent invited them (empty: added before invitations)")
    accepted_at = fields.DatetimeField(null=True, description="when they accepted; empty and not active: an invitation waiting")

    class Meta:
        table = "agent_salesperson"
        unique_together = (("merchant", "salesperson"),)


class AgentSale(TenantModel):
    """Sales credited to a territory holder (signed: refunds are negative), for targets and reports."""

    order = fields.ForeignKeyField("core.Order", related_name="agent_sales", on_delete=fields.CASCADE)
    agent = fields.ForeignKeyField("core.User", related_name="agent_sales", on_delete=fields.CASCADE)
    region_code = fields.CharField(max_length=12)
    amount = MoneyField()

    class Meta:
        table = "agent_sale"
        indexes = (("merchant", "agent", "created_at"),)


class AgentTarget(TenantModel):
    agent = fields.ForeignKeyField("core.User", related_name="agent_targets", on_delete=fields.CASCADE)
    starts_at = fields.DatetimeField()
    ends_at = fields.DatetimeField()
    amount = MoneyField(validators=PRICE.validators(), description="sales in the agent's territories to reach")

    class Meta:
        table = "agent_target"
        indexes = (("merchant", "agent"),)
