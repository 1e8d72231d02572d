"""GraphQL of regional agents: the agent's side (territories, chain, salespeople, recruits, earnings,
targets, orders in the territory) and the brand's (applications, territory changes, the region map, reports)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry
from tortoise.expressions import Q, Subquery
from tortoise.timezone import now as utcnow

from fenxiao.core.models import Order, User
from fenxiao.core.privacy import mask_name, mask_phone
from fenxiao.plugins import AMOUNT, BPS, ranged, MEMBER, OWNER, STAFF, AdminModel, Connection, decode_id, DomainError, DomainErrors, ErrorCode, graphql_enum, Guard, HasRole, Money, node_ref, PageArgs, paginate, Payload, SchemaContribution
from fenxiao.plugins.b2b_agent import models as m
from fenxiao.plugins.b2b_agent import service
from fenxiao.schema import references

AGENT = HasRole(service.ROLE)
TerritoryStatusEnum = graphql_enum(m.TerritoryStatus)
ApplicationNode = node_ref("AgentApplication")
TerritoryNode = node_ref("AgentTerritory")
SalespersonNode = node_ref("AgentSalesperson")


@strawberry.type
class AgentTerritoryView:
    region_code: str
    region_name: str
    level: str
    status: TerritoryStatusEnum
    starts_at: datetime
    ends_at: datetime


@strawberry.type
class AgentChainLink:
    region_code: str
    region_name: str
    level: str
    holder: str | None = strawberry.field(description="null when the level is vacant")


@strawberry.type
class AgentEarnings:
    bonus: Money
    sales_reward: Money
    recruitment: Money


@strawberry.type
class AgentTargetProgress:
    starts_at: datetime
    ends_at: datetime
    target: Money
    progress: Money
    attainment_bps: int = strawberry.field(description="10000 = target reached")


@strawberry.type(description="An order in your territory, with the buyer masked.")
class AgentOrderSummary:
    @strawberry.field
    def number(self) -> str:
        return self.number

    @strawberry.field
    def status(self) -> str:
        return self.status.value if hasattr(self.status, "value") else str(self.status)

    @strawberry.field
    def region_code(self) -> str | None:
        return self.region_code

    @strawberry.field
    def total(self, info: strawberry.Info) -> Money:
        return Money(minor=self.total, currency=self.currency)

    @strawberry.field
    def buyer_name(self) -> str:
        return mask_name(self.ship_name)

    @strawberry.field
    def buyer_phone(self) -> str:
        return mask_phone(self.ship_phone)

    @strawberry.field
    def placed_at(self) -> datetime:
        return self.created_at


@strawberry.type(description="A region on the brand's map: who holds it, how they are doing.")
class AgentMapRegion:
    code: str
    name: str
    depth: int
    level: str | None
    holder: str | None
    status: TerritoryStatusEnum | None
    ends_at: datetime | None
    attainment_bps: int | None
    vacant: bool


@strawberry.type
class AgentReportRow:
    agent: str
    region_code: str
    target: Money
    progress: Money
    attainment_bps: int


# --- inputs ---


@strawberry.input
class AgentApplyInput:
    level_id: strawberry.ID
    region_code: str
    real_name: str
    id_number: str
    phone: str
    agreement_version: str = strawberry.field(description="the version of the agent agreement you accept")
    recommender_id: strawberry.ID | None = strawberry.field(default=None, description=f"the agent who recommended you: {references.MEMBER_ID}")


@strawberry.type
class AgentApplicationPayload(Payload):
    application: ApplicationNode | None = None


@strawberry.input
class AgentApplicationReviewInput:
    application_id: strawberry.ID
    approve: bool
    reason: str = ""
    deposit: int = ranged(AMOUNT, "the deposit asked of the new agent", default=0)
    threshold_purchase: int = ranged(AMOUNT, "the purchase asked of the new agent to keep the territory", default=0)


@strawberry.input
class AgentTerritoryRenewInput:
    region_code: str
    ends_at: datetime
    reason: str


@strawberry.input
class AgentTerritorySuspendInput:
    region_code: str
    suspend: bool
    reason: str


@strawberry.input
class AgentTerritoryTransferInput:
    region_code: str
    to_member_id: strawberry.ID = strawberry.field(description=references.MEMBER_ID)
    reason: str


@strawberry.input
class AgentTerritoryEndInput:
    region_code: str
    reason: str


@strawberry.type
class AgentTerritoryPayload(Payload):
    territory: TerritoryNode | None = None


@strawberry.input
class AgentSalespersonAddInput:
    member_id: strawberry.ID = strawberry.field(description=references.MEMBER_ID)


@strawberry.input
class AgentSalespersonInvitationAnswerInput:
    agent_id: strawberry.ID = strawberry.field(description=references.MEMBER_ID + ": the agent who invited you")
    accept: bool


@strawberry.input
class AgentSalespersonRemoveInput:
    member_id: strawberry.ID = strawberry.field(description=references.MEMBER_ID)


@strawberry.type
class AgentSalespersonPayload(Payload):
    salesperson: SalespersonNode | None = None


async def _territories(ctx: Any) -> list[AgentTerritoryView]:
    rows = await m.AgentTerritory.filter(merchant_id=ctx.merchant.id, agent_id=ctx.user.id).order_by("region_code")
    levels = {level.id: level.name for level in await m.AgentLevel.filter(merchant_id=ctx.merchant.id)}
    views = []
    for row in rows:
        chain = await service.region_chain(ctx.merchant.id, row.region_code)
        views.append(AgentTerritoryView(region_code=row.region_code, region_name=chain[0].name if chain else row.region_code,
                                        level=levels[row.level_id], status=m.TerritoryStatus(row.status), starts_at=row.starts_at, ends_at=row.ends_at))
    return views


def _money(ctx: Any, minor: int) -> Money:
    return Money(minor=minor, currency=ctx.currency)


async def _audited(ctx: Any, region_code: str, change: Any) -> Any:
    """A territory change `change(code)`, with the territory before and after in the audit log."""
    def view(t: Any) -> dict | None:
        return {"agent": t.agent_id, "status": m.TerritoryStatus(t.status).value, "ends_at": t.ends_at.isoformat()} if t else None

    region_code = service.checked_region_code(region_code)
    before = await m.AgentTerritory.get_or_none(merchant_id=ctx.merchant.id, region_code=region_code)
    after = await change(region_code)
    ctx.audit("AgentTerritory", region_code, view(before), view(after))
    return after


@strawberry.type
class AgentQuery:
    @strawberry.field(extensions=[Guard(MEMBER)], description="Your territories and their terms (empty if you are not an agent).")
    async def agent_my_territories(self, info: strawberry.Info) -> list[AgentTerritoryView]:
        return await _territories(info.context)

    @strawberry.field(extensions=[Guard(AGENT)], description="The agents above your territories (the city and province holders), vacancies included.")
    async def agent_my_chain(self, info: strawberry.Info) -> list[AgentChainLink]:
        ctx = info.context
        links: list[AgentChainLink] = []
        levels = {level.depth: level.name for level in await m.AgentLevel.filter(merchant_id=ctx.merchant.id)}
        for own in await m.AgentTerritory.filter(merchant_id=ctx.merchant.id, agent_id=ctx.user.id).order_by("region_code"):
            above = (await service.region_chain(ctx.merchant.id, own.region_code))[1:]
            held = {t.region_code: t for t in await m.AgentTerritory.filter(merchant_id=ctx.merchant.id, region_code__in=[d.code for d in above])}
            names = {u.id: u.display_name for u in await User.filter(id__in=[t.agent_id for t in held.values()])}
            links += [AgentChainLink(region_code=d.code, region_name=d.name, level=levels.get(d.level, str(d.level)),
                                     holder=names.get(held[d.code].agent_id) if d.code in held else None) for d in above]
        return links

    @strawberry.field(extensions=[Guard(AGENT)], description="Your salespeople, and the invitations they have not answered yet.")
    async def agent_my_salespeople(self, info: strawberry.Info) -> list[SalespersonNode]:
        ctx = info.context
        return await m.AgentSalesperson.filter(merchant_id=ctx.merchant.id, agent_id=ctx.user.id).filter(
            Q(active=True) | Q(accepted_at__isnull=True, invited_at__isnull=False)).order_by("id")

    @strawberry.field(extensions=[Guard(MEMBER)], description="An agent's invitation to sell beside them, waiting for your answer.")
    async def agent_my_invitation(self, info: strawberry.Info) -> SalespersonNode | None:
        ctx = info.context
        return await m.AgentSalesperson.get_or_none(merchant_id=ctx.merchant.id, salesperson_id=ctx.user.id, active=False,
                                                    accepted_at=None, invited_at__isnull=False)

    @strawberry.field(extensions=[Guard(AGENT)], description="Agents you recommended, by territory.")
    async def agent_my_recruits(self, info: strawberry.Info) -> list[TerritoryNode]:
        ctx = info.context
        return await m.AgentTerritory.filter(merchant_id=ctx.merchant.id, recommender_id=ctx.user.id).order_by("id")

    @strawberry.field(extensions=[Guard(MEMBER)], description="What you earned as an agent or salesperson, by kind, net of refunds.")
    async def agent_my_earnings(self, info: strawberry.Info) -> AgentEarnings:
        ctx = info.context
        totals = await service.earnings(ctx.merchant.id, ctx.user.id)
        return AgentEarnings(bonus=_money(ctx, totals["bonus"]), sales_reward=_money(ctx, totals["sales_reward"]),
                             recruitment=_money(ctx, totals["recruitment"]))

    @strawberry.field(extensions=[Guard(AGENT)], description="Your targets and how far you are.")
    async def agent_my_targets(self, info: strawberry.Info) -> list[AgentTargetProgress]:
        ctx = info.context
        views = []
        for target in await m.AgentTarget.filter(merchant_id=ctx.merchant.id, agent_id=ctx.user.id).order_by("-starts_at"):
            done = await service.progress(ctx.merchant.id, target)
            views.append(AgentTargetProgress(starts_at=target.starts_at, ends_at=target.ends_at, target=_money(ctx, target.amount),
                                             progress=_money(ctx, done), attainment_bps=service.attainment(done, target.amount)))
        return views

    @strawberry.field(extensions=[Guard(AGENT)], description="Orders that earned in your territories, newest first (buyers masked).")
    async def agent_territory_orders(self, info: strawberry.Info, first: int | None = None, after: str | None = None,
                                     last: int | None = None, before: str | None = None) -> Connection[AgentOrderSummary]:
        ctx = info.context
        sold = Subquery(m.AgentSale.filter(merchant_id=ctx.merchant.id, agent_id=ctx.user.id, amount__gt=0).values("order_id"))
        queryset = Order.filter(merchant_id=ctx.merchant.id, id__in=sold).order_by("-id")
        return await paginate(queryset, PageArgs(first, after, last, before), ctx.settings.default_page_size, ctx.settings.max_page_size)

    @strawberry.field(extensions=[Guard(STAFF)], description="Regions under a parent (provinces when none) with holders, vacancies and attainment: what a map draws.")
    async def agent_region_map(self, info: strawberry.Info, parent_code: str | None = None) -> list[AgentMapRegion]:
        ctx = info.context
        rows = await service.region_map(ctx.hooks(), parent_code)
        return [AgentMapRegion(code=r["region"].code, name=r["region"].name, depth=r["region"].level,
                               level=r["level"].name if r["level"] else None, holder=r["holder"],
                               status=m.TerritoryStatus(r["territory"].status) if r["territory"] else None,
                               ends_at=r["territory"].ends_at if r["territory"] else None, attainment_bps=r["attainment"],
                               vacant=r["territory"] is None) for r in rows]

    @strawberry.field(extensions=[Guard(STAFF)], description="Every agent's target running at a time, by attainment (highest first): for renewals.")
    async def agent_target_report(self, info: strawberry.Info, at: datetime | None = None) -> list[AgentReportRow]:
        ctx = info.context
        targets = await service.current_targets(ctx.merchant.id, at or utcnow())
        names = {u.id: u.display_name for u in await User.filter(id__in=list(targets))}
        homes = {t.agent_id: t.region_code for t in await m.AgentTerritory.filter(merchant_id=ctx.merchant.id, agent_id__in=list(targets))}
        rows = []
        for agent_id, target in targets.items():
            done = await service.progress(ctx.merchant.id, target)
            rows.append(AgentReportRow(agent=names.get(agent_id, ""), region_code=homes.get(agent_id, ""), target=_money(ctx, target.amount),
                                       progress=_money(ctx, done), attainment_bps=service.attainment(done, target.amount)))
        return sorted(rows, key=lambda r: (-r.attainment_bps, r.agent))


@strawberry.type
class AgentMutation:
    @strawberry.mutation(extensions=[Guard(MEMBER)], description="Apply to be the agent of a region; accept the agreement.")
    async def agent_apply(self, info: strawberry.Info, input: AgentApplyInput) -> AgentApplicationPayload:
        ctx = info.context
        recommender = await references.optional_member(ctx, input.recommender_id, "recommenderId")
        application = await service.apply(ctx.hooks(), ctx.user, decode_id(input.level_id, "AgentLevel", "levelId"), input.region_code.strip(),
                                          input.real_name, input.id_number, input.phone, input.agreement_version, recommender)
        return AgentApplicationPayload(application=application)

    @strawberry.mutation(extensions=[Guard(STAFF)], description="Approve (granting the territory, with deposit and threshold) or reject with a reason.")
    async def agent_application_review(self, info: strawberry.Info, input: AgentApplicationReviewInput) -> AgentApplicationPayload:
        ctx = info.context
        # Not locked here: the review locks what it changes, in one order (see service.review).
        application = await m.AgentApplication.filter(merchant_id=ctx.merchant.id,
                                                      id=decode_id(input.application_id, "AgentApplication", "applicationId")).first()
        if application is None:
            raise DomainError(ErrorCode.NOT_FOUND, "no such application", "applicationId")
        return AgentApplicationPayload(application=await service.review(ctx.hooks(), application, input.approve, input.reason, ctx.user,
                                                                        input.deposit, input.threshold_purchase))

    @strawberry.mutation(extensions=[Guard(OWNER)], description="Extend a territory's term.")
    async def agent_territory_renew(self, info: strawberry.Info, input: AgentTerritoryRenewInput) -> AgentTerritoryPayload:
        ctx = info.context
        return AgentTerritoryPayload(territory=await _audited(ctx, input.region_code, lambda code: service.renew(
            ctx.hooks(), code, input.ends_at, input.reason, ctx.user)))

    @strawberry.mutation(extensions=[Guard(OWNER)], description="Suspend a territory (it stays held, earns nothing) or resume it.")
    async def agent_territory_suspend(self, info: strawberry.Info, input: AgentTerritorySuspendInput) -> AgentTerritoryPayload:
        ctx = info.context
        return AgentTerritoryPayload(territory=await _audited(ctx, input.region_code, lambda code: service.suspend(
            ctx.hooks(), code, input.suspend, input.reason, ctx.user)))

    @strawberry.mutation(extensions=[Guard(OWNER)], description="Give a territory to another member.")
    async def agent_territory_transfer(self, info: strawberry.Info, input: AgentTerritoryTransferInput) -> AgentTerritoryPayload:
        ctx = info.context
        to_member = await references.member(ctx, input.to_member_id, "toMemberId")
        return AgentTerritoryPayload(territory=await _audited(ctx, input.region_code, lambda code: service.transfer(
            ctx.hooks(), code, to_member, input.reason, ctx.user)))

    @strawberry.mutation(extensions=[Guard(OWNER)], description="End a territory: the region becomes vacant. Returns the territory "
                                                                 "as it was when it ended.")
    async def agent_territory_end(self, info: strawberry.Info, input: AgentTerritoryEndInput) -> AgentTerritoryPayload:
        ctx = info.context
        ended: list[m.AgentTerritory] = []

        async def end(code: str) -> None:  # the audit's "after": no territory
            ended.append(await service.end(ctx.hooks(), code, input.reason, ctx.user))

        await _audited(ctx, input.region_code, end)
        return AgentTerritoryPayload(territory=ended[0])

    @strawberry.mutation(extensions=[Guard(AGENT)],
                         description="Invite a member to sell beside you; they become your salesperson when they accept "
                                     "(agentSalespersonInvitationAnswer). Staff and owners cannot be invited.")
    async def agent_salesperson_add(self, info: strawberry.Info, input: AgentSalespersonAddInput) -> AgentSalespersonPayload:
        ctx = info.context
        member_id = await references.member(ctx, input.member_id, "memberId")
        return AgentSalespersonPayload(salesperson=await service.invite_salesperson(ctx.hooks(), ctx.user, member_id))

    @strawberry.mutation(extensions=[Guard(MEMBER)], description="Accept or decline an agent's invitation to sell beside them.")
    async def agent_salesperson_invitation_answer(self, info: strawberry.Info,
                                                  input: AgentSalespersonInvitationAnswerInput) -> AgentSalespersonPayload:
        ctx = info.context
        agent_id = await references.member(ctx, input.agent_id, "agentId")
        return AgentSalespersonPayload(salesperson=await service.answer_invitation(ctx.hooks(), ctx.user, agent_id, input.accept))

    @strawberry.mutation(extensions=[Guard(AGENT)], description="Stop a salesperson selling for you, or withdraw an invitation.")
    async def agent_salesperson_remove(self, info: strawberry.Info, input: AgentSalespersonRemoveInput) -> AgentSalespersonPayload:
        ctx = info.context
        await service.remove_salesperson(ctx.hooks(), ctx.user, await references.member(ctx, input.member_id, "memberId"))
        return AgentSalespersonPayload(salesperson=None)


async def _validate_level(row: m.AgentLevel, ctx: Any) -> None:
    errors = []
    if row.depth not in (1, 2, 3):
        errors.append(DomainError(ErrorCode.INVALID, "1 (province), 2 (city) or 3 (district)", "depth"))
    if not 0 <= row.rate_bps <= BPS:
        errors.append(DomainError(ErrorCode.INVALID, "between 0 and 10000 basis points", "rateBps"))
    DomainErrors.raise_if_any(errors)


async def _validate_region(row: m.AgentRegion, ctx: Any) -> None:
    if row.level not in (1, 2, 3):
        raise DomainError(ErrorCode.INVALID, "1, 2 or 3", "level")
    if row.parent_code:
        parent = await m.AgentRegion.get_or_none(merchant_id=ctx.merchant.id, code=row.parent_code)
        if parent is None or parent.level != row.level - 1:
            raise DomainError(ErrorCode.INVALID, "the parent must be one of your regions, one level up", "parentCode")
    elif row.level != 1:
        raise DomainError(ErrorCode.REQUIRED, "a region below the top level needs a parent", "parentCode")


async def _validate_target(row: m.AgentTarget, ctx: Any) -> None:
    if row.ends_at <= row.starts_at:
        raise DomainError(ErrorCode.INVALID, "the period must end after it starts", "endsAt")
    if row.amount <= 0:
        raise DomainError(ErrorCode.INVALID, "must be positive", "amount")


def contribution() -> SchemaContribution:
    read_only = {"create": None, "update": None, "delete": None}
    return SchemaContribution(
        query=AgentQuery,
        mutation=AgentMutation,
        admin=[
            AdminModel(m.AgentLevel, read=MEMBER, create=OWNER, update=OWNER, delete=OWNER, default_order=("depth",), validate=_validate_level),
            AdminModel(m.AgentRegion, read=MEMBER, create=OWNER, update=OWNER, delete=OWNER, default_order=("code",), validate=_validate_region),
            AdminModel(m.AgentApplication, read=STAFF, default_order=("-id",), **read_only),
            AdminModel(m.AgentTerritory, read=STAFF, default_order=("region_code",), **read_only),
            AdminModel(m.AgentTerritoryEvent, read=STAFF, default_order=("-id",), **read_only),
            AdminModel(m.AgentSalesperson, read=STAFF, **read_only),
            AdminModel(m.AgentSale, read=STAFF, default_order=("-id",), **read_only),
            AdminModel(m.AgentTarget, read=STAFF, create=OWNER, update=OWNER, delete=OWNER, default_order=("-starts_at",), validate=_validate_target),
        ],
    )

