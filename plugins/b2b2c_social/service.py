"""Use cases of social distribution: distributors, applications, commissions, grades, tasks, rankings."""

from __future__ import annotations

import re
import secrets
from datetime import datetime, timedelta, timezone as dt_timezone
from typing import Any
from zoneinfo import ZoneInfo

from tortoise.exceptions import IntegrityError
from tortoise.functions import Count, Sum
from tortoise.timezone import now as utcnow

from fenxiao.core import ledger, tree
from fenxiao.core.models import Commission, CommissionState, Order, OrderLine, OrderStatus, Refund, User
from fenxiao.core.services.accounts import grant_role, revoke_role
from fenxiao.plugins import DomainError, DomainErrors, ErrorCode, HookContext, savepoint, refuse_own
from fenxiao.plugins.b2b2c_social import network, rules
from fenxiao.plugins.b2b2c_social.config import CountedAt, FieldKind, JoinMode, SocialConfig
from fenxiao.plugins.b2b2c_social.models import (
    ApplicationStatus,
    BindingAction,
    MemberChangeKind,
    MemberStatus,
    RewardKind,
    SocialApplication,
    SocialBindingEvent,
    SocialGrade,
    SocialMember,
    SocialMemberChange,
    SocialOrderSnapshot,
    SocialProductRule,
    SocialSale,
    SocialTask,
    SocialTaskReward,
    TaskMetric,
)

NAME = network.NAME
ROLE = "distributor"
REWARD_TASK = "reward_task"  # in order.attribution[NAME]: the task whose product reward the order claims
EXCLUDED = "excluded"  # in order.attribution[NAME]: why the order is outside social distribution


def reward_claim(order_or_draft: Any) -> int | None:
    task = (order_or_draft.attribution.get(NAME) or {}).get(REWARD_TASK)
    return int(task) if task is not None else None
CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I
FIELD_PATTERNS = {
    FieldKind.PHONE: re.compile(r"^\+?[0-9]{6,20}$"),
    FieldKind.ID_NUMBER: re.compile(r"^[0-9]{17}[0-9Xx]$"),
    FieldKind.URL: re.compile(r"^https?://\S{3,500}$"),
}


def config(ctx: HookContext) -> SocialConfig:
    return ctx.config(NAME)




# --- becoming a distributor ---


async def _entry_fee_paid(ctx: HookContext, user_id: int) -> bool:
    sku = config(ctx).entry_fee_sku
    if not sku:
        return True
    return await OrderLine.filter(
        merchant_id=ctx.merchant.id, sku=sku, order__buyer_id=user_id,
        order__status__in=[OrderStatus.PAID, OrderStatus.SHIPPED, OrderStatus.READY_FOR_PICKUP, OrderStatus.COMPLETED],
    ).exists()


async def _new_code(merchant_id: int) -> str:
    for _ in range(10):
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(8))
        if not await SocialMember.exists(merchant_id=merchant_id, share_code=code):
            return code
    raise RuntimeError("could not allocate a share code")


async def _log(ctx: HookContext, user_id: int, kind: MemberChangeKind, old: str, new: str, reason: str, actor: User | None) -> None:
    await SocialMemberChange.create(merchant_id=ctx.merchant.id, member_id=user_id, kind=kind, old_value=old, new_value=new,
                                    reason=reason[:300], actor_id=actor.id if actor else None)


async def promote(ctx: HookContext, user_id: int, reason: str, actor: User | None = None) -> SocialMember:
    """Make a member an active distributor (share code, lowest grade, the distributor role)."""
    row = await network.member(ctx.merchant.id, user_id, lock=True)
    if row.status == MemberStatus.ACTIVE:
        raise DomainError("SOCIAL_ALREADY_DISTRIBUTOR", "already a distributor", "memberId")
    if row.status == MemberStatus.FROZEN:
        raise DomainError("SOCIAL_ALREADY_DISTRIBUTOR", "a frozen distributor: reactivate them instead", "memberId")
    old = MemberStatus(row.status).value
    if not await _entry_fee_paid(ctx, user_id):
        raise DomainError("SOCIAL_ENTRY_FEE_UNPAID", f"the entry product {config(ctx).entry_fee_sku} is not paid for", "memberId")
    grade = await SocialGrade.filter(merchant_id=ctx.merchant.id).order_by("rank").first()
    changes: dict[str, Any] = {"status": MemberStatus.ACTIVE, "became_distributor_at": row.became_distributor_at or utcnow()}
    if row.share_code is None:
        changes["share_code"] = await _new_code(ctx.merchant.id)
    if row.grade_id is None and grade is not None:
        changes["grade_id"] = grade.id
    await SocialMember.filter(id=row.id).update(**changes)
    await row.refresh_from_db()
    await grant_role(ctx.merchant.id, user_id, ROLE)
    await _log(ctx, user_id, MemberChangeKind.STATUS, old, MemberStatus.ACTIVE.value, reason, actor)
    return row


async def set_status(ctx: HookContext, user_id: int, status: MemberStatus, reason: str, actor: User) -> SocialMember:
    """Freeze, reactivate or remove a distributor; their place in the network stays."""
    if not reason.strip():
        raise DomainError(ErrorCode.REQUIRED, "say why", "reason")
    row = await network.member(ctx.merchant.id, user_id, lock=True)
    if row.status == MemberStatus.CUSTOMER or row.share_code is None:
        raise DomainError("SOCIAL_NOT_DISTRIBUTOR", "this member is not a distributor", "memberId")
    if row.status == status:
        raise DomainError(ErrorCode.INVALID_TRANSITION, f"already {status.value}", "status")
    old = MemberStatus(row.status).value
    await SocialMember.filter(id=row.id).update(status=status)
    if status == MemberStatus.REMOVED:
        await revoke_role(ctx.merchant.id, user_id, ROLE)
    else:
        await grant_role(ctx.merchant.id, user_id, ROLE)
    await _log(ctx, user_id, MemberChangeKind.STATUS, old, status.value, reason, actor)
    row.status = status
    return row


def check_answers(form: list, answers: dict[str, Any]) -> dict[str, str]:
    errors, clean = [], {}
    known = {field.key for field in form}
    for key in sorted(set(answers) - known):
        errors.append(DomainError(ErrorCode.INVALID, "not a question of this form", f"answers.{key}"))
    for field in form:
        value = str(answers.get(field.key) or "").strip()
        if not value:
            if field.required:
                errors.append(DomainError(ErrorCode.REQUIRED, f"{field.label} is required", f"answers.{field.key}"))
            continue
        pattern = FIELD_PATTERNS.get(field.kind)
        if len(value) > 500 or (pattern and not pattern.match(value)):
            errors.append(DomainError(ErrorCode.INVALID, f"not a valid {field.kind.value.replace('_', ' ')}", f"answers.{field.key}"))
        clean[field.key] = value
    DomainErrors.raise_if_any(errors)
    return clean


async def apply(ctx: HookContext, user: User, answers: dict[str, Any]) -> SocialApplication:
    cfg = config(ctx)
    if cfg.join_mode != JoinMode.APPLICATION:
        raise DomainError("SOCIAL_JOIN_CLOSED", f"this merchant does not take applications (join mode: {cfg.join_mode.value})")
    row = await network.member(ctx.merchant.id, user.id, lock=True)
    if row.status in (MemberStatus.ACTIVE, MemberStatus.FROZEN):
        raise DomainError("SOCIAL_ALREADY_DISTRIBUTOR", "you are a distributor already")
    if await SocialApplication.exists(merchant_id=ctx.merchant.id, applicant_id=user.id, status=ApplicationStatus.PENDING):
        raise DomainError(ErrorCode.DUPLICATE, "your application is waiting for review")
    clean = check_answers(cfg.application_form, answers if isinstance(answers, dict) else {})
    return await SocialApplication.create(merchant_id=ctx.merchant.id, applicant_id=user.id, answers=clean)


async def review(ctx: HookContext, application: SocialApplication, approve: bool, reason: str, actor: User) -> SocialApplication:
    refuse_own(actor.id, application.applicant_id, "review the application of", "applicationId")
    if application.status != ApplicationStatus.PENDING:
        raise DomainError(ErrorCode.INVALID_TRANSITION, f"the application is {ApplicationStatus(application.status).value}")
    if not approve and not reason.strip():
        raise DomainError(ErrorCode.REQUIRED, "say why the application is rejected", "reason")
    changed = await SocialApplication.filter(id=application.id, status=ApplicationStatus.PENDING).update(
        status=ApplicationStatus.APPROVED if approve else ApplicationStatus.REJECTED, reason=reason.strip()[:300],
        reviewed_by_id=actor.id, reviewed_at=utcnow())
    if changed != 1:
        raise DomainError(ErrorCode.INVALID_TRANSITION, "the application was reviewed meanwhile")
    if approve:
        await promote(ctx, application.applicant_id, "application approved", actor)
    await application.refresh_from_db()
    return application


async def _qualifies_by_purchase(ctx: HookContext, row: SocialMember, order: Order, lines: list[OrderLine], at: CountedAt) -> bool:
    rule = config(ctx).purchase_rule
    if rule.counted_at != at:
        return False
    spend, orders = (row.own_purchases, row.own_orders) if at == CountedAt.PAYMENT else (row.completed_purchases, row.completed_orders)
    return (bool(set(rule.skus) & {line.sku for line in lines})
            or (rule.min_cumulative_spend is not None and spend >= rule.min_cumulative_spend)
            or (rule.min_paid_orders is not None and orders >= rule.min_paid_orders))


async def maybe_join(ctx: HookContext, user_id: int, reason: str, order: Order | None = None,
                     lines: list[OrderLine] | None = None, at: CountedAt | None = None) -> None:
    """Automatic joining (auto mode on joining, purchase mode after a qualifying purchase)."""
    cfg = config(ctx)
    row = await network.member(ctx.merchant.id, user_id)
    if row.status != MemberStatus.CUSTOMER:
        return
    if cfg.join_mode == JoinMode.AUTO or (cfg.join_mode == JoinMode.PURCHASE and order is not None
                                          and await _qualifies_by_purchase(ctx, row, order, lines or [], at)):
        if await _entry_fee_paid(ctx, user_id):
            await promote(ctx, user_id, reason)


# --- commissions on an order ---


async def remember_chain(ctx: HookContext, order: Order) -> None:
    """At placement: the buyer's uplines then, for the payment to pay (order.attribution) — or, for a
    purchase for resale (a reseller's restock) when the merchant does not pay on those, that the order
    is outside social distribution altogether (no commission, no sales counted)."""
    if order.for_resale and not config(ctx).commission_on_resale:
        order.attribution[NAME] = {EXCLUDED: "bought for resale"}
        return
    row = await network.member(ctx.merchant.id, order.buyer_id)
    order.attribution.setdefault(NAME, {})["chain"] = tree.ancestors(row.path)[: config(ctx).depth]


def counts(order: Order) -> bool:
    """Whether social distribution pays and counts on this order (see remember_chain)."""
    return EXCLUDED not in (order.attribution.get(NAME) or {})


async def pay_commissions(ctx: HookContext, order: Order, lines: list[OrderLine]) -> list[rules.Share]:
    """At payment: grant each level its share of each line, and snapshot the rules that did it."""
    cfg = config(ctx)
    merchant_id = ctx.merchant.id
    buyer = await network.member(merchant_id, order.buyer_id)
    chain = (order.attribution.get(NAME) or {}).get("chain")
    if chain is None:  # placed before the plugin was enabled
        chain = tree.ancestors(buyer.path)[: cfg.depth]
    levels = rules.commission_levels(order.buyer_id, cfg.self_purchase and buyer.status == MemberStatus.ACTIVE, chain, cfg.depth)
    rows = {row.user_id: row for row in await SocialMember.filter(merchant_id=merchant_id, user_id__in=[u for _, u in levels])}
    grades = {g.id: g for g in await SocialGrade.filter(merchant_id=merchant_id, id__in=[r.grade_id for r in rows.values() if r.grade_id])}
    beneficiaries = []
    for level, user_id in levels:
        row = rows.get(user_id)
        if row is None or row.status != MemberStatus.ACTIVE:
            continue  # a level without an active distributor is not paid: it stays with the merchant
        grade = grades.get(row.grade_id)
        beneficiaries.append(rules.Beneficiary(level, user_id, (grade.l1_bps, grade.l2_bps, grade.l3_bps) if grade else ()))
    product_rules = {r.product_id: r for r in await SocialProductRule.filter(merchant_id=merchant_id, product_id__in=[l.product_id for l in lines])}
    paid: list[rules.Share] = []
    record = []
    for line in lines:
        rule = product_rules.get(line.product_id)
        spec = rules.ProductRule(rules.RuleMode(rule.mode), (rule.level1, rule.level2, rule.level3)) if rule else None
        shares = rules.line_shares(line.total, line.quantity, beneficiaries, cfg.level_rates_bps, spec, cfg.cap_bps)
        for share in shares:
            await ledger.accrue_commission(order, share.user_id, share.amount, source=NAME, kind=f"level{share.level}",
                                           level=share.level, line=line, base=line.total, rate_bps=share.rate_bps,
                                           key=f"{NAME}:{line.id}:{share.user_id}:{share.level}")
        paid.extend(shares)
        record.append({"line": line.id, "sku": line.sku, "base": line.total,
                       "shares": [{"level": s.level, "user": s.user_id, "amount": s.amount, "rate_bps": s.rate_bps, "basis": s.basis} for s in shares]})
    try:
        async with savepoint():
            await SocialOrderSnapshot.create(merchant_id=merchant_id, order_id=order.id, shares=record, rules={
                "config": cfg.model_dump(mode="json"),
                "product_rules": {str(pid): {"mode": r.mode.value if hasattr(r.mode, "value") else r.mode, "values": [r.level1, r.level2, r.level3]}
                                  for pid, r in product_rules.items()},
                "grades": {str(b.user_id): list(b.grade_rates) for b in beneficiaries},
                "levels": levels,
            })
    except IntegrityError:
        pass  # snapshotted already: a replayed hook changes nothing
    return paid


async def record_payment(ctx: HookContext, order: Order, lines: list[OrderLine]) -> None:
    amount = sum(line.total for line in lines)
    await network.record_sale(ctx.merchant.id, order.buyer_id, amount, paid_order=True)
    credited = await _credited_distributor(ctx, order)
    if credited is not None and amount:
        await SocialSale.create(merchant_id=ctx.merchant.id, order_id=order.id, distributor_id=credited, amount=amount)
    await maybe_join(ctx, order.buyer_id, "qualifying purchase", order, lines, CountedAt.PAYMENT)


async def _credited_distributor(ctx: HookContext, order: Order) -> int | None:
    """Whose sale it is: the buyer's direct upline, or the buyer with self-purchase on."""
    cfg = config(ctx)
    buyer = await network.member(ctx.merchant.id, order.buyer_id)
    if cfg.self_purchase and buyer.status == MemberStatus.ACTIVE:
        return buyer.user_id
    chain = (order.attribution.get(NAME) or {}).get("chain") or tree.ancestors(buyer.path)
    if not chain:
        return None
    upline = await SocialMember.get_or_none(merchant_id=ctx.merchant.id, user_id=chain[0])
    return upline.user_id if upline is not None and upline.status == MemberStatus.ACTIVE else None


async def record_refund(ctx: HookContext, order: Order, refund: Refund) -> None:
    if refund.amount == 0:
        return
    await network.record_sale(ctx.merchant.id, order.buyer_id, -refund.amount, paid_order=False)
    sale = await SocialSale.filter(merchant_id=ctx.merchant.id, order_id=order.id, amount__gt=0).first()
    if sale is not None:
        await SocialSale.create(merchant_id=ctx.merchant.id, order_id=order.id, distributor_id=sale.distributor_id, amount=-refund.amount)


async def record_completion(ctx: HookContext, order: Order) -> None:
    net = sum(line.total - line.refunded_amount for line in await OrderLine.filter(order_id=order.id))
    row = await network.member(ctx.merchant.id, order.buyer_id)
    await SocialMember.filter(id=row.id).update(completed_purchases=row.completed_purchases + net, completed_orders=row.completed_orders + 1)
    lines = await OrderLine.filter(order_id=order.id)
    await maybe_join(ctx, order.buyer_id, "qualifying purchase (completed)", order, lines, CountedAt.COMPLETION)
    chain = (order.attribution.get(NAME) or {}).get("chain") or []
    for user_id in [order.buyer_id, *chain]:
        await evaluate_grade(ctx, user_id)


# --- grades ---


def _grade_rules(grades: list[SocialGrade]) -> list[rules.GradeRule]:
    return [rules.GradeRule(g.id, g.rank, g.require_all, g.own_sales_min, g.team_sales_min, g.direct_recruits_min, g.team_size_min)
            for g in grades]


async def evaluate_grade(ctx: HookContext, user_id: int, grades: list[SocialGrade] | None = None) -> SocialGrade | None:
    """Upgrade a distributor who now meets a higher grade's rules (grades never drop by themselves)."""
    row = await network.member(ctx.merchant.id, user_id)
    if row.status != MemberStatus.ACTIVE:
        return None
    grades = grades if grades is not None else await SocialGrade.filter(merchant_id=ctx.merchant.id).order_by("rank")
    by_id = {g.id: g for g in grades}
    current = by_id.get(row.grade_id)
    target = rules.upgrade_to(rules.GradeStats.of(network.stats(row)), _grade_rules(grades), current.rank if current else None)
    if target is None:
        return None
    changed = await SocialMember.filter(id=row.id, grade_id=row.grade_id).update(grade_id=target.grade_id)
    if changed:
        await _log(ctx, user_id, MemberChangeKind.GRADE, current.name if current else "", by_id[target.grade_id].name,
                   "reached the grade's criteria", None)
    return by_id[target.grade_id]


async def set_grade(ctx: HookContext, user_id: int, grade_id: int | None, reason: str, actor: User) -> SocialMember:
    if not reason.strip():
        raise DomainError(ErrorCode.REQUIRED, "say why", "reason")
    refuse_own(actor.id, user_id, "set the grade of", "memberId")
    row = await network.member(ctx.merchant.id, user_id, lock=True)
    if row.share_code is None:
        raise DomainError("SOCIAL_NOT_DISTRIBUTOR", "this member is not a distributor", "memberId")
    new = None
    if grade_id is not None:
        new = await SocialGrade.get_or_none(merchant_id=ctx.merchant.id, id=grade_id)
        if new is None:
            raise DomainError(ErrorCode.NOT_FOUND, "no such grade", "gradeId")
    old = await SocialGrade.get_or_none(id=row.grade_id) if row.grade_id else None
    await SocialMember.filter(id=row.id).update(grade_id=grade_id)
    await _log(ctx, user_id, MemberChangeKind.GRADE, old.name if old else "", new.name if new else "", reason, actor)
    row.grade_id = grade_id
    return row


async def evaluate_all_grades(ctx: HookContext, batch: int = 1000) -> int:
    """`fenxiao settle`: give every active distributor the grade their counters earn (a member per unit of work)."""
    grades = await SocialGrade.filter(merchant_id=ctx.merchant.id).order_by("rank")
    if not grades:
        return 0

    async def evaluate(user_id: int) -> bool:
        return await evaluate_grade(ctx, user_id, grades) is not None

    raised, last = 0, 0
    while True:
        ids = await (SocialMember.filter(merchant_id=ctx.merchant.id, status=MemberStatus.ACTIVE, user_id__gt=last)
                     .order_by("user_id").limit(batch).values_list("user_id", flat=True))
        if not ids:
            return raised
        raised += await ctx.each_unit("b2b2c_social: raising a grade", ids, evaluate)
        last = ids[-1]


# --- tasks and rankings ---


async def task_progress(merchant_id: int, task: SocialTask, user_ids: list[int] | None = None) -> dict[int, int]:
    """Progress of each member (or of `user_ids`) on a task, by one grouped query."""
    window = {"created_at__gte": task.starts_at, "created_at__lt": task.ends_at}
    if task.metric == TaskMetric.DISTRIBUTORS:
        query = SocialMember.filter(merchant_id=merchant_id, upline_id__isnull=False,
                                    status__in=[MemberStatus.ACTIVE, MemberStatus.FROZEN],
                                    became_distributor_at__gte=task.starts_at, became_distributor_at__lt=task.ends_at)
        if user_ids is not None:
            query = query.filter(upline_id__in=user_ids)
        rows = await query.annotate(n=Count("id")).group_by("upline_id").values_list("upline_id", "n")
    elif task.metric == TaskMetric.RECRUITS:
        query = SocialBindingEvent.filter(merchant_id=merchant_id, new_upline_id__isnull=False,
                                          action__in=[BindingAction.BIND, BindingAction.REBIND, BindingAction.ADMIN_MOVE], **window)
        if user_ids is not None:
            query = query.filter(new_upline_id__in=user_ids)
        rows = await query.annotate(n=Count("id")).group_by("new_upline_id").values_list("new_upline_id", "n")
    else:
        query = SocialSale.filter(merchant_id=merchant_id, **window)
        if user_ids is not None:
            query = query.filter(distributor_id__in=user_ids)
        rows = await query.annotate(n=Sum("amount")).group_by("distributor_id").values_list("distributor_id", "n")
    return {user_id: int(value or 0) for user_id, value in rows}


async def grant_task_rewards(ctx: HookContext, now: datetime) -> int:
    """Cash rewards for tasks achieved: each reward its own unit of work (its row and its money together),
    credited once (unique reward row, idempotent ledger key)."""
    granted = 0
    tasks = await SocialTask.filter(merchant_id=ctx.merchant.id, is_active=True, starts_at__lte=now)
    for task in tasks:
        progress = await task_progress(ctx.merchant.id, task)
        achievers = [user_id for user_id, value in progress.items() if value >= task.target]
        active = sorted(await SocialMember.filter(merchant_id=ctx.merchant.id, user_id__in=achievers, status=MemberStatus.ACTIVE)
                        .values_list("user_id", flat=True))
        done = set(await SocialTaskReward.filter(merchant_id=ctx.merchant.id, task_id=task.id, member_id__in=active)
                   .values_list("member_id", flat=True))

        async def reward(user_id: int, task: SocialTask = task) -> bool:
            return await earn_reward(ctx, task, user_id) is not None

        granted += await ctx.each_unit(f"b2b2c_social: rewarding task {task.id}", [u for u in active if u not in done], reward)
    return granted


async def earn_reward(ctx: HookContext, task: SocialTask, user_id: int) -> SocialTaskReward | None:
    """Record the reward of an achieved task (once); cash is credited to the available balance, in the same unit of work."""
    try:
        async with savepoint():
            reward = await SocialTaskReward.create(merchant_id=ctx.merchant.id, task_id=task.id, member_id=user_id)
    except IntegrityError:
        return None
    if task.reward_kind == RewardKind.CASH and task.reward_amount:
        await ledger.adjust(ctx.merchant.id, user_id, task.reward_amount, f"{NAME}:task:{task.id}:{user_id}",
                            f"task reward: {task.title}")
    return reward


def period_bounds(period: str, timezone: str, now: datetime, start: datetime | None, end: datetime | None) -> tuple[datetime, datetime]:
    """The calendar day, ISO week or month containing `now` in the merchant's time zone, or a custom range."""
    if period == "custom":
        if start is None or end is None or end <= start:
            raise DomainError(ErrorCode.INVALID, "a custom period needs from < to", "to")
        return start.astimezone(dt_timezone.utc), end.astimezone(dt_timezone.utc)
    local = now.astimezone(ZoneInfo(timezone))
    day = local.replace(hour=0, minute=0, second=0, microsecond=0)
    if period == "day":
        begin, finish = day, day + timedelta(days=1)
    elif period == "week":
        begin = day - timedelta(days=day.weekday())
        finish = begin + timedelta(days=7)
    else:
        begin = day.replace(day=1)
        finish = (begin + timedelta(days=32)).replace(day=1)
    # In UTC: SQLite compares stored datetimes as text, which only works in one offset.
    return begin.astimezone(dt_timezone.utc), finish.astimezone(dt_timezone.utc)


async def leaderboard(merchant_id: int, metric: str, begin: datetime, end: datetime, limit: int) -> list[tuple[int, int]]:
    """(user id, value) of the top distributors by sales, commission or recruits in [begin, end)."""
    window = {"created_at__gte": begin, "created_at__lt": end}
    if metric == "sales":
        query = SocialSale.filter(merchant_id=merchant_id, **window).annotate(v=Sum("amount")).group_by("distributor_id")
        rows = await query.order_by("-v", "distributor_id").limit(limit).values_list("distributor_id", "v")
    elif metric == "commission":
        query = (Commission.filter(merchant_id=merchant_id, source=NAME, **window).exclude(state=CommissionState.REVERSED)
                 .annotate(v=Sum("amount")).group_by("beneficiary_id"))
        rows = await query.order_by("-v", "beneficiary_id").limit(limit).values_list("beneficiary_id", "v")
    else:
        query = (SocialBindingEvent.filter(merchant_id=merchant_id, new_upline_id__isnull=False,
                                           action__in=[BindingAction.BIND, BindingAction.REBIND, BindingAction.ADMIN_MOVE], **window)
                 .annotate(v=Count("id")).group_by("new_upline_id"))
        rows = await query.order_by("-v", "new_upline_id").limit(limit).values_list("new_upline_id", "v")
    return [(user_id, int(value or 0)) for user_id, value in rows if (value or 0) > 0]


async def reward_product(ctx: HookContext, task_id: int, user_id: int) -> tuple[SocialTask, SocialTaskReward]:
    """A product reward the member may claim now (achieved, not claimed yet)."""
    task = await SocialTask.get_or_none(merchant_id=ctx.merchant.id, id=task_id)
    if task is None or task.reward_kind != RewardKind.PRODUCT or task.reward_product_id is None:
        raise DomainError(ErrorCode.NOT_FOUND, "no such task with a product reward", "taskId")
    reward = await SocialTaskReward.filter(merchant_id=ctx.merchant.id, task_id=task.id, member_id=user_id).select_for_update().first()
    if reward is None:
        progress = (await task_progress(ctx.merchant.id, task, [user_id])).get(user_id, 0)
        if progress < task.target or utcnow() < task.starts_at:
            raise DomainError("SOCIAL_TASK_NOT_ACHIEVED", f"{progress} of {task.target} so far", "taskId")
        reward = await earn_reward(ctx, task, user_id) or await SocialTaskReward.get(merchant_id=ctx.merchant.id, task_id=task.id, member_id=user_id)
    if reward.claimed_order_id is not None:
        raise DomainError(ErrorCode.INVALID_TRANSITION, "the reward was claimed already", "taskId")
    return task, reward


async def claim(ctx: HookContext, task_id: int, order: Order) -> None:
    """The order claims the reward: once (a second claim of the same reward rolls its order back)."""
    _, reward = await reward_product(ctx, task_id, order.buyer_id)
    changed = await SocialTaskReward.filter(id=reward.id, claimed_order_id__isnull=True).update(claimed_order_id=order.id)
    if changed != 1:
        raise DomainError(ErrorCode.INVALID_TRANSITION, "the reward was claimed already", "taskId")
