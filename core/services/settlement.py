"""`fenxiao settle`: the periodic work of every merchant, idempotent and safe to run twice at once.

1. cancel orders left unpaid past their deadline (their stock comes back);
2. complete shipped orders the buyer did not confirm within the merchant's N days;
3. make frozen commissions available once the after-sales window is over;
4. let each enabled plugin do its own periodic work (`fenxiao_settle`).

Every item moves by a conditional UPDATE in its own transaction, so a second
runner skips what the first already moved and nothing is done twice.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Callable
from datetime import datetime

from tortoise.expressions import RawSQL
from tortoise.transactions import in_transaction

from core import db, ledger
from core.errors import DomainError
from core.models import Commission, CommissionState, Merchant, Order, OrderStatus, RevokedToken
from core.plugins import HookContext, PluginManager
from core.services import orders

log = logging.getLogger("fenxiao.settle")
BATCH = 1_000
PARTITIONS = 4  # concurrent release transactions on PostgreSQL (see release_due); more stop paying on two cores


async def _each_order(hooks: HookContext, queryset, action: Callable, counts: Counter, name: str) -> None:
    for order_id in await queryset.values_list("id", flat=True):
        try:
            async with ledger.transaction():
                order = await orders.get_order(hooks.merchant.id, order_id, lock=True)
                await action(hooks, order)
            await hooks.run_deferred()
            counts[name] += 1
        except DomainError:  # moved by someone else meanwhile: nothing to do
            hooks.deferred.clear()


async def release_due(merchant_id: int, now: datetime, batch: int = BATCH, progress: Callable[[int], None] | None = None) -> int:
    """Release every due frozen commission, a batch per transaction.

    On PostgreSQL the commissions are split by beneficiary into PARTITIONS released side by
    side, each on its own connection: two partitions never name the same member, so they
    never wait for each other's account locks, and the database works on one batch while
    Python builds the next. SQLite has one writer: one partition."""
    partitions = PARTITIONS if db.dialect() == "postgres" else 1
    counts = await asyncio.gather(*(_release_partition(merchant_id, now, batch, progress, part, partitions)
                                    for part in range(partitions)))
    return sum(counts)


async def _release_partition(merchant_id: int, now: datetime, batch: int, progress: Callable[[int], None] | None,
                             part: int, partitions: int) -> int:
    """Walks the primary key forward (a scan that resumed from the start each time would pass
    every row already released, and settlement would slow down as it went)."""
    released = 0
    last_id = 0
    while True:
        due = await (Commission.filter(merchant_id=merchant_id, id__gt=last_id, state=CommissionState.FROZEN, available_at__lte=now)
                     .annotate(partition=RawSQL(f"beneficiary_id % {int(partitions)}")).filter(partition=part)
                     .order_by("id").limit(batch).values_list("id", flat=True))
        if not due:
            return released
        async with in_transaction():
            released += await ledger.release_due_batch(merchant_id, list(due))
        last_id = due[-1]
        if progress is not None:
            progress(len(due))


async def settle_merchant(manager: PluginManager, merchant: Merchant, now: datetime,
                          progress: Callable[[int], None] | None = None) -> Counter:
    counts: Counter = Counter()
    hooks = await manager.context(merchant, None)
    await _each_order(hooks, Order.filter(merchant_id=merchant.id, status=OrderStatus.PENDING_PAYMENT, expires_at__lte=now),
                      orders.cancel, counts, "orders_cancelled")
    await _each_order(hooks, Order.filter(merchant_id=merchant.id, status=OrderStatus.SHIPPED, auto_complete_at__lte=now),
                      orders.complete, counts, "orders_completed")
    counts["commissions_released"] += await release_due(merchant.id, now, progress=progress)
    for result in await hooks.call("fenxiao_settle", now=now):
        counts.update(result)
    return +counts  # drops the zeros


async def settle(manager: PluginManager, now: datetime, merchant_slug: str | None = None,
                 progress: Callable[[int], None] | None = None) -> Counter:
    merchants = Merchant.filter(slug=merchant_slug) if merchant_slug else Merchant.all().order_by("id")
    total: Counter = Counter()
    if merchant_slug is None:
        purged = await RevokedToken.filter(expires_at__lt=now).delete()
        if purged:
            total["revoked_tokens_purged"] = purged
    for merchant in await merchants:
        counts = await settle_merchant(manager, merchant, now, progress)
        if counts:
            log.info("settled %s: %s", merchant.slug, dict(counts))
        total.update(counts)
    return total
