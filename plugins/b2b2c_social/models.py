"""Tables of social distribution (app "b2b2c_social", tables prefixed social_)."""

import enum

from tortoise import fields

from fenxiao.plugins import AMOUNT, COUNT, RANK, MoneyField, Range, RateField, TenantModel
from fenxiao.plugins.b2b2c_social.rules import RuleMode

TARGET = Range(1, 2_000_000_000)  # members, or minor units of sales: zero would be reached by everyone at once


class MemberStatus(str, enum.Enum):
    CUSTOMER = "customer"  # in the network (bound or not), not a distributor
    ACTIVE = "active"      # a distributor who earns
    FROZEN = "frozen"      # a distributor who does not earn for now
    REMOVED = "removed"    # no longer a distributor; stays in the network


class SocialMember(TenantModel):
    """A member's place in the network and their counters.

    `path` is the materialized path of user ids from the root down to the
    member ("/12/45/78/"): the whole ancestor chain is in one row, and a team
    is a prefix range. The team counters are kept up to date on every bind,
    move and payment, so a distributor's dashboard is one row read however
    large the network.
    """

    user = fields.ForeignKeyField("core.User", related_name="social_members", on_delete=fields.CASCADE)
    upline = fields.ForeignKeyField("core.User", related_name="social_downlines", null=True, on_delete=fields.RESTRICT)
    path = fields.TextField()
    depth = fields.IntField(default=0, description="number of uplines above the member")
    bound_at = fields.DatetimeField(null=True)
    binding_expires_at = fields.DatetimeField(null=True)
    status = fields.CharEnumField(MemberStatus, default=MemberStatus.CUSTOMER, max_length=16)
    share_code = fields.CharField(max_length=16, null=True)
    grade = fields.ForeignKeyField("b2b2c_social.SocialGrade", related_name="members", null=True, on_delete=fields.RESTRICT)
    became_distributor_at = fields.DatetimeField(null=True)
    own_purchases = MoneyField(default=0, description="net paid for the member's own orders")
    own_orders = fields.IntField(default=0, description="the member's paid orders")
    completed_purchases = MoneyField(default=0)
    completed_orders = fields.IntField(default=0)
    team_l1 = fields.IntField(default=0)
    team_l2 = fields.IntField(default=0)
    team_l3 = fields.IntField(default=0)
    team_total = fields.IntField(default=0)
    sales_l1 = MoneyField(default=0)
    sales_l2 = MoneyField(default=0)
    sales_l3 = MoneyField(default=0)
    sales_total = MoneyField(default=0)

    class Meta:
        table = "social_member"
        unique_together = (("merchant", "user"), ("merchant", "share_code"))
        # No index on `path`: it grows with depth (PostgreSQL btree entries are limited to ~2.7 kB);
        # subtrees are walked through the upline index instead.
        indexes = (("merchant", "upline"), ("merchant", "status"), ("merchant", "grade"))


class BindingAction(str, enum.Enum):
    BIND = "bind"
    REBIND = "rebind"
    EXPIRE = "expire"
    ADMIN_MOVE = "admin_move"


class BindingSource(str, enum.Enum):
    CODE = "code"
    LINK = "link"
    REGISTER = "register"
    ORDER = "order"
    ADMIN = "admin"
    SYSTEM = "system"


class SocialBindingEvent(TenantModel):
    """Append-only history of every change of a member's upline."""

    member = fields.ForeignKeyField("core.User", related_name="social_binding_events", on_delete=fields.CASCADE)
    action = fields.CharEnumField(BindingAction, max_length=16)
    source = fields.CharEnumField(BindingSource, max_length=16)
    old_upline = fields.ForeignKeyField("core.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    new_upline = fields.ForeignKeyField("core.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    code = fields.CharField(max_length=16, default="")
    reason = fields.CharField(max_length=300, default="")
    actor = fields.ForeignKeyField("core.User", related_name=False, null=True, on_delete=fields.SET_NULL)

    class Meta:
        table = "social_binding_event"
        indexes = (("merchant", "member"), ("merchant", "new_upline", "created_at"))


class ApplicationStatus(str, enum.Enum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class SocialApplication(TenantModel):
    applicant = fields.ForeignKeyField("core.User", related_name="social_applications", on_delete=fields.CASCADE)
    answers = fields.JSONField(default=dict, description="the answers to the merchant's application form")
    status = fields.CharEnumField(ApplicationStatus, default=ApplicationStatus.PENDING, max_length=16)
    reason = fields.CharField(max_length=300, default="")
    reviewed_by = fields.ForeignKeyField("core.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    reviewed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "social_application"
        indexes = (("merchant", "status"),)


class SocialGrade(TenantModel):
    """A distributor grade: its rates per level and what it takes to reach it."""

    name = fields.CharField(max_length=50)
    rank = fields.IntField(validators=RANK.validators(), description="higher is better; grades are reached in rank order")
    l1_bps = RateField(null=True, description="level-1 rate for distributors of this grade (null: the merchant's)")
    l2_bps = RateField(null=True)
    l3_bps = RateField(null=True)
    require_all = fields.BooleanField(default=True, description="all criteria set must be met (else any one)")
    own_sales_min = MoneyField(null=True, validators=AMOUNT.validators(), description="own purchases plus direct referrals' purchases")
    team_sales_min = MoneyField(null=True, validators=AMOUNT.validators())
    direct_recruits_min = fields.IntField(null=True, validators=COUNT.validators())
    team_size_min = fields.IntField(null=True, validators=COUNT.validators())

    class Meta:
        table = "social_grade"
        unique_together = (("merchant", "rank"), ("merchant", "name"))


class MemberChangeKind(str, enum.Enum):
    STATUS = "status"
    GRADE = "grade"


class SocialMemberChange(TenantModel):
    """Append-only log of status and grade changes: automatic ones (actor null) and the merchant's."""

    member = fields.ForeignKeyField("core.User", related_name="social_member_changes", on_delete=fields.CASCADE)
    kind = fields.CharEnumField(MemberChangeKind, max_length=16)
    old_value = fields.CharField(max_length=64, default="")
    new_value = fields.CharField(max_length=64, default="")
    reason = fields.CharField(max_length=300)
    actor = fields.ForeignKeyField("core.User", related_name=False, null=True, on_delete=fields.SET_NULL)

    class Meta:
        table = "social_member_change"
        indexes = (("merchant", "member"),)


class SocialProductRule(TenantModel):
    """A product's own commission: basis points of the line, or a fixed amount per unit, per level."""

    product = fields.ForeignKeyField("core.Product", related_name="social_rules", on_delete=fields.CASCADE)
    mode = fields.CharEnumField(RuleMode, max_length=8)
    level1 = fields.IntField(default=0, validators=AMOUNT.validators(), description="basis points (rate) or minor units per unit (fixed)")
    level2 = fields.IntField(default=0, validators=AMOUNT.validators())
    level3 = fields.IntField(default=0, validators=AMOUNT.validators())

    class Meta:
        table = "social_product_rule"
        unique_together = (("merchant", "product"),)


class SocialOrderSnapshot(TenantModel):
    """The rules in force when an order was paid, and what they paid: the order's commission record."""

    order = fields.ForeignKeyField("core.Order", related_name="social_snapshots", on_delete=fields.CASCADE)
    rules = fields.JSONField(description="config, product rules and grades used")
    shares = fields.JSONField(description="per line: level, beneficiary, amount, rate, basis")

    class Meta:
        table = "social_order_snapshot"
        unique_together = (("merchant", "order"),)


class SocialSale(TenantModel):
    """A sale credited to a distributor (the level-1 earner of an order), signed: refunds are negative.

    Dated rows, so leaderboards and tasks can sum any period.
    """

    order = fields.ForeignKeyField("core.Order", related_name="social_sales", on_delete=fields.CASCADE)
    distributor = fields.ForeignKeyField("core.User", related_name="social_sales", on_delete=fields.CASCADE)
    amount = MoneyField()

    class Meta:
        table = "social_sale"
        indexes = (("merchant", "created_at"), ("merchant", "distributor", "created_at"))


class TaskMetric(str, enum.Enum):
    RECRUITS = "recruits"          # members newly bound under the distributor in the period
    DISTRIBUTORS = "distributors"  # direct referrals who became distributors in the period
    SALES = "sales"                # sales credited to the distributor in the period (minor units)


class RewardKind(str, enum.Enum):
    CASH = "cash"
    PRODUCT = "product"


class SocialTask(TenantModel):
    title = fields.CharField(max_length=100)
    metric = fields.CharEnumField(TaskMetric, max_length=16)
    target = fields.BigIntField(validators=TARGET.validators(), description="members, or minor units of sales")
    starts_at = fields.DatetimeField()
    ends_at = fields.DatetimeField()
    reward_kind = fields.CharEnumField(RewardKind, max_length=16)
    reward_amount = MoneyField(null=True, validators=AMOUNT.validators(), description="cash rewards")
    reward_product = fields.ForeignKeyField("core.Product", related_name="social_tasks", null=True, on_delete=fields.RESTRICT)
    is_active = fields.BooleanField(default=True)

    class Meta:
        table = "social_task"


class SocialTaskReward(TenantModel):
    """A reward earned: cash credited at once, a product claimed later as a free order."""

    task = fields.ForeignKeyField("b2b2c_social.SocialTask", related_name="rewards", on_delete=fields.RESTRICT)
    member = fields.ForeignKeyField("core.User", related_name="social_task_rewards", on_delete=fields.CASCADE)
    claimed_order = fields.ForeignKeyField("core.Order", related_name=False, null=True, on_delete=fields.SET_NULL)

    class Meta:
        table = "social_task_reward"
        unique_together = (("merchant", "task", "member"),)
