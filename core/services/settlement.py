"""`fenxiao settle`: the periodic work of every merchant, idempotent and safe to run twice at once.

1. cancel orders left unpaid past their deadline (their stock comes back);
2. complete shipped orders the buyer did not confirm within the merchant's N days;
3. let each enabled plugin do its own periodic work (`fenxiao_settle`);
4. make frozen commissions available once the after-sales window is over (last, so that
   what steps 2 and 3 completed is released in the same run when its window is already over).

Every item is its own unit of work (one order, one batch of releases, one routing, one
reward …) moved by a conditional UPDATE, so a second runner skips what the first already
moved, nothing is done twice, and a crash leaves every item done or not done: the next run
finishes the rest. Failures are isolated: an item, a plugin or a merchant that fails is
logged with its cause and reported (the command exits non-zero), and the others still settle.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from tortoise.expressions import RawSQL

from fenxiao.core import db, ledger
from fenxiao.core.models import (
    Commission,
    CommissionState,
    Merchant,
    Order,
    OrderStatus,
    Payment,
    PaymentStatus,
    Refund,
    RefundStatus,
    RevokedToken,
)
from fenxiao.core.plugins import PluginManager
from fenxiao.core.plugin_types import HookContext
from fenxiao.core.services import orders, payouts, refund_requests
from fenxiao.core.unit_of_work import unit_of_work

log = logging.getLogger("fenxiao.settle")
BATCH = 1_000
PARTITIONS = 4  # concurrent release transactions on PostgreSQL (see release_due); more stop paying on two cores


@dataclass(frozen=True)
class Failure:
    """Something `fenxiao settle` could not do: the merchant, the part (core or a plugin), what, why."""

    merchant: str
    part: str
    what: str
    error: str


@dataclass
class SettleReport:
    counts: Counter = field(default_factory=Counter)
    failures: list[Failure] = field(default_factory=list)

    def failed(self, merchant: str, part: str, what: str, error: BaseException) -> None:
        self.failures.append(Failure(merchant, part, what, f"{type(error).__name__}: {error}"))


async def _each_order(hooks: HookContext, queryset, action: Callable, name: str) -> int:
    async def move(order_id: int) -> bool:
        order = await orders.get_order(hooks.merchant.id, order_id, lock=True)
        await action(hooks, order)
        return True

    return await hooks.each_unit(name, await queryset.values_list("id", flat=True), move)


async def release_due(hooks: HookContext, now: datetime, batch: int = BATCH, progress: Callable[[int], None] | None = None) -> int:
    """Release every due frozen commission, a batch per unit of work.

    On PostgreSQL the commissions are split by beneficiary into PARTITIONS released side by
    side, each on its own connection: two partitions never name the same member, so they
    never wait for each other's account locks, and the database works on one batch while
    Python builds the next. SQLite has one writer: one partition. A batch that fails is
    released again one commission per unit of work, so one member's trouble holds back that
    member's commission alone (reported as a failure), not the thousand beside it."""
    partitions = PARTITIONS if db.dialect() == "postgres" else 1
    counts = await asyncio.gather(*(_release_partition(hooks, now, batch, progress, part, partitions)
                                    for part in range(partitions)))
    return sum(counts)


async def _release_partition(hooks: HookContext, now: datetime, batch: int, progress: Callable[[int], None] | None,
                             part: int, partitions: int) -> int:
    """Walks the primary key forward (a scan that resumed from the start each time would pass
    every row already released, and settlement would slow down as it went)."""
    merchant_id = hooks.merchant.id
    released = 0
    last_id = 0
    while True:
        due = await (Commission.filter(merchant_id=merchant_id, id__gt=last_id, state=CommissionState.FROZEN, available_at__lte=now)
                     .annotate(partition=RawSQL(f"beneficiary_id % {int(partitions)}")).filter(partition=part)
                     .order_by("id").limit(batch).values_list("id", flat=True))
        if not due:
            return released
        try:
            async with unit_of_work():
                released += await ledger.release_due_batch(merchant_id, list(due))
        except Exception:  # noqa: BLE001 - one by one, so that only what fails stays behind (and is reported)
            log.warning("releasing a batch of %s commissions of merchant %s failed; releasing them one by one",
                        len(due), hooks.merchant.slug, exc_info=True)

            async def release_one(commission_id: int) -> int:
                return await ledger.release_due_batch(merchant_id, [commission_id])

            released += await hooks.each_unit("releasing a commission", due, release_one)
        last_id = due[-1]
        if progress is not None:
            progress(len(due))


QUERY_AFTER = timedelta(minutes=5)  # a charge the provider has not reported by then is asked about


async def confirm_unreported(manager: PluginManager, hooks: HookContext, now: datetime, secret_key: str) -> int:
    """Charges at providers where the merchant has an account, pending for a while with no notification
    (lost, or the server was down): the provider is asked, and what it reports paid is applied — before
    the order expires unpaid. Each payment in its own unit; a provider that cannot be reached fails alone."""
    gateways = {name: gateway for name, gateway in manager.gateways().items() if hasattr(gateway, "query")}
    payments = await Payment.filter(merchant_id=hooks.merchant.id, gateway__in=list(gateways), status=PaymentStatus.PENDING,
                                    created_at__lte=now - QUERY_AFTER, order__status=OrderStatus.PENDING_PAYMENT).order_by("id")
    accounts: dict[str, object] = {}

    async def ask(payment: Payment) -> bool:
        gateway = gateways[payment.gateway]
        if payment.gateway not in accounts:
            accounts[payment.gateway] = await gateway.account(hooks.merchant.id, secret_key)
        notice = await gateway.query(accounts[payment.gateway], payment.reference)
        return PaymentStatus((await orders.apply_notice(hooks, payment.gateway, notice)).status) == PaymentStatus.SUCCEEDED

    return await hooks.each_unit("asking a provider about a payment", payments, ask)


async def settle_merchant(manager: PluginManager, merchant: Merchant, now: datetime, report: SettleReport,
                          progress: Callable[[int], None] | None = None, secret_key: str | None = None) -> Counter:
    """One merchant's periodic work: the core's, then each enabled plugin's, each part isolated."""
    counts: Counter = Counter()
    hooks = await manager.context(merchant, None)
    if secret_key is not None:  # first: a charge paid but unreported must not be cancelled as unpaid
        counts["payments_confirmed_by_query"] += await confirm_unreported(manager, hooks, now, secret_key)
    unsent = await Refund.filter(merchant_id=merchant.id, status=RefundStatus.PENDING, provider_reference=None,
                                 created_at__lte=now - QUERY_AFTER).order_by("id").values_list("id", flat=True)
    for refund_id in unsent:  # refunds the provider never heard of (it was down): each sent in its own unit of work
        counts["refunds_sent_again"] += await orders.send_refund(hooks, refund_id)
    counts["payouts_settled_by_query"] += await payouts.ask_about(hooks, now)
    counts.update(await refund_requests.keep_deadlines(hooks, now))
    counts["orders_cancelled"] += await _each_order(
        hooks, Order.filter(merchant_id=merchant.id, status=OrderStatus.PENDING_PAYMENT, expires_at__lte=now), orders.cancel,
        "cancelling an unpaid order")
    counts["orders_completed"] += await _each_order(
        hooks, Order.filter(merchant_id=merchant.id, status=OrderStatus.SHIPPED, auto_complete_at__lte=now), orders.complete,
        "completing a shipped order")
    _report_units(report, merchant, "core", hooks)
    async for outcome in hooks.hook.fenxiao_settle.each(now=now):
        if outcome.error is not None:
            log.error("plugin %s failed to settle merchant %s", outcome.plugin, merchant.slug, exc_info=outcome.error)
            report.failed(merchant.slug, outcome.plugin, "fenxiao_settle", outcome.error)
        else:
            counts.update(outcome.result or {})
        _report_units(report, merchant, outcome.plugin, hooks)
    try:  # last: what the plugins' work completed (a routed restock) is released in the same run when it is due
        counts["commissions_released"] += await release_due(hooks, now, progress=progress)
    except Exception as error:  # noqa: BLE001 - isolated: the other merchants still settle
        log.exception("releasing commissions failed for merchant %s", merchant.slug)
        report.failed(merchant.slug, "core", "releasing commissions", error)
    _report_units(report, merchant, "core", hooks)
    return +counts  # drops the zeros


def _report_units(report: SettleReport, merchant: Merchant, part: str, hooks: HookContext) -> None:
    """Units of work that failed since the last call (HookContext.each_unit), as failures of `part`."""
    failures, hooks.failures[:] = list(hooks.failures), []
    for failure in failures:
        report.failed(merchant.slug, part, f"{failure.what} ({failure.item})", failure.error)


async def settle(manager: PluginManager, now: datetime, merchant_slug: str | None = None,
                 progress: Callable[[int], None] | None = None, secret_key: str | None = None) -> SettleReport:
    """Settle every merchant (or one). A merchant that fails is reported and the next one settles."""
    merchants = Merchant.filter(slug=merchant_slug) if merchant_slug else Merchant.all().order_by("id")
    report = SettleReport()
    if merchant_slug is None:
        try:
            async with unit_of_work():
                purged = await RevokedToken.filter(expires_at__lt=now).delete()
            if purged:
                report.counts["revoked_tokens_purged"] = purged
        except Exception as error:  # noqa: BLE001 - housekeeping must not stop settlement
            log.exception("purging revoked tokens failed")
            report.failed("-", "core", "purging revoked tokens", error)
    for merchant in await merchants:
        try:
            counts = await settle_merchant(manager, merchant, now, report, progress, secret_key)
        except Exception as error:  # noqa: BLE001 - isolated: the next merchant still settles
            log.exception("settling merchant %s failed", merchant.slug)
            report.failed(merchant.slug, "core", "settling the merchant", error)
            continue
        if counts:
            log.info("settled %s: %s", merchant.slug, dict(counts))
        report.counts.update(counts)
    return report
