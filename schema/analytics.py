"""Dashboard figures for the merchant's staff (core/analytics.py computes them in SQL)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated
from zoneinfo import ZoneInfo

import strawberry

from fenxiao.core import analytics
from fenxiao.core.ranges import Range
from fenxiao.schema.inputs import RANGE
from fenxiao.schema.money import Money, money
from fenxiao.schema.permissions import STAFF, Guard
from fenxiao.schema.relay import encode_id

TOP = Range(1, 50)


@strawberry.type(description="One day's sales of one distribution mode, in the merchant's time zone.")
class SalesDay:
    day: dt.date
    mode: str = strawberry.field(description="direct, or the mode of the plugin that claims the order (social, reseller, agent, store, supplier …)")
    orders: int = strawberry.field(description="orders paid that day")
    sales: Money = strawberry.field(description="what those orders' buyers paid")
    refunds: Money = strawberry.field(description="money refunded that day, on orders of this mode whenever they were paid")
    net: Money = strawberry.field(description="sales − refunds: the day's change of the sales account")


@strawberry.type(description="Orders and money per day and mode over a range of days.")
class SalesReport:
    time_zone: str
    modes: list[str] = strawberry.field(description="every mode a day may name, direct first")
    days: list[SalesDay] = strawberry.field(description="only days and modes with something paid or refunded")


@strawberry.type(description="What the network earned and was paid, net of what refunds took back.")
class CommissionSummary:
    pending: Money = strawberry.field(description="on orders not yet completed")
    frozen: Money = strawberry.field(description="on completed orders inside the after-sales window")
    available: Money = strawberry.field(description="released to the members' balances")
    withdrawing: Money = strawberry.field(description="withdrawals asked for and not yet paid out")
    withdrawn: Money = strawberry.field(description="withdrawals paid out")


@strawberry.type(description="A member among those who earned most from one source (a plugin).")
class TopEarner:
    source: str
    rank: int
    member_id: strawberry.ID
    display_name: str
    amount: Money
    orders: int


@strawberry.type(description="How many of one kind of task wait for the staff.")
class PendingCount:
    name: str = strawberry.field(description="withdrawals, refundRequests, or a plugin's (socialApplications, supplierChanges …)")
    count: int


def _zone(ctx) -> ZoneInfo:
    return ZoneInfo(ctx.merchant.time_zone)


def _modes(ctx) -> list:
    return [info.sales_mode for info in ctx.manager.infos.values() if info.sales_mode is not None]


DAYS_DESCRIPTION = f"at most {analytics.MAX_DAYS} days from `from` to `to`, both included, in the merchant's time zone"


@strawberry.type
class AnalyticsQuery:
    @strawberry.field(extensions=[Guard(STAFF)], description=f"Sales and refunds per day and mode ({DAYS_DESCRIPTION}).")
    async def sales_report(self, info: strawberry.Info, from_: Annotated[dt.date, strawberry.argument(name="from")], to: dt.date) -> SalesReport:
        ctx = info.context
        modes = _modes(ctx)
        rows = await analytics.sales(ctx.merchant.id, _zone(ctx), from_, to, modes)
        currency = ctx.currency
        return SalesReport(
            time_zone=ctx.merchant.time_zone,
            modes=[analytics.DIRECT, *(mode.name for mode in sorted(modes, key=lambda m: (m.rank, m.name)))],
            days=[SalesDay(day=row.day, mode=row.mode, orders=row.orders, sales=money(row.sales, currency),
                           refunds=money(row.refunds, currency), net=money(row.sales - row.refunds, currency)) for row in rows])

    @strawberry.field(extensions=[Guard(STAFF)], description="Commissions of the whole network by state, and payouts.")
    async def commission_summary(self, info: strawberry.Info) -> CommissionSummary:
        ctx = info.context
        figures = await analytics.commissions(ctx.merchant.id)
        return CommissionSummary(**{name: money(getattr(figures, name), ctx.currency)
                                    for name in ("pending", "frozen", "available", "withdrawing", "withdrawn")})

    @strawberry.field(extensions=[Guard(STAFF)], description=f"Who earned most per source ({DAYS_DESCRIPTION}).")
    async def top_earners(self, info: strawberry.Info, from_: Annotated[dt.date, strawberry.argument(name="from")], to: dt.date,
                          limit: Annotated[int, strawberry.argument(description=f"members per source ({TOP.describe()})", metadata={RANGE: TOP})] = 10) -> list[TopEarner]:
        ctx = info.context
        problem = TOP.error(limit, "limit")
        if problem is not None:
            raise problem
        rows = await analytics.top_earners(ctx.merchant.id, _zone(ctx), from_, to, limit)
        return [TopEarner(source=row.source, rank=row.rank, member_id=strawberry.ID(encode_id("User", row.user_id)),
                          display_name=row.display_name, amount=money(row.amount, ctx.currency), orders=row.orders) for row in rows]

    @strawberry.field(extensions=[Guard(STAFF)], description="What waits for the staff: core queues and each enabled plugin's.")
    async def pending_work(self, info: strawberry.Info) -> list[PendingCount]:
        ctx = info.context
        work = [item for name, info_ in sorted(ctx.manager.infos.items()) if ctx.plugins.enabled(name) for item in info_.pending_work]
        counts = await analytics.pending_work(ctx.merchant.id, work)
        return [PendingCount(name=name, count=count) for name, count in counts.items()]
