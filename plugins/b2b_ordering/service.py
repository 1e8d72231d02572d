"""Use cases of cloud-warehouse ordering: resellers, prices, restocks and their sourcing, shop sales, pick-ups."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta
from typing import Any

from tortoise.functions import Sum
from tortoise.timezone import now as utcnow

from fenxiao.core import ledger, tree
from fenxiao.core.models import Commission, Order, OrderLine, OrderStatus, Product, Refund, RefundLine, StockLevel, User
from fenxiao.core.services import orders
from fenxiao.core.services.accounts import grant_role, revoke_role
from fenxiao.core.unit_of_work import require
from fenxiao.plugins import BPS, apply_bps, money, DomainError, ErrorCode, fits, HookContext, refuse_own
from fenxiao.plugins.b2b_ordering import rules, stock
from fenxiao.plugins.b2b_ordering.config import CommissionPayer, JoinMode, OrderingConfig, ShortUpline
from fenxiao.plugins.b2b_ordering.models import (
    ResellerChangeKind,
    CloudStockReason,
    OrderingCloudStock,
    OrderingLevel,
    OrderingLevelPrice,
    OrderingReseller,
    OrderingResellerChange,
    OrderingShopPrice,
    OrderingSourcing,
    OrderingStockMovement,
    ResellerStatus,
    SourcingStatus,
)

NAME = "b2b_ordering"
ROLE = "reseller"
RESTOCK, RETAIL, PICKUP = "restock", "retail", "pickup"
CLOUD_STOCK, CLOUD_PICKUP = "cloud_stock", "cloud_pickup"
CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"


def config(ctx: HookContext) -> OrderingConfig:
    return ctx.config(NAME)


def kind_of(order_or_draft: Any) -> str | None:
    return (order_or_draft.attribution.get(NAME) or {}).get("kind")


# --- resellers ---


async def reseller(merchant_id: int, user_id: int, lock: bool = False) -> OrderingReseller | None:
    if lock:
        require("locking a reseller")
    query = OrderingReseller.filter(merchant_id=merchant_id, user_id=user_id)
    return await (query.select_for_update().first() if lock else query.first())


async def active_reseller(merchant_id: int, user_id: int, field: str | None = None) -> OrderingReseller:
    row = await reseller(merchant_id, user_id)
    if row is None or row.status != ResellerStatus.ACTIVE:
        raise DomainError("ORDERING_NOT_RESELLER", "only active resellers may do this", field)
    return row


async def _code(merchant_id: int) -> str:
    for _ in range(10):
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(8))
        if not await OrderingReseller.exists(merchant_id=merchant_id, invite_code=code):
            return code
    raise RuntimeError("could not allocate an invite code")


async def _level(merchant_id: int, level_id: int | None) -> OrderingLevel:
    if level_id is None:
        level = await OrderingLevel.filter(merchant_id=merchant_id).order_by("rank").first()
        if level is None:
            raise DomainError("ORDERING_NO_LEVELS", "the brand has not set up reseller levels yet")
        return level
    level = await OrderingLevel.get_or_none(merchant_id=merchant_id, id=level_id)
    if level is None:
        raise DomainError(ErrorCode.NOT_FOUND, "no such level", "levelId")
    return level


async def _log(ctx: HookContext, user_id: int, kind: ResellerChangeKind, old: str, new: str, reason: str, actor: User | None) -> None:
    await OrderingResellerChange.create(merchant_id=ctx.merchant.id, reseller_id=user_id, kind=kind, old_value=old[:64],
                                        new_value=new[:64], reason=reason[:300], actor_id=actor.id if actor else None)


async def _create(ctx: HookContext, user: User, level: OrderingLevel, upline: OrderingReseller | None, status: ResellerStatus,
                  answers: dict, reason: str) -> OrderingReseller:
    existing = await reseller(ctx.merchant.id, user.id, lock=True)
    if existing is not None and existing.status != ResellerStatus.REJECTED:
        raise DomainError("ORDERING_ALREADY_RESELLER", f"already a reseller ({ResellerStatus(existing.status).value})")
    fields = {"level_id": level.id, "upline_id": upline.user_id if upline else None, "recommender_id": upline.user_id if upline else None,
              "path": tree.path_of(upline.path if upline else None, user.id), "status": status, "answers": answers, "reason": reason}
    if existing is not None:  # a rejected applicant applies again
        await OrderingReseller.filter(id=existing.id).update(**fields)
        await existing.refresh_from_db()
        row = existing
    else:
        row = await OrderingReseller.create(merchant_id=ctx.merchant.id, user_id=user.id, invite_code=await _code(ctx.merchant.id), **fields)
    if status == ResellerStatus.ACTIVE:
        await grant_role(ctx.merchant.id, user.id, ROLE)
    await _log(ctx, user.id, ResellerChangeKind.STATUS, "", status.value, reason, None)
    return row


async def apply(ctx: HookContext, user: User, level_id: int | None, invite_code: str | None, answers: dict) -> OrderingReseller:
    if config(ctx).join_mode == JoinMode.INVITATION:
        raise DomainError("ORDERING_JOIN_CLOSED", "this brand takes resellers by invitation only")
    upline = await _by_code(ctx, invite_code) if invite_code else None
    level = await _level(ctx.merchant.id, level_id)
    if upline is not None:
        await _below(ctx, level, upline)
    clean = {str(k)[:32]: str(v)[:500] for k, v in (answers or {}).items()} if isinstance(answers, dict) else {}
    return await _create(ctx, user, level, upline, ResellerStatus.PENDING, clean, "applied")


async def _by_code(ctx: HookContext, code: str) -> OrderingReseller:
    code = (code or "").strip().upper()
    row = None
    if fits(OrderingReseller, "invite_code", code):
        row = await OrderingReseller.get_or_none(merchant_id=ctx.merchant.id, invite_code=code, status=ResellerStatus.ACTIVE)
    if row is None:
        raise DomainError("ORDERING_CODE_UNKNOWN", "no active reseller has this invite code", "inviteCode")
    return row


async def _below(ctx: HookContext, level: OrderingLevel, upline: OrderingReseller) -> None:
    upline_level = await OrderingLevel.get(id=upline.level_id)
    if level.rank >= upline_level.rank:
        raise DomainError("ORDERING_LEVEL_TOO_HIGH", f"a reseller under a {upline_level.name} joins at a lower level", "levelId")


async def join(ctx: HookContext, user: User, invite_code: str, level_id: int | None) -> OrderingReseller:
    cfg = config(ctx)
    if cfg.join_mode == JoinMode.APPLICATION:
        raise DomainError("ORDERING_JOIN_CLOSED", "this brand takes applications only")
    upline = await _by_code(ctx, invite_code)
    level = await _level(ctx.merchant.id, level_id)
    await _below(ctx, level, upline)
    status = ResellerStatus.PENDING if cfg.invitation_needs_review else ResellerStatus.ACTIVE
    return await _create(ctx, user, level, upline, status, {}, "invited by an upline")


async def review(ctx: HookContext, user_id: int, approve: bool, level_id: int | None, reason: str, actor: User) -> OrderingReseller:
    refuse_own(actor.id, user_id, "review the application of", "memberId")
    row = await reseller(ctx.merchant.id, user_id, lock=True)
    if row is None or row.status != ResellerStatus.PENDING:
        raise DomainError(ErrorCode.INVALID_TRANSITION, "no pending application for this member", "memberId")
    if not approve and not reason.strip():
        raise DomainError(ErrorCode.REQUIRED, "say why the application is rejected", "reason")
    changes: dict[str, Any] = {"status": ResellerStatus.ACTIVE if approve else ResellerStatus.REJECTED, "reason": reason.strip()[:300]}
    if approve and level_id is not None:
        changes["level_id"] = (await _level(ctx.merchant.id, level_id)).id
    await OrderingReseller.filter(id=row.id).update(**changes)
    if approve:
        await grant_role(ctx.merchant.id, user_id, ROLE)
    await _log(ctx, user_id, ResellerChangeKind.STATUS, "pending", changes["status"].value, reason or "approved", actor)
    await row.refresh_from_db()
    return row


async def change(ctx: HookContext, user_id: int, actor: User, reason: str, level_id: int | None = None,
                 upline_id: int | None | bool = False, status: ResellerStatus | None = None) -> OrderingReseller:
    """The brand changes a reseller's level, upline (None: directly under the brand) or status, with a reason."""
    refuse_own(actor.id, user_id, "change the level, upline or status of", "memberId")
    if not reason.strip():
        raise DomainError(ErrorCode.REQUIRED, "say why", "reason")
    row = await reseller(ctx.merchant.id, user_id, lock=True)
    if row is None:
        raise DomainError(ErrorCode.NOT_FOUND, "not a reseller", "memberId")
    if level_id is not None and level_id != row.level_id:
        old, new = await OrderingLevel.get(id=row.level_id), await _level(ctx.merchant.id, level_id)
        await OrderingReseller.filter(id=row.id).update(level_id=new.id)
        await _log(ctx, user_id, ResellerChangeKind.LEVEL, old.name, new.name, reason, actor)
    if upline_id is not False and upline_id != row.upline_id:
        upline = None
        if upline_id is not None:
            upline = await active_reseller(ctx.merchant.id, upline_id, "uplineId")
            if tree.creates_cycle(user_id, upline.path):
                raise DomainError("ORDERING_CYCLE", "the new upline is below this reseller (or is them)", "uplineId")
        new_path = tree.path_of(upline.path if upline else None, user_id)
        await tree.rewrite_subtree("ordering_reseller", ctx.merchant.id, user_id, row.path, new_path, depth_column=None)
        await OrderingReseller.filter(id=row.id).update(upline_id=upline_id)
        await _log(ctx, user_id, ResellerChangeKind.UPLINE, str(row.upline_id or "brand"), str(upline_id or "brand"), reason, actor)
    if status is not None and status != row.status:
        if status not in (ResellerStatus.ACTIVE, ResellerStatus.SUSPENDED) or row.status == ResellerStatus.PENDING:
            raise DomainError(ErrorCode.INVALID_TRANSITION, "suspend an active reseller or reactivate a suspended one", "status")
        await OrderingReseller.filter(id=row.id).update(status=status)
        await (grant_role if status == ResellerStatus.ACTIVE else revoke_role)(ctx.merchant.id, user_id, ROLE)
        await _log(ctx, user_id, ResellerChangeKind.STATUS, ResellerStatus(row.status).value, status.value, reason, actor)
    await row.refresh_from_db()
    return row


# --- prices ---


async def check_spread(merchant_id: int, level: OrderingLevel | None = None, price: OrderingLevelPrice | None = None) -> None:
    """Refuse a level (its rank or discount) or a level's price that would make a lower level buy
    cheaper than a level above it (ORDERING_PRICE_INVERTED), for every product the levels price
    differently: the discounts alone, and each product with an explicit price. Three queries."""
    levels = {row.id: row for row in await OrderingLevel.filter(merchant_id=merchant_id)}
    if level is not None:
        levels[level.id or 0] = level
    explicit = {(row.level_id, row.product_id): row.price for row in await OrderingLevelPrice.filter(merchant_id=merchant_id)}
    if price is not None:
        explicit[(price.level_id, price.product_id)] = price.price
    field = "price" if price is not None else "discountBps"
    by_discount = rules.inversion([(row.rank, BPS - row.discount_bps, row.name) for row in levels.values()])
    if by_discount is not None:
        raise DomainError("ORDERING_PRICE_INVERTED", f"{by_discount[0]} would get a bigger discount than {by_discount[1]} above it", field)
    products = {row.id: row for row in await Product.filter(merchant_id=merchant_id, id__in={pid for _, pid in explicit})}
    for product_id, product in products.items():
        found = rules.inversion([(row.rank, rules.level_price(product.price, row.discount_bps, explicit.get((lid, product_id))), row.name)
                                 for lid, row in levels.items()])
        if found is not None:
            raise DomainError("ORDERING_PRICE_INVERTED", f"{product.title}: {found[0]} would buy cheaper than {found[1]} above it", field)


async def level_prices(merchant_id: int, level_ids: set[int], product_ids: set[int]) -> dict[tuple[int, int], int]:
    """(level, product) → price, for every pair asked: one query for levels, one for explicit prices."""
    levels = {level.id: level for level in await OrderingLevel.filter(merchant_id=merchant_id, id__in=level_ids)}
    explicit = {(p.level_id, p.product_id): p.price for p in await OrderingLevelPrice.filter(
        merchant_id=merchant_id, level_id__in=level_ids, product_id__in=product_ids)}
    products = {p.id: p.price for p in await Product.filter(merchant_id=merchant_id, id__in=product_ids)}
    return {(lid, pid): rules.level_price(products[pid], levels[lid].discount_bps, explicit.get((lid, pid)))
            for lid in levels for pid in products}


async def price_list(merchant_id: int, row: OrderingReseller, products: list[Product]) -> dict[int, int]:
    prices = await level_prices(merchant_id, {row.level_id}, {p.id for p in products})
    return {p.id: prices[(row.level_id, p.id)] for p in products}


async def shop_price(merchant_id: int, seller_id: int, product: Product) -> int:
    own = await OrderingShopPrice.get_or_none(merchant_id=merchant_id, reseller_id=seller_id, product_id=product.id)
    return own.price if own else product.price


async def set_shop_price(ctx: HookContext, user: User, product: Product, price: int) -> OrderingShopPrice:
    await active_reseller(ctx.merchant.id, user.id)
    if not rules.within_bounds(price, product.min_resale_price, product.max_resale_price):
        raise DomainError(ErrorCode.PRICE_OUT_OF_RANGE, _bounds_text(product, ctx.merchant.currency), "price")
    row = await OrderingShopPrice.get_or_none(merchant_id=ctx.merchant.id, reseller_id=user.id, product_id=product.id)
    if row is None:
        return await OrderingShopPrice.create(merchant_id=ctx.merchant.id, reseller_id=user.id, product_id=product.id, price=price)
    row.price = price
    await row.save()
    return row


def _bounds_text(product: Product, currency: str) -> str:
    low, high = product.min_resale_price, product.max_resale_price
    return (f"{product.title} must sell between {money.shown(low, currency) if low is not None else 'any price'} "
            f"and {money.shown(high, currency) if high is not None else 'any price'}")


# --- placing orders (hooks) ---


async def quote(ctx: HookContext, draft: Any, product: Product) -> int | None:
    kind = kind_of(draft)
    if kind == RESTOCK:
        row = await active_reseller(ctx.merchant.id, draft.buyer.id)
        return (await price_list(ctx.merchant.id, row, [product]))[product.id]
    if kind == PICKUP:
        return 0
    if draft.seller is not None and await _is_reseller(ctx, draft.seller.id):
        return await shop_price(ctx.merchant.id, draft.seller.id, product)
    return None


async def _is_reseller(ctx: HookContext, user_id: int) -> bool:
    return await OrderingReseller.exists(merchant_id=ctx.merchant.id, user_id=user_id, status=ResellerStatus.ACTIVE)


async def validate(ctx: HookContext, draft: Any) -> list[DomainError]:
    kind = kind_of(draft)
    if kind in (RESTOCK, PICKUP):
        row = await active_reseller(ctx.merchant.id, draft.buyer.id)
        if kind == RESTOCK:
            level = await OrderingLevel.get(id=row.level_id)
            units = sum(line.quantity for line in draft.lines)
            amount = sum(line.unit_price * line.quantity for line in draft.lines)
            if units < level.min_order_quantity:
                return [DomainError("ORDERING_BELOW_MINIMUM", f"a {level.name} restocks at least {level.min_order_quantity} units", "lines")]
            if amount < level.min_order_amount:
                return [DomainError("ORDERING_BELOW_MINIMUM", f"a {level.name} restocks at least {money.shown(level.min_order_amount, ctx.merchant.currency)}",
                                    "lines")]
        return []
    if draft.seller is not None and await _is_reseller(ctx, draft.seller.id):
        return [DomainError(ErrorCode.PRICE_OUT_OF_RANGE, _bounds_text(line.product, ctx.merchant.currency), f"lines.{line.index}.productId")
                for line in draft.lines
                if not rules.within_bounds(line.unit_price, line.product.min_resale_price, line.product.max_resale_price)]
    return []


async def placed(ctx: HookContext, order: Order, lines: list[OrderLine], draft: Any) -> None:
    """Record what kind of order this is for this plugin, and hold the cloud stock a shop sale or a pick-up will take."""
    kind = kind_of(draft)
    if kind not in (RESTOCK, PICKUP):
        kind = None
        if draft.seller is not None and await _is_reseller(ctx, draft.seller.id) and config(ctx).retail_from_cloud_stock:
            kind = RETAIL
    if kind is None:
        return
    order.attribution[NAME] = {"kind": kind, **({"seller": draft.seller.id} if kind == RETAIL else {})}
    holder = draft.seller.id if kind == RETAIL else order.buyer_id if kind == PICKUP else None
    if holder is None:
        return
    for i, line in enumerate(lines):
        await stock.reserve(ctx.merchant.id, holder, line.product_id, line.quantity, order.id, f"lines.{i}.quantity")


def _holder(order: Order) -> int | None:
    kind = kind_of(order)
    return (order.attribution[NAME].get("seller") if kind == RETAIL else order.buyer_id) if kind in (RETAIL, PICKUP) else None


async def cancelled(ctx: HookContext, order: Order) -> None:
    holder = _holder(order)
    if holder is not None:
        for line in await OrderLine.filter(order_id=order.id):
            await stock.release(ctx.merchant.id, holder, line.product_id, line.quantity, order.id)


# --- paying ---


async def paid(ctx: HookContext, order: Order, lines: list[OrderLine]) -> None:
    kind = kind_of(order)
    if kind == RESTOCK:
        await _restock_paid(ctx, order, lines)
    elif kind in (RETAIL, PICKUP):
        holder = _holder(order)
        for line in lines:
            reason = CloudStockReason.SALE if kind == RETAIL else CloudStockReason.PICKUP
            await stock.take(ctx.merchant.id, holder, line.product_id, line.quantity, reason, order.id,
                             counterparty_id=order.buyer_id if kind == RETAIL else None, reserved=True)


async def credit_shop_sale(ctx: HookContext, order: Order, lines: list[OrderLine], commissions: list[Commission]) -> None:
    """A shop sale is paid and every plugin has granted its commissions on it: pay the reseller.

    The shop's units are consumed, so the reseller is paid the whole sale (their cost back plus
    margin) — less, when the merchant has the selling reseller bear them, the commissions the
    other modes pay on it (a distributor's, an agent's), which the brand bears otherwise."""
    if kind_of(order) != RETAIL:
        return
    seller = _holder(order)
    borne = {line.id: 0 for line in lines}
    if config(ctx).shop_sale_commissions_paid_by == CommissionPayer.RESELLER:
        borne = rules.borne_by_line([(line.id, line.total) for line in lines],
                                    [(c.line_id, c.amount) for c in commissions if c.source != NAME and c.beneficiary_id != seller])
    for line in lines:
        credit = line.total - borne[line.id]
        if credit > 0:
            await ledger.accrue_commission(order, seller, credit, source=NAME, kind="retail_sale", line=line, base=line.total)


async def _restock_paid(ctx: HookContext, order: Order, lines: list[OrderLine]) -> None:
    row = await active_reseller(ctx.merchant.id, order.buyer_id)
    hours = config(ctx).wait_for_upline_hours
    for line in lines:
        held = await stock.available(ctx.merchant.id, row.upline_id, line.product_id) if row.upline_id is not None else 0
        if row.upline_id is not None and held < line.quantity and hours:
            await OrderingSourcing.create(merchant_id=ctx.merchant.id, order_id=order.id, line_id=line.id, buyer_id=order.buyer_id,
                                          seller_id=row.upline_id, quantity=line.quantity, unit_price=line.unit_price,
                                          status=SourcingStatus.WAITING, wait_until=utcnow() + timedelta(hours=hours))
        else:
            await _source(ctx, order, line, row, row.upline_id, units=_from_upline(ctx, line, held))
    await _rebate(ctx, order, row)
    await _count_purchase(ctx, order, row)
    await _complete_if_sourced(ctx, order)
    await fill_waiting(ctx, order.buyer_id)  # units that just arrived may be what downlines wait for


def _from_upline(ctx: HookContext, line: OrderLine, held: int) -> int:
    """How many of a restock line's units the upline supplies, holding `held`: all when it holds
    enough; when short, what it holds (config `short_upline: split`) or none (`brand`)."""
    if held >= line.quantity:
        return line.quantity
    return max(0, held) if config(ctx).short_upline == ShortUpline.SPLIT else 0


async def _source(ctx: HookContext, order: Order, line: OrderLine, buyer: OrderingReseller, seller_id: int | None,
                  sourcing: OrderingSourcing | None = None, units: int | None = None) -> None:
    """Put a restock line's units in the buyer's cloud stock: `units` of them from the upline's (which is
    paid their price: a stock sale), the rest from the brand's (the uplines are paid the spread on them).

    A line is sourced at once, whole (a waiting line is refunded whole or not at all: see `refunded`), so
    its commissions are granted on the line and reverse in proportion like any other."""
    merchant_id = ctx.merchant.id
    units = (line.quantity if units is None else units) if seller_id is not None else 0
    if units:
        try:
            await stock.take(merchant_id, seller_id, line.product_id, units, CloudStockReason.TRANSFER_OUT, order.id, counterparty_id=buyer.user_id)
        except DomainError:
            units = 0  # the upline's stock went meanwhile: the brand supplies
    upline_paid = line.total * units // line.quantity
    if units:
        await stock.add(merchant_id, buyer.user_id, line.product_id, units, upline_paid, CloudStockReason.TRANSFER_IN, order.id, seller_id)
        await ledger.accrue_commission(order, seller_id, upline_paid, source=NAME, kind="stock_sale", line=line, base=line.total)
    if units < line.quantity:
        await stock.add(merchant_id, buyer.user_id, line.product_id, line.quantity - units, line.total - upline_paid,
                        CloudStockReason.RESTOCK, order.id)
        await _spreads(ctx, order, line, buyer, line.quantity - units, line.total - upline_paid)
    seller_id = seller_id if units else None
    if sourcing is None:
        await OrderingSourcing.create(merchant_id=merchant_id, order_id=order.id, line_id=line.id, buyer_id=buyer.user_id, seller_id=seller_id,
                                      quantity=line.quantity, unit_price=line.unit_price, status=SourcingStatus.SOURCED)
    else:
        await OrderingSourcing.filter(id=sourcing.id).update(status=SourcingStatus.SOURCED, seller_id=seller_id, wait_until=None)


async def _spreads(ctx: HookContext, order: Order, line: OrderLine, buyer: OrderingReseller, units: int, paid: int) -> None:
    """The uplines' spreads on the `units` of a line the brand supplied (for which the buyer paid `paid`)."""
    chain = tree.ancestors(buyer.path)
    if not chain:
        return
    uplines = {r.user_id: r for r in await OrderingReseller.filter(merchant_id=ctx.merchant.id, user_id__in=chain)}
    prices = await level_prices(ctx.merchant.id, {r.level_id for r in uplines.values()}, {line.product_id})
    priced = [(user_id, prices[(uplines[user_id].level_id, line.product_id)]) for user_id in chain if user_id in uplines]
    left = paid  # spreads never add up to more than the buyer paid for these units
    for level, (user_id, per_unit) in enumerate(rules.spreads(line.unit_price, priced), start=1):
        amount = min(per_unit * units, left)
        left -= amount
        if amount and uplines[user_id].status == ResellerStatus.ACTIVE:
            await ledger.accrue_commission(order, user_id, amount, source=NAME, kind="spread", level=level, line=line,
                                           base=line.total, key=f"{NAME}:spread:{line.id}:{user_id}")


async def _rebate(ctx: HookContext, order: Order, buyer: OrderingReseller) -> None:
    rate = config(ctx).rebate_bps
    if not rate or buyer.recommender_id is None or not await _is_reseller(ctx, buyer.recommender_id):
        return
    await ledger.accrue_commission(order, buyer.recommender_id, apply_bps(order.total, rate), source=NAME, kind="rebate",
                                   base=order.total, rate_bps=rate)


async def _count_purchase(ctx: HookContext, order: Order, row: OrderingReseller) -> None:
    cumulative = row.cumulative_purchases + order.total
    await OrderingReseller.filter(id=row.id).update(cumulative_purchases=cumulative)
    levels = await OrderingLevel.filter(merchant_id=ctx.merchant.id)
    current = next(level for level in levels if level.id == row.level_id)
    target = rules.upgrade_to([rules.LevelRule(level.id, level.rank, level.upgrade_single_purchase_min, level.upgrade_cumulative_min)
                               for level in levels], current.rank, order.total, cumulative)
    if target is not None:
        new = next(level for level in levels if level.id == target.level_id)
        await OrderingReseller.filter(id=row.id).update(level_id=new.id)
        await _log(ctx, row.user_id, ResellerChangeKind.LEVEL, current.name, new.name, "restocked enough to reach the level", None)


async def _complete_if_sourced(ctx: HookContext, order: Order) -> None:
    """Every line is in the buyer's cloud stock: ask the core to complete the restock (it does, once every
    plugin has reacted to the payment, so their commissions are frozen with the rest)."""
    if not await OrderingSourcing.exists(merchant_id=ctx.merchant.id, order_id=order.id, status=SourcingStatus.WAITING):
        if OrderStatus(order.status) == OrderStatus.PAID:
            ctx.intend(order, "complete", "every line of the restock is in the buyer's cloud stock")


async def fill_waiting(ctx: HookContext, seller_id: int, now: datetime | None = None) -> int:
    """Restock lines waiting for `seller_id`'s stock: source what their stock now covers, first come first served."""
    filled = 0
    waiting = await OrderingSourcing.filter(merchant_id=ctx.merchant.id, seller_id=seller_id, status=SourcingStatus.WAITING).order_by("id")
    for sourcing in waiting:
        line = await OrderLine.get(id=sourcing.line_id)
        if await stock.available(ctx.merchant.id, seller_id, line.product_id) >= line.quantity:
            filled += await _resolve(ctx, sourcing, line, seller_id)
    return filled


async def _resolve(ctx: HookContext, sourcing: OrderingSourcing, line: OrderLine, seller_id: int | None, units: int | None = None) -> int:
    changed = await OrderingSourcing.filter(id=sourcing.id, status=SourcingStatus.WAITING).update(status=SourcingStatus.SOURCED)
    if not changed:
        return 0
    order = await orders.get_order(ctx.merchant.id, sourcing.order_id, lock=True)
    buyer = await reseller(ctx.merchant.id, sourcing.buyer_id)  # paid for while active: delivered even if suspended since
    await _source(ctx, order, line, buyer, seller_id, sourcing, units)
    await _complete_if_sourced(ctx, order)
    return 1


async def route_overdue(ctx: HookContext, now: datetime) -> int:
    """`fenxiao settle`: waiting lines whose upline now has stock go to it; past their wait, to the brand.

    One line per unit of work: a crash leaves each line waiting or sourced whole (units, money,
    completion of its order together), never half-routed."""

    async def route(sourcing_id: int) -> int:
        sourcing = await OrderingSourcing.filter(id=sourcing_id, status=SourcingStatus.WAITING).select_for_update().first()
        if sourcing is None:
            return 0  # routed meanwhile
        line = await OrderLine.get(id=sourcing.line_id)
        held = await stock.available(ctx.merchant.id, sourcing.seller_id, line.product_id)
        if held >= line.quantity:
            return await _resolve(ctx, sourcing, line, sourcing.seller_id)
        if sourcing.wait_until is not None and sourcing.wait_until <= now:  # waited long enough: what the upline has, the rest from the brand
            return await _resolve(ctx, sourcing, line, sourcing.seller_id, _from_upline(ctx, line, held))
        return 0

    waiting = await (OrderingSourcing.filter(merchant_id=ctx.merchant.id, status=SourcingStatus.WAITING)
                     .order_by("id").values_list("id", flat=True))
    return await ctx.each_unit("b2b_ordering: routing a waiting restock line", waiting, route)


# --- refunds ---


async def refunded(ctx: HookContext, order: Order, refund: Refund) -> None:
    kind = kind_of(order)
    if kind is None:
        return
    refund_lines = await RefundLine.filter(refund_id=refund.id)
    lines = {line.id: line for line in await OrderLine.filter(order_id=order.id)}
    # Units owed in the cloud stand for goods in the brand's warehouse: they come back to a reseller
    # only with the goods — those never shipped, and shipped ones returned (`restock`). Goods the buyer
    # keeps or that were lost leave the units spent, so the brand never owes more units than it holds.
    for refund_line in refund_lines:
        line = lines[refund_line.line_id]
        back = refund_line.unshipped_quantity + (refund_line.quantity - refund_line.unshipped_quantity if refund.restock else 0)
        if kind == RESTOCK:
            await _restock_refunded(ctx, order, line, refund_line.quantity)
        elif kind == RETAIL and back:  # the sale is undone: the units are the shop's again, the money goes back
            seller = order.attribution[NAME]["seller"]
            cost = await _cost_of(ctx, order.id, seller, line.product_id, CloudStockReason.SALE, back)
            await stock.add(ctx.merchant.id, seller, line.product_id, back, cost, CloudStockReason.RETURN, order.id, order.buyer_id)
        elif kind == PICKUP and back:
            cost = await _cost_of(ctx, order.id, order.buyer_id, line.product_id, CloudStockReason.PICKUP, back)
            await stock.add(ctx.merchant.id, order.buyer_id, line.product_id, back, cost, CloudStockReason.RETURN, order.id)
    if kind == RESTOCK:
        row = await reseller(ctx.merchant.id, order.buyer_id)
        await OrderingReseller.filter(id=row.id).update(cumulative_purchases=max(0, row.cumulative_purchases - refund.amount))
        await _complete_if_sourced(ctx, order)  # the line refunded may have been the last one waiting


async def _cost_of(ctx: HookContext, order_id: int, reseller_id: int, product_id: int, reason: CloudStockReason, units: int) -> int:
    """What `units` of those that left the reseller's cloud stock for this order cost them (to put back at that cost)."""
    left = await OrderingStockMovement.filter(merchant_id=ctx.merchant.id, order_id=order_id, reseller_id=reseller_id,
                                              product_id=product_id, reason=reason).first()
    if left is None or left.quantity_delta == 0:
        return 0
    return rules.cost_out(-left.cost_delta, -left.quantity_delta, min(units, -left.quantity_delta))


async def _restock_refunded(ctx: HookContext, order: Order, line: OrderLine, units: int) -> None:
    sourcing = await OrderingSourcing.get_or_none(merchant_id=ctx.merchant.id, line_id=line.id)
    if sourcing is None:
        return
    if sourcing.status == SourcingStatus.WAITING:
        # Nothing was delivered and nobody was paid on it yet: the line is refunded whole or not at all, so
        # whatever is granted when it is sourced is granted on what was paid for it and reverses in proportion.
        if units != line.quantity:
            raise DomainError(ErrorCode.INVALID, "a restock line still waiting for stock is refunded whole", "lines")
        changed = await OrderingSourcing.filter(id=sourcing.id, status=SourcingStatus.WAITING).update(
            status=SourcingStatus.REFUNDED, refunded_quantity=units, wait_until=None)
        if changed != 1:
            raise DomainError(ErrorCode.INVALID_TRANSITION, "the line was sourced meanwhile; try again", "lines")
        return
    await stock.take(ctx.merchant.id, order.buyer_id, line.product_id, units, CloudStockReason.REFUND, order.id,
                     counterparty_id=sourcing.seller_id, field="lines")
    if sourcing.seller_id is not None:  # bought from the upline: its share of the units goes back to it, at what they had cost it
        supplied = -sum(await OrderingStockMovement.filter(
            merchant_id=ctx.merchant.id, order_id=order.id, reseller_id=sourcing.seller_id, product_id=line.product_id,
            reason=CloudStockReason.TRANSFER_OUT).values_list("quantity_delta", flat=True))
        # In proportion to the line refunded, rounded cumulatively (as its stock-sale commission is reversed): all of them once all is refunded.
        back = (sourcing.refunded_quantity + units) * supplied // line.quantity - sourcing.refunded_quantity * supplied // line.quantity
        if back:
            cost = await _cost_of(ctx, order.id, sourcing.seller_id, line.product_id, CloudStockReason.TRANSFER_OUT, back)
            await stock.add(ctx.merchant.id, sourcing.seller_id, line.product_id, back, cost, CloudStockReason.RETURN, order.id, order.buyer_id)
    await OrderingSourcing.filter(id=sourcing.id).update(refunded_quantity=sourcing.refunded_quantity + units)


# --- reports ---


async def stock_report(merchant_id: int) -> list[dict[str, Any]]:
    """Per product: physical stock of the brand against the cloud stock it owes resellers."""
    physical = {row["product_id"]: (int(row["on_hand"] or 0), int(row["reserved"] or 0)) for row in
                await StockLevel.filter(merchant_id=merchant_id).annotate(on_hand=Sum("on_hand"), reserved=Sum("reserved"))
                .group_by("product_id").values("product_id", "on_hand", "reserved")}
    owed = {row["product_id"]: int(row["owed"] or 0) for row in
            await OrderingCloudStock.filter(merchant_id=merchant_id).annotate(owed=Sum("quantity"))
            .group_by("product_id").values("product_id", "owed")}
    products = await Product.filter(merchant_id=merchant_id, id__in=set(physical) | set(owed)).order_by("id")
    report = []
    for product in products:
        on_hand, reserved = physical.get(product.id, (0, 0))
        virtual = owed.get(product.id, 0)
        report.append({"product": product, "on_hand": on_hand, "reserved": reserved, "virtual": virtual,
                       "shortfall": max(0, virtual - (on_hand - reserved))})
    return report


async def earnings(merchant_id: int, user_id: int) -> dict[str, int]:
    """What a reseller earned by kind (net of reversals), what the units they sold had cost them, and the profit."""
    totals: dict[str, int] = {"spread": 0, "rebate": 0, "stock_sale": 0, "retail_sale": 0}
    for commission in await Commission.filter(merchant_id=merchant_id, beneficiary_id=user_id, source=NAME):
        totals[commission.kind] = totals.get(commission.kind, 0) + commission.amount - commission.reversed_amount
    # Units sold (to a customer or a downline) less units a refund brought back from them.
    cost = -sum(await OrderingStockMovement.filter(
        merchant_id=merchant_id, reseller_id=user_id, counterparty_id__isnull=False,
        reason__in=[CloudStockReason.SALE, CloudStockReason.TRANSFER_OUT, CloudStockReason.RETURN]).values_list("cost_delta", flat=True))
    totals["cost_of_sales"] = cost
    totals["profit"] = totals["spread"] + totals["rebate"] + totals["stock_sale"] + totals["retail_sale"] - cost
    return totals
