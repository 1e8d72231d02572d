"""GraphQL of social distribution: the distributor's side (socialMe, socialMyTeam …) and the
merchant's (reviews, moves, statuses, grades; generated admin lists and CRUD for its tables)."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Annotated, Any

import strawberry
from strawberry.scalars import JSON
from tortoise.expressions import Subquery
from tortoise.timezone import now as utcnow

from fenxiao.core.models import Commission, CommissionState, User
from fenxiao.core.privacy import mask_name
from fenxiao.core.services import accounts, orders
from fenxiao.plugins import BPS, refuse_own, MEMBER, OWNER, SHOPPER, STAFF, AdminModel, Connection, decode_id, DomainError, DomainErrors, encode_id, ErrorCode, graphql_enum, Guard, Money, node_ref, PageArgs, paginate, Payload, SchemaContribution
from fenxiao.plugins.b2b2c_social import models as m
from fenxiao.plugins.b2b2c_social import network, rules, service
from fenxiao.schema.admin import with_computed
from fenxiao.schema import references
from fenxiao.schema.orders import AddressInput

NAME = network.NAME
MemberStatusEnum = graphql_enum(m.MemberStatus)
CommissionStateEnum = graphql_enum(CommissionState)
ApplicationNode = node_ref("SocialApplication")
TaskNode = node_ref("SocialTask")
SocialMemberNode = node_ref("SocialMember")
OrderNode = node_ref("Order")


@strawberry.enum
class SocialMetric(enum.Enum):
    SALES = "sales"
    COMMISSION = "commission"
    RECRUITS = "recruits"


@strawberry.enum
class SocialPeriod(enum.Enum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    CUSTOM = "custom"


@strawberry.enum
class SocialBindSource(enum.Enum):
    CODE = "code"
    LINK = "link"


async def _display_name(info: strawberry.Info, user_id: int) -> str:
    user = await info.context.loaders.by_id(User).load(user_id)
    return user.display_name if user else ""


@strawberry.type(description="Someone in your network, as you may see them: the name masked.")
class SocialPerson:
    @strawberry.field
    async def name(self, info: strawberry.Info) -> str:
        return mask_name(await _display_name(info, self.user_id))

    @strawberry.field(description="when they joined your network")
    def bound_at(self) -> datetime | None:
        return self.bound_at

    @strawberry.field
    def is_distributor(self) -> bool:
        return self.status == m.MemberStatus.ACTIVE

    @strawberry.field(description="members below them")
    def team_size(self) -> int:
        return self.team_total


@strawberry.type
class SocialTeamCounts:
    level1: int
    level2: int
    level3: int
    total: int


@strawberry.type
class SocialSales:
    own: Money = strawberry.field(description="your own purchases")
    level1: Money
    level2: Money
    level3: Money
    total: Money = strawberry.field(description="purchases of your whole team")


@strawberry.type
class SocialCriterion:
    name: str
    current: int
    target: int
    met: bool


@strawberry.type
class SocialGradeProgress:
    grade: str
    require_all: bool
    criteria: list[SocialCriterion]


@strawberry.type(description="Your place in the merchant's social distribution.")
class SocialProfile:
    """Read from the member's row; the upline, grades and application are loaded only when asked for,
    so a dashboard showing team counts costs one query."""

    _row: strawberry.Private[Any]

    def _is_distributor(self) -> bool:
        return self._row.share_code is not None and self._row.status in (m.MemberStatus.ACTIVE, m.MemberStatus.FROZEN)

    @strawberry.field
    def status(self) -> MemberStatusEnum:
        return m.MemberStatus(self._row.status)

    @strawberry.field
    def share_code(self) -> str | None:
        return self._row.share_code if self._is_distributor() else None

    @strawberry.field
    def share_link(self, info: strawberry.Info) -> str | None:
        return service.config(info.context.hooks()).share_url.replace("{code}", self._row.share_code) if self._is_distributor() else None

    @strawberry.field
    async def upline(self, info: strawberry.Info) -> SocialPerson | None:
        if self._row.upline_id is None:
            return None
        return await m.SocialMember.get_or_none(merchant_id=info.context.merchant.id, user_id=self._row.upline_id)

    @strawberry.field
    async def grade(self, info: strawberry.Info) -> str | None:
        current = next((g for g in await _grades(info) if g.id == self._row.grade_id), None)
        return current.name if current else None

    @strawberry.field
    async def next_grade(self, info: strawberry.Info) -> SocialGradeProgress | None:
        grades = await _grades(info)
        current = next((g for g in grades if g.id == self._row.grade_id), None)
        coming = rules.next_grade(service._grade_rules(grades), current.rank if current else None)
        if coming is None or self._row.status != m.MemberStatus.ACTIVE:
            return None
        stats = rules.GradeStats.of(network.stats(self._row))
        grade = next(g for g in grades if g.id == coming.grade_id)
        return SocialGradeProgress(grade=grade.name, require_all=coming.require_all, criteria=[
            SocialCriterion(name=c.name, current=c.current, target=c.target, met=c.met) for c in rules.criteria(stats, coming)])

    @strawberry.field
    def team(self) -> SocialTeamCounts:
        row = self._row
        return SocialTeamCounts(level1=row.team_l1, level2=row.team_l2, level3=row.team_l3, total=row.team_total)

    @strawberry.field
    def sales(self, info: strawberry.Info) -> SocialSales:
        row, currency = self._row, info.context.currency
        return SocialSales(**{k: Money(minor=v, currency=currency) for k, v in (
            ("own", row.own_purchases), ("level1", row.sales_l1), ("level2", row.sales_l2), ("level3", row.sales_l3),
            ("total", row.sales_total))})

    @strawberry.field
    async def application(self, info: strawberry.Info) -> ApplicationNode | None:
        ctx = info.context
        return await m.SocialApplication.filter(merchant_id=ctx.merchant.id, applicant_id=self._row.user_id).order_by("-id").first()


async def _grades(info: strawberry.Info) -> list[m.SocialGrade]:
    """The merchant's grades, lowest first: one query per request however many fields ask."""
    merchant_id = info.context.merchant.id

    async def load(_keys: list[int]) -> list[list[m.SocialGrade]]:
        return [await m.SocialGrade.filter(merchant_id=merchant_id).order_by("rank")]

    return await info.context.loaders.custom("social_grades", load).load(merchant_id)


# Read with each commission of a page (no query or coroutine per row): its order's number and buyer.
COMMISSION_ORDER = {
    "order_number": '(SELECT o.number FROM "order" o WHERE o.id = "commission"."order_id")',
    "buyer_name": '(SELECT u.display_name FROM "order" o JOIN "user" u ON u.id = o.buyer_id WHERE o.id = "commission"."order_id")',
}


@strawberry.type(description="A commission you earn, on an order whose buyer is masked.")
class SocialCommission:
    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("Commission", self.id))

    @strawberry.field
    def order_number(self) -> str:
        return self.order_number

    @strawberry.field
    def buyer(self) -> str:
        return mask_name(self.buyer_name or "")

    @strawberry.field
    def level(self) -> int:
        return self.level

    @strawberry.field
    def amount(self, info: strawberry.Info) -> Money:
        return Money(minor=self.amount, currency=info.context.currency)

    @strawberry.field
    def reversed_amount(self, info: strawberry.Info) -> Money:
        return Money(minor=self.reversed_amount, currency=info.context.currency)

    @strawberry.field
    def state(self) -> CommissionStateEnum:
        return CommissionState(self.state)

    @strawberry.field
    def created_at(self) -> datetime:
        return self.created_at


@strawberry.type
class SocialTaskProgress:
    task: TaskNode
    progress: int
    achieved: bool
    reward_earned: bool
    reward_claimed: bool


@strawberry.type
class SocialLeaderboardEntry:
    rank: int
    name: str
    value: int = strawberry.field(description="members, or minor units of money")
    is_me: bool


# --- inputs and payloads ---


@strawberry.input
class SocialApplyInput:
    answers: JSON = strawberry.field(description="answers to the merchant's application form, by field key")


@strawberry.type
class SocialApplyPayload(Payload):
    application: ApplicationNode | None = None


@strawberry.input
class SocialBindInput:
    code: str
    source: SocialBindSource = SocialBindSource.CODE


@strawberry.type
class SocialBindPayload(Payload):
    profile: SocialProfile | None = None


@strawberry.input
class SocialRewardClaimInput:
    task_id: strawberry.ID
    shipping_address: AddressInput = strawberry.field(description="yours, or a friend's")


@strawberry.type
class SocialRewardClaimPayload(Payload):
    order: OrderNode | None = None


@strawberry.input
class SocialApplicationReviewInput:
    application_id: strawberry.ID
    approve: bool
    reason: str = ""


@strawberry.input
class SocialDistributorInviteInput:
    member_id: strawberry.ID = strawberry.field(description=references.MEMBER_ID)
    reason: str = "invited by the merchant"


@strawberry.input
class SocialDistributorStatusSetInput:
    member_id: strawberry.ID = strawberry.field(description=references.MEMBER_ID)
    status: MemberStatusEnum
    reason: str


@strawberry.input
class SocialMemberMoveInput:
    member_id: strawberry.ID = strawberry.field(description=references.MEMBER_ID)
    upline_id: strawberry.ID | None = strawberry.field(description=f"the new upline, or null to make the member a root: {references.MEMBER_ID}")
    reason: str


@strawberry.input
class SocialGradeSetInput:
    member_id: strawberry.ID = strawberry.field(description=references.MEMBER_ID)
    grade_id: strawberry.ID | None
    reason: str


@strawberry.type
class SocialMemberPayload(Payload):
    member: SocialMemberNode | None = None


# --- resolvers ---


async def profile(ctx: Any) -> SocialProfile:
    return SocialProfile(_row=await network.member(ctx.merchant.id, ctx.user.id))


@strawberry.type
class SocialQuery:
    @strawberry.field(extensions=[Guard(MEMBER)], description="Your share code and link, upline, grade, team and sales.")
    async def social_me(self, info: strawberry.Info) -> SocialProfile:
        return await profile(info.context)

    @strawberry.field(extensions=[Guard(MEMBER)], description="Members of your team at a level (1 = those you brought in).")
    async def social_my_team(self, info: strawberry.Info, level: int = 1, first: int | None = None, after: str | None = None,
                             last: int | None = None, before: str | None = None) -> Connection[SocialPerson]:
        ctx = info.context
        if not 1 <= level <= rules.STAT_LEVELS:
            raise DomainError(ErrorCode.INVALID, f"a level from 1 to {rules.STAT_LEVELS}", "level")
        uplines: Any = [ctx.user.id]
        for _ in range(level - 1):
            uplines = Subquery(m.SocialMember.filter(merchant_id=ctx.merchant.id, upline_id__in=uplines).values("user_id"))
        queryset = m.SocialMember.filter(merchant_id=ctx.merchant.id, upline_id__in=uplines).order_by("-bound_at", "id")
        return await paginate(queryset, PageArgs(first, after, last, before), ctx.settings.default_page_size, ctx.settings.max_page_size)

    @strawberry.field(extensions=[Guard(MEMBER)], description="Commissions you earn from social distribution, newest first.")
    async def social_my_commissions(self, info: strawberry.Info, state: CommissionStateEnum | None = None, first: int | None = None,
                                    after: str | None = None, last: int | None = None, before: str | None = None) -> Connection[SocialCommission]:
        ctx = info.context
        queryset = with_computed(Commission.filter(merchant_id=ctx.merchant.id, beneficiary_id=ctx.user.id, source=NAME), COMMISSION_ORDER)
        if state is not None:
            queryset = queryset.filter(state=CommissionState(state.value))
        return await paginate(queryset.order_by("-id"), PageArgs(first, after, last, before), ctx.settings.default_page_size, ctx.settings.max_page_size)

    @strawberry.field(extensions=[Guard(MEMBER)], description="The merchant's active tasks and your progress on each.")
    async def social_my_tasks(self, info: strawberry.Info) -> list[SocialTaskProgress]:
        ctx = info.context
        tasks = await m.SocialTask.filter(merchant_id=ctx.merchant.id, is_active=True).order_by("ends_at", "id")
        rewards = {r.task_id: r for r in await m.SocialTaskReward.filter(merchant_id=ctx.merchant.id, member_id=ctx.user.id)}
        views = []
        for task in tasks:
            current = (await service.task_progress(ctx.merchant.id, task, [ctx.user.id])).get(ctx.user.id, 0)
            reward = rewards.get(task.id)
            views.append(SocialTaskProgress(task=task, progress=current, achieved=current >= task.target,
                                            reward_earned=reward is not None, reward_claimed=bool(reward and reward.claimed_order_id)))
        return views

    @strawberry.field(extensions=[Guard(MEMBER)], description="Top distributors of a period (names masked).")
    async def social_leaderboard(self, info: strawberry.Info, metric: SocialMetric, period: SocialPeriod,
                                 from_: Annotated[datetime | None, strawberry.argument(name="from")] = None,
                                 to: datetime | None = None, first: int = 10) -> list[SocialLeaderboardEntry]:
        ctx = info.context
        if not 1 <= first <= 100:
            raise DomainError(ErrorCode.LIMIT_EXCEEDED, "first must be between 1 and 100", "first")
        begin, end = service.period_bounds(period.value, service.config(ctx.hooks()).timezone, utcnow(), from_, to)
        top = await service.leaderboard(ctx.merchant.id, metric.value, begin, end, first)
        entries = []
        for rank, (user_id, value) in enumerate(top, start=1):
            name = await _display_name(info, user_id)
            me = user_id == ctx.user.id
            entries.append(SocialLeaderboardEntry(rank=rank, name=name if me else mask_name(name), value=value, is_me=me))
        return entries


@strawberry.type
class SocialMutation:
    @strawberry.mutation(extensions=[Guard(MEMBER)], description="Apply to become a distributor (application mode).")
    async def social_apply(self, info: strawberry.Info, input: SocialApplyInput) -> SocialApplyPayload:
        ctx = info.context
        return SocialApplyPayload(application=await service.apply(ctx.hooks(), ctx.user, input.answers))

    @strawberry.mutation(extensions=[Guard(SHOPPER)], description="Join a distributor's network by their share code or link.")
    async def social_bind(self, info: strawberry.Info, input: SocialBindInput) -> SocialBindPayload:
        ctx = info.context
        hooks = ctx.hooks()
        _, joined = await accounts.join(hooks, ctx.user)
        source = m.BindingSource.LINK if input.source == SocialBindSource.LINK else m.BindingSource.CODE
        await network.bind(hooks, ctx.user.id, input.code, source, is_new_member=joined, strict=True)
        await ctx.refresh_roles()
        return SocialBindPayload(profile=await profile(ctx))

    @strawberry.mutation(extensions=[Guard(MEMBER)], description="Claim a product reward of an achieved task: a free order to you or a friend.")
    async def social_reward_claim(self, info: strawberry.Info, input: SocialRewardClaimInput) -> SocialRewardClaimPayload:
        ctx = info.context
        hooks = ctx.hooks()
        task_id = decode_id(input.task_id, "SocialTask", "taskId")
        task, _ = await service.reward_product(hooks, task_id, ctx.user.id)
        a = input.shipping_address
        order = await orders.place(hooks, ctx.user, orders.PlaceOrder(
            lines=[orders.LineInput(task.reward_product_id, 1)],
            address=orders.AddressInput(a.name, a.phone, a.region_code, a.address, a.postal_code),
            fulfillment_method="social_reward", attribution={NAME: {service.REWARD_TASK: task_id}}))
        await orders.pay(hooks, order, ctx.manager.gateway("manual"), f"task-reward-{task_id}")
        return SocialRewardClaimPayload(order=order)

    @strawberry.mutation(extensions=[Guard(STAFF)], description="Approve or reject (with a reason) an application.")
    async def social_application_review(self, info: strawberry.Info, input: SocialApplicationReviewInput) -> SocialApplyPayload:
        ctx = info.context
        application = await m.SocialApplication.filter(
            merchant_id=ctx.merchant.id, id=decode_id(input.application_id, "SocialApplication", "applicationId")).select_for_update().first()
        if application is None:
            raise DomainError(ErrorCode.NOT_FOUND, "no such application", "applicationId")
        return SocialApplyPayload(application=await service.review(ctx.hooks(), application, input.approve, input.reason, ctx.user))

    @strawberry.mutation(extensions=[Guard(STAFF)], description="Make a member a distributor (invitation).")
    async def social_distributor_invite(self, info: strawberry.Info, input: SocialDistributorInviteInput) -> SocialMemberPayload:
        ctx = info.context
        user_id = await references.member(ctx, input.member_id, "memberId")
        refuse_own(ctx.user.id, user_id, "make a distributor of", "memberId")
        return SocialMemberPayload(member=await service.promote(ctx.hooks(), user_id, input.reason or "invited", ctx.user))

    @strawberry.mutation(extensions=[Guard(STAFF)], description="Freeze, reactivate or remove a distributor, with a reason.")
    async def social_distributor_status_set(self, info: strawberry.Info, input: SocialDistributorStatusSetInput) -> SocialMemberPayload:
        ctx = info.context
        user_id = await references.member(ctx, input.member_id, "memberId")
        status = m.MemberStatus(input.status.value)
        if status == m.MemberStatus.CUSTOMER:
            raise DomainError(ErrorCode.INVALID, "use removed to end a distributorship", "status")
        row = await service.set_status(ctx.hooks(), user_id, status, input.reason, ctx.user)
        ctx.audit("SocialMember", row.user_id, None, {"status": status.value, "reason": input.reason})
        return SocialMemberPayload(member=row)

    @strawberry.mutation(extensions=[Guard(OWNER)], description="Move a member (with their team) to another upline, with a reason.")
    async def social_member_move(self, info: strawberry.Info, input: SocialMemberMoveInput) -> SocialMemberPayload:
        ctx = info.context
        user_id = await references.member(ctx, input.member_id, "memberId")
        upline_id = await references.optional_member(ctx, input.upline_id, "uplineId")
        refuse_own(ctx.user.id, user_id, "move in the network", "memberId")
        if not input.reason.strip():
            raise DomainError(ErrorCode.REQUIRED, "say why", "reason")
        before = (await network.member(ctx.merchant.id, user_id)).upline_id
        row = await network.admin_move(ctx.hooks(), user_id, upline_id, input.reason.strip())
        ctx.audit("SocialMember", user_id, {"upline": before}, {"upline": upline_id, "reason": input.reason.strip()})
        return SocialMemberPayload(member=row)

    @strawberry.mutation(extensions=[Guard(STAFF)], description="Set a distributor's grade by hand (up or down), with a reason.")
    async def social_grade_set(self, info: strawberry.Info, input: SocialGradeSetInput) -> SocialMemberPayload:
        ctx = info.context
        user_id = await references.member(ctx, input.member_id, "memberId")
        grade_id = decode_id(input.grade_id, "SocialGrade", "gradeId") if input.grade_id else None
        before = (await network.member(ctx.merchant.id, user_id)).grade_id
        row = await service.set_grade(ctx.hooks(), user_id, grade_id, input.reason, ctx.user)
        ctx.audit("SocialMember", row.user_id, {"grade": before}, {"grade": grade_id, "reason": input.reason})
        return SocialMemberPayload(member=row)


# --- generated admin for the plugin's tables ---


def _rates(*names: str):
    async def validate(row: Any, ctx: Any) -> None:
        errors = [DomainError(ErrorCode.INVALID, "between 0 and 10000 basis points", name.replace("_bps", "Bps"))
                  for name in names if getattr(row, name) is not None and not 0 <= getattr(row, name) <= BPS]
        DomainErrors.raise_if_any(errors)

    return validate


async def _validate_rule(row: m.SocialProductRule, ctx: Any) -> None:
    values = (row.level1, row.level2, row.level3)
    if any(v < 0 for v in values):
        raise DomainError(ErrorCode.INVALID, "must not be negative", "level1")
    if row.mode == rules.RuleMode.RATE and any(v > BPS for v in values):
        raise DomainError(ErrorCode.INVALID, "a rate is at most 10000 basis points", "level1")


async def _validate_task(row: m.SocialTask, ctx: Any) -> None:
    errors = []
    if row.ends_at <= row.starts_at:
        errors.append(DomainError(ErrorCode.INVALID, "the task must end after it starts", "endsAt"))
    if row.target <= 0:
        errors.append(DomainError(ErrorCode.INVALID, "must be positive", "target"))
    if row.reward_kind == m.RewardKind.CASH and not row.reward_amount:
        errors.append(DomainError(ErrorCode.REQUIRED, "a cash reward needs an amount", "rewardAmount"))
    if row.reward_kind == m.RewardKind.PRODUCT and row.reward_product_id is None:
        errors.append(DomainError(ErrorCode.REQUIRED, "a product reward needs a product", "rewardProductId"))
    DomainErrors.raise_if_any(errors)


def contribution() -> SchemaContribution:
    read_only = {"create": None, "update": None, "delete": None}
    return SchemaContribution(
        query=SocialQuery,
        mutation=SocialMutation,
        admin=[
            AdminModel(m.SocialMember, read=STAFF, hidden=("path",), default_order=("-id",), **read_only,
                       description="A member's place in the social network, with their counters."),
            AdminModel(m.SocialApplication, read=STAFF, default_order=("-id",), **read_only),
            AdminModel(m.SocialBindingEvent, read=STAFF, default_order=("-id",), **read_only),
            AdminModel(m.SocialMemberChange, read=STAFF, default_order=("-id",), **read_only),
            AdminModel(m.SocialGrade, read=STAFF, create=OWNER, update=OWNER, delete=OWNER, default_order=("rank",),
                       validate=_rates("l1_bps", "l2_bps", "l3_bps")),
            AdminModel(m.SocialProductRule, read=STAFF, create=OWNER, update=OWNER, delete=OWNER, validate=_validate_rule),
            AdminModel(m.SocialOrderSnapshot, read=STAFF, default_order=("-id",), **read_only),
            AdminModel(m.SocialSale, read=STAFF, default_order=("-id",), **read_only),
            AdminModel(m.SocialTask, read=MEMBER, create=OWNER, update=OWNER, delete=OWNER, validate=_validate_task,
                       default_order=("-id",)),
            AdminModel(m.SocialTaskReward, read=STAFF, default_order=("-id",), **read_only),
        ],
    )
