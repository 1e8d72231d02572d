"""The referral network: members' places, binding, moving subtrees, and the team counters.

Every member of the network has a row with the materialized path of their
uplines; moving a member (bind, rebind, expiry, an admin's move) rewrites the
paths of their subtree in one statement and moves the subtree's counters from
the old ancestors to the new ones (rules.subtree_deltas), so team sizes and
sales are always read from one row. Rows taking part in a move are locked in
user-id order, so concurrent moves cannot deadlock or interleave.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from tortoise.timezone import now as utcnow

from fenxiao.core import db, tree
from fenxiao.core.unit_of_work import require
from fenxiao.plugins import DomainError, fits, HookContext
from fenxiao.plugins.b2b2c_social import rules
from fenxiao.plugins.b2b2c_social.config import BindingMode, SocialConfig
from fenxiao.plugins.b2b2c_social.models import BindingAction, BindingSource, MemberStatus, SocialBindingEvent, SocialMember

NAME = "b2b2c_social"


async def member(merchant_id: int, user_id: int, *, lock: bool = False) -> SocialMember:
    """The member's row, created as a root of the network on first use (race-safe)."""
    if lock:
        require("locking a network member")
    query = SocialMember.filter(merchant_id=merchant_id, user_id=user_id)
    row = await (query.select_for_update().first() if lock else query.first())
    if row is not None:
        return row
    await db.execute(
        "INSERT INTO social_member (merchant_id, user_id, path, depth, status, own_purchases, own_orders, "
        "completed_purchases, completed_orders, team_l1, team_l2, team_l3, team_total, sales_l1, sales_l2, sales_l3, "
        "sales_total, created_at) VALUES (?, ?, ?, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ?) "
        "ON CONFLICT (merchant_id, user_id) DO NOTHING",
        merchant_id, user_id, tree.path_of(None, user_id), MemberStatus.CUSTOMER.value, utcnow(),
    )
    return await (query.select_for_update().first() if lock else query.first())


async def uplines(merchant_id: int, path: str) -> list[dict]:
    """Every upline of the member with this path, nearest first (user, depth, status, team and sales totals).

    The ids come from the path; their rows are one statement at any depth on PostgreSQL
    (one array parameter, db.in_ids), so a chain 10,000 deep costs what a short one does
    in statements, and only its rows' transfer in time.
    """
    ids = tree.ancestors(path)
    rows: list[dict] = []
    for condition, params in db.in_ids("user_id", ids):
        rows += await db.fetch(f"SELECT user_id, depth, status, team_total, sales_total FROM social_member "
                               f"WHERE merchant_id = ? AND {condition}", merchant_id, *params)
    rows.sort(key=lambda row: -row["depth"])
    return rows


def stats(row: SocialMember) -> rules.TeamStats:
    return rules.TeamStats(
        own_purchases=row.own_purchases, team=(row.team_l1, row.team_l2, row.team_l3), team_total=row.team_total,
        sales=(row.sales_l1, row.sales_l2, row.sales_l3), sales_total=row.sales_total,
    )


async def _apply(merchant_id: int, ancestors: list[int], members: int, sales: int, deltas: list[rules.AncestorDelta]) -> None:
    """Add a subtree's counters to (or, negative, take them from) the ancestors, nearest first."""
    require("moving team counters")
    if not ancestors or (members == 0 and sales == 0):
        return
    for condition, ids in db.in_ids("user_id", ancestors):
        await db.execute(
            f"UPDATE social_member SET team_total = team_total + ?, sales_total = sales_total + ? WHERE merchant_id = ? AND {condition}",
            members, sales, merchant_id, *ids,
        )
    for delta in deltas[: len(ancestors)]:
        await db.execute(
            "UPDATE social_member SET team_l1 = team_l1 + ?, team_l2 = team_l2 + ?, team_l3 = team_l3 + ?, "
            "sales_l1 = sales_l1 + ?, sales_l2 = sales_l2 + ?, sales_l3 = sales_l3 + ? WHERE merchant_id = ? AND user_id = ?",
            *delta.team, *delta.sales, merchant_id, ancestors[delta.distance - 1],
        )


async def move(row: SocialMember, new_upline: SocialMember | None) -> None:
    """Put `row` (with its whole team) under `new_upline`, or make it a root (None)."""
    merchant_id = row.merchant_id
    moved = stats(row)
    members, sales, deltas = rules.subtree_deltas(moved, -1)
    await _apply(merchant_id, tree.ancestors(row.path), members, sales, deltas)
    new_path = tree.path_of(new_upline.path if new_upline else None, row.user_id)
    new_depth = new_upline.depth + 1 if new_upline else 0
    await tree.rewrite_subtree("social_member", merchant_id, row.user_id, row.path, new_path)
    await db.execute("UPDATE social_member SET upline_id = ? WHERE id = ?", new_upline.user_id if new_upline else None, row.id)
    row.path, row.depth, row.upline_id = new_path, new_depth, new_upline.user_id if new_upline else None
    members, sales, deltas = rules.subtree_deltas(moved, +1)
    await _apply(merchant_id, tree.ancestors(new_path), members, sales, deltas)


async def _lock_pair(merchant_id: int, a: int, b: int) -> tuple[SocialMember, SocialMember]:
    first, second = sorted((a, b))
    rows = {first: await member(merchant_id, first, lock=True), second: await member(merchant_id, second, lock=True)}
    return rows[a], rows[b]


async def by_code(merchant_id: int, code: str) -> SocialMember | None:
    code = (code or "").strip().upper()
    if not code or not fits(SocialMember, "share_code", code):
        return None
    return await SocialMember.filter(merchant_id=merchant_id, share_code=code, status=MemberStatus.ACTIVE).first()


async def bind(ctx: HookContext, user_id: int, code: str, source: BindingSource, is_new_member: bool,
               strict: bool = False) -> rules.BindDecision:
    """Bind the member to the distributor whose share code this is, if the merchant's rules allow.

    With `strict` (an explicit bind request) a refusal is raised as an error;
    otherwise (a code along with a registration or an order) it is only returned.
    """
    config: SocialConfig = ctx.config(NAME)
    merchant_id = ctx.merchant.id
    upline = await by_code(merchant_id, code)
    if upline is None:
        decision = rules.BindDecision(None, "no active distributor has this code")
        if strict:
            raise DomainError("SOCIAL_CODE_UNKNOWN", decision.reason, "code")
        return decision
    row, upline = await _lock_pair(merchant_id, user_id, upline.user_id)
    now = utcnow()
    decision = rules.bind_decision(config.binding_mode, row.upline_id, row.binding_expires_at, now, upline.user_id,
                                   user_id, is_new_member, config.bind_new_members_only)
    if upline.user_id == user_id or (decision.action is not None and tree.creates_cycle(user_id, upline.path)):
        decision = rules.BindDecision(None, "this is your own code" if upline.user_id == user_id else "the code's owner is in this member's own team")
        if strict:  # one condition, one code: the same as moving a member under their own team (socialMemberMove)
            raise DomainError("SOCIAL_CYCLE", decision.reason, "code")
    if decision.action is None:
        if strict:
            raise DomainError("SOCIAL_BIND_REFUSED", decision.reason, "code")
        return decision
    old_upline = row.upline_id
    await move(row, upline)
    expires = now + timedelta(days=config.binding_days) if config.binding_mode == BindingMode.FIRST_TOUCH_EXPIRING else None
    await SocialMember.filter(id=row.id).update(bound_at=now, binding_expires_at=expires)
    await SocialBindingEvent.create(
        merchant_id=merchant_id, member_id=user_id, action=BindingAction(decision.action.value), source=source,
        old_upline_id=old_upline, new_upline_id=upline.user_id, code=upline.share_code or "", reason=decision.reason,
        actor_id=ctx.user.id if ctx.user else None,
    )
    return decision


async def admin_move(ctx: HookContext, user_id: int, upline_id: int | None, reason: str) -> SocialMember:
    merchant_id = ctx.merchant.id
    if upline_id is None:
        row, upline = await member(merchant_id, user_id, lock=True), None
    else:
        row, upline = await _lock_pair(merchant_id, user_id, upline_id)
        if tree.creates_cycle(user_id, upline.path):
            raise DomainError("SOCIAL_CYCLE", "the new upline is in this member's own team (or is the member)", "uplineId")
    if row.upline_id == upline_id:
        raise DomainError("SOCIAL_BIND_REFUSED", "the member already has this upline", "uplineId")
    old_upline = row.upline_id
    await move(row, upline)
    await SocialMember.filter(id=row.id).update(bound_at=utcnow() if upline else None, binding_expires_at=None)
    await SocialBindingEvent.create(
        merchant_id=merchant_id, member_id=user_id, action=BindingAction.ADMIN_MOVE, source=BindingSource.ADMIN,
        old_upline_id=old_upline, new_upline_id=upline_id, reason=reason, actor_id=ctx.user.id if ctx.user else None,
    )
    return row


async def expire_bindings(ctx: HookContext, now: datetime) -> int:
    """Expiring first-touch bindings past their term let go: the member becomes a root, free to rebind.
    One member per unit of work (the move, the counters of both chains and the history row together)."""

    async def expire(user_id: int) -> bool:
        row = await member(ctx.merchant.id, user_id, lock=True)
        if row.binding_expires_at is None or row.binding_expires_at > now:
            return False  # rebound or released meanwhile
        old_upline = row.upline_id
        await move(row, None)
        await SocialMember.filter(id=row.id).update(binding_expires_at=None, bound_at=None)
        await SocialBindingEvent.create(
            merchant_id=ctx.merchant.id, member_id=user_id, action=BindingAction.EXPIRE, source=BindingSource.SYSTEM,
            old_upline_id=old_upline, new_upline_id=None, reason="the binding term ended",
        )
        return True

    due = await SocialMember.filter(merchant_id=ctx.merchant.id, binding_expires_at__lte=now).order_by("id").values_list("user_id", flat=True)
    return await ctx.each_unit("b2b2c_social: expiring a binding", due, expire)


async def record_sale(merchant_id: int, buyer_id: int, amount: int, paid_order: bool) -> None:
    """The buyer paid (or, negative, was refunded) `amount`: their counters and their ancestors' move."""
    require("moving team counters")
    row = await member(merchant_id, buyer_id)
    await db.execute(
        "UPDATE social_member SET own_purchases = own_purchases + ?, own_orders = own_orders + ? WHERE id = ?",
        amount, 1 if paid_order else 0, row.id,
    )
    deltas = [rules.AncestorDelta(k, sales=tuple(amount if level == k else 0 for level in range(1, rules.STAT_LEVELS + 1)))
              for k in range(1, rules.STAT_LEVELS + 1)]
    await _apply(merchant_id, tree.ancestors(row.path), 0, amount, deltas)


async def problems(merchant_id: int | None) -> list[str]:
    """Paths and counters that do not agree with the upline links.

    Checked locally, parent against children, which together imply the whole
    network is right: a path is the upline's path plus the member; level-1
    counts and totals are the sums over the children.
    """
    scope, params = ("AND m.merchant_id = ?", [merchant_id]) if merchant_id is not None else ("", [])
    found = [f"social member {row['user_id']}: path {row['path']!r} does not follow its upline"
             for row in await db.fetch(
                 "SELECT m.user_id, m.path FROM social_member m LEFT JOIN social_member u "
                 "ON u.merchant_id = m.merchant_id AND u.user_id = m.upline_id "
                 f"WHERE ((m.upline_id IS NULL AND m.path <> '/' || CAST(m.user_id AS TEXT) || '/') "
                 f"OR (m.upline_id IS NOT NULL AND (u.id IS NULL OR m.path <> u.path || CAST(m.user_id AS TEXT) || '/'))) {scope}",
                 *params)]
    sums = await db.fetch(
        "SELECT p.user_id, p.team_l1, p.team_total, p.sales_l1, p.sales_total, "
        "COUNT(c.id) AS children, COALESCE(SUM(c.team_total + 1), 0) AS below, "
        "COALESCE(SUM(c.own_purchases), 0) AS bought, COALESCE(SUM(c.own_purchases + c.sales_total), 0) AS team_sales "
        "FROM social_member p LEFT JOIN social_member c ON c.merchant_id = p.merchant_id AND c.upline_id = p.user_id "
        f"WHERE 1 = 1 {scope.replace('m.', 'p.')} GROUP BY p.id, p.user_id, p.team_l1, p.team_total, p.sales_l1, p.sales_total",
        *params)
    for row in sums:
        if (row["team_l1"], row["team_total"], row["sales_l1"], row["sales_total"]) != (
                row["children"], int(row["below"]), int(row["bought"]), int(row["team_sales"])):
            found.append(f"social member {row['user_id']}: counters {row['team_l1']}/{row['team_total']}/{row['sales_l1']}/"
                         f"{row['sales_total']} but its team says {row['children']}/{row['below']}/{row['bought']}/{row['team_sales']}")
    return found
