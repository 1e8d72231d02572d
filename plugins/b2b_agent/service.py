"""Use cases of regional agents: divisions, applications and territories, bonuses, salespeople, targets, the map."""

from __future__ import annotations

import csv
import re
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.functions import Sum
from tortoise.timezone import now as utcnow

from fenxiao.core import ledger
from fenxiao.core.models import Commission, Membership, Order, OrderLine, Refund, User
from fenxiao.core.services.accounts import grant_role, is_staff, revoke_role
from fenxiao.core.services.orders import REGION_CODE
from fenxiao.core.unit_of_work import require
from fenxiao.plugins import BPS, apply_bps, DomainError, DomainErrors, ErrorCode, HookContext, OperatorError, savepoint, refuse_own
from fenxiao.plugins.b2b_agent import rules
from fenxiao.plugins.b2b_agent.config import AgentConfig
from fenxiao.plugins.b2b_agent.models import (
    AgentApplication,
    AgentDivision,
    AgentLevel,
    AgentRegion,
    AgentSale,
    AgentSalesperson,
    AgentTarget,
    AgentTerritory,
    AgentTerritoryEvent,
    AgentApplicationStatus,
    TerritoryAction,
    TerritoryStatus,
)

NAME = "b2b_agent"
ROLE, SALES_ROLE = "agent", "salesperson"
DIVISIONS_CSV = Path(__file__).parent / "data" / "divisions.csv"
ID_NUMBER = re.compile(r"^[0-9]{17}[0-9Xx]$")
PHONE = re.compile(r"^\+?[0-9]{6,20}$")


def config(ctx: HookContext) -> AgentConfig:
    return ctx.config(NAME)


# --- divisions and regions ---


COLUMNS = ("code", "name", "level", "parent")


def read_divisions(path: Path = DIVISIONS_CSV) -> list[rules.Division]:
    """The divisions of a CSV (code,name,level,parent), or OperatorError naming the file, the line and the field."""
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            if tuple(reader.fieldnames or ()) [:4] != COLUMNS:
                raise OperatorError(f"{path}: line 1: the header must be {','.join(COLUMNS)}, got {','.join(reader.fieldnames or ()) or 'nothing'}")
            divisions, seen = [], set()
            for row in reader:
                line = reader.line_num
                divisions.append(_division(path, line, row, seen))
    except OSError as error:
        raise OperatorError(f"{path}: cannot read it: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise OperatorError(f"{path}: not UTF-8 text") from None
    except csv.Error as error:
        raise OperatorError(f"{path}: not a CSV file: {error}") from None
    if not divisions:
        raise OperatorError(f"{path}: no divisions in it")
    for line, division in divisions:
        if division.parent is not None and division.parent not in seen:
            raise OperatorError(f"{path}: line {line}: parent: {division.parent!r} is not a code of this file")
    return [division for _, division in divisions]


def _division(path: Path, line: int, row: dict, seen: set[str]) -> tuple[int, rules.Division]:
    def refuse(field: str, problem: str) -> OperatorError:
        return OperatorError(f"{path}: line {line}: {field}: {problem}")

    if None in row or any(row.get(column) is None for column in COLUMNS):
        raise refuse("columns", f"expected {len(COLUMNS)} fields ({','.join(COLUMNS)})")
    code, name, level, parent = (row[column].strip() for column in COLUMNS)
    if not REGION_CODE.match(code):
        raise refuse("code", f"{code[:20]!r} is not a region code (2 to 12 letters, digits or dashes)")
    if code in seen:
        raise refuse("code", f"{code} appears twice")
    if not 1 <= len(name) <= 100:
        raise refuse("name", "1 to 100 characters")
    if level not in ("1", "2", "3"):
        raise refuse("level", f"1, 2 or 3, got {level[:20]!r}")
    if parent and not REGION_CODE.match(parent):
        raise refuse("parent", f"{parent[:20]!r} is not a region code")
    if (level == "1") != (not parent):
        raise refuse("parent", "a province (level 1) has none, every other level has one")
    seen.add(code)
    return line, rules.Division(code, name, int(level), parent or None)


async def import_divisions(path: Path = DIVISIONS_CSV) -> dict[str, int]:
    """Load (or refresh) the national division list, in the caller's unit of work. Codes no longer
    listed are retired, not deleted: territories may still name them."""
    require("importing divisions")
    divisions = read_divisions(path)
    existing = {d.code: d for d in await AgentDivision.all()}
    fresh = [AgentDivision(code=d.code, name=d.name, level=d.level, parent_code=d.parent, active=True)
             for d in divisions if d.code not in existing]
    await AgentDivision.bulk_create(fresh, batch_size=1000)
    added, updated = len(fresh), 0
    for d in divisions:
        row = existing.get(d.code)
        if row is not None and (row.name, row.level, row.parent_code, row.active) != (d.name, d.level, d.parent, True):
            await AgentDivision.filter(id=row.id).update(name=d.name, level=d.level, parent_code=d.parent, active=True)
            updated += 1
    listed = {d.code for d in divisions}
    retired = await AgentDivision.filter(active=True, code__not_in=listed).update(active=False) if listed else 0
    _GAZETTEER.clear()
    return {"added": added, "updated": updated, "retired": retired}


_GAZETTEER: dict[str, tuple[float, rules.Gazetteer]] = {}
GAZETTEER_TTL = 600  # seconds: a refresh in another process is seen within ten minutes


async def gazetteer() -> rules.Gazetteer:
    cached = _GAZETTEER.get("national")
    if cached is None or time.monotonic() - cached[0] > GAZETTEER_TTL:
        rows = await AgentDivision.filter(active=True).values_list("code", "name", "level", "parent_code")
        cached = (time.monotonic(), rules.Gazetteer([rules.Division(c, n, lv, p) for c, n, lv, p in rows]))
        _GAZETTEER["national"] = cached
    return cached[1]


def checked_region_code(code: str | None, field: str = "regionCode") -> str:
    """A region code from a client, checked before it reaches a query (the column holds 12 characters)."""
    code = (code or "").strip()
    if not REGION_CODE.match(code):
        raise DomainError(ErrorCode.INVALID, "a region code: 2 to 12 letters, digits or dashes, e.g. 310104", field)
    return code


async def region_chain(merchant_id: int, code: str) -> list[rules.Division]:
    """A region and its parents, deepest first: the merchant's own regions, else the national divisions."""
    own = {r.code: r for r in await AgentRegion.filter(merchant_id=merchant_id)}
    if code in own:
        chain, cursor = [], own.get(code)
        while cursor is not None:
            chain.append(rules.Division(cursor.code, cursor.name, cursor.level, cursor.parent_code))
            cursor = own.get(cursor.parent_code) if cursor.parent_code else None
        return chain
    return (await gazetteer()).chain(code)


async def address_region(ctx: HookContext, code: str | None, address: str) -> str | None:
    """A shipping address's region for the core: the code given, if the merchant's regions or the
    national divisions know it (refused if they do not, once divisions are imported), else what the text names."""
    if code:
        if await region_chain(ctx.merchant.id, code) or not (await gazetteer()).known_any():
            return code
        raise DomainError(ErrorCode.INVALID, f"unknown region code {code!r}: leave it out to read the region from the address",
                          "shippingAddress.regionCode")
    found = (await gazetteer()).resolve(address)
    return found.code if found else None


async def resolve_region(merchant_id: int, code: str | None, address: str) -> rules.Division | None:
    """The region of a shipping address: its code if known, else what its text names (the deepest level found)."""
    if code:
        chain = await region_chain(merchant_id, code)
        if chain:
            return chain[0]
    return (await gazetteer()).resolve(address)


# --- applications and territories ---


async def _event(ctx: HookContext, region_code: str, action: TerritoryAction, agent_id: int | None, reason: str,
                 actor: User | None, previous_id: int | None = None, **details: Any) -> None:
    await AgentTerritoryEvent.create(merchant_id=ctx.merchant.id, region_code=region_code, action=action, agent_id=agent_id,
                                     previous_agent_id=previous_id, reason=reason[:300], details=details, actor_id=actor.id if actor else None)


async def holder_level(ctx: HookContext, region_code: str) -> str | None:
    territory = await AgentTerritory.get_or_none(merchant_id=ctx.merchant.id, region_code=region_code)
    return (await AgentLevel.get(id=territory.level_id)).name if territory else None


async def apply(ctx: HookContext, user: User, level_id: int, region_code: str, real_name: str, id_number: str, phone: str,
                agreement_version: str, recommender_id: int | None) -> AgentApplication:
    cfg = config(ctx)
    level = await AgentLevel.get_or_none(merchant_id=ctx.merchant.id, id=level_id)
    if level is None:
        raise DomainError(ErrorCode.NOT_FOUND, "no such agent level", "levelId")
    region_code = checked_region_code(region_code)
    chain = await region_chain(ctx.merchant.id, region_code)
    if not chain:
        raise DomainError(ErrorCode.NOT_FOUND, f"no region {region_code}", "regionCode")
    if chain[0].level != level.depth:
        raise DomainError("AGENT_LEVEL_MISMATCH", f"a {level.name} holds a region of depth {level.depth}; {chain[0].name} is of depth {chain[0].level}", "regionCode")
    errors = []
    if not 2 <= len(real_name.strip()) <= 50:
        errors.append(DomainError(ErrorCode.INVALID, "the real name, as on the ID card", "realName"))
    if not ID_NUMBER.match(id_number.strip()):
        errors.append(DomainError(ErrorCode.INVALID, "an 18-character resident ID number", "idNumber"))
    if not PHONE.match(re.sub(r"[\s-]", "", phone)):
        errors.append(DomainError(ErrorCode.INVALID, "not a phone number", "phone"))
    if agreement_version != cfg.agreement_version:
        errors.append(DomainError("AGENT_AGREEMENT", f"accept the agent agreement version {cfg.agreement_version}", "agreementVersion"))
    DomainErrors.raise_if_any(errors)
    taken = await holder_level(ctx, region_code)
    if taken is not None:
        raise DomainError("AGENT_REGION_TAKEN", f"{chain[0].name} is held by a {taken}", "regionCode")
    if recommender_id is not None and not await AgentTerritory.exists(merchant_id=ctx.merchant.id, agent_id=recommender_id):
        raise DomainError(ErrorCode.NOT_FOUND, "the recommender is not an agent", "recommenderId")
    if await AgentApplication.exists(merchant_id=ctx.merchant.id, applicant_id=user.id, status=AgentApplicationStatus.PENDING):
        raise DomainError(ErrorCode.DUPLICATE, "your application is waiting for review")
    return await AgentApplication.create(
        merchant_id=ctx.merchant.id, applicant_id=user.id, level_id=level.id, region_code=region_code, real_name=real_name.strip(),
        id_number=id_number.strip().upper(), phone=re.sub(r"[\s-]", "", phone), agreement_version=agreement_version, agreed_at=utcnow(),
        recommender_id=recommender_id)


async def review(ctx: HookContext, application: AgentApplication, approve: bool, reason: str, actor: User,
                 deposit: int = 0, threshold_purchase: int = 0) -> AgentApplication:
    refuse_own(actor.id, application.applicant_id, "review the application of", "applicationId")
    if application.status != AgentApplicationStatus.PENDING:
        raise DomainError(ErrorCode.INVALID_TRANSITION, f"the application is {AgentApplicationStatus(application.status).value}")
    if not approve and not reason.strip():
        raise DomainError(ErrorCode.REQUIRED, "say why the application is rejected", "reason")
    if deposit < 0 or threshold_purchase < 0:
        raise DomainError(ErrorCode.INVALID, "must not be negative", "deposit")
    if approve:
        # Every pending application for the region, locked in one order: two approvals for one region
        # queue here (the second then finds the region held) instead of deadlocking on each other's rows.
        await AgentApplication.filter(merchant_id=ctx.merchant.id, region_code=application.region_code,
                                      status=AgentApplicationStatus.PENDING).order_by("id").select_for_update()
        if await AgentTerritory.exists(merchant_id=ctx.merchant.id, region_code=application.region_code):
            taken = await holder_level(ctx, application.region_code)
            raise DomainError("AGENT_REGION_TAKEN", f"the region is held by a {taken or 'another agent'}", "applicationId")
    changed = await AgentApplication.filter(id=application.id, status=AgentApplicationStatus.PENDING).update(
        status=AgentApplicationStatus.APPROVED if approve else AgentApplicationStatus.REJECTED, reason=reason.strip()[:300],
        reviewed_by_id=actor.id, reviewed_at=utcnow())
    if changed != 1:
        raise DomainError(ErrorCode.INVALID_TRANSITION, "the application was reviewed meanwhile")
    if approve:
        now = utcnow()
        try:
            async with savepoint():  # the unique (merchant, region) constraint decides races
                await AgentTerritory.create(
                    merchant_id=ctx.merchant.id, agent_id=application.applicant_id, level_id=application.level_id,
                    region_code=application.region_code, starts_at=now, ends_at=now + timedelta(days=30 * config(ctx).term_months),
                    recommender_id=application.recommender_id, deposit=deposit, threshold_purchase=threshold_purchase)
        except IntegrityError:
            taken = await holder_level(ctx, application.region_code)
            raise DomainError("AGENT_REGION_TAKEN", f"the region is held by a {taken or 'another agent'}", "applicationId") from None
        await grant_role(ctx.merchant.id, application.applicant_id, ROLE)
        # The others who asked for the region are answered now, not left for the brand to reject one by one.
        await AgentApplication.filter(merchant_id=ctx.merchant.id, region_code=application.region_code,
                                      status=AgentApplicationStatus.PENDING).update(
            status=AgentApplicationStatus.REJECTED, reviewed_by_id=actor.id, reviewed_at=utcnow(),
            reason="the region was granted to another applicant")
        await _event(ctx, application.region_code, TerritoryAction.GRANTED, application.applicant_id, reason or "application approved",
                     actor, deposit=deposit, threshold_purchase=threshold_purchase)
        reward = config(ctx).recruitment_reward
        if reward and application.recommender_id is not None:
            await ledger.adjust(ctx.merchant.id, application.recommender_id, reward, f"{NAME}:recruit:{application.id}",
                                "recruitment reward: a recommended agent was approved")
    await application.refresh_from_db()
    return application


async def territory(ctx: HookContext, code: str) -> AgentTerritory:
    row = await AgentTerritory.filter(merchant_id=ctx.merchant.id, region_code=checked_region_code(code)).select_for_update().first()
    if row is None:
        raise DomainError(ErrorCode.NOT_FOUND, "nobody holds this region", "regionCode")
    return row


def _reason(reason: str) -> str:
    if not reason.strip():
        raise DomainError(ErrorCode.REQUIRED, "say why", "reason")
    return reason.strip()


async def renew(ctx: HookContext, region_code: str, ends_at: datetime, reason: str, actor: User) -> AgentTerritory:
    reason, row = _reason(reason), await territory(ctx, region_code)
    if ends_at <= row.ends_at:
        raise DomainError(ErrorCode.INVALID, "a renewal ends after the current term", "endsAt")
    await AgentTerritory.filter(id=row.id).update(ends_at=ends_at)
    await _event(ctx, region_code, TerritoryAction.RENEWED, row.agent_id, reason, actor, previous_end=row.ends_at.isoformat(), new_end=ends_at.isoformat())
    await row.refresh_from_db()
    return row


async def suspend(ctx: HookContext, region_code: str, suspended: bool, reason: str, actor: User) -> AgentTerritory:
    reason, row = _reason(reason), await territory(ctx, region_code)
    target = TerritoryStatus.SUSPENDED if suspended else TerritoryStatus.ACTIVE
    if row.status == target:
        raise DomainError(ErrorCode.INVALID_TRANSITION, f"already {target.value}", "suspend")
    await AgentTerritory.filter(id=row.id).update(status=target)
    await _event(ctx, region_code, TerritoryAction.SUSPENDED if suspended else TerritoryAction.RESUMED, row.agent_id, reason, actor)
    row.status = target
    return row


async def transfer(ctx: HookContext, region_code: str, to_user: int, reason: str, actor: User) -> AgentTerritory:
    reason, row = _reason(reason), await territory(ctx, region_code)
    if not await Membership.exists(merchant_id=ctx.merchant.id, user_id=to_user):
        raise DomainError(ErrorCode.NOT_FOUND, "not a member of this merchant", "toMemberId")
    if to_user == row.agent_id:
        raise DomainError(ErrorCode.INVALID, "the agent holds it already", "toMemberId")
    await AgentTerritory.filter(id=row.id).update(agent_id=to_user)
    await grant_role(ctx.merchant.id, to_user, ROLE)
    await _drop_role_if_idle(ctx, row.agent_id)
    await _event(ctx, region_code, TerritoryAction.TRANSFERRED, to_user, reason, actor, previous_id=row.agent_id)
    await row.refresh_from_db()
    return row


async def end(ctx: HookContext, region_code: str, reason: str, actor: User) -> AgentTerritory:
    """The region becomes vacant; returns the territory as it was when it ended (its row is gone, its events stay)."""
    reason, row = _reason(reason), await territory(ctx, region_code)
    await AgentTerritory.filter(id=row.id).delete()
    await _drop_role_if_idle(ctx, row.agent_id)
    await _event(ctx, region_code, TerritoryAction.ENDED, None, reason, actor, previous_id=row.agent_id)
    return row


async def _drop_role_if_idle(ctx: HookContext, user_id: int) -> None:
    if not await AgentTerritory.exists(merchant_id=ctx.merchant.id, agent_id=user_id):
        await revoke_role(ctx.merchant.id, user_id, ROLE)


# --- salespeople ---


async def invite_salesperson(ctx: HookContext, agent: User, user_id: int) -> AgentSalesperson:
    """An agent asks a member to sell beside them. Nothing changes for the member — no role, no
    attribution — until they accept (`accept_invitation`); staff and owners are never enlisted."""
    if not await AgentTerritory.exists(merchant_id=ctx.merchant.id, agent_id=agent.id, status=TerritoryStatus.ACTIVE):
        raise DomainError("AGENT_NO_TERRITORY", "only agents with an active territory add salespeople")
    if user_id == agent.id or not await Membership.exists(merchant_id=ctx.merchant.id, user_id=user_id):
        raise DomainError(ErrorCode.NOT_FOUND, "not another member of this merchant", "memberId")
    if await is_staff(ctx.merchant.id, user_id):
        raise DomainError(ErrorCode.FORBIDDEN, "the merchant's staff and owners are not enlisted by agents", "memberId")
    existing = await AgentSalesperson.select_for_update().get_or_none(merchant_id=ctx.merchant.id, salesperson_id=user_id)
    if existing is not None and existing.active:
        raise DomainError(ErrorCode.DUPLICATE, "this member already sells for an agent", "memberId")
    if existing is not None and existing.agent_id != agent.id and existing.accepted_at is None:
        raise DomainError(ErrorCode.DUPLICATE, "another agent's invitation is waiting for this member's answer", "memberId")
    if existing is None:
        return await AgentSalesperson.create(merchant_id=ctx.merchant.id, agent_id=agent.id, salesperson_id=user_id, active=False,
                                             invited_at=utcnow())
    await AgentSalesperson.filter(id=existing.id).update(agent_id=agent.id, active=False, invited_at=utcnow(), accepted_at=None)
    await existing.refresh_from_db()
    return existing


async def answer_invitation(ctx: HookContext, member: User, agent_id: int, accept: bool) -> AgentSalesperson | None:
    """The member accepts (becomes the agent's salesperson, with the role) or declines (the invitation goes)."""
    invitation = await AgentSalesperson.select_for_update().get_or_none(
        merchant_id=ctx.merchant.id, salesperson_id=member.id, agent_id=agent_id, active=False, accepted_at=None)
    if invitation is None:
        raise DomainError(ErrorCode.NOT_FOUND, "no invitation from this agent is waiting for you", "agentId")
    if not accept:
        await AgentSalesperson.filter(id=invitation.id).delete()
        return None
    await AgentSalesperson.filter(id=invitation.id).update(active=True, accepted_at=utcnow())
    await grant_role(ctx.merchant.id, member.id, SALES_ROLE)
    await invitation.refresh_from_db()
    return invitation


async def remove_salesperson(ctx: HookContext, agent: User, user_id: int) -> None:
    """End a salesperson's selling for the agent, or withdraw an invitation not yet answered."""
    withdrawn = await AgentSalesperson.filter(merchant_id=ctx.merchant.id, agent_id=agent.id, salesperson_id=user_id, active=False,
                                              accepted_at=None, invited_at__isnull=False).delete()
    if withdrawn:
        return
    changed = await AgentSalesperson.filter(merchant_id=ctx.merchant.id, agent_id=agent.id, salesperson_id=user_id, active=True).update(active=False)
    if not changed:
        raise DomainError(ErrorCode.NOT_FOUND, "not one of your salespeople", "memberId")
    await revoke_role(ctx.merchant.id, user_id, SALES_ROLE)


# --- orders ---


async def attribute(ctx: HookContext, order: Order, draft: Any) -> None:
    """At placement: the order's region (an agent's, when a salesperson of theirs sells it)."""
    data: dict[str, Any] = {}
    if draft.seller is not None:
        seller = await AgentSalesperson.get_or_none(merchant_id=ctx.merchant.id, salesperson_id=draft.seller.id, active=True)
        if seller is not None:
            home = await AgentTerritory.filter(merchant_id=ctx.merchant.id, agent_id=seller.agent_id).order_by("-level__depth").first()
            if home is not None:
                data = {"region": home.region_code, "salesperson": draft.seller.id}
    if not data:
        region = await resolve_region(ctx.merchant.id, order.ship_region_code, order.ship_address)
        data = {"region": region.code if region else None}
    order.attribution[NAME] = data
    if data["region"]:
        order.region_code = data["region"]
        await Order.filter(id=order.id).update(region_code=data["region"])


async def holders(ctx: HookContext, chain: list[rules.Division], at: datetime) -> dict[int, AgentTerritory]:
    """Depth → the territory earning on it now (active, within its term)."""
    rows = await AgentTerritory.filter(merchant_id=ctx.merchant.id, region_code__in=[d.code for d in chain])
    levels = {level.id: level.depth for level in await AgentLevel.filter(merchant_id=ctx.merchant.id)}
    return {levels[row.level_id]: row for row in rows
            if row.status == TerritoryStatus.ACTIVE and row.starts_at <= at < row.ends_at and row.level_id in levels}


async def pay(ctx: HookContext, order: Order, lines: list[OrderLine]) -> None:
    data = order.attribution.get(NAME) or {}
    code = data.get("region")
    if not code:
        return
    cfg = config(ctx)
    chain = await region_chain(ctx.merchant.id, code)
    held = await holders(ctx, chain, utcnow())
    rates = {level.depth: level.rate_bps for level in await AgentLevel.filter(merchant_id=ctx.merchant.id)}
    for line in lines:
        for bonus in rules.bonuses(line.total, rates, {depth: t.agent_id for depth, t in held.items()}, cfg.mode, cfg.vacant_bonus):
            await ledger.accrue_commission(order, bonus.agent, bonus.amount, source=NAME, kind="bonus", level=bonus.depth, line=line,
                                           base=line.total, rate_bps=bonus.rate_bps)
        salesperson = data.get("salesperson")
        if salesperson and cfg.salesperson_bps:
            await ledger.accrue_commission(order, salesperson, apply_bps(line.total, cfg.salesperson_bps), source=NAME,
                                           kind="sales_reward", line=line, base=line.total, rate_bps=cfg.salesperson_bps)
        if cfg.recruitment_bps:
            for territory_row in held.values():
                recruiter = territory_row.recommender_id
                if recruiter and utcnow() < territory_row.starts_at + timedelta(days=30 * cfg.recruitment_months):
                    await ledger.accrue_commission(order, recruiter, apply_bps(line.total, cfg.recruitment_bps), source=NAME,
                                                   kind="recruitment", line=line, base=line.total, rate_bps=cfg.recruitment_bps,
                                                   key=f"{NAME}:recruitment:{line.id}:{recruiter}:{territory_row.agent_id}")
    amount = sum(line.total for line in lines)
    if amount:
        await AgentSale.bulk_create([AgentSale(merchant_id=ctx.merchant.id, order_id=order.id, agent_id=t.agent_id, region_code=t.region_code,
                                               amount=amount) for t in held.values()])


async def refunded(ctx: HookContext, order: Order, refund: Refund) -> None:
    sales = await AgentSale.filter(merchant_id=ctx.merchant.id, order_id=order.id, amount__gt=0)
    if refund.amount and sales:
        await AgentSale.bulk_create([AgentSale(merchant_id=ctx.merchant.id, order_id=order.id, agent_id=s.agent_id, region_code=s.region_code,
                                               amount=-refund.amount) for s in sales])


# --- targets, earnings, the map ---


async def progress(merchant_id: int, target: AgentTarget) -> int:
    total = await (AgentSale.filter(merchant_id=merchant_id, agent_id=target.agent_id, created_at__gte=target.starts_at,
                                    created_at__lt=target.ends_at).annotate(total=Sum("amount")).first().values("total"))
    return int((total or {}).get("total") or 0)


def attainment(progress_amount: int, target_amount: int) -> int:
    """Basis points of the target reached (10000 = 100%)."""
    return progress_amount * BPS // target_amount if target_amount > 0 else 0


async def current_targets(merchant_id: int, at: datetime, agent_ids: list[int] | None = None) -> dict[int, AgentTarget]:
    query = AgentTarget.filter(merchant_id=merchant_id, starts_at__lte=at, ends_at__gt=at)
    if agent_ids is not None:
        query = query.filter(agent_id__in=agent_ids)
    return {t.agent_id: t for t in await query.order_by("starts_at")}


async def earnings(merchant_id: int, user_id: int) -> dict[str, int]:
    totals = {"bonus": 0, "sales_reward": 0, "recruitment": 0}
    for commission in await Commission.filter(merchant_id=merchant_id, beneficiary_id=user_id, source=NAME):
        totals[commission.kind] = totals.get(commission.kind, 0) + commission.amount - commission.reversed_amount
    return totals


async def region_map(ctx: HookContext, parent_code: str | None) -> list[dict[str, Any]]:
    """Children of a region (provinces at the top) with their holder and the holder's attainment now."""
    parent_code = checked_region_code(parent_code, "parentCode") if parent_code else None
    own = await AgentRegion.filter(merchant_id=ctx.merchant.id, parent_code=parent_code).order_by("code")
    if own:
        regions = [rules.Division(r.code, r.name, r.level, r.parent_code) for r in own]
    else:
        regions = (await gazetteer()).children.get(parent_code or None, [])
        regions = sorted(regions, key=lambda d: d.code)
    held = {t.region_code: t for t in await AgentTerritory.filter(merchant_id=ctx.merchant.id, region_code__in=[r.code for r in regions])}
    levels = {level.id: level for level in await AgentLevel.filter(merchant_id=ctx.merchant.id)}
    names = {u.id: u.display_name for u in await User.filter(id__in=[t.agent_id for t in held.values()])}
    now = utcnow()
    targets = await current_targets(ctx.merchant.id, now, [t.agent_id for t in held.values()])
    rows = []
    for region in regions:
        territory_row = held.get(region.code)
        target = targets.get(territory_row.agent_id) if territory_row else None
        rows.append({"region": region, "territory": territory_row, "level": levels.get(territory_row.level_id) if territory_row else None,
                     "holder": names.get(territory_row.agent_id) if territory_row else None,
                     "attainment": attainment(await progress(ctx.merchant.id, target), target.amount) if target else None})
    return rows
